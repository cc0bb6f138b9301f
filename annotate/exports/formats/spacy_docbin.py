"""spaCy ``DocBin`` files (``.spacy``), the training input of ``spacy train``. Needs the spacy extra.

Tokens are characters (``spacy.blank("zh")`` with the ``char`` segmenter, so every span aligns) or,
with the ``tokens=jieba`` option, jieba words; a span that does not fall on token boundaries is
reported and left out, never snapped to other characters. A DocBin keeps its documents in memory
until saved, so each split is written as a folder of shards of ``SHARD_SIZE`` documents
(``train/00000.spacy`` ...); ``spacy train --paths.train out/train`` reads a folder of .spacy files.
The document id and source go into each Doc's ``user_data``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from annotate.errors import InputError
from annotate.exports.formats import register
from annotate.exports.formats.base import ExportContext, Writer
from annotate.exports.records import Record

SHARD_SIZE = 2000
SEGMENTERS = ("char", "jieba")


def blank_chinese(tokens: str = "char") -> Any:
    """A blank Chinese pipeline whose tokenizer splits into characters or jieba words."""
    import spacy

    if tokens not in SEGMENTERS:
        raise InputError(f"--tokens: {tokens!r} is not one of {', '.join(SEGMENTERS)}")
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": tokens}}})


@register
class SpacyWriter(Writer):
    name = "spacy"
    description = "spaCy DocBin shards (.spacy) for spacy train; character or jieba tokens (needs spacy)"

    @classmethod
    def begin(cls, out_dir: Path, context: ExportContext) -> None:
        try:
            import spacy  # noqa: F401
        except ImportError as exc:
            raise InputError("--format spacy needs spaCy: pip install 'annotate-zh[spacy]'") from exc
        context.options.setdefault("nlp", blank_chinese(str(context.options.get("tokens", "char"))))

    def __init__(self, out_dir: Path, stem: str, context: ExportContext) -> None:
        super().__init__(out_dir, stem, context)
        self.folder = out_dir / stem
        self.folder.mkdir(parents=True, exist_ok=True)
        self.nlp = context.options["nlp"]
        self.shards: list[Path] = []
        self._bin = self._new_bin()
        self._in_bin = 0

    @staticmethod
    def _new_bin() -> Any:
        from spacy.tokens import DocBin

        return DocBin(store_user_data=True)

    def write(self, record: Record) -> None:
        doc = self.nlp.make_doc(record.text)
        entities = []
        for span in record.spans:
            ent = doc.char_span(span.start, span.end, label=span.label, alignment_mode="strict")
            if ent is None:
                self.context.warn(f"{record.id[:12]} ({record.source}): span {span.start}-{span.end} "
                                  f"{span.label} does not align with the tokens; left out")
                continue
            entities.append(ent)
        try:
            doc.set_ents(entities)
        except ValueError as exc:  # overlapping entities
            self.context.warn(f"{record.id[:12]} ({record.source}): {exc}; entities left out")
        doc.user_data["id"] = record.id
        doc.user_data["source"] = record.source
        self._bin.add(doc)
        self._in_bin += 1
        if self._in_bin >= SHARD_SIZE:
            self._flush()

    def _flush(self) -> None:
        path = self.folder / f"{len(self.shards):05d}.spacy"
        self._bin.to_disk(path)
        self.shards.append(path)
        self._bin = self._new_bin()
        self._in_bin = 0

    def close(self) -> list[Path]:
        if self._in_bin or not self.shards:
            self._flush()
        return self.shards
