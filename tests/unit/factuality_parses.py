"""Parses of the sentences of test_factuality.py, written down once from en_core_web_sm 3.8.0
(``hand_docs.spec_of``), so the factuality rules are tested on fixed parses without loading a model."""

PARSES = {
    'No European government expelled or sanctioned the diplomats.':
        'No/no/DET/DT/det/2/O European/european/ADJ/JJ/amod/2/B-NORP government/government/NOUN/NN/nsubj/3/O expelled/expel/VERB/VBD/ROOT/3/O or/or/CCONJ/CC/cc/3/O sanctioned/sanction/VERB/VBD/conj/3/O the/the/DET/DT/det/7/O diplomats_/diplomat/NOUN/NNS/dobj/5/O ././PUNCT/./punct/3/O',
    'The army attacked the village.':
        'The/the/DET/DT/det/1/O army/army/NOUN/NN/nsubj/2/O attacked/attack/VERB/VBD/ROOT/2/O the/the/DET/DT/det/4/O village_/village/NOUN/NN/dobj/2/O ././PUNCT/./punct/2/O',
    'The U.S. is not pulling troops out of Iraq.':
        'The/the/DET/DT/det/1/O U.S./U.S./PROPN/NNP/nsubj/4/B-GPE is/be/AUX/VBZ/aux/4/O not/not/PART/RB/neg/4/O pulling/pull/VERB/VBG/ROOT/4/O troops/troop/NOUN/NNS/dobj/4/O out/out/ADP/IN/prep/4/O of/of/ADP/IN/prep/6/O Iraq_/Iraq/PROPN/NNP/pobj/7/B-GPE ././PUNCT/./punct/4/O',
    "There's been no decision whatsoever to leave Iraq.":
        "There_/there/PRON/EX/expl/2/O 's/be/VERB/VBZ/auxpass/2/O been/be/AUX/VBN/ROOT/2/O no/no/DET/DT/det/4/O decision/decision/NOUN/NN/attr/2/O whatsoever/whatsoever/ADV/RB/advmod/4/O to/to/PART/TO/aux/7/O leave/leave/VERB/VB/acl/4/O Iraq_/Iraq/PROPN/NNP/dobj/7/B-GPE ././PUNCT/./punct/2/O",
    'Nigeria never sent troops to Mali.':
        'Nigeria/Nigeria/PROPN/NNP/nsubj/2/O never/never/ADV/RB/neg/2/O sent/send/VERB/VBD/ROOT/2/O troops/troop/NOUN/NNS/dobj/2/O to/to/ADP/IN/prep/2/O Mali_/Mali/PROPN/NNP/pobj/4/B-PERSON ././PUNCT/./punct/2/O',
    'If it passes, it would force the administration to cease hostilities within 30 days.':
        'If/if/SCONJ/IN/mark/2/O it/it/PRON/PRP/nsubj/2/O passes_/pass/VERB/VBZ/advcl/6/O ,/,/PUNCT/,/punct/6/O it/it/PRON/PRP/nsubj/6/O would/would/AUX/MD/aux/6/O force/force/VERB/VB/ROOT/6/O the/the/DET/DT/det/8/O administration/administration/NOUN/NN/dobj/6/O to/to/PART/TO/aux/10/O cease/cease/VERB/VB/xcomp/6/O hostilities/hostility/NOUN/NNS/dobj/10/O within/within/ADP/IN/prep/10/O 30/30/NUM/CD/nummod/14/B-DATE days_/day/NOUN/NNS/pobj/12/I-DATE ././PUNCT/./punct/6/O',
    'A U.S. commander wrote that preparations would be made to withdraw U.S. forces.':
        'A/a/DET/DT/det/2/O U.S./U.S./PROPN/NNP/compound/2/B-GPE commander/commander/NOUN/NN/nsubj/3/O wrote/write/VERB/VBD/ROOT/3/O that/that/SCONJ/IN/mark/8/O preparations/preparation/NOUN/NNS/nsubjpass/8/O would/would/AUX/MD/aux/8/O be/be/AUX/VB/auxpass/8/O made/make/VERB/VBN/ccomp/3/O to/to/PART/TO/aux/10/O withdraw/withdraw/VERB/VB/xcomp/8/O U.S./U.S./PROPN/NNP/compound/12/B-GPE forces_/force/NOUN/NNS/dobj/10/O ././PUNCT/./punct/3/O',
    'Iran could attack U.S. bases.':
        'Iran/Iran/PROPN/NNP/nsubj/2/B-GPE could/could/AUX/MD/aux/2/O attack/attack/VERB/VB/ROOT/2/O U.S./U.S./PROPN/NNP/compound/4/B-GPE bases_/basis/NOUN/NNS/dobj/2/O ././PUNCT/./punct/2/O',
    'Senior officials will brief Congress on Wednesday.':
        'Senior/senior/ADJ/JJ/amod/1/O officials/official/NOUN/NNS/nsubj/3/O will/will/AUX/MD/aux/3/O brief/brief/VERB/VB/ROOT/3/O Congress/Congress/PROPN/NNP/dobj/3/B-ORG on/on/ADP/IN/prep/3/O Wednesday_/Wednesday/PROPN/NNP/pobj/5/B-DATE ././PUNCT/./punct/3/O',
    'The army is set to attack the town.':
        'The/the/DET/DT/det/1/O army/army/NOUN/NN/nsubjpass/3/O is/be/AUX/VBZ/auxpass/3/O set/set/VERB/VBN/ROOT/3/O to/to/PART/TO/aux/5/O attack/attack/VERB/VB/xcomp/3/O the/the/DET/DT/det/7/O town_/town/NOUN/NN/dobj/5/O ././PUNCT/./punct/3/O',
    'The Pentagon made plans Monday to send 2,500 Marines to the Middle East.':
        'The/the/DET/DT/det/1/O Pentagon/Pentagon/PROPN/NNP/nsubj/2/B-ORG made/make/VERB/VBD/ROOT/2/O plans/plan/NOUN/NNS/dobj/2/O Monday/Monday/PROPN/NNP/npadvmod/2/B-DATE to/to/PART/TO/aux/6/O send/send/VERB/VB/xcomp/2/O 2,500/2,500/NUM/CD/nummod/8/B-CARDINAL Marines/Marines/PROPN/NNPS/dobj/6/B-NORP to/to/ADP/IN/prep/6/O the/the/DET/DT/det/12/B-LOC Middle/Middle/PROPN/NNP/compound/12/I-LOC East_/East/PROPN/NNP/pobj/9/I-LOC ././PUNCT/./punct/2/O',
    'The government is preparing to expel the diplomats.':
        'The/the/DET/DT/det/1/O government/government/NOUN/NN/nsubj/3/O is/be/AUX/VBZ/aux/3/O preparing/prepare/VERB/VBG/ROOT/3/O to/to/PART/TO/aux/5/O expel/expel/VERB/VB/xcomp/3/O the/the/DET/DT/det/7/O diplomats_/diplomat/NOUN/NNS/dobj/5/O ././PUNCT/./punct/3/O',
    'Iran denied that it had attacked the tanker.':
        'Iran/Iran/PROPN/NNP/nsubj/1/B-GPE denied/deny/VERB/VBD/ROOT/1/O that/that/SCONJ/IN/mark/5/O it/it/PRON/PRP/nsubj/5/O had/have/AUX/VBD/aux/5/O attacked/attack/VERB/VBN/ccomp/1/O the/the/DET/DT/det/7/O tanker_/tanker/NOUN/NN/dobj/5/O ././PUNCT/./punct/1/O',
    'Officials disputed that the army attacked the village.':
        'Officials/official/NOUN/NNS/nsubj/1/O disputed/dispute/VERB/VBD/ROOT/1/O that/that/SCONJ/IN/mark/5/O the/the/DET/DT/det/4/O army/army/NOUN/NN/nsubj/5/O attacked/attack/VERB/VBD/ccomp/1/O the/the/DET/DT/det/7/O village_/village/NOUN/NN/dobj/5/O ././PUNCT/./punct/1/O',
    'The alleged attack killed two people.':
        'The/the/DET/DT/det/2/O alleged/allege/VERB/VBN/amod/2/O attack/attack/NOUN/NN/nsubj/3/O killed/kill/VERB/VBD/ROOT/3/O two/two/NUM/CD/nummod/5/B-CARDINAL people_/people/NOUN/NNS/dobj/3/O ././PUNCT/./punct/3/O',
    'Officials said the army attacked the village.':
        'Officials/official/NOUN/NNS/nsubj/1/O said/say/VERB/VBD/ROOT/1/O the/the/DET/DT/det/3/O army/army/NOUN/NN/nsubj/4/O attacked/attack/VERB/VBD/ccomp/1/O the/the/DET/DT/det/6/O village_/village/NOUN/NN/dobj/4/O ././PUNCT/./punct/1/O',
    'The army attacked the village, according to witnesses.':
        'The/the/DET/DT/det/1/O army/army/NOUN/NN/nsubj/2/O attacked/attack/VERB/VBD/ROOT/2/O the/the/DET/DT/det/4/O village_/village/NOUN/NN/dobj/2/O ,/,/PUNCT/,/punct/2/O according/accord/VERB/VBG/prep/2/O to/to/ADP/IN/prep/6/O witnesses_/witness/NOUN/NNS/pobj/7/O ././PUNCT/./punct/2/O',
    'The uncertainty over the prospect of a U.S. withdrawal reassured no one.':
        'The/the/DET/DT/det/1/O uncertainty/uncertainty/NOUN/NN/nsubj/9/O over/over/ADP/IN/prep/1/O the/the/DET/DT/det/4/O prospect/prospect/NOUN/NN/pobj/2/O of/of/ADP/IN/prep/4/O a/a/DET/DT/det/8/O U.S./U.S./PROPN/NNP/compound/8/B-GPE withdrawal/withdrawal/NOUN/NN/pobj/5/O reassured/reassure/VERB/VBD/ROOT/9/O no/no/DET/DT/det/11/O one_/one/NOUN/NN/dobj/9/O ././PUNCT/./punct/9/O',
    'Troops are there in case Iran launches attacks against U.S. bases.':
        'Troops/troop/NOUN/NNS/nsubj/1/O are/be/AUX/VBP/ROOT/1/O there/there/ADV/RB/advmod/1/O in/in/ADP/IN/prep/1/O case/case/NOUN/NN/pobj/3/O Iran/Iran/PROPN/NNP/nsubj/6/B-GPE launches/launch/VERB/VBZ/acl/4/O attacks/attack/NOUN/NNS/dobj/6/O against/against/ADP/IN/prep/7/O U.S./U.S./PROPN/NNP/compound/10/B-GPE bases_/basis/NOUN/NNS/pobj/8/O ././PUNCT/./punct/1/O',
    'Bases were hardened against potential Iranian attacks.':
        'Bases/basis/NOUN/NNS/nsubjpass/2/O were/be/AUX/VBD/auxpass/2/O hardened/harden/VERB/VBN/ROOT/2/O against/against/ADP/IN/prep/2/O potential/potential/ADJ/JJ/amod/6/O Iranian/iranian/ADJ/JJ/amod/6/B-NORP attacks_/attack/NOUN/NNS/pobj/3/O ././PUNCT/./punct/2/O',
    "The president's eagerness to disengage from the Middle East is well known.":
        "The/the/DET/DT/det/1/O president_/president/NOUN/NN/poss/3/O 's/'s/PART/POS/case/1/O eagerness/eagerness/NOUN/NN/nsubj/10/O to/to/PART/TO/aux/5/O disengage/disengage/VERB/VB/acl/3/O from/from/ADP/IN/prep/5/O the/the/DET/DT/det/9/B-LOC Middle/Middle/PROPN/NNP/compound/9/I-LOC East/East/PROPN/NNP/pobj/6/I-LOC is/be/AUX/VBZ/ROOT/10/O well/well/ADV/RB/advmod/12/O known_/know/VERB/VBN/acomp/10/O ././PUNCT/./punct/10/O",
    "There's no decision to leave, nor did we issue any plans to leave.":
        "There_/there/PRON/EX/expl/1/O 's/be/VERB/VBZ/ROOT/1/O no/no/DET/DT/det/3/O decision/decision/NOUN/NN/attr/1/O to/to/PART/TO/aux/5/O leave_/leave/VERB/VB/acl/3/O ,/,/PUNCT/,/punct/1/O nor/nor/CCONJ/CC/cc/1/O did/do/AUX/VBD/aux/10/O we/we/PRON/PRP/nsubj/10/O issue/issue/VERB/VB/conj/1/O any/any/DET/DT/det/12/O plans/plan/NOUN/NNS/dobj/10/O to/to/PART/TO/aux/14/O leave_/leave/VERB/VB/acl/12/O ././PUNCT/./punct/10/O",
    'The case against the general collapsed after Iran attacked the base.':
        'The/the/DET/DT/det/1/O case/case/NOUN/NN/nsubj/5/O against/against/ADP/IN/prep/1/O the/the/DET/DT/det/4/O general/general/NOUN/NN/pobj/2/O collapsed/collapse/VERB/VBD/ROOT/5/O after/after/SCONJ/IN/mark/8/O Iran/Iran/PROPN/NNP/nsubj/8/B-GPE attacked/attack/VERB/VBD/advcl/5/O the/the/DET/DT/det/10/O base_/base/NOUN/NN/dobj/8/O ././PUNCT/./punct/5/O',
    'Iran attacked the base and destroyed the hangar.':
        'Iran/Iran/PROPN/NNP/nsubj/1/B-GPE attacked/attack/VERB/VBD/ROOT/1/O the/the/DET/DT/det/3/O base/base/NOUN/NN/dobj/1/O and/and/CCONJ/CC/cc/1/O destroyed/destroy/VERB/VBD/conj/1/O the/the/DET/DT/det/7/O hangar_/hangar/NOUN/NN/dobj/5/O ././PUNCT/./punct/1/O',
    'Esper said there has been no decision to leave Iraq.':
        'Esper/Esper/PROPN/NNP/nsubj/1/B-PERSON said/say/VERB/VBD/ROOT/1/O there/there/PRON/EX/expl/4/O has/have/AUX/VBZ/aux/4/O been/be/AUX/VBN/ccomp/1/O no/no/DET/DT/det/6/O decision/decision/NOUN/NN/attr/4/O to/to/PART/TO/aux/8/O leave/leave/VERB/VB/acl/6/O Iraq_/Iraq/PROPN/NNP/dobj/8/B-GPE ././PUNCT/./punct/1/O',
    'Iran vowed to strike back.':
        'Iran/Iran/PROPN/NNP/nsubj/1/B-GPE vowed/vow/VERB/VBD/ROOT/1/O to/to/PART/TO/aux/3/O strike/strike/VERB/VB/xcomp/1/O back_/back/ADP/RP/prt/3/O ././PUNCT/./punct/1/O',
    'France will not lift the ban.':
        'France/France/PROPN/NNP/nsubj/3/B-GPE will/will/AUX/MD/aux/3/O not/not/PART/RB/neg/3/O lift/lift/VERB/VB/ROOT/3/O the/the/DET/DT/det/5/O ban_/ban/NOUN/NN/dobj/3/O ././PUNCT/./punct/3/O',
    'Sanders attacked the people who want to break up the big banks.':
        'Sanders/sander/NOUN/NNS/nsubj/1/O attacked/attack/VERB/VBD/ROOT/1/O the/the/DET/DT/det/3/O people/people/NOUN/NNS/dobj/1/O who/who/PRON/WP/nsubj/5/O want/want/VERB/VBP/relcl/3/O to/to/PART/TO/aux/7/O break/break/VERB/VB/xcomp/5/O up/up/ADP/RP/prt/7/O the/the/DET/DT/det/11/O big/big/ADJ/JJ/amod/11/O banks_/bank/NOUN/NNS/dobj/7/O ././PUNCT/./punct/1/O',
    'The two sides failed to reach an agreement on Monday.':
        'The/the/DET/DT/det/2/O two/two/NUM/CD/nummod/2/B-CARDINAL sides/side/NOUN/NNS/nsubj/3/O failed/fail/VERB/VBD/ROOT/3/O to/to/PART/TO/aux/5/O reach/reach/VERB/VB/xcomp/3/O an/an/DET/DT/det/7/O agreement/agreement/NOUN/NN/dobj/5/O on/on/ADP/IN/prep/7/O Monday_/Monday/PROPN/NNP/pobj/8/B-DATE ././PUNCT/./punct/3/O',
    'Rights groups warned that the administration was relinquishing leverage over the army.':
        'Rights/right/NOUN/NNS/compound/1/O groups/group/NOUN/NNS/nsubj/2/O warned/warn/VERB/VBD/ROOT/2/O that/that/SCONJ/IN/mark/7/O the/the/DET/DT/det/5/O administration/administration/NOUN/NN/nsubj/7/O was/be/AUX/VBD/aux/7/O relinquishing/relinquish/VERB/VBG/ccomp/2/O leverage/leverage/NOUN/NN/dobj/7/O over/over/ADP/IN/prep/8/O the/the/DET/DT/det/11/O army_/army/NOUN/NN/pobj/9/O ././PUNCT/./punct/2/O',
    'Iran warned that it would retaliate against any attack.':
        'Iran/Iran/PROPN/NNP/nsubj/1/B-GPE warned/warn/VERB/VBD/ROOT/1/O that/that/SCONJ/IN/mark/5/O it/it/PRON/PRP/nsubj/5/O would/would/AUX/MD/aux/5/O retaliate/retaliate/VERB/VB/ccomp/1/O against/against/ADP/IN/prep/5/O any/any/DET/DT/det/8/O attack_/attack/NOUN/NN/pobj/6/O ././PUNCT/./punct/1/O',
    'European reluctance to hand over security powers to Brussels is well known.':
        'European/european/ADJ/JJ/amod/1/B-NORP reluctance/reluctance/NOUN/NN/nsubj/9/O to/to/PART/TO/aux/3/O hand/hand/VERB/VB/acl/1/O over/over/ADP/RP/prt/3/O security/security/NOUN/NN/compound/6/O powers/power/NOUN/NNS/dobj/3/O to/to/ADP/IN/prep/3/O Brussels/Brussels/PROPN/NNP/pobj/7/B-GPE is/be/AUX/VBZ/ROOT/9/O well/well/ADV/RB/advmod/11/O known_/know/VERB/VBN/acomp/9/O ././PUNCT/./punct/9/O',
    'It is wrong to attribute the backlash to recent events. It was a draft, the Pentagon said.':
        'It/it/PRON/PRP/nsubj/1/O is/be/AUX/VBZ/ROOT/1/O wrong/wrong/ADJ/JJ/acomp/1/O to/to/PART/TO/aux/4/O attribute/attribute/VERB/VB/xcomp/1/O the/the/DET/DT/det/6/O backlash/backlash/NOUN/NN/dobj/4/O to/to/ADP/IN/prep/4/O recent/recent/ADJ/JJ/amod/9/O events_/event/NOUN/NNS/pobj/7/O ././PUNCT/./punct/1/O || It/it/PRON/PRP/nsubj/12/O was/be/AUX/VBD/ccomp/18/O a/a/DET/DT/det/14/O draft_/draft/NOUN/NN/attr/12/O ,/,/PUNCT/,/punct/18/O the/the/DET/DT/det/17/O Pentagon/Pentagon/PROPN/NNP/nsubj/18/B-ORG said_/say/VERB/VBD/ROOT/18/O ././PUNCT/./punct/18/O',
    'Our power is to ask questions and question those who have power.':
        'Our/our/PRON/PRP$/poss/1/O power/power/NOUN/NN/nsubj/2/O is/be/AUX/VBZ/ROOT/2/O to/to/PART/TO/aux/4/O ask/ask/VERB/VB/xcomp/2/O questions/question/NOUN/NNS/dobj/4/O and/and/CCONJ/CC/cc/4/O question/question/VERB/VB/conj/4/O those/those/PRON/DT/dobj/7/O who/who/PRON/WP/nsubj/10/O have/have/VERB/VBP/relcl/8/O power_/power/NOUN/NN/dobj/10/O ././PUNCT/./punct/2/O',
}
