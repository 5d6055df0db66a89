"""Closed-class English words the extractors test for (``data/grammar.yaml``), loaded once.

Pronoun classes, auxiliaries and attribution words shared by the actor finder, the trigger
rules, factuality and the quote cues; each must be a non-empty list of words.

Not handled: languages other than English.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from . import typed

_REL = "grammar.yaml"


@dataclass(frozen=True)
class Grammar:
    first_person: frozenset[str]
    person_pronouns: frozenset[str]
    non_person_pronouns: frozenset[str]
    plural_subject_pronouns: frozenset[str]   # "they", "we": a pronoun doer of a plural thinker
    reflexive_pronouns: frozenset[str]
    third_person_subjects: frozenset[str]
    addressee_pronouns: frozenset[str]
    generic_possessives: frozenset[str]
    third_person_possessives: frozenset[str]
    indicative_auxiliaries: frozenset[str]
    modal_auxiliaries: frozenset[str]
    reported_future_auxiliaries: frozenset[str]
    inversion_auxiliaries: frozenset[str]   # "had the police taken note, ...": a condition
    postponement_prepositions: frozenset[str]   # "will not meet until March 12": a schedule, no refusal
    postponement_adverbs: frozenset[str]   # "will not meet again only on march 12": the same
    done_auxiliaries: frozenset[str]       # "has travelled", "was making a trip": an act told as made
    dateline_dashes: frozenset[str]        # "CLEVELAND - Donald Trump": the dash ending a dateline
    opposition_prepositions: frozenset[str]   # "joined the campaign against ISIS": ISIS opposed
    asked_for_prepositions: frozenset[str]   # "called for a special prosecutor": the thing asked for
    hostility_nouns: frozenset[str]        # "the war on ISIS": "on" after these marks the opposed
    hostility_prepositions: frozenset[str]   # ... "on": the preposition that does so
    thing_suffixes: tuple[str, ...]        # "Trump's success unites donors": nouns of things, not agents ...
    thing_heads: frozenset[str]            # ... by suffix or by name
    attribution_words: frozenset[str]
    past_perfect_auxiliaries: frozenset[str]
    past_support_auxiliaries: frozenset[str]   # "did apologize": a base form told in the past
    excess_degree_words: frozenset[str]   # "too weak to confront": an infinitive prevented
    sufficiency_degree_words: frozenset[str]   # "not enough evidence to convict": an infinitive possible
    eager_degree_words: frozenset[str]    # "all too happy to": no excess
    mental_state_verbs: frozenset[str]    # "should worry": no act asked
    desert_nouns: frozenset[str]          # "should be given the credit": no act asked
    frequency_determiners: frozenset[str]   # "every year": how often, no one happening
    rate_determiners: frozenset[str]        # "ninety people a day": a rate
    offset_words: frozenset[str]            # "a day after the riots": an offset, no rate
    result_prepositions: frozenset[str]     # "torn into tatters": a thing torn, no party divided
    thing_possessives: frozenset[str]       # "its record": no party's thing known
    generic_determiners: frozenset[str]
    anaphoric_numeral_determiners: frozenset[str]   # "the two were burnt alive": the two named before
    plural_object_pronouns: frozenset[str]   # "attacked them": the nearest plural party named before
    noun_own_act_prepositions: frozenset[str]   # "a campaign of bombing": the noun's own act
    adjunct_prepositions: frozenset[str]
    question_words: frozenset[str]
    stance_prefixes: frozenset[str]   # "anti-gun", "pro-war": a stance on the word, not the thing
    indefinite_pronouns: frozenset[str]   # "somebody", "anyone": no one in particular
    credit_ends: frozenset[str]       # "REUTERS/Muhammad Hamed/File Photo": the last word of a photo credit
    perfect_auxiliaries: frozenset[str]
    past_passive_auxiliaries: frozenset[str]
    anterior_prepositions: frozenset[str]
    cause_marks: frozenset[str]
    simultaneity_marks: frozenset[str]
    simultaneity_prepositions: frozenset[str]
    same_day_offsets: frozenset[str]
    sequence_marks: frozenset[str]
    addressee_prepositions: frozenset[str]
    topic_prepositions: frozenset[str]
    object_topic_prepositions: frozenset[str]
    contested_prepositions: frozenset[str]
    time_prepositions: frozenset[str]
    scene_prepositions: frozenset[str]
    partner_prepositions: frozenset[str]   # "held talks with X", "a meeting between A and B": a partner
    means_prepositions: frozenset[str]   # "spoke by phone with X": a means phrase
    medium_prepositions: frozenset[str]   # "said in a press release": the medium of words
    means_nouns: frozenset[str]          # ... whose object is a means of communication
    phrasal_particles: frozenset[str]    # "called in/prep the army/pobj": the phrasal verb's object
    adverb_particles: frozenset[str]     # "fired back at Clinton": the phrasal verb's preposition
    own_prepositions: frozenset[str]     # a dictionary pattern's first word, the verb's own ("call ... for")
    agreement_matter_prepositions: frozenset[str]   # "agreed with X on a ceasefire": agreed on a matter
    counterpart_prepositions: frozenset[str]   # "clashed with police": the other side of a mutual act
    target_prepositions: frozenset[str]
    causative_verbs: frozenset[str]
    negative_subjects: frozenset[str]
    generic_quantifiers: frozenset[str]   # "many environmentalists criticized": a generalisation
    free_choice_determiners: frozenset[str]   # "will meet with any candidate": no particular side
    partitive_heads: frozenset[str]
    series_heads: frozenset[str]   # "a new round of attacks": the act is the of-object
    vague_past_words: frozenset[str]
    cumulative_phrases: frozenset[str]
    condition_marks: frozenset[str]
    relative_adverbs: dict[str, str]   # "when" -> time, "where" -> place
    relative_pronouns: frozenset[str]   # "who", "which": a relative clause's subject or object
    object_relatives: frozenset[str]     # "whom Trump refused to endorse": whom is no subject
    evaluative_adjectives: frozenset[str]   # "it is important ... to V": a judgement, not an act
    obligation_nouns: frozenset[str]   # "it was the responsibility of parliament to V": a norm
    on_prepositions: frozenset[str]     # the verb's own on-phrase: pattern keyword @ON
    navigation_labels: tuple[str, ...]
    comparison_words: frozenset[str]
    count_bound_particles: frozenset[str]   # "up" to 16 advisers: the count's bound, no particle
    naming_relative_verbs: frozenset[str]   # "criticized what she called the rhetoric ...": the thing named is the object


@functools.lru_cache(maxsize=1)
def grammar() -> Grammar:
    """The word lists; OntologyError naming the file when one is missing or malformed."""
    return typed(Grammar, _REL)
