"""Prefilter: what a pattern cannot match without, read from the pattern, and rule lists that skip
only the rules that cannot match (the furniture rules of every group, an editor's overlay rule)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator import layout, prefilter
from generator.extract import read_article
from generator.layout import find_layout
from generator.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parents[2]
GROUPS = ("line", "teaser", "header_date", "credits", "caption_credit", "inline", "tail", "lead_in")


@pytest.mark.parametrize("pattern, expected", [
    (r"(?i)^\s*(?:baca juga|lihat pula)\s*:", {"baca juga", "lihat pula"}),
    (r"(?i)^\s*(?:space\s+iklan|iklan)\s*$", {"space", "iklan"}),
    (r"(?<=foto)\s+oleh", {"oleh"}),                  # a look-behind may read before the search starts
    (r"^(?=.*\bcookie)(?=.{0,80}$).*$", {"cookie"}),    # a look-ahead's words are in the string
    (r"(?i)kanal\s+(?:wa|tele)gram", {"wagram", "telegram"}),   # the longest strings of the two places
    (r"(?i)[Ff]oto\s*:", {"foto"}),
    # a repeat of at least two: the doubled strings, not the single space every line holds
    (r"^\w+(?:\s*\||[ \t]{2,})\w+$", {"|", "  ", " \t", "\t ", "\t\t"}),
    (r"^\w+(?:\s*\||[ \t]+)\w+$", {"|", " ", "\t"}),     # (one is enough: the single strings)
    # a string holding another of the set is left out: a line holding it holds the other
    (r"(?i)^\s*(?:adv|advertising|iklan|ruang iklan)\b", {"adv", "iklan"}),
    # a letter outside ASCII whose other case folds to it: both cases are its fold
    (r"(?i)^\s*(?:[©Ⓒⓒ]|hak cipta)\s*\d{4}", {"©", "ⓒ", "hak cipta"}),
    (r"Ⓒ\s*\d{4}", {"ⓒ"}),
])
def test_required_strings_are_read_from_the_pattern(pattern, expected):
    assert prefilter.required(re.compile(pattern)) == frozenset(expected)


@pytest.mark.parametrize("pattern", [
    r"^\s*[A-Z][a-z]+\s+\d+$",                                # classes only
    r"(\w+)\1",                                               # a back-reference and nothing literal
    r"(?:abc)?\d+",                                           # the literal may be left out
    r"abc|\d+",                                               # one branch holds no literal
    r"(?i)ſ\d+|[ıµ]\d+",                                     # letters re takes for other letters
])
def test_required_strings_none_when_a_match_needs_no_literal(pattern):
    assert prefilter.required(re.compile(pattern)) is None


@pytest.mark.parametrize("pattern, last, expected", [
    (r"(?i)^\s*(?:ab|cd)", False, {prefilter.SPACE, "a", "c"}),
    (r"^[-–]?\s*\d+", False, {"-", "–", prefilter.SPACE, prefilter.DIGIT}),
    (r"\(\w+/\w+\)\s*$", True, {")", prefilter.SPACE}),
    (r"(?i)(?:juga|pula)$", True, {"a"}),
])
def test_end_characters_of_anchored_patterns(pattern, last, expected):
    assert prefilter.end_chars(re.compile(pattern), last=last) == frozenset(expected)


@pytest.mark.parametrize("pattern, last", [
    (r"(?i)\s*(?:ab|cd)", False),          # not anchored
    (r"^\s*$", False),                     # may match nothing at the start
    (r"^.*iklan", False),                  # any character first
    (r"(?m)^iklan", False),                # MULTILINE: "^" is every line's start
    (r"^[^\W\d_]+$", True),                # a negated class
    (r"iklan\b", True),                    # not anchored at the end
])
def test_end_characters_none_when_unbounded(pattern, last):
    assert prefilter.end_chars(re.compile(pattern), last=last) is None


@pytest.mark.parametrize("text, folded", [
    ("ſhare", "share"), ("\u212aomentar", "komentar"), ("\u0130KLAN", "iklan"), ("ıklan", "iklan"),
    ("Bagikan ©", "bagikan ©"),
])
def test_fold_writes_what_case_insensitive_re_takes_for_a_letter_as_that_letter(text, folded):
    assert prefilter.fold(text) == folded


@pytest.mark.parametrize("line, expected", [
    ("ſhare ini", "share"),               # re takes "ſ" for "s" case-insensitively: so does the gate
    ("Bagikan \u212aabar", "share"),
    ("Kabar ini dibagikan ulang", None),  # a counter-example: no rule matches
])
def test_rules_keep_case_insensitive_matches_of_look_alike_letters(line, expected):
    rules = prefilter.Rules([("share", re.compile(r"(?i)^\s*(?:share|bagikan)\b.*$")),
                             ("ad", re.compile(r"(?i)^\s*iklan\s*$"))])
    assert next((rule for rule, _ in rules.matches(line)), None) == expected


@pytest.mark.parametrize("char, expected", [
    ("a", True), ("©", True), ("–", True), ("ⓒ", True), ("Ⓒ", True), ("É", True), ("é", True),
    ("ſ", False), ("ı", False), ("\u212a", False), ("İ", False), ("ς", False), ("Σ", False), ("µ", False),
])
def test_stable_letters_fold_to_the_letter_every_case_insensitive_match_folds_to(char, expected):
    assert prefilter.stable(char) is expected
    if expected:      # every character re takes for it case-insensitively folds to its fold
        others = [chr(c) for c in range(0x80, 0x3000) if re.fullmatch("(?i)" + re.escape(char), chr(c))]
        assert all(prefilter.fold(other) == prefilter.fold(char) for other in others)


def _lines() -> list[str]:
    lines = []
    for path in sorted(ROOT.glob("tests/data/*/articles/*.txt")) + sorted((ROOT / "content" / "articles").glob("*.txt")):
        lines += [line for line in read_article(path).text.split("\n") if line.strip()]
    # Invented lines at the edges the gates read: leading and trailing spaces, marks, look-alike letters.
    lines += ["   IKLAN   ", "\tBaca juga: Harga naik lagi", "ſcroll to continue with content", "(ant/ant) ",
              "Foto: AGENSI/Nama Fotografer ", "… lanjut baca", "1 2 3 Next »", "©2024 Situs Kota", ")",
              "Ⓒ 2024 Situs Kota", "ⓒAgensi Kota", "Situs Kota ⓒ 2024 | Semua hak dilindungi"]
    return lines


@pytest.mark.parametrize("group", GROUPS)
def test_rules_find_what_searching_every_rule_finds(lex, group):
    """On every line of the evaluation articles and the seeds, the gated rules give the same
    (rule, span) as searching every rule of the group in order."""
    pairs = layout._rules(lex, group)
    rules = prefilter.Rules(pairs)
    for line in _lines():
        for whole in (False, True):
            gated = [(rule["id"], m.span()) for rule, m in rules.matches(line, whole=whole)]
            every = [(rule["id"], m.span()) for rule, rx in pairs
                     if (m := (rx.match(line) if whole else rx.search(line)))]
            assert gated == every, line
        for index in range(len(pairs) if group == "inline" else 0):     # searched over a range of the text
            for start, end in ((0, len(line)), (1, max(1, len(line) - 1))):
                m = pairs[index][1].search(line, start, end)
                found = rules.search(index, line, start, end)
                assert (found.span() if found else None) == (m.span() if m else None), (line, start, end)


def test_overlay_furniture_rules_are_gated_from_their_own_patterns(tmp_path, make_article):
    """An editor's rule with no string or end character to gate on always runs; one with a literal
    runs where its literal is; prose around them is left alone."""
    (tmp_path / "lang").mkdir()
    (tmp_path / "lang" / "furniture.yaml").write_text(
        "line:\n"
        "  - id: classes-only\n"
        "    pattern: '^[^\\W\\d_]{3,}\\s+\\d{5,}\\s+[^\\W\\d_]{3,}$'\n"
        "    example: Kupon 123456 berhadiah\n"
        "  - id: zorvex-promo\n"
        "    pattern: '(?i)^.{0,40}\\bzorvex\\s+plus\\b.*$'\n"
        "    example: Nikmati Zorvex Plus sekarang juga\n", encoding="utf-8")
    lex = load_lexicon(tmp_path)
    ruleset = layout._ruleset(lex, "line")
    gates = {rule["id"]: ruleset.gate(index) for index, (rule, _) in enumerate(ruleset.rules)}
    assert gates["classes-only"] == (None, None, None)
    assert gates["zorvex-promo"][2] == ("zorvex",)
    text = ("Menteri Luar Negeri Arvenia Kolsen tiba di ibu kota pada Senin untuk bertemu mitranya.\n"
            "Kupon 123456 berhadiah\n"
            "Nikmati Zorvex Plus sekarang juga\n"
            "Kolsen mengatakan kedua negara sepakat memperluas kerja sama di bidang energi dan pangan.\n"
            "Kupon 12 berhadiah untuk pembaca setia kami yang beruntung di kota itu hari ini.\n")
    page = find_layout(make_article(text), lex)
    rules = {f.span.of(text): f.rule for f in page.furniture}
    assert rules == {"Kupon 123456 berhadiah": "line:classes-only",
                     "Nikmati Zorvex Plus sekarang juga": "line:zorvex-promo"}
    assert len(page.body) == 3


@pytest.mark.parametrize("line", [
    "Cek harga mulai dari Rp 10.000",     # one string runs on from inside another
    "cek hargamu",                        # the first alone
    "harga mulai naik",                   # the second alone
    "ab|b  c",                            # a string inside another, and marks
    "tidak ada yang dicari",              # none
    "",
    "menu \t| cek  harga",                # strings opening with a space or tab, asked for apart
])
def test_present_finds_every_literal_a_line_holds_in_one_scan(line):
    literals = ("cek harga", "harga mulai", "ab", "b", "|", "  ", "ada", " \t", " cek")
    present = prefilter._Present(literals)
    folded = prefilter.fold(line)
    assert present.held(folded) == sum(1 << i for i, piece in enumerate(literals) if piece in folded)


def test_present_by_runs_of_letters_holds_what_asking_every_literal_holds():
    """_Present reads a string by its runs of letters (each run's literals remembered) and asks for a
    literal with other characters only where its longest run of letters stands: the same bits as asking
    `piece in string` of every literal, on random sets of short strings of letters, spaces and marks
    (the empty string, strings of marks alone and runs shared by several among them), asked twice (the
    second time from the remembered runs), and on strings outside ASCII."""
    import random

    rnd = random.Random(21)
    checked = 0
    for _ in range(400):
        literals = tuple(dict.fromkeys("".join(rnd.choice("ab c-.é") for _ in range(rnd.randint(0, 6)))
                                       for _ in range(rnd.randint(0, 20))))
        present = prefilter._Present(literals)
        for _ in range(6):
            folded = "".join(rnd.choice("ab c-.é\t") for _ in range(rnd.randint(0, 25)))
            want = sum(1 << i for i, piece in enumerate(literals) if piece in folded)
            assert present.held(folded) == want == present.held(folded), (literals, folded)
            checked += want != 0
    assert checked > 500
    literals = ("baca juga", "juga", "-fb", "©", "ab", "  ")
    present = prefilter._Present(literals)
    assert present.held("bacaan juga ©") == 0b1010         # "baca" ends no run: not "baca juga"
    assert present.held("baca juga-fb  ab") == 0b110111
    assert present.held("abjad") == 0b10000 and present.held("") == 0


def test_present_tables_are_those_asking_every_pair_of_strings_gives():
    """_Present's tables (the strings inside each string; those that may start inside it and run past
    its end) are found through each string's substrings and suffixes: the same as asking every pair,
    on random sets of short strings over a small alphabet (so that they overlap often), the empty
    string among them, and the furniture rules' strings."""
    import random

    def pairwise(scanned):
        inside = {piece: sum(1 << i for i, other in scanned if other in piece) for _, piece in scanned}
        overlapping = {piece: found for _, piece in scanned if (found := tuple(
            (i, other) for i, other in scanned if other not in piece and any(
                piece.endswith(other[:k]) for k in range(1, len(other)))))}
        return inside, overlapping

    rnd = random.Random(20)
    sets = [tuple(dict.fromkeys("".join(rnd.choice("ab c") for _ in range(rnd.randint(0, 6)))
                                for _ in range(rnd.randint(0, 30)))) for _ in range(200)]
    sets.append(("cek harga", "harga mulai", "ab", "b", "|", "ada", " cek", "ga m"))
    assert any("" in literals for literals in sets)
    overlaps = 0
    for literals in sets:
        scanned = [(i, piece) for i, piece in enumerate(literals) if not piece[:1].isspace()]
        found = prefilter._inside_and_overlapping(scanned)
        assert found == pairwise(scanned), literals
        overlaps += bool(found[1])
    assert overlaps > 50


def test_rule_lists_sharing_one_scan_give_each_list_its_own_matches(lex):
    """The furniture groups look for all their strings in one scan of a line (remembered per line):
    each group finds what it finds on its own, on every line, asked in any order; its candidates are
    those it has alone or fewer (a rule's other required sets whose strings another group's rules
    have are looked for in the same scan, and gate it too)."""
    shared = prefilter.rule_lists({group: layout._rules(lex, group) for group in GROUPS})
    alone = {group: prefilter.Rules(layout._rules(lex, group)) for group in GROUPS}
    assert len({id(rules._shared) for rules in shared.values()}) == 1
    fewer = 0
    for line in _lines():
        for group in reversed(GROUPS):
            for start in (0, 1):
                gated, own = shared[group].candidates(line, start), alone[group].candidates(line, start)
                assert set(gated) <= set(own), (group, line)
                fewer += len(gated) < len(own)
            assert ([(rule["id"], m.span()) for rule, m in shared[group].matches(line)]
                    == [(rule["id"], m.span()) for rule, m in alone[group].matches(line)]), (group, line)
    assert fewer > 0


def test_every_required_set_of_a_pattern_gates_it_where_the_scan_looks_for_its_strings():
    """`required_sets`: each set is one a match cannot do without (a credit's slash as well as the
    wire's name); a rule list gates a rule on each set whose strings its scan looks for anyway."""
    credit = re.compile(r"(?<=[.!?])\s+(?:[A-Z]\w*\s*/\s*){1,3}(?:REUTERS|AFP)\b")
    assert prefilter.required(credit) == frozenset({"reuters", "afp"})
    assert frozenset({"/"}) in prefilter.required_sets(credit)
    assert prefilter.required_sets(re.compile(r"(?:abc)?\d+")) == ()
    rules = prefilter.rule_lists({"credit": [("credit", credit)], "bar": [("bar", re.compile(r"\w+/\w+"))]})
    assert rules["credit"].candidates("Kapal itu tiba. Nama/AFP") == (0,)
    assert rules["credit"].candidates("Kapal itu tiba di kota dengan selamat, kata AFP") == ()   # no slash
    assert rules["credit"].candidates("Kapal itu tiba. Nama/Kantor") == ()                       # no wire


def test_literals_remember_a_line_and_forget_past_their_bound(monkeypatch):
    monkeypatch.setattr(prefilter, "MAX_REMEMBERED", 2)
    literals = prefilter.Literals(("iklan", "baca juga"))
    assert literals.held("IKLAN di sini") == 0b01
    assert literals.held("Baca juga: berita lain") == 0b10
    assert literals.held("Tidak ada yang dicari") == 0     # the memory was emptied first
    assert len(literals._held) == 1
    assert literals.held("ſcroll, lalu baca juga iklan") == 0b11


def test_analyses_kept_between_processes_are_the_same_and_a_foreign_store_is_ignored(tmp_path, monkeypatch):
    """A build stores what it read from the rules' patterns (prefilter.remember) and the next
    process takes it (prefilter.known) instead of parsing them again: the same gates. A store of
    another prefilter.py or Python, or a spoilt one, is ignored: every pattern is parsed again."""
    import json

    patterns = [re.compile(r"^(?:Baca juga|Simak)\b.*$", re.I), re.compile(r"Foto: \w+"),
                re.compile(r"\d+ komentar"), re.compile(r"(?:x|y)?")]
    monkeypatch.setattr(prefilter, "_ANALYSES", {})
    fresh = [prefilter.analyse(rx) for rx in patterns]
    assert fresh == [(prefilter.end_chars(rx), prefilter.end_chars(rx, last=True), prefilter.required(rx))
                     for rx in patterns]
    def as_sets(gate):
        first, last, needed = gate
        return first, last, None if needed is None else frozenset(needed)
    before = prefilter.Rules([(i, rx) for i, rx in enumerate(patterns)])
    expected = [as_sets(before.gate(i)) for i in range(len(patterns))]
    store = tmp_path / "prefilter.analyses"
    prefilter.remember(store)
    monkeypatch.setattr(prefilter, "_ANALYSES", {})
    assert prefilter.known(store) == len(patterns) == prefilter.analysed()
    parsed = []
    monkeypatch.setattr(prefilter, "required", lambda rx: parsed.append(rx) or None)
    assert [prefilter.analyse(rx) for rx in patterns] == fresh and not parsed       # taken, not parsed
    rules = prefilter.Rules([(i, rx) for i, rx in enumerate(patterns)])
    assert [as_sets(rules.gate(i)) for i in range(len(patterns))] == expected
    good = json.loads(store.read_text(encoding="utf-8"))
    for spoilt in (dict(good, digest="other python"), dict(good, analyses=[[1, 0, None, None, None]]),
                   dict(good, analyses=[[patterns[0].pattern, 0, ["a"], None]]), "[]", "{"):
        store.write_text(spoilt if isinstance(spoilt, str) else json.dumps(spoilt), encoding="utf-8")
        monkeypatch.setattr(prefilter, "_ANALYSES", {})
        assert prefilter.known(store) == 0 and prefilter.analysed() == 0


@pytest.mark.parametrize("pattern, expected", [
    (r"(?<=[.!?)])\s+(?P<name>[A-Z]+)\s*$", r"\s(?<=[.!?)]\s)\s*(?P<name>[A-Z]+)\s*$"),
    (r"(?<=\w)\s+(?:Perbesar)\s*$", r"\s(?<=\w\s)\s*(?:Perbesar)\s*$"),
    (r"(?<=[\]x])\s+a", r"\s(?<=[\]x]\s)\s*a"),
    (r"(?<=[.!?])\s*\(", None),          # the spaces may be none: as it is
    (r"(?<=[a-z.])-(?P<x>\w+)", None),    # no spaces after the look-behind
    (r"(?<=ab)\s+a", None),               # a look-behind of two characters
    (r"(?<=.)\s+a", None),
    (r"(?i)^\s*foto\s*:", None),
])
def test_scannable_opens_a_look_behind_pattern_with_its_space(pattern, expected):
    assert prefilter.scannable(pattern) == (expected or pattern)


def test_scannable_patterns_find_the_same_matches(lex):
    """Every furniture rule written by `scannable` finds what its pattern finds (span and groups), on
    the evaluation lines, invented captions and random strings, searched whole and over a range."""
    import random
    rng = random.Random(7)
    lines = _lines() + ["Warga berkumpul di alun-alun. AGENSI POOL VIA AGENSI", "Ia tiba.  \t FOTO/ABC DEF ",
                        "Kata dia. (NAMA)", "a.\n\nB C", ". X Y", "x. Perbesar", "Selesai!  Foto/Nama Satu/Dua"]
    alphabet = "aA .!?)(\t\n/-ZXY"
    lines += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(2000)]
    rewritten = 0
    for group in GROUPS:
        for rule in lex.group("furniture", group, []) or []:
            source = rule["pattern"].replace("{outlet}", "(?:AGENSI|Situs Kota)")
            if prefilter.scannable(source) == source:
                continue
            rewritten += 1
            original, fast = re.compile(source), re.compile(prefilter.scannable(source))
            for line in lines:
                for start in (0, 1, 3):
                    a, b = original.search(line, start), fast.search(line, start)
                    assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (rule["id"], line)
                a, b = original.match(line), fast.match(line)
                assert (a and a.span()) == (b and b.span()), (rule["id"], line)
    assert rewritten >= 5


@pytest.mark.parametrize("pattern, expected", [
    (r"(?i)^\s*(?:senin|selasa)\s*,\s*\d{1,2}\s+mei", True),
    (r"^\s*[0-9]+\s+komentar", True),
    (r"(?=.*\d{4})^[^\n]*$", True),                 # a look-ahead's digit is in the string
    (r"^(?:\d+ menit|\d+ jam)", True),                 # every alternative holds one
    (r"^(?:\d+ menit|sebentar)", False),
    (r"^\s*\d*\s*komentar", False),                     # a repeat that may be empty
    (r"(?<=\d)\s+komentar", False),                    # a look-behind may read before the search starts
    (r"^[^0-9]+$", False),
    (r"^[\d.]+$", False),                               # a dot alone matches too
])
def test_needs_digit_is_read_from_the_pattern(pattern, expected):
    assert prefilter.needs_digit(re.compile(pattern)) is expected


def test_rules_needing_a_digit_are_skipped_on_a_string_without_one():
    rules = prefilter.Rules([("clock", re.compile(r"(?i)\d{1,2}[:.]\d{2}\s*wib")), ("any", re.compile(r"wib"))])
    assert rules.candidates("Pukul sepuluh WIB") == (1,)
    assert rules.candidates("Pukul 10.00 WIB") == (0, 1)
    assert rules.candidates("Pukul \u0661\u0660.\u0660\u0660 WIB") == (0, 1)    # any digit `\d` reads
