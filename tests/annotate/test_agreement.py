"""Agreement metrics, cross-checked against seqeval, krippendorff and scikit-learn on the same data."""
from __future__ import annotations

import random

import krippendorff
import numpy as np
import pytest
from seqeval.metrics import classification_report, f1_score
from sklearn.metrics import cohen_kappa_score

from annotate.agreement import (
    MISSING,
    bio_tags,
    cohen_kappa,
    compute_agreement,
    confusion_table,
    exact_counts,
    greedy_overlap_pairs,
    krippendorff_alpha_nominal,
    overlap_counts,
)

LABELS = ["ORG", "PER", "LOC", "DATE"]


def random_spans(rng: random.Random, length: int, n: int) -> set:
    """Non-overlapping random spans over a text of ``length`` characters."""
    spans, taken = set(), [False] * length
    for _ in range(n * 3):
        if len(spans) >= n:
            break
        start = rng.randrange(0, length - 1)
        end = min(length, start + rng.randint(1, 6))
        if any(taken[start:end]):
            continue
        for i in range(start, end):
            taken[i] = True
        spans.add((start, end, rng.choice(LABELS)))
    return spans


def perturb(rng: random.Random, spans: set, length: int) -> set:
    """Another annotator's version: keep most spans, relabel, move a boundary, drop and add some."""
    out = set()
    for s, e, label in spans:
        r = rng.random()
        if r < 0.6:
            out.add((s, e, label))
        elif r < 0.7:
            out.add((s, e, rng.choice(LABELS)))
        elif r < 0.85 and e - s > 1:
            out.add((s, e - 1, label))
    taken = [False] * length
    for s, e, _ in out:
        for i in range(s, e):
            taken[i] = True
    for s, e, label in random_spans(rng, length, 3):
        if not any(taken[s:e]):
            out.add((s, e, label))
            for i in range(s, e):
                taken[i] = True
    return out


@pytest.fixture
def three_annotators():
    rng = random.Random(7)
    lengths = {doc: rng.randint(40, 200) for doc in range(1, 13)}
    base = {doc: random_spans(rng, n, 10) for doc, n in lengths.items()}
    versions = {
        "alice": {d: perturb(rng, s, lengths[d]) for d, s in base.items()},
        "bob": {d: perturb(rng, s, lengths[d]) for d, s in base.items() if d % 4 != 0},
        "carol": {d: perturb(rng, s, lengths[d]) for d, s in base.items() if d % 3 != 0},
    }
    return versions, lengths


def test_bio_tags_basic_and_adjacent():
    assert bio_tags({(0, 2, "ORG"), (2, 3, "ORG")}, 5) == ["B-ORG", "I-ORG", "B-ORG", "O", "O"]
    # an overlapping later span never overwrites characters an earlier one holds
    assert bio_tags({(0, 3, "ORG"), (2, 5, "LOC")}, 5) == ["B-ORG", "I-ORG", "I-ORG", "O", "O"]


def test_overlap_matching_is_one_to_one_by_largest_overlap():
    a = {(0, 10, "ORG")}
    b = {(0, 3, "ORG"), (4, 10, "ORG")}
    assert greedy_overlap_pairs(a, b) == [((0, 10, "ORG"), (4, 10, "ORG"))]
    assert overlap_counts(a, b).tp == 1
    assert exact_counts(a, b).tp == 0
    assert overlap_counts({(0, 3, "ORG")}, {(0, 3, "LOC")}).tp == 0  # labels must agree


def test_confusion_counts_label_pairs_and_missing():
    table = confusion_table({(0, 3, "ORG"), (5, 7, "PER")}, {(1, 3, "LOC"), (10, 12, "DATE")})
    assert table == {("ORG", "LOC"): 1, ("PER", MISSING): 1, (MISSING, "DATE"): 1}


def test_span_f1_equals_seqeval(three_annotators):
    versions, lengths = three_annotators
    report = compute_agreement(versions, lengths)
    assert [(p.a, p.b) for p in report.pairs] == [("alice", "bob"), ("alice", "carol"), ("bob", "carol")]
    for pair in report.pairs:
        docs = sorted(set(versions[pair.a]) & set(versions[pair.b]))
        assert pair.documents == len(docs)
        y_true = [bio_tags(versions[pair.a][d], lengths[d]) for d in docs]
        y_pred = [bio_tags(versions[pair.b][d], lengths[d]) for d in docs]
        assert pair.exact.f1 == pytest.approx(f1_score(y_true, y_pred))
        by_label = classification_report(y_true, y_pred, output_dict=True, zero_division=0)
        for label, counts in pair.exact_by_label.items():
            if counts.n_a:  # seqeval lists only labels present in y_true
                assert counts.f1 == pytest.approx(by_label[label]["f1-score"]), label
        # swapping the roles of the annotators leaves F1 unchanged
        assert pair.exact.f1 == pytest.approx(f1_score(y_pred, y_true))
        assert pair.overlap.f1 >= pair.exact.f1


def test_kappa_equals_sklearn(three_annotators):
    versions, lengths = three_annotators
    report = compute_agreement(versions, lengths)
    kappas = []
    for pair in report.pairs:
        docs = sorted(set(versions[pair.a]) & set(versions[pair.b]))
        ta = [t for d in docs for t in bio_tags(versions[pair.a][d], lengths[d])]
        tb = [t for d in docs for t in bio_tags(versions[pair.b][d], lengths[d])]
        assert pair.kappa == pytest.approx(cohen_kappa_score(ta, tb))
        kappas.append(pair.kappa)
    assert report.kappa == pytest.approx(sum(kappas) / len(kappas))


def test_alpha_equals_krippendorff_package(three_annotators):
    versions, lengths = three_annotators
    report = compute_agreement(versions, lengths)
    names = sorted(versions)
    tag_ids: dict[str, int] = {}
    rows = {n: [] for n in names}
    for doc, length in lengths.items():
        if sum(doc in versions[n] for n in names) < 2:
            continue
        for n in names:
            tags = bio_tags(versions[n][doc], length) if doc in versions[n] else [None] * length
            rows[n] += [np.nan if t is None else tag_ids.setdefault(t, len(tag_ids)) for t in tags]
    data = np.array([rows[n] for n in names], dtype=float)
    expected = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    assert report.alpha == pytest.approx(expected, abs=1e-9)


def test_alpha_small_cases():
    assert krippendorff_alpha_nominal([["O", "O"], ["O", "O"]]) == 1.0
    assert krippendorff_alpha_nominal([["O", None]]) is None
    value = krippendorff_alpha_nominal([["a", "b"], ["a", "a"], ["b", "b"], ["a", None]])
    expected = krippendorff.alpha(reliability_data=np.array([[0, 0, 1, 0], [1, 0, 1, np.nan]]),
                                  level_of_measurement="nominal")
    assert value == pytest.approx(expected)


def test_identical_annotators_agree_perfectly():
    versions = {"a": {1: {(0, 2, "ORG")}}, "b": {1: {(0, 2, "ORG")}}}
    report = compute_agreement(versions, {1: 10})
    assert report.exact.f1 == 1.0 and report.kappa == 1.0 and report.alpha == 1.0
    assert cohen_kappa(["O"] * 4, ["O"] * 4) == 1.0


def test_no_spans_gives_undefined_f1_not_perfect():
    report = compute_agreement({"a": {1: set()}, "b": {1: set()}}, {1: 5})
    assert report.exact.f1 is None
    d = report.to_dict()
    assert d["overall"]["span_f1_exact"] is None and d["pairs"][0]["kappa"] == 1.0


# --------------------------------------------------------------------------------------------------
# the database layer and the command line


@pytest.fixture
def two_annotator_project(sqlite_target):
    from annotate.project import open_project
    from store import close_database
    from qa_support import TEXTS, add_span, annotator, find, finish, make_documents

    open_project(sqlite_target)
    annotator("alice")
    annotator("bob")
    docs = make_documents(3)
    t0 = TEXTS[0]
    add_span("alice", docs[0], *find(t0, "广元市总工会"), "ORG")
    add_span("bob", docs[0], *find(t0, "广元市总工会"), "ORG")
    add_span("alice", docs[0], *find(t0, "张伟"), "PER")
    add_span("bob", docs[0], *find(t0, "二〇二三年三月"), "DATE")
    t1 = TEXTS[1]
    add_span("alice", docs[1], *find(t1, "利州区人民政府"), "ORG")
    add_span("bob", docs[1], *find(t1, "利州区"), "LOC")
    for name in ("alice", "bob"):
        finish(name, docs[0])
        finish(name, docs[1])
    add_span("alice", docs[2], 0, 3, "LOC")  # only alice, and not finished: left out
    yield sqlite_target, docs
    close_database()


def test_report_from_database_uses_finished_shared_documents(two_annotator_project):
    from annotate.agreement import agreement_report

    _, docs = two_annotator_project
    report = agreement_report()
    assert report.documents == 2
    (pair,) = report.pairs
    assert (pair.a, pair.b, pair.documents) == ("alice", "bob", 2)
    assert (pair.exact.tp, pair.exact.n_a, pair.exact.n_b) == (1, 3, 3)
    assert pair.exact.f1 == pytest.approx(1 / 3)
    assert pair.confusion["ORG"]["LOC"] == 1 and pair.confusion["PER"][MISSING] == 1


def test_cli_agreement_json_matches_contract(two_annotator_project, capsys):
    import json

    from annotate.cli import main

    target, _ = two_annotator_project
    assert main(["--db", target, "agreement", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    pair = data["pairs"][0]
    for key in ("a", "b", "documents", "span_f1_exact", "span_f1_overlap", "kappa", "by_label"):
        assert key in pair
    assert pair["by_label"]["ORG"]["span_f1_exact"] == pytest.approx(2 / 3, abs=1e-4)
    assert set(data["overall"]) >= {"span_f1_exact", "span_f1_overlap", "kappa", "alpha"}
    assert main(["--db", target, "agreement"]) == 0
    out = capsys.readouterr().out
    assert "alice / bob" in out and "alpha" in out


def test_overlap_pairs_match_brute_force_with_nested_spans():
    """The bisect shortcut finds the same candidates as trying every pair, even with nesting."""
    rng = random.Random(3)
    for _ in range(200):
        a = {(s, s + rng.randint(1, 15), rng.choice(LABELS[:2])) for s in rng.sample(range(60), 6)}
        b = {(s, s + rng.randint(1, 15), rng.choice(LABELS[:2])) for s in rng.sample(range(60), 6)}
        cands = sorted(((-(min(x[1], y[1]) - max(x[0], y[0])), x[0], y[0], x[1], x[2], y[1], y[2]), x, y)
                       for x in a for y in b if min(x[1], y[1]) > max(x[0], y[0]) and x[2] == y[2])
        used_a, used_b, expected = set(), set(), []
        for _, x, y in cands:
            if x not in used_a and y not in used_b:
                used_a.add(x)
                used_b.add(y)
                expected.append((x, y))
        assert greedy_overlap_pairs(a, b) == expected
