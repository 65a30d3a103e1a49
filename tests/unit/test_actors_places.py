"""Places: a name's hyphens, lower-case noun and spellings, a place glued to the next line, a region named
only in a minister's portfolio (invented snippets, invented names)."""
from __future__ import annotations

import pytest

from tests.unit.extracted import by_name, names


# -- a place's name: one hyphenated name, a lower-case noun before a registered one, two
#    spellings of it

def test_actors_hyphenated_far_east_city_is_one_place(brief_of):
    places = by_name(brief_of("Delegasi itu singgah di Komsomolsk-on-Amur untuk melihat galangan kapal."), "place")
    assert "Komsomolsk-on-Amur" in places and "Komsomolsk" not in places


@pytest.mark.parametrize("text, place", [
    ("Rombongan itu bertolak dari bandara Sheremetyevo menjelang tengah malam.", "Sheremetyevo"),
    ("Tur itu berlanjut ke wilayah Timur Jauh Rusia pekan depan.", "Timur Jauh Rusia"),
    ("Latihan gabungan itu akan diadakan di Rusia Timur Jauh musim gugur nanti.", "Rusia Timur Jauh"),
])
def test_actors_lower_case_noun_before_a_registered_place_is_no_part_of_its_name(brief_of, text, place):
    assert place in by_name(brief_of(text), "place")


@pytest.mark.parametrize("text, place", [
    # negative: written with a capital, the noun is part of the name
    ("Rombongan itu bertolak dari Bandara Sheremetyevo menjelang tengah malam.", "Bandara Sheremetyevo"),
    # negative: the rest alone is no name the register gives: the place as written
    ("Kedua pemimpin bertemu di kosmodrom Vostochny pada hari Rabu.", "kosmodrom Vostochny"),
])
def test_actors_registered_place_otherwise_named_as_written(brief_of, text, place):
    assert place in by_name(brief_of(text), "place")


def test_actors_place_of_two_spellings_as_long_goes_by_the_registers(brief_of):
    brief = brief_of("Pabrik Moscow Lurin dijual. Pabrik itu berada di Moskow, kata pejabat.")
    places = by_name(brief, "place")
    assert "Moskow" in places and "Moscow" not in places


def test_actors_place_written_longer_keeps_the_texts_form(brief_of):
    # negative: a fuller form the text writes stays the name, the register's own name notwithstanding
    places = by_name(brief_of("Pesawat mendarat di Bandara Internasional Sheremetyevo. Bandara Sheremetyevo "
                               "lalu ditutup."), "place")
    assert list(places) == ["Bandara Internasional Sheremetyevo"]


# -- a place glued to the next line's first word is cut off it; a word with a capital inside is
#    not

def test_actors_place_glued_to_the_next_line_is_the_place(brief_of):
    # a pasted page glued a line's last word to the next line's first
    brief = brief_of("Bantuan itu akan dikirim ke KievMenteri Luar Negeri Lurania Tarin Vosk membenarkannya.")
    places = by_name(brief, "place")
    assert "Kiev" in places and "KievPresiden" not in places
    assert places["Kiev"].mentions[0].text == "Kiev"


def test_actors_word_with_a_capital_inside_is_no_glued_place(brief_of):
    # negative: no known place or country before the capital inside the word: the word is not cut
    brief = brief_of("Pesan itu dikirim lewat WhatsApp ke LurinSoft di Jakarta kemarin.")
    names = {a.name for a in brief.actors}
    assert not names & {"Lurin", "Whats", "Soft", "App"}


# -- a region named only in a minister's portfolio is no place of the story -----------------------

def test_actors_region_named_only_in_a_ministers_portfolio_is_no_place(brief_of):
    brief = brief_of("Ia disambut Menteri untuk Timur Jauh, Lurin Kozak, di stasiun itu.")
    assert "Timur Jauh" not in by_name(brief, "place")
    assert "Timur Jauh" in (by_name(brief, "person")["Lurin Kozak"].role or "")


@pytest.mark.parametrize("text, place", [
    # negative: a governor's region is a place of the story
    ("Gubernur Primorsky Krai Ivan Lurov meninjau pelabuhan itu kemarin.", "Primorsky Krai"),
    # negative: the region named again outside the post
    ("Ia disambut Menteri untuk Timur Jauh, Lurin Kozak. Mereka lalu terbang ke Timur Jauh.", "Timur Jauh"),
])
def test_actors_region_outside_a_ministers_portfolio_stays_a_place(brief_of, text, place):
    assert place in by_name(brief_of(text), "place")


@pytest.mark.parametrize("text, place", [
    ("Kapal kargo itu memilih rute lewat Terusan Larvik demi menghemat sepuluh hari.", "Terusan Larvik"),
    ("Armada itu berlayar menyeberangi Samudra Korvel menuju pelabuhan timur.", "Samudra Korvel"),
])
def test_actors_canal_and_ocean_heads_start_a_place_name(brief_of, text, place):
    brief = brief_of(text)
    assert place in by_name(brief, "place") and place not in by_name(brief, "person")


def test_actors_lower_case_canal_noun_starts_no_place_name(brief_of):
    # negative: the lower-case noun is no head of a name
    brief = brief_of("Petani itu menggali terusan kecil di sawahnya pekan lalu.")
    assert not by_name(brief, "place")


@pytest.mark.parametrize("text, place", [
    ("Kapal itu berlayar melintasi Laut Arktik selama dua pekan.", "Laut Arktik"),
    ("Rute pengiriman Samudra Arktik kian terbuka bagi kapal kargo.", "Samudra Arktik"),
])
def test_actors_water_body_named_after_a_known_place_is_a_place_of_its_own(brief_of, text, place):
    assert place in by_name(brief_of(text), "place")


def test_actors_lower_case_sea_noun_before_a_known_place_leaves_the_place(brief_of):
    # negative: the lower-case noun is no head of a name
    places = by_name(brief_of("Es di laut Arktik mencair lebih cepat tahun ini."), "place")
    assert "Arktik" in places and "laut Arktik" not in places


# -- a place's head of two lower-case words: an airfield or spaceport named after it

@pytest.mark.parametrize("text", [
    "Rombongan itu mendarat di bandar udara Velikovo dekat kota pelabuhan itu.",
    "Di lapangan terbang Velikovo, para tamu melihat pesawat pengebom dari dekat.",
    "Pesawat itu lepas landas dari lapangan udara Velikovo pada pagi hari.",
])
def test_actors_name_after_a_two_word_airfield_head_is_a_place(brief_of, text):
    brief = brief_of(text)
    assert "Velikovo" in by_name(brief, "place") and "Velikovo" not in by_name(brief, "person")


def test_actors_name_after_a_two_word_weapon_phrase_is_no_place(brief_of):
    # negative: "pertahanan udara" names a weapon's kind, no airfield
    assert "Velikovo" not in by_name(brief_of("Sistem pertahanan udara Velikovo dikirim ke garis depan."), "place")


# -- after "di"/"ke", capitalised common words alone, or a noun for a country opening a nickname the register
#    does not know, name no place

@pytest.mark.parametrize("text", [
    "Jalur kereta itu akhirnya tersambung ke Negeri Sunyi tersebut.",
    "Pemerintah jarang mengirim delegasi ke Negara Padang Luas tersebut.",
    "Tentara pemberani dari Relawan Rakyat ikut bertempur di sana.",
])
def test_actors_nickname_or_common_words_after_a_preposition_are_no_place(brief_of, text):
    assert not by_name(brief_of(text), "place")


@pytest.mark.parametrize("text, place", [
    # negative: a word of its own makes the name a place; a nickname the register knows is its country
    ("Aktivis itu ditahan di Penjara Velikovo bulan lalu.", "Penjara Velikovo"),
])
def test_actors_name_with_a_word_of_its_own_after_a_preposition_is_a_place(brief_of, text, place):
    assert place in by_name(brief_of(text), "place")


@pytest.mark.parametrize("text, place", [
    # negative: a site's head opens the name; the rest may be common words ("Gedung Harapan Bangsa")
    ("Pertemuan kedua delegasi digelar di Gedung Harapan Bangsa pada Selasa pagi.", "Gedung Harapan Bangsa"),
    ("Para veteran berkumpul di Taman Persatuan Rakyat untuk mengenang perang.", "Taman Persatuan Rakyat"),
    # a venue's noun as well (places.yaml venue_heads)
    ("Salat Jumat itu digelar di Masjid Raya Baru, tidak jauh dari alun-alun.", "Masjid Raya Baru"),
    ("Kedua diplomat itu makan siang di Warung Kopi Tua sebelum rapat.", "Warung Kopi Tua"),
])
def test_actors_site_head_and_common_words_after_a_preposition_are_a_place(brief_of, text, place):
    assert place in by_name(brief_of(text), "place")


def test_actors_site_head_and_common_words_in_a_title_case_line_are_no_place(brief_of):
    # negative: a headline's title case caps every word, the head too
    brief = brief_of("Delegasi Bertemu Di Gedung Harapan Bangsa\n\nPertemuan itu berlangsung dua jam.")
    assert "Gedung Harapan Bangsa" not in by_name(brief, "place")
    brief = brief_of("Diplomat Makan Siang Di Warung Kopi Tua\n\nPertemuan itu berlangsung dua jam.")
    assert "Warung Kopi Tua" not in by_name(brief, "place")


def test_actors_registered_nickname_after_a_preposition_is_its_country(brief_of):
    assert "Korea Selatan" in by_name(brief_of("Rombongan itu tiba di Negeri Ginseng kemarin."), "country")


def test_actors_common_words_with_a_country_word_after_a_preposition_stay_a_place(brief_of):
    # negative: a word of a country's name inside the run makes it a site's name ("Monumen Persatuan Korea")
    assert "Monumen Persatuan Korea" in by_name(brief_of("Mereka meletakkan bunga di Monumen Persatuan Korea."), "place")


# -- a place's head, then the compass word or country that places it, then the name

@pytest.mark.parametrize("text", [
    "Kapal kargo itu berlabuh di pelabuhan selatan Velikovo setelah berlayar sebulan.",
    "Kapal kargo itu bertolak dari pelabuhan Rusia Velikovo bulan lalu.",
])
def test_actors_name_after_a_head_and_its_compass_word_or_country_is_a_place(brief_of, text):
    brief = brief_of(text)
    assert "Velikovo" in by_name(brief, "place") and "Velikovo" not in by_name(brief, "person")


def test_actors_name_after_a_post_and_a_country_stays_a_person(brief_of):
    # negative: a person's noun, not a place's head, before the country
    brief = brief_of("Ia berbicara dengan pejabat Rusia Velikov Ivanov kemarin.")
    assert "Velikov Ivanov" in by_name(brief, "person") and not by_name(brief, "place")


def test_actors_cosmodrome_by_its_english_name_is_the_registered_site(brief_of):
    places = by_name(brief_of("Rombongan itu berkunjung ke Vostochny Spaceport pekan lalu."), "place")
    assert places["Vostochny Spaceport"].register_id == "vostochny-cosmodrome"


# -- a one-word place the register does not know, where the text also names a port or spaceport
#    holding that word, is that site named short; a bridge or station named after a town is not

@pytest.mark.parametrize("text, site, short", [
    ("Kapal itu bersandar di Pelabuhan Tarvansk pekan lalu. Dari Tarvansk, muatan dibawa ke perbatasan.",
     "Pelabuhan Tarvansk", "Tarvansk"),
    ("Peluncuran dilakukan dari Dolmirsk Spaceport. Para tamu tiba di Dolmirsk pada sore hari.",
     "Dolmirsk Spaceport", "Dolmirsk"),
])
def test_actors_town_named_short_for_its_port_or_spaceport_is_the_site(brief_of, text, site, short):
    places = by_name(brief_of(text), "place")
    assert site in places and short not in places
    assert short in {m.text for m in places[site].mentions}


def test_actors_town_beside_a_bridge_named_after_it_stays_a_place(brief_of):
    # negative: a bridge named after a town is a place of its own, the town another
    places = by_name(brief_of("Truk melintasi Jembatan Tarvansk. Sopirnya menginap di Tarvansk semalam."), "place")
    assert "Jembatan Tarvansk" in places and "Tarvansk" in places


# -- a house of worship is a site named by its head ("Gereja X", "Katedral X"), no person; not the
#    head and a word closing a page cut mid-name

def test_actors_house_of_worship_is_a_place(brief_of):
    brief = brief_of("Ia juga akan mengunjungi Gereja Ortodoks Santo Arvel di Pyongyang pekan depan.")
    assert "Gereja Ortodoks Santo Arvel" in names(brief, "place") and not names(brief, "person")


def test_actors_house_of_worship_cut_at_the_page_end_is_no_place(brief_of):
    # negative: the page ends mid-name
    assert "Katedral Lu" not in names(brief_of("Rombongan itu lalu berjalan menuju Katedral Lu"), "place")


# -- a site named after a person, its head written in lower case ("alun-alun <registered name>"), is the
#    site ------------------------------------------------------------------------------------------------

def test_actors_a_lower_case_site_head_before_a_registered_person_is_the_site(brief_of):
    brief = brief_of("Ribuan pelajar berlatih menari di alun-alun Kim Il Sung sejak pagi.")
    assert "alun-alun Kim Il Sung" in names(brief, "place")
    assert not names(brief, "person")


def test_actors_a_registered_person_after_a_lower_case_noun_stays_the_person(brief_of):
    # negative: the head's word with something else between it and the name names no site
    brief = brief_of("Sebuah parade di lapangan itu dihadiri Kim Jong Un pada Senin.")
    assert names(brief, "person") == {"Kim Jong Un"}


# -- a place's name its head opens is whole even past the longest run of name words ------------------------

def test_actors_a_house_of_worship_is_a_place_with_all_its_words(brief_of):
    brief = brief_of("Presiden itu akan mengunjungi Gereja Ortodoks Santo Arvo Tarmin di Pyongyang pada Rabu.")
    assert "Gereja Ortodoks Santo Arvo Tarmin" in names(brief, "place")
    assert not names(brief, "person")



@pytest.mark.parametrize("text, kind, name", [
    # a continent after a quantifier, not only after a preposition: the register's place
    ("Perusahaan itu membangun pembangkit di seluruh Afrika tahun ini.", "place", "Afrika"),
    # the long name of a country as a national radio's Indonesian service spells it: the country
    ("Delegasi Republik Demokrasi Rakyat Korea tiba di Hanoi pekan ini.", "country", "Korea Utara"),
])
def test_actors_register_spellings_of_continents_and_long_names(brief_of, text, kind, name):
    assert name in by_name(brief_of(text), kind)


@pytest.mark.parametrize("text, place", [
    # one word whose case changes inside it after a preposition: a company's brand, no place
    ("Laporan itu dirilis oleh peneliti dari NovaTel pada Senin.", False),
    # negative: a plain capitalised word after the preposition stays a place
    ("Laporan itu dirilis oleh peneliti dari Novatel pada Senin.", True),
])
def test_actors_a_brand_shaped_word_after_a_preposition_is_no_place(brief_of, text, place):
    brief = brief_of(text)
    assert bool(by_name(brief, "place")) is place
    assert ("NovaTel" in by_name(brief, "organization")) is not place


@pytest.mark.parametrize("text, body", [
    # a registered body's name in Indonesian words after a post: the body, not a person holding the post
    ("Pengumuman itu disampaikan CEO Dana Investasi Langsung Rusia (RDIF), Arvo Melkin, pada Senin.",
     "Dana Investasi Langsung Rusia"),
    # a registered body spelt with 'and' for its '&': the body, no person cut before the 'and'
    ("Kontrak reaktor itu diteken Korea Hydro and Nuclear Power bersama mitra Rusia tahun lalu.",
     "Korea Hydro and Nuclear Power"),
])
def test_actors_register_bodies_spelt_out(brief_of, text, body):
    brief = brief_of(text)
    assert body in by_name(brief, "organization")
    assert set(by_name(brief, "person")) <= {"Arvo Melkin"}


@pytest.mark.parametrize("text, place", [
    # a place's head and words, its country, then the registered place they describe: no place of their own
    ("Rombongan itu tiba di Kota Pelabuhan Rusia, Vladivostok, dengan kereta.", None),
    # negative: the same head and words with no place after them are a place
    ("Rombongan itu tiba di Kota Pelabuhan Nakhira dengan kereta.", "Kota Pelabuhan Nakhira"),
])
def test_actors_a_description_before_a_registered_place_is_no_place(brief_of, text, place):
    places = set(by_name(brief_of(text), "place")) - {"Vladivostok"}
    assert places == ({place} if place else set())


# -- a port named by its head where the text never names its town alone: the port is the place

@pytest.mark.parametrize("text, place, town_kept", [
    ("Kapal tanker itu merapat di Pelabuhan Vladivostok. Kapal itu lalu keluar dari pelabuhan Vladivostok.",
     "Pelabuhan Vladivostok", False),
    # negative: the town stands alone too: the port is the town written long
    ("Kapal tanker itu merapat di Pelabuhan Vladivostok. Wali kota Vladivostok menyambutnya.",
     "Vladivostok", True),
    # negative: a lower-case head alone is the town's port, the town
    ("Kapal tanker itu merapat di pelabuhan Vladivostok kemarin.", "Vladivostok", True),
])
def test_actors_a_port_whose_town_is_never_named_alone_is_the_port(brief_of, text, place, town_kept):
    places = by_name(brief_of(text), "place")
    assert fold_in(place, places) and (("Vladivostok" in places) == town_kept)


def fold_in(name, places):
    return name.lower() in {p.lower() for p in places}


def test_actors_a_site_goes_by_the_form_the_text_capitalises(brief_of):
    # first written with a lower-case head, later capitalised: the capitalised form names it
    text = ("Kapal itu ditahan di pelabuhan Vladivostok sejak pekan lalu. "
            "Petugas di Pelabuhan Vladivostok mengatakan pemeriksaan masih berlangsung.")
    assert "Pelabuhan Vladivostok" in by_name(brief_of(text), "place")


# -- a venue's head opens no person's name; a palace named after the body it houses is a place

def test_actors_a_venue_named_twice_is_no_person_and_a_place_after_di(brief_of):
    brief = brief_of("Penari itu bergabung dengan Teater Lodiva cabang Timur sejak lama. "
                     "Mereka akan tampil di Teater Seni Ranvoda di Pyongyang pekan depan.")
    assert "Teater Seni Ranvoda" in by_name(brief, "place")
    assert not [p for p in names(brief, "person") if p.startswith("Teater")]


def test_actors_a_palace_named_after_a_registered_body_is_a_place(brief_of):
    places = by_name(brief_of("Para utusan diterima di Istana Kremlin pada hari Kamis."), "place")
    assert "Istana Kremlin" in places


def test_actors_a_capital_written_as_two_words_is_that_capital(brief_of):
    assert fold_in("Pyong Yang", by_name(brief_of("Pesawat itu terbang dari Pyong Yang menuju Hanoi."), "place"))


@pytest.mark.parametrize("text, written", [
    ("Senjata itu dilarang dikirim ke atau dari Korea Utar. Rezim itu membantah.", "Korea Utar"),
    ("Banyak diplomat meninggalkan pos mereka di Kotrea Utara tahun ini.", "Kotrea Utara"),
])
def test_actors_country_name_with_one_letter_slipped_is_that_country_no_place(brief_of, text, written):
    brief = brief_of(text)
    assert written not in by_name(brief, "place")
    assert "Korea Utara" in by_name(brief, "country")


def test_actors_place_one_letter_from_a_short_country_name_stays_a_place(brief_of):
    # negative: a name under eight letters is too near other names to be a slip of a country's
    assert "Iranu" in by_name(brief_of("Rombongan itu singgah di Iranu sebelum pulang."), "place")


def test_actors_formal_word_before_the_norths_short_name_is_the_country(brief_of):
    brief = brief_of("Pipa itu akan melintasi wilayah Republik Korea Utara menuju selatan.")
    assert "Korea Utara" in by_name(brief, "country") and not by_name(brief, "place")


# -- a site's name: a hall named with a noun that names no person, a monument, a square in its city

@pytest.mark.parametrize("text, place, not_place", [
    # "Pertemuan" names no person, but after a venue's head it says what hall it is
    ("Upacara itu digelar di Aula Pertemuan Sorabong, ibu kota negeri itu, pada pagi hari.",
     "Aula Pertemuan Sorabong", "Aula"),
    ("Para delegasi berkumpul di Gedung Konferensi Talvara sejak pagi.", "Gedung Konferensi Talvara", "Gedung"),
    # a monument named by its head wherever it stands, no preposition before it
    ("Tempat terkenal di kota itu adalah Monumen Persahabatan, yang dibangun pada 1950-an.",
     "Monumen Persahabatan", None),
    # a site's head and a common word, then its city after a comma: the site in the city
    ("Parade tahunan itu digelar di Lapangan Biru, Moskow, setiap musim semi.", "Lapangan Biru", None),
])
def test_actors_site_named_by_its_head(brief_of, text, place, not_place):
    places = by_name(brief_of(text), "place")
    assert place in places and (not_place is None or not_place not in places)


def test_actors_region_head_describing_the_place_after_a_comma_is_no_place(brief_of):
    # negative: a region's head and a description, then the place it describes
    places = by_name(brief_of("Kapal itu berlabuh di Kota Pelabuhan Rusia, Vladivostok, pekan lalu."), "place")
    assert "Kota Pelabuhan Rusia" not in places and "Kota Pelabuhan" not in places


# -- a registered region written in lower case before its country ("timur jauh X"); never without it

def test_actors_region_in_lower_case_before_its_country_is_the_place(brief_of):
    places = by_name(brief_of("Kapal itu berlabuh di pelabuhan kecil di timur jauh Rusia sebelum kembali."), "place")
    assert any(name.lower() == "timur jauh rusia" for name in places)


def test_actors_compass_words_in_lower_case_alone_are_no_place(brief_of):
    # negative: the two lower-case words with no country after them
    assert not by_name(brief_of("Kapal itu berlayar ke arah timur jauh dari pantai Lurinia."), "place")


def test_actors_east_china_sea_is_one_place(brief_of):
    places = by_name(brief_of("Kapal patroli Lurinia melintasi Laut Cina Timur pada Senin."), "place")
    assert len(places) == 1 and "Laut Cina" not in places


def test_actors_region_in_lower_case_describing_a_post_is_no_place(brief_of):
    # negative: no place preposition before it ("gubernur wilayah timur jauh X"): a description, not the region named
    places = by_name(brief_of("Pertemuan diatur oleh gubernur wilayah timur jauh Rusia pekan lalu."), "place")
    assert not any(name.lower().startswith("timur jauh") for name in places)
