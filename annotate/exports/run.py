"""``export``: stream the selected records through one format's writers into a folder, with a card."""
from __future__ import annotations

import datetime as dt
import shlex
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Sequence

from annotate import __version__
from annotate.errors import InputError
from annotate.exports.card import Tally, write_card
from annotate.exports.formats import load_all
from annotate.exports.formats.base import ExportContext, Writer
from annotate.exports.select import Selection, count_documents, group_sizes, iter_records
from annotate.exports.splits import parse_split
from annotate.progress import NULL_REPORTER, Reporter

CARD_NAME = "README.md"


@dataclass
class ExportReport:
    """What an export wrote: counts per split and label, the files, and problems that did not stop it."""

    format: str
    out: Path
    documents: int = 0
    spans: int = 0
    by_split: dict[str, int] = field(default_factory=dict)
    by_label: dict[str, int] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    warning_count: int = 0
    seconds: float = 0.0


def export(format: str, out: Path | str, *, status: str = "gold", annotator: str | None = None,
           labels: Sequence[str] | None = None, date_from: dt.date | None = None,
           date_to: dt.date | None = None, split: str | None = None, seed: int = 0,
           options: Mapping[str, Any] | None = None, command: str | None = None,
           reporter: Reporter = NULL_REPORTER, batch_size: int = 500) -> ExportReport:
    """Export the open project's annotations in ``format`` into the folder ``out``.

    ``status``/``annotator``/``labels``/``date_from``/``date_to`` choose documents and spans (meanings
    in annotate/exports/select.py); ``split`` like ``"80/10/10"`` with ``seed`` writes one file (or
    folder) per split, grouped by Document.group_key. ``options`` are format options (``tokens`` for
    spacy). ``command`` is recorded in the card (default: this process's argv). Documents stream in
    batches of ``batch_size``; ``reporter.update`` is called per document batch and may cancel.
    The folder also gets README.md, the dataset card. Raises InputError for bad parameters.
    """
    writer_cls: type[Writer] = load_all().require(format, option="--format")
    known_labels = _label_codes()
    if labels is not None:
        unknown = sorted(set(labels) - set(known_labels))
        if unknown:
            raise InputError(f"--labels: unknown label(s) {', '.join(unknown)}; the schema has "
                             f"{', '.join(known_labels)}")
    sel = Selection(status=status, annotator=annotator,
                    labels=frozenset(labels) if labels is not None else None,
                    date_from=date_from, date_to=date_to)
    plan = parse_split(split, seed)
    if len(plan.names) > 1:
        plan = plan.balanced(group_sizes(sel))
    out_dir = Path(out)
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(f"--out: {out_dir} is a file; exports write a folder")
    out_dir.mkdir(parents=True, exist_ok=True)

    from annotate.schema import project_schema

    started = time.perf_counter()
    context = ExportContext(out_dir=out_dir, schema=project_schema(), options=dict(options or {}))
    writer_cls.begin(out_dir, context)
    total = count_documents(sel)
    writers: dict[str, Writer] = {}
    tally = Tally()
    done = 0
    reporter.update(0, total, f"exporting {format}")
    try:
        for record in iter_records(sel, batch_size=batch_size, predictions=writer_cls.needs_predictions):
            name = plan.assign(record.group_key)
            writer = writers.get(name)
            if writer is None:
                writer = writers[name] = writer_cls(out_dir, name, context)
            writer.write(record)
            tally.add(name, record)
            done += 1
            if done % batch_size == 0:
                reporter.update(done, total, f"exporting {format}")
    finally:
        files: list[Path] = []
        for name in plan.names:
            if name in writers:
                files += writers[name].close()
    for name in plan.names:  # an empty split still gets its (empty) file, so the layout is predictable
        if name not in writers:
            files += writer_cls(out_dir, name, context).close()
    files += writer_cls.finish(out_dir, context)
    reporter.update(done, total, f"exported {done} documents")

    report = ExportReport(format=format, out=out_dir, documents=done, spans=sum(tally.spans.values()),
                          by_split={n: tally.documents[n] for n in plan.names},
                          by_label=_sum_labels(tally), files=files, warnings=list(context.warnings),
                          warning_count=context.warning_count)
    from store.models import Setting

    settings = {row.key: row.value for row in Setting.select()}
    parameters = {"format": format, "status": status, "annotator": annotator or "any",
                  "labels": ",".join(labels) if labels is not None else "all",
                  "from": date_from or "-", "to": date_to or "-", "split": split or "none", "seed": seed,
                  **{k: v for k, v in context.options.items() if isinstance(v, (str, int, float))}}
    write_card(out_dir / CARD_NAME, fmt=format, description=writer_cls.description, tally=tally,
               splits=plan.names, settings=settings, label_order=known_labels,
               command=command or shlex.join(["annotate", *sys.argv[1:]]), parameters=parameters,
               tool_version=__version__, date=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
               files=[_relative(f, out_dir) for f in files], warnings=report.warnings,
               warning_count=report.warning_count)
    report.files.append(out_dir / CARD_NAME)
    report.seconds = time.perf_counter() - started
    return report


def _label_codes() -> list[str]:
    from store.models import LabelType

    return [code for (code,) in LabelType.select(LabelType.code).order_by(LabelType.position, LabelType.id).tuples()]


def _sum_labels(tally: Tally) -> dict[str, int]:
    total: dict[str, int] = {}
    for counter in tally.labels.values():
        for label, n in counter.items():
            total[label] = total.get(label, 0) + n
    return dict(sorted(total.items()))


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)
