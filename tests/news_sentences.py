"""Short wire-style sentences the batch and reliability tests build their corpora from."""

SENTENCES = (
    "Iran fired missiles at a U.S. base in Iraq on Tuesday, the Pentagon said.",
    "\u201cWe will respond,\u201d President Donald Trump told reporters at the White House.",
    "Defense Secretary Mark Esper said 2,500 Marines would be sent to Kuwait.",
    "Iraqi lawmakers voted to expel American troops, officials in Baghdad said.",
    "Protesters gathered in Tehran after the strike, according to state media.",
    "The European Union urged both sides to show restraint, a spokesman said on Friday.",
)
