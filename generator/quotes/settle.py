"""`_settle`: the last word on an attribution. An agency after a passage about a person only relays
(the `channel`), as does a media phrase quoting someone; a government, a part of a state, a capital or two
parties together give way; a phrase in narration names no one. (A speaker's surname spelt another way is the person of the full
name already: the cast links it, `cast._transliterated`.)"""
from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

from ..document import first_word, tokens
from ..lexicon import fold, slugify
from ..model import Sentence, Span
from ..patterns import units_of
from .common import _CAPITALISED_RUN, _kind_of, _Who, WHO_MAX, WHO_WORDS, _WORD
from .cue_shapes import phrase_end
from .passage import _thing_subject
from .phrases import _joint, _passive_clause

if TYPE_CHECKING:
    from .common import _Attribution
    from .context import _Context


def _opens_on_post(ctx: _Context, quoted: Span, who: _Who) -> bool:
    """`X mengatakan “pemimpin Y menerima ...”`: quoted words opening on a lower-case word of who's post
    speak of them in the third person (the words of who reports, not theirs)."""
    first = first_word(ctx.text, quoted.start, quoted.end)
    return first is not None and first.group()[:1].islower() and ctx.holds_role(who, first.group())


def _channel(ctx: _Context, start: int, end: int, pos: int) -> str | None:
    """A relaying source named in [start, end): `seperti dikutip Russia Today`."""
    found = ctx.words.channel.search(ctx.text, start, end)
    if not found:
        return None
    first = _WORD.match(ctx.text, found.start("src"), found.end("src"))
    if first is not None and fold(first.group()) in ctx.words.calendar_words:
        return None       # "..., dikutip Selasa": when it was cited, not from whom
    who = ctx.who(found.start("src"), found.end("src"), pos)
    if who is not None and who.name:
        return who.name
    run = _CAPITALISED_RUN.match(ctx.text, found.start("src"), found.end("src"))
    return run.group().rstrip(".") if run else None


def _quoting(ctx: _Context, who: _Who | None, how: str, sentence: Sentence | None, quoted: Span | None,
             pos: int) -> tuple[_Who | None, str | None, str] | None:
    """Speaker, channel and rule suffix of a quote whose agency or body at the cue quotes a source
    (`mengutip X`), else None."""
    if sentence is None or not (ctx.agency(who) or _kind_of(ctx, who) == "organization"):
        return None
    # "lapor KCNA mengutip X", "kata media itu mengutip X": X's words, relayed by the agency;
    # so too "kata <lembaga> mengutip (pernyataan) X": the body passes on X's words.
    source = _quoted_source(ctx, sentence, quoted, pos)
    if source is None or _kind_of(ctx, source) in ("country", "place"):
        # ("kata <body>, ... disampaikan <agency>, mengutip intelijen militer <state>": a state names no
        # body or person whose words these are; the body at the cue speaks)
        return None
    if ctx.agency(source) and (not ctx.agency(who) or _outlet_citing(ctx, sentence, quoted)):
        # "“...,” tutur <body>, mengutip dari <agency>": the outlet cites the agency for the words of
        # the body named at the cue; the agency only relays them. So too "kata laporan <agency A>,
        # seperti mengutip <agency B>": the outlet read A's report at B.
        return who, source.name, how + "+cited"
    return (source if source.name else None), who.name, how + "+quoting"


def _settle(ctx: _Context, attribution: _Attribution, pos: int, sentence: Sentence | None,
            prefix_start: int, quoted: Span | None = None) -> tuple[_Who | None, str | None, str]:
    """Speaker, channel and rule suffix: an agency after a passage about a person only relays."""
    who, how = attribution.who, attribution.how
    quoting = _quoting(ctx, who, how, sentence, quoted, pos)
    if quoting is not None:
        return quoting
    channel = None
    if sentence is not None:
        if attribution.cue is not None and attribution.tail is not None and attribution.cue.end < sentence.span.end:
            channel = _channel(ctx, attribution.cue.end, sentence.span.end, pos)
        if channel is None:
            lead = ctx.words.channel_start.match(ctx.text, sentence.span.start, sentence.span.end)
            # "Menurut Peskov, “...”" names the speaker, not a channel.
            cue_in_lead = attribution.cue is not None and lead is not None and attribution.cue.start < lead.end()
            if lead and lead.end() <= pos and not cue_in_lead:
                channel = _channel(ctx, sentence.span.start, lead.end(), pos)
    own_voice = False
    if sentence is not None and attribution.tail is not None:
        # "tulis harian X dalam tajuknya": the outlet speaks in its own voice.
        own_voice = attribution.cue is not None and any(
            fold(m.group()) in ctx.words.own_voice
            for m in _WORD.finditer(ctx.text, attribution.cue.end, sentence.span.end))
    # "Kantor berita A ... menyebut ... “...”": the agency as the sentence's subject says the words.
    # (An agency going on from its own quote before, `“...,” tambahnya`, still speaks itself.)
    # (So does an agency whose report a quote of two parties gives: `joint-reported`.)
    if ctx.agency(who) and who.how not in ("statement", "continued") and how not in ("subject", "joint-reported") \
            and not own_voice:
        topic = ctx.topic(prefix_start)
        if quoted is not None and quoted.start > prefix_start:
            # "Kim menyatakan “...” dan mengatakan “...”, kata <agency>": the agency relays the words of the
            # person the sentence itself is about, not of the passage's person before it.
            own = ctx.subject(prefix_start, quoted.start)
            if own is not None and own.person and own.key:
                topic = own
        # Words that name the passage's person in the third person are not theirs: the agency's own.
        named = quoted is not None and topic is not None and (
            any(m.key == topic.key for m in ctx.mentions_in(quoted.start, quoted.end)) or _both_parties(ctx, quoted)
            or _opens_on_post(ctx, quoted, topic))
        # ("..., tulis <agency>" closing a sentence the agency writes about no person: its own words.)
        narrated = (quoted is not None and attribution.cue is not None and attribution.cue.start >= quoted.end
                    and (_narrated(ctx, prefix_start, quoted.start) or _agency_spoke_before(ctx, who, prefix_start)))
        if topic is not None and not named and not narrated:
            channel, who, how = who.name, topic, how + "+relay"
    if _kind_of(ctx, who) == "place" and sentence is not None:
        # "Pyongyang menyebut ..., menurut pernyataan Kementerian X": a capital stands for its
        # government; the person or body the sentence names speaks.
        instead = _named_speaker(ctx, sentence, quoted)
        if instead is not None:
            who, how = instead, how + "+named"
        elif (instead := _body_of_capital(ctx, who, pos)) is not None:
            who, how = instead, how + "+state-body"
    government = (_government_speaking(ctx, who, prefix_start, quoted)
                  if how in ("subject", "clause") and _kind_of(ctx, who) == "country" else None)
    if government is not None:
        # "Pemerintah X menyebut ... sebagai “...”": the government, a body, speaks (not the state).
        who, how = government, how + "-government"
    elif how in ("subject", "clause") and _kind_of(ctx, who) in ("country", "place"):
        # "Moskow menganggap ... sebagai “bantingan”", "Langkah Rusia ... menunjukkan bahwa “...”": a state or
        # a capital as the subject of a quoted phrase with no cue speaks no words of its own (a term, or
        # someone's words the sentence does not name); no person or body says them.
        who, how = None, how + "-state"
    elif (_kind_of(ctx, who) == "country"
          and attribution.cue is not None and quoted is not None and attribution.cue.start >= quoted.end
          and _part_of_state(ctx, attribution.cue.end, who.key)):
        # "“...,” ujar militer Korea Selatan": a common noun before the state names a part of it that is
        # no body the text or the register knows (else it would be written out), no person either:
        # no speaker (FORMATS: a person or an organisation). ("kata Vietnam": the state itself speaks.)
        who, how = None, how + "-state"
    if _kind_of(ctx, who) == "place":
        # "Beijing menyebut bahwa “...”" with no person or body named, "kata seorang diplomat di Beijing":
        # a capital stands for its government or says where an unnamed speaker is from; it is no
        # speaker (FORMATS: a person or an organisation).
        who, how = None, how + "-place"
    if who is not None and not who.name:
        who = None
    return who, channel, how


def _government_speaking(ctx: _Context, who: _Who, prefix_start: int, quoted: Span | None) -> _Who | None:
    """`Pemerintah X menyatakan ... “...”`: the country `who` names, right after a state head
    (organizations.yaml `state_heads`) and right before a speech or characterising verb (adverbs between
    at most), is its government, a body: `Pemerintah <country>`. None otherwise (`pemerintah X melarang
    ... “...”` says nothing)."""
    if quoted is None:
        return None
    words = ctx.words
    for mention in ctx.mentions_in(prefix_start, quoted.start):
        if mention.key != who.key:
            continue
        head = list(_WORD.finditer(ctx.text, max(prefix_start, mention.span.start - 20), mention.span.start))[-1:]
        if not head or fold(head[0].group()) not in words.state_heads \
                or ctx.text[head[0].end():mention.span.start] != " ":
            continue
        for after in _WORD.finditer(ctx.text, mention.span.end, quoted.start):
            folded = fold(after.group())
            if folded in words.verb_adverbs:
                continue
            if after.group().lower() in words.cues_before or folded in words.characterising:
                state = head[0].group()
                return _Who(state[0].upper() + state[1:] + " " + ctx.actors[who.key].name, None, False, "body")
            break
    return None


def _part_of_state(ctx: _Context, cue_end: int, key: str) -> bool:
    """The speaker phrase after a cue ending at `cue_end` opens on a lower-case word before its first
    mention of the state `key` (`ujar militer X`), not on the state's name (`kata X`)."""
    mention = next((m for m in ctx.mentions_in(cue_end, min(len(ctx.text), cue_end + WHO_MAX))
                    if m.key == key), None)
    if mention is None:
        return False
    first = first_word(ctx.text, cue_end, mention.span.start)
    return first is not None and first.group()[0].islower()


def _both_parties(ctx: _Context, quoted: Span) -> bool:
    """The quoted words' subject (before their first verb) names both sides at once (`Kepala negara dari
    kedua negara bertukar ...`): words about the parties in the third person."""
    for m in islice(_WORD.finditer(ctx.text, quoted.start, quoted.end), WHO_WORDS):
        if fold(m.group()) in ctx.words.both_parties:
            return True
        if ctx._verb_like(m.group()):
            return False
    return False


def _agency_spoke_before(ctx: _Context, who: _Who, start: int) -> bool:
    """`<Agency> mengatakan, ... . “...,” tulis <agency>`: the agency was the subject of the sentence
    before; it goes on in its own voice, not relaying the passage's person."""
    index = ctx.sentence_index(start)
    if not index:
        return False
    before = ctx.sentences[index - 1].span
    if not any(fold(m.group()) in ctx.words.subject_verbs for m in _WORD.finditer(ctx.text, before.start, before.end)):
        return False     # ("<Agency> memuat jadwalnya.": the agency said nothing of its own before)
    subject = ctx.subject(before.start, before.end)
    return subject is not None and subject.key == who.key


def _narrated(ctx: _Context, start: int, end: int) -> bool:
    """`Hubungan kedua negara akan menjadi “...”, tulis <agency>`: the quote closes a sentence the agency
    writes about no person (its subject is none, or a body or thing): the agency's own words."""
    words = list(_WORD.finditer(ctx.text, start, end))
    if len(words) < 2 or ctx.words.pronoun(words[0].group()):
        return False
    who = ctx.subject(start, end)
    # ("X ditangkap di Y “...”, lapor <agency>": a person who undergoes the verb says nothing: the agency's words)
    return (who is None or not who.person and who.how != "topic" or _passive_clause(ctx, start, end)
            or who.how == "topic" and _thing_subject(ctx, start, end) or _deed_clause(ctx, words)
            or who.person and who.key is not None and _joint(ctx, start, end, who) and _deed_clause(ctx, words, True))


def _deed_clause(ctx: _Context, words: list[re.Match], joint: bool = False) -> bool:
    """`X memperlihatkan Y “...”, kata <agency>`, `X dan Y naik ke kapal di mana “...”, kata <agency>`: the
    clause before the quote has a verb and no word of speech, of judging or of reporting: the subject
    does something, says nothing; the quoted words are the agency's account. Two people joined as the
    subject (`joint`) need no verb of a verb's shape (`X dan Y kemudian naik ke ...`)."""
    folded = [fold(m.group()) for m in words]
    cues = ctx.words
    if any(w in cues.speech_verbs or w in cues.subject_verbs or w in cues.characterising or w in cues.complementisers
           or w in cues.report_verbs or w in cues.according for w in folded):
        return False
    return joint or any(ctx._verb_like(m.group()) for m in words[1:])


def _body_of_capital(ctx: _Context, capital: _Who, pos: int) -> _Who | None:
    """`“...”, klaim Seoul.` with no one named in the sentence: the body of the state the capital stands for
    named last in the passage (this paragraph or the one before; `Menurut Kementerian Luar Negeri <state>,
    ...`), no news agency. None when the passage names no body of that state."""
    state = ctx.words.capitals.get(fold(ctx.actors[capital.key].name))
    here = ctx.paragraph_at(pos)
    if state is None or here < 0:
        return None
    forms = {state} | {m.text for a in ctx.actors.values() if a.kind == "country" and a.name == state
                       for m in a.mentions}
    forms = {f" {' '.join(map(fold, form.split()))} " for form in forms}
    slug = "-" + slugify(state)
    for mention in reversed(ctx.mentions_in(ctx.paragraphs[max(0, here - 1)][1].start, pos)):
        actor = ctx.actors.get(mention.key)
        if actor is None or actor.kind != "organization":
            continue
        named = f" {' '.join(map(fold, actor.name.split()))} "
        if any(form in named for form in forms) or (actor.register_id or "").endswith(slug):
            who = ctx.of_key(actor.key, "capital-body")
            if who is not None and not ctx.agency(who):
                return who
    return None


def _named_speaker(ctx: _Context, sentence: Sentence, quoted: Span | None) -> _Who | None:
    """A person or (non-agency) body named in `sentence` after the quote, or before the first verb,
    not as who is spoken to."""
    start, end = sentence.span.start, sentence.span.end
    verb = next((m.start() for m in _WORD.finditer(ctx.text, start, quoted.start if quoted else end)
                 if ctx._is_breaker(m.group())), quoted.start if quoted else end)
    zones = [(start, verb)] + ([(quoted.end, end)] if quoted is not None else [])
    for a, b in zones:
        for mention in ctx.mentions_in(a, b):
            if mention.kind in ("person", "organization") and not ctx.addressed(mention.span.start):
                who = ctx.of_key(mention.key, "named")
                if who is not None and not ctx.agency(who):
                    return who
    return None


def _outlet_citing(ctx: _Context, sentence: Sentence, quoted: Span | None) -> bool:
    """`..., seperti mengutip X`: the relay word after a lead of comparison is the outlet's own citing of
    its source (as `seperti dikutip X`), not the cue's agency quoting X."""
    start = sentence.span.start if quoted is None else quoted.end
    found = ctx.words.quoting_word.search(ctx.text, start, sentence.span.end)
    if found is None:
        return False
    before = ctx.text[max(start, found.start() - 16):found.start()].split()
    return bool(before) and fold(before[-1]) in ctx.words.citing_leads


def _quoted_source(ctx: _Context, sentence: Sentence, quoted: Span | None, pos: int) -> _Who | None:
    """Who an agency quotes in the quote's sentence, outside the quote (`mengutip X`); a nameless
    _Who for an unnamed source (`mengutip seorang pejabat`); None when it quotes nobody."""
    start, end = sentence.span.start, sentence.span.end
    ranges = [(start, end)] if quoted is None else [(quoted.end, end), (start, quoted.start)]
    relays = ctx.words.shapes["speech_relays"]
    for a, b in ranges:
        units = units_of(tokens(ctx.text, a, b))
        found = relays.search(units)
        if found:
            start = units[found.at("who")].start
            # ("mengutip pernyataan X": the statement noun is read with the source phrase)
            after_word = units[found.start].end
            if ctx.words.statement_noun.fullmatch(ctx.text, after_word, start):
                start = after_word
            who = ctx.who(start, phrase_end(ctx.text, start, b), pos)
            if who is None:
                return None
            if who.how == "anonymous":
                return _Who(None, None, False, "anonymous")
            # (an agency quoting another agency, `Reuters mengutip kantor berita X`, relays the source's words)
            return who
    return None
