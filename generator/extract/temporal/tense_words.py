"""Word lists the tense of a clause is read with (:mod:`tense`): modals, verbs of a plan or a
timetable, booked events, forecasts, limits and deadlines.

Kept apart from the parse walking in :mod:`tense` so the vocabulary can grow without the logic
module growing; every list says with an example which reading it triggers. Nothing here
imports spaCy.
"""

from __future__ import annotations

#: Modal auxiliaries that put a clause in the future. "would" is the future of reported speech
#: ("said it would close in March"); may/might/could/should speak of what has not happened yet,
#: and so does "can" with a date ("passengers can rebook until Oct 31").
FUTURE_MODALS = {"will", "'ll", "shall", "wo", "would", "'d", "may", "might", "could", "should",
                 "must", "can", "ca"}
#: Words whose infinitive complement is planned or expected: "is set to begin", "is due to
#: meet", "is likely to rise", "is to be held"; an order looks ahead too ("ordered banks to
#: stay open through the weekend").
FUTURE_GOVERNORS = {"set", "due", "plan", "expect", "schedule", "go", "intend", "aim", "hope",
                    "prepare", "propose", "want", "seek", "promise", "vow", "pledge", "agree",
                    "likely", "unlikely", "poised", "ready", "bound", "be", "about", "forecast",
                    "predict", "project", "slate", "order", "ask", "tell", "urge", "force",
                    "require", "decide", "vote", "call",
                    # pressing for a deed puts it ahead: "Regulators have pressed banks to keep
                    # extra cash on hand through the end of January" (round 37, in December)
                    "press", "pressure", "encourage", "advise", "instruct", "lobby"}
#: Governors whose simple past tells that the infinitive was carried out: "shortages forced it
#: to shut two lines in October" is a past October, while "has forced ... to reopen on Monday"
#: and "ordered banks to stay open through Sunday" still look ahead.
IMPLICATIVE_GOVERNORS = {"force", "compel"}
#: Adjectives that look ahead: "the upcoming summit on Friday", a stock split "effective June 9"
#: announced before the day it takes effect, a dividend "payable on April 11" declared before
#: the day it is paid (round 35).
FUTURE_WORDS = {"upcoming", "forthcoming", "coming", "scheduled", "planned", "effective",
                "payable"}
#: Verbs of a timetable: in the simple present they tell what is scheduled ("the sale runs
#: through Sunday", "the quarter ends Saturday", "the trial opens Monday", "Tarrow Bank reports
#: on Tuesday", "a truck that goes on sale in the fall", "the series moves to Rockingham for a
#: race on Sunday", "Stemmons, 60, who retires in August, will meet ..." said in December),
#: so their dates lie ahead.
SCHEDULE_VERBS = {"run", "end", "expire", "begin", "start", "open", "resume", "close", "last",
                  "conclude", "finish", "kick", "take", "arrive", "depart", "leave", "meet",
                  "convene", "vote", "reopen", "return", "debut", "report", "release", "publish",
                  "hold", "host", "play", "face", "visit", "go", "move", "head", "retire",
                  # "Schools break up for two weeks from Good Friday", "It then flies to San
                  # Francisco ... for a relay on Wednesday" (round 38)
                  "break", "fly"}
#: Verbs that arrange a date they take as object or with "for": told in the past, the date
#: still lies ahead ("a judge on Monday set Sept. 14 as the start", "Trial set for September").
ARRANGING_VERBS = {"set", "fix"}
#: Verbs whose present passive tells of a plan: "a ruling is expected on Friday", "the vote is
#: scheduled for Monday"; or of a forecast: "more snow is forecast for the weekend" is the
#: coming weekend, not the one just past (event blind round 14).
PLANNED_PASSIVES = {"expect", "schedule", "slate", "plan", "set", "forecast", "predict"}
#: Events booked for a day, and bookings: "a meeting for Monday", "bookings for Thanksgiving"
#: lie ahead whatever the verb's tense; a fixture's start ("Kick-off on Wednesday is at
#: 7.45pm", events round 35) is one.
BOOKED_NOUNS = {"meeting", "hearing", "vote", "session", "summit", "election", "referendum",
                "appointment", "deadline", "match", "game", "launch", "trial", "talks",
                "conference", "ceremony", "rally", "strike", "walkout", "debate", "auction",
                "booking", "reservation", "ticket", "final", "opener", "fixture",
                "tournament", "draft", "parade", "race", "concert", "festival", "funeral",
                "premiere", "kick-off", "kickoff", "tip-off"}
#: What a present "to be" says of a timetable: "the report is due Friday", "the show is open to
#: the public from Friday" (blind round 18). "closed" is left out: "is closed since Friday".
TIMETABLE_ADJECTIVES = {"due", "open"}
#: Nouns of a thing bought or sold ahead for a date: "crude for June delivery", "fares for
#: travel before Easter" (blind round 32) look ahead whatever the verb's tense.
FORWARD_NOUNS = {"delivery", "travel"}
#: Seasons a booking may be "for", like a named day or month: "bookings for the summer".
SEASON_WORDS = {"spring", "summer", "fall", "autumn", "winter"}
#: What a thing is "on" when it is booked: "the seats are on the ballot in November".
AGENDA_WORDS = {"ballot", "agenda", "docket", "calendar", "schedule", "timetable"}
#: What a thing is "up for" when a date awaits it: "the seats are up for election in November".
UP_FOR_WORDS = {"election", "re-election", "reelection", "renewal", "vote", "review"}
#: Verbs whose object is a plan or a forecast: a date inside that object lies ahead even when
#: the verb is in the past ("analysts expected a vote in January").
FORECAST_VERBS = {"expect", "anticipate", "forecast", "predict", "project", "plan", "schedule",
                  "propose", "promise", "pledge", "seek", "want", "await", "threaten"}
#: Measures a verb of proposal tables: "proposed the budget in October" tells when it was
#: tabled, not when the budget is due, as "proposed a vote in January" would.
TABLED_NOUNS = {"budget", "bill", "plan", "legislation", "law", "measure", "amendment", "rule",
                "rules", "regulation", "ordinance", "resolution", "motion", "reform", "policy",
                "package", "proposal"}
#: With "to be", a forecast in any tense: "a vote was more likely in mid-December".
LIKELY_WORDS = {"likely", "unlikely", "probable", "possible"}
#: Participles that give the first day of a booked event: "a special session beginning Monday".
START_PARTICIPLES = {"beginning", "starting", "opening"}
#: Nouns of reported figures: a month or quarter naming their period looks back even in a future
#: clause ("will report January figures on Feb. 20").
DATA_NOUNS = {"figure", "data", "sale", "number", "statistic", "result", "earning", "report",
              "reading", "output", "payroll", "profit", "revenue", "loss", "index", "survey"}
#: Nouns of a measured pace: a month owning one looks back even when a forecast projects it
#: ("At November's pace, the industry would sell 17.8 million vehicles a year").
PACE_NOUNS = {"pace", "rate"}
#: Verbs that keep someone "from" doing a thing ("is barred from running again in November"):
#: the thing kept off has not happened, so its date lies ahead.
PREVENT_VERBS = {"bar", "ban", "prevent", "stop", "block", "keep", "prohibit", "forbid",
                 "disqualify", "exclude", "restrict", "deter", "discourage"}
#: Adverbs of a plan since replaced: "was originally scheduled to open in March".
SUPERSEDED_WORDS = {"first", "originally", "initially", "previously", "once"}
#: Words that point back from a clause in the present: "is retroactive to Jan. 1".
PAST_WORDS = {"retroactive", "retroactively", "backdated"}
#: Verbs that with "back" trace a thing to its origin: "the dispute dates back to the spring".
ORIGIN_VERBS = {"date", "trace", "go"}
#: Prepositions of a limit: in a present clause the limit still lies ahead ("we cannot wait
#: until the spring", "the offer is valid till March 3").
LIMIT_WORDS = {"until", "till", "til"}
#: Verbs that set a limit or move a date: told in the past, the limit or the new date they name
#: still lies ahead ("gave the airline until mid-February", "postponed the vote to March").
DEADLINE_VERBS = {"give", "grant", "extend", "allow", "postpone", "delay", "push", "move",
                  "reschedule", "defer",
                  # "brought its next review forward to April 22" (round 40)
                  "bring"}
#: Prepositions of such a limit or new date.
DEADLINE_WORDS = LIMIT_WORDS | {"to"}
#: Participles used as prepositions that list part of what the clause tells of ("plans 14
#: launches, including a crewed flight in the fourth quarter"): what they list takes the
#: clause's tense.
LISTING_WORDS = {"including", "excluding"}
#: Prepositions naming an opponent, after which "defending champions" or "reigning holders"
#: is a noun phrase, whatever the parser makes of the participle.
OPPONENT_WORDS = {"against", "versus", "vs", "vs."}
#: Prepositions whose gerund tells of what comes after the clause it hangs on: "will move
#: across Mississippi on Thursday before turning north on Friday" lies ahead with its clause.
SEQUEL_WORDS = {"before"}
#: Prepositions whose gerund tells of what came before a present or past clause: "leads the race
#: after winning Sunday's opening stage" (events round 36) is the Sunday gone by.
CAUSE_WORDS = {"after"}
#: Forms the small model lemmatizes wrongly ("hoped" -> "hop"), read by their surface form.
LEMMA_SLIPS = {"hoped": "hope", "hoping": "hope", "hopes": "hope"}
#: Acts a vote performs: "voted to authorize a strike in June" tells when the vote authorized
#: it (round 21), while "voted to strike in June" plans a strike.
VOTED_ACTS = {"authorize", "authorise", "approve", "ratify", "endorse", "adopt", "accept",
              "reject", "confirm", "censure", "expel", "elect", "back"}
#: Deals an agreement makes: "agreed to buy Dunmore in January" tells when the deal was agreed
#: (event round 18), as a vote's acts do.
AGREED_DEALS = {"buy", "acquire", "purchase", "sell", "merge",
                # "agreed to combine in a 2.8 billion euro deal in September" (events round 40)
                "combine"}
#: Verbs whose past tense settles something at a meeting: "agreed / decided / voted to ..."
#: (event round 20, ``sidelong.agreed_at_meeting``).
SETTLING_VERBS = {"agree", "decide", "vote", "resolve", "pledge"}
#: Nouns of a meeting where a thing is settled.
MEETING_NOUNS = {"meeting", "summit", "conference", "session", "talks", "congress"}
#: Infinitives that are themselves the meeting planned: "agreed to meet at a summit".
MEETING_VERBS = {"meet", "hold", "convene", "attend", "gather", "host"}
#: What is sold for a coming date: "has stopped selling tickets for travel after Friday".
SOLD_AHEAD_NOUNS = {"ticket", "seat", "booking", "reservation"}
#: Verbs that sell or book what is sold for a date.
SALE_VERBS = {"sell", "book", "offer", "buy", "reserve", "issue"}
#: Prepositions that tie a date to what is sold for it.
SOLD_AHEAD_PREPS = {"for", "after", "beyond"}
#: Verbs of saying whose complement clause is reported speech: "said at the time that it would ...".
SAYING_VERBS = {"say", "announce", "tell", "report", "confirm", "disclose", "state"}
