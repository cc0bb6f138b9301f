"""Build the gold JSONL files from their hand-written markup (tests/data/gold/*markup/).

    python -m annotate.suggest.buildgold tests/data/gold

markup/*.txt -> train.jsonl (used for tuning and calibration); heldout_markup/*.txt ->
heldout.jsonl (written last, never looked at while tuning: the honest dev check);
dev2_markup -> dev2.jsonl (second tuning set, written by hand without running the suggesters);
heldout2_markup -> heldout2.jsonl (six documents written by hand before any rule change of the
second round, used only to report); heldout3_markup and heldout4_markup -> heldout3.jsonl,
heldout4.jsonl (each written by hand at the start of a round, before any rule change; heldout4
is the honest set of the fourth round and is never tuned on; heldout5_markup -> heldout5.jsonl,
the honest set of the fifth round, written before any fifth-round rule change and never tuned on;
heldout6_markup -> heldout6.jsonl, the sixth round's, written by a helper who never read the rules;
heldout7/heldout8, written the same way by two more helpers after the sixth round's changes;
heldout9/heldout10 likewise after the seventh round's, heldout11/heldout12 after the eighth's, heldout13/heldout14 after the ninth's, heldout15/heldout16 after the tenth's; heldout17-19 … heldout29-31, five batches of the
third session, written by helpers who read neither rules nor other sets).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from annotate.suggest.goldfile import doc_record, parse_markup

SETS = {"markup": "train.jsonl", "heldout_markup": "heldout.jsonl", "dev2_markup": "dev2.jsonl",
        "heldout2_markup": "heldout2.jsonl", "heldout3_markup": "heldout3.jsonl",
        "heldout4_markup": "heldout4.jsonl", "heldout5_markup": "heldout5.jsonl",
        "heldout6_markup": "heldout6.jsonl", "heldout7_markup": "heldout7.jsonl",
        "heldout8_markup": "heldout8.jsonl", "heldout9_markup": "heldout9.jsonl",
        "heldout10_markup": "heldout10.jsonl", "heldout11_markup": "heldout11.jsonl",
        "heldout12_markup": "heldout12.jsonl", "heldout13_markup": "heldout13.jsonl",
        "heldout14_markup": "heldout14.jsonl", "heldout15_markup": "heldout15.jsonl",
        "heldout16_markup": "heldout16.jsonl", "heldout17_markup": "heldout17.jsonl",
        "heldout18_markup": "heldout18.jsonl", "heldout19_markup": "heldout19.jsonl",
        "heldout20_markup": "heldout20.jsonl", "heldout21_markup": "heldout21.jsonl",
        "heldout22_markup": "heldout22.jsonl", "heldout23_markup": "heldout23.jsonl",
        "heldout24_markup": "heldout24.jsonl", "heldout25_markup": "heldout25.jsonl",
        "heldout26_markup": "heldout26.jsonl", "heldout27_markup": "heldout27.jsonl",
        "heldout28_markup": "heldout28.jsonl", "heldout29_markup": "heldout29.jsonl",
        "heldout30_markup": "heldout30.jsonl", "heldout31_markup": "heldout31.jsonl",
        "heldout32_markup": "heldout32.jsonl", "heldout33_markup": "heldout33.jsonl",
        "heldout34_markup": "heldout34.jsonl", "heldout35_markup": "heldout35.jsonl",
        "heldout36_markup": "heldout36.jsonl", "heldout37_markup": "heldout37.jsonl",
        "heldout38_markup": "heldout38.jsonl", "heldout39_markup": "heldout39.jsonl",
        "heldout40_markup": "heldout40.jsonl", "heldout41_markup": "heldout41.jsonl",
        "heldout42_markup": "heldout42.jsonl", "heldout43_markup": "heldout43.jsonl",
        "heldout44_markup": "heldout44.jsonl", "heldout45_markup": "heldout45.jsonl",
        "heldout46_markup": "heldout46.jsonl"}


def build(folder: Path) -> dict[str, int]:
    counts = {}
    for sub, out_name in SETS.items():
        lines = []
        n_spans = 0
        for path in sorted((folder / sub).glob("*.txt")):
            text, spans = parse_markup(path.read_text(encoding="utf-8"), where=str(path))
            n_spans += len(spans)
            lines.append(json.dumps(doc_record(text, spans, {"source": path.name, "status": "gold",
                                                             "annotators": ["suggestions-helper"]}),
                                    ensure_ascii=False))
        (folder / out_name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        counts[out_name] = n_spans
    return counts


if __name__ == "__main__":
    print(build(Path(sys.argv[1] if len(sys.argv) > 1 else "tests/data/gold")))
