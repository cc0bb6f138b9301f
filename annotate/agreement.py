"""Inter-annotator agreement: pure metrics over plain data, then a report loaded from the database.

The metrics take plain values, so tests can cross-check them against ``seqeval`` and ``krippendorff``
without a database:

* ``Spans`` is a set of ``(start, end, label)`` triples (code-point offsets, end exclusive);
* ``Versions`` maps annotator name → document id → ``Spans``;
* ``lengths`` maps document id → length of the document's clean text.

Definitions (what the numbers mean, kept here because the figures are only as useful as these):

* **exact span F1**: a span matches when start, end and label are all equal. F1 = 2·tp / (|A| + |B|),
  which is symmetric and equals seqeval's F1 with either annotator taken as the truth.
* **overlap span F1**: a pair of spans may match when the labels are equal and the ranges overlap by
  at least one character; matching is one-to-one, greedy by overlap size (largest overlap first; ties
  broken by A's start, then B's start), so one long span cannot match two short ones.
* **Cohen's kappa**: over characters tagged B-X / I-X / O (O included), on the documents both
  annotators finished; when chance agreement is 1 (both used only one tag) kappa is 1.0.
* **Krippendorff's alpha** (nominal): every character of every document is a unit, each annotator who
  finished that document a coder, the value its BIO tag; units with fewer than two coders drop out.
* **overall**: span F1 pools the counts of every pair (micro average); kappa is Light's kappa (the mean
  of the pairwise kappas); alpha uses all annotators at once.
* **confusion**: spans of two annotators paired one-to-one by overlap regardless of label (greedy by
  overlap size); unpaired spans count against ``"missing"``. Rows are the first annotator's labels.

Overlapping spans of one annotator (the default schema forbids them, but imports may carry them) are
tagged in BIO by start order, a later span never overwriting characters an earlier one holds.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Callable, Iterable, Mapping, Optional, Sequence

from annotate.progress import NULL_REPORTER, Reporter

SpanT = tuple[int, int, str]
Spans = set[SpanT]
Versions = Mapping[str, Mapping[int, Spans]]

MISSING = "missing"
OUTSIDE = "O"


# --------------------------------------------------------------------------------------------------
# span matching


def _overlap(a: SpanT, b: SpanT) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def greedy_overlap_pairs(a: Iterable[SpanT], b: Iterable[SpanT], *,
                         same_label: bool = True) -> list[tuple[SpanT, SpanT]]:
    """Pair spans of A and B one-to-one by overlap, largest overlap first (see module docstring)."""
    candidates = []
    b_list = sorted(b)
    if not b_list:
        return []
    starts = [sb[0] for sb in b_list]
    longest = max(sb[1] - sb[0] for sb in b_list)
    for sa in sorted(a):
        # a B span starting before sa.start - longest cannot reach sa
        for i in range(bisect_left(starts, sa[0] - longest), len(b_list)):
            sb = b_list[i]
            if sb[0] >= sa[1]:
                break
            size = min(sa[1], sb[1]) - max(sa[0], sb[0])
            if size > 0 and (not same_label or sa[2] == sb[2]):
                candidates.append((-size, sa[0], sb[0], sa, sb))
    candidates.sort(key=lambda c: c[:3] + (c[3][1], c[3][2], c[4][1], c[4][2]))
    used_a: set[SpanT] = set()
    used_b: set[SpanT] = set()
    pairs = []
    for _, _, _, sa, sb in candidates:
        if sa in used_a or sb in used_b:
            continue
        used_a.add(sa)
        used_b.add(sb)
        pairs.append((sa, sb))
    return pairs


@dataclass
class MatchCounts:
    """Counts for F1: matched spans and the number of spans on each side."""

    tp: int = 0
    n_a: int = 0
    n_b: int = 0

    def add(self, other: "MatchCounts") -> None:
        self.tp += other.tp
        self.n_a += other.n_a
        self.n_b += other.n_b

    @property
    def f1(self) -> Optional[float]:
        """2·tp/(|A|+|B|); None when neither side has a span (F1 is undefined, not perfect)."""
        total = self.n_a + self.n_b
        return None if total == 0 else 2 * self.tp / total

    @property
    def precision(self) -> Optional[float]:
        """Precision of B against A taken as the truth."""
        return None if self.n_b == 0 else self.tp / self.n_b

    @property
    def recall(self) -> Optional[float]:
        return None if self.n_a == 0 else self.tp / self.n_a


def exact_counts(a: Spans, b: Spans) -> MatchCounts:
    return MatchCounts(len(set(a) & set(b)), len(a), len(b))


def overlap_counts(a: Spans, b: Spans) -> MatchCounts:
    return MatchCounts(len(greedy_overlap_pairs(a, b)), len(a), len(b))


def _by_label(spans: Iterable[SpanT]) -> dict[str, Spans]:
    out: dict[str, Spans] = defaultdict(set)
    for s in spans:
        out[s[2]].add(s)
    return out


# --------------------------------------------------------------------------------------------------
# character tags, kappa and alpha


def bio_tags(spans: Iterable[SpanT], length: int) -> list[str]:
    """Character-level BIO tags of one annotator's spans over a text of ``length`` code points."""
    tags = [OUTSIDE] * length
    for start, end, label in sorted(spans):
        start, end = max(0, start), min(length, end)
        if start >= end or tags[start] != OUTSIDE:
            continue
        tags[start] = f"B-{label}"
        for i in range(start + 1, end):
            if tags[i] != OUTSIDE:
                break
            tags[i] = f"I-{label}"
    return tags


def cohen_kappa(a: Sequence[str], b: Sequence[str]) -> Optional[float]:
    """Cohen's kappa of two equally long label sequences; None for empty input."""
    if len(a) != len(b):
        raise ValueError(f"sequences differ in length: {len(a)} and {len(b)}")
    n = len(a)
    if n == 0:
        return None
    observed = sum(1 for x, y in zip(a, b) if x == y) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[v] * cb.get(v, 0) for v in ca) / (n * n)
    if expected >= 1.0:
        return 1.0  # both used one and the same tag throughout: perfect, though chance-level
    return (observed - expected) / (1 - expected)


def krippendorff_alpha_nominal(units: Iterable[Sequence[Optional[str]]]) -> Optional[float]:
    """Krippendorff's alpha, nominal level, for units given as each coder's value (None = no value).

    Identical units are grouped first (most characters are all-O), so long corpora stay cheap.
    Returns None when there is no pairable unit, 1.0 when every pairable value is the same.
    """
    coincidence: dict[tuple[str, str], float] = defaultdict(float)
    for unit, times in Counter(tuple(u) for u in units).items():
        values = Counter(v for v in unit if v is not None)
        m = sum(values.values())
        if m < 2:
            continue
        for v, cv in values.items():
            for w, cw in values.items():
                pairs = cv * (cw - 1) if v == w else cv * cw
                if pairs:
                    coincidence[(v, w)] += times * pairs / (m - 1)
    totals: dict[str, float] = defaultdict(float)
    for (v, _), x in coincidence.items():
        totals[v] += x
    n = sum(totals.values())
    if n <= 1:
        return None
    disagree = sum(x for (v, w), x in coincidence.items() if v != w)
    expected = (n * n - sum(t * t for t in totals.values())) / (n - 1)
    if expected == 0:
        return 1.0
    return 1.0 - disagree / expected


def alpha_units(versions: Versions, lengths: Mapping[int, int],
                tags: Optional[Callable[[str, int], list[str]]] = None) -> Iterable[tuple[Optional[str], ...]]:
    """One unit per character of every document: each annotator's BIO tag there, None if absent."""
    names = sorted(versions)
    tags = tags or (lambda n, d: bio_tags(versions[n][d], lengths[d]))
    for doc_id, length in lengths.items():
        rows = [tags(n, doc_id) if doc_id in versions[n] else [None] * length for n in names]
        if sum(doc_id in versions[n] for n in names) < 2:
            continue
        yield from zip(*rows)


# --------------------------------------------------------------------------------------------------
# pairs and the overall figures


@dataclass
class PairAgreement:
    a: str
    b: str
    documents: int
    exact: MatchCounts
    overlap: MatchCounts
    kappa: Optional[float]
    exact_by_label: dict[str, MatchCounts]
    overlap_by_label: dict[str, MatchCounts]
    confusion: dict[str, dict[str, int]]

    def to_dict(self) -> dict:
        return {
            "a": self.a, "b": self.b, "documents": self.documents,
            "span_f1_exact": _round(self.exact.f1), "span_f1_overlap": _round(self.overlap.f1),
            "kappa": _round(self.kappa),
            "spans_a": self.exact.n_a, "spans_b": self.exact.n_b,
            "matched_exact": self.exact.tp, "matched_overlap": self.overlap.tp,
            "by_label": {label: {"span_f1_exact": _round(self.exact_by_label[label].f1),
                                 "span_f1_overlap": _round(self.overlap_by_label[label].f1),
                                 "spans_a": self.exact_by_label[label].n_a,
                                 "spans_b": self.exact_by_label[label].n_b}
                         for label in sorted(self.exact_by_label)},
            "confusion": self.confusion,
        }


@dataclass
class AgreementReport:
    pairs: list[PairAgreement]
    exact: MatchCounts
    overlap: MatchCounts
    kappa: Optional[float]
    alpha: Optional[float]
    exact_by_label: dict[str, MatchCounts]
    confusion: dict[str, dict[str, int]]
    documents: int
    annotators: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "pairs": [p.to_dict() for p in self.pairs],
            "overall": {"span_f1_exact": _round(self.exact.f1),
                        "span_f1_overlap": _round(self.overlap.f1),
                        "kappa": _round(self.kappa), "alpha": _round(self.alpha),
                        "documents": self.documents, "annotators": self.annotators,
                        "by_label": {label: {"span_f1_exact": _round(c.f1)}
                                     for label, c in sorted(self.exact_by_label.items())}},
            "confusion": self.confusion,
        }


def _round(x: Optional[float]) -> Optional[float]:
    return None if x is None else round(x, 4)


def confusion_table(a: Spans, b: Spans) -> Counter:
    """(label of A, label of B) counts over spans paired by overlap; unpaired ones against MISSING."""
    pairs = greedy_overlap_pairs(a, b, same_label=False)
    table: Counter = Counter((sa[2], sb[2]) for sa, sb in pairs)
    paired_a = {sa for sa, _ in pairs}
    paired_b = {sb for _, sb in pairs}
    table.update((s[2], MISSING) for s in a if s not in paired_a)
    table.update((MISSING, s[2]) for s in b if s not in paired_b)
    return table


def _nested(table: Counter) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for (x, y), n in sorted(table.items()):
        out.setdefault(x, {})[y] = n
    return out


def pair_agreement(a_name: str, a: Mapping[int, Spans], b_name: str, b: Mapping[int, Spans],
                   lengths: Mapping[int, int],
                   tags: Optional[Callable[[str, int], list[str]]] = None) -> PairAgreement:
    """Agreement of two annotators over the documents both have a version of.

    ``tags(name, doc)`` may supply cached BIO tags (compute_agreement shares them across pairs).
    """
    if tags is None:
        def tags(name: str, doc: int) -> list[str]:
            return bio_tags((a if name == a_name else b)[doc], lengths[doc])
    shared = sorted(set(a) & set(b))
    exact, overlap = MatchCounts(), MatchCounts()
    exact_lab: dict[str, MatchCounts] = defaultdict(MatchCounts)
    overlap_lab: dict[str, MatchCounts] = defaultdict(MatchCounts)
    tags_a: list[str] = []
    tags_b: list[str] = []
    confusion: Counter = Counter()
    for doc in shared:
        sa, sb = set(a[doc]), set(b[doc])
        exact.add(exact_counts(sa, sb))
        overlap.add(overlap_counts(sa, sb))
        la, lb = _by_label(sa), _by_label(sb)
        for label in set(la) | set(lb):
            exact_lab[label].add(exact_counts(la.get(label, set()), lb.get(label, set())))
            overlap_lab[label].add(overlap_counts(la.get(label, set()), lb.get(label, set())))
        tags_a += tags(a_name, doc)
        tags_b += tags(b_name, doc)
        confusion.update(confusion_table(sa, sb))
    return PairAgreement(a_name, b_name, len(shared), exact, overlap, cohen_kappa(tags_a, tags_b),
                         dict(exact_lab), dict(overlap_lab), _nested(confusion))


def compute_agreement(versions: Versions, lengths: Mapping[int, int], *,
                      reporter: Reporter = NULL_REPORTER) -> AgreementReport:
    """Every pair of annotators who share at least one document, plus the overall figures."""
    names = sorted(versions)
    all_pairs = list(combinations(names, 2))
    pairs: list[PairAgreement] = []
    cache: dict[tuple[str, int], list[str]] = {}

    def tags(name: str, doc: int) -> list[str]:
        key = (name, doc)
        if key not in cache:
            cache[key] = bio_tags(versions[name][doc], lengths[doc])
        return cache[key]

    for i, (x, y) in enumerate(all_pairs):
        reporter.update(i, len(all_pairs) + 1, f"{x} / {y}")
        if set(versions[x]) & set(versions[y]):
            pairs.append(pair_agreement(x, versions[x], y, versions[y], lengths, tags))
    reporter.update(len(all_pairs), len(all_pairs) + 1, "alpha")
    exact, overlap = MatchCounts(), MatchCounts()
    by_label: dict[str, MatchCounts] = defaultdict(MatchCounts)
    confusion: Counter = Counter()
    for p in pairs:
        exact.add(p.exact)
        overlap.add(p.overlap)
        for label, counts in p.exact_by_label.items():
            by_label[label].add(counts)
        for x, row in p.confusion.items():
            for y, n in row.items():
                confusion[(x, y)] += n
    kappas = [p.kappa for p in pairs if p.kappa is not None]
    kappa = sum(kappas) / len(kappas) if kappas else None
    shared_docs = {d for n in names for d in versions[n]
                   if sum(d in versions[m] for m in names) >= 2}
    alpha = krippendorff_alpha_nominal(alpha_units(versions, {d: lengths[d] for d in sorted(shared_docs)}, tags))
    reporter.update(len(all_pairs) + 1, len(all_pairs) + 1, "done")
    return AgreementReport(pairs, exact, overlap, kappa, alpha, dict(by_label), _nested(confusion),
                           len(shared_docs), names)


# --------------------------------------------------------------------------------------------------
# the database layer


#: Which annotators' versions of a document count. "finished": an annotator's version counts when
#: their assignment for it is 'done', or when they have spans there and no assignment at all (work
#: imported or made outside the queues). "any": every annotator with spans or a 'done' assignment,
#: whatever the status, except 'skipped'.
INCLUDE_RULES = ("finished", "any")


def load_versions(*, include: str = "finished", document_ids: Optional[Iterable[int]] = None,
                  annotators: Optional[Iterable[str]] = None, min_annotators: int = 2,
                  ) -> tuple[dict[str, dict[int, Spans]], dict[int, int]]:
    """Load annotators' spans per document from the open database, following ``include``.

    Documents with fewer than ``min_annotators`` counted versions are left out.
    """
    from store.models import Annotator, Assignment, Document, Span

    if include not in INCLUDE_RULES:
        raise ValueError(f"include must be one of {INCLUDE_RULES}, not {include!r}")
    doc_filter = set(document_ids) if document_ids is not None else None
    name_filter = set(annotators) if annotators is not None else None
    names = {a.id: a.name for a in Annotator.select(Annotator.id, Annotator.name)}
    doc_filter_list = sorted(doc_filter) if doc_filter is not None else None
    aq = Assignment.select(Assignment.document, Assignment.annotator, Assignment.status)
    sq = Span.select(Span.document, Span.annotator, Span.start, Span.end, Span.label)
    if doc_filter_list is not None:
        aq = aq.where(Assignment.document.in_(doc_filter_list))
        sq = sq.where(Span.document.in_(doc_filter_list))
    status: dict[tuple[int, int], str] = {(d, a): st for d, a, st in aq.tuples()}
    spans: dict[tuple[int, int], Spans] = defaultdict(set)
    for s in sq.tuples():
        doc_id, ann_id, start, end, label = s
        spans[(doc_id, ann_id)].add((start, end, label))

    def counts(key: tuple[int, int]) -> bool:
        st = status.get(key)
        if include == "finished":
            return st == "done" or (st is None and key in spans)
        return st == "done" or (st != "skipped" and key in spans)

    versions: dict[str, dict[int, Spans]] = defaultdict(dict)
    for key in set(status) | set(spans):
        doc_id, ann_id = key
        if doc_filter is not None and doc_id not in doc_filter:
            continue
        name = names[ann_id]
        if name_filter is not None and name not in name_filter:
            continue
        if counts(key):
            versions[name][doc_id] = set(spans.get(key, set()))
    multi = Counter(d for v in versions.values() for d in v)
    versions = {n: {d: s for d, s in v.items() if multi[d] >= min_annotators} for n, v in versions.items()}
    versions = {n: v for n, v in versions.items() if v}
    wanted = {d for v in versions.values() for d in v}
    lengths = {d: n for d, n in Document.select(Document.id, Document.length)
               .where(Document.id.in_(list(wanted))).tuples()} if wanted else {}
    return versions, lengths


def agreement_report(*, include: str = "finished", document_ids: Optional[Iterable[int]] = None,
                     annotators: Optional[Iterable[str]] = None,
                     reporter: Reporter = NULL_REPORTER) -> AgreementReport:
    """Agreement over documents two or more annotators finished (see ``INCLUDE_RULES``)."""
    versions, lengths = load_versions(include=include, document_ids=document_ids, annotators=annotators)
    return compute_agreement(versions, lengths, reporter=reporter)


def gold_agreement(annotator_spans: Mapping[int, Spans], gold: Mapping[int, Spans]) -> MatchCounts:
    """Exact-match counts of one annotator against gold (gold taken as A, the truth)."""
    total = MatchCounts()
    for doc, g in gold.items():
        if doc in annotator_spans:
            total.add(exact_counts(set(g), set(annotator_spans[doc])))
    return total

