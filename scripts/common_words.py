#!/usr/bin/env python3
"""Write generator/lang/id/common_words.yaml: common Indonesian words, learnt from IDNer2k and NERP.

A run of capitalised words found by its shape alone (no title, apposition, speech cue or register
entry) is a person only when one of its words could be a name. This script lists the words that
cannot, from the train and dev splits of two news NER corpora (never their test splits):

  - IDNer2k (cased, PER/ORG/LOC, 31k train tokens): a word is common when it occurs in lower case at
    least LOWER_MIN times, or capitalised at least CAP_MIN times, and never inside a PER span (so
    "Putri", "Indah", "Wahyu" as names keep them out).
  - NERP (NER-Prosa of IndoNLU, lowercased, PPL/PLC/IND/EVT/FNB, 156k+20k tokens): a word is common
    too when it is tagged O at least NERP_O_MIN times and is a person's (PPL) word in under
    NERP_PERSON_SHARE of its occurrences (the corpus is noisy: "presiden" is PPL once in 430), is never
    inside a PER span of IDNer2k, and is no Korean family name (function_words.yaml korean_surnames:
    "park", "bang" are English and Indonesian words as well) nor a word of a registered person's name
    (content/register/people.yaml). NERP's text is all lower case, so only its O/PPL counts are read.
    Tagged O once is enough: of IDNer2k's 1,117 PER spans (train+dev), the NERP rule alone makes 8
    spans all common at once, 6 at twice, 5 at three times; all but one ("Husein", once) are IDNer2k's
    own noise (parties, "Ahad", "AFP"). The names a single O lets in that the product meets ("yuri",
    "choi", "won") are Korean family names or registered persons' words, excluded.
  - A word IDNer2k alone makes common is dropped when NERP shows it as a name: a person's word at least
    NERP_VETO_MIN times and in at least NERP_VETO_SHARE of its occurrences ("putra", "sari", "fajar").

Run by a developer only (the product reads the YAML it writes, never ../shared):

    python3 scripts/common_words.py [../shared/data/ner] > generator/lang/id/common_words.yaml
"""
from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import yaml

LOWER_MIN = 1      # IDNer2k: lower-case occurrences that make a word common
CAP_MIN = 2        # IDNer2k: capitalised occurrences, never inside PER, that make a word common
NERP_O_MIN = 1     # NERP: occurrences tagged O that make a word common ... (once: "sponsor", "idola",
                   # "pemantau" are the rare words headlines capitalise; held against IDNer2k's 1,117 PER
                   # spans, once takes one more name than twice, "Husein", see the module's docstring)
NERP_PERSON_SHARE = 0.05   # ... when under this share of its occurrences are inside a PPL span
NERP_VETO_MIN = 2          # NERP: a word inside PPL spans at least this often ...
NERP_VETO_SHARE = 0.2      # ... and in at least this share of its occurrences is a name's word
MIN_LENGTH = 3     # shorter tokens are left to function_words.yaml
IDNER_SPLITS = ("train.txt", "dev.txt")   # never test.txt
NERP_SPLITS = ("train_preprocess.txt", "valid_preprocess.txt")   # never test_preprocess.txt
IDNER_SOURCE = "https://github.com/khairunnisaor/idner-news-2k at 625ff40f85b03c615c036ef11bc23cb70c79987a"
NERP_SOURCE = ("https://github.com/IndoNLP/indonlu (dataset/nerp_ner-prosa) at "
               "ce728f6926a36174b9923dfe49d6a6839b6e9bb7")
ROOT = Path(__file__).resolve().parents[1]


def fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _word(token: str) -> str | None:
    return fold(token) if token.isalpha() and len(token) >= MIN_LENGTH else None


def read_idner(corpus: Path) -> tuple[Counter, Counter, set]:
    """(lower-case counts, capitalised counts outside PER, words seen inside PER) of IDNer2k."""
    lower: Counter[str] = Counter()
    cap: Counter[str] = Counter()
    person: set[str] = set()
    for split in IDNER_SPLITS:
        for line in (corpus / split).read_text(encoding="ascii").splitlines():
            parts = line.strip().split(" ")
            if len(parts) != 3:
                continue
            token, _, tag = parts
            key = _word(token)
            if key is None:
                continue
            if tag.endswith("-PER"):
                person.add(key)
            elif token.islower():
                lower[key] += 1
            elif token[0].isupper():
                cap[key] += 1
    return lower, cap, person


def read_nerp(corpus: Path) -> tuple[Counter, Counter, Counter]:
    """(O counts, PPL counts, all counts) of NERP's words; a token with spaces ("salah satu") counts
    each of its words."""
    outside: Counter[str] = Counter()
    person: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for split in NERP_SPLITS:
        for line in (corpus / split).read_text(encoding="utf-8").splitlines():
            token, tab, tag = line.partition("\t")
            if not tab:
                continue
            for key in filter(None, map(_word, token.split(" "))):
                total[key] += 1
                if tag == "O":
                    outside[key] += 1
                elif tag.endswith("-PPL"):
                    person[key] += 1
    return outside, person, total


def _load(path: Path):
    # (every scalar as a string: "No", "On" are Korean family names here, not booleans)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)


def product_names(root: Path = ROOT) -> set[str]:
    """Folded Korean family names and words of registered persons' names (the product's own data)."""
    groups = _load(root / "generator" / "lang" / "id" / "function_words.yaml")["groups"]
    names = {fold(w) for w in groups["korean_surnames"]}
    for entry in _load(root / "content" / "register" / "people.yaml")["entities"]:
        if entry.get("kind") == "person":
            for alias in (entry["name"], *entry.get("aliases", [])):
                names |= {fold(w) for w in re.findall(r"[^\W\d_]+", alias)}
    return names


def common_words(data: Path, names: set[str]) -> tuple[list[str], dict]:
    """The common words learnt from the corpora under `data`, and how many each step gave or took."""
    lower, cap, idner_person = read_idner(data / "idner-news-2k")
    outside, nerp_person, total = read_nerp(data / "nerp")

    def share(word: str) -> float:
        return nerp_person[word] / total[word] if total[word] else 0.0

    from_idner = {w for w in set(lower) | set(cap)
                  if w not in idner_person and (lower[w] >= LOWER_MIN or cap[w] >= CAP_MIN)}
    vetoed = {w for w in from_idner if nerp_person[w] >= NERP_VETO_MIN and share(w) >= NERP_VETO_SHARE}
    from_nerp = {w for w in outside if outside[w] >= NERP_O_MIN and share(w) < NERP_PERSON_SHARE
                 and w not in idner_person and w not in names} - from_idner
    words = sorted((from_idner - vetoed) | from_nerp)
    return words, {"idner": len(from_idner), "vetoed": len(vetoed), "nerp": len(from_nerp)}


def _licence(path: Path) -> str:
    return "".join(f"#   {line}".rstrip() + "\n" for line in path.read_text(encoding="utf-8").strip().splitlines())


def main() -> int:
    data = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / ".." / "shared" / "data" / "ner")
    words, counts = common_words(data, product_names())
    out = sys.stdout
    out.write(
        "# Common Indonesian words (folded to lower case): a capitalised run made only of these,\n"
        "# with no other evidence, is no person's name. Generated by scripts/common_words.py; do not edit.\n"
        "# Sources (train and dev splits only, never test.txt nor test_preprocess.txt):\n"
        f"#   IDNer2k (idner-news-2k), {', '.join(IDNER_SPLITS)}: {IDNER_SOURCE}\n"
        f"#   NERP (NER-Prosa, IndoNLU), {', '.join(NERP_SPLITS)}: {NERP_SOURCE}\n"
        f"# Thresholds: IDNer2k lower case >= {LOWER_MIN}, or capitalised >= {CAP_MIN} ({counts['idner']} words);\n"
        f"#   NERP tagged O >= {NERP_O_MIN} and inside a person span in under {NERP_PERSON_SHARE:.0%} of its occurrences,\n"
        f"#   no Korean family name nor registered person's word ({counts['nerp']} more words); never inside an\n"
        f"#   IDNer2k PER span; dropped when NERP has it in a person span >= {NERP_VETO_MIN} times and in\n"
        f"#   >= {NERP_VETO_SHARE:.0%} of its occurrences ({counts['vetoed']} words); alphabetic, at least {MIN_LENGTH} letters.\n"
        f"#   {len(words)} words.\n"
        "# Derived from data under these licences:\n#\n"
        "# IDNer2k:\n#\n")
    out.write(_licence(data / "idner-news-2k" / "LICENSE"))
    out.write("#\n# NERP (IndoNLU's repository licence):\n#\n")
    out.write(_licence(data / "nerp" / "LICENSE"))
    out.write("words:\n")
    for w in words:
        # (quoted where YAML would read the bare word as something else: "yes", "null", "off")
        out.write(f"  - {w}\n" if isinstance(yaml.safe_load(w), str) else f"  - '{w}'\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
