"""Promises of no one, forecasts denied, poll shares, providing, figures of contest, abandoning,
story days on an object (issue 10, twenty-ninth round).

- "Sanders also pledged to bring his political revolution to the convention", "Clinton promised to
  deliver change": a promise read from a verb of promising whose complement names no coded event
  (triggers.yaml clause_defaults) commits to no one when no party is named in it (PLOVER AGREE:
  "willingness or commitment to cooperate"; precision.yaml promise_verbs, as the future tense's
  promises of cooperation already were); "pledged to support Hillary Clinton" stays.
- "rejected the idea that Trump would be a drag on the ticket": a claim noun whose that-clause
  foretells (precision.yaml prediction_modals) is a description denied, no refusal; "agreed that it
  would abide by the verdict" stays a commitment and "rejected the proposal that Egypt would
  monitor the crossing" a refusal.
- "65 percent of Republicans supported his call for a ban": a stance whose subject is a share of a
  class is a survey's figure (precision.yaml poll_types); "Republicans supported his call" stays.
- "provided Donald Trump with a comfortable lead": the default code of provide and supply
  (material cooperation) is no longer trusted; the things handed over that PLOVER codes keep their
  patterns ("provided weapons to the rebels", "provided $5 million in aid to Nepal").
- "dealt a severe blow to Sanders with a strong win", "fought off another challenge from Sanders",
  "wrested back control of the race": figures of an election's contest, no support, negotiation
  or withdrawal (triggers.yaml); "pulled back its troops", "fought off an attack" stay.
- "Clinton said in a video message to the convention": the message a statement is made in is its
  medium, no mediation (the dictionary's verbs of saying + message = 045); "Egypt conveyed a
  message from Hamas to Israel" stays.
- "President Obama exposed the Pentagon's failures", "Trump promoted Paul Manafort to campaign
  chairman", "returned to Paris to deal with the crisis": the support default (050) of expose,
  promote and deal is not trusted (triggers.yaml no_default).
- "Wasserman Schultz dismissed Bernie Sanders' accusations that ...": the disapproval default of
  dismiss is not trusted (a report, an accusation or criticism dismissed is denied; "Israel dismissed
  the Palestinian demands" keeps its REJECT pattern), and the accusation, made by another, is not
  denied by it: its content is (factuality.yaml made_charge_nouns; factuality._charge_of_another).
- "The Office of Mobile Security Deployment sent two agents": a capitalised word inside the proper
  name of a body, building or thing is a word of the name, no event noun
  (event_triggers._in_body_name, syntax.BODY_NAME_ENTS).
- "A White House official, who requested anonymity to discuss a private conversation": a source's
  condition of speaking to the press is no request (precision.yaml source_conditions).
- "Rubio declined to assail Donald Trump", "Trump declined to affirm his support for a united
  Jerusalem", "Obama refused to call the attack an act of terrorism": refusing to speak or to name
  keeps silent (precision.yaml silence_verbs + assail, affirm, concur, acknowledge; a naming
  predicate); "Iran refused to release the sailors" stays.
- "The government denied his party the victory and jailed him": a verb coordinated with a verb of
  denial that has a noun object of its own is a second act, not denied (factuality._own_object);
  "denied that they arrested and beat the protesters" stays denied.
- "Erdogan joined the campaign against ISIS", "join the war on ISIS": the party after a preposition
  of opposition is what a cooperative act is done against, never its recipient (grammar.yaml
  opposition_prepositions, hostility_nouns; events._opponent).
- "Senator Lindsey Graham agreed that the Treasury Department has limited power": the verb's
  default (SUPPORT) with a that-clause of fact shares a view, as AGREE did already
  (event_noise._concurrence); "agreed that the talks should resume" and "agreed with the
  president's assessment" stay.
- "The FBI abandoned the crime scene": the yielding default of abandon is not trusted; "abandoned
  their positions" keeps its pattern.
- "CLEVELAND - Donald Trump painted a dire portrait ...": a dateline the parser swept into a name
  ends at its dash (grammar.yaml dateline_dashes; entities._after_dateline), so the name is
  "Donald Trump" and joins the person named so elsewhere.
- '... "I am your voice," Trump said ... His daughter Ivanka Trump introduced him': a full name the
  parser tagged as an organisation ("Donald Trump" after its dateline) is placed before the lone
  surnames are (entities._collect_people), so "Trump" joins the bearer named before it, not a
  later "Ivanka Trump"; the quote's speaker and the events' actor follow.
- "God the Almighty has promised to take martyr Soleimani's revenge" (quoted in the seed): a deity
  invoked is no party (precision.yaml non_agent_nouns + god, almighty, allah).
- "The United States stepped up pressure on China on Saturday ... / Carter warned China ...": a
  day the parser hangs on the object of a past verb dates that clause too, so it is the story's day
  for the undated act of the next paragraph (events._story_days).

Hand-written sentences; each rule's test fails on the commit before the round (84e1091); the
guards pass on both.
"""
from __future__ import annotations

from event_helpers import dated, factual, sides

from eventwire import Article
from eventwire.pipeline import process

US = "2016-05-04"


def test_a_promise_of_no_one_is_no_agreement() -> None:
    assert sides("Sanders also pledged to bring his political revolution to the convention.", US) == []
    assert sides("Hillary Clinton promised to deliver change.", US) == []


def test_a_promise_to_a_party_stays() -> None:   # guards
    assert sides("Sanders has pledged to support Hillary Clinton as the nominee.", US) == [
        ("AGREE", "pledged", "Sanders", "Hillary Clinton")]
    assert [f[:2] for f in sides("The rebels pledged to release the hostages.", US)] == [("AGREE", "pledged")]


def test_a_forecast_claim_rejected_is_a_denial() -> None:
    assert sides("Corey Lewandowski rejected the idea that Donald Trump would be a drag on the ticket.", US) == []


def test_a_commitment_and_a_proposal_refused_stay() -> None:   # guards
    assert [f[:2] for f in sides("The VHP agreed that it would abide by the court verdict.", US)] == [
        ("AGREE", "agreed")]
    assert [f[:2] for f in sides("Hamas rejected the proposal that Egypt would monitor the crossing.", US)] == [
        ("REJECT", "rejected")]


def test_a_share_of_a_class_taking_a_stance_is_a_poll() -> None:
    assert sides("65 percent of Republicans supported his call for a temporary ban on Muslims.", US) == []
    assert [f[:2] for f in sides("Republicans supported his call for a temporary ban on Muslims.", US)] == [
        ("AGREE", "supported")]


def test_providing_a_thing_of_no_aid_is_no_cooperation() -> None:
    assert sides("The Kremlin provided Donald Trump with a comfortable lead.", US) == []
    assert sides("President Obama provided Congress with a new budget plan.", US) == []


def test_providing_aid_and_arms_stays() -> None:   # guards
    assert sides("The United States provided weapons to the rebels.", US) == [
        ("AID", "provided", "United States", "rebels")]
    assert sides("Japan provided $5 million in aid to Nepal.", US) == [("AID", "provided", "Japan", "Nepal")]


def test_figures_of_an_election_contest_are_no_events() -> None:
    assert sides("Hillary Clinton dealt a severe blow to Bernie Sanders with a strong win.", US) == []
    assert sides("Mrs. Clinton fought off another challenge from Bernie Sanders.", US) == []
    assert sides("Donald Trump wrested back control of the Republican race with a victory in New York.", US) == []


def test_withdrawals_and_fighting_off_attacks_stay() -> None:   # guards
    assert [f[:2] for f in sides("Israel pulled back its troops from Gaza on Monday.", US)] == [("RETREAT", "pulled")]
    assert ("ASSAULT", "fought") in [f[:2] for f in sides("The rebels fought off an attack by government troops.", US)]


def test_a_message_spoken_in_is_no_mediation() -> None:
    text = "Democrats had put the biggest crack yet in the glass ceiling, Clinton said in a video message to the convention."
    assert sides(text, US) == []
    assert [f[:2] for f in sides("Egypt conveyed a message from Hamas to Israel on Monday.", US)] == [
        ("CONSULT", "conveyed")]


def test_exposing_promoting_and_dealing_with_are_no_support() -> None:
    assert sides("President Obama exposed the Pentagon's failures.", US) == []
    assert sides("Donald Trump promoted Paul Manafort to campaign chairman.", US) == []
    assert sides("The French president returned to Paris to deal with the crisis.", US) == []


def test_dismissing_an_accusation_is_no_accusation_and_leaves_it_made() -> None:
    text = ("Democratic National Committee Chair Debbie Wasserman Schultz dismissed Bernie Sanders' accusations "
            "that the Clinton campaign is violating federal election law.")
    assert factual(text, US) == [("ACCUSE", "accusations", "asserted")]


def test_a_demand_dismissed_stays_a_refusal() -> None:   # guard
    assert [f[:2] for f in sides("Israel dismissed the Palestinian demands for a settlement freeze.", US)] == [
        ("REJECT", "dismissed")]


def test_a_word_of_a_body_name_is_no_event() -> None:
    found = sides("The Office of Mobile Security Deployment sent two agents to Benghazi.", US)
    assert "MOBILIZE" not in [f[0] for f in found]


def test_anonymity_requested_is_no_request() -> None:
    text = ("A White House official, who requested anonymity to discuss a private conversation, said the president "
            "was angry.")
    assert sides(text, US) == []
    assert [f[:2] for f in sides("Iran requested talks with the European Union.", US)] == [("REQUEST", "requested")]


def test_silence_is_no_refusal() -> None:
    assert sides("Senator Marco Rubio declined to assail Donald Trump on Tuesday.", US) == []
    assert sides("Trump declined to affirm his support for a united Jerusalem.", US) == []
    assert sides("President Obama refused to call the attack an act of terrorism.", US) == []
    assert [f[:2] for f in sides("Iran refused to release the sailors.", US)] == [("REJECT", "refused")]


def test_an_act_coordinated_with_a_denial_of_a_thing_is_done() -> None:
    assert factual("The government denied his party the victory and jailed him along with other leaders.", US) == [
        ("COERCE", "jailed", "asserted")]
    assert factual("The police denied that they arrested and beat the protesters.", US) == [
        ("ASSAULT", "beat", "denied")]


def test_the_party_opposed_is_no_recipient_of_cooperation() -> None:
    assert sides("Erdogan joined the campaign against ISIS through the Russian gateway.", US) == [
        ("SUPPORT", "joined", "Erdogan", None)]
    assert [f[:2] + f[3:] for f in sides("Britain sent aid to Yemen.", US)] == [("AID", "sent", "Yemen")]


def test_agreeing_that_a_fact_holds_is_a_view_shared() -> None:
    assert sides("Senator Lindsey Graham agreed that the Treasury Department has limited power.", US) == []


def test_agreeing_on_an_act_or_with_a_view_stays() -> None:   # guards
    assert [f[:2] for f in sides("Iran and Iraq agreed that the talks should resume.", US)] == [
        ("AGREE", "agreed"), ("AGREE", "agreed")]
    assert [f[:2] for f in sides("Senator Lindsey Graham agreed with the president's assessment of the threat.", US)] == [
        ("SUPPORT", "agreed")]


def test_abandoning_a_place_is_no_concession() -> None:
    assert sides("The FBI abandoned the crime scene in San Bernardino.", US) == []
    assert [f[:2] for f in sides("The rebels abandoned their positions near the city.", US)] == [("RETREAT", "abandoned")]


def test_a_day_hung_on_the_object_dates_the_story() -> None:
    text = ("The United States stepped up pressure on China on Saturday to rein in its actions in the South "
            "China Sea.\n\nDefense Secretary Ash Carter warned China against provocative behavior in the South "
            "China Sea.")
    assert dated(text, "2016-06-04") == [("REQUEST", "stepped", "2016-06-04"), ("THREATEN", "warned", "2016-06-04")]


def test_a_dateline_is_no_part_of_a_name() -> None:
    text = ("CLEVELAND - Donald Trump painted a dire portrait of the nation as he accepted the nomination on Thursday "
            "night.\n\nDonald Trump spoke for 76 minutes.")
    names = [e.name for e in process(Article(id="t", text=text, published="2016-07-22")).entities]
    assert "Donald Trump" in names and not any("CLEVELAND" in n for n in names)


def test_a_name_after_a_dateline_is_the_bearer_of_later_surnames() -> None:
    text = ('CLEVELAND - Donald Trump painted a dire portrait of the nation.\n\n"I am your voice," Trump said in a '
            'long address to the delegates.\n\nHis daughter Ivanka Trump introduced him.\n\nDonald Trump '
            'accepted the nomination on Thursday.')
    result = process(Article(id="t", text=text, published="2016-07-22"))
    assert [q.speaker for q in result.quotes] == ["Donald Trump"]
    ivanka = next(e for e in result.entities if e.name == "Ivanka Trump")
    assert [text[m.start:m.end] for m in ivanka.mentions] == ["Ivanka Trump"]


def test_a_deity_is_no_party() -> None:
    text = "God the Almighty has promised to take martyr Soleimani's revenge, Khamenei said."
    assert sides(text, US) == []
