"""Speaker rules of the quotes extractor added for robustness on attribution corpora: one short,
hand-written text per rule, on its parse written down from the small model (quote_parses.py),
checked exactly (entities empty)."""
from __future__ import annotations

from quote_helpers import check_offsets, only, run


def test_speech_verb_after_the_quote_beats_a_colon_before_it():
    text = ("Clinton seemed irritated: “It is a public statement! Just email it,” she wrote.")
    found, _ = run(None, text)
    check_offsets(text, found)
    q = only(found, "direct")
    assert (q.speaker_mention.text, q.cue.text) == ("she", "wrote")


def test_colon_cue_kept_when_the_verb_after_opens_the_next_quote():
    text = ("Clinton wrote back: “Why now? Was that on my way to Libya?” Mills then writes back "
            "“You look cute.”")
    found, _ = run(None, text)
    first = next(q for q in found if q.text.startswith("Why now?"))
    assert first.speaker_mention.text == "Clinton" and first.cue.text == "wrote"


def test_name_and_colon_after_a_dash_label_the_quote():
    text = "Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one.”"
    found, _ = run(None, text)
    check_offsets(text, found)
    q = only(found, "direct")
    assert (q.speaker_mention.text, q.speaker, q.cue.text) == ("Carl Bialik", "Carl Bialik", ":")


def test_coordinated_names_before_a_colon():
    text = ("VOTERS CARE MORE - Frank Newport and Jim Harter: “We found that, across candidates, "
            "it works.”")
    q = only(run(None, text)[0], "direct")
    assert q.speaker_mention.text == "Frank Newport and Jim Harter"


def test_name_opening_the_paragraph_before_a_colon():
    text = "Rivals reject the term.\n\nClinton: “Our goal is not to contain ISIS, but to defeat it.”"
    q = only(run(None, text)[0], "direct")
    assert (q.speaker_mention.text, q.cue.text) == ("Clinton", ":")


def test_colon_after_a_verb_is_not_a_bare_label():
    text = "Trump told CNN: “We will win so much.”"
    q = only(run(None, text)[0], "direct")
    assert (q.speaker_mention.text, q.cue.text) == ("Trump", "told")


def test_dash_then_name_after_the_quote():
    text = ("“He is obsessed with Mexico and all these perks they have.” ― Esther Tapia\n"
            "“Mostly he promotes ignorance.” ― Azucena Gonzalez")
    found, _ = run(None, text)
    check_offsets(text, found)
    assert [(q.speaker_mention.text, q.cue.text) for q in found] == [
        ("Esther Tapia", "―"), ("Azucena Gonzalez", "―")]


def test_passive_speech_verb_takes_its_by_agent():
    text = ("Rubio was asked by moderator Gerard Baker whether the plan would risk “adding another "
            "expensive entitlement program.”")
    found, _ = run(None, text)
    check_offsets(text, found)
    assert found and all(q.speaker_mention.text == "Gerard Baker" for q in found)


def test_passive_agent_that_names_no_one_is_ignored():
    text = "“We are scared,” said the woman, who declined to be quoted by name."
    q = only(run(None, text)[0], "direct")
    assert q.speaker_mention.text == "woman"


def test_participle_after_a_passive_borrows_the_subject_not_the_agent():
    text = ("Comedian Sarah Silverman was booed and shouted down by Bernie Sanders supporters after "
            "telling holdouts for the Vermont senator that they were “being ridiculous.”")
    q = only(run(None, text)[0])
    assert q.speaker_mention.text.endswith("Sarah Silverman")


def test_name_after_an_inverted_speech_verb():
    text = ("“Campaigns are having trouble,” tweeted Rubio spokesman Alex Conant. “Clinton lost "
            "the debate.”")
    found, _ = run(None, text)
    check_offsets(text, found)
    first = next(q for q in found if q.text.startswith("Campaigns"))
    assert first.speaker_mention.text.endswith("Alex Conant") and first.cue.text == "tweeted"


def test_noun_after_an_inverted_speech_verb():
    text = "“We are scared of what comes next,” added another New Hampshire Democrat."
    q = only(run(None, text)[0], "direct")
    assert q.speaker_mention.text.endswith("Democrat")


def test_object_of_a_verb_in_normal_order_is_no_speaker():
    text = "In March, Trump blasted Disney for its “outrageous practices” in requiring workers to train."
    found, _ = run(None, text)
    assert all(q.speaker_mention is None or q.speaker_mention.text != "Disney" for q in found)


def test_reported_clause_is_the_one_nearest_the_verb():
    # the parser hangs both "It is over" and "he expected ..." on "said": the report is the
    # nearer clause, so the quoted fragment inside it is the outer speaker's, not "he"'s
    text = "It is over, Smith said he expected that voters will say “no” to the plan."
    found, _ = run(None, text)
    check_offsets(text, found)
    q = only(found, "partial")
    assert q.text.startswith("he expected") and q.speaker_mention.text == "Smith"


def test_second_that_clause_belongs_to_the_same_report():
    text = ("Hillary Clinton says the Obama administration should be taking additional measures "
            "against the Islamic State and that she expects President Barack Obama to announce an "
            "“intensification” in the U.S. campaign.")
    found, _ = run(None, text)
    check_offsets(text, found)
    q = only(found, "partial")
    assert q.text.startswith("the Obama administration") and q.text.endswith("campaign")
    assert q.speaker_mention.text == "Hillary Clinton"


def test_subject_outside_the_quotation_when_the_verb_has_two():
    # the parser gives "notes" two subjects, one of them inside the quotation
    text = ("“Cruz appeals to Reagan Democrats. His position on the issues of importance to Reagan "
            "Democrats is basically the same as Trump, it’s just that Trump articulates it "
            "differently,” Viguerie notes.")
    q = only(run(None, text)[0], "direct")
    assert (q.speaker_mention.text, q.cue.text) == ("Viguerie", "notes")


def test_colon_hung_on_the_quotation_falls_back_to_the_verb_before_it():
    text = ("The Democrats argued about health care.\n\nSanders delivered a snappy retort: \"No one "
            "is tearing this up. We're going to go forward.\" He bemoaned the costs of health care.")
    found, _ = run(None, text)
    check_offsets(text, found)
    q = only(found, "direct")
    assert (q.speaker_mention.text, q.cue.text) == ("Sanders", "delivered")


def test_colon_after_a_clause_whose_subject_cannot_speak():
    text = "The biggest victor was not on the stage, it was the stage itself:\n\n“The clear winner was Fox.”"
    found, _ = run(None, text)
    assert all(q.speaker_mention is None or q.speaker_mention.text != "it" for q in found)


def test_cueless_quote_takes_the_speaker_of_the_sentence_before():
    text = ("Clinton touted her credentials as a co-sponsor of the legislation. \"We need to find "
            "ways to support workers that want a union.\" The bill failed.")
    found, _ = run(None, text)
    check_offsets(text, found)
    q = only(found, "direct")
    assert (q.speaker_mention.text, q.cue.text) == ("Clinton", "touted")


def test_cueless_quote_after_a_paragraph_break_or_a_comma_gets_no_speaker():
    text = ("Clinton touted her credentials as a co-sponsor of the legislation.\n\n"
            "\"We need to find ways to support workers that want a union.\"")
    assert not [q for q in run(None, text)[0] if q.kind == "direct"]
    text = "The senator was in Iowa. \"Look at the statement he put out after the shootings,\" Conway notes."
    found, _ = run(None, text)
    assert all(q.speaker_mention is None or q.speaker_mention.text != "senator" for q in found)


def test_cueless_quote_does_not_join_across_another_speaker():
    text = ("“It goes in here and goes out here,” Tom Ebeling said. Betsy Ebeling laughed. “Tom is "
            "much better about it than I am, and he knows it very well.”")
    found, _ = run(None, text)
    check_offsets(text, found)
    assert [(q.speaker_mention.text, q.pieces) for q in found] == [("Tom Ebeling", ()), ("Betsy Ebeling", ())]


def test_cueless_quote_joins_when_the_sentence_before_is_the_same_speaker():
    text = ("“It goes in here and goes out here,” Tom Ebeling said. He laughed. “I am much better "
            "about it than Betsy is, and she knows it very well.”")
    found, _ = run(None, text)
    q = only(found)
    assert q.speaker_mention.text == "Tom Ebeling" and len(q.pieces) == 2


def test_nearest_subject_of_a_cue_with_two():
    text = ("“We will slip back into the usual mode,” Emanuel said. His final assessment: “It’s not "
            "quite optimistic,” he said. “We’re hopeful.”")
    found, _ = run(None, text)
    check_offsets(text, found)
    q = next(q for q in found if q.text.startswith("It’s not"))
    assert (q.speaker_mention.text, q.cue.text) == ("he", "said")


def test_governing_verb_is_not_looked_for_across_a_paragraph_break():
    text = ("De Blasio said the move was made by NYPD commissioner Bill Bratton and said, “Who are "
            "you going to trust on security and keeping people safe?”\n\nDe Blasio, speaking on "
            "WOR710, called Trump a “blowhard,” and said his remarks were “propaganda” for "
            "terrorist groups.")
    found, _ = run(None, text)
    check_offsets(text, found)
    second = text.index("De Blasio, speaking")
    blowhard = next(q for q in found if "blowhard" in q.text)
    assert blowhard.speaker_mention.start == second


def test_participle_report_is_a_quote_of_its_own():
    text = ("In some parts of the country the shift felt less dramatic. “It’s not new in Virginia,” "
            "said Rep. Bobby Scott at the time, adding that “we’ve been electing African-Americans "
            "to office for a long time.”")
    found, _ = run(None, text)
    check_offsets(text, found)
    assert [(q.kind, q.cue.text) for q in found] == [("direct", "said"), ("partial", "adding")]
    assert all(q.speaker_mention.text == "Bobby Scott" for q in found)


def test_paraphrase_stops_at_a_participle_after_its_last_quotation():
    text = ("Trump said things “should be wrapped up by Cleveland,” referring to the party’s July "
            "convention, where Republicans will select a nominee.")
    found, _ = run(None, text)
    check_offsets(text, found)
    q = only(found)
    assert q.text.startswith("things") and "referring" not in q.text and q.speaker_mention.text == "Trump"


def test_speech_participle_after_a_preposition_borrows_the_verb_subject():
    text = "Obama punctuated his list of mass shootings by saying “Too many.” The audience echoed him."
    found, _ = run(None, text)
    check_offsets(text, found)
    q = only(found)
    assert (q.text, q.speaker_mention.text, q.cue.text) == ("Too many.", "Obama", "saying")


def test_a_name_given_by_a_participle_is_used_by_the_clause_subject():
    text = ("Later on Sunday, Carson shared a syllabus for a 2002 psychology class called "
            "“Perception” on his Facebook page.")
    q = only(run(None, text)[0])
    assert (q.text, q.speaker_mention.text) == ("Perception", "Carson")


def test_pronoun_of_a_free_relative_stands_for_the_clause_subject():
    text = "Cruz has railed against what he calls the “Washington cartel” and cast himself as an outsider."
    q = only(run(None, text)[0])
    assert (q.speaker_mention.text, q.cue.text) == ("Cruz", "calls")


def test_first_person_in_a_free_relative_stays():
    text = "The Whigs had always backed government-funded improvements of what we call “infrastructure.”"
    q = only(run(None, text)[0])
    assert q.speaker_mention.text == "we"


def test_conjoined_cue_hung_across_a_paragraph_takes_the_opening_name():
    text = ("De Blasio said the move was made by NYPD commissioner Bill Bratton and said, “Who are "
            "you going to trust on security and keeping people safe?”\n\nDe Blasio, speaking on "
            "WOR710, called Trump a “blowhard,” and said his anti-Muslim remarks were priceless "
            "“propaganda” for terrorist groups like Islamic State.")
    found, _ = run(None, text)
    check_offsets(text, found)
    second = text.index("De Blasio, speaking")
    assert [q.speaker_mention.start for q in found if "propaganda" in q.text] == [second]


def test_quoted_by_a_news_agency_keeps_the_quoted_person_as_speaker():
    for text in ("“We will not leave,” Smith was quoted by Reuters as saying.",
                 "Smith was quoted by Reuters: “We will not leave.”"):
        q = only(run(None, text)[0], "direct")
        assert q.speaker_mention.text == "Smith", text


def test_cueless_slogan_is_not_given_the_speaker_of_the_sentence_before():
    text = "Trump won Iowa easily. \"Make America Great Again\" was printed on every hat in the hall."
    found, _ = run(None, text)
    assert all(q.speaker_mention is None or q.speaker_mention.text != "Trump" for q in found)
