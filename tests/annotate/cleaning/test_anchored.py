"""Anchored rule patterns (annotate/cleaning/anchored.py) find exactly the matches of a plain
``finditer`` over the whole text: on the corpus, the samples and random texts dense in anchors."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate.cleaning import clean
from annotate.cleaning.anchored import AnchoredPattern
from annotate.cleaning.rules import load_rules
from annotate.paths import resource
from annotate.readers import read_path

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"


def _anchored_rules() -> list[tuple[str, AnchoredPattern]]:
    rules = [(f"truncation[{i}]", AnchoredPattern.from_rule(p, re.M))
             for i, p in enumerate(load_rules("truncation")["patterns"])]
    rules += [(f"placeholders:{spec['name']}", AnchoredPattern.from_rule(spec))
              for spec in load_rules("placeholders")["flags"]]
    return rules


RULES = _anchored_rules()


def _plain(rule: AnchoredPattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rule.pattern.finditer(text) if m.end() > m.start()]


def _anchored(rule: AnchoredPattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rule.finditer(text)]


def test_every_rule_declares_an_anchor():
    assert RULES and all(rule.anchor is not None for _, rule in RULES)


def _real_texts() -> list[str]:
    texts = []
    paths = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    paths += sorted(p for p in resource("samples").iterdir() if p.suffix in (".txt", ".html", ".docx"))
    for path in paths:
        for raw in read_path(path):
            texts += [raw.text, clean(raw.text, kind=raw.kind).text]
    return texts


@pytest.mark.parametrize("name,rule", RULES, ids=[n for n, _ in RULES])
def test_same_matches_on_real_texts(name, rule):
    for text in _real_texts():
        assert _anchored(rule, text) == _plain(rule, text), name


ALPHABET = list("…. \n\t\u3000(（)）xX×＊*_“”‘’「」『』\"《》1920年届大省市王张a,。") + [
    "省略", "未完", "全文共100字", "仅显示", "正式会员", "完整阅读", "剩余 12 字", "余下全文", "还剩3字",
    "未完待续", "剩余内容", "查看剩余", "……", "(", "（未完", "20xx", "xx届", "王**", "**县"]
texts = st.lists(st.sampled_from(ALPHABET), max_size=60).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_same_matches_on_random_texts(text):
    for name, rule in RULES:
        assert _anchored(rule, text) == _plain(rule, text), name
