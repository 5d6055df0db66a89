"""Conservative pronoun resolution: he/him/his/she/her -> a PERSON cluster of the article.

Rules, in order, for a third-person singular pronoun outside quotation marks:

1. a possessive in the "for" phrase of a verb of judgement names the judged object ("Rubio
   criticized Obama for his visit"); else a person mentioned earlier in the same sentence: the
   nearest one that is a grammatical subject, else the nearest one ("Esper told reporters ...,
   although he said") -- never, for an object pronoun, its own clause's subject ("Sanders
   endorsed her": binding principle B);
2. a fronted subordinate clause ("While his unpredictability ..., Trump's disregard ...") points
   forward to the first person named after its comma;
3. otherwise the closest earlier sentence (up to ``MAX_SENTENCES_BACK`` back, skipping text inside
   quotation marks) that mentions a person: its subject, else its first person mentioned.

A candidate whose known gender differs from the pronoun's is skipped. Pronouns inside quotation
marks are left alone (they usually refer to someone the speaker talks about, and the quote
attribution must not lean on them). Not handled: plural "they", first/second person, pronouns
whose antecedent is an organisation, and cataphora outside fronted clauses.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..ontology.actors import titles
from ..ontology.precision import lists
from . import token_scan
from .roles import in_regions, is_subject
from .syntax import NON_FINITE_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: How many sentences back rule 3 looks for an antecedent.
MAX_SENTENCES_BACK = 4


@dataclass(frozen=True)
class PersonMention:
    """A mention of person cluster ``cluster`` at characters [start, end) / tokens [first, last)."""

    start: int
    end: int
    first: int
    last: int
    cluster: int
    subject: bool
    sent: int


def _sentence_index(doc: "Doc") -> list[int]:
    """Sentence number of every token (one pass over the Doc's sentence-start array: building a
    Token object per token costs ten times more)."""
    import numpy

    if not len(doc):
        return []
    starts = doc.to_array("SENT_START") == 1
    starts[0] = True
    return (numpy.cumsum(starts) - 1).tolist()


def _compatible(gender: str, cluster: int, genders: dict[int, str | None]) -> bool:
    known = genders.get(cluster)
    return known is None or known == gender


def _pick(cands: list[PersonMention], gender: str, genders: dict[int, str | None],
          subject_first: bool) -> int | None:
    ok = [c for c in cands if _compatible(gender, c.cluster, genders)]
    if not ok:
        return None
    subjects = [c for c in ok if c.subject]
    if subject_first and subjects:
        return subjects[-1].cluster
    return ok[-1].cluster


def _fronted_clause_target(doc: "Doc", i: int, sent_of: list[int], mentions: list[PersonMention],
                           starts: list[int]) -> int | None:
    sent = doc[i].sent
    if sent[0].lower_ not in titles().subordinators:
        return None
    comma = next((t.i for t in sent if t.text == "," and t.i > i), None)
    if comma is None:
        return None
    k = bisect.bisect_left(starts, doc[comma].idx)
    if k < len(mentions) and sent_of[mentions[k].first] == sent_of[i]:
        return mentions[k].cluster
    return None


def resolve_pronouns(doc: "Doc", mentions: list[PersonMention], genders: dict[int, str | None],
                     regions: list[tuple[int, int]]) -> list[PersonMention]:
    """Pronoun mentions resolved to clusters; ``mentions`` are the named/title mentions.

    Runs in O(tokens + pronouns * log(mentions)); ``genders`` maps cluster -> 'm'/'f'/None.
    """
    lex = titles()
    region_starts = [a for a, _ in regions]
    sent_of = _sentence_index(doc)
    pool = sorted((m for m in mentions if not in_regions(regions, region_starts, m.start)),
                  key=lambda m: m.start)
    starts = [m.start for m in pool]
    out: list[PersonMention] = []
    for i in token_scan.indices(doc, lex.pronouns):
        tok = doc[i]
        gender = lex.pronouns.get(tok.lower_)
        if gender is None or tok.pos_ != "PRON" and tok.tag_ != "PRP$":
            continue
        if in_regions(regions, region_starts, tok.idx):
            continue
        cluster = _judged_party(tok, gender, genders, pool) \
            or _resolve_one(doc, tok.i, gender, genders, pool, starts, sent_of)
        if cluster is None:
            continue
        m = PersonMention(tok.idx, tok.idx + len(tok.text), tok.i, tok.i + 1, cluster,
                          is_subject(tok), sent_of[tok.i])
        k = bisect.bisect_left(starts, m.start)
        pool.insert(k, m)
        starts.insert(k, m.start)
        out.append(m)
    return out


def _judged_party(tok: "Token", gender: str, genders: dict[int, str | None],
                  pool: list[PersonMention]) -> int | None:
    """'Rubio criticized Obama for his visit to Cuba', 'thanked Merkel for her support': a
    possessive in the "for" phrase of a verb of judgement (``ground_verbs``, precision.yaml) is the
    judged party's, the verb's object, not its subject's."""
    noun = tok.head
    prep = noun.head if tok.dep_ == "poss" else None
    if prep is None or prep.dep_ != "prep" or prep.lower_ != "for" or noun.dep_ != "pobj":
        return None
    verb = prep.head
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or verb.lemma_.lower() not in lists().ground_verbs:
        return None
    lo, hi = obj.left_edge.i, obj.right_edge.i
    found = [m for m in pool if lo <= m.first <= hi and _compatible(gender, m.cluster, genders)]
    return found[0].cluster if found else None


#: dependencies of a pronoun that is an object of its clause's verb
BOUND_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})


def _clause_subject(pron: "Token") -> "Token | None":
    """The subject of the clause whose object ``pron`` is ("Bernie Sanders endorsed her", "Kiir
    pardoned him"): a plain pronoun object never refers to its own clause's subject (a reflexive
    would), so that person is no antecedent (binding principle B); None for other pronouns."""
    if pron.dep_ not in BOUND_OBJECT_DEPS and not (pron.dep_ == "pobj" and pron.head.dep_ == "prep"):
        return None
    verb = pron.head if pron.dep_ != "pobj" else pron.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for _ in range(4):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        # a verb with no subject of its own shares one: a conjunct its first verb's ("pointed to
        # Clinton's support and praised her"), a non-finite complement or adverbial its
        # controller's -- the verb's subject ("began by crediting Trump and urging him"), or its
        # object when it has one ("accused Lewandowski of grabbing her": Lewandowski grabbed)
        controlled = verb.dep_ == "xcomp" or (verb.dep_ in ("pcomp", "advcl") and verb.tag_ in NON_FINITE_TAGS)
        if not (verb.dep_ == "conj" or controlled):
            return None
        verb = verb.head
        while verb.pos_ == "ADP" and verb.head is not verb:   # (a gerund under "by")
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
        if controlled and obj is not None:
            return obj   # object control: "accused Lewandowski of grabbing her" (Lewandowski grabbed)
    return None


def _resolve_one(doc: "Doc", i: int, gender: str, genders: dict[int, str | None],
                 pool: list[PersonMention], starts: list[int], sent_of: list[int]) -> int | None:
    k = bisect.bisect_left(starts, doc[i].idx)
    sent = sent_of[i]
    bound = _clause_subject(doc[i])
    barred = {m.cluster for m in pool[max(0, k - 12):k] if bound is not None and m.first <= bound.i < m.last}
    same = [m for m in pool[max(0, k - 12):k] if m.sent == sent and m.cluster not in barred]
    if same:
        return _pick(same, gender, genders, subject_first=True)
    forward = _fronted_clause_target(doc, i, sent_of, pool, starts)
    if forward is not None and _compatible(gender, forward, genders) and forward not in barred:
        return forward
    j = k - 1
    while j >= 0 and sent - pool[j].sent <= MAX_SENTENCES_BACK:
        s = pool[j].sent
        group = []
        while j >= 0 and pool[j].sent == s:
            if pool[j].cluster not in barred:
                group.append(pool[j])
            j -= 1
        group.reverse()
        subjects = [m for m in group if m.subject and _compatible(gender, m.cluster, genders)]
        if subjects:
            return subjects[0].cluster
        picked = [m for m in group if _compatible(gender, m.cluster, genders)]
        if picked:
            return picked[0].cluster
    return None
