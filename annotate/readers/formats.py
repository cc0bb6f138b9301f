"""The readers, one per kind: plain text, HTML (main content), .docx (paragraphs and tables),
.jsonl (already clean records)."""
from __future__ import annotations

import io
import json
import zipfile

from annotate.errors import InputError
from annotate.readers.base import LineIssue, RawDocument, ReadResult, reader
from annotate.readers.decode import decode


@reader("txt")
def read_text(source: str, data: bytes) -> ReadResult:
    text, encoding = decode(data, source)
    return ReadResult([RawDocument(source, data, encoding, text, "txt")])


@reader("html")
def read_html(source: str, data: bytes) -> ReadResult:
    """Main content by trafilatura (drops navigation, sidebars, footers); our line rules follow."""
    import trafilatura

    html, encoding = decode(data, source)
    text = trafilatura.extract(_unwrap_layout_tables(html), include_comments=False, include_tables=True, favor_recall=True,
                               deduplicate=False, output_format="txt")
    if not text or not text.strip():
        raise InputError(f"{source}: no main text found in the HTML page")
    head = text.splitlines()[:3]
    missing = [line for line in _page_title(html) if line not in head]
    if missing:
        text = "\n".join(missing) + "\n" + text
    return ReadResult([RawDocument(source, data, encoding, text, "html")])


def _page_title(html: str) -> list[str]:
    """The article's own heading (and a dash subtitle right after it), which trafilatura moves to
    metadata and leaves out of the text (a report would lose its title, which is body). Taken only
    when the first <h1> (else <h2>) is the page's metadata title or its start, so a logo heading is
    never taken for it; the subtitle only when the next element starts with a dash (——在…上的讲话)."""
    import lxml.html
    import trafilatura

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:  # noqa: BLE001 - no heading then; the extracted text stands
        return []
    metadata = trafilatura.extract_metadata(html)
    wanted = (metadata.title or "").strip() if metadata else ""
    for tag in ("h1", "h2"):
        element = next((e for e in root.iter(tag) if e.text_content().strip()), None)
        if element is None:
            continue
        heading = " ".join(element.text_content().split())
        bare_wanted, bare_heading = _letters(wanted), _letters(heading)  # quotes and spaces differ often
        if not (bare_wanted and bare_heading and bare_wanted.startswith(bare_heading)):
            return []
        lines = [heading]
        sibling = element.getnext()
        subtitle = " ".join(sibling.text_content().split()) if sibling is not None else ""
        if subtitle.startswith(("——", "—", "--")) and len(subtitle) <= 80:
            lines.append(subtitle)
        return lines
    return []


def _letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


LAYOUT_BLOCKS = ("p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4")


def _unwrap_layout_tables(html: str) -> str:
    """Tables used for page layout (cells holding paragraphs, divs or tables, as on many government
    and older template sites) become divs, so the extractor keeps paragraphs apart and does not
    render the page as one '| cell | cell |' row per table; so do one-cell-per-row tables (a
    table used as a box). Data tables (several plain-text cells a row) stay."""
    if "<table" not in html.lower():
        return html
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:  # noqa: BLE001 - an unparsable page goes to the extractor as it is
        return html
    changed = False
    for table in root.iter("table"):
        cells = table.findall(".//td") + table.findall(".//th")
        single = all(len(row.findall("td") + row.findall("th")) <= 1 for row in table.iter("tr"))
        if single or any(cell.find(f".//{tag}") is not None for cell in cells for tag in LAYOUT_BLOCKS):
            for element in [table, *table.iter("tbody", "thead", "tfoot", "tr", "td", "th")]:
                element.tag = "div"
            changed = True
    return lxml.html.tostring(root, encoding="unicode") if changed else html


@reader("docx")
def read_docx(source: str, data: bytes) -> ReadResult:
    """Paragraphs and table rows in document order (tables are not in ``Document.paragraphs``)."""
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several types for damaged packages
        raise InputError(f"{source}: not a readable .docx ({type(exc).__name__}: {exc})") from exc
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:
                    value = cell.text.strip()
                    if value and (not cells or cells[-1] != value):  # merged cells repeat
                        cells.append(value)
                if cells:
                    lines.append("\t".join(cells))
        else:
            lines.append(block.text)
    text = "\n".join(lines)
    if not text.strip():
        raise InputError(f"{source}: the .docx holds no text")
    return ReadResult([RawDocument(source, data, "docx", text, "docx")])


@reader("jsonl")
def read_jsonl(source: str, data: bytes) -> ReadResult:
    """One record per line: {"text": ..., "spans": [...], "meta": {...}}; bad lines become issues."""
    text, encoding = decode(data, source)
    result = ReadResult()
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            result.issues.append(LineIssue(source, number, f"invalid JSON ({exc.msg})"))
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            result.issues.append(LineIssue(source, number, "record has no string field 'text'"))
            continue
        if not record["text"].strip():
            result.issues.append(LineIssue(source, number, "field 'text' is empty"))
            continue
        spans = record.get("spans", [])
        if not isinstance(spans, list) or not all(isinstance(s, dict) for s in spans):
            result.issues.append(LineIssue(source, number, "field 'spans' must be a list of objects"))
            continue
        result.documents.append(RawDocument(f"{source}:{number}", line.encode("utf-8"), encoding,
                                            record["text"], "jsonl", record, number))
    if not result.documents and not result.issues:
        raise InputError(f"{source}: no records")
    return result


def is_docx(data: bytes) -> bool:
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False
