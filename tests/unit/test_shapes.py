"""The shapes of lang/id/shapes.yaml and the matcher that reads them (generator/patterns.py).

Every rule of every group matches its own example and not its counter-example, read as the pass reads
it (one line = one sentence, the items of the actors passes), so a rule whose words or neighbours
change under it fails here. The matcher itself is tested on hand-made units: its operators, labels,
context and the errors it reports. Examples are invented.
"""
from __future__ import annotations

import pytest
import yaml

from generator import document
from generator.actor_kit import ITEM_SHAPES, kit_of, vocabulary
from generator.cast import Reading
from generator.items import items_of
from generator.lexicon import LANG_DIR, LexiconError, load_lexicon
from generator.model import Article, Sentence, Span
from generator.patterns import Shapes, Unit, check_rules, compile_group
from generator.quotes import SPEECH_SHAPES, _words_of


def items(lex, line: str) -> list:
    """The units an actors shape reads: the items of the line as one sentence."""
    article = Article(id="t", path="t.txt", text=line)
    sentences = (Sentence(Span(0, len(line)), 0),)
    r = Reading(article, sentences, kit_of(lex), lex, document.build(article, sentences))
    return items_of(r, sentences[0])


def tokens(line: str) -> list[Unit]:
    """The units a speech shape reads: the tokens of the one tokeniser."""
    return [Unit.of_token(t) for t in document.tokens(line)]


def reader(lex, group: str):
    """How a group's pass reads a line, and the word sets its rules may name."""
    if group in SPEECH_SHAPES:
        return tokens, _words_of(lex).vocabulary()
    return (lambda line: items(lex, line)), vocabulary(kit_of(lex))


# (group, rule id) of every shipped rule, read from the file itself so each is a test of its own.
SHIPPED = [(group, rule["id"]) for group, rules in
           yaml.safe_load((LANG_DIR / "id" / "shapes.yaml").read_text(encoding="utf-8")).items()
           for rule in rules]


def test_every_actors_group_has_rules(lex):
    assert all(lex.group("shapes", group) for group in ITEM_SHAPES + SPEECH_SHAPES)


def test_every_group_of_the_file_is_read_by_a_pass():
    assert {group for group, _ in SHIPPED} == set(ITEM_SHAPES + SPEECH_SHAPES)


@pytest.mark.parametrize("group, rule_id", SHIPPED, ids=[f"{g}.{r}" for g, r in SHIPPED])
def test_each_rule_matches_its_example_and_not_its_counter_example(lex, group, rule_id):
    rule = next(rule for rule in lex.group("shapes", group) if rule["id"] == rule_id)
    units_of, words = reader(lex, group)
    one = Shapes(group, [rule], words)
    example, counter = units_of(rule["example"]), units_of(rule["counter_example"])
    assert one.search(example) is not None, f"{group}.{rule['id']} does not match its example: {example}"
    assert one.search(counter) is None, f"{group}.{rule['id']} matches its counter-example: {counter}"


def test_rule_ids_are_unique_within_a_group(lex):
    for group in ITEM_SHAPES + SPEECH_SHAPES:
        ids = [rule["id"] for rule in lex.group("shapes", group)]
        assert len(ids) == len(set(ids)), group


# -- the matcher on hand-made units --------------------------------------------------------------

def units(*pairs) -> list[Unit]:
    out, pos = [], 0
    for kind, text in pairs:
        out.append(Unit(kind, pos, pos + len(text), text))
        pos += len(text) + 1
    return out


WORDS = {"joiners": frozenset({"juga", "sekaligus"})}


def test_lazy_repeat_takes_the_first_way_and_labels_say_where():
    shapes = Shapes("t", [{"id": "joined", "example": "-", "counter_example": "-", "pattern": [
        {"kind": "name", "label": "name"}, {"orth": ","}, {"orth": {"not": ","}, "op": "*?", "max": 3},
        {"lower": {"in": "joiners"}}, {"kind": "role", "label": "role"}]}], WORDS)
    seq = units(("name", "Arvo Melkin"), ("punct", ","), ("word", "yang"), ("word", "juga"), ("role", "anggota"),
                ("word", "juga"), ("role", "ketua"))
    found = shapes.match_at(seq, 0)
    assert (found.rule, found.start, found.end, found.at("name"), found.at("role")) == ("joined", 0, 5, 0, 4)
    # a comma before the joiner closes the apposition; more than `max` words between do too
    assert shapes.match_at(units(("name", "A B"), ("punct", ","), ("word", "x"), ("punct", ","),
                                 ("word", "juga"), ("role", "ketua")), 0) is None
    assert shapes.match_at(units(("name", "A B"), ("punct", ","), *[("word", "x")] * 4,
                                 ("word", "juga"), ("role", "ketua")), 0) is None


def test_greedy_repeat_optional_and_context():
    shapes = Shapes("t", [{"id": "run", "example": "-", "counter_example": "-", "unless": ["title_case"],
                           "not_after": [{"lower": ["di"]}], "not_followed_by": [{"orth": ","}, {"lower": ["dan"]}],
                           "pattern": [{"kind": "role"}, {"initial": "lower", "op": "*"},
                                       {"kind": "name", "tokens": {"max": 1}, "label": "who"}]}], WORDS)
    seq = units(("role", "Menteri"), ("word", "kami"), ("word", "itu"), ("name", "Melkin"))
    assert shapes.match_at(seq, 0).at("who") == 3
    assert shapes.match_at(seq, 0, flags={"title_case"}) is None
    assert shapes.match_at(units(("word", "di"), *[(k, t) for k, t in [("role", "Menteri"), ("name", "Melkin")]]),
                           1) is None
    assert shapes.match_at(units(("role", "Menteri"), ("name", "Melkin"), ("punct", ","), ("word", "dan")), 0) is None
    assert shapes.match_label_at(seq, 3, "who") is None        # `who` stands after a repeat: no fixed place
    assert shapes.search(units(("word", "lalu"), ("role", "Menteri"), ("name", "Melkin"))).start == 1


def test_texts_at_says_what_word_every_match_has_at_an_offset():
    rule = lambda rid, second: {"id": rid, "example": "-", "counter_example": "-",
                                "pattern": [{"orth": ","}, second, {"kind": "name"}]}
    both = Shapes("t", [rule("a", {"lower": {"in": "joiners"}}), rule("b", {"orth": ["Lalu"]})], WORDS)
    assert both.texts_at(1) == {"juga", "sekaligus", "lalu"} and both.texts_at(0) == {","}
    # a rule that names no word there: any word may stand there
    assert Shapes("t", [rule("a", {"lower": {"in": "joiners"}}), rule("b", {"kind": "word"})], WORDS).texts_at(1) is None
    assert both.texts_at(2) is None


def test_fold_compares_the_text_folded():
    shapes = Shapes("t", [{"id": "rank", "example": "-", "counter_example": "-",
                           "pattern": [{"kind": "role", "fold": {"in": "ranks"}}]}], {"ranks": frozenset({"letnanjenderal"})})
    assert shapes.match_at([Unit("role", 0, 15, "Letnan Jenderal")], 0) is not None
    assert shapes.match_at([Unit("role", 0, 15, "Letnan-jenderal")], 0) is not None
    assert shapes.match_at([Unit("role", 0, 6, "Letnan")], 0) is None


def test_closed_words_bound_a_match_ending_at_a_point():
    verb = {"id": "verb", "example": "-", "counter_example": "-", "pattern": [
        {"lower": {"in": "joiners"}}, {"lower": ["lalu"], "op": "*"}, {"orth": [":", ","], "op": "?"}]}
    shapes = Shapes("t", [verb], WORDS)
    assert shapes.closed_words == {"juga", "sekaligus", "lalu", ":", ","}
    seq = units(("word", "Kami"), ("word", "juga"), ("word", "lalu"), ("punct", ":"))
    assert (shapes.match_ending(seq).start, shapes.match_ending(seq[:2]).start) == (1, 1)
    # a word no element names stands between: no match ends here
    assert shapes.match_ending(units(("word", "juga"), ("word", "pergi"), ("punct", ":"))) is None
    # an element that names no words (a kind): any word may stand in a match
    assert Shapes("t", [{**verb, "pattern": [{"kind": "word"}, {"orth": ":"}]}], WORDS).closed_words is None


def test_any_of_and_entry():
    class Item(Unit):
        pass
    shapes = Shapes("t", [{"id": "person", "example": "-", "counter_example": "-", "pattern": [
        {"label": "name", "any_of": [{"kind": "name", "words": {"min": 2}}, {"kind": "ent", "entry": "person"}]},
        {"orth": ","}]}], WORDS)
    assert shapes.match_label_at([Unit("ent", 0, 3, "Lia", "person"), Unit("punct", 3, 4, ",")], 0, "name")
    assert shapes.match_at([Unit("ent", 0, 3, "Lia", "country"), Unit("punct", 3, 4, ",")], 0) is None
    assert shapes.match_at([Unit("name", 0, 3, "Lia"), Unit("punct", 3, 4, ",")], 0) is None


@pytest.mark.parametrize("rule, says", [
    ({"id": "x", "example": "-", "counter_example": "-", "pattern": [{"kind": "name", "op": "!"}]}, "unknown op"),
    ({"id": "x", "example": "-", "pattern": [{"kind": "name"}]}, "`counter_example` is missing"),
    ({"id": "x", "example": "-", "counter_example": "-", "pattern": [{"kind": "name", "colour": "red"}]},
     "unknown key"),
    ({"id": "x", "example": "-", "counter_example": "-", "pattern": [{"kind": "name", "op": "?"}]}, "every element"),
    ({"id": "x", "example": "-", "counter_example": "-", "pattern": [{"words": "two"}]}, "`words` is a number"),
    ({"id": "x", "example": "-", "counter_example": "-", "unless": ["headline"], "pattern": [{"kind": "name"}]},
     "`unless`"),
])
def test_check_rules_names_the_problem(rule, says):
    assert says in check_rules([rule])


def test_an_unknown_word_group_is_refused_when_compiled(lex):
    rule = {"id": "x", "example": "-", "counter_example": "-", "pattern": [{"lower": {"in": "no_such_words"}}]}
    assert check_rules([rule]) is None         # the shape alone is right
    with pytest.raises(LexiconError, match="unknown group 'no_such_words'"):
        compile_group("shapes", "appositions", [rule], vocabulary(kit_of(lex)))


def test_an_overlay_rule_with_an_unknown_group_fails_the_lexicon(tmp_path):
    (tmp_path / "lang").mkdir()
    (tmp_path / "lang" / "shapes.yaml").write_text(
        "appositions:\n  - id: x\n    example: a\n    counter_example: b\n    pattern: [{lower: {in: nope}}]\n",
        encoding="utf-8")
    lex = load_lexicon(tmp_path)
    with pytest.raises(LexiconError, match="nope"):
        kit_of(lex)


def test_match_ending_finds_the_rule_that_closes_right_before_a_point():
    shapes = Shapes("t", [{"id": "kin", "example": "-", "counter_example": "-", "pattern": [
        {"lower": ["ayah"]}, {"kind": "word", "label": "name"}, {"orth": ","}]}], WORDS)
    seq = [Unit.of_token(t) for t in document.tokens("Pada masa ayah Melkin, ")]
    assert seq[shapes.match_ending(seq).at("name")].text == "Melkin"
    # negative: the words after the comma put the shape away from the point
    seq = [Unit.of_token(t) for t in document.tokens("Pada masa ayah Melkin, dulu")]
    assert shapes.match_ending(seq) is None


def test_a_phrase_spans_its_words_longest_first_and_may_be_left_out():
    words = {"quoting": frozenset({"mengutip"}), "nouns": frozenset({"siaran", "siaran pers", "pernyataan"}),
             "stops": frozenset(",")}
    shapes = Shapes("t", [{"id": "relay", "example": "-", "counter_example": "-", "pattern": [
        {"lower": {"in": "quoting"}}, {"phrase": {"in": "nouns"}, "op": "?"},
        {"label": "who", "orth": {"not_in": "stops"}}]}], words)

    def who(line: str) -> str | None:
        seq = [Unit.of_token(t) for t in document.tokens(line)]
        found = shapes.search(seq)
        return seq[found.at("who")].text if found else None
    assert who("mengutip siaran pers Kementerian X") == "Kementerian"
    assert who("mengutip pernyataan Melkin") == "Melkin"
    assert who("mengutip Melkin") == "Melkin"
    # the phrase gives way when no source follows it; a comma is no source
    assert who("mengutip pernyataan, lalu") == "pernyataan"
    assert who("mengutip, lalu") is None
    assert "stands alone" in check_rules([{"id": "x", "example": "-", "counter_example": "-",
                                          "pattern": [{"phrase": {"in": "g"}, "kind": "word"}]}])


def test_a_group_says_what_its_matches_end_with_when_every_rule_ends_on_a_literal():
    kin = {"id": "kin", "example": "-", "counter_example": "-", "pattern": [{"lower": ["ayah"]}, {"orth": ","}]}
    assert Shapes("t", [kin], WORDS).ends_with == frozenset({","})
    # negative: one rule ending on a kind leaves it open
    other = {"id": "other", "example": "-", "counter_example": "-", "pattern": [{"kind": "name"}]}
    assert Shapes("t", [kin, other], WORDS).ends_with is None


def test_a_group_says_which_kinds_every_rule_needs_a_unit_of():
    rule = lambda rid, *pattern: {"id": rid, "example": "-", "counter_example": "-", "pattern": list(pattern)}
    post = rule("post", {"kind": "name"}, {"orth": ","}, {"kind": "role"})
    copula = rule("copula", {"any_of": [{"kind": "name"}, {"kind": "ent"}]}, {"lower": ["adalah"]},
                  {"kind": "role", "initial": "lower"})
    assert Shapes("t", [post, copula], WORDS).needed_kinds == frozenset({"role"})
    # negative: an optional role, a role among other kinds, a rule with no role: none is needed
    optional = rule("optional", {"kind": "name"}, {"kind": "role", "op": "?"})
    either = rule("either", {"kind": "name"}, {"kind": ["role", "org"]})
    assert Shapes("t", [optional], WORDS).needed_kinds == frozenset({"name"})
    assert Shapes("t", [either], WORDS).needed_kinds == frozenset({"name"})
    assert Shapes("t", [post, rule("bare", {"orth": ","}, {"kind": "name"})], WORDS).needed_kinds == frozenset({"name"})

def test_the_shipped_appositions_need_a_role_and_a_comma_or_a_joining_word(lex):
    # (read_roles skips a sentence with no role item, and tries the appositions only at a name whose next
    # unit may be their second)
    appositions = kit_of(lex).shapes["appositions"]
    assert "role" in appositions.needed_kinds
    assert "," in appositions.texts_at(1) and "tiba" not in appositions.texts_at(1)


def test_match_at_turns_down_a_position_whose_next_unit_no_rule_takes_in_any_case():
    rule = lambda rid, second: {"id": rid, "example": "-", "counter_example": "-",
                                "pattern": [{"kind": "role"}, second, {"kind": "role", "label": "next"}]}
    shapes = Shapes("t", [rule("a", {"lower": {"in": "joiners"}}), rule("b", {"orth": ["lalu"]})], WORDS)
    assert shapes.seconds is None        # (not every rule names its second unit as written)
    # the second unit in any case of a `lower` word still matches; `orth` keeps its case
    assert shapes.match_at(units(("role", "Menteri"), ("word", "Juga"), ("role", "utusan")), 0).rule == "a"
    assert shapes.match_at(units(("role", "Menteri"), ("word", "lalu"), ("role", "utusan")), 0).rule == "b"
    assert shapes.match_at(units(("role", "Menteri"), ("word", "Lalu"), ("role", "utusan")), 0) is None
    assert shapes.match_at(units(("role", "Menteri"), ("word", "dan"), ("role", "utusan")), 0) is None
    assert shapes.match_at(units(("role", "Menteri")), 0) is None
