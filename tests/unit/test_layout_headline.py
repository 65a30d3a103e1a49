"""What is no headline: a caption with its dashed photo credit, skip links, an author box shown again; and
the titles that stay one (invented snippets, invented names)."""
from __future__ import annotations

import pytest

LEAD = ("Pemerintah Lurinia menyatakan kesiapan memperluas kerja sama penerbangan dengan Varna setelah "
        "jeda panjang, kata juru bicara kementerian pada Senin.\n")


@pytest.mark.parametrize("caption", [
    # a caption closing on no stop, its credit set off by a spaced dash
    "Penumpang mengantre sebelum penerbangan Lurinia - Varna pada malam 12 Juli - Foto: AGENSI",
    "Penumpang mengantre sebelum penerbangan Lurinia - Varna pada malam 12 Juli | Foto: AGENSI",
])
def test_layout_caption_with_a_dashed_photo_credit_is_no_headline(brief_of, caption):
    brief = brief_of(caption + "\n" + LEAD)
    assert brief.headline is None


def test_layout_title_naming_a_photo_show_stays_the_headline(brief_of):
    # negative: a title with the word after a dash but no credit label (no colon)
    brief = brief_of("Pameran Lurinia dan Varna Dibuka di Moskow - Foto Perang Dipamerkan\n" + LEAD)
    assert brief.headline == "Pameran Lurinia dan Varna Dibuka di Moskow - Foto Perang Dipamerkan"


@pytest.mark.parametrize("nav", ["Pergi ke Menu Pergi ke Halaman Utama", "Langsung ke konten", "Skip to main content"])
def test_layout_skip_links_are_no_headline(brief_of, nav):
    brief = brief_of(nav + "\nGo Top\n\nLurinia dan Varna Buka Rute Baru\n\n" + LEAD)
    assert brief.headline == "Lurinia dan Varna Buka Rute Baru"


def test_layout_a_title_about_going_somewhere_is_not_a_skip_link(brief_of):
    # negative: a title opening on the same verb, going to a place
    brief = brief_of("Kembali ke Varna Setelah Tiga Dekade\n\n" + LEAD)
    assert brief.headline == "Kembali ke Varna Setelah Tiga Dekade"


def test_layout_author_box_shown_again_is_no_headline(brief_of):
    # an author box (name, post, credit) and its post alone on the next line: no title
    brief = brief_of("Arvo Melkin, Profesor Hubungan Internasional di Universitas Lurinia, Varna. Foto/istimewa\n"
                     "Profesor Hubungan Internasional di Universitas Lurinia, Varna\n" + LEAD)
    assert brief.headline is None


def test_layout_title_under_an_author_box_stays_the_headline(brief_of):
    # negative: the line under the author box says something else: the title
    brief = brief_of("Arvo Melkin, Profesor Hubungan Internasional di Universitas Lurinia, Varna. Foto/istimewa\n"
                     "Ambisi Nuklir Lurinia dan Harga yang Harus Dibayar\n" + LEAD)
    assert brief.headline == "Ambisi Nuklir Lurinia dan Harga yang Harus Dibayar"


def test_layout_numbered_menu_above_the_title_is_no_headline(brief_of):
    # a numbered list of links above the title: its items are chrome, the title under them is the headline
    menu = "  1. Lompat ke isi\n  2. Lompat ke menu\n  3. Situs kami lainnya\nKawasan\n\n"
    brief = brief_of(menu + "Lurinia dan Varna Buka Rute Baru\n\n" + LEAD)
    assert brief.headline == "Lurinia dan Varna Buka Rute Baru"


def test_layout_title_opening_on_a_number_without_a_stop_stays_the_headline(brief_of):
    # negative: a count opening the title is no item number
    brief = brief_of("5 Kapal Lurinia Tiba di Varna\n\n" + LEAD)
    assert brief.headline == "5 Kapal Lurinia Tiba di Varna"


@pytest.mark.parametrize("label", ["Reading: ", "Sedang Membaca: ", "Now Reading : "])
def test_layout_reading_label_before_the_title_is_cut(brief_of, label):
    # a theme's sticky bar: "<label>: <title>" — the label is furniture, the rest the headline
    brief = brief_of(label + "Lurinia dan Varna Buka Rute Penerbangan Baru\nSenin, 12 Mei 2025\n" + LEAD)
    assert brief.headline == "Lurinia dan Varna Buka Rute Penerbangan Baru"


def test_layout_title_opening_on_the_word_reading_keeps_it(brief_of):
    # negative: no colon after the word, so it is the title's own
    brief = brief_of("Sedang Membaca Arah Diplomasi Lurinia di Varna\n" + LEAD)
    assert brief.headline == "Sedang Membaca Arah Diplomasi Lurinia di Varna"


def test_layout_title_printed_again_before_its_caption_stays_the_headline(brief_of):
    # the title, the byline and date line, then the photo's caption opening with the title again
    title = "Menteri Lurinia Puji Awak Kapal Varna dan Sambut Keluarga Mereka"
    brief = brief_of(title + "\n\nArvo Melkin | Sabtu, 12/07/2025 10:05 WIB\n" + title
                     + " Menteri Pertahanan Lurinia menyambut awak kapal di pelabuhan Varna, 11 Juli 2025."
                     " AGENSI via FOTO\n\nVARNA - " + LEAD)
    assert brief.headline == title


def test_layout_cut_copy_of_a_longer_line_is_no_headline(brief_of):
    # negative: the line stops inside a sentence the longer line below finishes: a cut copy, no title
    brief = brief_of("Menteri Lurinia Puji Awak Kapal Varna dan Sambut\n\n"
                     "Menteri Lurinia Puji Awak Kapal Varna dan Sambut keluarga mereka di pelabuhan pada Sabtu"
                     " pagi setelah pelayaran panjang.\n" + LEAD)
    assert brief.headline is None


def test_layout_outlet_and_its_sections_in_lower_case_are_chrome(brief_of):
    # a known outlet's name, then its sections in lower case (a breadcrumb without its marks): no title
    brief = brief_of("Kompas TV berita internasional dunia\n\nLurinia dan Varna Sepakat Buka Rute Penerbangan Baru\n\n"
                     + LEAD)
    assert brief.headline == "Lurinia dan Varna Sepakat Buka Rute Penerbangan Baru"


def test_layout_title_opening_with_an_outlets_name_stays_the_headline(brief_of):
    # negative: the outlet's name opening a title written in Title Case: the title
    brief = brief_of("Kompas TV Gelar Debat Soal Rute Penerbangan Lurinia\n\n" + LEAD)
    assert brief.headline == "Kompas TV Gelar Debat Soal Rute Penerbangan Lurinia"


def test_layout_caption_closing_on_a_slash_credit_above_the_title_is_no_headline(brief_of):
    # the lead picture's caption, its agency glued on with a slash, then a section label and the title
    brief = brief_of("Berita\n\nMenteri Lurinia Arvo Tamin tiba di stasiun kota Varna dengan kereta/AGENSI\n\nDunia\n\n"
                     "Naik Kereta, Menteri Lurinia Tiba di Varna\n\n" + LEAD)
    assert brief.headline == "Naik Kereta, Menteri Lurinia Tiba di Varna"


def test_layout_title_with_a_caption_label_glued_on_keeps_the_title(brief_of):
    # the title, then the lead picture's caption whose label lost its line break: the title is the headline
    brief = brief_of("Ratusan Nelayan Lurinia Ditahan VarnaIlustrasi — Kapal nelayan yang ditahan di pelabuhan "
                     "(Nama Fotografer/AGENSI)\n" + LEAD)
    assert brief.headline == "Ratusan Nelayan Lurinia Ditahan Varna"


@pytest.mark.parametrize("below, headline", [
    # a question in sentence case at the top, and another such question standing alone below: an explainer's
    # subheads, the page pasted from one on; no title
    ("Apa saja hubungan dagang mereka?", None),
    # negative: a line of prose asking two questions is no subhead; the question on top stays the title
    ("Tapi mengapa tidak Varna? Atau Lurinia?", "Bagaimana perang memengaruhi hubungan Lurinia dan Varna?"),
])
def test_layout_question_among_question_subheads_is_no_headline(brief_of, below, headline):
    brief = brief_of("Bagaimana perang memengaruhi hubungan Lurinia dan Varna?\n" + LEAD + below + "\n" + LEAD)
    assert brief.headline == headline


def test_layout_title_printed_twice_without_a_break_is_one_copy(brief_of):
    # the title and its alt text run together on one line: the headline is one copy
    title = "Lurinia dan Varna Buka Rute Penerbangan Baru"
    brief = brief_of(title + title + "\n\n" + LEAD)
    assert brief.headline == title
