"""Page metadata of real pages: the outlet opening the lead in its other shapes, the site naming itself
in its prompts (invented snippets, invented names and sites)."""
from __future__ import annotations

import pytest

from generator.layout import find_layout

LEAD = "Angkatan laut Lurinia mengirim dua kapal patroli ke perairan Varna pekan ini, kata pejabat."
SECOND = "\n\nKalimat kedua berita ini juga cukup panjang untuk sebuah paragraf penuh."


@pytest.mark.parametrize("opening, outlet", [
    # the site's name, then its own address in brackets, then the dash: the outlet, no city
    ("WARTA LAUT (warta-laut.com) – ", "WARTA LAUT"),
    # the outlet alone in brackets, then the dash
    ("(SUARAVARNA) - ", "SUARAVARNA"),
    # the site's domain glued to the lead by a hyphen
    ("WARTALAUT.CO-", "WARTALAUT.CO"),
    # the site's domain in lower case, then a comma and the lead
    ("wartalaut.com, ", "wartalaut.com"),
])
def test_layout_outlet_opening_the_lead_without_a_city(opening, outlet, make_article, lex):
    article = make_article(opening + LEAD + SECOND)
    layout = find_layout(article, lex)
    assert layout.outlet == outlet
    assert layout.dateline is None
    assert layout.body[0].of(article.text).startswith("Angkatan laut")


@pytest.mark.parametrize("opening, city, outlet", [
    # negative: a city, then a wire agency in brackets: the agency is the outlet, the city stays
    ("KOTABARU (ANTARA) - ", "KOTABARU", "ANTARA"),
    # negative: a name in capitals whose bracket is another site's address: the city and that site
    ("KOTABARU (warta-laut.com) - ", "KOTABARU", "warta-laut.com"),
    # a city, then a site of two or three capitalised words in brackets (the wire's shape, an unknown site)
    ("Kotabaru (Warta Laut) - ", "Kotabaru", "Warta Laut"),
    ("KOTABARU (Kabar Laut Utara) – ", "KOTABARU", "Kabar Laut Utara"),
])
def test_layout_city_then_agency_in_brackets_stays_a_dateline(opening, city, outlet, make_article, lex):
    article = make_article(opening + LEAD + SECOND)
    layout = find_layout(article, lex)
    assert layout.dateline is not None and layout.dateline.of(article.text) == city
    assert layout.outlet == outlet


@pytest.mark.parametrize("opening", [
    # negative: a known place alone in brackets is no outlet
    "(Seoul) - ",
    # negative: a hyphen after a domain glued to a word in lower case is no dash of a dateline
    "WARTALAUT.CO-pembaca ",
    # negative: a domain in capitals, then a comma, is no site in its address's own spelling
    "WARTALAUT.COM, ",
])
def test_layout_no_outlet_opening_the_lead(opening, make_article, lex):
    article = make_article(opening + LEAD + SECOND)
    assert find_layout(article, lex).outlet is None


HEAD = "Lurinia Kirim Kapal ke Varna Pekan Ini\n\n" + LEAD + SECOND + "\n\n"


@pytest.mark.parametrize("closing, outlet", [
    # the site names itself in its prompt to read more of its articles
    ("Baca artikel Situsku lainnya di aplikasi Kabar", "Situsku"),
    ("Simak berita situsku.net lainnya di kanal kami", "situsku.net"),
    # a copyright line ("Copyrights(C)") with the site's domain, a Japanese one too
    ("2024/04/05 21:33 KST\nCopyrights(C) Kabarlain situsku.jp 78", "situsku.jp"),
])
def test_layout_site_naming_itself_in_its_prompts(closing, outlet, make_article, lex):
    assert find_layout(make_article(HEAD + closing), lex).outlet == outlet


@pytest.mark.parametrize("closing", [
    # negative: a prompt in Title Case names no site ("Menarik" is no outlet)
    "Baca Artikel Menarik Lainnya di sini",
    # negative: a prompt whose word after "berita" is in lower case
    "Baca berita terkini lainnya di aplikasi",
])
def test_layout_prompt_naming_no_site(closing, make_article, lex):
    assert find_layout(make_article(HEAD + closing), lex).outlet is None


@pytest.mark.parametrize("opening, headline", [
    # the page's title pasted onto its lead: a sentence in Title Case, then prose
    ("Lurinia Kirim Dua Kapal Patroli ke Perairan Varna. ", "Lurinia Kirim Dua Kapal Patroli ke Perairan Varna"),
    # ... after the site's domain opening the lead too, a colon inside the title
    ("situsku.com, Analisis Singkat: Lurinia dan Armada untuk Varna. ",
     "Analisis Singkat: Lurinia dan Armada untuk Varna"),
    # negative: a first sentence of prose (its verbs in lower case) is the lead
    ("Lurinia mengirim dua kapal patroli ke perairan Varna. ", None),
    # negative: a short run of capitalised names is no title
    ("Arvo Melkin Tiba. ", None),
    # negative: a title's abbreviation is no full stop ("Dr." before a name)
    ("Dosen Hubungan Internasional Universitas Varna (UV) Kotaraya, Dr. Arvo Melkin, menilai hal itu dengan hati-hati. ",
     None),
    # negative: a sentence of prose full of names and titles, its one verb in lower case
    ("Menteri Pertahanan Lurinia Arvo Melkin bertemu Menteri Luar Negeri Varna Pavel Orlin. ", None),
])
def test_layout_title_glued_to_its_lead(opening, headline, make_article, lex):
    article = make_article(opening + "Angkatan laut Lurinia mengirim dua kapal ke perairan Varna pekan ini, kata pejabat."
                           + SECOND)
    layout = find_layout(article, lex)
    assert (layout.headline.of(article.text) if layout.headline else None) == headline
    if headline:
        assert layout.body[0].of(article.text).startswith("Angkatan laut")


def test_layout_title_glued_to_its_lead_not_under_a_headline(make_article, lex):
    # negative: with a headline above the body, a Title Case sentence opening the lead stays in the body
    article = make_article("Lurinia dan Varna Bersitegang di Laut\n\nLurinia Kirim Dua Kapal Patroli ke Perairan Varna. "
                           "Angkatan laut Lurinia mengirim dua kapal ke perairan Varna pekan ini, kata pejabat." + SECOND)
    layout = find_layout(article, lex)
    assert layout.headline.of(article.text) == "Lurinia dan Varna Bersitegang di Laut"


GALLERY = ("Lurinia Pamerkan Kapal Patroli Baru di Pelabuhan Varna\n\n{date}\n"
           "Menteri Lurinia Arvo Melkin berfoto bersama awak kapal di sela kunjungan\nclick to zoom\n"
           "Kapal patroli baru bersandar di dermaga pelabuhan Varna saat upacara\nclick to zoom\n"
           "Menteri Lurinia Arvo Melkin berfoto bersama awak kapal di sela kunjungan\nclick to zoom\n"
           "MOSKOW - Angkatan laut Lurinia memamerkan kapal patroli baru di pelabuhan Varna pada Jumat.\n\n"
           "Kalimat kedua berita ini juga cukup panjang untuk sebuah paragraf penuh.\n")


@pytest.mark.parametrize("date, headline", [
    # the first title-shaped line with the page's date and time right under it is the title, not a gallery's
    # caption shown twice below the date
    ("Kamis, 14 Maret 2024 - 09:41 WIB", "Lurinia Pamerkan Kapal Patroli Baru di Pelabuhan Varna"),
    # negative: a date line with no time of day (maybe the site's clock) says nothing: the caption shown twice
    ("Kamis, 14 Maret 2024", "Menteri Lurinia Arvo Melkin berfoto bersama awak kapal di sela kunjungan"),
])
def test_layout_title_dated_under_it_beats_a_caption_shown_twice(date, headline, make_article, lex):
    article = make_article(GALLERY.format(date=date))
    layout = find_layout(article, lex)
    assert layout.headline.of(article.text) == headline


def test_layout_deck_dated_under_it_is_no_title(make_article, lex):
    # negative: title, deck, then the date: the date under the deck does not make the deck the title
    article = make_article("Lurinia Pamerkan Kapal Patroli Baru di Pelabuhan Varna\n\n"
                           "Menteri pertahanan menyebut kapal itu tanda kesiapan armada di perairan utara\n\n"
                           "Kamis, 14 Maret 2024 - 09:41 WIB\n\n"
                           "MOSKOW - Angkatan laut Lurinia memamerkan kapal patroli baru di pelabuhan Varna pada Jumat.\n\n"
                           "Kalimat kedua berita ini juga cukup panjang untuk sebuah paragraf penuh.\n")
    assert find_layout(article, lex).headline.of(article.text) == "Lurinia Pamerkan Kapal Patroli Baru di Pelabuhan Varna"


@pytest.mark.parametrize("opener, headline", [
    # a first paragraph going on from one before it: the text begins mid-article, the line above is a subhead
    ("Sementara itu, ", None),
    ("Di sisi lain, ", None),
    # negative: a lead of its own keeps the title above it
    ("", "Lurinia dan Varna di Laut Utara"),
])
def test_layout_text_beginning_mid_article_has_no_headline(opener, headline, make_article, lex):
    lead = opener + ("angkatan" if opener else "Angkatan")
    article = make_article(f"Lurinia dan Varna di Laut Utara\n{lead} laut Lurinia mengirim dua kapal patroli "
                           "ke perairan Varna pekan ini, kata pejabat setempat kepada wartawan." + SECOND)
    layout = find_layout(article, lex)
    assert (layout.headline.of(article.text) if layout.headline else None) == headline


def test_layout_title_of_a_headlines_length_above_a_mid_article_paragraph_stays_the_headline(make_article, lex):
    # a line of a headline's length above "Sementara itu, ...": the page's title (a subhead is a few words)
    title = "Terungkap! Lurinia Minta Varna Bantu Kendalikan Armada di Laut Utara"
    article = make_article(f"{title}\nSementara itu, angkatan laut Lurinia mengirim dua kapal patroli "
                           "ke perairan Varna pekan ini, kata pejabat setempat kepada wartawan." + SECOND)
    assert find_layout(article, lex).headline.of(article.text) == title


def test_layout_gallery_buttons_are_furniture_and_the_dateline_below_them_is_read(make_article, lex):
    # a gallery's "click to zoom" under each caption is furniture: the dateline below stays among the first lines
    article = make_article(GALLERY.format(date="Kamis, 14 Maret 2024 - 09:41 WIB"))
    layout = find_layout(article, lex)
    assert layout.dateline is not None and layout.dateline.of(article.text) == "MOSKOW"
    assert sum(f.rule == "line:gallery-button" for f in layout.furniture) == 3


def test_layout_a_sentence_about_zooming_is_no_gallery_button(make_article, lex):
    # negative: a sentence of prose that speaks of enlarging a picture stays in the body
    article = make_article("Lurinia Pamerkan Kapal Patroli Baru di Pelabuhan Varna\n\n" + LEAD +
                           "\n\nKlik untuk memperbesar foto kapal itu di galeri kami setiap hari." + SECOND)
    layout = find_layout(article, lex)
    assert not any(f.rule == "line:gallery-button" for f in layout.furniture)


@pytest.mark.parametrize("byline", [
    # channel, reporter and a known outlet after a comma, above the title: a byline, not the headline
    "News - Rani Wuryanto, CNBC Indonesia",
    "Market - Rani Wuryanto, Dodi Sasmita, CNBC Indonesia",
])
def test_layout_channel_reporter_outlet_line_is_a_byline(byline, make_article, lex):
    article = make_article(byline + "\n12 Mei 2025 14:05\nLurinia Kirim Kapal ke Varna Pekan Ini\n\n" + LEAD + SECOND)
    layout = find_layout(article, lex)
    assert layout.headline.of(article.text) == "Lurinia Kirim Kapal ke Varna Pekan Ini"
    assert layout.outlet == "CNBC Indonesia"
    assert any(c.name == "Rani Wuryanto" and c.role == "author" for c in layout.credits)


@pytest.mark.parametrize("line", [
    # negative: words in lower case between the dash and the outlet: a sentence, no reporter's name
    "Analisis - Lurinia kirim kapal ke Varna, CNBC Indonesia",
    # negative: the shape closing on no known outlet
    "News - Rani Wuryanto, Kabar Varna",
])
def test_layout_dash_comma_line_without_a_name_and_outlet_is_no_byline(line, make_article, lex):
    article = make_article("Lurinia Kirim Kapal ke Varna Pekan Ini\n" + line + "\n\n" + LEAD + SECOND)
    layout = find_layout(article, lex)
    assert not any(c.name == "Rani Wuryanto" or c.name.startswith("Lurinia") for c in layout.credits)


@pytest.mark.parametrize("stamp", ["(Diperbarui: Selasa, 13 Mei 2025 - 10:00 WIB)", "(Update: 13/05/2025 10:00)"])
def test_layout_bracketed_update_stamp_is_furniture(stamp, make_article, lex):
    article = make_article("Lurinia Kirim Kapal ke Varna Pekan Ini\nSelasa, 13 Mei 2025 - 09:00 WIB\n" + stamp
                           + "\n\n" + LEAD + SECOND)
    layout = find_layout(article, lex)
    assert not any("Diperbarui" in b.of(article.text) or "Update" in b.of(article.text) for b in layout.body)
    assert layout.body[0].of(article.text).startswith("Angkatan laut")


def test_layout_bracketed_sentence_about_an_update_stays_body(make_article, lex):
    # negative: a bracketed sentence of the body that opens on the same word but runs long
    line = "(Diperbarui pula data jumlah kapal patroli Lurinia yang kini beroperasi di perairan Varna utara.)"
    article = make_article("Lurinia Kirim Kapal ke Varna Pekan Ini\n\n" + LEAD + "\n\n" + line + SECOND)
    layout = find_layout(article, lex)
    assert any(b.of(article.text).startswith("(Diperbarui pula") for b in layout.body)


@pytest.mark.parametrize("line", ["Penulis: Rani Wuryanto • 12 Mei 2025 • 3 menit baca",
                                  "Oleh: Rani Wuryanto | 12 Mei 2025 14:05 WIB | waktu baca 4 menit"])
def test_layout_labelled_byline_date_and_reading_time_dates_the_page(line, make_article, lex):
    article = make_article("Lurinia Kirim Kapal ke Varna Pekan Ini\n" + line + "\n\n" + LEAD + SECOND)
    layout = find_layout(article, lex)
    assert layout.published is not None and "12 Mei 2025" in layout.published.of(article.text)
    assert any(c.name == "Rani Wuryanto" for c in layout.credits)


def test_layout_byline_with_a_count_of_minutes_in_prose_is_no_date_line(make_article, lex):
    # negative: a sentence naming a date and minutes is body, not the page's date line
    line = "Oleh: Rani Wuryanto • 12 Mei 2025 kapal itu tiba setelah berlayar 30 menit dari Varna."
    article = make_article("Lurinia Kirim Kapal ke Varna Pekan Ini\n" + line + "\n\n" + LEAD + SECOND)
    assert find_layout(article, lex).published is None


@pytest.mark.parametrize("closing, outlet", [
    # the site names itself in its follow, channel and app prompts, even when no register knows it
    ("Ikuti berita terkini dari Kabar Lurinia di Google News, klik di sini", "Kabar Lurinia"),
    ("Follow Warta Varna di Google News", "Warta Varna"),
    ("Dapatkan update berita pilihan dengan bergabung di WhatsApp Channel Kabar Lurinia", "Kabar Lurinia"),
    ("Download aplikasi Warta Varna di Play Store", "Warta Varna"),
])
def test_layout_site_naming_itself_in_follow_channel_and_app_prompts(closing, outlet, make_article, lex):
    assert find_layout(make_article(HEAD + closing), lex).outlet == outlet


@pytest.mark.parametrize("closing", [
    # negative: the prompt names only the platform, or "kami" (us), never a site
    "Ikuti berita terkini di Google News",
    "Follow Instagram kami di Google News",
    "Gabung di WhatsApp Channel untuk update berita terbaru",
    "Download aplikasi di Play Store",
    # negative: a sentence of the body about a channel ends on a stop
    "Pemerintah Lurinia membuka WhatsApp Channel Resmi untuk warga.",
])
def test_layout_follow_prompt_naming_no_site(closing, make_article, lex):
    assert find_layout(make_article(HEAD + closing), lex).outlet is None


def test_layout_bracketed_words_in_lower_case_after_a_city_are_no_outlet(make_article, lex):
    # negative: a photo note in lower case in brackets names no site
    article = make_article("KOTABARU (dok pribadi) - " + LEAD + SECOND)
    assert find_layout(article, lex).outlet != "dok pribadi"


@pytest.mark.parametrize("credit, outlet", [
    # a news site's domain and its photographer: the site's own picture, the outlet
    ("(Lurinpos.com/Arvo Melkin)", "Lurinpos.com"),
    # negative: a picture library's domain credits a stock photo, no outlet
    ("(Pixabay.com/arvomelkin)", None),
])
def test_layout_photo_credit_domain_names_the_outlet_unless_a_picture_library(credit, outlet, make_article, lex):
    article = make_article("Bendera Lurinia. " + credit + "\n\nPemerintah Lurinia menyatakan kesiapan memperluas "
                           "kerja sama dengan Varna, kata juru bicara kementerian pada Senin.\n\n"
                           "Kalimat kedua berita ini juga cukup panjang untuk sebuah paragraf penuh.\n")
    assert find_layout(article, lex).outlet == outlet


@pytest.mark.parametrize("code, outlet", [
    # the code closing the copy ends with a known outlet's name: the outlet signs its story
    ("(ant/abc/jpnn)", "JPNN.com"),
    # negative: a code of initials only names no outlet
    ("(ant/abc/xyz)", None),
    # negative: a photo credit in capitals naming an agency after the paper's initials names no outlet
    ("(MI/Antara)", None),
])
def test_layout_closing_code_with_the_outlets_name(code, outlet, make_article, lex):
    article = make_article("Lurinia dan Varna Sepakat Buka Rute Penerbangan Baru\n\nPemerintah Lurinia menyatakan "
                           "kesiapan memperluas kerja sama dengan Varna, kata juru bicara kementerian pada Senin. "
                           + code + "\n\nKalimat kedua berita ini juga cukup panjang untuk sebuah paragraf penuh.\n")
    layout = find_layout(article, lex)
    assert layout.outlet == outlet
    assert not any(code in span.of(article.text) for span in layout.body)


@pytest.mark.parametrize("links, outlet", [
    # the page's skip links above its title name the site as the outlet list spells it
    ("1. Buka konten\n2. Buka menu utama\n3. Buka situs DW lainnya\n", "DW Indonesia"),
    # negative: skip links naming no known outlet
    ("1. Buka konten\n2. Buka menu utama\n3. Buka situs lainnya\n", None),
])
def test_layout_outlet_named_in_the_chrome_above_the_title(links, outlet, make_article, lex):
    article = make_article(links + "\nLurinia dan Varna Sepakat Buka Rute Penerbangan Baru\n\nPemerintah Lurinia "
                           "menyatakan kesiapan memperluas kerja sama dengan Varna, kata juru bicara kementerian pada "
                           "Senin.\n\nKalimat kedua berita ini juga cukup panjang untuk sebuah paragraf penuh.\n")
    layout = find_layout(article, lex)
    assert layout.headline.of(article.text) == "Lurinia dan Varna Sepakat Buka Rute Penerbangan Baru"
    assert layout.outlet == outlet


@pytest.mark.parametrize("top, outlet", [
    # the logo's text alone on the first line, then the site's title opening with it: the site's name
    ("Kabarlurin\nKabarlurin Update\n", "Kabarlurin"),
    # negative: a section's name, then a line opening with it, names no site
    ("Internasional\nInternasional Asia\n", None),
])
def test_layout_logo_line_then_site_title_names_the_outlet(top, outlet, make_article, lex):
    article = make_article(top + "\nLurinia dan Varna Sepakat Buka Rute Penerbangan Baru\n\nPemerintah Lurinia "
                           "menyatakan kesiapan memperluas kerja sama dengan Varna, kata juru bicara kementerian pada "
                           "Senin.\n\nKalimat kedua berita ini juga cukup panjang untuk sebuah paragraf penuh.\n")
    layout = find_layout(article, lex)
    assert layout.outlet == outlet


@pytest.mark.parametrize("line", ["Ditinjau oleh  dr. Rani Wuryanto   12 Mei 2025",
                                  "Ditinjau oleh Rani Wuryanto 12 Mei 2025"])
def test_layout_review_credit_and_date_dates_the_page(line, make_article, lex):
    # a health site's review credit, the reviewer maybe titled, and the page's date split by spaces only
    article = make_article("Lurinia Kirim Kapal ke Varna Pekan Ini\n" + line + "\n\n" + LEAD + SECOND)
    layout = find_layout(article, lex)
    assert layout.published is not None and "12 Mei 2025" in layout.published.of(article.text)


def test_layout_review_in_prose_is_no_date_line(make_article, lex):
    # negative: a sentence about a review that runs on after its date is body
    line = "Ditinjau oleh Rani Wuryanto 12 Mei 2025 lalu, laporan itu dinilai lengkap."
    article = make_article("Lurinia Kirim Kapal ke Varna Pekan Ini\n" + line + "\n\n" + LEAD + SECOND)
    assert find_layout(article, lex).published is None
