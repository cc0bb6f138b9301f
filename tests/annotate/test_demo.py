"""The demo project (annotate/demo.py): created in the user's data folder from the shipped samples."""
from __future__ import annotations

from annotate.demo import demo_target, open_demo_project, sample_paths
from annotate.progress import Reporter
from store import close_database


def test_demo_project_imports_the_samples_once(_isolated_home):
    seen = []
    target = open_demo_project(Reporter(lambda p: seen.append(p)))
    try:
        from store.models import Document, Suggestion

        assert target == demo_target() and target.startswith(str(_isolated_home))
        count = Document.select().count()
        assert count >= len(sample_paths()) - 2  # near-identical samples may be one document
        assert count > 0 and Suggestion.select().count() > 0
        assert seen  # progress was reported
        open_demo_project()  # reopening imports nothing new
        assert Document.select().count() == count
    finally:
        close_database()
