"""Datelines and outlets: a known city alone in capitals above the lead, an abbreviation the page spells out
in brackets, a site's name before a dash and a title or before a known city (invented snippets, invented
names)."""
from __future__ import annotations

import pytest

from generator.layout import find_layout

LEAD_ROW = " Pemerintah Lurinia menyatakan kesiapan memperluas kerja sama dengan Varna.\n\n"


def test_layout_dateline_abbreviation_spelled_out_in_brackets_elsewhere(make_article, lex):
    # the page's sign-off writes the name out before the abbreviation in brackets
    article = make_article("Lurinia Siap Perluas Kerja Sama dengan Varna\n\nMoskow, LIRA –" + LEAD_ROW
                           + "Kalimat penutup berita ini cukup panjang.\nLa’ira Info Agency (LIRA)\n")
    assert find_layout(article, lex).outlet == "La’ira Info Agency"


def test_layout_dateline_abbreviation_without_its_name_stays(make_article, lex):
    # negative: another bracketed abbreviation is no spelling of the outlet
    article = make_article("Lurinia Siap Perluas Kerja Sama dengan Varna\n\nMoskow, LIRA –" + LEAD_ROW
                           + "Menurut Badan Riset Varna (BRV), kerja sama itu penting.\n")
    assert find_layout(article, lex).outlet == "LIRA"


LEAD_PROSE = "Presiden Rusia Arvo Melkin pada Senin berterima kasih kepada Korea Utara atas dukungannya.\n"


def test_layout_known_city_alone_in_capitals_above_the_lead_is_the_dateline(make_article, lex):
    article = make_article("Rusia berterima kasih kepada Korea Utara\n‘Kami berterima kasih,’ kata presiden Rusia\n"
                           "MOSKOW\n" + LEAD_PROSE)
    layout = find_layout(article, lex)
    assert layout.dateline is not None and layout.dateline.of(article.text) == "MOSKOW"
    assert any(span.of(article.text).startswith("Presiden Rusia") for span in layout.body)


def test_layout_country_alone_in_capitals_is_no_dateline(make_article, lex):
    # negative: a country (a section label) alone on its line names no dateline city
    article = make_article("Rusia berterima kasih kepada Korea Utara\n‘Kami berterima kasih,’ kata presiden Rusia\n"
                           "RUSIA\n" + LEAD_PROSE)
    assert find_layout(article, lex).dateline is None


def test_layout_known_city_alone_above_a_short_line_is_no_dateline(make_article, lex):
    # negative: a city alone above a line that is no prose (a tag list)
    article = make_article("Rusia berterima kasih kepada Korea Utara\n\n" + LEAD_PROSE + "\nMOSKOW\nPutin Kim\n")
    assert find_layout(article, lex).dateline is None


@pytest.mark.parametrize("line, outlet, dateline", [
    # an unknown name, a dash, then a subhead in Title Case: the site's name, no dateline
    ("Lirasana – Rudal Lurinia Serang Varna: Konflik Memanas, Korban Bertambah", "Lirasana", None),
    # negative: a dateline city before a lead of prose: the dateline (an unknown word there is the site's
    # name, test_layout_unknown_word_before_the_leads_dash_is_the_site)
    ("Kupang – Rudal Lurinia menyerang kota Varna pada Kamis dini hari dan menewaskan puluhan warga.",
     None, "Kupang"),
])
def test_layout_name_and_dash_before_a_title_is_the_site_not_a_dateline(line, outlet, dateline, make_article, lex):
    article = make_article("Rudal Lurinia Serang Varna, Lurinia Tuding Tetangganya\n" + line + "\n"
                           "Rudal Lurinia menyerang kota Varna pada Kamis dini hari dan menewaskan puluhan warga. "
                           "Pemerintah Varna menuding Lurinia memakai rudal buatan luar negeri.\n")
    layout = find_layout(article, lex)
    assert layout.outlet == outlet
    assert (layout.dateline.of(article.text) if layout.dateline else None) == dateline


@pytest.mark.parametrize("lead, first_is_outlet", [
    # one word no list knows, then a known city: the site's name, then its city
    ("Kabarvarna, Jakarta – Presiden Rusia memuji sikap pemimpin Korea Utara dalam pertemuan itu.", True),
    # negatives: a dateline city before its region, and two words before the city, are no site's name
    ("Sleman, Yogyakarta – Presiden Rusia memuji sikap pemimpin Korea Utara dalam pertemuan itu.", False),
    ("Kota Lama, Jakarta – Presiden Rusia memuji sikap pemimpin Korea Utara dalam pertemuan itu.", False),
])
def test_layout_unknown_word_then_city_is_site_and_city(make_article, lex, lead, first_is_outlet):
    article = make_article(f"Judul Berita Tentang Rusia dan Korea\n\n{lead}\n")
    layout = find_layout(article, lex)
    first, second = lead.split(" –")[0].split(", ")
    assert (layout.outlet == first) is first_is_outlet
    if first_is_outlet:
        assert layout.dateline.of(article.text) == second
    else:
        assert layout.dateline.of(article.text) == first


@pytest.mark.parametrize("line, outlet, dateline", [
    # a dash spaced before and glued to the lead (a typo): a site's address or a known city still leads in
    ("Kabarlurinia.co.id -Pemerintah Lurinia menyatakan kesiapan memperluas kerja sama dengan Varna.",
     "Kabarlurinia.co.id", None),
    ("Moskow -Pemerintah Lurinia menyatakan kesiapan memperluas kerja sama dengan Varna.", None, "Moskow"),
    # negative: an unknown word before such a dash is neither
    ("Siaga -Pemerintah Lurinia menyatakan kesiapan memperluas kerja sama dengan Varna.", None, None),
    # negative: a hyphen inside a name is no dash
    ("Hubungan Lurinia-Varna membaik setelah pemerintah menyatakan kesiapan bekerja sama.", None, None),
])
def test_layout_dash_glued_to_the_lead(line, outlet, dateline, make_article, lex):
    article = make_article("Lurinia Siap Perluas Kerja Sama dengan Varna\n\n" + line + "\n\nKalimat kedua berita ini.\n")
    layout = find_layout(article, lex)
    assert layout.outlet == outlet
    assert (layout.dateline.of(article.text) if layout.dateline else None) == dateline


@pytest.mark.parametrize("lead_in, outlet", [
    # a known outlet's lead-in below a slogan, a deck, an editor's line and a caption: the outlet
    ("TRIBUNJATENG.COM - ", "Tribun Jateng"),
    # negative: a city's lead-in that far down is no dateline, and names no outlet
    ("SEMARANG - ", None),
])
def test_layout_known_outlet_lead_in_below_the_page_header(lead_in, outlet, make_article, lex):
    article = make_article("Warta Kota Kita\nKota Kita Maju Bersama\n\nLurinia Siap Perluas Kerja Sama dengan Varna\n\n"
                           "Pemerintah Lurinia bicara soal kerja sama dengan Varna pekan ini.\n\nEditor: Rahmat\n"
                           "foto dokumen\nPresiden Lurinia Arvo Melkin di Varna.\nArvo Melkin bersalaman\n\n"
                           + lead_in + "Pemerintah Lurinia menyatakan kesiapan memperluas kerja sama dengan Varna.\n\n"
                           "Kalimat kedua berita ini cukup panjang.\n")
    assert find_layout(article, lex).outlet == outlet


@pytest.mark.parametrize("dash", ["โ€“ย", "โ€“", "โ€”", "โย"])
def test_layout_dash_read_through_a_thai_code_page_ends_the_dateline(make_article, lex, dash):
    # an en/em dash (and its no-break space) whose bytes went through cp874: still the dateline's dash
    article = make_article("Lurinia Siap Perluas Kerja Sama dengan Varna\n\nMoskow, LIRA " + dash + LEAD_ROW)
    layout = find_layout(article, lex)
    assert layout.dateline is not None and layout.dateline.of(article.text) == "Moskow"
    assert layout.outlet == "LIRA"


def test_layout_no_dash_no_dateline(make_article, lex):
    # negative: the same line with no dash at all opens no dateline
    article = make_article("Lurinia Siap Perluas Kerja Sama dengan Varna\n\nMoskow, LIRA" + LEAD_ROW)
    assert find_layout(article, lex).dateline is None


def test_layout_unknown_word_before_the_leads_dash_is_the_site(make_article, lex):
    # one word no place list knows before the lead's dash: the site's name, no dateline
    article = make_article("Lurinia Siap Perluas Kerja Sama dengan Varna\n\nKabarlurin -" + LEAD_ROW
                           + "Kalimat penutup berita ini cukup panjang.\n")
    layout = find_layout(article, lex)
    assert (layout.dateline, layout.outlet) == (None, "Kabarlurin")


def test_layout_unknown_word_before_the_dash_yields_to_the_outlet_the_page_names(make_article, lex):
    # the body names the page's own site relaying another medium: that site is the outlet
    article = make_article("Lurinia Siap Perluas Kerja Sama dengan Varna\n\nKabarlurin -" + LEAD_ROW
                           + "Sebagaimana dilansir lurinpos.com dari Varna Times, kerja sama itu penting.\n")
    layout = find_layout(article, lex)
    assert (layout.dateline, layout.outlet) == (None, "lurinpos.com")


@pytest.mark.parametrize("city", ["Bekasi", "Vladivostok", "Tasikmalaya"])
def test_layout_known_city_before_the_dash_stays_the_dateline(make_article, lex, city):
    # negative: a dateline city or a place the register knows is the dateline, no outlet
    article = make_article("Lurinia Siap Perluas Kerja Sama dengan Varna\n\n" + city + " -" + LEAD_ROW)
    layout = find_layout(article, lex)
    assert layout.dateline is not None and layout.dateline.of(article.text) == city
    assert layout.outlet is None


def test_layout_dateline_city_comma_then_outlet_and_date_in_brackets(make_article, lex):
    # "Kota, (Situs/d/m/yyyy) -": the outlet in brackets after the city's comma, the day after its slash
    article = make_article("Lurinia Siap Perluas Kerja Sama dengan Varna\n\nJenewa, (Kabarlurin/3/4/2019) -" + LEAD_ROW)
    layout = find_layout(article, lex)
    assert layout.outlet == "Kabarlurin"
    assert layout.dateline is not None and layout.dateline.of(article.text) == "Jenewa"


def test_layout_site_in_capitals_then_a_typed_bar_before_the_dash_is_the_outlet(make_article, lex):
    # "NAMASITUS l –": an "l" typed for the bar between the site's name and the dash
    article = make_article("KABARLURINNEWS l –" + LEAD_ROW)
    assert find_layout(article, lex).outlet == "KABARLURINNEWS"


def test_layout_dateline_dash_mangled_to_one_thai_letter(make_article, lex):
    # the en dash's bytes read through a Thai code page, all but the first letter lost
    article = make_article("Lurinia Siap Perluas Kerja Sama dengan Varna\n\nJakarta, LIRA โ" + LEAD_ROW)
    layout = find_layout(article, lex)
    assert layout.outlet == "LIRA"
    assert layout.dateline is not None and layout.dateline.of(article.text) == "Jakarta"


@pytest.mark.parametrize("line, outlet, dateline", [
    # the site's name, then its section after a comma: the outlet, no city
    ("Kabar Lurinia, Internasional – Pemerintah Lurinia menyatakan kesiapan memperluas kerja sama dengan Varna.",
     "Kabar Lurinia", None),
    # negative: a city, then an unknown name: the city and the outlet, as Indonesian datelines run
    ("Moskow, Kabar Lurinia – Pemerintah Lurinia menyatakan kesiapan memperluas kerja sama dengan Varna.",
     "Kabar Lurinia", "Moskow"),
    # the site's address in capitals, then a known city, no comma between: the outlet and the city
    ("KABAR LURINIA.ID Moskow – Pemerintah Lurinia menyatakan kesiapan memperluas kerja sama dengan Varna.",
     "KABAR LURINIA.ID", "Moskow"),
    # the site's address, a bar, then the lead: the outlet, no city
    ("KabarLurinia.co | Pemerintah Lurinia menyatakan kesiapan memperluas kerja sama dengan Varna.",
     "KabarLurinia.co", None),
])
def test_layout_site_then_section_city_or_bar(line, outlet, dateline, make_article, lex):
    article = make_article("Lurinia Siap Perluas Kerja Sama dengan Varna\n\n" + line + "\n"
                           "Pemerintah Varna menyambut baik pernyataan itu dan akan mengirim utusan pekan depan.\n")
    layout = find_layout(article, lex)
    assert layout.outlet == outlet
    assert (layout.dateline.of(article.text) if layout.dateline else None) == dateline


@pytest.mark.parametrize("closing, outlet", [
    # a follow prompt at the foot naming the site
    ("Ingin kabar lain dari Kontan? Ikuti kami lewat saluran WhatsApp dan Google News.", "Kontan"),
    # the closing tag of the site and its reporter
    ("(Tribunnews.com/Nama Penulis)", "Tribunnews.com"),
])
def test_layout_closing_prompt_or_tag_names_the_outlet(closing, outlet, make_article, lex):
    article = make_article("Lurinia Siap Perluas Kerja Sama dengan Varna\n\n"
                           "Pemerintah Lurinia menyatakan kesiapan memperluas kerja sama dengan Varna.\n"
                           "Pemerintah Varna menyambut baik pernyataan itu dan akan mengirim utusan pekan depan.\n"
                           + closing + "\n")
    assert find_layout(article, lex).outlet == outlet


def test_layout_place_and_dash_before_a_subhead_below_prose_is_no_outlet(make_article, lex):
    # "Name – <Title Case>" below the body's first paragraph of prose: a subhead, no site's name in the header
    article = make_article("Pemerintah Lurinia menyatakan kesiapan memperluas kerja sama dengan Varna setelah jeda panjang.\n"
                           "Jembatan Varna – Jembatan Kereta Penghubung Antara Lurinia dan Varna\n"
                           "Pemerintah Varna menyambut baik pernyataan itu dan akan mengirim utusan pekan depan.\n")
    layout = find_layout(article, lex)
    assert layout.outlet is None and layout.dateline is None
