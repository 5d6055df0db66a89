"""Criticism, praise and blame said in other words (issue 10, eighth round).

PLOVER ACCUSE is "express disapproval, criticism, or condemnation" and accusations (CAMEO 111
criticize or denounce, 112 accuse, 116 find guilty); SUPPORT includes "praise or endorse"
(CAMEO 051). Hand-written sentences, no corpus text; each rule's test fails on the code before the
rule (checked against a snapshot of the source), the guards pass on both.
"""
from __future__ import annotations

import pytest

from event_helpers import coded, events

from eventwire.pipeline import process
from eventwire.records import Article


@pytest.mark.parametrize("text, expected", [
    # a verb of naming whose predicate judges the one named: criticism (111) ...
    ("Duterte called the senator a liar.", ("ACCUSE", "Duterte", "senator")),
    ("Erdogan called Netanyahu a terrorist.", ("ACCUSE", "Erdogan", "Netanyahu")),
    ("The Kremlin called the sanctions illegal.", ("ACCUSE", "Kremlin", None)),
    # ... or praise (051)
    ("Modi called Abe a true friend of India.", ("SUPPORT", "Modi", "Abe")),
])
def test_a_judging_name_is_criticism_or_praise(text, expected):
    assert coded(text)[:1] == [expected]


@pytest.mark.parametrize("text", [
    "Clinton called Ohio one of the most competitive states.",   # the "one of" phrase is a predicate
    "Trump called Comey a showboat.",                            # no word of judgement listed
    "Germany called the meeting a first step.",
])
def test_a_plain_name_is_no_event(text):
    assert coded(text) == []


def test_a_call_for_something_is_not_read_as_naming():
    assert [t for t, *_ in coded("Germany called for the arrest of the terrorists.")][:1] == ["REQUEST"]


def test_finding_a_party_guilty_accuses_it_and_acquitting_does_not():
    assert coded("A court in Paris found the former minister guilty of corruption.")[:1] == \
        [("ACCUSE", "court", "former minister")]
    assert coded("A court in Paris found the former minister not guilty of corruption.") == []


def test_holding_a_party_responsible_blames_it():
    assert coded("Israel held Hamas responsible for the rocket fire.")[:1] == [("ACCUSE", "Israel", "Hamas")]


@pytest.mark.parametrize("text, recipient", [
    ("The Afghan government said Taliban militants were responsible for the attack.", "Taliban militants"),
    ("Officials said the Islamic State group was behind the bombing.", "Islamic State group"),
    # the "for" phrase left out: the act is the one the sentence names
    ("After the attacks on Tuesday, the Afghan government said Taliban militants were responsible.",
     "Taliban militants"),
])
def test_saying_a_party_did_a_hostile_act_blames_it(text, recipient):
    found = [e for e in events(text) if e.type == "ACCUSE"]
    assert found and found[0].recipient is not None and found[0].recipient.name == recipient
    assert "trigger:blame" in found[0].rules


@pytest.mark.parametrize("text", [
    "The Taliban said they were responsible for the attack.",   # a claim of one's own act
    "The minister said the department was responsible for the schools.",   # no hostile act
    "The minister said the department was responsible.",
])
def test_claims_and_duties_are_no_blame(text):
    assert not [e for e in events(text) if e.type == "ACCUSE"]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Iran faces widespread international criticism from the U.N. over its policy.", "U.N.", "Iran"),
    ("Israel came under criticism from the European Union.", "European Union", "Israel"),
    ("Beijing received condemnation from Washington over the crackdown.", "Washington", "Beijing"),
])
def test_criticism_undergone_is_an_accusation_by_its_voice(text, actor, recipient):
    found = [e for e in events(text) if e.type == "ACCUSE"]
    assert found and (found[0].actor.name, found[0].recipient.name) == (actor, recipient)


def test_criticism_with_no_voice_is_no_event():
    assert coded("The report faced criticism.") == []
    assert coded("Criticism of the plan grew.") == []


def test_a_city_the_tagger_calls_an_organisation_is_where_an_attack_was():
    """'the Benghazi attack': a gazetteer city as the attack noun's modifier says where, whatever
    the entity label (spaCy tags this one ORG); it names no attacker."""
    assert not [e for e in events("Clinton was criticized over the Benghazi attack.")
                if e.actor is not None and e.actor.name == "Benghazi"]


@pytest.mark.parametrize("text, expected", [
    # calling on a party with nothing asked is a visit (CAMEO 042) ...
    ("The Indian ambassador called on the Prime Minister of Nepal.", "CONSULT"),
    ("The US envoy called on the Chief Minister at his residence on Monday.", "CONSULT"),
    # ... also when the infinitive is the visitor's own errand
    ("The delegation called on the Governor to discuss the situation in the state.", "CONSULT"),
    # ... and a request when what is asked is said
    ("Pakistan called on India to show restraint.", "REQUEST"),
    ("Germany called on Russia for an explanation.", "REQUEST"),
])
def test_calling_on_a_party_visits_it_unless_something_is_asked(text, expected):
    assert [t for t, *_ in coded(text)][:1] == [expected]


def test_support_received_is_the_givers_aid():
    assert coded("Ukraine received financial support from the United States.")[:1] == \
        [("AID", "United States", "Ukraine")]


def test_a_verb_the_lemmatizer_misses_is_looked_up_by_its_regular_base():
    """spaCy lemmatizes "staged" as "stag"; staging a war game is a joint exercise (CAMEO 062)."""
    found = coded("The war game was staged by U.S. marines and Jordanian armed forces.")
    assert found[:1] == [("COOPERATE", "U.S. marines", "Jordanian armed forces")]


@pytest.mark.parametrize("text, recipient", [
    # an honour conferred praises whom the to/on phrase names; the honour is no party though the
    # tagger calls its name an organisation
    ("France awarded the Legion of Honour to the Lebanese general.", "Lebanese general"),
    ("India conferred the Order of Merit on the Russian ambassador.", "Russian ambassador"),
])
def test_an_honour_conferred_is_praise_of_its_receiver(text, recipient):
    found = events(text)
    assert found and found[0].type == "SUPPORT" and found[0].recipient is not None
    assert found[0].recipient.name == recipient


# -- orders: an order of an act is that act, by who ordered it (triggers.yaml embedding command) --

@pytest.mark.parametrize("text, expected", [
    ("The junta ordered the opposition leader detained.", ("COERCE", "junta", "opposition leader")),
    ("Netanyahu ordered massive attacks on the Gaza Strip.", ("ASSAULT", "Netanyahu", "Gaza Strip")),
    # the act ordered is done to its own recipient, not to whom the order is given
    ("The magistrate ordered the police to open fire on the mob.", ("ASSAULT", "magistrate", "mob")),
])
def test_an_order_of_an_act_is_the_act(text, expected):
    assert coded(text)[:1] == [expected]


def test_what_is_ordered_is_not_coded_twice():
    found = events("The junta ordered the opposition leader detained.")
    assert [e.trigger.text for e in found] == ["ordered"]


@pytest.mark.parametrize("text, mode", [
    ("The president ordered a curfew in the capital.", "curfew"),
    ("The interior ministry imposed a ban on all demonstrations.", "ban"),
])
def test_a_curfew_or_political_ban_ordered_or_imposed_coerces(text, mode):
    found = events(text)
    assert found and (found[0].type, found[0].mode) == ("COERCE", mode)


def test_a_ban_on_goods_is_no_political_ban():
    assert coded("The government imposed a ban on the export of rice.") == []


# -- naming, second pass (judge17-tune: most "call" records read as phone calls were naming) ----

@pytest.mark.parametrize("text, expected", [
    # the epithet the parser hangs as the object of the name ([Trump]xcomp [a fascist]dobj)
    ("O'Malley has been calling Trump a fascist for weeks.", ("ACCUSE", "O'Malley", "Donald Trump")),
    # a quotation right after the object is what it is called
    ('Romney called Russia "our No.1 geopolitical foe" in 2012.', ("ACCUSE", "Romney", "Russia")),
    # the named one as the subject of a small clause, its predicate tagged a verb
    ("Bernie Sanders calls Hillary Clinton unqualified.", ("ACCUSE", "Bernie Sanders", "Hillary Clinton")),
    # "call out" criticises ...
    ("Clinton called out Trump for his remarks.", ("ACCUSE", "Clinton", "Trump")),
    # ... unless it is forces that are called out
    ("The president called out the army to restore order.", ("MOBILIZE", "president", None)),
])
def test_naming_however_parsed(text, expected):
    assert coded(text)[:1] == [expected]


@pytest.mark.parametrize("text", [
    'Trump called the golf venture "a great example of how things had gone wrong".',   # an intensifier
    'Trump railed against what he calls a "corrupt" process.',   # a free relative quotes a name
])
def test_naming_that_praises_or_blames_no_one(text):
    assert not [e for e in events(text) if e.type in ("ACCUSE", "SUPPORT") and e.trigger.text.startswith("call")]


def test_a_call_on_a_party_parsed_as_a_particle_still_names_whom_it_asks():
    found = events("Clinton also has called on Sanders to join her in supporting new legislation.")
    assert found and found[0].type == "REQUEST" and found[0].recipient is not None
    assert found[0].recipient.name == "Sanders"


def test_in_order_to_is_no_order():
    text = ("Cruz argued that it was one more reason to secure the border, in order to prevent heroin "
            "traffickers from entering the country.")
    assert not [e for e in events(text) if e.trigger.text == "order"]


# -- who is a political actor, eighth round ---------------------------------------------------------

def test_a_religious_organisation_acts():
    found = events("the all india muslim personal law board on wednesday agreed to consider the proposal.")
    assert found and found[0].type == "AGREE" and found[0].actor.sector == "REL"


def test_the_faithful_named_by_religion_are_no_organisation():
    assert coded("even in many places of gujarat, hindus had helped their muslim neighbours.") == []


@pytest.mark.parametrize("text, sector", [
    ("the ssp ordered the arrest of five vhp activists.", "COP"),
    ("The district magistrate ordered the arrest of five activists.", "GOV"),
])
def test_south_asian_police_and_district_officers_are_coded(text, sector):
    found = events(text)
    assert found and found[0].type == "COERCE" and found[0].actor.sector == sector


def test_negotiating_is_consulting():
    assert coded("The United States negotiated with the Taliban in Doha.")[:1] == [("CONSULT", "United States", "Taliban")]


# -- judged acts and dates, eighth round (judge17-ipe-tune) --------------------------------------

@pytest.mark.parametrize("text", [
    "it is important for citizens to monitor and criticise the police leadership.",
    "Reddy said it was unfair on the speaker's part to allow interruptions.",
])
def test_an_act_judged_in_an_extraposed_frame_is_no_act(text):
    assert not [e for e in events(text) if e.trigger.text in ("criticise", "monitor", "allow")]


def test_a_party_ready_to_act_is_not_an_extraposed_frame():
    assert [e.type for e in events("Israel said it is ready to release the prisoners.")][:1] == ["AGREE"]


def test_studying_riots_is_no_investigation():
    text = "asghar ali engineer, who has studied several communal riots in india, said the police failed."
    assert not [e for e in events(text) if e.trigger.text == "studied"]


def test_a_date_on_an_auxiliary_dates_its_verb():
    found = process(Article(id="t", text="the government had on friday evening announced the ban on the rally.",
                            published="2002-03-05")).events
    assert found and found[0].date == "2002-03-01"


def test_a_date_in_an_infinitive_under_a_past_verb_is_the_nearer_one():
    found = process(Article(id="t", text="the vhp announced to present a memorandum to the president on april 5.",
                            published="2002-03-05")).events
    assert found and found[0].date == "2002-04-05"   # not 2001-04-05


def test_a_promise_by_we_is_directed_at_the_party_of_its_content():
    found = events("Clinton promised that we will send a clear signal to Israel.")
    assert found and found[0].type == "AGREE" and found[0].recipient is not None
    assert found[0].recipient.name == "Israel"


def test_a_promise_to_campaign_is_electoral_and_a_refused_bill_vote_is_not():
    assert not [e for e in events("Sanders promised to campaign across the country for Clinton.") if e.type == "AGREE"]
    assert [e.type for e in events("Cruz refused to vote for the bill.")][:1] == ["REJECT"]


@pytest.mark.parametrize("text", [
    "The White House declined to say whether Trump would veto the bill.",
    "Cruz declined to say who he plans to vote for.",
])
def test_declining_to_say_is_no_refusal_of_what_would_be_said(text):
    assert not [e for e in events(text) if e.type == "REJECT"]


@pytest.mark.parametrize("text", [
    "Russia says the US must end its attacks on Syria.",   # an obligation of the US, not of "us"
    "The PRC on Tuesday demanded that the US cancel plans to sell weapons to Taiwan.",
])
def test_the_us_is_no_first_person_pronoun(text):
    found = events(text)
    assert found and found[0].type == "REQUEST" and found[0].recipient is not None
    assert found[0].recipient.country == "USA"


def test_an_on_phrase_elsewhere_in_a_call_for_is_no_call_on():
    """The call-on patterns read the verb's own on-phrase (@ON), not one inside what is called for,
    and rank as the dictionary's: the verb's evidence rules still apply (j17: a plan called for)."""
    assert coded("The senator called for lower taxes, with a focus on small businesses.") == []
    assert [t for t, *_ in coded("Germany called for a ban on the party.")] == ["REQUEST"]
