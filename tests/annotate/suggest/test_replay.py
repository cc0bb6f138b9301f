"""Replaying gold as an annotator: the decisions counted and what learning is worth."""
from __future__ import annotations

from annotate.suggest.goldfile import GoldDoc, parse_markup
from annotate.suggest.learned import Edge
from annotate.suggest.replay import decisions, replay


def test_decisions_count_as_the_operations_do():
    text = "2012年以来，县委和星河纺织参加。"
    gold = {(0, 7, "DATE"), (8, 10, "ORG"), (11, 15, "ORG")}
    predicted = [(0, 5, "DATE"), (8, 10, "LOC"), (15, 17, "PER")]
    got = decisions(text, gold, predicted)
    assert got[("2012年以来", "DATE", "accepted")] == 1  # accepted, then resized to the gold span
    assert got[(Edge("end", True, "以来").key(), "DATE", "accepted")] == 1
    assert got[("县委", "ORG", "accepted")] == 1 and got[("县委", "LOC", "rejected")] == 1  # relabelled
    assert got[("参加", "PER", "rejected")] == 1
    assert got[("星河纺织", "ORG", "accepted")] == 1  # added by hand
    assert ("2012年", "DATE", "accepted") not in got


def test_a_minority_convention_is_learned_from_the_first_documents():
    docs = []
    for n, year in enumerate(range(2011, 2017)):
        marked = f"⟦{year}年以来|DATE⟧，全县新建职工之家{n + 40}家，工会会员人数稳步增长。"
        text, spans = parse_markup(marked)
        docs.append(GoldDoc(f"d{n}", text, [s for s in spans if s[2] == "DATE"], {}))
    cold, warm = replay(docs)
    assert cold["labels"]["DATE"]["correct"] == 0  # the rules leave 以来 outside
    assert warm["labels"]["DATE"]["correct"] == 4  # two corrections, then the project's way
