"""Write N synthetic Indonesian news articles for benchmarks: `python benchmarks/make_corpus.py N OUT [--style easy|news]`.

Two styles:

- `news` (the realistic one): real-size articles (about 3 kB) with the page furniture pasted news
  carries (header and section lines, bylines, ads, "BACA JUGA" teasers, photo credits, tags, share
  prompts), quotes and dates at the density of real news, and a long tail of people, organisations
  and places built from invented name parts (about 5,000 distinct at 10,000 articles).
- `easy` (the first benchmark corpus, the default): 1.2 kB articles recombined from sentence
  templates and filled from small pools (164 people, 10 organisations, 12 places).

The sentences are written for this benchmark (nothing copied from the seeds or from real news),
so extraction meets what it meets in real articles: a headline, an outlet and dateline, page
furniture, people with roles, dated events (absolute, weekday-with-date and relative), direct
quotes with speech verbs, and indirect speech.
Deterministic: the same N, style and seed give the same files.
"""
from __future__ import annotations

import argparse
import random
import re
from datetime import date, timedelta
from pathlib import Path

FIRST = ["Park", "Kim", "Lee", "Choi", "Jung", "Kang", "Yoon", "Han", "Cho", "Shin", "Oh", "Lim"]
GIVEN = ["Min-jun", "Seo-yeon", "Ji-ho", "Hye-jin", "Dong-hyun", "Sung-min", "Eun-ji", "Tae-woo",
         "Jae-sung", "Young-ho", "Soo-ah", "Hyun-woo"]
RUSSIAN = ["Sergei Lavrov", "Andrei Rudenko", "Maria Zakharova", "Dmitry Peskov", "Georgy Zinoviev",
           "Igor Morgulov", "Alexander Matsegora", "Vasily Nebenzya", "Oleg Burmistrov", "Yuri Ushakov"]
OTHERS = ["Antonio Guterres", "Retno Marsudi", "Wang Yi", "Antony Blinken", "Yoko Kamikawa",
          "Sugiono", "Linda Thomas-Greenfield", "Rafael Grossi", "Choe Son Hui", "Kim Yo Jong"]
ROLES = [("Menteri Luar Negeri", "Korea Selatan"), ("Wakil Menteri Luar Negeri", "Korea Selatan"),
         ("Duta Besar", "Rusia"), ("juru bicara Kementerian Luar Negeri", "Rusia"),
         ("Menteri Pertahanan", "Korea Selatan"), ("Penasihat Keamanan Nasional", "Korea Selatan"),
         ("utusan khusus", "Korea Utara"), ("Wakil Menteri Luar Negeri", "Rusia"),
         ("Kepala Staf Gabungan", "Korea Selatan"), ("Menteri Unifikasi", "Korea Selatan")]
ORGS = ["Dewan Keamanan PBB", "Kementerian Luar Negeri Korea Selatan", "Kremlin", "Kantor Berita Yonhap",
        "Badan Energi Atom Internasional", "Kementerian Pertahanan Rusia", "Majelis Umum PBB", "ASEAN",
        "Kantor Berita Pusat Korea", "Kedutaan Besar Rusia"]
PLACES = ["Seoul", "Moskow", "Pyongyang", "Vladivostok", "Jakarta", "Beijing", "Tokyo", "Washington",
          "Khabarovsk", "Busan", "New York", "Panmunjom"]
OUTLETS = [("Kompas.com", "JAKARTA"), ("CNN Indonesia", "Jakarta"), ("Antara", "SEOUL"),
           ("Tempo.co", "Jakarta"), ("detikNews", "Jakarta"), ("Republika", "MOSKOW"),
           ("CNBC Indonesia", "Jakarta"), ("Liputan6.com", "Seoul"), ("Bisnis.com", "JAKARTA")]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
TOPICS = ["uji coba rudal balistik", "kerja sama militer", "pasokan amunisi", "sanksi ekonomi",
          "latihan militer gabungan", "program nuklir", "perjanjian kemitraan strategis",
          "pengiriman pekerja", "transfer teknologi satelit", "jalur kereta lintas perbatasan"]
VERBS_AFTER = ["kata", "ujar", "tutur", "ungkap", "tegas", "jelas"]
VERBS_BEFORE = ["mengatakan", "menegaskan", "menyatakan", "menjelaskan", "menekankan"]
QUOTES = ["Kami tidak akan menerima {topic} yang mengancam kawasan",
          "Pintu dialog dengan {place} tetap terbuka",
          "Setiap {topic} melanggar resolusi Dewan Keamanan",
          "Hubungan kami dengan {place} berada pada tingkat yang baru",
          "Kami meminta semua pihak menahan diri dan kembali ke meja perundingan",
          "Pemerintah akan memantau {topic} dengan saksama",
          "Ini adalah langkah yang sangat berbahaya bagi perdamaian",
          "Kami siap bekerja sama demi stabilitas Semenanjung Korea"]
HEADLINES = ["{country} Protes {topic_title} {other}", "{person} Bertemu Mitranya di {place}",
             "{org} Bahas {topic_title}", "{person}: {other} Harus Hentikan {topic_title}",
             "Seoul dan Moskow Saling Panggil Duta Besar soal {topic_title}",
             "{other} Tanggapi Kritik atas {topic_title}"]
LEADS = ["{role} {aff} {person} bertemu {role2} {aff2} {person2} di {place} pada {weekday} ({dm}) untuk membahas {topic}.",
         "{org} menggelar pertemuan darurat pada {day} {month} {year} setelah laporan tentang {topic} antara {country} dan {other}.",
         "Pemerintah {country} memanggil {role2} {aff2} {person2} pada {weekday} ({dm}) untuk menyampaikan protes atas {topic}.",
         "{role} {aff} {person} tiba di {place} pada {weekday} ({dm}) dalam kunjungan tiga hari yang berfokus pada {topic}."]
BODY = ["Pertemuan itu berlangsung sekitar dua jam di gedung {org}, menurut keterangan tertulis yang diterima wartawan.",
        "{person2} menyatakan bahwa {country} tidak berniat mengancam negara ketiga mana pun.",
        "Sebelumnya, pada {day} {month} {year}, {org} telah memperingatkan dampak {topic} terhadap keamanan kawasan.",
        "Para analis di {place} menilai {topic} dapat mengubah keseimbangan kekuatan di Asia Timur Laut.",
        "{role} {aff} {person} dijadwalkan berkunjung ke {place2} pekan depan.",
        "Kedua pihak sepakat membentuk kelompok kerja yang akan bertemu setiap tiga bulan.",
        "Data {org} menunjukkan sedikitnya {n} pengiriman tercatat sepanjang {year}.",
        "{person} juga menyinggung rencana pertemuan tingkat menteri di {place2} pada {month2} {year}.",
        "Sejak {month} tahun lalu, hubungan {country} dan {other} terus memburuk.",
        "Dalam konferensi pers di {place}, {person2} menolak menjawab pertanyaan tentang {topic}.",
        "Menurut {org}, {n} pejabat tinggi ikut dalam rombongan tersebut.",
        "Langkah itu diambil dua hari setelah {other} mengumumkan {topic} yang baru."]
FURNITURE_TOP = ["IKLAN", "SCROLL TO CONTINUE WITH CONTENT", "Nyaman tanpa iklan. Langganan sekarang",
                 "GULIR UNTUK LANJUTKAN KONTEN"]
FURNITURE_MID = ["Baca juga: {headline}", "BACA JUGA: {headline}", "ADVERTISEMENT"]
FURNITURE_END = ["Editor: {editor}", "Penulis: {editor}", "({code}/{code})", "Artikel Berikutnya",
                 "Simak berita lainnya di kanal kami"]
COUNTRIES = ["Korea Selatan", "Rusia", "Korea Utara", "Jepang", "China", "Amerika Serikat"]
EDITORS = ["Ani Rahmawati", "Bagus Pratama", "Citra Lestari", "Dedi Kurniawan", "Eka Putri", "Fajar Nugroho"]


def person(rng: random.Random) -> str:
    pool = rng.random()
    if pool < 0.5:
        return f"{rng.choice(FIRST)} {rng.choice(GIVEN)}"
    return rng.choice(RUSSIAN if pool < 0.8 else OTHERS)


def article(rng: random.Random, n: int) -> str:
    day0 = date(2022, 1, 3) + timedelta(days=rng.randrange(1200))
    outlet, city = rng.choice(OUTLETS)
    role, aff = rng.choice(ROLES)
    role2, aff2 = rng.choice(ROLES)
    topic = rng.choice(TOPICS)
    fill = dict(person=person(rng), person2=person(rng), role=role, aff=aff, role2=role2, aff2=aff2,
                topic=topic, topic_title=topic.title(), place=rng.choice(PLACES), place2=rng.choice(PLACES),
                org=rng.choice(ORGS), country=rng.choice(COUNTRIES[:3]), other=rng.choice(COUNTRIES[1:]),
                weekday=DAYS[day0.weekday()], dm=f"{day0.day}/{day0.month}/{day0.year}",
                day=day0.day, month=MONTHS[day0.month - 1], month2=MONTHS[(day0.month + rng.randrange(1, 4)) % 12],
                year=day0.year, n=rng.randrange(3, 400), editor=rng.choice(EDITORS),
                code=rng.choice(["ant", "rzk", "dna", "Luc", "bbn"]))
    headline = rng.choice(HEADLINES).format(**fill)
    lines = []
    if rng.random() < 0.5:
        lines.append(rng.choice(FURNITURE_TOP))
    lines += [headline, ""]
    lead = rng.choice(LEADS).format(**fill)
    lines.append(f"{city}, {outlet} - {lead}")
    body = rng.sample(BODY, k=rng.randrange(5, 10))
    for i, sentence in enumerate(body):
        lines.append(sentence.format(**fill))
        if rng.random() < 0.45:
            quote = rng.choice(QUOTES).format(**fill)
            if rng.random() < 0.6:
                lines.append(f"“{quote},” {rng.choice(VERBS_AFTER)} {fill['person']}.")
            else:
                lines.append(f"{fill['person2']} {rng.choice(VERBS_BEFORE)}, \"{quote}.\"")
        if i == 2 and rng.random() < 0.4:
            lines.append(rng.choice(FURNITURE_MID).format(headline=rng.choice(HEADLINES).format(**fill)))
    if rng.random() < 0.6:
        lines.append(rng.choice(FURNITURE_END).format(**fill))
    return "\n".join(lines) + "\n"


# -- the news style ------------------------------------------------------------------------------
# Real-size articles (about 3 kB, as pasted news pages are) with the page furniture such pages carry
# (header lines, bylines, ads, "BACA JUGA" teasers, photo credits, tags, share prompts) and quotes,
# dates and names at the density counted on real news (per 3 kB: about 20 lines, 5 of them furniture,
# 4 people, 3 or 4 organisations, 7 countries, 5 places, 5 dates, 3 quotes). People, organisations
# and places come from a long tail: pools built from invented name parts, drawn with Zipf weights, so
# a few recur in many articles and most in one or two (about 5,000 distinct at 10,000 articles).
# Only the well-known (countries, capitals, large institutions, outlets) are real names.

KOREAN_FAMILY = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh",
                 "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Ryu", "Hong", "Jeon", "Ko", "Moon", "Yang"]
KOREAN_SYLLABLES = ["Min", "Jun", "Seo", "Yeon", "Ji", "Ho", "Hye", "Jin", "Dong", "Hyun", "Sung", "Eun",
                    "Tae", "Woo", "Jae", "Young", "Soo", "Kyung", "Chul", "Myung", "Hee", "Sang", "Hoon",
                    "Yong", "Nam", "Gyu", "Bo", "Ra", "Da", "In", "Ok", "Sun", "Kwang", "Il", "Chang", "Won"]
RUSSIAN_GIVEN = ["Ivan", "Pavel", "Oleg", "Mikhail", "Nikolai", "Anton", "Boris", "Denis", "Fyodor", "Gleb",
                 "Kirill", "Leonid", "Roman", "Stanislav", "Timur", "Vadim", "Yegor", "Artem",
                 "Anna", "Darya", "Elena", "Irina", "Ksenia", "Larisa", "Natalia", "Olga", "Polina", "Vera"]
RUSSIAN_ROOTS = ["Bel", "Vor", "Kras", "Mel", "Dor", "Ter", "Zab", "Kol", "Lom", "Nik", "Pet", "Ros", "Sev",
                 "Tal", "Vel", "Gor", "Sok", "Mar", "Ryb", "Shev", "Dub", "Kuz", "Lyt", "Ost", "Prok", "Sav"]
RUSSIAN_MIDDLE = ["", "o", "e", "ya", "ich", "ush", "an", "er"]
RUSSIAN_SUFFIX = ["kov", "nov", "shin", "tsev", "lin", "rov", "sky", "chev", "din", "gin"]
INDONESIAN_GIVEN = ["Adi", "Bayu", "Dimas", "Rini", "Sari", "Teguh", "Wulan", "Yusuf", "Galih", "Hendra",
                    "Intan", "Joko", "Kartika", "Laras", "Mega", "Nanda", "Rizal", "Sekar", "Tirta", "Arief",
                    "Bima", "Dewi", "Fitri", "Gilang", "Hana", "Indra", "Krisna", "Lintang", "Raka", "Wahyu"]
INDONESIAN_FAMILY = ["Wira", "Sasmita", "Hadi", "Kusuma", "Pranata", "Santoso", "Wibisono", "Lesmana",
                     "Purnama", "Harjono", "Nugraha", "Setiadi", "Mahendra", "Suryadi", "Anggara", "Prasetya",
                     "Wardana", "Halim", "Saputra", "Gunadi", "Ramadhan", "Permana", "Hidayat", "Utomo"]
PLACE_PARTS = ["Vol", "Kar", "Zel", "Nor", "Bal", "Ust", "Tem", "Kir", "Sol", "Ard", "Bor", "Lev", "Yan",
               "Hwa", "Gyo", "Dan", "Sam", "Cheon", "Pyo", "Mok", "Sin", "Ham", "Ryo", "Ul"]
PLACE_MIDDLE = ["", "a", "o", "e", "an", "ir", "ul", "ye"]
PLACE_SUFFIX = ["sk", "grad", "vo", "-do", "-gun", "pur", "ino", "gang", "pyong", "ma", "-ri", "yevo"]
PLACE_HEADS = ["", "", "", "Provinsi ", "Kota ", "Pelabuhan ", "Pulau ", "Distrik ", "Wilayah "]
ORG_SHAPES = ["Institut Kajian {topic} {place}", "Universitas {place}", "Pusat Studi Strategis {place}",
              "PT {family} {industry}", "{family} {english}", "Partai {virtue} {place}",
              "Dewan Kota {place}", "Yayasan {family} untuk Perdamaian", "Akademi Militer {place}",
              "Forum Kerja Sama {place}", "Badan Pelabuhan {place}", "Komite Perdagangan {place}"]
ORG_TOPICS = ["Pertahanan", "Asia Timur", "Eurasia", "Keamanan", "Energi", "Maritim", "Nuklir", "Pasifik"]
ORG_INDUSTRY = ["Sarana Teknik", "Energi Nusantara", "Logistik Samudra", "Baja Perkasa", "Dirgantara Mandiri"]
ORG_ENGLISH = ["Heavy Industries", "Shipbuilding", "Aerospace", "Logistics Group", "Energy Corporation"]
ORG_VIRTUES = ["Persatuan", "Kemajuan", "Kedaulatan", "Rakyat", "Harapan"]

# The well-known: countries, capitals, institutions and wire agencies (general knowledge).
NEWS_COUNTRIES = ["Korea Selatan", "Korea Utara", "Rusia", "Amerika Serikat", "China", "Jepang", "Ukraina",
                  "Indonesia", "Mongolia", "Belarus", "India", "Iran", "Vietnam", "Kazakhstan"]
NEWS_CAPITALS = ["Seoul", "Pyongyang", "Moskow", "Washington", "Beijing", "Tokyo", "Kyiv", "Jakarta",
                 "Vladivostok", "Busan", "Khabarovsk", "New York", "Jenewa", "Panmunjom"]
NEWS_INSTITUTIONS = ["Kremlin", "Dewan Keamanan PBB", "Kementerian Luar Negeri Rusia",
                     "Kementerian Unifikasi Korea Selatan", "Kantor Berita Pusat Korea", "Kantor Berita Yonhap",
                     "Gedung Putih", "Pentagon", "NATO", "Majelis Umum PBB", "Badan Energi Atom Internasional",
                     "Kepala Staf Gabungan", "Badan Intelijen Nasional", "ASEAN", "Uni Eropa"]
NEWS_AGENCIES = ["Yonhap", "KCNA", "TASS", "Reuters", "AFP", "AP", "RIA Novosti", "Interfax"]
NEWS_ROLES = ["Menteri Luar Negeri", "Wakil Menteri Luar Negeri", "Menteri Pertahanan", "Duta Besar",
              "juru bicara Kementerian Luar Negeri", "Penasihat Keamanan Nasional", "Wakil Perdana Menteri",
              "Perdana Menteri", "Presiden", "anggota parlemen", "Gubernur", "Wali Kota", "peneliti senior",
              "profesor hubungan internasional", "Direktur Jenderal", "utusan khusus", "Kepala Staf",
              "Menteri Unifikasi", "Menteri Perdagangan", "analis"]
NEWS_OUTLETS = [("{CITY}, KOMPAS.com -", "Kompas.com"), ("{City}, CNN Indonesia --", "CNN Indonesia"),
                ("{CITY} (ANTARA) -", "ANTARA"), ("Liputan6.com, {City} -", "Liputan6.com"),
                ("{CITY}, iNews.id -", "iNews"), ("TEMPO.CO, {City} -", "Tempo"),
                ("{City}, IDN Times -", "IDN Times"), ("REPUBLIKA.CO.ID, {CITY} -", "Republika"),
                ("{CITY} - detikNews.", "detikNews"), ("Okezone.com, {City} -", "Okezone"),
                ("{City} - Bisnis.com.", "Bisnis.com"), ("{CITY}, Sindonews.com -", "Sindonews")]
NEWS_TOPICS = ["kerja sama militer", "pasokan amunisi", "uji coba rudal balistik", "sanksi ekonomi",
               "latihan militer gabungan", "program nuklir", "perjanjian kemitraan strategis",
               "pengiriman pekerja", "transfer teknologi satelit", "jalur kereta lintas perbatasan",
               "pengiriman pasukan", "pertukaran tahanan", "kerja sama energi", "pembukaan rute penerbangan",
               "perdagangan minyak", "pembangunan jembatan perbatasan", "kunjungan kenegaraan"]
NEWS_SECTIONS = ["Internasional", "Global", "Dunia", "Asia Pasifik", "News", "Internasional › Asia"]
TIME_WORDS = ["pekan lalu", "bulan lalu", "tahun lalu", "kemarin", "hari ini", "awal pekan ini",
              "akhir bulan lalu", "pekan depan"]
NEWS_VERBS_AFTER = ["kata", "ujar", "tutur", "ungkap", "tegas", "jelas"]
NEWS_VERBS_ALONE = ["kata dia", "ujarnya", "katanya", "tuturnya", "ujar dia"]
NEWS_VERBS_BEFORE = ["mengatakan", "menegaskan", "menyatakan", "menjelaskan", "menekankan", "menambahkan"]
NEWS_QUOTES = ["Kami tidak akan menerima {topic} yang mengancam kawasan",
               "Pintu dialog dengan {capital} tetap terbuka, tetapi kami menunggu langkah nyata",
               "Setiap {topic} melanggar resolusi Dewan Keamanan dan harus dihentikan",
               "Hubungan kami dengan {country} berada pada tingkat yang baru",
               "Kami meminta semua pihak menahan diri dan kembali ke meja perundingan",
               "Pemerintah akan memantau {topic} dengan saksama. Kami sudah berkoordinasi dengan mitra kami",
               "Ini adalah langkah yang sangat berbahaya bagi perdamaian di kawasan",
               "Kami siap bekerja sama demi stabilitas Semenanjung Korea",
               "Tidak ada yang perlu dikhawatirkan dari {topic} ini",
               "Kami sudah menyampaikan posisi kami secara jelas kepada {country}",
               "Pertemuan ini membuka babak baru dalam {topic}",
               "Kami akan merespons secara proporsional jika {country} melanjutkan {topic}"]
NEWS_BODY = [
    "{P} mengatakan {country} tidak berniat mengancam negara ketiga mana pun melalui {topic}.",
    "Pertemuan itu berlangsung sekitar dua jam di {place}, menurut keterangan tertulis {org} yang diterima wartawan.",
    "Sebelumnya, pada {date}, {org} telah memperingatkan dampak {topic} terhadap keamanan kawasan.",
    "Para analis di {place} menilai {topic} dapat mengubah keseimbangan kekuatan di Asia Timur Laut.",
    "{P} dijadwalkan berkunjung ke {place} {timeword} untuk menindaklanjuti kesepakatan tersebut.",
    "Kedua pihak sepakat membentuk kelompok kerja yang akan bertemu setiap tiga bulan di {capital} dan {place}.",
    "Data {org} menunjukkan sedikitnya {n} pengiriman tercatat melalui {place}.",
    "{P} juga menyinggung rencana pertemuan tingkat menteri di {place}.",
    "Sejak {month} tahun lalu, hubungan {country} dan {country} terus memburuk, menurut laporan {agency}.",
    "Dalam konferensi pers di {capital}, {P} menolak menjawab pertanyaan tentang {topic}.",
    "Menurut {org}, {n} pejabat tinggi ikut dalam rombongan yang tiba di {place}.",
    "Langkah itu diambil dua hari setelah {country} mengumumkan {topic} yang baru.",
    "{P} bertemu {P} di sela forum ekonomi di {place} pada {date}.",
    "Kantor berita {agency} melaporkan bahwa {P} meninjau fasilitas {org} di {place}.",
    "{org} dan {org} menandatangani nota kesepahaman tentang {topic}.",
    "Pemerintah {country} belum menanggapi permintaan komentar hingga berita ini diturunkan.",
    "Laporan itu dikutip oleh {agency} dan dikonfirmasi oleh seorang pejabat {org} yang tidak mau disebut namanya.",
    "Isu {topic} akan dibahas dalam sidang {org} di {capital} yang dijadwalkan pada {date}.",
    "Menurut {P}, {topic} tidak bisa dilepaskan dari perkembangan di {place}.",
    "Penduduk {place} melaporkan peningkatan aktivitas kendaraan militer di sekitar pelabuhan.",
]
NEWS_TOP = ["ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "Nyaman tanpa iklan. Langganan sekarang",
            "GULIR UNTUK LANJUTKAN KONTEN", "Home › {section}", "{section}", "Bagikan"]
NEWS_MID = ["BACA JUGA: {teaser}", "Baca juga: {teaser}", "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT",
            "Baca Juga:\n{teaser}", "{teaser}"]
NEWS_END = ["Editor: {staff}", "Penulis: {staff}", "Tag: {tags}", "({code}/{code})",
            "Simak breaking news dan berita pilihan kami langsung di ponselmu.", "Baca berita lainnya di Google News",
            "Artikel Berikutnya", "Ikuti kami di WhatsApp Channel"]
NEWS_TEASERS = ["{country} Kirim Utusan ke {capital} Bahas {topic_title}", "{name} Tiba di {place}, Ini Agendanya",
                "{org} Bantah Laporan soal {topic_title}", "Video: {country} Gelar {topic_title}",
                "{name} Sebut {country} Siap Berunding"]
NEWS_HEADLINES = ["{country} Protes {topic_title} dengan {country}", "{name} Bertemu Mitranya di {place}",
                  "{org} Bahas {topic_title}", "{name}: {country} Harus Hentikan {topic_title}",
                  "Seoul dan Moskow Saling Panggil Duta Besar soal {topic_title}",
                  "{country} Tanggapi Kritik atas {topic_title}", "Kunjungi {place}, {name} Bahas {topic_title}"]


def _zipf_cumulative(n: int, s: float) -> list[float]:
    """Cumulative Zipf weights of ranks 1..n (for random.choices' cum_weights)."""
    total, out = 0.0, []
    for rank in range(n):
        total += 1.0 / (rank + 1) ** s
        out.append(total)
    return out


class _NewsPools:
    """The long tail, built once from invented name parts (a seed of its own: the same pools for any N)."""

    def __init__(self, seed: int = 20) -> None:
        rng = random.Random(seed)
        self.people = self._unique(rng, self._person, PEOPLE)
        self.orgs = self._unique(rng, self._org, ORGANISATIONS)
        self.places = self._unique(rng, self._place, PLACES_POOL)
        self.staff = self._unique(rng, self._indonesian, 300)
        self.person_w = _zipf_cumulative(len(self.people), PERSON_ZIPF)
        self.org_w = _zipf_cumulative(len(self.orgs), OTHER_ZIPF)
        self.place_w = _zipf_cumulative(len(self.places), OTHER_ZIPF)

    @staticmethod
    def _unique(rng: random.Random, make, n: int) -> list:
        seen: set = set()
        out = []
        while len(out) < n:
            item = make(rng)
            key = item if isinstance(item, str) else item[0]
            if key not in seen:
                seen.add(key)
                out.append(item)
        return out

    @staticmethod
    def _indonesian(rng: random.Random) -> str:
        return f"{rng.choice(INDONESIAN_GIVEN)} {rng.choice(INDONESIAN_FAMILY)}"

    def _person(self, rng: random.Random) -> tuple[str, str, str]:
        """(full name, the short form later mentions use, side: a country)"""
        kind = rng.random()
        if kind < 0.45:
            family = rng.choice(KOREAN_FAMILY)
            given = f"{rng.choice(KOREAN_SYLLABLES)}-{rng.choice(KOREAN_SYLLABLES).lower()}"
            return f"{family} {given}", family if rng.random() < 0.3 else f"{family} {given}", \
                rng.choice(["Korea Selatan"] * 3 + ["Korea Utara"] * 2)
        if kind < 0.85:
            surname = rng.choice(RUSSIAN_ROOTS) + rng.choice(RUSSIAN_MIDDLE) + rng.choice(RUSSIAN_SUFFIX)
            given = rng.choice(RUSSIAN_GIVEN)
            if given[-1] == "a" and surname[-1] in "vn":
                surname += "a"
            return f"{given} {surname}", surname, rng.choice(["Rusia"] * 4 + ["Belarus", "Kazakhstan"])
        name = self._indonesian(rng)
        return name, name.split()[-1], "Indonesia"

    @staticmethod
    def _place(rng: random.Random) -> str:
        stem = rng.choice(PLACE_PARTS) + rng.choice(PLACE_MIDDLE)
        suffix = rng.choice(PLACE_SUFFIX)
        if suffix.startswith("-"):
            stem = stem.rstrip("-")
        return rng.choice(PLACE_HEADS) + stem + suffix

    def _org(self, rng: random.Random) -> str:
        place = self._place(rng).split()[-1]
        return rng.choice(ORG_SHAPES).format(topic=rng.choice(ORG_TOPICS), place=place,
                                             family=rng.choice(INDONESIAN_FAMILY + KOREAN_FAMILY),
                                             industry=rng.choice(ORG_INDUSTRY), english=rng.choice(ORG_ENGLISH),
                                             virtue=rng.choice(ORG_VIRTUES))


# Pool sizes and Zipf exponents, chosen so that 10,000 articles name about 5,000 distinct entities
# (and 1,000 articles about 1,500): most names are rare, a few recur in many articles.
PEOPLE, ORGANISATIONS, PLACES_POOL = 4000, 1400, 1000
PERSON_ZIPF = 1.2
OTHER_ZIPF = 1.0
_POOLS: _NewsPools | None = None


def _pools() -> _NewsPools:
    global _POOLS
    if _POOLS is None:
        _POOLS = _NewsPools()
    return _POOLS


class _NewsArticle:
    """One article's cast and the filling of its templates."""

    def __init__(self, rng: random.Random, pools: _NewsPools) -> None:
        self.rng, self.pools = rng, pools
        self.day = date(2022, 1, 3) + timedelta(days=rng.randrange(1400))
        self.people = self._draw(pools.people, pools.person_w, rng.randint(3, 6))
        self.orgs = self._draw(pools.orgs, pools.org_w, rng.randint(2, 4)) + rng.sample(NEWS_INSTITUTIONS, 1)
        self.places = self._draw(pools.places, pools.place_w, rng.randint(2, 3)) + rng.sample(NEWS_CAPITALS, 1)
        self.roles = [rng.choice(NEWS_ROLES) for _ in self.people]
        self.introduced: set[int] = set()
        self.topic = rng.choice(NEWS_TOPICS)
        self.entities = {("person", p[0]) for p in self.people} | {("organization", o) for o in self.orgs} | \
            {("place", p) for p in self.places}

    def _draw(self, pool: list, weights: list[float], k: int) -> list:
        out: list = []
        while len(out) < k:
            item = self.rng.choices(pool, cum_weights=weights)[0]
            if item not in out:
                out.append(item)
        return out

    def person(self, index: int | None = None, exclude: set[int] | None = None) -> str:
        rng = self.rng
        if index is None:
            free = [i for i in range(len(self.people)) if not exclude or i not in exclude]
            index = rng.choice(free or range(len(self.people)))
        if exclude is not None:
            exclude.add(index)
        full, short, side = self.people[index]
        if index in self.introduced:
            return rng.choice([short, short, full])
        self.introduced.add(index)
        role = self.roles[index]
        if role in ("peneliti senior", "analis", "profesor hubungan internasional"):
            return f"{role} {rng.choice(self.orgs)}, {full},"
        if rng.random() < 0.25:
            return f"{full}, {role} {side},"
        return f"{role[:1].upper()}{role[1:]} {side} {full}" if rng.random() < 0.5 else f"{role} {side} {full}"

    def date_phrase(self) -> str:
        rng, day = self.rng, self.day
        past = day - timedelta(days=rng.randrange(1, 60))
        shape = rng.random()
        if shape < 0.35:
            return f"{DAYS[past.weekday()]} ({past.day}/{past.month})"
        if shape < 0.6:
            return f"{past.day} {MONTHS[past.month - 1]} {past.year}"
        if shape < 0.8:
            return f"{DAYS[past.weekday()]} ({past.day}/{past.month}/{past.year})"
        return f"{DAYS[past.weekday()]} lalu"

    def fill(self, template: str) -> str:
        rng, day = self.rng, self.day

        used: set[str] = set()
        people: set[int] = set()

        def slot(m: re.Match) -> str:
            for _ in range(4):      # "di Busan dan Busan": one template names different things
                value = pick(m.group(1))
                if value not in used:
                    break
            used.add(value)
            return value

        def pick(name: str) -> str:
            if name == "P":
                return self.person(exclude=people)
            if name == "name":
                return rng.choice(self.people)[0]
            if name == "org":
                return rng.choice(self.orgs)
            if name == "place":
                return rng.choice(self.places)
            if name == "capital":
                return rng.choice(NEWS_CAPITALS)
            if name == "country":
                return rng.choice(NEWS_COUNTRIES)
            if name == "agency":
                return rng.choice(NEWS_AGENCIES)
            if name == "date":
                return self.date_phrase()
            if name == "timeword":
                return rng.choice(TIME_WORDS)
            if name == "topic":
                return self.topic if rng.random() < 0.7 else rng.choice(NEWS_TOPICS)
            if name == "topic_title":
                return rng.choice(NEWS_TOPICS).title()
            if name == "month":
                return MONTHS[rng.randrange(12)]
            if name == "year":
                return str(day.year - rng.randrange(3))
            if name == "n":
                return str(rng.randrange(3, 900))
            if name == "section":
                return rng.choice(NEWS_SECTIONS)
            if name == "teaser":
                return self.teaser()
            if name == "staff":
                return rng.choice(self.pools.staff)
            if name == "tags":
                return ", ".join(rng.sample(NEWS_COUNTRIES, 2) + [rng.choice(self.places)])
            if name == "code":
                return rng.choice(["ant", "rzk", "dna", "Luc", "bbn", "pri", "wsn"])
            raise KeyError(name)

        filled = re.sub(r"\{(\w+)\}", slot, template).replace(",,", ",")
        return filled[:1].upper() + filled[1:]

    def teaser(self) -> str:
        """Another story's headline, with a person of its own (teasers name people the brief must not)."""
        rng = self.rng
        other = rng.choices(self.pools.people, cum_weights=self.pools.person_w)[0][0]
        return rng.choice(NEWS_TEASERS).replace("{name}", other).format(
            country=rng.choice(NEWS_COUNTRIES), capital=rng.choice(NEWS_CAPITALS),
            topic_title=rng.choice(NEWS_TOPICS).title(), place=rng.choice(self.pools.places[:200]),
            org=rng.choice(NEWS_INSTITUTIONS))

    def quote(self) -> str:
        rng = self.rng
        said = self.fill(rng.choice(NEWS_QUOTES))
        shape = rng.random()
        if shape < 0.45:
            if rng.random() < 0.2 and self.introduced:
                return f"“{said},” {rng.choice(NEWS_VERBS_ALONE)}."
            return f"“{said},” {rng.choice(NEWS_VERBS_AFTER)} {self.person().rstrip(',')}."
        if shape < 0.75:
            return f"{self.person()} {rng.choice(NEWS_VERBS_BEFORE)}, \"{said}.\""
        if shape < 0.9:
            return f"\"{said},\" {rng.choice(NEWS_VERBS_AFTER)} {self.person().rstrip(',')} kepada wartawan di {rng.choice(self.places)}."
        return f"Menurut {self.person().rstrip(',')}, “{said}.”"

    def text(self, target: int) -> str:
        rng, day = self.rng, self.day
        fmt, outlet = rng.choice(NEWS_OUTLETS)
        city = rng.choice(NEWS_CAPITALS[:8])
        top: list[str] = []
        if rng.random() < 0.6:
            top.append(self.fill(rng.choice(NEWS_TOP)))
        headline = self.fill(rng.choice(NEWS_HEADLINES))
        top.append(headline)
        if rng.random() < 0.7:
            top.append(f"{outlet} - {DAYS[day.weekday()]}, {day.day:02d} {MONTHS[day.month - 1][:3]} {day.year} "
                       f"{rng.randrange(24):02d}:{rng.randrange(60):02d} WIB")
        if rng.random() < 0.5:
            top.append(f"Penulis: {rng.choice(self.pools.staff)} | Editor: {rng.choice(self.pools.staff)}")
        if rng.random() < 0.5:
            top.append(f"Ilustrasi {self.topic} di {rng.choice(self.places)}. "
                       f"(Foto: {rng.choice(NEWS_AGENCIES)}/{rng.choice(self.pools.staff)})")
        if rng.random() < 0.4:
            top.append(rng.choice(NEWS_TOP[:4]))
        lead = (f"{self.person(0)} bertemu {self.person(1)} di {rng.choice(self.places)} pada "
                f"{DAYS[day.weekday()]} ({day.day}/{day.month}/{day.year}) untuk membahas {self.topic}.")
        body = [f"{fmt.format(CITY=city.upper(), City=city)} {lead}"]
        head = sum(len(line) + 1 for line in top) + 1
        templates = NEWS_BODY[:]
        rng.shuffle(templates)
        quotes = rng.randint(2, 5)
        mid = rng.randint(1, 3)
        k = 0
        while head + sum(len(line) + 2 for line in body) < target:
            if k >= len(templates):
                rng.shuffle(templates)
                k = 0
            paragraph = [self.fill(templates[k])]
            k += 1
            if rng.random() < 0.5 and k < len(templates):
                paragraph.append(self.fill(templates[k]))
                k += 1
            body.append(" ".join(paragraph))
            if quotes and rng.random() < 0.45:
                body.append(self.quote())
                quotes -= 1
            if mid and rng.random() < 0.25:
                body.append(self.fill(rng.choice(NEWS_MID)))
                mid -= 1
        end = [self.fill(line) for line in rng.sample(NEWS_END, rng.randint(1, 3))]
        return "\n".join(top) + "\n\n" + "\n\n".join(body) + "\n\n" + "\n".join(end) + "\n"


def news_article(rng: random.Random, pools: _NewsPools | None = None) -> tuple[str, set]:
    """One news-style article and the entities it names ((kind, name) pairs, furniture left out)."""
    piece = _NewsArticle(rng, pools or _pools())
    target = int(min(4600, max(1800, rng.gauss(3000, 600))))
    return piece.text(target), piece.entities


STYLES = ("easy", "news")


def articles(n: int, *, seed: int = 11, style: str = "easy"):
    """The texts of n articles of a style, in order: (text, the entities it names or None)."""
    if style not in STYLES:
        raise ValueError(f"unknown style {style!r}; one of {STYLES}")
    rng = random.Random(seed)
    for i in range(n):
        if style == "easy":
            yield article(rng, i), None
        else:
            yield news_article(rng)


def make_corpus(n: int, out: Path, *, seed: int = 11, style: str = "easy") -> list[Path]:
    """Write n articles into out/ (created); returns their paths."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    prefix = "synth" if style == "easy" else "news"
    for i, (text, _) in enumerate(articles(n, seed=seed, style=style)):
        path = out / f"{prefix}_{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--style", choices=STYLES, default="easy",
                        help="news: real-size articles with furniture and a long tail of names; easy: the first corpus")
    args = parser.parse_args()
    make_corpus(args.n, args.out, seed=args.seed, style=args.style)


if __name__ == "__main__":
    main()
