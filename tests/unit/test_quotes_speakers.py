"""Which name of a sentence speaks: a state, a capital or a state's military speaks no words of its own,
a body goes by the register's name, one person as a clause's subject speaks and two at once do not
(invented snippets, invented names). Each test pairs the shape with a negative case next to it."""
from __future__ import annotations

import pytest

from tests.unit.extracted import attributions, speakers


# -- a state, a capital or a state's military speaks no words of its own; its leader quoted
#    before, or a body of the state, does

LEADER_SPOKE = ("Presiden Rusia Dara Kolsen berbicara kepada wartawan di Moskow pada Senin.\n\n"
                "“Kami akan terus memperluas kerja sama ekonomi,” kata Kolsen.\n\n")


def test_quotes_state_phrase_after_its_leaders_quote_is_the_leaders(brief_of):
    # the passage is about what the leader said: a phrase on the bare state goes on in his voice
    text = LEADER_SPOKE + "Rusia “tidak menutup kemungkinan” kerja sama teknis dengan Korea Utara.\n"
    assert speakers(brief_of, text)[-1] == ("tidak menutup kemungkinan", "Dara Kolsen")


def test_quotes_state_phrase_with_the_leader_only_named_is_nobodys(brief_of):
    # negative: the leader is named, never quoted: the government's phrase is not his
    text = ("Resor itu disebut proyek ambisius Presiden Rusia Dara Kolsen.\n\n"
            "Pemerintah Rusia menutup jalur kereta wisata “untuk sementara” sejak kemarin.\n")
    assert speakers(brief_of, text)[-1][1] != "Dara Kolsen"


def test_quotes_state_speaking_itself_is_not_its_leader(brief_of):
    # negative: the state is the subject of a speech verb in the clause: its own statement
    text = LEADER_SPOKE + "Rusia mengatakan akan membantu “setiap upaya” yang ditempuh mitranya.\n"
    assert speakers(brief_of, text)[-1][1] != "Dara Kolsen"


JETS = "Jet tempur Rusia memasuki zona pertahanan udara itu pada Rabu.\n\n"


def test_quotes_cue_on_a_states_military_names_no_speaker(brief_of):
    # the speaker phrase comes down to a state ("militer <Negara>"): no person or body, no speaker
    text = JETS + '"Kami tidak menerima kabar apa pun," ujar militer Korea Selatan soal penerbangan itu.\n'
    assert speakers(brief_of, text)[-1] == ("Kami tidak menerima kabar apa pun,", None)


def test_quotes_cue_on_the_state_itself_stays_the_state(brief_of):
    # negative: the state's own name right after the cue: the state speaks (as before)
    text = JETS + '"Kami tidak menerima kabar apa pun," kata Korea Selatan.\n'
    assert speakers(brief_of, text)[-1] == ("Kami tidak menerima kabar apa pun,", "Korea Selatan")


def test_quotes_cue_on_a_states_ministry_names_the_ministry(brief_of):
    # negative: a body of the state named after the cue speaks
    text = JETS + '"Kami akan menyelidiki pelanggaran itu," kata Kementerian Pertahanan Korea Selatan.\n'
    assert speakers(brief_of, text)[-1] == ("Kami akan menyelidiki pelanggaran itu,",
                                             "Kementerian Pertahanan Korea Selatan")


@pytest.mark.parametrize("sentence, speaker", [
    # a state as the subject of a quoted phrase, the sentence closing on a body's cue: the body's words
    ("Militer Rusia mendeteksi pesawat itu dan mengambil langkah-langkah “taktis” dengan mengerahkan jet tempur, "
     "kata Kementerian Pertahanan Rusia.", "Kementerian Pertahanan Rusia"),
    # negative: no cue closes the sentence: a state says no words of its own, nobody's
    ("Militer Rusia mendeteksi pesawat itu dan mengambil langkah-langkah “taktis” dengan mengerahkan jet tempur.",
     None),
])
def test_quotes_state_subject_gives_way_to_the_cue_closing_the_sentence(brief_of, sentence, speaker):
    text = ("Kementerian Pertahanan Rusia menyatakan sebelas pesawat asing memasuki zona udaranya pada Jumat.\n\n"
            + sentence + "\n")
    assert speakers(brief_of, text)[-1] == ("taktis", speaker)


DRILL = "Pesawat pengebom kedua negara terbang di atas Laut Timur pada Rabu.\n\n"


def test_quotes_capital_as_subject_of_a_speech_verb_is_no_speaker(brief_of):
    # a capital stands for its government: no person or body the text names, no speaker
    text = DRILL + ("Beijing menggambarkan latihan itu sebagai kegiatan rutin, dan menyebut bahwa "
                    "“beberapa pesawat asing membuntuti pesawat kami” selama misi.\n")
    assert speakers(brief_of, text)[-1] == ("beberapa pesawat asing membuntuti pesawat kami", None)


def test_quotes_ministry_as_subject_of_a_speech_verb_speaks(brief_of):
    # negative: a body named as the subject speaks
    text = DRILL + ("Kementerian Pertahanan China menggambarkan latihan itu sebagai kegiatan rutin, dan "
                    "menyebut bahwa “beberapa pesawat asing membuntuti pesawat kami” selama misi.\n")
    assert speakers(brief_of, text)[-1] == ("beberapa pesawat asing membuntuti pesawat kami",
                                             "Kementerian Pertahanan China")


FERRY = "Kapal feri pertama dari Rajin tiba di Vladivostok pada Kamis pagi.\n\n"
EMBASSY = ("Kedutaan Besar Rusia di Seoul menanggapi pidato itu pada Senin.\n"
           "“Kami menyesalkan langkah yang tidak bersahabat ini,” kata Kedutaan Besar Rusia dalam pernyataannya.\n")


def test_quotes_state_phrase_after_its_bodys_quote_is_the_bodys(brief_of):
    # "Rusia disebut ... “...”" right after the Russian embassy's quote: the embassy's words
    text = EMBASSY + "Rusia disebut selalu mematuhi komitmennya kepada “mitra lama” di kawasan.\n"
    assert attributions(brief_of, text)[-1][:2] == ("mitra lama", "Kedutaan Besar Rusia")


def test_quotes_state_phrase_after_another_states_body_is_not_that_bodys(brief_of):
    # negative: the quote before is a body of another state: the phrase is not its words
    text = ("“Kami menyesalkan langkah yang tidak bersahabat ini,” kata Kementerian Luar Negeri Jepang.\n"
            "Rusia disebut selalu mematuhi komitmennya kepada “mitra lama” di kawasan.\n")
    assert attributions(brief_of, text)[-1][1] != "Kementerian Luar Negeri Jepang"


def test_quotes_authorities_of_a_state_are_its_body_named_before(brief_of):
    # "tambah otoritas Rusia": the Russian body named before, not a body called "Otoritas Rusia"
    text = EMBASSY + ("Seoul belum menjawab.\n\nWarga berkumpul di depan gedung.\n\n"
                      "“Kami meminta penilaian yang tenang,” tambah otoritas Rusia.\n")
    assert attributions(brief_of, text)[-1][1] == "Kedutaan Besar Rusia"


def test_quotes_authorities_of_a_state_with_no_body_name_none(brief_of):
    # negative: no body of that state named before: the phrase names nobody
    text = FERRY + "“Kami meminta penilaian yang tenang,” tambah otoritas Rusia.\n"
    assert attributions(brief_of, text)[-1][1] is None


# -- the subject of the clause speaks: one person does, two people at once do not -----------------

SIGNING = ("Menteri Luar Negeri Rusia Dara Kolsen dan Menteri Luar Negeri Korea Utara Lena Vos menghadiri "
           "upacara di Wonsan.\n")


def test_quotes_joint_subject_of_a_subordinate_clause_is_no_ones(brief_of):
    # "... setelah itu X dan Y menandatangani “...”": two people as one subject, no one person's words
    text = (SIGNING + "Pyongyang merayakan kunjungan itu sebagai tonggak sejarah, "
            "setelah itu Vos dan Kolsen menandatangani "
            "“program magang 2031-2033,” meskipun rinciannya belum diumumkan.\n")
    assert speakers(brief_of, text)[-1] == ("program magang 2031-2033,", None)


def test_quotes_single_subject_of_a_subordinate_clause_speaks(brief_of):
    # negative: one person as the clause's subject: theirs, as before
    text = (SIGNING + "Pyongyang merayakan kunjungan itu sebagai tonggak sejarah, "
            "setelah itu Vos menandatangani "
            "“program magang 2031-2033,” meskipun rinciannya belum diumumkan.\n")
    assert speakers(brief_of, text)[-1] == ("program magang 2031-2033,", "Lena Vos")


@pytest.mark.parametrize("subject, speaker", [
    # a speech verb joined by 'dan' to a clause after a long opening clause: that clause's subject speaks
    ("Kolsen", "Dara Kolsen"),
    # negative: a capital as that subject speaks no words of its own
    ("Moskow", None),
])
def test_quotes_joined_speech_verb_shares_its_clauses_subject(brief_of, subject, speaker):
    text = ("Presiden Rusia Dara Kolsen bertemu pemimpin Lurinia Boris Tamm pekan ini.\n\n"
            "Setelah berunding dengan Tamm pada hari Rabu di sebuah galangan kapal, yang letaknya jauh dari ibu kota, "
            + subject + " memuji peluang hubungan dagang yang lebih erat dan menyatakan ada “kemungkinan” kerja sama "
            "militer.\n")
    assert speakers(brief_of, text)[-1] == ("kemungkinan", speaker)


def test_quotes_phrase_in_a_where_clause_with_its_own_subject_is_not_the_sentences(brief_of):
    # "..., di mana kedua pihak meneken nota “...”": the clause's own subject, unnamed: nobody
    text = ("Presiden Arvo Melkin membalas kunjungan itu ke Lurin pada Juni, di mana kedua belah pihak "
            "sepakat meneken nota “persahabatan abadi”.\n")
    assert attributions(brief_of, text)[-1][:2] == ("persahabatan abadi", None)


def test_quotes_phrase_in_a_where_clause_of_a_pronoun_is_the_persons(brief_of):
    # negative: the clause's subject is the passage's person: theirs
    text = ("Presiden Arvo Melkin membalas kunjungan itu ke Lurin pada Juni, di mana ia memuji "
            "“persahabatan abadi” kedua negara.\n")
    assert attributions(brief_of, text)[-1][:2] == ("persahabatan abadi", "Arvo Melkin")


@pytest.mark.parametrize("opening, speaker", [
    # an opening phrase, then the name set off by commas and its description: the name speaks
    ("Pada hari Rabu, Dinda Wirasari, juru bicara Kementerian Luar Negeri Brasil,", "Dinda Wirasari"),
    # negative: the name ends the opening phrase; the description is someone else's subject
    ("Setelah bertemu Dinda Wirasari, juru bicara Kementerian Luar Negeri Brasil", "Kementerian Luar Negeri Brasil"),
])
def test_quotes_name_apposed_after_an_opening_phrase_speaks(brief_of, opening, speaker):
    text = ("Brasil dan Norwegia Bahas Kerja Sama\n\n" + opening + " mengatakan menteri akan berkunjung dalam "
            "\"putaran kedua dialog strategis\" kedua negara.\n")
    quotes = brief_of(text).quotes
    assert [q.speaker for q in quotes] == [speaker]


# -- a body goes by the register's name: written with a state's clipped form, by its acronym, in
#    brackets

PROTEST = "Wakil menteri itu memanggil duta besar Vetria pada Sabtu.\n\n"


def test_quotes_registered_body_with_a_clipped_state_goes_by_the_registers_name(brief_of):
    # "Korsel" clipped in the body's name: the speaker is the body by its name, the state written out
    text = PROTEST + "“Kami menolak tuduhan yang tak berdasar itu,” tulis Kementerian Luar Negeri Korsel.\n"
    assert speakers(brief_of, text)[-1][1] == "Kementerian Luar Negeri Korea Selatan"


def test_quotes_body_with_an_initialism_keeps_its_name(brief_of):
    # negative: an initialism is kept, as the press and the register write the body's name
    text = PROTEST + "“Kami menolak tuduhan yang tak berdasar itu,” tulis Departemen Luar Negeri AS.\n"
    assert speakers(brief_of, text)[-1][1] == "Departemen Luar Negeri AS"


def test_quotes_unregistered_body_with_a_clipped_state_keeps_its_name(brief_of):
    # negative: a body the register does not know keeps the name the text gives it
    text = PROTEST + "“Kami menolak tuduhan yang tak berdasar itu,” tulis Dewan Perikanan Pusat Korut.\n"
    assert speakers(brief_of, text)[-1][1] == "Dewan Perikanan Pusat Korut"


TROOPS = "Pasukan Korea Utara tiba di Vladivostok pekan lalu.\n\n"


def test_quotes_generic_head_points_at_a_body_named_by_its_acronym(brief_of):
    # "NIS ... kata badan tersebut": the register's name of NIS opens with the head "badan"
    text = TROOPS + ("NIS mengatakan pasukan itu sedang menjalani pelatihan.\n\n"
                     "“Mereka akan dikerahkan ke garis depan,” kata badan tersebut.\n")
    assert speakers(brief_of, text)[-1] == ("Mereka akan dikerahkan ke garis depan,", "NIS")


def test_quotes_generic_head_with_no_body_of_that_head_is_nobody(brief_of):
    # negative: no body whose name opens with that head: no speaker
    text = TROOPS + ("NIS mengatakan pasukan itu sedang menjalani pelatihan.\n\n"
                     "“Mereka akan dikerahkan ke garis depan,” kata komite tersebut.\n")
    assert speakers(brief_of, text)[-1] == ("Mereka akan dikerahkan ke garis depan,", None)


def test_quotes_registered_body_in_brackets_after_an_unknown_name_speaks(brief_of):
    # "kata kantor berita resmi <garbled name> (KCNA)": the registered agency in brackets
    text = TROOPS + ("Lawatan sang menteri menjadi “tonggak baru bagi persahabatan kedua bangsa”, kata kantor "
                     "berita resmi Lurin Tengah (KCNA), Senin.\n")
    assert speakers(brief_of, text)[-1] == ("tonggak baru bagi persahabatan kedua bangsa", "KCNA")


def test_quotes_registered_body_keeps_its_name_before_brackets(brief_of):
    # negative: the phrase names a registered body itself: that body, however the bracket reads
    text = TROOPS + ("Lawatan sang menteri menjadi “tonggak baru bagi persahabatan kedua bangsa”, kata "
                     "Kementerian Pertahanan Korea Selatan (Kemhan), Senin.\n")
    assert speakers(brief_of, text)[-1][1] == "Kementerian Pertahanan Korea Selatan"


# -- a body placed by 'di <place>' before the relative clause that speaks -------------------------

CARGO = "Tumpukan peti terlihat di stasiun perbatasan pada awal September.\n\n"


def test_quotes_relative_clause_after_a_placed_body_is_the_bodys(brief_of):
    # "kajian lembaga X di <kota> yang menyebut bahwa ... “...”": X's words, not the place's
    text = CARGO + ("Kabar itu muncul seusai kajian lembaga riset CSIS di Washington yang menyebut bahwa "
                    "peti-peti itu “diduga” berisi suku cadang.\n")
    assert speakers(brief_of, text)[-1] == ("diduga", "CSIS")


def test_quotes_relative_clause_after_a_place_alone_is_nobodys(brief_of):
    # negative: no body or person named before the place: no speaker
    text = CARGO + ("Kabar itu muncul seusai kajian dari Washington yang menyebut bahwa peti-peti itu "
                    "“diduga” berisi suku cadang.\n")
    assert speakers(brief_of, text)[-1] == ("diduga", None)


# -- a role phrase after the cue, then a comma and the person with a rank, a title or a titled post
#    of their own: that person speaks, not the body of the role phrase and not nobody

@pytest.mark.parametrize("cue, speaker", [
    ("kata juru bicara kementerian itu, Kolonel Tirta Halim.", "Tirta Halim"),
    ("ujar juru bicara Kementerian Pertahanan Uzbekistan, Kolonel Tirta Halim.", "Tirta Halim"),
    ("kata penasihat presiden itu, Prof. Tirta Halim, kepada wartawan.", "Tirta Halim"),
    ("kata pejabat tinggi itu, Letnan Jenderal Tirta Halim.", "Tirta Halim"),
    ("kata pemimpin delegasi, Ketua DPR Tirta Halim.", "Tirta Halim"),
    ("kata tuan rumah pertemuan, Wali Kota Seoul Tirta Halim.", "Tirta Halim"),
    # negative: no person after the comma; a person named later in the sentence does not speak
    ("kata juru bicara itu, Senin, sebelum Kolonel Tirta Halim tiba.", None),
    # negative: a capitalised word that is no title does not open the person's name
    ("kata juru bicara itu, Sementara Tirta Halim diam.", None),
])
def test_quotes_titled_person_apposed_after_a_role_phrase_speaks(brief_of, cue, speaker):
    text = "Kantor dagang baru dibuka di Tashkent pada Senin.\n\n“Kami siap bekerja sama,” " + cue + "\n"
    assert speakers(brief_of, text) == [("Kami siap bekerja sama,", speaker)]


@pytest.mark.parametrize("title", ["Wapres", "Mendag", "Kapolri", "Kapolda", "Bupati"])
def test_quotes_abbreviated_post_is_no_part_of_the_speakers_name(brief_of, title):
    text = f"Kantor dagang baru dibuka pada Senin.\n\n“Kami siap bekerja sama,” kata {title} Tirta Halim.\n"
    assert speakers(brief_of, text) == [("Kami siap bekerja sama,", "Tirta Halim")]
    # negative: the abbreviation alone, with no name after it, names no person
    alone = "Kantor dagang baru dibuka pada Senin.\n\n“Kami siap bekerja sama,” kata seorang pejabat.\n"
    assert speakers(brief_of, alone) == [("Kami siap bekerja sama,", None)]


# -- a body's speaker name is the record's name of the body (bodies.BodyNames), whatever path found it

@pytest.mark.parametrize("text, speaker", [
    ("\"Kami menolak tuduhan itu sepenuhnya,\" kata Kemenlu Peru dalam pernyataan tertulis, Senin.",
     "Kementerian Luar Negeri Peru"),
    ("Perserikatan Bangsa-Bangsa (PBB) menggelar rapat di Jenewa. "
     "\"Kami prihatin atas situasi di perbatasan,\" kata PBB dalam pernyataannya.", "PBB"),
    # negative: the long form alone stays the long form
    ("Perserikatan Bangsa-Bangsa menggelar rapat di Jenewa. "
     "\"Kami prihatin atas situasi di perbatasan,\" kata Perserikatan Bangsa-Bangsa.", "Perserikatan Bangsa-Bangsa"),
])
def test_quotes_body_speaker_is_the_records_name_of_the_body(brief_of, text, speaker):
    brief = brief_of(text)
    orgs = {a.key: a.name for a in brief.actors if a.kind == "organization"}
    assert [q.speaker for q in brief.quotes] == [speaker]
    assert all(orgs[q.speaker_key] == q.speaker for q in brief.quotes)


# -- a quote opening the sentence after a quote and its cue goes on in that voice past whom the cue's
#    clause names (`kata X kepada anggota parlemen Y.`), not past a sentence of its own naming someone

@pytest.mark.parametrize("clause, speaker", [
    ("kepada anggota parlemen Sigrid Holm.", "Rasmus Lind"),
    ("lewat akun resminya, yang juga memuat gambar pertemuannya bersama "
     "Menteri Perikanan Sigrid Holm di dermaga utama kota itu.", "Rasmus Lind"),
])
def test_quotes_quote_after_a_cue_goes_on_past_whom_the_cue_clause_names(brief_of, clause, speaker):
    text = ("Pelabuhan baru itu dibuka pada Senin.\n\n\"Arus barang terus meningkat,\" kata Rasmus Lind "
            + clause + " \"Kami memantau setiap kapal yang masuk.\"\n")
    assert speakers(brief_of, text)[-1] == ("Kami memantau setiap kapal yang masuk.", speaker)


def test_quotes_quote_after_a_sentence_naming_another_person_does_not_go_on(brief_of):
    # negative: a sentence of its own names another person between: the cue's voice does not go on
    text = ("Pelabuhan baru itu dibuka pada Senin.\n\n\"Arus barang terus meningkat,\" kata Rasmus Lind. "
            "Sigrid Holm menolak berkomentar soal tarif. \"Kami memantau setiap kapal yang masuk.\"\n")
    assert speakers(brief_of, text)[-1][1] != "Rasmus Lind"


# -- an initialism in capitals that folds to a pronoun (`DIA`) is the body it abbreviates, not `dia`

def test_quotes_initialism_folding_to_a_pronoun_is_the_body(brief_of):
    text = ("Dewan Industri Agraria (DIA) merilis laporan pada Senin.\n\n"
            "\"Harga pupuk naik dua kali lipat,\" kata DIA dalam laporan tersebut.\n")
    assert speakers(brief_of, text)[-1][1] in ("Dewan Industri Agraria", "DIA")


def test_quotes_lower_case_pronoun_after_a_cue_is_still_the_person(brief_of):
    # negative: the pronoun in lower case points back at the person named before
    text = ("Menteri Pertanian Rasmus Lind merilis laporan pada Senin.\n\n"
            "\"Harga pupuk naik dua kali lipat,\" kata dia dalam laporan tersebut.\n")
    assert speakers(brief_of, text)[-1][1] == "Rasmus Lind"


@pytest.mark.parametrize("closing, speaker", [
    # the agency that relays quotes a state's service: no body or person of that name, the body at the cue speaks
    ("kata Dewan Riset Pertanian, disampaikan kantor berita Yonhap, mengutip intelijen militer Korea Selatan.",
     "Dewan Riset Pertanian"),
    # negative: an agency quoting a body named in full passes on that body's words
    ("lapor Yonhap mengutip Kementerian Pertahanan Korea Selatan.", "Kementerian Pertahanan Korea Selatan"),
])
def test_quotes_quoted_source_that_is_a_state_does_not_replace_the_speaker(brief_of, closing, speaker):
    text = "Gudang amunisi itu terbakar pada Senin.\n\n\"Kerugian ditaksir sangat besar,\" " + closing + "\n"
    assert speakers(brief_of, text)[-1] == ("Kerugian ditaksir sangat besar,", speaker)


# -- a quoted phrase in a passive clause of a sentence a person's cue closes is that person's

@pytest.mark.parametrize("sentence, speaker", [
    ("Kerja yang dilakukan para teknisi itu “membuktikan keahlian kelas dunia” di bidang ini, kata Rasmus Lind.",
     "Rasmus Lind"),
    # negative: an agency closing the sentence reports a term given in a passive clause: nobody's words
    ("Kapal itu, yang muatannya digolongkan sebagai “sangat rahasia”, ditahan di pelabuhan, kata Reuters.", None),
])
def test_quotes_passive_clause_phrase_is_the_closing_persons(brief_of, sentence, speaker):
    text = "Menteri Perikanan Rasmus Lind berkunjung ke dermaga pada Senin.\n\n" + sentence + "\n"
    assert speakers(brief_of, text)[-1][1] == speaker


# -- a phrase a state's sentence gives no speaker for, repeated in a quote with a named speaker below, is
#    that speaker's (the lead quotes a fragment of the statement quoted in full)

@pytest.mark.parametrize("later, speaker", [
    ("\"Pemerintah kami memantau pengiriman itu dengan kekhawatiran mendalam,\" kata Menteri Luar Negeri "
     "Norwegia Rasmus Lind.", "Rasmus Lind"),
    # negative: the later quote does not hold the phrase: the state's phrase stays nobody's
    ("\"Pemerintah kami memantau pengiriman itu dengan saksama,\" kata Menteri Luar Negeri Norwegia Rasmus Lind.",
     None),
])
def test_quotes_state_phrase_repeated_in_a_named_quote_is_that_speakers(brief_of, later, speaker):
    text = ("Norwegia mengatakan mereka memantau pengiriman kapal itu dengan \"kekhawatiran mendalam\".\n\n"
            + later + "\n")
    assert speakers(brief_of, text)[0] == ("kekhawatiran mendalam", speaker)


# -- `..., seraya menambahkan “...”`: a speech verb with no subject of its own goes on with who spoke last
#    before it in the sentence, not with the subject the sentence opened on

@pytest.mark.parametrize("middle, speaker", [
    (", dan dalam video itu Menteri Perikanan Rasmus Lind mengatakan kedua negara sepakat memperluas kerja sama",
     "Rasmus Lind"),
    # negative: no one speaks before the lead word: the sentence's subject goes on
    (" yang memperlihatkan kapal-kapal baru di dermaga", "Dewan Maritim Norwegia"),
])
def test_quotes_lead_word_speech_verb_goes_on_with_who_spoke_last(brief_of, middle, speaker):
    text = ("Dewan Maritim Norwegia merilis video pertemuan itu pada Senin" + middle
            + ", seraya menambahkan bahwa “pelabuhan itu siap menerima kapal besar.”\n")
    assert speakers(brief_of, text)[-1] == ("pelabuhan itu siap menerima kapal besar.", speaker)


# -- a sentence about a thing right after one opening on a body's account (`Menurut <agency>, ...`) goes on in
#    that account; after a person's account pointed back to (`Menurutnya, ...`) it does not

@pytest.mark.parametrize("opening, speaker", [
    ("Menurut TASS, pertemuan", "TASS"),
    # negative: the account of a person pointed back to by a pronoun gives the next sentence no speaker
    ("Menurutnya, pertemuan", None),
])
def test_quotes_sentence_after_a_bodys_account_goes_on_in_it(brief_of, opening, speaker):
    text = ("Menteri Perikanan Norwegia Rasmus Lind tiba di Bergen pada Senin.\n\n" + opening
            + " kedua menteri berlangsung di sebuah hotel di tepi pelabuhan. Perundingan berlangsung dalam suasana "
              "“hangat dan terbuka soal kuota tangkapan.”\n")
    assert speakers(brief_of, text)[-1] == ("hangat dan terbuka soal kuota tangkapan.", speaker)


# -- an emphatic particle glued to a name ("X-lah yang ...") is no part of the speaker's name

@pytest.mark.parametrize("particle", ["lah", "pun", "kah"])
def test_quotes_name_with_a_glued_particle_speaks_by_its_name(brief_of, particle):
    text = ("Marta Velinska bekerja di sebuah kantor di kota itu.\n\n"
            f"Ternyata rombongan Marta Velinska-{particle} yang pertama tiba di pantai itu.\n\n"
            "“Kami disambut dengan ramah,” ujar Marta.\n")
    assert speakers(brief_of, text)[-1] == ("Kami disambut dengan ramah,", "Marta Velinska")


def test_quotes_hyphenated_given_name_is_no_glued_particle(brief_of):
    # negative: a hyphen inside a Korean given name stays in the name (no particle is a syllable of one)
    text = ("Park Sung-hoon bekerja di sebuah kantor di kota itu.\n\n"
            "Ternyata rombongan Park Sung-hoon yang pertama tiba di pantai itu.\n\n"
            "“Kami disambut dengan ramah,” ujar Park.\n")
    assert speakers(brief_of, text)[-1] == ("Kami disambut dengan ramah,", "Park Sung-hoon")


# -- a body's abbreviation in brackets stands between a role phrase and the person set off after it

@pytest.mark.parametrize("cue", ["kata Juru Bicara", "kata juru bicara"])
def test_quotes_role_holder_apposed_past_a_bracketed_abbreviation(brief_of, cue):
    text = (f"“Jadwalnya tidak berubah,” {cue} Lembaga Riset Antariksa Nusantara (LRAN), Tomas Varga, "
            "kepada wartawan.\n")
    assert speakers(brief_of, text)[-1] == ("Jadwalnya tidak berubah,", "Tomas Varga")


def test_quotes_bracketed_abbreviation_with_no_one_apposed_leaves_the_body(brief_of):
    # negative: no person set off after the brackets: the body named after the cue speaks
    text = "“Jadwalnya tidak berubah,” kata Lembaga Riset Antariksa Nusantara (LRAN) kepada wartawan.\n"
    assert speakers(brief_of, text)[-1][1] != "Tomas Varga"


# -- a quote closing its sentence, the next sentence of the paragraph opening on its speaker going on

TOLD = "Tomas Varga, peneliti lembaga itu, tiba di ibu kota pada Senin.\n\n"


@pytest.mark.parametrize("after", ["Dia menambahkan, penundaan mungkin terjadi.",
                                   "Dia mengakui bahwa penundaan mungkin terjadi."])
def test_quotes_speaker_going_on_in_the_next_sentence_speaks(brief_of, after):
    text = TOLD + f"“Kami mencermati situasinya.” {after}\n"
    assert speakers(brief_of, text)[-1] == ("Kami mencermati situasinya.", "Tomas Varga")


@pytest.mark.parametrize("after", ["Dia tersenyum lalu pergi.", "Dia mengunjungi pabrik itu kemudian."])
def test_quotes_next_sentence_without_speech_names_no_speaker(brief_of, after):
    # negative: the next sentence tells a deed, not speech
    text = TOLD + f"“Kami mencermati situasinya.” {after}\n"
    assert speakers(brief_of, text)[-1] == ("Kami mencermati situasinya.", None)


# -- a body's head written with a capital and a word pointing back ("kata Kedutaan tersebut") is the
#    body of that head named before, as the same words in lower case are

@pytest.mark.parametrize("cue", ["kata Kedutaan tersebut", "jelas Kedutaan itu", "kata kedutaan tersebut"])
def test_quotes_capitalised_head_pointing_back_is_the_body_named_before(brief_of, cue):
    text = ("Kedutaan Besar Norvalia menyampaikan minatnya pada kerja sama itu.\n\n"
            f"\"Kami siap membuka jalur dagang baru,\" {cue}.\n")
    assert speakers(brief_of, text)[-1] == ("Kami siap membuka jalur dagang baru,", "Kedutaan Besar Norvalia")


def test_quotes_capitalised_head_pointing_back_to_no_such_body_is_nobody(brief_of):
    # negative: the article named no embassy: no body is made up from the head
    text = ("Kementerian Luar Negeri Norvalia menyampaikan minatnya pada kerja sama itu.\n\n"
            "\"Kami siap membuka jalur dagang baru,\" kata Kedutaan tersebut.\n")
    assert speakers(brief_of, text)[-1][1] is None


# -- an opening set off by its comma (`Namun,`, `Yang menarik,`) leaves the subject after it

ENVOY = "Utusan khusus Arvo Melkin tiba di Seoul pada Selasa untuk membahas kerja sama pelabuhan.\n\n"


def test_quotes_coordinator_with_its_comma_opens_the_clause(brief_of):
    # `Namun, <phrase>, ia ... dengan mengatakan: “...”`: the pronoun subject after both openings speaks
    text = ENVOY + ("Melkin menolak menyebut tanggal. Namun, di akhir jumpa pers, ia menutup acara dengan "
                    "mengatakan: “Akan ada kabar baik bulan depan.”\n")
    assert speakers(brief_of, text)[-1] == ("Akan ada kabar baik bulan depan.", "Arvo Melkin")


@pytest.mark.parametrize("opening", ["Yang menarik", "Yang jelas"])
def test_quotes_relative_opening_with_its_comma_leaves_the_subject(brief_of, opening):
    # `Yang menarik, X berbicara tentang “...”`: X, the subject after the opening phrase, says the phrase
    text = ENVOY + f"{opening}, Melkin berbicara tentang sebuah “jalur baru” di utara.\n"
    assert speakers(brief_of, text)[-1] == ("jalur baru", "Arvo Melkin")



# -- a paragraph that is only a quote, after a paragraph whose last sentence's subject spoke in it

def test_quotes_after_a_paragraph_whose_subject_spoke_goes_on_in_that_voice(brief_of):
    # `Menurut X, ... . X juga menekan ... .` then the quote alone: X's words
    text = ENVOY + ("Menurut Melkin, perundingan itu akan memakan waktu lama. Melkin juga menekan kedua pihak "
                    "untuk menahan diri.\n\n“Kami meminta semua pihak kembali ke meja perundingan.”\n")
    assert speakers(brief_of, text)[-1] == ("Kami meminta semua pihak kembali ke meja perundingan.", "Arvo Melkin")


@pytest.mark.parametrize("paragraph", [
    # the subject never spoke in the paragraph
    "Melkin tiba di pelabuhan pada pagi hari. Melkin juga menekan kedua pihak untuk menahan diri.",
    # another person is named in the last sentence
    "Menurut Melkin, perundingan itu akan memakan waktu lama. Melkin juga bertemu Dara Kolsen di pelabuhan.",
])
def test_quotes_after_a_paragraph_without_its_subject_speaking_is_nobodys(brief_of, paragraph):
    text = ENVOY + paragraph + "\n\n“Kami meminta semua pihak kembali ke meja perundingan.”\n"
    assert speakers(brief_of, text)[-1] == ("Kami meminta semua pihak kembali ke meja perundingan.", None)


# -- a speech verb joined after a comma (`..., dan menekankan`) shares the sentence's subject

@pytest.mark.parametrize("joined, speaker", [
    # the body's sentence goes on after a comma with a joined speech verb: a suffixed cue below is the body's
    ("Kementerian Luar Negeri Jepang juga mengatakan bahwa uji coba itu merusak kepercayaan kawasan, "
     "dan menekankan pentingnya dialog.", "Kementerian Luar Negeri Jepang"),
    # negative: no speech verb with a subject before the comma, nobody to go on from
    ("Uji coba itu merusak kepercayaan kawasan, dan menekankan pentingnya dialog.", None),
])
def test_quotes_speech_verb_joined_after_a_comma_shares_the_subject(brief_of, joined, speaker):
    text = ("Lurinia Kecam Uji Coba Rudal\n\n"
            "Pemerintah Selvara menguji rudal baru pada Senin.\n\n"
            + joined + "\n\n"
            "“Kami meminta semua pihak kembali ke meja perundingan,” tukasnya.\n")
    assert speakers(brief_of, text)[-1] == ("Kami meminta semua pihak kembali ke meja perundingan,", speaker)


# -- a sentence opening on `Menurut <source>,` is the source's account, down to its subordinate clauses

@pytest.mark.parametrize("sentence, speaker", [
    ("Menurut Kementerian Luar Negeri Jepang, kapal itu ditahan karena dugaan keterlibatannya dalam "
     "pengangkutan “barang terlarang ke pelabuhan utara” tahun lalu.", "Kementerian Luar Negeri Jepang"),
    # negative: with no source opening it, the clause of `karena` has no named subject: nobody's phrase
    ("Kapal itu ditahan karena dugaan keterlibatannya dalam "
     "pengangkutan “barang terlarang ke pelabuhan utara” tahun lalu.", None),
])
def test_quotes_phrase_in_a_sentence_of_a_named_source_is_the_sources(brief_of, sentence, speaker):
    text = "Jepang Tahan Kapal Kargo\n\nPenjaga pantai menahan sebuah kapal kargo pada Senin.\n\n" + sentence + "\n"
    assert speakers(brief_of, text)[-1] == ("barang terlarang ke pelabuhan utara", speaker)


# -- a spokesperson set off by commas after the person they speak for, then to whom they spoke, speaks

SPOKESPERSON = ("Presiden Rusia Darin Volkov tidak hadir di forum itu.\n\n"
                "Namun juru bicara Presiden Rusia Darin Volkov, Ilya Morov, {between}mengatakan, "
                "“urusan dalam negeri” membuatnya tidak bisa datang.\n")


@pytest.mark.parametrize("between", ["kepada kantor berita lokal ", "kepada wartawan, ", ""])
def test_quotes_spokesperson_set_off_before_an_addressee_speaks(brief_of, between):
    text = SPOKESPERSON.format(between=between)
    assert speakers(brief_of, text)[-1] == ("urusan dalam negeri", "Ilya Morov")


def test_quotes_spokesperson_set_off_before_a_relative_clause_still_speaks(brief_of):
    # a relative clause after the set-off name does not hide it: the post of a post ("juru bicara
    # Presiden R A, Y,") makes Y the spokesperson, the subject of the speech verb after the clause
    text = SPOKESPERSON.format(between="yang hadir kemarin, pada forum itu ")
    assert speakers(brief_of, text)[-1] == ("urusan dalam negeri", "Ilya Morov")


# -- a capital as the subject of a cue with no one named in its sentence: the state's body named last

SANCTIONS = "Kementerian Luar Negeri Korea Selatan menjatuhkan sanksi baru pada Senin.\n\n"


def test_quotes_capital_cue_gives_the_states_body_named_before(brief_of):
    text = SANCTIONS + "Dua perusahaan dihukum karena membantu “mendanai program rudal” Korea Utara, klaim Seoul.\n"
    assert speakers(brief_of, text)[-1] == ("mendanai program rudal", "Kementerian Luar Negeri Korea Selatan")


def test_quotes_capital_cue_with_a_body_of_another_state_only_is_nobodys(brief_of):
    # negative: the passage names a body of another state only: the capital's words stay unattributed
    text = ("Kementerian Luar Negeri Rusia menjatuhkan sanksi baru pada Senin.\n\n"
            "Dua perusahaan dihukum karena membantu “mendanai program rudal” Korea Utara, klaim Seoul.\n")
    assert speakers(brief_of, text)[-1] == ("mendanai program rudal", None)


# -- a subordinate clause closed by a comma and a coordinated verb: the main clause's subject speaks again

WORRY = "Kementerian Luar Negeri Korea Selatan menyuarakan kecemasan pada Jumat.\n\n"


def test_quotes_phrase_after_a_coordinated_verb_is_the_main_subjects(brief_of):
    text = WORRY + ('Kementerian Luar Negeri Korea Selatan pada Jumat menyuarakan "kecemasan mendalam" setelah '
                    'Rusia bergerak mengesahkan pakta itu, dan kembali mendesak Moskow menghentikan '
                    '"kerja sama gelapnya" dengan Pyongyang.\n')
    assert speakers(brief_of, text)[-1] == ("kerja sama gelapnya", "Kementerian Luar Negeri Korea Selatan")


def test_quotes_phrase_inside_the_subordinate_clause_is_not_the_main_subjects(brief_of):
    # negative: no coordinated verb after the subordinate clause: the phrase is in that clause
    text = WORRY + ('Kementerian Luar Negeri Korea Selatan pada Jumat menyuarakan kecemasan setelah '
                    'Rusia bergerak mengesahkan "kerja sama gelapnya" dengan Pyongyang.\n')
    assert speakers(brief_of, text)[-1][1] != "Kementerian Luar Negeri Korea Selatan"


# -- "bunyi pernyataan itu" with no statement named before: whoever was the subject of a speech verb last

COUNCIL = ("SEOUL - Dewan Keamanan Nasional (NSC) Korea Selatan pada Rabu {verb}, Moskow akan "
           "\"menerima balasan\" jika melewati batas.\n\n"
           "Dewan tersebut juga {verb}, pihaknya siap bertindak tegas.\n\n"
           "\"Setiap tindakan yang mengancam kami akan ada akibatnya,\" bunyi pernyataan itu.\n")


def test_quotes_statement_pointing_back_is_the_last_subject_of_a_speech_verb(brief_of):
    assert speakers(brief_of, COUNCIL.format(verb="mengatakan"))[-1] == (
        "Setiap tindakan yang mengancam kami akan ada akibatnya,", "Dewan Keamanan Nasional")


def test_quotes_statement_pointing_back_with_no_one_speaking_before_is_nobodys(brief_of):
    # negative: the body before only acts (no speech verb): the statement's issuer is not named
    assert speakers(brief_of, COUNCIL.format(verb="bersidang"))[-1] == (
        "Setiap tindakan yang mengancam kami akan ada akibatnya,", None)


# -- a capitalised speech verb opening the sentence is a lead: the subject after its comma speaks

def test_quotes_phrase_in_a_participial_lead_is_the_main_subjects(brief_of):
    text = ("Presiden Ukraina Darko Melnyk berbicara pada Jumat.\n\n"
            "Menyerukan “tanggapan yang tegas” dari para pemimpin dunia, Melnyk mengatakan, "
            "“Keterlibatan itu tidak boleh dibiarkan.”\n")
    assert speakers(brief_of, text)[0] == ("tanggapan yang tegas", "Darko Melnyk")


def test_quotes_phrase_in_a_lead_with_no_subject_after_is_nobodys(brief_of):
    # negative: no comma closes the lead, no subject after it: nobody is named
    text = ("Presiden Ukraina Darko Melnyk berbicara pada Jumat.\n\n"
            "Menyerukan “tanggapan yang tegas” dari para pemimpin dunia adalah langkah yang lazim.\n")
    assert speakers(brief_of, text)[0][1] is None


# -- an unnamed official of a body named right after a link word speaks for that body

BORDER = "Kementerian Unifikasi Korea Selatan memantau perbatasan.\n\n“Sebagian besar staf telah pergi,” kata {who}.\n"


def test_quotes_unnamed_official_at_a_named_body_is_the_bodys(brief_of):
    assert speakers(brief_of, BORDER.format(who="pejabat di Kementerian Unifikasi"))[-1] == (
        "Sebagian besar staf telah pergi,", "Kementerian Unifikasi Korea Selatan")


@pytest.mark.parametrize("who", ["analis di Kementerian Unifikasi", "pejabat di Seoul"])
def test_quotes_analyst_at_a_body_or_official_at_a_place_is_nobody(brief_of, who):
    # negative: an analyst speaks for themselves; a place is no body
    assert speakers(brief_of, BORDER.format(who=who))[-1] == ("Sebagian besar staf telah pergi,", None)


# -- a suffixed cue never points at a person the quoted words name in the third person

INJURED = ("Pelatih Rusia Marco Bellini menunjuk bek Ivan Petrov sebagai kapten.\n\n"
           "“Ini kehormatan buat saya,” kata Petrov.\n\n"
           "Namun Rusia mungkin tidak diperkuat gelandang Oleg Sidorov yang masih cedera. “{words},” ujarnya.\n")


def test_quotes_suffixed_cue_skips_a_person_the_quote_names(brief_of):
    text = INJURED.format(words="Tentu saja absennya Sidorov merupakan kerugian besar buat kami")
    assert speakers(brief_of, text)[-1][1] == "Ivan Petrov"


def test_quotes_suffixed_cue_keeps_the_person_the_quote_does_not_name(brief_of):
    # negative: the words do not name the passage's person: the cue points at him as before
    text = INJURED.format(words="Saya akan segera kembali bermain")
    assert speakers(brief_of, text)[-1][1] == "Oleg Sidorov"


# -- a role and a country as the subject ("presiden AS menyebut", sentence-initial "Menteri luar negeri Rusia
#    ... mendesak"): the person holding that post for that country, the country as the text writes it

def test_quotes_role_and_country_short_form_is_the_posts_holder(brief_of):
    text = ("Presiden Amerika Serikat Darrel Hunt berbicara pada Senin.\n\n"
            "Saat berpidato soal pemimpin Lurania Tomas Berg, presiden AS menyebut Berg "
            "\"pembual besar\".\n")
    assert speakers(brief_of, text)[-1] == ("pembual besar", "Darrel Hunt")


def test_quotes_sentence_initial_role_and_country_is_the_posts_holder(brief_of):
    text = ("Menteri Luar Negeri Rusia Igor Lamov bertemu mitranya di Moskow.\n\n"
            "Para diplomat membahas krisis itu.\n\n"
            "Menteri luar negeri Rusia pada bulan Maret meminta semua pihak menahan diri, dengan menyebut "
            "sengketa itu \"permainan berbahaya.\"\n")
    assert speakers(brief_of, text)[-1] == ("permainan berbahaya.", "Igor Lamov")


def test_quotes_role_of_another_country_is_not_the_holder(brief_of):
    # negative: the post is held for another country: no speaker from it
    text = ("Presiden Amerika Serikat Darrel Hunt berbicara pada Senin.\n\n"
            "Dalam pidato itu, presiden Rusia menyebut Berg \"pembual besar\".\n")
    assert speakers(brief_of, text)[-1][1] != "Darrel Hunt"


# -- a description pointing back ("kata presiden itu") fits the passage's person before the last one named

WARNED = ("MOSKWA - {role} Ivan Sorokin memperingatkan ketegangan bisa meletus.\n\n"
          "Sorokin memperingatkan pemerintahan Presiden AS Darrel Hunt bahwa sanksi tidak ada gunanya.\n\n"
          "“Ancaman hanya memperburuk keadaan,” kata presiden itu.\n")


def test_quotes_description_pointing_back_fits_the_passages_person_first(brief_of):
    assert speakers(brief_of, WARNED.format(role="Presiden Rusia"))[-1][1] == "Ivan Sorokin"


def test_quotes_description_pointing_back_the_passages_person_does_not_fit(brief_of):
    # negative: the passage's person holds another post: the president named last is meant
    assert speakers(brief_of, WARNED.format(role="Menteri Luar Negeri Rusia"))[-1][1] == "Darrel Hunt"
