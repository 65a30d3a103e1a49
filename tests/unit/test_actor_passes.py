"""The actors passes one at a time, on hand-built documents (issue 17): no layout, no segmenter.

Each line of a text is one sentence, a blank line ends a paragraph. Names and places are invented;
only well-known countries come from the register.
"""
from __future__ import annotations

import pytest

from generator import document
from generator.actor_kit import kit_of
from generator.cast import PendingPost, Reading
from generator.items import items_of
from generator.model import Article, Sentence, Span
from generator.names import read_rest
from generator.roles import read_roles
from generator.salience import resolve_refs


def reading(lex, text: str) -> Reading:
    sentences, pos, paragraph = [], 0, 0
    for line in text.split("\n"):
        if line:
            sentences.append(Sentence(Span(pos, pos + len(line)), paragraph))
        else:
            paragraph += 1
        pos += len(line) + 1
    article = Article(id="t", path="t.txt", text=text)
    return Reading(article, tuple(sentences), kit_of(lex), lex, document.build(article, tuple(sentences)))


def read(lex, text: str, *, rest: bool = True, refs: bool = True) -> Reading:
    """The passes after items, in order, over every sentence (not title case)."""
    r = reading(lex, text)
    items = [items_of(r, s) for s in r.sentences]
    claimed: set[int] = set()
    for sentence_items in items:
        read_roles(r, sentence_items, False, claimed)
    if rest:
        for sentence_items in items:
            read_rest(r, sentence_items, False, claimed)
    if refs:
        resolve_refs(r)
    return r


def people(r: Reading) -> dict[str, tuple]:
    return {p.name: (p.role, p.affiliation, tuple(m.rule for m in p.mentions)) for p in r.people.values()}


# -- items -----------------------------------------------------------------------------------

def test_items_claim_a_role_a_country_and_a_name_run(lex):
    r = reading(lex, "Menteri Luar Negeri Rusia Arvo Melkin tiba di Lurin.")
    assert [(it.kind, it.text) for it in items_of(r, r.sentences[0])] == [
        ("role", "Menteri Luar Negeri"), ("ent", "Rusia"), ("name", "Arvo Melkin"), ("word", "tiba"),
        ("word", "di"), ("name", "Lurin"), ("punct", ".")]


def test_items_lower_case_sentence_has_no_name(lex):
    r = reading(lex, "kami tiba di kota itu kemarin.")
    assert {it.kind for it in items_of(r, r.sentences[0])} == {"word", "punct"}


# -- the honorific: one place (cast.Reading.without_honorific) ----------------------------------

@pytest.mark.parametrize("text, after_role, bare", [
    ("Warga menyambut Bapak Arvo Melkin.", False, "Arvo Melkin"),
    ("Warga menyambut Tuan Melkin.", False, "Melkin"),
    # negative: before a Korean given name alone, Pak is the surname
    ("Warga menyambut Pak Myong-chol.", False, "Pak Myong-chol"),
    # ... its second syllable capitalised too (two short syllables)
    ("Warga menyambut Pak Ryong-Chan.", False, "Pak Ryong-Chan"),
    # negative: a hyphenated word of longer parts is no Korean given name: the honorific goes
    ("Warga menyambut Tuan Lurinova-Vestra.", False, "Lurinova-Vestra"),
    # negative: right after a role, a surname honorific stays in the name ("Perdana Menteri Pak X Y")
    ("Perdana Menteri Pak Arvo Melkin tiba.", True, "Pak Arvo Melkin"),
    # negative: no form of address, nothing dropped
    ("Warga menyambut Arvo Melkin.", False, "Arvo Melkin"),
])
def test_the_honorific_before_a_name_is_dropped_in_one_place(lex, text, after_role, bare):
    r = reading(lex, text)
    run = [it for it in items_of(r, r.sentences[0]) if it.kind == "name"][-1]
    found = r.without_honorific(run, after_role=after_role)
    assert found.text == bare and found.end == run.end
    assert (found is run) == (found.text == run.text)


# -- roles -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, role, affiliation", [
    ("Menteri Luar Negeri Rusia Arvo Melkin tiba.", "Menteri Luar Negeri", "Rusia"),
    # (a calling keeps the body it is practised at out of the post: the affiliation)
    ("Arvo Melkin, peneliti senior Universitas Lurin, menilai langkah itu.", "peneliti senior", "Universitas Lurin"),
    # a chained post: the first post is the holder's role (Chain.is_role) ...
    ("Wakil Perdana Menteri sekaligus utusan presiden Rusia, Arvo Melkin, tiba.", "Wakil Perdana Menteri", "Rusia"),
    # ... but after a body and a comma, the post after the comma is (not "Perwakilan")
    ("Perwakilan Rusia, Duta Besar Arvo Melkin, tiba.", "Duta Besar", "Rusia"),
])
def test_roles_give_the_post_and_its_body(lex, text, role, affiliation):
    assert people(read(lex, text, rest=False, refs=False))["Arvo Melkin"][:2] == (role, affiliation)


def test_roles_a_post_with_no_holder_waits_for_an_anaphor_in_the_next_sentence(lex):
    text = "Duta besar Rusia untuk Lurin turut hadir.\nDiplomat tersebut, Arvo Melkin, mengatakan hal itu."
    r = read(lex, text, rest=False, refs=False)
    assert r.pending and isinstance(r.pending[0], PendingPost) and r.pending[0].role.text == "Duta besar"
    assert people(r)["Arvo Melkin"] == ("Duta besar", "Rusia", ("person:role-anaphora",))
    # In another paragraph the post stated before is not the anaphor's: it keeps its own word.
    r = read(lex, text.replace("\n", "\n\n"), rest=False, refs=False)
    assert people(r)["Arvo Melkin"][:2] == ("Diplomat", None)


# -- names -----------------------------------------------------------------------------------

def test_names_a_run_after_a_preposition_is_a_place_and_a_noun_opening_the_sentence_no_one(lex):
    r = read(lex, "Pernyataan itu disampaikan di Lurin Selatan.")
    assert people(r) == {}
    assert [(o.kind, o.name) for o in r.others.values()] == [("place", "Lurin Selatan")]


def test_names_a_two_word_run_by_its_shape_is_a_person(lex):
    r = read(lex, "Arvo Kolsen bertemu warga kemarin.")
    assert people(r) == {"Arvo Kolsen": (None, None, ("person:name-shape",))}


# -- salience --------------------------------------------------------------------------------

@pytest.mark.parametrize("first, second", [("Arvo Kolsen", "Dara Kolsen"), ("Dara Kolsen", "Arvo Kolsen")])
def test_salience_a_shared_surname_is_the_person_the_passage_is_about(lex, first, second):
    r = read(lex, f"{first} bertemu {second} di Lurin.\nKolsen mengatakan hal itu.")
    found = people(r)
    assert found[first][2] == ("person:name-shape", "person:surname")     # named first: the subject
    assert found[second][2] == ("person:name-shape",)


@pytest.mark.parametrize("text, kind, name", [
    # a run set off by commas after a phrase opening on a kind of body names that body
    ("Perusahaan keamanan siber asal Jepang, Orvix Labs, menyebut serangan itu terencana.", "organization", "Orvix Labs"),
    ("Data itu dirilis pada Senin. Lembaga kajian asal Jerman, Pusvara Insight, menilai risiko itu meningkat.",
     "organization", "Pusvara Insight"),
    # negative: a post of a body before the comma: the run is the person holding it
    ("Juru bicara perusahaan, Arvo Melkin, menyebut serangan itu terencana.", "person", "Arvo Melkin"),
    # an acronym opening the name belongs to it
    ("Perusahaan citra satelit Korea Selatan, KV Dynamics, merilis foto baru.", "organization", "KV Dynamics"),
    # negative: a role noun before the comma: the run is a person
    ("Juru bicara kepolisian, Arvo Melkin, menyebut serangan itu terencana.", "person", "Arvo Melkin"),
    # negative: the phrase names someone else (not a country or place): no body by this rule
    # (a name, not "X Labs": an English trade head closes a company of its own)
    ("Perusahaan milik Arvo Melkin, Orvik Lanse, menyebut serangan itu terencana.", "person", "Orvik Lanse"),
])
def test_names_run_apposed_to_a_kind_of_body(lex, text, kind, name):
    r = read(lex, text)
    found = {o.name: o.kind for o in r.others.values()} | {p.name: "person" for p in r.people.values()}
    assert found.get(name) == kind


# -- salience: whom the passage is about, one layer of the document ----------------------------

def test_the_salience_layer_is_laid_once_and_answers_who_a_pronoun_points_at(lex):
    from generator import quotes, salience
    from generator.model import Actor, Mention

    text = ("Menteri Arvo Melkin tiba di Lurin pada Senin.\n"
            "Ia disambut Lia Borsk di bandara.\n"
            "\u201cKami siap bekerja sama,\u201d kata Borsk.\n"
            "Seorang diplomat menolak rencana itu.\n"
            "Ia pergi sebelum rapat.")
    r = reading(lex, text)

    def person(name: str) -> Actor:
        at = text.index(name)
        mentions = [Mention(Span(at, at + len(name)), name, "person", name, "t")]
        surname = name.split()[-1]
        mentions += [Mention(Span(m, m + len(surname)), surname, "person", name, "t")
                     for m in [text.find(surname + ".", at + len(name))] if m >= 0]
        return Actor(key=name, kind="person", name=name, mentions=tuple(mentions))
    speech = quotes.read_speech(r.doc.article, r.sentences, (person("Arvo Melkin"), person("Lia Borsk")), lex, r.doc)
    layer = r.doc.layer(salience.PASSAGE)
    # A sentence's entry is laid when a look-up needs it: the quote's cue named its speaker, so the
    # quote pass asked nothing here.
    assert [(a.rule, a.attr("key")) for a in layer] == [("salience:speaker", "Lia Borsk")]
    # "Ia" after Melkin's sentence is Melkin; after "Seorang diplomat" it is nobody the text names
    assert salience.latest(r.doc, text.index("Ia disambut"))[1] == "Arvo Melkin"
    assert salience.latest(r.doc, text.index("Ia pergi"))[1] == salience.NOBODY
    assert salience.latest(r.doc, text.index("\u201cKami"))[1] == "Lia Borsk"
    assert salience.latest(r.doc, text.index("Seorang"))[1] == "Lia Borsk"
    assert salience.latest(r.doc, len(text))[1] == salience.NOBODY
    assert [(a.rule, a.attr("key")) for a in layer] == [
        ("salience:subject", "Arvo Melkin"), ("salience:named", "Lia Borsk"),         # lines 1 and 2
        ("salience:speaker", "Lia Borsk"), ("salience:named", "Lia Borsk"),          # the quote, its cue
        ("salience:anonymous", salience.NOBODY)]
    assert speech.quotes[0].speaker == "Lia Borsk"
    # laid once: reading the speech again lays it afresh, not twice
    quotes.read_speech(r.doc.article, r.sentences, (person("Arvo Melkin"), person("Lia Borsk")), lex, r.doc)
    assert len(r.doc.layer(salience.PASSAGE)) == 1


@pytest.mark.parametrize("lines", [3, 200])
def test_the_salience_layer_laid_as_asked_follows_a_long_chain_of_pronouns(lex, lines):
    """Each "Ia ..." sentence asks about the one before: a chain longer than the recursion allows is
    laid in order, and a pronoun at its end still points at the person who opened it (or nobody,
    after an unnamed subject)."""
    from generator import quotes, salience
    from generator.model import Actor, Mention

    for opening, expected in (("Menteri Arvo Melkin", "Arvo Melkin"), ("Seorang diplomat", salience.NOBODY)):
        text = f"{opening} tiba di Lurin pada Senin.\n" + "Ia berjalan ke kantor itu.\n" * lines
        r = reading(lex, text)
        at = text.index("Arvo Melkin") if "Arvo" in text else -1
        actors = (Actor(key="Arvo Melkin", kind="person", name="Arvo Melkin",
                        mentions=(Mention(Span(at, at + 11), "Arvo Melkin", "person", "Arvo Melkin", "t"),)),) \
            if at >= 0 else ()
        quotes.read_speech(r.doc.article, r.sentences, actors, lex, r.doc)
        assert salience.latest(r.doc, len(text))[1] == expected


@pytest.mark.parametrize("word, written", [
    ("rapat", True),              # a whole word in lower case
    ("kerja-sama", True),         # hyphenated
    ("kerja", False),             # only inside "bekerja" and "kerja-sama": never a word of its own
    ("lurin", False),             # only capitalised ("Lurin")
    ("rapat2", False),            # not the shape of a lower-case word
    ("a", False),                 # one letter is no word of that shape
])
def test_a_word_the_article_writes_in_lower_case(word, written):
    """`Reading.common` asks the text for each word when first asked; the answer is what listing
    every lower-case word of the text (`LOWER_CASE_WORD`) gives."""
    from generator.cast import written_in_lower_case
    from generator.document import LOWER_CASE_WORD

    text = "Arvo Melkin bekerja di Lurin. Rapat itu membahas kerja-sama; rapat2 dibatalkan, a rapat."
    assert written_in_lower_case(text, word) is written
    assert (word in LOWER_CASE_WORD.findall(text)) is written
