"""Segmentation of article text into highlighted segments (hand-built annotations, no model)."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventwire.web.highlight import Annotation, record_annotations, segments


def test_overlapping_spans_cut_at_every_boundary():
    text = "Esper said “no decision” today."
    anns = [Annotation(0, 5, "entity", "e1"), Annotation(11, 24, "quote", "q1", speaker="Mark Esper"),
            Annotation(0, 31, "event", "v1")]
    segs = segments(text, anns)
    assert "".join(s.text for s in segs) == text
    assert [(s.text, s.kinds) for s in segs] == [
        ("Esper", ["entity", "event"]), (" said ", ["event"]), ("“no decision”", ["event", "quote"]),
        (" today.", ["event"])]
    assert segs[0].anchors == ["v1", "e1"] and segs[2].anchors == ["q1"]
    assert segs[2].speaker == "Mark Esper" and segs[1].speaker is None


def test_out_of_range_and_empty_spans_are_dropped_or_clipped():
    segs = segments("abc", [Annotation(-5, 2, "count", "c"), Annotation(2, 2, "date", "d"),
                            Annotation(3, 9, "quote", "q"), Annotation(2, 99, "event", "v")])
    assert [(s.text, s.kinds) for s in segs] == [("ab", ["count"]), ("c", ["event"])]


def test_annotations_from_query_rows_skip_rows_without_spans():
    anns = record_annotations({
        "entities": [{"record_id": "e", "name": "Iran", "type": "GPE", "role": None, "country": "IRN",
                      "sector": None, "mentions": [[0, 4], [10, 14]]}],
        "quotes": [{"record_id": "q", "start": 5, "end": 9, "kind": "direct", "speaker": None,
                    "cue_start": None, "cue_end": None}],
        "events": [{"record_id": "v", "evidence_start": None, "evidence_end": None, "type": "ASSAULT",
                    "factuality": "asserted"}],
        "contradictions": [{"record_id": "c", "a_start": 0, "a_end": 4, "b_start": 10, "b_end": 14,
                            "reason": "r"}]})
    assert sorted((a.kind, a.record_id, a.start) for a in anns) == [
        ("contra", "c-a", 0), ("contra", "c-b", 10), ("entity", "e", 0), ("entity", "e", 10), ("quote", "q", 5)]


spans = st.tuples(st.integers(-3, 60), st.integers(-3, 60), st.sampled_from(["quote", "entity", "event"]))


@given(text=st.text(max_size=50), raw=st.lists(spans, max_size=12))
def test_segments_always_rebuild_the_text_and_cover_exactly_their_spans(text, raw):
    anns = [Annotation(s, e, k, f"r{i}") for i, (s, e, k) in enumerate(raw)]
    segs = segments(text, anns)
    assert "".join(s.text for s in segs) == text
    for seg in segs:
        end = seg.start + len(seg.text)
        for a in anns:
            covers = a.start <= seg.start and end <= a.end and a.start < a.end and seg.text
            assert (a in seg.annotations or any(x.record_id == a.record_id for x in seg.annotations)) == bool(covers)
