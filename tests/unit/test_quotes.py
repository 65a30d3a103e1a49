"""Quotes stage: direct quotes with their speakers and channels, and indirect statements.

Snippets are written for these tests (other cue words, marks and layouts than the seeds show).
Actors are built by hand from the names each test lists, so these tests do not depend on the
actors stage: a mention is every occurrence of one of the listed forms.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from generator import layout, quotes, segment
from generator.lexicon import slugify
from generator.model import Actor, Mention, Span
from tests.unit.extracted import speakers as _speakers

LAVROV = ("person", "Sergei Lavrov", ["Sergei Lavrov", "Lavrov"], "Menteri Luar Negeri")
PESKOV = ("person", "Dmitry Peskov", ["Dmitry Peskov", "Peskov"], "juru bicara")
ZAKHAROVA = ("person", "Maria Zakharova", ["Maria Zakharova", "Zakharova"], "juru bicara")
PARK = ("person", "Park Jin", ["Park Jin"], "menteri luar negeri")
MFA_RU = ("organization", "Kementerian Luar Negeri Rusia", ["Kementerian Luar Negeri Rusia"], None)
TASS = ("organization", "TASS", ["TASS"], None)
INTERFAX = ("organization", "Interfax", ["Interfax"], None)
REUTERS = ("organization", "Reuters", ["Reuters"], None)
SEOUL = ("place", "Seoul", ["Seoul"], None)
LEAD = "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Seoul pada Senin untuk pembicaraan.\n\n"


def _actors(text: str, specs) -> tuple[Actor, ...]:
    taken: list[Span] = []
    found = []
    for kind, name, forms, role in specs:
        mentions = []
        for form in sorted(forms, key=len, reverse=True):
            for m in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text):
                span = Span(m.start(), m.end())
                if not any(span.overlaps(t) for t in taken):
                    taken.append(span)
                    mentions.append(Mention(span, m.group(), kind, slugify(name), "test"))
        if mentions:
            found.append(Actor(slugify(name), kind, name, tuple(sorted(mentions, key=lambda m: m.span)),
                               role=role))
    return tuple(found)


def _run(lex, make_article, text, specs=()):
    article = make_article(text)
    page = layout.find_layout(article, lex)
    sentences = segment.split_sentences(article, page, lex)
    actors = _actors(text, specs)
    return (article, quotes.find_quotes(article, sentences, actors, lex),
            quotes.find_statements(article, sentences, actors, lex))


def _one(lex, make_article, text, specs=()):
    article, found, _ = _run(lex, make_article, text, specs)
    assert len(found) == 1, [(q.text, q.rule) for q in found]
    return article, found[0]


# ---------------------------------------------------------------------------------------------
# Marks and forms


@pytest.mark.parametrize("text, expected", [
    ('"Kami tidak akan mundur dari Semenanjung Korea," ujar Lavrov.',
     "Kami tidak akan mundur dari Semenanjung Korea,"),
    ("“Situasinya stabil dan terkendali,” tutur Lavrov kepada wartawan.",
     "Situasinya stabil dan terkendali,"),
    ("«Kami menghormati kedaulatan Korea Selatan,» ungkap Lavrov.",
     "Kami menghormati kedaulatan Korea Selatan,"),
    ('Lavrov mengatakan: "Rusia siap berdialog tanpa prasyarat."',
     "Rusia siap berdialog tanpa prasyarat."),
    ("Menurut Lavrov, “sanksi sepihak tidak akan berhasil”.",
     "sanksi sepihak tidak akan berhasil"),
    ("“Pintu dialog tetap terbuka,” Lavrov menambahkan.",
     "Pintu dialog tetap terbuka,"),
    # TeX-style marks of typewriter and machine-translated copy: ``...''
    ("``Kami tidak akan mundur dari Semenanjung Korea,'' ujar Lavrov.",
     "Kami tidak akan mundur dari Semenanjung Korea,"),
    ("Lavrov mengatakan, ``Rusia siap berdialog tanpa prasyarat.''",
     "Rusia siap berdialog tanpa prasyarat."),
    # two single marks typed for one double mark: ‘‘...’’, and “...’’ or “...'' closing a double one
    ("‘‘Kami tidak akan mundur dari Semenanjung Korea,’’ ujar Lavrov.",
     "Kami tidak akan mundur dari Semenanjung Korea,"),
    ("“Kami tidak akan mundur dari Semenanjung Korea,’’ ujar Lavrov.",
     "Kami tidak akan mundur dari Semenanjung Korea,"),
    ("Lavrov mengatakan, “Rusia siap berdialog tanpa prasyarat.''",
     "Rusia siap berdialog tanpa prasyarat."),
])
def test_quotes_marks_and_cues(lex, make_article, text, expected):
    article, quote = _one(lex, make_article, LEAD + text, [LAVROV, SEOUL])
    assert quote.text == expected
    assert article.text[quote.span.start:quote.span.end] == expected
    assert quote.speaker == "Sergei Lavrov" and quote.speaker_key == "sergei-lavrov"
    assert quote.rule


@pytest.mark.parametrize("text", [
    # apostrophes and doubled single marks are no quotation without the `` that opens one
    "Para pejabat menyebut proyek itu 'jembatan persahabatan'' antara kedua negara.",
    "Rencana ini disebut ''ambisius'' oleh para analis di Seoul.",
    "Lavrov menyebut `tindakan` itu sebagai langkah keliru.",
    # a doubled closing single mark with no quotation open closes nothing
    "Para pejabat menyebut proyek itu jembatan persahabatan’’ antara kedua negara.",
])
def test_quotes_doubled_single_marks_alone_quote_nothing(lex, make_article, text):
    _, found, _ = _run(lex, make_article, LEAD + text, [LAVROV])
    assert not found, [(q.text, q.rule) for q in found]


@pytest.mark.parametrize("text, expected", [
    ("Zakharova menyebut latihan gabungan itu sebagai “provokasi terbuka” terhadap Pyongyang.",
     "provokasi terbuka"),
    ('Zakharova kemudian menggambarkan sanksi baru sebagai "langkah putus asa".', "langkah putus asa"),
])
def test_quotes_partial_quote_goes_to_the_sentence_subject(lex, make_article, text, expected):
    _, quote = _one(lex, make_article, text, [ZAKHAROVA])
    assert quote.text == expected
    assert quote.speaker == "Maria Zakharova"
    assert quote.rule.endswith("/subject")


@pytest.mark.parametrize("opening, second", [
    ("“Kami akan terus berdialog dengan Seoul dan Washington.",
     "“Tetapi kami tidak akan menerima tekanan dari mana pun,” kata Lavrov."),
    ('"Kami akan terus berdialog dengan Seoul dan Washington.',
     '"Tetapi kami tidak akan menerima tekanan dari mana pun," kata Lavrov.'),
])
def test_quotes_over_two_paragraphs_share_the_speaker(lex, make_article, opening, second):
    """Attributed as one passage, but each paragraph's quoted words are their own quote."""
    article, quotes, _ = _run(lex, make_article, LEAD + opening + "\n\n" + second, [LAVROV, SEOUL])
    assert [q.text for q in quotes] == ["Kami akan terus berdialog dengan Seoul dan Washington.",
                                        "Tetapi kami tidak akan menerima tekanan dari mana pun,"]
    for quote in quotes:
        assert article.text[quote.span.start:quote.span.end] == quote.text
        assert quote.speaker == "Sergei Lavrov"
        assert quote.rule.startswith("paragraphs/")


@pytest.mark.parametrize("intro, speaker", [
    ("Lavrov mengatakan:", "Sergei Lavrov"),
    ("Dalam pidatonya di Seoul, Lavrov menyatakan:", "Sergei Lavrov"),
    # negative: a paragraph closing on no colon introduces nobody's words
    ("Pertemuan itu berlangsung tertutup.", None),
])
def test_quotes_over_two_paragraphs_after_a_colon_paragraph(lex, make_article, intro, speaker):
    """A colon paragraph introduces a quote that runs on over the next paragraphs (each opens again)."""
    text = (LEAD + intro + "\n\n“Kami akan terus berdialog dengan Seoul dan Washington.\n\n"
            "“Tetapi kami tidak akan menerima tekanan dari mana pun.”")
    _, quotes, _ = _run(lex, make_article, text, [LAVROV, SEOUL])
    assert len(quotes) == 2
    assert all(q.speaker == speaker for q in quotes), [(q.text, q.speaker, q.rule) for q in quotes]


@pytest.mark.parametrize("cue", ["kata dia", "ujarnya", "kata Lavrov", "tambah Lavrov"])
def test_quotes_split_by_its_cue_is_one_quote(lex, make_article, cue):
    text = LEAD + f"“Kami percaya dialog masih mungkin,” {cue}, “dan kami menunggu jawaban Pyongyang.”"
    article, quote = _one(lex, make_article, text, [LAVROV, SEOUL])
    assert quote.text == "Kami percaya dialog masih mungkin, dan kami menunggu jawaban Pyongyang."
    assert [p.of(article.text) for p in quote.parts] == [
        "Kami percaya dialog masih mungkin,", "dan kami menunggu jawaban Pyongyang."]
    assert quote.speaker == "Sergei Lavrov"
    assert quote.rule.startswith("split/")


@pytest.mark.parametrize("opener, closer", [("``", "''"), ("“", "”")])
@pytest.mark.parametrize("cue", ["kata Lavrov", "Soal sanksi itu, katanya"])
def test_quotes_cue_before_a_two_character_mark(lex, make_article, opener, closer, cue):
    # a cue before ``...'' is read up to the mark's first character, as before “...”
    text = LEAD + f"Lavrov berbicara lama. {cue[0].upper() + cue[1:]}, {opener}Kami menunggu jawaban Pyongyang.{closer}"
    _, quote = _one(lex, make_article, text, [LAVROV, SEOUL])
    assert quote.text == "Kami menunggu jawaban Pyongyang."
    assert quote.speaker == "Sergei Lavrov", quote.rule
    assert "/before:" in quote.rule


@pytest.mark.parametrize("sentence, expected, speaker", [
    ("Kami tidak pernah menjual senjata kepada Korea Utara, tegas Peskov.",
     "Kami tidak pernah menjual senjata kepada Korea Utara", "Dmitry Peskov"),
    ("Latihan itu hanya memperburuk keadaan. dan kami sudah memperingatkannya, jelas Peskov.",
     "Latihan itu hanya memperburuk keadaan. dan kami sudah memperingatkannya", "Dmitry Peskov"),
    ("Moskow tidak melihat alasan untuk khawatir, kata Peskov dalam jumpa pers.",
     "Moskow tidak melihat alasan untuk khawatir", "Dmitry Peskov"),
    ("Kami akan menunggu keputusan Seoul, ujarnya.", "Kami akan menunggu keputusan Seoul", "Dmitry Peskov"),
])
def test_quotes_lost_marks_closing_with_a_cue(lex, make_article, sentence, expected, speaker):
    text = "Juru bicara Kremlin Dmitry Peskov berbicara di Moskow pada Rabu.\n\n" + sentence
    article, quote = _one(lex, make_article, text, [PESKOV])
    assert quote.text == expected == quote.span.of(article.text)
    assert quote.speaker == speaker
    assert quote.rule.startswith("lost-marks/")


@pytest.mark.parametrize("sentence", [
    "Rusia dan Korea Selatan mengadakan pembicaraan tertutup di Moskow, kata sumber diplomatik.",
    "Kedua negara sepakat memperluas perdagangan, kata seorang pejabat.",
    "Pertemuan itu berlangsung dua jam, kata para pengamat, Senin (3/2).",
])
def test_quotes_indirect_report_with_a_cue_is_no_quote(lex, make_article, sentence):
    _, found, _ = _run(lex, make_article, sentence, [SEOUL])
    assert found == ()


# ---------------------------------------------------------------------------------------------
# Speakers


@pytest.mark.parametrize("text", [
    "Lavrov tiba di Seoul. “Tidak ada kesepakatan rahasia,” katanya.",
    "Lavrov tiba di Seoul. “Tidak ada kesepakatan rahasia,” kata dia.",
    "Lavrov tiba di Seoul. Ia mengatakan, “Tidak ada kesepakatan rahasia.”",
    "Lavrov tiba di Seoul. Dia menyebut tuduhan itu “tidak berdasar”.",
    "Lavrov tiba di Seoul.\n\n“Tidak ada kesepakatan rahasia,” tegasnya.",
])
def test_quotes_pronoun_and_suffixed_cues_point_at_the_passage_person(lex, make_article, text):
    _, quote = _one(lex, make_article, text, [LAVROV, SEOUL])
    assert quote.speaker == "Sergei Lavrov"
    assert quote.speaker_key == "sergei-lavrov"


@pytest.mark.parametrize("text, specs, speaker", [
    # surname only, and no mention at the cue: resolved by the name's words
    ("Wakil menteri Park Jin tiba di Moskow.\n\n“Kami butuh jaminan,” kata Park.", [PARK], "Park Jin"),
    # role only: "sang menteri" → the person whose role says menteri
    ("Park Jin tiba di Moskow.\n\n“Kami butuh jaminan,” kata sang menteri.", [PARK], "Park Jin"),
    # a statement speaks for its organisation
    ("Kementerian Luar Negeri Rusia memanggil duta besar.\n\n"
     "“Langkah itu tidak bersahabat,” bunyi pernyataan Kementerian Luar Negeri Rusia.",
     [MFA_RU], "Kementerian Luar Negeri Rusia"),
    ("Kementerian Luar Negeri Rusia memanggil duta besar.\n\n"
     "“Langkah itu tidak bersahabat,” kata pernyataan kementerian.", [MFA_RU], "Kementerian Luar Negeri Rusia"),
    # an organisation can speak directly
    ("“Langkah itu tidak bersahabat,” kata Kementerian Luar Negeri Rusia pada Kamis malam.",
     [MFA_RU], "Kementerian Luar Negeri Rusia"),
    ("“Langkah itu tidak bersahabat,” demikian pernyataan Kementerian Luar Negeri Rusia.",
     [MFA_RU], "Kementerian Luar Negeri Rusia"),
])
def test_quotes_speaker_by_surname_role_or_statement(lex, make_article, text, specs, speaker):
    _, quote = _one(lex, make_article, text, specs)
    assert quote.speaker == speaker
    assert quote.speaker_key == slugify(speaker)


@pytest.mark.parametrize("text, speaker, channel", [
    # a channel phrase after the speaker
    ("“Sanksi tidak akan mengubah apa pun,” kata Peskov, seperti dilansir Reuters.", "Dmitry Peskov", "Reuters"),
    ("“Sanksi tidak akan mengubah apa pun,” ujar Peskov seperti dikutip Interfax.", "Dmitry Peskov", "Interfax"),
    # a channel phrase opening the sentence
    ("Dilansir dari Reuters, Peskov mengatakan: “Sanksi tidak akan mengubah apa pun.”", "Dmitry Peskov", "Reuters"),
    # an agency "says" right after a passage about a person: the person spoke, the agency relayed
    ("Peskov memperingatkan pekan lalu bahwa sanksi akan dibalas.\n\n"
     "“Sanksi tidak akan mengubah apa pun,” kata TASS.", "Dmitry Peskov", "TASS"),
])
def test_quotes_channel_is_not_the_speaker(lex, make_article, text, speaker, channel):
    _, quote = _one(lex, make_article, text, [PESKOV, TASS, INTERFAX, REUTERS])
    assert (quote.speaker, quote.channel) == (speaker, channel)


@pytest.mark.parametrize("text", ["Menurut Peskov, “tidak ada yang perlu dibahas lagi.”",
                                  "Menurut Peskov: “Tidak ada yang perlu dibahas lagi.”"])
def test_quotes_according_to_names_the_speaker_not_a_channel(lex, make_article, text):
    _, quote = _one(lex, make_article, text, [PESKOV])
    assert (quote.speaker, quote.channel) == ("Dmitry Peskov", None)


@pytest.mark.parametrize("text", [
    "“Pasukan Korea Utara tidak berada di wilayah Kursk,” kata TASS.",
    "Moskow membantah laporan itu.\n\n“Pasukan Korea Utara tidak berada di wilayah Kursk,” kata TASS.",
])
def test_quotes_agency_speaks_when_no_person_is_about(lex, make_article, text):
    _, quote = _one(lex, make_article, text, [TASS])
    assert quote.speaker == "TASS" and quote.channel is None


@pytest.mark.parametrize("text", [
    "Pertemuan itu berakhir tanpa hasil.\n\n“Perdamaian harus dijaga bersama.”",
    "Spanduk bertuliskan “Perdamaian untuk Korea” terlihat di depan kedutaan.",
])
def test_quotes_without_a_cue_have_no_speaker(lex, make_article, text):
    _, quote = _one(lex, make_article, text, [LAVROV])
    assert quote.speaker is None and quote.speaker_key is None


def test_quotes_unknown_speaker_keeps_the_written_name(lex, make_article):
    _, quote = _one(lex, make_article, "“Kami siap,” kata Andrei Rudenko.")
    assert quote.speaker == "Andrei Rudenko" and quote.speaker_key is None


# ---------------------------------------------------------------------------------------------
# Statements (indirect speech)


@pytest.mark.parametrize("text, verb, clause", [
    ("Lavrov menegaskan bahwa Rusia tidak akan meninggalkan sekutunya.",
     "menegaskan", "Rusia tidak akan meninggalkan sekutunya"),
    ("Lavrov menolak tuduhan itu, menyatakan bahwa latihan tersebut bersifat defensif.",
     "menyatakan", "latihan tersebut bersifat defensif"),
    ("Menurut laporan Interfax, Lavrov mengatakan Moskow siap menjadi penengah.",
     "mengatakan", "Moskow siap menjadi penengah"),
    ("Lavrov tiba di Seoul. Ia menambahkan, Rusia siap membantu.", "menambahkan", "Rusia siap membantu"),
    ("Menteri Luar Negeri Rusia Sergei Lavrov memperingatkan pekan lalu bahwa sanksi akan dibalas.",
     "memperingatkan", "sanksi akan dibalas"),
])
def test_quotes_statements_of_indirect_speech(lex, make_article, text, verb, clause):
    article, found, statements = _run(lex, make_article, text, [LAVROV, INTERFAX])
    assert found == ()
    assert len(statements) == 1, statements
    statement = statements[0]
    assert (statement.speaker, statement.speaker_key) == ("Sergei Lavrov", "sergei-lavrov")
    assert statement.verb == verb and statement.cue.of(article.text) == verb
    assert statement.text == clause == statement.span.of(article.text)
    assert statement.rule


def test_quotes_statements_coordinated_verbs_share_the_speaker(lex, make_article):
    text = "Peskov mengatakan Rusia akan menanggapi, dan menambahkan bahwa Moskow tidak terburu-buru."
    _, _, statements = _run(lex, make_article, text, [PESKOV])
    assert [(s.verb, s.text, s.speaker) for s in statements] == [
        ("mengatakan", "Rusia akan menanggapi", "Dmitry Peskov"),
        ("menambahkan", "Moskow tidak terburu-buru", "Dmitry Peskov")]


@pytest.mark.parametrize("text", [
    'Lavrov mengatakan: "Rusia siap berdialog tanpa prasyarat."',
    "Lavrov mengatakan, “Rusia siap berdialog tanpa prasyarat.”",
    "Seorang pejabat Rusia menegaskan bahwa pertemuan itu akan digelar.",
])
def test_quotes_statements_not_from_direct_speech_or_unnamed_people(lex, make_article, text):
    _, _, statements = _run(lex, make_article, text, [LAVROV])
    assert all(s.speaker is None for s in statements) if "pejabat" in text else statements == ()


# ---------------------------------------------------------------------------------------------
# Invariants on the seeds


def test_quotes_seed_invariants(seed_briefs):
    for brief in seed_briefs.values():
        text = brief.article.text
        starts = [q.span.start for q in brief.quotes]
        assert starts == sorted(starts)
        for quote in brief.quotes:
            assert quote.rule
            if quote.parts:
                assert quote.text == " ".join(p.of(text) for p in quote.parts)
            else:
                assert quote.text == quote.span.of(text)
            # furniture never reaches a quote: every quote lies inside the sentences
            pieces = quote.parts or (quote.span,)
            for piece in pieces:
                assert any(piece in s.span for s in brief.sentences), quote.text
        for statement in brief.statements:
            assert statement.text == statement.span.of(text) and statement.rule


@pytest.mark.parametrize("name", ["000_bb3a51cba430223e", "002_f2c33afa57cce4e7", "003_d4f1ac2a88bca518",
                                  "004_0cc1f0da2c6609c2"])
def test_quotes_seed_texts_match_gold(seed_briefs, gold, name):
    found = {q.text for q in seed_briefs[name].quotes}
    assert found == {q["text"] for q in gold[name]["quotes"]}


def test_quotes_no_cue_words_in_code(lex):
    package = Path(quotes.__file__).parent                  # generator/quotes/, every module of the pass
    source = "\n".join(p.read_text(encoding="utf-8") for p in sorted(package.glob("*.py")))
    data = yaml.safe_load((package.parent / "lang" / "id" / "speech.yaml").read_text("utf-8"))
    words = {w for key in ("cues_after", "cues_before", "suffixed", "channels", "indirect", "pronouns",
                           "statement_nouns") for w in data[key]}
    words |= {w for group in data["groups"].values() for w in group if len(w) > 3}
    code = "\n".join(re.sub(r"#.*", "", line) for line in source.splitlines())   # comments may show examples
    code = re.sub(r'"""[\s\S]*?"""', "", code)       # docstrings may show examples
    leaked = sorted(w for w in words if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", code, re.I))
    assert leaked == []


@pytest.mark.parametrize("start, speaker", [
    ("sanksi sepihak", "Valentin Rybakov"),       # "Menurut <role> <country> untuk <body> <Name>, "..."
    ("Seoul akan menyesal", "Kim Yo Jong"),       # a surname two people share: the passage's subject
])
def test_quotes_generalisation_speaker_from_the_whole_pipeline(brief_of, start, speaker):
    text = (Path(__file__).resolve().parent.parent / "data" / "snippets" / "quotes_generalisation.txt").read_text(
        encoding="utf-8")
    brief = brief_of(text, "quotes_generalisation")
    quote = next(q for q in brief.quotes if q.text.startswith(start))
    assert quote.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Menlu Rusia Arkady Petrov memuji hubungan kedua negara. Menurut dia, kerja sama itu “sangat produktif” "
     "dan akan diperluas.", "Arkady Petrov"),
    ("Menlu Rusia Arkady Petrov tiba di Hanoi. Menurut Petrov, hubungan itu “sangat produktif” bagi kawasan.",
     "Arkady Petrov"),
])
def test_quotes_according_to_lead_speaks_a_partial_quote(text, speaker, brief_of):
    brief = brief_of(text)
    assert [(q.text, q.speaker) for q in brief.quotes] == [("sangat produktif", speaker)]


def test_quotes_apposed_person_is_the_subject_of_a_quote_over_two_paragraphs(brief_of):
    brief = brief_of("Menlu Rusia Arkady Petrov memuji hubungan kedua negara pada Senin.\n\n"
                     "Peneliti senior dari Pusat Kajian Asia Hanoi, Le Minh Tuan, menilai kunjungan itu penting. "
                     "“Hanoi ingin tetap netral.\n\n“Itu pesan bagi semua pihak,” ujar beliau.\n")
    assert [q.speaker for q in brief.quotes] == ["Le Minh Tuan", "Le Minh Tuan"]


# ---------------------------------------------------------------------------------------------
# Pronouns after an object, statements, continued quotes, connectives


def test_quotes_pronoun_after_a_sentence_without_person_subject_is_the_person_named(brief_of):
    text = ("Menteri Ekonomi Vietnam Tran Quoc Bao menyebut jalur kereta itu penting. \"Ini jalur kita,\" "
            "kata sang menteri.\n\nUsulan itu disambut Wakil Perdana Menteri Rusia Pavel Orlov. Ia mengatakan "
            "Moskow siap membantu. \"Kami punya teknisinya,\" katanya.\n")
    assert _speakers(brief_of, text)[-1] == ("Kami punya teknisinya,", "Pavel Orlov")


@pytest.mark.parametrize("closing, speaker", [
    ("demikian pernyataan KCNA.", "KCNA"),
    ("demikian bunyi pernyataan bersama itu.", None),
    # the statement noun as the cue, pointing back: a joint statement is nobody's, not the passage's person
    ("demikian pernyataan bersama itu.", None),
    # negative: a statement pointed back to with no joint word is its issuer's (here, who spoke before)
    ("demikian pernyataan itu.", "Irina Volkova"),
])
def test_quotes_statement_issuer_speaks_and_an_unnamed_statement_has_no_speaker(brief_of, closing, speaker):
    text = ("Juru Bicara Kementerian Luar Negeri Rusia Irina Volkova menuding Barat berbohong. \"Mereka tidak "
            "punya bukti,\" kata Volkova.\n\n\"Setiap provokasi akan dibalas dengan tegas,\" " + closing + "\n")
    assert _speakers(brief_of, text)[-1] == ("Setiap provokasi akan dibalas dengan tegas,", speaker)


def test_quotes_quote_after_a_quote_and_its_cue_goes_on_in_that_voice(brief_of):
    text = ("Juru Bicara Kementerian Luar Negeri Korea Selatan Han Seung-woo mengecam peluncuran itu. "
            "\"Ini pelanggaran nyata,\" kata Han. \"Kami akan membawanya ke Dewan Keamanan.\"\n")
    assert _speakers(brief_of, text) == [("Ini pelanggaran nyata,", "Han Seung-woo"),
                                         ("Kami akan membawanya ke Dewan Keamanan.", "Han Seung-woo")]


def test_quotes_connective_is_no_anaphoric_subject(brief_of):
    text = ("Menteri Luar Negeri Korea Selatan Han Seung-woo mengecam peluncuran itu. \"Ini pelanggaran nyata,\" "
            "kata Han.\n\nSementara itu, spanduk di depan gedung kedutaan bertuliskan \"Pulangkan tentara kami\".\n")
    assert _speakers(brief_of, text)[-1] == ("Pulangkan tentara kami", None)


@pytest.mark.parametrize("cue", ["beber", "tukas", "timpal", "kilah"])
def test_quotes_more_cue_words_after_the_quote(brief_of, cue):
    text = f"Direktur Institut Kajian Timur Oleg Smirnov hadir. \"Sanksi itu tidak bekerja,\" {cue} Smirnov.\n"
    assert _speakers(brief_of, text) == [("Sanksi itu tidak bekerja,", "Oleg Smirnov")]


@pytest.mark.parametrize("cue", ["kritik", "klaim", "aku", "janji", "canda", "kelakar", "ancam", "tampik", "sanggah",
                                 "kritiknya", "klaimnya", "janjinya", "candanya", "ancamnya", "komentarnya", "balas", "balasnya"])
def test_quotes_noun_like_cues_of_a_claim_or_promise_name_the_speaker(brief_of, cue):
    # "“...,” klaim X", "“...,” janjinya": a claim, a promise, a jest, a threat said by the person named or about
    who = "" if cue.endswith("nya") else " Smirnov"
    text = f"Direktur Institut Kajian Timur Oleg Smirnov hadir. \"Sanksi itu tidak bekerja,\" {cue}{who}.\n"
    assert _speakers(brief_of, text) == [("Sanksi itu tidak bekerja,", "Oleg Smirnov")]


@pytest.mark.parametrize("noun", ["klaim", "janji", "kritik"])
def test_quotes_noun_like_cue_word_opening_a_description_names_nobody(brief_of, noun):
    # negative: the same word as a noun with a relative clause after the marks: the person of the clause
    # did not say the words
    text = (f"Direktur Institut Kajian Timur Oleg Smirnov hadir.\n\nKementerian itu menyebut sanksi itu "
            f"\"tidak bekerja\", {noun} yang segera dibantah Nadia Orlova.\n")
    assert _speakers(brief_of, text) == [("tidak bekerja", None)]


# ---------------------------------------------------------------------------------------------
# Bodies by a generic reference or an abbreviation, unnamed speakers,
# addressees, more cue words, the speaker named in the sentence after or the paragraph before


CASTILLO = ("person", "Ramon Castillo", ["Ramon Castillo", "Castillo"], "Menteri Pertahanan")
KARTIKA = ("person", "Dewi Kartika", ["Dewi Kartika", "Dewi"], "pengamat")
SOMCHAI = ("person", "Somchai Prasert", ["Somchai Prasert", "Somchai"], "juru bicara")
MFA_TH = ("organization", "Kementerian Luar Negeri Thailand", ["Kementerian Luar Negeri Thailand"], None)
EMBASSY_DE = ("organization", "Kedutaan Besar Jerman", ["Kedutaan Besar Jerman"], None)
PALACE_PH = ("organization", "Kantor Kepresidenan Filipina", ["Kantor Kepresidenan Filipina"], None)
MANILA = ("place", "Manila", ["Manila"], None)
EUROPE = ("place", "Eropa", ["Eropa"], None)
CASTILLO_LEAD = "Menteri Pertahanan Filipina Ramon Castillo bertemu mitranya di Manila pada Rabu.\n\n"


@pytest.mark.parametrize("text, specs, speaker", [
    ("Kedutaan Besar Jerman menerima surat itu pada Senin. “Kami menghormati keputusan Manila,” tulis "
     "pihak kedutaan dalam keterangan tertulis.", [EMBASSY_DE, MANILA], "Kedutaan Besar Jerman"),
    ("Kantor Kepresidenan Filipina menggelar rapat darurat. Dalam pernyataannya, kantor kepresidenan "
     "menyebut Manila “tidak akan mundur” dari sengketa itu.", [PALACE_PH, MANILA], "Kantor Kepresidenan Filipina"),
    ("Kantor Kepresidenan Filipina menggelar rapat darurat. “Kami tidak akan mundur,” kata pihak kantor "
     "kepresidenan.", [PALACE_PH], "Kantor Kepresidenan Filipina"),
])
def test_quotes_generic_reference_to_a_named_body_speaks(lex, make_article, text, specs, speaker):
    _, quote = _one(lex, make_article, text, specs)
    assert (quote.speaker, quote.speaker_key) == (speaker, slugify(speaker))


@pytest.mark.parametrize("name, speaker", [
    ("Kemlu Filipina", "Kementerian Luar Negeri Filipina"),
    ("Kemenlu Filipina", "Kementerian Luar Negeri Filipina"),
    ("Kedubes Jerman", "Kedutaan Besar Jerman"),
    ("Kemenhan Filipina", "Kementerian Pertahanan Filipina"),
])
def test_quotes_abbreviated_body_speaks_by_its_written_out_name(lex, make_article, name, speaker):
    text = f"{name} menyampaikan protes pada Selasa.\n\n“Tindakan itu melanggar kedaulatan kami,” tulis {name}."
    _, quote = _one(lex, make_article, text, [("organization", name, [name], None)])
    assert quote.speaker == speaker and quote.speaker_key == slugify(name)


@pytest.mark.parametrize("cue", ["jawab Castillo", "urai Castillo", "sahut Castillo", "sambung Castillo",
                                 "jawabnya", "urainya", "tutupnya"])
def test_quotes_more_cue_words_name_the_speaker(lex, make_article, cue):
    text = CASTILLO_LEAD + f"“Kami belum menerima informasi apa pun,” {cue} ketika ditanya wartawan."
    _, quote = _one(lex, make_article, text, [CASTILLO, MANILA])
    assert quote.speaker == "Ramon Castillo"


@pytest.mark.parametrize("text", [
    # a pronoun cue after an unnamed subject points at nobody, not at the person before
    CASTILLO_LEAD + "Seorang diplomat Eropa menggambarkan suasana rapat itu tegang. "
                    "“Tidak ada yang mau mengalah,” ujarnya.",
    CASTILLO_LEAD + "Para pejabat Eropa menolak berkomentar lebih jauh.\n\n“Tidak ada yang mau mengalah,” katanya.",
    # the region in an unnamed speaker's description is no speaker
    CASTILLO_LEAD + "Seorang diplomat Eropa di Manila yang enggan disebut namanya mengatakan, "
                    "“Tidak ada yang mau mengalah.”",
    CASTILLO_LEAD + "“Tidak ada yang mau mengalah,” kata seorang pejabat Eropa.",
])
def test_quotes_unnamed_speaker_is_nobody(lex, make_article, text):
    _, quote = _one(lex, make_article, text, [CASTILLO, MANILA, EUROPE])
    assert quote.speaker is None and quote.speaker_key is None


@pytest.mark.parametrize("addressed", ["saat dihubungi", "kepada", "ketika ditemui"])
def test_quotes_who_is_spoken_to_is_not_the_passage_person(lex, make_article, addressed):
    # "Warta Timur" stands for an outlet the actors stage mistook for a person.
    outlet = ("person", "Warta Timur", ["Warta Timur"], None)
    text = ("Pengamat Universitas Airlangga, Dewi Kartika, menilai pertemuan itu penting.\n\n"
            f"“Ini momentum bagi kawasan,” tutur Dewi {addressed} Warta Timur di Surabaya.\n\n"
            "Ia menambahkan, Manila perlu terus mendorong dialog. “Dialog harus dibuka,” imbuhnya.")
    _, found, _ = _run(lex, make_article, text, [KARTIKA, outlet, MANILA])
    assert [q.speaker for q in found] == ["Dewi Kartika", "Dewi Kartika"]


@pytest.mark.parametrize("after", [
    "\n\nHal itu disampaikan Castillo kepada wartawan usai pertemuan.",
    " Pernyataan tersebut diungkapkan oleh Castillo di Manila.",
    "\n\nDemikian dikatakan Castillo dalam jumpa pers.",
    " Kalimat itu diucapkan Castillo saat jamuan makan malam.",
    "\n\nHal tersebut dikemukakan Castillo di hadapan parlemen.",
])
def test_quotes_speaker_named_by_the_sentence_after(lex, make_article, after):
    text = LEAD + "“Kami tidak akan mundur dari perairan kami.”" + after     # the passage was about Lavrov
    _, quote = _one(lex, make_article, text, [LAVROV, CASTILLO, MANILA, SEOUL])
    assert quote.speaker == "Ramon Castillo" and quote.rule.endswith(("recap:disampaikan", "recap:diungkapkan",
                                                                      "recap:dikatakan", "recap:diucapkan",
                                                                      "recap:dikemukakan"))


def test_quotes_sentence_after_of_a_deed_names_no_speaker(lex, make_article):
    # negative: a passive verb of no speech after the quote ("Hal itu dilakukan X") names no speaker
    text = LEAD + "“Kami tidak akan mundur dari perairan kami.” Hal itu dilakukan Castillo di Manila."
    _, quote = _one(lex, make_article, text, [LAVROV, CASTILLO, MANILA, SEOUL])
    assert quote.speaker != "Ramon Castillo"


@pytest.mark.parametrize("before, speaker", [
    ("Pengamat Universitas Airlangga, Dewi Kartika, menilai pertemuan itu penting bagi kawasan.", "Dewi Kartika"),
    ("Dewi Kartika mengingatkan bahwa waktu untuk berunding tinggal sedikit.", "Dewi Kartika"),
    # no speech in the paragraph before: the quote stays without a speaker
    ("Dewi Kartika tiba di Surabaya pada Senin pagi.", None),
    ("Pertemuan itu berakhir tanpa hasil.", None),
    # a cue set off by commas inside the sentence names who said it: an unnamed analyst is nobody
    ("Langkah Dewi Kartika, kata para analis, akan mengubah peta kawasan.", None),
    ("Langkah itu, kata Dewi Kartika, akan mengubah peta kawasan.", "Dewi Kartika"),
])
@pytest.mark.parametrize("quote", ["“Ini momentum bagi kawasan untuk bersatu.”",
                                   # cut by the end of the text: no closing mark
                                   "“Ini momentum bagi kawasan untuk bersatu, dan tentu saja dengan mempertim"])
def test_quotes_paragraph_of_only_a_quote_after_what_a_person_said(lex, make_article, before, speaker, quote):
    _, found = _one(lex, make_article, before + "\n\n" + quote, [KARTIKA])
    assert found.speaker == speaker


@pytest.mark.parametrize("cue", [
    "bunyi pernyataan yang dibacakan juru bicara Somchai Prasert",
    "demikian pernyataan Kementerian Luar Negeri Thailand yang disampaikan oleh juru bicara Somchai Prasert",
    "kata juru bicara kementerian, Somchai Prasert, di Bangkok",
])
def test_quotes_spokesperson_of_a_ministry_statement_speaks(lex, make_article, cue):
    text = ("Kementerian Luar Negeri Thailand mengeluarkan pernyataan pada Jumat.\n\n"
            f"“Bangkok mendukung dialog tanpa syarat,” {cue}.")
    _, quote = _one(lex, make_article, text, [MFA_TH, SOMCHAI])
    assert quote.speaker == "Somchai Prasert"


# -- cue-first quotes, statements named before, appositions, agencies as subjects ----------------

HAMDAN = ("person", "Laila Hamdan", ["Laila Hamdan", "Hamdan"], "juru bicara")
THAILAND = ("country", "Thailand", ["Thailand"], None)
LAOS = ("country", "Laos", ["Laos"], None)
KAMBOJA = ("country", "Kamboja", ["Kamboja"], None)
IZVESTIA = ("organization", "Izvestia", ["Izvestia"], None)


def _last_speaker(lex, make_article, text, specs):
    _, found, _ = _run(lex, make_article, text, specs)
    return found[-1].speaker


@pytest.mark.parametrize("text, speaker", [
    # a coordinator before the pronoun: the passage's person
    (CASTILLO_LEAD + "Castillo berharap latihan gabungan berlanjut. Namun ia mengingatkan: “Pangkalan itu tetap "
     "milik kami.”", "Ramon Castillo"),
    (CASTILLO_LEAD + "Castillo puas dengan hasil rapat. Tetapi dia menambahkan: “Kami butuh jaminan tertulis.”",
     "Ramon Castillo"),
    # negative: a pronoun after an unnamed speaker points at nobody
    (CASTILLO_LEAD + "Seorang perwira Manila menyebut rapat itu alot. Namun ia mengingatkan: “Kami belum "
     "menyerah.”", None),
])
def test_quotes_coordinator_before_the_pronoun_of_a_cue(lex, make_article, text, speaker):
    assert _last_speaker(lex, make_article, text, [CASTILLO, MANILA]) == speaker


@pytest.mark.parametrize("text, speaker", [
    # the subject stands after the opening phrase and its comma(s)
    (CASTILLO_LEAD + "Di luar gedung, seorang pejabat Thailand menggambarkan rapat itu panas. “Semua orang "
     "lelah,” ujarnya.", None),
    (CASTILLO_LEAD + "Dalam keterangan tersebut, Kementerian Luar Negeri Thailand menulis: “Perundingan akan "
     "dilanjutkan bulan depan.”", "Kementerian Luar Negeri Thailand"),
    (CASTILLO_LEAD + "Dalam wawancara yang ditayangkan radio negara, pada Jumat malam, Hamdan menyebut laporan "
     "itu \"karangan belaka\".", "Laila Hamdan"),
    # negative: an opening phrase without a comma leaves the sentence as it was
    (CASTILLO_LEAD + "Di Manila Castillo menyebut latihan itu \"pertunjukan biasa\".", "Ramon Castillo"),
])
def test_quotes_opening_adverbial_phrase_is_not_the_subject(lex, make_article, text, speaker):
    assert _last_speaker(lex, make_article, text, [CASTILLO, HAMDAN, MFA_TH, THAILAND, MANILA]) == speaker


@pytest.mark.parametrize("text, speaker", [
    (CASTILLO_LEAD + "Castillo menerima undangan itu. Menurutnya, Thailand layak menjadi tuan rumah yang "
     "\"netral dan terbuka\".", "Ramon Castillo"),
    # negative: without the suffixed cue the sentence's own subject said it
    (CASTILLO_LEAD + "Castillo menerima undangan itu. Hamdan menilai Thailand layak menjadi tuan rumah yang "
     "\"netral dan terbuka\".", "Laila Hamdan"),
])
def test_quotes_suffixed_according_opening_points_at_the_passage_person(lex, make_article, text, speaker):
    assert _last_speaker(lex, make_article, text, [CASTILLO, HAMDAN, THAILAND]) == speaker


@pytest.mark.parametrize("text, speaker", [
    (CASTILLO_LEAD + "Kementerian Luar Negeri Thailand lewat siaran pers mengumumkan jadwal kunjungan. "
     "Pernyataan tersebut turut menekankan \"kerja sama maritim\".", "Kementerian Luar Negeri Thailand"),
    (CASTILLO_LEAD + "Bangkok merujuk pada pernyataan Kementerian Luar Negeri Thailand pekan lalu. "
     "\"Kami menolak blokade laut,\" bunyi pernyataan itu.", "Kementerian Luar Negeri Thailand"),
    # negative: a statement of several parties, or one nobody is said to have issued, is nobody's
    (CASTILLO_LEAD + "Thailand, Laos dan Kamboja lalu menerbitkan pernyataan gabungan. \"Uji coba itu "
     "membahayakan nelayan,\" demikian bunyi pernyataan bersama tersebut.", None),
    (CASTILLO_LEAD + "Sidang ditunda hingga Kamis. \"Uji coba itu membahayakan nelayan,\" bunyi pernyataan "
     "tersebut.", None),
])
def test_quotes_statement_named_before_speaks_for_its_issuer(lex, make_article, text, speaker):
    assert _last_speaker(lex, make_article, text, [CASTILLO, MFA_TH, THAILAND, LAOS, KAMBOJA]) == speaker


@pytest.mark.parametrize("text, speaker", [
    # the name set off by commas before the verb, not the person inside the role phrase
    ("Kakak Menteri Pertahanan Filipina Ramon Castillo, Laila Hamdan, membela kebijakan yang disebutnya "
     "\"langkah berani\".", "Laila Hamdan"),
    # a demonstrative role phrase with the name apposed: the name, not the passage's person
    (LEAD + "Lavrov tiba di Manila. Pejabat tersebut, Ramon Castillo, menggambarkan kunjungan itu sebagai "
     "\"babak baru\".", "Ramon Castillo"),
    # negative: a date set off by commas is no apposition
    ("Menteri Pertahanan Filipina Ramon Castillo, Senin, membela kebijakan yang disebutnya \"langkah berani\".",
     "Ramon Castillo"),
])
def test_quotes_name_apposed_after_a_role_naming_another_person(lex, make_article, text, speaker):
    assert _last_speaker(lex, make_article, text, [LAVROV, CASTILLO, HAMDAN, MANILA]) == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Thailand, melalui juru bicara Somchai Prasert, meminta kapal asing \"menjauh dari perairan kami\".",
     "Somchai Prasert"),
    # negative: nobody named after the preposition: nobody (a state as the subject speaks no words)
    ("Thailand, melalui nota diplomatik, meminta kapal asing \"menjauh dari perairan kami\".", None),
])
def test_quotes_person_through_whom_a_body_speaks(lex, make_article, text, speaker):
    assert _last_speaker(lex, make_article, text, [SOMCHAI, THAILAND]) == speaker


@pytest.mark.parametrize("text, speaker", [
    # a quoted word before "pernyataan X" inside a sentence: the sentence's subject, not X
    (CASTILLO_LEAD + "Juru bicara kementerian, Somchai Prasert, menyebut Bangkok \"mempelajari\" pernyataan "
     "Castillo sebelum bersikap.", "Somchai Prasert"),
    # negative: a quote closed by a comma and the statement noun is the statement's
    (CASTILLO_LEAD + "\"Kami mempelajari semuanya,\" demikian pernyataan Kementerian Luar Negeri Thailand.",
     "Kementerian Luar Negeri Thailand"),
])
def test_quotes_quoted_word_before_a_statement_noun_is_no_cue(lex, make_article, text, speaker):
    assert _last_speaker(lex, make_article, text, [CASTILLO, SOMCHAI, MFA_TH]) == speaker


@pytest.mark.parametrize("text, speaker", [
    # an agency as the subject says the words itself ...
    (LEAD + "Lavrov menemui para mitranya. Kantor berita TASS tak memberi rincian, namun menggambarkan suasananya "
     "\"bersahabat dan terbuka\".", "TASS"),
    # ... unless it reports a person saying them
    (LEAD + "Para menteri bertemu di Seoul. TASS mengabarkan Lavrov menyebut sanksi itu \"tidak berguna\".",
     "Sergei Lavrov"),
    # ... and reporting with no one named relays for the passage's person
    (LEAD + "Lavrov menolak tuduhan itu. TASS melaporkan bahwa menteri itu menyebut sanksi \"tidak berguna\".",
     "Sergei Lavrov"),
    # an outlet in its own voice
    (LEAD + "Lavrov akan kembali pada Rabu.\n\n“Moskow memainkan kartu lama,” tulis harian Izvestia dalam "
     "editorialnya.", "Izvestia"),
    # negative: an agency after a passage about a person only relays
    (LEAD + "Lavrov akan kembali pada Rabu. “Kami puas dengan hasilnya,” kata Lavrov. “Kami akan kembali,” tulis "
     "TASS.", "Sergei Lavrov"),
])
def test_quotes_agency_as_subject_or_in_its_own_voice_speaks(lex, make_article, text, speaker):
    assert _last_speaker(lex, make_article, text, [LAVROV, TASS, IZVESTIA, SEOUL]) == speaker


@pytest.mark.parametrize("text, speaker", [
    (CASTILLO_LEAD + "Thailand menyatakan sengketa itu \"tidak perlu dibesar-besarkan\". Sikap tersebut "
     "diungkapkan juru bicara Somchai Prasert di Bangkok.", "Somchai Prasert"),
    # negative: the next sentence names no speaker: nobody (a state as the subject speaks no words)
    (CASTILLO_LEAD + "Thailand menyatakan sengketa itu \"tidak perlu dibesar-besarkan\". Hujan turun sepanjang "
     "hari.", None),
])
def test_quotes_body_subject_spoken_by_the_person_the_next_sentence_names(lex, make_article, text, speaker):
    assert _last_speaker(lex, make_article, text, [CASTILLO, SOMCHAI, THAILAND]) == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Menteri Pertahanan Filipina Ramon Castillo tiba di Bangkok. Kamera menangkap Castillo berjabat tangan "
     "dengan Somchai. Menteri Filipina itu berjanji Manila tetap \"mitra yang setia\".", "Ramon Castillo"),
    ("Juru bicara Somchai Prasert hadir. Castillo tiba kemudian. Juru bicara itu menggambarkan pertemuan itu "
     "\"sangat cair\".", "Somchai Prasert"),
    # negative: a role nobody of the article holds: the passage's person
    ("Menteri Pertahanan Filipina Ramon Castillo tiba di Bangkok. Diplomat itu menggambarkan pertemuan itu "
     "\"sangat cair\".", "Ramon Castillo"),
])
def test_quotes_anaphoric_role_subject_is_the_person_of_that_role(lex, make_article, text, speaker):
    assert _last_speaker(lex, make_article, text, [CASTILLO, SOMCHAI, THAILAND, MANILA]) == speaker


# -- forms of the marks in real pages (issue 16) and in hostile input (issue 15) -----------------

ORLOV = ("person", "Pavel Orlov", ["Pavel Orlov", "Orlov"], "wakil menteri")
ORLOV_LEAD = "Wakil Menteri Luar Negeri Rusia Pavel Orlov tiba di Hanoi pada Kamis.\n\n"


@pytest.mark.parametrize("text, expected", [
    # single marks around a phrase, straight or curly
    ("Orlov menyebut rencana itu 'terlalu ambisius' bagi kawasan.", ["terlalu ambisius"]),
    ("Orlov menyebut rencana itu ‘terlalu ambisius’ bagi kawasan.", ["terlalu ambisius"]),
    # negative: apostrophes inside words, a lone mark, and a single quote inside a double one
    ("Orlov tiba pada hari Jum'at dan membawa Qur'an sebagai hadiah.", []),
    ("Orlov menyebut angka '90-an sebagai masa sulit.", []),
    ("“Orlov menyebut rencana itu 'terlalu ambisius',” kata seorang diplomat.",
     ["Orlov menyebut rencana itu 'terlalu ambisius',"]),
])
def test_quotes_single_marks_quote_a_phrase_but_apostrophes_do_not(lex, make_article, text, expected):
    article, found, _ = _run(lex, make_article, ORLOV_LEAD + text, [ORLOV])
    assert [q.text for q in found] == expected
    assert all(q.span.of(article.text) == q.text for q in found)
    if expected and not text.startswith("“"):
        assert found[0].speaker == "Pavel Orlov"


@pytest.mark.parametrize("tail", ["", "\n\nBaca juga: Rusia dan Vietnam teken kesepakatan"])
def test_quotes_cut_by_the_end_of_the_text_is_still_a_quote(lex, make_article, tail):
    text = ORLOV_LEAD + "Orlov mengatakan: “Kami akan membuka jalur penerbangan langsung dan memperluas"
    article, quote = _one(lex, make_article, text + tail, [ORLOV])
    assert quote.text == "Kami akan membuka jalur penerbangan langsung dan memperluas"
    assert quote.speaker == "Pavel Orlov"


@pytest.mark.parametrize("closed", [False, True])
def test_quotes_never_run_past_the_size_limit(lex, make_article, closed):
    body = " ".join(f"Hubungan kedua negara pada tahap {i} berkembang sangat pesat." for i in range(300))
    text = ORLOV_LEAD + "Orlov berkata: “" + body + ("”" if closed else "") + "\n\nOrlov lalu pulang ke Moskow."
    article, quote = _one(lex, make_article, text, [ORLOV])
    assert len(quote.text) <= quotes.QUOTE_MAX
    assert quote.text.endswith(".") and quote.text == quote.span.of(article.text)
    assert quote.speaker == "Pavel Orlov"


def test_quotes_long_quote_within_the_limit_is_whole(lex, make_article):
    # negative: a long speech paragraph under the limit is not cut
    body = " ".join(f"Kami membahas tahap {i} kerja sama dengan sangat rinci." for i in range(20))
    _, quote = _one(lex, make_article, ORLOV_LEAD + "“" + body + "” kata Orlov.", [ORLOV])
    assert quote.text == body and quote.rule.startswith("curly/")


@pytest.mark.parametrize("markup", [
    '<img src="foto.jpg" alt="Kami tidak akan mundur dari Laut China Selatan" title="Pavel Orlov berbicara">',
    '<a href="https://contoh.id/berita" title="Orlov: Kami tidak akan mundur">tautan</a>',
    'data-caption="Kami tidak akan mundur, kata Orlov"',
])
def test_quotes_markup_is_never_a_quote(lex, make_article, markup):
    text = ORLOV_LEAD + markup + "\n\n“Kerja sama ini saling menguntungkan,” kata Orlov."
    _, found, _ = _run(lex, make_article, text, [ORLOV])
    # negative: the quote beside the markup is still found
    assert [(q.text, q.speaker) for q in found] == [("Kerja sama ini saling menguntungkan,", "Pavel Orlov")]


@pytest.mark.parametrize("sentence, expected", [
    # a suffixed cue guesses its speaker from the passage: without the first person it reports
    ("Setelah makan siang, kedua delegasi meninjau pelabuhan bersama, tambahnya.", None),
    ("Kami akan meninjau pelabuhan bersama setelah makan siang, tambahnya.",
     "Kami akan meninjau pelabuhan bersama setelah makan siang"),
    # a named speaker whose words name a person in the third person: a report of a plan
    ("Delegasi Vietnam akan bertemu Orlov di Hanoi pada Jumat, kata Nguyen Van Hai.", None),
    # negative: a named speaker, no person named in the words, stays direct speech
    ("Pelabuhan itu akan dibuka untuk kapal Rusia tahun depan, kata Nguyen Van Hai.",
     "Pelabuhan itu akan dibuka untuk kapal Rusia tahun depan"),
    # a body set off by an apposition reports a clause: the words before the verb are its name
    ("Harian Veltra, surat kabar terbesar di kota itu, melaporkan bahwa Nguyen Van Hai tiba di Hanoi.", None),
    ("Sementara Harian Veltra, koran pemerintah, mengatakan bahwa kapal itu tiba kemarin.", None),
])
def test_quotes_lost_marks_that_report_are_no_quote(lex, make_article, sentence, expected):
    hai = ("person", "Nguyen Van Hai", ["Nguyen Van Hai"], "juru bicara")
    _, found, _ = _run(lex, make_article, ORLOV_LEAD + sentence, [ORLOV, hai])
    assert [q.text for q in found] == ([expected] if expected else [])


@pytest.mark.parametrize("line, quoted", [
    # a subhead set in single marks alone on its line quotes no one
    ("‘Tonggak Sejarah Baru’", []),
    # negative: a sentence in single marks alone on its line is still a quote
    ("‘Kami siap bekerja sama dengan semua pihak.’", ["Kami siap bekerja sama dengan semua pihak."]),
    # negative: marks inside a sentence of the line keep the quote
    ("Orlov menyebut kunjungan itu sebagai ‘Tonggak Sejarah’ bagi kedua negara.", ["Tonggak Sejarah"]),
])
def test_quotes_subhead_in_single_marks_is_no_quote(lex, make_article, line, quoted):
    text = ORLOV_LEAD + line + "\n\nPelabuhan itu dibuka untuk kapal asing pada Senin pagi."
    _, found, _ = _run(lex, make_article, text, [ORLOV])
    assert [q.text for q in found] == quoted


@pytest.mark.parametrize("text, speaker", [
    # a speech verb in a relative clause speaks for what "yang" hangs on: a treaty says no one's words
    ("Orlov menyetujui naskah nota kesepahaman dengan Vietnam, yang menguraikan "
     "\"peta jalan bersama\" bagi kedua pihak.", None),
    # ... a person named right before it speaks
    ("Pertemuan itu dihadiri Nguyen Van Hai, yang juga menyebut \"babak baru\" hubungan kedua negara.",
     "Nguyen Van Hai"),
    # negative: no relative pronoun, the clause's subject speaks as before
    ("Orlov kemudian menguraikan \"peta jalan bersama\" bagi kedua pihak.", "Pavel Orlov"),
])
def test_quotes_speech_verb_of_a_relative_clause(lex, make_article, text, speaker):
    assert _last_speaker(lex, make_article, ORLOV_LEAD + text, [ORLOV, HAI, VIETNAM]) == speaker


HAI = ("person", "Nguyen Van Hai", ["Nguyen Van Hai", "Hai"], "juru bicara")
VIETNAM = ("country", "Vietnam", ["Vietnam"], None)
HANOI = ("place", "Hanoi", ["Hanoi"], None)
DANANG = ("place", "Da Nang", ["Da Nang"], None)


@pytest.mark.parametrize("text, speaker", [
    # the person right before the last speech verb, not the sentence's subject or the passage's person
    ("Kunjungan itu berlangsung sehari setelah juru bicara Nguyen Van Hai mengatakan bahwa ketegangan di "
     "Laut China Selatan \"terutama disebabkan oleh pihak luar\".", "Nguyen Van Hai"),
    ("Berbicara bersama Orlov di Hanoi, Nguyen Van Hai juga menegaskan bahwa Vietnam akan \"tetap netral\".",
     "Nguyen Van Hai"),
    # negative: an apposition before the verb is found as before, and a verb without a named subject
    # leaves the sentence's subject
    ("Juru bicara kementerian, Nguyen Van Hai, mengatakan pemerintah \"tidak terburu-buru\".", "Nguyen Van Hai"),
    ("Orlov kemudian menanggapi dengan menyebut usulan itu \"tidak realistis\".", "Pavel Orlov"),
])
def test_quotes_speaker_of_the_clause_that_holds_the_quote(lex, make_article, text, speaker):
    assert _last_speaker(lex, make_article, ORLOV_LEAD + text, [ORLOV, HAI, VIETNAM, HANOI]) == speaker


@pytest.mark.parametrize("text, speaker", [
    # a subordinate clause with its own unnamed subject or a place: nobody
    ("Orlov memberi hormat kepada penjaga kehormatan saat pasukan di lapangan meneriakkan \"hidup "
     "persahabatan!\"", None),
    ("Vietnam menunda latihan itu karena Da Nang menerima dua \"kapal tamu\" dari utara.", None),
    ("Hubungan kedua negara memburuk sejak Hanoi bergabung dengan sanksi menyusul \"operasi khusus\" itu.", None),
    # negative: a main clause that speaks keeps the quote in its subordinate clause
    ("Orlov menyebut pelabuhan itu penting karena Vietnam \"mitra yang setia\".", "Pavel Orlov"),
    ("Orlov mengecam keputusan itu karena kapal asing \"mengancam nelayan\".", "Pavel Orlov"),
    # negative: a named person as the clause's subject
    ("Orlov pulang lebih awal setelah Nguyen Van Hai menuding Moskow \"bermain dua kaki\".", "Nguyen Van Hai"),
    # a pronoun as the clause's subject: the person the passage is about
    ("Orlov tiba di Hanoi pada Senin. Vietnam menutup pelabuhan itu sehari setelah dia memperingatkan "
     "kapal asing akan \"menanggung akibatnya\".", "Pavel Orlov"),
    # negative: a pronoun after an unnamed person points at nobody the text names
    ("Seorang diplomat tiba di Da Nang pada Senin. Vietnam menutup pelabuhan itu sehari setelah ia memperingatkan "
     "kapal asing akan \"menanggung akibatnya\".", None),
])
def test_quotes_in_a_subordinate_clause_speak_for_its_subject(lex, make_article, text, speaker):
    assert _last_speaker(lex, make_article, ORLOV_LEAD + text, [ORLOV, HAI, VIETNAM, HANOI, DANANG]) == speaker


@pytest.mark.parametrize("text, speaker", [
    # a place in the speaker phrase after a cue says where an unnamed speaker is from: nobody speaks
    ("\"Pelabuhan itu menjadi pusat bongkar muat kapal asing,\" kata salah satu sumber keamanan Da Nang.", None),
    ("\"Kapal itu sudah tiga kali singgah,\" kata seorang pengusaha pelabuhan di Hanoi kepada wartawan.", None),
    # negative: a person named after the cue still speaks
    ("\"Kapal itu sudah tiga kali singgah,\" kata Nguyen Van Hai di Hanoi.", "Nguyen Van Hai"),
])
def test_quotes_a_place_never_speaks(lex, make_article, text, speaker):
    assert _last_speaker(lex, make_article, ORLOV_LEAD + text, [ORLOV, HAI, VIETNAM, HANOI, DANANG]) == speaker


@pytest.mark.parametrize("text, speaker", [
    # the government of a state, named as the subject of a speech verb, is a body that speaks
    ("Pemerintah Vietnam menyebut latihan di perairan itu sebagai “pelanggaran kedaulatan”, namun tidak "
     "menyebut kapal mana.", "Pemerintah Vietnam"),
    ("Pemerintah Vietnam juga menyatakan akan menilai apakah Hanoi dihormati sebagai “mitra sejajar”.",
     "Pemerintah Vietnam"),
    # negative: the state alone as the subject speaks no words of its own
    ("Vietnam menyebut latihan di perairan itu sebagai “pelanggaran kedaulatan”.", None),
    # negative: the government doing no speaking ("melarang") says nothing
    ("Mendadak, pemerintah Vietnam melarang kapal asing berlabuh “untuk sementara”.", None),
])
def test_quotes_a_government_as_subject_speaks(lex, make_article, text, speaker):
    assert _last_speaker(lex, make_article, ORLOV_LEAD + text, [ORLOV, VIETNAM, HANOI]) == speaker


MOD_VN = ("organization", "Kementerian Pertahanan Vietnam", ["Kementerian Pertahanan Vietnam"], None)
EMB_VN = ("organization", "Kedutaan Besar Vietnam", ["Kedutaan Besar Vietnam"], None)
FISHERIES = ("organization", "Kementerian Perikanan", ["Kementerian Perikanan"], None)
MOD_RU = ("organization", "Kementerian Pertahanan Rusia", ["Kementerian Pertahanan Rusia"], None)
RUSSIA_C = ("country", "Rusia", ["Rusia"], None)


@pytest.mark.parametrize("text, specs, speaker", [
    # a capitalised body head with a demonstrative opening the sentence: the body named before
    ("Kementerian Pertahanan Vietnam memanggil atase militer. Kementerian itu mengatakan kapal patroli "
     "\"bertindak sesuai prosedur\".", [ORLOV, MOD_VN, VIETNAM], "Kementerian Pertahanan Vietnam"),
    # a lower-case body of a country after the cue: written out
    ("“Kami menolak tuduhan itu,” kata kementerian luar negeri Vietnam dalam sebuah pernyataan.",
     [ORLOV, VIETNAM], "Kementerian Luar Negeri Vietnam"),
    ("“Kami menolak tuduhan itu,” kata kementerian pertahanan Vietnam.", [ORLOV, MOD_VN, VIETNAM],
     "Kementerian Pertahanan Vietnam"),
    # an abbreviated lower-case head written out: the article's body by that name, else the written-out name
    ("“Kami menolak tuduhan itu,” kata kedubes Vietnam dalam sebuah pernyataan.", [ORLOV, EMB_VN, VIETNAM],
     "Kedutaan Besar Vietnam"),
    ("“Kami menolak tuduhan itu,” kata kedubes Vietnam dalam sebuah pernyataan.", [ORLOV, VIETNAM],
     "Kedutaan Besar Vietnam"),
    # negative: a head that is no abbreviation stays as written
    ("“Kami menolak tuduhan itu,” kata kedutaan Vietnam dalam sebuah pernyataan.", [ORLOV, VIETNAM],
     "Kedutaan Vietnam"),
    # negative: the country alone after the cue stays the country
    ("“Kami menolak tuduhan itu,” kata Vietnam dalam sebuah pernyataan.", [ORLOV, VIETNAM], "Vietnam"),
    # a body head and a country naming no body of the article: the body named before with that head
    ("Kementerian Perikanan mengirim kapal itu ke Hanoi. “Rute ini menghemat waktu,” kata kementerian "
     "Vietnam dalam sebuah pernyataan.", [ORLOV, FISHERIES, VIETNAM], "Kementerian Perikanan"),
    # negative: not the body of another country
    ("Kementerian Pertahanan Rusia mengirim kapal itu ke Hanoi. “Rute ini menghemat waktu,” kata "
     "kementerian Vietnam.", [ORLOV, MOD_RU, RUSSIA_C, VIETNAM], "Kementerian Vietnam"),
    # a role with no name after the cue: the person who holds it
    ("“Kami berharap Hanoi tetap netral,” pungkas Wakil Menteri.", [ORLOV, VIETNAM], "Pavel Orlov"),
    # negative: a role nobody holds keeps the written words
    ("“Kami berharap Hanoi tetap netral,” pungkas Duta Besar Jepang.", [ORLOV, VIETNAM], "Duta Besar Jepang"),
])
def test_quotes_body_or_role_without_a_name_speaks(lex, make_article, text, specs, speaker):
    assert _last_speaker(lex, make_article, ORLOV_LEAD + text, specs) == speaker


@pytest.mark.parametrize("text, specs, speaker", [
    # a lower-case body closing the sentence as its subject ("..., kementerian X mengatakan Selasa")
    ("Vietnam menyuarakan “keprihatinan mendalam” atas insiden itu, kementerian pertahanan Vietnam "
     "mengatakan Selasa.", [ORLOV, VIETNAM], "Kementerian Pertahanan Vietnam"),
    ("Kementerian Perikanan menerbitkan laporan itu. Vietnam menyuarakan “keprihatinan mendalam” atas "
     "insiden itu, kementerian di Hanoi mengatakan Selasa.", [ORLOV, FISHERIES, VIETNAM, HANOI],
     "Kementerian Perikanan"),
    # negative: a body the article names only later is not the one meant
    ("Vietnam menyuarakan “keprihatinan mendalam” atas insiden itu, kementerian di Hanoi mengatakan Selasa. "
     "Kementerian Perikanan menerbitkan laporan itu.", [ORLOV, FISHERIES, VIETNAM, HANOI], None),
])
def test_quotes_lower_case_body_subject_after_the_quote_speaks(lex, make_article, text, specs, speaker):
    _, found, _ = _run(lex, make_article, ORLOV_LEAD + text, specs)
    assert found[0].speaker == speaker, [(q.text, q.speaker, q.rule) for q in found]


EMBASSY_LEAD = ("Kedutaan Besar Vietnam di Moskow menyampaikan protes pada Kamis.\n\n"
                "“Kami menolak tuduhan itu,” kata Kedutaan Besar Vietnam dalam sebuah pernyataan.\n\n")


@pytest.mark.parametrize("text, speaker", [
    # "Mereka" opening a sentence after a body's quote: the body goes on
    ("Mereka mendesak para pemimpin Rusia, yang memiliki “sejarah panjang kerja sama,” agar menahan diri.",
     "Kedutaan Besar Vietnam"),
    ("Hanoi disebut menghormati semua perjanjian.\n\nMereka meminta Moskow “menghentikan tuduhan”.",
     "Kedutaan Besar Vietnam"),
    # negative: a person named after the body's quote breaks the body's voice, and so does a group
    ("Pavel Orlov tiba kemarin.\n\nMereka meminta Moskow “menghentikan tuduhan”.", None),
    ("Para pekerja itu masih ditahan di pelabuhan. Mereka meneriakkan “kami ingin pulang”.", None),
    # negative: another subject than the plural pronoun is read as before
    ("Pavel Orlov meminta Moskow “menghentikan tuduhan”.", "Pavel Orlov"),
])
def test_quotes_they_after_a_body_quote_is_the_body(lex, make_article, text, speaker):
    found = _last_speaker(lex, make_article, EMBASSY_LEAD + text, [EMB_VN, ORLOV_P, VIETNAM, HANOI_P])
    if speaker is None:
        assert found != "Kedutaan Besar Vietnam"
    else:
        assert found == speaker


ORLOV_P = ("person", "Pavel Orlov", ["Pavel Orlov", "Orlov"], "wakil menteri")
HANOI_P = ("place", "Hanoi", ["Hanoi"], None)


VNA = ("organization", "VNA", ["VNA"], None)
MFA_VN = ("organization", "Kementerian Luar Negeri Vietnam", ["Kementerian Luar Negeri Vietnam"], None)
NGUYEN_LEAD = "Perdana Menteri Vietnam Tran Minh Duc tiba di Moskow pada Senin.\n\n"
TRAN = ("person", "Tran Minh Duc", ["Tran Minh Duc", "Tran"], "Perdana Menteri")


@pytest.mark.parametrize("text, speaker, channel", [
    # an agency or a media phrase quoting someone: that one's words, the agency relays
    ("“Kami siap memperluas kerja sama,” lapor VNA mengutip juru bicara Nguyen Van Hai.", "Nguyen Van Hai", "VNA"),
    ("VNA memuat wawancara itu. “Kami siap memperluas kerja sama,” kata media itu mengutip Nguyen Van Hai.",
     "Nguyen Van Hai", "VNA"),
    ("VNA, mengutip Nguyen Van Hai, melaporkan: “Kami siap memperluas kerja sama.”", "Nguyen Van Hai", "VNA"),
    # an unnamed source quoted by an agency: nobody, and not the agency
    ("“Kami siap memperluas kerja sama,” lapor VNA mengutip seorang pejabat.", None, "VNA"),
    # an agency after a passage about a person relays that person's words ...
    ("“Kami siap memperluas kerja sama,” tulis kantor berita VNA.", "Tran Minh Duc", "VNA"),
    ("“Kami siap memperluas kerja sama,” tulis kantor berita resmi Vietnam, VNA.", "Tran Minh Duc", "VNA"),
    # ... but words naming that person in the third person are the agency's own
    ("“Tran Minh Duc disambut hangat di bandara,” tulis VNA.", "VNA", None),
    # ... and so are words closing a sentence the agency writes about no person
    ("Hubungan kedua negara akan menjadi “jembatan yang kokoh bagi kawasan,” tulis VNA.", "VNA", None),
    ("Hubungan kedua negara akan menjadi “jembatan yang kokoh,” tulis VNA. “Ini awal yang baik,” tambahnya.",
     "VNA", None),
    # negative: a sentence about the passage's person: the agency relays the person's words
    ("Ia menyebut hubungan itu “jembatan yang kokoh bagi kawasan,” tulis VNA.", "Tran Minh Duc", "VNA"),
    # ... and words right after a sentence the agency says itself: the agency goes on in its own voice
    ("VNA mengatakan, kunjungan Tran akan memperkuat kedua negara. “Keduanya sepakat memperluas kerja sama,” "
     "tulis VNA.", "VNA", None),
    # negative: after a sentence the person says, the agency relays the person
    ("Tran mengatakan, kunjungannya akan memperkuat kedua negara. “Kami siap memperluas kerja sama,” "
     "tulis VNA.", "Tran Minh Duc", "VNA"),
    # negative: a person citing an agency keeps the words, the agency is the channel
    ("“Kami siap memperluas kerja sama,” kata Nguyen Van Hai, mengutip VNA.", "Nguyen Van Hai", "VNA"),
    # "demikian <agency> <reports>": the agency relays the passage's person
    ("“Kami siap memperluas kerja sama,” demikian VNA melaporkan.", "Tran Minh Duc", "VNA"),
    # "demikian <media> <quotes> (pernyataan) <body>": the body's words; the body is no outlet for it
    ("“Kami siap memperluas kerja sama,” demikian kantor berita VNA mengutip pernyataan Kementerian Luar Negeri Vietnam.",
     "Kementerian Luar Negeri Vietnam", "VNA"),
    ("“Kami siap memperluas kerja sama,” lapor VNA mengutip pernyataan Kementerian Luar Negeri Vietnam.",
     "Kementerian Luar Negeri Vietnam", "VNA"),
    # "<agency> mengutip X" right after the mark: X's words, an agency quoted by another agency too
    ("“Kami siap memperluas kerja sama,” VNA mengutip juru bicara Nguyen Van Hai.", "Nguyen Van Hai", "VNA"),
    ("“Kami siap memperluas kerja sama,” Reuters mengutip kantor berita Vietnam VNA.", "VNA", "Reuters"),
    # negative: the agency quoting nobody named relays, the passage's person keeps the words
    ("“Kami siap memperluas kerja sama,” VNA melaporkan.", "Tran Minh Duc", "VNA"),
])
def test_quotes_relayed_speech_names_whose_words_they_are(lex, make_article, text, speaker, channel):
    _, found, _ = _run(lex, make_article, NGUYEN_LEAD + text, [TRAN, HAI, VNA, VIETNAM, MFA_VN, REUTERS])
    assert (found[-1].speaker, found[-1].channel) == (speaker, channel)


@pytest.mark.parametrize("text, speaker, channel", [
    # an agency no register knows, called one by the text, relays like the known ones
    ("Kantor berita Warta Samudra memuat jadwalnya. “Kami siap memperluas kerja sama,” tulis Warta Samudra.",
     "Tran Minh Duc", "Warta Samudra"),
    # negative: the same organisation not called an outlet speaks for itself
    ("Dewan Warta Samudra memuat jadwalnya. “Kami siap memperluas kerja sama,” tulis Warta Samudra.",
     "Warta Samudra", None),
])
def test_quotes_organisation_called_an_outlet_relays(lex, make_article, text, speaker, channel):
    agency = ("organization", "Warta Samudra", ["Warta Samudra"], None)
    _, found, _ = _run(lex, make_article, NGUYEN_LEAD + text, [TRAN, agency])
    assert (found[-1].speaker, found[-1].channel) == (speaker, channel)


YOON = ("person", "Park Min-ho", ["Park Min-ho"], None)


@pytest.mark.parametrize("text, speaker", [
    # a capital standing for its government gives way to the person or body the sentence names
    ("“Latihan itu persiapan invasi,” kata Hanoi dalam pernyataan Kementerian Luar Negeri Vietnam.",
     "Kementerian Luar Negeri Vietnam"),
    ("Hanoi menyebut latihan itu “persiapan invasi”, menurut pernyataan Kementerian Luar Negeri Vietnam.",
     "Kementerian Luar Negeri Vietnam"),
    # negative: a person named as the object or as who is spoken to is no speaker, nor is the capital
    # (as the subject of a quoted phrase or after a cue: issue 16, capitals are never speakers)
    ("Hanoi mengecam Park Min-ho sebagai “boneka asing”.", None),
    ("“Kami tidak akan tinggal diam,” kata Hanoi kepada Park Min-ho.", None),
])
def test_quotes_capital_is_no_speaker_when_a_person_or_body_is_named(lex, make_article, text, speaker):
    assert _last_speaker(lex, make_article, text, [MFA_VN, YOON, HANOI]) == speaker


NAM_LEAD = "Ketua partai Nam Sung-jin meninjau pabrik baja di Incheon pada Selasa. "


@pytest.mark.parametrize("text, speaker", [
    # a relative named in passing does not take the bare surname of the passage's person
    (NAM_LEAD + "Pabrik itu dibangun pada masa ayah Nam, Nam Il-ho. “Kami akan menambah produksi,” kata Nam.",
     "Nam Sung-jin"),
    (NAM_LEAD + "Pabrik itu dibangun pada masa ayah Nam, Nam Il-ho. “Kami akan menambah produksi,” katanya.",
     "Nam Sung-jin"),
    # negative: once the relative is the subject, the bare surname may be theirs
    (NAM_LEAD + "Pabrik itu dibangun pada masa ayah Nam, Nam Il-ho.\n\nNam Il-ho memimpin partai hingga 2011. "
     "“Kami akan menambah produksi,” kata Nam.", "Nam Il-ho"),
])
def test_quotes_bare_surname_belongs_to_the_passage_person_not_a_relative(lex, text, speaker):
    # One answer to whom the bare "Nam" names: the actors pass's (salience.about), which the quote pass
    # reads and does not decide again; so the whole extraction runs here, not hand-built actors.
    from generator.extract import extract
    from generator.model import Article

    brief = extract(Article(id="nam", path="nam.txt", text="Kunjungan Pabrik\n\n" + text + "\n"), lex)
    assert brief.quotes[-1].speaker == speaker
    nam = next(a for a in brief.actors if a.name == speaker)
    assert any(m.text == "Nam" and m.span.start == brief.quotes[-1].cue.end + 1 for m in nam.mentions) \
        or brief.quotes[-1].rule.endswith("katanya")


@pytest.mark.parametrize("text, speaker", [
    # a clause with no subject of its own goes on about the passage's person
    (ORLOV_LEAD + "Kunjungan Orlov punya dua tujuan. Yang kedua, untuk memperkenalkan gagasan 'koridor selatan'.",
     "Pavel Orlov"),
    # negative: a subject that names nobody, and no passage person to go on about
    (ORLOV_LEAD + "Kunjungan Orlov punya dua tujuan. Spanduk di bandara bertuliskan 'koridor selatan'.", None),
    ("Forum itu punya dua tujuan. Yang kedua, untuk memperkenalkan gagasan 'koridor selatan'.", None),
])
def test_quotes_subjectless_clause_goes_on_about_the_passage_person(lex, make_article, text, speaker):
    assert _last_speaker(lex, make_article, text, [ORLOV]) == speaker


@pytest.mark.parametrize("sentence, expected", [
    # words relayed through a channel after the cue are the outlet's paraphrase
    ("Pelabuhan itu akan dibuka untuk kapal Rusia tahun depan, kata Nguyen Van Hai seperti dikutip VNA.", None),
    ("Pelabuhan itu akan dibuka untuk kapal Rusia tahun depan, kata Nguyen Van Hai, dilansir VNA.", None),
    # negative: in the first person they are still direct speech
    ("Kami akan membuka pelabuhan itu tahun depan, kata Nguyen Van Hai seperti dikutip VNA.",
     "Kami akan membuka pelabuhan itu tahun depan"),
])
def test_quotes_lost_marks_relayed_through_a_channel_are_no_quote(lex, make_article, sentence, expected):
    _, found, _ = _run(lex, make_article, ORLOV_LEAD + sentence, [ORLOV, HAI, VNA])
    assert [q.text for q in found] == ([expected] if expected else [])


@pytest.mark.parametrize("cue", ["cetus Orlov", "sergah Orlov", "harap Orlov", "desak Orlov", "sindir Orlov",
                                 "tepis Orlov", "cetusnya", "harapnya", "pintanya", "cuit Orlov", "bilang Orlov",
                                 "tuding Orlov", "ingat Orlov", "cuitnya", "tudingnya"])
def test_quotes_further_cue_words_of_real_news(lex, make_article, cue):
    text = ORLOV_LEAD + f"“Kami tidak datang untuk berdebat,” {cue} di Hanoi."
    _, quote = _one(lex, make_article, text, [ORLOV, HANOI])
    assert quote.speaker == "Pavel Orlov" and quote.cue is not None


@pytest.mark.parametrize("text", [
    # negative: the same words as nouns or inside a sentence are no cue
    ORLOV_LEAD + "Orlov membawa pesan dari Moskow. “Perdamaian” adalah harapan semua pihak.",
])
def test_quotes_cue_words_as_nouns_give_no_speaker(lex, make_article, text):
    _, quote = _one(lex, make_article, text, [ORLOV, HANOI])
    assert quote.cue is None


NAM_SISTER = ("person", "Nam Yu-ri", ["Nam Yu-ri"], None)
NAM_LEADER = ("person", "Nam Chol-su", ["Nam Chol-su"], "pemimpin")
KOREA_N = ("country", "Korea Utara", ["Korea Utara"], None)


@pytest.mark.parametrize("cue, speaker", [
    # a lower-case role, the country, then a word pointing back: the person of that role and country
    ("kata presiden Vietnam tersebut", "Tran Quoc Bao"),
    ("kata menteri luar negeri Rusia itu", "Pavel Orlov"),
    # negative: no person named before holds that role for that country: no person of the text
    ("kata presiden Rusia tersebut", None),
    # negative: without a word pointing back, no person either
    ("kata pemerintah Vietnam", None),
])
def test_quotes_role_and_country_pointing_back_is_the_person(brief_of, cue, speaker):
    text = ("Presiden Vietnam Tran Quoc Bao bertemu Menteri Luar Negeri Rusia Pavel Orlov di Hanoi pada Senin.\n\n"
            "Keduanya membahas jalur kereta baru antara kedua negara.\n\n"
            f"“Kami siap memperluas kerja sama ekonomi,” {cue}.\n")
    found = _speakers(brief_of, text)
    assert found[-1][0].startswith("Kami siap")
    if speaker is not None:
        assert found[-1][1] == speaker
    else:
        assert found[-1][1] not in ("Tran Quoc Bao", "Pavel Orlov")


@pytest.mark.parametrize("cue, speaker", [
    # a description with a generic head, the country and a word pointing back: the passage's person of
    # that country, else the latest person of the passage acting for it
    ("kata pejabat senior Vietnam itu", "Tran Quoc Bao"),
    ("kata pejabat senior Rusia itu", "Pavel Orlov"),
    # negative: nobody of the passage acts for that country
    ("kata pejabat senior Jepang itu", None),
    # negative: without a word pointing back, an unnamed official
    ("kata seorang pejabat senior Rusia", None),
])
def test_quotes_description_with_a_country_pointing_back_is_the_person(brief_of, cue, speaker):
    text = ("Presiden Vietnam Tran Quoc Bao bertemu Menteri Luar Negeri Rusia Pavel Orlov di Hanoi pada Senin.\n\n"
            "Keduanya membahas jalur kereta baru antara kedua negara.\n\n"
            f"“Kami siap memperluas kerja sama ekonomi,” {cue} kepada wartawan.\n")
    assert _speakers(brief_of, text)[-1] == ("Kami siap memperluas kerja sama ekonomi,", speaker)


RINA = ("person", "Rina Kovalenko", ["Rina Kovalenko", "Rina"], None)
RINA_GUIDE = ("person", "Rina Kovalenko", ["Rina Kovalenko", "Rina"], "pemandu wisata")
DAVOR = ("person", "Davor Ilic", ["Davor Ilic", "Ilic"], "anggota parlemen")


@pytest.mark.parametrize("cue, specs, speaker", [
    # a description pointing back (an age inside it) names the person the passage is about
    ("kata guru berusia 41 tahun itu", [RINA], "Rina Kovalenko"),
    ("kata perempuan berumur 41 tahun tersebut", [RINA_GUIDE], "Rina Kovalenko"),
    ("kata pemandu wisata itu", [RINA_GUIDE], "Rina Kovalenko"),
    # negative: a head that is not a word of the person's known role does not fit them
    ("kata guru berusia 41 tahun itu", [RINA_GUIDE], None),
    # negative: the person whose role the description holds is named only later, not before
    ("kata anggota parlemen itu", [RINA_GUIDE, DAVOR], None),
    # negative: without a word pointing back it is someone unnamed
    ("kata seorang guru berusia 41 tahun", [RINA], None),
])
def test_quotes_description_pointing_back_is_the_passage_person(lex, make_article, cue, specs, speaker):
    text = ("Rina Kovalenko baru kembali dari liburan sepekan di Pulau Ruri.\n\n"
            f"“Kami tidak melihat bahaya apa pun di sana,” {cue} kepada wartawan.\n\n"
            "Anggota parlemen Davor Ilic meminta data kunjungan wisatawan.\n")
    _, found, _ = _run(lex, make_article, text, specs)
    assert [(q.text, q.speaker) for q in found] == [("Kami tidak melihat bahaya apa pun di sana,", speaker)]


@pytest.mark.parametrize("between, speaker", [
    # a quote paragraph right after a paragraph closing on a quote and its cue: the same voice
    ("", "Sergei Lavrov"),
    # negative: a paragraph about someone else between, saying nothing: nobody
    ("Menteri Luar Negeri Korea Selatan Park Jin tiba di bandara kemudian.\n\n", None),
    # negative: a new speaker named between: theirs
    ("Park Jin menegaskan bahwa Seoul tetap pada posisinya.\n\n", "Park Jin"),
])
def test_quotes_quote_paragraph_goes_on_only_from_the_quote_right_before(lex, make_article, between, speaker):
    text = LEAD + "“Kami siap berdialog,” kata Lavrov.\n\n" + between + "“Kami juga menunggu jawaban.”\n"
    _, found, _ = _run(lex, make_article, text, [LAVROV, PARK, SEOUL])
    assert [q.speaker for q in found] == ["Sergei Lavrov", speaker]


@pytest.mark.parametrize("second, speakers", [
    # a quote right after a quote with a speaker, no word between: the same voice goes on
    ("“Kami juga menunggu jawaban Seoul.”", ["Sergei Lavrov", "Sergei Lavrov"]),
    # negative: a new speaker named between speaks the next quote (one quote each, not one split quote)
    ("Park Jin menjawab, “Kami juga menunggu jawaban Moskow.”", ["Sergei Lavrov", "Park Jin"]),
])
def test_quotes_quote_right_after_a_quote_goes_on(lex, make_article, second, speakers):
    text = LEAD + "Lavrov mengatakan: “Kami siap berdialog.” " + second + "\n"
    _, found, _ = _run(lex, make_article, text, [LAVROV, PARK, SEOUL])
    assert [q.speaker for q in found] == speakers


@pytest.mark.parametrize("before, speaker", [
    # a quote making up its sentence after a sentence of its paragraph that says what a person said
    ("Lavrov mengatakan kunjungan itu penting bagi kedua negara.", "Sergei Lavrov"),
    ("Park Jin tiba kemudian. Ia menegaskan bahwa jawaban itu akan dikirim.", "Park Jin"),
    # negative: the sentence before says nothing anyone said
    ("Lavrov tiba di bandara pada pagi hari.", None),
])
def test_quotes_quote_sentence_after_what_a_person_said_in_its_paragraph(lex, make_article, before, speaker):
    text = LEAD + before + " “Kami juga menunggu jawaban Seoul.”\n"
    _, found, _ = _run(lex, make_article, text, [LAVROV, PARK, SEOUL])
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize("cue, speaker", [
    # the description closes its sentence on the word pointing back, after a clause or a phrase
    ("ujar pria yang telah menjabat sejak 2004 tersebut", "Sergei Lavrov"),
    # a former post says nothing against the post held now
    ("ujar mantan duta besar Rusia untuk PBB itu", "Sergei Lavrov"),
    # negative: an unnamed source, another country, a post the person does not hold
    ("ujar seorang pejabat yang enggan disebut namanya itu", None),
    ("ujar mantan duta besar Jepang untuk PBB itu", None),
    ("ujar duta besar Rusia untuk PBB itu", None),
])
def test_quotes_description_closing_on_the_word_pointing_back(brief_of, cue, speaker):
    text = (LEAD + f"“Kami siap berdialog dengan siapa pun,” {cue}.\n")
    assert _speakers(brief_of, text)[-1] == ("Kami siap berdialog dengan siapa pun,", speaker)


@pytest.mark.parametrize("cue, speaker", [
    # a former post and a country pointing back: the passage's person acting for that country (through
    # a body of it), not the holder of that post for another country named inside the quote
    ("kata mantan Presiden Rusia tersebut", "Pavel Orlov"),
    # negative: nobody of the passage acts for that country
    ("kata mantan Presiden Jepang tersebut", None),
])
def test_quotes_former_post_of_a_country_pointing_back(brief_of, cue, speaker):
    text = ("Wakil Ketua Dewan Keamanan Rusia Pavel Orlov mengecam rencana latihan militer di Laut Timur.\n\n"
            "“Presiden Vietnam Tran Quoc Bao telah memilih jalan yang berbahaya bagi rakyatnya,” "
            f"{cue} pada Rabu.\n")
    assert _speakers(brief_of, text)[-1] == (
        "Presiden Vietnam Tran Quoc Bao telah memilih jalan yang berbahaya bagi rakyatnya,", speaker)


@pytest.mark.parametrize("cue, speaker", [
    # an abbreviated post written out, a capitalised post: the person of that post and country
    ("imbuh Menlu Rusia itu", "Sergei Lavrov"),
    # a post's modifier that is no post word ("senior") says nothing against the person
    ("kata menteri senior tersebut", "Sergei Lavrov"),
    # negative: a post the person does not hold (its portfolio differs), never the country itself
    ("imbuh Menhan Rusia itu", None),
    ("kata menteri pertahanan senior tersebut", None),
])
def test_quotes_description_states_posts_the_person_holds(brief_of, cue, speaker):
    text = LEAD + f"“Kami siap berdialog dengan siapa pun,” {cue}.\n"
    assert _speakers(brief_of, text)[-1] == ("Kami siap berdialog dengan siapa pun,", speaker)


@pytest.mark.parametrize("after, speaker", [
    # a question or an exclamation closes its words as a comma does before the subject and its verb
    ("Lavrov bertanya kepada wartawan.", "Sergei Lavrov"),
    ("Lavrov menambahkan.", "Sergei Lavrov"),
    # negative: a new sentence about the question names no speaker
    ("Pertanyaan itu tidak dijawab.", None),
])
def test_quotes_question_closing_before_its_speaker(lex, make_article, after, speaker):
    _, quote = _one(lex, make_article, LEAD + "“Mengapa kami harus menunggu?” " + after + "\n", [LAVROV, SEOUL])
    assert quote.speaker == speaker


@pytest.mark.parametrize("after, speaker", [
    # an agency reporting after the closing mark: whom it quotes, else the passage's person, else itself
    ("TASS melaporkan, mengutip Lavrov.", "Sergei Lavrov"),
    ("TASS melaporkan, mengutip seorang pejabat kementerian.", None),
    ("TASS melaporkan.", "Sergei Lavrov"),
    # negative: a person or a state before the verb is no agency reporting
    ("Seoul melaporkan.", None),
])
def test_quotes_agency_reporting_after_the_closing_mark(lex, make_article, after, speaker):
    text = LEAD + "“Pembicaraan itu berlangsung konstruktif,” " + after + "\n"
    _, quote = _one(lex, make_article, text, [LAVROV, TASS, SEOUL])
    assert quote.speaker == speaker


def test_quotes_word_pointing_back_at_a_noun_after_the_speaker_is_not_the_description(brief_of):
    # negative: "itu" points at the statement, not at a description of a person; the body speaks
    text = ("Kedutaan Besar Rusia di Seoul hanya mengirimkan pernyataan tertulis pada Senin.\n\n"
            "“Kami siap berdialog dengan siapa pun,” tulis pihak kedutaan dalam pernyataan itu.\n")
    assert _speakers(brief_of, text)[-1] == ("Kami siap berdialog dengan siapa pun,", "Kedutaan Besar Rusia")


@pytest.mark.parametrize("before, speaker", [
    # a passive cue and its agent right before the opening mark
    ("Seperti dikatakan Lavrov, ", "Sergei Lavrov"),
    ("Sebagaimana disampaikan oleh Lavrov kepada wartawan: ", "Sergei Lavrov"),
    # negative: a passive verb that is no speech names no speaker
    ("Rencana itu diumumkan pada Senin, ", None),
])
def test_quotes_passive_cue_before_the_quote(lex, make_article, before, speaker):
    _, quote = _one(lex, make_article, LEAD + before + "“Kami siap berdialog dengan siapa pun.”\n", [LAVROV, SEOUL])
    assert quote.speaker == speaker


@pytest.mark.parametrize("lead, cue, role", [
    # a description pointing back states the role of a speaker the text gives none
    ("Rina Kovalenko", "kata guru sejarah berusia 41 tahun itu", "guru sejarah"),
    # negative: a noun for anybody is no role; a role the text gave stays
    ("Rina Kovalenko", "kata perempuan berusia 41 tahun itu", None),
    ("Pemandu wisata Rina Kovalenko", "kata pemandu itu", "Pemandu wisata"),
])
def test_quotes_description_pointing_back_gives_the_speaker_a_role(brief_of, lead, cue, role):
    text = (f"{lead} baru kembali dari liburan sepekan di Pulau Ruri.\n\n"
            f"“Kami tidak melihat bahaya apa pun di sana,” {cue} kepada wartawan.\n")
    brief = brief_of(text)
    assert [q.speaker for q in brief.quotes] == ["Rina Kovalenko"]
    assert next(a for a in brief.actors if a.name == "Rina Kovalenko").role == role


@pytest.mark.parametrize("after, speaker", [
    # a person named right after the closing mark and its comma, an apposition, then a speech verb
    ("Davor Ilic, anggota komisi pertahanan parlemen, mengatakan setelah rapat.", "Davor Ilic"),
    ("Davor Ilic, anggota komisi pertahanan parlemen, juga menegaskan hal itu.", "Davor Ilic"),
    ("Davor Ilic, anggota komisi pertahanan, politikus partai tani, mengatakan setelah rapat.", "Davor Ilic"),
    # a person named right after the closing mark, then a word that is no speech verb
    ("Ilic tertawa, tidak terganggu oleh pertanyaan itu.", "Davor Ilic"),
    # "demikian" and the name closing the sentence
    ("demikian Davor Ilic.", "Davor Ilic"),
    # negative: "demikian" before no person
    ("demikian pula sikap komisi itu.", None),
    # negative: the apposition is followed by no speech verb
    ("Davor Ilic, anggota komisi pertahanan parlemen, tiba kemudian.", None),
    # negative: a preposition or a coordinator after the name: not who speaks
    ("Davor Ilic dan Rina Kovalenko tiba kemudian.", None),
    ("di depan Davor Ilic, tiba kemudian.", None),
    # negative: the name undergoes a passive verb: not who speaks
    ("Ilic disambut para wartawan di lobi.", None),
])
def test_quotes_person_named_after_the_closing_mark(lex, make_article, after, speaker):
    text = ("Rapat komisi membahas kunjungan wisatawan ke Pulau Ruri.\n\n"
            f"“Tanda-tanda kenaikan itu sudah terlihat sejak Maret,” {after} “Kami akan memantaunya.”\n\n"
            "“Data bulan depan akan menentukan.”\n")
    _, found, _ = _run(lex, make_article, text, [RINA, DAVOR])
    assert [q.speaker for q in found] == [speaker] * 3


def test_quotes_person_named_after_a_phrase_inside_a_sentence_is_not_its_speaker(lex, make_article):
    # negative: a quoted phrase inside a sentence, then a comma and a name that opens the next clause
    text = ("Rapat komisi menyebut rencana itu “terlalu dini,” Ilic tiba kemudian.\n")
    _, found, _ = _run(lex, make_article, text, [DAVOR])
    assert [q.rule.split("/")[1] for q in found] != ["after-name"]


@pytest.mark.parametrize("sentence, speaker", [
    # a state or a capital as the subject of a quoted phrase with no cue: a term or someone's words, nobody's
    ("Hanoi menganggap sengketa itu perang dagang, di mana nelayan dijadikan “tameng”.", None),
    ("Langkah Vietnam membuka pelabuhan menunjukkan bahwa “kawasan itu butuh jalur baru”.", None),
    # negative: the same words after a cue stay the state's; a person as the subject speaks them
    ("“Kawasan itu butuh jalur baru,” kata Vietnam.", "Vietnam"),
    ("Tran Minh Duc menganggap sengketa itu perang dagang, di mana nelayan dijadikan “tameng”.", "Tran Minh Duc"),
])
def test_quotes_state_subject_of_a_quoted_phrase_speaks_no_words(lex, make_article, sentence, speaker):
    _, quote = _one(lex, make_article, NGUYEN_LEAD + sentence + "\n", [TRAN, VIETNAM, HANOI])
    assert quote.speaker == speaker


@pytest.mark.parametrize("sentence, speaker", [
    # a quoted phrase opening a sentence that closes with a cue after its last comma: the cue's speaker
    ("“Sangat disayangkan” bahwa festival panen ditunda hingga musim depan, kata Kemenlu Vietnam.",
     "Kementerian Luar Negeri Vietnam"),
    ("“Sangat disayangkan” bahwa festival panen ditunda hingga musim depan, ujar Nguyen Van Hai.",
     "Nguyen Van Hai"),
    # negative: no cue after the last comma, nobody
    ("“Zona hijau” itu dibuka pada Februari, dan wisatawan terus berdatangan ke selatan.", None),
])
def test_quotes_phrase_opening_a_sentence_closed_by_a_cue(brief_of, sentence, speaker):
    text = "Pemerintah Vietnam mengecam pernyataan itu pada Senin.\n\n" + sentence + "\n"
    found = _speakers(brief_of, text)
    assert found[-1][1] == speaker


@pytest.mark.parametrize("closing, speaker", [
    # the cue's clause names another person after the speaker (whom the speaker met): the speaker goes on
    ("", "Park Ji-hoon"),
    # negative: the quote paragraph names its own speaker: that person, not the one before
    (" kata Tran Quoc Bao menanggapi.", "Tran Quoc Bao"),
])
def test_quotes_quote_paragraph_goes_on_past_a_person_the_cue_clause_names(brief_of, closing, speaker):
    text = ("Sebuah festival film Rusia dibuka di Hanoi pada Jumat.\n\n"
            "“Festival ini mempererat hubungan budaya kedua negara,” kata Park Ji-hoon kepada wartawan "
            "setelah bertemu Tran Quoc Bao.\n\n“…Kami berharap festival berikutnya digelar di kota lain"
            + ("," if closing else ".") + "”" + closing + "\n")
    found = _speakers(brief_of, text)
    assert "Kami berharap" in found[-1][0]
    assert found[-1][1] == speaker


@pytest.mark.parametrize("between, speaker", [
    # a paragraph that is only a quote, cut by the end of the text, after a paragraph closing on a
    # quote and its cue: the same voice goes on
    ("", "Park Ji-hoon"),
    # negative: the paragraph goes on after the cue with another person: no continuation
    (" Menteri Luar Negeri Vietnam Tran Quoc Bao menolak berkomentar.", None),
])
def test_quotes_quote_paragraph_after_a_quote_and_its_cue_goes_on(brief_of, between, speaker):
    text = ("Sebuah festival film Rusia dibuka di Hanoi pada Jumat.\n\n"
            "“Festival ini mempererat hubungan budaya kedua negara,” ujar Park Ji-hoon, profesor di Seoul, kepada AFP."
            + between + "\n\n“Kami berharap festival berikutnya digelar di kota lain dan menar")
    found = _speakers(brief_of, text)
    assert found[-1][0].startswith("Kami berharap")
    if speaker is not None:
        assert found[-1][1] == speaker
    else:
        assert found[-1][1] != "Park Ji-hoon"


@pytest.mark.parametrize("sentence, words, speaker", [
    # a closing mark lost before a comma and a body or person saying it: the words end at the comma
    ("Para nelayan itu “menolak tarif baru pelabuhan, Dewan Samudra mengatakan dalam laporannya.",
     "menolak tarif baru pelabuhan,", "Dewan Samudra"),
    ("Para petani itu “bekerja tanpa henti, kata Nguyen Van Hai kepada wartawan.",
     "bekerja tanpa henti,", "Nguyen Van Hai"),
    # negative: commas inside the words with no cue after them keep the words whole to the sentence end
    ("Ia menyebut “pasar malam, tempat yang ramai, dan murah bagi semua orang.",
     "pasar malam, tempat yang ramai, dan murah bagi semua orang.", None),
])
def test_quotes_lost_closing_mark_before_a_cue(lex, make_article, sentence, words, speaker):
    body = ("organization", "Dewan Samudra", ["Dewan Samudra"], None)
    _, found, _ = _run(lex, make_article, NGUYEN_LEAD + sentence + "\n", [TRAN, HAI, body])
    assert found[-1].text == words
    if speaker is not None:
        assert found[-1].speaker == speaker


@pytest.mark.parametrize("verb, speaker", [
    # a verb of recalling or narrating is speech: a quoted phrase in its clause is the subject's
    ("mengenang", "Tran Minh Duc"),
    ("menceritakan", "Tran Minh Duc"),
    # negative: a verb that is no speech leaves the phrase to the clause's own subject (not the person)
    ("membangun", None),
])
def test_quotes_recalling_verbs_speak(brief_of, verb, speaker):
    text = ("Perdana Menteri Vietnam Tran Minh Duc tiba di Moskow pada Senin.\n\n"
            f"Tran Minh Duc {verb} bahwa jalur kereta itu dibuka pada 1972, ketika para insinyur bekerja "
            "“siang dan malam” di pegunungan.\n")
    found = _speakers(brief_of, text)
    assert found[-1][0] == "siang dan malam"
    if speaker is not None:
        assert found[-1][1] == speaker
    else:
        assert found[-1][1] != "Tran Minh Duc"


@pytest.mark.parametrize("second, speaker", [
    # a quote opening its sentence with an unnamed plural ("Para pekerja ...") inside the marks: the
    # words are the speaker's, not an anonymous subject, so "katanya" still points at the passage person
    ("“Para pekerja masih menunggu cuaca membaik,” katanya.", "Nguyen Van Hai"),
    ("\"Sejumlah pekerja sudah tiba di lokasi,\" ujarnya.", "Nguyen Van Hai"),
    # negative: the same plural as the subject of a sentence outside the marks is somebody else
    ("Para pejabat Eropa menolak berkomentar. “Kami belum menerima dokumen desain,” katanya.", None),
])
def test_quotes_words_inside_marks_are_no_subject_of_the_passage(lex, make_article, second, speaker):
    text = (NGUYEN_LEAD + "“Pembangunan pelabuhan belum dimulai,” kata juru bicara Nguyen Van Hai kepada wartawan."
            "\n\n" + second + "\n")
    _, found, _ = _run(lex, make_article, text, [TRAN, HAI])
    assert found[0].speaker == "Nguyen Van Hai"
    assert found[-1].speaker == speaker


@pytest.mark.parametrize("after, speaker", [
    # a capitalised cue verb and a name making up the whole sentence after a quote that closes on
    # a full stop: that quote's cue
    ("Imbuh Nguyen Van Hai.", "Nguyen Van Hai"),
    ("Pungkas Nguyen Van Hai.", "Nguyen Van Hai"),
    # negative: a new sentence that only opens with such a word is no cue (the words stay with
    # the sentence's subject, a state: nobody)
    ("Kata itu kemudian menjadi slogan para nelayan Nguyen Van Hai.", None),
    ("Tulis Nguyen Van Hai di papan itu kemudian dihapus. Vietnam menolak.", None),
])
def test_quotes_capitalised_cue_sentence_after_a_full_stop(lex, make_article, after, speaker):
    text = (NGUYEN_LEAD + "Vietnam dan Laos “tidak memiliki alasan untuk menunda pembangunan pelabuhan.” "
            + after + "\n")
    _, found, _ = _run(lex, make_article, text, [TRAN, HAI, VIETNAM])
    assert found[-1].text.startswith("tidak memiliki alasan")
    assert found[-1].speaker == speaker


@pytest.mark.parametrize("clause, speaker", [
    # a speech verb after a quoted phrase with no subject of its own goes on with the sentence's subject
    ("dengan mengatakan", "Tran Minh Duc"),
    ("sambil menambahkan", "Tran Minh Duc"),
    # negative: a clause with a subject of its own is that subject's
    ("lalu juru bicara Nguyen Van Hai mengatakan", "Nguyen Van Hai"),
])
def test_quotes_subjectless_speech_verb_after_a_quoted_phrase(lex, make_article, clause, speaker):
    text = (NGUYEN_LEAD + "Tran Minh Duc juga memuji “ketekunan” para nelayan Laos, "
            + clause + " “Mereka bekerja siang dan malam.”\n")
    _, found, _ = _run(lex, make_article, text, [TRAN, HAI, ("country", "Laos", ["Laos"], None)])
    assert found[-1].text.startswith("Mereka bekerja")
    assert found[-1].speaker == speaker


LAN = ("person", "Nguyen Thi Lan", ["Nguyen Thi Lan", "Lan"], None)


@pytest.mark.parametrize("opening, speaker", [
    # a full name opening the sentence, set off by a comma before a phrase naming a relative or a
    # role holder: the opening name is the subject, and "ia" later points at them
    ("Nguyen Thi Lan, adik perempuan Perdana Menteri Vietnam Tran Minh Duc, pada Senin mengecam Laos.",
     "Nguyen Thi Lan"),
    ("Nguyen Thi Lan, penasihat Perdana Menteri Vietnam Tran Minh Duc, pada Senin mengecam Laos.",
     "Nguyen Thi Lan"),
    # negative: a role phrase opening the sentence names its holder as the subject
    ("Perdana Menteri Vietnam Tran Minh Duc, pada Senin, mengecam Laos bersama Nguyen Thi Lan.",
     "Tran Minh Duc"),
])
def test_quotes_name_opening_a_sentence_before_an_apposition_is_the_subject(brief_of, opening, speaker):
    text = (opening + "\n\nDalam pernyataannya, ia menyamakan negara itu dengan “tetangga yang lupa diri.”\n")
    found = _speakers(brief_of, text)
    assert found[-1][1] == speaker


@pytest.mark.parametrize("second, speaker", [
    # a kinship phrase naming a relative, closed by "itu": that relative of the named person, who
    # is the person the passage is about
    ("Adik perempuan Perdana Menteri Vietnam Tran Minh Duc, itu juga mengatakan bahwa Hanoi akan "
     "bertahan dengan “berdiri di barisan yang sama” bersama Laos.", "Nguyen Thi Lan"),
    # negative: no anaphoric word, the named person is the subject as before
    ("Perdana Menteri Vietnam Tran Minh Duc juga mengatakan bahwa Hanoi akan bertahan dengan "
     "“berdiri di barisan yang sama” bersama Laos.", "Tran Minh Duc"),
])
def test_quotes_kinship_phrase_with_anaphora_is_the_relative(brief_of, second, speaker):
    text = ("HANOI - Nguyen Thi Lan mengecam pengiriman kapal ke Laos pada Sabtu.\n\n" + second + "\n")
    found = _speakers(brief_of, text)
    assert found[-1][0] == "berdiri di barisan yang sama"
    assert found[-1][1] == speaker


@pytest.mark.parametrize("body, speaker", [
    # a headline whose subject is a kinship noun before a name: the relative the text names in an
    # apposition (`Name2, adik ... Name1,`), not the person named in the kinship phrase
    ("HANOI - Nguyen Thi Lan, adik Perdana Menteri Vietnam Tran Minh Duc, mengecam Laos.",
     "Nguyen Thi Lan"),
    # negative: the text names no such relative: nobody it names (never the person in the phrase)
    ("HANOI - Perdana Menteri Vietnam Tran Minh Duc menerima tamu dari Laos.", None),
    # negative: a kinship noun that is also a form of address before the name is a title, not a relative
    ("HANOI - Nguyen Thi Lan, adik Perdana Menteri Vietnam Tran Minh Duc, mengecam Laos.",
     "Tran Minh Duc"),
    # negative: a relative of someone else named in apposition is not that relative
    ("HANOI - Nguyen Thi Lan, adik Menteri Pertanian Le Van Tam, mengecam Laos. Perdana Menteri "
     "Vietnam Tran Minh Duc diam.", None),
])
def test_quotes_kinship_subject_of_a_headline_is_the_relative(brief_of, body, speaker):
    kin = "Ibu" if speaker == "Tran Minh Duc" else "Adik"
    text = f"{kin} Tran Minh Duc Sebut Laos 'Tetangga yang Lupa Diri'\n\n" + body + "\n"
    found = _speakers(brief_of, text)
    assert found[0] == ("Tetangga yang Lupa Diri", speaker)


@pytest.mark.parametrize("lead, between, speaker", [
    # a name apposed with an unnamed description after an opening phrase is the subject; a pronoun
    # subject goes on about them (not about a person named later in its sentence); a description pointing
    # back after the `komentar` cue reaches them across paragraphs about things
    ("Bagi banyak orang, Laos tetap negeri yang jauh, tetapi Mira Kovac, seorang turis Vietnam, punya "
     "pendapat lain.", "", "Mira Kovac"),
    # negative: another person named since: not reached across the paragraphs (nobody of that country)
    ("Bagi banyak orang, Laos tetap negeri yang jauh, tetapi Mira Kovac, seorang turis Vietnam, punya "
     "pendapat lain.", "Menteri Pariwisata Laos Bounmy Keo menyambut rombongan itu.\n\n", None),
    # negative: an unnamed tourist is nobody the text names
    ("Bagi banyak orang, Laos tetap negeri yang jauh, tetapi seorang turis Vietnam punya pendapat lain.",
     "", None),
])
def test_quotes_description_reaches_the_passage_person_across_paragraphs(brief_of, lead, between, speaker):
    text = (lead + "\n\nDia termasuk rombongan pertama yang tiba di resor yang diresmikan Perdana Menteri Laos "
            "Somchai Vong pada Mei.\n\nResor itu membuka pintunya bagi wisatawan asing.\n\n" + between
            + "Gambar dari perjalanannya menampilkan laut biru dan pasir.\n\n"
            "\"Hotelnya masih baru dan semuanya rapi,\" komentar tamu asal Vietnam tersebut.\n")
    assert _speakers(brief_of, text)[-1] == ("Hotelnya masih baru dan semuanya rapi,", speaker)


@pytest.mark.parametrize("company, speaker", [
    # a registered company speaks under the record's name of it, its legal form as written (bodies.py: gold
    # keeps a registered company's legal form 4 times of 5)
    ("LG Electronics Co.", "LG Electronics Co"),
    ("LG Electronics Co Ltd", "LG Electronics Co Ltd"),
    # negative: without a legal form, the name as written
    ("LG Electronics", "LG Electronics"),
])
def test_quotes_registered_company_speaks_by_the_records_name(brief_of, company, speaker):
    text = (f"SEOUL - Perusahaan Korea Selatan, {company} menghentikan pengiriman barang ke Laos pada Senin.\n\n"
            f"\"Kami memantau situasi dengan saksama,\" kata {company} dalam sebuah pernyataan.\n")
    assert _speakers(brief_of, text)[-1] == ("Kami memantau situasi dengan saksama,", speaker)
    assert speaker in {a.name for a in brief_of(text).actors if a.kind == "organization"}


@pytest.mark.parametrize("text, speakers", [
    # quoted phrases joined by one joining word in one clause are said alike, by nobody too
    ("Orlov menggambarkan situasi itu dengan frasa Latin yang dapat diartikan “tukar guling” atau "
     "“saling balas”.", [None, None]),
    ("Orlov menyebut latihan itu “berbahaya” dan “tidak perlu”.", ["Pavel Orlov", "Pavel Orlov"]),
    # negative: more than a joining word between: the second phrase has its own speaker
    ("Latihan itu dijuluki “tukar guling” oleh media, dan Orlov menyebutnya “saling balas”.",
     [None, "Pavel Orlov"]),
])
def test_quotes_joined_phrases_are_said_alike(lex, make_article, text, speakers):
    _, found, _ = _run(lex, make_article, ORLOV_LEAD + text, [ORLOV, HAI])
    assert [q.speaker for q in found] == speakers


FISHERIES = ("organization", "Kementerian Perikanan Vietnam", ["Kementerian Perikanan Vietnam"], None)


@pytest.mark.parametrize("lead, cue, speaker", [
    # an unnamed official of a body the article named before speaks for that body
    ("Kementerian Perikanan Vietnam mengumumkan kuota baru pada Jumat. ", "kata pejabat kementerian kepada wartawan",
     "Kementerian Perikanan Vietnam"),
    ("Kementerian Perikanan Vietnam mengumumkan kuota baru pada Jumat. ", "ujar seorang pejabat kementerian itu",
     "Kementerian Perikanan Vietnam"),
    # negative: no such body named before: nobody
    ("Nelayan Vietnam menolak kuota baru pada Jumat. ", "kata pejabat kementerian kepada wartawan", None),
    # negative: an official described by a region, not a body: nobody
    ("Kementerian Perikanan Vietnam mengumumkan kuota baru pada Jumat. ", "kata seorang pejabat Eropa", None),
])
def test_quotes_unnamed_official_of_a_named_body(lex, make_article, lead, cue, speaker):
    text = lead + f"“Kuota ini berlaku sampai akhir musim,” {cue}.\n"
    _, quote = _one(lex, make_article, text, [FISHERIES, VIETNAM, EUROPE])
    assert quote.speaker == speaker


@pytest.mark.parametrize("body, speaker", [
    # a press short form the register knows speaks by the register's name
    ("Kemlu Korsel", "Kementerian Luar Negeri Korea Selatan"),
    # negative: a short form the register does not know is written out as the text has it
    ("Kemlu Laos", "Kementerian Luar Negeri Laos"),
])
def test_quotes_registered_short_form_speaks_by_its_register_name(brief_of, body, speaker):
    text = (f"SEOUL - {body} mengumumkan sanksi baru pada Rabu.\n\n"
            f"\"Ini langkah pertama pemerintah kami,\" bunyi pernyataan {body}, dikutip dari Reuters.\n")
    found = _speakers(brief_of, text)
    assert found[-1] == ("Ini langkah pertama pemerintah kami,", speaker)


SIGNED = "MOSKOW - Presiden Rusia Vladimir Putin meneken dokumen kerja sama itu pada Sabtu sore.\n"


@pytest.mark.parametrize("text, speaker", [
    # A crowd counted or named by kind chants words nobody named said; a body named as the subject speaks.
    ("PYONGYANG - Ribuan warga Korea Utara menyambut Putin sembari meneriakkan “selamat datang”.", None),
    ("PYONGYANG - Ratusan demonstran di Seoul menyambut Putin sembari meneriakkan “selamat datang”.", None),
    ("PYONGYANG - Kementerian Luar Negeri Korea Utara menyambut Putin sembari meneriakkan “selamat datang”.",
     "Kementerian Luar Negeri Korea Utara"),
    # A document's words: no person's or body's speech; the person who signed says it himself.
    (SIGNED + "Dokumen yang ditandatangani oleh Presiden Vladimir Putin itu menegaskan “kerja sama yang menyeluruh”.", None),
    (SIGNED + "Menurut perjanjian antara kedua pemimpin itu, masing-masing pihak “wajib saling membela”.", None),
    (SIGNED + "Presiden Vladimir Putin menegaskan “kerja sama yang menyeluruh”.", "Vladimir Putin"),
    # The subject undergoes a passive verb: the quoted words are someone else's ...
    ("PYONGYANG - Warga negara itu, yang berkasnya dicap “sangat rahasia”, ditahan di Moskow.", None),
    ("PYONGYANG - Presiden Kim Jong Un dijuluki “manusia roket” oleh para pengkritiknya.", None),
    # ... but not after an active verb, a speech verb after the passive one, or in a reported clause.
    ("PYONGYANG - Presiden Kim Jong Un menyebut latihan itu “provokasi berbahaya”.", "Kim Jong Un"),
    ("PYONGYANG - Presiden Kim Jong Un disambut di bandara dan mengatakan “kami senang berada di sini”.", "Kim Jong Un"),
    ("PYONGYANG - Presiden Kim Jong Un menegaskan bahwa langkah itu diambil untuk “menjaga perdamaian”.", "Kim Jong Un"),
    # A sentence opening on the statement it reports from and its issuer: the passive's words are the issuer's ...
    ("SEOUL - Dalam laporan Yonhap, tahanan itu digambarkan sebagai sosok yang “sangat tertutup”.", "Yonhap"),
    ("SEOUL - Dalam pernyataan Kementerian Luar Negeri Rusia, kapal itu disebut “ancaman nyata”.",
     "Kementerian Luar Negeri Rusia"),
    # ... but not a statement of no one named, nor a place opening the sentence.
    ("SEOUL - Dalam laporan itu, tahanan tersebut digambarkan sebagai sosok yang “sangat tertutup”.", None),
    ("SEOUL - Dalam kunjungan ke Moskow, tahanan itu digambarkan sebagai sosok yang “sangat tertutup”.", None),
])
def test_quotes_who_speaks_a_quoted_phrase(text, speaker, brief_of):
    assert [q.speaker for q in brief_of(text + "\n").quotes] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    # A reported clause ("mengatakan bahwa") goes on past an earlier quoted phrase: a passive verb
    # after it is still inside the speaker's report.
    ("Duta Besar Rusia Arvo Melkin menghadiri rapat itu. Dia mengatakan bahwa kebijakan yang “belum pernah "
     "ada” diterapkan untuk “menekan Pyongyang”, termasuk sanksi.", ["Arvo Melkin", "Arvo Melkin"]),
    # Negative: with no complementiser the passive clause's words are still nobody's.
    ("Duta Besar Rusia Arvo Melkin menghadiri rapat itu. Kebijakan yang “belum pernah ada” diterapkan untuk "
     "“menekan Pyongyang”, termasuk sanksi.", [None, None]),
])
def test_quotes_passive_inside_a_reported_clause(text, speakers, brief_of):
    assert [q.speaker for q in brief_of(text + "\n").quotes] == speakers


@pytest.mark.parametrize("text, person", [
    # A one-word source set off by commas before a cue verb, or before an apposition about a person.
    ("Para pekerja mengeluh soal upah. Seorang pekerja lain, Sumo, mengatakan mereka dipukul.", "Sumo"),
    ("Para pekerja mengeluh soal upah. Salah satu pekerja, Darto, mengaku tangannya kaku.", "Darto"),
    ("Penerbangan itu berangkat Senin. Budiarto, seorang karyawan maskapai itu, menyatakan, "
     "“Ini peristiwa bersejarah.”", "Budiarto"),
])
def test_quotes_one_word_source_is_a_person(text, person, brief_of):
    brief = brief_of(text + "\n")
    assert person in {a.name for a in brief.actors if a.kind == "person"}


def test_quotes_one_word_apposed_needs_a_cue(brief_of):
    # Negative: a one-word capitalised word set off by commas with no cue verb after it is no person.
    brief = brief_of("Para pekerja datang dari kota itu, Sumo, dan tiba kemarin.\n")
    assert "Sumo" not in {a.name for a in brief.actors if a.kind == "person"}


@pytest.mark.parametrize("before, speaker", [
    # "Laporan tersebut" with no statement named before: what the latest speaker of the passage said
    ("Kementerian Perikanan Vietnam mengatakan pada pekan lalu bahwa stok ikan terus menurun.", "Kementerian Perikanan Vietnam"),
    # negative: the paragraph before has no one speaking: the report is nobody's the text names
    ("Stok ikan di perairan itu terus menurun sejak tahun lalu.", None),
])
def test_quotes_report_anaphor_speaks_for_who_spoke_before(lex, make_article, before, speaker):
    text = before + "\n\nLaporan tersebut juga memperingatkan bahwa nelayan akan “menanggung akibatnya” jika kuota dilanggar.\n"
    _, quote = _one(lex, make_article, text, [FISHERIES, VIETNAM])
    assert quote.text == "menanggung akibatnya"
    assert quote.speaker == speaker


@pytest.mark.parametrize("between, speaker", [
    # a suffixed cue right after a body's quote: the body goes on
    ("", "Kementerian Perikanan Vietnam"),
    # negative: a person named between the two quotes: the passage's person speaks
    ("Menteri Ekonomi Vietnam Tran Quoc Bao menilai kuota itu terlalu ketat.\n\n", "Tran Quoc Bao"),
])
def test_quotes_suffixed_cue_after_a_body_quote(lex, make_article, between, speaker):
    text = ("“Kuota ini berlaku sampai akhir musim,” kata Kementerian Perikanan Vietnam.\n\n" + between
            + "“Pengawasan akan diperketat,” tambahnya.\n")
    tran = ("person", "Tran Quoc Bao", ["Tran Quoc Bao"], "Menteri Ekonomi")
    _, found, _ = _run(lex, make_article, text, [FISHERIES, VIETNAM, tran])
    assert found[-1].text == "Pengawasan akan diperketat,"
    assert found[-1].speaker == speaker


@pytest.mark.parametrize("before, speaker", [
    # "pihak berwenang": the authorities, the body the passage named last
    ("Pengumuman itu dirilis Badan Pariwisata Vietnam pada Juli.", "Badan Pariwisata Vietnam"),
    # negative: no body named before: nobody
    ("Pengumuman itu dirilis pada Juli.", None),
])
def test_quotes_the_authorities_are_the_body_named_last(brief_of, before, speaker):
    text = before + " Pekan itu, pihak berwenang menyatakan pulau kecil itu “tertutup bagi wisatawan untuk sementara.”\n"
    assert _speakers(brief_of, text)[-1] == ("tertutup bagi wisatawan untuk sementara.", speaker)


@pytest.mark.parametrize("sentence, quoted", [
    # a name in marks after a common noun of the same head names the thing: no quote
    ("Jalan baru dibangun di dekat jembatan rel “Jembatan Sahabat Lama” yang sudah ada.", []),
    ("Pasukan itu memulai operasi “Operasi Fajar Timur” pada malam hari.", []),
    # ... and so do capitalised words in marks followed by an apposition saying what they name
    ("Jalan itu dibangun di dekat “Jembatan Sahabat Lama”, sebuah jalur rel yang dibuka pada 1960.", []),
    ("Serangan itu dikaitkan dengan “Lazaro”, yakni kelompok peretas yang didukung negara.", []),
    # negative: a quoted phrase in lower case before the same apposition is still quoted words
    ("Lavrov menyebut rute itu “jalur harapan”, sebuah istilah yang sering ia pakai.", ["jalur harapan"]),
    # negative: a name in marks after another noun is still quoted words
    ("Lavrov mengumumkan visi “Kebijakan Arah Baru” di forum itu.", ["Kebijakan Arah Baru"]),
    # negative: words in lower case are quoted words even after the same noun
    ("Lavrov menyebut jembatan itu “jembatan persahabatan abadi” bagi kedua negara.", ["jembatan persahabatan abadi"]),
])
def test_quotes_name_in_marks_after_its_common_noun_is_no_quote(lex, make_article, sentence, quoted):
    _, found, _ = _run(lex, make_article, LEAD + sentence, [LAVROV, SEOUL])
    assert [q.text for q in found] == quoted


@pytest.mark.parametrize("country, speaker", [
    # a country as the subject of a quoted phrase, in a passage about what its official said: the official
    ("Rusia", "Arvo Melkin"),
    # negative: another country than the official's is not the official, and a state speaks no words
    ("Jepang", None),
])
def test_quotes_country_subject_in_a_passage_about_its_official(brief_of, country, speaker):
    text = ("SEOUL - Menteri Luar Negeri Rusia Arvo Melkin tiba di Seoul pada Senin.\n\n"
            "“Kami siap berdialog tanpa syarat,” kata Melkin kepada wartawan.\n\n"
            f"{country} “tidak menutup kemungkinan” kerja sama militer dengan Korea Utara.\n")
    assert _speakers(brief_of, text)[-1] == ("tidak menutup kemungkinan", speaker)


@pytest.mark.parametrize("subject, speaker", [
    # a body's head in lower case after "Pihak", opening the sentence: the body named before
    ("Pihak kementerian", "Kementerian Perikanan Vietnam"),
    # negative: no body of that head named before: nobody
    ("Pihak keluarga", None),
])
def test_quotes_generic_body_opening_the_sentence(lex, make_article, subject, speaker):
    text = ("Kementerian Perikanan Vietnam menyatakan kuota baru berlaku. " + subject
            + " menekankan bahwa nelayan harus mematuhi “batas tangkapan” yang ditetapkan.\n")
    _, quote = _one(lex, make_article, text, [FISHERIES, VIETNAM])
    assert quote.speaker == speaker


@pytest.mark.parametrize("later, texts", [
    # a speaker quoted with marks later: the unmarked third-person lead closing with "kata X" paraphrases him
    ("“Seoul harus memahami akibatnya,” kata Peskov.", ["Seoul harus memahami akibatnya,"]),
    # negative: quoted nowhere else, the lead is his words that lost their marks
    ("Peskov berbicara kepada wartawan di Moskow.", ["Moskow tidak melihat alasan untuk khawatir"]),
])
def test_quotes_lead_paraphrase_of_a_quoted_speaker_is_no_quote(lex, make_article, later, texts):
    text = ("Juru bicara Kremlin Dmitry Peskov berbicara di Moskow pada Rabu.\n\n"
            "Moskow tidak melihat alasan untuk khawatir, kata Peskov.\n\n" + later + "\n")
    _, found, _ = _run(lex, make_article, text, [PESKOV])
    assert [q.text for q in found] == texts


# ---------------------------------------------------------------------------------------------
# Speakers by context on real news shapes (issue 16)

RUSSIA = ("country", "Rusia", ["Rusia"], None)
MOSCOW = ("place", "Moskow", ["Moskow"], None)
PRESIDENCY = ("organization", "Kantor Kepresidenan", ["kantor kepresidenan"], None)


@pytest.mark.parametrize("text, speaker", [
    # two bodies as one subject: no one speaker's words
    ("TASS dan Interfax menyebut pertemuan itu “sangat produktif” pekan lalu.", None),
    # negative: one body the subject, the other named after the verb
    ("TASS menyebut pertemuan itu “sangat produktif”, seperti Interfax pekan lalu.", "TASS"),
])
def test_quotes_two_bodies_as_one_subject_have_no_speaker(lex, make_article, text, speaker):
    _, quote = _one(lex, make_article, text, [TASS, INTERFAX])
    assert quote.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # the verb of a relative clause (`yang mengatakan bahwa`) speaks, not the reported clause's subject
    ("TASS mengutip seorang staf kedutaan yang mengatakan bahwa Lavrov telah "
     "menyerahkan dokumen “yang bersifat rahasia negara.”", None),
    ("Badan itu mengutip Kementerian Luar Negeri Rusia yang mengatakan bahwa Lavrov telah menerima "
     "“jaminan penuh.”", "Kementerian Luar Negeri Rusia"),
    # negative: a speech verb with its own subject before `bahwa`
    ("Zakharova mengatakan bahwa Lavrov telah menerima “jaminan penuh.”", "Maria Zakharova"),
])
def test_quotes_relative_speech_clause_names_its_own_speaker(lex, make_article, text, speaker):
    _, quote = _one(lex, make_article, text, [LAVROV, ZAKHAROVA, TASS, MFA_RU])
    assert quote.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # two people as one subject: no one person's words
    ("Lavrov dan Park Jin membahas “soal-soal pelik di kawasan” di Seoul.", None),
    ("Lavrov dan Bapak Park Jin membahas “soal-soal pelik di kawasan” di Seoul.", None),
    # negative: one of them the subject, the other the object
    ("Lavrov menemui Park Jin untuk membahas “soal-soal pelik di kawasan” di Seoul.", "Sergei Lavrov"),
])
def test_quotes_two_people_as_one_subject_have_no_speaker(lex, make_article, text, speaker):
    _, quote = _one(lex, make_article, text, [LAVROV, PARK, SEOUL])
    assert quote.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # "Menurut <agency>, <a thing> ... “...”": the agency's account
    (LEAD + "Menurut TASS, pertemuan itu berlangsung dalam “suasana yang sangat bersahabat”.", "TASS"),
    # negative: the clause names the person who spoke
    (LEAD + "Menurut TASS, Zakharova menyebut pertemuan itu “sangat bersahabat”.", "Maria Zakharova"),
])
def test_quotes_according_to_a_body_about_no_person(lex, make_article, text, speaker):
    quotes_found = _run(lex, make_article, text, [LAVROV, ZAKHAROVA, TASS, SEOUL])[1]
    assert [q.speaker for q in quotes_found] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # nobody speaks in the clause: the cue closing the sentence names the speaker
    ("Mereka menggambarkan pasukan itu sebagai “kelompok bayaran” yang dikirim ke garis depan, kata "
     "kantor kepresidenan dalam sebuah pernyataan.", "Kantor Kepresidenan"),
    # negative: without a closing cue, nobody
    ("Mereka menggambarkan pasukan itu sebagai “kelompok bayaran” yang dikirim ke garis depan.", None),
])
def test_quotes_phrase_with_a_cue_closing_the_sentence(lex, make_article, text, speaker):
    _, quote = _one(lex, make_article, text, [PRESIDENCY])
    assert quote.speaker == speaker


def test_quotes_according_to_a_body_about_a_person_named_by_post(lex, make_article):
    # negative: "Menurut <agency>, diplomat senior itu ... “...”": the person the post points back to
    text = LEAD + "Menurut TASS, diplomat senior itu menegaskan bahwa kerja sama itu “tidak ditujukan kepada siapa pun”."
    quotes_found = _run(lex, make_article, text, [LAVROV, TASS, SEOUL])[1]
    assert [q.speaker for q in quotes_found] == ["Sergei Lavrov"]


@pytest.mark.parametrize("text, speaker", [
    # a person who undergoes the verb says nothing: the agency reporting after the quote speaks
    (LEAD + "Warga itu ditangkap di kota pelabuhan “pada awal tahun,” melaporkan kantor berita TASS.", "TASS"),
    (LEAD + "Lavrov ditemui di kota pelabuhan “pada awal tahun,” lapor TASS.", "TASS"),
    # negative: a person who acts is the one the agency relays
    (LEAD + "Lavrov menyebut pertemuan itu “sangat penting,” lapor TASS.", "Sergei Lavrov"),
])
def test_quotes_agency_after_a_passive_clause_speaks(lex, make_article, text, speaker):
    quotes_found = _run(lex, make_article, text, [LAVROV, TASS, SEOUL])[1]
    assert [q.speaker for q in quotes_found] == [speaker]


# -- the cue shapes of shapes.yaml (speech_*), read by the quote pass ------------------------------

@pytest.mark.parametrize("text, speaker, rule", [
    (LEAD + "“Kami siap bekerja sama,” Lavrov juga menambahkan.", "Sergei Lavrov", "curly/after-subject:menambahkan"),
    # (an agency after a passage about a person relays that person's words)
    (LEAD + "“Latihan itu provokasi,” demikian TASS melaporkan.", "Sergei Lavrov", "curly/after-relay:melaporkan+relay"),
    (LEAD + "“Kami siap bekerja sama,” katanya.", "Sergei Lavrov", "curly/after:katanya"),
    (LEAD + "Kata Lavrov, “Kami siap bekerja sama.”", "Sergei Lavrov", "curly/before:kata"),
    (LEAD + "Menurutnya, “Kami siap bekerja sama.”", "Sergei Lavrov", "curly/before:menurutnya"),
    (LEAD + "Lavrov menegaskan kembali bahwa: “Kami siap bekerja sama.”", "Sergei Lavrov",
     "curly/before-subject:menegaskan"),
    (LEAD + "Kami siap bekerja sama dengan semua pihak, kata Lavrov.", "Sergei Lavrov", "lost-marks/after:kata"),
    (LEAD + "Kami siap bekerja sama dengan semua pihak, katanya.", "Sergei Lavrov", "lost-marks/after:katanya"),
])
def test_quotes_cue_shapes(lex, make_article, text, speaker, rule):
    _, found, _ = _run(lex, make_article, text, [LAVROV, TASS, SEOUL])
    assert [(q.speaker, q.rule) for q in found] == [(speaker, rule)]


@pytest.mark.parametrize("text", [
    # the cue does not close the sentence: no direct speech that lost its marks
    LEAD + "Kami siap bekerja sama dengan semua pihak, kata Lavrov, lalu ia pergi.",
    LEAD + "Kami siap bekerja sama dengan semua pihak, katanya kepada wartawan di sana.",
])
def test_quotes_cue_shapes_counter_examples(lex, make_article, text):
    _, found, _ = _run(lex, make_article, text, [LAVROV, TASS, SEOUL])
    assert [q for q in found if q.rule.startswith("lost-marks/")] == []


@pytest.mark.parametrize("text, country, speaker", [
    # "A.S." (with its dots) is the United States: the body named with it speaks by its full name
    ("WASHINGTON - Sanksi A.S. itu menyasar dua bank. “Langkah ini menutup celah pembayaran,” ungkap "
     "Departemen Keuangan A.S.", True, "Departemen Keuangan A.S."),
    # negative: without it, no country is made up and the body keeps its written name
    ("WASHINGTON - Sanksi itu menyasar dua bank. “Langkah ini menutup celah pembayaran,” ungkap "
     "Departemen Keuangan.", False, "Departemen Keuangan"),
])
def test_quotes_dotted_country_abbreviation_names_the_body(text, country, speaker, brief_of):
    brief = brief_of(text + "\n")
    assert ("Amerika Serikat" in {a.name for a in brief.actors if a.kind == "country"}) == country
    assert [q.speaker for q in brief.quotes] == [speaker]


@pytest.mark.parametrize("quoted, speaker", [
    # a person named inside a body's quoted words is not whom the passage is about: no speaker from them
    ("“Tuduhan itu mengulang metode lama mantan menteri Pavel Orlov,” kata kedubes Vietnam.", None),
    # negative: a person named outside the quote in that sentence still is
    ("“Tuduhan itu mengulang metode lama,” kata kedubes Vietnam menanggapi Pavel Orlov.", "Pavel Orlov"),
])
def test_quotes_a_person_named_inside_a_quote_is_not_the_passage_person(quoted, speaker, brief_of):
    brief = brief_of("HANOI - Kedutaan Besar Vietnam menolak tuduhan itu pada Senin.\n\n" + quoted + "\n\n"
                     "Selain itu, disebutkan bahwa Moskow memiliki “sejarah panjang kerja sama”.\n")
    assert brief.quotes[-1].speaker == speaker


@pytest.mark.parametrize("closing, speaker", [
    # the role phrase after the cue, a comma, then its holder: the spokesperson speaks, not the body in the role
    ("kata Juru Bicara Departemen Luar Negeri AS, Darren Holloway.", "Darren Holloway"),
    # negative: the body itself after the cue, then a day: the body speaks
    ("kata Departemen Luar Negeri AS, Kamis.", "Departemen Luar Negeri AS"),
])
def test_quotes_role_phrase_then_its_holder_after_the_cue_is_the_holder(brief_of, closing, speaker):
    text = ("Pemerintah Amerika Serikat mengecam keputusan Rusia di Dewan Keamanan pada Kamis.\n\n"
            "“Tindakan Rusia hari ini telah merusak perdamaian dan keamanan kawasan,” " + closing + "\n")
    assert _speakers(brief_of, text)[-1] == ("Tindakan Rusia hari ini telah merusak perdamaian dan keamanan kawasan,",
                                             speaker)


@pytest.mark.parametrize("sentence, speaker", [
    # a passive of judging with its agent right after it (no "oleh"): the agent's word
    ("Langkah ini dinilai Tran Quoc Bao setara dengan sebuah “persekutuan”.", "Tran Quoc Bao"),
    # ... and with "oleh"
    ("Kesepakatan itu disebut oleh Tran Quoc Bao sebagai “tonggak baru”.", "Tran Quoc Bao"),
    # negative: a passive of judging with no agent named: nobody
    ("Langkah ini dinilai setara dengan sebuah “persekutuan”.", None),
    # negative: a passive that is no judging (a signature): the person signing says nothing
    ("Perjanjian itu ditandatangani Tran Quoc Bao sebagai “tonggak baru”.", None),
])
def test_quotes_agent_of_a_passive_of_judging_speaks(brief_of, sentence, speaker):
    text = ("Menteri Perdagangan Vietnam Tran Quoc Bao tiba di Hanoi pada Senin.\n\n"
            "Kedua negara membahas jalur kereta baru.\n\n" + sentence + "\n")
    found = _speakers(brief_of, text)
    assert found[-1][1] == speaker


@pytest.mark.parametrize("before, speaker", [
    # a statement with no issuer named after its cue: the body that spoke just before
    ("Sementara itu Kementerian Luar Negeri Rusia menyatakan, pembicaraan berlangsung terbuka.",
     "Kementerian Luar Negeri Rusia"),
    # negative: nobody spoke before it (no speech verb): nobody
    ("Sementara itu pertemuan berlangsung selama dua jam di ibu kota.", None),
])
def test_quotes_statement_without_its_issuer_is_who_spoke_before(brief_of, before, speaker):
    text = ("Wakil menteri kedua negara bertemu di Hanoi pada Selasa.\n\n" + before + "\n\n"
            "“Kedua pihak sepakat melanjutkan dialog di tingkat yang lebih tinggi,” bunyi pernyataan.\n")
    found = _speakers(brief_of, text)
    assert found[-1][0].startswith("Kedua pihak sepakat")
    assert found[-1][1] == speaker


@pytest.mark.parametrize("sentence, speaker", [
    # a noun of speech owned by a person, a word of topic, then the quoted word: the owner's word,
    # not the word of the person who reports it
    ("Nguyen Van Hai menyoroti penekanan Tran Quoc Bao atas “persekutuan” dalam jumpa pers.", "Tran Quoc Bao"),
    # negative: a noun that is no speech ("kunjungan X ke “...”"): the reporting subject's clause as before
    ("Nguyen Van Hai menyoroti kunjungan Tran Quoc Bao ke “zona hijau” dalam jumpa pers.", "Nguyen Van Hai"),
])
def test_quotes_word_in_a_speech_noun_of_its_owner(brief_of, sentence, speaker):
    text = ("Menteri Vietnam Tran Quoc Bao bertemu pengamat Nguyen Van Hai di Hanoi pada Senin.\n\n"
            + sentence + "\n")
    found = _speakers(brief_of, text)
    assert found[-1][1] == speaker


@pytest.mark.parametrize("between, speaker", [
    # two people joined as one subject, the second the passage's person: a `-nya` cue stays with them
    ("Menteri Pertahanan Mongolia Batbayar Ganzorig dan Menteri Pertahanan Vietnam Tran Quoc Bao meninjau "
     "pelabuhan itu bersama.", "Tran Quoc Bao"),
    # negative: the first person alone as subject takes the passage over
    ("Menteri Pertahanan Mongolia Batbayar Ganzorig meninjau pelabuhan itu bersama Tran Quoc Bao.",
     "Batbayar Ganzorig"),
])
def test_quotes_joint_subject_keeps_the_passage_person(brief_of, between, speaker):
    text = ("“Kami akan memperluas latihan bersama,” kata Menteri Pertahanan Vietnam Tran Quoc Bao.\n\n" + between
            + "\n\n“Latihan itu terbuka bagi negara lain,” tambahnya.\n")
    assert _speakers(brief_of, text)[-1] == ("Latihan itu terbuka bagi negara lain,", speaker)


@pytest.mark.parametrize("clause, speaker", [
    # a clause after a comma opening on a speech verb goes on in the voice of the sentence's quote
    (", mengatakan mereka", "Tran Quoc Bao"),
    # negative: someone named after the comma speaks there
    (", sementara Menteri Luar Negeri Vietnam Le Van Hai mengatakan mereka", "Le Van Hai"),
])
def test_quotes_clause_saying_on_after_a_quote_in_its_sentence(brief_of, clause, speaker):
    text = ("Menteri Pertahanan Vietnam Tran Quoc Bao tiba di Hanoi pada Senin.\n\nDia memuji “keberanian” "
            "para pelaut di Teluk Tonkin" + clause + " “telah menyelamatkan banyak nyawa”.\n")
    assert _speakers(brief_of, text)[-1] == ("telah menyelamatkan banyak nyawa", speaker)


@pytest.mark.parametrize("commenter, speaker", [
    # 'berkomentar bahwa' reports speech: its subject says the quoted phrase
    ("Le Van Hai", "Le Van Hai"),
    ("Tran", "Tran Quoc Bao"),
])
def test_quotes_commenting_verb_speaks_the_phrase(brief_of, commenter, speaker):
    text = ("Menteri Pertahanan Vietnam Tran Quoc Bao tiba di Hanoi pada Senin. Menteri Luar Negeri Vietnam "
            "Le Van Hai menyambutnya.\n\nBelum jelas jenis bantuan yang akan dikirim, meskipun " + commenter
            + " berkomentar bahwa “kapal patroli” akan menjadi prioritas.\n")
    assert _speakers(brief_of, text)[-1] == ("kapal patroli", speaker)


# ---------------------------------------------------------------------------------------------
# A closing mark whose opening mark was lost


@pytest.mark.parametrize("text, expected", [
    # the opening mark lost at the paragraph's start (or written as two single marks)
    ("Kami siap memperluas kerja sama di bidang energi,” kata Lavrov.",
     ["Kami siap memperluas kerja sama di bidang energi,"]),
    ("‘’Kami siap memperluas kerja sama di bidang energi,” kata Lavrov.",
     ["Kami siap memperluas kerja sama di bidang energi,"]),
    # after a quote and its cue, the next sentence goes on in that voice
    ("“Kami siap memperluas kerja sama,” katanya. Kami juga membuka jalur baru.”",
     ["Kami siap memperluas kerja sama,", "Kami juga membuka jalur baru."]),
    # right after a closed quote: its own quote, the same speaker for both
    ("“Dua perjanjian akan ditandatangani,” termasuk satu perjanjian yang sangat penting,” ujar Lavrov.",
     ["Dua perjanjian akan ditandatangani,", "termasuk satu perjanjian yang sangat penting,"]),
])
def test_quotes_closing_mark_whose_opening_mark_was_lost(lex, make_article, text, expected):
    article, found, _ = _run(lex, make_article, LEAD + text, [LAVROV, SEOUL])
    assert [q.text for q in found] == expected
    assert all(q.span.of(article.text) == q.text for q in found)
    assert all(q.speaker == "Sergei Lavrov" for q in found), [(q.text, q.speaker, q.rule) for q in found]


def test_quotes_unclosed_quote_closed_in_the_next_paragraph_without_opening_mark(lex, make_article):
    text = (LEAD + "Lavrov menambahkan, “Rusia menghormati semua mitra di kawasan,\n\n"
            "Kami mendorong dialog yang tenang tentang keamanan Semenanjung Korea.”\n\nIa lalu pulang.")
    article, quote = _one(lex, make_article, text, [LAVROV, SEOUL])
    assert quote.text.startswith("Rusia menghormati") and quote.text.endswith("Semenanjung Korea.")
    assert quote.speaker == "Sergei Lavrov"


@pytest.mark.parametrize("text", [
    # negative: a closing mark after a word (no punctuation before it) opens nothing lost
    "Lavrov menyebut proyek itu jembatan persahabatan” antara kedua negara.",
    # negative: an inch mark or a stray closer after a number
    "Layar televisi 55” itu dipasang di ruang pertemuan Seoul.",
])
def test_quotes_stray_closing_mark_after_a_word_is_no_quote(lex, make_article, text):
    _, found, _ = _run(lex, make_article, LEAD + text, [LAVROV, SEOUL])
    assert not found, [(q.text, q.rule) for q in found]


@pytest.mark.parametrize("text", [
    # negative: a straight mark is no closer of a lost opening (it may open or close)
    '"Kami siap," kata Lavrov, seraya menambahkan bahwa pembicaraan sedang berlangsung."',
])
def test_quotes_stray_straight_mark_after_a_quote_adds_nothing(lex, make_article, text):
    _, found, _ = _run(lex, make_article, LEAD + text, [LAVROV, SEOUL])
    assert [q.text for q in found] == ["Kami siap,"]
