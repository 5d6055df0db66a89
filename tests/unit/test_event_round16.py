"""Days of coordinated and participle clauses, years of named occasions, likelihoods, ended trips
(issue 10, sixteenth round).

- "one person was killed and two others were injured as violence escalated ... on tuesday
  afternoon": a when/as clause closing a coordination times every clause of it (the parser hangs
  it on the last conjunct).
- "...when police fired several rounds to disperse a mob indulging in arson ... on tuesday
  afternoon": a present participle on the object of a clause (or of its purpose infinitive) is at
  the clause's time, so its day is the clause's; a past participle ("a man wanted for a murder on
  Monday") and the purpose infinitive itself ("to get Obama past Inauguration Day next year") are
  not.
- "...as violence escalated on tuesday afternoon with mobs attacking shops": every verb a
  non-finite trigger climbs through to its tense holder shares its time, so a date on any of them
  dates the trigger (here "escalated", which the tagger took for a participle).
- "issued a threat in a May 4 letter", "in Tuesday's statement": a day on a dated document noun
  in the act's own phrase is the act's day, whatever the parser calls the modifier.
- "captured by Israel in the 1967 war": a year on an occasion noun ("the 1967 war", "the 2012
  attack") is a date, even inside a named event.
- "the ayodhya drama threatened to spill over": a verb of threat or promise with an infinitive
  and a subject that is no party says what is likely (no PLOVER THREATEN: a threat is a party's);
  "al-Qaeda's network threatened to deliver blows" and "the group threatened to sue" stay.
- "careful not to anger Mr. Sanders by urging him to quit": the means ("by") of an act not done
  is not done.
- "said that the leaders should worry about what is going to happen", "said the allies should be
  given the credit": a state of mind or a desert asked is a warning or an opinion, no demand
  (PLOVER REQUEST); "said Israel must end the attacks" stays.
- "dismissed suggestions that the BSP could undergo a split": a claim noun with a that-clause of
  possibility is a claim denied, no proposal rejected; "rejected suggestions that the minister
  resign" refuses a proposal and stays.
- "just before ending a three-day trip to Vietnam": finishing one's own trip is the visit made
  (the dictionary's ended visit, CAMEO 042), no cut in relations (SANCTION); "heading a
  delegation" is a role, no intent to meet; "handled the situation" governs one's own affairs, no
  investigation.
- "Hillary Clinton spoke in Ohio. Bernie Sanders endorsed her": a plain object pronoun never
  refers to its own clause's subject (binding principle B), so the person is sought among the
  others named before ("Salva Kiir met Riek Machar. Kiir pardoned him": Machar).
- "filed a lawsuit against the Department of Justice": a proper name written in capitals runs
  through its of-phrase ("the Bank of England"), so the side is the department, coded; "the
  leader of Hamas" (a common noun) stays Hamas.
- "police fired 70 rounds and lobbed teargas shells when mobs emerged and attacked shops": force
  used when a violent crowd acts (the subject of a when/as clause on the verb or its conjunct) is
  used against that crowd (by the police or the army; "violence broke out as mobs ..." has no
  actor); "opened fire when the minister arrived" names no target.
- "Israel did not send troops to attack Gaza", "doesn't use the law to prosecute journalists": the
  to-infinitive aim of a negated verb is not done; "did not hesitate to attack" is done.
- "Trump talked about bombing Iran", "has mused about abandoning decades of policy": the gerund
  topic of a verb of talk or thought is an act considered, not done (hypothetical); "bragged about
  attacking reporters" stays.
- "took a moment to reach out to Spanish-speaking voters": reaching out to voters is campaigning
  (as appealing to them is); "reached out to Iran" stays.
- "the mps had earlier met the prime minister on march 5": in lower-case copy an ambiguous month
  name (march, may) with its day number is a date right after a preposition ("on", "since",
  "till"); "a march 10 km long" is none.
- "gave a tongue lashing to officials ... but was mobbed when he visited ... on friday": a gerund
  object of a light verb is dated as an event noun, by the light verb and the words that date it.
- "a woman was burnt alive as the prime minister summoned the chief minister. a woman was burnt
  alive early on tuesday": the lead (the first sentence of the body) sums up the story's
  occasion; with no day of its own it takes the first news day dating a clause in the two
  sentences after it, in its paragraph (a later paragraph's day is not its).
- "Hispanic voters - who have helped push the state toward Democrats": an electorate acts by
  voting, also as the antecedent of a relative pronoun or the subject of the verb above an
  infinitive; "sought to counter Obama's appeal to young voters" is electoral competition.
- "agreed that Trump may struggle to win support": agreeing that something is or may be so shares
  a view, no agreement to act (PLOVER AGREE); "agreed that the talks should resume" stays.
- "declined to rule out any of the candidates": refusing to exclude or deny leaves a thing open,
  no REJECT; "refused to release the sailors" stays. "remaining publicly neutral" is a stance.
- "about 50 ram sevaks were apprehended": the Hindu volunteers of South Asian English (sevak, ram
  sevak, karsewak, in their spellings) are a religious side (REL) and, in a lower-case Indian
  story, of the article's country, like "kar sevak" before; the first word of such a two-word
  role is no verb ("ram sevaks would go ahead": no ramming).
- "had made enough arrests to prevent any concentration of karsewaks": a verbal act that is the
  to-infinitive purpose of an event noun is its aim, no act of its own (as for a verb's purpose).
- "On Monday, Obama met Sanders. Hillary Clinton has praised her husband's record and offered to
  put him in charge": the present perfect places its act at no time, so the story's day is not
  its day (a conjunct sharing its auxiliary too); "Clinton praised ..." (past) keeps it.
- "Clinton and her allies ..., launching a new round of attacks designed to paint Trump as ...": an
  attack word is also the of-object of a series noun on the verb's object (grammar.yaml
  ``series_heads``), so a person's round of attacks is verbal (ACCUSE); "the rebels launched a new
  round of attacks on the town" stays ASSAULT.

Hand-written sentences; each rule's test fails on the commit before the round (c9a60ab); the
guards pass on both.
"""
from __future__ import annotations

from event_helpers import coded, dated

from eventwire.pipeline import process
from eventwire.records import Article


def _dated(text: str, published: str = "2002-03-27") -> list[tuple[str, str, str | None]]:
    return dated(text, published)


def test_a_time_clause_closing_a_coordination_dates_every_clause():
    found = _dated("One person was killed in police firing and two others were seriously injured as violence "
                   "escalated in the old city on Tuesday afternoon.")
    assert ("ASSAULT", "killed", "2002-03-26") in found


def test_a_present_participle_on_the_object_shares_its_clause_day():
    found = _dated("A boy was killed and two injured when police fired several rounds to disperse a mob "
                   "indulging in arson and stone-throwing in the walled city on Tuesday afternoon, police said.")
    assert ("ASSAULT", "fired", "2002-03-26") in found
    assert ("ASSAULT", "killed", "2002-03-26") in found


def test_a_purpose_infinitive_gives_no_day_of_its_own():
    found = _dated("Soldiers are being put out there without a strategy, simply to get Obama past "
                   "Inauguration Day next year.", published="2016-05-05")
    assert all(d != "2017" for t, w, d in found)


def test_a_date_on_a_verb_the_trigger_climbs_through_dates_it():
    found = _dated("Two others were injured as violence escalated in the old city on Tuesday afternoon with "
                   "mobs attacking shops and the police.")
    assert ("PROTEST", "attacking", "2002-03-26") in found


def test_a_day_on_a_dated_document_is_the_acts_day():
    found = _dated("The Justice Department issued a threat to North Carolina in a May 4 letter.", published="2016-05-14")
    assert ("THREATEN", "issued", "2016-05-04") in found


def test_a_year_on_an_occasion_noun_is_a_date():
    found = _dated("Israel captured East Jerusalem in the 1967 war.", published="2015-12-20")
    assert ("COERCE", "captured", "1967") in found


def test_a_thing_threatening_is_a_likelihood_not_a_threat():
    assert coded("The Ayodhya drama threatened to spill over to the old city of Hyderabad on Friday.") == []
    assert coded("The strike threatens to cripple the port.") == []


def test_a_party_threatening_stays_a_threat():
    assert "THREATEN" in [t for t, a, r in coded(
        "Osama bin Laden's al-Qaeda terror network has threatened to deliver devastating blows to the United States.")]
    assert "THREATEN" in [t for t, a, r in coded("The militants threatened to kill the hostages.")]
    assert "THREATEN" in [t for t, a, r in coded(
        "ayodhya: officials are worried as the vhp has threatened to begin construction of the temple.")]


def test_the_means_of_an_act_not_done_is_not_done():
    assert coded("Leading Democrats were careful not to anger Bernie Sanders by urging him to quit the race.") == []


def test_the_means_of_an_act_done_stays():
    assert "COERCE" in [t for t, a, r in coded("Police ended the protest by arresting the leaders.")]


def test_a_state_of_mind_or_a_desert_asked_is_no_demand():
    assert coded("Nina Turner said that Hillary Clinton and other Democratic leaders should worry about "
                 "what is going to happen.") == []
    assert coded("Sudip Bandopadhyay said the allies should be given the credit for the peace in Ayodhya.") == []


def test_an_act_asked_stays_a_demand():
    assert "REQUEST" in [t for t, a, r in coded("Russia says Israel must end attacks.")]


def test_suggestions_of_a_possibility_dismissed_are_a_denial():
    assert coded("Kanshi Ram dismissed suggestions that the BSP could undergo a split.") == []


def test_a_proposal_rejected_stays_a_rejection():
    assert "REJECT" in [t for t, a, r in coded("Narendra Modi rejected suggestions that the minister resign.")]


def test_ending_ones_own_trip_is_the_visit_not_a_sanction():
    assert coded("Barack Obama made the comments just before ending a three-day trip to Vietnam.") == \
        [("CONSULT", "Barack Obama", "Vietnam")]


def test_heading_a_delegation_and_handling_a_situation_are_no_events():
    assert coded("Kamal Nath was heading a delegation of Congress leaders.") == []
    assert coded("The government had handled the Gujarat situation badly.") == []


def test_an_object_pronoun_is_not_its_clauses_subject():
    assert coded("Hillary Clinton spoke in Ohio. Bernie Sanders endorsed her on Tuesday.") == \
        [("SUPPORT", "Bernie Sanders", "Hillary Clinton")]
    assert ("CONCEDE", "Salva Kiir", "Riek Machar") in \
        coded("Salva Kiir met Riek Machar in Juba. Kiir pardoned him on Friday.")


def test_a_capitalised_name_runs_through_its_of_phrase():
    assert coded("North Carolina Gov. Pat McCrory filed a lawsuit against the Department of Justice on Monday.") == \
        [("ACCUSE", "Pat McCrory", "Department of Justice")]


def test_force_used_when_a_crowd_acts_is_used_against_it():
    found = coded("police fired at least 70 rounds and lobbed teargas shells in the astodia area of ahmedabad "
                  "when mobs emerged from the majoorgam area and attacked shops.")
    assert ("ASSAULT", "police", "mobs") in found


def test_force_used_when_no_crowd_acts_has_no_target():
    assert [r for t, a, r in coded("Police opened fire when the minister arrived.")] in ([], [None])


def test_the_aim_of_a_negated_verb_is_not_done():
    assert "ASSAULT" not in [t for t, a, r in coded("Israel did not send troops to attack Gaza.")]
    assert coded("The government doesn't use the law to prosecute journalists.") == []


def test_an_act_not_hesitated_over_is_done():
    assert "ASSAULT" in [t for t, a, r in coded("Israel did not hesitate to attack Gaza.")]


def test_an_act_talked_about_is_not_done():
    assert coded("Donald Trump talked about bombing Iran.") == []
    assert coded("Donald Trump has mused about abandoning decades of nuclear security policy.") == []


def test_an_act_bragged_about_stays():
    assert "ACCUSE" in [t for t, a, r in coded("Donald Trump bragged about attacking reporters.")]


def test_reaching_out_to_voters_is_campaigning():
    assert coded("Hillary Clinton took a moment to reach out to Spanish-speaking voters.") == []
    assert "REQUEST" in [t for t, a, r in coded("Barack Obama reached out to Iran.")]


def test_a_lower_case_month_after_a_preposition_is_a_date():
    assert ("CONSULT", "met", "2002-03-05") in _dated("the mps had earlier met the prime minister on march 5.",
                                                      published="2002-03-07")


def test_a_lower_case_month_without_a_preposition_is_no_date():
    r = process(Article(id="t", text="a march 10 km long was held in the city.", published="2002-03-07"))
    assert r.dates == []


def test_a_gerund_object_is_dated_by_its_light_verb():
    found = _dated("ahmedabad: defence minister george fernandes gave a tongue lashing to government officials "
                   "but was at the receiving end of mob fury when he visited the riot-affected areas on friday.",
                   published="2002-03-02")
    assert ("ACCUSE", "lashing", "2002-03-01") in found


def test_the_lead_takes_the_day_of_the_story():
    found = _dated("This story is from March 27, 2002\n\nahmedabad: a woman was burnt alive as the prime minister "
                   "summoned the chief minister to delhi. a 70-year-old woman was burnt alive in her house early "
                   "on tuesday, police sources said.")
    assert found[0] == ("ASSAULT", "burnt", "2002-03-26")


def test_an_electorate_acts_by_voting_also_through_a_relative_pronoun():
    assert coded("Hispanic voters - who have helped push the once deeply Republican state toward Democrats "
                 "in national elections - are key.") == []


def test_countering_a_rivals_appeal_to_voters_is_electoral():
    assert coded("Hillary Clinton sought to counter Barack Obama's appeal to young voters.") == []


def test_agreeing_that_something_may_be_so_is_no_agreement():
    assert coded("Ted Cruz agreed that Donald Trump may struggle to win support among Indiana's delegates.") == []


def test_agreeing_on_an_act_stays_an_agreement():
    assert "AGREE" in [t for t, a, r in coded("Iran and Iraq agreed that the talks should resume on Monday.")]


def test_declining_to_rule_out_rejects_nothing():
    assert coded("Kyle Hupfer declined to rule out any of the three candidates.") == []
    assert coded("Wynn joins several district chairmen in remaining publicly neutral among the three candidates.") == []


def test_a_refusal_to_act_stays_a_rejection():
    assert "REJECT" in [t for t, a, r in coded("Iran refused to release the sailors.")]


def test_ram_sevaks_are_a_religious_side_of_the_story_country():
    r = process(Article(id="t", text="ayodhya: about 50 ram sevaks were apprehended from the majha area in faizabad on "
                        "sunday night. the police in ayodhya and lucknow arrested 20 ramsewaks.", published="2002-03-11"))
    sides = [(e.recipient.sector, e.recipient.country) for e in r.events if e.recipient is not None]
    assert sides == [("REL", "IND"), ("REL", "IND")]


def test_the_purpose_of_an_event_noun_is_no_act_of_its_own():
    found = coded("ayodhya: the administration had made enough arrests to prevent any concentration of vhp "
                  "activists in ayodhya.")
    assert [t for t, a, r in found] == ["COERCE"]


def test_the_present_perfect_takes_no_story_day():
    text = ("On Monday, Barack Obama met Bernie Sanders in Washington. Hillary Clinton has praised her husband's "
            "economic record as president and offered to put him in charge of reviving some regions.")
    found = _dated(text, published="2016-06-08")
    assert ("SUPPORT", "praised", None) in found and ("AGREE", "offered", None) in found


def test_the_simple_past_keeps_the_story_day():
    text = "On Monday, Barack Obama met Bernie Sanders in Washington. Hillary Clinton praised Barack Obama's record."
    assert ("SUPPORT", "praised", "2016-06-06") in _dated(text, published="2016-06-08")


def test_a_persons_round_of_attacks_is_verbal():
    found = coded("Hillary Clinton and her Democratic allies dove deeper into Donald Trump's record Tuesday, launching "
                  "a new round of attacks designed to paint the billionaire businessman as profiting off the crisis.")
    assert [t for t, a, r in found] == ["ACCUSE"]


def test_an_armed_groups_round_of_attacks_stays_force():
    assert [t for t, a, r in coded("The rebels launched a new round of attacks on the town.")] == ["ASSAULT"]


def test_a_two_word_role_is_no_verb():
    # (curated_agents.tsv "ram sevak": the lower-case parse takes "ram" for the verb)
    text = "mahant das said that there is no change in the march 15 programme and ram sevaks would go ahead."
    assert "ASSAULT" not in [t for t, a, r in coded(text)]
