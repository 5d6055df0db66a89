"""Parses of the texts of test_dates.py, written down once from en_core_web_sm 3.8.0
(``hand_docs.spec_of``), so the date rules are tested on fixed parses without loading a model."""

PARSES = {
    'Officials will brief Congress on Wednesday about the strike.':
        'Officials/official/NOUN/NNS/nsubj/2/O will/will/AUX/MD/aux/2/O brief/brief/VERB/VB/ROOT/2/O Congress/Congress/PROPN/NNP/dobj/2/B-ORG on/on/ADP/IN/prep/2/O Wednesday/Wednesday/PROPN/NNP/pobj/4/B-DATE about/about/ADP/IN/prep/2/O the/the/DET/DT/det/8/O strike_/strike/NOUN/NN/pobj/6/O ././PUNCT/./punct/2/O',
    'Soleimani was killed in a drone strike early Friday in Iraq.':
        'Soleimani/Soleimani/PROPN/NNP/nsubjpass/2/O was/be/AUX/VBD/auxpass/2/O killed/kill/VERB/VBN/ROOT/2/O in/in/ADP/IN/prep/2/O a/a/DET/DT/det/6/O drone/drone/NOUN/NN/compound/6/O strike/strike/NOUN/NN/pobj/3/O early/early/ADJ/JJ/amod/8/B-DATE Friday/Friday/PROPN/NNP/npadvmod/2/I-DATE in/in/ADP/IN/prep/2/O Iraq_/Iraq/PROPN/NNP/pobj/9/B-GPE ././PUNCT/./punct/2/O',
    'The Iraqi parliament voted Monday to expel U.S. forces.':
        'The/the/DET/DT/det/2/O Iraqi/iraqi/ADJ/JJ/amod/2/B-NORP parliament/parliament/NOUN/NN/nsubj/3/O voted/vote/VERB/VBD/ROOT/3/O Monday/Monday/PROPN/NNP/npadvmod/3/B-DATE to/to/PART/TO/aux/6/O expel/expel/VERB/VB/xcomp/3/O U.S./U.S./PROPN/NNP/compound/8/B-GPE forces_/force/NOUN/NNS/dobj/6/O ././PUNCT/./punct/3/O',
    'Trump vowed in a tweet Sunday to strike back.':
        'Trump/trump/NOUN/NN/nsubj/1/O vowed/vow/VERB/VBD/ROOT/1/O in/in/ADP/IN/prep/1/O a/a/DET/DT/det/4/B-DATE tweet/tweet/NOUN/NN/pobj/2/I-DATE Sunday/Sunday/PROPN/NNP/npadvmod/4/B-DATE to/to/PART/TO/aux/7/O strike/strike/VERB/VB/xcomp/1/O back_/back/ADP/RP/prt/7/O ././PUNCT/./punct/1/O',
    'The summit is scheduled for Thursday.':
        'The/the/DET/DT/det/1/O summit/summit/NOUN/NN/nsubjpass/3/O is/be/AUX/VBZ/auxpass/3/O scheduled/schedule/VERB/VBN/ROOT/3/O for/for/ADP/IN/prep/3/O Thursday_/Thursday/PROPN/NNP/pobj/4/B-DATE ././PUNCT/./punct/3/O',
    'They plan to visit Baghdad on Friday.':
        'They/they/PRON/PRP/nsubj/1/O plan/plan/VERB/VBP/ROOT/1/O to/to/PART/TO/aux/3/O visit/visit/VERB/VB/xcomp/1/O Baghdad/Baghdad/PROPN/NNP/dobj/3/B-GPE on/on/ADP/IN/prep/3/O Friday_/Friday/PROPN/NNP/pobj/5/B-DATE ././PUNCT/./punct/1/O',
    'He said he would travel to Paris on Tuesday.':
        'He/he/PRON/PRP/nsubj/1/O said/say/VERB/VBD/ROOT/1/O he/he/PRON/PRP/nsubj/4/O would/would/AUX/MD/aux/4/O travel/travel/VERB/VB/ccomp/1/O to/to/ADP/IN/prep/4/O Paris/Paris/PROPN/NNP/pobj/5/B-GPE on/on/ADP/IN/prep/4/O Tuesday_/Tuesday/PROPN/NNP/pobj/7/B-DATE ././PUNCT/./punct/1/O',
    'Officials met last Monday.':
        'Officials/official/NOUN/NNS/nsubj/1/O met/meet/VERB/VBD/ROOT/1/O last/last/ADJ/JJ/amod/3/B-DATE Monday_/Monday/PROPN/NNP/npadvmod/1/I-DATE ././PUNCT/./punct/1/O',
    'Talks will resume next Monday.':
        'Talks/talk/NOUN/NNS/nsubj/2/O will/will/AUX/MD/aux/2/O resume/resume/VERB/VB/ROOT/2/O next/next/ADJ/JJ/amod/4/B-DATE Monday_/Monday/PROPN/NNP/npadvmod/2/I-DATE ././PUNCT/./punct/2/O',
    'The attack happened Sunday night.':
        'The/the/DET/DT/det/1/O attack/attack/NOUN/NN/nsubj/2/O happened/happen/VERB/VBD/ROOT/2/O Sunday/Sunday/PROPN/NNP/compound/4/B-TIME night_/night/NOUN/NN/npadvmod/2/I-TIME ././PUNCT/./punct/2/O',
    'Late Thursday night, rockets hit the base.':
        'Late/late/ADJ/JJ/advmod/2/B-TIME Thursday/Thursday/PROPN/NNP/compound/2/I-TIME night_/night/NOUN/NN/npadvmod/5/B-TIME ,/,/PUNCT/,/punct/5/O rockets/rocket/NOUN/NNS/nsubj/5/O hit/hit/VERB/VBD/ROOT/5/O the/the/DET/DT/det/7/O base_/base/NOUN/NN/dobj/5/O ././PUNCT/./punct/5/O',
    'The summit is on Friday.':
        'The/the/DET/DT/det/1/O summit/summit/NOUN/NN/nsubj/2/O is/be/AUX/VBZ/ROOT/2/O on/on/ADP/IN/prep/2/O Friday_/Friday/PROPN/NNP/pobj/3/B-DATE ././PUNCT/./punct/2/O',
    'Friday, Jan. 3, saw strikes.':
        'Friday_/Friday/PROPN/NNP/npadvmod/5/B-DATE ,/,/PUNCT/,/punct/5/I-DATE Jan./Jan./PROPN/NNP/npadvmod/5/I-DATE 3_/3/NUM/CD/nummod/2/I-DATE ,/,/PUNCT/,/punct/5/O saw/see/VERB/VBD/ROOT/5/O strikes_/strike/NOUN/NNS/dobj/5/O ././PUNCT/./punct/5/O',
    'Troops arrived yesterday and leave tomorrow.':
        'Troops/troop/NOUN/NNS/nsubj/1/O arrived/arrive/VERB/VBD/ROOT/1/O yesterday/yesterday/NOUN/NN/npadvmod/1/B-DATE and/and/CCONJ/CC/cc/1/O leave/leave/VERB/VB/conj/1/O tomorrow_/tomorrow/NOUN/NN/npadvmod/4/B-DATE ././PUNCT/./punct/1/O',
    'The general was killed last week.':
        'The/the/DET/DT/det/1/O general/general/NOUN/NN/nsubjpass/3/O was/be/AUX/VBD/auxpass/3/O killed/kill/VERB/VBN/ROOT/3/O last/last/ADJ/JJ/amod/5/B-DATE week_/week/NOUN/NN/npadvmod/3/I-DATE ././PUNCT/./punct/3/O',
    'Talks resume next week.':
        'Talks/talk/NOUN/NNS/compound/1/O resume/resume/VERB/VBP/ROOT/1/O next/next/ADJ/JJ/amod/3/B-DATE week_/week/NOUN/NN/npadvmod/1/I-DATE ././PUNCT/./punct/1/O',
    'It happened earlier this month.':
        'It/it/PRON/PRP/nsubj/1/O happened/happen/VERB/VBD/ROOT/1/O earlier/early/ADV/RBR/advmod/4/B-DATE this/this/DET/DT/det/4/I-DATE month_/month/NOUN/NN/npadvmod/1/I-DATE ././PUNCT/./punct/1/O',
    'The law passed last year.':
        'The/the/DET/DT/det/1/O law/law/NOUN/NN/nsubj/2/O passed/pass/VERB/VBD/ROOT/2/O last/last/ADJ/JJ/amod/4/B-DATE year_/year/NOUN/NN/npadvmod/2/I-DATE ././PUNCT/./punct/2/O',
    'Two weeks ago, it rained.':
        'Two/two/NUM/CD/nummod/1/B-DATE weeks/week/NOUN/NNS/npadvmod/2/I-DATE ago_/ago/ADV/RB/advmod/5/I-DATE ,/,/PUNCT/,/punct/5/O it/it/PRON/PRP/nsubj/5/O rained_/rain/VERB/VBD/ROOT/5/O ././PUNCT/./punct/5/O',
    'Three days ago the convoy left.':
        'Three/three/NUM/CD/nummod/1/B-DATE days/day/NOUN/NNS/npadvmod/2/I-DATE ago/ago/ADV/RB/advmod/5/I-DATE the/the/DET/DT/det/4/O convoy/convoy/NOUN/NN/nsubj/5/O left_/leave/VERB/VBD/ROOT/5/O ././PUNCT/./punct/5/O',
    'He left eight years ago.':
        'He/he/PRON/PRP/nsubj/1/O left/leave/VERB/VBD/ROOT/1/O eight/eight/NUM/CD/nummod/3/B-DATE years/year/NOUN/NNS/npadvmod/4/I-DATE ago_/ago/ADV/RB/advmod/1/I-DATE ././PUNCT/./punct/1/O',
    'The bill passed in December.':
        'The/the/DET/DT/det/1/O bill/bill/NOUN/NN/nsubj/2/O passed/pass/VERB/VBD/ROOT/2/O in/in/ADP/IN/prep/2/O December_/December/PROPN/NNP/pobj/3/B-DATE ././PUNCT/./punct/2/O',
    'Elections are due in May.':
        'Elections/election/NOUN/NNS/nsubj/1/O are/be/AUX/VBP/ROOT/1/O due/due/ADJ/JJ/acomp/1/O in/in/ADP/IN/prep/2/O May_/May/PROPN/NNP/pobj/3/B-DATE ././PUNCT/./punct/1/O',
    'The speech came on Jan. 3.':
        'The/the/DET/DT/det/1/O speech/speech/NOUN/NN/nsubj/2/O came/come/VERB/VBD/ROOT/2/O on/on/ADP/IN/prep/2/O Jan./Jan./PROPN/NNP/pobj/3/B-DATE 3_/3/NUM/CD/nummod/4/I-DATE ././PUNCT/./punct/2/O',
    'Talks on March 28 failed.':
        'Talks/talk/NOUN/NNS/nsubj/4/O on/on/ADP/IN/prep/0/O March/March/PROPN/NNP/pobj/1/B-DATE 28/28/NUM/CD/nummod/2/I-DATE failed_/fail/VERB/VBD/ROOT/4/O ././PUNCT/./punct/4/O',
    'The vote will take place on March 28.':
        'The/the/DET/DT/det/1/O vote/vote/NOUN/NN/nsubj/3/O will/will/AUX/MD/aux/3/O take/take/VERB/VB/ROOT/3/O place/place/NOUN/NN/dobj/3/O on/on/ADP/IN/prep/3/O March/March/PROPN/NNP/pobj/5/B-DATE 28_/28/NUM/CD/nummod/6/I-DATE ././PUNCT/./punct/3/O',
    'The truce holds since the 3rd of January.':
        'The/the/DET/DT/det/1/O truce/truce/NOUN/NN/nsubj/2/O holds/hold/VERB/VBZ/ROOT/2/O since/since/SCONJ/IN/prep/2/O the/the/DET/DT/det/5/B-DATE 3rd/3rd/NOUN/NN/pobj/3/I-DATE of/of/ADP/IN/prep/5/I-DATE January_/January/PROPN/NNP/pobj/6/I-DATE ././PUNCT/./punct/2/O',
    'It began 3 Jan. in Baghdad.':
        'It/it/PRON/PRP/nsubj/1/O began/begin/VERB/VBD/ROOT/1/O 3/3/NUM/CD/nummod/3/B-DATE Jan./Jan./PROPN/NNP/npadvmod/1/I-DATE in/in/ADP/IN/prep/3/O Baghdad_/Baghdad/PROPN/NNP/pobj/4/B-GPE ././PUNCT/./punct/1/O',
    'Fighting erupted over the weekend.':
        'Fighting/fighting/NOUN/NN/nsubj/1/O erupted/erupt/VERB/VBD/ROOT/1/O over/over/ADP/IN/prep/1/O the/the/DET/DT/det/4/B-DATE weekend_/weekend/NOUN/NN/pobj/2/I-DATE ././PUNCT/./punct/1/O',
    'Talks will be held at the weekend.':
        'Talks/talk/NOUN/NNS/nsubjpass/3/O will/will/AUX/MD/aux/3/O be/be/AUX/VB/auxpass/3/O held/hold/VERB/VBN/ROOT/3/O at/at/ADP/IN/prep/3/O the/the/DET/DT/det/6/B-DATE weekend_/weekend/NOUN/NN/pobj/4/I-DATE ././PUNCT/./punct/3/O',
    'The war began on 4 October 2007.':
        'The/the/DET/DT/det/1/O war/war/NOUN/NN/nsubj/2/O began/begin/VERB/VBD/ROOT/2/O on/on/ADP/IN/prep/2/O 4/4/NUM/CD/nummod/5/B-DATE October/October/PROPN/NNP/pobj/3/I-DATE 2007_/2007/NUM/CD/nummod/5/I-DATE ././PUNCT/./punct/2/O',
    'On Dec. 28, 2019, he died.':
        'On/on/ADP/IN/prep/7/O Dec./Dec./PROPN/NNP/pobj/0/B-DATE 28_/28/NUM/CD/nummod/1/I-DATE ,/,/PUNCT/,/punct/1/I-DATE 2019_/2019/NUM/CD/nummod/1/I-DATE ,/,/PUNCT/,/punct/7/O he/he/PRON/PRP/nsubj/7/O died_/die/VERB/VBD/ROOT/7/O ././PUNCT/./punct/7/O',
    'The report, dated 2019-12-30, says so.':
        'The/the/DET/DT/det/1/O report_/report/NOUN/NN/nsubj/10/O ,/,/PUNCT/,/punct/1/O dated/date/VERB/VBN/acl/1/O 2019_/2019/NUM/CD/npadvmod/3/B-DATE -_/-/SYM/SYM/punct/6/I-DATE 12_/12/NUM/CD/prep/4/I-DATE -_/-/SYM/SYM/punct/8/I-DATE 30_/30/NUM/CD/prep/6/I-DATE ,/,/PUNCT/,/punct/1/O says/say/VERB/VBZ/ROOT/10/O so_/so/ADV/RB/advmod/10/O ././PUNCT/./punct/10/O',
    'The country was invaded by a U.S.-led force in 2003.':
        'The/the/DET/DT/det/1/O country/country/NOUN/NN/nsubjpass/3/O was/be/AUX/VBD/auxpass/3/O invaded/invade/VERB/VBN/ROOT/3/O by/by/ADP/IN/agent/3/O a/a/DET/DT/det/7/O U.S.-led/u.s.-led/ADJ/JJ/amod/7/O force/force/NOUN/NN/pobj/4/O in/in/ADP/IN/prep/3/O 2003_/2003/NUM/CD/pobj/8/B-DATE ././PUNCT/./punct/3/O',
    'It was signed in January 2020.':
        'It/it/PRON/PRP/nsubjpass/2/O was/be/AUX/VBD/auxpass/2/O signed/sign/VERB/VBN/ROOT/2/O in/in/ADP/IN/prep/2/O January/January/PROPN/NNP/pobj/3/B-DATE 2020_/2020/NUM/CD/nummod/4/I-DATE ././PUNCT/./punct/2/O',
    'He will meet Putin on Friday; the deal was signed Jan. 3 and talks ended yesterday.':
        'He/he/PRON/PRP/nsubj/2/O will/will/AUX/MD/aux/2/O meet/meet/VERB/VB/ccomp/10/O Putin/Putin/PROPN/NNP/dobj/2/B-PERSON on/on/ADP/IN/prep/2/O Friday_/Friday/PROPN/NNP/pobj/4/B-DATE ;/;/PUNCT/:/punct/10/O the/the/DET/DT/det/8/O deal/deal/NOUN/NN/nsubjpass/10/O was/be/AUX/VBD/auxpass/10/O signed/sign/VERB/VBN/ROOT/10/O Jan./Jan./PROPN/NNP/nsubj/15/B-DATE 3/3/NUM/CD/nummod/11/I-DATE and/and/CCONJ/CC/cc/11/O talks/talk/NOUN/NNS/conj/11/O ended/end/VERB/VBD/advcl/10/O yesterday_/yesterday/NOUN/NN/npadvmod/15/B-DATE ././PUNCT/./punct/10/O',
    'The Sunday Times reported it.':
        'The/the/DET/DT/det/2/B-ORG Sunday/Sunday/PROPN/NNP/compound/2/I-ORG Times/Times/PROPN/NNP/nsubj/3/I-ORG reported/report/VERB/VBD/ROOT/3/O it_/it/PRON/PRP/dobj/3/O ././PUNCT/./punct/3/O',
    'He wrote for the London Sunday Times for years.':
        'He/he/PRON/PRP/nsubj/1/O wrote/write/VERB/VBD/ROOT/1/O for/for/ADP/IN/dative/1/O the/the/DET/DT/det/6/B-ORG London/London/PROPN/NNP/compound/6/I-ORG Sunday/Sunday/PROPN/NNP/compound/6/I-ORG Times/Times/PROPN/NNP/pobj/2/I-ORG for/for/ADP/IN/prep/1/O years_/year/NOUN/NNS/pobj/7/B-DATE ././PUNCT/./punct/1/O',
    'Some 2000 people marched.':
        'Some/some/DET/DT/quantmod/1/B-CARDINAL 2000/2000/NUM/CD/nummod/2/I-CARDINAL people/people/NOUN/NNS/nsubj/3/O marched_/march/VERB/VBD/ROOT/3/O ././PUNCT/./punct/3/O',
    'We may go, and the troops march on.':
        'We/we/PRON/PRP/nsubj/2/O may/may/AUX/MD/aux/2/O go_/go/VERB/VB/ROOT/2/O ,/,/PUNCT/,/punct/2/O and/and/CCONJ/CC/cc/2/O the/the/DET/DT/det/6/O troops/troop/NOUN/NNS/nsubj/7/O march/march/VERB/VBP/conj/2/O on_/on/ADP/RP/prt/7/O ././PUNCT/./punct/7/O',
    'He scored 1999 points.':
        'He/he/PRON/PRP/nsubj/1/O scored/score/VERB/VBD/ROOT/1/O 1999/1999/NUM/CD/nummod/3/B-DATE points_/point/NOUN/NNS/npadvmod/1/O ././PUNCT/./punct/1/O',
    'The decision is final.':
        'The/the/DET/DT/det/1/O decision/decision/NOUN/NN/nsubj/2/O is/be/AUX/VBZ/ROOT/2/O final_/final/ADJ/JJ/acomp/2/O ././PUNCT/./punct/2/O',
    'He left yesterday.':
        'He/he/PRON/PRP/nsubj/1/O left/leave/VERB/VBD/ROOT/1/O yesterday_/yesterday/NOUN/NN/npadvmod/1/B-DATE ././PUNCT/./punct/1/O',
    'Senior officials will brief Congress on Wednesday about it.':
        'Senior/senior/ADJ/JJ/amod/1/O officials/official/NOUN/NNS/nsubj/3/O will/will/AUX/MD/aux/3/O brief/brief/VERB/VB/ROOT/3/O Congress/Congress/PROPN/NNP/dobj/3/B-ORG on/on/ADP/IN/prep/3/O Wednesday/Wednesday/PROPN/NNP/pobj/5/B-DATE about/about/ADP/IN/prep/3/O it_/it/PRON/PRP/pobj/7/O ././PUNCT/./punct/3/O',
    'ofwe2003 in2003':
        'ofwe2003/ofwe2003/PROPN/NNP/compound/1/B-ORG in2003/in2003/NOUN/NN/ROOT/1/O',
}
