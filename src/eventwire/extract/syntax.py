"""Dependency and entity labels the extractors' rules are written against, and small parse helpers.

Every set of spaCy labels a rule tests is named once here, with what it is for, and imported by
the extractors that use it, so a label the parser adds or renames is fixed in one place. The
labels are those of spaCy's English pipelines (ClearNLP dependencies, OntoNotes entity types).

Not handled: other label schemes (Universal Dependencies pipelines); a rule written against these
sets finds nothing there rather than failing.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..ontology.grammar import grammar

if TYPE_CHECKING:
    from spacy.tokens import Token

# --- dependency labels -------------------------------------------------------------------------

#: subject links whose child is the actor of a verb (event_actors)
SUBJECTS = ("nsubj", "csubj", "expl")
#: active and passive nominal subjects (quote cues: who speaks)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: links climbed from a verb to find the subject that controls it (event_actors)
CLIMB = frozenset({"xcomp", "conj", "acl", "ccomp", "advcl", "dobj", "pobj", "prep", "nsubjpass",
                   "nsubj", "attr", "oprd", "pcomp", "relcl", "acomp"})
#: labels climbed from the trigger to the words that govern it (factuality)
GOVERNING = frozenset({"xcomp", "ccomp", "acl", "advcl", "conj", "dobj", "pobj", "prep", "nsubjpass",
                       "nsubj", "attr", "relcl", "pcomp", "oprd", "acomp", "csubj"})
#: noun-phrase modifiers kept in an event participant's mention span (left of its head)
SPAN_DEPS = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "case",
                       "advmod", "npadvmod", "punct"})
#: left modifiers kept in a speaker mention ("defense officials", "Iraqi parliament")
MENTION_LEFT_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "quantmod", "poss"})
#: dependency labels of noun-phrase modifiers that can name who acted in a noun trigger
ACTOR_MODS = frozenset({"poss", "compound", "amod", "nmod"})
#: modifiers that make a plural noun specific ("the protesters", "Arab states", "27 states")
SPECIFIC_MODS = frozenset({"det", "poss", "nummod", "compound", "amod", "nmod", "appos", "relcl", "acl", "prep"})
#: dependency labels whose subtrees belong to another clause, not to the verb's arguments
OTHER_CLAUSE = frozenset({"conj", "cc", "parataxis", "advcl", "punct", "mark", "relcl"})
#: labels linking an embedded event to the word that embeds it (vow *to strike*, warning *that*)
EMBED_DEPS = frozenset({"xcomp", "ccomp", "acl", "oprd"})
#: labels of an infinitival purpose clause, on the act or (as the parser often has it) on its object
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "relcl", "acl"})
#: links that keep an event inside the clause of the statement that reports it (event_disputes)
CLAUSAL = frozenset({"xcomp", "ccomp", "advcl", "conj", "parataxis", "oprd", "acl"})
#: a clause argument of the copula or its predicate: "it is wrong to attribute ...", "it is
#: premature to assume ..." ("it" is a dummy subject, not a statement)
CLAUSE_ARGS = frozenset({"xcomp", "ccomp", "csubj", "advcl"})
#: dependency labels through which a cue verb borrows the subject of its head
#: ("he said, adding ...", "Trump vowed in a tweet to ...")
BORROW_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp"})
#: labels of a verb's children used as features of the optional event model
ARG_DEPS = ("dobj", "dative", "attr", "oprd", "acomp", "prt", "xcomp", "ccomp", "nsubjpass", "nsubj")
#: a "verb" in one of these roles is a noun the tagger got wrong ("talks on March 28 failed")
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "compound", "amod", "attr"})
#: the places of a noun phrase in its clause: subject, object, a preposition's object
NOUN_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
#: dependents only a verb has (a subject, an object, an auxiliary): a participle with none of them
#: in a noun's place is used as a noun ("the accused")
VERB_ONLY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "auxpass", "aux"})
#: a verb's clausal complements ("investigating whether to punish", "said that ...")
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp"})
#: dependency labels of a gerund that is used as a noun (the object of a preposition, a subject)
GERUND_NOUN_DEPS = frozenset({"pobj", "nsubj", "nsubjpass", "dobj"})
#: roles of the noun phrases of a clause (entities: the organisations a "who ..." clause names)
NOUN_ARGS = frozenset({"dobj", "pobj", "attr", "nsubj", "nsubjpass", "appos"})
#: objects of a verb, active or passive (contradictions: what was acted on)
OBJECT_DEPS = ("dobj", "nsubjpass")

# --- entity labels -----------------------------------------------------------------------------

#: entity labels of heads that are parties whatever their noun ("the Islamic State", "Congress");
#: also the labels of a named speaker
PARTY_ENTS = frozenset({"GPE", "NORP", "PERSON", "ORG"})
#: entity labels of named things that are never a party ("the Affordable Care Act")
THING_ENTS = frozenset({"LAW", "WORK_OF_ART", "PRODUCT"})
#: entity labels of a mention that can act in an event
ACTOR_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON", "FAC", "LOC"})
#: numeric and time entity labels: such a mention is never an actor or a speaker
NUMERIC_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
#: entity labels of a time expression ("until March 12", "on Monday")
TIME_ENTS = frozenset({"DATE", "TIME"})
#: entity labels of places (a place or building attacked is attacked physically: events)
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
#: entity labels of one named person, body or place (not a class of people: NORP)
NAMED_ENTS = PARTY_ENTS - {"NORP"}
#: entity labels of the proper names of bodies, buildings and things: a capitalised word inside one
#: after its first ("Office of Mobile Security Deployment", "Environmental Protection Agency")
#: names it, no event (not EVENT: "the September 11 Attacks" tells the attacks)
BODY_NAME_ENTS = frozenset({"ORG", "FAC"}) | THING_ENTS
#: entity labels of a name that, modifying a thing, says whose it is ("the Trump line", "a State
#: Department decision"); a place's name tells where or what it is about ("the Paris agreement")
OWNER_ENTS = frozenset({"PERSON", "ORG"})
#: parts of speech of function words (a preposition, a conjunction, an auxiliary ...): never an agent
FUNCTION_POS = frozenset({"ADP", "CCONJ", "SCONJ", "AUX", "PART", "DET", "PUNCT", "SYM"})


# --- helpers -----------------------------------------------------------------------------------

#: a noun's modifiers that name its kind or its owner ("the Washington establishment", "his student
#: loans"), not a party or place it goes to or stands in ("aid to Israel", "the embassy in Kabul")
NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})


def modifier_words(noun: "Token") -> set[int]:
    """Indices of the words of a noun's modifiers (``NOUN_MODIFIER_DEPS``)."""
    return {t.i for c in noun.children if c.dep_ in NOUN_MODIFIER_DEPS for t in c.subtree}


def child(tok: "Token", *deps: str) -> "Token | None":
    """The first child of ``tok`` attached by one of ``deps`` (None if there is none)."""
    return next((c for c in tok.children if c.dep_ in deps), None)


def possessor(noun: "Token") -> "Token | None":
    """The noun's possessor: its poss child, or a name the parser hung on it as a plain modifier
    when the possessive is written as a lone apostrophe after a final s ("Sanders' access",
    "the Democrats’ plan": English marks the possessive of an s-final word so, and the tagger
    then reads an nmod or a compound followed by a punctuation mark)."""
    found = child(noun, "poss")
    if found is not None:
        return found
    doc = noun.doc
    return next((c for c in noun.children if c.dep_ in ("nmod", "compound") and c.i + 1 < noun.i
                 and c.lower_.endswith("s") and doc[c.i + 1].text in APOSTROPHES
                 and doc[c.i + 1].head.i == noun.i), None)


def one_word_entity(tok: "Token") -> bool:
    """The token is a named-entity span of its own (no entity word after it)."""
    return tok.ent_iob_ == "B" and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")


def lemma(tok: "Token") -> str:
    """The token's lemma in lower case."""
    return tok.lemma_.lower()


def to_infinitive(verb: "Token") -> bool:
    """A to-infinitive ("not to anger him"; whatever its tag: the parser may call it a noun)."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def subjectless_infinitive(tok: "Token", deps: tuple[str, ...] = ("advcl",)) -> bool:
    """A to-infinitive clause with no subject of its own hanging by one of ``deps`` ("to release
    the leader" under "dismissed the demand", "to congratulate him" under "called Morrison")."""
    return tok.dep_ in deps and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def gerund_head(tok: "Token", preps: tuple[str, ...]) -> "Token | None":
    """For a gerund after one of ``preps`` ("successful at integrating", "interested in
    meeting"), the word the preposition hangs on; else None."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ not in preps:
        return None
    return tok.head.head


def trigger_token(doc: Any, event: Any) -> "Token | None":
    """The token heading an extracted event's trigger in ``doc`` (None without a trigger)."""
    trig = event.trigger
    span = doc.char_span(trig.start, trig.end, alignment_mode="expand") if trig is not None else None
    return span.root if span is not None else None


def first_person(tok: "Token") -> bool:
    """A first-person pronoun ("we", "us"; grammar.yaml ``first_person``), not the name "US"."""
    return tok.pos_ == "PRON" and tok.lower_ in grammar().first_person


def passive_subject(tok: "Token") -> "Token | None":
    """The subject of a passive verb: its nsubjpass, or a subject the parser hung on the passive
    auxiliary ("80 workers were on wednesday taken into custody": "workers" under "were")."""
    found = child(tok, "nsubjpass")
    if found is not None:
        return found
    for aux in (c for c in tok.children if c.dep_ == "auxpass"):
        found = child(aux, "nsubj", "nsubjpass")
        if found is not None:
            return found
    return _object_conjunct_subject(tok)


def _object_conjunct_subject(verb: "Token") -> "Token | None":
    """'the police fired over 50 rounds and over 100 persons have been arrested': the parser joined
    the second clause's subject to the first verb's object ("persons" a conjunct of "rounds") and
    left the conjoined passive verb with none. A finite clause has a subject (English has no
    pro-drop): a passive verb conjoined to an earlier verb, with a finite or modal auxiliary of its
    own and no subject, takes the noun right before its verb group when that noun is a conjunct of
    the earlier verb's object, joined to it by a conjunction."""
    if verb.dep_ != "conj" or verb.head.i >= verb.i or child(verb, *SUBJECTS, "nsubjpass") is not None \
            or not any(c.dep_ == "auxpass" for c in verb.children) \
            or not any(c.dep_ in ("aux", "auxpass") and (c.tag_ in FINITE_TAGS or c.tag_ == "MD")
                       for c in verb.children):
        return None
    j = verb.i - 1
    while j > verb.head.i and verb.doc[j].dep_ in VERB_GROUP_DEPS and verb.doc[j].head.i == verb.i:
        j -= 1
    noun = verb.doc[j]
    first = noun.head
    joined = any(c.dep_ == "cc" and first.i < c.i < noun.i for c in first.children)
    if noun.dep_ == "conj" and noun.pos_ in ("NOUN", "PROPN") and joined \
            and first.dep_ == "dobj" and first.head.i == verb.head.i:
        return noun
    return None


#: tags of the wh-words that open a relative clause, a free relative or an indirect question
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
#: finite verb tags: a clause headed by one has a subject (English has no pro-drop)
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: links of a clause with its own subject and tense, not a complement of the word above it (a
#: relative or adverbial clause, a conjunct -- or a misparsed clausal subject -- with its own
#: subject: factuality._own_clause)
OWN_CLAUSE_DEPS = frozenset({"relcl", "advcl", "conj", "csubj"})
#: simple-present verb tags
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
#: verb tags with no tense of their own: such a verb shares its controller's subject
NON_FINITE_TAGS = frozenset({"VB", "VBG", "VBN"})
#: dash tokens (a dash sets off a phrase or a clause, or marks a quotation's speaker)
DASHES = frozenset({"-", "--", "–", "—", "―"})
#: apostrophes standing alone as a possessive mark after a final s ("Sanders' access")
APOSTROPHES = frozenset({"'", "’"})


def simple_present(verb: "Token") -> bool:
    """The verb is a simple present: tagged VBZ/VBP with no auxiliary of its own."""
    return verb.tag_ in PRESENT_TAGS and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def simple_past(verb: "Token") -> bool:
    """The verb is a simple past: tagged VBD, or a regular "-ed" form tagged VBN that heads a
    clause with its own active subject and no auxiliary ("the former mp also criticised the state
    government": the tagger often reads lower-case text so). An English participle cannot head a
    clause with a subject of its own unless an auxiliary carries the tense ("has criticised",
    "was criticised"); the forms of regular verbs are the same in the past and the participle."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and verb.dep_ not in NOMINAL_DEPS and verb.dep_ not in ("acl", "amod") \
        and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


#: labels a name can wrongly get on the verb whose subject it is ("USAID/RB had announced")
MISPARSED_SUBJECT_DEPS = frozenset({"advmod", "amod", "npadvmod", "dep", "nmod", "compound"})
#: labels of the words between a subject and its verb that are not noun phrases
VERB_GROUP_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})


def missed_subject(verb: "Token") -> "Token | None":
    """The subject of a finite verb that the parser left without one (English finite clauses
    have a subject): a name it hung on the verb as a modifier ("USAID had announced": USAID
    tagged as an adverb), the head noun of a past-tense verb it took for a noun modifier ("A
    delegation ... called on": a VBD form is no reduced relative, those are participles; a
    participle with an object, when the noun heads the whole sentence, "Trump called Clinton a
    liar."), or the
    conjunct or appositive noun phrase just before the verb that it joined to a fronted
    prepositional phrase ("On a visit to Zimbabwe, Ramaphosa voiced": Ramaphosa conj of Zimbabwe)."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN") \
            and verb.head.i < verb.i and any(c.dep_ in ("dobj", "oprd", "ccomp") for c in verb.children):
        return verb.head   # "Trump called Clinton a liar." parsed as a noun phrase: a sentence has a verb
    finite = verb.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ in FINITE_TAGS or c.tag_ == "MD") for c in verb.children)
    if verb.pos_ not in ("VERB", "AUX") or not finite or verb.dep_ in NOMINAL_DEPS \
            or any(c.dep_ in SUBJECT_DEPS or c.dep_ in SUBJECTS for c in verb.children) \
            or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
        return verb.head
    for c in verb.lefts:
        named = c.ent_type_ in PARTY_ENTS or (c.is_upper and c.is_alpha and len(c) >= 2)   # or an acronym
        if c.dep_ in MISPARSED_SUBJECT_DEPS and named and c.pos_ != "VERB":
            return c
    j = verb.i - 1
    while j >= verb.sent.start and verb.doc[j].dep_ in VERB_GROUP_DEPS and verb.doc[j].head.i == verb.i:
        j -= 1
    prev = verb.doc[j] if j >= verb.sent.start else None
    if prev is not None and prev.dep_ in ("conj", "appos") and prev.pos_ in ("PROPN", "NOUN") \
            and prev.left_edge.i > verb.sent.start and verb.doc[prev.left_edge.i - 1].text == "," \
            and any(a.i == verb.i for a in prev.ancestors) and prev.head.dep_ == "pobj":
        return prev
    return None


def misparsed_to_phrase(verb: "Token") -> "Token | None":
    """A name the parser took for the verb of an infinitive ("Republicans yielded to/aux
    Trump/xcomp"): a proper noun hung on ``verb`` as an open complement, with "to" as its marker
    and no argument of its own, is the object of the preposition "to" (a proper noun is no verb; one
    the entity tagger names as a party, not a title-case verb, "Vows to Build Wall"); None otherwise."""
    for kid in verb.children:
        if kid.dep_ == "xcomp" and kid.pos_ == "PROPN" and kid.ent_type_ in ACTOR_ENTS and kid.i > verb.i \
                and any(c.dep_ == "aux" and c.lower_ == "to" and c.i < kid.i for c in kid.children) \
                and not any(c.dep_ in ("nsubj", "dobj", "ccomp", "xcomp") for c in kid.children):
            return kid
    return None


def relative_antecedent(tok: "Token") -> "Token | None":
    """The noun a relative pronoun stands for ("Hispanic voters - who have helped push ...": the
    voters), or None when ``tok`` is no relative pronoun of a relative clause. A common noun in
    apposition to a name stands for the one named ("Chuck Grassley, the chairman of the committee
    who blocked the nomination": Grassley, the person the title describes)."""
    if tok.lower_ not in grammar().relative_pronouns or tok.head.dep_ != "relcl":
        return None
    noun = tok.head.head
    named = noun.head
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and named.i < noun.i and named.pos_ == "PROPN" \
            and named.ent_type_ in ("PERSON", "ORG"):
        return named
    return noun


def judging_verb(prep: "Token") -> "Token":
    """The verb a reason's preposition hangs on: its head, or the verb above an object predicate
    ("called the voters stupid for supporting Carson": the for-phrase gives why the object is
    judged so, the parser hanging it on the adjective)."""
    head = prep.head
    return head.head if head.dep_ == "oprd" and head.pos_ == "ADJ" else head


def misparsed_object(verb: "Token") -> "Token | None":
    """An object-case relative pronoun the parser hung on ``verb`` as a subject beside its real
    one ("Paul Ryan, whom Trump refused to endorse": whom and Trump both nsubj), or None: the
    pronoun is the object of the verb or of its infinitive (grammar.yaml ``object_relatives``)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return next((c for c in subjects if c.lower_ in grammar().object_relatives), None) if len(subjects) > 1 else None


def subject_of(verb: "Token") -> "Token | None":
    """The verb's subject child (``SUBJECTS``), not an object-case relative pronoun misparsed as one
    (``misparsed_object``)."""
    wrong = misparsed_object(verb)
    return next((c for c in verb.children if c.dep_ in SUBJECTS and (wrong is None or c.i != wrong.i)), None)

