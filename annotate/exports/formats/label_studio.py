"""Label Studio JSON tasks, importable into a Label Studio NER project.

Each task: ``data`` (``text``, plus our ``doc_id`` and ``source``), ``meta`` (annotators, status),
one entry in ``annotations`` holding the exported spans (none for an unannotated document), and the
stored machine suggestions as ``predictions`` (``model_version`` = the suggesters' version, a score
per region and their mean for the task). Region values carry code-point offsets (what Label Studio
stores since its fix for texts with emoji, PR #1559) and the span text. Region ids are derived from
the document id and the span's position, so the same data always gives the same file.
``label_config.xml`` beside the tasks is a labeling config for the project's labels. The file is
written as a stream (``[``, tasks separated by commas, ``]``).
"""
from __future__ import annotations

import json
from pathlib import Path
from xml.sax.saxutils import quoteattr

from annotate.exports.formats import register
from annotate.exports.formats.base import ExportContext, Writer, open_text
from annotate.exports.records import Record, RecordSpan

FROM_NAME = "label"
TO_NAME = "text"


def region(record: Record, span: RecordSpan, region_id: str) -> dict:
    item = {"id": region_id, "from_name": FROM_NAME, "to_name": TO_NAME, "type": "labels",
            "value": {"start": span.start, "end": span.end, "text": record.text[span.start:span.end],
                      "labels": [span.label]}}
    if span.score is not None:
        item["score"] = round(span.score, 4)
    else:
        item["origin"] = "manual"
    return item


def task(record: Record) -> dict:
    out: dict = {"data": {"text": record.text, "doc_id": record.id, "source": record.source},
                 "meta": {"annotators": list(record.annotators), "status": record.status}}
    annotations = []
    if record.status != "unannotated":
        annotations.append({
            "result": [region(record, s, f"{record.id[:10]}-a{i}") for i, s in enumerate(record.spans)],
            "ground_truth": record.status == "gold",
            "was_cancelled": False,
        })
    out["annotations"] = annotations
    predictions = []
    if record.predictions:
        scores = [s.score or 0.0 for s in record.predictions]
        predictions.append({
            "model_version": record.prediction_version or "suggesters",
            "score": round(sum(scores) / len(scores), 4),
            "result": [region(record, s, f"{record.id[:10]}-p{i}") for i, s in enumerate(record.predictions)],
        })
    out["predictions"] = predictions
    return out


def label_config(context: ExportContext) -> str:
    labels = "\n".join(f"    <Label value={quoteattr(label.code)} background={quoteattr(label.color)}/>"
                       for label in context.schema.labels)
    return (f'<View>\n  <Labels name="{FROM_NAME}" toName="{TO_NAME}">\n{labels}\n  </Labels>\n'
            f'  <Text name="{TO_NAME}" value="$text"/>\n</View>\n')


@register
class LabelStudioWriter(Writer):
    name = "label-studio"
    description = "Label Studio JSON tasks with annotations and suggestions as predictions; re-importable"
    needs_predictions = True

    def __init__(self, out_dir: Path, stem: str, context: ExportContext) -> None:
        super().__init__(out_dir, stem, context)
        self.path = out_dir / f"{stem}.json"
        self._file = open_text(self.path)
        self._file.write("[")
        self._first = True

    def write(self, record: Record) -> None:
        self._file.write("\n" if self._first else ",\n")
        self._first = False
        self._file.write(json.dumps(task(record), ensure_ascii=False))

    def close(self) -> list[Path]:
        self._file.write("\n]\n")
        self._file.close()
        return [self.path]

    @classmethod
    def finish(cls, out_dir: Path, context: ExportContext) -> list[Path]:
        path = out_dir / "label_config.xml"
        with open_text(path) as handle:
            handle.write(label_config(context))
        return [path]
