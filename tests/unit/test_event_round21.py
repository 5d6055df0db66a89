"""Simple pasts the tagger reads as participles, money that is no aid (issue 10, twenty-first
round).

- "the former mp also condemned the state government": in lower-case text the tagger often reads
  a regular past ("-ed") as a past participle (VBN). A participle cannot head a clause with its
  own active subject and no auxiliary, so such a verb is the simple past (syntax.simple_past): an
  act told in the past with no day of its own is not dated on the publication day; it takes the
  story's day when an earlier sentence gives one. "has condemned" (the present perfect) stays
  undated as before.
- "the Kessler Foundation gave $10 million to a group backing Bush": money is PLOVER AID (economic
  aid) only from a state, an organ of a state, an armed body or an aid-giving organisation
  (precision.yaml aid_giver_sectors, or a coded side of no sector); what a campaign, a party, an
  uncoded donor or a business gives or spends is political finance or spending
  (precision.yaml money_nouns). A government's or a coded agency's money to another country stays.
- "large majorities of Americans agreed with Trump", "he agreed with Mr. Cruz": agreeing with a
  party on nothing (no infinitive, clause, object or preposition of the matter: grammar.yaml
  agreement_matter_prepositions) shares the party's view; PLOVER AGREE agrees to act. "agreed
  with his Iranian counterpart to exchange technology", "agreed with Russia on a ceasefire" stay.
- "campaign reform to prevent super PACs from buying elections", "the fortitude to return our
  nation's jobs": a to-infinitive modifying a noun that is no party says what the thing is for or
  can do; no one acts. Under a noun of intention, decision or enactment ("the decision to allow 1
  million refugees", "passed measures to step up sanctions") or a party ("the first party to
  condemn the attack") it stays (precision.yaml intention_nouns).
- "..., which was the place of origin of the violence, a 72-year-old man was stabbed in the area":
  a clause after a comma that opens with its own subject, not a relative word, cannot be a relative
  clause (a non-restrictive one opens with who/which; a contact clause follows no comma), so the
  parser's relative clause is the main clause and its act is no background: it takes the story's
  day (events._misparsed_relative; tested on a hand-built parse, as the parser's error depends on
  the words around it).
- "We Democrats are engaged in serious conversations", "Cruz is engaging Trump in the debate":
  PETRARCH2 codes "engage" as military force (190); engaging names force only when what is
  engaged in is fighting ("engaged in a pitched battle") or an armed side engages ("troops
  engaged the rebels"; precision.yaml engagement).
- "Judge Garland broke the record of Justice Brandeis", "Common Core is broken", "America is
  conflicted": the force default (CAMEO 190) of break, conflict and blow named no use of force in
  any judged record; they are coded through their patterns only (triggers.yaml no_default): "broke
  off talks" stays SANCTION, "blew himself up" ASSAULT.
- "Employers now seek workers with college degrees", "Rubio sought a compromise plan": "seek" has
  no default code any more (its dictionary default, an intent to cooperate, named no agreement in
  any judged record); seeking an act of another asks for it (triggers.yaml &REQUESTED_ACTS,
  PLOVER REQUEST: "India has sought the handing over of 20 fugitives from Pakistan"), seeking
  peace or talks is an intent (AGREE), and the dictionary's patterns stay ("sought refuge").
- "the Kremlin was caught manipulating satellite images", "was caught on video": catch loses its
  seizure default (CAMEO 171; triggers.yaml no_default); its patterns stay ("police caught two men
  with bombs").
- "Senator Marlow announced her plan to support people with autism", "China announced its Silk Road
  plan": announcing or explaining one's plan is no commitment to another party (PLOVER AGREE); the
  plan's own act stays, planned ("announced a plan to send 500 troops to Lithuania": MOBILIZE).

Hand-written sentences; each rule's test fails on the commit before the round (7d29ae0); the
guards pass on both.
"""
from __future__ import annotations

from event_helpers import dated, sides

PUB = "2002-03-20"   # a Wednesday
US = "2016-05-01"


def test_a_lower_case_past_is_not_dated_on_the_publication_day():
    text = "the former mp also condemned the state government on the madrasah issue."
    assert ("ACCUSE", "condemned", None) in dated(text, PUB)


def test_a_lower_case_past_takes_the_story_day():
    text = ("the state government on tuesday banned all rallies in the city. "
            "the former mp also condemned the state government on the madrasah issue.")
    assert ("ACCUSE", "condemned", "2002-03-19") in dated(text, PUB)


def test_guard_the_present_perfect_stays_undated():
    assert ("ACCUSE", "condemned", None) in dated("The former MP has condemned the state government.", PUB)


def test_a_foundations_money_to_a_campaign_group_is_no_aid():
    text = "Last year, the Kessler Foundation gave $10 million to a group backing Bush."
    assert [s for s in sides(text, US) if s[0] == "AID"] == []


def test_allies_spending_money_on_ads_is_no_aid():
    text = "Tannenbaum's allies began spending money on ads targeting Hispanic voters in Ohio."
    assert [s for s in sides(text, US) if s[0] == "AID"] == []


def test_guard_a_governments_money_stays_aid():
    text = "The Dutch government gave $5 million to Haiti after the storm."
    assert ("AID", "gave", "Dutch government", "Haiti") in sides(text, US)


def test_guard_a_coded_agency_of_no_sector_stays_aid():
    text = "The Harlow Development Agency of Canada gave $2 million to Nigeria's farmers."
    assert [s[:3] for s in sides(text, US) if s[0] == "AID"] == [("AID", "gave", "Harlow Development Agency")]


def test_agreeing_with_a_party_on_nothing_shares_a_view():
    text = "A poll found that large majorities of Americans agreed with Senator Harkin."
    assert [s for s in sides(text, US) if s[0] == "AGREE"] == []


def test_guard_agreeing_with_a_party_to_act_stays():
    text = "The Belarussian defense minister agreed with his Iranian counterpart to exchange technology."
    assert [s[:2] for s in sides(text, US)] == [("AGREE", "agreed")]


def test_guard_agreeing_with_a_party_on_a_matter_stays():
    assert [s[:2] for s in sides("Iran agreed with Russia on a ceasefire in Aleppo.", US)] == [("AGREE", "agreed")]


def test_an_infinitive_on_a_thing_names_its_purpose_no_act():
    text = "Senator Brown has the fortitude to return our nation's jobs stolen by China."
    assert sides(text, US) == []


def test_guard_an_infinitive_on_a_decision_is_the_act_decided():
    text = "Merkel's decision to allow 1 million refugees into Germany drew criticism."
    assert ("CONCEDE", "allow", "Merkel", "1 million refugees") in sides(text, US)


def test_guard_an_infinitive_on_a_party_is_its_act():
    text = "The Congress was the first political party to condemn the attack."
    assert [s[:3] for s in sides(text, US)] == [("ACCUSE", "condemn", "Congress")]


def test_engaged_in_conversations_is_no_force():
    text = "We Democrats are engaged in serious conversations about moving our country forward."
    assert [x for x in sides(text, US) if x[0] == "ASSAULT"] == []


def test_engaging_a_rival_in_a_debate_is_no_force():
    assert [x for x in sides("Senator Cruz is engaging Donald Trump in the debate.", US) if x[0] == "ASSAULT"] == []


def test_guard_engaged_in_a_pitched_battle_is_force():
    text = "thousands of youths from both the communities were engaged in a pitched battle since friday morning."
    assert [x[:2] for x in sides(text, PUB)] == [("ASSAULT", "engaged")]


def test_guard_troops_engaged_with_no_agent_is_force():
    text = "Government troops were engaged near the border on Tuesday."
    assert [x[:2] for x in sides(text, US)] == [("ASSAULT", "engaged")]


def test_guard_a_named_body_coded_by_a_word_of_its_name_still_gives_aid():
    text = "The European Community on Monday gave the Ivory Coast 5.1 million dollars of aid for farm projects."
    assert [x[:3] for x in sides(text, US) if x[0] == "AID"] == [("AID", "gave", "European Community")]


def test_guard_troops_engaging_rebels_is_force():
    text = "Government troops engaged the rebels near the border on Tuesday."
    assert ("ASSAULT", "engaged", "Government troops", "rebels") in sides(text, US)


def test_breaking_a_record_is_no_force():
    assert [x for x in sides("Judge Garland broke the record of Justice Brandeis.", US) if x[0] == "ASSAULT"] == []


def test_guard_breaking_off_talks_stays_a_sanction():
    assert ("SANCTION", "broke", "Iran", "European Union") in sides("Iran broke off talks with the European Union.", US)


def test_guard_a_bomber_blowing_himself_up_stays_force():
    text = "A suicide bomber blew himself up outside the embassy in Kabul."
    assert [x[:2] for x in sides(text, US)] == [("ASSAULT", "blew")]


def test_seeking_a_thing_is_no_agreement():
    assert sides("Senator Marlow sought a compromise plan endorsed by top Senate Democrats.", US) == []


def test_seeking_an_act_of_another_party_is_a_request():
    text = "India has sought the handing over of 20 fugitives from Pakistan."
    assert [x for x in sides(text, PUB) if x[1] == "sought"] == [("REQUEST", "sought", "India", "Pakistan")]


def test_guard_seeking_refuge_stays_a_request():
    text = "Around 77,000 Nigerians have sought refuge in Niger."
    assert [x[:2] for x in sides(text, US)] == [("REQUEST", "sought")]


def test_caught_manipulating_images_is_no_seizure():
    assert sides("The Kremlin was caught in 2014 manipulating satellite images.", US) == []


def test_guard_police_catching_men_stays():
    assert [x[:3] for x in sides("Police caught two men with bombs in the market.", PUB)] == [("COERCE", "caught", "Police")]


def test_announcing_a_plan_is_no_agreement():
    assert sides("China announced its Silk Road plan in Kazakhstan.", US) == []
    text = "Germany announced a plan to send 500 troops to Lithuania."
    assert [x[:2] for x in sides(text, US)] == [("MOBILIZE", "send")]


def _parsed(words, heads, deps, tags):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags)


# "they visited the town , which was the place , a man was stabbed ." with the parser's error of
# the IPE crawls: the last clause hung on "place" as a relative clause
_WORDS = ["they", "visited", "the", "town", ",", "which", "was", "the", "place", ",", "a", "man", "was", "stabbed", "."]
_TAGS = ["PRP", "VBD", "DT", "NN", ",", "WDT", "VBD", "DT", "NN", ",", "DT", "NN", "VBD", "VBN", "."]


def test_a_clause_after_a_comma_opening_with_its_own_subject_is_no_relative_clause():
    from eventwire.extract.events import _background, _misparsed_relative

    heads = [1, 1, 3, 1, 3, 6, 3, 8, 6, 8, 11, 13, 13, 8, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "nsubj", "relcl", "det", "attr", "punct", "det", "nsubjpass",
            "auxpass", "relcl", "punct"]
    doc = _parsed(_WORDS, heads, deps, _TAGS)
    stabbed = doc[13]
    assert _misparsed_relative(stabbed) and not _background(stabbed)


def test_guard_a_relative_clause_opening_with_which_stays_background():
    from eventwire.extract.events import _background

    # "they visited the town , which rioters attacked ." : "attacked" a true relative clause
    words = ["they", "visited", "the", "town", ",", "which", "rioters", "attacked", "."]
    tags = ["PRP", "VBD", "DT", "NN", ",", "WDT", "NNS", "VBD", "."]
    heads = [1, 1, 3, 1, 3, 7, 7, 3, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "dobj", "nsubj", "relcl", "punct"]
    assert _background(_parsed(words, heads, deps, tags)[7])
