"""A tqdm progress bar behind a ``Reporter`` for the export/import commands (stderr, optional)."""
from __future__ import annotations

import contextlib
import sys
from typing import Iterator

from annotate.progress import Progress, Reporter


@contextlib.contextmanager
def cli_reporter(quiet: bool, what: str) -> Iterator[Reporter]:
    if quiet or not sys.stderr.isatty():
        yield Reporter()
        return
    from tqdm import tqdm

    bar = tqdm(desc=what, unit="doc", file=sys.stderr)

    def sink(progress: Progress) -> None:
        if progress.total is not None:
            bar.total = progress.total
        bar.n = progress.done
        bar.refresh()

    try:
        yield Reporter(sink)
    finally:
        bar.close()
