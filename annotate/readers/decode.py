"""Bytes -> text for Chinese files: BOMs, UTF-8, UTF-16 without BOM, and the GB / Big5 families
through charset-normalizer (research section 4: it round-trips GB18030/GBK/GB2312/Big5/CP950
where chardet does not). GB2312/GBK answers are decoded as GB18030 (a superset); Big5 answers are
tried as CP950 and Big5-HKSCS when plain Big5 fails."""
from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from annotate.errors import InputError

BOMS = [(codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]
SUPERSETS = {"gb2312": ["gb18030"], "gbk": ["gb18030"], "gb18030": ["gb18030"],
             "big5": ["big5", "cp950", "big5hkscs"], "cp950": ["cp950", "big5hkscs"],
             "big5hkscs": ["big5hkscs"]}


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: NUL bytes are present, and one byte order decodes to plausible text."""
    if len(data) < 4 or len(data) % 2 or b"\x00" not in data:
        return None
    best, best_score = None, 0.0
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        sample = text[:4000]
        plausible = sum(1 for c in sample if c.isprintable() or c in "\t\r\n")
        score = plausible / len(sample) if sample else 0.0
        han = _han_share(text)
        if score > 0.97 and (best is None or han > best_score):
            best, best_score = codec, han
    return best


def _looks_binary(text: str) -> bool:
    bad = sum(1 for c in text[:4000] if (ord(c) < 32 and c not in "\t\n\r\f\v") or c == "\ufffd")
    return bad > max(2, len(text[:4000]) // 100)


def decode(data: bytes, source: str) -> tuple[str, str]:
    """(text, encoding name) or InputError naming the file."""
    if not data.strip():
        raise InputError(f"{source}: empty file")
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"{source}: starts with a {codec} byte-order mark but does not decode ({exc.reason})") from exc
            return text.lstrip("\ufeff"), codec
    codec = _utf16_without_bom(data)
    if codec:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _looks_binary(text):
            raise InputError(f"{source}: binary data, not text")
        return text, "utf-8"
    if b"\x00" in data[:4096]:
        raise InputError(f"{source}: binary data, not text")
    best = from_bytes(data).best()
    detected = best.encoding.lower().replace("_", "") if best is not None else ""
    candidates = SUPERSETS.get(detected, [best.encoding] if best is not None else [])
    # a non-CJK answer on Chinese bytes (short files) still gets the GB and Big5 families tried
    candidates = candidates + [c for c in ("gb18030", "cp950", "big5hkscs") if c not in candidates]
    for candidate in candidates:
        try:
            text = data.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
        if _looks_binary(text):
            continue
        if candidate not in SUPERSETS.get(detected, []) and _han_share(text) < 0.3:
            continue
        return text, candidate
    raise InputError(f"{source}: cannot detect the text encoding (not UTF-8, UTF-16, GB18030 or Big5)")


def _han_share(text: str) -> float:
    sample = [c for c in text[:4000] if not c.isspace()]
    if not sample:
        return 0.0
    return sum(1 for c in sample if "\u4e00" <= c <= "\u9fff") / len(sample)
