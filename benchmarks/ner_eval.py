"""Entity-level P/R/F1 of the actors stage on the IDNer2k corpus (PER/ORG/LOC, CoNLL spans).

Usage: python benchmarks/ner_eval.py [--split test|dev|train] [--data DIR]

Each CoNLL sentence is joined with single spaces into one text and read by `find_actors` as one
sentence; mentions map back to tokens. person → PER, organization → ORG, place and country → LOC.
The corpus marks a country used as an actor as O (see its README), so a second score leaves out,
on both sides, every span whose text is a country or a capital known to the register.
The benchmark may read ../shared; the product never does.
"""
from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from generator.actors import find_actors
from generator.lexicon import fold, load_lexicon
from generator.model import Article, Sentence, Span

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "ner" / "idner-news-2k"
TYPES = {"person": "PER", "organization": "ORG", "place": "LOC", "country": "LOC"}


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    sentences, tokens, tags = [], [], []
    for line in path.read_text(encoding="ascii").splitlines():
        line = line.strip()
        if not line:
            if tokens:
                sentences.append((tokens, tags))
            tokens, tags = [], []
            continue
        parts = line.split(" ")
        tokens.append(parts[0])
        tags.append(parts[-1])
    if tokens:
        sentences.append((tokens, tags))
    return sentences


def gold_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    spans, start, kind = set(), None, None
    for i, tag in enumerate(tags + ["O"]):
        if tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != kind):
            if start is not None:
                spans.add((start, i, kind))
            start, kind = (i, tag[2:]) if tag != "O" else (None, None)
    return spans


def predicted_spans(tokens: list[str], lex) -> set[tuple[int, int, str]]:
    text = " ".join(tokens)
    offsets, position = [], 0
    for token in tokens:
        offsets.append((position, position + len(token)))
        position += len(token) + 1
    article = Article(id="ner", path="ner", text=text)
    spans = set()
    for actor in find_actors(article, (Sentence(Span(0, len(text)), 0),), lex):
        for mention in actor.mentions:
            first = next((i for i, (a, b) in enumerate(offsets) if a <= mention.span.start < b), None)
            last = next((i for i, (a, b) in enumerate(offsets) if a < mention.span.end <= b), None)
            if first is not None and last is not None:
                spans.add((first, last + 1, TYPES[actor.kind]))
    return spans


def country_or_capital(lex) -> set[str]:
    capitals = {"seoul", "pyongyang", "moskow", "moscow", "beijing", "washington", "tokyo", "jakarta",
                "kyiv", "kiev", "london", "paris", "berlin", "canberra", "kuala lumpur", "singapura",
                "bangkok", "manila", "hanoi", "new delhi", "teheran", "yerusalem", "kairo", "riyadh"}
    names = {fold(c) for c in capitals}
    for entry in lex.register.entries.values():
        if entry.kind == "country":
            names |= {fold(a) for a in entry.aliases}
    for short in (lex.group("places", "aliases") or {}):
        names.add(fold(str(short)))
    return names


def score(pairs, skip=None) -> dict[str, tuple[float, float, float]]:
    counts: dict[str, Counter] = {t: Counter() for t in ("PER", "ORG", "LOC", "ALL")}
    for tokens, gold, pred in pairs:
        if skip is not None:
            keep = lambda s: fold(" ".join(tokens[s[0]:s[1]])) not in skip  # noqa: E731
            gold, pred = {s for s in gold if keep(s)}, {s for s in pred if keep(s)}
        for kind in ("PER", "ORG", "LOC"):
            g = {s for s in gold if s[2] == kind}
            p = {s for s in pred if s[2] == kind}
            for c in (counts[kind], counts["ALL"]):
                c["tp"] += len(g & p)
                c["fp"] += len(p - g)
                c["fn"] += len(g - p)
    result = {}
    for kind, c in counts.items():
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        result[kind] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", choices=["train", "dev", "test"])
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    lex = load_lexicon(ROOT / "content")
    sentences = read_conll(args.data / f"{args.split}.txt")
    started = time.perf_counter()
    pairs = [(tokens, gold_spans(tags), predicted_spans(tokens, lex)) for tokens, tags in sentences]
    seconds = time.perf_counter() - started
    print(f"IDNer2k {args.split}: {len(sentences)} sentences in {seconds:.1f} s")
    for title, result in (("all spans", score(pairs)),
                          ("without country/capital spans", score(pairs, country_or_capital(lex)))):
        print(f"\n{title}\n| type | P | R | F1 |\n|---|---:|---:|---:|")
        for kind in ("PER", "ORG", "LOC", "ALL"):
            p, r, f = result[kind]
            print(f"| {kind if kind != 'ALL' else 'micro'} | {p:.3f} | {r:.3f} | {f:.3f} |")


if __name__ == "__main__":
    main()
