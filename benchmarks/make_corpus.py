"""Write N synthetic Indonesian news articles for benchmarks: `python benchmarks/make_corpus.py N OUT`.

The articles are recombined from sentence templates written for this benchmark (not copied from
the seeds) and filled from pools of names, roles, organisations, places, dates and quotations, so
that extraction meets what it meets in real articles: a headline, an outlet and dateline, page
furniture (advert and "read also" lines, an editor credit), people with roles, dated events
(absolute, weekday-with-date and relative), direct quotes with speech verbs, and indirect speech.
Deterministic: the same N and seed give the same files.
"""
from __future__ import annotations

import argparse
import random
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


def make_corpus(n: int, out: Path, *, seed: int = 11) -> list[Path]:
    """Write n articles into out/ (created); returns their paths."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        path = out / f"synth_{i:05d}.txt"
        path.write_text(article(rng, i), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    make_corpus(args.n, args.out, seed=args.seed)


if __name__ == "__main__":
    main()
