"""Benchmark: clean + suggest over the corpus repeated to >= 5 MB, in characters per second, next to
jieba.posseg alone (HMM on) on the same clean text in the same run. One core (one process).

Target (issue 4): >= 300,000 chars/s and not slower than jieba.posseg. The clean and suggest parts
are also timed on their own (suggest alone should run >= 500,000 chars/s so that the sum meets 300k).

    python benchmarks/bench_suggest.py            # full run (>= 5 MB of UTF-8 text)
    python benchmarks/bench_suggest.py --quick    # >= 0.5 MB

The segmenter's small-window cache is cleared before each document, so repeating the corpus does not
let later copies ride on the first copy's cached cuts. Rates count characters of raw text for
clean+suggest and characters of clean text for jieba.posseg (reported both ways).
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
CORPUS = REPO.parent / "shared" / "corpus"


def load_documents() -> list[tuple[str, str]]:
    """(text, kind) of the shared corpus and the shipped samples."""
    from annotate.readers import read_path

    paths = sorted(CORPUS.glob("*.txt")) + sorted((REPO / "resources" / "samples").glob("[0-9]*"))
    docs = []
    for path in paths:
        for raw in read_path(path):
            docs.append((raw.text, raw.kind))
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="0.5 MB instead of 5 MB")
    parser.add_argument("--repeat", type=int, default=3,
                        help="interleaved passes of ours and of jieba.posseg; the best of each is reported (default 3)")
    args = parser.parse_args(argv)
    target_bytes = 500_000 if args.quick else 5_000_000

    from annotate.cleaning import clean
    from annotate.suggest import suggest
    from annotate.suggest.segment import segmenter

    docs = load_documents()
    if not docs:
        print(f"no documents found under {CORPUS}", file=sys.stderr)
        return 2
    batch, size = [], 0
    while size < target_bytes:
        for doc in docs:
            batch.append(doc)
            size += len(doc[0].encode("utf-8"))
    raw_chars = sum(len(t) for t, _ in batch)
    seg = segmenter()
    suggest("预热:武汉市总工会2023年发放慰问金160多万元。")  # build automata, load data once

    import jieba.posseg

    posseg = jieba.posseg.POSTokenizer(seg.tokenizer)
    posseg.lcut("预热")

    def ours() -> tuple[float, float, float, list[str], int]:
        clean_texts, n_suggestions = [], 0
        t_clean = t_suggest = 0.0
        clock = time.perf_counter
        t0 = clock()
        for text, kind in batch:
            seg._cut.cache_clear()
            t1 = clock()
            result = clean(text, kind=kind)
            t2 = clock()
            n_suggestions += len(suggest(result.text))
            t_suggest += clock() - t2
            t_clean += t2 - t1
            clean_texts.append(result.text)
        return clock() - t0, t_clean, t_suggest, clean_texts, n_suggestions

    def baseline(texts: list[str]) -> float:
        t0 = time.perf_counter()
        for text in texts:
            posseg.lcut(text, HMM=True)
        return time.perf_counter() - t0

    # Interleaved passes, best kept: on a shared virtual machine one pass can be 30 % slower than the
    # next, for both sides alike; the best pass of each is the stable figure.
    passes, jieba_passes = [], []
    for _ in range(max(1, args.repeat)):
        passes.append(ours())
        jieba_passes.append(baseline(passes[-1][3]))
    t_ours, t_clean, t_suggest, clean_texts, n_suggestions = min(passes, key=lambda p: p[0])
    t_jieba = min(jieba_passes)
    clean_chars = sum(len(t) for t in clean_texts)

    print(f"documents: {len(batch)} ({len(docs)} distinct), raw {raw_chars:,} chars / {size:,} bytes, "
          f"clean {clean_chars:,} chars; pid {os.getpid()}, one process, best of {len(passes)} interleaved passes "
          f"(ours {', '.join(f'{p[0]:.2f}' for p in passes)} s; jieba {', '.join(f'{t:.2f}' for t in jieba_passes)} s)")
    print(f"clean+suggest : {t_ours:7.2f} s  {raw_chars / t_ours:12,.0f} raw chars/s  "
          f"{clean_chars / t_ours:12,.0f} clean chars/s  ({n_suggestions:,} suggestions)")
    print(f"  clean alone : {t_clean:7.2f} s  {raw_chars / t_clean:12,.0f} raw chars/s")
    print(f"  suggest alone: {t_suggest:6.2f} s  {raw_chars / t_suggest:12,.0f} raw chars/s  "
          f"{clean_chars / t_suggest:12,.0f} clean chars/s")
    print(f"jieba.posseg  : {t_jieba:7.2f} s  {'':>12}                 {clean_chars / t_jieba:12,.0f} clean chars/s  (baseline, same text)")
    print(f"ratio (clean chars/s): {t_jieba / t_ours:.2f}x jieba.posseg")
    return 0


if __name__ == "__main__":
    sys.exit(main())
