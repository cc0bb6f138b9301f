"""Export filters (status, annotator, labels, dates), grouped deterministic splits and the card."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from annotate.errors import InputError
from annotate.exports import FORMATS, export
from annotate.exports.select import Selection, iter_records
from annotate.exports.splits import parse_split


def sources(**kwargs) -> dict[str, tuple]:
    return {r.source: (r.status, tuple((s.start, s.end, s.label) for s in r.spans), tuple(r.annotators))
            for r in iter_records(Selection(**kwargs), batch_size=2)}


def test_status_meanings(project):
    from store.models import GoldSpan

    gold = sources(status="gold")
    assert set(gold) == {"a.txt", "b.txt", "b-copy.txt", "c.txt", "d.txt"}
    assert all(v[0] == "gold" for v in gold.values())
    # reviewed: only documents a reviewer closed (a.txt, d.txt), even though all have gold spans
    assert set(sources(status="reviewed")) == {"a.txt", "d.txt"}
    # a document with gold spans only (no review action) drops out of gold once its gold is gone
    GoldSpan.delete().where(GoldSpan.document == project["c.txt"]).execute()
    assert "c.txt" not in sources(status="gold")
    # all: gold where gold, else the finished annotator's spans
    everything = sources(status="all")
    assert everything["c.txt"] == ("done", ((0, 3, "LOC"),), ("alice",))
    assert everything["a.txt"][0] == "gold"


def test_annotator_filter(project):
    bob = sources(status="all", annotator="bob")
    assert bob == {"c.txt": ("in_progress", ((6, 11, "HONOR"),), ("bob",))}
    alice = sources(status="all", annotator="alice")
    assert alice["a.txt"][1] == ((0, 3, "LOC"), (11, 14, "PER"))
    # gold spans of the gold documents bob worked on
    assert set(sources(status="gold", annotator="bob")) == {"c.txt"}
    with pytest.raises(InputError, match="nobody"):
        sources(status="all", annotator="nobody")


def test_label_filter_keeps_documents(project):
    per = sources(status="gold", labels=frozenset({"PER"}))
    assert len(per) == 5
    assert per["a.txt"][1] == ((11, 14, "PER"), (24, 26, "PER"))
    assert per["c.txt"][1] == ()


def test_date_filter(project):
    from store.models import Action, Assignment, GoldSpan, Span

    old = dt.datetime(2020, 1, 1, 12)
    for model, column in ((GoldSpan, GoldSpan.created_at), (Span, Span.updated_at), (Assignment, Assignment.finished_at)):
        model.update({column: old}).execute()
    GoldSpan.update(created_at=dt.datetime(2021, 6, 1, 8)).where(GoldSpan.document == project["b.txt"]).execute()
    Action.delete().execute()
    assert set(sources(status="gold", date_from=dt.date(2021, 1, 1))) == {"b.txt"}
    # b.txt too: alice finished it in 2020 (any annotation work counts)
    assert set(sources(status="gold", date_to=dt.date(2020, 1, 1))) == {"a.txt", "b.txt", "b-copy.txt", "c.txt"}
    assert sources(status="gold", date_from=dt.date(2020, 1, 2), date_to=dt.date(2021, 5, 31)) == {}
    with pytest.raises(InputError, match="after"):
        Selection(date_from=dt.date(2022, 1, 1), date_to=dt.date(2021, 1, 1))


def test_split_is_deterministic_and_grouped():
    plan = parse_split("80/10/10", seed=5)
    keys = [f"group-{i}" for i in range(3000)]
    first = [plan.assign(k) for k in keys]
    assert first == [parse_split("80/10/10", seed=5).assign(k) for k in keys]
    counts = {name: first.count(name) for name in plan.names}
    assert 2250 < counts["train"] < 2550 and 200 < counts["dev"] < 400 and 200 < counts["test"] < 400
    other_seed = [parse_split("80/10/10", seed=6).assign(k) for k in keys]
    assert other_seed != first
    assert parse_split("90/10").names == ("train", "test") and parse_split(None).names == ("data",)
    for bad in ("80", "a/b", "50/-1/51", "1/1/1/1"):
        with pytest.raises(InputError, match="--split"):
            parse_split(bad)


def test_near_duplicates_share_a_split(project, tmp_path):
    for seed in range(8):
        out = tmp_path / f"s{seed}"
        export("jsonl", out, split="50/25/25", seed=seed)
        where = {json.loads(line)["meta"]["source"]: f.stem
                 for f in out.glob("*.jsonl") for line in f.read_text(encoding="utf-8").splitlines()}
        assert where["b.txt"] == where["b-copy.txt"]
        assert len(where) == 5


def test_dataset_card(project, tmp_path):
    report = export("jsonl", tmp_path / "out", split="80/10/10", seed=3, command="annotate export --format jsonl")
    card = (tmp_path / "out" / "README.md").read_text(encoding="utf-8")
    assert "work-reports-zh" in card and "annotate-zh 0.1.0" in card
    assert "`annotate export --format jsonl`" in card and "seed=3" in card
    assert "| label | train | dev | test | total |" in card
    assert f"| **spans** |" in card and f"| {report.spans} |" in card
    assert "| ORG |" in card and "alice" in card
    for name in ("train", "dev", "test"):
        assert (tmp_path / "out" / f"{name}.jsonl").exists()  # empty splits still get a file
    assert sum(report.by_split.values()) == 5


def test_registry_and_bad_parameters(project, tmp_path):
    assert set(FORMATS) == {"jsonl", "bio", "bioes", "cluener", "brat", "label-studio", "spacy"}
    assert {n for n, f in FORMATS.items() if f.can_import} == {"jsonl", "cluener", "brat", "label-studio"}
    with pytest.raises(InputError, match="--format"):
        export("conll", tmp_path / "x")
    with pytest.raises(InputError, match="--labels"):
        export("jsonl", tmp_path / "x", labels=["NOPE"])
    with pytest.raises(InputError, match="--status"):
        export("jsonl", tmp_path / "x", status="final")
    (tmp_path / "file").write_text("x")
    with pytest.raises(InputError, match="folder"):
        export("jsonl", tmp_path / "file")


def test_label_studio_tasks_carry_predictions(project, tmp_path):
    export("label-studio", tmp_path / "ls")
    tasks = json.loads((tmp_path / "ls" / "data.json").read_text(encoding="utf-8"))
    assert len(tasks) == 5
    first = tasks[0]
    assert first["predictions"][0]["model_version"] == "sugg-1"
    for region in first["annotations"][0]["result"] + first["predictions"][0]["result"]:
        v = region["value"]
        assert first["data"]["text"][v["start"]:v["end"]] == v["text"]
    assert "<Label value=\"ORG\"" in (tmp_path / "ls" / "label_config.xml").read_text(encoding="utf-8")


def test_balanced_split_keeps_proportions_on_small_sets_and_groups_together():
    sizes = {f"g{i}": 1 for i in range(15)}
    sizes["big"] = 3  # three near-duplicates
    plan = parse_split("80/10/10", seed=1).balanced(sizes)
    counts = dict.fromkeys(plan.names, 0)
    for key, size in sizes.items():
        counts[plan.assign(key)] += size
    assert counts["dev"] >= 1 and counts["test"] >= 1, counts
    assert abs(counts["train"] - 0.8 * 18) <= 3, counts
    # deterministic, and another seed moves groups
    again = parse_split("80/10/10", seed=1).balanced(sizes)
    assert all(plan.assign(k) == again.assign(k) for k in sizes)
    other = parse_split("80/10/10", seed=2).balanced(sizes)
    assert any(plan.assign(k) != other.assign(k) for k in sizes)


def test_balanced_split_on_many_groups_is_close_to_the_target():
    sizes = {f"group-{i}": 1 + i % 4 for i in range(2000)}
    plan = parse_split("80/10/10", seed=9).balanced(sizes)
    counts = dict.fromkeys(plan.names, 0)
    for key, size in sizes.items():
        counts[plan.assign(key)] += size
    total = sum(sizes.values())
    for name, weight in zip(plan.names, (0.8, 0.1, 0.1)):
        assert abs(counts[name] / total - weight) < 0.005, counts


def test_export_split_of_a_small_project_fills_every_part(project, tmp_path):
    report = export("jsonl", tmp_path / "out", split="60/20/20", seed=0)
    assert all(n >= 1 for n in report.by_split.values()), report.by_split
