"""A small hand-built store for the web tests: known articles, records and offsets.

Records are built as the extractors would build them (``ArticleResult`` of contract records,
offsets found in the text) and written with the store's own writer, so the web layer is tested
against real rows without depending on what the extractors currently find. Story ids, one
cross-article contradiction and a run row are set directly: they are what clustering and the
runner would add.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from eventwire.records import (Article, ArticleResult, Contradiction, Count, DateRef, Entity, Event, Participant,
                               Quote, Span)
from eventwire.store.duckdb import open_store
from eventwire.store.writer import Batch, article_key

A1 = (
    "WASHINGTON — The United States killed General Qassim Suleimani in a drone strike in Baghdad early "
    "Friday, the Pentagon said.\n\n"
    "“He was plotting imminent and sinister attacks,” President Donald Trump said on Friday.\n\n"
    "Iran's foreign minister, Javad Zarif, called the strike “an act of international terrorism.”\n\n"
    "The Pentagon deployed 3,000 troops to Kuwait on Saturday.")
A2 = (
    "TEHRAN — Iran fired missiles at two bases hosting American troops in Iraq on Wednesday.\n\n"
    "“We do not seek escalation or war,” Zarif wrote on Twitter.\n\n"
    "A letter from a U.S. general said American forces would leave Iraq. "
    "Mark Esper, the Secretary of Defense, said there had been no decision to leave Iraq.\n\n"
    "The United States accused Iran of reckless aggression on Wednesday.")
A3 = (
    "BAGHDAD — The United States killed Iranian General Qassim Suleimani with a drone strike at Baghdad "
    "airport early Friday, the Pentagon said. Iran vowed revenge.")


def span(text: str, needle: str, nth: int = 0) -> Span:
    """The ``nth`` occurrence of ``needle`` in ``text`` as a Span (AssertionError when absent)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle), needle)


def party(text: str, needle: str, name: str, country: str, sector: str | None, entity: str | None) -> Participant:
    s = span(text, needle)
    return Participant(name, country, sector, s.start, s.end, entity)


def quote(text: str, said: str, kind: str, speaker: str | None, entity: str | None, mention: str,
          cue: str) -> Quote:
    q = span(text, said)
    return Quote(q.text, q.start, q.end, kind, speaker, entity, span(text, mention), span(text, cue))


def event(text: str, type_: str, actor: Participant, recipient: Participant, date: str, evidence: str,
          score: float, quad: int, factuality: str = "asserted") -> Event:
    return Event(type_, None, factuality, actor, recipient, date, None, span(text, evidence), score,
                 quad_class=quad)


def _entities(text: str, people: list[tuple[str, str, str | None, str | None, str | None, list[str]]]
              ) -> list[Entity]:
    return [Entity(eid, name, typ, role, country, "GOV" if typ == "PERSON" else None,
                   tuple(span(text, m) for m in mentions))
            for eid, (name, typ, role, country, _, mentions) in
            ((f"e{i}", p) for i, p in enumerate(people, 1))]


def article1() -> ArticleResult:
    t = A1
    ents = _entities(t, [("Donald Trump", "PERSON", "President", "USA", None, ["Donald Trump"]),
                         ("Javad Zarif", "PERSON", "foreign minister", "IRN", None, ["Javad Zarif"]),
                         ("Pentagon", "ORG", None, "USA", None, ["Pentagon"])])
    usa, irn = party(t, "United States", "United States", "USA", "GOV", None), party(
        t, "Qassim Suleimani", "Qassim Suleimani", "IRN", "MIL", None)
    first = t.index("The United States")
    return ArticleResult(
        Article("fixture/a1.txt", t, "2020-01-04", "U.S. strike kills Iranian general", "https://example.org/a1"),
        entities=ents,
        quotes=[quote(t, "“He was plotting imminent and sinister attacks,”", "direct", "Donald Trump", "e1",
                      "Donald Trump", "said"),
                quote(t, "“an act of international terrorism.”", "partial", "Javad Zarif", "e2", "Javad Zarif",
                      "called")],
        events=[event(t, "ASSAULT", usa, irn, "2020-01-03", t[first:t.index("\n\n")], -10.0, 4),
                event(t, "MOBILIZE", party(t, "Pentagon", "Pentagon", "USA", "MIL", "e3"),
                      party(t, "Kuwait", "Kuwait", "KWT", None, None), "2020-01-04",
                      "The Pentagon deployed 3,000 troops to Kuwait on Saturday.", -7.2, 4)],
        counts=[Count(3000.0, "3,000 troops", *_se(t, "3,000 troops"), "military_personnel")],
        dates=[DateRef("early Friday", *_se(t, "early Friday"), "2020-01-03"),
               DateRef("Saturday", *_se(t, "Saturday"), "2020-01-04")])


def _se(text: str, needle: str) -> tuple[int, int]:
    s = span(text, needle)
    return s.start, s.end


def article2() -> ArticleResult:
    t = A2
    ents = _entities(t, [("Javad Zarif", "PERSON", "foreign minister", "IRN", None, ["Zarif"]),
                         ("Mark Esper", "PERSON", "Secretary of Defense", "USA", None, ["Mark Esper"])])
    letter = span(t, "A letter from a U.S. general said American forces would leave Iraq.")
    denial = span(t, "Mark Esper, the Secretary of Defense, said there had been no decision to leave Iraq.")
    return ArticleResult(
        Article("fixture/a2.txt", t, "2020-01-08", "Iran strikes bases; Pentagon denies withdrawal"),
        entities=ents,
        quotes=[quote(t, "“We do not seek escalation or war,”", "direct", "Javad Zarif", "e1", "Zarif", "wrote"),
                quote(t, "there had been no decision to leave Iraq", "indirect", "Mark Esper", "e2", "Mark Esper",
                      "said")],
        events=[event(t, "ASSAULT", party(t, "Iran", "Iran", "IRN", None, None),
                      party(t, "American troops", "American troops", "USA", "MIL", None), "2020-01-08",
                      "Iran fired missiles at two bases hosting American troops in Iraq on Wednesday.", -10.0, 4),
                event(t, "ACCUSE", party(t, "The United States", "United States", "USA", "GOV", None),
                      party(t, "Iran", "Iran", "IRN", None, None, ), "2020-01-08",
                      "The United States accused Iran of reckless aggression on Wednesday.", -2.0, 3),
                event(t, "RETREAT", party(t, "American forces", "American forces", "USA", "MIL", None),
                      party(t, "Iraq", "Iraq", "IRQ", None, None), "2020-01-08", letter.text, 7.0, 2,
                      factuality="disputed")],
        counts=[Count(2.0, "two bases", *_se(t, "two bases"), "targets")],
        dates=[DateRef("Wednesday", *_se(t, "Wednesday"), "2020-01-08")],
        contradictions=[Contradiction(letter, denial, "withdrawal announced vs. no decision to leave")])


def article3() -> ArticleResult:
    t = A3
    return ArticleResult(
        Article("fixture/a3.txt", t, "2020-01-03", "Drone strike at Baghdad airport", "https://news.example/a3"),
        events=[event(t, "ASSAULT", party(t, "The United States", "United States", "USA", "GOV", None),
                      party(t, "Qassim Suleimani", "Qassim Suleimani", "IRN", "MIL", None), "2020-01-03",
                      t[:t.index(" Iran vowed")], -10.0, 4),
                event(t, "THREATEN", party(t, "Iran", "Iran", "IRN", None, None),
                      party(t, "United States", "United States", "USA", "GOV", None), "2020-01-03",
                      "Iran vowed revenge.", -4.4, 3)])


@dataclass(frozen=True)
class FixtureStore:
    path: Path
    keys: dict[str, str]  # article id -> article_key
    results: dict[str, ArticleResult]


def build(path: Path) -> FixtureStore:
    """Write the three fixture articles (plus story ids, a cross contradiction, a run) to ``path``."""
    results = {r.article.id: r for r in (article1(), article2(), article3())}
    keys = {aid: article_key(r.article.text) for aid, r in results.items()}
    con = open_store(path)
    batch = Batch()
    for aid, res in results.items():
        batch.add_result(res, keys[aid], "run-fixture", None)
    batch.write(con)
    story = keys["fixture/a1.txt"]
    con.execute("UPDATE articles SET story_id = $s WHERE article_key IN ($a, $b)",
                {"s": story, "a": keys["fixture/a1.txt"], "b": keys["fixture/a3.txt"]})
    a, b = span(A1, "the Pentagon said"), span(A3, "Iran vowed revenge.")
    con.execute("INSERT INTO cross_contradictions VALUES ('xc1', $s, $ka, $as, $ae, $at, $kb, $bs, $be, $bt, $r)",
                {"s": story, "ka": keys["fixture/a1.txt"], "as": a.start, "ae": a.end, "at": a.text,
                 "kb": keys["fixture/a3.txt"], "bs": b.start, "be": b.end, "bt": b.text,
                 "r": "fixture: cross-article pair"})
    now = dt.datetime(2020, 1, 9, 12, 0)
    con.execute("INSERT INTO runs (run_id, started_at, finished_at, status, model, articles_new, records, "
                "problems, seconds) VALUES ('run-fixture', $t, $t, 'finished', 'hand-built', 3, 30, 0, 0.1)",
                {"t": now})
    con.close()
    return FixtureStore(path, keys, results)


def add_results(path: Path, results: list[ArticleResult]) -> dict[str, str]:
    """Write more (e.g. pipeline-made) results into the store at ``path``; article id -> key."""
    con = open_store(path)
    batch = Batch()
    keys = {}
    for res in results:
        keys[res.article.id] = article_key(res.article.text)
        batch.add_result(res, keys[res.article.id], "run-fixture", None)
    batch.write(con)
    con.close()
    return keys
