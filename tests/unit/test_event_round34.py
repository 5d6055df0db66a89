"""Days of occasions, subjects joined to objects, addressees, scene names, acts ahead, tolls
(issue 10, thirty-fourth round).

- "on a press call Friday, criticized Sanders", "praised her in an interview last October": a bare
  noun phrase of time after a noun of an occasion or a message (dates.yaml ``month_nouns``) in the
  act's own in/on/at/during phrase dates the act, as "in Tuesday's statement" did (events._attached);
  not "Following a mass shooting last year, she issued a plan" (the act came after the shooting)
  and not the noun trigger's own time.
- "the police fired over 50 rounds and over 100 persons have been arrested": a finite clause has a
  subject, so the noun the parser joined to the first verb's object, right before the conjoined
  passive's auxiliaries, is that passive's subject (syntax.passive_subject): the persons arrested
  are the recipient.
- "Trump called on her to resign": the addressee of a request may come in an on/upon/with phrase
  before what is asked (grammar.yaml ``addressee_prepositions``; event_actors._to_noun), a party or
  a personal pronoun bound to one; "counted on them for years" and "called for a primary on CNN"
  tell no one what to do.
- "After San Bernardino Shooting": a place below a country named by its compound words before an
  attack noun says where, not who (event_actors._scene_modifier), also when the headline's capitals
  kept the model from naming it; "U.S. strikes" keep their state.
- "will be delivering a speech on Monday addressing the attacks", "groups ... encouraging Clinton to
  run": a present participle shares its clause's time, so under a future or a plan it is not done
  (events._planned_here, _unrealised); "people arrested under POTO will never claim compensation"
  (a past participle) were arrested.
- "an estimated 700 people have been killed during these riots", "700 people had been killed till
  date": an attack with no one acting, over a span up to now or a series, is a toll, no happening
  (event_noise._toll; precision.yaml ``toll_span_*``); "three persons were killed in the riots on
  monday" and "police have so far killed 40 people" stay.
- "his visit to cambodia slated next month": a noun act set down for a later day is not done
  (factuality.yaml ``hypothetical_mods`` after the noun as well).

Hand-written sentences; each rule's test fails on the commit before the round (a39383a); the
guards pass on both.
"""
from __future__ import annotations

from event_helpers import dated, factual, of_type, sides, types

from eventwire.extract.syntax import passive_subject
from eventwire.pipeline import load_nlp

IN = "2002-03-08"
US = "2015-12-20"


def test_a_day_after_the_occasion_dates_the_act() -> None:
    text = "Clinton's campaign leadership, on a press call Friday, criticized Sanders for stealing their data."
    assert dated(text, US) == [("ACCUSE", "criticized", "2015-12-18")]
    assert dated("Obama praised Clinton in an interview last October.", US) == [("SUPPORT", "praised", "2015-10")]


def test_a_day_of_an_earlier_occasion_does_not_date_the_act() -> None:   # guard
    text = "Following a mass shooting last year in Roseburg, Clinton criticized the gun lobby."
    assert [d for _, _, d in dated(text, US)] in ([None], ["2015-12-20"], [])


def test_a_noun_trigger_keeps_its_own_time() -> None:   # guard: the date is the noun's own
    # (round 38: "the Mother Emanuel Church shooting" has no actor -- a church is where -- and the
    # reference is left out; a massacre by a named group keeps the guard)
    text = "Two survivors of the Boko Haram massacre in Baga, Nigeria, last year, made a call for love."
    assert ("ASSAULT", "massacre", "2015") in dated(text, "2016-07-28")


def _parse(text: str):
    return load_nlp()(text)


def test_a_subject_joined_to_the_object_is_the_passive_subject() -> None:
    text = ("to disperse the mob at several places, the police fired over 50 rounds and over 100 persons have "
            "been arrested in combing operations at many places in the city.")
    doc = _parse(text)
    arrested = next(t for t in doc if t.text == "arrested")
    assert next(t for t in doc if t.text == "persons").dep_ == "conj"   # (the parse this rule repairs)
    found = passive_subject(arrested)
    assert found is not None and found.text == "persons"
    assert of_type(text, "COERCE", IN) == [("arrested", "police", "over 100 persons")]


def test_a_passive_with_no_noun_before_it_has_no_subject_found() -> None:   # guard
    doc = _parse("He fired the gun and was arrested by the police.")
    arrested = next(t for t in doc if t.text == "arrested")
    assert passive_subject(arrested) is None


def test_the_addressee_on_phrase_of_a_call() -> None:
    text = ("Justice Ruth Bader Ginsburg apologized on Thursday for her comments about Donald Trump. "
            "Trump called on her to resign from her post.")
    assert of_type(text, "REQUEST", "2016-07-15") == [("called", "Donald Trump", "Ruth Bader Ginsburg")]


def test_an_on_phrase_with_nothing_asked_is_no_addressee() -> None:   # guard
    text = "On CNN Tuesday, his wife, Jane, called for an open primary process."
    assert all(r != "CNN" for _, _, r in of_type(text, "REQUEST", "2016-04-28"))


def test_a_city_named_in_a_headline_is_no_attacker() -> None:
    text = "Democrats Call For Action While Republicans Tweet Prayers After San Bernardino Shooting."
    assert all(a != "San Bernardino" for _, a, _ in of_type(text, "ASSAULT", "2015-12-02"))


def test_a_state_before_an_attack_noun_stays_its_doer() -> None:   # guard
    assert of_type("The U.S. strikes killed ten people.", "ASSAULT", US)[0][1] == "United States"


def test_a_participle_under_a_future_clause_is_not_done() -> None:
    # (round 37: the sentence was "... addressing the terrorist attacks", which is no event at all now)
    text = "Trump will be delivering a speech on Monday criticizing the Orlando police."
    assert ("ACCUSE", "criticizing", "asserted") not in factual(text, "2016-06-12")


def test_a_participle_on_a_party_under_a_future_clause_is_not_done() -> None:
    text = "Progressive groups encouraging Hillary Clinton to run on a platform of change will hail her choice."
    assert "REQUEST" not in types(text, "2016-07-20")


def test_a_participle_under_a_past_clause_is_done() -> None:   # guard
    text = "Trump delivered a speech on Monday criticizing the Orlando police."
    assert ("ACCUSE", "criticizing", "asserted") in factual(text, "2016-06-14")


def test_a_past_participle_under_a_future_clause_was_done() -> None:   # guard
    assert "COERCE" in types("People arrested under POTO will never claim compensation.", IN)


def test_a_toll_over_a_series_is_no_happening() -> None:
    assert "ASSAULT" not in types("an estimated 700 people have been killed during these riots.", IN)
    assert "ASSAULT" not in types("he claimed that 700 people had been killed till date.", IN)
    assert "ASSAULT" not in types("people belonging to both communities had died in the recent riots.", IN)


def test_one_attack_on_a_day_is_a_happening() -> None:   # guards
    assert "ASSAULT" in types("three persons were killed in the riots on monday.", IN)
    assert "ASSAULT" in types("two persons were killed in these areas.", IN)
    assert "ASSAULT" in types("police have so far killed 40 people in these riots.", IN)


def test_a_visit_set_down_for_later_is_not_done() -> None:
    text = "prime minister atal bihari vajpayee has deferred his visit to cambodia slated next month."
    assert "CONSULT" not in types(text, IN)


def test_a_visit_made_is_done() -> None:   # guard
    assert "CONSULT" in types("Obama's visit to Cuba last month angered Republicans.", US)


def test_a_role_named_with_its_modifier_in_the_plural_is_a_party() -> None:
    # "district collector" is a dictionary role; its plural with the modifier is one too
    text = "the state government asked the district collectors to impose curfew in the sensitive areas."
    assert of_type(text, "REQUEST", IN) == [("asked", "state government", "district collectors")]


def test_an_organisation_of_the_dictionary_is_no_person_in_lower_case_text() -> None:
    # "amnesty international" (2-3 words, no organisation word before the thirty-fourth round) was
    # read as a person, and "he" bound to it
    text = ("kolkata: the vhp said it would move the amnesty international. vhp state general secretary "
            "a k nandy told reporters that the police had beaten activists. he also demanded suspension "
            "of the guilty policemen.")
    assert ("demanded", "a k nandy") in [(t, a) for _, t, a, _ in sides(text, IN)]


def test_a_person_named_after_a_title_in_lower_case_text() -> None:
    text = ("lucknow: bjp state president kalraj mishra has welcomed the verdict of the high court. "
            "later, mishra said the party would hold a rally.")
    assert ("welcomed", "kalraj mishra") in [(t, a) for _, t, a, _ in sides(text, IN)]


def test_an_english_word_after_a_title_is_no_name() -> None:   # guard
    text = ("kolkata: the city police's detective department is investigating the attack. he said the "
            "security has been tightened in the metropolis.")
    assert all(a != "department" for _, _, a, _ in sides(text, IN))
