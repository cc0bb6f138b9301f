"""Character-level normalisation: line breaks, invisible characters, edge spaces, blank lines, and
the length-keeping width fold."""
from __future__ import annotations

import re
from functools import lru_cache

from annotate.cleaning.registry import step
from annotate.cleaning.rules import load_rules
from annotate.cleaning.work import Edit, Work


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[int, str]]:
    rules = load_rules("text")
    spaces = rules["edge_spaces"]
    edge = re.compile(rf"^{spaces}|{spaces}$", re.M)
    table: dict[int, str] = {}
    for first, last, target in rules["width_fold"]["ranges"]:
        for k in range(ord(last) - ord(first) + 1):
            table[ord(first) + k] = chr(ord(target) + k)
    return re.compile(rules["drop"]), re.compile(rules["line_breaks"]), edge, table


@lru_cache(maxsize=1)
def _fold_chars() -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_patterns()[3])) + "]")


@step("newlines")
def newlines(work: Work) -> None:
    """Drop BOM / zero-width / control characters; every line break becomes one ``\\n``."""
    drop, breaks, _, _ = _patterns()
    edits = [Edit(m.start(), m.end(), "", "invisible_char", "invisible or control character")
             for m in drop.finditer(work.text)]
    for m in breaks.finditer(work.text):
        if m.group() == "\r\n":  # keep the \n, remove the \r
            edits.append(Edit(m.start(), m.start() + 1, "", "line_break", "CR of a CRLF line break"))
        else:
            edits.append(Edit(m.start(), m.end(), "\n", "line_break", "line break normalised to \\n"))
    work.apply(edits)


@lru_cache(maxsize=1)
def _edge_char() -> re.Pattern[str]:
    """One character of the edge-space class (a line can only have edge spaces when its first or
    last character is one)."""
    return re.compile(load_rules("text")["edge_spaces"].rstrip("+*"))


_BLANK = re.compile(r"\n{2,}|\A\n+|\n+\Z")


@step("whitespace")
def whitespace(work: Work) -> None:
    """Strip spaces at line edges and remove blank lines: one paragraph per line, no empty lines.

    The edge pattern (``^spaces|spaces$``, multi-line) is only run over lines that start or end
    with a space character, and the blank-line pattern only when the text has an empty line:
    the matches are the same as over the whole text, without trying every position."""
    _, _, edge, _ = _patterns()
    one = _edge_char()
    text = work.text
    edits = []
    for line in work.lines():
        t = line.text
        if t and (one.match(t) or one.match(t, len(t) - 1)):
            edits.extend(Edit(m.start(), m.end(), "", "edge_space", "space at the start or end of a line")
                         for m in edge.finditer(text, line.start, line.end) if m.end() > m.start())
    work.apply(edits)
    text = work.text
    if "\n\n" not in text and not text.startswith("\n") and not text.endswith("\n"):
        return
    edits = []
    for m in _BLANK.finditer(text):
        start = m.start() if m.start() == 0 or m.end() == len(work.text) else m.start() + 1
        edits.append(Edit(start, m.end(), "", "blank_line", "empty line between paragraphs"))
    work.apply(edits)


@step("width_fold")
def width_fold(work: Work) -> None:
    """Full-width digits and Latin letters to ASCII, one for one (string length never changes)."""
    table = _patterns()[3]
    if not _fold_chars().search(work.text):
        return  # nothing to fold (translate would return the same text)
    work.convert(work.text.translate(table), "width_fold", "full-width digit or letter folded to ASCII")
