"""Char-level BIO/BIOES: seqeval reads the tags back to exactly the stored spans."""
from __future__ import annotations

import pytest
from seqeval.metrics import classification_report
from seqeval.metrics.sequence_labeling import get_entities

from annotate.exports import export
from annotate.exports.formats.conll import read_conll
from annotate.exports.records import RecordSpan
from annotate.exports.tagging import char_tags, sentences


def stored_records():
    from annotate.exports.select import Selection, iter_records

    return list(iter_records(Selection(status="gold")))


@pytest.mark.parametrize("scheme", ["bio", "bioes"])
def test_seqeval_reads_back_every_stored_span(project, tmp_path, scheme):
    export(scheme, tmp_path / scheme)
    documents = read_conll(tmp_path / scheme / f"data.{scheme}")
    records = stored_records()
    assert len(documents) == len(records) == 5
    all_tags = []
    for record, sentences_ in zip(records, documents):
        # the characters written are the text without whitespace, in order
        positions = [i for i, ch in enumerate(record.text) if not ch.isspace()]
        chars = [ch for sentence in sentences_ for ch, _ in sentence]
        assert "".join(chars) == "".join(record.text[i] for i in positions)
        tags = [tag for sentence in sentences_ for _, tag in sentence]
        all_tags.append(tags)
        found = []
        offset = 0
        for sentence in sentences_:  # entities never cross a sentence boundary
            for label, first, last in get_entities([t for _, t in sentence]):
                found.append((positions[offset + first], positions[offset + last] + 1, label))
            offset += len(sentence)
        assert found == [(s.start, s.end, s.label) for s in record.spans]
    report = classification_report(all_tags, all_tags, output_dict=True)
    assert report["micro avg"]["f1-score"] == 1.0
    assert report["micro avg"]["support"] == sum(len(r.spans) for r in records)


def test_sentence_split_and_doc_separator(project, tmp_path):
    export("bio", tmp_path / "bio")
    text = (tmp_path / "bio" / "data.bio").read_text(encoding="utf-8")
    assert text.startswith("-DOCSTART-\tO\n\n")
    assert text.count("-DOCSTART-") == 5
    first_doc = read_conll(tmp_path / "bio" / "data.bio")[0]
    # 广元市总工会召开会议。 | 王兆国同志出席！ | (line break) 会议由😀李明主持； | 2012年底完成。
    assert ["".join(ch for ch, _ in s) for s in first_doc] == [
        "广元市总工会召开会议。", "王兆国同志出席！", "会议由😀李明主持；", "2012年底完成。"]
    assert "\t\n" not in text and " \t" not in text  # no whitespace token was written


def test_span_across_a_line_break_and_sentence_end_stays_whole():
    text = "见《通知。\n附件》和广元市"
    spans = [RecordSpan(2, 9, "DOC"), RecordSpan(10, 13, "LOC")]
    tags = char_tags(text, spans, "bioes")
    split = list(sentences(text, tags))
    assert len(split) == 1  # the 。 and the line break are inside the DOC span
    assert [t for _, t in split[0]] == ["O", "O", "B-DOC", "I-DOC", "I-DOC", "I-DOC", "I-DOC", "E-DOC",
                                        "O", "B-LOC", "I-LOC", "E-LOC"]


def test_overlap_and_whitespace_edges_are_warned():
    warnings = []
    tags = char_tags("甲 乙丙丁", [RecordSpan(0, 2, "PER"), RecordSpan(1, 4, "ORG"), RecordSpan(3, 5, "LOC")],
                     "bio", warnings.append)
    assert tags == ["B-PER", "O", "O", "B-LOC", "I-LOC"]
    assert any("overlaps" in w for w in warnings) and any("whitespace" in w for w in warnings)


def test_one_character_entity_is_s_in_bioes():
    assert char_tags("县里", [RecordSpan(0, 1, "LOC")], "bioes") == ["S-LOC", "O"]
    assert char_tags("县里", [RecordSpan(0, 1, "LOC")], "bio") == ["B-LOC", "O"]


def test_block_writer_agrees_with_the_sentence_splitter():
    """conll_block (the fast writer) and sentences() (the plain reading of the rules) agree."""
    from annotate.exports.tagging import conll_block, tag_document

    cases = [
        ("见《通知。\n附件》和广元市。 王兆国！”好\n\n县", [RecordSpan(2, 8, "DOC"), RecordSpan(10, 13, "LOC"),
                                                  RecordSpan(15, 18, "PER"), RecordSpan(23, 24, "LOC")]),
        ("\n 开头空白。结尾；", []),
        ("甲。", [RecordSpan(0, 2, "ORG")]),
        ("", []),
    ]
    for text, spans in cases:
        for scheme in ("bio", "bioes"):
            tags, kept = tag_document(text, spans, scheme)
            expected = "".join("".join(f"{c}\t{t}\n" for c, t in s) + "\n" for s in sentences(text, tags))
            assert conll_block(text, tags, kept) == expected, (text, scheme)
