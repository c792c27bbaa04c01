"""Check-worthiness cues: general signs that a sentence states a checkable fact.

Every cue is a property of news English, not of any one story: figures,
dates, named entities (by capitalisation), event verbs, attribution,
denial and accusation on the plus side; metaphor, evaluative adjectives,
ideological vocabulary, prescriptions and questions on the minus side.
Each cue that fires becomes a short human-readable reason, so a reviewer
can see why a candidate ranks where it does.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    "hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|dozen|"
    "dozens|half|quarter|percent|per cent|twice|several"
)

NUMBER = re.compile(rf"\d|\b(?:{_NUMBER_WORDS})\b")
DATE = re.compile(
    rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\s+(?:{_MONTHS})\b|\b(?:{_MONTHS})\b"
    rf"|\b(?:{_WEEKDAYS})\b|\b(?:1[89]|20)\d\d\b"
)
DATE_RELATIVE = re.compile(
    r"\b(?:last|this|next|earlier this|later this)\s+(?:week|month|year|weekend|spring|"
    r"summer|autumn|fall|winter)\b|\b(?:yesterday|today|tonight)\b"
    r"|\b(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|later)\b"
)
# Past-tense and progressive verbs of things that happen and leave a record.
EVENT = re.compile(
    r"\b(?:met|meet(?:s|ing)?|held|hold(?:s|ing)?|sign(?:ed|s|ing)|tour(?:ed|s|ing)|"
    r"visit(?:ed|s|ing)|arriv(?:ed|es|ing)|launch(?:ed|es|ing)|fir(?:ed|ing)|test(?:ed|ing)|"
    r"suppl(?:ied|ies|ying)|provid(?:ed|es|ing)|deliver(?:ed|s|ing)|deliver(?:y|ies)|"
    r"ship(?:ped|s|ping)|transferr?(?:ed|ing)|sent|send(?:s|ing)|deploy(?:ed|s|ing)|"
    r"announc(?:ed|es|ing)|approv(?:ed|es|ing)|vot(?:ed|es|ing)|veto(?:ed|es|ing)?|"
    r"block(?:ed|s|ing)|bann(?:ed|ing)|kill(?:ed|s|ing)|attack(?:ed|s|ing)|invad(?:ed|es|ing)|"
    r"captur(?:ed|es|ing)|seiz(?:ed|es|ing)|arrest(?:ed|s|ing)|sanction(?:ed|ing)|"
    r"impos(?:ed|es|ing)|agreed|elected|appointed|resigned|inspect(?:ed|s|ing)|shown|"
    r"spent|discuss(?:ed|es|ing)|confirm(?:ed|s|ing)|demand(?:ed|s|ing)|called for|"
    r"condemn(?:ed|s|ing)|urg(?:ed|es|ing)|criticiz(?:ed|es|ing)|criticis(?:ed|es|ing)|"
    r"pass(?:ed|es)|rais(?:ed|es)|cut|increas(?:ed|es)|decreas(?:ed|es)|doubl(?:ed|es)|"
    r"wield(?:ed|s|ing)|defeat(?:ed|s)?|receiv(?:ed|es|ing)|paid|pays|bought|sold|"
    r"buil[dt]|establish(?:ed|es)?|disband(?:ed|ing)?|violat(?:ed|es|e|ing)|contravenes?|"
    r"breach(?:ed|es)?|plans? to|intends? to|close to launching|decid(?:ed|es) to)\b",
)
REPORTING = re.compile(
    r"\b(?:said|says|told|stated|added|claimed|claiming|insisted|announced|confirmed|"
    r"reported|wrote|warned|according to|noted|declared|stressed|acknowledged|called|termed|"
    r"labell?ed|described|accused|accuses)\b",
)
DENIAL = re.compile(
    r"\b(?:den(?:y|ies|ied|ying|ial)|reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)|"
    r"refut(?:ed|es|ing|e)|groundless(?:ly)?|baseless|unfounded|untrue|not true|fabricat\w+|"
    r"never|no evidence|no basis|no truth|false(?:ly)?)\b",
)
ACCUSATION = re.compile(
    r"\b(?:accus(?:ed|es|ing|ation|ations)|alleg(?:ed|es|ing|ation|ations)|blam(?:ed|es|ing))\b",
)
NEGATED_FACT = re.compile(
    r"\b(?:no mention|did not|didn't|has not|hasn't|have not|haven't|was not|were not|"
    r"no (?:sign|record|report)s?)\b",
)

# --- opinion and rhetoric -----------------------------------------------------------

# "-like" compounds used as epithets ("cancer-like entities", "mafia-like gang").
LIKE_EPITHET = re.compile(r"\b[a-z]+-like\b")
METAPHOR = re.compile(
    r"\b(?:fortress|stronghold|bastion|beacon|cornerstone|pillar|mastermind|puppets?|"
    r"lackeys?|stooges?|henchm[ae]n|cancer|cancerous|virus|plague|poison(?:ous)?|"
    r"red line|witch[- ]hunt|crusade|bloodbath|nightmare|fairy tale|farce|circus|theatre|"
    r"hysteria|smokescreen|driving force|showdown|iron fist|puppet show|"
    r"house of cards|slippery slope|powder keg|scapegoat|daydream|pipe dream)\b",
)
EVALUATIVE = re.compile(
    r"\b(?:unjust|outrageous|ill-minded|ill-intentioned|hostile|hostility|aggressive|"
    r"irresponsible|provocative|reckless|shameless|absurd|ridiculous|vicious|sinister|"
    r"arrogant|hypocritical|hypocrisy|malicious|despicable|heinous|brazen|high-handed|"
    r"arbitrary|disgraceful|shameful|barbaric|evil|wicked|vile|repugnan(?:t|cy)|sophism|"
    r"genuine|noble|glorious|heroic|unwavering|steadfast|vivid|grave|dangerous|"
    r"destabiliz\w+|destabilis\w+|distorted|politicized|politicised|wonderful|terrible|"
    r"disastrous|great|historic|unprecedented|brilliant|stupid|foolish|insane|crazy|"
    r"injustice)\b",
)
IDEOLOGY = re.compile(
    r"\b(?:hegemon\w*|imperialis\w*|anti-imperialist|colonialis\w*|neo-?nazi\w*|fascis\w*|"
    r"cold[- ]war[- ]style|cold war logic|world order|peace-loving|revisionis\w+|"
    r"zionis\w+|globalis\w+|elites?|regime change|propaganda)\b",
)
PRESCRIPTIVE = re.compile(r"\b(?:should|must|ought to|need to|needs to|has to|have to)\b")
HEDGE = re.compile(r"\b(?:may|might|could|perhaps|possibly|speculated|suspect(?:s|ed)?)\b")

# The word patterns above are lower case and run on `text.lower()`: much faster
# than re.IGNORECASE, which matters on a corpus of hundreds of thousands of passages.

# Capitalised tokens that are not names at all.
_NOT_ENTITY = frozenset(
    "The A An This That These Those It Its In On At By For From With Without As But And Or If "
    "When While After Before Since During Among Following According Last Next Just Such There "
    "Their They He She We I You Our His Her Recently However Meanwhile Also Unlike Given Still "
    "Yet So Then Thus Here What Which Who Whom Whose Why How No Not All Some Many Most Both "
    "Each Every Other Another Mr Mrs Ms Dr".split()
)
_CAP_RUN = re.compile(r"(?:[A-Z][\w’'.-]*|[A-Z]{2,})(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'.-]*)*")
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_LOWER = re.compile(r"\b[a-z][a-z’'-]+\b")
_PRONOUN_START = re.compile(
    r"(?:He|She|They|It)\s|(?:This|That|These|Those)\s+(?:is|was|are|were|has|have|will)\b"
)
_QUOTED = re.compile(r"[“\"‘']([^“”\"‘’']{1,40})[”\"’']")


def entities(text: str, lower_words: Collection[str] = ()) -> list[str]:
    """Runs of capitalised words (names, places, organisations), in order, distinct.

    The first word of a sentence is capitalised anyway, so a run that is
    only that word counts when it looks like an acronym, or when
    `lower_words` (the words the corpus writes in lower case) is given and
    lacks it: "Beijing" is never written "beijing", "Relations" is.
    """
    found: list[str] = []
    for match in _CAP_RUN.finditer(text):
        words = match.group(0).rstrip(".’'").split()
        while words and words[0] in _NOT_ENTITY:
            words = words[1:]
        if not words:
            continue
        before = text[: match.start()].rstrip()
        sentence_start = not before or before[-1] in '.!?:“"‘('
        if sentence_start and len(words) == 1 and not words[0].isupper():
            if not lower_words or words[0].lower() in lower_words:
                continue
        name = " ".join(words)
        if name not in found:
            found.append(name)
    return found


@dataclass
class Assessment:
    """A score in [0, 1], the reasons for it, and the kind the cues suggest."""

    score: float
    reasons: list[str] = field(default_factory=list)
    kind: str = "assertion"


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return match.group(0) if match else None


def _all(pattern: re.Pattern[str], text: str, limit: int = 3) -> list[str]:
    seen: list[str] = []
    for match in pattern.finditer(text):
        word = match.group(0)
        if word not in seen:
            seen.append(word)
        if len(seen) >= limit:
            break
    return seen


def lower_vocabulary(texts: Iterable[str]) -> set[str]:
    """Every word the texts write in lower case (to tell names from sentence starts)."""
    vocab: set[str] = set()
    for text in texts:
        vocab.update(_LOWER.findall(text))
    return vocab


def assess(text: str, speaker: str | None = None, lower_words: Collection[str] = ()) -> Assessment:
    """Score how check-worthy `text` is, and say why, cue by cue."""
    raw = 0.0
    reasons: list[str] = []

    def add(weight: float, reason: str) -> None:
        nonlocal raw
        raw += weight
        reasons.append(f"{'+' if weight >= 0 else '-'} {reason}")

    low = text.lower()
    words = _WORD.findall(text)
    names = entities(text, lower_words)
    if names:
        add(min(len(names), 4) * 0.35, f"named entities: {', '.join(names[:4])}")
    date = DATE.search(text) or DATE_RELATIVE.search(low)
    if date:
        add(0.5, f"date: {date.group(0)}")
    number = NUMBER.search(low)
    if number and (not number.group(0).isdigit() or re.search(r"\d", DATE.sub("", text))):
        add(0.3, f"figure: {number.group(0)}")  # digits only inside a date are no figure
    events = _all(EVENT, low)
    if events:
        add(0.6 + 0.15 * (len(events) - 1), f"event: {', '.join(events)}")
    denial = _all(DENIAL, low, 2)
    if denial:
        add(0.6, f"denial: {', '.join(denial)}")
    accusation = _first(ACCUSATION, low)
    if accusation:
        add(0.4, f"accusation: {accusation}")
    negated = _first(NEGATED_FACT, low)
    if negated and not denial:
        add(0.3, f"negated fact: {negated}")
    if speaker or REPORTING.search(low):
        who = f" ({speaker})" if speaker else ""
        add(0.3, f"attributed{who}")

    rhetoric = _all(LIKE_EPITHET, low) + _all(METAPHOR, low)
    if rhetoric:
        add(-0.9 * min(len(rhetoric), 2), f"rhetoric: {', '.join(rhetoric)}")
    evaluative = _all(EVALUATIVE, low, 4)
    if evaluative:
        add(-0.45 * min(len(evaluative), 3), f"opinion: {', '.join(evaluative)}")
    ideology = _all(IDEOLOGY, low)
    if ideology:
        add(-0.6 * min(len(ideology), 2), f"ideological: {', '.join(ideology)}")
    prescriptive = _first(PRESCRIPTIVE, low)
    if prescriptive:
        add(-0.4, f"prescriptive: {prescriptive}")
    hedge = _first(HEDGE, low)
    if hedge:
        add(-0.2, f"hedged: {hedge}")
    if _PRONOUN_START.match(text):
        add(-0.3, "not self-contained: starts with a pronoun")
    if text.rstrip(" ”\"'’").endswith("?"):
        add(-0.8, "a question")
    scare = len(_QUOTED.findall(text))
    if scare >= 2:
        add(-0.2 * min(scare - 1, 3), f"scare quotes: {scare}")
    if len(words) < 6:
        add(-0.6, f"short: {len(words)} words")
    elif len(words) > 55:
        add(-0.3, f"long: {len(words)} words")
    if not names and not events:
        add(-0.6, "no entity and no event")

    score = 1.0 / (1.0 + math.exp(-2.0 * (raw - 1.2)))
    kind = "denial" if denial else "assertion"
    return Assessment(score=round(score, 3), reasons=reasons, kind=kind)
