"""Parses of the texts of test_counts.py, written down once from en_core_web_sm 3.8.0
(``hand_docs.spec_of``), so the counts rules are tested on fixed parses without loading a model."""

PARSES = {
    'The Pentagon will send an additional 2,500 U.S. Marines to the region.':
        'The/the/DET/DT/det/1/O Pentagon/Pentagon/PROPN/NNP/nsubj/3/B-ORG will/will/AUX/MD/aux/3/O send/send/VERB/VB/ROOT/3/O an/an/DET/DT/det/8/B-CARDINAL additional/additional/ADJ/JJ/amod/8/I-CARDINAL 2,500/2,500/NUM/CD/nummod/8/I-CARDINAL U.S./U.S./PROPN/NNP/compound/8/B-NORP Marines/Marines/PROPN/NNPS/dobj/3/I-NORP to/to/ADP/IN/prep/3/O the/the/DET/DT/det/11/O region_/region/NOUN/NN/pobj/9/O ././PUNCT/./punct/3/O',
    'It keeps 5,000 troops in the country.':
        'It/it/PRON/PRP/nsubj/1/O keeps/keep/VERB/VBZ/ROOT/1/O 5,000/5,000/NUM/CD/nummod/3/B-CARDINAL troops/troop/NOUN/NNS/dobj/1/O in/in/ADP/IN/prep/1/O the/the/DET/DT/det/6/O country_/country/NOUN/NN/pobj/4/O ././PUNCT/./punct/1/O',
    'It has dispatched a 4,000-soldier brigade from the 82nd Airborne Division.':
        'It/it/PRON/PRP/nsubj/2/O has/have/AUX/VBZ/aux/2/O dispatched/dispatch/VERB/VBN/ROOT/2/O a/a/DET/DT/det/7/O 4,000_/4,000/NUM/CD/nummod/6/B-CARDINAL -_/-/PUNCT/HYPH/punct/6/O soldier/soldier/NOUN/NN/compound/7/O brigade/brigade/NOUN/NN/dobj/2/O from/from/ADP/IN/prep/2/O the/the/DET/DT/det/12/B-ORG 82nd/82nd/PROPN/NNP/amod/12/I-ORG Airborne/Airborne/PROPN/NNP/compound/12/I-ORG Division_/Division/PROPN/NNP/pobj/8/I-ORG ././PUNCT/./punct/2/O',
    'Two other Navy vessels are part of the flotilla.':
        'Two/two/NUM/CD/nummod/3/B-CARDINAL other/other/ADJ/JJ/amod/3/O Navy/Navy/PROPN/NNP/compound/3/B-ORG vessels/vessel/NOUN/NNS/nsubj/4/O are/be/AUX/VBP/ROOT/4/O part/part/NOUN/NN/attr/4/O of/of/ADP/IN/prep/5/O the/the/DET/DT/det/8/O flotilla_/flotilla/NOUN/NN/pobj/6/O ././PUNCT/./punct/4/O',
    'We have targeted 52 Iranian sites.':
        'We/we/PRON/PRP/nsubj/2/O have/have/AUX/VBP/aux/2/O targeted/target/VERB/VBN/ROOT/2/O 52/52/NUM/CD/nummod/5/B-CARDINAL Iranian/iranian/ADJ/JJ/amod/5/B-NORP sites_/site/NOUN/NNS/dobj/2/O ././PUNCT/./punct/2/O',
    'They represent the 52 American hostages taken by Iran.':
        'They/they/PRON/PRP/nsubj/1/O represent/represent/VERB/VBP/ROOT/1/O the/the/DET/DT/det/5/O 52/52/NUM/CD/nummod/5/B-CARDINAL American/american/ADJ/JJ/amod/5/B-NORP hostages/hostage/NOUN/NNS/dobj/1/O taken/take/VERB/VBN/acl/5/O by/by/ADP/IN/agent/6/O Iran_/Iran/PROPN/NNP/pobj/7/B-GPE ././PUNCT/./punct/1/O',
    'It would force the administration to cease hostilities within 30 days.':
        'It/it/PRON/PRP/nsubj/2/O would/would/AUX/MD/aux/2/O force/force/VERB/VB/ROOT/2/O the/the/DET/DT/det/4/O administration/administration/NOUN/NN/dobj/2/O to/to/PART/TO/aux/6/O cease/cease/VERB/VB/xcomp/2/O hostilities/hostility/NOUN/NNS/dobj/6/O within/within/ADP/IN/prep/6/O 30/30/NUM/CD/nummod/10/B-DATE days_/day/NOUN/NNS/pobj/8/I-DATE ././PUNCT/./punct/2/O',
    'Hundreds of protesters gathered outside the embassy.':
        'Hundreds/hundred/NOUN/NNS/nsubj/3/B-CARDINAL of/of/ADP/IN/prep/0/O protesters/protester/NOUN/NNS/pobj/1/O gathered/gather/VERB/VBD/ROOT/3/O outside/outside/ADP/IN/prep/3/O the/the/DET/DT/det/6/O embassy_/embassy/NOUN/NN/pobj/4/O ././PUNCT/./punct/3/O',
    'A 4,000-strong force crossed the border.':
        'A/a/DET/DT/det/4/O 4,000_/4,000/NUM/CD/advmod/3/B-CARDINAL -_/-/PUNCT/HYPH/punct/3/O strong/strong/ADJ/JJ/amod/4/O force/force/NOUN/NN/nsubj/5/O crossed/cross/VERB/VBD/ROOT/5/O the/the/DET/DT/det/7/O border_/border/NOUN/NN/dobj/5/O ././PUNCT/./punct/5/O',
    'Nearly 2.5 million people voted.':
        'Nearly/nearly/ADV/RB/advmod/2/B-CARDINAL 2.5/2.5/NUM/CD/compound/2/I-CARDINAL million/million/NUM/CD/nummod/3/I-CARDINAL people/people/NOUN/NNS/nsubj/4/O voted_/vote/VERB/VBD/ROOT/4/O ././PUNCT/./punct/4/O',
    'The army lost twenty-five tanks.':
        'The/the/DET/DT/det/1/O army/army/NOUN/NN/nsubj/2/O lost/lose/VERB/VBD/ROOT/2/O twenty_/twenty/NUM/CD/compound/5/B-CARDINAL -_/-/PUNCT/HYPH/punct/5/I-CARDINAL five/five/NUM/CD/nummod/6/I-CARDINAL tanks_/tank/NOUN/NNS/dobj/2/O ././PUNCT/./punct/2/O',
    'Two hundred fifty troops arrived.':
        'Two/two/NUM/CD/compound/1/B-CARDINAL hundred/hundred/NUM/CD/compound/2/I-CARDINAL fifty/fifty/NUM/CD/nummod/3/I-CARDINAL troops/troop/NOUN/NNS/nsubj/4/O arrived_/arrive/VERB/VBD/ROOT/4/O ././PUNCT/./punct/4/O',
    'The death toll rose to 40 on Sunday.':
        'The/the/DET/DT/det/2/O death/death/NOUN/NN/compound/2/O toll/toll/NOUN/NN/nsubj/3/O rose/rise/VERB/VBD/ROOT/3/O to/to/ADP/IN/prep/3/O 40/40/NUM/CD/pobj/4/B-CARDINAL on/on/ADP/IN/prep/3/O Sunday_/Sunday/PROPN/NNP/pobj/6/B-DATE ././PUNCT/./punct/3/O',
    'The toll has climbed to 12.':
        'The/the/DET/DT/det/1/O toll/toll/NOUN/NN/nsubj/3/O has/have/AUX/VBZ/aux/3/O climbed/climb/VERB/VBN/ROOT/3/O to/to/ADP/IN/prep/3/O 12_/12/NUM/CD/pobj/4/B-CARDINAL ././PUNCT/./punct/3/O',
    'Some 1,200 dead were buried.':
        'Some/some/DET/DT/quantmod/1/B-CARDINAL 1,200/1,200/NUM/CD/nsubjpass/4/I-CARDINAL dead/dead/ADJ/JJ/amod/1/O were/be/AUX/VBD/auxpass/4/O buried_/bury/VERB/VBN/ROOT/4/O ././PUNCT/./punct/4/O',
    'At least 35 were killed in the blast.':
        'At/at/ADV/RB/advmod/1/B-CARDINAL least/least/ADJ/JJS/advmod/2/I-CARDINAL 35/35/NUM/CD/nsubjpass/4/I-CARDINAL were/be/AUX/VBD/auxpass/4/O killed/kill/VERB/VBN/ROOT/4/O in/in/ADP/IN/prep/4/O the/the/DET/DT/det/7/O blast_/blast/NOUN/NN/pobj/5/O ././PUNCT/./punct/4/O',
    'Police arrested 40 after the march.':
        'Police/Police/NOUN/NNS/nsubj/1/O arrested/arrest/VERB/VBD/ROOT/1/O 40/40/NUM/CD/dobj/1/B-DATE after/after/ADP/IN/prep/1/O the/the/DET/DT/det/5/O march_/march/NOUN/NN/pobj/3/O ././PUNCT/./punct/1/O',
    'It left 30 dead soldiers and 40 wounded.':
        'It/it/PRON/PRP/nsubj/1/O left/leave/VERB/VBD/ROOT/1/O 30/30/NUM/CD/nummod/4/B-CARDINAL dead/dead/ADJ/JJ/amod/4/O soldiers/soldier/NOUN/NNS/dobj/1/O and/and/CCONJ/CC/cc/4/O 40/40/NUM/CD/conj/4/B-CARDINAL wounded_/wound/VERB/VBN/oprd/1/O ././PUNCT/./punct/1/O',
    'France has sent seven military experts.':
        'France/France/PROPN/NNP/nsubj/2/B-GPE has/have/AUX/VBZ/aux/2/O sent/send/VERB/VBN/ROOT/2/O seven/seven/NUM/CD/nummod/5/B-CARDINAL military/military/ADJ/JJ/amod/5/O experts_/expert/NOUN/NNS/dobj/2/O ././PUNCT/./punct/2/O',
    'It offered a $1-billion loan.':
        'It/it/PRON/PRP/nsubj/1/O offered/offer/VERB/VBD/ROOT/1/O a/a/DET/DT/det/7/O $_/$/SYM/$/quantmod/6/B-MONEY 1_/1/NUM/CD/compound/6/I-MONEY -_/-/PUNCT/HYPH/punct/6/I-MONEY billion/billion/NUM/CD/nummod/7/I-MONEY loan_/loan/NOUN/NN/dobj/1/O ././PUNCT/./punct/1/O',
    'The EU provides €45m in support.':
        'The/the/DET/DT/det/1/O EU/EU/PROPN/NNP/nsubj/2/B-ORG provides/provide/VERB/VBZ/ROOT/2/O €_/€/SYM/$/nmod/4/O 45_/45/NUM/CD/nummod/5/B-MONEY m/m/NOUN/NN/dobj/2/O in/in/ADP/IN/prep/2/O support_/support/NOUN/NN/pobj/6/O ././PUNCT/./punct/2/O',
    'Twenty Iraqis gathered.':
        'Twenty/twenty/NUM/CD/compound/1/B-CARDINAL Iraqis/Iraqis/PROPN/NNPS/nsubj/2/B-NORP gathered_/gather/VERB/VBD/ROOT/2/O ././PUNCT/./punct/2/O',
    'The rock rose 215 feet.':
        'The/the/DET/DT/det/1/O rock/rock/NOUN/NN/nsubj/2/O rose/rise/VERB/VBD/ROOT/2/O 215/215/NUM/CD/nummod/4/B-QUANTITY feet_/foot/NOUN/NNS/npadvmod/2/I-QUANTITY ././PUNCT/./punct/2/O',
    'At least 12 people were killed in the attack.':
        'At/at/ADV/RB/advmod/1/B-CARDINAL least/least/ADJ/JJS/advmod/2/I-CARDINAL 12/12/NUM/CD/nummod/3/I-CARDINAL people/people/NOUN/NNS/nsubjpass/5/O were/be/AUX/VBD/auxpass/5/O killed/kill/VERB/VBN/ROOT/5/O in/in/ADP/IN/prep/5/O the/the/DET/DT/det/8/O attack_/attack/NOUN/NN/pobj/6/O ././PUNCT/./punct/5/O',
    'Police arrested 40 demonstrators on Sunday.':
        'Police/Police/NOUN/NNS/nsubj/1/O arrested/arrest/VERB/VBD/ROOT/1/O 40/40/NUM/CD/nummod/3/B-CARDINAL demonstrators/demonstrator/NOUN/NNS/dobj/1/O on/on/ADP/IN/prep/1/O Sunday_/Sunday/PROPN/NNP/pobj/4/B-DATE ././PUNCT/./punct/1/O',
    'Three soldiers were wounded by a roadside bomb.':
        'Three/three/NUM/CD/nummod/1/B-CARDINAL soldiers/soldier/NOUN/NNS/nsubjpass/3/O were/be/AUX/VBD/auxpass/3/O wounded/wound/VERB/VBN/ROOT/3/O by/by/ADP/IN/agent/3/O a/a/DET/DT/det/7/O roadside/roadside/NOUN/NN/compound/7/O bomb_/bomb/NOUN/NN/pobj/4/O ././PUNCT/./punct/3/O',
    'Three of the soldiers died in the blast.':
        'Three/three/NUM/CD/nsubj/4/B-CARDINAL of/of/ADP/IN/prep/0/O the/the/DET/DT/det/3/O soldiers/soldier/NOUN/NNS/pobj/1/O died/die/VERB/VBD/ROOT/4/O in/in/ADP/IN/prep/4/O the/the/DET/DT/det/7/O blast_/blast/NOUN/NN/pobj/5/O ././PUNCT/./punct/4/O',
    'Hundreds of protesters were arrested.':
        'Hundreds/hundred/NOUN/NNS/nsubjpass/4/B-CARDINAL of/of/ADP/IN/prep/0/O protesters/protester/NOUN/NNS/pobj/1/O were/be/AUX/VBD/auxpass/4/O arrested_/arrest/VERB/VBN/ROOT/4/O ././PUNCT/./punct/4/O',
    'One civilian was killed.':
        'One/one/NUM/CD/nummod/1/B-CARDINAL civilian/civilian/NOUN/NN/nsubjpass/3/O was/be/AUX/VBD/auxpass/3/O killed_/kill/VERB/VBN/ROOT/3/O ././PUNCT/./punct/3/O',
    'The $2 billion package covers 40 percent of the budget, or 15% of aid, and 3 million euros.':
        'The/the/DET/DT/det/4/O $_/$/SYM/$/quantmod/3/B-MONEY 2/2/NUM/CD/compound/3/I-MONEY billion/billion/NUM/CD/nummod/4/I-MONEY package/package/NOUN/NN/nsubj/5/O covers/cover/VERB/VBZ/ROOT/5/O 40/40/NUM/CD/nummod/7/B-PERCENT percent/percent/NOUN/NN/dobj/5/I-PERCENT of/of/ADP/IN/prep/7/O the/the/DET/DT/det/10/O budget_/budget/NOUN/NN/pobj/8/O ,/,/PUNCT/,/punct/7/O or/or/CCONJ/CC/cc/7/O 15_/15/NUM/CD/nummod/14/B-PERCENT %25/%25/NOUN/NN/conj/7/I-PERCENT of/of/ADP/IN/prep/14/O aid_/aid/NOUN/NN/pobj/15/O ,/,/PUNCT/,/punct/14/O and/and/CCONJ/CC/cc/14/O 3/3/NUM/CD/compound/20/B-CARDINAL million/million/NUM/CD/nummod/21/I-CARDINAL euros_/euro/NOUN/NNS/conj/14/O ././PUNCT/./punct/5/O',
    'At least 12 people died, about 300 were hurt and dozens of homes burned; 5 boats sank.':
        'At/at/ADV/RB/advmod/1/B-CARDINAL least/least/ADJ/JJS/advmod/2/I-CARDINAL 12/12/NUM/CD/nummod/3/I-CARDINAL people/people/NOUN/NNS/nsubj/4/O died_/die/VERB/VBD/ccomp/9/O ,/,/PUNCT/,/punct/9/O about/about/ADV/RB/advmod/7/B-CARDINAL 300/300/NUM/CD/nsubjpass/9/I-CARDINAL were/be/AUX/VBD/auxpass/9/O hurt/hurt/VERB/VBN/ccomp/18/O and/and/CCONJ/CC/cc/9/O dozens/dozen/NOUN/NNS/nsubj/14/B-CARDINAL of/of/ADP/IN/prep/11/O homes/home/NOUN/NNS/pobj/12/O burned_/burn/VERB/VBN/conj/9/O ;/;/PUNCT/:/punct/18/O 5/5/NUM/CD/nummod/17/B-CARDINAL boats/boat/NOUN/NNS/nsubj/18/O sank_/sink/VERB/VBD/ROOT/18/O ././PUNCT/./punct/18/O',
    'The country was invaded in 2003.':
        'The/the/DET/DT/det/1/O country/country/NOUN/NN/nsubjpass/3/O was/be/AUX/VBD/auxpass/3/O invaded/invade/VERB/VBN/ROOT/3/O in/in/ADP/IN/prep/3/O 2003_/2003/NUM/CD/pobj/4/B-DATE ././PUNCT/./punct/3/O',
    'The 2020 election was close.':
        'The/the/DET/DT/det/2/O 2020/2020/NUM/CD/nummod/2/B-DATE election/election/NOUN/NN/nsubj/3/O was/be/AUX/VBD/ROOT/3/O close_/close/ADJ/JJ/acomp/3/O ././PUNCT/./punct/3/O',
    'The meeting starts at 3 p.m. on Friday.':
        'The/the/DET/DT/det/1/O meeting/meeting/NOUN/NN/nsubj/2/O starts/start/VERB/VBZ/ROOT/2/O at/at/ADP/IN/prep/2/O 3/3/NUM/CD/nummod/5/B-TIME p.m./p.m./NOUN/NN/pobj/3/I-TIME on/on/ADP/IN/prep/2/O Friday_/Friday/PROPN/NNP/pobj/6/B-DATE ././PUNCT/./punct/2/O',
    'Troops of the 82nd Airborne Division left.':
        'Troops/troop/NOUN/NNS/nsubj/6/O of/of/ADP/IN/prep/0/O the/the/DET/DT/det/5/O 82nd/82nd/PROPN/NNP/compound/5/B-ORDINAL Airborne/Airborne/PROPN/NNP/compound/5/B-ORG Division/Division/PROPN/NNP/pobj/1/I-ORG left_/leave/VERB/VBD/ROOT/6/O ././PUNCT/./punct/6/O',
    'The F-35 program and Apollo 11 were expensive.':
        'The/the/DET/DT/det/2/O F-35/f-35/NUM/CD/nummod/2/B-PRODUCT program/program/NOUN/NN/nsubj/6/O and/and/CCONJ/CC/cc/2/O Apollo/Apollo/PROPN/NNP/conj/2/B-LAW 11/11/NUM/CD/nummod/4/I-LAW were/be/AUX/VBD/ROOT/6/O expensive_/expensive/ADJ/JJ/acomp/6/O ././PUNCT/./punct/6/O',
    'Flight 370 vanished.':
        'Flight/flight/NOUN/NN/nsubj/2/O 370/370/NUM/CD/nummod/0/O vanished_/vanish/VERB/VBD/ROOT/2/O ././PUNCT/./punct/2/O',
    'It was one that could increase the risk.':
        'It/it/PRON/PRP/nsubj/1/O was/be/AUX/VBD/ROOT/1/O one/one/NUM/CD/attr/1/O that/that/PRON/WDT/nsubj/5/O could/could/AUX/MD/aux/5/O increase/increase/VERB/VB/relcl/2/O the/the/DET/DT/det/7/O risk_/risk/NOUN/NN/dobj/5/O ././PUNCT/./punct/1/O',
    'No one came, and one of them left.':
        'No/no/DET/DT/det/1/O one/one/NOUN/NN/nsubj/2/O came_/come/VERB/VBD/ROOT/2/O ,/,/PUNCT/,/punct/2/O and/and/CCONJ/CC/cc/2/O one/one/NUM/CD/nsubj/8/B-CARDINAL of/of/ADP/IN/prep/5/O them/they/PRON/PRP/pobj/6/O left_/leave/VERB/VBD/conj/2/O ././PUNCT/./punct/8/O',
    'A 45-year-old man was arrested.':
        'A/a/DET/DT/det/6/O 45_/45/NUM/CD/nummod/3/B-DATE -_/-/PUNCT/HYPH/punct/3/I-DATE year_/year/NOUN/NN/npadvmod/5/I-DATE -_/-/PUNCT/HYPH/punct/5/I-DATE old/old/ADJ/JJ/amod/6/I-DATE man/man/NOUN/NN/nsubjpass/8/O was/be/AUX/VBD/auxpass/8/O arrested_/arrest/VERB/VBN/ROOT/8/O ././PUNCT/./punct/8/O',
    'He left two years ago.':
        'He/he/PRON/PRP/nsubj/1/O left/leave/VERB/VBD/ROOT/1/O two/two/NUM/CD/nummod/3/B-DATE years/year/NOUN/NNS/npadvmod/4/I-DATE ago_/ago/ADV/RB/advmod/1/I-DATE ././PUNCT/./punct/1/O',
    'The Pentagon announced it one day after the vote.':
        'The/the/DET/DT/det/1/O Pentagon/Pentagon/PROPN/NNP/nsubj/2/B-ORG announced/announce/VERB/VBD/ROOT/2/O it/it/PRON/PRP/dobj/2/O one/one/NUM/CD/nummod/5/B-DATE day/day/NOUN/NN/npadvmod/6/I-DATE after/after/ADP/IN/prep/2/O the/the/DET/DT/det/8/O vote_/vote/NOUN/NN/pobj/6/O ././PUNCT/./punct/2/O',
    'The score was 3-2 in the second half.':
        'The/the/DET/DT/det/1/O score/score/NOUN/NN/nsubj/2/O was/be/AUX/VBD/ROOT/2/O 3_/3/NUM/CD/attr/2/B-CARDINAL -_/-/SYM/SYM/punct/5/I-CARDINAL 2/2/NUM/CD/prep/3/I-CARDINAL in/in/ADP/IN/prep/2/O the/the/DET/DT/det/9/B-DATE second/second/ADJ/JJ/amod/9/I-DATE half_/half/NOUN/NN/pobj/6/I-DATE ././PUNCT/./punct/2/O',
    'He was the second most powerful figure in Iran.':
        'He/he/PRON/PRP/nsubj/1/O was/be/AUX/VBD/ROOT/1/O the/the/DET/DT/det/6/O second/second/ADJ/JJ/amod/6/B-ORDINAL most/most/ADV/RBS/advmod/5/O powerful/powerful/ADJ/JJ/amod/6/O figure/figure/NOUN/NN/attr/1/O in/in/ADP/IN/prep/6/O Iran_/Iran/PROPN/NNP/pobj/7/B-GPE ././PUNCT/./punct/1/O',
    'Two-thirds of voters agreed, and three quarters of them stayed.':
        'Two_/two/NUM/CD/nummod/2/B-CARDINAL -_/-/PUNCT/HYPH/punct/2/I-CARDINAL thirds/third/NOUN/NNS/nsubj/5/I-CARDINAL of/of/ADP/IN/prep/2/O voters/voter/NOUN/NNS/pobj/3/O agreed_/agree/VERB/VBD/ROOT/5/O ,/,/PUNCT/,/punct/5/O and/and/CCONJ/CC/cc/5/O three/three/NUM/CD/nummod/9/B-CARDINAL quarters/quarter/NOUN/NNS/nsubj/12/I-CARDINAL of/of/ADP/IN/prep/9/O them/they/PRON/PRP/pobj/10/O stayed_/stay/VERB/VBD/conj/5/O ././PUNCT/./punct/12/O',
    'He is 80 years old.':
        'He/he/PRON/PRP/nsubj/1/O is/be/AUX/VBZ/ROOT/1/O 80/80/NUM/CD/nummod/3/B-DATE years/year/NOUN/NNS/npadvmod/4/I-DATE old_/old/ADJ/JJ/acomp/1/I-DATE ././PUNCT/./punct/1/O',
    'This is one reason he is hurting.':
        'This/this/PRON/DT/nsubj/1/O is/be/AUX/VBZ/ROOT/1/O one/one/NUM/CD/nummod/3/B-CARDINAL reason/reason/NOUN/NN/attr/1/O he/he/PRON/PRP/nsubj/6/O is/be/AUX/VBZ/aux/6/O hurting_/hurt/VERB/VBG/relcl/3/O ././PUNCT/./punct/1/O',
    'One of the advisers quit.':
        'One/one/NUM/CD/nsubj/4/B-CARDINAL of/of/ADP/IN/prep/0/O the/the/DET/DT/det/3/O advisers/adviser/NOUN/NNS/pobj/1/O quit_/quit/VERB/VBP/ROOT/4/O ././PUNCT/./punct/4/O',
    'The Dow fell 300 and he said 3 would go.':
        'The/the/DET/DT/det/1/O Dow/Dow/PROPN/NNP/nsubj/2/B-ORG fell/fall/VERB/VBD/ROOT/2/O 300/300/NUM/CD/npadvmod/2/B-CARDINAL and/and/CCONJ/CC/cc/2/O he/he/PRON/PRP/nsubj/6/O said/say/VERB/VBD/conj/2/O 3/3/PRON/PRP/nsubj/9/B-CARDINAL would/would/AUX/MD/aux/9/O go_/go/VERB/VB/ccomp/6/O ././PUNCT/./punct/6/O',
    'Officials said 2,500 Marines and 5,000 troops would go, along with two ships.':
        'Officials/official/NOUN/NNS/nsubj/1/O said/say/VERB/VBD/ROOT/1/O 2,500/2,500/NUM/CD/nummod/3/B-CARDINAL Marines/Marines/PROPN/NNPS/nsubj/8/B-NORP and/and/CCONJ/CC/cc/3/O 5,000/5,000/NUM/CD/nummod/6/B-CARDINAL troops/troop/NOUN/NNS/conj/3/O would/would/AUX/MD/aux/8/O go_/go/VERB/VB/ccomp/1/O ,/,/PUNCT/,/punct/8/O along/along/ADP/IN/prep/8/O with/with/ADP/IN/prep/10/O two/two/NUM/CD/nummod/13/B-CARDINAL ships_/ship/NOUN/NNS/pobj/11/O ././PUNCT/./punct/1/O',
    'No numbers here at all.':
        'No/no/DET/DT/det/1/O numbers/number/NOUN/NNS/ROOT/1/O here/here/ADV/RB/advmod/1/O at/at/ADV/RB/advmod/4/O all_/all/ADV/RB/advmod/1/O ././PUNCT/./punct/1/O',
    ' ':
        '%20/%20/SPACE/_SP/dep/0/O',
    'a dozen two hundred thousand 3bn':
        'a/a/DET/DT/quantmod/4/B-CARDINAL dozen/dozen/NOUN/NN/quantmod/4/I-CARDINAL two/two/NUM/CD/compound/4/O hundred/hundred/NUM/CD/compound/4/O thousand/thousand/NUM/CD/nummod/5/O 3bn/3bn/NOUN/NN/ROOT/5/O',
}
