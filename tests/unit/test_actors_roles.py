"""Persons' roles and affiliations: officials listed after their country, a governor, a leader's word as
the role, an apposed post of a kind, a car's make or noun next to a name (invented snippets, invented
names)."""
from __future__ import annotations

import pytest

from tests.unit.extracted import by_name, names


# -- officials listed after their country ('pejabat tinggi X di antaranya ...') all act for it ----

LIST = ("Presiden tiba bersama sejumlah pejabat tinggi Vietnam di antaranya Menteri Perhubungan Tran Van Hoa, "
        "Wakil Perdana Menteri Pertama Le Thi Mai, dan Wakil Menteri Perdagangan Pham Quoc Dung.")


@pytest.mark.parametrize("name", ["Tran Van Hoa", "Le Thi Mai", "Pham Quoc Dung"])
def test_actors_officials_listed_after_their_country_act_for_it(brief_of, name):
    # every official of the list the country opens acts for it, not only the first
    assert by_name(brief_of(LIST), "person")[name].affiliation == "Vietnam"


@pytest.mark.parametrize("text, name", [
    # negative: a clause of its own between the opener and the official (lower-case words)
    ("Presiden Lurinia Arvo Melkin membahas banyak hal dengan Vietnam, termasuk soal perdagangan yang "
     "dibahas bersama Menteri Perhubungan Tran Van Hoa.", "Tran Van Hoa"),
    # negative: no list opener after the country
    ("Delegasi Vietnam tiba kemarin, dan Menteri Perhubungan Tran Van Hoa menyusul sehari kemudian "
     "bersama Wakil Menteri Perdagangan Pham Quoc Dung.", "Pham Quoc Dung"),
])
def test_actors_country_without_a_list_does_not_place_later_officials(brief_of, text, name):
    assert by_name(brief_of(text), "person")[name].affiliation != "Vietnam"


# -- a governor of a region acts for the country the text names -----------------------------------

def test_actors_governor_of_a_region_acts_for_its_country(brief_of):
    text = ("Rusia akan membangun jalur kereta baru ke utara. Gubernur Primorsky Krai, Ivan Lurov, mengatakan "
            "kepada media lokal bahwa jalur itu dibangun dari pelabuhan.")
    assert by_name(brief_of(text), "person")["Ivan Lurov"].affiliation == "Rusia"


def test_actors_governor_with_no_country_in_the_text_keeps_the_region(brief_of):
    # negative: no country anywhere to act for: the region the post serves stays
    text = "Gubernur Primorsky Krai Ivan Lurov meninjau pelabuhan itu kemarin."
    assert by_name(brief_of(text), "person")["Ivan Lurov"].affiliation == "Primorsky Krai"


# -- a leader's word before a name is the role, as stated -----------------------------------------

@pytest.mark.parametrize("text, name, role", [
    ("Sanksi itu ditujukan kepada diktator Belarus Arvo Melkin dan kroninya.", "Arvo Melkin", "diktator"),
    ("Delegasi itu dipimpin Pimpinan Belarus Darvo Pelkin pada Selasa.", "Darvo Pelkin", "Pimpinan"),
    ("Hal itu disampaikan Tarin Vosk, pimpinan organisasi yang membantu para pembelot.", "Tarin Vosk", "pimpinan organisasi"),
])
def test_actors_leader_named_as_stated(brief_of, text, name, role):
    assert by_name(brief_of(text), "person")[name].role == role


def test_actors_leader_word_without_a_name_names_no_one(brief_of):
    # negative: the word alone, with no name after it, makes no person
    assert not by_name(brief_of("Diktator muda itu memuji sekutunya di Lurania."), "person")


# -- a post of a kind apposed ('pimpinan organisasi ...') serves the body that kind named before ---

def test_actors_apposed_post_of_a_kind_serves_the_body_that_kind_named(brief_of):
    text = ("Film itu digarap oleh organisasi Lurin Nation United. \"Mereka ingin pulang,\" ungkap Tarin Vosk, "
            "pimpinan organisasi yang membantu para pembelot.")
    assert by_name(brief_of(text), "person")["Tarin Vosk"].affiliation == "Lurin Nation United"


def test_actors_apposed_post_of_a_kind_with_no_body_before_serves_none(brief_of):
    # negative: no "organisasi <Body>" before the post: no body to serve
    text = "\"Mereka ingin pulang,\" ungkap Tarin Vosk, pimpinan organisasi yang membantu para pembelot."
    assert by_name(brief_of(text), "person")["Tarin Vosk"].affiliation is None


# -- a car's make after a car noun is no person; a car noun after a name ends no post -------------

@pytest.mark.parametrize("text, car", [
    ("Kedua pemimpin mengendarai mobil Lurex milik Presiden Vietnam menuju istana.", "Lurex"),
    ("Presiden Vietnam tiba dengan limusin Lurex di bandara.", "Lurex"),
])
def test_actors_car_make_after_a_car_noun_is_no_person(brief_of, text, car):
    assert car not in by_name(brief_of(text), "person")


def test_actors_car_noun_after_the_name_leaves_the_post_holder(brief_of):
    # negative: the car's noun after the name ends nothing before it
    person = by_name(brief_of("Kepala Dinas Perhubungan Tran Van Hoa mengatakan harga mobil naik."),
                      "person")["Tran Van Hoa"]
    assert person.role == "Kepala Dinas Perhubungan"


# -- a post as stated keeps the field its `untuk` clause names and the body chained after a rank;
#    it stops where no field or body follows ------------------------------------------------------

@pytest.mark.parametrize("text, role", [
    # an apposition's post at the end of its sentence keeps its `untuk` clause, as before a comma
    ("\u201cTidak ada bantuan,\u201d kata Arvo Melkin, Duta Besar Ukraina untuk PBB.", "Duta Besar Ukraina untuk PBB"),
    ("\u201cTidak ada bantuan,\u201d kata Arvo Melkin, Duta Besar Ukraina untuk PBB, kemarin.",
     "Duta Besar Ukraina untuk PBB"),
    # the field an `untuk` clause gives the post is part of it as stated
    ("Juru Bicara Gedung Putih untuk Urusan Energi, Arvo Melkin, membantah kabar kenaikan harga itu.",
     "Juru Bicara Gedung Putih untuk Urusan Energi"),
    ("Perwakilan Khusus Jepang untuk urusan Kepulauan Pasifik, Arvo Melkin, menyambut usulan itu.",
     "Perwakilan Khusus Jepang untuk urusan Kepulauan Pasifik"),
    # a post chained to a rank after a comma keeps the body it names
    ("Kepala Staf Angkatan Laut Rusia, Laksamana Arvo Melkin, meresmikan galangan baru itu.",
     "Kepala Staf Angkatan Laut Rusia"),
])
def test_actors_post_as_stated_keeps_its_untuk_field_and_body(brief_of, text, role):
    assert by_name(brief_of(text), "person")["Arvo Melkin"].role == role


@pytest.mark.parametrize("text, role", [
    # negative: a bare country stays the affiliation, no part of the post
    ("Presiden Rusia, Laksamana Arvo Melkin, berbicara tentang kapal itu.", "Presiden"),
    # negative: an `untuk` clause that is no field (lower-case words, no name) is not the post's
    ("Presiden Rusia untuk kedua kalinya, Arvo Melkin, tiba kemarin.", "Presiden"),
    # negative: the post's `untuk` clause runs on past the sentence's comma into other words
    ("Arvo Melkin, Duta Besar Lurania untuk menghadiri rapat itu, tiba.", "Duta Besar"),
])
def test_actors_post_as_stated_stops_where_no_field_or_body_follows(brief_of, text, role):
    assert by_name(brief_of(text), "person")["Arvo Melkin"].role == role


# -- a visitor is named by the trip ('turis', 'wisatawan' before or apposed to a name) ------------

@pytest.mark.parametrize("text, role", [
    ("Rekaman yang diunggah oleh turis Arvo Melkin menunjukkan anak-anak bernyanyi.", "turis"),
    ("Namun Arvo Melkin, seorang wisatawan Rusia, punya pendapat yang berbeda.", "wisatawan"),
])
def test_actors_a_visitor_is_named_by_the_trip(brief_of, text, role):
    assert by_name(brief_of(text), "person")["Arvo Melkin"].role == role


def test_actors_a_visitor_word_with_no_name_after_it_names_no_one(brief_of):
    # negative: "visa turis <country>": the country is no person
    brief = brief_of("Mereka berharap memperoleh visa turis Korea Utara sebelum musim dingin.")
    assert not by_name(brief, "person")


# -- a description after a quote's cue ('kata manajer ... itu'), before a caption's post, is the
#    role of the person named before, and the quote is theirs; against a post stated before, no one --

def test_actors_a_description_before_a_later_caption_post_is_the_role(brief_of):
    # the description after the quote's cue comes before the caption's post: it is the person's role
    # and the quote is theirs
    text = ("Lurania tetap misteri bagi banyak orang, tetapi tidak bagi Arvo Melkin.\n"
            "\u201cKami tidak melihat bahaya apa pun di sana,\u201d kata manajer pemasaran berusia 30 tahun itu "
            "kepada saya.\nTuris Rusia Arvo Melkin di pantai Wonsan pada musim panas.")
    brief = brief_of(text)
    assert by_name(brief, "person")["Arvo Melkin"].role == "manajer pemasaran"
    assert [q.speaker for q in brief.quotes] == ["Arvo Melkin"]


def test_actors_a_description_against_a_post_stated_before_names_no_one(brief_of):
    # negative: the post stated before the quote differs from the description: no speaker, the post stays
    text = ("Lurania tetap misteri bagi banyak orang, tetapi tidak bagi turis Arvo Melkin.\n"
            "\u201cKami tidak melihat bahaya apa pun di sana,\u201d kata manajer pemasaran berusia 30 tahun itu "
            "kepada saya.")
    brief = brief_of(text)
    assert by_name(brief, "person")["Arvo Melkin"].role == "turis"
    assert [q.speaker for q in brief.quotes] == [None]


# -- a pronoun's copula ('dia adalah seorang ...', 'ia merupakan ...') states the post of the person
#    just named, unless it states no post, the person is named too far before, or a post came with
#    the name -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, role", [
    ("Harian itu menulis bahwa Arvo Melkin ditahan pada Maret. Sumber yang sama menyebut bahwa "
     "dia adalah seorang pekerja sosial dan dia bepergian bersama adiknya.", "pekerja sosial"),
    ("Arvo Melkin ditangkap pada Januari. Ia merupakan misionaris yang tinggal di kota itu.", "misionaris"),
    # negative: a copula stating no post
    ("Arvo Melkin ditahan pada Maret. Sumber yang sama menyebut bahwa dia adalah teman lama kami.", None),
    # negative: the person was last named too far before the pronoun
    ("Arvo Melkin ditahan pada Maret. Hal itu terjadi di bandara. Hujan deras. Sumber yang sama "
     "menyebut bahwa dia adalah seorang pekerja sosial.", None),
    # negative: a post stated with the name stays the role
    ("Duta Besar Arvo Melkin ditahan pada Maret. Sumber yang sama menyebut bahwa dia adalah seorang "
     "misionaris.", "Duta Besar"),
])
def test_actors_a_pronoun_copula_states_the_post_of_the_person_just_named(brief_of, text, role):
    assert by_name(brief_of(text), "person")["Arvo Melkin"].role == role


# -- an aide ('Ajudan utama Kim, ...', 'Penasihat ... Melkin, ...') acts for the side of the person
#    they serve, when the text places that person -------------------------------------------------

@pytest.mark.parametrize("text, holder, affiliation", [
    # an aide acts for the side of whose aide they are
    ("Media Korea Selatan memberitakan rencana itu. Pemimpin Korea Utara Kim Jong Tae dijadwalkan singgah di "
     "Khabarovsk. Ajudan utama Kim, Kim Chol Bom, sudah tiba di Khabarovsk sejak Sabtu, menurut kantor "
     "berita Yonhap.", "Kim Chol Bom", "Korea Utara"),
    # negative: whose aide is no one the text places: no side
    ("Penasihat luar negeri Melkin, Arvo Tannen, mengatakan itu kemarin.", "Arvo Tannen", None),
])
def test_actors_an_aide_acts_for_the_side_of_the_person_they_serve(brief_of, text, holder, affiliation):
    assert by_name(brief_of(text), "person")[holder].affiliation == affiliation


@pytest.mark.parametrize("text, name, role", [
    ("Professor Dara Wintoko, ahli dari Universitas Lorvan, menyatakan bahwa pekerja itu lelah.",
     "Dara Wintoko", "Professor"),
    ("Profesor Dara Wintoko, ahli dari Universitas Lorvan, menyatakan bahwa pekerja itu lelah.",
     "Dara Wintoko", "Profesor"),
])
def test_actors_english_spelling_of_professor_is_a_title_not_a_name(brief_of, text, name, role):
    people = by_name(brief_of(text), "person")
    assert name in people and not any(n.startswith("Prof") for n in people)


@pytest.mark.parametrize("text, role", [
    ("Koordinator Komunikasi Strategis Dewan Keamanan Nasional AS Arvo Melkin mengatakan kapal itu tiba.",
     "Koordinator Komunikasi Strategis"),
    ("Menteri Komunikasi dan Informatika Lurania, Arvo Melkin, mengatakan kapal itu tiba.",
     "Menteri Komunikasi dan Informatika"),
])
def test_actors_communications_is_a_posts_field(brief_of, text, role):
    assert by_name(brief_of(text), "person")["Arvo Melkin"].role.startswith(role)


def test_actors_communications_line_after_a_post_is_no_field(brief_of):
    # negative: the lower-case noun after the post is prose, not the post's field
    brief = brief_of("Koordinator Arvo Melkin mengatakan komunikasi strategis itu terputus.")
    assert by_name(brief, "person")["Arvo Melkin"].role == "Koordinator"


# -- the record's role is the post as the text writes it: a press abbreviation stays abbreviated
#    (FORMATS), while every reading of the post (a quote's speaker, the affiliation) uses it written out --

def _record_roles(brief) -> dict:
    from generator.model import to_record
    return {p["name"]: p["role"] for p in to_record(brief)["persons"]}


@pytest.mark.parametrize("text, role, stated", [
    ("Menlu Rusia Arvo Melkin tiba di Seoul pada Senin pagi.", "Menteri Luar Negeri", "Menlu"),
    ("Dubes Rusia untuk Korea Selatan Arvo Melkin tiba di Seoul pada Senin pagi.",
     "Duta Besar Rusia untuk Korea Selatan", "Dubes Rusia untuk Korea Selatan"),
    ("Wakil Menlu Rusia Arvo Melkin tiba di Seoul pada Senin pagi.", "Wakil Menteri Luar Negeri", "Wakil Menlu"),
    # negative: the post written out stays written out
    ("Menteri Luar Negeri Rusia Arvo Melkin tiba di Seoul pada Senin pagi.", "Menteri Luar Negeri",
     "Menteri Luar Negeri"),
])
def test_actors_record_keeps_the_abbreviated_post_as_stated(brief_of, text, role, stated):
    brief = brief_of(text)
    assert by_name(brief, "person")["Arvo Melkin"].role == role       # the reading's post, written out
    assert _record_roles(brief)["Arvo Melkin"] == stated               # the record's, as the text writes it


def test_actors_record_writes_the_post_out_where_the_text_also_does(brief_of):
    # negative: a headline abbreviates, the body writes the post out before the same name: written out
    text = ("Menlu Arvo Melkin Tiba di Seoul\n\n"
            "Menteri Luar Negeri Rusia Arvo Melkin tiba di Seoul pada Senin pagi untuk pembicaraan dua hari.")
    assert _record_roles(brief_of(text))["Arvo Melkin"] == "Menteri Luar Negeri"


def test_actors_speaker_found_through_the_abbreviated_post(brief_of):
    # the quote's speaker is named only by the abbreviated post after the cue: still found
    text = ("Menlu Rusia Arvo Melkin tiba di Seoul pada Senin pagi untuk pembicaraan dua hari. "
            "\u201cKami datang untuk mendengar,\u201d kata Menlu Rusia itu kepada wartawan.")
    brief = brief_of(text)
    assert [q.speaker for q in brief.quotes] == ["Arvo Melkin"]
    assert _record_roles(brief)["Arvo Melkin"] == "Menlu"


def test_actors_record_writes_out_a_post_apposed_to_the_name(brief_of):
    # negative: the post written out and apposed to the name (`..., Arvo Melkin,`) beside an abbreviated one
    text = ("Dubes Rusia untuk Korut, Arvo Melkin, tiba di Pyongyang pada Senin pagi. "
            "Duta Besar Rusia untuk Korea Utara, Arvo Melkin, bertemu menteri luar negeri setempat.")
    assert _record_roles(brief_of(text))["Arvo Melkin"].startswith("Duta Besar")


# -- 'salah satu' before a post in an apposition is an article of the post, as 'seorang' is; said of
#    things too, it makes no person where no post follows -----------------------------------------

@pytest.mark.parametrize("text, name, role", [
    ("Pabrik itu tutup bulan lalu. Darmo, salah satu pekerja yang dipecat, bercerita kepada wartawan.",
     "Darmo", "pekerja"),
    ("Arvo Melkin, salah satu analis senior lembaga itu, tiba kemarin.", "Arvo Melkin", "analis senior"),
])
def test_actors_salah_satu_before_an_apposed_post(brief_of, text, name, role):
    people = by_name(brief_of(text), "person")
    assert people[name].role.startswith(role)


def test_actors_salah_satu_before_no_post_names_no_person(brief_of):
    # negative: "salah satu" said of a thing, no post after it: no person
    brief = brief_of("Kapal itu berlabuh di Tolvik, salah satu pelabuhan tersibuk di kawasan itu.")
    assert "Tolvik" not in by_name(brief, "person")


# -- a name set off after a possessed kinship noun ('putrinya, X', 'istrinya X') is that relative: the
#    kinship is their role, and a post before the clause is not theirs; a bare kinship noun ('putri X')
#    names X's relative, someone else --------------------------------------------------------------

def test_actors_a_relative_named_after_a_possessed_kinship_noun(brief_of):
    text = ("Presiden Xlandia, yang didampingi putrinya, Mi-rae, mendarat di bandara itu pada Rabu.\n\n"
            "Presiden Darto dan istrinya Lena Wiryo berangkat menuju Seoul hari ini.")
    people = by_name(brief_of(text), "person")
    assert people["Mi-rae"].role == "putri"
    assert people["Lena Wiryo"].role == "istri"


def test_actors_a_bare_kinship_noun_gives_the_name_after_it_no_kinship(brief_of):
    # negative: "putri X" is X's daughter; X keeps the post the text gives
    people = by_name(brief_of("Presiden Darto mengunjungi putri Menteri Lena Wiryo kemarin. "
                              "Ia juga bertemu adik Arvo Melkin."), "person")
    assert people["Lena Wiryo"].role == "Menteri"
    assert people["Arvo Melkin"].role is None


# -- a region the register does not list between a regional post and its holder's full name ----------

@pytest.mark.parametrize("text, name, region", [
    ("\u201cKami siap,\u201d kata Gubernur Varlensk Sergei Tarnov.", "Sergei Tarnov", "Varlensk"),
    ("Gubernur Dolmir Park Min-jae meninjau pabrik itu kemarin.", "Park Min-jae", "Dolmir"),
    ("Wali Kota Ostrava Pierre Velmont membuka pameran itu.", "Pierre Velmont", "Ostrava"),
])
def test_actors_unlisted_region_after_a_regional_post_is_no_part_of_the_name(brief_of, text, name, region):
    brief = brief_of(text)
    people = by_name(brief, "person")
    assert name in people and len(people) == 1
    assert region in {a.name for a in brief.actors if a.kind != "person"}


@pytest.mark.parametrize("text, name", [
    # negative: a Korean family name opens the run: the three words are the name
    ("Gubernur Park Min Soo meninjau pabrik itu kemarin.", "Park Min Soo"),
    # negative: a known given name opens the run
    ("Gubernur Sergei Tarnov Velsky meninjau pabrik itu kemarin.", "Sergei Tarnov Velsky"),
    # negative: a patronymic second: the name of a person as Russian news writes it
    ("Gubernur Arvo Ivanovich Tarnov meninjau pabrik itu kemarin.", "Arvo Ivanovich Tarnov"),
    # negative: a post that governs no region keeps the three words whole
    ("Wakil Direktur Departemen Kim Yo Jong mengkritik latihan itu.", "Kim Yo Jong"),
])
def test_actors_full_name_after_a_regional_post_stays_whole(brief_of, text, name):
    assert name in by_name(brief_of(text), "person")


# -- '<regional post> <region>, <Full Name>': the region set off before the holder is no person ------

@pytest.mark.parametrize("text, name, region", [
    ("\u201cKami siap,\u201d kata Gubernur Provinsi Dolmir, Park Min-jae.", "Park Min-jae", "Provinsi Dolmir"),
    ("\u201cKami siap,\u201d kata Gubernur Dolmir, Park Min-jae.", "Park Min-jae", "Dolmir"),
])
def test_actors_region_set_off_before_the_holder_is_a_place(brief_of, text, name, region):
    brief = brief_of(text)
    assert list(by_name(brief, "person")) == [name]
    assert [q.speaker for q in brief.quotes] == [name]
    assert region in {a.name for a in brief.actors if a.kind != "person"}


def test_actors_holder_set_off_after_a_regional_post_and_a_family_name_stays_a_person(brief_of):
    # negative: a Korean family name after the post is the holder's (surname), not a region
    people = by_name(brief_of("Gubernur Park, Lee Min-jae, dan warga hadir di sana kemarin."), "person")
    assert "Park" in people or any(p.endswith("Park") for p in people)


# -- '<Full Name>, <regional post> <region>': the region closing an apposed post is no person ---------

@pytest.mark.parametrize("text, region", [
    ("Kemarin Arvo Melkin, Gubernur Dolmir, meninjau pabrik itu.", "Dolmir"),
    ("\u201cKami siap,\u201d kata Arvo Melkin, Gubernur Provinsi Dolmir.", "Provinsi Dolmir"),
])
def test_actors_region_closing_an_apposed_regional_post_is_a_place(brief_of, text, region):
    brief = brief_of(text)
    assert list(by_name(brief, "person")) == ["Arvo Melkin"]
    assert region in {a.name for a in brief.actors if a.kind != "person"}


@pytest.mark.parametrize("text, name", [
    # negative: a Korean family name after the apposed post is a person named by it
    ("Kemarin Arvo Melkin, Gubernur Park.", "Park"),
    # negative: a post that governs no region
    ("Kemarin Arvo Melkin, Wakil Direktur Tarnov.", "Tarnov"),
])
def test_actors_name_closing_an_apposed_post_of_no_region_stays_a_person(brief_of, text, name):
    assert name in by_name(brief_of(text), "person")


# -- a post's field after "untuk" of several parts joined by "dan", glued to the holder's name (with an
#    initial), is the post's; "Terpilih" after a head is the post's too -------------------------------

@pytest.mark.parametrize("text, name, role", [
    ("Wakil Menteri Keuangan untuk Terorisme dan Intelijen Keuangan Arvid P. Sorenson mengatakan hal itu.",
     "Arvid P. Sorenson", "Wakil Menteri Keuangan untuk Terorisme dan Intelijen Keuangan"),
    ("Perwakilan Tinggi Uni Eropa untuk Urusan Luar Negeri dan Kebijakan Keamanan Lars Vendel menyesalkan "
     "peluncuran itu.", "Lars Vendel",
     "Perwakilan Tinggi Uni Eropa untuk Urusan Luar Negeri dan Kebijakan Keamanan"),
    ("Ia akan bekerja sama dengan Presiden Terpilih Amerika Serikat (AS) Arvid Sorenson dalam hal itu.",
     "Arvid Sorenson", "Presiden Terpilih"),
])
def test_actors_a_listed_field_after_untuk_is_part_of_the_post(brief_of, text, name, role):
    people = by_name(brief_of(text), "person")
    assert people[name].role == role
    assert not any(other != name and (name in other or other in name) for other in people)


def test_actors_a_country_after_untuk_and_dan_is_no_field(brief_of):
    # negative: countries after "untuk" are where the post serves, not a field glued to the name
    people = by_name(brief_of("Duta Besar untuk Korea Selatan dan Mongolia Arvid Sorenson tiba kemarin."), "person")
    assert "Arvid Sorenson" in people


# -- issue 16: posts of sport, and the holder's origin between the post and the name

@pytest.mark.parametrize("text, name, role", [
    ("Sejak Maret Tim Lurania ditangani pelatih asal Vietnam, Arvo Melkin, yang baru tiba.",
     "Arvo Melkin", "pelatih"),
    ("Lurania mungkin tidak diperkuat gelandang Tarin Vosk yang masih cedera.", "Tarin Vosk", "gelandang"),
    ("Penjaga gawang Budi Harsono menyelamatkan dua tendangan penalti.", "Budi Harsono", "Penjaga gawang"),
])
def test_actors_sport_posts_are_roles(brief_of, text, name, role):
    assert by_name(brief_of(text), "person")[name].role == role


def test_actors_origin_between_post_and_name_is_the_holders_side(brief_of):
    text = "Sejak Maret tim itu ditangani pelatih asal Vietnam, Arvo Melkin, yang baru tiba."
    assert by_name(brief_of(text), "person")["Arvo Melkin"].affiliation == "Vietnam"


@pytest.mark.parametrize("text, person, role", [
    # A body's organ after the post is part of the role, no word of the name after it.
    ("Ketua Presidium Arvo Tarmin tiba di Pyongyang.", "Arvo Tarmin", "Ketua Presidium"),
    ("Presiden Presidium Arvo Tarmin hadir di upacara itu.", "Arvo Tarmin", "Presiden Presidium"),
])
def test_roles_organ_word_before_a_name(brief_of, text, person, role):
    people = by_name(brief_of(text), "person")
    assert set(people) == {person}
    assert people[person].role == role


# -- a body's short form in brackets is no word of the post as stated -----------------------------

@pytest.mark.parametrize("text, name", [
    ("OSLO -- Juru Bicara Kementerian Luar Negeri (Kemlu) Norwegia, Arvo Melkin mengatakan, hal itu urusan "
     "kedua negara.", "Arvo Melkin"),
    ("Keesokan harinya Juru Bicara Kementerian Luar Negeri (Kemenlu) Rusia Tarina Voskova menanggapi hal itu.",
     "Tarina Voskova"),
])
def test_actors_post_as_stated_reads_past_a_bracketed_short_form(brief_of, text, name):
    assert by_name(brief_of(text), "person")[name].role == "Juru Bicara Kementerian Luar Negeri"


# -- the body a calling is practised at is the affiliation, not part of the post -------------------

@pytest.mark.parametrize("text, body", [
    ("Peneliti Badan Kajian Strategis Nusantara (BKSN) Ayu Lestarini menilai hal itu penting.",
     "Badan Kajian Strategis Nusantara"),
    ("Peneliti Lembaga Kajian Strategis, Ayu Lestarini, menilai hal itu penting.", "Lembaga Kajian Strategis"),
])
def test_actors_calling_keeps_its_body_out_of_the_post(brief_of, text, body):
    person = by_name(brief_of(text), "person")["Ayu Lestarini"]
    assert (person.role, person.affiliation) == ("Peneliti", body)


# -- a field or unit between a post and its body is part of the post; the body is the affiliation ---

@pytest.mark.parametrize("text, name, role, affiliation", [
    # a field before the ministry and the holder
    ("Direktur Jenderal Urusan Eropa Kementerian Luar Negeri Jepang Park Min-seo bertemu pejabat itu.",
     "Park Min-seo", "Direktur Jenderal Urusan Eropa", "Kementerian Luar Negeri Jepang"),
    # a unit named as a body, a word after it, then the ministry
    ("Hal itu disampaikan Direktur Departemen Asia Kedua Kementerian Luar Negeri Rusia Tarina Voskova kemarin.",
     "Tarina Voskova", "Direktur Departemen Asia Kedua", "Kementerian Luar Negeri Rusia"),
    # a unit of two parts joined by "dan"
    ("Hal itu disampaikan Kepala Departemen Keamanan dan Perlucutan Senjata Kementerian Luar Negeri Rusia "
     "Arvo Melkin, Jumat.", "Arvo Melkin", "Kepala Departemen Keamanan dan Perlucutan Senjata",
     "Kementerian Luar Negeri Rusia"),
    # a unit read as one body with its ministry
    ("Direktur Jenderal Biro Urusan Asia Kementerian Luar Negeri Jepang Arvo Melkin bertemu pejabat itu.",
     "Arvo Melkin", "Direktur Jenderal Biro Urusan Asia", "Kementerian Luar Negeri Jepang"),
    # after an apposition's comma: the body closes the post
    ("Menurut Kementerian Luar Negeri Korea Selatan, Park Min-seo, Direktur Jenderal Urusan Keamanan Konsuler "
     "Kementerian Luar Negeri dan rekannya bertemu.", "Park Min-seo", "Direktur Jenderal Urusan Keamanan Konsuler",
     None),
    ("Moskow - Arvo Melkin, Direktur Departemen Urusan Eropa Kementerian Luar Negeri Rusia mengatakan hal itu "
     "berbahaya.", "Arvo Melkin", "Direktur Departemen Urusan Eropa", "Kementerian Luar Negeri Rusia"),
])
def test_actors_field_or_unit_completes_the_post(brief_of, text, name, role, affiliation):
    person = by_name(brief_of(text), "person")[name]
    assert person.role == role
    if affiliation:
        assert person.affiliation == affiliation


# -- a minister's portfolio the word lists do not know, a region after the post -----------------------

@pytest.mark.parametrize("text, name, role", [
    # a state's post for a region: "di <region>" after the country, then the holder set off
    ("Menteri Pembangunan Norwegia di Kutub Utara, Arvo Melkin menyatakan kedua negara sepakat.",
     "Arvo Melkin", "Menteri Pembangunan Norwegia di Kutub Utara"),
    # an unlisted portfolio, then its holder with no body between
    ("Kemarin Menteri Pengembangan Kutub Utara Arvo Melkin mengatakan kedua negara berencana.",
     "Arvo Melkin", "Menteri Pengembangan Kutub Utara"),
    # the portfolio's last part after "dan" read with the name
    ("Delegasi itu dipimpin oleh Menteri Sumber Daya Alam dan Ekologi Alexandr Melkin kemarin.",
     "Alexandr Melkin", "Menteri Sumber Daya Alam dan Ekologi"),
])
def test_actors_portfolio_or_region_completes_a_ministers_post(brief_of, text, name, role):
    assert by_name(brief_of(text), "person")[name].role == role


@pytest.mark.parametrize("text, name", [
    # negative: a second person after "dan", no part of the portfolio
    ("Ia bertemu Menteri Luar Negeri dan Kim Yong Chol kemarin.", "Kim Yong Chol"),
    ("Ia bertemu Menteri Luar Negeri dan Arvo Melkin Lurov kemarin.", "Arvo Melkin Lurov"),
])
def test_actors_person_after_a_bare_portfolio_and_dan_keeps_no_post(brief_of, text, name):
    assert by_name(brief_of(text), "person")[name].role is None


# -- a post's words: one-word spelling, an aide's post, lower-case words then the body, a long `untuk` ------

@pytest.mark.parametrize("text, name, role", [
    # "pembantu" heads an aide's post, read with the post it serves
    ("Pada 3 Mei pembantu Presiden Norwegia, Piet Dorval, kepada wartawan menyatakan rencana itu batal.",
     "Piet Dorval", "pembantu Presiden Norwegia"),
    # "jurubicara" written as one word is the same post as "juru bicara"
    ("Kemarin jurubicara Kementerian Luar Negeri Norwegia Piet Dorval mengatakan rencana itu batal.",
     "Piet Dorval", "jurubicara Kementerian Luar Negeri Norwegia"),
    # an apposition's post with a lower-case word, then the body it serves: the body completes the post
    ("Hal itu disampaikan Anna Velkova, perwakilan resmi Kementerian Luar Negeri Norwegia, kepada wartawan.",
     "Anna Velkova", "perwakilan resmi Kementerian Luar Negeri Norwegia"),
    # a complement too long to keep whole: the body before `untuk` still completes the post
    ("Ia bertemu Utusan Khusus Kementerian Luar Negeri Norwegia untuk Isu Keamanan Laut Utara, Piet Dorval, kemarin.",
     "Piet Dorval", "Utusan Khusus Kementerian Luar Negeri Norwegia"),
])
def test_actors_post_as_stated_keeps_its_words_and_body(brief_of, text, name, role):
    assert by_name(brief_of(text), "person")[name].role == role


def test_actors_calling_with_lower_case_words_keeps_its_body_out(brief_of):
    # negative: a calling's words describe it; the body it is practised at is the affiliation only
    text = "Hal itu disampaikan Anna Velkova, dosen ilmu politik Universitas Lurin, kepada wartawan."
    person = by_name(brief_of(text), "person")["Anna Velkova"]
    assert person.role == "dosen ilmu politik"
    assert person.affiliation == "Universitas Lurin"


# -- a post of a post's holder: "<post> <post> <Country> X, Y," (Y holds the first post) ------------------

def test_actors_holder_set_off_after_the_second_posts_holder_holds_the_first_post(brief_of):
    text = "Kemarin juru bicara Presiden Norwegia Arvo Melkin, Piet Dorval, mengatakan rencana itu batal."
    people = by_name(brief_of(text), "person")
    assert (people["Piet Dorval"].role, people["Piet Dorval"].affiliation) == ("juru bicara Presiden Norwegia",
                                                                             "Norwegia")
    assert people["Arvo Melkin"].role == "Presiden"


def test_actors_list_of_names_after_a_post_of_a_post_gives_no_first_post(brief_of):
    # negative: the names go on as a list, none set off as the first post's holder
    text = "Kemarin juru bicara Presiden Norwegia Arvo Melkin, Piet Dorval, dan Anna Velkova datang."
    assert by_name(brief_of(text), "person")["Piet Dorval"].role is None


# -- heads the press writes in other words: "Duta Tetap" (a permanent envoy), "Penasehat" (a spelling) ----

@pytest.mark.parametrize("text, name, role", [
    ("Dukungan itu disampaikan Duta Tetap Norwegia untuk PBB Arvo Melkin yang hadir di sana.",
     "Arvo Melkin", "Duta Tetap Norwegia untuk PBB"),
    ("Penasehat Kremlin, Arvo Melkin hari Senin mengatakan hal itu.", "Arvo Melkin", "Penasehat Kremlin"),
])
def test_actors_other_spellings_and_words_of_a_post_head_it(brief_of, text, name, role):
    assert by_name(brief_of(text), "person")[name].role == role


def test_actors_unlisted_portfolio_before_a_registered_holder_completes_the_post(brief_of):
    # the portfolio's words (a region among them) run up to a holder the register knows: no person of their own
    text = "Kemarin Menteri Pengembangan Kutub Utara Sergei Lavrov mengatakan kedua negara berencana."
    people = by_name(brief_of(text), "person")
    assert people["Sergei Lavrov"].role == "Menteri Pengembangan Kutub Utara"
    assert set(people) == {"Sergei Lavrov"}


# -- appositions: set off by the article word alone, a relative clause with words before its joiner, a verb
#    after the post, the city a body sits in ---------------------------------------------------------------

@pytest.mark.parametrize("text, name, role, affiliation", [
    # "seorang" alone sets the post off, no comma
    ("Menurut Arvo Melkin seorang pengamat senior di Institut Kajian Lurin, harga itu naik.",
     "Arvo Melkin", "pengamat senior", "Institut Kajian Lurin"),
    # words between "yang" and the joining word ("yang kini menjabat sebagai")
    ("Kemarin Arvo Melkin yang kini menjabat sebagai Juru Bicara Kementerian Luar Negeri Norwegia tiba.",
     "Arvo Melkin", "Juru Bicara Kementerian Luar Negeri Norwegia", None),
    # a verb said of people ends the post's lower-case words
    ("Kemarin Arvo Melkin, seorang wartawan senior mengatakan harga naik.", "Arvo Melkin", "wartawan senior", None),
    # the city after the body is where it sits, not whom the person serves
    ("Menurut Arvo Melkin, pengamat di Institut Kajian Lurin Seoul, harga itu naik.",
     "Arvo Melkin", "pengamat", "Institut Kajian Lurin"),
    # "ilmuwan" (a scientist) heads a post
    ("Hal itu diungkapkan Arvo Melkin, seorang ilmuwan politik, kepada wartawan.", "Arvo Melkin", "ilmuwan politik", None),
])
def test_actors_apposition_shapes_of_news_prose(brief_of, text, name, role, affiliation):
    person = by_name(brief_of(text), "person")[name]
    assert person.role == role
    if affiliation:
        assert person.affiliation == affiliation


def test_actors_article_word_without_a_post_gives_no_role(brief_of):
    # negative: "seorang diri" (alone) is no post
    assert by_name(brief_of("Menurut Arvo Melkin seorang diri, harga naik."), "person")["Arvo Melkin"].role is None


# -- after a name with a post before it, ", <post> <body> <verb>" opens the next clause ----------------------

def test_actors_post_run_into_a_verb_after_a_posted_name_is_the_next_clauses_subject(brief_of):
    # (a registered leader after a short country word: the post before the name is not read with it)
    text = "Ketika ditanya soal pemimpin Korut Kim Jong-un, presiden AS menyebut Kim sebagai pembohong."
    person = by_name(brief_of(text), "person")["Kim Jong-un"]
    assert person.role.lower() != "presiden" and person.affiliation == "Korea Utara"


def test_actors_apposition_run_into_a_verb_without_a_post_before_stands(brief_of):
    # negative: no post before the name: the apposition is the name's, even with no comma to close it
    text = "Moskow - Arvo Melkin, Direktur Departemen Amerika Kementerian Luar Negeri Norwegia mengatakan sistem itu mahal."
    assert by_name(brief_of(text), "person")["Arvo Melkin"].role == "Direktur Departemen Amerika"


# -- a registered body written out in another form: the affiliation names it as the body's record does --

def test_actors_affiliation_names_a_registered_body_as_the_text_writes_it(brief_of):
    text = ("Direktur Eksekutif Russian Direct Investment Fund, Arkady Velmin, mengatakan pabrik baru itu "
            "akan dibuka tahun depan di dekat pelabuhan.")
    brief = brief_of(text)
    assert by_name(brief, "organization")["Russian Direct Investment Fund"]
    assert by_name(brief, "person")["Arkady Velmin"].affiliation == "Russian Direct Investment Fund"


def test_actors_affiliation_keeps_the_register_name_for_a_short_form(brief_of):
    # negative: a short form alone is no written-out name; the register's name stays
    text = "Direktur Eksekutif RDIF, Arkady Velmin, mengatakan pabrik baru itu akan dibuka tahun depan."
    assert by_name(brief_of(text), "person")["Arkady Velmin"].affiliation == "Dana Investasi Langsung Rusia"


@pytest.mark.parametrize("text, name, role", [
    ("Malam itu ditutup oleh pianis Arkady Velmin dengan sonata pendek.", "Arkady Velmin", "pianis"),
    ("Konser dibuka oleh konduktor Lina Morrow bersama orkestra kota.", "Lina Morrow", "konduktor"),
    ("Misa dipimpin Pendeta Tomas Vierro di gereja tua itu.", "Tomas Vierro", "Pendeta"),
])
def test_actors_artist_or_clergy_named_by_their_art_has_it_as_role(brief_of, text, name, role):
    assert by_name(brief_of(text), "person")[name].role == role


def test_actors_post_written_out_later_is_the_role(brief_of):
    text = ("Tamu itu disambut Menteri Arkady Velmin di peron. Kemudian Menteri Perikanan dan Kelautan Arkady "
            "Velmin mengantar rombongan ke kota.")
    assert by_name(brief_of(text), "person")["Arkady Velmin"].role == "Menteri Perikanan dan Kelautan"


def test_actors_post_stated_short_later_keeps_the_fuller_one(brief_of):
    # negative: a shorter statement later does not cut the post stated first
    text = ("Menteri Perikanan dan Kelautan Arkady Velmin tiba di peron. Kemudian Menteri Arkady Velmin "
            "mengantar rombongan ke kota.")
    assert by_name(brief_of(text), "person")["Arkady Velmin"].role == "Menteri Perikanan dan Kelautan"


def test_actors_affiliation_keeps_the_register_name_for_a_press_short_form(brief_of):
    # negative: a short form of several words ("Kemlu Korsel") is no written-out name either
    text = "Juru bicara Kemlu Korsel Arkady Velmin menolak berkomentar soal kunjungan itu."
    assert by_name(brief_of(text), "person")["Arkady Velmin"].affiliation == "Kementerian Luar Negeri Korea Selatan"


# -- an official nothing before places acts for the first country their own sentence names after them --

def test_actors_official_placed_by_the_country_their_sentence_names_after_them(brief_of):
    text = ("Pertemuan itu berlangsung dua jam. Wakil Menteri Keuangan Arvo Melkin mengatakan bahwa Vietnam "
            "siap membayar utang itu.")
    assert by_name(brief_of(text), "person")["Arvo Melkin"].affiliation == "Vietnam"


def test_actors_official_with_no_country_in_their_sentence_stays_unplaced(brief_of):
    # negative: the country is named only in a later sentence
    text = ("Pertemuan itu berlangsung dua jam. Wakil Menteri Keuangan Arvo Melkin mengatakan utang itu dibayar. "
            "Vietnam belum menjawab.")
    assert by_name(brief_of(text), "person")["Arvo Melkin"].affiliation is None


def test_actors_official_speaking_of_a_country_inside_a_phrase_stays_unplaced(brief_of):
    # negative: the country only qualifies a thing the official speaks of ("rudal Vietnam")
    text = ("Pertemuan itu berlangsung dua jam. Wakil Menteri Keuangan Arvo Melkin menekankan perbedaan rudal itu "
            "dengan rudal Vietnam.")
    assert by_name(brief_of(text), "person")["Arvo Melkin"].affiliation is None


def test_actors_official_placed_by_the_country_closing_their_post(brief_of):
    # a portfolio the word lists do not know keeps the country inside the role
    text = ("Pertemuan itu berlangsung dua jam. Kemarin Menteri Pengembangan Timur Jauh Rusia Arvo Melkin "
            "mengatakan kedua negara berencana membahas visa.")
    assert by_name(brief_of(text), "person")["Arvo Melkin"].affiliation == "Rusia"


# -- 'X dari <kind in lower case>, <Body>': the body after its kind is the one the person acts for ---------

def test_actors_member_of_a_body_named_after_its_kind(brief_of):
    text = "Satelit itu gagal, menurut Anggota Parlemen Arvo Melkin dari partai berkuasa, Partai Velmora Raya."
    assert by_name(brief_of(text), "person")["Arvo Melkin"].affiliation == "Partai Velmora Raya"


# -- a registered person whose description places the post in a region named with its country
#    ("Menteri Pembangunan Timur Jauh Rusia"): the country, where the text places them nowhere

def test_actors_registered_post_in_a_region_of_a_country_acts_for_that_country(brief_of):
    text = "Menteri Alexander Galushka meninjau pelabuhan itu kemarin pagi."
    assert by_name(brief_of(text), "person")["Alexander Galushka"].affiliation == "Rusia"


# -- soft news: people named once by their trade, crew post or voice; the trade is their role, held for no
#    state ("dokter X" is a person named X, the word no part of the name)

@pytest.mark.parametrize("text, name, role", [
    ("Seorang awak kapal, Arvo Melkin, berhasil diselamatkan oleh tim penyelamat.", "Arvo Melkin", "awak kapal"),
    ("Dokter Petra Vasquez merawat para korban di rumah sakit setempat.", "Petra Vasquez", "Dokter"),
    ("Konser itu dibawakan oleh tenor Bang Ji-hoon di aula kota.", "Bang Ji-hoon", "tenor"),
    ("Nakhoda Ivan Lurov mengatakan kapalnya disita petugas.", "Ivan Lurov", "Nakhoda"),
])
def test_actors_a_trade_before_a_name_is_the_persons_role(brief_of, text, name, role):
    person = by_name(brief_of(text), "person")[name]
    assert person.role == role and person.affiliation is None


def test_actors_a_count_of_people_by_their_trade_names_no_holder(brief_of):
    # a figure before a trade: so many fishermen, and the capitalised words after them no name
    text = "Pekan lalu 262 Nelayan Lurinia Ditahan di pelabuhan."
    assert not any("Ditahan" in name for name in names(brief_of(text), "person"))


def test_actors_a_year_before_an_officials_post_keeps_the_holder(brief_of):
    # negative: a year before an official's post, no count of people
    text = "Pada 2018 Presiden Arvo Melkin bertemu para pengusaha di ibu kota."
    assert by_name(brief_of(text), "person")["Arvo Melkin"].role == "Presiden"
