"""spaCy reads the DocBin shards and every entity equals the stored span (skipped without spaCy)."""
from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy", reason="spaCy is an optional extra (pip install 'annotate-zh[spacy]')")

from annotate.exports import export  # noqa: E402


def read_docs(folder):
    from spacy.tokens import DocBin

    nlp = spacy.blank("zh")
    docs = []
    for shard in sorted(folder.glob("*.spacy")):
        docs += list(DocBin().from_disk(shard).get_docs(nlp.vocab))
    return docs


def test_every_entity_matches_the_stored_span(project, tmp_path):
    from annotate.exports.select import Selection, iter_records

    report = export("spacy", tmp_path / "sp")
    assert report.warning_count == 0
    docs = read_docs(tmp_path / "sp" / "data")
    records = list(iter_records(Selection(status="gold")))
    assert len(docs) == len(records)
    for doc, record in zip(docs, records):
        assert doc.text == record.text
        assert doc.user_data["id"] == record.id
        assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == \
               [(s.start, s.end, s.label) for s in record.spans]


def test_spacy_corpus_reads_the_split_folder(project, tmp_path):
    from spacy.training import Corpus

    export("spacy", tmp_path / "sp", split="80/20", seed=1)
    nlp = spacy.blank("zh")
    examples = list(Corpus(tmp_path / "sp" / "train")(nlp))
    assert examples and all(ex.reference.text for ex in examples)


def test_jieba_tokens_report_spans_that_do_not_align(sqlite_project, tmp_path):
    from annotate.exports.formats.spacy_docbin import blank_chinese

    nlp = blank_chinese("jieba")
    report = export("spacy", tmp_path / "sp", options={"tokens": "jieba", "nlp": nlp})
    docs = read_docs(tmp_path / "sp" / "data")
    written = sum(len(d.ents) for d in docs)
    assert written + report.warning_count == report.spans
    assert all("does not align" in w for w in report.warnings)
