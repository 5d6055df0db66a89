"""Calls and visits of no party, questions quoted, appeals of no ask, alleged and coordinated
acts, days of "when" clauses and of spans' ends (issue 10, eighteenth round).

- "President Obama called a referendum against the Iranian government": the telephone sense of
  "call" (CAMEO 041, the dictionary's default for the verb) calls a party; with a thing as its
  object the verb has another sense, no PLOVER CONSULT. "called his Russian counterpart, Vladimir
  Putin" stays a call. "called on Sanders and Donald Trump to do the same" asks (the phone
  pattern now needs the person as the verb's object, so the on-phrase's appeal wins).
- "Secretary Kerry made a brief visit", "Clinton's visit to Wall Street": a visit meets the party
  visited (PLOVER CONSULT); with no host, or only a place with no country or body coded, it meets
  no one. "Obama's visit to Kabul" (a country's capital) stays.
- '"... Mistake?" President Obama asked Trump': "ask" reporting a quotation that closes on a
  question mark puts a question (no REQUEST), even where the parser ends a sentence at the quote.
- "Modi appealed to the people": "appeal to" with nothing asked (no infinitive, clause or
  for-phrase) is no request; "appealed to the people to maintain peace" stays.
- "offered a prayer for the Iraqi people": a prayer offered is no promise (as "prayers" was).
- "denied that its allies were unhappy but said the decision came after the mahant threatened":
  what a verb coordinated with a denial says is not denied; "denied that troops had killed the
  men" stays denied.
- "had been accused of seeking support from insurgent groups": the act in a verb of charging's
  of-phrase is alleged (factuality disputed), not asserted; "accused India, which killed 20
  civilians" (a relative clause the text asserts) stays asserted.
- "a meeting with the governor on Wednesday when Vajpayee asked him": a "when" written right
  after a date has that date as antecedent, and the clause's past tense says the day is past.
- "have decided to boycott the assembly proceedings till monday": the day a span ends
  (dates.yaml span_end_prepositions) is no day of the act.

- "Corey Lewandowski, Donald Trump's fired campaign manager, ripped FBI Director James Comey": a
  participle of dismissal before a noun (precision.yaml verbal_attacks.dismissal_words) is no word
  of violence, so a civilian's attack word stays criticism (ACCUSE).
- "Rep. Ann Kirkpatrick, who is challenging Sen. John McCain": in an election article,
  challenging an officeholder (precision.yaml office_titles) is running against him, no ACCUSE;
  "challenged President Obama to release the documents" (what is challenged is said) stays.
- "Democrats blasted Republicans": the parties' members (curated_actors.tsv) are coded USA, PTY,
  also where the tagger labels them a nationality (a NORP group the dictionary lists as an actor
  keeps its sector), so their attack words are criticism; "Republicans blast Obama" in a
  headline, where the tagger labels Obama a place, too (a dictionary actor is no place).

- "lucknow: the allahabad high court on monday dismissed ... \n\nFacebook Twitter Linkedin
  Mail...": whether an article is written without capitals is judged on its prose (the lines
  with a sentence's end), not on a crawl's share bar, so its names are read through the
  dictionaries (the court is India's).
- A news day named in one paragraph is the story day of undated acts in that paragraph and the
  next (dates.yaml story_paragraphs), not three paragraphs on.

- "Merkel talks about a European consensus": talking about a topic with no party talked with or
  to is speech, no CONSULT (also where the parser reads "talks" as a plural noun after a name);
  "talked with Putin about Syria" stays.
- "Many voters ... rejected Mr. Trump", "rejected by an electorate": voters, subject or passive
  agent, act by voting (electoral competition, no REJECT).
- "gave 2.5 million dollars ... to a super PAC": money given to a campaign's fund in election news
  is a campaign donation (precision.yaml campaign_funds), no AID; "Saudi Arabia gave 2.5 million
  dollars to Yemen" stays.

- "Putin chides Turkey at news conference" (a headline, told in the present) is dated by the lead
  below it ("... drew applause on Thursday when he lashed out at Turkey"), not by the publication
  day; with no day in the lead the publication day stands.

- "Obama asked him to enforce law and order": a personal pronoun object (him, her, them) is the
  party asked and the controller of the infinitive, resolved like any pronoun (Netanyahu), not
  passed over for the infinitive's object ("law").

Hand-written sentences; each rule's test fails on the commit before the round (50c6ca0); the
guards pass on both.
"""
from __future__ import annotations

from event_helpers import dated, factual, sides

from eventwire.pipeline import process
from eventwire.records import Article

US = "2016-05-01"
IN = "2002-03-16"


def test_calling_a_thing_is_no_telephone_call():
    assert sides("President Obama called a referendum against the Iranian government.", US) == []


def test_a_call_of_a_person_stays():   # guard
    found = sides("Obama called his Russian counterpart, Vladimir Putin, on Tuesday.", US)
    assert [(t, a, r) for t, w, a, r in found] == [("CONSULT", "Obama", "Vladimir Putin")]


def test_calling_on_named_people_to_act_asks_them():
    found = sides("Clinton said she called on Sanders and Donald Trump to do the same.", US)
    assert [(t, w) for t, w, a, r in found] == [("REQUEST", "called")]


def test_a_visit_with_no_host_meets_no_one():
    assert sides("Secretary Kerry made a brief visit.", US) == []
    assert sides("Clinton's visit to Wall Street drew protests.", US) == []


def test_a_visit_to_a_country_stays():   # guard
    found = sides("Obama's visit to Kabul was secret.", US)
    assert [(t, a, r) for t, w, a, r in found] == [("CONSULT", "Obama", "Kabul")]


def test_asking_a_quoted_question_is_no_request():
    assert sides("“They are hitting you again. Mistake?” President Obama asked Donald Trump.", US) == []


def test_an_appeal_with_nothing_asked_is_no_request():
    assert sides("Modi appealed to the people.", IN) == []


def test_an_appeal_to_act_stays():   # guard
    assert [t for t, w, a, r in sides("Modi appealed to the people to maintain peace.", IN)] == ["REQUEST"]


def test_a_prayer_offered_is_no_promise():
    assert sides("Obama offered a prayer for the Iraqi people.", US) == []


def test_a_denial_does_not_reach_a_coordinated_statement():
    found = factual("the bjp on saturday denied that its allies were unhappy but said the decision came after "
                    "the mahant threatened to commit suicide.", IN)
    assert ("THREATEN", "threatened", "reported") in found


def test_a_denied_act_stays_denied():   # guard
    assert ("ASSAULT", "killed", "denied") in factual("The army denied that troops had killed the men.", IN)


def test_an_act_one_is_accused_of_is_alleged():
    # (a material act; a statement or stance charged is the accusation's content, no event:
    # test_event_round27)
    found = factual("The congress workers had been accused of attacking a mosque in the town.", IN)
    assert ("ASSAULT", "attacking", "disputed") in found


def test_a_relative_clause_of_the_accused_stays_asserted():   # guard
    found = factual("Pakistan accused India, which killed 20 civilians last week.", IN)
    assert ("ASSAULT", "killed", "asserted") in found


def test_a_when_clause_after_a_day_is_on_that_day():
    found = dated("The visit follows a meeting with the governor on Wednesday when Vajpayee asked him to "
                  "enforce law and order.", "2002-03-28")
    assert ("REQUEST", "asked", "2002-03-27") in found


def test_the_end_of_a_span_is_no_day_of_the_act():
    found = dated("congress members have decided to boycott the assembly proceedings till monday.", IN)
    assert [(t, d) for t, w, d in found] == [("PROTEST", None)]


def test_a_day_of_the_act_stays():   # guard
    assert dated("Police detained 20 people on Monday.", IN) == [("COERCE", "detained", "2002-03-11")]


def test_a_fired_manager_tells_of_no_violence():
    found = sides("Corey Lewandowski, Donald Trump’s fired campaign manager, ripped FBI Director James Comey for "
                  "acting as the judge.", "2016-07-06")
    assert [(t, w) for t, w, a, r in found] == [("ACCUSE", "ripped")]


def test_challenging_an_officeholder_in_an_election_is_running():
    found = sides("The primary election is in August and voters will pick a nominee. Rep. Ann Kirkpatrick of "
                  "Arizona, who is challenging Sen. John McCain, raised money.", "2016-03-24")
    assert [w for t, w, a, r in found if w == "challenging"] == []


def test_a_challenge_to_act_stays():   # guard
    found = sides("Senator Cruz challenged President Obama to release the documents.", "2016-03-24")
    assert [(t, w) for t, w, a, r in found] == [("ACCUSE", "challenged")]


def test_party_members_are_coded_and_their_attacks_are_words():
    found = sides("Democrats blasted Republicans for being sore losers.", "2016-01-05")
    assert found == [("ACCUSE", "blasted", "Democrats", "Republicans")]
    headline = ("Republicans blast Obama after North Korea claims nuclear test\n\nPresidential candidates in both "
                "parties condemned North Korea's claim to have conducted the test of a hydrogen bomb on Wednesday.")
    assert ("ACCUSE", "blast", "Republicans", "Obama") in sides(headline, "2016-01-05")


def test_armed_attacks_stay_force():   # guard
    assert [t for t, w, a, r in sides("The Taliban attacked the Afghan army.", "2016-01-05")] == ["ASSAULT"]


def test_a_crawls_share_bar_does_not_make_a_lower_case_article_capitalised():
    text = ("lucknow: the allahabad high court on monday dismissed a writ petition seeking a direction from the "
            "court for removing curbs on the movement of kar sevaks in ayodhya on the ground that it lacked merit.  "
            "\n\nFacebook Twitter Linkedin MailUpdated 2 paths from the index")
    found = process(Article(id="t", text=text, published="2002-03-16")).events
    assert [(e.type, e.actor.country if e.actor else None) for e in found] == [("REJECT", "IND")]


def test_a_story_day_reaches_the_next_paragraph_only():
    far = dated("Senator Rubio criticized President Obama on Tuesday.\n\nThe debate was heated.\n\nThe "
                "audience cheered loudly.\n\nSenator Cruz attacked Secretary Clinton.", "2016-03-10")
    assert ("ACCUSE", "attacked", None) in far


def test_a_story_day_holds_in_the_next_paragraph():   # guard
    near = dated("Senator Rubio criticized President Obama on Tuesday.\n\nSenator Cruz attacked Secretary "
                 "Clinton.", "2016-03-10")
    assert ("ACCUSE", "attacked", "2016-03-08") in near


def test_talking_about_a_topic_is_no_consultation():
    assert sides("Merkel talks about a European consensus.", US) == []


def test_talking_with_a_party_stays():   # guard
    assert [t for t, w, a, r in sides("Merkel talked with Putin about Syria.", US)] == ["CONSULT"]


def test_voters_rejecting_a_candidate_vote():
    assert sides("The primary election is near. Many voters in the area resoundingly rejected Mr. Trump.", US) == []
    assert sides("Mr. Bush had been soundly rejected by an electorate he no longer recognized in the primary.",
                 US) == []


def test_money_to_a_super_pac_is_a_campaign_donation():
    assert sides("The primary election is near and the caucus votes. Mr. Stephens also gave 2.5 million dollars "
                 "last month to a super PAC connected to the Club for Growth.", US) == []


def test_money_to_a_state_stays_aid():   # guard
    assert [t for t, w, a, r in sides("Saudi Arabia gave 2.5 million dollars to Yemen.", US)] == ["AID"]


def test_a_headline_act_takes_the_leads_day():
    found = dated("Putin chides Turkey at news conference\n\nABSTRACT.\n\nMr. Putin forecast a rebound.\n\nPresident "
                  "Vladimir Putin drew applause from journalists on Thursday when he lashed out at Turkey.",
                  "2015-12-19")
    assert ("ACCUSE", "chides", "2015-12-17") in found


def test_a_headline_act_with_no_day_in_the_lead_keeps_the_publication_day():   # guard
    found = dated("Putin chides Turkey at news conference\n\nPresident Vladimir Putin lashed out at Turkey.",
                  "2015-12-19")
    assert ("ACCUSE", "chides", "2015-12-19") in found


def test_a_pronoun_asked_to_act_is_the_recipient():
    found = sides("Obama met Netanyahu on Monday. Obama asked him to enforce law and order.", "2016-03-10")
    assert ("REQUEST", "asked", "Obama", "Netanyahu") in found
