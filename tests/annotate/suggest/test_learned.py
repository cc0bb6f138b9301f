"""Learned patterns and edge conventions, without a database (annotate/suggest/learned.py)."""
from __future__ import annotations

from annotate.suggest import suggest
from annotate.suggest.context import Candidate
from annotate.suggest.learned import Edge, LearnedPatterns, edge_between

TEXT = "2012年以来，县委办公室和市总工会办公室联合发文。今年以来成效明显。"


def learned(*rows: tuple[Edge | str, str, int, int]) -> LearnedPatterns:
    return LearnedPatterns.from_rows([(k.key() if isinstance(k, Edge) else k, lab, a, r) for k, lab, a, r in rows])


def found(text: str, patterns: LearnedPatterns | None = None) -> set[tuple[str, str]]:
    return {(s.text, s.label) for s in suggest(text, learned=patterns)}


def test_edge_between_reads_one_moved_edge_of_words():
    assert edge_between("2012年以来", (0, 5), (0, 7)) == Edge("end", True, "以来")
    assert edge_between("县委办公室", (0, 5), (0, 2)) == Edge("end", False, "办公室")
    assert edge_between("中共县委", (2, 4), (0, 4)) == Edge("start", True, "中共")
    assert edge_between("2012年5月", (0, 5), (0, 7)) is None  # digits: another date, not a convention
    assert edge_between("今年以来的工作", (0, 2), (1, 4)) is None  # both edges moved
    assert edge_between("今年", (0, 2), (0, 2)) is None
    assert edge_between("县委，办公", (0, 2), (0, 5)) is None  # punctuation is no affix
    assert Edge.parse(Edge("start", False, "中共").key()) == Edge("start", False, "中共")
    assert Edge.parse("县委") is None


def test_conventions_move_every_matching_suggestion_of_the_label():
    before = found(TEXT)
    assert {("2012年", "DATE"), ("今年", "DATE"), ("县委", "ORG"), ("市总工会", "ORG")} <= before
    patterns = learned((Edge("end", True, "以来"), "DATE", 2, 0), (Edge("end", True, "办公室"), "ORG", 2, 0))
    after = found(TEXT, patterns)
    assert {("2012年以来", "DATE"), ("今年以来", "DATE"), ("县委办公室", "ORG"), ("市总工会办公室", "ORG")} <= after
    assert not any(text.endswith("以来") for text, label in after if label != "DATE")


def test_a_convention_undone_as_often_as_made_is_not_in_force():
    patterns = learned((Edge("end", True, "以来"), "DATE", 2, 0), (Edge("end", False, "以来"), "DATE", 2, 0))
    assert patterns.edges() == {}
    assert ("2012年", "DATE") in found(TEXT, patterns)
    trim = learned((Edge("end", False, "以来"), "DATE", 2, 0))
    assert trim.edges() == {"DATE": [Edge("end", False, "以来")]}


def test_one_correction_is_not_yet_a_convention():
    """Once can be one name's correction (市总工会 → 柏城市总工会); the second time it is the project's way."""
    once = learned((Edge("end", True, "以来"), "DATE", 1, 0))
    assert once.edges() == {} and ("2012年", "DATE") in found(TEXT, once)


def test_edges_never_grow_into_a_neighbour_and_never_empty_a_span():
    patterns = learned((Edge("end", True, "市总"), "ORG", 1, 0), (Edge("end", False, "县委"), "ORG", 1, 0))
    text = "县委市总工会"
    spans = [Candidate(0, 2, "ORG", "orgs.abbreviation"), Candidate(2, 6, "ORG", "orgs.anchored")]
    assert patterns.adjust(text, spans) == spans


def test_edge_keys_are_never_proposed_as_patterns():
    patterns = learned((Edge("end", True, "以来"), "DATE", 3, 0), ("星河纺织", "ORG", 1, 0))
    assert patterns.patterns() == {"星河纺织": "ORG"}


def test_counts_and_amounts_are_not_proposed_again_as_patterns():
    patterns = learned(("三届", "QUANTITY", 1, 0), ("3个", "QUANTITY", 1, 0), ("星河纺织", "ORG", 1, 0))
    assert patterns.patterns() == {"星河纺织": "ORG"}
    got = found("公司召开三届四次职工代表大会，3个工作日内答复。", patterns)
    assert not any(label == "QUANTITY" for _, label in got)


def test_a_learned_pattern_glued_to_a_longer_name_is_not_proposed():
    patterns = learned(("市总工会", "ORG", 3, 0))
    got = found("江屿市总工会党组成员出席。各县市区总工会参加。", patterns)
    assert ("市总工会", "ORG") not in got
    assert ("市总工会", "ORG") in found("会后，市总工会组织慰问。", patterns)


def test_an_accepted_place_anchors_organizations_named_after_it():
    text = "当天上午，柏城市人大常委会副主任带队检查。"
    assert ("柏城市人大常委会", "ORG") not in found(text)
    patterns = learned(("柏城市", "LOC", 1, 0))
    assert ("柏城市人大常委会", "ORG") in found(text, patterns)


def test_a_division_suffix_is_a_name_correction_not_a_convention():
    patterns = learned((Edge("end", False, "县"), "LOC", 3, 0), (Edge("end", True, "县"), "LOC", 3, 0))
    assert patterns.edges() == {}
    assert ("魏县", "LOC") in found("魏县在外务工的农民返乡创业。", patterns)
    short = learned((Edge("end", False, "以来"), "DATE", 2, 0))
    assert ("今年以来", "DATE") not in found("今年以来成效明显。", short)
    assert ("今年", "DATE") in found("今年以来成效明显。", short)
