"""Warnings, denials, counsel, addressees, compared totals, statements about attacks, quarrels
(issue 10, thirteenth round).

- "warned that terrorists may sneak in": a warning of what another may do is a pessimistic
  comment (CAMEO 012), no threat; "warned that its forces could strike", "warned that Washington
  could pay a heavy price" stay threats.
- "rejected the notion that he was part of the establishment", "has rejected the label": a
  description denied, no request refused; "rejected the suggestion that the minister resign"
  refuses a proposal and stays.
- "would advise Trump on debate strategy": counsel on a topic, no request; "advised Israel to
  halt the strikes" stays.
- "appealed to everyone to help the administration", "pleaded with the rebels to free the
  hostages": the infinitive after an addressed phrase is what is asked, no act of the asker.
- "has deported more people than any other president": a total compared with another's.
- "reported 906 attacks", "described it as a terror attack": a statement about an attack.
- "fighting about Obama", "fought over the budget": a quarrel; "fought over the town" stays.
- "swapped spies", "traded prisoners": an exchange of prisoners is RETREAT (PLOVER manual).
- "Obama said the United States must act": an obligation on the speaker's own country asks no one.
- "police has so far fired 1,031 rounds", "arrested 300 people till now": a total counted up to now
  has no day of its own (no story day).
- "arrested 17 kar sevaks minutes before they were to board the train on friday", "opened fire when the
  mob attacked on friday": a day in a when/as/while clause, or one "minutes before/after", dates the
  main act.
- "admits the action didn't work", "preparing for the possibility", "rewarding Trump's behavior": verb
  defaults (admit, prepare, reward, recognize) that named no act in the judged tuning sets are off.
- "condemned the shelling of Gaza by Israel": the condemnation accuses the doer (possessor, agent or
  party modifier of the attack noun), not the victim; with no doer named the recipient is kept.

Hand-written sentences; each rule's test fails on the commit before the round (b3479d9); the
guards (kept events) pass on both.
"""
from __future__ import annotations

from event_helpers import coded, types
from eventwire.pipeline import process
from eventwire.records import Article


def _dates(text: str) -> list[tuple[str, str | None]]:
    """(trigger, date) of each event of an IPE-style article published on 2002-03-03 (a Sunday)."""
    return [(e.trigger.text, e.date) for e in process(Article(id="t", text=text, published="2002-03-03")).events]


def test_a_warning_of_what_another_may_do_is_no_threat():
    assert types("Intelligence agencies have warned that terrorists may sneak into Ayodhya.") == []
    assert types("Josh Hendler warned on Saturday that the party's move could deeply damage the party.") == []


def test_warnings_of_ones_own_act_or_of_a_price_stay_threats():
    assert coded("Iran warned that its forces could strike American bases.")[0][:2] == ("THREATEN", "Iran")
    assert coded("Iran warned that it could strike American bases.")[0][:2] == ("THREATEN", "Iran")
    assert types("Iran warned that Washington could pay a heavy price.") == ["THREATEN"]


def test_a_description_denied_is_no_rejection():
    assert types("Mr. Bush pointedly rejected the notion that he was part of the Republican establishment.") == []
    assert types("The group's lawyer, Dan Backer, has rejected the label.") == []
    assert types("The minister rejected the claim that police fired first.") == []


def test_a_refused_proposal_or_claim_to_a_thing_stays_a_rejection():
    assert types("The government rejected the suggestion that the minister resign.") == ["REJECT"]
    assert coded("Iran rejected the UAE's claim to the islands.")[0][0] == "REJECT"
    assert types("Israel rejected the allegations.") == ["REJECT"]


def test_counsel_on_a_topic_is_no_request():
    assert types("Roger Ailes will continue to informally advise Trump on debate strategy.") == []
    assert types("Bolton said he would advise Trump on dealing with the threats from Russia and China.") == []


def test_advice_to_act_stays_a_request():
    assert coded("The U.S. advised Israel to halt the strikes.")[0] == ("REQUEST", "United States", "Israel")


def test_what_an_addressee_is_asked_is_no_act_of_the_asker():
    assert types("The chief minister appealed to everyone to help the administration in restoring normalcy.") \
        == ["REQUEST"]
    assert coded("The mayor pleaded with the rebels to free the hostages.") == [("REQUEST", "mayor", "rebels")]
    # (the pronoun addressee is no party; what it is asked to help is no recipient either)
    assert coded("The chief minister appealed to everyone to help the administration.")[0][2] is None


def test_a_compared_total_is_a_statistic():
    assert types("Obama has deported more people than any other president.") == []
    assert types("The army arrested more than 100 people in Kashmir.") == ["COERCE"]


def test_a_statement_about_an_attack_is_not_the_speakers_attack():
    assert types("Last year, German police reported 906 attacks against asylum seeker homes.") == []
    assert types("Maduro described it as a terror attack.") == []
    assert coded("Israel said it attacked Hamas positions.")[0][:2] == ("ASSAULT", "Israel")


def test_a_quarrel_about_or_over_a_topic_is_no_fight():
    assert types("Committed Democrats have been fighting about Obama.") == []
    assert types("The two parties fought over the budget.") == []
    assert types("Rebels and troops fought over the town of Kobani.") == ["ASSAULT"]
    assert types("Rebels fought government troops near Aleppo.") == ["ASSAULT"]


def test_an_exchange_of_prisoners_is_a_release():
    # the PLOVER manual: "the actual release or exchange of prisoners should be coded as RETREAT"
    assert types("Russia and the United States swapped spies in Vienna.") == ["RETREAT"]
    assert types("Israel and Hamas traded prisoners.") == ["RETREAT"]
    assert "COOPERATE" in types("India and Pakistan exchanged lists of nuclear installations.")


def test_an_obligation_laid_on_the_speakers_own_country_asks_no_one():
    assert types("Obama said the United States must act to control gun violence.") == []
    assert types("Mexico's former ambassador said Mexico must rebut Trump's claims.") == []


def test_an_obligation_laid_on_another_party_or_a_body_stays_a_request():
    assert coded("Russia says Israel must end attacks on Syria.")[0][:3] == ("REQUEST", "Russia", "Israel")
    assert types("Wickremesinghe said the Sri Lankan government must ensure security.") == ["REQUEST"]


def test_a_total_counted_so_far_has_no_day_of_its_own():
    text = ("police on friday opened fire on a mob in vadodara. police has so far fired 1,031 rounds and burst "
            "1,614 tear-gas shells in the city. police have arrested 300 people till now.")
    assert _dates(text) == [("opened", "2002-03-01"), ("fired", None), ("burst", None), ("arrested", None)]


def test_defaults_that_name_no_act_between_parties_are_off():
    assert types("Obama admits the 2011 military action against Libya didn't work.") == []
    assert types("Cleveland and Philadelphia are preparing for the possibility of protests.") == []
    assert types("The media has been rewarding Trump's behavior with airtime.") == []


def test_their_patterns_still_code():
    assert coded("Spain recognized Kosovo's independence.")[0][:2] == ("SUPPORT", "Spain")
    assert types("The army is preparing for war.") == ["MOBILIZE"]


def test_a_speaker_whose_country_is_only_a_possessors_is_not_its_own_country():
    # "Indonesia's donors" are not Indonesian: the obligation they lay on Indonesia is a request
    assert types("Indonesia's donors said that Indonesia must ensure security throughout the country.") == ["REQUEST"]


def test_a_condemned_attack_accuses_its_doer_not_its_victim():
    assert coded("Iran condemned the shelling of Gaza by Israel.")[0] == ("ACCUSE", "Iran", "Israel")
    assert coded("John Dayal condemned the violence caused by religious extremists in Gujarat.")[0][2] \
        == "religious extremists"
    assert coded("Pakistan condemned India's shelling of border villages.")[0] == ("ACCUSE", "Pakistan", "India")


def test_a_condemned_attack_with_no_doer_named_keeps_its_recipient():
    # (PLV's annotators mark the condemned attack itself as the target)
    assert coded("Obama condemned the killing of the journalist.") == [("ACCUSE", "Obama", "journalist")]


def test_a_day_in_a_same_time_clause_dates_the_main_act():
    assert _dates("kolkata: police arrested 17 kar sevaks at the railway station minutes before they were to board "
                 "the express on friday.")[0] == ("arrested", "2002-03-01")
    assert ("opened", "2002-03-01") in _dates("police opened fire when the mob attacked the station on friday.")
    assert ("injured", "2002-02-26") in _dates("one person was killed in police firing and two others were seriously "
                                             "injured as violence escalated in the walled city on tuesday afternoon.")
