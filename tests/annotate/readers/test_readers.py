"""Readers: encodings detected by content, HTML main text, .docx with tables, .jsonl records, and
clear errors naming the file for what cannot be read."""
from __future__ import annotations

import io
import json

import pytest

from annotate.errors import InputError
from annotate.readers import iter_input_files, read_file, read_path

TEXT = "梧江市總工會關於開展“金秋助學”活動的通知\n各縣(區)總工會:為切實幫助困難職工家庭子女順利入學,現將有關事項通知如下。\n"
SIMPLIFIED = "今年以来,全市各级工会组织深入学习贯彻党的精神,扎实推进各项工作,取得了明显成效。\n"


@pytest.mark.parametrize("encoding,text,expected", [
    ("utf-8", SIMPLIFIED, "utf-8"), ("utf-8-sig", SIMPLIFIED, "utf-8-sig"),
    ("utf-16", SIMPLIFIED, "utf-16"), ("utf-16-le", SIMPLIFIED, "utf-16-le"),
    ("gb18030", SIMPLIFIED, "gb18030"), ("gbk", SIMPLIFIED, "gb18030"), ("gb2312", SIMPLIFIED, "gb18030"),
    ("big5", TEXT, "big5"), ("cp950", TEXT, "big5"),
])
def test_text_encodings(tmp_path, encoding, text, expected):
    path = tmp_path / "doc.txt"
    path.write_bytes((text * 3).encode(encoding))
    [doc] = read_path(path)
    assert doc.text == text * 3
    assert doc.kind == "txt" and doc.source == "doc.txt"
    assert doc.encoding.replace("_", "-") in (expected, "cp950", "big5hkscs") or doc.encoding == expected


def test_html_main_content_by_content_not_extension(tmp_path):
    body = "".join(f"<p>第{i}段:{SIMPLIFIED.strip()}</p>" for i in range(6))
    html = (f"<html><head><meta charset='gb2312'><title>t</title></head><body><div class='nav'>首页 | 新闻 | 范文</div>"
            f"<article>{body}</article><footer>版权所有 某某网 ICP备1号</footer></body></html>")
    path = tmp_path / "page.txt"  # wrong extension: sniffed as HTML
    path.write_bytes(html.encode("gb18030"))
    [doc] = read_path(path)
    assert doc.kind == "html"
    assert "第0段:今年以来" in doc.text and "第5段" in doc.text
    assert "首页 | 新闻" not in doc.text



def test_html_article_heading_kept_but_not_a_logo(tmp_path):
    """trafilatura moves the <h1> to metadata; the report's title is body, so it comes back."""
    body = "".join(f"<p>{SIMPLIFIED.strip()}</p>" for _ in range(6))
    page = ("<html><head><meta charset='utf-8'><title>{t}_工作总结_某县人民政府</title></head><body>"
            "<div class='logo'><h2>某县人民政府</h2></div><div class='article'><h1>{h}</h1>{b}</div></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page.format(t="县总工会2024年工作总结", h="县总工会2024年工作总结", b=body), encoding="utf-8")
    [doc] = read_path(path)
    assert doc.text.splitlines()[0] == "县总工会2024年工作总结"
    path.write_text(page.format(t="县总工会2024年工作总结", h="", b=body).replace("<h1></h1>", ""), encoding="utf-8")
    [doc] = read_path(path)
    assert "某县人民政府" not in doc.text.splitlines()[0]

def test_docx_paragraphs_and_tables(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("关于表彰先进集体的决定")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "单位", "荣誉"
    table.cell(1, 0).text, table.cell(1, 1).text = "市总工会", "先进集体"
    document.add_paragraph("特此决定。")
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "awards.docx"
    path.write_bytes(buffer.getvalue())
    [doc] = read_path(path)
    assert doc.kind == "docx"
    assert doc.text == "关于表彰先进集体的决定\n单位\t荣誉\n市总工会\t先进集体\n特此决定。"


def test_jsonl_records_and_bad_lines(tmp_path):
    good = {"text": "广元市总工会召开会议。", "spans": [{"start": 0, "end": 6, "label": "ORG"}]}
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(good, ensure_ascii=False) + "\n{bad json\n" + json.dumps({"x": 1}) + "\n",
                    encoding="utf-8")
    result = read_file(path)
    assert [d.text for d in result.documents] == ["广元市总工会召开会议。"]
    assert result.documents[0].records["spans"][0]["label"] == "ORG"
    assert [(i.line, "JSON" in i.message or "text" in i.message) for i in result.issues] == [(2, True), (3, True)]
    with pytest.raises(InputError, match=r"records.jsonl: line 2"):
        read_path(path)


@pytest.mark.parametrize("name,data,message", [
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "legacy Word"),
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \r\n\n", "empty"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG"),
    ("noise.txt", bytes(range(256)) * 8, "binary|encoding"),
    ("fake.docx", "不是文档".encode("utf-8"), "not a Word package"),
])
def test_unreadable_files_name_the_file(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=rf"{name}.*({message})"):
        read_path(path)


def test_iter_input_files_expands_folders(tmp_path):
    (tmp_path / "a.txt").write_text("甲", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("<p>乙</p>", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("丙", encoding="utf-8")
    (tmp_path / "notes.md").write_text("丁", encoding="utf-8")
    files = [p.relative_to(tmp_path).as_posix() for p in iter_input_files([tmp_path])]
    assert files == ["a.txt", "sub/b.html"]


def test_corpus_and_samples_read(corpus_files):
    from annotate.paths import resource

    for path in corpus_files + sorted(p for p in resource("samples").iterdir()
                                      if p.suffix in (".txt", ".html", ".docx")):
        [doc] = read_path(path)
        assert doc.text.strip(), path


def test_html_dash_subtitle_after_the_heading_is_kept(tmp_path):
    body = "".join(f"<p>{SIMPLIFIED.strip()}</p>" for _ in range(6))
    page = ("<html><head><meta charset='utf-8'><title>凝心聚力 实干争先--领导讲话--某网</title></head><body>"
            "<h1>凝心聚力 实干争先</h1><h4>——在市总工会全委会议上的讲话</h4>" + body + "</body></html>")
    path = tmp_path / "speech.html"
    path.write_text(page, encoding="utf-8")
    [doc] = read_path(path)
    assert doc.text.splitlines()[:2] == ["凝心聚力 实干争先", "——在市总工会全委会议上的讲话"]
