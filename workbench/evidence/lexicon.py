"""General English lexicons for matching and stance. Nothing claim-specific.

Each synonym group maps to one canonical index token, so retrieval sees
"supplied munitions" and "deliveries of weapons" as the same two ideas.
Groups are broad news vocabulary (conflict, diplomacy, law, trade,
science); a word belongs to one group only (the first wins).
"""

from __future__ import annotations

STOPWORDS = frozenset(
    """
    a an the and or but if then than that this these those there here of in on at to for from
    by with as into onto upon about over under after before during between through out up down
    off so such too very can could would should may might must will shall do does did done
    doing be is am are was were been being have has had having it its it's they them their
    theirs he him his she her hers we us our ours you your yours i me my mine who whom whose
    which what when where why how all any both each few more most other some own same just
    also only s t don't didn't doesn't isn't aren't wasn't weren't won't wouldn't can't
    couldn't shouldn't hasn't haven't hadn't not no nor never none while because until again
    further once whether though although yet still even ever per via said says say saying
    told tell according mr mrs ms dr one however since within without against among
    """.split()
)

# Multi-word expressions rewritten to one word before tokenising.
PHRASES: dict[str, str] = {
    "military equipment": "weapons",
    "military hardware": "weapons",
    "military supplies": "weapons",
    "artillery shells": "munitions",
    "north korea": "dprk",
    "north korean": "dprk",
    "north koreans": "dprk",
    "democratic people's republic of korea": "dprk",
    "south korea": "rok",
    "south korean": "rok",
    "republic of korea": "rok",
    "united states": "usa",
    "united states of america": "usa",
    "u.s.": "usa",
    "u.s": "usa",
    "united kingdom": "uk",
    "great britain": "uk",
    "united nations": "un",
    "security council": "unsc",
    "un security council": "unsc",
    "european union": "eu",
    "group of seven": "g7",
    "group of 7": "g7",
    "white house": "whitehouse",
    "greenhouse gas": "ghg",
    "greenhouse gases": "ghg",
    "carbon dioxide": "co2",
    "co 2": "co2",
    "global warming": "globalwarming",
    "climate change": "globalwarming",
    "sea level": "sealevel",
    "sea levels": "sealevel",
    "sea-level": "sealevel",
    "ice sheet": "icesheet",
    "ice sheets": "icesheet",
    "arms deal": "weapons deal",
    "cease-fire": "ceasefire",
    "cease fire": "ceasefire",
    "struck down": "overturned",
    "strike down": "overturn",
    "strikes down": "overturns",
    "no longer": "not",
    "islamic state": "isis",
    "shut down": "shutdown",
    "stepped down": "resigned",
    "step down": "resign",
    "steps down": "resigns",
    "stepping down": "resigning",
    "remains in force": "continues",
    "remain in force": "continue",
    "remained in force": "continued",
    "still in force": "continues",
    "took part": "participated",
    "take part": "participate",
    "takes part": "participates",
    "taking part": "participating",
    "taken part": "participated",
    "shuts down": "shutdown",
    "shutting down": "shutdown",
    # a ship, the vessel, is no shipping ("the ship's owner" / "shipped shells")
    "ship-to-ship": "sts",
    "ship's": "vessel's",
    # told to go: expelled ("has not been asked to leave the country")
    "asked to leave": "expelled",
    "ordered to leave": "expelled",
    "told to leave": "expelled",
}

SYNONYMS: list[tuple[str, ...]] = [
    # arms and war
    ("weapon", "arms", "armament", "munition", "ammunition", "weaponry", "armaments"),
    ("missile", "rocket"),
    ("war", "warfare", "conflict", "invasion"),
    ("attack", "strike", "assault", "raid", "offensive"),
    ("earthquake", "quake", "tremor", "temblor"),
    ("soldier", "troop", "serviceman", "servicemen"),
    ("military", "army", "armed", "defence", "defense"),
    # one fate: "63 people were killed" / "the number of dead is 27"
    ("kill", "slay", "slain", "murder", "execute", "execution", "die", "dead", "death", "died",
     "perish", "fatality", "fatalities"),
    ("behead", "decapitate", "beheading"),
    # moving things
    ("send", "sent", "ship", "shipment", "deliver", "delivery", "supply", "supplier",
     "provide", "provision", "transfer", "export", "furnish", "dispatch"),
    ("buy", "bought", "purchase", "acquire", "procure", "procurement"),
    ("sell", "sold", "sale"),
    ("receive", "obtain", "get", "got", "gain"),
    # talk and diplomacy
    ("meet", "met", "meeting", "summit", "talks"),
    ("visit", "trip", "tour"),
    ("sign", "signed", "conclude", "ink", "inked"),
    ("deal", "agreement", "accord", "pact", "treaty", "contract"),
    ("truce", "ceasefire", "armistice"),
    ("cooperation", "cooperate", "co-operation", "collaboration", "partnership", "alliance"),
    ("tie", "relation", "relationship", "link"),
    ("close", "closer", "intimate"),
    ("plan", "intend", "aim", "seek", "want"),
    ("demand", "call", "urge", "insist"),
    ("disband", "dissolve", "abolish", "dismantle"),
    ("block", "veto", "thwart", "obstruct", "defeat"),
    ("sanction", "embargo", "penalty"),
    ("accusation", "allegation", "charge", "report", "claim"),
    ("hide", "conceal", "withhold", "suppress", "cover-up"),
    ("deliberate", "deliberately", "intentional", "intentionally", "purposely", "purposefully"),
    ("deny", "denial", "groundless", "baseless", "unfounded", "reject", "refute", "rebut",
     "debunk"),
    ("criticise", "criticize", "condemn", "denounce", "slam", "blast"),
    ("praise", "laud", "hail", "commend", "applaud"),
    ("strengthen", "boost", "deepen", "bolster", "enhance"),
    ("warn", "threaten", "threat"),
    ("launch", "fire", "lift-off"),
    ("satellite", "spacecraft"),
    ("spy", "reconnaissance", "surveillance", "espionage"),
    ("nuclear", "atomic"),
    ("bomber", "warplane", "aircraft", "jet", "plane"),
    ("show", "shown", "display", "demonstrate", "present"),
    # law
    ("breach", "violate", "violation", "contravene", "infringe", "flout", "break"),
    ("resolution", "rule", "regulation", "law"),
    ("ban", "prohibit", "forbid", "outlaw"),
    ("arrest", "detain", "apprehend", "capture", "custody"),
    ("release", "freed", "liberate"),
    ("court", "tribunal"),
    ("uphold", "upheld"),
    # state
    ("country", "nation", "state"),
    ("leader", "president", "head"),
    ("government", "administration", "authorities", "regime", "official"),
    ("kremlin", "russia", "russian", "moscow"),
    ("dprk", "pyongyang"),
    ("usa", "us", "american", "america", "washington"),
    ("china", "chinese", "beijing"),
    ("ukraine", "ukrainian", "kyiv", "kiev"),
    ("uk", "britain", "british", "london"),
    ("iran", "iranian", "tehran"),
    ("israel", "israeli"),
    ("syria", "syrian", "damascus"),
    ("iraq", "iraqi", "baghdad"),
    ("japan", "japanese", "tokyo"),
    ("france", "french", "paris"),
    ("germany", "german", "berlin"),
    ("mexico", "mexican"),
    ("canada", "canadian"),
    ("isis", "isil", "daesh"),
    ("rok", "seoul"),
    # places and their demonyms (no capitals: a capital is also a city)
    ("india", "indian"), ("pakistan", "pakistani"), ("afghanistan", "afghan"),
    ("nigeria", "nigerian"), ("nicaragua", "nicaraguan"), ("libya", "libyan"),
    ("somalia", "somali", "somalian"), ("egypt", "egyptian"), ("yemen", "yemeni"),
    ("lebanon", "lebanese"), ("italy", "italian"), ("spain", "spanish"),
    ("brazil", "brazilian"), ("australia", "australian"), ("africa", "african"),
    ("europe", "european"), ("asia", "asian"), ("antarctica", "antarctic"),
    ("palestine", "palestinian"), ("kenya", "kenyan"), ("ethiopia", "ethiopian"),
    ("sweden", "swedish", "swede"), ("norway", "norwegian"), ("netherlands", "dutch"),
    ("ireland", "irish"), ("scotland", "scottish"), ("greece", "greek"), ("cuba", "cuban"),
    ("venezuela", "venezuelan"), ("argentina", "argentine", "argentinian"),
    ("chile", "chilean"), ("peru", "peruvian"), ("colombia", "colombian"),
    ("indonesia", "indonesian"), ("philippines", "filipino", "philippine"),
    ("vietnam", "vietnamese"), ("thailand", "thai"), ("greenland", "greenlandic"),
    ("alaska", "alaskan"), ("california", "californian"), ("texas", "texan"),
    ("islam", "islamic"), ("saudi", "saudis"), ("korea", "korean"),
    # people and events
    ("survive", "survived", "survivor", "survivors", "alive"),
    ("expel", "expelled", "expulsion"),
    ("injure", "wound", "hurt"),
    ("child", "kid", "boy", "girl"),
    ("woman", "female", "lady"),
    ("man", "male", "guy"),
    ("photo", "picture", "image", "photograph"),
    ("video", "footage", "clip"),
    ("find", "found", "discover", "uncover"),
    ("hospital", "clinic"),
    ("doctor", "physician"),
    ("police", "cop", "officer"),
    ("build", "construct", "construction"),
    ("destroy", "demolish", "wreck"),
    ("close_to", "near", "nearly", "almost", "imminent", "soon"),
    ("big", "large", "huge", "giant", "massive"),
    ("small", "little", "tiny"),
    # not "forged": "forged closer ties"
    ("fake", "false", "hoax", "untrue", "fabricated", "bogus", "forgery", "counterfeit"),
    ("resign", "quit", "resignation"),
    ("invoke", "trigger", "activate"),
    ("turnout", "participation", "participate"),
    # science and climate
    ("globalwarming", "warming"),
    ("temperature", "heat"),
    ("increase", "rise", "rising", "rose", "risen", "grow", "grew", "grown", "growth", "climb",
     "surge", "higher"),
    ("decrease", "decline", "fall", "fell", "fallen", "drop", "reduce", "reduction", "shrink",
     "shrank", "lower", "diminish", "lessen", "dwindle"),
    ("affect", "influence", "impact", "effect"),
    ("improve", "recover", "recovery", "rebound"),
    # units of measure: the symbol and the word are one token
    ("celsius", "centigrade"),
    ("fahrenheit",),
    ("millimetre", "millimeter", "mm"),
    ("centimetre", "centimeter", "cm"),
    ("kilometre", "kilometer", "km"),
    ("metre", "meter"),
    ("foot", "feet", "ft"),
    ("cause", "driven", "drive", "responsible", "contribute", "due"),
    ("ice", "glacier", "glacial"),
    ("melt", "thaw"),
    ("ocean", "sea", "marine"),
    ("scientist", "researcher", "expert"),
    ("study", "research", "paper", "survey"),
    ("emission", "emit", "output"),
    ("co2", "carbon"),
    ("human", "anthropogenic", "manmade", "man-made"),
    ("sun", "solar"),
    ("earth", "planet", "global", "world", "worldwide"),
    ("year", "annual", "annually"),
    ("century", "centuries"),
    ("record", "unprecedented"),
]

# Gradable adjectives: their comparatives and superlatives ("warmer",
# "driest", "thinner") stem to the adjective, so "wetter" meets "wet".
# "high" and "low" are left out: "higher"/"lower" belong to the trend groups.
GRADABLE = (
    "warm", "cold", "cool", "hot", "wet", "dry", "large", "great", "small", "fast", "slow",
    "strong", "weak", "thick", "thin", "old", "new", "young", "long", "short", "deep",
    "shallow", "rich", "poor", "cheap", "safe", "late", "early", "heavy", "light", "wide",
    "narrow", "big", "hard", "easy", "mild", "harsh", "severe", "dark", "bright", "clean",
    "dirty", "fresh", "steep", "tall", "quick", "likely", "costly", "deadly", "healthy",
    "wealthy", "sharp", "calm", "rare", "close", "near", "fine", "pure", "loud", "soft",
)
IRREGULAR_COMPARATIVES = {"worse": "bad", "worst": "bad", "better": "good", "best": "good"}
# Irregular verb forms stem as the base does ("began" ~ "begin").
IRREGULAR_VERBS = {
    "began": "begin", "begun": "begin", "took": "take", "taken": "take",
    "thought": "think", "knew": "know", "known": "know", "saw": "see",
    "seen": "see", "gave": "give", "given": "give", "held": "hold",
    "spent": "spend", "brought": "bring", "caught": "catch", "froze": "freeze",
    "frozen": "freeze", "hid": "hide", "hidden": "hide", "wrote": "write", "written": "write",
    "ate": "eat", "eaten": "eat", "fought": "fight", "struck": "strike", "won": "win",
    "shot": "shoot", "sank": "sink", "sunk": "sink", "shook": "shake", "shaken": "shake",
    "ran": "run", "kept": "keep", "paid": "pay", "taught": "teach", "sought": "seek",
    "chose": "choose", "chosen": "choose", "broke": "break", "broken": "break",
    "spoke": "speak", "spoken": "speak", "stole": "steal", "stolen": "steal", "flew": "fly",
    "flown": "fly", "drew": "draw", "drawn": "draw", "threw": "throw", "thrown": "throw",
    "blew": "blow", "blown": "blow", "fled": "flee", "wore": "wear", "worn": "wear",
    "tore": "tear", "torn": "tear", "hung": "hang", "dug": "dig", "woke": "wake",
    "withheld": "withhold",
}

# Nouns of an act that stem apart from their verb ("suspension" ~
# "suspended", "seizure" ~ "seized"); plurals follow. Not those whose verb
# form is another word ("commission", "emission", "closure", "pension").
ACTION_NOUNS = {
    "suspension": "suspend", "extension": "extend", "expansion": "expand",
    "explosion": "explode", "decision": "decide", "collision": "collide",
    "invasion": "invade", "division": "divide", "conclusion": "conclude",
    "inclusion": "include", "exclusion": "exclude", "erosion": "erode",
    "provision": "provide", "evasion": "evade", "intrusion": "intrude",
    "seizure": "seize", "failure": "fail", "refusal": "refuse", "approval": "approve",
    "arrival": "arrive", "removal": "remove", "survival": "survive",
    "withdrawal": "withdraw", "burial": "bury", "proposal": "propose",
    "dismissal": "dismiss", "departure": "depart", "resignation": "resign",
    "admission": "admit", "permission": "permit", "submission": "submit",
    "detention": "detain", "intervention": "intervene",
}

# Cues of stance. Matched on folded words (and stems, via `stance`).
DENIAL = (
    "deny", "denied", "denies", "denial", "denying", "reject", "rejected", "rejects",
    "refute", "refuted", "refutes", "rebut", "rebutted",
    "debunk", "debunked", "debunks", "groundless", "groundlessly", "baseless", "unfounded",
    "false", "falsely", "fake", "fakes", "faked", "hoax", "hoaxes", "untrue", "fabricated",
    "fabrication", "fabricate", "bogus", "myth", "nonsense", "disinformation",
    "misinformation", "smear", "slander", "disproved", "disprove",
    "discredited", "doctored", "photoshopped", "retracted",
    "retract", "erroneous", "incorrect", "misleading", "spurious", "rubbish",
    "rebuff", "rebuffs", "rebuffed", "rebuts", "contrary", "contradicts", "contradicted",
    "spoof", "prank", "exaggerated", "overblown", "overstated", "concocted", "fictitious",
    "falsehood", "falsehoods", "forgery", "forgeries",
    # "dismissed opposition reports that he had quit"; "dismissed two
    # managers" is an act (stance reads what is dismissed)
    "dismiss", "dismissed", "dismisses", "dismissing",
    "doubt", "doubts", "doubted", "doubtful", "skeptical", "sceptical", "unlikely",
)
# The article's own verdict (not a party's reported denial): an article
# using these about a claim disputes it as a whole. Not the plural "hoaxes":
# it names hoaxes in general ("don't be fooled by hoaxes", "keeping these
# hoaxes in mind"), while a verdict on the story calls it "a hoax".
VERDICT = (
    "false", "falsely", "fake", "fakes", "faked", "hoax", "untrue", "fabricated",
    "fabrication", "bogus", "myth", "debunk", "debunked", "debunks", "satire",
    "doctored", "photoshopped", "disproved", "spoof", "prank", "not true", "no evidence",
    "no truth", "never happened", "cast doubt", "casting doubt", "casts doubt",
    "raised doubts", "raises doubts",
    "made up", "not real",
)
# "without" and "absence" are left out: they state a condition ("warms the
# surface beyond what it would be in the absence of an atmosphere"), and
# were wrong more often than right as contradictions.
NEGATION = (
    "not", "no", "never", "none", "nobody", "nothing", "neither", "nor",
    "cannot", "unable", "failed", "lack", "lacks", "lacked", "lacking", "zero",
)
# Withdrawal: a party backing out of what it was doing or set to do. These
# negate by meaning: "X drops out of the film" says what "X will not star in
# the film" says, and contradicts "X is in talks to star in the film".
WITHDRAWAL = (
    "drop out", "drops out", "dropped out", "dropping out", "pull out", "pulls out",
    "pulled out", "pulling out", "back out", "backs out", "backed out", "backing out",
    "bow out", "bows out", "bowed out", "walk away from", "walks away from",
    "walked away from", "part ways", "parts ways", "parted ways", "parting ways",
    "step down", "steps down", "stepped down", "stepping down", "quit", "quits",
    "quitting", "exit", "exits", "exited", "exiting", "withdraw", "withdraws", "withdrew",
    "withdrawn", "withdrawing", "resign", "resigns", "resigned", "resigning", "call off",
    "calls off", "called off", "cancel", "cancels", "cancelled", "canceled", "scrap",
    "scraps", "scrapped", "turn down", "turns down", "turned down", "turning down",
)
# Phrases (folded) that are strong denials wherever they appear.
DENIAL_PHRASES = (
    "no evidence", "no proof", "no mention", "not true", "no truth", "no basis",
    "not the case", "no sign", "no indication", "did not happen", "never happened",
    "is not real", "was not real", "made up", "not real", "no such", "as a joke", "was a joke",
    "no record of", "no records of", "not seen any record", "no trace of",
    "is a joke", "as invented", "are lies", "were lies", "is a lie", "was a lie", "are a lie",
    "pack of lies",
    # a state's stock word for an accusation it calls faked
    "staged provocation", "staged provocations", "staging a provocation",
    "staged a provocation", "a staged attack", "a staged video",
    "is a provocation", "was a provocation", "as a provocation",
    # a correction restates what was wrong: "An earlier version of this article stated that ..."
    *(f"earlier version of this {what} {verb}" for what in ("article", "story", "report")
      for verb in ("stated", "said", "reported", "incorrectly", "wrongly", "mistakenly")),
    "incorrectly stated", "incorrectly said",
    "incorrectly reported", "wrongly stated", "wrongly said", "wrongly reported",
    "mistakenly said", "mistakenly reported", "mistakenly stated",
    # "a figure the paper later corrected": what was reported has been taken back
    "later corrected", "since corrected", "subsequently corrected", "has since been corrected",
    "later retracted", "since retracted", "issued a correction",
    "dismissed the claim",
    "dismissed claims", "dismissed the report", "dismissed reports", "dismissed the allegation",
    "dismissed allegations", "dismissed the accusation", "dismissed accusations",
    "dismissed as", "dismissed the idea", "dismissed speculation", "dismissed rumor",
    "dismissed rumors", "dismissed rumour", "dismissed rumours",
    # doubt, as "cast doubt" is: the passage questions the claim
    "call into question", "calls into question", "called into question",
    "calling into question", "raises questions about", "raised questions about",
    "raising questions about", "raises the question of", "raised the question of",
    "question whether", "questioned whether", "questions whether", "questioning whether",
    # "absurd" alone is also an intensifier ("absurd January warmth")
    "is absurd", "are absurd", "was absurd", "were absurd", "as absurd", "absurd claim",
    "absurd claims",
)
# Denial words that deny nothing in these idioms ("days of false alarms").
NOT_DENIAL = (
    "false alarm", "false alarms", "false positive", "false positives", "false negative",
    "false negatives", "false start", "false starts", "false teeth",
    # doubt dismissed: "there is little doubt that X" asserts X
    "little doubt", "without doubt", "beyond doubt", "without a doubt",
)
# Negation words that negate nothing in these idioms.
NOT_NEGATION = (
    "not only", "not just", "not merely", "nothing more than", "no more than", "no less than",
    # bounds: "no fewer than eleven soldiers" is at least eleven
    "no fewer than", "not fewer than", "not less than", "not more than",
    "not least", "no doubt", "no matter", "nothing but", "not to mention", "no wonder",
    "not the first", "not for the first", "no secret", "nobody doubts", "no one doubts",
    # "an intensity never before recorded": unprecedented, it negates nothing
    "never before",
    "nobody denies", "no one denies",
    # not ruling something out keeps it possible
    "not rule out", "cannot rule out", "can't rule out", "couldn't rule out",
    "not ruled out", "not be ruled", "not been ruled", "cannot be ruled", "can't be ruled",
)
# Hedges: the passage reports that someone alleges; it takes no side.
HEDGES = (
    "allegedly", "reportedly", "purportedly", "supposedly", "apparently", "rumor", "rumors",
    "rumour", "rumours", "rumored", "rumoured", "unconfirmed", "unverified", "speculation",
    "speculate", "speculated", "claimed", "claims", "alleged", "alleges", "alleging",
    "purported", "accused", "accuses", "accusing",
)
HEDGE_PHRASES = (
    "could not be verified", "could not be confirmed", "cannot be verified",
    "can not be verified", "not be independently", "not independently verified",
    "not been verified", "not been confirmed", "has not confirmed", "have not confirmed",
    "could not confirm", "cannot confirm", "unable to confirm", "unable to verify",
    "could not independently verify", "could not independently confirm", "could not verify",
    "it is not clear", "it's not clear", "it is unclear", "it was unclear", "if true",
    "not yet confirmed", "no comment", "declined to comment", "did not respond",
    "according to reports", "according to a report", "according to an earlier report",
    "reports of", "there were reports", "it was suggested", "suggested that",
    "did not immediately respond", "not immediately", "did not return",
)
REPORTING = (
    "said", "says", "say", "told", "stated", "states", "announced", "confirmed", "confirms",
    "added", "noted", "insisted", "warned", "reported", "according", "declared", "claimed",
    "accused", "asserted", "argued", "wrote", "tweeted", "explained",
)
# Reporting words by which a writer relays what others report ("according
# to", "it was reported"), rather than a source stating it ("said",
# "confirmed"): the passage passes the claim on without taking a side.
RELAYING = ("according", "reported")
# Opposite directions: a passage moving the other way contradicts.
ANTONYMS: list[tuple[str, str]] = [
    ("increase", "decrease"),
    ("warm", "cool"),
    ("warmer", "cooler"),
    ("more", "less"),
    ("more", "fewer"),
    ("gain", "loss"),
    ("expand", "contract"),
    ("accelerate", "slow"),
    ("strengthen", "weaken"),
    ("positive", "negative"),
    ("safe", "dangerous"),
    ("alive", "dead"),
    ("win", "lose"),
    ("true", "false"),
    ("agree", "disagree"),
    ("accept", "reject"),
    ("confirm", "deny"),
    ("thicken", "thin"),
    ("above", "below"),
    ("wet", "dry"),
    ("high", "low"),
    ("success", "failure"),
    ("short", "long"),
    ("small", "big"),
    ("cheap", "expensive"),
    ("cheaper", "costlier"),
    ("cold", "hot"),
    ("cooling", "warming"),
    ("natural", "human"),
    ("slow", "fast"),
    ("rare", "common"),
    ("weak", "strong"),
    ("minor", "major"),
    ("safe", "harmful"),
    ("benefit", "harm"),
    ("thin", "thick"),
    ("earlier", "later"),
    ("negligible", "significant"),
    ("irrelevant", "important"),
    ("underestimate", "overestimate"),
    ("stable", "unstable"),
    ("good", "bad"),
    ("create", "destroy"),
    ("support", "oppose"),
    ("praise", "criticise"),
    ("welcome", "criticise"),
    ("lift", "impose"),
    ("allow", "ban"),
    ("uphold", "overturn"),
    ("convict", "acquit"),
    ("continue", "suspend"),
    ("poor", "excellent"),
    ("poor", "good"),
    ("cold", "warm"),
    ("raise", "cut"),
    ("raise", "decrease"),
    ("hike", "decrease"),
    ("increase", "cut"),
    ("hike", "cut"),
    ("reopen", "close"),
    ("ahead", "behind"),
    ("ahead", "late"),
    ("early", "late"),
    ("northeast", "southwest"),
    ("northwest", "southeast"),
    ("northern", "southern"),
    ("eastern", "western"),
    ("stop", "continue"),
    ("cease", "continue"),
    ("suspend", "resume"),
    ("create", "kill"),
    ("create", "eliminate"),
    ("grant", "reject"),
    ("grant", "refuse"),
    ("halt", "continue"),
    ("freeze", "continue"),
]
# No change: a claim that something stayed the same is contradicted by a
# passage on the same thing that moves (rises, falls, accelerates), and the
# reverse. Phrases (folded); "the same" only where it is about a level.
STASIS = (
    "unchanged", "constant", "steady", "flat", "stagnant", "plateau", "plateaued", "hiatus",
    "no change", "not changed", "no trend", "no increase", "no decrease", "no rise",
    "no warming", "no cooling", "zero warming", "levelled off", "leveled off", "remains the same",
    "remain the same", "remained the same", "stayed the same", "stays the same",
    "same rate", "same level", "same trend", "no further",
    "no effect", "no impact", "no influence",
)
# How much of a whole: a claim that few do X is contradicted by a passage on
# the same X saying nearly all do, and the reverse. Phrases (folded).
SMALL_SHARE = (
    "less than half", "fewer than half", "under half", "a minority", "minority of",
    "hardly any", "tiny fraction", "small fraction", "tiny share", "small share",
    "a handful", "very few", "only a few", "few of",
)
LARGE_SHARE = (
    "most of", "majority", "nearly all", "almost all", "virtually all", "overwhelming",
    "more than half", "bulk of", "nearly every", "almost every", "vast number",
)
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)
# Offices held by one person at a time: "Defence Minister Sergei Shoigu" and
# "Foreign Minister Sergei Lavrov" fill the same kind of role, so on one
# event a passage naming another holder names another person.
TITLES = (
    "minister", "president", "secretary", "spokesman", "spokeswoman", "spokesperson", "leader",
    "chancellor", "premier", "governor", "senator", "ambassador", "envoy", "chief", "director",
    "chairman", "chairwoman", "king", "queen", "prince", "mayor", "judge", "commander",
    "general", "pope", "ceo", "founder", "coach", "captain", "actor", "actress", "singer",
)
# Capitalised words of an office or a body, never of a person's name.
OFFICE_WORDS = (
    "affairs", "ministry", "department", "office", "state", "foreign", "defence", "defense",
    "interior", "justice", "finance", "treasury", "council", "committee", "commission",
    "agency", "government", "parliament", "congress", "senate", "assembly", "party", "court",
    "police", "army", "navy", "forces", "security", "intelligence", "republic", "union",
    "nations", "staff", "board", "bank",
)
# Counts written as words. "one" counts only within a larger number ("one
# hundred and forty"): "one of the officials" counts nothing against "two
# officials".
NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "dozen": 12,
}
# Measures named before their figure ("magnitude 6.8", "category 4"): the
# figure counts the measure.
MEASURES = ("magnitude", "category", "level", "grade", "rate", "age", "toll", "score")
# Units of one measure, by size in its smallest: a figure in one is compared
# with a figure in another ("about 40 kilograms" / "several tonnes").
UNIT_SCALES = {
    "mass": {"gram": 1, "grams": 1, "kilogram": 1e3, "kilograms": 1e3, "kg": 1e3,
             "tonne": 1e6, "tonnes": 1e6, "ton": 1e6, "tons": 1e6},
    "length": {"millimetre": 1, "millimetres": 1, "mm": 1, "centimetre": 10, "centimetres": 10,
               "cm": 10, "metre": 1e3, "metres": 1e3, "meter": 1e3, "meters": 1e3, "m": 1e3,
               "kilometre": 1e6, "kilometres": 1e6, "kilometer": 1e6, "kilometers": 1e6,
               "km": 1e6, "mile": 1.609e6, "miles": 1.609e6, "foot": 304.8, "feet": 304.8,
               "ft": 304.8, "inch": 25.4, "inches": 25.4},
}
# Physical units: one "metres" or "degrees" measures many different things
# in one text (a sea-level rise, a glacier's length), so a figure in them is
# only compared on clearly the same event, never by the words around it.
PHYSICAL_UNITS = (
    "degree", "degrees", "celsius", "fahrenheit", "kelvin", "ppm", "ppb", "gigatonne",
    "gigatonnes", "megatonne", "megatonnes", "gt", "litre", "litres", "liter", "liters",
    "gallon", "gallons", "barrel", "barrels", "acre", "acres", "hectare", "hectares", "square",
    "cubic", "watt", "watts", "mw", "gw", "kwh", "mph", "knot", "knots",
    *(unit for units in UNIT_SCALES.values() for unit in units),
)
# Names for one group of people, which outlets use for each other ("twelve
# fishermen" / "14 crew members"). Names of different groups ("thirty aid
# workers" / "32 fighters") count different people.
PEOPLE_GROUPS = (
    ("fishermen", "crew", "crewmen", "sailors", "seamen", "seafarers", "members"),
    ("soldiers", "troops", "personnel", "servicemen", "officers"),
    ("fighters", "militants", "rebels", "insurgents"),
    ("rescuers", "firefighters", "volunteers", "personnel", "workers"),
    ("workers", "employees", "staff"),
    ("demonstrators", "protesters"),
    ("detainees", "prisoners", "hostages"),
    ("residents", "villagers", "civilians", "citizens", "nationals", "victims"),
    ("migrants", "refugees", "passengers"),
)
# Ranks: "its third attempt" is not its fourth.
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}
# Scales in numbers written as words ("three hundred", "ten thousand").
NUMBER_SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "mn": 1_000_000,
    "billion": 1_000_000_000, "bn": 1_000_000_000, "trillion": 10**12, "tn": 10**12,
}
# "a week", "an hour": one of these units.
TIME_UNITS = ("second", "minute", "hour", "day", "week", "month", "year", "decade", "century")
# States, for the slots a state fills ("shells to Russia", "a deal with
# Iran", "China's bombers"): a leader or a city there is no other state.
COUNTRIES = (
    "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia",
    "australia", "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados",
    "belarus", "belgium", "belize", "benin", "bhutan", "bolivia", "bosnia", "botswana",
    "brazil", "brunei", "bulgaria", "burkina faso", "burundi", "cambodia", "cameroon",
    "canada", "chad", "chile", "china", "colombia", "congo", "costa rica", "croatia", "cuba",
    "cyprus", "czech republic", "czechia", "denmark", "djibouti", "dominican republic",
    "ecuador", "egypt", "el salvador", "eritrea", "estonia", "eswatini", "ethiopia", "fiji",
    "finland", "france", "gabon", "gambia", "georgia", "germany", "ghana", "greece",
    "guatemala", "guinea", "guyana", "haiti", "honduras", "hungary", "iceland", "india",
    "indonesia", "iran", "iraq", "ireland", "israel", "italy", "ivory coast", "jamaica",
    "japan", "jordan", "kazakhstan", "kenya", "kosovo", "kuwait", "kyrgyzstan", "laos",
    "latvia", "lebanon", "liberia", "libya", "lithuania", "luxembourg", "madagascar",
    "malawi", "malaysia", "maldives", "mali", "malta", "mauritania", "mexico", "moldova",
    "monaco", "mongolia", "montenegro", "morocco", "mozambique", "myanmar", "namibia",
    "nepal", "netherlands", "new zealand", "nicaragua", "niger", "nigeria", "north korea",
    "north macedonia", "norway", "oman", "pakistan", "palestine", "panama",
    "papua new guinea", "paraguay", "peru", "philippines", "poland", "portugal", "qatar",
    "romania", "russia", "rwanda", "saudi arabia", "senegal", "serbia", "sierra leone",
    "singapore", "slovakia", "slovenia", "somalia", "south africa", "south korea",
    "south sudan", "spain", "sri lanka", "sudan", "suriname", "sweden", "switzerland",
    "syria", "taiwan", "tajikistan", "tanzania", "thailand", "togo", "tunisia", "turkey",
    "turkmenistan", "uganda", "ukraine", "united arab emirates", "united kingdom", "uk",
    "britain", "united states", "america", "usa", "uruguay", "uzbekistan", "venezuela",
    "vietnam", "yemen", "zambia", "zimbabwe", "scotland", "england", "wales",
    "northern ireland",
)
# Regions larger than a state: any place may lie in one.
REGIONS = (
    "africa", "north africa", "west africa", "east africa", "southern africa", "europe",
    "eastern europe", "western europe", "asia", "central asia", "east asia", "south asia",
    "southeast asia", "middle east", "latin america", "south america", "central america",
    "north america", "caribbean", "balkans", "scandinavia", "gulf", "persian gulf",
    "pacific", "atlantic", "arctic", "antarctic", "antarctica", "oceania", "sahel",
)
# How someone travelled or something was shipped ("by train" / "by plane"),
# each way with its other words ("by rail" is by train).
MEANS = (
    ("plane", "air", "airplane", "aeroplane", "jet", "aircraft", "flight"),
    ("train", "rail", "railway", "railroad"),
    ("car", "road", "motorcade", "truck", "lorry", "bus", "coach"),
    ("ship", "sea", "boat", "ferry"),
    ("helicopter",),
    ("foot",),
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
VAGUE_QUANTITIES = ("several", "some", "few", "many", "dozens", "hundreds", "thousands", "a few")
