"""Property tests: cleaning is deterministic and idempotent and its offset map is exact, on random
documents assembled from corpus lines, chrome lines, pinyin, full-width and non-BMP characters."""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate.cleaning import clean
from cleaning_support import offset_errors

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"


def _corpus_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []:
        lines.extend(line[:160] for line in path.read_text(encoding="utf-8").splitlines())
    return lines or ["今年以来,全市各级工会组织深入开展劳动竞赛。", "同志们:"]


LINES = _corpus_lines()
EXTRA = ["第1页 / 共5页", "当前位置:首页 > 范文", "相关文章", "- 某某讲话(精选5篇)", "發(fā)展經(jīng)濟",
         "２０２３年ＡＢＣ", "𠀀𫝈王兆国", "㑮", "(擴大)", "……(未完,全文共100字)", "20xx年", "“”", "\r\n",
         "  ", "\u3000", "\ufeff", "?", "實打?qū)嵎", "乾隆", "么"]
pieces = st.one_of(st.sampled_from(LINES), st.sampled_from(EXTRA),
                   st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x2FFFF,
                                                  blacklist_categories=("Cs",)), max_size=12))
documents = st.lists(pieces, min_size=1, max_size=30).flatmap(
    lambda parts: st.lists(st.sampled_from(["\n", "\n\n", "", "\r\n"]), min_size=len(parts),
                           max_size=len(parts)).map(lambda seps: "".join(p + s for p, s in zip(parts, seps))))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_idempotent_deterministic_exact(raw):
    first = clean(raw)
    assert clean(raw).text == first.text
    assert clean(first.text).text == first.text
    assert offset_errors(raw, first) == []
    assert first.offset_map.length == len(first.text)
    assert 0 <= first.offset_map.to_raw(len(first.text)) <= len(raw)
