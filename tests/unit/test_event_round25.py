"""Whom a naming or a feeling is aimed at (issue 10, twenty-fifth round).

- "calling Trump's charge "pathetic"", "Sanders called the DNC's suspension arbitrary": the one
  a verb of naming names is often hung by the parser on the predicate, as a compound noun of it
  with its possessor on the predicate too; the possessor of what is named is whom the naming is
  aimed at (event_triggers.named_one, NAMED_ON_PREDICATE; then event_actors.owner_of_thing).
- "Obama expressed frustration that the allies were acting as free riders", "expressed his
  unhappiness over the manner in which the government had handled the situation", "expressed
  disappointment over the budget presented by the finance minister": a feeling expressed is no
  party; the stance is about the party of the feeling noun's preposition (its owner, or the doer of
  its relative clause) or the subject of its that-clause (event_actors._felt_towards,
  actor_words.yaml feeling_nouns, feeling_prepositions, feeling_verb_prepositions).

- "Clinton rejected the deal Trump negotiated", "the BJP condemned the manner in which the police
  handled the protest", "criticized various aspects of the strategy Obama announced": an act aimed at
  a thing is aimed at its author, whom the thing's relative clause names as its subject (a party,
  not a pronoun; one thing further through "of"); not in a clause of place, time or reason, nor
  after a preposition unless the noun is one of manner (event_actors._author, owner_of_thing;
  actor_words.yaml manner_nouns, time_nouns).

- "The White House contends that it is still on track", "Mr. Trump has told his supporters that they
  should respond": the subject pronoun of another clause that stands for no one the article names
  is no recipient (the speaker itself, or someone the record cannot name; trace
  ``recipient:none:unresolved_pronoun``, events._unresolved_subject); the party told, when the verb
  of a demand has one, is whom "they should" asks (event_actors.recipient_token). The one a
  "should" obliges stays ("he should step down, Trump said").

- "Hillary Clinton Calls ISIS Violence Against Yazidis 'Genocide'": a quotation opening a few words
  into the object of a verb of naming (folded by the parser into the object's phrase or hung on the
  verb) is the name given; naming is no telephone call (event_triggers._quoted_inside in
  naming_predicate, precision.yaml naming_quote_reach; event_noise._naming).

Hand-written sentences; each rule's test fails on the commit before the round (70686db); the
guards pass on both.
"""
from __future__ import annotations

from event_helpers import events, sides

US = "2016-05-04"


def test_the_possessor_of_what_a_naming_verb_names_is_its_recipient() -> None:
    assert sides("Clinton spokesman Brian Fallon responded on Twitter, calling Trump’s charge “pathetic” and "
                 "“dangerous”.", US) == [("ACCUSE", "calling", "Brian Fallon", "Donald Trump")]
    assert sides("Sanders called the DNC’s suspension “arbitrary”.", US) == [("ACCUSE", "called", "Sanders", "DNC")]
    assert sides("Sanders called the DNC's suspension arbitrary.", US) == [("ACCUSE", "called", "Sanders", "DNC")]


def test_a_feeling_is_aimed_at_the_party_it_is_about() -> None:
    assert sides("President Obama expressed frustration that NATO allies were acting too often as free riders.", US) \
        == [("ACCUSE", "expressed", "Obama", "NATO allies")]
    assert sides("George Fernandes expressed his unhappiness over the manner in which the government had handled "
                 "the Gujarat situation.", US) == [("ACCUSE", "expressed", "George Fernandes", "government")]
    assert sides("The Congress party expressed disappointment over the budget presented by finance minister "
                 "Yashwant Sinha.", US) == [("ACCUSE", "expressed", "Congress party", "Yashwant Sinha")]


def test_a_named_party_and_a_feeling_for_a_party_keep_their_recipient() -> None:
    assert sides("Trump called Clinton a liar.", US) == [("ACCUSE", "called", "Donald Trump", "Clinton")]
    assert sides("Obama expressed solidarity with the French people.", US) == [
        ("SUPPORT", "expressed", "Obama", "French people")]


def test_an_act_aimed_at_a_thing_is_aimed_at_the_author_its_relative_clause_names() -> None:
    assert sides("Clinton rejected the deal Trump negotiated.", US) == [("REJECT", "rejected", "Clinton", "Trump")]
    assert sides("The BJP condemned the manner in which the police handled the protest.", US) == [
        ("ACCUSE", "condemned", "Bharatiya Janata Party", "police")]
    assert sides("Republicans criticized various aspects of the strategy Obama announced.", US) == [
        ("ACCUSE", "criticized", "Republicans", "Obama")]


def test_no_author_in_a_clause_of_place_time_or_scene() -> None:
    assert sides("Trump criticized the city where Obama lives.", US) == [("ACCUSE", "criticized", "Donald Trump", None)]
    assert sides("Clinton said she would debate on the day Sanders had proposed.", US) == [
        ("AGREE", "debate", "Clinton", None)]


def test_an_unresolved_subject_pronoun_of_another_clause_is_no_recipient() -> None:
    found = events("The White House contends that it is still on track.")
    assert [(e.type, e.recipient) for e in found] == [("ACCUSE", None)]
    assert "recipient:none:unresolved_pronoun" in found[0].rules
    assert sides("Mr. Trump has told his supporters that they should respond by suggesting that reporters are "
                 "racists.", US) == [("REQUEST", "told", "Trump", "his supporters")]


def test_the_one_a_should_obliges_and_a_named_party_stay() -> None:
    assert sides("For that reason alone, he should step down, Trump said.", US) == [("REQUEST", "said", "Trump", "he")]
    assert sides("The police said they had arrested the rioters.", US) == [("COERCE", "arrested", "police", "rioters")]


def test_a_quoted_name_given_is_no_call() -> None:
    assert sides("Hillary Clinton Calls ISIS Violence Against Yazidis \u2018Genocide.\u2019", US) == []


def test_a_call_with_a_quotation_further_on_stays_a_call() -> None:
    assert sides("Obama called Merkel on Tuesday to discuss \u201cthe crisis.\u201d", US) == [
        ("CONSULT", "called", "Obama", "Merkel")]
