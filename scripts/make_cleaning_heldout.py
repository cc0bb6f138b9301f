"""Build the held-out cleaning set: raw files (in their site's script and encoding) and EXPECT.json.

Why: the cleaner was developed on five corpus files and ten samples; the customer measures it on
documents of the same kinds that we do not have. The raw files here imitate *other* sites, written
by hand (invented names, places and figures) in ``tests/data/cleaning/heldout/src/*.src`` with a
light markup, so that the expected body sentences and noise items come from the same source as the
raw bytes and cannot drift apart.

Source format (UTF-8, Simplified, as the page shows it otherwise):

* header lines ``@key: value`` up to a line ``@@``. Keys: ``name`` (output file), ``part``
  (tune / check / final), ``kind`` (txt / html), ``encoding`` (utf-8, gb18030, big5, ...),
  ``newline`` (lf / crlf), ``script`` (simplified / tw / hk: OpenCC s2tw / s2hk on the text),
  ``pinyin`` (``字=pīn 字=yīn``: "(pinyin)" inserted after every such character, as some sites do),
  ``sep`` (how the fragments of a noise line are joined in the raw file; ``\\u3000`` escapes work).
* txt kind, one raw line per source line: a plain line is body; ``!`` starts a noise line whose
  fragments are separated by ``¦`` (each fragment is one noise item); ``=`` starts a repeated body
  line (raw only, its sentences are expected once); ``‹…›`` inside a line is inline noise; a body
  line ending in ``⇥`` continues (same sentence) on the next body line (a page break in between).
* html kind: the source is the page; ``«…»`` marks body text and ``‹…›`` noise; everything else is
  markup. ``⇥`` at the end of a body segment joins it to the next one.

Expected: ``body`` = every body sentence (split after 。！？ and closing quotes; a line without final
punctuation, e.g. a heading, is one item), Simplified as written in the source; ``noise`` = every
noise fragment, Simplified. Run: ``python scripts/make_cleaning_heldout.py``.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "data" / "cleaning" / "heldout"
SOURCES = HELDOUT / "src"
CONVERTERS = {"simplified": None, "tw": "s2tw", "hk": "s2hk"}
BACK = {"tw": "tw2s", "hk": "hk2s"}
SENTENCE_END = re.compile(r"(?<=[。！？!?])(?![”’」』）)\"'])|(?<=[。！？!?][”’」』）)\"'])")
MARKUP = re.compile(r"«(.*?)»|‹(.*?)›", re.S)


def parse_header(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    header: dict[str, str] = {}
    for index, line in enumerate(lines):
        if line.strip() == "@@":
            return header, lines[index + 1:]
        key, _, value = line[1:].partition(":")
        header[key.strip()] = value[1:] if value.startswith(" ") else value
    raise SystemExit("source without a @@ line ending its header")


def sentences(paragraph: str) -> list[str]:
    return [part.strip() for part in SENTENCE_END.split(paragraph) if part.strip()]


class Builder:
    """Collects raw pieces and expectations for one document."""

    def __init__(self, header: dict[str, str]) -> None:
        self.header = header
        name = CONVERTERS[header.get("script", "simplified")]
        self.converter = opencc.OpenCC(f"{name}.json") if name else None
        self.pinyin = dict(item.split("=") for item in header.get("pinyin", "").split())
        self.sep = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), header.get("sep", "  "))
        self.raw: list[str] = []
        self.body: list[str] = []
        self.noise: list[str] = []
        self.pending = ""

    def site_text(self, text: str) -> str:
        """The text as the site shows it: its script, then its pinyin debris."""
        if self.converter is not None:
            text = self.converter.convert(text)
        if self.pinyin:
            text = "".join(ch + f"({self.pinyin[ch]})" if ch in self.pinyin else ch for ch in text)
        return text

    def add_body(self, text: str, *, expect: bool = True) -> None:
        joined = text.endswith("⇥")
        text = text.rstrip("⇥")
        self.raw.append(self.site_text(text))
        if not expect:
            return
        self.pending += text.strip()
        if not joined:
            self.body.extend(sentences(self.pending))
            self.pending = ""

    def add_noise(self, text: str) -> None:
        self.raw.append(self.site_text(text))
        self.noise.append(text.strip())

    def add_line(self, line: str) -> None:
        if line.startswith("!"):
            fragments = line[1:].split("¦")
            for index, fragment in enumerate(fragments):
                if index:
                    self.raw.append(self.sep)
                self.add_noise(fragment)
            return
        expect = not line.startswith("=")
        line = line.lstrip("=")
        position = 0
        for match in re.finditer(r"‹(.*?)›", line):
            if match.start() > position:
                self.add_body(line[position:match.start()], expect=expect)
            self.add_noise(match.group(1))
            position = match.end()
        if position < len(line):
            self.add_body(line[position:], expect=expect)

    def add_html(self, text: str) -> None:
        position = 0
        for match in MARKUP.finditer(text):
            self.raw.append(text[position:match.start()])
            if match.group(1) is not None:
                self.add_body(match.group(1))
            else:
                self.add_noise(match.group(2))
            position = match.end()
        self.raw.append(text[position:])


def build(path: Path) -> tuple[str, dict]:
    header, lines = parse_header(path.read_text(encoding="utf-8").split("\n"))
    builder = Builder(header)
    if header.get("kind", "txt") == "html":
        builder.add_html("\n".join(lines))
    else:
        for index, line in enumerate(lines):
            if index:
                builder.raw.append("\n")
            if line.strip():
                builder.add_line(line)
            else:
                builder.raw.append(line)
    if builder.pending:
        raise SystemExit(f"{path.name}: a body line ends with ⇥ but nothing follows")
    raw = "".join(builder.raw)
    if header.get("newline") == "crlf":
        raw = raw.replace("\n", "\r\n")
    name = header["name"]
    (HELDOUT / name).write_bytes(raw.encode(header.get("encoding", "utf-8")))
    check_round_trip(name, header, builder.body + builder.noise)
    body = list(dict.fromkeys(builder.body))
    return name, {"part": header["part"], "kind": header.get("kind", "txt"),
                  "encoding": header.get("encoding", "utf-8"), "script": header.get("script", "simplified"),
                  "description": header.get("description", ""),
                  "body": body, "noise": builder.noise}


def check_round_trip(name: str, header: dict[str, str], items: list[str]) -> None:
    """Warn when OpenCC cannot bring a Traditional item back to the Simplified we expect."""
    script = header.get("script", "simplified")
    if script not in BACK:
        return
    forward = opencc.OpenCC(f"{CONVERTERS[script]}.json")
    back = opencc.OpenCC(f"{BACK[script]}.json")
    for item in items:
        again = back.convert(forward.convert(item))
        if again != item:
            print(f"warning: {name}: round trip changes {item!r} -> {again!r}", file=sys.stderr)


def main() -> None:
    files = {}
    for path in sorted(SOURCES.glob("*.src")):
        name, expect = build(path)
        files[name] = expect
    out = {"description": "Held-out raw documents imitating other template, document-sharing, 公文 and news "
                          "sites than the corpus and samples; written by hand (invented names and figures) "
                          "in src/*.src and generated by scripts/make_cleaning_heldout.py. body = every body "
                          "sentence after cleaning (Simplified); noise = every chrome fragment that must not "
                          "survive. part: tune (rules may be tuned on them), check and final (measured only).",
           "files": files}
    (HELDOUT / "EXPECT.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for name, expect in files.items():
        print(f"{name}: {expect['part']}, {len(expect['body'])} body sentences, {len(expect['noise'])} noise items")


if __name__ == "__main__":
    main()
