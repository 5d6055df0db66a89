"""Clauses with a tense of their own, charges and grounds, promises to no one, habits, owners named
by a pronoun (issue 10, twenty-seventh round).

- "a president who authorized the raid ... will hand", "Clinton proposed a debate, but Sanders
  rejected it", "After he blasted the film, Swanson has now set his sights on ...": a relative or
  adverbial clause, or a conjunct with its own subject, told in a past tense of its own, is past
  whatever the verb above it intends, plans or foresees (factuality._own_clause); not a noun's
  content clause ("a rumour that the soldiers had attacked") nor an inverted conditional ("had the
  police taken note of the clash, ..."; grammar.yaml inversion_auxiliaries). A modal on a verb in
  the present or past tense is no modal ("Will believes ...": the columnist George Will).
- "favored imposing heavy tariffs": a verb of preference names a policy wanted (factuality.yaml
  hypothetical_heads: favor, prefer).
- "accused Cruz of opposing the NSA's bulk collection", "criticized Snyder for refusing to ask for
  assistance": a statement or stance a verb of charging alleges, or the ground of a verb of
  judgement, is the content of the accusation, no event of its own (precision.yaml
  charge_content_types, ground_verbs); a material act alleged stays.
- "she will protect reproductive rights", "Mexico will pay for the wall": a promise of cooperation,
  support or aid read from the future tense needs a party to cooperate with, as PLOVER AGREE does
  (precision.yaml future_partner_codes); future meetings ("the Council will meet") stay. A
  preposition is no party ("pay for": event_actors.FUNCTION_POS).
- "Israel coordinates with Jordan on a regular basis": the narrator's simple present in the body
  of an article is a habit or a stance, no happening (events._habitual); a headline-length line
  and the first sentence keep theirs ("Sanders praises Obama after meeting").
- "Many environmentalists criticized Clinton": a doer quantified as a share of its class is a
  generalisation, no act (grammar.yaml generic_quantifiers; events._share_of_class).
- "helped George W. Bush carry the state": "help" with a party helped and a verbal complement is a
  contribution to the complement's act, no aid (precision.yaml facilitating_verbs).
- "Clinton's speech denouncing his economic policies": a possessive pronoun names the owner of
  the thing criticised, so the party it refers to is the recipient (event_actors.owner_of_thing),
  unless it is the actor's own.

Hand-written sentences; each rule's test fails on the commit before the round (dee9c0b); the
guards pass on both.
"""
from __future__ import annotations

from event_helpers import factual, sides

from eventwire import Article
from eventwire.pipeline import process

US = "2016-05-04"
IN = "2002-03-05"


def test_a_past_relative_clause_keeps_its_own_tense() -> None:
    # (round 30: "authorize" lost its default code; "approve" keeps its own)
    found = factual("A president who approved the raid that killed Osama bin Laden will instead hand "
                    "his successor a war.", US)
    assert ("CONCEDE", "approved", "asserted") in found


def test_a_past_conjunct_with_its_own_subject_keeps_its_own_tense() -> None:
    found = factual("Clinton proposed they debate on April 15, but Sanders rejected that, too.", US)
    assert ("REJECT", "rejected", "asserted") in found


def test_a_noun_content_clause_and_an_inverted_condition_are_no_own_clause() -> None:   # guards
    assert "attacked" not in [f[1] for f in factual(
        "There was a rumour that the soldiers had attacked a mosque in the town.", IN)]
    found = factual("And had the police taken serious note of a clash between groups of muslims in dahod in "
                    "december 2001, perhaps it would not have been caught unawares by the attack.", IN)
    assert "taken" not in [f[1] for f in found]


def test_a_modal_on_a_tensed_verb_is_a_name() -> None:
    found = factual("Columnist George Will writes often about the courts. Will argues Obama attacked the court.", US)
    attacks = [f for f in found if f[1] == "attacked"]
    assert attacks and all(f[2] != "future" for f in attacks)


def test_a_policy_favored_is_not_done() -> None:   # guard (the conjunct's own tense no longer hides it)
    found = factual("Representative Brooks has said that he would consider anything and that he favored "
                    "imposing heavy tariffs on China.", US)
    assert "imposing" not in [f[1] for f in found]


def test_a_stance_charged_is_the_content_of_the_charge() -> None:
    found = sides("New Jersey Gov. Chris Christie accused Sen. Ted Cruz of opposing the NSA's bulk collection "
                  "of metadata.", US)
    assert found == [("ACCUSE", "accused", "Chris Christie", "Ted Cruz")]


def test_the_ground_of_a_judgement_is_no_event_of_its_own() -> None:
    found = sides("Sen. Bernie Sanders criticized Gov. Rick Snyder for refusing to ask for federal assistance.", US)
    assert [f[1] for f in found] == ["criticized"]


def test_a_promise_of_cooperation_needs_a_partner() -> None:
    assert sides("Hillary Clinton told a Planned Parenthood gathering in Washington she will protect "
                 "reproductive rights.", US) == []
    assert sides("Trump said Mexico will pay for the wall.", US) == []


def test_future_meetings_and_partnered_promises_stay() -> None:   # guards
    assert sides("Germany will send aid to Ukraine.", US) == [("AGREE", "send", "Germany", "Ukraine")]
    assert [f[:2] for f in sides("The European Council will meet for further deliberations on March 17-18.", US)] \
        == [("AGREE", "meet")]


ARTICLE = ("Sanders praises Obama after meeting\n\n"
           "Bernie Sanders met President Obama at the White House on Tuesday and praised him afterwards, aides "
           "said in a statement released to reporters late in the evening.\n\n"
           "The once hostile neighbours have grown close over the past two decades, and today Israel coordinates "
           "with Jordan on a regular basis on security along the long border they share in the Jordan valley.\n")


def test_the_simple_present_in_the_body_is_a_habit() -> None:
    events = process(Article(id="t", text=ARTICLE, published=US)).events
    triggers = [e.trigger.text for e in events]
    assert "coordinates" not in triggers
    assert "praises" in triggers   # guard: the headline's present tells news


def test_a_possessive_pronoun_names_the_owner_criticised() -> None:
    found = sides("Republican presidential candidate Donald Trump will follow Democratic candidate Hillary "
                  "Clinton's Tuesday speech denouncing his economic policies with a speech of his own.", US)
    assert ("ACCUSE", "denouncing", "Hillary Clinton", "Donald Trump") in found


def test_the_actors_own_thing_names_no_recipient() -> None:   # guard
    found = sides("Hillary Clinton criticized Donald Trump on Monday and defended her record on trade.", US)
    assert all(r is None or "Clinton" not in r for t, w, a, r in found)


def test_help_to_act_is_no_aid() -> None:
    assert sides("Cuban-Americans twice helped George W. Bush carry the state.", US) == []
    assert sides("The negative press coverage helped Atlantic City make the case for legalized gambling.", US) == []


def test_help_with_no_party_helped_stays_aid() -> None:   # guard
    found = sides("Germany spent a record 23 billion euros last year on helping to integrate more than one million "
                  "refugees.", US)
    assert [f[:2] for f in found] == [("AID", "helping")]
    assert sides("The United States helped Ukraine with weapons.", US) == [("AID", "helped", "United States", "Ukraine")]


def test_a_clause_misparsed_as_a_clausal_subject_keeps_its_own_tense() -> None:
    found = factual('President Obama passionately rebuked critics who say he should condemn terrorists as "radical '
                    'Islamists," saying calling the Islamic State by another name will do nothing to defeat it.', US)
    rebukes = [f for f in found if f[1] == "rebuked"]
    assert rebukes and all(f[2] != "future" for f in rebukes)


def test_a_share_of_a_class_does_no_act() -> None:
    assert sides("Many environmentalists criticized Hillary Clinton on Monday.", US) == []
    assert sides("Many Republicans criticized Donald Trump on Monday.", US) == []


def test_a_counted_group_and_a_quantified_recipient_stay() -> None:   # guard
    assert [f[:2] for f in sides("Some Republicans condemned Donald Trump.", US)] == [("ACCUSE", "condemned")]
    assert [f[:2] for f in sides("Police arrested many protesters.", US)] == [("COERCE", "arrested")]
