"""How sure an attribution is (issue 18): a speaker, a bare surname and a role are `certain` when
the text states them next to the fact, and otherwise carry the reason they are a guess."""
from __future__ import annotations

import dataclasses

import pytest

from generator.confidence import mention_certainty, role_certainty, speaker_certainty
from generator.model import to_record

HEAD = "Judul Berita Tentang Pertemuan di Ibu Kota\n\n"


def _quote(brief, words: str):
    return next(q for q in brief.quotes if words in q.text)


@pytest.mark.parametrize("body, words, certain, code", [
    # The speaker named in the cue of the quote's own sentence.
    ("“Kerja sama ini penting bagi kawasan,” kata Menteri Luar Negeri Korea Utara Budi Santosa.",
     "Kerja sama", True, ""),
    # A pronoun cue right after a sentence whose subject is the speaker.
    ("Menteri Luar Negeri Budi Santosa tiba di Seoul pada Senin. “Kami datang untuk berdialog,” katanya.",
     "berdialog", True, ""),
    # Negative: the speaker named only in an earlier paragraph, the quote's paragraph names nobody.
    ("Menteri Luar Negeri Budi Santosa tiba di Seoul pada Senin.\n\nPertemuan berlangsung dua jam.\n\n"
     "“Kami datang untuk berdialog,” katanya.",
     "berdialog", False, "not_named"),
])
def test_confidence_of_a_speaker(brief_of, body, words, certain, code):
    brief = brief_of(HEAD + body)
    quote = _quote(brief, words)
    assert quote.speaker == "Budi Santosa"
    found = speaker_certainty(brief, quote)
    assert (found.certain, found.code) == (certain, code)


def test_confidence_a_bare_surname_shared_by_two_people_is_a_guess(brief_of):
    brief = brief_of(HEAD + "Presiden Park Min-ho bertemu Menteri Luar Negeri Park Dae-jin di Seoul pada Senin. "
                     "Park mengatakan pertemuan itu penting bagi kedua negara.")
    bare = [(a, m) for a in brief.actors for m in a.mentions if m.text == "Park"]
    assert bare
    actor, mention = bare[0]
    found = mention_certainty(brief, actor, mention)
    assert not found.certain and found.code == "shared_surname" and "Park" in found.reason
    # Negative: the full names themselves are certain.
    full = [(a, m) for a in brief.actors for m in a.mentions if m.text.startswith("Park ")]
    assert full and all(mention_certainty(brief, a, m).certain for a, m in full)


@pytest.mark.parametrize("body, certain", [
    ("Menteri Pertahanan Korea Utara Budi Santosa tiba di Seoul pada Senin.", True),
    ("Budi Santosa, juru bicara kementerian itu, tiba di Seoul pada Senin.", True),
])
def test_confidence_a_role_stated_next_to_the_name_is_certain(brief_of, body, certain):
    brief = brief_of(HEAD + body)
    actor = next(a for a in brief.actors if a.name == "Budi Santosa")
    assert role_certainty(brief, actor).certain is certain


def test_confidence_a_role_with_no_stated_place_is_inferred(brief_of):
    brief = brief_of(HEAD + "Menteri Pertahanan Korea Utara Budi Santosa tiba di Seoul pada Senin.")
    actor = next(a for a in brief.actors if a.name == "Budi Santosa")
    found = role_certainty(brief, dataclasses.replace(actor, role_span=None))
    assert not found.certain and found.code == "role_inferred"
    # Negative: no role, nothing to judge.
    assert role_certainty(brief, dataclasses.replace(actor, role=None)) is None


def test_confidence_reaches_the_record(brief_of):
    brief = brief_of(HEAD + "Menteri Luar Negeri Budi Santosa tiba di Seoul pada Senin.\n\nPertemuan berlangsung "
                     "dua jam.\n\n“Kami datang untuk berdialog,” katanya.")
    record = to_record(brief)
    [quote] = record["quotes"]
    assert quote["speaker_certain"] is False and "inferred" in quote["speaker_uncertain_why"]
    [person] = record["persons"]
    assert person["role_certain"] is True and "role_uncertain_why" not in person
