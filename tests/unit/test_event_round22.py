"""Descriptions in the future, participles with no tense, objects the parser misplaces (issue 10,
twenty-second round).

- "Voters want candidates who will protect their rights", "the groups that will march": an act in
  the future tense in a restrictive relative clause (no comma before it) says which ones its noun
  means; it reports no one's announced intent. PLOVER codes cooperative and material acts
  reported in the future tense as intentions (AGREE) because such a report is the actor's
  announcement ("the government will release the prisoners"); a description is none
  (factuality.predicted). Kept: a clause set off by a comma ("Obama, who will meet Castro, ..."),
  one with a time of its own ("an envoy who will meet the rebels on Friday").
- "The report mentions the attorney general suing North Carolina": a present participle with no
  auxiliary and no verb to take its time from has no tense, as an event noun has none: it is not
  dated on the publication day ("is suing" keeps its present; events._untimed).
- "Sanders called the DNC's suspension 'arbitrary'", "Trump called Clinton 'crooked'": the object of
  an object-predicative verb that the parser hung under the predicate, or took for a first
  predicate, is the verb's object (event_actors._predicated): the owner of the thing called so is
  the recipient.
- "endorsed the re-election of House Speaker Paul Ryan": a hyphenated word the tokenizer split into
  parts of one relation is read by its last part, the noun that carries the of-phrase
  (event_actors._hyphen_last): the owner of the re-election is the recipient.
- "filed a complaint for declaratory judgement against the Justice Department": the party a charge
  is against, named on what the charge asks for, is its recipient.
- "The candidates debated on Monday night. ... During the debate, Clinton accused Trump": an act at a
  gathering named again with "the" happened on the day the text gave where it named the gathering
  before (events._occasion_day; dates.yaml gathering_nouns); "at the debate" with no earlier dated
  mention stays undated.
- "Her group planned to take part in demonstrations at the convention", "Pence wants smarter and
  tougher trade deals": an intention (PLOVER AGREE: cooperation with another party) coded from a
  PETRARCH2 dictionary pattern, with no party named to cooperate with in the record or its
  sentence, commits to no one (precision.yaml dictionary_recipient_types); "planned to take part
  in talks with the government" and AGREE read from "agreed" itself stay.
- "Trump went on to criticize the convention": "go" makes its complement future only in the
  progressive ("is going to criticize"); "went on to" tells what was done next, in the past
  (factuality._future_head).

Hand-written sentences; each rule's test fails on the commit before the round (04a684a); the
guards pass on both.
"""
from __future__ import annotations

from event_helpers import dated, factual, sides

US = "2016-05-04"   # a Wednesday


def test_future_act_in_a_restrictive_relative_clause_is_no_intent() -> None:
    assert dated("Voters want candidates who will protect their rights.", US) == []
    assert dated("The groups that will march are unions.", US) == []


def test_future_act_set_off_by_a_comma_or_timed_stays() -> None:
    assert ("AGREE", "meet", None) in dated("Obama, who will meet Castro, spoke to reporters.", US)
    assert ("AGREE", "meet", "2016-05-06") in dated("The council named an envoy who will meet the rebels on Friday.", US)
    assert ("AGREE", "release", None) in dated("The government will release the prisoners.", US)


def test_bare_participle_has_no_date_of_its_own() -> None:
    assert dated("The report mentions the attorney general suing North Carolina over its bathroom law.", US) \
        == [("ACCUSE", "suing", None)]


def test_progressive_keeps_the_publication_day() -> None:
    assert dated("Senator Smith is suing the state government.", US) == [("ACCUSE", "suing", US)]


def test_object_under_the_predicate_is_the_recipient() -> None:
    assert sides('Sanders called the DNC\'s suspension "arbitrary."', US) == [("ACCUSE", "called", "Sanders", "DNC")]
    assert sides('Trump called Clinton "crooked."', US) == [("ACCUSE", "called", "Donald Trump", "Clinton")]


def test_hyphenated_object_keeps_its_owner() -> None:
    assert sides("Donald Trump on Friday endorsed the re-election of House Speaker Paul Ryan.", US) \
        == [("SUPPORT", "endorsed", "Donald Trump", "Paul Ryan")]


def test_charge_against_a_party_on_what_it_asks_for() -> None:
    assert sides("Gov. McCrory filed a complaint for declaratory judgement against the Justice Department.", US) \
        == [("ACCUSE", "filed", "McCrory", "Justice Department")]


def test_charge_with_no_party_against_keeps_its_reading() -> None:
    assert sides("Gov. McCrory filed a complaint for relief in federal court.", US) \
        == [("ACCUSE", "filed", "McCrory", "federal court")]


def test_went_on_to_is_no_future() -> None:
    assert factual("Trump went on to criticize the Democratic National Convention for its failure to mention ISIS.",
                   US) == [("ACCUSE", "criticize", "asserted")]


def test_going_to_stays_future() -> None:
    # (dated: an act expected with no day of its own is no event since the twenty-third round)
    assert factual("Trump is going to criticize the convention on Friday.", US) == [("ACCUSE", "criticize", "future")]


def test_act_at_the_gathering_takes_its_earlier_named_day() -> None:
    text = "The candidates debated on Monday night in Hempstead. During the debate, Clinton accused Trump of racism."
    assert dated(text, "2016-09-28") == [("ACCUSE", "accused", "2016-09-26")]


def test_gathering_with_no_earlier_day_stays_undated() -> None:
    assert dated("Clinton accused Trump of racism at the debate.", "2016-09-28") == [("ACCUSE", "accused", None)]


def test_dictionary_intention_with_no_other_party_is_no_event() -> None:
    assert sides("Her group planned to take part in demonstrations at the convention.", US) == []
    assert sides("Senator Pence wants smarter and tougher trade deals.", US) == []


def test_dictionary_intention_with_another_party_and_agreeing_stay() -> None:
    assert sides("Her group planned to take part in talks with the government.", US) \
        == [("AGREE", "take", "Her group", None)]
    assert sides("Syria has agreed to allow access of United Nations aid workers.", US) \
        == [("AGREE", "agreed", "Syria", "United Nations aid workers")]
