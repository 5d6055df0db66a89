"""Names in caseless text as parties, the Indian press's "the centre", interview questions,
negated subjects and copulas, idioms, dismissals, acts charged, a relative clause's year
(issue 10, nineteenth round).

- "condemned the intransigence of the vhp": in text written without capitals a dictionary name of
  a party (a person, organisation or group the caseless matcher found) can be a side like a
  capitalised name, so the act aimed at the party's attribute is aimed at the party. A place so
  found is not ("visited the riot-affected areas of ahmedabad" meets no one).
- "urged the centre to take action": in an article whose country is India, the bare definite
  "the centre" is the Union government (actor_words.yaml government_metonyms), coded IND, GOV;
  not in a British story.
- "it was the responsibility of Parliament to find a solution": an infinitive under an extraposed
  noun of obligation (grammar.yaml obligation_nouns) states a norm, no act.
- "Asked by Stephanopoulos to respond", "asking for anonymity to speak freely": a question put to a
  speaker, and the reporter's condition, are no PLOVER REQUEST.
- "Neither Speaker Ryan nor anyone on his team has ever asked", "Clinton wasn't willing to
  debate": a subject "neither ... nor" and a negated copula negate the act (no event is emitted).
- "Podliska's firing": a noun of dismissal with a person as possessor is no shooting; "Hamas's
  firing of rockets" stays.
- "picking up problems": a phrasal verb of arrest with a thing as object is no arrest; "picked up
  three men" stays.
- "caught up in a contradiction", "fired up the crowd": idioms (precision.yaml idiom_phrasals);
  "backed away from a suggestion" yields (CAMEO 080, as "back down"), no support.
- "declined to criticize Clinton": declining to speak rejects nothing (precision.yaml
  silence_verbs); "declined to endorse Ryan" stays.
- "Sanders whipped Clinton", "snatched victory from Al Gore": contests won, no force or seizure.
- "voters who backed Sanders": people defined by whom they backed, no act of support.
- "calling Trump's charge 'pathetic'": the one a naming predicate judges is the recipient.
- "has said she will not release the transcripts": a refusal said is dated by its saying.
- "charged the government with succumbing to pressure": the act a verb of charging charges is
  alleged (disputed), as for "accused of".
- "has described the probe as a security review": a thing characterised, no act.
- "criticised the centre's stand": the recipient's name is "the centre", without the possessive.
- "said singh, who in 1990 first toyed with the idea": a relative clause's earlier year describes
  the person; it does not end the story day of the sentences after it.

Hand-written sentences; each rule's test fails on the commit before the round (c2f0684); the
guards pass on both.
"""
from __future__ import annotations

from event_helpers import dated, factual, sides

from eventwire.pipeline import process
from eventwire.records import Article

US = "2016-05-01"
IN = "2002-03-10"


def test_a_caseless_party_name_in_an_of_phrase_is_the_recipient():
    found = sides("coal and mines minister ram vilas paswan on friday condemned the intransigence of the vhp.", IN)
    assert [(t, r) for t, w, a, r in found] == [("ACCUSE", "Vishwa Hindu Parishad")]


def test_a_caseless_place_is_no_party_visited():   # guard
    assert sides("defence minister george fernandes visited the riot-affected areas of ahmedabad on friday.", IN) == []


INDIAN = ("ahmedabad: the vhp on saturday urged the centre to take action against the culprits in gujarat. "
          "the bjp leaders in lucknow and mumbai met in delhi.")


def test_the_centre_in_an_indian_article_is_the_government():
    events = process(Article(id="t", text=INDIAN, published=IN)).events
    asked = [e for e in events if e.type == "REQUEST"]
    assert [(e.recipient.name, e.recipient.country, e.recipient.sector) for e in asked if e.recipient] == [
        ("the centre", "IND", "GOV")]


def test_the_centre_elsewhere_is_no_government():   # guard
    found = sides("London: Labour on Saturday urged the centre to take action against the party's critics.", US)
    assert [(t, r) for t, w, a, r in found] == [("REQUEST", None)]


def test_a_task_stated_as_someones_responsibility_is_no_act():
    found = sides("The VHP on Saturday asserted that it was the responsibility of Parliament to find a solution "
                  "to the dispute.", IN)
    assert [w for t, w, a, r in found] == []


def test_an_interview_question_and_a_request_for_anonymity_are_no_requests():
    assert sides("Asked by Stephanopoulos to respond to the criticism, Carson said he was proud.", US) == []
    assert sides("The official, asking for anonymity to speak freely, said the plan failed.", US) == []


def test_neither_nor_and_a_negated_copula_negate_the_act():
    assert sides("Neither Speaker Ryan nor anyone on his team has ever asked for Donald Trump's endorsement.", US) == []
    assert sides('Sanders said Clinton wasn\'t "willing to debate issues of importance to New Yorkers."', US) == []


def test_a_persons_firing_is_a_dismissal():
    assert sides("Gowdy tied these statements to Podliska's firing.", US) == []


def test_firing_of_rockets_stays():   # guard
    assert [(t, a, r) for t, w, a, r in sides("Hamas's firing of rockets at Israel continued.", US)] == [
        ("ASSAULT", "Hamas", "Israel")]


def test_picking_up_a_thing_is_no_arrest():
    assert sides("The reporter started picking up problems with Theranos's valuation.", US) == []


def test_picking_up_people_stays_an_arrest():   # guard
    assert [(t, r) for t, w, a, r in sides("Police picked up three men from the market.", US)] == [
        ("COERCE", "three men")]


def test_idioms_of_catching_and_firing_up_are_no_acts():
    assert sides("The GOP nominee is either caught up in a contradiction or he is lying.", US) == []
    assert sides("Trump fired up the crowd in Ohio.", US) == []


def test_catching_a_thief_stays():   # guard
    assert [t for t, w, a, r in sides("Police caught the thief in the market.", US)] == ["COERCE"]


def test_an_act_one_is_charged_with_is_alleged():
    found = factual("The CPM charged the government with succumbing to pressure from foreign powers.", US)
    # (a verbal concession charged is the accusation's content, no event of its own: round 27)
    assert not [f for f in found if f[1] == "succumbing"]
    assert ("ACCUSE", "charged", "asserted") in found
    found = factual("The CPM charged the police with firing on the protesters.", US)
    assert ("ASSAULT", "firing", "disputed") in found   # a material act charged stays, alleged


def test_a_thing_characterised_is_no_act():
    assert sides("The Clinton campaign has described the probe as a security review.", US) == []


def test_a_possessor_named_without_its_possessive():
    found = sides("Trump criticized the moderator's question on Tuesday.", US)
    assert [(t, r) for t, w, a, r in found] == [("ACCUSE", "the moderator")]


def test_a_relative_clauses_year_does_not_end_the_story_day():
    found = dated('mumbai: former prime minister v p singh on wednesday met the governor. "we will win," said singh, '
                  "who in 1990 first toyed with the idea of a national government. singh refused to support the "
                  "cpm's appeal to opposition parties.", "2002-03-27")
    assert ("REJECT", "refused", "2002-03-27") in found


def test_a_main_clauses_earlier_year_still_ends_it():   # guard
    found = dated("mumbai: former prime minister v p singh on wednesday met the governor. in 1990 singh first "
                  "toyed with the idea of a national government. singh refused to support the cpm's appeal to "
                  "opposition parties.", "2002-03-27")
    assert ("REJECT", "refused", None) in found


def test_the_one_a_naming_predicate_judges_is_the_recipient():
    found = sides('Clinton campaign spokesman Brian Fallon responded on Twitter, calling Trump\'s charge "pathetic" '
                  'and "dangerous."', US)
    assert [(t, r) for t, w, a, r in found] == [("ACCUSE", "Donald Trump")]


def test_people_defined_by_whom_they_backed_is_no_act_of_support():
    assert sides("It was a rally for activists and voters who backed Sanders.", US) == []
    assert sides("These people who backed different candidates are angry.", US) == []


def test_a_named_partys_backing_stays():   # guard
    found = sides("Governor Chris Christie backed Donald Trump on Friday.", US)
    assert [(t, a, r) for t, w, a, r in found] == [("SUPPORT", "Chris Christie", "Donald Trump")]


def test_a_refusal_said_is_dated_by_its_saying():
    assert dated("Clinton has said she will not release the transcripts.", US) == [("REJECT", "release", None)]
    # (round 21: "would not seek a recount" is no longer a refusal: "seek" lost its default code)
    found = dated("On Thursday, Sanders told reporters that he would not release his tax returns.", "2016-03-11")
    assert found == [("REJECT", "release", "2016-03-10")]


def test_a_contest_won_is_no_assault():
    assert sides("Meanwhile, Bernie Sanders whipped Hillary Clinton across all demographic categories, "
                 "including women.", "2016-02-10") == []
    assert sides("George W. Bush snatched victory from Al Gore.", US) == []


def test_backing_away_is_yielding_not_support():
    found = sides("Trump earlier Tuesday backed away from a suggestion that he might cover legal costs.", US)
    assert [(t, w) for t, w, a, r in found] == [("CONCEDE", "backed")]


def test_declining_to_speak_rejects_nothing():
    assert sides("At a CNN town hall, Johnson declined to criticize Clinton.", US) == []


def test_declining_to_endorse_stays_a_rejection():   # guard
    assert [t for t, w, a, r in sides("Trump declined to endorse Ryan.", US)] == ["REJECT"]


def test_neither_nor_on_the_controlling_subject_negates():
    assert sides("Neither Iran nor Iraq is willing to attack Israel.", US) == []
