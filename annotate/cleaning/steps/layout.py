"""Layout: table-of-contents blocks, title lines the template repeats before the body, and
sentence-per-line layouts re-joined into paragraphs."""
from __future__ import annotations

import re
from functools import lru_cache

from annotate.cleaning.registry import step
from annotate.cleaning.rules import load_rules
from annotate.cleaning.steps.chrome import body_test
from annotate.cleaning.work import Edit, Line, Work


@lru_cache(maxsize=1)
def _spec() -> dict:
    return load_rules("structure")


@lru_cache(maxsize=None)
def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _body_start(lines: list[Line]) -> int:
    """Index of the first line that is body text (len(lines) when none is)."""
    spec = _spec()["body_start"]
    mark = _re(spec["pattern"])
    for i, line in enumerate(lines):
        if len(line.text) >= spec["min_len"] and mark.search(line.text):
            return i
    return len(lines)


@step("toc")
def toc(work: Work) -> None:
    """A table of contents: a header and/or a run of short lines that repeat later headings, or
    that end with a dotted leader and a page number (a Word TOC); a bare header line alone goes too
    (its items may have gone as compilation captions)."""
    spec = _spec()["toc"]
    header, closing = _re(spec["header"]), _re(spec["closing"])
    leader = _re(spec["leader_item"])
    max_item, min_run = int(spec["max_item_len"]), int(spec["min_run"])
    is_body = body_test()
    lines = list(work.lines())
    edits: list[Edit] = []
    i = 0
    while i < len(lines):
        has_header = bool(header.search(lines[i].text))
        j = i + 1 if has_header else i
        items: list[int] = []
        while j < len(lines) and 0 < len(lines[j].text) <= max_item + 12 and not is_body(lines[j].text) \
                and not closing.search(lines[j].text) and not header.search(lines[j].text):
            if len(lines[j].text) > max_item and not leader.search(lines[j].text):
                break
            items.append(j)
            j += 1
        if not items and not has_header:
            i += 1
            continue
        later = {line.text for line in lines[j:]}
        led = {k for k in items if leader.search(lines[k].text)}
        repeated = {k for k in items if lines[k].text in later or leader.sub("", lines[k].text) in later}
        if len(led) >= 2 and len(led) >= spec["min_repeated_share"] * len(items):
            block_items = [k for k in items if k in led or k in repeated]
        elif has_header:
            ok = bool(items) and len(repeated) >= spec["min_repeated_share"] * len(items)
            block_items = items if ok else []
        else:
            block_items = items if len(items) >= min_run and len(repeated) == len(items) else []
        if not block_items and not has_header:
            i += 1
            continue
        block = ([i] if has_header else []) + block_items
        if block_items:
            block_items.sort()
            j = block_items[-1] + 1
            if j < len(lines) and closing.search(lines[j].text):
                block.append(j)
                j += 1
        else:
            j = i + 1
        for k in block:
            edits.append(Edit(lines[k].start, lines[k].stop, "", spec["rule"], spec["reason"]))
        i = j
    work.apply(edits)


@step("repeated_title")
def repeated_title(work: Work) -> None:
    """Before the first body paragraph, a short line equal to a later one is template debris."""
    spec = _spec()["repeated_title"]
    lines = list(work.lines())
    head = lines[:_body_start(lines)]
    last = {line.text: k for k, line in enumerate(head)}
    # the copy kept is the last one, nearest the body: a page template or a table of contents
    # repeats the title and headings *before* the document's own lines, never after them
    edits = [Edit(line.start, line.stop, "", spec["rule"], spec["reason"]) for k, line in enumerate(head)
             if last[line.text] != k and len(line.text) <= spec["max_len"]]
    work.apply(edits)


@step("sentence_lines")
def sentence_lines(work: Work) -> None:
    """Re-join a document laid out one sentence per line (each line one sentence, no inner stop).

    Runs only when most sentence lines hold a single sentence, and joins only neighbouring sentence
    lines (never a heading), so a joined document is never joined again.
    """
    spec = _spec()["sentence_lines"]
    end, inner, heading = _re(spec["sentence_end"]), _re(spec["inner_sentence_end"]), _re(spec["heading"])
    lines = list(work.lines())
    is_sentence = [len(line.text) >= spec["min_line_len"] and bool(end.search(line.text))
                   and not heading.search(line.text) for line in lines]
    sentences = [line for line, s in zip(lines, is_sentence) if s]
    if len(sentences) < spec["min_sentence_lines"]:
        return
    single = sum(1 for line in sentences if not inner.search(line.text[:-2]))
    if single < spec["min_single_share"] * len(sentences):
        return
    edits = [Edit(lines[k].end, lines[k].stop, "", spec["rule"], spec["reason"])
             for k in range(len(lines) - 1)
             if is_sentence[k] and is_sentence[k + 1] and lines[k].stop > lines[k].end]
    work.apply(edits)


@step("split_title")
def split_title(work: Work) -> None:
    """Before the body, a title broken over two lines ('关于…劳动者' / '工作情况的汇报') is re-joined:
    the second line ends with a document-type word and the first does not end a title or sentence."""
    spec = _spec()["title_lines"]
    doc_type, open_end = _re(spec["doc_type_end"]), _re(spec["no_punct_end"])
    segmented = _re(spec["segmented"])  # a menu line ('搜索文章  登录  注册') is not half a title
    heading = _re(_spec()["sentence_lines"]["heading"])  # nor is a heading ('三、…打算' in a TOC)
    head_part = _re(spec["head_part"])  # nor a 红头 or 文号 line above the title
    for _ in range(8):  # until stable, so cleaning the result again joins nothing more
        lines = list(work.lines())
        head = lines[:_body_start(lines)]
        edits = []
        for a, b in zip(head, head[1:]):
            if (a.stop > a.end and len(a.text) + len(b.text) <= spec["max_len"]
                    and open_end.search(a.text) and not doc_type.search(a.text)
                    and not segmented.search(a.text) and not segmented.search(b.text)
                    and not heading.search(a.text) and not heading.search(b.text)
                    and not head_part.search(a.text) and not head_part.search(b.text)
                    and open_end.match(b.text[:1]) and doc_type.search(b.text)):
                edits.append(Edit(a.end, a.stop, "", spec["rule"], spec["reason"]))
        if not work.apply(edits):
            return
