"""Persons' names: which forms in the text are one person — a name cut short, a bare surname after an aide
or an apposition, a typing slip in a name (invented snippets, invented names)."""
from __future__ import annotations

import pytest

from tests.unit.extracted import by_name, names


# -- a name cut short (the given names alone, a name left unfinished) is the fuller one, unless two
#    fuller names begin with it ---------------------------------------------------------------------

@pytest.mark.parametrize("text, whole, short", [
    # the given names alone, before the full name: one person
    ("Perundingan antara Menteri Luar Negeri Korea Utara, Mun Gyong dan Menteri Luar Negeri Rusia digelar "
     "Selasa. Menteri Luar Negeri Korea Utara Ri Mun Gyong, kiri, tersenyum. Ri menyampaikan hal itu.",
     "Ri Mun Gyong", "Mun Gyong"),
    # a name the writer left unfinished: one person
    ("Pemimpin Korea Utara Kim Jong Tae datang. Pemimpin Korea Utara Kim Jong memeriksa galangan itu. "
     "Kim juga menengok kapal.", "Kim Jong Tae", "Kim Jong"),
])
def test_actors_a_name_cut_short_is_the_fuller_one(brief_of, text, whole, short):
    people = by_name(brief_of(text), "person")
    assert short not in people
    assert short in [m.text for m in people[whole].mentions]


def test_actors_a_short_name_two_fuller_names_hold_stays_apart(brief_of):
    # negative: "Kim Jong" opens two fuller names: whose it is the text does not say
    people = by_name(brief_of("Kim Jong Tae dan ayahnya Kim Jong Bae hadir. Kim Jong meninjau pabrik itu."),
                     "person")
    assert {"Kim Jong Tae", "Kim Jong Bae", "Kim Jong"} <= set(people)


# -- a bare surname: the possessor's name before an aide's ('Ajudan utama Kim, Kim ...') is not the
#    aide, so a bare surname after it is the possessor; a name set off after a one-word name that
#    possesses nothing is whom the passage is about ----------------------------------------------

def test_actors_a_bare_surname_after_a_possessors_aide_is_the_possessor(brief_of):
    text = ("Pemimpin Korea Utara Kim Jong Tae akan mengunjungi kota itu. Kim dijadwalkan tiba Senin. "
            "Ajudan utama Kim, Kim Chol Bom, sudah berada di Khabarovsk sejak Sabtu. "
            "Kim akan menginap dua malam di Khabarovsk.")
    people = by_name(brief_of(text), "person")
    # the possessor's Kim in "Ajudan utama Kim, Kim Chol Bom," is not the aide: a bare Kim after it is the leader
    assert [m.text for m in people["Kim Jong Tae"].mentions].count("Kim") == 3
    assert [m.text for m in people["Kim Chol Bom"].mentions] == ["Kim Chol Bom"]


def test_actors_a_name_set_off_after_a_one_word_name_is_still_the_subject(brief_of):
    # negative: set off after a name that is no possessor, the apposition names whom the passage is about
    text = "Adik pemimpin Korea Utara Kim Jong Tae, Kim Yo Rae, mengecam rencana itu. Kim mengatakan itu kemarin."
    people = by_name(brief_of(text), "person")
    assert [m.text for m in people["Kim Yo Rae"].mentions] == ["Kim Yo Rae", "Kim"]


# -- a typing slip: one word of a registered name, or the surname of someone named before, with one
#    letter changed (the first letter the same) is that person -----------------------------------

@pytest.mark.parametrize("text, register_id, forms", [
    # a registered person's name with one word slipped by a letter, the other words the register's own
    ("Pemimpin Korea Utara Kimn Jong-un berangkat menuju Rusia kemarin. Kim Jong-un tiba di Vladivostok.",
     "kim-jong-un", ["Kimn Jong-un", "Kim Jong-un"]),
    ("Presiden Korea Selatan Yook Suk Yeol tiba di Seoul kemarin.", "yoon-suk-yeol", ["Yook Suk Yeol"]),
])
def test_actors_a_typing_slip_in_one_word_of_a_registered_name_is_that_person(brief_of, text, register_id, forms):
    people = [a for a in brief_of(text).actors if a.kind == "person"]
    assert len(people) == 1 and people[0].register_id == register_id
    assert [m.text for m in people[0].mentions] == forms


@pytest.mark.parametrize("text", [
    # negative: another first letter is another name
    "Ekonom Lim Jong-un tiba di Seoul kemarin.",
    # negative: the words that agree are too short to say whose name it is
    "Ekonom Kim Jong-in tiba di Seoul kemarin.",
])
def test_actors_a_name_differing_beyond_a_slip_is_another_person(brief_of, text):
    assert all(a.register_id is None for a in brief_of(text).actors if a.kind == "person")


@pytest.mark.parametrize("text, forms", [
    # a surname of someone here with one letter changed is a typing slip for it
    ("Wakil Menteri Luar Negeri Rusia, Arvo Telmanov, tiba kemarin. Lalu Talmanov membahas tarif.",
     ["Arvo Telmanov", "Talmanov"]),
    # negative: another first letter is another word
    ("Wakil Menteri Luar Negeri Rusia, Arvo Telmanov, tiba kemarin. Lalu Selmanov membahas tarif.",
     ["Arvo Telmanov"]),
    # a surname of six letters or more with one letter more, or one less: a slip for it too
    ("Wakil Menteri Luar Negeri Rusia, Arvo Telmanov, tiba kemarin. Lalu Trelmanov membahas tarif.",
     ["Arvo Telmanov", "Trelmanov"]),
    ("Wakil Menteri Luar Negeri Rusia, Arvo Telmanov, tiba kemarin. Lalu Telmnov membahas tarif.",
     ["Arvo Telmanov", "Telmnov"]),
])
def test_actors_a_surname_slipped_by_a_letter_is_the_person_named_before(brief_of, text, forms):
    assert [m.text for m in by_name(brief_of(text), "person")["Arvo Telmanov"].mentions] == forms


@pytest.mark.parametrize("text, forms", [
    # a long Russian surname in another transliteration (zh written j, vowels spelt otherwise): that person
    ("Gubernur wilayah itu, Arvo Vozhelenko, tiba kemarin. Gubernur Vojelenko lalu membahas tarif.",
     ["Arvo Vozhelenko", "Vojelenko"]),
    ("Direktur dana itu, Arvo Vmitrenev, tiba kemarin. Lalu Vemetrenev membahas tarif.",
     ["Arvo Vmitrenev", "Vemetrenev"]),
    # negative: other consonants are another name
    ("Direktur dana itu, Arvo Vmitrenev, tiba kemarin. Lalu Vmitrokov membahas tarif.", ["Arvo Vmitrenev"]),
])
def test_actors_a_surname_in_another_transliteration_is_the_person_named_before(brief_of, text, forms):
    assert [m.text for m in by_name(brief_of(text), "person")["Arvo " + forms[0].split()[1]].mentions] == forms


def test_actors_a_short_surname_a_letter_longer_is_another_name(brief_of):
    # negative: under six letters, a name one letter longer is another name
    text = "Duta besar itu, Arvo Tamin, tiba kemarin. Lalu Tamrin membahas tarif."
    assert [m.text for m in by_name(brief_of(text), "person")["Arvo Tamin"].mentions] == ["Arvo Tamin"]


def test_actors_two_capitalised_words_between_countries_in_a_headline_are_no_person(brief_of):
    brief = brief_of("Jepang Memantau Kedekatan Korea Selatan dengan Mongolia\n\n"
                     "Pemerintah Jepang menyatakan kesiapan memperluas kerja sama dengan Mongolia setelah jeda panjang, "
                     "kata juru bicara kementerian pada Senin.\n")
    assert "Memantau Kedekatan" not in names(brief, "person")


def test_actors_person_named_in_a_headline_and_the_body_stays_a_person(brief_of):
    # negative: the headline's name is written again in the body's prose
    brief = brief_of("Seoul Tuding Varsa Kortin\n\nPemerintah Korea Selatan kemarin menuding Varsa Kortin memasok "
                     "senjata ke Rusia, kata juru bicara kementerian pada Senin.\n")
    assert "Varsa Kortin" in names(brief, "person")


@pytest.mark.parametrize("text, not_person", [
    ("2. **Pengembangan Taktik Militer**: pasukan itu belajar dari operasi gabungan.", "Pengembangan Taktik"),
    ("Dara Wintoko, peneliti di Konferensi Keamanan Varna, menilai langkah itu berisiko.", "Keamanan Varna"),
])
def test_actors_common_circumfixed_noun_opens_no_persons_name(brief_of, text, not_person):
    assert not_person not in names(brief_of(text), "person")


def test_actors_name_not_made_of_a_common_noun_stays_a_person(brief_of):
    # negative: a name shaped like a noun with a circumfix but no common word is still a name
    brief = brief_of("Pejabat itu bertemu Kenvaran Lotsa di Varna pada Senin, kata kementerian.")
    assert "Kenvaran Lotsa" in names(brief, "person")


# -- a Korean given name whose last syllable the page wrote in lower case (spaced, hyphenated, or a
#    hyphen spaced off) is still the whole name, after a Korean family name only --------------------

@pytest.mark.parametrize("text, name", [
    ("Wakil Menteri Pertahanan Korea Utara Yun Kwang hyok tiba di Moskow pada Selasa.", "Yun Kwang hyok"),
    ("Rombongan itu juga membawa ahli rudal Ri kum-sol dan dua pejabat lain.", "Ri kum-sol"),
    ("Hadir pula Kim Tae-ryong serta Ho Myong- sil dalam jamuan itu.", "Ho Myong- sil"),
])
def test_actors_a_korean_given_name_in_lower_case_stays_in_the_name(brief_of, text, name):
    people = names(brief_of(text), "person")
    assert name in people
    assert not any(other != name and name.startswith(other) for other in people)


@pytest.mark.parametrize("text, name", [
    # negative: a word of the language after the name is not its syllable
    ("Wakil Menteri Pertahanan Korea Utara Yun Kwang pun tiba di Moskow pada Selasa.", "Yun Kwang"),
    # negative: after a name that opens with no Korean family name, a lower-case word is the sentence's
    ("Pelatih tim itu, Dario Velten, mengaku puas. Dario Velten kan sudah lama melatih.", "Dario Velten"),
])
def test_actors_a_lower_case_word_after_other_names_stays_out(brief_of, text, name):
    people = names(brief_of(text), "person")
    assert name in people
    assert not any(other.startswith(name + " ") for other in people)


def test_actors_a_form_of_address_alone_before_a_registered_name_is_no_person(brief_of):
    people = names(brief_of("Menurut kantor berita itu, Presiden Putin dan Bapak Kim Jong Un meninjau "
                            "galangan kapal pada Selasa."), "person")
    assert "Bapak" not in people
    assert "Kim Jong Un" in people


def test_actors_a_form_of_address_before_an_unknown_full_name_keeps_the_name(brief_of):
    # negative: the honorific is dropped, the name it addresses stays a person
    people = names(brief_of("Menurut laporan, Menteri Darto dan Bapak Budi Santoso memeriksa pabrik itu."), "person")
    assert "Budi Santoso" in people and "Bapak" not in people


# -- two surnames joined by a hyphen ('KTT Putin-Kim', 'aliansi Darto-Velkin') are one reference to each
#    person of the article who has them; a hyphenated word whose parts no one here has stays as it was -

def test_actors_two_surnames_joined_by_a_hyphen_name_each_person(brief_of):
    text = ("Menteri Luar Negeri Ardo Velkin akan bertemu Presiden Vladimir Putin pekan depan. "
            "Pertemuan Putin-Velkin itu akan digelar di Sochi.")
    people = by_name(brief_of(text), "person")
    assert "Putin" in [m.text for m in people["Vladimir Putin"].mentions]
    assert "Velkin" in [m.text for m in people["Ardo Velkin"].mentions]
    assert not any("-" in name for name in people)


def test_actors_a_hyphenated_word_no_one_here_has_is_no_reference(brief_of):
    # negative: a car's make joined by a hyphen; no person of the article has either part
    text = "Menteri Luar Negeri Ardo Velkin tiba di Sochi. Ia turun dari sebuah Rolls-Royce hitam."
    people = by_name(brief_of(text), "person")
    assert [m.text for m in people["Ardo Velkin"].mentions] == ["Ardo Velkin"]
    assert not any("Rolls" in name or "Royce" in name for name in people)


def test_actors_an_anaphora_after_joined_surnames_points_to_the_speaker(brief_of):
    # the pair's surnames modify a noun: "Diplomat AS tersebut" is the one who spoke, not the one named last
    text = ("Presiden Vladimir Putin dan Menteri Luar Negeri Ardo Velkin akan bertemu pekan depan.\n\n"
            "Lena Marsh, wakil asisten menteri luar negeri, ikut berbicara. \"Kami mengamati pertemuan itu,\" "
            "kata Marsh tentang KTT Putin-Velkin dalam sebuah seminar.\n\n"
            "Diplomat AS tersebut juga menyatakan keprihatinan.")
    people = by_name(brief_of(text), "person")
    assert people["Lena Marsh"].affiliation == "Amerika Serikat"
    assert people["Ardo Velkin"].affiliation != "Amerika Serikat"


# -- two registered people joined by a hyphen ('pertemuan Xi Jinping-Vladimir Putin') are each that
#    person, one actor with their other mentions; a registered name before a hyphen and a word that is no
#    one's stays one name -------------------------------------------------------------------------

def test_actors_two_registered_people_joined_by_a_hyphen_are_each_themselves(brief_of):
    text = ("Menurut para pengamat, pertemuan Xi Jinping-Vladimir Putin pekan lalu berjalan hangat. "
            "Presiden Rusia Vladimir Putin menyambut tamunya di Kremlin.")
    people = by_name(brief_of(text), "person")
    assert set(people) == {"Xi Jinping", "Vladimir Putin"}
    assert len(people["Vladimir Putin"].mentions) == 2


def test_actors_a_registered_person_inside_a_hyphenated_word_is_that_person(brief_of):
    # a registered name after a hyphen that no registered name closes before it: one actor still
    text = ("Pemimpin Korut Tandai Pertemuan Kim Tae-Vladimir Putin dengan Peluncuran Rudal\n\n"
            "Presiden Rusia Vladimir Putin menyambut tamunya di Kremlin.")
    people = [a for a in brief_of(text).actors if a.kind == "person" and a.name == "Vladimir Putin"]
    assert len(people) == 1


def test_actors_a_registered_name_opening_with_pak_keeps_its_family_name(brief_of):
    # "Pak" is a form of address and a Korean family name: the register's premier keeps it
    people = names(brief_of("Dalam rapat daring itu ia didampingi mitranya dari "
                            "Korea Utara, Pak Thae Song."), "person")
    assert people == {"Pak Thae Song"}


def test_actors_pak_before_an_unregistered_name_is_a_form_of_address(brief_of):
    # negative: before a name the register does not know, "Pak" is the form of address, no part of it
    assert names(brief_of("Kata Pak Budi Santoso, proyek itu selesai tahun depan."), "person") == {"Budi Santoso"}


# -- a registered person's surname alone names them: a three-word Korean name ('Ban Ki Moon') ends on a
#    syllable of its given name, which is nobody's surname ---------------------------------------------

def test_actors_a_registered_korean_surname_alone_names_its_bearer(brief_of):
    people = [a for a in brief_of("Juru bicara itu kemudian menyebut Moon tidak becus memimpin.").actors
              if a.kind == "person"]
    assert [a.register_id for a in people] == ["moon-jae-in"]


def test_actors_the_last_syllable_of_a_korean_given_name_is_no_surname(brief_of):
    # negative: "Jong" closes the registered "Kim Yo Jong" but is not her surname
    people = [a for a in brief_of("Juru bicara itu kemudian menyebut Jong tidak becus memimpin.").actors
              if a.kind == "person"]
    assert "kim-yo-jong" not in [a.register_id for a in people]


# -- a lower-case particle inside a name ('bin', 'van der', 'de', 'al-') goes on with the name --------

@pytest.mark.parametrize("text, name", [
    ("\u201cKami siap,\u201d kata Menteri Perdagangan Arvo bin Tarmin.", "Arvo bin Tarmin"),
    ("\u201cKami siap,\u201d kata Duta Besar Lena binti Marsa.", "Lena binti Marsa"),
    ("\u201cKami siap,\u201d kata Menteri Pieter van der Velde.", "Pieter van der Velde"),
    ("\u201cKami siap,\u201d kata Duta Besar Klaus von Marten.", "Klaus von Marten"),
    ("\u201cKami siap,\u201d kata Menteri Arvo al-Tarmin.", "Arvo al-Tarmin"),
    ("Arvo bin Tarmin tiba di Seoul kemarin.", "Arvo bin Tarmin"),
])
def test_actors_a_particle_inside_a_name_stays_in_it(brief_of, text, name):
    brief = brief_of(text)
    assert list(by_name(brief, "person")) == [name]
    assert all(q.speaker == name for q in brief.quotes)


@pytest.mark.parametrize("text, name", [
    # negative: the particle's word before a lower-case word is no part of a name
    ("Arvo Melkin de facto memimpin partai itu sejak tahun lalu.", "Arvo Melkin"),
    # negative: a particle after the name with nothing capitalised after it
    ("Kemarin rombongan Arvo Melkin van itu tiba di kota.", "Arvo Melkin"),
])
def test_actors_a_particle_word_with_no_name_after_it_stays_out(brief_of, text, name):
    assert name in by_name(brief_of(text), "person")


def test_capital_word_at_end_matches_what_a_word_boundary_before_the_capital_matches():
    """`names.CAPITAL_WORD_AT_END` opens with the capital (the boundary read behind it): the same matches as
    `\\b[A-Z]\\w*\\s+$` on invented text ends and random strings (a capital inside a word opens none)."""
    import re
    from random import Random
    from generator.names import CAPITAL_WORD_AT_END
    plain = re.compile(r"\b[A-Z]\w*\s+$")
    rng = Random(5)
    texts = ["kata The ", "menurut Kantor ", "menurut kantorBerita ", "X ", "dilansir  ", "_Kata ",
             *("".join(rng.choice("aZB9_ \t.-é\u00dc") for _ in range(12)) for _ in range(5000))]
    found = 0
    for text in texts:
        a, b = CAPITAL_WORD_AT_END.search(text), plain.search(text)
        assert (a and a.span()) == (b and b.span()), text
        found += a is not None
    assert found > 100


# -- a run of a name's shape that closes on a common word of the language is a heading's words, no name;
#    a Korean name's syllable or surname may still close one ------------------------------------------

@pytest.mark.parametrize("text, not_person", [
    # a subheading of two words; a headline glued to the lead
    ("Penjualan mobil turun.\nSponsor Negara\nHal ini berkaitan dengan kekhawatiran.", "Sponsor Negara"),
    ("Warga berkumpul di alun-alun. Tarvo Puji Tentaranya di Lurinia dan Hibur Anak-anak Pemimpin itu hadir.",
     "Tarvo Puji Tentaranya"),
    ("Sesudah itu Tarvo Pasukannya berbaris di lapangan kota.", "Tarvo Pasukannya"),
])
def test_actors_a_run_closing_on_a_common_word_is_no_person(brief_of, text, not_person):
    assert not_person not in names(brief_of(text), "person")


@pytest.mark.parametrize("text, name", [
    # negative: a name closing on a word of its own stays a person
    ("Kemarin Arvid Lestaro bertemu dengan pejabat lain di kota itu.", "Arvid Lestaro"),
    # negative: a Korean surname closing a name stays in it, though "pak" is a form of address too
    ("Kemarin Hana Pak bertemu dengan pejabat lain di kota itu.", "Hana Pak"),
    # negative: a Korean given name's syllable may be a common word ("bom")
    ("Kemarin Kim Hye Bom bertemu dengan pejabat lain di kota itu.", "Kim Hye Bom"),
])
def test_actors_a_run_closing_on_a_name_word_stays_a_person(brief_of, text, name):
    assert name in names(brief_of(text), "person")


# -- a registered leader's name cut short ("Kim Jong") beside its hyphenated spelling is that leader; a
#    two-letter last syllable in lower case ("Kim Jong un") stays in the name -------------------------

def test_actors_a_registered_name_cut_short_beside_its_hyphenated_spelling_is_one_person(brief_of):
    text = ("Kim Jong-un meninjau pabrik baja di utara. Sehari kemudian Kim Jong menghadiri "
            "upacara itu pada Jumat.")
    people = by_name(brief_of(text), "person")
    assert "Kim Jong" not in people
    assert "Kim Jong" in [m.text for m in people["Kim Jong-un"].mentions]


def test_actors_a_two_letter_lower_case_syllable_ends_a_korean_name(brief_of):
    people = names(brief_of("Pada Selasa, Kim Jong un meresmikan rumah sakit baru di ibu kota."), "person")
    assert "Kim Jong un" in people and "Kim Jong" not in people


def test_actors_a_two_letter_word_of_the_language_ends_no_korean_name(brief_of):
    # negative: "ia" (he, she) after a Korean name is the sentence's pronoun, no syllable
    people = names(brief_of("Kemarin Menteri Kim Jong ia temui di Seoul."), "person")
    assert "Kim Jong ia" not in people


# -- a noun opening the sentence before a registered leader's surname alone ("Pemerintahan Trump") is no
#    part of a name: the surname names the leader ------------------------------------------------------

@pytest.mark.parametrize("text, register_id", [
    ("Pemerintahan Trump saat ini menegaskan komitmennya terhadap denuklirisasi.", "donald-trump"),
    ("Kunjungan Putin ke kota itu disambut meriah.", "vladimir-putin"),
])
def test_actors_a_noun_before_a_registered_surname_opens_no_name(brief_of, text, register_id):
    people = brief_of(text).actors
    assert [a.register_id for a in people if a.kind == "person"] == [register_id]


def test_actors_a_given_name_before_a_registered_surname_is_someone_else(brief_of):
    # negative: a given name (no common word) before the surname is another person of that family name
    people = by_name(brief_of("Melania Trump hadir di acara itu bersama tamu lain."), "person")
    assert "Melania Trump" in people and people["Melania Trump"].register_id is None


@pytest.mark.parametrize("text, name", [
    # an emphatic particle joined to the name by a hyphen is no part of it
    ("Kehadiran pengawal rombongan Arvo Melkin-lah yang membuat liburan itu berbeda.", "Arvo Melkin"),
    ("Bahkan Lena Marsova-pun ikut menyambut tamu dari Seoul.", "Lena Marsova"),
])
def test_actors_a_particle_joined_to_a_name_is_cut_off(brief_of, text, name):
    assert list(by_name(brief_of(text), "person")) == [name]


def test_actors_a_korean_name_cut_at_its_hyphen_is_the_fuller_one(brief_of):
    # "Seo Tae" after "Seo Tae-jin": the name cut before its last syllable, and its bare "Tae", are that person
    text = ("Tim itu dilatih Seo Tae-jin sejak musim lalu. Kekalahan itu membuat pelatih Seo Tae dikritik. "
            "Namun Tae membantah tuduhan tersebut.")
    people = by_name(brief_of(text), "person")
    assert list(people) == ["Seo Tae-jin"]
    assert [m.text for m in people["Seo Tae-jin"].mentions].count("Tae") == 1


@pytest.mark.parametrize("text, person", [
    # a post's last noun borrowed with its Latin ending, then the name: the name alone
    ("Delegasi itu dipimpin oleh Menteri Kelautan dan Ekologi Arvo Melkin.", "Arvo Melkin"),
    # the noun inside a body's name, a common word after it: no person
    ("Dana itu mengalir ke Pusat Riset dan Mikrobiologi Nasional Arvo Melkin.", None),
])
def test_actors_a_loan_noun_opens_no_name(brief_of, text, person):
    assert list(by_name(brief_of(text), "person")) == ([person] if person else [])


def test_actors_a_bare_surname_is_not_the_relative_its_own_sentence_names(brief_of):
    # the bare "Han" whose sentence names "ayahnya, Han Tae-sok": the son, though the father was named last
    text = ("Pemimpin Negeri Utara, Han Jae-won disebut bakal melawat ke Moskow. Ia mewarisi jabatan "
            "dari Han Tae-sok. Lawatan Han disebut meniru jejak ayahnya, Han Tae-sok yang dulu ke sana.")
    people = by_name(brief_of(text), "person")
    assert "Han" in [m.text for m in people["Han Jae-won"].mentions]


@pytest.mark.parametrize("text, person", [
    # A month's short form right after a name, with no day before nor year after, is a given name.
    ("Duta Besar Jepang untuk ASEAN Kato Jun juga mengatakan hal itu.", "Kato Jun"),
    ("Menurut Lee Mei, acara itu sukses.", "Lee Mei"),
    ("Menteri Wang Jun mengatakan pertemuan berlangsung 5 Jun 2024.", "Wang Jun"),
    # negative: the month of a date stays a month
    ("Ia bertemu Presiden Joko Widodo Mei lalu di Bogor.", "Joko Widodo"),
])
def test_names_month_short_form_as_given_name(brief_of, text, person):
    assert person in names(brief_of(text), "person")


# -- what is not a person's name: a body's word glued before a given name, English labels, a body the
#    register knows glued to the next line's first word

@pytest.mark.parametrize("text, person, not_person", [
    # a known given name opens the holder's name: the word before it is the body's
    ("Sanksi dijatuhkan terhadap pimpinan perusahaan Veltrako Sergei Dombrovin pekan ini.",
     "Sergei Dombrovin", "Veltrako Sergei Dombrovin"),
    ("Dalam pertemuan itu hadir juga Direktur Norvelta Alexander Rubakin dari Moskow.",
     "Alexander Rubakin", "Norvelta Alexander Rubakin"),
])
def test_actors_a_word_before_a_known_given_name_is_not_the_persons(brief_of, text, person, not_person):
    people = names(brief_of(text), "person")
    assert person in people and not_person not in people


@pytest.mark.parametrize("text, not_person", [
    # a page's English labels and a research rank: no person
    ("Posted Date : 12-03-2020, berita ini telah dibaca sebanyak 100 kali.", "Posted Date"),
    ("Menurut Senior Fellow di lembaga itu, kerja sama kedua negara akan berlanjut.", "Senior Fellow"),
    # a body the register knows, glued to the next line's first word when a credit ran into the lead
    ("Foto/ Lockheed MartinPengiriman sistem itu ke Korea Selatan dikritik Rusia.", "Lockheed MartinPengiriman"),
])
def test_actors_english_labels_and_glued_bodies_are_no_person(brief_of, text, not_person):
    assert not_person not in names(brief_of(text), "person")


# -- a registered person's given name spelt another way before the surname the register knows: one name

def test_actors_given_name_spelt_otherwise_before_a_registered_surname_is_the_person(brief_of):
    persons = names(brief_of("Presiden Ukraina Volodimir Zelenskyy mengatakan pasukan telah bergerak."), "person")
    assert "Volodimir Zelenskyy" in persons and "Volodimir" not in persons


def test_actors_other_capitalised_word_before_a_registered_surname_stays_apart(brief_of):
    # negative: a word that shares no first letters with the register's given name
    persons = names(brief_of("Pagi itu Kemarau Zelenskyy tidak disebut."), "person")
    assert not any(name.startswith("Kemarau") for name in persons)


# -- past leaders of the Soviet Union and Russia (register): persons, after a place preposition too

@pytest.mark.parametrize("text, person", [
    ("Ia menerima surat dari Boris Yeltsin pada musim dingin itu.", "Boris Yeltsin"),
    ("Menurut sejarawan itu, Stalin menyetujui rencana tersebut.", "Stalin"),
])
def test_actors_past_soviet_and_russian_leaders_are_persons(brief_of, text, person):
    brief = brief_of(text)
    assert person in names(brief, "person") and person not in names(brief, "place")


# -- a registered Korean name with its given name's syllables joined or spaced otherwise ("Jaein" for
#    "Jae-in"): the registered person, who acts for the country the register gives

@pytest.mark.parametrize("text, register_id, affiliation", [
    ("Presiden Moon Jaein menyampaikan pidato singkat di depan para wartawan.", "moon-jae-in", "Korea Selatan"),
    ("Presiden Yoon Sukyeol menyampaikan pidato singkat di depan para wartawan.", "yoon-suk-yeol", "Korea Selatan"),
])
def test_actors_a_registered_name_romanised_with_syllables_joined_is_that_person(brief_of, text, register_id,
                                                                                 affiliation):
    people = [a for a in brief_of(text).actors if a.kind == "person"]
    assert len(people) == 1 and people[0].register_id == register_id
    assert people[0].affiliation == affiliation


# -- a surname whose spelling folds shorten it ("ou" → "u") compared as written too: one letter changed

@pytest.mark.parametrize("text, forms", [
    ("Menteri Pertahanan Lurinia, Arvo Toigun, tiba kemarin. Lalu Tougun membahas tarif.",
     ["Arvo Toigun", "Tougun"]),
    # negative: another first letter is another word
    ("Menteri Pertahanan Lurinia, Arvo Toigun, tiba kemarin. Lalu Sougun membahas tarif.", ["Arvo Toigun"]),
])
def test_actors_a_surname_slipped_as_written_is_the_person_named_before(brief_of, text, forms):
    assert [m.text for m in by_name(brief_of(text), "person")["Arvo Toigun"].mentions] == forms


# -- a capitalised run that is all a quotation holds: a work's title, no person

@pytest.mark.parametrize("text, title", [
    ('Rombongan itu akan menampilkan balet "Lurin Dawn" di teater kota pekan depan.', "Lurin Dawn"),
    ("Anak-anak menonton pertunjukan dongeng “The Velmar Prince” di perpustakaan.", "Velmar Prince"),
    ("Penonton menyukai film ‘Morvan Skies,’ yang diputar kemarin.", "Morvan Skies"),
])
def test_actors_a_title_quoted_whole_is_no_person(brief_of, text, title):
    assert title not in names(brief_of(text), "person")


def test_actors_a_name_in_a_longer_quotation_is_still_a_person(brief_of):
    # negative: the quotation holds more than the name
    text = '"Kami bertemu Arvo Melkin kemarin," kata juru bicara itu.'
    assert "Arvo Melkin" in names(brief_of(text), "person")
