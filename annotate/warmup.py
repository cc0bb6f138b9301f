"""Load the cleaner's rules and dictionaries and the suggesters' data before they are needed.

The first import-clean-and-suggest of a process costs about 1.5 s (the importer's and readers'
modules, OpenCC dictionaries, jieba's dictionary, gazetteers); parts of it are single C calls (or,
without a bytecode cache, compile() calls) that hold the GIL for 100-200 ms. The window runs this
on a worker right after it opens, so that the user's first import or the first document never pays
for it and a background import does not stall the event loop.
"""
from __future__ import annotations

from annotate.progress import NULL_REPORTER, Reporter

#: Traditional text with pinyin debris, chrome and entities: every step and suggester has work.
_SAMPLE = "當前位置:首頁 > 範文\n廣元市總工會主席王兆國同志在2023年5月召開的會議上講話(jiǎng)。\n第1頁 / 共5頁\n"


def warm_up(reporter: Reporter = NULL_REPORTER) -> None:
    import annotate.importer  # noqa: F401  (readers, decoders, the near-duplicate index)
    import annotate.ops  # noqa: F401  (the importer assigns and stores spans through it)
    import annotate.suggest.storage  # noqa: F401  (the importer stores suggestions through it)
    from annotate.cleaning import clean
    from annotate.suggest import suggest

    reporter.update(0, 2, "cleaner")
    result = clean(_SAMPLE)
    reporter.update(1, 2, "suggesters")
    suggest(result.text)
    reporter.update(2, 2, "ready")
