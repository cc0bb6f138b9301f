"""Traditional (TW / HK / MO forms) to Simplified with OpenCC, keeping offsets exact.

The chain is written in resources/cleaning/opencc.json with bare dictionary names; OpenCC resolves
names against the config file's own folder and a build path baked into the wheel (research 1.1), so
the config is materialised once per process with absolute paths to the package's dictionaries.
Conversion is applied until it is stable, so cleaning clean text changes nothing.
"""
from __future__ import annotations

import difflib
import hashlib
import json
import threading
from functools import lru_cache
from pathlib import Path

import opencc

from annotate.cleaning.registry import step
from annotate.cleaning.rules import load_rules
from annotate.cleaning.work import Edit, Work
from annotate.paths import user_data_dir

_LOCK = threading.Lock()


def _dictionary_dir() -> Path:
    return Path(opencc.__file__).resolve().parent / "clib" / "share" / "opencc"


def _absolute(node: object, folder: Path) -> object:
    if isinstance(node, dict):
        return {k: (str(folder / v) if k == "file" else _absolute(v, folder)) for k, v in node.items()}
    if isinstance(node, list):
        return [_absolute(v, folder) for v in node]
    return node


def config_path() -> Path:
    """Write (if needed) the chain with absolute dictionary paths and return its path."""
    folder = _dictionary_dir()
    config = _absolute(load_rules("opencc")["config"], folder)
    text = json.dumps(config, ensure_ascii=False, indent=1)
    digest = hashlib.sha256((text + opencc.__version__).encode()).hexdigest()[:12]
    path = user_data_dir() / "opencc" / f"mixed2s-{digest}.json"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{threading.get_ident()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    return path


@lru_cache(maxsize=1)
def converter() -> opencc.OpenCC:
    """One converter per process (construction costs milliseconds; ``convert`` is thread-safe)."""
    with _LOCK:
        return opencc.OpenCC(str(config_path()), include_tofu_risk_dictionaries=False)


@lru_cache(maxsize=1)
def _keep() -> frozenset[str]:
    return frozenset(load_rules("opencc").get("keep", {}).get("chars", ""))


def to_simplified(text: str) -> str:
    """Convert text (also used by tests and the benchmark as 'OpenCC alone')."""
    return converter().convert(text)


def _restore_kept(src: str, out: str) -> str:
    keep = _keep()
    if not keep or len(src) != len(out) or not any(c in src for c in keep):
        return out
    return "".join(a if a in keep else b for a, b in zip(src, out))


def _convert_by_line(text: str, memo: dict[str, str]) -> str:
    """``to_simplified(text)``, converting only lines not converted before in this document.

    OpenCC's conversion never crosses a line break (no dictionary key holds one, and its
    maximum-match segmentation restarts after each), so a text converts line by line; the lines
    not in ``memo`` are converted together in one call. The passes until the text is stable then
    only convert the lines the previous pass changed."""
    lines = text.split("\n")
    missing = [line for line in dict.fromkeys(lines) if line not in memo]
    if missing:
        converted = to_simplified("\n".join(missing)).split("\n")
        if len(converted) != len(missing):  # a line break appeared or vanished: no line memo
            memo.clear()
            return to_simplified(text)
        memo.update(zip(missing, converted))
    return "\n".join(map(memo.__getitem__, lines))


@step("opencc")
def opencc_t2s(work: Work) -> None:
    rules = load_rules("opencc")
    rule, reason = rules["rule"], rules["reason"]
    memo: dict[str, str] = {}
    for _ in range(3):  # until stable (a converted form is never converted again)
        src = work.text
        out = _restore_kept(src, _convert_by_line(src, memo))
        if out == src:
            return
        if len(out) == len(src):
            work.convert(out, rule, reason)
            continue
        _convert_lines(work, rule, reason)


def _convert_lines(work: Work, rule: str, reason: str) -> None:
    """Phrase conversions changed the length: align each changed line and edit the differences."""
    edits: list[Edit] = []
    same_length: list[tuple[int, str]] = []
    for line in work.lines():
        out = _restore_kept(line.text, to_simplified(line.text))
        if out == line.text:
            continue
        if len(out) == len(line.text):
            same_length.append((line.start, out))
            continue
        matcher = difflib.SequenceMatcher(None, line.text, out, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "equal":
                edits.append(Edit(line.start + i1, line.start + i2, out[j1:j2], rule,
                                  reason + " (phrase of another length)"))
    if same_length:
        chars = list(work.text)
        for start, out in same_length:
            chars[start:start + len(out)] = out
        work.convert("".join(chars), rule, reason)
    work.apply(edits)
