"""A baseline for the scorer: jieba.posseg tags alone, mapped to the default schema.

nr/nrt/nrfg -> PER, ns -> LOC, nt -> ORG, t -> DATE, a numeral followed by a unit token -> MONEY,
PERCENT or QUANTITY. Only for measurement (docs/suggestions.md); never used to suggest.
"""
from __future__ import annotations

from annotate.spans import SpanSuggestion
from annotate.suggest import data

TAG_LABELS = {"nr": "PER", "nrt": "PER", "nrfg": "PER", "ns": "LOC", "nt": "ORG", "t": "DATE"}


_posseg = None


def _tagger():
    """jieba.posseg on the suggesters' own tokenizer (cache in the per-user dir, not the shared /tmp)."""
    global _posseg
    if _posseg is None:
        import jieba.posseg

        from annotate.suggest.segment import segmenter

        _posseg = jieba.posseg.POSTokenizer(segmenter().tokenizer)
    return _posseg


def jieba_posseg_suggest(text: str) -> list[SpanSuggestion]:
    d = data.numbers()
    money = set(d["money_units"]) | {"万元", "亿元"}
    pct = set(d["percent_signs"])
    measures = set(d["measure_words"])
    words = [(w.word, w.flag) for w in _tagger().lcut(text)]
    out: list[SpanSuggestion] = []
    pos = 0
    i = 0
    while i < len(words):
        word, flag = words[i]
        start = pos
        label = TAG_LABELS.get(flag)
        end = start + len(word)
        step = 1
        if flag == "m" and i + 1 < len(words):
            nxt = words[i + 1][0]
            label = "MONEY" if nxt in money else "PERCENT" if nxt in pct else "QUANTITY" if nxt in measures else None
            if label:
                end += len(nxt)
                step = 2
        if label:
            out.append(SpanSuggestion(start, end, label, text[start:end], 0.5, "jieba"))
        for w, _ in words[i:i + step]:
            pos += len(w)
        i += step
    return out
