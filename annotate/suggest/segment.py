"""One jieba tokenizer per process, used only on small windows around cues.

jieba.posseg with HMM over whole documents runs at ~76k chars/s (research/chinese_text.md 2.4); the
suggesters need word boundaries only next to a cue (a title, an organization suffix, a place
suffix), so they cut a window of a few characters with ``jieba.lcut`` (HMM on: it is what finds
unknown names) and read tags from jieba's dictionary table. The cache file goes to the per-user data
dir, never the shared temp dir (jieba issues #26, #903).
"""
from __future__ import annotations

import logging
import threading
from functools import lru_cache
from typing import Optional

from annotate.paths import user_data_dir


class Segmenter:
    def __init__(self) -> None:
        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)
        self.tokenizer = jieba.Tokenizer()
        cache_dir = user_data_dir() / "cache"
        cache_dir.mkdir(parents=True, exist_ok=True)
        self.tokenizer.tmp_dir = str(cache_dir)
        self.tokenizer.initialize()
        # word -> POS tag, read once from jieba's dictionary (posseg's own table)
        self.tags: dict[str, str] = jieba.posseg.POSTokenizer(self.tokenizer).word_tag_tab
        self._cut = lru_cache(maxsize=65536)(self._cut_uncached)

    def _cut_uncached(self, window: str) -> tuple[str, ...]:
        return tuple(self.tokenizer.lcut(window, HMM=True))

    def cut(self, window: str) -> tuple[str, ...]:
        return self._cut(window)

    def tag(self, word: str) -> Optional[str]:
        return self.tags.get(word)

    def in_dictionary(self, word: str) -> bool:
        return self.tokenizer.FREQ.get(word, 0) > 0

    def boundaries(self, window: str) -> set[int]:
        out, pos = {0}, 0
        for token in self.cut(window):
            pos += len(token)
            out.add(pos)
        return out

    def boundary_before(self, text: str, start: int, end: int, context: int = 4) -> bool:
        """Does jieba put a word boundary at ``start`` when cutting text[start-context:end]?"""
        lo = max(0, start - context)
        return (start - lo) in self.boundaries(text[lo:end])

    def boundary_after(self, text: str, start: int, end: int, context: int = 4) -> bool:
        """Does jieba put a word boundary at ``end`` when cutting text[start:end+context]?"""
        return (end - start) in self.boundaries(text[start:end + context])

    def tokens_before(self, text: str, end: int, width: int) -> list[tuple[int, int, str]]:
        """Tokens (start, end, word) of the window text[end-width:end], nearest last."""
        lo = max(0, end - width)
        out, pos = [], lo
        for token in self.cut(text[lo:end]):
            out.append((pos, pos + len(token), token))
            pos += len(token)
        return out

    def tokens_after(self, text: str, start: int, width: int) -> list[tuple[int, int, str]]:
        out, pos = [], start
        for token in self.cut(text[start:start + width]):
            out.append((pos, pos + len(token), token))
            pos += len(token)
        return out


_lock = threading.Lock()
_segmenter: Optional[Segmenter] = None


def segmenter() -> Segmenter:
    """The process-wide segmenter (built on first use, ~1 s)."""
    global _segmenter
    if _segmenter is None:
        with _lock:
            if _segmenter is None:
                _segmenter = Segmenter()
    return _segmenter
