"""The dataset card (README.md) written into every export folder.

A dataset is only reusable if one can tell what it holds and how it was made: the card records the
label schema and guidelines version, counts per label and split, the annotators, the tool version,
the export command and the date. Counts are gathered while streaming (``Tally``).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from annotate.exports.records import Record


@dataclass
class Tally:
    documents: Counter = field(default_factory=Counter)  # split -> documents
    spans: Counter = field(default_factory=Counter)  # split -> spans
    labels: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))  # split -> label -> n
    statuses: Counter = field(default_factory=Counter)
    annotators: set[str] = field(default_factory=set)
    characters: int = 0

    def add(self, split: str, record: Record) -> None:
        self.documents[split] += 1
        self.spans[split] += len(record.spans)
        counter = self.labels[split]
        for span in record.spans:
            counter[span.label] += 1
        self.statuses[record.status] += 1
        self.annotators.update(record.annotators)
        self.characters += len(record.text)


def _table(tally: Tally, splits: tuple[str, ...], label_order: list[str]) -> list[str]:
    present = [s for s in splits]
    known = set(label_order)
    extra = sorted({label for c in tally.labels.values() for label in c} - known)
    lines = ["| label | " + " | ".join(present) + " | total |",
             "|---|" + "---:|" * (len(present) + 1)]
    for label in label_order + extra:
        counts = [tally.labels[s][label] for s in present]
        if sum(counts):
            lines.append(f"| {label} | " + " | ".join(str(c) for c in counts) + f" | {sum(counts)} |")
    lines.append("| **spans** | " + " | ".join(str(tally.spans[s]) for s in present)
                 + f" | {sum(tally.spans[s] for s in present)} |")
    lines.append("| **documents** | " + " | ".join(str(tally.documents[s]) for s in present)
                 + f" | {sum(tally.documents[s] for s in present)} |")
    return lines


def write_card(path: Path, *, fmt: str, description: str, tally: Tally, splits: tuple[str, ...],
               settings: dict[str, str], label_order: list[str], command: str, parameters: dict,
               tool_version: str, date: str, files: list[str], warnings: list[str],
               warning_count: int) -> None:
    """Write the card; ``settings`` are the project's Setting rows (schema name/version, guidelines)."""
    lines = [
        f"# Dataset card: {fmt} export",
        "",
        f"{description}.",
        "",
        "## Provenance",
        f"- label schema: {settings.get('schema_name', 'unknown')}, version {settings.get('schema_version', 'unknown')}",
        f"- annotation guidelines version: {settings.get('guidelines_version', settings.get('schema_version', 'unknown'))}",
        f"- tool: annotate-zh {tool_version}",
        f"- exported: {date}",
        f"- command: `{command}`",
        "- parameters: " + ", ".join(f"{k}={v}" for k, v in parameters.items()),
        "- offsets: Python code points into the text, end exclusive (CLUENER: end inclusive)",
        "",
        "## Counts per label and split",
        *_table(tally, splits, label_order),
        "",
        f"Characters: {tally.characters}. Documents by status: "
        + (", ".join(f"{k} {v}" for k, v in sorted(tally.statuses.items())) or "none") + ".",
        "",
        "## Annotators",
        (", ".join(sorted(tally.annotators)) or "none recorded"),
        "",
        "## Files",
        *[f"- {name}" for name in files],
    ]
    if warning_count:
        lines += ["", f"## Warnings ({warning_count})", *[f"- {w}" for w in warnings]]
        if warning_count > len(warnings):
            lines.append(f"- … and {warning_count - len(warnings)} more")
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("\n".join(lines) + "\n")
