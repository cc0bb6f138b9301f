"""Stored suggestions: versioned, recomputed without touching annotators' decisions; learning."""
from __future__ import annotations

import hashlib

import pytest

from annotate.suggest import SUGGESTER_VERSION
from annotate.suggest.storage import refresh_suggestions, stale_documents

TEXT_A = "今年4月,广元市总工会联合市人社局举办技能大赛,2500余名职工参加,发放奖金160多万元。"
TEXT_B = "去年9月,广元市总工会在旺苍县开展慰问活动,走访困难职工2973户。"


@pytest.fixture
def project(db_target):
    from annotate.project import open_project
    from store import close_database

    handle = open_project(db_target)
    yield handle
    close_database()


def _document(text: str) -> int:
    from store.models import Document

    return Document.create(content_hash=hashlib.sha256(text.encode()).hexdigest(), source="t.txt",
                           raw=text.encode(), encoding="utf-8", clean_text=text, length=len(text),
                           offset_map="{}", report="{}", cleaner_version="test", group_key="g").id


def _suggestions(doc_id: int) -> dict[tuple[str, str], object]:
    from store.models import Suggestion

    return {(s.text, s.label_id): s for s in Suggestion.select().where(Suggestion.document == doc_id)}


def test_refresh_stores_versioned_suggestions_once(project):
    doc = _document(TEXT_A)
    assert refresh_suggestions() == 1
    stored = _suggestions(doc)
    assert ("广元市总工会", "ORG") in stored and ("160多万元", "MONEY") in stored
    assert all(s.version == SUGGESTER_VERSION for s in stored.values())
    assert all(TEXT_A[s.start:s.end] == s.text for s in stored.values())
    assert refresh_suggestions() == 0  # already current
    assert stale_documents() == []


def test_recompute_keeps_decided_suggestions(project):
    from annotate import ops
    from store.models import Span, Suggestion, SuggestionDecision

    doc = _document(TEXT_A)
    refresh_suggestions()
    stored = _suggestions(doc)
    accepted = stored[("广元市总工会", "ORG")]
    rejected = stored[("160多万元", "MONEY")]
    ops.accept_suggestion(annotator="alice", suggestion_id=accepted.id)
    ops.reject_suggestion(annotator="alice", suggestion_id=rejected.id)
    Suggestion.update(version="old").where(Suggestion.document == doc).execute()
    assert stale_documents() == [doc]
    assert refresh_suggestions(force=True) == 1
    after = _suggestions(doc)
    assert after[("广元市总工会", "ORG")].id == accepted.id
    assert after[("160多万元", "MONEY")].id == rejected.id
    assert SuggestionDecision.select().count() == 2
    assert Span.get().suggestion_id == accepted.id
    undecided = [s for key, s in after.items() if s.id not in (accepted.id, rejected.id)]
    assert undecided and all(s.version == SUGGESTER_VERSION for s in undecided)
    assert refresh_suggestions() == 0


def test_learned_rows_drive_suggestions(project):
    from store.models import LearnedPattern

    LearnedPattern.create(text="兴瑞公司", label="ORG", accepted=1, rejected=0)
    LearnedPattern.create(text="旺苍县", label="LOC", accepted=0, rejected=3)
    doc = _document("兴瑞公司职工在旺苍县参加培训。")
    refresh_suggestions()
    stored = _suggestions(doc)
    assert ("兴瑞公司", "ORG") in stored
    assert ("旺苍县", "LOC") not in stored  # rejected repeatedly: suppressed


def test_accepting_an_organization_once_suggests_it_in_the_next_document(project):
    from annotate import ops

    first = _document("本月,星河纺织与职工代表签订协议。")
    refresh_suggestions()
    assert ("星河纺织", "ORG") not in _suggestions(first)
    start = "本月,星河纺织与职工代表签订协议。".index("星河纺织")
    ops.add_span(annotator="alice", document_id=first, start=start, end=start + 4, label="ORG")
    second = _document("星河纺织工会召开职工代表大会。")
    refresh_suggestions([second])
    assert ("星河纺织", "ORG") in _suggestions(second)


def test_accepting_a_suggested_organization_makes_it_a_pattern(project):
    from annotate import ops

    first = _document(TEXT_A)
    refresh_suggestions()
    org = _suggestions(first)[("市人社局", "ORG")]
    ops.accept_suggestion(annotator="alice", suggestion_id=org.id)
    second = _document("市人社局今年组织专项检查。")
    refresh_suggestions([second])
    got = _suggestions(second)[("市人社局", "ORG")]
    assert got.source in ("learned", "orgs")


def test_a_convention_taught_on_one_document_reaches_documents_imported_before(project):
    from annotate import ops
    from annotate.suggest.storage import refresh_on_open

    first = _document("2012年以来，全县新建职工之家40家；2016年以来，累计培训职工3000人次。")
    second = _document("2019年以来，县总工会累计发放助学金80万元。")
    refresh_suggestions()  # both imported before anyone decided anything
    before = _suggestions(second)
    assert ("2019年", "DATE") in before
    money_id = before[("80万元", "MONEY")].id
    stamp = None
    for year in ("2012年", "2016年"):  # the second time the same edge is moved, it is the project's way
        date = _suggestions(first)[(year, "DATE")]
        span_id = ops.accept_suggestion(annotator="alice", suggestion_id=date.id).span_ids[0]
        ops.resize_span(annotator="alice", span_id=span_id, start=date.start, end=date.end + 2)
        changed, stamp = refresh_on_open(second, seen=stamp)
        assert changed
        assert (("2019年以来", "DATE") in _suggestions(second)) == (year == "2016年")

    after = _suggestions(second)
    assert ("2019年", "DATE") not in after
    assert after[("80万元", "MONEY")].id == money_id  # a suggestion still made keeps its row
    assert refresh_on_open(second, seen=stamp) == (False, stamp)  # nothing learned since
    assert ("2012年", "DATE") in _suggestions(first)  # the decided row stays as the annotator saw it


def test_opening_a_document_recomputes_suggestions_of_an_older_version(project):
    from annotate import ops
    from annotate.suggest.storage import refresh_on_open
    from store.models import Suggestion

    doc = _document(TEXT_A)
    refresh_suggestions()
    accepted = _suggestions(doc)[("广元市总工会", "ORG")]
    ops.accept_suggestion(annotator="alice", suggestion_id=accepted.id)
    Suggestion.update(version="suggest-0-old").execute()  # as an earlier release left them
    Suggestion.create(document=doc, start=0, end=2, label="PER", text=TEXT_A[:2], score=0.9,
                      source="old", version="suggest-0-old")  # something the old version got wrong

    changed, stamp = refresh_on_open(doc)
    after = _suggestions(doc)
    assert changed and ("今年", "PER") not in after
    assert after[("广元市总工会", "ORG")].id == accepted.id  # decided: kept, and brought to the version
    assert all(s.version == SUGGESTER_VERSION for s in after.values())
    assert refresh_on_open(doc, seen=stamp) == (False, stamp)  # up to date now
