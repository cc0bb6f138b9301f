"""The cleaner: any decoded raw report -> clean Simplified body text, with provenance.

``clean(text, kind=...)`` runs the named steps of resources/cleaning/pipeline.json; every removal
and change lands in the report with its rule, reason and raw offsets, and ``offset_map`` takes every
clean offset back to the raw text. See docs/cleaning.md.
"""
from annotate.cleaning.offsets import OffsetMap
from annotate.cleaning.pipeline import CLEANER_VERSION, CleanResult, clean

__all__ = ["CLEANER_VERSION", "CleanResult", "OffsetMap", "clean"]
