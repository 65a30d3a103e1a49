"""Summary: 2-4 body sentences in text order, never headline, caption, furniture or a repeat."""
from __future__ import annotations

import pytest

BODY = ("JAKARTA - Rusia dan Korea Utara menandatangani perjanjian pertahanan baru di Pyongyang pada Rabu. "
        "Menteri Luar Negeri Korea Selatan memanggil duta besar Rusia sebagai protes. "
        "Amerika Serikat menyatakan keprihatinan atas perjanjian tersebut. "
        "Jepang juga meminta penjelasan dari Moskow tentang isi perjanjian itu.\n")


@pytest.mark.parametrize("text, never", [
    ("Judul Berita Pakta Pertahanan Rusia Korea\n\n" + BODY + "IKLAN\nBaca Juga: Harga minyak dunia naik lagi hari ini\n",
     ["Harga minyak", "IKLAN", "Judul Berita"]),
    ("Presiden tiba di Pyongyang untuk kunjungan kenegaraan dua hari. (Foto: AFP/Fotografer Satu)\n" + BODY,
     ["Presiden tiba di Pyongyang"]),
])
def test_summary_takes_only_body_sentences(text, never, brief_of):
    brief = brief_of(text)
    summary = [s.of(brief.article.text) for s in brief.summary]
    assert 2 <= len(summary) <= 4
    assert brief.summary == tuple(sorted(brief.summary))
    for fragment in never:
        assert not any(fragment in s for s in summary), fragment


@pytest.mark.parametrize("standfirst", [
    "Rusia dan Korea Utara menandatangani perjanjian pertahanan baru di Pyongyang.",
])
def test_summary_skips_a_sentence_that_repeats_one_already_chosen(standfirst, brief_of):
    brief = brief_of(f"Judul Pakta Pertahanan Rusia dan Korea Utara\n\n{standfirst}\n\n{BODY}")
    summary = [s.of(brief.article.text) for s in brief.summary]
    assert sum("menandatangani perjanjian pertahanan baru" in s for s in summary) == 1


# -- on a hand-built document: the summary reads the salience layer --------------------------

def _article_of(lines: list[str]):
    """(starts, article, sentences, doc, actors) of lines (one sentence each), an actor `p` named in
    the first."""
    from generator import document
    from generator.model import Actor, Article, Mention, Sentence, Span

    text = "\n".join(lines)
    starts = [sum(len(line) + 1 for line in lines[:i]) for i in range(len(lines))]
    sentences = tuple(Sentence(Span(s, s + len(line)), i) for i, (s, line) in enumerate(zip(starts, lines)))
    article = Article(id="t", path="t.txt", text=text)
    doc = document.build(article, sentences)
    name = text.index("Arvo Melkin")
    mentions = (Mention(Span(name, name + 11), "Arvo Melkin", "person", "p", "person:name-shape"),)
    return starts, article, sentences, doc, (Actor("p", "person", "Arvo Melkin", mentions),)


def _summary_of(lines: list[str], about: dict[int, str], rule: str = "salience:reported"):
    """The summary of lines (one sentence each), an actor `p` named in the first, and the salience
    layer saying line i is about `about[i]` (as the quote pass lays it for a pronoun's indirect speech)."""
    from generator import salience
    from generator.summary import summarise

    starts, article, sentences, doc, actors = _article_of(lines)
    for i, key in about.items():
        salience.note(doc, starts[i] + 1, key, rule)
    return [s.of(article.text) for s in summarise(article, sentences, actors, doc)]


LINES = ["Menteri Arvo Melkin tiba di kota Lurin pada hari Senin pagi.",
         "Cuaca di kota itu cerah sepanjang hari dan jalanan sepi.",
         "Ia menegaskan kerja sama kedua negara akan terus diperluas.",
         "Sebuah pameran seni dibuka di pusat kota pada sore hari."]


def test_summary_counts_the_person_a_sentence_is_about_by_the_salience_layer():
    # "Ia menegaskan ...": the layer says the sentence is about Melkin, so it carries him.
    assert _summary_of(LINES, {2: "p"}) == [LINES[0], LINES[2]]


def test_summary_without_a_salience_entry_keeps_the_earlier_sentence():
    # Without the layer's answer (or with an unnamed person: NOBODY) the pronoun sentence carries nobody.
    assert _summary_of(LINES, {}) == [LINES[0], LINES[1]]
    assert _summary_of(LINES, {2: ""}) == [LINES[0], LINES[1]]


def test_summary_does_not_count_the_speaker_of_a_quotation():
    # "“...,” katanya": the quoted words are the speaker's; a summary reports in the writer's words.
    quoted = [*LINES[:2], "“Kerja sama kedua negara akan terus kami perluas,” katanya.", LINES[3]]
    assert _summary_of(quoted, {2: "p"}, "salience:speaker") == [quoted[0], quoted[1]]


def test_summary_lays_a_sentence_entry_only_for_a_sentence_it_could_choose():
    # The layer lays a sentence's entry when asked (as the quote pass's trail does): the summary asks
    # for the sentences that could be taken next, and the entry it gets counts like one laid before.
    from generator import salience
    from generator.summary import summarise

    starts, article, sentences, doc, actors = _article_of(LINES)
    text = article.text
    asked: list[int] = []

    def lay_sentence(pos: int) -> None:
        if pos not in asked:
            asked.append(pos)
            if pos == starts[2]:
                salience.note(doc, pos, "p", "salience:subject")

    doc.layers[salience.PASSAGE] = salience.Trail(lambda pos: None, lay_sentence)
    assert [s.of(text) for s in summarise(article, sentences, actors, doc)] == [LINES[0], LINES[2]]
    assert starts[2] in asked
    # The last sentence, bounded below the one taken even with an entry of its own, is never laid.
    assert starts[3] not in asked
