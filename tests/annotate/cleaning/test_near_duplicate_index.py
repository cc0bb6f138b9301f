"""The importer's indexed near-duplicate lookup gives the answer of comparing a new sketch with
every earlier one (group, score, tie order), and reads signatures back from stored reports."""
from __future__ import annotations

import json
import random

from annotate.cleaning.signature import NEAR_DUPLICATE, similarity, sketch
from annotate.importer import _Groups, _signature_from_tail, import_paths


def _brute_force(known: list[tuple[list[int], str]], signature: list[int], own: str) -> tuple[str, float]:
    """The lookup as first written: compare with every earlier sketch, first best wins."""
    best, key = 0.0, own
    for other, group in known:
        score = similarity(signature, other)
        if score > best:
            best, key = score, group
    return (key, best) if best >= NEAR_DUPLICATE else (own, best)


def _empty_groups() -> _Groups:
    groups = _Groups.__new__(_Groups)
    groups.signatures, groups.sizes, groups.keys, groups.index = [], [], [], {}
    return groups


def test_indexed_lookup_equals_brute_force():
    rng = random.Random(3)
    words = [chr(0x4E00 + rng.randrange(300)) for _ in range(4000)]
    bases = ["".join(rng.sample(words, 400)) for _ in range(12)]
    groups, known = _empty_groups(), []
    for i in range(150):
        base = list(rng.choice(bases))
        for _ in range(rng.choice([0, 5, 40, 150, 400])):  # from identical to unrelated
            base[rng.randrange(len(base))] = rng.choice(words)
        signature = sketch("".join(base)) if i % 17 else sketch("".join(base[:rng.randrange(2, 9)]))
        own = f"doc{i}"
        expected = _brute_force(known, signature, own)
        assert groups.key_for(signature, own) == expected, i
        if signature:
            groups.add(signature, expected[0])
            known.append((signature, expected[0]))
    assert len({key for _, key in known}) < len(known)  # some groups formed
    assert any(0 < similarity(a, b) < NEAR_DUPLICATE for (a, _), (b, _) in zip(known, known[1:]))


def test_ties_go_to_the_first_document():
    groups, signature = _empty_groups(), sketch("全市各级工会组织紧紧围绕中心工作,广泛开展劳动竞赛,团结动员广大职工建功立业")
    groups.add(signature, "first")
    groups.add(list(signature), "second")
    assert groups.key_for(signature, "mine") == ("first", 1.0)


def test_signature_read_from_report_tail():
    report = {"removed": [{"text": '"signature":[1,2]'}], "signature": [5, 7, 9], "near_duplicate_similarity": 0.1}
    text = json.dumps(report, ensure_ascii=False, separators=(",", ":"))
    assert _signature_from_tail(text) == [5, 7, 9]
    assert _signature_from_tail(text[-30:]) is None  # cut inside: the whole report is parsed instead
    assert _signature_from_tail("{}") is None


def test_groups_across_import_runs(database, tmp_path):
    from store.models import Document

    speech = ("今天,我们召开全市工会工作会议,主要任务是深入贯彻落实上级工会的工作部署,总结去年工作,部署今年任务。\n"
              "过去一年,天门市各级工会紧紧围绕中心、服务大局,广泛开展劳动竞赛,天门市职工队伍素质不断提高。\n")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "a.txt").write_text(speech, encoding="utf-8")
    (tmp_path / "b" / "b.txt").write_text(speech.replace("天门", "荆门"), encoding="utf-8")
    assert import_paths([tmp_path / "a"], suggest=False).imported == 1
    assert import_paths([tmp_path / "b"], suggest=False).imported == 1  # sketches loaded from the DB
    keys = {d.source: d.group_key for d in Document.select()}
    assert keys["a.txt"] == keys["b.txt"]
