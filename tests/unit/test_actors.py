"""Actors stage: persons with role and affiliation, organisations, countries, places, surname links."""
from __future__ import annotations

import pytest

from tests.conftest import TEST_DATA
from tests.unit.extracted import by_name as _by_name

SNIPPETS = TEST_DATA / "snippets"


def _snippet(brief_of, name: str):
    return brief_of((SNIPPETS / f"{name}.txt").read_text(encoding="utf-8"), name)


@pytest.mark.parametrize("snippet, name, role, affiliation", [
    ("actors_envoys", "Arrmanatha Nasir", "Menteri Luar Negeri", "Indonesia"),
    ("actors_envoys", "Andrei Rudenko", "Wakil Menteri Luar Negeri", "Rusia"),
    # A ministry's spokesperson acts for the ministry, named in full (its country included).
    ("actors_envoys", "Mao Ning", "Juru bicara Kementerian Luar Negeri China", "Kementerian Luar Negeri China"),
    ("actors_envoys", "Park Hyun-soo", "analis", "Institut Studi Asia Timur"),
    ("actors_two_kims", "Kim Yung-ho", "Menteri Unifikasi", "Korea Selatan"),
    ("actors_two_kims", "Kim Song-nam", "utusan khusus", "Korea Utara"),
    ("actors_appositions", "Yoko Kamikawa", "Menteri Luar Negeri", "Jepang"),
    ("actors_appositions", "Mark Rutte", "Sekretaris Jenderal NATO", "NATO"),
    ("actors_appositions", "Ekaterina Volkova", "peneliti senior", "Pusat Kajian Keamanan Eropa"),
    ("actors_appositions", "Philip Goldberg", "Duta Besar Amerika Serikat untuk Korea Selatan", "Amerika Serikat"),
])
def test_actors_unseen_people_with_role_and_affiliation(brief_of, snippet, name, role, affiliation):
    person = _by_name(_snippet(brief_of, snippet), "person")[name]
    assert person.role == role
    assert person.affiliation == affiliation


@pytest.mark.parametrize("snippet, expected", [
    # An Kwang-il, the ambassador: "An" is a Korean surname here, not the English article.
    ("actors_envoys", {"Arrmanatha Nasir", "An Kwang-il", "Andrei Rudenko", "Mao Ning", "Park Hyun-soo"}),
    ("actors_two_kims", {"Kim Yung-ho", "Kim Song-nam"}),
    ("actors_appositions", {"Moon Jae-in", "Yoko Kamikawa", "Mark Rutte", "Ekaterina Volkova", "Philip Goldberg"}),
])
def test_actors_finds_exactly_the_people(brief_of, snippet, expected):
    assert set(_by_name(_snippet(brief_of, snippet), "person")) == expected


@pytest.mark.parametrize("snippet, surname, owner", [
    ("actors_envoys", "Rudenko", "Andrei Rudenko"),
    ("actors_envoys", "Mao", "Mao Ning"),
    ("actors_envoys", "Park", "Park Hyun-soo"),
    ("actors_two_kims", "Kim", "Kim Song-nam"),        # the Kim last named, not the first one
    ("actors_appositions", "Rutte", "Mark Rutte"),
    ("actors_appositions", "Goldberg", "Philip Goldberg"),
])
def test_actors_bare_surname_links_to_the_right_person(brief_of, snippet, surname, owner):
    people = _by_name(_snippet(brief_of, snippet), "person")
    holders = [name for name, a in people.items() if any(m.text == surname for m in a.mentions)]
    assert holders == [owner]


@pytest.mark.parametrize("text, first, second", [
    ("Menteri Pertahanan Korea Selatan Kim Min-seok bertemu Menteri Luar Negeri Korea Utara Kim Chol-su. "
     "Kim Min-seok lalu pulang ke Seoul. Kim menegaskan sikapnya.", "Kim Min-seok", "Kim Chol-su"),
    ("Presiden Rusia Ivan Petrov menyambut Duta Besar Belarus Pavel Petrov di Moskow. "
     "Pavel Petrov menyerahkan surat kepercayaan.", "Ivan Petrov", "Pavel Petrov"),
])
def test_actors_two_people_sharing_a_surname_stay_apart(brief_of, text, first, second):
    people = _by_name(brief_of(text), "person")
    assert first in people and second in people
    assert people[first].key != people[second].key


@pytest.mark.parametrize("text, kind, name", [
    ("Korsel dan Tiongkok membahas isu itu di Moskwa.", "country", "Korea Selatan"),
    ("Korsel dan Tiongkok membahas isu itu di Moskwa.", "country", "China"),
    # A place too keeps the text's spelling ("Moskwa", "Kiev"); the register merges them under one id.
    ("Korsel dan Tiongkok membahas isu itu di Moskwa.", "place", "moscow"),
    ("Korsel dan Tiongkok membahas isu itu di Moskwa.", "place", "Moskwa"),
    # An organisation is named as the text writes it ("DK PBB"); the register gives its identity.
    ("RDRK menolak resolusi DK PBB yang diajukan AS.", "organization", "un-security-council"),
    ("RDRK menolak resolusi DK PBB yang diajukan AS.", "country", "Korea Utara"),
    ("RDRK menolak resolusi DK PBB yang diajukan AS.", "country", "Amerika Serikat"),
    # (named by the register's name: a clipped state in a registered body's name is written out, bodies.py)
    ("Pernyataan itu dikutip oleh Kementerian Luar Negeri Korsel di Seoul.", "organization",
     "Kementerian Luar Negeri Korea Selatan"),
    # The press's own spellings: "A.S." with stops, "Belarusia"; an English name with a typographic
    # apostrophe is the register's name with a straight one.
    ("Sanksi A.S. itu diumumkan pekan lalu.", "country", "Amerika Serikat"),
    ("Perusahaan gas negara itu, KOGAS, membeli LNG.", "organization", "kogas"),
    ("Ia diduga bekerja di Belarusia untuk badan itu.", "country", "Belarus"),
    ("Nama resminya Democratic People\u2019s Republic of Korea (DPRK).", "country", "Korea Utara"),
    # A summit's venue named by its campus is a place; a broadcaster's name written in three words is the body.
    ("Kedua pemimpin bertemu di Far Eastern Federal University pada Kamis.", "place", "far-eastern-federal-university"),
    ("Ancaman itu menyangkut kawasan Euro-Atlantik, kata pejabat itu.", "place", "euro-atlantic"),
    ("Pernyataan itu dikutip dari Channel News Asia pada Senin.", "organization", "channel-newsasia"),
    # An airline of the Moscow-Pyongyang flights named by its short name; a nickname of a country.
    ("Nordwind mengatakan tiket penerbangan perdana itu habis terjual.", "organization", "nordwind-airlines"),
    ("Negeri Beruang Putih itu menolak tuduhan tersebut pada Senin.", "country", "Rusia"),
    # A ministry written in lower case by the press, the country capitalised.
    ("Tabel itu memuat angka kementerian ketenagakerjaan Rusia tentang upah buruh.", "organization",
     "russia-labour-ministry"),
])
def test_actors_aliases_resolve_to_canonical_entities(brief_of, text, kind, name):
    found = _by_name(brief_of(text), kind)
    assert name in found or name in {a.register_id for a in found.values()}


@pytest.mark.parametrize("text, absent", [
    # Negative: a country's spelling is no place, and its English name no person.
    ("Ia diduga bekerja di Belarusia untuk badan itu.", "Belarusia"),
    ("Nama resminya Democratic People\u2019s Republic of Korea (DPRK).", "Democratic People\u2019s Republic"),
    # Negative: a country's nickname and an airline speaking are no person.
    ("Negeri Beruang Putih itu menolak tuduhan tersebut pada Senin.", "Negeri Beruang Putih"),
    ("Nordwind mengatakan tiket penerbangan perdana itu habis terjual.", "Nordwind"),
])
def test_actors_country_spellings_are_no_place_and_no_person(brief_of, text, absent):
    brief = brief_of(text)
    assert absent not in _by_name(brief, "place") and absent not in _by_name(brief, "person")


@pytest.mark.parametrize("text, absent, kind", [
    # Negative: the venue's campus is no organisation, a broadcaster's name cut before its last word no body
    # and its last word no place.
    ("Kedua pemimpin bertemu di Far Eastern Federal University pada Kamis.", "Far Eastern Federal University",
     "organization"),
    ("Pernyataan itu dikutip dari Channel News Asia pada Senin.", "Channel News", "organization"),
    ("Pernyataan itu dikutip dari Channel News Asia pada Senin.", "Asia", "place"),
])
def test_actors_register_names_are_not_cut_nor_retyped(brief_of, text, absent, kind):
    assert absent not in _by_name(brief_of(text), kind)


def test_actors_stops_of_an_abbreviated_country_do_not_end_the_sentence(brief_of):
    # "A.S." inside a post: the post names its body and the person holds it (the stops end no sentence).
    people = _by_name(brief_of("Juru bicara Departemen Luar Negeri A.S. Tomas Hervin mengatakan sanksi berlaku."),
                      "person")
    assert people["Tomas Hervin"].role == "Juru bicara Departemen Luar Negeri A.S."


@pytest.mark.parametrize("text", [
    "Korea Utara meluncurkan rudal.\nPenulis : Rina Kusuma\nEditor : Agus Salim",
    "Presiden Rusia bertemu Kim Jong Un di Vladivostok. (Foto: REUTERS/Yuri Petrovsky)",
    "Korea Utara meluncurkan rudal ke laut, kata pejabat. (Ahmad Fauzi Rahman)",
])
def test_actors_bylines_and_photo_credits_are_never_persons(brief_of, text):
    names = {a.name for a in brief_of(text).actors}
    assert not names & {"Rina Kusuma", "Agus Salim", "Yuri Petrovsky", "Ahmad Fauzi Rahman"}


@pytest.mark.parametrize("text, lowered", [
    ("Menteri itu mengatakan bahwa as roda kendaraan rusak.", "as"),
    ("Harga teh china naik di pasar.", "china"),
])
def test_actors_lower_case_words_are_not_countries(brief_of, text, lowered):
    assert not [m for a in brief_of(text).actors for m in a.mentions if m.text == lowered]


@pytest.mark.parametrize("headline_case", [
    "Korea Selatan Panggil Duta Besar Rusia Buntut Kesepakatan Senjata\n\nSeoul memanggil duta besar Rusia.",
])
def test_actors_title_case_headline_makes_no_person(brief_of, headline_case):
    assert not [a for a in brief_of(headline_case).actors if a.kind == "person"]


@pytest.mark.parametrize("name", ["000_bb3a51cba430223e", "001_623a4fe61b1ac6d9", "002_f2c33afa57cce4e7",
                                  "003_d4f1ac2a88bca518", "004_0cc1f0da2c6609c2", "snippets"])
def test_actors_offsets_match_the_text(seed_briefs, brief_of, name):
    briefs = [seed_briefs[name]] if name in seed_briefs else [
        _snippet(brief_of, p.stem) for p in sorted(SNIPPETS.glob("actors_*.txt"))]
    for brief in briefs:
        text = brief.article.text
        starts = [a.mentions[0].span.start for a in brief.actors]
        assert starts == sorted(starts)
        for actor in brief.actors:
            assert actor.mentions
            for mention in actor.mentions:
                assert text[mention.span.start:mention.span.end] == mention.text
                assert mention.key == actor.key and mention.kind == actor.kind
                assert any(s.span.start <= mention.span.start and mention.span.end <= s.span.end
                           for s in brief.sentences)


@pytest.mark.parametrize("name", ["000_bb3a51cba430223e", "003_d4f1ac2a88bca518", "004_0cc1f0da2c6609c2"])
def test_actors_furniture_never_yields_an_entity(seed_briefs, name):
    brief = seed_briefs[name]
    for actor in brief.actors:
        for mention in actor.mentions:
            assert not any(f.span.overlaps(mention.span) for f in brief.layout.furniture)
            assert not any(c.span.overlaps(mention.span) for c in brief.layout.credits)


@pytest.mark.parametrize("module", ["actors.py", "actor_kit.py", "cast.py", "items.py", "organisations.py", "roles.py",
                                    "names.py", "affiliation.py", "salience.py", "resolve.py"])
def test_actors_no_indonesian_word_lists_or_seed_names_in_code(module):
    """String literals (docstrings aside) hold no Indonesian words and no seed names."""
    import ast
    from pathlib import Path
    tree = ast.parse((Path(__file__).resolve().parents[2] / "generator" / module).read_text(encoding="utf-8"))
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef)) and n.body
                  and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    literals = " ".join(n.value for n in ast.walk(tree)
                        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings)
    for word in ("Presiden", "Menteri", "Korut", "Kementerian", "Namun", "Zinoviev", "Kulik", "Guterres"):
        assert word not in literals


@pytest.mark.parametrize("name, role, affiliation", [
    ("Sergey Lavrov", "Menteri Luar Negeri", "Rusia"),              # register id, the text's spelling
    ("Barbara Woodward", "Duta Besar Inggris untuk PBB", "Inggris"),                   # <role> <country> untuk <body> <Name>
    ("Chung Eui-yong", "Menteri Luar Negeri", "Korea Selatan"),      # Menlu written out
    ("Koichi Mizushima", "Duta Besar Jepang untuk Korsel", "Jepang"),                    # Dubes written out
    ("Tran Van Minh", "Direktur Jenderal Urusan Asia", "Kementerian Luar Negeri Vietnam"),   # role complement, ministry
    ("Zhang Xiaogang", "Juru Bicara Kementerian Pertahanan China", "Kementerian Pertahanan China"),
    ("Rina Wulandari", "Peneliti senior", "Institut Kajian Pertahanan Nusantara"),   # a named body stays
])
def test_actors_generalisation_role_and_affiliation(brief_of, name, role, affiliation):
    person = _by_name(_snippet(brief_of, "actors_generalisation"), "person")[name]
    assert (person.role, person.affiliation) == (role, affiliation)


def test_actors_generalisation_register_person_keeps_text_spelling_and_id(brief_of):
    person = _by_name(_snippet(brief_of, "actors_generalisation"), "person")["Sergey Lavrov"]
    assert person.register_id == "sergei-lavrov"
    assert "Lavrov" in {m.text for m in person.mentions}       # "Kunjungan Lavrov" is a surname link


@pytest.mark.parametrize("not_a_person", ["Kunjungan Lavrov", "Urusan Asia", "Urusan", "Sergei Lavrov"])
def test_actors_generalisation_no_false_person(brief_of, not_a_person):
    assert not_a_person not in _by_name(_snippet(brief_of, "actors_generalisation"), "person")


@pytest.mark.parametrize("text, person", [
    # A doctrine opening an analysis sentence is no person and no speaker ...
    ("Dalam kerja sama itu, Liberalisme menekankan pentingnya lembaga internasional, katanya.", None),
    ("Realisme menekankan kekuatan negara dalam sistem yang anarki.", None),
    # ... while a person named as its proponent still is (negative case).
    ("Profesor Arvo Tenn menekankan bahwa Realisme menjelaskan aliansi itu.", "Arvo Tenn"),
])
def test_actors_doctrine_is_no_person(brief_of, text, person):
    people = set(_by_name(brief_of(text), "person"))
    assert people == ({person} if person else set())


@pytest.mark.parametrize("sentence, role", [
    # An academic's field of study after the post is part of the role, not a person's name ...
    ("Arvo Tenn, Profesor Teknik Energi di Universitas Lurin, mengatakan sanksi itu tidak efektif.",
     "Profesor Teknik Energi"),
    ("Dosen Sejarah Universitas Lurin, Arvo Tenn, mengatakan sanksi itu tidak efektif.", "Dosen Sejarah"),
    ("Profesor Kimia Arvo Tenn mengatakan sanksi itu tidak efektif.", "Profesor Kimia"),
    # ... and a name right after the post stays the name (negative case).
    ("Profesor Arvo Tenn mengatakan sanksi itu tidak efektif.", "Profesor"),
])
def test_actors_academic_field_is_part_of_the_role(brief_of, sentence, role):
    people = _by_name(brief_of("Judul Berita Sanksi\n\nSanksi baru diumumkan pada Senin. " + sentence), "person")
    assert set(people) == {"Arvo Tenn"}
    assert people["Arvo Tenn"].role.startswith(role)


@pytest.mark.parametrize("sentence, country", [
    # A body with its country in brackets: the country is named (it is no short form of the body) ...
    ("Menurut Kantor Berita Lurin (Korea Utara), penumpang itu warga Vorsk.", "Korea Utara"),
    ("Kantor Berita Arvo (Korea Selatan) melaporkan bahwa penerbangan itu penuh.", "Korea Selatan"),
    # ... while a short form in brackets stays the body's form and names no country (negative case).
    ("Menurut Badan Kajian Strategis Lurin (BKSL), penumpang itu warga Vorsk.", None),
])
def test_actors_country_in_brackets_after_a_body(brief_of, sentence, country):
    brief = brief_of("Judul Berita Penerbangan\n\nSanksi baru diumumkan pada Senin. " + sentence)
    assert set(_by_name(brief, "country")) == ({country} if country else set())
    assert len(_by_name(brief, "organization")) == 1


@pytest.mark.parametrize("sentence, kind", [
    # A word listed between bodies the register knows is a body of the list ...
    ("Pabrik LG, Arvox, Samsung, dan Hyundai Motor terdapat di Lurin.", "organization"),
    ("Pabrik Samsung, Arvox dan LG terdapat di Lurin.", "organization"),
    # ... not a word after one body only, before a cue (negative case).
    ("Samsung dan Arvox mengatakan pabrik itu tutup.", "person"),
])
def test_actors_word_listed_between_bodies(brief_of, sentence, kind):
    brief = brief_of("Judul Berita Pabrik\n\nSanksi baru diumumkan pada Senin. " + sentence)
    assert "Arvox" in _by_name(brief, kind)
    assert "Arvox" not in _by_name(brief, "person" if kind == "organization" else "organization")


@pytest.mark.parametrize("org, form", [
    ("Institut Kajian Pertahanan Nusantara", "IKPN"),    # acronym in brackets, then alone
])
def test_actors_generalisation_acronym_is_a_form(brief_of, org, form):
    found = _by_name(_snippet(brief_of, "actors_generalisation"), "organization")[org]
    assert [m.text for m in found.mentions].count(form) == 2


def test_actors_generalisation_shared_surname_goes_to_the_subject(brief_of):
    people = _by_name(_snippet(brief_of, "actors_generalisation"), "person")
    assert "Choi" in {m.text for m in people["Choi Min-ho"].mentions}
    assert "Choi" not in {m.text for m in people["Choi Jae-won"].mentions}


@pytest.mark.parametrize("nickname, country", [("Negeri Ginseng", "Korea Selatan"), ("Negeri Beruang Merah", "Rusia"),
                                               ("Negeri Paman Sam", "Amerika Serikat"), ("Negeri Tirai Bambu", "China")])
def test_actors_country_nicknames_resolve_to_the_country(nickname, country, brief_of):
    brief = brief_of(f"Jakarta - Pemerintah {nickname} menyatakan keprihatinan atas uji coba rudal terbaru itu.\n")
    countries = {a.name: [m.text for m in a.mentions] for a in brief.actors if a.kind == "country"}
    assert countries.get(country) == [nickname]


@pytest.mark.parametrize("text, person, not_person", [
    ("Menteri Luar Negeri Korea Selatan Park Jin-woo bertemu mitranya di Seoul pada Senin.", "Park Jin-woo", "Park Jin"),
    ("Perdana Menteri Cho Hyun-seok menyambut delegasi Rusia di Seoul.", "Cho Hyun-seok", "Cho Hyun"),
])
def test_actors_register_name_does_not_cut_a_longer_hyphenated_name(text, person, not_person, brief_of):
    people = _by_name(brief_of(text), "person")
    assert person in people and not_person not in people


def test_actors_general_staff_role_does_not_start_a_name(brief_of):
    brief = brief_of("Wakil Kepala Staf Umum Tentara Rakyat Vietnam, Jenderal Tran Van Hoang, tiba di Hanoi.")
    people = _by_name(brief, "person")
    assert not any(name.startswith("Umum") for name in people)
    assert "Tran Van Hoang" in people


@pytest.mark.parametrize("text, not_a_person", [
    ("Delegasi itu hadir di sela Forum Ekonomi Utara di Khabarovsk, Kamis.", "Forum Ekonomi Utara"),
    ("Moskow menyebut perang itu Operasi Militer Khusus sejak awal.", "Operasi Militer Khusus"),
    ("Ia pernah bertugas di unit Thunder Corps sebelum membelot.", "Thunder Corps"),
])
def test_actors_event_operation_and_unit_names_are_not_persons(brief_of, text, not_a_person):
    assert not _by_name(brief_of(text), "person")


@pytest.mark.parametrize("sentence, persons", [
    # a compound with a route's prefix is no word of a name
    ("Rute itu memakai jalur Kereta Api Trans-Siberia yang membentang ribuan kilometer.", []),
    ("Penumpang naik gerbong khusus pada Kereta Trans-Lurinia setiap pekan.", []),
    # negative: a hyphenated given name stays a name
    ("Rute itu diresmikan oleh Menteri Perhubungan Korea Utara Pak Song-dal kemarin.", ["Pak Song-dal"]),
])
def test_actors_route_compound_is_no_person(brief_of, sentence, persons):
    brief = brief_of("Kereta Moskow-Pyongyang Kembali Beroperasi\n\n" + sentence + "\n")
    assert [a.name for a in brief.actors if a.kind == "person"] == persons


@pytest.mark.parametrize("text, name, role, affiliation", [
    ("Wakil Tetap Vietnam untuk PBB, Dang Hoang Giang, meminta semua pihak menahan diri.",
     "Dang Hoang Giang", "Wakil Tetap Vietnam untuk PBB", "Vietnam"),
    ("Pengamat Asia Tenggara dari Universitas Airlangga, Bima Santoso, menilai langkah itu tepat.",
     "Bima Santoso", "Pengamat Asia Tenggara", "Universitas Airlangga"),
    ("Peneliti Pusat Riset Ekonomi BRIN, Laras Wibisono, mengatakan hal itu di Jakarta.",
     "Laras Wibisono", "Peneliti", "Pusat Riset Ekonomi BRIN"),
    ("Profesor Ivan Sokolov dari Universitas Negeri Moskow menilai kunjungan itu simbolis.",
     "Ivan Sokolov", "Profesor", "Universitas Negeri Moskow"),
    ("Rombongan dipimpin Menteri Hubungan Ekonomi Luar Negeri Ri Chol Man di Rason.",
     "Ri Chol Man", "Menteri Hubungan Ekonomi Luar Negeri", None),
])
def test_actors_role_and_affiliation_written_in_more_ways(brief_of, text, name, role, affiliation):
    person = _by_name(brief_of(text), "person")[name]
    assert person.role == role
    assert affiliation is None or person.affiliation == affiliation

@pytest.mark.parametrize("text, name, role, affiliation", [
    # a reporter named by the post and the medium before the name
    ("Di antara mereka ada reporter Harian Nusantara Post Arvo Melkin yang ditahan bulan lalu.",
     "Arvo Melkin", "reporter", "Nusantara Post"),
    # a one-word name with an apposition opened by an article
    ("“Ini peristiwa penting,” ujar Melkin, seorang peneliti senior lembaga itu, kepada wartawan.",
     "Melkin", "peneliti senior", None),
])
def test_actors_reporter_post_and_one_word_name_with_an_article(brief_of, text, name, role, affiliation):
    person = _by_name(brief_of(text), "person")[name]
    assert person.role is not None and person.role.startswith(role)
    assert affiliation is None or person.affiliation == affiliation


@pytest.mark.parametrize("text, name, role, affiliation", [
    # a relative clause in commas between a post and its holder
    ("Manajer Umum Lurin Tours, yang berbasis di Beijing, Arvo Melkin, menyatakan bahwa mitranya setuju.",
     "Arvo Melkin", "Manajer Umum", "Lurin Tours"),
    ("Juru bicara Kementerian Luar Negeri Vietnam, yang enggan merinci, Arvo Melkin, menyatakan hal itu.",
     "Arvo Melkin", "Juru bicara", "Kementerian Luar Negeri Vietnam"),
    # negative: a clause that names a person of its own keeps the post
    ("Juru bicara Kementerian Luar Negeri Vietnam, yang ditemui Lia Borsk, Arvo Melkin, tiba.",
     "Arvo Melkin", None, None),
])
def test_actors_post_past_a_relative_clause_to_its_holder(brief_of, text, name, role, affiliation):
    person = _by_name(brief_of(text), "person")[name]
    assert (person.role, person.affiliation) == (role, affiliation)


@pytest.mark.parametrize("text, role, affiliation", [
    # a short relative clause closing the body's phrase before the comma and the holder
    ("Wakil ketua Partai Lurin Raya yang berkuasa, Arvo Melkin, mengatakan kepada wartawan.",
     "Wakil ketua", "Partai Lurin Raya"),
    ("Wakil ketua komisi pertahanan Dewan Lurin dari Partai Lurin Raya yang berkuasa, Arvo Melkin, tiba.",
     "Wakil ketua komisi pertahanan Dewan Lurin", "Partai Lurin Raya"),
    # negative: a long clause with words of its own is no part of the post's phrase
    ("Ketua Partai Lurin Raya yang kemarin menolak usul itu dengan keras, Arvo Melkin tiba.", None, None),
])
def test_actors_post_past_a_short_relative_clause_on_its_body(brief_of, text, role, affiliation):
    person = _by_name(brief_of(text), "person")["Arvo Melkin"]
    assert (person.role, person.affiliation) == (role, affiliation)


@pytest.mark.parametrize("text, role, affiliation", [
    # two nationalities joined by a hyphen between a post and its holder: the post, neither country
    ("Di antara mereka ada seorang jurnalis Rusia-Amerika Arvo Melkin yang dituduh menyebarkan kabar.",
     "jurnalis", None),
    # negative: one nationality is the holder's
    ("Di antara mereka ada seorang jurnalis Rusia Arvo Melkin yang dituduh menyebarkan kabar.", "jurnalis", "Rusia"),
])
def test_actors_two_nationalities_after_a_post(brief_of, text, role, affiliation):
    person = _by_name(brief_of(text), "person")["Arvo Melkin"]
    assert (person.role, person.affiliation) == (role, affiliation)


@pytest.mark.parametrize("text, roles", [
    # a post held on both sides, then its holders: each holds it, for a side the text does not say
    ("Naskah itu diteken wakil menteri luar negeri kedua negara, Arvo Melkin dan "
     "Lia Borsk, pada Rabu di Minsk.", {"Arvo Melkin": ("wakil menteri luar negeri", None),
                               "Lia Borsk": ("wakil menteri luar negeri", None)}),
    # negative: a singular post before two names is the first one's only
    ("Dokumen itu dipertukarkan di Hanoi oleh wakil menteri luar negeri, Arvo Melkin dan Lia Borsk, pada Rabu.",
     {"Arvo Melkin": ("wakil menteri luar negeri", "Vietnam"), "Lia Borsk": (None, None)}),
])
def test_actors_post_of_both_sides_is_each_holders(brief_of, text, roles):
    people = _by_name(brief_of(text), "person")
    assert {name: (people[name].role, people[name].affiliation) for name in roles} == roles


@pytest.mark.parametrize("text", [
    # negative: after a preposition the one word is a place, the apposition no post of it
    "Rombongan itu datang dari Lurin, seorang pengamat senior lembaga itu mencatat.",
])
def test_actors_one_word_after_a_preposition_takes_no_apposition(brief_of, text):
    assert "Lurin" not in _by_name(brief_of(text), "person")



def test_actors_one_word_korean_name_is_not_a_country_alias(brief_of):
    brief = brief_of("Ri Jong-su, mantan diplomat Korea Utara, membelot pada 2021. "
                     "\"Kami tidak punya pilihan,\" kata Ri kepada wartawan.")
    people = _by_name(brief, "person")
    assert "Ri" in {m.text for m in people["Ri Jong-su"].mentions}
    assert "Indonesia" not in _by_name(brief, "country")


@pytest.mark.parametrize("text, countries", [
    ("Hubungan Jepang-Vietnam menghangat sejak tahun lalu.", {"Jepang", "Vietnam"}),
    ("Kerja sama militer China-Pakistan berlanjut di Islamabad.", {"China", "Pakistan"}),
    ("Perdagangan Korsel-Jepang turun tajam.", {"Korea Selatan", "Jepang"}),
    ("Negara-negara bekas Uni Soviet-Afganistan itu bertemu.", {"Uni Soviet", "Afganistan"}),
])
def test_actors_hyphenated_pair_of_countries_is_two_entities(brief_of, text, countries):
    brief = brief_of(text)
    assert countries <= set(_by_name(brief, "country"))
    assert not _by_name(brief, "person")


@pytest.mark.parametrize("text, name, role, affiliation", [
    ("Menteri Kelautan dan Perikanan Norwegia Ola Hansen tiba di Jakarta.",
     "Ola Hansen", "Menteri Kelautan dan Perikanan", "Norwegia"),
    ("Menteri Pekerjaan Umum dan Perumahan Rakyat Malaysia Ahmad Zaki meninjau proyek itu.",
     "Ahmad Zaki", "Menteri Pekerjaan Umum dan Perumahan Rakyat", "Malaysia"),
    ("Menteri Ekonomi, Perdagangan, dan Industri Jepang Taro Nakamura mengatakan ekspor turun.",
     "Taro Nakamura", "Menteri Ekonomi, Perdagangan, dan Industri", "Jepang"),
    ("Wakil Menteri Sumber Daya Alam Kazakhstan Nurlan Abenov hadir di Astana.",
     "Nurlan Abenov", "Wakil Menteri Sumber Daya Alam", "Kazakhstan"),
])
def test_actors_minister_portfolio_is_part_of_the_role(brief_of, text, name, role, affiliation):
    people = _by_name(brief_of(text), "person")
    assert set(people) == {name}          # no portfolio word ("Perikanan", "Industri") becomes a person
    assert (people[name].role, people[name].affiliation) == (role, affiliation)


@pytest.mark.parametrize("text, name, role, affiliation", [
    ("Siti Rahayu, dosen ilmu politik Universitas Diponegoro, menilai langkah itu terlambat.",
     "Siti Rahayu", "dosen ilmu politik", "Universitas Diponegoro"),
    ("Profesor Kenji Watanabe, pakar keamanan Asia Tenggara di Universitas Keio, menilai hal itu berisiko.",
     "Kenji Watanabe", "pakar keamanan Asia Tenggara", "Universitas Keio"),
    ("Lee Min-jae, profesor ilmu politik di Daegu University of Foreign Languages, menyebut hal itu wajar.",
     "Lee Min-jae", "profesor ilmu politik", "Daegu University of Foreign Languages"),
    ("Peneliti Badan Kajian dan Strategi Kawasan (BKSK) Dewi Anggraini menilai situasi itu rawan.",
     "Dewi Anggraini", "Peneliti", "Badan Kajian dan Strategi Kawasan"),
    ("Budi Hartono, analis dari Universitas Gadjah Mada, menilai langkah itu tepat.",
     "Budi Hartono", "analis", "Universitas Gadjah Mada"),
    ("Pengamat Universitas Andalas Rudi Hartawan menilai langkah itu tepat.",
     "Rudi Hartawan", "Pengamat", "Universitas Andalas"),
    ("Duta Besar Korea Selatan untuk Vietnam An Jae-sung bertemu wartawan di Hanoi.",
     "An Jae-sung", "Duta Besar Korea Selatan untuk Vietnam", "Korea Selatan"),
])
def test_actors_academics_and_researchers_get_post_and_body(brief_of, text, name, role, affiliation):
    people = _by_name(brief_of(text), "person")
    assert set(people) == {name}
    assert (people[name].role, people[name].affiliation) == (role, affiliation)


@pytest.mark.parametrize("text, org", [
    ("Hal itu dilaporkan The Straits Times pada Senin.", "The Straits Times"),
    ("Toyota Motor menutup pabriknya di sana.", "Toyota Motor"),
    ("Laporan Institute for Security and Development Policy menyebut hal serupa.",
     "Institute for Security and Development Policy"),
    ("Ia mengajar di Daegu University of Foreign Languages sejak 2010.", "Daegu University of Foreign Languages"),
    ("Dinas Intelijen Luar Negeri Rusia (SVR) membantah tuduhan itu.", "Dinas Intelijen Luar Negeri Rusia"),
    ("Data Lembaga Riset dan Inovasi Daerah menunjukkan kenaikan.", "Lembaga Riset dan Inovasi Daerah"),
    ("Hal itu disampaikan seperti dikutip kantor berita Interfax.", "Interfax"),
])
def test_actors_organisation_names_are_read_whole(brief_of, text, org):
    brief = brief_of(text)
    assert org in _by_name(brief, "organization")
    assert not _by_name(brief, "person") and not _by_name(brief, "place")


@pytest.mark.parametrize("text, orgs", [
    # a kind of body and a word describing it, then the registered body: that body alone
    ("Seperti dikutip dari Kantor Berita Resmi KCNA, Rabu, aturan itu mulai berlaku.", {"KCNA"}),
    ("Menurut Kantor Berita Resmi KCNA, dokumen itu berlaku.", {"KCNA"}),
    # negative: a body with a name of its own before another body, and one with no body after it
    ("Hal itu disiarkan Dewan Rakyat NATO kemarin.", {"Dewan Rakyat", "NATO"}),
    ("Dilansir dari Kantor Berita Lurin, pejabat itu membantah.", {"Kantor Berita Lurin"}),
])
def test_actors_kind_of_a_registered_body_is_no_body(brief_of, text, orgs):
    assert set(_by_name(brief_of(text), "organization")) == orgs


@pytest.mark.parametrize("text, org", [
    # a country inside an English-named body, after a name word written so mid-sentence ...
    ("Hal itu disampaikan analis Lurinov Russia Eurasia Center pekan lalu.", "Lurinov Russia Eurasia Center"),
    # ... but a country opening the run, even after a capitalised common noun, is the body's country
    ("Pabrikan Korea Selatan Hyundai Motors menjual pabriknya.", "Hyundai Motors"),
])
def test_actors_country_inside_an_english_body_name(brief_of, text, org):
    assert org in _by_name(brief_of(text), "organization")


@pytest.mark.parametrize("text, name", [
    ("Pernyataan itu disiarkan KCNA pada Selasa.", "KCNA"),
    ("Uji coba itu berhasil, tulis Kantor Berita Pusat Korea (KCNA) pada Kamis.", "Kantor Berita Pusat Korea"),
    ("Yonhap juga memberitakan uji coba itu.", "Yonhap"),
    ("Juru bicara Departemen Luar Negeri AS menolak berkomentar.", "Departemen Luar Negeri AS"),
])
def test_actors_registered_organisation_is_named_as_the_text_writes_it(brief_of, text, name):
    assert name in _by_name(brief_of(text), "organization")


@pytest.mark.parametrize("text", [
    "Perusahaan Jepang mulai meninggalkan Rusia.",
    "Perusahaan Filipina menunda investasi baru.",
])
def test_actors_generic_head_with_only_a_country_is_no_organisation(brief_of, text):
    assert not _by_name(brief_of(text), "organization")


@pytest.mark.parametrize("headline, orgs", [
    # an institution's head with only a country after it, in a Title Case headline: a common noun
    ("Korsel Jatuhkan Sanksi Kepada Individu dan Lembaga Korut", []),
    # negative: a head with a name after it is a body
    ("Korsel Jatuhkan Sanksi Kepada Lembaga Riset Kelautan Korut", ["Lembaga Riset Kelautan Korut"]),
])
def test_actors_generic_institution_with_only_a_country(brief_of, headline, orgs):
    brief = brief_of(headline + "\n\nPemerintah menyatakan sanksi itu berlaku mulai bulan depan bagi semua pihak.\n")
    assert [a.name for a in brief.actors if a.kind == "organization"] == orgs


@pytest.mark.parametrize("text, place", [
    ("Sidang digelar di Markas Besar NATO di Brussel.", "Markas Besar NATO"),
    ("Pasukan itu dikirim ke Barat Daya China.", "Barat Daya China"),
    ("Kia Motors membuka gudang di St. Louis tahun lalu.", "St. Louis"),
])
def test_actors_site_region_and_abbreviated_places_are_read_whole(brief_of, text, place):
    assert place in _by_name(brief_of(text), "place")


@pytest.mark.parametrize("text", [
    "Sang menteri pulang ke Tanah Air pekan ini.",
    "Seoul Tenang di Tengah Memanasnya Situasi Kawasan\n\nSeoul tetap tenang.",
])
def test_actors_preposition_phrases_are_not_places(brief_of, text):
    places = _by_name(brief_of(text), "place")
    assert not {name for name in places if name not in ("Seoul",)}


@pytest.mark.parametrize("text, name, role, affiliation", [
    ("Meas Sreyleak, istri diplomat itu yang juga pejabat senior Partai Rakyat Kamboja, tiba di Hanoi.",
     "Meas Sreyleak", "pejabat senior Partai Rakyat Kamboja", "Partai Rakyat Kamboja"),
    ("Rina Paramita, putri mantan gubernur itu sekaligus anggota parlemen Indonesia, ikut hadir.",
     "Rina Paramita", "anggota parlemen", "Indonesia"),
])
def test_actors_apposition_post_after_a_joining_word(brief_of, text, name, role, affiliation):
    person = _by_name(brief_of(text), "person")[name]
    assert (person.role, person.affiliation) == (role, affiliation)


def test_actors_apposition_joiner_does_not_steal_the_next_persons_role(brief_of):
    people = _by_name(brief_of("Park Ji-hoon, yang kemudian juga menemui Menteri Luar Negeri Jepang Takeshi "
                               "Nakano, menegaskan hal itu."), "person")
    assert people["Park Ji-hoon"].role is None
    assert (people["Takeshi Nakano"].role, people["Takeshi Nakano"].affiliation) == ("Menteri Luar Negeri", "Jepang")


# -- names with initials and academic titles, councils, English heads, posts named later ---------

@pytest.mark.parametrize("text, name, role, affiliation, surname", [
    ("Guru besar sejarah Universitas Airlangga, Prof. Budi S. Rahardjo, menilai langkah itu terlambat. "
     "\"Itu sudah bisa diduga,\" kata Budi.",
     "Budi S. Rahardjo", "Guru besar sejarah", "Universitas Airlangga", "Budi"),
    ("Peneliti senior Universitas Hasanuddin, Dr. Maya K. Lestari, mengatakan hal itu wajar. "
     "Menurut Maya, kedua negara akan berunding lagi.",
     "Maya K. Lestari", "Peneliti senior", "Universitas Hasanuddin", "Maya"),
    ("Pakar hukum laut Universitas Diponegoro, Prof. Dr. Hendra T. Wijaya, menyebut klaim itu lemah.",
     "Hendra T. Wijaya", "Pakar hukum laut", "Universitas Diponegoro", None),
])
def test_actors_initial_and_academic_title_stay_out_of_the_cut(brief_of, text, name, role, affiliation, surname):
    people = _by_name(brief_of(text), "person")
    assert set(people) == {name}          # no "Prof", "Dr" or "Budi S" person
    assert (people[name].role, people[name].affiliation) == (role, affiliation)
    if surname:
        assert surname in {m.text for m in people[name].mentions}


@pytest.mark.parametrize("text, name, role, affiliation", [
    ("Sekretaris Dewan Pertahanan Armenia Armen Petrosyan tiba di Moskow pada Senin.",
     "Armen Petrosyan", "Sekretaris Dewan Pertahanan", "Dewan Pertahanan Armenia"),
    ("Ketua Duma Ivan Sergeyev menyebut ratifikasi itu bersejarah.", "Ivan Sergeyev", "Ketua Duma", "Duma"),
    ("Anggota Majelis Nasional dari Partai Kekuatan Rakyat, Park Min-ji, menilai langkah itu berisiko.",
     "Park Min-ji", "Anggota Majelis Nasional", "Partai Kekuatan Rakyat"),
])
def test_actors_council_member_post_names_the_council(brief_of, text, name, role, affiliation):
    people = _by_name(brief_of(text), "person")
    assert set(people) == {name}          # the council takes no first name ("Duma Ivan")
    assert (people[name].role, people[name].affiliation) == (role, affiliation)


@pytest.mark.parametrize("text, org, name, role", [
    ("Direktur Eksekutif Sumatra Policy Forum, Hendrawan, menilai sikap itu tepat. \"Kita harus tenang,\" "
     "ujar Hendrawan.", "Sumatra Policy Forum", "Hendrawan", "Direktur Eksekutif Sumatra Policy Forum"),
    ("Abdul Karim, peneliti Pusat Studi untuk Demokrasi Regional (PSDR), menilai pemilu itu jujur.",
     "Pusat Studi untuk Demokrasi Regional", "Abdul Karim", "peneliti"),
])
def test_actors_body_named_whole_before_or_after_its_member(brief_of, text, org, name, role):
    brief = brief_of(text)
    assert org in _by_name(brief, "organization")
    people = _by_name(brief, "person")
    assert set(people) == {name}
    assert (people[name].role, people[name].affiliation) == (role, org)


def test_actors_post_introduced_first_is_given_to_the_person_named_later(brief_of):
    people = _by_name(brief_of(
        "Seorang penasihat senior Gedung Putih bidang keamanan siber mengatakan serangan itu terkoordinasi.\n\n"
        "Penasihat itu, Daniel Brooks, menambahkan bahwa penyelidikan masih berjalan."), "person")
    assert set(people) == {"Daniel Brooks"}
    assert (people["Daniel Brooks"].role, people["Daniel Brooks"].affiliation) == (
        "penasihat senior bidang keamanan siber", "Gedung Putih")


@pytest.mark.parametrize("text, name, affiliation", [
    # a post joined by "dan" to one placed before shares its country
    ("Menteri Luar Negeri Filipina Ramon Santos dan Menteri Pertahanan Jose Reyes tiba di Tokyo.",
     "Jose Reyes", "Filipina"),
    # a government opening the lead places the officials the text leaves unplaced
    ("Pemerintah Malaysia menyerukan gencatan senjata. Wakil Menteri Luar Negeri Ahmad Rahman akan ke Hanoi.",
     "Ahmad Rahman", "Malaysia"),
    # the country of the person named just before, in the same paragraph
    ("Thailand tengah dilanda krisis. Perdana Menteri Thailand Somchai Wong mengumumkan darurat. "
     "Menteri Pertahanan Prawit Chai, yang mengusulkan langkah itu, mundur kemarin.", "Prawit Chai", "Thailand"),
    # no one named before: the country the sentence names before the official
    ("Delegasi Mongolia di forum itu dipimpin Menteri Energi Batbayar Tsend.", "Batbayar Tsend", "Mongolia"),
    # a ministry's spokesperson acts for the ministry, its short form written out
    ("Juru bicara Kemlu Korsel Lim Soo-jin menolak berkomentar.", "Lim Soo-jin",
     "Kementerian Luar Negeri Korea Selatan"),
])
def test_actors_affiliation_the_passage_gives(brief_of, text, name, affiliation):
    assert _by_name(brief_of(text), "person")[name].affiliation == affiliation


def test_actors_between_two_sides_no_shared_body(brief_of):
    people = _by_name(brief_of("Pertemuan antara Perdana Menteri Thailand Somchai Wong dan Presiden Arturo Diaz "
                               "berlangsung singkat."), "person")
    assert people["Arturo Diaz"].affiliation != "Thailand"


@pytest.mark.parametrize("text, place, absent", [
    ("Dosen Hubungan Internasional Universitas Sriwijaya (UNSRI) Palembang, Dr. Andi Saputra, menilai hal itu.",
     "Palembang", "Andi Saputra"),
    ("Moskow menuding tekanan dari Barat. Keamanan Eropa dan Asia kini terkait.", "Asia", "Barat"),
    ("Status tawanan itu diatur Konvensi Jenewa, kata seorang pejabat di Bangkok.", "Bangkok", "Jenewa"),
])
def test_actors_places_read_as_a_reader_would(brief_of, text, place, absent):
    brief = brief_of(text)
    places = _by_name(brief, "place")
    assert place in places and absent not in places


def test_actors_body_city_is_no_person_and_the_name_after_it_is(brief_of):
    people = _by_name(brief_of("Dosen Hubungan Internasional Universitas Sriwijaya (UNSRI) Palembang, "
                               "Dr. Andi Saputra, menilai hal itu."), "person")
    assert set(people) == {"Andi Saputra"}
    assert (people["Andi Saputra"].role, people["Andi Saputra"].affiliation) == (
        "Dosen Hubungan Internasional", "Universitas Sriwijaya")


@pytest.mark.parametrize("text, not_a_person, org", [
    ("Pengungsi itu dibantu Palang Merah Internasional di perbatasan.", "Palang Merah Internasional",
     "Palang Merah Internasional"),
    ("\"Kami siap,\" kata Rudi Hartono saat dihubungi Media Indonesia di Jakarta.", "Media Indonesia", None),
])
def test_actors_bodies_and_outlets_are_no_persons(brief_of, text, not_a_person, org):
    brief = brief_of(text)
    assert not_a_person not in _by_name(brief, "person")
    if org:
        assert org in _by_name(brief, "organization")


def test_actors_known_person_after_a_source_cue_is_no_medium(brief_of):
    brief = brief_of("Menteri Luar Negeri Peru Carlos Mendoza tiba di Lima. Media lokal melaporkan Mendoza "
                     "dan stafnya langsung ke istana.")
    assert "Mendoza" not in _by_name(brief, "organization")
    assert "Mendoza" in {m.text for m in _by_name(brief, "person")["Carlos Mendoza"].mentions}


def test_actors_ministry_names_its_country_too(brief_of):
    brief = brief_of("Adapun juru bicara Kementerian Luar Negeri Vietnam, Pham Thu Hang, menolak tudingan itu.")
    assert "Vietnam" in _by_name(brief, "country")
    assert "Kementerian Luar Negeri Vietnam" in _by_name(brief, "organization")


def test_actors_council_named_shorter_is_the_same_body(brief_of):
    brief = brief_of("Duma Negara Rusia meratifikasi pakta itu. Ketua Duma Ivan Sergeyev hadir. "
                     "Sidang Duma Rusia berlangsung singkat.")
    orgs = _by_name(brief, "organization")
    assert set(orgs) == {"Duma Negara Rusia"}
    assert {m.text for m in orgs["Duma Negara Rusia"].mentions} == {"Duma Negara Rusia", "Duma", "Duma Rusia"}


@pytest.mark.parametrize("text, person", [
    ("Hendrawan, peneliti senior Lembaga Kajian Maritim, mengatakan situasi itu rawan. "
     "\"Kita harus waspada,\" ujar Hendrawan.", "Hendrawan"),
    ("Dari Bandung, pengamat politik Universitas Pasundan, Yudi Prakoso, menilai hal itu.", "Yudi Prakoso"),
])
def test_actors_one_word_name_before_a_described_post(brief_of, text, person):
    brief = brief_of(text)
    people = _by_name(brief, "person")
    assert set(people) == {person}        # "Bandung" after "Dari" stays a place
    if person == "Hendrawan":
        assert (people[person].role, people[person].affiliation) == ("peneliti senior",
                                                                "Lembaga Kajian Maritim")
        assert len(people[person].mentions) == 2
    else:
        assert "Bandung" in _by_name(brief, "place")


@pytest.mark.parametrize("text, name, role, affiliation", [
    ("Pengajar ilmu politik Universitas Brawijaya, Rina Kartika, menilai langkah itu wajar.",
     "Rina Kartika", "Pengajar ilmu politik", "Universitas Brawijaya"),
    ("Direktur Asia Selatan dan Tengah Kementerian Luar Negeri Thailand, Somsak Chai, menolak tuduhan itu.",
     "Somsak Chai", "Direktur Asia Selatan dan Tengah", "Kementerian Luar Negeri Thailand"),
    ("Analis dari Institut Studi Oriental Vladivostok, Pavel Orlov, menyebut hal itu wajar.",
     "Pavel Orlov", "Analis", "Institut Studi Oriental Vladivostok"),
])
def test_actors_post_and_body_before_a_comma_and_the_name(brief_of, text, name, role, affiliation):
    people = _by_name(brief_of(text), "person")
    assert set(people) == {name}
    assert (people[name].role, people[name].affiliation) == (role, affiliation)


# -- evidence that a capitalised run is a name --------------------------------------------------

@pytest.mark.parametrize("text, not_a_person", [
    # A run made only of common words, found by its shape alone, is no name.
    ("Warga diminta Tetap Tenang selama pemadaman listrik di kota itu.", "Tetap Tenang"),
    ("Kedua negara menandatangani nota Kerja Sama di bidang perikanan.", "Kerja Sama"),
    # A word the article itself writes in lower case is no evidence either.
    ("Panitia menggelar Lokakarya Gambut di Pekanbaru. Tiga lokakarya serupa membahas lahan gambut.",
     "Lokakarya Gambut"),
    # A photo credit's name after the agency's slash is no person of the brief.
    ("Nelayan menarik jaring di pantai utara.\nFoto: Antara/Joko Santiko Wibowo\n"
     "Harga ikan naik sejak pekan lalu.", "Joko Santiko Wibowo"),
])
def test_actors_name_shape_needs_a_word_of_a_name(brief_of, text, not_a_person):
    assert not_a_person not in _by_name(brief_of(text), "person")


@pytest.mark.parametrize("text, person", [
    # Common Indonesian words are still names when a title, a speech cue or an apposition says so.
    ("Menteri Sosial Indah Putri Lestari meninjau pengungsi di Cianjur.", "Indah Putri Lestari"),
    ("\"Kami akan bantu,\" kata Wahyu Setiawan kepada wartawan di Bogor.", "Wahyu Setiawan"),
    ("Duta Besar Korea Selatan Song Jin-woo bertemu pejabat setempat di Surabaya.", "Song Jin-woo"),
    # Names of other languages carry words no Indonesian text writes in lower case.
    ("Pertemuan itu juga dihadiri Yevgeny Kuznetsov dan Zhang Wenhua di Bali.", "Yevgeny Kuznetsov"),
    ("Pertemuan itu juga dihadiri Yevgeny Kuznetsov dan Zhang Wenhua di Bali.", "Zhang Wenhua"),
    ("Laporan itu disusun oleh Jonathan Whitfield bersama timnya di Singapura.", "Jonathan Whitfield"),
    # "bintang" is a common word, but the name holding it keeps a word of a name.
    ("Pertemuan itu juga dihadiri Bintang Wirawan dari Bandung.", "Bintang Wirawan"),
])
def test_actors_common_words_with_other_evidence_stay_names(brief_of, text, person):
    assert person in _by_name(brief_of(text), "person")


@pytest.mark.parametrize("text", [
    # Every word of the name is a common word: a title or an apposition gives the person, and the bare
    # full name repeated later is that same person (a name the article registered stays a name).
    "Menteri Pariwisata Bintang Kencana meninjau pelabuhan. Bintang Kencana juga menyebut jumlah turis naik.",
    "Juru bicara kementerian, Bintang Kencana, mengatakan kunjungan itu penting. Menurut Bintang Kencana, turis naik.",
])
def test_actors_name_made_of_common_words_stays_a_name_with_evidence(brief_of, text):
    people = _by_name(brief_of(text), "person")
    assert set(people) == {"Bintang Kencana"} and len(people["Bintang Kencana"].mentions) == 2


def test_actors_name_made_of_common_words_alone_is_no_person(brief_of):
    # negative: the shape alone, with a speech cue but nothing else ("Tim Pemantau mengatakan" is as likely)
    assert not _by_name(brief_of("Bintang Kencana mengatakan kunjungan itu penting."), "person")


@pytest.mark.parametrize("text, not_a_person", [
    # A line of its own with no closing stop (a headline or a teaser the layout did not know) in
    # title case gives no person by its capitals.
    ("Banjir di Sungai Musi mulai surut sejak Senin.\n\n2. Petani Garam Madura Menanti Kemarau Panjang\n\n"
     "Warga kembali ke rumah masing-masing.", "Petani Garam Madura"),
    ("Banjir di Sungai Musi mulai surut sejak Senin.\n\nSekjen PBB Prihatin\n\n"
     "Warga kembali ke rumah masing-masing.", "Kecewa"),
])
def test_actors_title_case_line_gives_no_person(brief_of, text, not_a_person):
    assert not_a_person not in _by_name(brief_of(text), "person")


@pytest.mark.parametrize("tail, persons", [
    # a page cut mid-sentence: its last paragraph is a line of its own, but a name set off by its
    # apposition there is a name, not a headline's known surname and verb
    ("Kim Hye Bom, putri pemimpin Kim Jong Un, beberapa kali muncul di depan umum bersama para jenderal", 
     ["Kim Hye Bom", "Kim Jong Un"]),
    # negative: a Title Case line with the known surname and a verb stays the surname alone
    ("Kim Tegaskan Sikap Negaranya", ["Kim Jong Un"]),
])
def test_actors_name_apposed_in_a_cut_last_line(brief_of, tail, persons):
    text = ("Upacara Besar di Pyongyang\n\nPemimpin Korea Utara Kim Jong Un hadir dalam upacara itu pada Senin.\n\n"
            + tail)
    assert sorted(a.name for a in brief_of(text).actors if a.kind == "person") == persons


def test_actors_korean_surname_pak_is_kept_before_a_given_name(brief_of):
    people = _by_name(brief_of("Perdana Menteri Korea Utara Pak Jong-chol menerima tamu di Pyongyang."), "person")
    assert set(people) == {"Pak Jong-chol"}
    assert people["Pak Jong-chol"].role == "Perdana Menteri"


def test_actors_honorific_pak_before_an_indonesian_name_is_dropped(brief_of):
    assert "Budi Santoso" in _by_name(brief_of("Warga menyambut Pak Budi Santoso di balai desa Cibodas."), "person")


@pytest.mark.parametrize("text, org, not_a_person", [
    # A name word after the country still belongs to the body's name.
    ("Ketua Partai Mongolia Bersatu Batbayar Ganzorig tiba di Ulaanbaatar.", "Partai Mongolia Bersatu",
     "Bersatu Batbayar Ganzorig"),
    # A lower-case noun of a kind of body before a capitalised run names that body.
    ("Data itu dianalisis lembaga riset Northgate Insight sebelum dirilis.", "Northgate Insight", "Northgate Insight"),
    # After an apposition, a post that names its body's kind is followed by the body, not a person.
    ("Ahmad Fauzi, direktur biro perjalanan Nusantara Wisata di Medan, mengatakan permintaan naik.",
     "Nusantara Wisata", "Nusantara Wisata"),
])
def test_actors_body_named_by_its_kind_is_no_person(brief_of, text, org, not_a_person):
    brief = brief_of(text)
    assert not_a_person not in _by_name(brief, "person")
    assert org in _by_name(brief, "organization")


@pytest.mark.parametrize("text, nickname, owner", [
    ("Juru bicara Kementerian Perdagangan Bambang Wicaksono menjelaskan aturan baru. \"Kami siap,\" kata Bams, "
     "sapaan akrab Bambang, di Jakarta.", "Bams", "Bambang Wicaksono"),
    ("Menteri Perdagangan Hartono Susilo hadir. \"Pasar pulih,\" ujar Tono, panggilan Hartono.",
     "Tono", "Hartono Susilo"),
])
def test_actors_nickname_is_a_form_of_the_person_it_names(brief_of, text, nickname, owner):
    people = _by_name(brief_of(text), "person")
    assert nickname not in people
    assert nickname in {m.text for m in people[owner].mentions}


@pytest.mark.parametrize("text, name", [
    ("Negara tetangga bersikap serupa. R. Venkataraman, Menteri Luar Negeri Sri Lanka, menegaskan hal itu.",
     "R. Venkataraman"),
    ("Pertemuan itu dipimpin Menteri Perdagangan Budi S. Rahardjo di Jakarta.", "Budi S. Rahardjo"),
])
def test_actors_initial_stays_inside_the_name(brief_of, text, name):
    people = _by_name(brief_of(text), "person")
    assert name in people
    assert not any(len(n) == 1 for n in people)


@pytest.mark.parametrize("text, name, affiliation", [
    # An official the text does not place, in a sentence set in a capital, acts for that state.
    ("Sanksi baru diumumkan pekan ini. Di Hanoi, Penasihat Keamanan Nasional Tran Van Minh menyatakan "
     "negaranya menolak pengiriman senjata ke Ukraina.", "Tran Van Minh", "Vietnam"),
])
def test_actors_capital_of_the_scene_gives_the_country(brief_of, text, name, affiliation):
    assert _by_name(brief_of(text), "person")[name].affiliation == affiliation


@pytest.mark.parametrize("text, name, role, affiliation", [
    # A university's short form in mixed case in brackets still closes the body before the name.
    ("Pengamat hubungan internasional Universitas Andalas (Unand), Rudi Hartawan Saputra, menilai hal itu.",
     "Rudi Hartawan Saputra", "Pengamat hubungan internasional", "Universitas Andalas"),
])
def test_actors_mixed_case_short_form_closes_the_body(brief_of, text, name, role, affiliation):
    person = _by_name(brief_of(text), "person")[name]
    assert (person.role, person.affiliation) == (role, affiliation)


@pytest.mark.parametrize("text, person, place", [
    # A region after a governor's post, then the name: the region is a place, not part of the name.
    ("Gubernur Wilayah Kamchatka Ivan Sorokin mengatakan pelabuhan itu siap.", "Ivan Sorokin", "Wilayah Kamchatka"),
    ("Mereka bertemu Gubernur Amurskaya Krai Pavel Orlov di kantornya.", "Pavel Orlov", "Amurskaya Krai"),
    # "untuk <region>" between the post and the name: the region is the post's, the name the person's.
    ("Ia disambut Utusan Presiden Rusia untuk Distrik Federal Siberia Anton Belov.", "Anton Belov",
     "Distrik Federal Siberia"),
])
def test_actors_region_before_the_name_of_a_post(brief_of, text, person, place):
    brief = brief_of(text)
    people = _by_name(brief, "person")
    assert set(people) == {person}
    assert place in _by_name(brief, "place")
    assert people[person].role is not None


@pytest.mark.parametrize("text, name", [
    ("Warga desa itu hanya mengandalkan Jembatan Sahabat untuk menyeberang sungai.", "Jembatan Sahabat"),
    ("Pabrik baru dibangun di permukiman Lesnoy dekat perbatasan.", "Lesnoy"),
])
def test_actors_place_heads_name_places_not_people(brief_of, text, name):
    brief = brief_of(text)
    assert name in _by_name(brief, "place")
    assert not _by_name(brief, "person")


@pytest.mark.parametrize("text, name, role", [
    # A post joined to a second one by "sekaligus": the first post is the person's role.
    ("Wakil Perdana Menteri sekaligus utusan presiden untuk kawasan timur, Boris Volkov, membuka acara.",
     "Boris Volkov", "Wakil Perdana Menteri"),
    # A military rank after the post is a grade, not the role.
    ("Komandan Armada Utara Rusia, Laksamana Igor Petrov, membantah laporan itu.", "Igor Petrov",
     "Komandan Armada Utara"),
    ("Juru bicara JCS Kolonel Park Ji-hoon mengatakan latihan itu dipantau.", "Park Ji-hoon", "Juru bicara"),
    # Negative: with no chain, the post before the name stays its role.
    ("Laksamana Igor Petrov membantah laporan itu.", "Igor Petrov", "Laksamana"),
])
def test_actors_chained_posts_give_the_first_post(brief_of, text, name, role):
    assert _by_name(brief_of(text), "person")[name].role == role


@pytest.mark.parametrize("text, name, role, affiliation", [
    # A post with its possessive serves the body named just before it.
    ("Kementerian Luar Negeri Belarus lewat juru bicaranya Olga Sidorova menolak tuduhan itu.",
     "Olga Sidorova", "juru bicara", "Kementerian Luar Negeri Belarus"),
    # "kementerian" in lower case after a post: the ministry the passage named before.
    ("Kementerian Perdagangan Vietnam menanggapi singkat. Juru bicara kementerian, Tran Thi Lan, menolak "
     "berkomentar.", "Tran Thi Lan", "Juru bicara kementerian", "Kementerian Perdagangan Vietnam"),
    # A body before a comma and a second post: the second post is the role, the body its side.
    ("Perwakilan Belarus, Duta Besar Viktor Sokol, meminta sidang ditunda.", "Viktor Sokol", "Duta Besar",
     "Belarus"),
])
def test_actors_post_of_a_body_named_before(brief_of, text, name, role, affiliation):
    person = _by_name(brief_of(text), "person")[name]
    assert (person.role, person.affiliation) == (role, affiliation)


@pytest.mark.parametrize("text, name, affiliation", [
    ("Dari pihak Vietnam, upacara dihadiri Menteri Perhubungan Nguyen Van Hai.", "Nguyen Van Hai", "Vietnam"),
])
def test_actors_side_named_before_the_official(brief_of, text, name, affiliation):
    assert _by_name(brief_of(text), "person")[name].affiliation == affiliation


@pytest.mark.parametrize("text, name", [
    # After a post, "Pak" is a Korean surname, not the honorific.
    ("Presiden menerima Perdana Menteri Korea Utara Pak Chol Su di istana.", "Pak Chol Su"),
])
def test_actors_surname_honorific_after_a_post(brief_of, text, name):
    assert name in _by_name(brief_of(text), "person")


@pytest.mark.parametrize("text, name", [
    ("Kata Pak Budi Santoso, warga desa itu sudah lama menunggu.", "Budi Santoso"),
])
def test_actors_surname_honorific_without_a_post_is_an_honorific(brief_of, text, name):
    assert name in _by_name(brief_of(text), "person")


@pytest.mark.parametrize("text, surname, owner", [
    # "Adik <post> X, Y, ...": Y, set off right after X, is the subject; a later bare surname is Y's.
    ("Adik pemimpin negara itu Lee Sang-woo, Lee Mi-ran, mengecam rencana itu. Dalam pernyataannya, "
     "Lee menyebut rencana itu keliru.", "Lee", "Lee Mi-ran"),
    # Negative: with no apposition, the person named first in the sentence keeps the surname.
    ("Lee Sang-woo bertemu Lee Mi-ran di Seoul. Lee kemudian pulang.", "Lee", "Lee Sang-woo"),
])
def test_actors_apposition_subject_takes_the_surname(brief_of, text, surname, owner):
    people = _by_name(brief_of(text), "person")
    holders = [name for name, a in people.items() if any(m.text == surname for m in a.mentions)]
    assert holders == [owner]


@pytest.mark.parametrize("text, name", [
    # "untuk" and name words closed by a comma stay in the body's name.
    ("Peneliti dari Institut Seojin untuk Studi Kebijakan, Han Do-yun, menilai hal itu wajar.",
     "Institut Seojin untuk Studi Kebijakan"),
    ("Misi Vietnam untuk PBB menolak laporan itu.", "Misi Vietnam untuk PBB"),
])
def test_actors_body_named_with_untuk(brief_of, text, name):
    brief = brief_of(text)
    assert name in _by_name(brief, "organization")
    assert "Studi Kebijakan" not in _by_name(brief, "person")


@pytest.mark.parametrize("text, short, full", [
    ("Kementerian Luar Negeri RI memanggil duta besar itu. Kemlu juga menyiapkan nota protes.",
     "Kemlu", "Kementerian Luar Negeri RI"),
])
def test_actors_short_ministry_joins_the_full_one(brief_of, text, short, full):
    orgs = _by_name(brief_of(text), "organization")
    assert short not in orgs
    assert any(m.text == short for m in orgs[full].mentions)


@pytest.mark.parametrize("text, not_person", [
    # A headline's comma after a post starts a new clause, not a name.
    ("Menlu Terima Dubes Belarus, Tawarkan Bantuan Pangan", "Tawarkan"),
    # A ship named after an admiral is no person; a law is no person.
    ("Kapal perusak Admiral Vinogradov berlayar di Laut Jepang.", "Admiral Vinogradov"),
    ("Warga itu dapat dijerat Undang-Undang Keamanan Negara.", "Undang-Undang Keamanan Negara"),
])
def test_actors_no_person_from_clause_ships_and_laws(brief_of, text, not_person):
    assert not_person not in _by_name(brief_of(text), "person")


@pytest.mark.parametrize("text, body, not_person", [
    # Common nouns closed by an acronym in brackets name a body, not a person.
    ("Pemantauan dilakukan oleh Tim Pengawas Ekspor Bersama (TPEB) sejak tahun lalu.",
     "Tim Pengawas Ekspor Bersama", "Tim Pengawas Ekspor Bersama"),
])
def test_actors_acronym_closed_common_nouns_are_a_body(brief_of, text, body, not_person):
    brief = brief_of(text)
    assert body in _by_name(brief, "organization")
    assert not_person not in _by_name(brief, "person")


@pytest.mark.parametrize("text, rule", [
    # negative: a rule, a law or a programme closed by its acronym is no body (and no person)
    ("Kedua perusahaan berpegang pada Aturan Produk Langsung Asing (APLA) yang membolehkan ekspor.",
     "Aturan Produk Langsung Asing"),
    ("Kementerian itu menjalankan Program Bantuan Pangan Darurat (PBPD) sejak Maret.", "Program Bantuan Pangan Darurat"),
])
def test_actors_acronym_closed_instrument_is_no_body(brief_of, text, rule):
    brief = brief_of(text)
    assert rule not in _by_name(brief, "organization")
    assert rule not in _by_name(brief, "person")


@pytest.mark.parametrize("text, name", [
    # Negative: a person's name followed by a party's acronym stays a person.
    ("Anggota parlemen Budi Hartono Wijaya (PDIP) menolak usulan itu.", "Budi Hartono Wijaya"),
])
def test_actors_name_before_a_party_acronym_stays_a_person(brief_of, text, name):
    assert name in _by_name(brief_of(text), "person")


@pytest.mark.parametrize("text, name, affiliation", [
    # An acronym the text gave a body in brackets stands for that body in a later post.
    ("Delegasi Kamar Dagang Vietnam (VCCI) tiba di Hanoi. Ketua delegasi VCCI, Pham Van Duc, memberi "
     "keterangan.", "Pham Van Duc", "Kamar Dagang Vietnam"),
])
def test_actors_short_form_of_a_body_in_a_post(brief_of, text, name, affiliation):
    assert _by_name(brief_of(text), "person")[name].affiliation == affiliation


@pytest.mark.parametrize("text, name, role", [
    # A country between an expert's post and the body they serve is the post's field.
    ("Pakar Vietnam dari Universitas Seojin, Han Do-yun, menilai hal itu wajar.", "Han Do-yun", "Pakar Vietnam"),
])
def test_actors_country_as_the_field_of_a_post(brief_of, text, name, role):
    assert _by_name(brief_of(text), "person")[name].role == role


@pytest.mark.parametrize("text, not_person", [
    # A word of a country's name after a generic post is no person ("a Korean president who ...").
    ("Tidak ada presiden Korea yang mau berselisih dengan sekutunya.", "Korea"),
])
def test_actors_word_of_a_country_name_is_no_person(brief_of, text, not_person):
    assert not_person not in _by_name(brief_of(text), "person")


@pytest.mark.parametrize("text, name, affiliation", [
    ("Rapat ditutup tanpa kesepakatan. Vietnam, melalui Duta Besar Nguyen Thi Mai, menyerukan dialog.",
     "Nguyen Thi Mai", "Vietnam"),
])
def test_actors_body_acting_through_a_post(brief_of, text, name, affiliation):
    assert _by_name(brief_of(text), "person")[name].affiliation == affiliation


@pytest.mark.parametrize("text, body, name, affiliation", [
    # A post's words given an acronym in brackets, with no one named after, are the body itself.
    ("Kepala Staf Gabungan Vietnam (VJCS) menyatakan terus memantau. Juru bicara VJCS Kolonel Tran Van Hoa "
     "mengatakan latihan itu dipantau.", "Kepala Staf Gabungan Vietnam", "Tran Van Hoa", "Kepala Staf Gabungan Vietnam"),
])
def test_actors_post_with_an_acronym_is_a_body(brief_of, text, body, name, affiliation):
    brief = brief_of(text)
    assert body in _by_name(brief, "organization")
    person = _by_name(brief, "person")[name]
    assert (person.role, person.affiliation) == ("Juru bicara", affiliation)


@pytest.mark.parametrize("text, name, post", [
    # Negative: a post with its acronym and then its holder stays a post, no body.
    ("Kepala Staf Gabungan (KSG) Jenderal Budi Santoso meninjau latihan itu.", "Budi Santoso",
     "Kepala Staf Gabungan"),
])
def test_actors_post_with_an_acronym_and_a_holder_stays_a_post(brief_of, text, name, post):
    brief = brief_of(text)
    assert name in _by_name(brief, "person")
    assert post not in _by_name(brief, "organization")


@pytest.mark.parametrize("text, name, role", [
    # Two posts written as one before the name: the role is stated up to the name.
    ("Ia bertemu Utusan Presiden Belarus untuk Distrik Federal Ural Andrei Lukin di Minsk.", "Andrei Lukin",
     "Utusan Presiden Belarus untuk Distrik Federal Ural"),
])
def test_actors_two_posts_written_as_one(brief_of, text, name, role):
    assert _by_name(brief_of(text), "person")[name].role == role


@pytest.mark.parametrize("text, kind, name, person", [
    # A site or a body named after a known person is that site or body, no mention of the person.
    ("Parade digelar di Lapangan Kim Il Sung, Pyongyang, pada Sabtu.", "place", "Lapangan Kim Il Sung", None),
    ("Ia lulus dari Universitas Kim Il Sung pada 1990.", "organization", "Universitas Kim Il Sung", None),
    # Negative: the person alone, or after a word that names no site, is still the person.
    ("Kim Il Sung mendirikan negara itu pada 1948.", "person", "Kim Il Sung", "Kim Il Sung"),
    ("Potret Kim Il Sung dipasang di aula.", "person", "Kim Il Sung", "Kim Il Sung"),
])
def test_actors_site_named_after_a_person_is_no_person(brief_of, text, kind, name, person):
    brief = brief_of(text)
    assert name in _by_name(brief, kind)
    assert set(_by_name(brief, "person")) == ({person} if person else set())


@pytest.mark.parametrize("text, person", [
    # A noun the article writes in lower case ("kapal feri") opens a sentence before a vessel's name.
    ("Wisatawan naik kapal feri dari Rajin. Feri Vostra membawa 200 penumpang.", None),
    # Negative: a person opening the sentence; and the same two words where the article never writes
    # the first in lower case (it may be a given name).
    ("Wisatawan naik kapal feri dari Rajin. Dara Vostra mengatakan tiket habis.", "Dara Vostra"),
    ("Wisatawan tiba di Rajin. Feri Vostra mengatakan tiket habis.", "Feri Vostra"),
])
def test_actors_lower_case_noun_opening_a_sentence_before_a_thing_is_no_name(brief_of, text, person):
    assert set(_by_name(brief_of(text), "person")) == ({person} if person else set())


@pytest.mark.parametrize("text, role, affiliation", [
    # A post, where it is (the place after its kind: "di kota X"), then its holder set off by commas.
    ("Rute itu penting, kata konsul jenderal Rusia di kota Lurin, Arvo Tenn, kepada wartawan.",
     "konsul jenderal", "Rusia"),
    ("Rute itu penting, kata konsul jenderal Rusia di Lurin, Arvo Tenn, kepada wartawan.", "konsul jenderal", "Rusia"),
    # Negative: the name is not set off after the place; it is whom the words were said to.
    ("Rute itu penting, kata konsul jenderal Rusia di kota Lurin kepada Arvo Tenn.", None, None),
])
def test_actors_post_placed_in_a_city_then_its_holder(brief_of, text, role, affiliation):
    person = _by_name(brief_of(text), "person")["Arvo Tenn"]
    assert (person.role, person.affiliation) == (role, affiliation)


@pytest.mark.parametrize("text, org, absent", [
    # A site's address cited as a source is a medium (not a place after "dari", not a person).
    ("Menurut laporan dari Nusaexpress.co.uk, pengunjung pertama tiba kemarin.", "Nusaexpress.co.uk", "Nusaexpress"),
    ("Data itu dikutip dari Wartaberita.com pada Senin.", "Wartaberita.com", "Wartaberita"),
    # A body whose own words run on to its country is named whole ("Dinas Pajak Ekspor Rusia").
    ("Dinas Pajak Ekspor Rusia menolak berkomentar.", "Dinas Pajak Ekspor Rusia", "Dinas Pajak"),
])
def test_actors_site_addresses_and_bodies_closed_by_their_country(brief_of, text, org, absent):
    brief = brief_of(text)
    assert org in _by_name(brief, "organization")
    assert not any(absent in _by_name(brief, kind) for kind in ("organization", "place", "person"))


@pytest.mark.parametrize("text", [
    # Negative: a site's name in a photo credit or a widget line is no source cited.
    "Pasukan itu berada di posisi Rusia. (Wartaberita.com nama fotografer)\n",
    "Wartaberita.com Wartaberita.com Jenis Media: News\n",
])
def test_actors_site_address_outside_a_citation_is_no_organisation(brief_of, text):
    assert "Wartaberita.com" not in _by_name(brief_of(text), "organization")


def test_actors_free_words_before_a_name_still_stop_without_a_country(brief_of):
    # Negative: free words that run on into a person's name, with no country after them, stay apart.
    brief = brief_of("Dosen Universitas Andalas Rudi Hartawan menilai langkah itu tepat.")
    assert "Universitas Andalas" in _by_name(brief, "organization")
    assert "Rudi Hartawan" in _by_name(brief, "person")


@pytest.mark.parametrize("text, person", [
    # A ship's name after its noun, or set off after a phrase opening on it, is no person.
    ("Wisatawan naik kapal feri Vostra Jaya dari Rajin.", None),
    ("Minyak dikirim melalui kapal tanker berbendera Rusia, Vostra Jaya, ke Nampo.", None),
    ("Kapal tanker Rusia, Vostra Jaya, berlabuh di Nampo.", None),
    # A warship named after its class.
    ("Kedua pemimpin naik ke fregat Marsal Vorskov di pelabuhan itu.", None),
    ("Kapal perusak Arvo Tenn berlabuh di Nampo.", None),
    # Negative: a captain or a crew member named after the ship's phrase is a person.
    ("Komandan fregat itu, Arvo Tenn, mengatakan kapalnya siap.", "Arvo Tenn"),
    ("Nakhoda kapal tanker itu, Arvo Tenn, mengatakan muatannya legal.", "Arvo Tenn"),
    ("Awak kapal Rusia, Arvo Tenn, ditahan di pelabuhan.", "Arvo Tenn"),
])
def test_actors_ship_names_are_no_persons(brief_of, text, person):
    assert set(_by_name(brief_of(text), "person")) == ({person} if person else set())


@pytest.mark.parametrize("text, org", [
    # A head, its words, then a registered international body: that body's organ, whole.
    ("Pejabat Sekretariat ASEAN hadir dalam pertemuan itu.", "Sekretariat ASEAN"),
    ("Seorang pejabat Komite Sanksi Dewan Keamanan PBB hadir.", "Komite Sanksi Dewan Keamanan PBB"),
    # Negative: a news agency's kind before the registered agency stays the agency.
    ("Kantor berita Resmi KCNA melaporkan hal itu.", "KCNA"),
])
def test_actors_organs_of_international_bodies(brief_of, text, org):
    brief = brief_of(text)
    assert org in _by_name(brief, "organization")
    assert not _by_name(brief, "person")


@pytest.mark.parametrize("text, person", [
    # An English phrase pasted in the text (a gloss in brackets, a system's name) is no person.
    ("Wilayah itu dilindungi pesawat nirawak (First Person View), kata badan itu.", None),
    ("Sistem Terminal High Altitude Aerial Defense dipasang di Lurin.", None),
    # Negative: English words that are also names stay a name ("Grace Park"), and a name of one
    # English word and one that is none ("Ned Vostra") is a person.
    ("Grace Park tiba di Lurin kemarin.", "Grace Park"),
    ("Juru bicara Ned Vostra mengatakan hal itu.", "Ned Vostra"),
])
def test_actors_english_phrases_are_no_persons(brief_of, text, person):
    assert set(_by_name(brief_of(text), "person")) == ({person} if person else set())


@pytest.mark.parametrize("text, kind, name", [
    # An industrial or military site named by its head is a place, no person.
    ("Pemimpin itu meninjau Pabrik Traktor Vostra kemarin.", "place", "Pabrik Traktor Vostra"),
    ("Pesawat mendarat di Pangkalan Udara Vostra.", "place", "Pangkalan Udara Vostra"),
    # One word after a kind of body, its trade and its country names that body.
    ("Perusahaan pelayaran Rusia Vostra mengoperasikan rute itu.", "organization", "Vostra"),
    ("Kontrak diteken perusahaan minyak Rusia Vostra pekan lalu.", "organization", "Vostra"),
    # With no country: the kind right before the word, or one word of its trade between them.
    ("Kapal tanker itu milik perusahaan Vostrabunker yang bermarkas di pelabuhan.", "organization", "Vostrabunker"),
    ("Di wilayah selatan, perusahaan pertanian Lurinsk mempekerjakan 150 buruh.", "organization", "Lurinsk"),
])
def test_actors_sites_and_bodies_named_after_their_kind(brief_of, text, kind, name):
    brief = brief_of(text)
    assert name in _by_name(brief, kind)
    assert not _by_name(brief, "person")


@pytest.mark.parametrize("text, orgs", [
    # A bank named after a registered body is a company of its own, not that body.
    ("Sanksi itu menyasar Bank Timur Jauh dan Bank Sputnik.", {"Bank Timur Jauh", "Bank Sputnik"}),
    # Negative: a registered bank stays itself, and the body alone stays the body.
    ("Bank Dunia memperkirakan ekonomi tumbuh, lapor Sputnik.", {"Bank Dunia", "Sputnik"}),
])
def test_actors_bank_named_after_a_registered_body(brief_of, text, orgs):
    assert set(_by_name(brief_of(text), "organization")) == orgs


@pytest.mark.parametrize("text", [
    # Negative: with no country after the kind, the word may be an owner; a post claims its holder first.
    "Perusahaan itu milik Vostra. Ia menolak berkomentar.",
    "Saham perusahaan milik Vostra naik tajam kemarin.",
    "Ia bekerja di perusahaan yang dipimpin Vostra sejak lama.",
    "Eksodus pabrikan Barat terjadi sejak sanksi itu.",
    "Karyawan perusahaan Rusia Vostra mengeluh kepada wartawan.",
])
def test_actors_kind_of_body_without_its_country_names_no_body(brief_of, text):
    brief = brief_of(text)
    assert "Vostra" not in _by_name(brief, "organization")


@pytest.mark.parametrize("text, org, not_org", [
    # A registered company with its legal form is that company; English company heads close a name.
    ("Saham Hyundai dan afiliasinya Kia Corp turun. Kia menolak berkomentar.", "Kia Corp", "Kia"),
    ("kata seorang analis di Daeyang Investment & Securities, Park Ji-hoon.", "Daeyang Investment & Securities",
     "Securities"),
    ("Pekan lalu, Toyota Motor Co Ltd. menutup pabriknya.", "Toyota Motor Co Ltd", "Co Ltd"),
    # Trade words between a registered company and its legal form: still that company, and its short
    # name later is the same organisation; without a legal form closing it, another company.
    ("Pabrik milik Nissan Motor Co Ltd di Samara dijual. Saham Nissan naik.", "Nissan Motor Co Ltd", "Nissan"),
    ("Pesanan kapal itu diterima Samsung Heavy Industries pekan lalu.", "Samsung Heavy Industries", "Samsung"),
    ("Biro perjalanan Sonbong Tours yang berbasis di Beijing membuka paket baru.", "Sonbong Tours", "Tours"),
])
def test_actors_company_names_and_legal_forms(brief_of, text, org, not_org):
    brief = brief_of(text)
    orgs = _by_name(brief, "organization")
    assert org in orgs and not_org not in orgs
    assert not any(name in (org, not_org) for name in _by_name(brief, "person"))


def test_actors_analyst_at_a_company_takes_it_as_affiliation(brief_of):
    people = _by_name(brief_of("\"Itu berat,\" kata seorang analis di Daeyang Investment & Securities, Park Ji-hoon."),
                      "person")
    assert (people["Park Ji-hoon"].role, people["Park Ji-hoon"].affiliation) == ("analis", "Daeyang Investment & Securities")


@pytest.mark.parametrize("text, place, register_id", [
    # A place keeps the spelling the text uses; the register gives it one id whatever the spelling.
    ("Delegasi itu tiba di Kiev pada Senin.", "Kiev", "kyiv"),
    ("Delegasi itu tiba di Kyiv pada Senin.", "Kyiv", "kyiv"),
    ("Pertemuan berlangsung di St. Petersburg.", "St. Petersburg", "saint-petersburg"),
    # A dateline in capitals is not how the place is spelt: the register's case then.
    ("SEOUL - Pejabat itu tiba di Seoul pada Senin.", "Seoul", "seoul"),
])
def test_actors_place_is_named_as_the_text_spells_it(brief_of, text, place, register_id):
    places = _by_name(brief_of(text), "place")
    assert place in places and places[place].register_id == register_id


@pytest.mark.parametrize("text, person, role, affiliation", [
    # A region after a governor's post is part of the post and is whom the governor serves.
    ("Gubernur Primorsky Krai Ivan Sorokin menyambut rombongan itu.", "Ivan Sorokin", "Gubernur Primorsky Krai",
     "Primorsky Krai"),
    # Negative: a body named before the city keeps the affiliation; the city is only where it is.
    ("Peneliti Institut Kajian Timur Jauh (IKTJ) Vladivostok, Anna Petrova, menilai hal itu.", "Anna Petrova",
     "Peneliti", "Institut Kajian Timur Jauh"),
])
def test_actors_place_after_a_post(brief_of, text, person, role, affiliation):
    found = _by_name(brief_of(text), "person")[person]
    assert (found.role, found.affiliation) == (role, affiliation)


def test_actors_registered_ministry_served_gives_its_country(brief_of):
    brief = brief_of("Lin Wei, juru bicara Kementerian Luar Negeri China, mengatakan hal itu.")
    assert "China" in _by_name(brief, "country")
    assert _by_name(brief, "person")["Lin Wei"].affiliation == "Kementerian Luar Negeri China"
    # The ministry named with no one serving it names its country only inside its name (the gold sets
    # list such a country: 96 of 98 bodies' countries), no person's affiliation.
    alone = brief_of("Kementerian Luar Negeri China merilis pernyataan.")
    assert [m.rule for m in _by_name(alone, "country")["China"].mentions] == ["country:in-body"]
    assert not _by_name(alone, "person")


@pytest.mark.parametrize("text, not_person", [
    # Plural generics, possessives, compass words, platforms, region names and English titles are no people.
    ("\"Orang-orang Korea memberi dukungan penuh,\" kata Budi Santoso.", "Orang-orang Korea"),
    ("Kawan-kawan Rusia menyambut kami, ujar Budi Santoso.", "Kawan-kawan Rusia"),
    ("Dalam unggahan di saluran Telegram-nya, pemimpin partai itu Budi Santoso mengatakan hal itu.", "Telegram-nya"),
    ("Hal itu diungkapkan pejabat daerah dan seorang pemandu wisata Barat.", "Barat"),
    ("Barat mengatakan sanksi itu akan terus berlaku.", "Barat"),
    ("Gubernur wilayah itu, Amurskiy Krai, mengunjungi kota tersebut.", "Amurskiy Krai"),
    ("Foto: South Korean President Budi Santoso tiba di bandara.", "South Korean President"),
    ("Ketua Urusan Negara Kamerad Kim Jong Un menerima surat itu.", "Urusan Negara Kamerad"),
])
def test_actors_non_entities_are_no_person(brief_of, text, not_person):
    assert not_person not in _by_name(brief_of(text), "person")


@pytest.mark.parametrize("text, name, kind", [
    # Negative cases beside them: a real person, a hyphenated Korean given name, a region as a place.
    ("\"Orang-orang Korea memberi dukungan penuh,\" kata Budi Santoso.", "Budi Santoso", "person"),
    ("Wakil menteri Ri Myong-chol mengatakan hal itu.", "Ri Myong-chol", "person"),
    ("Gubernur wilayah itu, Amurskiy Krai, mengunjungi kota tersebut.", "Amurskiy Krai", "place"),
])
def test_actors_non_entity_shapes_leave_real_names(brief_of, text, name, kind):
    assert name in _by_name(brief_of(text), kind)


@pytest.mark.parametrize("text", [
    "Kedutaan itu menulis dalam sebuah unggahan di Telegram pekan ini.",
    "Kedutaan itu menulis dalam sebuah postingan di X segera setelahnya.",
    "Pernyataan itu juga diunggah di Twitter dan Facebook.",
])
def test_actors_platforms_are_no_places(brief_of, text):
    brief = brief_of(text)
    assert not _by_name(brief, "place") and not _by_name(brief, "person") and not _by_name(brief, "organization")


def test_actors_headline_word_after_a_post_is_no_person(brief_of):
    # A headline's verb after a post ("Kunjungi") names no one; the body's person keeps the post.
    brief = brief_of("Wakil Menteri Luar Negeri Rusia Sambangi Seoul\n\nWakil Menteri Luar Negeri Rusia Andrei "
                     "Rudenko tiba di Seoul pada Senin.")
    assert set(_by_name(brief, "person")) == {"Andrei Rudenko"}
    # Negative: a headline surname of a person the body names is still that person.
    brief = brief_of("Presiden Putin ke Seoul\n\nPresiden Rusia Vladimir Putin tiba di Seoul pada Senin.")
    assert [m.text for m in _by_name(brief, "person")["Vladimir Putin"].mentions][:1] == ["Putin"]


@pytest.mark.parametrize("text, org", [
    # A medium cited as the source: the citing verb is no part of its name.
    ("Melansir Sentinel News, Jumat (26/2/2021), perbatasan itu ditutup.", "Sentinel News"),
    ("Menyadur Al Jazeera, pejabat itu mengatakan perbatasan ditutup.", "Al Jazeera"),
    ("Dilansir dari The Harbour Times, kapal itu tiba kemarin.", "The Harbour Times"),
    # A known agency in the press's own case ("Tass") is still the agency.
    ("Tass mengutip keterangan seorang staf kedutaan.", "TASS"),
])
def test_actors_media_cited_as_sources_are_organisations(brief_of, text, org):
    brief = brief_of(text)
    orgs = _by_name(brief, "organization")
    assert org in orgs or org.lower() in {o.name.lower() for o in orgs.values()}
    assert not any(org.split()[-1] in name for name in _by_name(brief, "person"))
    assert not any(name.startswith(("Melansir", "Menyadur")) for name in orgs)


@pytest.mark.parametrize("text, person, medium", [
    # after a reporting verb, a name closing on a hyphenated Korean given name is the person reported on
    ("Kantor berita Lurin melaporkan Choi Dong-hwan ditahan di kota pelabuhan itu.", "Choi Dong-hwan", None),
    # negative: a medium's name after the verb is still the medium
    ("Sumber itu mengatakan, seperti dilaporkan Harian Veltra Pos, kapal itu ditahan.", None, "Harian Veltra Pos"),
])
def test_actors_a_korean_name_after_a_source_cue_is_a_person(brief_of, text, person, medium):
    brief = brief_of(text)
    orgs, people = _by_name(brief, "organization"), _by_name(brief, "person")
    if person:
        assert person in people and person not in orgs
    if medium:
        assert medium in orgs and medium not in people


@pytest.mark.parametrize("text, described", [
    # the media noun and country written before a registered agency describe it: no body of their own
    ("Pernyataan itu dikutip Kantor Berita Jepang Kyodo pada Selasa malam.", False),
    # negative: the same words with no agency after them name a body
    ("Pada Jumat, Kantor Berita Jepang juga memuat laporan serupa.", True),
])
def test_actors_media_noun_and_country_before_an_agency(brief_of, text, described):
    orgs = {a.name for a in brief_of(text).actors if a.kind == "organization"}
    assert ("Kantor Berita Jepang" in orgs) == described


@pytest.mark.parametrize("text, agency", [
    # An agency in a photo credit is no body of the brief.
    ("Photo : YONHAP News\n\nPresiden itu tiba di Jakarta.", "Yonhap News"),
    ("Foto: AFP/ BUDI SANTOSO\nMenteri itu tiba di Jakarta.", "AFP"),
    ("Presiden Korsel (dok Yonhap via REUTERS/File Photo)\nMenteri itu tiba di Jakarta.", "Reuters"),
    ("Korea Utara telah mengirim artileri ke Rusia. REUTERS\n\nReporter: Budi", "Reuters"),
    ("Menteri itu menyapa warga di bandara. (Sumber: AP Photo)\n\nMenteri itu tiba di Jakarta.", "AP"),
    ("Menteri itu menyapa warga di bandara. AFP Photo/Nama Fotografer\n\nMenteri itu tiba di Jakarta.", "AFP"),
])
def test_actors_agency_in_a_photo_credit_is_no_entity(brief_of, text, agency):
    orgs = _by_name(brief_of(text), "organization")
    assert not any(o.name.lower() == agency.lower() or o.register_id == agency.lower() for o in orgs.values())


@pytest.mark.parametrize("text, agency", [
    # Negative: the same agencies as sources in the body are organisations.
    ("Korea Utara telah mengirim artileri ke Rusia, lapor Reuters pada Senin.", "reuters"),
    ("Menurut Kantor Berita Yonhap, pertemuan itu berlangsung tertutup.", "yonhap"),
    ("AFP melaporkan bahwa menteri itu tiba di Jakarta.", "afp"),
    ("Foto-foto itu dirilis AP pada Senin, sehari setelah kunjungan.", "associated-press"),
])
def test_actors_agency_as_a_source_is_an_organisation(brief_of, text, agency):
    assert agency in {o.register_id for o in _by_name(brief_of(text), "organization").values()}


@pytest.mark.parametrize("text, place, found", [
    # A compass word after a region's name may be written in lower case; a lone lower-case word may not.
    ("Hal itu berdampak besar terhadap keamanan Asia timur.", "Asia Timur", True),
    ("Mereka bergerak ke arah timur.", "Asia Timur", False),
])
def test_actors_lower_case_compass_word_in_a_region(brief_of, text, place, found):
    places = {a.register_id for a in _by_name(brief_of(text), "place").values()}
    assert ("east-asia" in places) is found


def test_actors_bare_kim_is_the_passage_subject_not_a_background_relative(brief_of):
    people = _by_name(brief_of(
        "Pemimpin Korea Utara Kim Jong Un memuji para tentara. Ia mengenang ayah Kim, Kim Jong Il, yang wafat "
        "pada 2011. Kim mengatakan tentara itu pahlawan."), "person")
    assert [m.span.start for m in people["Kim Jong Un"].mentions][-1] > [m.span.start for m in people["Kim Jong Il"].mentions][-1]
    assert len(people["Kim Jong Il"].mentions) == 1
    people = _by_name(brief_of(
        "Pemimpin Korea Utara Kim Jong Un memuji para tentara. Ia mengenang mendiang ayahnya, Kim Jong Il, yang "
        "wafat pada 2011. Kim mengatakan tentara itu pahlawan."), "person")
    assert "Kim" in [m.text for m in people["Kim Jong Un"].mentions]
    assert [m.text for m in people["Kim Jong Il"].mentions] == ["Kim Jong Il"]
    # Negative: the kinship phrase opening the sentence names its subject, so Kim is that relative.
    people = _by_name(brief_of(
        "Adik pemimpin Korea Utara Kim Jong Un, Kim Yo Jong, mengecam latihan itu. Kim menyebut latihan itu "
        "provokasi."), "person")
    assert "Kim" in [m.text for m in people["Kim Yo Jong"].mentions]


@pytest.mark.parametrize("text, person, variant", [
    # One person written two ways in one article is one person.
    ("Wakil Menteri Mikhail Zinoviev tiba. Mikhail Zinovyev mengatakan hal itu.", "Mikhail Zinoviev", "Mikhail Zinovyev"),
    ("Duta Besar Andrei Kovalenko tiba. Andrey Kovalenko mengatakan hal itu.", "Andrei Kovalenko", "Andrey Kovalenko"),
    ("Duta Besar Andrei Kovalenko tiba. Kovalienko mengatakan hal itu.", "Andrei Kovalenko", None),
])
def test_actors_spelling_variants_in_one_article_are_one_person(brief_of, text, person, variant):
    people = _by_name(brief_of(text), "person")
    if variant:
        assert set(people) == {person} and variant in [m.text for m in people[person].mentions]
    else:
        assert person in people      # "Kovalienko" differs by more than a fold: not linked to him


@pytest.mark.parametrize("text, person, role, other, other_role", [
    # A singular post before two names joined by "dan" is the first one's only.
    ("Menteri Luar Negeri Ri Su-yong dan Kim Pyong-hae hadir dalam acara itu.", "Ri Su-yong",
     "Menteri Luar Negeri", "Kim Pyong-hae", None),
    ("Utusan Rusia Igor Orlov dan Pavel Sokolov hadir.", "Igor Orlov", "Utusan", "Pavel Sokolov", None),
    # Negative: a plural post is each one's.
    ("Para menteri Ri Su-yong dan Kim Pyong-hae hadir dalam acara itu.", "Ri Su-yong", "menteri", "Kim Pyong-hae",
     "menteri"),
])
def test_actors_singular_post_is_not_given_to_the_next_name(brief_of, text, person, role, other, other_role):
    people = _by_name(brief_of(text), "person")
    assert people[person].role == role and people[other].role == other_role


def test_actors_form_of_address_is_no_part_of_the_name(brief_of):
    people = _by_name(brief_of("Duta Besar Park Ji-hoon tiba. Tuan Park mengatakan hal itu kepada wartawan."), "person")
    assert set(people) == {"Park Ji-hoon"} and "Park" in [m.text for m in people["Park Ji-hoon"].mentions]


@pytest.mark.parametrize("text, person, surname", [
    # A registered person's surname alone, with no fuller name in the text, is that person.
    ("Sanksi itu akan mempersempit ruang gerak Putin, kata pejabat itu.", "vladimir-putin", "Putin"),
    ("Rusia menuduh Barat membantu rezim Zelensky.", "volodymyr-zelensky", "Zelensky"),
    # In a headline, the known surname before the headline's verb.
    ("Ukraina Tahan Dua Pilot, Zelensky Ungkap Nasibnya\n\nPresiden Ukraina Volodymyr Zelenskyy "
     "membenarkan kabar penahanan itu.", "volodymyr-zelensky", "Zelensky"),
])
def test_actors_registered_surname_alone_is_that_person(brief_of, text, person, surname):
    people = {a.register_id: a for a in _by_name(brief_of(text), "person").values()}
    assert person in people and surname in [m.text for m in people[person].mentions]


@pytest.mark.parametrize("text", [
    # Negative: a surname several registered people share (Choe; the register's `surnames:` gives
    # Kim its bearer), or a word the text uses as a common word.
    "Pernyataan itu dibacakan Choe di depan wartawan.",
    "Hal itu disampaikan dalam pertemuan di Gedung Biru.",
])
def test_actors_shared_surname_alone_is_no_registered_person(brief_of, text):
    assert not any(a.register_id for a in _by_name(brief_of(text), "person").values())


def test_actors_short_form_defined_in_brackets_names_that_entity_here(brief_of):
    # "Republik Rakyat Donetsk (DPR)": DPR is that republic in this text, not the register's parliament.
    brief = brief_of("Pyongyang mengakui Republik Rakyat Donetsk (DPR) pekan lalu. Utusan DPR Olga Ivanova "
                     "menerima sertifikat itu di Kedutaan Besar DPR.")
    assert _by_name(brief, "person")["Olga Ivanova"].affiliation == "Republik Rakyat Donetsk"
    assert "Kedutaan Besar DPR" in _by_name(brief, "organization")
    assert "dpr-ri" not in {a.register_id for a in brief.actors}
    # Negative: with no definition, the register's DPR stands.
    brief = brief_of("Anggota DPR Budi Santoso mengkritik rencana itu.")
    assert "dpr-ri" in {a.register_id for a in brief.actors}


@pytest.mark.parametrize("text, org", [
    # "Otoritas <country|capital>" is the authorities, no named body; a named authority still is one.
    ("Otoritas Korut belum menanggapi laporan itu.", None),
    ("Otoritas Seoul menyatakan keprihatinan.", None),
    ("Otoritas Jasa Keuangan menerbitkan aturan baru.", "Otoritas Jasa Keuangan"),
])
def test_actors_generic_head_with_a_country_is_no_body(brief_of, text, org):
    orgs = _by_name(brief_of(text), "organization")
    assert set(orgs) == ({org} if org else set())


@pytest.mark.parametrize("text, person, role, possessor", [
    # The post of a one-word name's aide is the aide's: the name after the comma or "bernama".
    ("Penasihat luar negeri Putin, Yuri Sokolov, mengatakan KTT akan fokus pada nuklir.", "Yuri Sokolov",
     "Penasihat luar negeri", "Putin"),
    ("Ajudan Putin bernama Yury Sokolov pada Senin mengatakan hal itu.", "Yury Sokolov", "Ajudan", "Putin"),
    ("Rusia menahan Evan Parker, seorang wartawan Wall Street Journal, saat meliput di kota itu.", "Evan Parker",
     "wartawan", None),
])
def test_actors_post_of_the_person_named_after(brief_of, text, person, role, possessor):
    people = _by_name(brief_of(text), "person")
    assert people[person].role == role
    if possessor:
        assert people[possessor].role != role


def test_actors_one_word_holder_set_off_after_post_and_body(brief_of):
    # "<post> <body>, <OneWord>, <Capitalised phrase>": the one word set off by commas after the post
    # and its body is the holder; the capitalised phrase after it is no person.
    people = _by_name(brief_of("Menurut Direktur Eksekutif Lembaga Kajian Samudra, Wirajaya, Kesepakatan "
                               "Dagang Rusia-Korea Utara lahir sebagai reaksi. Wirajaya menilai hal itu wajar."),
                      "person")
    assert set(people) == {"Wirajaya"}
    assert people["Wirajaya"].role == "Direktur Eksekutif"
    # Negative: with no comma before the one word, it is whose aide the holder is.
    people = _by_name(brief_of("Penasihat luar negeri Putin, Yuri Sokolov, mengatakan hal itu."), "person")
    assert people["Yuri Sokolov"].role == "Penasihat luar negeri"


@pytest.mark.parametrize("text, person", [
    # A passive speech verb opening the sentence is no part of its agent's name.
    ("Dikatakan Wirajaya, sejak 2017 kawasan itu menjadi titik didih. Wirajaya menilai hal itu.", "Wirajaya"),
    ("Ditegaskan Budi Santoso, kerja sama itu tetap berjalan.", "Budi Santoso"),
])
def test_actors_passive_speech_verb_is_no_part_of_a_name(brief_of, text, person):
    people = _by_name(brief_of(text), "person")
    assert person in people
    assert not any(name.startswith(("Dikatakan", "Ditegaskan")) for name in people)


@pytest.mark.parametrize("text, org", [
    # A kind of body in lower case before a capitalised run names a body of that kind, also with its
    # acronym in brackets between.
    ("Wawancara itu difasilitasi oleh organisasi Harapan Bangsa United.", "Harapan Bangsa United"),
    ("Laporan itu disusun kelompok hak asasi manusia (HAM) Hanbit Citizens United.", "Hanbit Citizens United"),
])
def test_actors_kind_of_body_before_a_name(brief_of, text, org):
    brief = brief_of(text)
    assert org in _by_name(brief, "organization")
    assert org not in _by_name(brief, "person")


@pytest.mark.parametrize("text, org", [
    # A newspaper named in its own language closes with its word for "daily" ("Ilbo", "Shimbun");
    # English heads close a body's name ("United", "Railways").
    ("Hanmaru Ilbo mengatakan pasar itu sulit ditinggalkan.", "Hanmaru Ilbo"),
    ("Harian Kita Shimbun melaporkan pabrik itu ditutup.", "Kita Shimbun"),
    ("Wawancara itu diatur oleh Saebyeol Nation United di Seoul.", "Saebyeol Nation United"),
    ("Kabel itu milik Baltic Railways sejak lama.", "Baltic Railways"),
])
def test_actors_foreign_heads_close_a_body(brief_of, text, org):
    brief = brief_of(text)
    assert org in _by_name(brief, "organization")
    assert not _by_name(brief, "person")


def test_actors_foreign_heads_leave_people(brief_of):
    # Negative: a person's name with no such head stays a person.
    people = _by_name(brief_of("Hanmaru Kim mengatakan pasar itu sulit ditinggalkan."), "person")
    assert "Hanmaru Kim" in people


@pytest.mark.parametrize("text, place", [
    # A region head in lower case is a common noun before the region's full name, no part of it ...
    ("Jalur itu berakhir di wilayah Primorsky Krai, dekat perbatasan Korea Utara.", "Primorsky Krai"),
    # ... while a capitalised one opens the place's name as written.
    ("Proyek itu menghubungkan Khasan di Wilayah Primorsky dengan kota lain.", "Wilayah Primorsky"),
])
def test_actors_region_head_case(brief_of, text, place):
    assert place in _by_name(brief_of(text), "place")


def test_actors_kind_of_body_cue_leaves_people(brief_of):
    # Negative: a person named after the body's kind and a comma is still a person.
    people = _by_name(brief_of("Ketua organisasi itu, Lee Dong-soo, mengatakan para tawanan memohon."), "person")
    assert "Lee Dong-soo" in people


@pytest.mark.parametrize("text, person, role", [
    # A post held before ("mantan") yields to the post the text says the person holds now, also for a
    # one-word surname with a relative clause; a member's post names its council there too.
    ("Rencana itu diutarakan oleh mantan Presiden Rusia, Arkady Volodin. Volodin, yang kini bertugas "
     "sebagai wakil ketua Dewan Keamanan Nasional negara itu, menuding Seoul mengingkari janji.", "Arkady Volodin",
     "wakil ketua Dewan Keamanan Nasional"),
    ("Rencana itu diutarakan oleh mantan Presiden Rusia, Arkady Volodin. Arkady Volodin, yang kini merupakan "
     "penasihat senior Partai Bersatu Rakyat, menolak.", "Arkady Volodin", "penasihat senior Partai Bersatu Rakyat"),
    # Negative: a current post stays when a former one is stated later.
    ("Wakil Menteri Luar Negeri Rusia Arkady Volodin tiba. Volodin, yang juga mantan Duta Besar di Seoul, "
     "menolak.", "Arkady Volodin", "Wakil Menteri Luar Negeri"),
    # Negative: a later post held before too ("pernah menjabat") leaves the first.
    ("Mantan Utusan Khusus Rusia, Arkady Volodin, tiba. Volodin, yang juga pernah menjabat Duta Besar Rusia "
     "untuk Laos, menolak.", "Arkady Volodin", "Mantan Utusan Khusus"),
    # Negative: two current posts: the first stays.
    ("Menteri Pertahanan Rusia Arkady Volodin tiba. Volodin, yang juga menjabat sebagai ketua partai, menolak.",
     "Arkady Volodin", "Menteri Pertahanan"),
])
def test_actors_current_post_replaces_a_former_one(brief_of, text, person, role):
    assert _by_name(brief_of(text), "person")[person].role == role


def test_actors_short_name_of_a_body_is_no_possessor_person(brief_of):
    # "kepala <first word of a body named here>, <Full Name>": the body's short name, no person.
    people = _by_name(brief_of("Hal itu diungkap kelompok Saebyeol Nation United. “Mereka memohon,” kata kepala "
                               "Saebyeol, Lee Dong-soo, kepada wartawan."), "person")
    assert set(people) == {"Lee Dong-soo"}
    # Negative: a person's one-word name there is still whose aide the holder is.
    people = _by_name(brief_of("Penasihat luar negeri Putin, Yuri Sokolov, mengatakan hal itu."), "person")
    assert "Putin" in people


def test_actors_a_list_of_leaders_keeps_each_post(brief_of):
    # Negative: "Presiden Putin, Xi Jinping, dan Kim Jong Un" is a list, not Putin's aide.
    people = _by_name(brief_of("Presiden Putin, Xi Jinping, dan Kim Jong Un bertemu di Beijing."), "person")
    assert people["Putin"].role == "Presiden"
    assert set(people) == {"Putin", "Xi Jinping", "Kim Jong Un"}


@pytest.mark.parametrize("text, ministry", [
    # A ministry named by its capital or with its portfolio in lower case is the registered ministry.
    ("Hal itu disampaikan kata kementerian luar negeri Seoul. Kementerian Luar Negeri Seoul menambahkan hal itu.",
     "south-korea-foreign-ministry"),
    ("Kementerian luar negeri Korea Selatan lalu memanggil sang duta besar.", "south-korea-foreign-ministry"),
])
def test_actors_ministry_named_by_its_capital(brief_of, text, ministry):
    assert ministry in {a.register_id for a in _by_name(brief_of(text), "organization").values()}


@pytest.mark.parametrize("text, kind, name", [
    # A particle the register writes in lower case is part of the name.
    ("Para menteri bertemu tiga hari di Rio de Janeiro, Brasil, bulan lalu.", "place", "Rio de Janeiro"),
    # A ministry the press writes in lower case, named with its country or capital: the registered
    # ministry, under the register's name and case.
    ("Hal itu disampaikan kementerian luar negeri Ukraina dalam pernyataan.", "organization",
     "Kementerian Luar Negeri Ukraina"),
    # Negative: a lower-case "kantor berita X" names the agency X, not an alias written in lower case.
    ("Hal itu dilaporkan kantor berita Interfax pada Senin.", "organization", "Interfax"),
])
def test_actors_case_of_known_names(brief_of, text, kind, name):
    assert name in _by_name(brief_of(text), kind)


@pytest.mark.parametrize("text, not_person, person", [
    # A page cut inside a name, a headline-like phrase of common words: no person; real names beside them.
    ("Budi Santoso mengatakan mereka akan mampir ke satu-satunya gereja di kota itu, yaitu Katedral Ho",
     "Katedral Ho", "Budi Santoso"),
    ("Budi Santoso mengatakan hal itu. (Baca: Korut Tutup Semua Jalur Telepon dengan Korsel )",
     "Tutup Semua Jalur Telepon", "Budi Santoso"),
    ("Menurut Sri Mulyani Indrawati, kebijakan itu tepat.", None, "Sri Mulyani Indrawati"),
])
def test_actors_cut_names_and_headline_phrases_are_no_person(brief_of, text, not_person, person):
    people = _by_name(brief_of(text), "person")
    assert person in people and (not_person is None or not_person not in people)


def test_actors_agency_before_via_is_a_credit(brief_of):
    orgs = _by_name(brief_of("Presiden itu tiba di Seoul. Yonhap via REUTERS/File Photo\nMenteri itu tiba."),
                    "organization")
    assert not orgs


@pytest.mark.parametrize("text, place", [
    # A capital or city standing for its government is the place, never a person.
    ("Pyongyang menyebut latihan itu sebagai provokasi.", "Pyongyang"),
    ("Ketegangan antara Moskow dan Seoul meningkat sejak Juni.", "Seoul"),
    ("Kecaman Seoul datang sehari kemudian.", "Seoul"),
    ("Naypyidaw mengatakan pihaknya tidak akan hadir.", "Naypyidaw"),
    ("Tbilisi menolak tuduhan itu, kata juru bicara itu.", "Tbilisi"),
])
def test_actors_capital_standing_for_its_government_is_a_place(brief_of, text, place):
    brief = brief_of(text)
    assert place in _by_name(brief, "place") and place not in _by_name(brief, "person")


@pytest.mark.parametrize("text, org, person, role", [
    # An institution named by its building or nickname is an organisation; a post, the body and a name
    # with no comma between are role, affiliation and person.
    ("Juru bicara Gedung Putih Karen Miller mengatakan hal itu.", "Gedung Putih", "Karen Miller", "Juru bicara Gedung Putih"),
    ("Juru bicara Pentagon Pat Rider mengatakan hal itu kepada wartawan.", "Pentagon", "Pat Rider", "Juru bicara Pentagon"),
    ("Kremlin menolak tuduhan itu.", "Kremlin", None, None),
])
def test_actors_institution_named_by_its_building(brief_of, text, org, person, role):
    brief = brief_of(text)
    assert org in _by_name(brief, "organization") and org not in _by_name(brief, "place")
    people = _by_name(brief, "person")
    assert set(people) == ({person} if person else set())
    if person:
        assert (people[person].role, people[person].affiliation) == (role, org)


@pytest.mark.parametrize("text, not_entity", [
    # An ad's call with an outlet's name, a medium after "di", a country word alone: no entity.
    ("Nikmati Tempo tanpa batas dengan berlangganan sekarang.", "Nikmati Tempo"),
    ("Hal itu diberitakan di Bisnis pekan lalu.", "Bisnis"),
    ("Kawan-kawan Korea menyambut kami dengan hangat.", "Korea"),
])
def test_actors_outlets_and_country_words_are_no_entities(brief_of, text, not_entity):
    brief = brief_of(text)
    assert all(not_entity not in _by_name(brief, kind) for kind in ("person", "place", "organization"))


def test_actors_country_word_that_is_someone_s_surname_still_links(brief_of):
    # Negative: "Hong" is a word of "Hong Kong", and the surname of a person named here.
    people = _by_name(brief_of("Wakil Menteri Hong Jae-min tiba di Brussel. Hong mengatakan hal itu."), "person")
    assert "Hong" in [m.text for m in people["Hong Jae-min"].mentions]


@pytest.mark.parametrize("text, found", [
    # The dateline city alone does not make a place; the same city in the body does.
    ("KONTAN.CO.ID - SEOUL. Presiden itu mengatakan hal itu kepada wartawan.", False),
    ("SEOUL, KOMPAS — Presiden itu mengatakan hal itu kepada wartawan.", False),
    ("SEOUL - Presiden itu tiba di Seoul pada Senin.", True),
    ("Presiden itu mengatakan hal itu di Seoul.", True),
    # A caption's credit run into the dateline with no line break: still the dateline.
    ("Jembatan baru di perbatasan. (Sumber: AGENSI)SEOUL - Presiden itu mengatakan hal itu.", False),
    # Negative: a city in capitals after a bracket but not closed by a dash is the place.
    ("Warga berkumpul di taman (foto)SEOUL adalah kota besar.", True),
])
def test_actors_dateline_city_alone_is_no_place(brief_of, text, found):
    assert ("seoul" in {a.register_id for a in _by_name(brief_of(text), "place").values()}) is found


@pytest.mark.parametrize("text, kind, name", [
    ("Kedutaan Korea Utara di Moskwa belum menanggapi surat itu.", "organization", "Kedutaan Korea Utara"),
    ("Negara itu pernah menjadi bagian Republik Sosialis Soviet Bersatu.", "country", "Uni Soviet"),
    # Other former states of the register: a country, never a person's name.
    ("Ia pernah bertemu pemimpin Yugoslavia itu di Beograd.", "country", "Yugoslavia"),
    ("Pabrik itu dibangun oleh Jerman Timur pada masa perang dingin.", "country", "Jerman Timur"),
    ("Warga Cekoslowakia itu pindah ke Wina.", "country", "Cekoslowakia"),
])
def test_actors_embassy_and_former_state(brief_of, text, kind, name):
    assert name in _by_name(brief_of(text), kind)


@pytest.mark.parametrize("text, country", [
    # An English official name written without its apostrophe is the register's name, not a person.
    ("Delegasi Democratic Peoples Republic of Korea tiba di Hanoi pada Selasa.", "Korea Utara"),
    ("Kapal milik Peoples Republic of China berlabuh di Manila.", "China"),
    # with the apostrophe, as before
    ("Kapal milik People’s Republic of China berlabuh di Manila.", "China"),
])
def test_actors_official_name_without_its_apostrophe(brief_of, text, country):
    brief = brief_of(text)
    assert country in _by_name(brief, "country")
    assert not _by_name(brief, "person")


@pytest.mark.parametrize("text, person, affiliation", [
    # A name right after "dari <country>" is of that country; not after another word.
    ("Ia bertemu rekan sejawat dari Korea Selatan Chang Min-ho pada Jumat.", "Chang Min-ho", "Korea Selatan"),
    ("Ia bertemu rekan sejawatnya Chang Min-ho pada Jumat.", "Chang Min-ho", None),
])
def test_actors_name_after_dari_a_country_is_of_that_country(brief_of, text, person, affiliation):
    assert _by_name(brief_of(text), "person")[person].affiliation == affiliation


@pytest.mark.parametrize("text, place, found", [
    # A text cut inside the word after "ke" names no place; a complete one does.
    ("Samsung menghentikan pengiriman produk ke Rusi", "Rusi", False),
    ("Samsung menghentikan pengiriman produk ke Turkmenia.", "Turkmenia", True),
])
def test_actors_place_cut_by_the_end_of_the_text(brief_of, text, place, found):
    assert (place in _by_name(brief_of(text), "place")) is found


@pytest.mark.parametrize("text, org", [
    # Media named as sources: a magazine, a wire agency after a reporter's post, a broadcaster's Indonesian
    # service.
    ("Menurut laporan majalah Time, pertemuan itu tertutup.", "Time"),
    ("Pernyataan itu dikutip majalah Der Spiegel pada Senin.", "Der Spiegel"),
    ("Hal itu disampaikan wartawan kantor berita Prensa Latina di Havana pada Senin.", "Prensa Latina"),
    ("Seperti dilansir BBC News Indonesia, pejabat itu membantah.", "BBC News Indonesia"),
    ("Dikutip dari VOA Indonesia, pejabat itu membantah.", "VOA Indonesia"),
    # a local agency, and a source reported from
    ("Menurut kantor berita lokal Lurinta, kementerian itu memprotes sanksi.", "Lurinta"),
    ("Melaporkan dari Harian Lurinta, kementerian itu memprotes sanksi.", "Harian Lurinta"),
])
def test_actors_media_named_as_sources(brief_of, text, org):
    brief = brief_of(text)
    assert org in _by_name(brief, "organization") and org not in _by_name(brief, "person")


@pytest.mark.parametrize("text, not_org", [
    # The outlet of the dateline is the article's own, no organisation of the brief.
    ("Jakarta, CNN Indonesia -- Presiden itu tiba di Seoul pada Senin.", "CNN"),
    ("VOA Indonesia — Presiden itu tiba di Seoul pada Senin.", "VOA Indonesia"),
])
def test_actors_outlet_in_the_dateline_is_no_organisation(brief_of, text, not_org):
    assert not_org not in _by_name(brief_of(text), "organization")


@pytest.mark.parametrize("text, org, found", [
    # a military unit named as such is a body; a unit's kind in lower case is not
    ("Delapan tentara tewas di antara pasukan yang tergabung dalam Batalyon Vostrok.", "Batalyon Vostrok", True),
    ("Brigade Lurinta menembaki desa itu pada Senin.", "Brigade Lurinta", True),
    ("Delapan tentara tewas di antara pasukan satu batalyon di garis depan.", "batalyon", False),
])
def test_actors_military_units_are_bodies(brief_of, text, org, found):
    brief = brief_of(text)
    assert (org in _by_name(brief, "organization")) is found
    assert org not in _by_name(brief, "person")


def test_actors_reporter_post_without_a_medium_is_a_person_s(brief_of):
    # Negative: a reporter's post with no medium's kind before the name still names a person.
    people = _by_name(brief_of("Budi Santoso, wartawan senior, mengatakan hal itu kepada kami."), "person")
    assert people["Budi Santoso"].role == "wartawan senior"


@pytest.mark.parametrize("text, org", [
    # A ministry's portfolio listed with commas is one body, and its last word is no speaker.
    ("Kementerian Perdagangan, Industri dan Energi mengatakan ekspor naik.", "Kementerian Perdagangan, Industri dan Energi"),
    ("Kementerian Perdagangan, Industri, dan Energi Korea Selatan (MOTIE) menyatakan ekspor naik.",
     "Kementerian Perdagangan, Industri, dan Energi Korea Selatan"),
])
def test_actors_portfolio_listed_in_a_body_s_name(brief_of, text, org):
    brief = brief_of(text)
    assert org in _by_name(brief, "organization") and not _by_name(brief, "person")


def test_actors_post_after_a_body_and_comma_is_not_its_name(brief_of):
    # Negative: "<body>, Jenderal X" is a body, then the post of the person named.
    brief = brief_of("Panglima Tentara Rakyat Korea, Jenderal Ri Yong-gil, hadir dalam acara itu.")
    assert "Tentara Rakyat Korea" in _by_name(brief, "organization")
    assert "Ri Yong-gil" in _by_name(brief, "person")


def test_actors_shorter_form_of_a_double_surname_is_the_same_person(brief_of):
    people = _by_name(brief_of("Duta Besar AS untuk PBB Linda Marsh-Holloway hadir. Menurut Marsh Holloway, sanksi "
                               "itu penting."), "person")
    assert set(people) == {"Linda Marsh-Holloway"}
    # Negative: a Korean given name's parts are no surnames ("Kim Jong" is not Kim Jong-min).
    people = _by_name(brief_of("Wakil Menteri Kim Jong-min hadir. Kim Jong mengatakan hal itu."), "person")
    assert "Kim Jong" not in [m.text for m in people["Kim Jong-min"].mentions]


@pytest.mark.parametrize("text, not_person, org", [
    ("Latihan Freedom Shield dimulai Senin dan berlangsung sepekan.", "Freedom Shield", None),
    ("Hal itu dikatakan dosen Program Studi Hubungan Internasional Unpar, Budi Santoso.", "Studi Hubungan Internasional",
     "Program Studi Hubungan Internasional"),
    ("Rusia Veto Rencana Perbarui Panel Ahli Pemantau Sanksi", "Panel Ahli", None),
])
def test_actors_exercises_faculties_and_panels_are_no_persons(brief_of, text, not_person, org):
    brief = brief_of(text)
    assert not_person not in _by_name(brief, "person")
    if org:
        assert org in _by_name(brief, "organization")


def test_actors_member_post_of_a_registered_council_leaves_out_its_country(brief_of):
    people = _by_name(brief_of("Sekretaris Dewan Keamanan Rusia Oleg Varin tiba di Pyongyang."), "person")
    assert people["Oleg Varin"].role == "Sekretaris Dewan Keamanan"


@pytest.mark.parametrize("text, person, surname", [
    # A short headline "<Surname> <Verb> <Place>": the surname of the body's person, then the verb.
    ("Kim Peringatkan Seoul\n\nPemimpin Korea Utara Kim Jong Un memperingatkan Seoul pada Senin.", "Kim Jong Un", "Kim"),
    ("Ivanov Kunjungi Pyongyang\n\nMenlu Rusia Oleg Ivanov tiba di Pyongyang pada Senin.", "Oleg Ivanov", "Ivanov"),
])
def test_actors_short_headline_surname_then_verb(brief_of, text, person, surname):
    people = _by_name(brief_of(text), "person")
    assert set(people) == {person} and surname in [m.text for m in people[person].mentions]


def test_actors_two_word_name_in_a_headline_stays_a_name(brief_of):
    # Negative: a full two-word name in a headline whose words are both the person's is that person.
    people = _by_name(brief_of("Oleg Ivanov Tiba\n\nMenlu Rusia Oleg Ivanov tiba di Pyongyang pada Senin."), "person")
    assert set(people) == {"Oleg Ivanov"}


@pytest.mark.parametrize("text, person, role", [
    ("Eks Presiden AS Donald Trump mengkritik kebijakan itu.", "Donald Trump", "Eks Presiden"),
    ("Presiden AS Donald Trump mengkritik kebijakan itu.", "Donald Trump", "Presiden"),
])
def test_actors_former_post_keeps_its_modifier(brief_of, text, person, role):
    assert _by_name(brief_of(text), "person")[person].role == role


@pytest.mark.parametrize("text, expected, absent", [
    # a function word that is also a family name, before a hyphenated given name, is the surname
    ("Harga beras naik dua persen bulan ini. “Ini kenaikan musiman,” ujar Yang Min-seo, ekonom di Busan, "
     "kepada wartawan.\n", "Yang Min-seo", "Min-seo"),
    # negative: the honorific "Yang Mulia" before a capitalised word stays no name
    ("Surat itu ditujukan kepada Yang Mulia Raja Harald di Oslo pada Senin lalu.\n", None, "Yang Mulia"),
    # negative: the relative pronoun opening a sentence before a common word
    ("Yang Penting bagi Seoul adalah dialog, kata Menteri Luar Negeri Park Ji-hoon.\n", "Park Ji-hoon", "Yang Penting"),
])
def test_actors_function_word_surname_before_a_given_name(brief_of, text, expected, absent):
    people = set(_by_name(brief_of(text), "person"))
    if expected is not None:
        assert expected in people
    assert absent not in people


@pytest.mark.parametrize("text, kind, name", [
    # the former state by its adjective-like short name
    ("Kapal itu dibangun pada era Soviet di galangan Vladivostok.", "country", "soviet-union"),
    # a network sanctions cut banks off from, and a think tank with an English name joined by "for"
    ("Dua bank daerah itu kembali tersambung ke jaringan SWIFT pekan lalu.", "organization", "swift"),
    ("Laporan tahunan Carnegie Endowment for International Peace terbit pada Maret.",
     "organization", "carnegie-endowment"),
])
def test_actors_register_names_well_known_bodies_and_states(brief_of, text, kind, name):
    found = _by_name(brief_of(text), kind)
    assert name in {a.register_id for a in found.values()}


@pytest.mark.parametrize("text, absent", [
    # negative: the think tank's name is not cut into a place and a person at "for"
    ("Laporan tahunan Carnegie Endowment for International Peace terbit pada Maret.",
     "International Peace"),
    # negative: "soviet" in lower case inside another word is no country
    ("Pameran sovietika itu dibuka di Moskow pada Senin.", "Uni Soviet"),
])
def test_actors_register_names_do_not_leak_parts(brief_of, text, absent):
    brief = brief_of(text)
    assert absent not in {a.name for a in brief.actors}


@pytest.mark.parametrize("text, place, absent", [
    # a resort or a beach named with its capitalised head is a place, not a person
    ("Keluarga itu berlibur ke Resor Ski Talgorye di pegunungan utara pada Januari.", "Resor Ski Talgorye", "Ski Talgorye"),
    ("Para pelajar berkemah di Pantai Seruni selama empat hari.", "Pantai Seruni", "Seruni"),
    # "Kota" before a known city is part of the city's name as written: no place "Kota" of its own
    ("Pameran buku itu digelar di Kota Vladivostok selama sepekan.", "vladivostok", "Kota"),
    # a monument named after the lower-case noun is a place, not a person
    ("Murid-murid berpose di depan monumen Grand Velora di ibu kota pada Senin.", "Grand Velora", "Velora"),
    # a federal subject named with "Republik" is a region, never a person
    ("Paspor itu menyebut ia lahir di Republik Kalveria, jauh di timur.", "Republik Kalveria",
     "Kalveria"),
])
def test_actors_resorts_beaches_and_city_heads_are_places(brief_of, text, place, absent):
    brief = brief_of(text)
    places = {a.name for a in brief.actors if a.kind == "place"}
    assert place in places | {a.register_id for a in brief.actors if a.kind == "place"}
    assert absent not in {a.name for a in brief.actors}


@pytest.mark.parametrize("text, country", [
    # negative: a state the register knows by its "Republik" name stays that state
    ("Presiden Republik Korea tiba di Praha pada Senin.", "Korea Selatan"),
    ("Surat kabar dari Republik Ceko menulis hal itu pekan ini.", "Ceko"),
])
def test_actors_republic_of_a_known_state_stays_the_state(brief_of, text, country):
    brief = brief_of(text)
    assert country in {a.name for a in brief.actors if a.kind == "country"}
    assert not any(a.name.startswith("Republik") for a in brief.actors if a.kind != "country")


@pytest.mark.parametrize("text, absent, present", [
    # the part of an event's name after "dan", closed by an adjective of scope, is no person
    ("Grup itu tampil di Festival Musik dan Gamelan Internasional ke-12 bulan depan.",
     "Gamelan Internasional", None),
    # an agency named with the loanword head is a body, not a person
    ("Wakil Agensi Riset dan Kebijakan Energi Lurin (ARKEL) duduk di barisan depan.", "Agensi Riset",
     "Agensi Riset dan Kebijakan Energi Lurin"),
    # negative: a person's two-word name is still a person
    ("Kantor itu akan membuka stan bersama Arvo Melkin bulan depan.", None, "Arvo Melkin"),
])
def test_actors_event_and_agency_names_are_no_persons(brief_of, text, absent, present):
    brief = brief_of(text)
    people = {a.name for a in brief.actors if a.kind == "person"}
    if absent:
        assert not any(absent in name for name in people)
    if present:
        assert present in {a.name for a in brief.actors}


@pytest.mark.parametrize("text, place", [
    # a place's head alone after a preposition is no place: the name it heads is
    # (the town named alone too: the port is the town written long; see test_actors_places for the port alone)
    ("Kapal pesiar itu bersandar di Pelabuhan Vladivostok pada Kamis pagi, kata wali kota Vladivostok.", "Vladivostok"),
    ("Kapal itu bertolak dari Kota pelabuhan Lurinsk kemarin sore.", "Lurinsk"),
    # negative: a one-word place name after a preposition is still a place
    ("Warga pindah ke Lurinsk pada tahun lalu.", "Lurinsk"),
])
def test_actors_place_head_alone_is_no_place(brief_of, text, place):
    places = {a.name for a in brief_of(text).actors if a.kind == "place"}
    assert place in places and not places & {"Pelabuhan", "Kota", "Pulau"}


@pytest.mark.parametrize("text, asia", [
    # a continent right after a noun for countries says which countries: no place
    ("Negeri itu termasuk negara Asia dengan pertumbuhan tercepat.", False),
    ("Produk itu dijual ke negara-negara Asia sejak tahun lalu.", False),
    # negative: the continent as a destination is a place
    ("Presiden itu berkunjung ke Asia pekan lalu.", True),
])
def test_actors_continent_after_a_country_noun_is_no_place(brief_of, text, asia):
    assert ("Asia" in {a.name for a in brief_of(text).actors if a.kind == "place"}) == asia


def test_actors_monument_of_a_known_person_keeps_the_person(brief_of):
    # negative: a monument named after a registered person is still a mention of that person
    brief = brief_of("Para pejabat meletakkan karangan bunga di monumen Kim Il Sung di pusat kota.")
    assert "Kim Il Sung" in {a.name for a in brief.actors if a.kind == "person"}


def test_actors_pantai_gading_stays_a_country(brief_of):
    # negative: a country whose name begins with a place head keeps its register entry
    brief = brief_of("Presiden Pantai Gading tiba di Moskow pada Selasa untuk membahas perdagangan.")
    assert "Pantai Gading" not in {a.name for a in brief.actors if a.kind == "place"}


@pytest.mark.parametrize("text, absent, present", [
    # a body's head alone after "di" (its country left unsaid) is an office, no place
    ("Sebelum pensiun, Sari bekerja sebagai juru tulis di Kedutaan Besar selama dua puluh tahun.", "Kedutaan Besar", None),
    # negative: with its country the embassy is still a body, and a city after it still a place
    ("Petrov bekerja di Kedutaan Besar Rusia di Hanoi sejak 2003.", "Kedutaan Besar", "Hanoi"),
])
def test_actors_bare_body_head_after_di_is_no_place(brief_of, text, absent, present):
    brief = brief_of(text)
    places = {a.name for a in brief.actors if a.kind == "place"}
    assert absent not in places
    if present:
        assert present in places
        assert any(a.kind == "organization" and a.name.startswith("Kedutaan Besar") for a in brief.actors)


@pytest.mark.parametrize("text, name, affiliation", [
    # a body right after a full name and "dari", no post stated: the body they act for
    ("Buku terbaru Budi Santoso dari Carnegie Endowment for International Peace terbit bulan ini.",
     "Budi Santoso", "Carnegie Endowment for International Peace"),
    # negative: a place after "dari" is where they came from, no body
    ("Menurut Budi Santoso dari Vladivostok, harga ikan turun sejak awal bulan.", "Budi Santoso", None),
])
def test_actors_full_name_dari_body_is_the_affiliation(brief_of, text, name, affiliation):
    person = _by_name(brief_of(text), "person")[name]
    assert person.affiliation == affiliation


@pytest.mark.parametrize("sentence", [
    # A noun opening the sentence, then a form of address and a surname: the surname of the person named above.
    "Kunjungan Bapak Solberg terjadi pada saat yang genting.",
    # Listed after another person, with a form of address.
    "Ketua Aram Velt dan Bapak Solberg telah bertukar pandangan.",
])
def test_actors_form_of_address_and_surname_is_the_named_person(sentence, brief_of):
    brief = brief_of(f"Menteri Luar Negeri Rusia Erik Solberg tiba di ibu kota pada Senin. {sentence}")
    people = [a.name for a in brief.actors if a.kind == "person"]
    assert "Erik Solberg" in people
    assert not any(name in ("Solberg", "Bapak Solberg", "Kunjungan Bapak Solberg") for name in people)


def test_actors_honorific_inside_a_longer_name_run_is_not_stripped(brief_of):
    # Negative: a full name after the form of address is still a new person, without the noun before it.
    brief = brief_of("Kunjungan Ibu Marta Kovac ke Moskow berlangsung dua hari.")
    assert [a.name for a in brief.actors if a.kind == "person"] == ["Marta Kovac"]


@pytest.mark.parametrize("body, agency", [
    ("Kedua pemimpin bertemu di Moskow pada Rabu.", False),
    # Negative: the agency named in the body is still the agency.
    ("Kedua pemimpin bertemu di Moskow pada Rabu, lapor kantor berita Antara.", True),
])
def test_actors_capitalised_preposition_in_a_headline_is_no_agency(body, agency, brief_of):
    brief = brief_of(f"Poin Penting Pertemuan Bersejarah Antara Dua Pemimpin Negara\n\n{body}\n")
    found = any(a.kind == "organization" and a.name.upper() == "ANTARA" for a in brief.actors)
    assert found is agency


@pytest.mark.parametrize("text", [
    "Pabrik itu tutup selama pandemi Covid-19 dan baru dibuka lagi.",
    "Menteri Keuangan G20 bertemu di Rio pada Senin.",
])
def test_actors_a_name_with_a_digit_is_no_person(text, brief_of):
    assert [a.name for a in brief_of(text).actors if a.kind == "person"] == []


@pytest.mark.parametrize("text, count", [
    # the short form in brackets, then the country: one ministry, named by its short form with the country
    ("Kementerian Luar Negeri (Kemlu) Korsel memastikan sanksi itu berlaku. Kemlu Korsel juga memanggil duta besar.", 1),
    # negative: two ministries written short with their countries: the bare one stays apart from both
    ("Kementerian Luar Negeri menyatakan sanksi itu berlaku. Kemlu Korsel dan Kemlu Jepang memanggil duta besar.", 3),
])
def test_actors_bare_body_is_the_one_short_form_with_a_country(brief_of, text, count):
    orgs = _by_name(brief_of(text), "organization")
    assert len(orgs) == count, list(orgs)


@pytest.mark.parametrize("text, orgs, place", [
    # a known city after a body the text also names without it: where the body sits, a place
    ("Dewan Riset Maritim Seoul menyatakan kapal itu tenggelam. Dewan Riset Maritim juga meminta penyelidikan.",
     {"Dewan Riset Maritim"}, "Seoul"),
    # negative: named only with the city, the city stays a word of the name
    ("Universitas Negeri Moskow menyatakan kerja sama itu berlanjut.", {"Universitas Negeri Moskow"}, None),
])
def test_actors_city_after_a_body_named_without_it_is_its_seat(brief_of, text, orgs, place):
    brief = brief_of(text)
    assert set(_by_name(brief, "organization")) == orgs
    assert (place in _by_name(brief, "place")) if place else True


@pytest.mark.parametrize("text, org", [
    # name words of a public body's field (tourism, guidance) carry the name on to its country
    ("Pengumuman itu dirilis Biro Umum Bimbingan Wisata Vietnam pada Juli.", "Biro Umum Bimbingan Wisata Vietnam"),
    # negative: the same words in lower case after the name end it
    ("Pengumuman itu dirilis Biro Umum soal bimbingan wisata pada Juli.", "Biro Umum"),
])
def test_actors_field_words_continue_a_body_name(brief_of, text, org):
    assert org in _by_name(brief_of(text), "organization")


@pytest.mark.parametrize("text, countries", [
    # countries after a language head, and listed after one, name languages
    ("Kedua pelaut itu kesulitan bicara dalam bahasa Ukraina, Rusia, atau Inggris sehari-hari.", set()),
    ("Wawancara dilakukan dalam bahasa Inggris di Seoul.", set()),
    # negative: the same list after a preposition names the countries
    ("Kedua pelaut itu bisa dikirim ke Ukraina, Rusia, atau Inggris.", {"Ukraina", "Rusia", "Inggris"}),
])
def test_actors_country_after_a_language_head_is_a_language(brief_of, text, countries):
    assert set(_by_name(brief_of(text), "country")) == countries


@pytest.mark.parametrize("text, ids", [
    # the short form in brackets names the body that closes the council's name; written alone, that body
    ("Sanksi itu ditopang Dewan Keamanan Perserikatan Bangsa-Bangsa (PBB) lewat sebuah keputusan. Keputusan PBB "
     "itu melarang ekspor senjata.", {"un-security-council", "united-nations"}),
    # negative: in brackets only, it is part of the council's name
    ("Sanksi itu ditopang Dewan Keamanan Perserikatan Bangsa-Bangsa (PBB) lewat sebuah keputusan.", {"un-security-council"}),
])
def test_actors_short_form_of_the_body_closing_a_name(brief_of, text, ids):
    assert {o.register_id for o in _by_name(brief_of(text), "organization").values()} == ids


@pytest.mark.parametrize("text, org", [
    # a state's head before a word of a country's name is the state, no body
    ("“Pemerintah Korea sepakat pekan ini untuk memperketat aturan itu,” kata juru bicara.", None),
    # negative: before a name word of a body it names a body
    ("Pemerintah Federal sepakat pekan ini untuk memperketat aturan itu.", "Pemerintah Federal"),
])
def test_actors_state_head_before_a_country_word_is_no_body(brief_of, text, org):
    orgs = set(_by_name(brief_of(text), "organization"))
    assert (org in orgs) if org else not any(o.startswith("Pemerintah") for o in orgs)


@pytest.mark.parametrize("sentence, role, affiliation", [
    # A copula gives the post; a post held for no state takes no country from the lead ...
    ("Kantor berita itu mengatakan Ardo Velkin adalah seorang misionaris yang membantu pengungsi.", "misionaris", None),
    # ... while an official the text does not place still acts for the country the lead is about.
    ("Kantor berita itu mengatakan Ardo Velkin adalah seorang diplomat senior.", "diplomat senior", "Rusia"),
])
def test_actors_copula_post_and_the_lead_country(sentence, role, affiliation, brief_of):
    brief = brief_of(f"MOSKOW - Rusia menahan seorang pria asing pada Senin. {sentence}")
    person = next(a for a in brief.actors if a.name == "Ardo Velkin")
    assert (person.role, person.affiliation) == (role, affiliation)


@pytest.mark.parametrize("text, not_a_person", [
    # a page cut inside the word after a post: the cut word names no one
    ("Para pejabat masih menyelidikinya, katanya. Juru Bicara Depar", "Depar"),
    # countries joined by a hyphen are a pair, no word of a name
    ("Ringkasan\nPerselisihan Korea-Rusia makin dalam ketika Moskow memperingatkan Seoul.", "Perselisihan Korea-Rusia"),
    # a body's head before a lower-case word of a body's name opens a common noun ("news agency")
    ("Kabar itu, Associated Kantor berita pers menulis, bersumber dari dua diplomat.",
     "Associated Kantor"),
    # a registered company before a rocket's name: the company, and no person
    ("Satelit itu diluncurkan dari roket SpaceX Falcon 9 pada April.", "SpaceX Falcon"),
])
def test_actors_cut_words_pairs_and_lower_case_bodies_are_no_persons(brief_of, text, not_a_person):
    assert not_a_person not in _by_name(brief_of(text), "person")


@pytest.mark.parametrize("text, person", [
    # negative: the same shapes with a name: a post's holder the text does not cut ...
    ("Para pejabat masih menyelidikinya, katanya. Juru Bicara Arvid Tomsen menolak berkomentar.", "Arvid Tomsen"),
    # ... a name beside a pair of countries ...
    ("Perundingan Korea-Rusia dipimpin Arvid Tomsen di Seoul.", "Arvid Tomsen"),
])
def test_actors_names_beside_cut_words_and_pairs_stay_persons(brief_of, text, person):
    assert person in _by_name(brief_of(text), "person")


@pytest.mark.parametrize("text, org", [
    # a kind of body and its country inside a clause, then the body's name set off by commas
    ("Jalur itu dilayani penerbangan maskapai Korea Utara, Air Tumen, ke Vladivostok.", "Air Tumen"),
    ("Penerbangan sewaan itu dilayani oleh maskapai nasional Korea Utara, Air Tumen, dua kali sebulan.", "Air Tumen"),
    # registered airlines, aviation authorities and wire services
    ("Rosaviatsia, regulator penerbangan sipil Rusia, memberi izin penerbangan itu.", "Rosaviatsia"),
    ("Kantor berita TASS melaporkan perjanjian itu, Anadolu melaporkan.", "Anadolu"),
    ("Kabar itu dikutip dari laman DW, Selasa.", "DW"),
])
def test_actors_airlines_authorities_and_wires_are_organisations(brief_of, text, org):
    brief = brief_of(text)
    assert org in _by_name(brief, "organization")
    assert org not in _by_name(brief, "person")


@pytest.mark.parametrize("text, person", [
    # negative: inside a clause, a bare kind of body before a name is a post and its holder
    ("Kata direktur perusahaan, Arvid Tomsen, harga tiket naik.", "Arvid Tomsen"),
    # ... and after a person's noun, the kind and its country are the person's employer
    ("Seorang pendiri perusahaan Jepang, Taro Yamada, mengatakan hal itu.", "Taro Yamada"),
    ("Kata pengacara yayasan Korea Selatan, Arvid Tomsen, kasus itu selesai.", "Arvid Tomsen"),
])
def test_actors_bare_kind_inside_a_clause_is_no_apposed_body(brief_of, text, person):
    assert person in _by_name(brief_of(text), "person")


@pytest.mark.parametrize("text, orgs", [
    # a registered agency with a name of its own, then its country: the agency, described
    ("Begitu laporan Kantor Berita Yonhap Korea Selatan pada Minggu.", {"Kantor Berita Yonhap"}),
    # negative: a body of generic words with a country is another body
    ("Pertemuan Dewan Keamanan Korea Selatan digelar Senin.", {"Dewan Keamanan Korea Selatan"}),
])
def test_actors_registered_body_with_its_country_is_that_body(brief_of, text, orgs):
    assert set(_by_name(brief_of(text), "organization")) == orgs


@pytest.mark.parametrize("text, countries", [
    # a country after a currency names the currency; after a clock time's "waktu", the time zone
    ("Harga tiket mulai dari 563 dolar AS per kursi.", set()),
    ("Pesawat lepas landas pukul 00.00 waktu Singapura pada Minggu.", set()),
    # negative: the same countries named as themselves
    ("Tiket itu dijual di AS dan pesawat transit di Singapura.", {"Amerika Serikat", "Singapura"}),
    ("Pada waktu Singapura menjadi tuan rumah, Jepang datang.", {"Singapura", "Jepang"}),
])
def test_actors_currency_and_time_zone_are_no_countries(brief_of, text, countries):
    assert set(_by_name(brief_of(text), "country")) == countries


@pytest.mark.parametrize("text, orgs, places", [
    # a medium named after its city, cited as the source, is the medium, not the city
    ("Bantuan itu akan disesuaikan, kata menteri itu, menurut Kyiv Independent.", {"Kyiv Independent"}, set()),
    # negative: the city alone is the place
    ("Bantuan itu tiba di Kyiv pada Senin malam.", set(), {"Kyiv"}),
])
def test_actors_medium_named_after_a_city_is_the_medium(brief_of, text, orgs, places):
    brief = brief_of(text)
    assert set(_by_name(brief, "organization")) == orgs
    assert set(_by_name(brief, "place")) == places


@pytest.mark.parametrize("text, countries, places", [
    # a country's short name after a continent word names the continent, a place
    ("Rudal itu disebut mampu menjangkau seluruh benua Amerika.", set(), {"Amerika"}),
    # negative: the same word with no continent word before it is the country
    ("Rudal itu disebut mampu menjangkau Amerika dan sekutunya.", {"Amerika Serikat"}, set()),
    ("Sanksi dari benua lain dan Amerika tetap berlaku.", {"Amerika Serikat"}, set()),
])
def test_actors_country_after_a_continent_word_is_the_continent(brief_of, text, countries, places):
    brief = brief_of(text)
    assert set(_by_name(brief, "country")) == countries
    assert set(_by_name(brief, "place")) == places


@pytest.mark.parametrize("text, name", [
    # a registered body the press writes in lower case is named as the register names it
    ("Angka itu muncul dalam laporan tertutup badan intelijen nasional Korea Selatan kepada parlemen.", "Badan Intelijen Nasional"),
    # the kind written before a wire's registered name describes it: the wire by its name (the gold sets
    # name it `TASS`, with `Kantor Berita TASS` at most a form)
    ("Hal itu dilaporkan Kantor Berita TASS pada Senin.", "TASS"),
])
def test_actors_registered_body_named_by_its_usual_name(brief_of, text, name):
    assert name in _by_name(brief_of(text), "organization")


@pytest.mark.parametrize("text, place", [
    # a word listed between places, or after a place and placed in a country, is a place
    ("Kapal itu mencapai pelabuhan Talvik dan Rostanka di Rusia pada Agustus.", "Rostanka"),
    ("Ia mengunjungi tiga wilayah yakni Moskow, Velna dan Khabarovsk pada 2023.", "Velna"),
])
def test_actors_word_listed_among_places_is_a_place(brief_of, text, place):
    assert place in _by_name(brief_of(text), "place")


@pytest.mark.parametrize("text, word", [
    # negative: after a place, before a verb: a person, no place
    ("Pertemuan digelar di Moskow dan Rostanka mengatakan hal itu penting, katanya.", "Rostanka"),
])
def test_actors_word_after_a_place_and_before_a_verb_is_no_place(brief_of, text, word):
    assert word not in _by_name(brief_of(text), "place")


@pytest.mark.parametrize("text, name, role, affiliation", [
    # a ministry named without its country: the ministry of the country the person acts for, part of the post
    ("Rusia, lewat juru bicara Kementerian Luar Negeri Ardo Velkin, memperingatkan Korea Selatan pada Senin.",
     "Ardo Velkin", "juru bicara Kementerian Luar Negeri", "Kementerian Luar Negeri Rusia"),
    # negative: with no owner named, an unregistered person's ministry stays as the text names it
    ("Korea Selatan menolak tuduhan itu pada Senin. Juru bicara Kementerian Luar Negeri Ardo Velkin "
     "memperingatkan hal itu.", "Ardo Velkin", "Juru bicara Kementerian Luar Negeri", "Kementerian Luar Negeri"),
    # a registered person's own ministry, named without its country
    ("Juru bicara Kementerian Luar Negeri Maria Zakharova kembali memperingatkan Korea Selatan.",
     "Maria Zakharova", "Juru bicara Kementerian Luar Negeri", "Kementerian Luar Negeri Rusia"),
    # negative: a ministry with its country stays the post's body, and the post stays the post
    ("Juru bicara Kementerian Luar Negeri China Ardo Velkin memperingatkan Korea Selatan pada Senin.",
     "Ardo Velkin", "Juru bicara Kementerian Luar Negeri China", "Kementerian Luar Negeri China"),
    # a registered person under another post than the register's: the register's country, not its body
    ("Penasihat Keamanan Nasional John Kirby menilai laporan itu belum dapat dipastikan.",
     "John Kirby", "Penasihat Keamanan Nasional", "Amerika Serikat"),
    # negative: under the register's own post, the register's body
    ("Juru bicara John Kirby mengatakan laporan itu belum dapat dipastikan.",
     "John Kirby", "Juru bicara", "Dewan Keamanan Nasional"),
])
def test_actors_body_without_country_and_register_post(brief_of, text, name, role, affiliation):
    person = _by_name(brief_of(text), "person")[name]
    assert (person.role, person.affiliation) == (role, affiliation)


@pytest.mark.parametrize("text, not_a_person", [
    # a name followed by a model code is a product
    ("Sistem Pantsir S1 dipasang di dekat kota itu pada Senin.", "Sistem Pantsir"),
    ("Rusia mengirim jet tempur Velkor Sarn Su-57 ke perbatasan.", "Velkor Sarn"),
])
def test_actors_name_with_a_model_code_is_a_product(brief_of, text, not_a_person):
    assert not_a_person not in _by_name(brief_of(text), "person")


def test_actors_name_before_a_number_of_days_stays_a_person(brief_of):
    # negative: a number that is no model code after a name
    assert "Velkor Sarn" in _by_name(brief_of("Velkor Sarn 12 tahun memimpin lembaga itu, katanya."), "person")


@pytest.mark.parametrize("text, person, not_a_person", [
    # the day noun right before a weekday opens the date, no word of the name before it
    ("Itu dikatakan Presiden Dadang Suryo Hari Kamis usai kunjungannya ke Hanoi.", "Dadang Suryo",
     "Dadang Suryo Hari"),
    ("Menteri Arvid Tomsen Hari Senin tiba di Seoul.", "Arvid Tomsen", "Arvid Tomsen Hari"),
])
def test_actors_day_noun_before_a_weekday_is_no_name_word(brief_of, text, person, not_a_person):
    persons = _by_name(brief_of(text), "person")
    assert person in persons
    assert not_a_person not in persons


def test_actors_day_noun_as_a_given_name_stays_in_the_name(brief_of):
    # negative: no weekday after it: a given name ("Hari") before a surname
    persons = _by_name(brief_of("Menteri Hari Wibisono tiba di Seoul pada Senin."), "person")
    assert "Hari Wibisono" in persons


def test_actors_ambassador_at_large_is_one_role(brief_of):
    # "Duta Besar Keliling": an ambassador-at-large; the word is the post's, no person named Keliling
    brief = brief_of("Pejabat itu menemui Duta Besar Keliling Kementerian Luar Negeri Rusia untuk "
                     "urusan Arktik, Pavel Drozdov, di Moskow.")
    persons = _by_name(brief, "person")
    assert "Keliling" not in persons
    # (the `untuk` clause is too long to keep; the body before it completes the post, as it does without one)
    assert persons["Pavel Drozdov"].role == "Duta Besar Keliling Kementerian Luar Negeri Rusia"
    assert persons["Pavel Drozdov"].affiliation == "Kementerian Luar Negeri Rusia"


def test_actors_travelling_word_outside_a_post_is_no_role(brief_of):
    # negative: the same word after a common noun, not a post: no role, no person
    brief = brief_of("Seorang pedagang keliling bernama Arvid Tomsen ditemui di Seoul.")
    persons = _by_name(brief, "person")
    assert "Keliling" not in persons and "Arvid Tomsen" in persons
    assert persons["Arvid Tomsen"].role != "Duta Besar Keliling"


def test_actors_korean_intelligence_service_by_its_other_indonesian_name(brief_of):
    # "Dinas Intelijen Nasional" is the same South Korean service as "Badan Intelijen Nasional" (NIS):
    # one body, its acronym the same body, and it speaks by either name
    brief = brief_of("Menurut Dinas Intelijen Nasional Korea Selatan (NIS), hal itu terjadi Senin. "
                     "NIS menyebutkan \"ribuan pekerja dikirim ke luar negeri\" tahun lalu.")
    bodies = {a.key: a for a in brief.actors if a.kind == "organization"}
    assert set(bodies) == {"south-korea-nis"}
    assert bodies["south-korea-nis"].name == "Dinas Intelijen Nasional Korea Selatan"
    assert [q.speaker for q in brief.quotes] == ["Dinas Intelijen Nasional Korea Selatan"]


def test_actors_korean_parties_are_known_bodies_but_not_any_democratic_party(brief_of):
    brief = brief_of("Menurut Arvid Tomsen, anggota Partai Demokrat Korea, langkah itu wajar. "
                     "Partai Kekuatan Rakyat menolak.")
    keys = {a.key for a in brief.actors if a.kind == "organization"}
    assert {"democratic-party-of-korea", "people-power-party"} <= keys
    # negative: the bare "Partai Demokrat" (also Indonesia's, and the US one) is not the Korean party
    brief = brief_of("Politikus Partai Demokrat di Jakarta, Arvid Tomsen, tidak berkomentar.")
    assert "democratic-party-of-korea" not in {a.key for a in brief.actors}


def test_actors_station_and_tourist_zone_before_a_known_place_are_places_of_their_own(brief_of):
    brief = brief_of("Kereta itu tiba di Stasiun Vladivostok pada Senin. "
                     "Zona Wisata Pesisir Wonsan Kalma dibuka untuk turis asing.")
    places = _by_name(brief, "place")
    assert "Stasiun Vladivostok" in places and "Vladivostok" not in places
    assert "Stasiun" not in places
    # the zone's words before the resort's registered name: that resort, named as written, one place
    brief = brief_of("Zona Wisata Pesisir Wonsan-Kalma dibuka untuk turis asing. Wonsan-Kalma ramai.")
    zones = [a for a in brief.actors if a.kind == "place"]
    assert [(a.key, a.name) for a in zones] == [("wonsan-kalma", "Zona Wisata Pesisir Wonsan-Kalma")]


def test_actors_island_head_before_a_known_place_stays_that_place(brief_of):
    # negative: a head that is no station ("Pulau") before a known place is that place, as written ...
    places = [a for a in brief_of("Kapal itu berlayar ke Pulau Sakhalin pada Senin.").actors if a.kind == "place"]
    assert [(a.key, a.name) for a in places] == [("sakhalin", "Pulau Sakhalin")]
    # ... and a port whose town the text names alone too is written as its town: no place of its own
    # (a port whose town is never named alone is the port: test_actors_places)
    places = _by_name(brief_of("Kapal itu berlabuh di Pelabuhan Vladivostok pada Senin. Warga Vladivostok senang."),
                      "place")
    assert "Pelabuhan Vladivostok" not in places and "Vladivostok" in places


def test_actors_ministry_named_by_its_capital_in_either_spelling(brief_of):
    # "Moskwa" (the other Indonesian spelling of Moscow) names the same ministry as "Moskow"
    for city in ("Moskwa", "Moskow"):
        brief = brief_of(f"Sehari sebelumnya, juru bicara Kementerian Luar Negeri {city}, Arvid Tomsen, "
                         "mengatakan bahwa ketegangan meningkat.")
        person = _by_name(brief, "person")["Arvid Tomsen"]
        assert person.affiliation == "Kementerian Luar Negeri Rusia"
    # negative: the city alone is a place, no ministry
    brief = brief_of("Delegasi itu tiba di Moskwa pada Senin.")
    assert "russia-foreign-ministry" not in {a.key for a in brief.actors}


@pytest.mark.parametrize("text, medium", [
    # "(sebagaimana) diberitakan <medium>", "diwartakan <medium>": the medium that reported it, no person
    ("\"Kami siap bekerja sama,\" tambahnya, sebagaimana diberitakan The Daily Courier pada Jumat.", "The Daily Courier"),
    ("Hal itu diwartakan Harian Nusantara Raya kemarin.", "Harian Nusantara Raya"),
])
def test_actors_medium_after_reported_by_is_a_body(brief_of, text, medium):
    brief = brief_of(text)
    assert medium in _by_name(brief, "organization")
    assert not _by_name(brief, "person")


def test_actors_person_after_reported_words_elsewhere_stays_a_person(brief_of):
    # negative: a person who says what was reported is no medium
    brief = brief_of("Kabar yang diberitakan itu dibantah Arvid Tomsen, juru bicara kementerian, pada Senin.")
    assert "Arvid Tomsen" in _by_name(brief, "person")


@pytest.mark.parametrize("text, name, role, employer", [
    # "X, seorang karyawan <Body>": the worker's post, the body they work for
    ("Oskar, seorang karyawan Lurin Air yang ikut dalam penerbangan itu, menyatakan puas.",
     "Oskar", "karyawan", "Lurin Air"),
    # "<worker>, X,": the post set off before its holder; "lain" (another) is not part of it
    ("Salah satu pekerja, Tavo, mengaku tangannya kaku.", "Tavo", "pekerja", None),
    ("Seorang pekerja lain, Dovan, mengatakan mereka dipukul.", "Dovan", "pekerja", None),
])
def test_actors_worker_named_by_post_and_employer(brief_of, text, name, role, employer):
    brief = brief_of(text)
    person = _by_name(brief, "person")[name]
    assert person.role == role
    assert person.affiliation == employer
    if employer:
        assert employer in _by_name(brief, "organization")
        assert employer not in _by_name(brief, "person")


def test_actors_words_after_a_worker_head_are_the_employer_not_a_person(brief_of):
    # negative: "seorang karyawan <Body> mengatakan" names no one; the body is an organisation
    brief = brief_of("Seorang karyawan Lurin Air mengatakan penerbangan itu ditunda.")
    assert not _by_name(brief, "person")
    assert "Lurin Air" in _by_name(brief, "organization")


def test_actors_worker_word_inside_a_party_name_stays_in_the_body(brief_of):
    # negative: "Partai Buruh", "Partai Pekerja": the worker's word is part of the body's name
    brief = brief_of("Ketua Partai Buruh Vardena, Sevan Dorik, mengatakan Partai Pekerja menolak usul itu.")
    orgs = _by_name(brief, "organization")
    assert "Partai Buruh" in orgs and "Partai Pekerja" in orgs
    assert set(_by_name(brief, "person")) <= {"Sevan Dorik", "Vardena"}


def test_actors_post_shared_by_holders_each_linked_to_a_body(brief_of):
    # "<post> dari A, X, dan Y dari B": one post, each holder for the body named after them
    brief = brief_of("Anggota parlemen dari Partai Lurin, Arvo Melkin, dan Sevan Torik dari Partai Baru, "
                     "mengatakan bahwa laporan itu disampaikan.")
    people = _by_name(brief, "person")
    assert (people["Arvo Melkin"].role, people["Arvo Melkin"].affiliation) == ("Anggota parlemen", "Partai Lurin")
    assert (people["Sevan Torik"].role, people["Sevan Torik"].affiliation) == ("Anggota parlemen", "Partai Baru")


@pytest.mark.parametrize("text, other", [
    # negative: no body linked after the second name, no parallel: the post stays the first holder's
    ("Anggota parlemen dari Partai Lurin, Dora Vesk, dan Karel Omnis mengatakan hal yang sama.", "Karel Omnis"),
    # negative: a post not linked to its body by "dari" is not shared with a name that is
    ("Menteri Luar Negeri Norwegia, Ilse Brant, dan Tomas Rell dari Universitas Lurin bertemu kemarin.", "Tomas Rell"),
])
def test_actors_second_name_without_parallel_body_does_not_share_the_post(brief_of, text, other):
    assert _by_name(brief_of(text), "person")[other].role is None


@pytest.mark.parametrize("text, name, country", [
    # "<counterpart> dari <country>, X": X is of that country
    ("Menteri itu berbincang dengan rekan sejawat dari Korsel, Chung Min-ho, pada Jumat.", "Chung Min-ho", "Korea Selatan"),
    ("Lavrov juga bertemu mitranya dari Jepang, Sato Kenji, di Moskow.", "Sato Kenji", "Jepang"),
])
def test_actors_counterpart_from_a_country_named_after_a_comma(brief_of, text, name, country):
    assert _by_name(brief_of(text), "person")[name].affiliation == country


def test_actors_name_after_a_clause_ending_in_a_country_is_not_of_it(brief_of):
    # negative: "tiba dari Jepang, X mengatakan": a new clause, no counterpart, no origin
    person = _by_name(brief_of("Ia tiba dari Jepang, Arvo Melkin mengatakan hal itu kemarin."), "person")["Arvo Melkin"]
    assert person.affiliation is None


@pytest.mark.parametrize("text, phrase", [
    # a treaty's head and English military terms quoted as they are are no person's name
    ("Pakta Pertahanan Lurin-Vardena disinyalir terbentuk sebagai reaksi.", "Pakta Pertahanan"),
    ("\"Menurut saya itu baru Psychological Warfare, belum operasi nyata,\" ujarnya.", "Psychological Warfare"),
])
def test_actors_treaty_and_english_military_terms_are_no_person(brief_of, text, phrase):
    assert not any(phrase in n or n in phrase for n in _by_name(brief_of(text), "person"))


def test_actors_person_named_beside_a_treaty_stays_a_person(brief_of):
    # negative: the person who speaks of the treaty is still read
    brief = brief_of("Arvo Melkin mengatakan Pakta Pertahanan itu disinyalir terbentuk sebagai reaksi.")
    assert "Arvo Melkin" in _by_name(brief, "person")


def test_actors_one_word_name_before_a_passive_said_of_people_is_a_person(brief_of):
    # "Setelah X ditangkap oleh ...": arrested, tried, sentenced are said of people
    brief = brief_of("Setelah Tavok ditangkap oleh dinas keamanan, ia dipindahkan ke Moskow.")
    assert "Tavok" in _by_name(brief, "person")


def test_actors_one_word_name_before_held_is_no_person(brief_of):
    # negative: "ditahan" (held) is said of ships and cargo too: no person from it
    brief = brief_of("Kapal kargo Sevmor ditahan di Busan sejak pekan lalu.")
    assert "Sevmor" not in _by_name(brief, "person")


@pytest.mark.parametrize("dateline, kept", [
    # "kepada Kantor Berita <Outlet>" on the outlet's own page: its reporter asked; the outlet, no body
    ("Jakarta, VOI -", False),
    # negative: on another outlet's page, the medium spoken to is a body of the brief
    ("Jakarta, KOMPAS.com -", True),
])
def test_actors_page_own_outlet_named_as_the_one_spoken_to_is_no_body(brief_of, dateline, kept):
    brief = brief_of(f"{dateline} Pakta itu masih sebatas wacana, kata Arvo Melkin kepada Kantor Berita VOI "
                     "pada Kamis. Kementerian Luar Negeri Rusia menolak berkomentar.")
    orgs = _by_name(brief, "organization")
    assert ("Kantor Berita VOI" in orgs) == kept
    assert "Kementerian Luar Negeri Rusia" in orgs      # another body of the brief stays


@pytest.mark.parametrize("text, kept", [
    # a body the register knows, named as the one spoken to on that outlet's own page: the outlet, no body
    ("Mandat Panel Pemantau Berakhir\n\nMandat panel itu berakhir pada Selasa. Ketua panel, Arvo Melkin, "
     "mengatakan kepada NHK bahwa pekerjaan mereka belum selesai.", False),
    # negative: the same body on a page whose dateline names another outlet stays a body of the brief
    ("Mandat Panel Pemantau Berakhir\n\nJakarta, KOMPAS.com - Mandat panel itu berakhir pada Selasa. Ketua panel, "
     "Arvo Melkin, mengatakan kepada NHK bahwa pekerjaan mereka belum selesai.", True),
])
def test_actors_registered_outlet_spoken_to_on_its_own_page_is_no_body(brief_of, text, kept):
    brief = brief_of(text + "\n")
    assert ("NHK" in _by_name(brief, "organization")) == kept


@pytest.mark.parametrize("text, name, role", [
    # security as the post's field: "Kepala Keamanan <country>, X," is no bare "Kepala"
    ("Kunjungan Kepala Keamanan Rusia, Nikolai Vostrov, ke Pyongyang menandai momen penting.",
     "Nikolai Vostrov", "Kepala Keamanan"),
    ("Menteri Keamanan Negara China Li Wen juga hadir.", "Li Wen", "Menteri Keamanan Negara"),
    # negative: the Security Council stays the council a member's post names
    ("Anggota Dewan Keamanan PBB, Arvo Melkin, hadir.", "Arvo Melkin", "Anggota Dewan Keamanan PBB"),
])
def test_actors_security_as_the_field_of_a_post(brief_of, text, name, role):
    assert _by_name(brief_of(text), "person")[name].role == role


def test_actors_post_of_a_body_named_before_by_its_kind(brief_of):
    # "organisasi <Body>" then "Kepala organisasi, X,": the post is of that body
    brief = brief_of("Wawancara itu difasilitasi oleh organisasi Lurinsk Nation Forum. Kepala organisasi, "
                     "Sevan Dorik, mengatakan bahwa para tawanan memohon.")
    person = _by_name(brief, "person")["Sevan Dorik"]
    assert (person.role, person.affiliation) == ("Kepala organisasi", "Lurinsk Nation Forum")


def test_actors_post_of_a_kind_no_body_was_named_by_has_no_body(brief_of):
    # negative: no body was named after "organisasi" before: the post serves no body the text names
    brief = brief_of("Forum Lurinsk menggelar wawancara itu. Kepala organisasi, Sevan Dorik, mengatakan bahwa "
                     "para tawanan memohon.")
    assert _by_name(brief, "person")["Sevan Dorik"].affiliation is None


def test_actors_apposition_post_naming_its_body_kind_gives_the_body_as_affiliation(brief_of):
    # "X, manajer agen tur Y yang ...": Y is a body and X works for it
    brief = brief_of("Dikutip dari AFP, Natalia Vesk, manajer agen tur Lurin Intur yang menjual paket liburan "
                     "itu, mengatakan bahwa turis puas.")
    assert "Lurin Intur" in _by_name(brief, "organization")
    assert _by_name(brief, "person")["Natalia Vesk"].affiliation == "Lurin Intur"


def test_actors_body_of_an_apposition_post_is_only_its_holders(brief_of):
    # negative: the body goes to the name the apposition describes, not to another person of the clause
    brief = brief_of("Arvo Melkin bertemu Dora Vesk, manajer agen tur Lurin Intur yang mengatur perjalanan itu.")
    people = _by_name(brief, "person")
    assert people["Dora Vesk"].affiliation == "Lurin Intur"
    assert people["Arvo Melkin"].affiliation is None


@pytest.mark.parametrize("text, role, affiliation", [
    # The post as stated keeps the body it belongs to and whom it serves ...
    ("Juru Bicara Kementerian Luar Negeri Rusia Ardo Velkin tiba pada Senin.",
     "Juru Bicara Kementerian Luar Negeri Rusia", "Kementerian Luar Negeri Rusia"),
    ("Duta Besar Rusia untuk PBB, Ardo Velkin, menolak resolusi itu.", "Duta Besar Rusia untuk PBB", "Rusia"),
    ("Ardo Velkin, mantan duta besar Korea Selatan untuk Laos, menolak.",
     "mantan duta besar Korea Selatan untuk Laos", "Korea Selatan"),
    # ... but a bare country is the affiliation alone, and so is a body that takes more than five words
    ("Presiden Rusia Ardo Velkin tiba pada Senin.", "Presiden", "Rusia"),
    ("Kemarin Duta Besar Amerika Serikat untuk Perserikatan Bangsa Bangsa, Ardo Velkin, tiba.",
     "Duta Besar", "Amerika Serikat"),
])
def test_actors_post_as_stated_names_its_body(brief_of, text, role, affiliation):
    person = _by_name(brief_of(text), "person")["Ardo Velkin"]
    assert (person.role, person.affiliation) == (role, affiliation)


_SUBHEAD_ARTICLE = (
    "Menteri Luar Negeri Rusia Arvo Tenn tiba di Lurin pada hari Sabtu untuk bertemu mitranya.\n"
    "Lawatan itu merupakan babak kedua pembicaraan rutin kedua pemerintah.\n"
    "{line}\n"
    "Tenn diperkirakan menyampaikan pesan dari Presiden Rusia Dara Velkin kepada tuan rumah.\n"
    "Sesudahnya ia terbang ke Beijing guna mengikuti sidang para menteri.\n")


@pytest.mark.parametrize("line, linked", [
    # A subhead between two paragraphs names people of the article by one word: those are their mentions.
    ("Pasukan di Garis Depan Kursk, pesan Velkin untuk Tenn", {"Velkin": "Dara Velkin", "Tenn": "Arvo Tenn"}),
    # Negative: a teaser's title naming someone the article does not is no one's mention, and no person.
    ("Harga Emas Naik, Rosen Borga Pilih Menabung", {}),
    # A subhead writing a person's full name: its words are that name, no bare mentions ("Dara", "Velkin");
    # a bare name beside it still links.
    ("Pertemuan Penting Dara Velkin dan Tenn", {"Tenn": "Arvo Tenn"}),
])
def test_actors_subhead_names_people_of_the_article(brief_of, line, linked):
    text = _SUBHEAD_ARTICLE.format(line=line)
    brief = brief_of(text)
    start = text.index(line)
    people = _by_name(brief, "person")
    found = {m.text: a.name for a in people.values() for m in a.mentions
             if start <= m.span.start < start + len(line)}
    assert found == linked
    assert not {"Rosen Borga", "Borga"} & set(people)


@pytest.mark.parametrize("text, name, country", [
    # The agency's Indonesian name with the country written out is the agency, named as the text writes it,
    ("Menurut Kantor Berita Pusat Korea Utara, delegasi itu tiba di Vorsk pada Senin.",
     "Kantor Berita Pusat Korea Utara", "Korea Utara"),
    ("Kantor Berita Sentral Korea melaporkan bahwa Tarin Vosk menghadiri upacara itu.",
     "Kantor Berita Sentral Korea", None),
    # negative: the register's own form stays, and a country after it in another clause is a country
    ("Kantor Berita Pusat Korea melaporkan bahwa Korea Utara menolak tawaran itu.",
     "Kantor Berita Pusat Korea", "Korea Utara"),
])
def test_actors_agency_named_with_its_country_is_one_body(brief_of, text, name, country):
    brief = brief_of(text)
    orgs = _by_name(brief, "organization")
    assert list(orgs) == [name]
    assert [a.name for a in brief.actors if a.kind == "country"] == ([country] if country else [])


@pytest.mark.parametrize("text, bodies", [
    # A committee's name followed right away by a legislature is that chamber's committee, one body
    ("Menurut anggota Komite Intelijen Parlemen Korea Selatan, Tarin Vosk sudah dicopot.",
     ["Komite Intelijen Parlemen Korea Selatan"]),
    ("Ketua Komisi Pertahanan Parlemen Eropa menyambut keputusan itu pada Senin.",
     ["Komisi Pertahanan Parlemen Eropa"]),
    # negative: a committee and a chamber apart in the sentence stay two bodies
    ("Komite Intelijen menyampaikan laporan itu kepada Parlemen Korea Selatan pada Senin.",
     ["Komite Intelijen", "Parlemen Korea Selatan"]),
    # a party's committee named with the party is one body too (the gold sets name it so)
    ("Anggota Komite Sentral Partai Buruh menghadiri upacara itu.", ["Komite Sentral Partai Buruh"]),
    # negative: the committee and the party apart in the sentence stay two bodies
    ("Komite Sentral bersidang sebelum kongres Partai Buruh dibuka.", ["Komite Sentral", "Partai Buruh"]),
    # A ministry's unit followed right away by the ministry is that ministry's unit, one body
    ("Pada Senin, Direktorat Keamanan Siber Kementerian Pertahanan mengumumkan temuan itu.",
     ["Direktorat Keamanan Siber Kementerian Pertahanan"]),
    ("Biro Hukum Kementerian Luar Negeri menolak tuduhan itu pada Selasa.",
     ["Biro Hukum Kementerian Luar Negeri"]),
    # negative: a unit and a ministry apart in the sentence stay two bodies
    ("Direktorat Keamanan Siber melapor kepada Kementerian Pertahanan pada Senin.",
     ["Direktorat Keamanan Siber", "Kementerian Pertahanan"]),
])
def test_actors_committee_of_a_chamber_is_one_body(brief_of, text, bodies):
    assert sorted(_by_name(brief_of(text), "organization")) == sorted(bodies)


@pytest.mark.parametrize("text, orgs, countries", [
    # "Kantor Berita <country>, <agency>": the kind and country describe the agency named next
    ("Penjaga kehormatan menyambut tamu itu, kata Kantor Berita Turki, Anadolu.", ["Anadolu"], ["Turki"]),
    ("Menurut Kantor Berita Rusia, Tavrin Press, delegasi itu tiba Senin.", ["Tavrin Press"], ["Rusia"]),
    # negative: with no name after the comma it is the agency of that country, one body
    # (its country named inside its name)
    ("Menurut Kantor Berita Rusia, delegasi itu tiba pada Senin.", ["Kantor Berita Rusia"], ["Rusia"]),
    ("Delegasi itu tiba, lapor Kantor Berita Rusia, Senin (12/5).", ["Kantor Berita Rusia"], ["Rusia"]),
])
def test_actors_agency_described_by_kind_and_country(brief_of, text, orgs, countries):
    brief = brief_of(text)
    assert sorted(_by_name(brief, "organization")) == orgs
    assert [a.name for a in brief.actors if a.kind == "country"] == countries


@pytest.mark.parametrize("text, orgs, countries", [
    # A registered body whose last word, with the next, names a country: the body with its country written out
    ("Tarin Vosk, pejabat Partai Buruh Korea Utara, tiba pada Senin.", ["Partai Buruh Korea Utara"],
     ["Korea Utara"]),
    # negatives: the register's own form, and a country after a body with a name of its own
    ("Tarin Vosk, pejabat Partai Buruh Korea, tiba pada Senin.", ["Partai Buruh Korea"], []),
    ("Laporan Yonhap Korea Selatan menyebut Tarin Vosk tiba pada Senin.", ["Yonhap"], ["Korea Selatan"]),
])
def test_actors_registered_body_with_its_country_written_out(brief_of, text, orgs, countries):
    brief = brief_of(text)
    assert sorted(_by_name(brief, "organization")) == orgs
    assert [a.name for a in brief.actors if a.kind == "country"] == countries


@pytest.mark.parametrize("text, person", [
    # A bare surname the register's `surnames:` gives one bearer names that person when no one here has it
    ("Pertemuan Kim dan Presiden Vorsk Tarin Vosk berakhir buntu.", "kim-jong-un"),
    # a Chinese family name of two letters alone, after a preposition, is the person, not a place
    ("Utusan itu menyerahkan surat pribadi dari Xi kepada pemimpin Vorsk.", "xi-jinping"),
    # negative: an article naming another Kim keeps its bare Kim for that one
    ("Menteri Luar Negeri Korea Selatan Kim Dara-hun tiba Senin. Kim mengatakan pertemuan itu penting.",
     None),
])
def test_actors_bare_shared_surname_names_the_registered_bearer(brief_of, text, person):
    people = _by_name(brief_of(text), "person")
    owners = [actor for actor in people.values() if any(m.text in ("Kim", "Xi") for m in actor.mentions)]
    assert len(owners) == 1 and owners[0].register_id == person
    assert person is not None or owners[0].name == "Kim Dara-hun"


@pytest.mark.parametrize("text, places", [
    # A known place after a compound's prefix and a hyphen names a route, not the place
    ("Kereta itu beralih ke jalur kereta api Trans-Siberia menuju Vladivostok.", ["Vladivostok"]),
    # negative: the place written alone, or after another hyphenated word, is still the place
    ("Kereta itu melintasi Siberia menuju Vladivostok.", ["Siberia", "Vladivostok"]),
])
def test_actors_place_after_a_compound_prefix_is_a_route(brief_of, text, places):
    assert sorted(a.name for a in brief_of(text).actors if a.kind == "place") == places


@pytest.mark.parametrize("text, orgs", [
    # A medium cited as a source whose name the page cuts at its end is no body
    ("Tarin Vosk menolak tawaran itu, dikutip dari lansiran media Lor", []),
    # negative: the same medium with its sentence closed is the source
    ("Tarin Vosk menolak tawaran itu, dikutip dari lansiran media Lorvesk.", ["Lorvesk"]),
])
def test_actors_source_cut_at_the_end_of_the_text_is_no_body(brief_of, text, orgs):
    assert sorted(_by_name(brief_of(text), "organization")) == orgs


@pytest.mark.parametrize("text, person, not_people", [
    # A post's field after "untuk" in words of bodies' names, then the holder: the last field word is no
    # part of the name
    ("Pertemuan itu melibatkan Wakil Menteri Luar Negeri Jepang untuk Strategi dan Intelijen Tarin Vosk-hun, "
     "dan pejabat lain.", "Tarin Vosk-hun", {"Intelijen Tarin Vosk-hun", "Strategi"}),
    # negative: a capitalised word that is no field word stays the name's
    ("Pertemuan itu melibatkan Wakil Menteri Luar Negeri Jepang untuk Strategi dan Dara Tarin Vosk, "
     "dan pejabat lain.", "Dara Tarin Vosk", {"Tarin Vosk"}),
])
def test_actors_post_field_after_untuk_is_no_part_of_the_name(brief_of, text, person, not_people):
    people = _by_name(brief_of(text), "person")
    assert person in people and not not_people & set(people)
    assert not [a for a in brief_of(text).actors if a.kind == "place" and a.name == "Strategi"]


@pytest.mark.parametrize("text, countries", [
    # A former state the register knows is that state, not today's country inside its name
    ("Pawai itu merayakan menangnya Uni Soviet atas Tentara Tsar.", ["Uni Soviet"]),
    # Germany under the Nazi regime goes by the country's usual name (the gold sets: four of five)
    ("Pawai itu merayakan menangnya Uni Soviet atas Nazi Jerman.", ["Jerman", "Uni Soviet"]),
    # negative: the bare regime's name is no state
    ("Delegasi Prancis menolak propaganda Nazi dalam pertemuan itu.", ["Prancis"]),
    # The long name of North Korea with the short name's compass word after it is still the state, no place
    ("Putin menyurati Kim pada ulang tahun Republik Rakyat Demokratik Korea Utara. Surat itu singkat.",
     ["Korea Utara"]),
])
def test_actors_former_state_is_that_state(brief_of, text, countries):
    assert sorted(a.name for a in brief_of(text).actors if a.kind == "country") == countries


@pytest.mark.parametrize("text, countries", [
    # The country closing a body's name is named there too; the body keeps its whole name
    ("Kementerian Luar Negeri Swiss siap menampung perundingan itu.", ["Swiss"]),
    ("Dinas Intelijen Nasional Korea Selatan melaporkan hal itu pada Senin.", ["Korea Selatan"]),
    # negative: a body with no country in its name names none
    ("Dewan Federasi menyetujui perjanjian itu pada Senin.", []),
])
def test_actors_country_closing_a_body_is_named(brief_of, text, countries):
    brief = brief_of(text)
    assert [a.name for a in brief.actors if a.kind == "country"] == countries
    assert len(_by_name(brief, "organization")) == 1


def test_quotes_country_inside_a_body_does_not_speak(brief_of):
    # the body speaks, not the country its name holds
    brief = brief_of("Kementerian Luar Negeri Korea Selatan menegaskan, \"Kami masih membahasnya dengan sekutu.\"")
    assert [q.speaker for q in brief.quotes] == ["Kementerian Luar Negeri Korea Selatan"]


def test_actors_school_named_after_a_country_names_no_country(brief_of):
    brief = brief_of("Profesor Dara Vesk dari Universitas Nasional Australia menilai hal itu berbeda.")
    assert not [a for a in brief.actors if a.kind == "country"]


@pytest.mark.parametrize("text, place, person", [
    # A run closed by an English site head right after a place is that place's site, one place, no person
    ("Pemerintah membuka Vladivostok Coastal Tourist Zone untuk wisatawan pada Senin.",
     "Vladivostok Coastal Tourist Zone", None),
    ("Wisatawan asing menginap di Khabarovsk Riverside Resort selama tiga hari.",
     "Khabarovsk Riverside Resort", None),
    # negative: a person's name after a place stays a person, the place stays itself
    ("Di Vladivostok Ivan Sorokin menyambut para wisatawan pada Senin.", "Vladivostok", "Ivan Sorokin"),
])
def test_actors_site_named_after_its_place_is_one_place(brief_of, text, place, person):
    brief = brief_of(text)
    assert place in _by_name(brief, "place")
    persons = _by_name(brief, "person")
    assert (person in persons) if person else not persons


@pytest.mark.parametrize("text, place, absent", [
    # A region's head capitalised by a Title Case headline over the body's "wilayah X": the place is itself
    ("Pasukan Asing Yang Dikerahkan Di Wilayah Kursk Mundur\n\nPasukan itu dikerahkan ke wilayah Kursk sejak Oktober.",
     "Kursk", "Wilayah Kursk"),
    # negative: with no lower-case head in the text, the head is part of the place's name as written
    ("Pasukan Asing Yang Dikerahkan Di Wilayah Kursk Mundur\n\nPasukan itu dikerahkan ke Kursk sejak Oktober.",
     "Wilayah Kursk", None),
])
def test_actors_region_head_in_a_title_is_no_part_of_the_name(brief_of, text, place, absent):
    places = _by_name(brief_of(text), "place")
    assert place in places and absent not in places


@pytest.mark.parametrize("text, kind, absent, present", [
    # In a Title Case headline, a place's head and words the article writes in lower case are a common phrase
    # negative: a head and a word the article never writes in lower case stay a place
    ("Turis Dilarang Masuk Resor Mewah di Pantai Timur\n\nPemerintah membuka resor pantai mewah itu pada Juli.",
     "place", "Resor Mewah", "Pantai Timur"),
    # A worker's head and one common word capitalised by a headline's style name no employer
    ("Tentara Dikirim Menyamar Jadi Pekerja Bangunan\n\nRibuan tentara itu disamarkan di lokasi proyek.",
     "organization", "Bangunan", None),
    # negative: a worker's head and a company's name are its employer
    ("Seorang karyawan Lurin Air mengatakan penerbangan itu dibatalkan pada Senin.",
     "organization", None, "Lurin Air"),
])
def test_actors_common_words_in_a_title_name_no_place_or_employer(brief_of, text, kind, absent, present):
    found = _by_name(brief_of(text), kind)
    if absent:
        assert absent not in found
    if present:
        assert present in found


@pytest.mark.parametrize("text, owner", [
    # A bare "Yoon" in Korea–Russia news is the president the register's `surnames:` names
    ("Moskow mengecam pernyataan Yoon soal bantuan senjata itu pada Kamis.", "yoon-suk-yeol"),
    # negative: an article naming another Yoon keeps its bare Yoon for that one
    ("Anggota parlemen Yoon Dara-min tiba Senin. Yoon mengatakan pertemuan itu penting.", None),
])
def test_actors_bare_yoon_names_the_registered_bearer(brief_of, text, owner):
    people = _by_name(brief_of(text), "person")
    owners = [actor for actor in people.values() if any(m.text == "Yoon" for m in actor.mentions)]
    assert len(owners) == 1 and owners[0].register_id == owner
    assert owner is not None or owners[0].name == "Yoon Dara-min"


@pytest.mark.parametrize("text, org, person", [
    # A medium with its country before its name ("situs berita <country> X"): the medium, no person
    ("Menurut sumber yang dikutip oleh situs berita Ukraina Dravina, pasukan itu mundur.", "Dravina", None),
    ("Hal itu dilaporkan harian Jepang Asahi Kuroda pada Senin.", "Asahi Kuroda", None),
    # negative: a country and a name after a word that is no medium's kind are a person
    ("Menurut menteri Ukraina Taras Dravenko, pasukan itu mundur.", None, "Taras Dravenko"),
])
def test_actors_medium_named_after_its_country(brief_of, text, org, person):
    brief = brief_of(text)
    if org:
        assert org in _by_name(brief, "organization") and org not in _by_name(brief, "person")
    if person:
        assert person in _by_name(brief, "person")


@pytest.mark.parametrize("text, places", [
    # A summit named after a region, its ordinal between ("KTT ke-18 Asia Timur"): no place
    ("Para menteri tiba di Jakarta untuk KTT ke-18 Asia Timur pada Rabu.", ["Jakarta"]),
    # negative: an ordinal after another noun leaves the place a place
    ("Putaran ke-3 Asia Timur digelar di Jakarta pada Kamis.", ["Asia Timur", "Jakarta"]),
])
def test_actors_place_after_a_summit_ordinal_names_the_summit(brief_of, text, places):
    assert sorted(a.name for a in brief_of(text).actors if a.kind == "place") == places


def test_actors_outlet_edition_names_no_country(brief_of):
    # a news outlet's edition for a country's readers is no body of that country
    brief = brief_of("BBC Indonesia melaporkan, kedua pemimpin akan bertemu di Vladivostok.")
    assert "Indonesia" not in _by_name(brief, "country")
    # negative: a ministry named after its country still names the country
    ministry = brief_of("Kementerian Luar Negeri Indonesia melaporkan, kedua pemimpin akan bertemu.")
    assert "Indonesia" in _by_name(ministry, "country")


@pytest.mark.parametrize("text, merged", [
    # two neighbouring letters swapped in a registered person's given name: one person
    ("Presiden Rusia Valdimir Putin tiba. Kemudian Vladimir Putin berpidato di depan para tamu.", True),
    # one letter changed
    ("Presiden Rusia Vladinir Putin tiba. Kemudian Vladimir Putin berpidato di depan para tamu.", True),
    # negative: another given name (a different length), or two letters apart: no slip
    ("Pengusaha Vladislav Putin tiba. Vladimir Putin berpidato di depan para tamu.", False),
    ("Pengusaha Vlodimar Putin tiba. Vladimir Putin berpidato di depan para tamu.", False),
])
def test_actors_misspelt_registered_given_name_is_one_person(brief_of, text, merged):
    people = _by_name(brief_of(text), "person")
    assert (len([n for n in people if n.endswith("Putin")]) == 1) == merged


@pytest.mark.parametrize("text, person, role, body", [
    # a registered body that starts inside a role phrase and takes the country after it: the role ends
    # before the body, the body keeps its country, the person stays a person
    ("Pada hari Sabtu, Kepala Staf Umum Rusia Nikolai Petrovsky menyatakan pasukan telah mundur.",
     "Nikolai Petrovsky", "Kepala Staf Umum Rusia", "Staf Umum Rusia"),
    ("Seorang pejabat Staf Gabungan Korea Selatan Budi Santoso mengatakan pesawat itu masuk.",
     "Budi Santoso", "pejabat Staf Gabungan Korea Selatan", "Staf Gabungan Korea Selatan"),
    # negative: the role phrase with no body after it stays whole
    ("Pada hari Sabtu, Kepala Staf Umum Nikolai Petrovsky menyatakan pasukan telah mundur.",
     "Nikolai Petrovsky", "Kepala Staf Umum", None),
])
def test_actors_role_phrase_ends_before_a_registered_body(brief_of, text, person, role, body):
    brief = brief_of(text)
    people = _by_name(brief, "person")
    assert set(people) == {person}
    assert people[person].role == role
    assert (body in _by_name(brief, "organization")) if body else not _by_name(brief, "organization")


@pytest.mark.parametrize("text, body", [
    ("Joint Chiefs of Staff (JCS) menyatakan sembilan pesawat masuk.", "Joint Chiefs of Staff"),
    # (the assembly named by its session goes by the register's name: bodies.py session_words)
    ("Presiden akan berpidato di Sidang Umum PBB bulan depan.", "Majelis Umum PBB"),
])
def test_actors_registered_military_and_un_bodies(brief_of, text, body):
    brief = brief_of(text)
    assert body in _by_name(brief, "organization")
    assert not _by_name(brief, "person")


@pytest.mark.parametrize("text, body", [
    # a word of bodies' names with its possessive suffix ("its air force") is no name of a body
    ("Negeri itu mengerahkan Angkatan Udaranya untuk menghalau pesawat asing.", None),
    # negative: a body's own name that merely ends in the same letters
    ("Pejabat Universitas Sanya menghadiri rapat itu.", "Universitas Sanya"),
])
def test_actors_possessive_word_closes_no_body(brief_of, text, body):
    orgs = _by_name(brief_of(text), "organization")
    assert (set(orgs) == {body}) if body else not orgs


@pytest.mark.parametrize("text, body, person, role", [
    # research and forensic bodies: a laboratory is a body's head, scientific words are its name's words
    ("Temuan itu disampaikan Budi Santoso, Kepala Laboratorium Riset Militer pada Institut Keahlian "
     "Forensik Nasional.", "Institut Keahlian Forensik Nasional", "Budi Santoso",
     "Kepala Laboratorium Riset Militer"),
])
def test_actors_research_and_forensic_bodies(brief_of, text, body, person, role):
    brief = brief_of(text)
    assert body in _by_name(brief, "organization")
    assert set(_by_name(brief, "person")) == {person}
    assert _by_name(brief, "person")[person].role == role


@pytest.mark.parametrize("text, body, person", [
    # English nouns closed by their initials in brackets name a body
    ("Di sisi lain, lembaga yang bermarkas di London, Conflict Armament Research (CAR), mencatat komponen asing.",
     "Conflict Armament Research", None),
    # negative: a person's name and its initials stay a person (no English noun in the name)
    ("Sementara itu, Susilo Bambang Yudhoyono (SBY) menemukan komponen asing.", None, "Susilo Bambang Yudhoyono"),
    # negative: English nouns closed by letters that are not their initials (no English head among them:
    # "Research" closes a body's name by itself)
    ("Sementara itu, Conflict Armament Monitoring (KGL) menemukan komponen asing.", None, None),
])
def test_actors_english_body_closed_by_its_initials(brief_of, text, body, person):
    brief = brief_of(text)
    assert (body in _by_name(brief, "organization")) if body else not any(
        n.startswith("Conflict") for n in _by_name(brief, "organization"))
    if person:
        assert person in _by_name(brief, "person")


@pytest.mark.parametrize("text, place, person", [
    # a country and a compass word after it: a region of the country
    ("Maskapai itu melayani rute ke kota pelabuhan di Rusia Timur tiga kali seminggu.", "Rusia Timur", None),
    ("Pasukan bergerak di Ukraina Selatan sejak pekan lalu.", "Ukraina Selatan", None),
    # negative: a given name that is also a compass word opens a person's name after the country
    ("Wakil Menteri Pertahanan Rusia Timur Petrovsky ditangkap pekan lalu.", None, "Timur Petrovsky"),
])
def test_actors_country_then_compass_word_is_a_region(brief_of, text, place, person):
    brief = brief_of(text)
    places = _by_name(brief, "place")
    assert (place in places) if place else not any(n.startswith("Rusia") for n in places)
    if person:
        assert person in _by_name(brief, "person")


def test_actors_registered_airport_before_its_city(brief_of):
    brief = brief_of("Pesawat sewaan itu lepas landas dari Bandara Sheremetyevo Moskow menjelang tengah malam.")
    assert {"Bandara Sheremetyevo", "Moskow"} <= set(_by_name(brief, "place"))
    assert "Bandara Sheremetyevo Moskow" not in _by_name(brief, "place")


def test_actors_registered_russian_republics_open_a_sentence(brief_of):
    # Russian republics named with no preposition before them (a sentence's subject) are places
    brief = brief_of("Yakutia dan Buryatia, dua republik yang terletak di Siberia, menambah kuota beasiswa.")
    assert {"Yakutia", "Buryatia", "Siberia"} <= set(_by_name(brief, "place"))
    assert not _by_name(brief, "person")


@pytest.mark.parametrize("text, body", [
    ("Museum itu memajang seragam Tentara Merah Soviet dari masa perang.", "Tentara Merah Soviet"),
    # negative: the bare name stays the registered body's own
    ("Museum itu memajang seragam Tentara Merah dari masa perang.", "Tentara Merah"),
])
def test_actors_red_army_with_its_state(brief_of, text, body):
    assert set(_by_name(brief_of(text), "organization")) == {body}


@pytest.mark.parametrize("text, body", [
    # a word of a country's name after a post set off by the apposition's comma is the post's field
    ("“Hubungan itu penting,” Budi Santoso, direktur program Korea di lembaga itu, mengatakan kepada wartawan.", None),
    # negative: a name of its own after the post's kind is the body
    ("Budi Santoso, direktur biro perjalanan Lurin, mengatakan hal itu.", "Lurin"),
])
def test_actors_country_word_after_a_post_is_no_body(brief_of, text, body):
    orgs = _by_name(brief_of(text), "organization")
    assert (set(orgs) == {body}) if body else not orgs


@pytest.mark.parametrize("text, roles", [
    # A post of a post set off after a name: the whole post as stated is the apposition's, with the
    # country it names; the name after it holds the last post only.
    ("Park Dong-hwan, wakil penasihat ekonomi Presiden Korea Selatan Moon Sang-ho, mengatakan hal itu.",
     {"Park Dong-hwan": ("wakil penasihat ekonomi Presiden Korea Selatan", "Korea Selatan"),
      "Moon Sang-ho": ("Presiden", "Korea Selatan")}),
    ("Han Ji-sook, wakil penasihat ekonomi Presiden Korea Selatan, menyebut rapat itu tertutup.",
     {"Han Ji-sook": ("wakil penasihat ekonomi Presiden Korea Selatan", "Korea Selatan")}),
    # negative: with no apposition, two posts written as one are the holder's named after them
    ("Ia disambut Utusan Presiden Rusia untuk Distrik Federal Siberia Anton Belov.",
     {"Anton Belov": ("Utusan Presiden Rusia untuk Distrik Federal Siberia", "Rusia")}),
    # negative: one post after the comma stays that post
    ("Han Ji-sook, penasihat Kementerian Unifikasi, menegaskan pemerintah belum tahu.",
     {"Han Ji-sook": ("penasihat Kementerian Unifikasi", "Kementerian Unifikasi Korea Selatan")}),
])
def test_actors_apposition_post_of_a_post(brief_of, text, roles):
    people = _by_name(brief_of(text), "person")
    assert {n: (p.role, p.affiliation) for n, p in people.items() if n in roles} == roles


@pytest.mark.parametrize("text, name, affiliation", [
    # A ministry's short form in brackets between the ministry and its country: the holder serves
    # that country's ministry.
    ("Juru Bicara Kementerian Luar Negeri (Kemlu) China, Wang Xiaoming menyebut, pihaknya belum menerima undangan.",
     "Wang Xiaoming", "Kementerian Luar Negeri China"),
    ("Juru Bicara Kementerian Pertahanan (Kemhan) Jepang, Sato Kenji mengatakan, pihaknya memantau.",
     "Sato Kenji", "Kementerian Pertahanan Jepang"),
    # negative: a body with its own name and short form keeps it; the country after it is not joined
    ("Peneliti Institut Studi Strategis Korea (KRIS) Park Min-jae mengatakan, latihan itu rutin.",
     "Park Min-jae", "Institut Studi Strategis Korea"),
])
def test_actors_ministry_short_form_then_country(brief_of, text, name, affiliation):
    assert _by_name(brief_of(text), "person")[name].affiliation == affiliation


@pytest.mark.parametrize("text, name, role", [
    # A relative clause right after the name states a further post, with the bodies it serves.
    ("Pernyataan itu datang dari Choi Mi-ran yang juga Wakil Ketua Komite Sentral Partai Buruh Korea "
     "yang berkuasa, pada Selasa.", "Choi Mi-ran", "Wakil Ketua Komite Sentral Partai Buruh Korea"),
    # negative: a verb after the joining word is no post of the name before it
    ("Choi Mi-ran yang juga bertemu Wakil Direktur Departemen Propaganda Lee Sang-ho tiba kemarin.",
     "Choi Mi-ran", None),
])
def test_actors_relative_clause_states_a_post(brief_of, text, name, role):
    assert _by_name(brief_of(text), "person")[name].role == role


@pytest.mark.parametrize("text, roles", [
    # Names set off by dashes after a post and a short relative clause each hold the post.
    ("Ia didampingi wakil ketua Komite Sentral Partai Buruh Korea yang berkuasa – Ri Song-chol dan "
     "Pak Yong-su – serta pejabat lain.",
     {"Ri Song-chol": "wakil ketua Komite Sentral Partai Buruh Korea",
      "Pak Yong-su": "wakil ketua Komite Sentral Partai Buruh Korea"}),
    # negative: with commas, a singular post is the first name's only
    ("Ia didampingi wakil ketua Partai Buruh Korea, Ri Song-chol dan Pak Yong-su, serta pejabat lain.",
     {"Pak Yong-su": None}),
])
def test_actors_names_set_off_by_dashes_hold_the_post(brief_of, text, roles):
    people = _by_name(brief_of(text), "person")
    assert {n: people[n].role for n in roles} == roles


@pytest.mark.parametrize("text, name, affiliation", [
    # A country's word after a post, then the body linked by a preposition: the country is the post's
    # field, the body whom the person serves.
    ("“Kami menunggu,” Lee Dong-jin, direktur program Korea di Center Stimson yang berkantor di Washington, menambahkan.",
     "Lee Dong-jin", "Stimson Center"),
    # negative: an embassy's country, then the country it stands in, is no field of a body
    ("Budi Santoso, sekretaris kedua kedutaan Rusia di Korea Utara, membuka pameran foto.",
     "Budi Santoso", "Rusia"),
])
def test_actors_country_field_before_a_linked_body(brief_of, text, name, affiliation):
    assert _by_name(brief_of(text), "person")[name].affiliation == affiliation


@pytest.mark.parametrize("text, affiliations", [
    # A list of a country's officials going on in the next paragraph after a continuation opener.
    ("Ia turut mengajak rombongan pejabat Rusia di antaranya Menteri Luar Negeri Igor Vasnetsov, "
     "dan Menteri Pertahanan Oleg Sverdin.\n\nKemudian ada Wakil Menteri Pertahanan Dmitri Kurganov, "
     "dan Menteri Kesehatan Anton Lebedinsky.",
     {"Dmitri Kurganov": "Rusia", "Anton Lebedinsky": "Rusia"}),
    # negative: no list before the opener, no country given
    ("Ia datang bersama keluarganya.\n\nKemudian ada Wakil Menteri Pertahanan Dmitri Kurganov, "
     "dan Menteri Kesehatan Anton Lebedinsky.",
     {"Dmitri Kurganov": None, "Anton Lebedinsky": None}),
])
def test_actors_list_of_officials_goes_on_in_the_next_paragraph(brief_of, text, affiliations):
    people = _by_name(brief_of(text), "person")
    assert {n: people[n].affiliation for n in affiliations} == affiliations


@pytest.mark.parametrize("text, affiliations", [
    # a few lower-case words describing the group between its country and the list's opener
    ("Ia tiba pada Rabu.\n\nRombongan Rusia itu membawa beberapa menteri, termasuk Menteri Kesehatan "
     "Igor Vasnetsov, dan Menteri Transportasi Oleg Sverdin.",
     {"Igor Vasnetsov": "Rusia", "Oleg Sverdin": "Rusia"}),
    # negative: a clause with a name of its own between them is no description of the group
    ("Ia tiba pada Rabu.\n\nRombongan Rusia itu bertemu Presiden Vestra Lorin di istana, termasuk Menteri Kesehatan "
     "Igor Vasnetsov, dan Menteri Transportasi Oleg Sverdin.",
     {"Igor Vasnetsov": None, "Oleg Sverdin": None}),
])
def test_actors_list_of_officials_after_a_described_group(brief_of, text, affiliations):
    people = _by_name(brief_of(text), "person")
    assert {n: people[n].affiliation for n in affiliations} == affiliations


@pytest.mark.parametrize("text, name, role", [
    # A cosmonaut or astronaut is named by the calling before the name.
    ("Pabrik itu dinamai dari kosmonot Soviet Pavel Dorin, orang kedua di luar angkasa.", "Pavel Dorin", "kosmonot"),
    ("Astronaut Jepang Kenji Arata ikut dalam misi itu.", "Kenji Arata", "Astronaut"),
])
def test_actors_calling_before_a_name(brief_of, text, name, role):
    assert _by_name(brief_of(text), "person")[name].role == role


def test_actors_calling_alone_names_no_one(brief_of):
    # negative: the calling with no name after it gives no person
    assert not _by_name(brief_of("Kosmonot itu kembali ke Bumi pekan lalu."), "person")


@pytest.mark.parametrize("text, name, role", [
    # A field after "untuk" in words of bodies' names is the post's, as stated up to the name.
    ("Pertemuan itu melibatkan Wakil Menteri Luar Negeri Jepang untuk Strategi dan Intelijen Tarin Vosk-hun, "
     "dan pejabat lain.", "Tarin Vosk-hun", "Wakil Menteri Luar Negeri Jepang untuk Strategi dan Intelijen"),
    # the whole field glued to a name of three words ("untuk Urusan Politik" and the holder)
    ("Wakil Menteri Luar Negeri Jepang untuk Urusan Politik Sato Ren Haru memanggil duta besar itu.",
     "Sato Ren Haru", "Wakil Menteri Luar Negeri Jepang untuk Urusan Politik"),
    # negative: with no field the post stays as before, its country the affiliation
    ("Pertemuan itu melibatkan Wakil Menteri Luar Negeri Jepang Tarin Vosk-hun dan pejabat lain.",
     "Tarin Vosk-hun", "Wakil Menteri Luar Negeri"),
])
def test_actors_post_field_after_untuk_is_part_of_the_post(brief_of, text, name, role):
    assert _by_name(brief_of(text), "person")[name].role == role


@pytest.mark.parametrize("text, medium, place", [
    # "laporan dari" (a report from) before a name cites a medium as the source, no place
    ("Menurut laporan dari Velto Morning, jembatan itu dibuka pada Rabu pagi.", "Velto Morning", None),
    # negative: a country after the same words is the country the reports came from, no medium
    ("Menurut laporan dari Amerika Serikat, jembatan itu dibuka pada Rabu pagi.", None, None),
    # negative: a place after "dari" alone (no report) stays a place
    ("Rombongan itu tiba dari Vladivostok pada Rabu pagi.", None, "Vladivostok"),
])
def test_actors_a_report_from_a_name_cites_a_medium(brief_of, text, medium, place):
    brief = brief_of(text)
    orgs, places = _by_name(brief, "organization"), _by_name(brief, "place")
    if medium:
        assert medium in orgs and medium not in places
    else:
        assert not any(o.startswith(("Amerika", "Vladivostok")) for o in orgs)
    if place:
        assert place in places


@pytest.mark.parametrize("text, medium, apart", [
    # a paper named after its city, cited as a source: the city's name is the paper's last word
    ("Pada Juni, surat kabar Velko Vladivostok, mengutip sebuah sumber, melaporkan pabrik itu ditutup.",
     "Velko Vladivostok", None),
    # negative: a registered body right after the medium's name is a second source, not part of the name
    ("Dilansir dari Velta Morning Reuters juga memberitakan penutupan pabrik itu.", "Velta Morning", "Reuters"),
    # negative: a country right after the medium's name is its country
    ("Menurut laporan Velta Morning Rusia, pabrik itu ditutup.", "Velta Morning", None),
])
def test_actors_a_medium_named_after_its_city(brief_of, text, medium, apart):
    brief = brief_of(text)
    orgs = _by_name(brief, "organization")
    assert medium in orgs
    assert not any(name.startswith(medium) and name != medium for name in orgs)
    if apart:
        assert apart in orgs


def test_actors_an_embassy_to_a_country_keeps_its_host_in_its_name(brief_of):
    text = ("TOKYO - Kedutaan Besar Jepang untuk Filipina pada Selasa membantah laporan itu.\n\n"
            "Kedutaan Jepang mengatakan laporan tersebut tidak berdasar.\n\n"
            "\u201cKami menolak tuduhan yang tidak berdasar itu,\u201d kata kedubes Jepang dalam sebuah pernyataan.\n")
    brief = brief_of(text)
    orgs = _by_name(brief, "organization")
    assert "Kedutaan Besar Jepang untuk Filipina" in orgs and "Kedutaan Besar Jepang" not in orgs
    assert len(orgs["Kedutaan Besar Jepang untuk Filipina"].mentions) == 2
    assert [q.speaker for q in brief.quotes] == ["Kedutaan Besar Jepang untuk Filipina"]


@pytest.mark.parametrize("text, name, absent", [
    # Negative: an embassy's seat after "di" is no part of its name; "untuk" before a verb or after a
    # ministry (aid for a country) is no host either.
    ("Kedutaan Besar Jepang di Manila pada Selasa membantah laporan itu.", "Kedutaan Besar Jepang",
     "Kedutaan Besar Jepang di Manila"),
    ("Kedutaan Besar Jepang untuk sementara menutup layanan visa.", "Kedutaan Besar Jepang",
     "Kedutaan Besar Jepang untuk"),
    ("Kementerian Pertahanan Jepang untuk Filipina menyiapkan bantuan kapal patroli.",
     "Kementerian Pertahanan Jepang", "Kementerian Pertahanan Jepang untuk Filipina"),
])
def test_actors_only_an_envoy_body_takes_untuk_and_a_country(brief_of, text, name, absent):
    orgs = _by_name(brief_of(text), "organization")
    assert name in orgs and absent not in orgs


@pytest.mark.parametrize("text, affiliation", [
    # "organisasi tersebut, <Body>": the kind pointing back, the body in apposition, then the post of that kind
    ("Film itu digarap oleh organisasi tersebut, Varsen People United. \u201cMereka ingin pulang,\u201d kata Odin Marek, "
     "kepala organisasi yang membantu para pengungsi.", "Varsen People United"),
    # negative: another kind pointing back before the body ("kelompok itu, X"): no body of this kind
    ("Film itu digarap oleh kelompok itu, Varsen People United. \u201cMereka ingin pulang,\u201d kata Odin Marek, "
     "kepala organisasi yang membantu para pengungsi.", None),
])
def test_actors_post_of_a_body_its_kind_pointed_back_to(brief_of, text, affiliation):
    assert _by_name(brief_of(text), "person")["Odin Marek"].affiliation == affiliation
