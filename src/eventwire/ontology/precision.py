"""Word lists of the event-precision rules (``data/plover/precision.yaml``), loaded once.

The rules themselves live in ``extract/event_noise.py``; this module only reads and validates
the lists (each must be a non-empty list of strings).

Not handled: per-language lists (English only).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from . import fail, plover, typed
from .loader import line_of, spec

_REL = "plover/precision.yaml"


@dataclass(frozen=True)
class PrecisionLists:
    non_event_verbs: frozenset[str]
    motion_verbs: frozenset[str]
    motion_destinations: frozenset[str]
    attendance_verbs: frozenset[str]    # "attends his final Correspondents' Dinner": a meeting only if one is attended
    meeting_nouns: frozenset[str]       # what attending makes a consultation (meeting, summit, talks ...)
    convening_verbs: frozenset[str]     # "held a closed-door meeting": with no partner, a body's own business
    schooling_nouns: frozenset[str]     # "attending school", "attended church": no meeting of parties
    showing_verbs: frozenset[str]       # "demonstrated that ...": a showing, no protest
    postponing_verbs: frozenset[str]    # "postponed a Monday evening rally": one's own event put off ...
    own_event_nouns: frozenset[str]     # ... (rally, speech, fundraiser): no act toward a party
    owner_prepositions: frozenset[str]  # ... unless another owner is named ("the rally by/of the opposition")
    non_agent_nouns: frozenset[str]
    generic_plural_heads: frozenset[str]
    class_heads: frozenset[str]         # "voters who backed Sanders": a class defined, no act
    generic_heads: frozenset[str]
    generic_adverbs: frozenset[str]
    duration_nouns: frozenset[str]       # "supported ... for years": support held, no act
    standing_adverbs: frozenset[str]     # "has long backed Israel": support held, no act
    generic_adjectives: frozenset[str]   # "repeated calls": an event noun of many occasions
    own_statement_marks: frozenset[str]
    plural_only_nouns: frozenset[str]
    purpose_marks: frozenset[str]
    control_verbs: frozenset[str]
    purpose_phrases: tuple[tuple[str, ...], ...]   # sorted, each split into words
    generic_quantifiers: frozenset[str]
    political_sectors: frozenset[str]   # lower-cased
    believer_nouns: frozenset[str]      # "hindus", "the minority community": REL but no organisation
    any_actor_types: frozenset[str]     # lower-cased
    private_countries: frozenset[str]   # lower-cased: actor codes of private parties (MNC)
    international_bodies: frozenset[str]   # lower-cased: non-state codes of political bodies (UNO, NGO ...)
    business_sectors: frozenset[str]    # lower-cased: sectors of businesses and media
    media_sectors: frozenset[str]       # lower-cased: a CONSULT with them is an interview
    interview_types: frozenset[str]     # lower-cased PLOVER types
    verbal_attacks: "VerbalAttacks"
    electoral_verbs: frozenset[str]
    electoral_words: frozenset[str]
    contest_places: frozenset[str]      # "captured his home state": a place won in an election
    courting_verbs: frozenset[str]      # "thanking supporters", "greeted voters": campaigning ...
    courted_nouns: frozenset[str]       # ... of a candidate among the electorate
    naming_verbs: frozenset[str]
    naming_quote_reach: int             # words at most from the object's start to the quoted name
    describing_verbs: frozenset[str]    # "described the probe as a security review": a thing characterised
    pejorative_words: frozenset[str]    # "called him a liar": criticism (@PEJORATIVE)
    laudatory_words: frozenset[str]     # "called him a hero": praise (@LAUDATORY)
    place_nouns: frozenset[str]
    physical_targets: frozenset[str]    # property force is used on: "set fire to shops", "stoned a bus"
    polity_place_nouns: frozenset[str]    # "state repression": a place noun naming who acted
    monument_nouns: frozenset[str]        # "visited the ... Memorial": no host met
    own_kin_nouns: frozenset[str]         # "visiting her sister in Paris": a private call
    seizure_verbs: frozenset[str]
    seizure_particles: dict[str, tuple[str, ...]]   # "seized on new revelations": a subject taken up
    seizable_things: frozenset[str]
    hostile_modifiers: frozenset[str]
    release_words: frozenset[str]
    dismissal_nouns: frozenset[str]     # "Podliska's firing": a person dismissed, no shot fired
    idiom_phrasals: dict[str, tuple[str, ...]]   # "caught up in", "fired up": an idiom, no act
    danger_nouns: frozenset[str]          # "the threat from the Islamic State": a danger, no act (with the next two)
    danger_modifiers: frozenset[str]
    danger_verbs: frozenset[str]
    danger_topic_prepositions: frozenset[str]   # "warned of the threat": the danger warned of
    content_types: frozenset[str]       # lower-cased PLOVER types
    emitted_factuality: frozenset[str]  # factuality labels of the events emitted
    aspectual_verbs: frozenset[str]     # "continued to block": the complement is the act
    continuative_verbs: frozenset[str]  # "continued to refute": a stance or state kept, no new act
    result_causatives: frozenset[str]   # "won the primary, forcing X out": the result, no coercion
    recipient_types: frozenset[str]     # lower-cased PLOVER types that require a recipient
    dictionary_recipient_types: frozenset[str]   # ... when coded from a PETRARCH2 dictionary pattern
    future_partner_codes: frozenset[str]   # ... and the future tense's promises of cooperation (CAMEO)
    promise_verbs: frozenset[str]       # ... and a bare promise's verb ("pledged to enact judicial reform")
    charge_content_types: frozenset[str]   # lower-cased verbal types a charge's content is no event of
    dictionary_commitment_synsets: frozenset[str]   # ... unless its synset names the commitment itself
    intention_factuality: frozenset[str]   # a planned or expected act is coded only as an intention ...
    intention_types: frozenset[str]     # ... of other lower-cased PLOVER types than these
    decision_heads: frozenset[str]      # "decided to lift the sanctions": the decision is the act
    wish_verbs: frozenset[str]          # "stressed the need for ...": a dictionary REQUEST of no one
    assertive_modals: frozenset[str]    # "insisted that Cruz would ...": a statement, no demand
    evaluative_heads: frozenset[str]    # "more successful at integrating": a capacity judged
    interest_heads: frozenset[str]      # "interested in consulting": a gerund under these is wished for
    present_time_marks: frozenset[str]  # "when Trump debates Clinton": a simple-present time clause, no happening
    capacity_adjectives: frozenset[str]   # "free to support", "about to begin": no act done
    welcoming_verbs: frozenset[str]     # "welcome a debate": a thing of no party welcomed, no support ...
    welcomed_acts: frozenset[str]       # ... but an act or accord ("welcomed the agreement") is a party's
    occupied_verbs: frozenset[str]      # "engaged in ensuring": the gerund is the act
    facilitating_verbs: frozenset[str]  # "helped Bush carry the state": the complement is the act
    poll_groups: frozenset[str]         # "support from the youth": a poll, not an act of support
    poll_types: frozenset[str]          # lower-cased types: "65 percent of Republicans supported" is a poll
    message_verbs: frozenset[str]       # "sent a letter ... threatening": the medium of a statement
    message_nouns: frozenset[str]
    phone_verbs: frozenset[str]         # "called Morrison to congratulate him": the call is the medium
    resource_nouns: frozenset[str]      # "funds to fight Zika": an infinitive on these is their aim
    aim_verbs: frozenset[str]           # "aiming to expand": an aim, the infinitive is the act
    purpose_request_words: frozenset[str]   # "called X to congratulate him": a purpose, no request
    visit_purposes: frozenset[str]      # "called on the minister to discuss": a visit's purpose
    appeal_verbs: frozenset[str]        # "appeals to a demographic": nothing asked, no request
    campaign_funds: frozenset[str]      # "gave $2.5 million to a super PAC": a campaign donation
    talking_verbs: frozenset[str]       # "talks about a consensus": speech, no consultation
    talk_partner_prepositions: frozenset[str]   # ... unless talked "with"/"to" a party
    challenge_verbs: frozenset[str]     # "is challenging Sen. Ron Johnson" in election news: running ...
    office_titles: frozenset[str]       # ... against an officeholder, no accusation
    elliptical_marks: frozenset[str]    # "when asked": a question put to the subject
    ending_verbs: frozenset[str]        # "aid was suspended": an event noun as their object stops
    electorate_nouns: frozenset[str]        # "voters pushed the state toward Democrats": electoral
    campaign_types: frozenset[str]          # lower-cased PLOVER types a campaign act is mistaken for
    campaign_modifiers: frozenset[str]      # "campaign appearances": an object of the campaign
    endorsement_verbs: frozenset[str]       # "endorsed Ted Cruz" in election news: campaign support
    election_article_words: int             # ... an article with this many distinct electoral words
    campaign_money_codes: frozenset[str]    # "gave money to Marco Rubio" in election news: a donation
    pledge_verbs: frozenset[str]            # "vows to defend the ACA" (no party) in election news: a campaign promise
    campaign_verbs: frozenset[str]          # "campaigned in Ohio": for office, no cause named
    campaign_content_types: frozenset[str]  # lower-cased: a promise or refusal of campaigning is electoral
    likening_modifiers: frozenset[str]      # "virtual house arrest": like the act, not the act
    advocacy_prepositions: frozenset[str]   # "campaigned for the release": a cause named
    campaign_offices: frozenset[str]        # "her presidential campaign": a run for office, no cause
    campaign_rally_nouns: frozenset[str]    # "Trump held a rally": a candidate's rally is campaigning
    rally_prepositions: frozenset[str]   # "at a rally": a rally appeared at
    divided_participles: frozenset[str]     # "the partners are torn": divided, not attacked
    unarmed_sectors: frozenset[str]         # sides whose moves are no military or police moves (lower-cased)
    legislative_modifiers: frozenset[str]   # "the Senate Democratic Caucus" is a body, no contest
    competition_verbs: frozenset[str]   # "dominated Sanders in the South": a contest, not force
    figurative_objects: frozenset[str]  # "struck a populist tone": an attack verb's figure of speech
    electoral_objects: frozenset[str]   # "battle it out for the nomination": any verb on these
    election_contest_types: frozenset[str]   # lower-cased types: acts against an election stay events
    defence_verbs: frozenset[str]       # "defended his position": defending one's own stance ...
    own_stance_nouns: frozenset[str]    # ... or conduct supports no party
    own_stance_possessives: frozenset[str]   # "defended his position" (not "its", "their")
    collective_possessives: frozenset[str]   # "defended their strategy": own only with a stance noun
    question_verbs: frozenset[str]      # "asked Carson about ...": a question, not a request
    question_complements: frozenset[str]   # "asked Kasich to lay out his path": still a question
    question_objects: frozenset[str]    # "asking for anonymity", "asked for comment": reporting practice
    press_requests: frozenset[str]        # "declined requests for an interview": the press refused, no party
    promotion_verbs: frozenset[str]       # "pushing Obama's policies": a thing promoted, no demand
    reliance_verbs: frozenset[str]        # "counting on winning": no party asked
    reliance_prepositions: frozenset[str]   # "counting on": the preposition of what is relied on
    visit_verbs: frozenset[str]         # "visited the St. Louis area": at home, no one met
    dated_factuality: frozenset[str]    # records that may take the publication day
    clause_cognition_verbs: frozenset[str]   # "recognized that ...": cognition with a clause
    occasion_nouns: frozenset[str]      # "at town hall meetings": an occasion, no argument
    ground_verbs: frozenset[str]        # "attacked Trump for the greed": "for" gives the ground
    complement_keyword_verbs: frozenset[str]   # "invited X to visit": the infinitive's verb is a keyword
    protest_form_verbs: frozenset[str]   # ... when the act is one a protest takes (block, march, stage ...)
    purpose_kept_types: frozenset[str]   # lower-cased types: "blocked roads to protest": the purpose is the act
    warning_verbs: frozenset[str]        # "warned that terrorists may sneak in": a prediction, no threat ...
    possibility_modals: frozenset[str]   # ... when the warned clause says what another may or could do
    consequence_verbs: frozenset[str]    # ... but "warned that the US could pay a price" threatens the US
    characterisation_nouns: frozenset[str]   # "rejected the notion that he was part of the establishment"
    claim_nouns: frozenset[str]          # ... and "rejected the claim that ...": a denial, no proposal refused
    prediction_modals: frozenset[str]   # "the idea that he would be a drag": a claim foretold
    counsel_verbs: frozenset[str]        # "has advised McCain": counsel given, no act asked for, no request
    source_conditions: frozenset[str]   # "requested anonymity to discuss": the press's convention, no request
    likelihood_verbs: frozenset[str]   # "the drama threatened to spill over": a thing likely, no threat
    situation_nouns: frozenset[str]    # ... the situations such a subject names
    concurring_verbs: frozenset[str]   # "agreed that Trump may struggle": a view shared, no agreement
    exclusion_verbs: frozenset[str]    # "declined to rule out": nothing rejected
    silence_verbs: frozenset[str]       # "declined to criticize Clinton": silence, nothing rejected
    comparative_quantifiers: frozenset[str]      # "deported more people than any other president": a statistic
    toll_span_adverbs: frozenset[str]    # "700 people had been killed till date": a toll over a span of time
    toll_span_openers: frozenset[str]    # ... the words before such an adverb ("till", "so", "to")
    toll_span_modifiers: frozenset[str]  # "killed during these riots", "died in the recent riots": ... or over a series
    toll_span_nouns: frozenset[str]      # ... of these (or of attack nouns): "for the last 50 years", "in these incidents"
    reflexive_act_codes: frozenset[str]   # "blew himself up": the reflexive is the attacker, no recipient
    economic_cooperation_codes: frozenset[str]   # CAMEO 061: no person's own payment or purchase
    protection_codes: frozenset[str]      # CAMEO 074: military protection, given by no party or person
    military_retreat_codes: frozenset[str]   # CAMEO 0874: a military retreat, made by no party or person
    departure_verbs: frozenset[str]       # ... by leaving a place (not surrendering)
    money_nouns: frozenset[str]           # "gave $10 million", "straw donations": the thing given is money ...
    aid_giver_sectors: frozenset[str]     # ... which is aid only from these sides (or a state, or a body of states)
    named_body_types: frozenset[str]      # ... or a named body of these entity types not coded a business
    permission_verbs: frozenset[str]      # ", allowing the group to continue": a result, no permission granted
    topic_participles: frozenset[str]     # "the concerns surrounding the ticket": about, no encirclement
    engagement: "Engagement"              # "engaged in serious conversations": no force
    intention_nouns: frozenset[str]       # "the decision to allow": a to-infinitive on these is a decided act
    trip_codes: frozenset[str]            # CAMEO 036 read from a word of travel ...
    trip_verbs: frozenset[str]            # ... (these lemmas): told as made, it is ...
    visit_code: str                       # ... the visit itself (042, PLOVER CONSULT visit)
    state_organ_sectors: frozenset[str]   # AID between two of these of one state is its own business


@dataclass(frozen=True)
class Engagement:
    """A verb of engaging coded as force (``precision.yaml`` ``engagement``)."""

    verbs: frozenset[str]         # engage (PETRARCH2: military force, 190)
    fight_nouns: frozenset[str]   # ... force only when engaged in one of these, or by an armed side


@dataclass(frozen=True)
class VerbalAttacks:
    """An ASSAULT word used of words, not force (``precision.yaml`` ``verbal_attacks``)."""

    code: str                        # the CAMEO code it becomes (111: criticize or denounce)
    physical_code: str               # the code a criticism-coded attack by armed hands becomes (190)
    words: frozenset[str]            # attack, slam, lash ... (lemmas)
    violence_words: frozenset[str]   # any of these in the sentence: the attack is physical
    debate_heads: frozenset[str]     # ... unless it modifies one of these ("the gun issue")
    dismissal_words: frozenset[str]  # ... nor a participle of dismissal before a noun ("his fired manager")
    armed_sectors: frozenset[str]    # actors of these sectors attack physically (lower-cased)
    civilian_sectors: frozenset[str]  # non-person actors whose attacks are verbal (lower-cased)
    physical_actors: frozenset[str]   # head nouns of groups whose attacks are physical ("mob")
    medium_modifiers: frozenset[str]  # "direct mail attacks", "media attacks": words, whoever attacks
    word_venues: frozenset[str]       # "attacked me from the stage", "attacked in the media": words
    criticism_words: frozenset[str]   # attack words whose object, a party's thing, names criticism of the party
    executing_verbs: frozenset[str]   # "carried out attacks on government forces": an operation, force


@functools.lru_cache(maxsize=1)
def lists() -> PrecisionLists:
    """The precision word lists; OntologyError naming the file when one is missing or malformed."""
    found = typed(PrecisionLists, _REL)
    unknown = found.emitted_factuality - set(plover.FACTUALITY)
    if unknown:
        raise fail(_REL, line_of(_REL, ("emitted_factuality",)),
                   f"emitted_factuality: unknown labels {sorted(unknown)} (known: {', '.join(plover.FACTUALITY)})")
    return found


@dataclass(frozen=True)
class DisputeCues:
    """Cues of a dispute made in a later sentence (``factuality.yaml`` ``cross_sentence``)."""

    dispute_predicates: frozenset[str]
    dispute_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    referring_pronouns: frozenset[str]
    statement_nouns: dict[str, frozenset[str]]   # noun -> lemmas of the verbs that make one
    window_sentences: int = spec(lo=1, hi=10)


@functools.lru_cache(maxsize=1)
def dispute_cues() -> DisputeCues:
    """The cross-sentence dispute cues; OntologyError naming the file when malformed."""
    return typed(DisputeCues, "plover/factuality.yaml", "cross_sentence")
