"""Salience: whom a one-word reference names, and whom the passage is about at each point.

`resolve_refs` links each one-word reference (`Kim`, `Lavrov`) to the person of the article it
belongs to: the one person holding the word, else the one with the same affiliation, else the one
the passage is about (`about`: the first named in the latest sentence naming any of them, where a
relative set off in a background clause does not count, `kin_apposition`), else the nearest
named; a registered person's surname alone is that person when no one here has it. That answer is
final: the quote pass reads the mention's person and does not decide it again.

Whom the passage is about at each point (who a pronoun or a suffixed cue points at) is the
document's `salience` layer (`PASSAGE`): one entry per sentence whose subject is a person (rule
`salience:subject`), else the last person it names (`salience:named`), or nobody the text names after
an unnamed subject (`salience:anonymous`), and the speakers of quotes (`salience:speaker`) and of
indirect speech (`salience:reported`) as the quote pass attributes them. It is laid once per document, by the quote pass that
knows a clause's subject (`quotes/context.py`), and read through `latest` (quotes: whom a pronoun
points at) and `reported` (summary: whom a sentence reports on in the writer's words): a
sentence's entry is laid when a look-up first needs it (`Trail`): `reported` lays the entry of the
sentence it is asked about, not every sentence's.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Callable

from .actor_kit import possessed_kin
from .affiliation import register_affiliation
from .cast import Item, Person, Reading, new_seen
from .document import Annotation, Document, Layer
from .lexicon import fold
from .model import Span

# The document layer of whom the passage is about, and the key of an unnamed person in it
# ("Seorang diplomat ... mengatakan"): a pronoun after it points at nobody the text names.
PASSAGE = "salience"
NOBODY = ""
# The rules of the layer's entries for the speaker of a quote and of indirect speech.
SPEAKER, REPORTED = "salience:speaker", "salience:reported"
# The rule of a one-word name whose aide a post is ("Penasihat Putin, Yuri X": roles.py `possessor`).
POSSESSOR = "person:possessor"


def note(doc: Document, pos: int, key: str, rule: str) -> None:
    """From `pos` on, the passage is about the person `key` (NOBODY: about someone unnamed)."""
    doc.layer(PASSAGE).add(Annotation(Span(pos, pos), "nobody" if key == NOBODY else "person", rule, (("key", key),)))


class Trail(Layer):
    """The salience layer as the quote pass lays it: a sentence's entry is laid when a look-up first
    needs it (`lay(pos)`, run before each look-up at `pos`, lays what the answer depends on;
    `lay_sentence(pos)` lays the entry of the sentence holding `pos`, before that sentence's entries
    are read)."""

    def __init__(self, lay: Callable[[int], object], lay_sentence: Callable[[int], object]) -> None:
        super().__init__()
        self.lay = lay
        self.lay_sentence = lay_sentence


def latest(doc: Document, pos: int) -> tuple[int, str] | None:
    """(position, key) of the latest entry strictly before `pos` (of several at one position, the
    greatest key), or None."""
    layer = doc.layer(PASSAGE)
    if isinstance(layer, Trail):
        layer.lay(pos)
    last = layer.before(pos)
    if last is None:
        return None
    at = last.span.start
    return at, max(str(a.attr("key")) for a in layer.within(at, at + 1))


def reported(doc: Document, start: int, end: int, lay: bool = True) -> list[str]:
    """Keys of the people the layer says the sentence [start, end) reports on in the writer's own
    words, in text order: its subject, the last person it names, whose words it reports (`Ia
    menegaskan bahwa ...`), a pronoun's person among them; not the speaker of a quotation (`“...,”
    katanya`: the words are the speaker's, not a report). With lay=False, only the entries laid so
    far (the sentence's own entry may be missing: it adds at most one key)."""
    layer = doc.layer(PASSAGE)
    if lay and isinstance(layer, Trail):
        layer.lay_sentence(start)
    # (an entry's one attribute is its key: `note` lays it so)
    return [a.attrs[0][1] for a in layer.within(start, end) if a.label == "person" and a.rule != SPEAKER]


def resolve_refs(r: Reading) -> None:
    for ref in sorted(r.refs, key=lambda ref: ref.item.start):
        item = ref.item
        token = ref.token or r.spelling(fold(item.text))
        candidates = [p for p in r.people.values() if token in p.tokens and len(p.tokens) > 1]
        if not candidates:
            candidates = [p for p in r.people.values() if token in p.tokens]
        if ref.affiliation and len(candidates) > 1:
            same = [p for p in candidates if (p.affiliation or register_affiliation(r, p)) == ref.affiliation]
            candidates = same or candidates
        registered = r.kit.register_surnames.get(token)
        if not candidates and registered is not None and not r.common(fold(item.text)):
            r.person(Item("ent", item.start, item.end, item.text, registered), "person:register-surname",
                        role=ref.role, tail_end=ref.tail_end, affiliation=ref.affiliation)
            continue
        if not candidates:
            if ref.strong:
                r.person(item, ref.rule.replace("-surname", ""), role=ref.role,
                            tail_end=ref.tail_end, affiliation=ref.affiliation)
            continue

        def recency(p: Person) -> tuple:
            before = [m.span.start for m in p.mentions if m.span.start < item.start]
            after = [m.span.start for m in p.mentions if m.span.start > item.start]
            # The person last named before this word; failing that, the next one named.
            return (1, max(before)) if before else (0, -min(after) if after else -10**9)

        if len(candidates) > 1:
            candidates = _without_own_relatives(r, candidates, item.start)
        chosen = about(r, candidates, item.start) or max(candidates, key=recency)
        chosen.mentions.append(new_seen((Span(item.start, item.end), item.text, ref.rule)))
        if ref.role is not None and (chosen.role is None or r.held_before(chosen, ref.role.start)):
            end = ref.tail_end or ref.role.end
            chosen.role, chosen.role_span = r.role_text(ref.role.start, end), Span(ref.role.start, end)
        if ref.affiliation and chosen.affiliation is None:
            chosen.affiliation = ref.affiliation


def _without_own_relatives(r: Reading, candidates: list[Person], pos: int) -> list[Person]:
    """`Lawatan Han ... meniru jejak ayahnya, Han X`: a candidate named later in the bare surname's own
    sentence after a possessed kinship noun is that person's relative, not the person (when another is left)."""
    i = bisect_right(r.sentence_starts, pos) - 1
    start = r.sentence_starts[i] if i >= 0 else 0
    end = r.sentence_starts[i + 1] if i + 1 < len(r.sentence_starts) else len(r.text)
    kept = [p for p in candidates if not any(pos < m.span.start < end and kin_apposition(r, m.span.start, start, False)
                                             for m in p.mentions)]
    return kept or candidates


def about(r: Reading, candidates: list[Person], pos: int) -> Person | None:
    """Of several people sharing a word, the one the passage is about: in the latest sentence
    before `pos` naming any of them, the one named first (its subject: `Kim Yo Jong, adik ...
    Kim Jong Un ...` then `tutur Kim` is Kim Yo Jong)."""
    if len(candidates) < 2:
        return None

    def sentence_start(offset: int) -> int:
        i = bisect_right(r.sentence_starts, offset) - 1
        return r.sentence_starts[i] if i >= 0 else 0

    # A mention that is a relative in a background clause ("ayahnya, Kim Jong Il,") does not make its
    # sentence the one the passage is about.
    last = max((m.span.start for p in candidates for m in p.mentions if m.span.start < pos
                and not kin_apposition(r, m.span.start, sentence_start(m.span.start), subject=False)), default=None)
    if last is None:
        return None
    start = sentence_start(last)
    firsts = [(min(m.span.start for m in p.mentions if start <= m.span.start < pos), index)
              for index, p in enumerate(candidates) if any(start <= m.span.start < pos for m in p.mentions)]
    # "Adik pemimpin Korea Utara Kim Jong Un, Kim Yo-jong, mengecam ...": a name set off right after
    # another one's is the apposition naming the subject; the first name only qualifies it.
    # (not a possessor's name: "Ajudan utama Kim, Kim Chang Son," names the aide of Kim, another person)
    ends = {m.span.end: first for first, index in firsts for m in candidates[index].mentions
            if start <= m.span.start < pos and not m.rule.startswith(POSSESSOR)}
    # "Ia mengenang ayah Kim, Kim Jong Il, ...": after a kinship noun that does not open the sentence,
    # the name set off is a relative in a background clause; the passage is not about them.
    background = {index for index, p in enumerate(candidates)
                  if all(kin_apposition(r, m.span.start, start, subject=False)
                         for m in p.mentions if start <= m.span.start < pos)}
    firsts = [(min([first] + [ends[m.span.start - 2] - 1 for m in candidates[index].mentions
                              if start <= m.span.start < pos and m.span.start - 2 in ends
                              and r.text[m.span.start - 2:m.span.start] == ", "
                              and not kin_apposition(r, m.span.start, start, subject=False)]), index)
              for first, index in firsts if index not in background]
    return candidates[min(firsts)[1]] if firsts else None


def kin_apposition(r: Reading, position: int, sentence_start: int, subject: bool) -> bool:
    """The name at `position` is set off after `<kinship noun> <Name>, ` (`ayah Kim, Kim Jong Il`);
    with subject=False, only where the kinship noun does not open the sentence (a background
    clause: `Ia mengenang ayah Kim, ...`), not `Adik Kim, Kim Yo-jong, mengecam ...` (the subject)."""
    text = r.text
    if text[position - 2:position] != ", ":
        return False
    words = text[sentence_start:position - 2].split()
    if len(words) < 2:
        return False
    # The kinship noun before the qualified name (one to four words back: "ayah pemimpin Korea Utara Kim"),
    # or right before the comma with its possessive ("mendiang ayahnya, Kim Jong Il").
    if possessed_kin(r.kit, words[-1].lower()) is not None:
        return (len(words) == 1) if subject else len(words) > 1
    for back in range(2, min(len(words), 6) + 1):
        word = words[-back].strip("\"“(").lower()
        if word in r.kit.kin_words or possessed_kin(r.kit, word) is not None:
            opening = len(words) - back == 0
            return opening if subject else not opening
    return False
