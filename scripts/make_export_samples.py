"""Write resources/exports/samples/: one small sample file per export format.

The samples come from one invented document (below, not from the corpus) put through the real
exporters, so they show exactly what each format looks like. Run again after changing a format;
tests/annotate/exports/test_samples.py fails while the committed samples are out of date.

    /work/venv/bin/python scripts/make_export_samples.py [--check]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SAMPLES = ROOT / "resources" / "exports" / "samples"

TEXT = "2012年底，广元市总工会在旺苍县英萃镇开展“金秋助学”活动。\n王兆国同志出席，发放助学金160多万元；受助学生达2973名！"
SPANS = [("2012年底", "DATE"), ("广元市总工会", "ORG"), ("旺苍县英萃镇", "LOC"), ("金秋助学", "EVENT"),
         ("王兆国", "PER"), ("160多万元", "MONEY"), ("2973名", "QUANTITY")]
SUGGESTED = [("广元市总工会", "ORG", 0.93), ("王兆国", "PER", 0.71), ("旺苍县", "LOC", 0.55)]


def build(db: Path) -> None:
    from annotate.project import open_project
    from store.models import Action, Annotator, Assignment, Document, GoldSpan, Suggestion

    open_project(str(db))
    alice = Annotator.create(name="alice")
    rita = Annotator.create(name="rita", role="reviewer")
    doc = Document.create(content_hash=hashlib.sha256(TEXT.encode("utf-8")).hexdigest(), source="sample.txt",
                          raw=TEXT.encode("utf-8"), encoding="utf-8", clean_text=TEXT, length=len(TEXT),
                          offset_map="{}", report="{}", cleaner_version="sample", group_key="sample")
    for surface, label in SPANS:
        start = TEXT.index(surface)
        GoldSpan.create(document=doc, start=start, end=start + len(surface), label=label, reviewer=rita,
                        sources=json.dumps(["alice"]))
    for surface, label, score in SUGGESTED:
        start = TEXT.index(surface)
        Suggestion.create(document=doc, start=start, end=start + len(surface), label=label, text=surface,
                          score=score, source="sample", version="sample-suggesters")
    Assignment.create(document=doc, annotator=alice, status="done")
    Action.create(annotator=rita, document=doc, kind="review_done")


def generate(target: Path) -> list[Path]:
    from annotate.exports import FORMATS, export
    from store import close_database

    target.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        build(Path(tmp) / "sample.sqlite")
        for name in FORMATS:
            if name == "spacy":
                try:
                    import spacy  # noqa: F401
                except ImportError:
                    print("spaCy not installed: sample.spacy left as it is", file=sys.stderr)
                    continue
            out = Path(tmp) / name
            export(name, out, command=f"annotate export --format {name} --out {name}")
            picks = {
                "jsonl": [("data.jsonl", "sample.jsonl")],
                "bio": [("data.bio", "sample.bio")],
                "bioes": [("data.bioes", "sample.bioes")],
                "cluener": [("data.json", "sample.cluener.json")],
                "label-studio": [("data.json", "sample.label-studio.json"),
                                 ("label_config.xml", "sample.label-studio-config.xml")],
                "brat": [(f"data/{hashlib.sha256(TEXT.encode()).hexdigest()}.txt", "sample_brat/sample.txt"),
                         (f"data/{hashlib.sha256(TEXT.encode()).hexdigest()}.ann", "sample_brat/sample.ann"),
                         ("annotation.conf", "sample_brat/annotation.conf")],
                "spacy": [("data/00000.spacy", "sample.spacy")],
            }[name]
            for src, dst in picks:
                path = target / dst
                path.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(out / src, path)
                written.append(path)
        close_database()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare with the committed samples, write nothing")
    args = parser.parse_args()
    if not args.check:
        for path in generate(SAMPLES):
            print(path.relative_to(ROOT))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        stale = [p.relative_to(Path(tmp)) for p in generate(Path(tmp))
                 if (SAMPLES / p.relative_to(Path(tmp))).read_bytes() != p.read_bytes()]
    for path in stale:
        print(f"out of date: resources/exports/samples/{path}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
