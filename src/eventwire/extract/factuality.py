"""Factuality of an event trigger: asserted, negated, hypothetical, future, planned, denied,
disputed or reported, from cue words on the trigger and on the words that govern it.

Rules (cue lists in ``ontology/data/plover/factuality.yaml``):
- negated: a negation on the trigger or its auxiliaries, "no" on a noun above it up to the first
  verb ("no decision to leave"), a negating head ("failed to reach"), the conjunct after
  "nor" ("nor did we issue any plans"), or a subject quantified to zero ("not a single
  activist", "no one");
- denied / disputed: a denial or dispute head above it ("denied that ..."), a dispute word on it;
- hypothetical: a modal (would, could, can, must ...) or a conditional (if, unless) on it or on a verb
  above it below the first reporting verb; a question mark ending its clause ("will you
  resign?"); a possibility noun or adjective above it ("the prospect of", "eagerness to"),
  "want/hope to", a conditional phrase before its clause ("in case"), a modifier ("potential
  attacks");
- future: will/shall on it or above it, or a future head ("is set to");
- planned: a plan/preparation head above it ("made plans to send");
- reported: a reporting verb above it, or the trigger inside a quotation.
The first label of ``precedence`` that fires wins; none -> asserted. An intention word over a
stated fact ("warned that X was relinquishing") gives no "future".

Not handled: scope of negation beyond the trigger's own clause chain; disputes made in another
sentence are ``event_disputes``' job ("the Pentagon later said it was a draft"); irony; generic
statements (``event_noise`` drops the marked ones).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..ontology import plover
from ..ontology.grammar import grammar
from . import declarative
from .syntax import (DASHES, EMBED_DEPS, FINITE_TAGS, GOVERNING, OTHER_CLAUSE, OWN_CLAUSE_DEPS, first_person,
                     simple_past, to_infinitive)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from . import Context

#: factuality an embedding word gives to the event it embeds (kinds of triggers.yaml `embedding`)
EMBEDDED = {"intend": "future", "refuse": "negated", "request": "hypothetical", "command": "hypothetical"}


#: tags of a finite clause that states a fact (not an intention or a demand); its auxiliaries
#: are grammar.yaml's indicative_auxiliaries, never a modal_auxiliary
INDICATIVE_TAGS = frozenset({"VBD", "VBZ"})   # not VBP: a subjunctive is often tagged so


def indicative(clause: "Token") -> bool:
    """A finite complement clause stating a fact: "that the administration was relinquishing",
    "that no decision had been made"; not "that it would retaliate", "that he resign"."""
    kids = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    aux = {c.lower_ for c in kids}
    # (a modal by its tag too: "he'd force Mexico to pay" is "he would")
    return not aux & grammar().modal_auxiliaries and not any(c.tag_ == "MD" for c in kids) \
        and (bool(aux & grammar().indicative_auxiliaries) or clause.tag_ in INDICATIVE_TAGS)


def quality_clause(clause: "Token") -> bool:
    """A copular complement naming what its subject is or should be ("the GOP must be a party of
    ideas"): a quality, no act (a passive "must be punished" is no copula; "must be ready to
    mediate", "should be careful not to interfere" ask the act of their infinitive)."""
    preds = [c for c in clause.children if c.dep_ in ("attr", "acomp")]
    return clause.lemma_.lower() == "be" and bool(preds) \
        and not any(g.dep_ in ("xcomp", "ccomp") for p in [clause, *preds] for g in p.children)


def governors(tok: "Token", limit: int = 8) -> list["Token"]:
    """The trigger's chain of heads (nearest first) within its sentence."""
    out: list["Token"] = []
    node = tok
    while node.head is not node and node.dep_ in GOVERNING and len(out) < limit:
        node = node.head
        out.append(node)
    return out


def _charged(tok: "Token", cues: plover.FactualityCues) -> bool:
    """'accused of seeking support', 'accused Israel of killing', 'charged the centre with
    succumbing to pressure', 'blamed him for inciting': the act of a verb of charging's of-, with-
    or for-phrase (``charge_heads``, ``charge_prepositions``) is alleged."""
    prep = tok.head
    return tok.dep_ in ("pcomp", "pobj") and prep.dep_ == "prep" and prep.lower_ in cues.charge_prepositions \
        and prep.head.lemma_.lower() in cues.charge_heads


def charged(tok: "Token") -> bool:
    """The trigger is the act a verb of charging alleges ("accused Cruz of opposing the NSA's bulk
    collection", "blamed him for inciting"): see ``_charged``."""
    return _charged(tok, plover.factuality_cues())


def _uncoordinated_lemmas(tok: "Token", heads: list["Token"]) -> set[str]:
    """The words of the trigger's governors below a coordination of verbs: "denied that its
    allies were unhappy but said [the decision came after X threatened ...]" -- what the second
    verb says is not denied by the first (the trigger's own conjunction, "arrested and killed",
    shares its governors); nor is a verb coordinated with a denial verb that has a noun object of
    its own ("the government denied his party the victory and jailed him": two acts)."""
    out: set[str] = set()
    node = tok
    for h in heads:
        if node is not tok and node.dep_ == "conj" and node.pos_ in ("VERB", "AUX"):
            break
        if not (node is tok and tok.dep_ == "conj" and tok.pos_ == "VERB" and h.pos_ == "VERB"
                and _own_object(h)):
            out |= {h.lemma_.lower(), h.lower_}
        node = h
    return out


def _own_object(verb: "Token") -> bool:
    """The verb takes a noun object of its own ("denied his party the victory"): a verb coordinated
    with it is a second act of the same subject ("... and jailed him"), not the content of a
    denial (as in "denied that they attacked and killed")."""
    return any(c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN", "PRON") for c in verb.children)


def _charge_of_another(tok: "Token", cues: plover.FactualityCues) -> bool:
    """'dismissed Bernie Sanders' accusations', 'denied criticism from Giles': a noun of a charge
    (``made_charge_nouns``) that a denial head takes as its object and that names its own maker (a
    possessor other than a pronoun, a phrase of ``charge_maker_prepositions``: "by", "from") was
    made; the denial is of its content."""
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or tok.lemma_.lower() not in cues.made_charge_nouns:
        return False
    return any((c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ == "prep" and c.lower_ in cues.charge_maker_prepositions)
               for c in tok.children)


def for_to(tok: "Token") -> bool:
    """A "for X to V" clause ("called for President Obama to resign", "pushed for Iran to release
    the sailors"): an act wanted or proposed, never asserted."""
    kids = list(tok.children)
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in kids) and any(c.tag_ == "TO" for c in kids)


def _marks(tok: "Token") -> set[str]:
    """Lower-case words of the auxiliaries, negations and markers attached to a token. A finite
    verb takes no modal ("Will believes Christie ...", "which Will claims": the columnist George
    Will tagged as an auxiliary), so a modal on a present or past tense verb is no modal."""
    finite = tok.tag_ in FINITE_TAGS and tok.tag_ != "VBP"   # (a modal only ever governs a base form or a
    # participle; a base form after a modal is at times tagged VBP, so that tag is no proof)
    return {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass", "neg", "mark", "advmod", "det")
            and not (finite and c.dep_ == "aux" and c.tag_ == "MD")}


def told_past(verb: "Token") -> bool:
    """A verb in a past tense of its own: "authorized", "had slammed", "having slammed", "was
    arrested"; not under a modal of its own ("would have attended")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" or c.lower_ in grammar().modal_auxiliaries for c in aux):
        return False
    return simple_past(verb) or (verb.tag_ == "VBN" and any(c.lemma_.lower() == "have" or c.tag_ == "VBD" for c in aux))


def _inverted(clause: "Token") -> bool:
    """A clause opened by an auxiliary before its subject ("had they been able to", "had the police
    taken note": grammar.yaml ``inversion_auxiliaries``), the inverted conditional."""
    subj = next((c for v in (clause, *clause.children) for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    words = grammar().inversion_auxiliaries
    return any(t.lower_ in words and t.i < subj.i
               for t in (clause, *clause.children) if t.dep_ in ("aux", "auxpass", "advcl"))


def _reduced_relative(tok: "Token") -> bool:
    """'The government will compensate the families of those killed in the riots', 'will help the
    families of people arrested last week': a past participle with no auxiliary modifying a noun
    (a reduced passive relative clause) tells an act done to the noun's referent before the time
    of the clause around it; the future or plan of the verb above is not its own."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN", "PRON") \
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _own_clause(local: list["Token"]) -> list["Token"]:
    """The trigger's chain cut at a clause that tells a past act in its own tense: "a president
    who authorized the raid will instead hand ...", "the pledge he offered in Paris", "After he
    blasted the film, Swanson has now set his sights on ...", "Clinton proposed a debate but
    Sanders rejected it". A relative clause, an adverbial clause or a conjunct with its own
    subject (grammar: a finite clause carries its own tense and mood) is past whatever the verb
    above it intends, plans or foresees; a conditional keeps its own mark ("if he attacked")."""
    if _reduced_relative(local[0]):
        return local[:1]
    for i, node in enumerate(local):
        if node.dep_ not in OWN_CLAUSE_DEPS or node.pos_ not in ("VERB", "AUX") or not told_past(node):
            continue
        if node.dep_ in ("conj", "csubj") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            continue   # "arrested and killed": one subject, one clause (a clause with a subject of its own
            # parsed as another's clausal subject is a clause of its own: "Obama rebuked critics ...")
        if node.dep_ == "relcl" and any(c.dep_ == "mark" for c in node.children):
            continue   # "a rumour that the soldiers had attacked": the noun's content, no relative clause
        if node.dep_ == "advcl" and _inverted(node):
            continue   # "had the police taken note of the clash, ...": a condition, not an act
        return local[:i + 1]
    return local


def _negated(tok: "Token", heads: list["Token"], cues: plover.FactualityCues) -> bool:
    if declarative.holds("negation_child", tok) or declarative.holds("no_determiner", tok):
        return True   # plover/syntax_rules.yaml
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and _negated_or(tok):
        return True   # "hasn't endorsed her or conceded his bid": neither
    if not subjects and tok.dep_ == "conj":   # "no state shall expel or return": the shared subject
        subjects = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(_negative_quantifier(c) for c in subjects):
        return True   # "not a single activist has been arrested", "no one was detained"
    node = tok
    while node.dep_ in ("xcomp", "acomp") and node.head.i != node.i:
        node = node.head   # the controlling subject: "Neither Johnson nor Weld is inclined to attack"
        if any(_negative_quantifier(c) for c in node.children if c.dep_ in ("nsubj", "nsubjpass")):
            return True
    if tok.pos_ == "VERB" and any(c.dep_ == "dobj" and _negative_quantifier(c) for c in tok.children):
        return True   # "Mississippi offers no protections", "arrested no one": nothing was done
    if _negating_preposition(tok, cues):
        return True
    for h in heads:
        if h.pos_ in ("VERB", "AUX"):
            if (h.lemma_.lower() in cues.future_heads or h.lemma_.lower() in cues.implicative_heads) \
                    and tok.dep_ == "xcomp" and h.i == tok.head.i and any(c.dep_ == "neg" for c in h.children):
                return True   # "is never going to ask", "is not set to visit", "did not bother to ask"
            if h.lemma_.lower() in ("have", "be") and tok.dep_ == "xcomp" and h.i == tok.head.i \
                    and any(c.dep_ == "advmod" and c.lower_ in cues.pending_adverbs for c in h.children):
                return True   # "Trump has yet to apologize", "is yet to be arrested"
            if tok.dep_ == "acomp" and h.i == tok.head.i and h.lemma_.lower() == "be" \
                    and any(c.dep_ == "neg" for c in h.children):
                return True   # "Clinton wasn't willing to debate": a negated copula denies its predicate
            if tok.dep_ in ("xcomp", "advcl") and h.i == tok.head.i and to_infinitive(tok) \
                    and any(c.dep_ == "neg" for c in h.children) \
                    and h.lemma_.lower() not in cues.negating_heads | cues.unhesitating_heads:
                return True   # "did not send troops to attack Gaza": the aim of an act not done
            return h.lemma_.lower() in cues.negating_heads and tok.dep_ == "xcomp" and h.i == tok.head.i
        if any(c.dep_ == "det" and c.lower_ in cues.negation_words for c in h.children):
            return True
        if h.lemma_.lower() in cues.negating_heads and tok.dep_ in ("acl", "xcomp") and h.i == tok.head.i:
            return True   # "Bush's refusal to condemn the display", "unable to reach": not done
    return False


def _negating_preposition(tok: "Token", cues: plover.FactualityCues) -> bool:
    """A gerund whose act did not take place: after "without", "instead of", "rather than", after
    "from" under a verb of holding back ("refrained from attacking", "barred from entering"), or
    the means ("by") of a negated infinitive."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("pcomp", "pobj") or tok.i == 0:
        return False
    words = [t.lower_ for t in tok.doc[max(tok.sent.start, tok.i - 3):tok.i]]
    if any(words[-len(p):] == list(p) for p in cues.negating_prepositions if len(words) >= len(p)):
        return True
    prep = tok.head
    if prep.lower_ in grammar().means_prepositions:
        acts = [prep.head]   # and the xcomp/acomp chain below it before the "by": the parser may hang
        for v in acts:       # the phrase higher ("were careful not to anger him by urging him")
            acts += [x for x in v.children if x.dep_ in ("xcomp", "acomp") and x.i < prep.i]
        if any(c.dep_ == "neg" for v in acts if to_infinitive(v) for c in v.children):
            return True   # "careful not to anger him by urging him to quit": the means of an act not done
            # (a negated finite verb denies a description of a means done: "wasn't hiding anything
            # by refusing to cooperate")
    return prep.lower_ == "from" and prep.head.lemma_.lower() in cues.from_negating_heads


def _negated_or(tok: "Token") -> bool:
    """A verb joined by "or" to a negated verb, with no subject or auxiliary of its own, is negated
    with it ("not A or B" is neither A nor B); "and" joins acts that may differ ("did not stop and
    went on" is no such pair)."""
    head = tok.head
    if tok.dep_ != "conj" or head.i == tok.i or any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
        return False
    return any(c.dep_ == "neg" for c in head.children) and any(c.dep_ == "cc" and c.lower_ == "or" for c in head.children)


def _negative_quantifier(subj: "Token") -> bool:
    """A subject quantified to zero: "no activist", "not a single activist", "not one", "none",
    "neither A nor B"."""
    if subj.lower_ in grammar().negative_subjects or any(d.dep_ == "det" and d.lower_ == "no" for d in subj.children):
        return True
    first = subj.left_edge
    if first.lower_ == "neither" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in subj.children):
        return True   # "Neither Speaker Ryan nor anyone on his team has ever asked": none of them
    return first.lower_ == "not" or (first.i > 0 and first.doc[first.i - 1].lower_ == "not" and first.lower_ in ("a", "one"))


def _nor(tok: "Token") -> bool:
    """'there's no decision to leave, nor did we issue any plans': the conjunct after 'nor' (rule
    ``conjunct_after_nor`` of plover/syntax_rules.yaml)."""
    return declarative.holds("conjunct_after_nor", tok)


def _phrase_before(tok: "Token", phrases: list[list[str]]) -> bool:
    """A multi-word conditional ("in case") right before the clause of ``tok``."""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    start = subj.left_edge.i if subj is not None and subj.i < tok.i else tok.i
    words = [t.lower_ for t in tok.doc[max(0, start - 4):start]]
    return any(words[-len(p):] == p for p in phrases if len(words) >= len(p))


def _possible(tok: "Token", local: list["Token"], cues: plover.FactualityCues) -> bool:
    """A possibility, not an act: under 'the prospect of', 'eagerness to', 'in case ...', or a
    noun trigger modified by 'potential', 'possible' ..."""
    if any(c.dep_ in ("amod", "advmod") and c.lower_ in cues.hypothetical_mods for c in tok.children):
        return True
    if tok.pos_ == "NOUN" and any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lower_ in cues.hypothetical_mods
                                  for c in tok.children):
        return True   # "his visit to cambodia slated next month", "the sanctions proposed by the EU"
    first = first_conjunct(tok)   # "wants Turkey to close its borders and join the war": both wanted
    for h in local[local.index(first) + 1 if first in local else 1:]:
        lemma = h.lemma_.lower()
        if h.pos_ in ("VERB", "AUX"):   # "want to break up the banks", "hopes to visit"
            if lemma in cues.hypothetical_heads and (
                    (first.dep_ == "xcomp" and first.head.i == h.i)
                    # an infinitive with a subject of its own ("wants Turkey to close"), parsed ccomp
                    or (first.dep_ == "ccomp" and first.head.i == h.i and to_infinitive(first))
                    or (first.dep_ == "pcomp" and first.head.head.i == h.i)):
                return True   # (a gerund after its preposition: "is leaning toward supporting Trump")
            subj = next((c for c in h.children if c.dep_ == "nsubj"), None)
            if lemma == "be" and tok.dep_ in ("xcomp", "attr", "ccomp") and tok.head.i == h.i and subj is not None \
                    and subj.lemma_.lower() in cues.hypothetical_heads | cues.planned_heads:
                return True   # "the government's only hope was to send me to prison", "the plan is to strike"
            break
        if lemma in cues.hypothetical_heads and (lemma not in ("case", "event") or h.head.lower_ == "in"):
            return True
        if lemma in cues.ability_adjectives and tok.dep_ == "xcomp" and tok.head.i == h.i and not _told_past(h):
            return True   # "to be able to help"; not "have been able to arrest" (it took place)
    phrases = [w.split() for w in cues.hypothetical_words if " " in w]
    return _phrase_before(tok, phrases)


def first_conjunct(tok: "Token") -> "Token":
    """The first of the coordinated verbs ``tok`` belongs to when it has no subject, auxiliary or
    infinitive marker of its own ("to fast and pray and approach the Lord": "fast"): coordinated
    verbs share the mood and the governing word of the first (grammar: coordination joins like
    with like). A conjunct with its own subject or auxiliary is a clause of its own, and so is one
    of another verb form ("his ability to jolt the recovery ... and accused Obama": a past verb
    is no second infinitive; the parser joined it to the wrong verb)."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ in ("VERB", "AUX") \
            and _same_form(node, node.head) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in node.children):
        node = node.head
    return node


#: verb tags of the bare form (a plain present is often tagged for an infinitive and back)
BARE_TAGS = frozenset({"VB", "VBP"})


def _same_form(a: "Token", b: "Token") -> bool:
    return a.tag_ == b.tag_ or (a.tag_ in BARE_TAGS and b.tag_ in BARE_TAGS)


def _told_past(adj: "Token") -> bool:
    """An adjective whose copula is past or perfect ("was able", "have been able")."""
    cop = adj.head if adj.dep_ in ("acomp", "attr", "oprd") else adj
    aux = {c.lemma_.lower() for c in cop.children if c.dep_ in ("aux", "auxpass")}
    return cop.tag_ == "VBD" or (cop.tag_ == "VBN" and "have" in aux)


def _below_report(heads: list["Token"], cues: plover.FactualityCues) -> list["Token"]:
    """Heads up to (not including) the first reporting verb."""
    out = []
    for h in heads:
        if h.lemma_.lower() in cues.reporting_heads:
            break
        out.append(h)
    return out


def backshifted_will(tok: "Token") -> bool:
    """'said they would boycott the elections': 'would' (``reported_future_auxiliaries``) in reported
    speech is a backshifted 'will', a future, not a possibility (not under a condition: 'would
    strike if attacked' is left to the conditional rule). A modal perfect is no backshifted future
    but the conditional perfect of an act that did not happen ("said he would have attended the
    meeting if ...": the past that would have been, a counterfactual, hypothetical)."""
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if not aux & grammar().reported_future_auxiliaries or tok.dep_ != "ccomp" \
            or tok.head.lemma_.lower() not in plover.factuality_cues().reporting_heads \
            or aux & grammar().perfect_auxiliaries:
        return False
    if _quoted_clause(tok):
        return False   # '"I would welcome his support," Pence said': direct speech keeps the
        # speaker's own tense, so its "would" is a possibility, no backshifted "will"
    marks = plover.lexicon().conditional.marks   # "if", "unless": not "while delaying ..."
    return not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
                   for c in tok.children)


def _quoted_clause(clause: "Token") -> bool:
    """The reported clause is a direct quotation: a quotation mark opens it (its first word, or
    the token before it) and the reporting verb stands outside the marks."""
    first = clause.left_edge
    doc = clause.doc
    before = doc[first.i - 1] if first.i > 0 else None
    opened = first.is_quote or (before is not None and before.is_quote)
    return opened and not clause.left_edge.i <= clause.head.i <= clause.right_edge.i


def _asked(local: list["Token"], cues: plover.FactualityCues) -> bool:
    """The trigger's clause (or one above it, below the first reporting verb) ends in a question
    mark: "Will you resign?", "Which state is Clinton going to win?" ask; they assert nothing."""
    return any(c.dep_ == "punct" and c.text in cues.question_marks for t in local for c in t.children)


def asked(tok: "Token") -> bool:
    """The trigger's clause, or one above it below the first reporting verb, is a question."""
    cues = plover.factuality_cues()
    return _asked([tok] + _below_report(governors(tok), cues), cues)


def _in_quote(tok: "Token", ctx: "Context | None") -> bool:
    if ctx is None:
        return False
    return any(q.start <= tok.idx < q.end for q in ctx.results.get("quotes", ()))


#: links of a noun's to-infinitive (the parser labels "calls to ban" a relative clause at times)
NOUN_INFINITIVE_DEPS = frozenset({"acl", "relcl"})


def _infinitive_of_nouns(tok: "Token", heads: list["Token"]) -> set[str]:
    """The lemmas of the nouns above the trigger reached through a to-infinitive ("the proposal to
    ban Muslims"), not through a participle ("legislation restricting access" restricts it)."""
    out: set[str] = set()
    below = tok
    for h in heads:
        if h.pos_ == "NOUN" and below.dep_ in NOUN_INFINITIVE_DEPS and to_infinitive(below):
            out.add(h.lemma_.lower())
        below = h
    noun = subject_noun_of_infinitive(tok)
    if noun is not None:
        out.add(noun.lemma_.lower())
    return out


def subject_noun_of_infinitive(tok: "Token") -> "Token | None":
    """'Trump's call to ban all Muslim immigrants bears some of the responsibility': the parser may
    take the noun before a to-infinitive for the infinitive's subject; a to-infinitive has a subject
    only after "for" ("for Iran to attack"), so without one the noun is the head the infinitive
    completes (grammar), and its proposal or call is what the act belongs to."""
    if not to_infinitive(tok) or any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children):
        return None
    return next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i < tok.i), None)


def _dissuaded(tok: "Token", cues: plover.FactualityCues) -> bool:
    """'warned Iran against attacking': the gerund after "against" under a verb of dissuading is an
    act to be avoided (``against_hypothetical_heads``)."""
    prep = tok.head
    return tok.dep_ == "pcomp" and prep.dep_ == "prep" and prep.lower_ == "against" \
        and prep.head.lemma_.lower() in cues.against_hypothetical_heads


#: tokens that set a relative clause off from its noun (a non-restrictive clause tells news of its own)
SETTING_OFF = frozenset({",", "("}) | DASHES


def predicted(tok: "Token") -> bool:
    """'candidates who will protect our rights', 'the groups that will march': an act in the future
    tense ("will", ``future_words``) told in a restrictive relative clause (no comma before it: it
    says which ones its noun means) describes that noun and asserts no one's intent. PLOVER codes
    cooperative and material acts reported in the future tense as intentions (AGREE) because
    such a report is the actor's announcement ("the government will release the prisoners");
    a description is none. Kept: the speaker's own ("we who will fight"), a clause set off by a
    comma ("Obama, who will meet Castro, ...": news of its own) and an act with a time of its
    own ("the envoy who will visit Godhra on Friday": an announced schedule)."""
    clause = tok
    while clause.dep_ in ("conj", "xcomp") and clause.head is not clause:
        clause = clause.head   # "who will fight at home and abroad to destroy ...": the first verb's "will"
    first = clause.left_edge.i
    if clause.dep_ != "relcl" or first == 0 or clause.doc[first - 1].text in SETTING_OFF:
        return False
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in plover.factuality_cues().future_words
               for c in clause.children):
        return False
    if first_person(clause.head) or any(first_person(c) for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for v in {tok, clause} for c in v.children
                   if c.dep_ not in OTHER_CLAUSE | EMBED_DEPS for t in c.subtree)   # "on Friday", "next week"


def foreseen(tok: "Token") -> bool:
    """'Many Republicans fear that Trump will destroy the party': a future act (``future_words``)
    in the that-clause of a verb or adjective of fearing or predicting (``foreseeing_heads``),
    done by another than the one who fears it, is a possibility foreseen, no stated intent."""
    cues = plover.factuality_cues()
    if tok.dep_ != "ccomp" or not _marks(tok) & cues.future_words:
        return False
    head = tok.head
    if head.lemma_.lower() not in cues.foreseeing_heads and head.lower_ not in cues.foreseeing_heads:
        return False
    thinker = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if thinker is None and head.dep_ == "acomp":   # "they are worried that ...": the copula's subject
        thinker = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    doer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if thinker is None or doer is None:
        return True
    g = grammar()
    plural = thinker.tag_ in ("NNS", "NNPS") or thinker.lower_ in g.plural_subject_pronouns
    same = thinker.lower_ == doer.lower_ or (doer.pos_ == "PRON" and doer.lower_ not in g.addressee_pronouns
                                             and plural == (doer.lower_ in g.plural_subject_pronouns))
    return not same   # (a pronoun agreeing with the thinker is the thinker: "Israel believes it will strike")


def labels(tok: "Token", ctx: "Context | None" = None, embed_kind: str | None = None,
           refusal: bool = False) -> set[str]:
    """Every factuality label whose cue fires for trigger ``tok`` (``refusal``: its negation and
    auxiliary were used up by coding the event as a REJECT: "will not lift" is a refusal now)."""
    cues = plover.factuality_cues()
    heads = governors(tok)
    local = _own_clause([tok] + _below_report(heads, cues))
    lemmas = {h.lemma_.lower() for h in heads} | {h.lower_ for h in heads}
    marks = set().union(*(_marks(t) for t in local))
    found = set()
    if backshifted_will(tok):   # "said they would boycott": the reported speaker's "will"
        marks -= grammar().reported_future_auxiliaries
        found.add("future")
    if embed_kind in EMBEDDED and not (tok.dep_ == "ccomp" and indicative(tok)):
        found.add(EMBEDDED[embed_kind])   # "warned that X was relinquishing" states a fact
    if not refusal and (_negated(tok, heads, cues) or _nor(tok) or _excessive(tok)):
        found.add("negated")
    if _uncoordinated_lemmas(tok, heads) & (cues.denial_heads | cues.denial_nouns) and not _charge_of_another(tok, cues):
        found.add("denied")
    if lemmas & cues.dispute_heads or _marks(tok) & cues.dispute_words or _charged(tok, cues) or \
            any(c.lower_ in cues.dispute_words for c in tok.children if c.dep_ in ("amod", "advmod")):
        found.add("disputed")
    modal_head = any(g.dep_ == "xcomp" and g.head.pos_ in ("AUX", "VERB") and g.head.lower_ in cues.hypothetical_words
                     for g in [tok, *heads])
    # ("a goon who ought to have been in police custody": the parser makes "ought" the clause's
    # verb and what ought to be its complement; not a conjunct of a modal: "cannot and will not support")
    if marks & cues.hypothetical_words or modal_head or _possible(tok, local, cues) or _asked(local, cues) or for_to(tok) \
            or _dissuaded(tok, cues) or foreseen(tok) or _contemplated(tok, cues) or _sufficed(tok):
        found.add("hypothetical")
    ahead = {h.lemma_.lower() for h in local[1:] if _future_head(h)}
    if not refusal and (marks & cues.future_words or ahead & cues.future_heads):
        found.add("future")
    plan_words = {w for h in local[1:] for w in (h.lemma_.lower(), h.lower_)}
    plan_words |= {c.lemma_.lower() for h in local[1:] for c in h.children if c.dep_ == "dobj"}  # made plans to
    plan_nouns = _infinitive_of_nouns(tok, local[1:])   # "a proposal to ban"
    if plan_words & cues.planned_heads or plan_nouns & cues.planned_nouns:
        found.add("planned")
    attributed = any(c.lemma_.lower() in cues.reporting_heads for t in local for c in t.children
                     if c.dep_ in ("prep", "advcl"))  # "..., according to witnesses"
    if lemmas & cues.reporting_heads or attributed or _in_quote(tok, ctx):
        found.add("reported")
    return found


def _future_head(h: "Token") -> bool:
    """A head that can make its complement future: "go" only in the progressive ("is going to
    attack"); "went on to criticize" tells what was done next, in the past."""
    return h.lemma_.lower() != "go" or h.tag_ == "VBG"


def _contemplated(tok: "Token", cues: plover.FactualityCues) -> bool:
    """'Trump talked about bombing Iran', 'has mused about abandoning decades of policy': a gerund
    that is the topic (grammar.yaml ``topic_prepositions``) of a verb of talk or thought
    (``contemplating_heads``) names an act considered, not done."""
    prep = tok.head
    return tok.tag_ == "VBG" and tok.dep_ in ("pcomp", "pobj") and prep.lower_ in grammar().topic_prepositions \
        and prep.head.lemma_.lower() in cues.contemplating_heads


def _sufficed(tok: "Token") -> bool:
    """'there wasn't enough evidence to convict him', 'strong enough to defeat him': an infinitive
    complement of a noun or an adjective of sufficient degree (grammar.yaml
    ``sufficiency_degree_words``) is what the amount would allow, a possibility, not an act done."""
    if tok.dep_ not in ("acl", "xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    head, words = tok.head, grammar().sufficiency_degree_words
    return head.lower_ in words or any(c.dep_ in ("amod", "advmod", "det") and c.lower_ in words for c in head.children)


def _excessive(tok: "Token") -> bool:
    """'Obama was too weak to confront Russia', 'too friendly with Wall Street to be trusted to
    crack down': an infinitive complement of a degree of excess (grammar.yaml ``excess_degree_words``)
    is what the excess prevents, not done; "all too happy to seize on" is eagerness (``eager_degree_words``)."""
    node = tok
    for _ in range(3):
        if node.dep_ != "xcomp" or node.head is node:
            return False
        node = node.head
        if node.pos_ in ("ADJ", "ADV") and any(
                c.dep_ == "advmod" and c.lower_ in grammar().excess_degree_words
                and not (c.i > 0 and c.doc[c.i - 1].lower_ in grammar().eager_degree_words)   # "all too happy to"
                for c in node.children):
            return True
    return False


def factuality(tok: "Token", ctx: "Context | None" = None, embed_kind: str | None = None,
               refusal: bool = False) -> str:
    """The factuality label of the event triggered by ``tok`` (see module docstring)."""
    found = labels(tok, ctx, embed_kind, refusal)
    for label in plover.factuality_cues().precedence:
        if label in found:
            return label
    return "asserted"
