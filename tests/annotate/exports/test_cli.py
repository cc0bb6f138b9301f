"""The contract's commands: ``annotate export`` and ``annotate annotations import``."""
from __future__ import annotations

import json

from annotate.cli import main


def test_export_then_import_through_the_cli(sqlite_project, tmp_path, capsys):
    from store import close_database

    db = str(tmp_path / "p.sqlite")
    out = tmp_path / "out"
    assert main(["--db", db, "export", "--format", "jsonl", "--out", str(out), "--split", "80/10/10",
                 "--seed", "4", "--quiet"]) == 0
    assert "exported 5 documents" in capsys.readouterr().out
    card = (out / "README.md").read_text(encoding="utf-8")
    assert "--split 80/10/10 --seed 4" in card or "split=80/10/10" in card
    lines = [json.loads(x) for f in sorted(out.glob("*.jsonl")) for x in f.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 5 and all(set(x) == {"id", "text", "spans", "meta"} for x in lines)
    close_database()

    other = str(tmp_path / "other.sqlite")
    assert main(["--db", other, "annotations", "import", str(out / "train.jsonl"), "--annotator", "zoe",
                 "--quiet"]) == 0
    assert "as zoe" in capsys.readouterr().out
    close_database()


def test_bad_usage_exits_2_with_a_message(sqlite_project, tmp_path, capsys):
    from store import close_database

    db = str(tmp_path / "p.sqlite")
    assert main(["--db", db, "export", "--format", "jsonl", "--out", str(tmp_path / "o"), "--split", "a/b"]) == 2
    assert "--split" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "武汉市", "spans": [{"start": 0, "end": 3, "label": "LOC"}]}\n{oops\n', encoding="utf-8")
    assert main(["--db", db, "annotations", "import", str(bad), "--annotator", "zoe", "--quiet"]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:2: not valid JSON" in err
    close_database()
