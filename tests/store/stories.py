"""Hand-written news-style texts for store tests (no real articles): two outlets telling one story
in edited wording, and a different story about the same actors."""

STORY_A = (
    "Iran fired more than a dozen ballistic missiles early Wednesday at two military bases in Iraq that "
    "house American troops, the Pentagon said, in retaliation for the U.S. drone strike that killed a top "
    "Iranian general last week. The missiles struck the Ain al-Asad air base in western Iraq and a base "
    "near Erbil in the north, officials said. There were no immediate reports of American casualties. "
    "Iran's foreign minister said the strikes were proportionate measures in self-defense and that Tehran "
    "did not seek escalation or war. President Donald Trump was briefed on the attack and was monitoring "
    "the situation with his national security team, the White House said. Oil prices jumped after the "
    "attack as traders worried about a wider conflict in the Middle East."
)

#: the same story as STORY_A from another outlet: sentences reordered, trimmed and reworded in places
STORY_A_EDITED = (
    "Iran launched more than a dozen ballistic missiles early Wednesday at two military bases in Iraq that "
    "house U.S. troops, the Pentagon said, in retaliation for the American drone strike that killed a top "
    "Iranian general last week. The missiles struck the Ain al-Asad air base in western Iraq and a base "
    "near Erbil, officials said. There were no immediate reports of casualties. Iran's foreign minister "
    "said the strikes were proportionate measures in self-defense and that Tehran did not seek escalation. "
    "President Donald Trump was briefed on the attack and was monitoring the situation, the White House "
    "said. Oil prices rose sharply after the attack."
)

#: a different story about the same actors (Iran, Iraq, the United States, Trump, the Pentagon)
STORY_B = (
    "The Iraqi parliament voted on Sunday to expel American troops from the country, a nonbinding "
    "resolution that followed the U.S. killing of an Iranian commander in Baghdad. President Donald Trump "
    "threatened to impose sanctions on Iraq if the troops were forced to leave and said Iraq would have to "
    "pay for an expensive air base. The Pentagon said no decision had been made to withdraw forces. In "
    "Tehran, crowds mourned the general, and Iran's leaders vowed revenge against the United States while "
    "the government announced it would no longer observe limits on uranium enrichment under the 2015 "
    "nuclear deal."
)
