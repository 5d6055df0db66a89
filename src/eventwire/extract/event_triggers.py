"""Event triggers: verbs and nouns of a sentence that name a PLOVER event, with a CAMEO code.

A verb is looked up by lemma in the trigger lexicon (PETRARCH2 CAMEO verb dictionary plus the
project's patterns); the best pattern whose keywords all occur in the verb's clause (after the
verb, or before it for subject keywords) gives the CAMEO code, else the verb's default code.
A noun trigger ("a U.S. drone strike") counts only when its phrase names who acted.
Embedding words (vow, refuse, urge ...) recode themselves from the event they embed.

Not handled: keyword order inside a pattern and PETRARCH's source/target markers ($, +) are
ignored; idioms spread over several clauses; triggers that spaCy tags as neither VERB nor NOUN.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from spacy.parts_of_speech import NOUN, PROPN, VERB

from ..ontology import plover
from ..ontology.actors import agent_sector, code_actor
from ..ontology.implicit import implicit, implied_agent_for
from ..ontology.grammar import grammar
from ..ontology.precision import lists
from ..ontology.lexicons import dates_lexicon
from . import token_scan
from .factuality import backshifted_will, for_to, foreseen, quality_clause
from .syntax import (ACTOR_ENTS, ACTOR_MODS, BODY_NAME_ENTS, EMBED_DEPS, FINITE_TAGS, GERUND_NOUN_DEPS, OTHER_CLAUSE,
                     PURPOSE_DEPS, TIME_ENTS, WH_TAGS, first_person, lemma, simple_past, subjectless_infinitive)

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

#: ... and for pattern keywords, complement clauses too ("announced [it was suspending ...]")
PATTERN_SKIP = OTHER_CLAUSE | {"ccomp"}
#: how far after the verb pattern keywords are looked for (tokens)
WINDOW = 15
#: ... at most this many links up
EMBED_HOPS = 2
#: perfect auxiliaries: "should have done" is a reproach about the past, not a demand
PERFECT = frozenset({"have", "'ve"})


@dataclass(frozen=True)
class Trigger:
    token: "Token"
    code: str
    info: plover.CameoInfo
    how: str                      # pattern | verb | noun | embedded
    embedded: "Token | None" = None   # the trigger this one embeds (vow -> strike)
    embed_kind: str | None = None     # the kind of embedding word that embeds *this* trigger
    refusal: bool = False             # a negated act recoded as REJECT (its negation is used up)
    prob: float | None = None         # the event model's probability for this type, when it ran
    rules: tuple[str, ...] = ()       # names of the rules that coded it, in order (``trace``)


def _words(tokens: list["Token"]) -> set[str]:
    """The tokens' lower-case forms and lemmas (read off the document's lists, ``token_scan``:
    this runs for every verb of the lexicon) and "@" + their entity labels."""
    out: set[str] = set()
    if not tokens:
        return out
    doc = tokens[0].doc
    lowers, lemmas = token_scan.lowers(doc), token_scan.lemmas(doc)
    for t in tokens:
        out.add(lowers[t.i])
        out.add(lemmas[t.i])
        if t.ent_type_:
            out.add("@" + t.ent_type_)
    return out


def _clause_parts(verb: "Token") -> tuple[list["Token"], list["Token"]]:
    """Tokens of the verb's own clause before and after it (other clauses left out)."""
    pre: list["Token"] = []
    post: list["Token"] = []
    reporting = lemma(verb) in plover.factuality_cues().reporting_heads
    no_heads = _no_heads(verb.doc)
    attribution = grammar().attribution_words
    for child in verb.children:
        if (child.dep_ in PATTERN_SKIP and not for_to(child) and not _small_clause(child)) \
                or child.lower_ in attribution or _adjunct(child):
            continue   # (a "for X to V" clause is the verb's complement: "called for Obama to resign")
        if reporting and child.dep_ == "xcomp" and child.tag_ == "VBG":
            continue   # "reported spending $6 million attacking Clinton": what is reported, as a ccomp is
            # (not an infinitive: "told to deal firmly with the rioters" is an order)
        subject = child.dep_ in ("nsubj", "nsubjpass", "csubj")   # (an inverted subject: "said Dean Baker, ...")
        for t in _own_clause(child):
            # (a particle belongs to its own verb: "the showing off" gives "attacking" no "off")
            if not (no_heads and _denied(t, no_heads)) and not (t.dep_ == "prt" and t.head.i != verb.i):
                (pre if t.i < verb.i or subject else post).append(t)
    post = [t for t in post if t.i - verb.i <= WINDOW]
    return pre, post


def venue_of_words(noun: "Token") -> bool:
    """A medium or a platform of speech (precision.yaml ``verbal_attacks.word_venues``: "a press
    release", "the stage", "Twitter")."""
    venues = lists().verbal_attacks.word_venues
    return noun.lower_ in venues or lemma(noun) in venues


def _adjunct(prep: "Token") -> bool:
    """A prepositional adjunct of time, place or occasion ("at town hall meetings", "during the
    debate", "in Ohio"), the medium a reporting verb's words were given in ("said in a press
    release": precision.yaml ``verbal_attacks.word_venues``), or a reason clause ("mocked Trump
    for calling himself ...", "attacked Trump for the greed, the showing off" under a verb of
    judgement, ``ground_verbs``): no argument of the verb, so its words do not select the verb's
    pattern (``grammar.yaml`` adjunct_prepositions, ``precision.yaml`` occasion_nouns)."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ == "for" and (any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)
                                 or prep.head.lemma_.lower() in lists().ground_verbs):
        return True   # ("ripped Clinton for her anti-gun agenda": the ground of a judgement)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is not None and obj.ent_type_ in TIME_ENTS:
        return True   # a time phrase never selects a sense ("campaigned ... on Monday" is no "campaign on")
    if obj is not None and prep.lower_ in grammar().medium_prepositions and venue_of_words(obj) \
            and prep.head.lemma_.lower() in plover.factuality_cues().reporting_heads:
        return True   # the medium words were given in ("said in a press release", "stated in a release")
    if prep.lower_ not in grammar().adjunct_prepositions:
        return False
    return obj is not None and (obj.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC")
                                or obj.lemma_.lower() in lists().place_nouns
                                or obj.lemma_.lower() in lists().occasion_nouns)


#: Doc.user_data key of the indices of the tokens that have a "no" determiner (``_no_heads``)
_NO_HEADS = "eventwire.event_triggers.no_heads"


def _no_heads(doc: "Doc") -> frozenset[int]:
    """Indices of the tokens with a child "no" attached as det or neg ("no arrests"), found once
    per document (kept in ``doc.user_data``): what ``_denied`` looks for among a token's children."""
    found = doc.user_data.get(_NO_HEADS)
    if found is None:
        found = doc.user_data[_NO_HEADS] = frozenset(
            t.head.i for t in (doc[i] for i in token_scan.indices(doc, ("no",)))
            if t.dep_ in ("det", "neg") and t.head.i != t.i)
    return found


def _denied(tok: "Token", no_heads: frozenset[int]) -> bool:
    """A word of a noun phrase determined by "no" ("reported no arrests"): what is said not to be.
    ``no_heads``: the document's ``_no_heads``."""
    node = tok
    for _ in range(3):
        if node.i in no_heads:   # (a child "no" as det or neg)
            return True
        if node.dep_ not in ("compound", "amod", "nummod", "det") or node.head is node:
            return False
        node = node.head
    return False


def _small_clause(c: "Token") -> bool:
    """'found [the minister guilty]': a verbless complement (headed by an adjective or noun) is
    the verb's object and what is said of it, not a clause of its own. Not under a reporting
    verb, nor with an object of its own: there the "noun" is a mistagged verb ("said Trump's deal
    cements despair")."""
    return c.dep_ == "ccomp" and c.pos_ in ("ADJ", "NOUN", "PROPN") \
        and c.head.lemma_.lower() not in plover.factuality_cues().reporting_heads \
        and not any(g.dep_ == "dobj" for g in c.children)


def _own_clause(tok: "Token") -> list["Token"]:
    """The token's subtree without relative clauses and wh-clauses: "support a resolution that
    aims to tighten sanctions" supports a resolution; the sanctions belong to the resolution's own
    clause."""
    out = [tok]
    for c in tok.children:
        if c.dep_ != "relcl" and not _wh_clause(c):
            out.extend(_own_clause(c))
    return out


def _wh_clause(c: "Token") -> bool:
    """A free relative or indirect question ("hinted at what some of his plans might include"):
    its words name what is talked about, not the verb's argument."""
    return c.pos_ in ("VERB", "AUX") and c.dep_ in ("pcomp", "ccomp", "acl") \
        and any(g.tag_ in WH_TAGS and g.i < c.i for g in c.children)


def _has(keyword: tuple[frozenset[str], tuple[tuple[str, ...], ...]], words: set[str]) -> bool:
    singles, multi = keyword
    if not singles.isdisjoint(words):
        return True
    for alt in multi:   # (a loop and issuperset, not any(all(...)): this runs for every keyword tried)
        if words.issuperset(alt):
            return True
    return False


def _matches(pat: plover.Pattern, pre: set[str], post: set[str]) -> bool:
    for keyword in pat.post_fast:   # (loops, not all(...): this runs for every candidate pattern)
        if not _has(keyword, post):
            return False
    for keyword in pat.pre_fast:
        if not _has(keyword, pre):
            return False
    return True


def _candidate_patterns(entry: plover.VerbEntry, anchors: set[str]) -> list[int]:
    """Positions of the entry's patterns whose anchor word occurs (others cannot match).
    ``anchors``: the clause's words as index keys, ">" + a word after the verb, "<" + one before."""
    index = entry.index or {}
    found = set(entry.always)
    # (the smaller side looked up in the other: ``index.keys() & anchors`` would copy every key of
    # a large index, "say" has 147, for each verb)
    small, large = (anchors, index) if len(anchors) < len(index) else (index, anchors)
    for key in small:
        if key in large:
            found.update(index[key])
    return sorted(found)


def _rest_ok(verb: "Token", rest: tuple[str, ...]) -> bool:
    """A multi-word verb's particles ("pull ... out") among its children or the next tokens."""
    if not rest:
        return True
    near = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "advmod", "dobj")}
    doc = verb.doc
    near |= {doc[i].lower_ for i in range(verb.i + 1, min(len(doc), verb.i + 4))}
    return all(w in near for w in rest)


def verb_code(verb: "Token") -> tuple[str | None, str]:
    """(CAMEO code or None, how) for a verb token, from the trigger lexicon."""
    code, how, _ = verb_match(verb)
    return code, how


def verb_match(verb: "Token") -> tuple[str | None, str, str]:
    """(CAMEO code or None, how, rule name) for a verb token, from the trigger lexicon."""
    verbs = plover.lexicon().verbs
    entries = verbs.get(verb.lemma_.lower()) or verbs.get(verb.lower_) or verbs.get(_regular_base(verb, verbs) or "")
    if not entries:
        return None, "", ""
    pre_t, post_t = _clause_parts(verb)
    moved = _passive_object(verb)
    if moved:   # "assistance was provided by the US": the passive subject is the verb's object
        pre_t = [t for t in pre_t if t.i not in moved]
        post_t = post_t + [verb.doc[i] for i in sorted(moved)]
    pre, post = _words(pre_t), _words(post_t)
    if moved or any(c.dep_ == "dobj" for c in verb.children):
        post.add("@OBJ")
    if lemma(verb) in lists().complement_keyword_verbs:   # "invited X to visit": what it invites to
        post.update(c.lemma_.lower() for c in verb.children
                    if c.dep_ in ("xcomp", "advcl") and any(a.tag_ == "TO" for a in c.children))
    used = _parse_keywords(entries)   # (read off the parse only for verbs whose patterns use them)
    judged = judgement(verb) if used & {"@PEJORATIVE", "@LAUDATORY"} else None
    if judged:   # "called the senator a liar": the predicate's judgement is a keyword
        post.add(judged)
    if "@COMPLEMENT" in used and has_complement(verb):   # "called on Nepal to release ...": what is asked is said
        post.add("@COMPLEMENT")
    if "@ON" in used and _own_on_phrase(verb):   # "called on the Governor"
        post.add("@ON")
    if any(w.startswith(plover.OBJECT_KEYWORD) for w in used):   # "called a bandh", not "called off exams ... bandh"
        heads = [c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "nsubjpass" and c.i in moved)]
        # a particle read as a preposition holds the phrasal verb's object: "called in/prep the army/pobj"
        heads += [g for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1
                  and c.lower_ in grammar().phrasal_particles for g in c.children if g.dep_ == "pobj"]
        # a quantity holds what is counted: "accepted thousands of refugees"
        heads += [g for h in heads if lemma(h) in plover.actor_words().quantity_heads
                  for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        post.update(plover.OBJECT_KEYWORD + w for c in heads
                    for w in (c.lower_, lemma(c), "@" + c.ent_type_))   # ("@OBJ=@PERSON": an entity label)
    best: plover.Pattern | None = None
    default: str | None = None
    anchors = {">" + w for w in post} | {"<" + w for w in pre}   # (``_candidate_patterns``' index keys)
    for entry in entries:
        if entry.rest and not _rest_ok(verb, entry.rest):
            continue
        if entry.rest and entry.code and not entry.patterns:
            # a phrasal verb with a code of its own (triggers.yaml verb_codes) is another verb:
            # "backed down" yields, whatever the patterns of "back" (support) say
            return entry.code, "verb", f"trigger:verb:{verb.lemma_.lower()} {' '.join(entry.rest)}"
        if entry.code and (default is None or entry.rest):
            default = entry.code
        for pos in _candidate_patterns(entry, anchors):  # best rank first
            pat = entry.patterns[pos]
            if best is not None and pat.rank <= best.rank:
                break
            if _matches(pat, pre, post) and _own_preposition(verb, pat) \
                    and (not _object_pattern(pat) or _matches(pat, pre, _object_words(verb, moved))):
                best = pat
                break
    if best is not None and best.rank >= 2:
        if _statement_only(best.code) and default and plover.cameo_info(default) \
                and verb.lemma_.lower() not in plover.lexicon().no_default:
            # PLOVER has no "public statement" type: a CAMEO 01 refinement of an event verb
            # ("condemn ... terrorist attack" = 018) keeps the verb's own event code -- when that
            # code is trusted ("according to its reports": no grant, 060)
            return default, "verb", f"trigger:verb:{verb.lemma_.lower()}"
        return best.code, "pattern", f"trigger:pattern:{best.name}"
    if verb.lemma_.lower() in plover.lexicon().no_default:
        return None, "", ""
    if best is not None and best.code:
        return best.code, "verb", f"trigger:pattern:{best.name}"
    return default, "verb", f"trigger:verb:{verb.lemma_.lower()}"


def _own_preposition(verb: "Token", pat: plover.Pattern) -> bool:
    """A dictionary pattern that begins with a preposition ("call ... for &SECURITY", "engage ...
    in &NEGOTIATION") is the verb's prepositional phrase: the preposition must be the verb's own (a
    child, one of its direct object or of a prepositional object -- the parser may hang it there:
    "lobbied scores of ministers for Mr. Kim", "spoke by phone with Scholz" -- or the word after
    it), not one deeper in its object or in another phrase
    ("calls the issue of security 'a priority' for women" asks for nothing). "to" is left out: it
    also marks an infinitive."""
    if not pat.name.startswith(DICTIONARY) or not pat.post_fast:
        return True
    singles, multi = pat.post_fast[0]
    if multi or len(singles) != 1:
        return True
    word = next(iter(singles))
    if word not in grammar().own_prepositions:
        return True
    doc = verb.doc
    phrases = [c for c in verb.children if c.dep_ == "dobj"]
    phrases += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    own = [*verb.children, *(g for c in phrases for g in c.children)]
    return any(c.lower_ == word for c in own) or (verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == word)


def _object_pattern(pat: plover.Pattern) -> bool:
    """A dictionary pattern of the verb and one content word, or one class of them, after it
    ("announce ... plan", "build ... base", "launch ... &WEAPON"): in PETRARCH2's grammar the word
    heads the verb's object (a preposition would be written in the pattern: "agree to ...
    proposal"). A class's multi-word alternatives ("bow and arrow") are phrases of the object and
    do not make it a pattern of the whole clause; its one-word alternatives decide."""
    if not pat.name.startswith(DICTIONARY) or pat.pre or len(pat.post) != 1:
        return False
    singles, multi = pat.post_fast[0]
    words = set(singles) | {w for alt in multi for w in alt if len(alt) == 1}
    return not any(w.startswith("@") or w in plover.function_words() for w in words)


def _object_words(verb: "Token", moved: set[int]) -> set[str]:
    """The words of the verb's object phrases: its direct object, a passive subject that is the
    object, an attribute or object predicate (a resultative too: "set ablaze", parsed as an adverb
    or a particle), a verbless small clause ("called them criminals"), the verb of an infinitive
    complement ("planned to visit", not its words), and the object of a phrasal particle read as a
    preposition ("called in the army"); an object the actor dictionaries code as a country's
    military ("U.S. forces": &MILITARY lists "armed forces", not "forces") counts as the word
    "military". A gerund clause inside the object is its own verb's ("took the step of criticizing
    the intelligence community": no "take ... intelligence"), and so is a phrase saying what the
    object is about (grammar.yaml ``object_topic_prepositions``: "his announcement on new gun
    actions" holds no gun). An object whose modifier gives it another sense (implicit.yaml
    ``other_senses``: "a fundraising base" is no base of troops) holds no word of the pattern's."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd", "dative", "acomp", "prt") or c.i in moved
             or _small_clause(c) or (c.dep_ == "advmod" and c.i > verb.i and c.pos_ in ("ADJ", "ADV"))]
    heads += [g for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1
              and c.lower_ in grammar().phrasal_particles for g in c.children if g.dep_ == "pobj"]
    heads = [h for h in heads if not other_sense(h)]
    apart = {t.i for h in heads for c in h.subtree if c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX")
             for t in c.subtree}   # "took the unusual step of criticizing the intelligence community"
    topics = grammar().object_topic_prepositions
    apart |= {t.i for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in topics
              for t in c.subtree}   # "opening his announcement on new gun actions": what it is about
    words = _words([t for h in heads for t in _own_clause(h) if t.i - verb.i <= WINDOW and t.i not in apart]
                   + [c for c in verb.children if c.dep_ == "xcomp"])   # "planned to visit": the verb complement
    for h in heads:   # "withdraw U.S. forces": a country's armed force, as the actor dictionaries code it
        code = code_actor(h.doc[h.left_edge.i:h.i + 1].text)
        if code is not None and code.country and code.sector == "MIL":
            words.add(MILITARY_WORD)
    return words


#: the rule-name prefix of the PETRARCH2 dictionary's patterns
DICTIONARY = "cameo_verbs.json:"
#: the first rule of a trigger coded by one of them
DICTIONARY_RULE = f"trigger:pattern:{DICTIONARY}"
#: the word of PETRARCH2's &MILITARY set an object coded as a country's military stands for
MILITARY_WORD = "military"


#: the parse keywords (@...) each verb's patterns use, by the identity of its lexicon entries (the
#: entries are kept with them: an id is only unique while its object lives, and a reloaded
#: lexicon may reuse one)
_PARSE_KEYWORDS: dict[int, tuple[Any, frozenset[str]]] = {}


def _parse_keywords(entries: Any) -> frozenset[str]:
    """The @-keywords of the patterns of a verb's lexicon entries (computed once per verb)."""
    cached = _PARSE_KEYWORDS.get(id(entries))
    if cached is None or cached[0] is not entries:
        cached = _PARSE_KEYWORDS[id(entries)] = (entries, frozenset(
            w for e in entries for p in e.patterns for single, _ in p.post_fast for w in single if w.startswith("@")))
    return cached[1]


def _own_on_phrase(verb: "Token") -> bool:
    """The verb's own on/upon phrase (grammar.yaml ``on_prepositions``), not a date ("called on
    Tuesday"): the pattern keyword @ON ("called on the Governor")."""
    return any(c.dep_ in ("prep", "prt") and c.lower_ in grammar().on_prepositions
               and any(g.dep_ == "pobj" and g.ent_type_ not in TIME_ENTS for g in c.children)
               for c in verb.children)


def has_complement(verb: "Token") -> bool:
    """A clause, a to-infinitive (also one the parser hangs on the object) or a "for" phrase
    under the verb: the pattern keyword @COMPLEMENT ("called on X to V" asks, "called on X" visits).
    An infinitive of what a visit is for ("called on the minister to discuss ...", precision.yaml
    ``visit_purposes``) is none."""
    def to_inf(t: "Token") -> bool:
        return t.dep_ in ("advcl", "acl", "relcl", "xcomp") and t.lemma_.lower() not in lists().visit_purposes \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp") or to_inf(c) or (c.dep_ == "prep" and c.lower_ == "for"):
            return True
        if c.dep_ in ("prep", "dobj") and any(to_inf(g) for p in [c, *c.children] for g in p.children):
            return True
    return False


def naming_predicate(verb: "Token") -> list["Token"]:
    """What a verb of naming (precision.yaml ``naming_verbs``) says its object is: an object
    complement ("calls Clinton unqualified"), a second object ("calls Cruz a con man"), a
    verbless small clause, or the "one of" phrase the parser hangs on a proper noun as a numeral
    ("called Ohio one of the most competitive states": a name takes no numeral)."""
    kids = list(verb.children)
    if lemma(verb) not in lists().naming_verbs or any(c.dep_ == "prt" for c in kids):
        return []   # ("called out Trump": another verb)
    objects = [c for c in kids if c.dep_ == "dobj"]
    # (after a verb of naming a complement with no auxiliary or object is a predicate, however
    # tagged: "calls Clinton unqualified" with "unqualified" tagged a verb)
    out = [c for c in kids if c.dep_ == "oprd" or _small_clause(c) or (
        c.dep_ == "ccomp" and not any(g.dep_ in ("aux", "auxpass", "dobj", "mark") for g in c.children))]
    out += objects[1:]
    out += [n for o in objects[:1] if o.pos_ == "PROPN" for n in o.children
            if n.dep_ == "nummod" and any(g.dep_ == "prep" and g.lower_ == "of" for g in n.children)]
    # "calling Trump a fascist" parsed as [Trump]xcomp with [a fascist] its object
    out += [g for c in kids if c.dep_ == "xcomp" and (c.pos_ in ("NOUN", "PROPN") or c.is_title) for g in c.children
            if g.dep_ == "dobj"]   # (a name may be tagged a verb: "Trump")
    # a quoted appositive of the object is the name given ("called the senator "the next George
    # Washington"", "calls Horgos "a mistake""): the parser hangs the quotation on the object
    out += [a for o in objects[:1] for a in o.children if a.dep_ == "appos" and a.left_edge.i > 0
            and (a.left_edge.is_quote or a.doc[a.left_edge.i - 1].is_quote
                 or any(t.is_quote for t in a.doc[a.left_edge.i:a.i]))]   # (after its article: "an ''Aunt Tom''")
    # an adjective is never an object: "called Clinton's squabble with the community unusual",
    # with "unusual" parsed as the object of "with", is the predicate
    out += [t for c in kids if c.dep_ in ("dobj", "prep") for t in c.subtree
            if t.pos_ == "ADJ" and t.dep_ in ("pobj", "dobj")]
    if objects and not out:
        out = _quoted_after(objects[0])   # "called Russia "our No.1 geopolitical foe""
    if objects and not out:
        out = _quoted_inside(verb, objects[0])
    return out


def _quoted_inside(verb: "Token", obj: "Token") -> list["Token"]:
    """The quoted name a parse folds into the object's phrase or hangs on the verb ("calls her
    "an extremely intelligent woman"", "called Merkel "The Chancellor of the Free World"", "Calls
    ISIS Violence Against Yazidis 'Genocide'"): the words after an opening quotation mark within
    ``naming_quote_reach`` (precision.yaml) words after the object's first word, in the verb's phrase, with no verb between
    (not "called Merkel to discuss "the crisis""); [] when there is none."""
    doc, first = verb.doc, obj.left_edge.i
    if first <= verb.i or doc[first].is_quote:
        return []   # (a quotation that is the whole object is the object itself)
    own = {t.i for t in verb.subtree}
    for i in range(first + 1, min(len(doc) - 1, first + lists().naming_quote_reach + 1)):
        tok = doc[i]
        if tok.pos_ in ("VERB", "AUX") or i not in own:
            return []
        if tok.is_quote and tok.tag_ == "``":
            return _quoted_after(doc[i - 1])
    return []


#: how the parser hangs the one a verb of naming names on the predicate (first in text order wins)
NAMED_ON_PREDICATE = ("npadvmod", "nsubj", "compound", "poss")


def named_one(verb: "Token") -> "Token | None":
    """Whom a verb of naming names when it is not its direct object: the subject of its small
    clause ("calls [Clinton unqualified]"), a name the parser made a complement ("calling
    [Trump]xcomp a fascist"), or the object of "call out" parsed as a predicate."""
    pred = naming_predicate(verb)
    for c in verb.children:
        if c.dep_ == "ccomp" and c in pred:
            subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
        if c.dep_ == "xcomp" and any(g.dep_ == "dobj" for g in c.children):
            return c
        if c.dep_ == "oprd" and any(p.dep_ == "prt" for p in verb.children):
            return c
        if c.dep_ == "oprd":   # "calling [Trump's charge] "pathetic"": the parser hangs the one
            # named on the predicate as its modifier, or the noun as a compound of it and the
            # noun's possessor as the predicate's ("called [the DNC]poss [suspension]compound arbitrary")
            named = next((g for g in c.children if g.dep_ in NAMED_ON_PREDICATE and g.i < c.i
                          and g.pos_ in ("NOUN", "PROPN", "PRON")), None)
            if named is not None:
                return named
    return None


def _quoted_after(obj: "Token") -> list["Token"]:
    """The words of a quotation right after the object ("called the plan 'a farce'"), at most 12:
    what the object is called, however the parser hung it."""
    doc, i = obj.doc, obj.right_edge.i + 1
    if i >= len(doc) or not doc[i].is_quote:
        return []
    end = next((j for j in range(i + 1, min(len(doc), i + 14)) if doc[j].is_quote), None)
    return [doc[j] for j in range(i + 1, end)] if end is not None else []


def judgement(verb: "Token") -> str | None:
    """'@PEJORATIVE' when a naming verb's predicate judges the one named ("called the senator a
    liar": criticism), '@LAUDATORY' when it praises ("a true friend"), else None (precision.yaml
    ``pejorative_words``, ``laudatory_words``; the pattern keywords of triggers.yaml)."""
    pl = lists()
    pred = naming_predicate(verb)
    words = {w for p in pred for t in p.subtree for w in (t.lower_, t.lemma_.lower())}
    if words & pl.pejorative_words:
        return "@PEJORATIVE"
    # praise is the predicate itself or a word on a person ("a great leader"), not an intensifier
    # ("a great example of how things had gone wrong")
    praise = {w for p in pred for t in p.subtree for w in (t.lower_, t.lemma_.lower())
              if t.i == p.i or t.head.i == p.i and (p.ent_type_ == "PERSON" or lemma(p) in plover.agent_nouns()
                                                      or lemma(p) in pl.laudatory_words)}
    if praise & pl.laudatory_words:
        return "@LAUDATORY"
    return None


def _passive_object(verb: "Token") -> set[int]:
    """Token indices of a passive verb's subject phrase: in the passive voice the subject is the
    underlying object ("humanitarian assistance was provided", "sanctions were imposed on Iran"),
    so the keyword patterns read it where the active verb has its object."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i < verb.i \
            and verb.head.pos_ in ("NOUN", "PROPN") and _agents(verb.head):
        # a reduced passive relative ("the para-military troops deployed around these centres"):
        # the party it modifies is its underlying object, as a passive subject is (things it
        # modifies, "mattresses scattered about the fields", are left to the verb's own clause)
        inner = {t.i for t in verb.subtree}
        return {t.i for t in _own_clause(verb.head) if t.i not in inner}
    if subj is None or subj.lower_ in grammar().attribution_words:
        return set()
    return {t.i for t in _own_clause(subj)}


def _agents(noun: "Token") -> bool:
    """The noun, with its modifiers, names a kind of party (an agent of the dictionaries)."""
    return agent_sector(noun.lemma_.lower()) is not None or phrase_sector(noun) is not None


def phrase_sector(head: "Token") -> str | None:
    """The sector of a noun with its modifiers before it ("police personnel", "security
    personnel"), from the actor dictionaries; None when they give none."""
    code = code_actor(head.doc[head.left_edge.i:head.i + 1].text)
    return code.sector if code is not None else None


def _statement_only(code: str | None) -> bool:
    """A CAMEO 01 code (public statement): no PLOVER event of its own."""
    return code is not None and code.startswith("01") and plover.cameo_info(code) is None


def has_actor_modifier(noun: "Token") -> bool:
    """True when the noun phrase names who acted: possessive, nationality/proper-noun modifier,
    an agent noun as modifier or possessor ("police firing", "the army's shelling"), 'by X', or a
    light verb's subject ("police made arrests")."""
    for c in noun.children:
        if c.dep_ in ACTOR_MODS and (c.ent_type_ in ACTOR_ENTS or c.pos_ == "PROPN" or c.tag_ == "PRP$"
                                     or agent_modifier(c, any_dep=c.dep_ == "poss")):
            return True   # (an agent noun's genitive is the act's subject too: "the army's shelling")
        if c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pobj" for g in c.children):
            return True
    return _agent_gerund(noun) or light_verb_subject(noun) is not None or giver_of(noun) is not None


def giver_of(noun: "Token") -> "Token | None":
    """'aid from Japan', 'a loan from China to Pakistan': the "from" party of a transfer noun
    gave it (``actor_words.yaml`` giver_prepositions; PLOVER AID's actor provides the aid); of a
    noun of criticism, voiced it ("criticism from the U.N.", ``voiced_types``)."""
    words = plover.actor_words()
    code = _noun_entry(noun)
    info = plover.cameo_info(code) if code else None
    if (info is None or info.type.lower() not in words.transfer_types | words.voiced_types) \
            and not (noun.pos_ == "NOUN" and _voiced_embedding(noun)):
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in words.giver_preps:
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if pobj is not None and (pobj.ent_type_ in ACTOR_ENTS or pobj.pos_ == "PROPN" or agent_modifier(pobj, True)):
                return pobj
    return None


def _voiced_embedding(noun: "Token") -> bool:
    """A noun of a demand, promise, threat or refusal (the embedding lexicon's words of asking,
    intending, threatening, refusing): like a noun of criticism, its "from" party voiced it
    ("won promises from Sanders to support the nominee", "demands from the union")."""
    entry = plover.lexicon().embedding.get(noun.lemma_.lower()) or plover.lexicon().embedding.get(noun.lower_)
    return entry is not None and entry[0] in plover.actor_words().voiced_embeddings


def _agent_gerund(tok: "Token") -> bool:
    """'police firing': a gerund the parser hung on the agent noun before it (as a participle)."""
    return tok.dep_ == "acl" and tok.head.i == tok.i - 1 and agent_modifier(tok.head, any_dep=True)


def agent_modifier(mod: "Token", any_dep: bool = False) -> bool:
    """'police firing', 'army shelling': a noun modifier naming an agent is the deverbal noun's
    subject (noun-noun compounds of an event noun take the subject reading)."""
    return (any_dep or mod.dep_ in ("compound", "nmod")) and mod.pos_ == "NOUN" and \
        (mod.lemma_.lower() in plover.agent_nouns() or mod.lower_ in plover.agent_nouns())


def light_verb_subject(noun: "Token") -> "Token | None":
    """'police made several arrests', 'police resorted to firing': the light verb's subject acts."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB" or not light_verb(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _regular_base(verb: "Token", lemmas: Any) -> str | None:
    """The lexicon verb a regular inflection is of, when the lemmatizer missed it ("staged" ->
    "stag"): the first of ``lemmas`` the form is base + s/d/ed/es/ing of."""
    form = verb.lower_
    for base in (form[:-1], form[:-2], form[:-3], f"{form[:-3]}e"):
        if base in lemmas and _inflection_of(verb, frozenset({base})):
            return base
    return None


def light_verb(verb: "Token") -> bool:
    """A light verb (implicit.yaml ``light_verbs``: make, carry, launch ...), whose event noun object
    is the event ("police made several arrests")."""
    return _inflection_of(verb, implicit().light_verbs)


def _inflection_of(verb: "Token", lemmas: frozenset[str]) -> bool:
    """The verb's lemma is one of ``lemmas``, or its form is a regular inflection of one (the
    lemmatizer gives "staged" as "stag")."""
    if verb.lemma_.lower() in lemmas:
        return True
    form = verb.lower_
    return any(form == f"{base}{end}" for base in (form[:-1], form[:-2], form[:-3]) if base in lemmas
               for end in ("s", "d", "ed", "es", "ing")) or (form.endswith("ing") and f"{form[:-3]}e" in lemmas)


def _in_body_name(noun: "Token") -> bool:
    """'the Office of Mobile Security Deployment', 'the Environmental Protection Agency': a
    capitalised word inside (not opening) the proper name of a body, a building or a thing
    (syntax.BODY_NAME_ENTS) is a word of that name, no event noun."""
    return noun.ent_type_ in BODY_NAME_ENTS and noun.ent_iob_ == "I" and noun.text[:1].isupper()


def _noun_entry(noun: "Token") -> str | None:
    """The noun trigger lexicon's CAMEO code for the word (its form, else its lemma)."""
    nouns = plover.lexicon().nouns
    return nouns.get(noun.lower_) or nouns.get(noun.lemma_.lower())


def _series_code(noun: "Token") -> str | None:
    """'a bombing campaign', 'an arrest drive', 'a shooting spree': a noun of a series of acts
    (implicit.yaml ``series_heads``) whose modifier is an event noun names that event (the
    modifier names the kind; the head, how many)."""
    if noun.lemma_.lower() not in implicit().series_heads:
        return None
    return next((code for c in noun.children if c.dep_ == "compound" and c.i < noun.i
                 for code in (_noun_entry(c),) if code), None)


def other_sense(noun: "Token") -> bool:
    """'cardiac arrest', 'a hunger strike', 'a fundraising base': a modifier (implicit.yaml
    ``other_senses``) gives the noun a sense no event pattern means."""
    senses = implicit().other_senses.get(noun.lower_)
    if not senses:
        return False
    return any(c.lower_ in senses for c in noun.children)


def noun_code(noun: "Token") -> str | None:
    """The CAMEO code of an event noun that names who acted, or whose act has a conventional
    agent ("the arrest of X": the police)."""
    code = _noun_entry(noun) or _series_code(noun)
    if not code or noun.dep_ == "compound":   # "arrest warrant": a noun modifier names a kind
        return None
    if other_sense(noun):
        return None
    info = plover.cameo_info(code)
    implied = info is not None and implied_agent_for(code, info.mode, noun.lemma_.lower()) is not None
    return code if implied or has_actor_modifier(noun) else None


def _coded(token: "Token", code: str | None, how: str, rule: str = "") -> Trigger | None:
    if not code:
        return None
    info = plover.cameo_info(code)
    rules = (rule or f"trigger:{how}:{token.lemma_.lower()}",)
    return Trigger(token, code, info, how, rules=rules) if code and info else None


#: the parts of speech a trigger can have (sentence_triggers looks at no other token)
_TRIGGER_POS = frozenset({VERB, NOUN, PROPN})


def _may_trigger(tag: int, lem: str, low: str) -> bool:
    """Whether a token of this part of speech, lower-case lemma and form can be coded at all:
    ``noun_code`` needs the form or lemma among the trigger nouns or the lemma a series head,
    ``verb_match`` the lemma, form or a regular base of it (``_regular_base``) among the verbs.
    (A cheap test on the document's arrays: most words are no trigger and build no Token.)"""
    lex = plover.lexicon()
    nouns = lex.nouns
    if low in nouns or lem in nouns or lem in implicit().series_heads:
        return True
    if tag != VERB:
        return False
    verbs = lex.verbs
    return (lem in verbs or low in verbs
            or any(base in verbs for base in (low[:-1], low[:-2], low[:-3], f"{low[:-3]}e")))


def sentence_triggers(sent: "SpacySpan") -> list[Trigger]:
    """Every trigger of one sentence, embedding words recoded from what they embed."""
    found: dict[int, Trigger] = {}
    doc, tags = sent.doc, token_scan.pos(sent.doc)
    lemmas, lowers = token_scan.lemmas(doc), token_scan.lowers(doc)
    for tok in (doc[i] for i in range(sent.start, sent.end)
                if tags[i] in _TRIGGER_POS and _may_trigger(tags[i], lemmas[i], lowers[i])):
        trig = None
        if tok.pos_ == "VERB" and tok.tag_ == "VBG" and (tok.dep_ in GERUND_NOUN_DEPS or _agent_gerund(tok)):
            trig = _coded(tok, noun_code(tok), "noun")   # a gerund used as a noun: "in police firing"
        if trig is None and tok.pos_ == "VERB" and tok.dep_ not in ("aux", "auxpass", "prep") and not _role_name(tok):
            trig = _coded(tok, *verb_match(tok))   # (a participle used as a preposition, "according
            # to", "following", "regarding", names no act)
        elif tok.pos_ in ("NOUN", "PROPN") and not _in_body_name(tok):
            code = noun_code(tok)
            series = code is not None and _noun_entry(tok) is None   # "a bombing campaign": named by its modifier
            trig = _coded(tok, code, "noun", f"trigger:series:{tok.lemma_.lower()}" if series else "")
        if trig is not None:
            found[tok.i] = trig
    _light_verb_objects(found)
    _compose(sent, found)
    _clause_defaults(sent, found)
    _purposes(found)
    _obligations(sent, found)
    _blame(sent, found)
    _conditional(found)
    _tense_rules(found)
    _trips_made(found)
    depth = {i: _depth(t.token) for i, t in found.items()}
    return sorted(found.values(), key=lambda t: (depth[t.token.i], t.token.i))


def _role_name(tok: "Token") -> bool:
    """The word opens a role noun of two words with the next one ("ram sevaks would go ahead",
    curated_agents.tsv "ram sevak"): a name the lower-case parse took for a verb, no act."""
    if tok.i + 1 >= len(tok.doc):
        return False
    nxt = tok.doc[tok.i + 1]
    return any(agent_sector(f"{tok.lower_} {w}") is not None
               for w in (nxt.lower_, nxt.lemma_.lower(), nxt.lower_.rstrip("s")))


def _light_verb_objects(found: dict[int, Trigger]) -> None:
    """'made a surprise visit to Kabul', 'made several arrests', 'started a hunger strike': a light
    verb (implicit.yaml ``light_verbs``) with an event noun as its object names one happening, the
    noun's (its subject is the noun's actor, ``light_verb_subject``); the verb's own pattern
    ("make ... visit" 036, an intent to meet) is not coded beside it. Of the same type both stay, and
    the duplicate check keeps the better-argued record ("carried out an aerial attack against a
    military target")."""
    for i, trig in list(found.items()):
        if trig.how == "noun" or not _inflection_of(trig.token, implicit().light_verbs):
            continue
        if any(c.dep_ == "dobj" and c.i in found and found[c.i].how == "noun"
               and found[c.i].info.type != trig.info.type for c in trig.token.children):
            del found[i]


def _with_lemma(sent: "SpacySpan", words: Any) -> list["Token"]:
    """The sentence's tokens whose lower-case lemma is in ``words``, in order (picked from the
    document's lemma list: a rule pass over a few lemmas builds no Token for the other words)."""
    doc, lemmas = sent.doc, token_scan.lemmas(sent.doc)
    return [doc[i] for i in range(sent.start, sent.end) if lemmas[i] in words]


def _depth(tok: "Token") -> int:
    """Links from tok up to its sentence root. (Tokens are views made on each access: a token is
    its own head when the indices agree, never by identity.)"""
    n = 0
    while tok.head.i != tok.i and n < 50:
        tok, n = tok.head, n + 1
    return n


def _embedder(tok: "Token", sent_start: int) -> "Token | None":
    """The nearest embedding word (vow, refuse, urge, warning ...) above tok via EMBED_DEPS."""
    emb = plover.lexicon().embedding
    noun = _object_embedder(tok, emb)
    if noun is not None:
        return noun
    asker = _asked_for(tok, emb)
    if asker is not None:
        return asker
    node, hops = tok, 0
    while node.head is not node and (node.dep_ in EMBED_DEPS or _infinitive_complement(node, emb)
                                     or _ordered_act(node, emb)) and hops < EMBED_HOPS:
        node, hops = node.head, hops + 1
        if node.lemma_.lower() in emb or node.lower_ in emb:
            return node
        if node.lemma_.lower() in plover.lexicon().statement_verbs:
            return None   # "declined to say whether Trump would veto": what would be said, no act refused
    return None


def _embedding_kind(word: "Token", emb: Any) -> str | None:
    """The embedding kind (intend, refuse, request, command ...) of a word, by lemma or form, or None."""
    return (emb.get(word.lemma_.lower()) or emb.get(word.lower_) or (None,))[0]


def _asked_for(tok: "Token", emb: Any) -> "Token | None":
    """'called for denying entry to Muslims', 'pressed for lifting the sanctions': a gerund after
    "for" under a word of asking (embedding kind ``request``) is what is asked for, not an act
    done (PLOVER REQUEST: "ask, urge, demand ... that something be done")."""
    prep = tok.head
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    head = prep.head
    kind = _embedding_kind(head, emb)
    return head if kind == "request" else None


def _object_embedder(tok: "Token", emb: Any) -> "Token | None":
    """'dismissed the demand to release the opposition leader', parsed with the infinitive on the
    verb: under a verb answering another's act (actor_words.yaml ``answering_verbs``) or a light verb
    ("made a joint appeal to the government to protect ..."; implicit.yaml ``light_verbs``), a subjectless
    to-infinitive after an object that is an embedding noun (demand, call, offer, threat ...) is that
    noun's complement (a noun of asking or intending takes one)."""
    if not subjectless_infinitive(tok) or (lemma(tok.head) not in plover.actor_words().answering_verbs
                and lemma(tok.head) not in implicit().light_verbs):
        return None   # (under a verb answering the demand or making it: "arranging calls ... to discuss" is a purpose)
    return next((c for c in tok.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < tok.i
                 and (c.lemma_.lower() in emb or c.lower_ in emb)), None)


def _purpose_phrase(tok: "Token") -> bool:
    """'in order to secure the border': the last word of a purpose phrase (precision.yaml
    ``purpose_phrases``) is a subordinator, no embedding word."""
    doc = tok.doc
    return any(tok.i >= len(words) - 1 and all(doc[tok.i - len(words) + 1 + k].lower_ == w for k, w in enumerate(words))
               for words in lists().purpose_phrases if words[-1] == tok.lower_)


def _ordered_act(node: "Token", emb: Any) -> bool:
    """'ordered massive attacks on Gaza': an event noun as the object of a command word is the act
    ordered (embedding ``command``)."""
    head = node.head
    kind = _embedding_kind(head, emb)
    return kind == "command" and node.dep_ == "dobj" and node.pos_ == "NOUN"


def _infinitive_complement(node: "Token", emb: Any) -> bool:
    """'have sworn to fight', parsed as a purpose clause: a to-infinitive under an embedding verb
    of intent or refusal (vow, swear, threaten, refuse) with no object is that verb's complement,
    as these verbs take one."""
    head = node.head
    kind = _embedding_kind(head, emb)
    to_inf = subjectless_infinitive(node)
    has_obj = any(c.dep_ == "dobj" for c in head.children)
    if kind in ("request", "command") and head.lemma_.lower() not in lists().purpose_request_words:
        # "asked the Justice Department in February to investigate": what the addressee is asked;
        # an addressee in a phrase does as well ("appealed to everyone to help the administration",
        # "pleaded with the rebels to free them": the verb takes an addressee and what is asked)
        addressee = any(c.dep_ == "prep" and c.lower_ in grammar().addressee_prepositions and c.i < node.i
                        and any(g.dep_ == "pobj" for g in c.children) for c in head.children)
        return to_inf and (has_obj or addressee)
    return to_inf and kind in INFINITIVE_KINDS and not has_obj   # "pledged support [to X]": no


#: embedding kinds whose verbs take a to-infinitive complement (not "called X to congratulate him")
INFINITIVE_KINDS = frozenset({"intend", "refuse"})


def _compose(sent: "SpacySpan", found: dict[int, Trigger]) -> None:
    """Recode embedding words from the event they embed; mark the embedded events."""
    emb = plover.lexicon().embedding
    for i in sorted(found, key=lambda k: _depth(found[k].token)):
        if i not in found:
            continue   # (a refusal of words removed it)
        inner = found[i]
        head = _embedder(inner.token, sent.start)
        if head is None or (head.i in found and found[head.i].embedded is not None) or _purpose_phrase(head):
            continue
        kind, table = emb.get(head.lemma_.lower()) or emb[head.lower_]
        if kind == "refuse" and lemma(inner.token) in plover.lexicon().statement_verbs:
            # "declined to comment on any plans": a refusal of words is no act refused, and the
            # words were not said (PLOVER codes no statement; "declined comment" is no event)
            del found[i]
            found.pop(head.i, None)
            continue
        code = table.get(inner.info.type)
        code = inner.code if code == plover.SAME_CODE else code
        info = plover.cameo_info(code)
        if info is None or code is None:
            continue
        found[head.i] = Trigger(head, code, info, "embedded", embedded=inner.token,
                                rules=(f"trigger:embedding:{kind}:{head.lemma_.lower()}",),
                                embed_kind=found[head.i].embed_kind if head.i in found else None)
        found[i] = replace(inner, embed_kind=kind)


def _clause_defaults(sent: "SpacySpan", found: dict[int, Trigger]) -> None:
    """'agreed to set up a station': an embedding word whose complement is no coded event is an
    event of its own kind (``clause_defaults``), unless it already embeds one or has a pattern."""
    table = plover.lexicon().clause_defaults
    for tok in _with_lemma(sent, table):
        code = table.get(tok.lemma_.lower())
        old = found.get(tok.i)
        if code is None or tok.pos_ != "VERB" or (old is not None and (old.embedded is not None or old.how == "pattern")):
            continue
        if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "to") for c in tok.children):
            new = _coded(tok, code, "embedded", f"trigger:clause_default:{tok.lemma_.lower()}")
            if new is not None:
                found[tok.i] = replace(new, embed_kind=old.embed_kind if old else None)


def _purposes(found: dict[int, Trigger]) -> None:
    """'donated ventilators to assist Ethiopia': a supportive purpose clause of a material act is
    that act's purpose, not an event of its own; the act embeds it (its recipient comes from it)."""
    kinds = plover.lexicon().purpose
    for i, trig in list(found.items()):
        if trig.info.type not in kinds.acts or trig.embedded is not None or i not in found:
            continue
        objs = [c for c in trig.token.children if c.dep_ == "dobj"]
        for child in [c for t in [trig.token, *objs] for c in t.children]:  # "gave X to help", "gave X [to help]"
            inner = found.get(child.i)
            if (inner is not None and child.dep_ in PURPOSE_DEPS and inner.info.type in kinds.purposes
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)):
                del found[child.i]
                found[i] = replace(trig, embedded=child, rules=trig.rules + ("trigger:purpose",))
                break


def _conditional(found: dict[int, Trigger]) -> None:
    """'if Iran strikes ..., we will hit ...': a hostile act promised on a condition is a threat --
    told in the future, under a modal, as a to-infinitive or a gerund ("threatened to stop the talks
    if ...", "discusses shooting federal agents if they came through his door") or in the present
    perfect of a threat made ready ("if Iran strikes ..., we have targeted 52 Iranian sites"). A
    finite verb in the simple present or past states a habit or a fact ("if we win, we remove the
    problems"), and a modal perfect one that did not happen ("it would have been picked up")."""
    rule = plover.lexicon().conditional
    for i, trig in list(found.items()):
        if trig.info.type not in rule.types or trig.how == "embedded" or trig.embed_kind:
            continue
        tok, aux = trig.token, _aux(trig.token)
        counterfactual = bool(aux & grammar().perfect_auxiliaries and aux & grammar().modal_auxiliaries)
        simple = tok.tag_ in FINITE_TAGS and not aux   # "we remove", "they attacked"
        if tok.pos_ in ("VERB", "AUX") and (counterfactual or simple):
            continue   # (not "we have targeted 52 Iranian sites": the perfect of a threat made ready;
            # a noun, a participle or a gerund has no tense of its own: "and if need be, court arrest also")
        for child in trig.token.children:
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in rule.marks for m in child.children):
                info = plover.cameo_info(rule.code)
                if info is not None:
                    found[i] = Trigger(trig.token, rule.code, info, "embedded", embedded=child,
                                       rules=trig.rules + ("trigger:conditional",))
                break


def _postponed(tok: "Token") -> bool:
    """'The assembly will not meet until March 12', 'will not meet again only on march 12': the
    negated verb has a time phrase of postponement (grammar.yaml ``postponement_prepositions``, or
    any preposition modified by a ``postponement_adverbs`` word: "only") whose object is a date: the
    act is scheduled, not refused."""
    g = grammar()
    return any(p.dep_ == "prep" and (p.lower_ in g.postponement_prepositions
                                     or any(a.lower_ in g.postponement_adverbs for a in p.children))
               and any(o.dep_ == "pobj" and o.ent_type_ in TIME_ENTS for o in p.children)
               for p in tok.children)


def _aux(tok: "Token") -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}


def _futurate(tok: "Token") -> bool:
    """'Trump and Ryan are meeting up next week', 'meets Netanyahu next month': a present (simple or
    progressive) with a time phrase ahead of the news tells a plan, as "will" does."""
    return tok.tag_ in ("VBG", "VBZ", "VBP") and not any(c.dep_ == "aux" and c.tag_ in ("VBD", "MD")
                                                          for c in tok.children) and ahead(tok)


def ahead(verb: "Token") -> bool:
    """'are meeting up next week', 'is visiting China next month': the verb's own time phrase counts
    forward from the news (a relative modifier of a positive offset, dates.yaml
    ``relative_modifiers``, on one of its ``relative_units``): an act that has not happened yet,
    whatever the tense (English tells plans in the present progressive). A week names no date, so
    the dates never make it future on their own."""
    lex = dates_lexicon()
    units = [c for c in verb.children if c.dep_ in ("npadvmod", "advmod", "tmod") and lemma(c) in lex.relative_units]
    return any(m.lower_ in lex.relative_modifiers and lex.relative_modifiers[m.lower_] > 0
               for u in units for m in u.children if m.dep_ in ("amod", "det", "advmod"))


def _tense_rules(found: dict[int, Trigger]) -> None:
    """'will not end the strike' -> REJECT; 'will release the prisoners' -> AGREE (PLOVER manual)."""
    lex = plover.lexicon()
    refuse = next((t for k, t in lex.embedding.values() if k == "refuse"), {})
    intend = next((t for k, t in lex.embedding.values() if k == "intend"), {})
    for i, trig in list(found.items()):
        tok, quad = trig.token, plover.types()[trig.info.type].quad
        negated = any(c.dep_ == "neg" for c in tok.children)
        past = bool(_aux(tok) & lex.past_refusal_aux) and tok.lemma_.lower() not in lex.response_verbs
        if negated and quad in (1, 2) and _aux(tok) & lex.refusal_aux and not past and trig.info.type != "REJECT" \
                and not _postponed(tok):
            # (a refusal not made, "won't rule out", refuses nothing)
            new = _coded(tok, refuse.get(trig.info.type), "embedded", REFUSAL_RULE)
            if new is not None:
                found[i] = replace(new, refusal=True, embed_kind=trig.embed_kind, rules=trig.rules + new.rules)
        elif not negated and trig.info.type in lex.future_intent_types \
                and (_aux(tok) & lex.future_aux or backshifted_will(tok) or _futurate(tok)) \
                and not (trig.info.type == "CONSULT" and tok.lemma_.lower() in lex.future_kept_verbs) \
                and not foreseen(tok):   # "fear that Trump will destroy the party": no intent of Trump's
            new = _coded(tok, intend.get(trig.info.type), "embedded", "trigger:future_intent")
            if new is not None:
                found[i] = replace(new, embed_kind=trig.embed_kind, rules=trig.rules + new.rules)


#: the rule that recodes a trip told as made as the visit itself
TRIP_RULE = "trigger:trip_made"
#: the rule that recodes a negated future of cooperation as a refusal ("will not end the strike")
REFUSAL_RULE = "trigger:refusal"


def _trips_made(found: dict[int, Trigger]) -> None:
    """'Last week, she made stops in the Denver and Las Vegas media markets', 'Clinton traveled to
    Pittsburgh': CAMEO 036 (express intent to meet) read by a pattern or a verb's default code from
    a verb of travel told as made -- a simple past, or a perfect or a progressive with no modal
    (grammar.yaml ``done_auxiliaries``; precision.yaml ``trip_codes``, ``trip_verbs``; not
    "proposed talks") -- is the journey itself, no intention to meet: the dictionary's own code of
    a visit made (``visit_code``, 042, PLOVER CONSULT visit), as for a trip ended; events._abroad
    then asks for another country visited. The future ("will travel to Moscow", "will on Tuesday
    lead a delegation") stays the announced meeting, AGREE (PLOVER manual)."""
    lex = lists()
    for i, trig in list(found.items()):
        tok = trig.token
        if trig.code not in lex.trip_codes or trig.how not in ("pattern", "verb") or tok.pos_ != "VERB" \
                or lemma(tok) not in lex.trip_verbs:
            continue
        aux, done = _aux(tok), grammar().done_auxiliaries
        if aux - done or not (simple_past(tok) or aux & done):
            continue   # ("will travel", "would have attended", "plans to travel": not told as made)
        new = _coded(tok, lex.visit_code, trig.how, TRIP_RULE)
        if new is not None:
            found[i] = replace(new, embed_kind=trig.embed_kind, rules=trig.rules + new.rules)


def _obliged_party(comp: "Token") -> bool:
    """A demand is made of a party: the complement's subject names one other than the speaker's
    side -- not an existential ("there should be a ban": a policy wish), the first person ("we
    should round them up": a proposal), no one ("nothing should be said") or an indefinite or
    generic phrase ("a president must be ready"), and the complement asks an act, not a quality
    ("the GOP must be a party of ideas"), a state of mind ("should worry") or a desert ("should be
    given the credit", grammar.yaml ``mental_state_verbs``, ``desert_nouns``); a thing that cannot
    act is event_noise's "demand on a thing"."""
    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None or subj.dep_ == "expl" or subj.lower_ == "there" \
            or first_person(subj) or subj.lower_ in grammar().negative_subjects:   # (not "the US")
        return False   # ("nothing should be said which vitiates the atmosphere": no one is asked)
    if quality_clause(comp):
        return False   # "the GOP must be a party of ideas": what a party should be, no act asked of it
    g = grammar()
    if lemma(comp) in g.mental_state_verbs or any(
            c.dep_ in ("dobj", "nsubjpass") and lemma(c) in g.desert_nouns for c in comp.children):
        return False   # "leaders should worry about what is going to happen", "the allies should be
        # given the credit": a warning or what a party deserves, no act asked of it
    if any(c.dep_ == "aux" and c.i < subj.i for c in comp.children):
        return False   # "should he win the nomination": a modal before its subject states a condition
    if subj.tag_ == "NNS" and not subj.ent_type_ and not _political_noun(subj) \
            and not any(d.dep_ in ("det", "poss", "nummod", "compound", "amod", "preconj", "predet")
                        for d in subj.children):
        return False   # "women who have abortions should be punished": a bare plural of private
        # people names a class, no party (a political role does: "policemen must be made to realise")
    return not any(d.dep_ == "det" and d.lower_ in grammar().generic_determiners for d in subj.children)


def _political_noun(noun: "Token") -> bool:
    """A role noun of a political sector ("policemen": COP, "militants": REB; precision.yaml
    ``political_sectors``), not a private one ("women", "employers")."""
    sector = agent_sector(noun.lower_) or agent_sector(lemma(noun))
    return sector is not None and sector.lower() in lists().political_sectors


def _obligations(sent: "SpacySpan", found: dict[int, Trigger]) -> None:
    """'Russia says Israel must end attacks': saying that someone must act is a demand (REQUEST)."""
    rule = plover.lexicon().obligation
    heads = plover.factuality_cues().reporting_heads
    info = plover.cameo_info(rule.code)
    for tok in _with_lemma(sent, heads):
        if tok.i in found or tok.lemma_.lower() not in heads or info is None or _unsaid(tok):
            continue
        for comp in tok.children:
            aux = {c.lower_ for c in comp.children if c.dep_ == "aux"}
            if comp.dep_ == "ccomp" and aux & rule.marks and not aux & PERFECT \
                    and _obliged_party(comp) and tok.lemma_.lower() not in lists().non_event_verbs:  # not "should have been"
                found[tok.i] = Trigger(tok, rule.code, info, "embedded", embedded=comp, rules=("trigger:obligation",))
                if comp.i in found:
                    found[comp.i] = replace(found[comp.i], embed_kind="request")
                break


def _unsaid(verb: "Token") -> bool:
    """A reporting verb said not to have been used ("didn't say", "didn't come out and say"): what
    it would have said was not said, so it demands nothing (a conjunct shares its head's negation
    when it has no subject of its own)."""
    heads = [verb]
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        heads.append(verb.head)
    return any(c.dep_ == "neg" for h in heads for c in h.children)


def _blame(sent: "SpacySpan", found: dict[int, Trigger]) -> None:
    """'the government said Taliban militants were responsible for the attack': saying that a
    party did a hostile act accuses it (triggers.yaml ``blame``); the reporting verb is the
    accusation, the complement's subject its recipient."""
    rule = plover.lexicon().blame
    info = plover.cameo_info(rule.code)
    heads = plover.factuality_cues().reporting_heads
    for tok in _with_lemma(sent, heads):
        if tok.i in found or info is None or tok.lemma_.lower() not in heads:
            continue
        if any(c.dep_ == "ccomp" and _blamed(c, rule) for c in tok.children):
            found[tok.i] = Trigger(tok, rule.code, info, "verb", rules=("trigger:blame",))


def _blamed(comp: "Token", rule: plover.Blame) -> bool:
    """A copular clause saying its subject, a named party, was responsible for (or behind) a
    hostile act. Not a pronoun: "the Taliban said they were responsible" most often claims the
    speaker's own act (no accusation)."""
    subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
    if comp.lemma_.lower() != "be" or subj is None or subj.pos_ == "PRON":
        return False
    preps = [p for p in comp.children if p.dep_ == "prep" and p.lower_ in rule.prepositions]
    held = [a for a in comp.children if a.dep_ == "acomp" and a.lower_ in rule.predicates]
    preps += [p for a in held for p in a.children if p.dep_ == "prep" and p.lower_ == "for"]
    acts = [g for prep in preps for g in prep.children if g.dep_ == "pobj"]
    if held and not preps:   # "after the attacks, the government said the Taliban were
        acts = list(comp.sent)   # responsible": the elided "for" is the act the sentence names
    return any(_hostile_act(t, rule.types) for t in acts)


def _hostile_act(tok: "Token", types: frozenset[str]) -> bool:
    code = _noun_entry(tok) if tok.pos_ in ("NOUN", "PROPN") else None
    info = plover.cameo_info(code) if code else None
    return info is not None and info.type in types
