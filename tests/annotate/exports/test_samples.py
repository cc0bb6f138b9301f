"""The committed format samples (resources/exports/samples) are what the exporters write today."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_samples_are_up_to_date():
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_export_samples.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr


def test_sample_jsonl_reimports(tmp_path):
    from annotate.imports import import_annotations
    from annotate.project import open_project
    from store import close_database

    open_project(str(tmp_path / "s.sqlite"))
    try:
        for fmt, path in (("jsonl", "sample.jsonl"), ("label-studio", "sample.label-studio.json"),
                          ("cluener", "sample.cluener.json"), ("brat", "sample_brat")):
            report = import_annotations(ROOT / "resources" / "exports" / "samples" / path, annotator=fmt)
            assert report.format == fmt and report.records == 1 and report.spans == 7 and not report.issues
    finally:
        close_database()
