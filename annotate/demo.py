"""The demo project: the shipped sample documents in a database of their own, ready to annotate.

``annotate-gui --demo`` and ``annotate gui --demo`` open it; it lives in the per-user data folder
(``demo.sqlite``) so it never mixes with real work, and is created on first use. Written without Qt
so that it can be tested (and run from the CLI) headless; the window runs it on a worker thread.
"""
from __future__ import annotations

import json
from pathlib import Path

from annotate.paths import resource, user_data_dir
from annotate.progress import NULL_REPORTER, Reporter

DEMO_FILE = "demo.sqlite"
DEMO_ANNOTATOR = "demo"


def demo_target() -> str:
    return str(user_data_dir() / DEMO_FILE)


def sample_paths() -> list[Path]:
    """The sample documents named in resources/samples/MANIFEST.json (every file if it lists none)."""
    folder = resource("samples")
    manifest = folder / "MANIFEST.json"
    names: list[str] = []
    if manifest.is_file():
        names = [item["name"] for item in json.loads(manifest.read_text(encoding="utf-8")).get("files", [])]
    if names:
        return [folder / name for name in names if (folder / name).is_file()]
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and not p.name.startswith(("_", ".")) and p.suffix not in {".py", ".json"})


def open_demo_project(reporter: Reporter = NULL_REPORTER) -> str:
    """Open the demo database (creating it), import the samples it lacks, and return its target.

    Importing again is harmless: the importer skips documents it already holds (content hash), so a
    reopened demo keeps the annotations made in it.
    """
    from annotate.importer import import_paths
    from annotate.project import open_project
    from store.models import Document

    target = demo_target()
    open_project(target)
    paths = sample_paths()
    known = {source for (source,) in Document.select(Document.source).tuples()}
    missing = [p for p in paths if p.name not in known and str(p) not in known]
    if missing:
        reporter.update(0, len(missing), "importing the sample documents")
        import_paths(missing, annotator=None, reporter=reporter, suggest=True)
    return target
