"""Floor on the blind sets: fictional wire stories annotated by hand before the fixes.

Round 1 (``blindset/blindset.txt``, 15 stories) scored relaxed F1 0.983 / value F1 0.938 at
first sight; round 2 (``blindset/blindset2.txt``, 10 stories: 1990s wire copy, earnings, market
reports, Wikinews, sports, court and election reports) scored 0.985 / 0.935 (against the gold
as corrected for Wikinews date lines, see the file's header) and 0.995 / 0.985 after the
general fixes. Round 3 (``blindset/blindset3.txt``, 8 stories: 1990s earnings, market, airline,
budget, retail and tech copy, Wikinews stock-market and aviation reports) scored 0.949 / 0.884 at
first sight and 0.991 / 0.982 after the general fixes ("9:30 p.m. on Saturday" as two
expressions, timetable verbs in the present looking ahead, a bare "the quarter", fiscal quarters,
"the turn of the century", "could take weeks", "the next few weeks" as a duration, no "soon" in
"as soon as", no year lent out of a relative clause). The gold was not edited after the run;
what still differs: "daily" in "12 daily flights" (a SET the annotation missed) and "the time"
in "founded in 1984, fares at the time", which the annotation wrote PAST_REF and the tagger,
since round 4, resolves to the date it points back to (1984), as MEANTIME does "that time".
"a decade ago", kept at decade granularity (198) until round 4, is now the year, as the
annotation wrote it. Round 4 (``blindset/blindset4.txt``, 8 stories: British football
fixtures, a blizzard and the seasons, British holiday retail with day-month dates, chip
earnings with fiscal years and an ISO date, Wikinews stock-market and aviation reports, 1990s
Thanksgiving football, a French chateau with centuries) scored relaxed 0.966 / strict 0.935 /
value 0.890 at first sight and 1.000 / 1.000 / 0.962 after the general fixes ("a decade ago" as
the year ten years back, "at the time" tagged with the date it points back to, "the new year",
"the day before" / "the following morning" ending a phrase, a bare clock time after a day in
its sentence, more time zones, "on weekends", "this Christmas", "the weekend" and "the five
weeks ended" with their article, a participle set off by commas keeping its year to itself,
"a second, weaker storm", "into the 50s" and "the last day for" as no timexes). What still
differs there: "the winter" in March (the tagger labels a winter by the year its December
falls in, the annotation by the year of its January), "the summer" after "May 2024" in the
same sentence, "the year before" after FY2025 with "January" in between (FY2024), a clock time
two sentences after its day, and "the weekend off" told in the past on a Friday. Round 5
(``blindset/blindset5.txt``, 8 stories by another author, 171 expressions: Wikinews stock-market,
rocket and chipmaker reports, 1990s car-industry and airline copy, fiscal quarters, British
football, state politics) scored 0.980 / 0.921 at first sight and 0.983 / 0.919 after round 4's
fixes, and 1.000 / 1.000 / 1.000 after the general fixes it prompted (dayless clocks and parts
of the day on the story's day, a year-less date in the present perfect taking the nearest
occurrence, "can" and forecast objects looking ahead, a deadline year lending nothing, bare
quarters without a tense looking back, "a year ago" in a comparison echoing the compared
quarter, "the same period" passing over a closing day, fiscal quarters taking the named fiscal
year, split fiscal years, quarters as P3M, "current" only on a state of affairs, no "now" in
"will now open"). The gold was not edited. Round 6 (``blindset/blindset6.txt``, 8 stories by
another author, 164 expressions: Wikinews stock-market, aerospace and carmaker reports, 1980s
airline and 1990s budget wire copy, British football and rail-strike stories, a leap-day car
wire) scored 0.978 / 0.898 at first sight and 0.978 / 0.910 after rounds 4-5's fixes, and
1.000 / 0.994 after the general fixes it prompted (Hogmanay, "the Easter weekend", "at
weekends", "the October-December quarter", "Tuesday at 10am" as two expressions, "ended the
day", "after a day of bargaining", "retroactive to", "dates back to", "until" in the present,
"hoped to", a past clock taking no coming day, "earlier this week" keeping the story's day,
"the previous year" passing over a coming year, "took over two years ago", a night in the past
perfect). What still differs: "the winter" in April (December's year, as in round 4). The gold
was not edited. Round 7 (``blindset/blindset7.txt``, 8 stories by another author, 134
expressions: Wikinews stock-market, aerospace and carmaker reports, 1990s car-industry,
Thanksgiving travel and bowl-game wire copy, a software company's fiscal year ending May 31, a
British energy-bills story) scored 0.989 / 0.921 at first sight (after rounds 4-6's fixes) and
1.000 / 0.978 after the general fixes it prompted ("nine-second", "four days a week" as a SET,
"ending months of", a promise's "by spring" and "is released Saturday" looking ahead, a daytime
part after a night in its sentence on the next day, the story's fiscal calendar for "the current
quarter", a closing day's fiscal year and "a year earlier"). The gold was not edited; what still
differs: a timetable clock after a coming day named in the sentence before, "midnight" of a
holiday's game ("last July" said in August, the author's previous year, agrees since round 16).
Round 8 (``blindset/blindset8.txt``, 8 stories by another author, 160 expressions: Wikinews
stock-market, aviation and tech-earnings reports, 1997 AP car sales, a 2019 Reuters jet
grounding, 2005 AP Christmas basketball, a 1998 AP state budget, a 2023 Reuters chipmaker whose
fiscal year ends in January) scored relaxed 0.994 / strict 0.969 / value 0.899 at first sight
and 1.000 / 1.000 / 1.000 after the general fixes it prompted (a company's bare quarters in its
fiscal calendar once the story says where its year ends, "the same period a year earlier" as
one expression, "the quarter" after a fiscal quarter, "the month" and "the same month last
year" as the month a monthly report is about, "this time last year" as the month a year back,
a Monday holiday's weekend before it, "Christmas night", a past clock on the story's day over a
day told in passing, "the previous night" moving with its day, "minutes after", "recent years"
as PXY, a model year lending no year, "barred from running" looking ahead). Its gold was not
edited; rounds 2 ("recent years") and 4 (a January fiscal year's "the second quarter") were
corrected to the conventions it settled (see their headers).
Round 9 (``blindset/blindset9.txt``, 8 stories by another author: Wikinews tech earnings with a
September fiscal year, aviation and stock-market reports, 1996 AP car recall, a 2019 Reuters
software company whose fiscal year ends June 30, a 2005 AP marathon, a 1999 AP budget veto, a
2021 Reuters carmaker) scored relaxed 0.977 / strict 0.926 / value 0.900 at first sight and
0.977 / 0.945 / 0.919 after round 8's fixes against its sealed gold (153 expressions), and
1.000 / 1.000 / 1.000 after the general fixes it prompted ("the same period a year earlier" a
sentence after its fiscal quarter, "than a year earlier" in a monthly-figure story as the month
reported on, "the previous quarter" and "the December quarter" in the fiscal calendar, "each
April", a race time as one duration, "weeks, if not months", "an hour earlier next year", "as
recently as", "took over five years ago", "goes on sale in the fall" looking ahead, a weekday
still to come on its own day being that day). Its gold gained two expressions the author left
out against documented conventions ("now", "annual"; see its header).
Round 10 (``blindset/blindset10.txt``, 8 stories by another author, 154 expressions: Wikinews
stock-market, aerospace and tablet-launch reports, 1996 AP airline earnings, a 2018 Reuters
carmaker whose business year ends March 31, 2007 AP phone launch at Thanksgiving, 1995 AP tennis,
a 2023 AP farm-tax bill) scored relaxed 0.990 / strict 0.984 / value 0.951 at first sight against
its sealed gold (0.964 against this file, whose "the January-March quarter" follows round 6's
convention, see its header) and 1.000 / 1.000 / 1.000 after the general fixes it prompted (the
Lunar New Year from a table, a fiscal year end read from "the business year ending March 31,
2019", "the current financial year" and "the year just ended" counted in it, the echo of a quarter
that turns fiscal, "from a year earlier" echoing the quarter of the sentence before, "bookings for
Thanksgiving" ahead, "was first scheduled to launch in March" back, "had waited months", "another
five years").
Round 11 (``blindset/blindset11.txt``, 8 stories by another author, 160 expressions: Wikinews
stock-market and computer-maker reports, 1997 AP airline earnings, a 2004 Reuters carmaker, 1993
AP basketball, a 2015 AP budget veto, a 1991 AP airline shutdown, a 2022 Reuters electric-truck
maker) scored relaxed 0.991 / strict 0.978 / value 0.935 at first sight (after rounds 8-10's
fixes) and 1.000 / 0.994 / 0.988 after the general fixes it prompted ("the October-December
period", "in January, weeks after", a bare season naming a kind as in "summer travel", figures
"for April" looking back in a future clause, bookings for coordinated months looking ahead, "the
quarter" after an echoing "a year earlier", a fiscal year end from "the three months to December
29" and "its fiscal first quarter", "since 1991, when" lending its year). Its gold was not edited;
what still differs: two clocks told without their day ("closed at 4:30 p.m." after a sentence of
background days, the story's Tuesday; "ended at 5:48 p.m." of Sunday's game after "this week").
Round 12 (``blindset/blindset12.txt``, 8 stories by another author: Wikinews oil-crash markets,
crewed-spaceflight and electric-car results reports, 1998 AP car sales, a 2017 Reuters software
company whose fiscal year ends June 30, 2002 AP golf, a 1995 AP school-funding special session,
a 2012 Reuters airline loss) scored relaxed 0.982 / strict 0.975 / value 0.910 at first sight
(after rounds 8-11's fixes) against its sealed gold (137 expressions) and 0.996 / 0.996 / 0.989
after the general fixes it prompted against this file, which adds two expressions the author
left out against documented conventions ("a day" after, "annual" profit; see its header): a
forecast "was more likely in mid-December", a threat of strikes "over the summer" and a session
"beginning Monday" looking ahead, "by a quarter" as a share, "for the coming weeks" as the vague
future, "11 minutes later" as the length, the fiscal year end from "the 12 months to June 30"
and "the fiscal fourth quarter", with "a year earlier" as the fiscal year before, "the same
period a year earlier" as the quarter reported past a month inside it, "1998 models".
What still differs: "a day earlier" after a main clause on the story's day, "its best September".
Round 13 (``blindset/blindset13.txt``, 8 stories by another author, 143 expressions: Wikinews
stock-market, aerospace and computer-maker reports, 1998 AP airline earnings, a 2012 Reuters
carmaker, a 2006 AP software company whose fiscal year ends June 30, 1994 AP golf, a 2024 AP
state budget deadline) scored relaxed 0.990 / strict 0.969 / value 0.878 at first sight (after
rounds 8-12's fixes) against its sealed gold, and 0.993 / 0.979 / 0.993 after the general fixes
it prompted (1.000 / 0.986 / 1.000 against this file, which adds two expressions the author left
out against documented conventions: "hourly" wages, "the quarter" ended June 30; see its
header): a fiscal year read from the day it began ("fiscal 2007, which began July 1"), "the
same period last year" echoing a fiscal quarter, a past-tense "the fiscal year" as the year just
reported, a bare "next meets" after "and", "bookings for the summer", "ahead of last year's
pace" lending no year, "until midnight Friday" in the present, seats "on the ballot in
November", a deal predicted "sometime in June", "beginning June 1", a plan "had been due" on a
weekday as the nearest one, "hours later" as a length, "began the day one shot behind", "since
the Fourth of July" in a present perfect, "Today" in a golfer's quote in Monday's story of
Sunday's round as the Sunday. What still differs: two extents ("10:42 p.m. local time", which
earlier rounds tag without "local time"; "next week" in "the end of next week", which this
author tags alone but "the end of 2014" whole).
Round 14 (``blindset/blindset14.txt``, 8 stories by another author, 142 expressions: Wikinews
stock-market and electronics-results reports, 1996 AP aircraft earnings, a 2023 Reuters carmaker
during a strike, 1999 AP hockey, a 2005 AP minimum-wage law, a 1992 Reuters launch, 2016 AP car
sales) scored relaxed 0.989 / strict 0.989 / value 0.947 at first sight (after rounds 8-13's
fixes) and 1.000 / 1.000 / 1.000 after the general fixes it prompted ("At November's pace ...
would sell" looking back, a draft or parade told with "is" ahead, a clause joined with its own
subject borrowing no "last week", "ended the day 0.6% higher", "The quarter had 13 weeks", "the
year-earlier quarter" after a fiscal quarter, "full-year" outlook figures as the current year,
a small-hours clock after an evening one on the next day, a premarket clock on the publication
day). Its gold was not edited.
Round 15 (``blindset/blindset15.txt``, 8 stories by another author, 159 expressions: Wikinews
stock-market, aerospace and internet-results reports, 1993 AP airline earnings, a 2009 Reuters
carmaker, a 1999 AP software company whose fiscal year ends June 30, 2004 AP stock-car racing, a
2017 AP gas-tax vote) scored relaxed 0.994 / strict 0.981 / value 0.956 at first sight (after
rounds 8-14's fixes) and 1.000 / 0.994 / 1.000 after the general fixes it prompted ("For the
week" in a market report, a clock range's start on the day given after its end, "the first six
months of the fiscal year" as one duration, "the same period last year" echoing the quarter
over a year told in passing, dates moved "to"/"from" in a reported past perfect as the nearest,
a timetable "moves to ... for a race on Sunday", a quarter listed with "including" under a
plan taking the plan's year). Its gold was not edited; what still differs is one extent
("minutes" of "minutes earlier" tagged alone, where round 13 tags "hours later" whole).
Round 16 (``blindset/blindset16.txt``, 8 stories by another author, 159 expressions: Wikinews
stock-market, software-earnings and aerospace reports, 1997 AP parts-plant strike, a 2016 Reuters
air show, a 2001 AP Kentucky Derby, a 1991 AP state budget before the new fiscal year, a 2022
Reuters layoffs story) scored relaxed 0.987 / strict 0.969 / value 0.950 at first sight (after
rounds 8-15's fixes) and 1.000 / 1.000 / 1.000 after the general fixes it prompted (a race time
in tenths of a second, "the first nine months of 2022" as one duration, "6 a.m. Pacific time",
"last March" said in April as the year before, which also settles round 7's "last July", the
end of a plan made in the past perfect as the nearest ("had scheduled ... until Memorial Day"),
a quote's "this day" and "tonight" on the day they were spoken, "the new fiscal year" as the one
beginning nearest the story). Its gold was not edited.
Round 17 (``blindset/blindset17.txt``, 8 stories by another author, 160 expressions: Wikinews
stock-market, internet-results and satellite reports, 1998 AP aircraft maker, a 2024 Reuters
carmaker, a 1996 AP basketball final, a 2006 AP bond vote, a 1997 Reuters network maker with a
fiscal year ending in September) scored relaxed 0.997 / strict 0.997 / value 0.966 at first
sight (after rounds 8-16's fixes) and 1.000 / 1.000 / 1.000 after the general fixes it prompted
(a rate after a partitive count, "three of the jets a month"; a simple past "forced ... to" as
a deed done; "the same quarter a year earlier" lending no anchor to "For the full year"; a
clock with its day right after it, "at midday on Friday", keeping that day; a date in a
"since" phrase setting no scene, so a game's clock times stay on the game's night). Its gold
was not edited.
Round 18 (``blindset/blindset18.txt``, 8 stories by another author, 154 expressions: Wikinews
stock-market, carmaker and music-player reports, a 1997 Reuters air show, a 2007 Reuters software
company whose fiscal year ends June 30, 1998 AP baseball snowout, a 2023 AP state budget, 1993 AP
car sales) scored relaxed 0.997 / strict 0.984 / value 0.971 at first sight (after rounds 8-17's
fixes) and 1.000 / 1.000 / 1.000 after the general fixes it prompted against this file, which
adds one expression the author left out against documented conventions ("ten-year" of a Treasury
note, as rounds 1-3 and 6 tag bond maturities; see its header): "from a year ago" of a market
level as the year, not the quarter named the sentence before; "is open to the public from Friday
to Sunday" as a timetable looking ahead; "in the next year" in a looking-ahead clause as the
stretch to come (P1Y); "recent weeks" outside "in"; "for two days earlier this month" with
"earlier" in the date.
Round 19 (``blindset/blindset19.txt``, 8 stories by another author, 157 expressions: Wikinews
stock-market, aviation and carmaker reports, 1995 AP car sales, a 2009 Reuters software company
whose fiscal year ends June 30, a 2003 AP football game, a 2021 AP state budget, 1998 AP
Christmas air travel) scored relaxed 0.997 / strict 0.991 / value 0.965 at first sight (after
rounds 8-18's fixes) and 1.000 / 1.000 / 1.000 after the general fixes it prompted (a bare "the
quarter, which ended June 30" right after a fiscal fourth quarter giving the fiscal year end, so
"a year earlier" and a bare "first-quarter" forecast count in it; a fixture whose verb the model
reads as a noun with an object, "The Rams host Memphis on Sunday", looking ahead; "Kickoff,
scheduled for 4:15 p.m., was delayed" gone by, on the game day; "yards" making "the fourth
quarter" a game's). Its gold was not edited.
Round 20 (``blindset/blindset20.txt``, 8 stories by another author, 141 expressions: Wikinews
stock-market, computer-maker and rocket reports, 1999 AP airline earnings, a 2019 Reuters
carmaker, 1997 AP World Series, a 2010 AP House vote before the Easter recess, 1996 Reuters
holiday retail) scored relaxed 0.989 / strict 0.982 / value 0.954 at first sight (after rounds
8-19's fixes) against its gold as written (141 expressions). Two gold edits where it broke a
documented convention (see its header): "annual" of a yearly conference as a SET, and "the
fiscal year, which ends Feb. 1" tagged, as round 16's "the current fiscal year, which ends
Sunday"; one extent ("since" outside "March"). After the general fixes it prompted: 1.000 /
1.000 / 1.000 (a market "ended the week little changed"; a bare verb under the first one's
"would" sharing it; a change "effective June 9" ahead; "the three months ended June 30" and
"the first six months of the year" as the quarter and half a comparison after them echoes;
"from 19.5 million a year ago" in a fiscal story echoing the fiscal quarter reported).
Round 21 (``blindset/blindset21.txt``, 8 stories by another author, 150 expressions: Wikinews
stock-market and internet-company reports, 1995 AP aircraft maker, a 2022 Reuters carmaker, 2007
AP soccer final, a 2025 AP stopgap spending bill, a 1997 AP pilots' strike deadline, a 2006
Reuters software company whose fiscal year ends June 30) scored relaxed 0.993 / strict 0.993 /
value 0.973 at first sight (after rounds 8-20's fixes) and 1.000 / 1.000 / 1.000 after the
general fixes it prompted (a "when" clause on a date telling its tense, "reopen on Monday, when
markets will be shut"; an act a past vote performs, "voted to authorize a strike in June", done
not planned; tickets sold "for travel after Friday" looking ahead; "three tough years" as one
duration; "days before a midnight Friday deadline" after a noun). Its gold was not edited.
Round 22 (``blindset/blindset22.txt``, 8 stories by another author: Wikinews stock-market,
electronics and rocket reports, 1996 AP aircraft maker, a 2008 Reuters carmaker, 2001 AP hockey
final, a 1993 AP state budget, a 2005 Reuters airline) scored relaxed 0.987 / strict 0.980 /
value F1 0.941 at first sight against its gold as written (152 expressions), 0.994 / 0.994 /
0.948 against it as corrected (three edits where it broke a documented convention: "monthly"
and "quarterly" on an amount as DURATION, "more than" inside the extent; see its header). After
the general fixes it prompted: 0.997 / 0.997 / 0.984 (a comparison passing over a forecast
period not yet begun, "the quarter" over a half, "the new fiscal year on Thursday" dated by the
coming day it starts, "hours" after a comma before "before", a past clock passing over a
possessive day, a coming clock after "tonight"). What still differs: "this night" in a quote,
and months hung on a past participle under a future verb.
Round 23 (``blindset/blindset23.txt``, 8 stories by another author, 160 expressions: Wikinews
stock-market and fiscal-year software reports, 1994 AP aviation order, 2016 and 2023 Reuters
carmaker and air-taxi stories, 2009 AP boxing, a 2002 AP redistricting vote, a 1995 AP software
launch) scored relaxed 1.000 / strict 0.981 / value 0.981 at first sight as written, 1.000 /
0.988 / 0.988 against it as corrected (round 10's "a month later": "two years later" a DATE), and
1.000 / 1.000 / 1.000 after the general fixes it prompted (a part of the day passing over a day
that dates a subordinate clause, "the same quarter a year earlier" in the fiscal calendar, "the
end of the summer" whole, "the Fourth of July holiday" without the article).
Round 24 (``blindset/blindset24.txt``, 8 stories by another author, 160 expressions: Wikinews
stocks and tech results, 1996 AP airline grounding, 2005 Reuters carmaker sales, 2000 AP hockey
final, a 2019 AP state legislature, a 2008 Wikinews rocket launch, a 1992 Reuters phone maker
whose fiscal year ends March 31) scored relaxed 0.994 / strict 0.994 / value F1 0.969 at first
sight, and 1.000 / 1.000 / 1.000 after the general fixes it prompted (a start participle under
a present verb looking ahead, "the same period last year" after a fiscal quarter, the year of a
compared figure lending nothing, "hourly workers" and "closes for the year" untagged, "most
rockets flying today" as PRESENT_REF); the gold was not edited (see its header).
Round 25 (``blindset/blindset25.txt``, 8 stories by another author, 160 expressions: Wikinews
stocks and phone-maker results, 1997 AP aviation order before the Fourth of July, a 2011 Reuters
carmaker after an earthquake, 1995 AP Kentucky Derby, a 2014 AP primary, a 2023 Wikinews
supersonic jet, a 1993 Reuters PC maker whose fiscal year ends June 30) scored relaxed 0.994 /
strict 0.987 / value F1 0.962 at first sight (after rounds 1-24's fixes), and 1.000 / 1.000 /
1.000 after the general fixes it prompted (a part of the day passing over a day that dates a
relative clause on the subject, "the holiday weekend" as the last holiday's, a past time clause
under "would" looking ahead, the fiscal year end read from the quarter reported before "the
year just ended", "lost a month of production", a coming event's clock on the day the story
named the event with, "a little over two hours" whole); the gold was not edited (see its header).
Round 26 (``blindset/blindset26.txt``, 8 stories by another author, 160 expressions: Wikinews
stocks, tech results (fiscal year ending in late September) and Thanksgiving travel, 1996 AP
brake-plant strike, 2004 Reuters air show, 2010 AP basketball Game 7, a 2018 AP shutdown
deadline, 1991 AP plant closings) scored relaxed 0.994 / strict 0.994 / value F1 0.969 at first
sight (after rounds 1-25's fixes) against its gold as written, 0.997 / 0.997 / 0.972 against it
as corrected (one edit: a specific "the fiscal year" a clause says "began on Oct. 1" tagged, as
rounds 16, 18 and 22's "the new fiscal year"; see its header), and 1.000 / 1.000 / 1.000 after
the general fixes it prompted (a score or "Game 7" making a quarter a period of play, "the same
period a year earlier" passing over the month closing "the current quarter", a level "now"
against "a year ago" the year in a fiscal story, "who retires in August" ahead, a simple past
tagged as a root participle, "$30 million in profit a day" a rate).
Round 27 (``blindset/blindset27.txt``, 8 stories by another author, 146 expressions: Wikinews
stocks, a rocket delay and a music-phone launch (fiscal year ending in late September), 1998 AP
car sales, 2009 Reuters chipmaker (fiscal year ending Oct. 31), 1996 AP pro football, 2017 AP
road tax, 2023 Reuters airline half-year) scored relaxed 0.990 / strict 0.983 / value F1 0.942
at first sight (after rounds 1-26's fixes) against its gold as written, 0.997 / 0.997 / 0.949
against it as corrected (three edits to documented conventions: "full-year" in an outlook and
"every year" tagged, "since" left outside "Thursday"; see its header), and 1.000 / 1.000 / 1.000
after the general fixes it prompted (a new date "pushed back to" lies ahead, "the quarter, which
ended" passing over "the current quarter" for the fiscal year end, a past year lending nothing
to a coming date, a past clock passing over a coming holiday to the story's day, "now goes to"
as "next").
Round 28 (``blindset/blindset28.txt``, 8 stories by another author, 147 expressions: Wikinews
stocks, 1994 AP airline quarterly loss, 2019 Reuters carmaker results, 2008 Wikinews software
results (fiscal year ending June 30), 1991 AP baseball Game 7, 2013 AP state budget, 2022
Wikinews cargo spacecraft, 2006 Reuters airline pilots' contract) scored relaxed 1.000 / strict
0.993 / value F1 0.952 at first sight (after rounds 1-27's fixes) and 1.000 / 1.000 / 1.000
after the general fixes it prompted (a quarter or year only predicted in an earlier sentence is
not what "the quarter", "the same period a year earlier", "a year earlier" or a past "the full
year" echoes, "a month before the June 30 deadline" ahead, "had been due to end ... on Friday"
the nearest Friday, a year counted back ("two years ago") lending no year to the step joined
after it, "two or three times a year" one SET). Its gold was not edited.
Round 29 (``blindset/blindset29.txt``, 8 stories by another author, 138 expressions: Wikinews
bank stocks, 1997 AP cargo-door order, 2019 Reuters carmaker, 2014 Wikinews software results
(fiscal year ending June 30), 2004 AP baseball playoff, 2007 AP primary moved earlier, 2025
Wikinews cargo capsule, 1996 Reuters holiday retail (fiscal quarter ending Feb 1)) scored relaxed
0.993 / strict 0.986 / value F1 0.935 at first sight (after rounds 1-28's fixes) against its
gold as written, 1.000 / 0.993 / 0.950 against this file (three edits to documented conventions:
"ten-year" Treasury yield tagged, a retail year ending Feb. 1, 1997 named fiscal 1996 as rounds 3
and 20; see its header), and 1.000 / 1.000 / 0.993 after the general fixes it prompted ("at the
time" taking a year named last, "said at the time that ...", "the quarter, the first of fiscal
2015", the old day of a moved plan next to its new one, a day under "after falling" dating no
part of the day, a retailer's fiscal year end from "fourth-quarter earnings, for the three months
ending Feb 1", "the final two weeks"). What still differs: "Game 1, which begins at 7:19 p.m.
CDT" after "will be examined again Thursday" in the sentence before (the tagger puts the clock
on Thursday; the opener is "tonight", named three sentences earlier).
Round 30 (``blindset/blindset30.txt``, 8 stories by another author, 154 expressions: Wikinews
stocks, 1993 AP airline job cuts, 2024 Reuters carmaker, 2008 Wikinews computer maker (fiscal
year ending late September), 2006 AP pro basketball, 1999 AP gas tax, 2013 Wikinews cargo
rocket, 2022 Reuters airline Christmas travel) scored relaxed 0.994 / strict 0.981 / value F1
0.955 at first sight (after rounds 1-29's fixes) against its gold as written, 0.997 / 0.997 /
0.958 against this file (two edits to documented conventions: a "six-week" strike tagged, "its"
left outside "fiscal ... quarter"; see its header), and 1.000 / 1.000 / 1.000 after the general
fixes it prompted ("another year" as P1Y, "July 1, the start of the new fiscal year" as the year
beginning that day, a participle sharing a passive's "is", a session "futures pointed to" ahead,
"the year" passing over a plan given up, fiscal "the quarter" and "the same quarter a year
earlier" passing over a quarter only forecast in a sentence before). Nothing of it still differs.
Round 31 (``blindset/blindset31.txt``, 8 stories by another author, 151 expressions: Wikinews
stocks after rate rises, 1995 AP annual car sales, 2024 Wikinews engine fire, 2012 Reuters
chipmaker results, 1999 AP tennis final, 2009 AP Senate health-bill vote, 2016 Wikinews computer
maker (fiscal year ending late September), 2005 Reuters air show) scored relaxed 0.993 / strict
0.980 / value F1 0.961 at first sight (after rounds 1-30's fixes) against its gold as written,
0.997 / 0.997 / 0.964 against this file (three edits to documented conventions: "the sixth
monthly gain" tagged DURATION P1M as round 22's "monthly decline", "by" and "over" left outside
"spring" and "the weekend"; see its header), and 1.000 / 1.000 / 1.000 after the general fixes it
prompted (a date a "since" phrase measures from lies behind under a present verb, "that evening"
and "two days later" moving with a clock settled on its scene's day, the day of a saying anchoring
no "the previous year", a yardstick "the previous quarter" echoed by no "the same period a year
earlier", "the previous year's fourth quarter" tagging the year only, the fiscal year before a
fiscal quarter). Nothing of it still differs.
Round 32 (``blindset/blindset32.txt``, 8 stories by another author, 154 expressions: 2004 Wikinews
stocks on a jobs report, 1992 AP aviation inspection order, 2023 Reuters carmaker results, 2016
Wikinews software maker (fiscal year ending June 30), 1996 AP Thanksgiving-night college football,
2002 AP state budget before the July 1 fiscal year, 2020 Wikinews rocket scrub, 1995 Reuters
computer maker (fiscal year ending Sept. 30)) scored relaxed 0.997 / strict 0.990 / value F1 0.932
at first sight (after rounds 1-31's fixes) against its gold as written, and 1.000 / 1.000 / 1.000
after the general fixes it prompted (a part of a movable holiday, "Thanksgiving night", setting
the scene for a later clock and a quoted "Tonight", a game's quarter when the game is the
subject, "for June delivery" and "fares for travel before Easter" ahead, no counted-back year lent
to a quarter joined after it, "the new fiscal year on July 1", a trailing ", following Friday's
report" behind a past clause, "from this time last year" as a yardstick "the year" passes over,
"from $44 million, or 37 cents, a year ago" echoing the fiscal quarter). Its gold was not edited.
Round 33 (``blindset/blindset33.txt``, 8 stories by another author, 141 expressions: 2016 Wikinews
stocks on banks and oil, 1994 AP monthly car sales, 2021 Reuters planemaker order, 2019 Wikinews
electronics maker (fiscal year ending late September), 2003 AP baseball playoff, 2022 AP state
gas-tax holiday vote, 2009 Wikinews carmaker chief's resignation, 1997 AP Christmas air travel in a
snowstorm) scored relaxed 0.982 / strict 0.982 / value F1 0.947 at first sight (after rounds 1-32's
fixes) against its gold as written, 0.986 / 0.986 / 0.950 against this file (one edit to documented
conventions: "a day" in "for part of a day" tagged DURATION P1D; see its header), and 1.000 / 1.000
/ 1.000 after the general fixes it prompted (a date right after a past relative clause, "2019
levels", a team name run over a score, "year-end discounts" a kind, "a rough start to the year",
small-hours and daytime clocks after a night or "overnight" on the next day, seats "up for
election", a percentage "from ... a year ago" echoing the month reported, "booked to fly through
Friday" ahead). Nothing of it still differs.
Round 34 (``blindset/blindset34.txt``, 8 stories by another author, 151 expressions: 2012 Wikinews
stocks on euro-zone fears, 1995 AP monthly car sales after Memorial Day, 2015 Wikinews airline
grounding, 2021 Reuters software results (calendar fiscal year), 2004 AP rain-shortened
Indianapolis 500, 1998 AP state property-tax vote, 2024 Wikinews maiden-flight delay, 2010 Reuters
airline snow cancellations before Christmas (fiscal year ending March 31)) scored relaxed 0.993 /
strict 0.987 / value F1 0.987 at first sight (after rounds 1-33's fixes) against its gold as
written, and 1.000 / 0.993 / 1.000 after the general fixes it prompted ("the same period a year
earlier" passing over a compared "a year earlier" counted from a quarter's closing day, "days
before Christmas", "the summer holidays" as the season). Its gold was not edited; what still
differs is one extent ("in the late afternoon" with the article left out, which earlier rounds
tag inside, "the afternoon").
Round 35 (``blindset/blindset35.txt``, 8 stories by another author, 209 expressions: 1997 AP county
fair moved by a storm, 2003 Reuters brewer's half-year results (fiscal year ending June 30), 2009
Wikinews school calendar, 2013 AFP ceasefire timetable, 2016 AP baseball trade deadline, 2019
Reuters port congestion before the Lunar New Year, 2022 local road works in phases, 2024 Wikinews
comet with clocks in four zones) scored relaxed 0.986 / strict 0.971 / value F1 0.923 at first
sight (after rounds 1-34's fixes) against its gold as written, 0.986 / 0.976 / 0.923 against this
file (one edit to a settled convention: "in the coming weeks" tags "the coming weeks"; see its
header), and 1.000 / 0.990 / 1.000 after the general fixes it prompted ("most recently in March",
"the second next spring", "during the summer to work", "with a day to spare", "every fifth day", a
participle aside keeping its year and tense, "payable on April 11", the old weekday of a plan an
aside tells, a plan put off borrowing no year, fiscal half-years with "the half" and "the full
year", a clock restated in a zone ahead, a clock of a happening dated sentences before). What still
differs is two extents: "up to [[five days]]", where the tagger keeps "up to" inside with
EQUAL_OR_LESS as rounds 4 and 26 tag it (rounds 2 and 19 leave it out, as this author does).
Round 36 (``blindset/blindset36.txt``, 8 stories by another author, 210 expressions as edited:
1994 AP snowstorm closing schools and the make-up days, 2000 Reuters telecom first-quarter results
(fiscal year ending March 31), 2006 Wikinews shuttle countdown, 2011 AFP election count and
runoff, 2014 AP football draft and camp schedule, 2018 local library closing for renovation, 2021
Reuters vaccine rollout by quarter, 2025 Wikinews partial solar eclipse) scored relaxed 0.990 /
strict 0.986 / value F1 0.934 at first sight (after rounds 1-35's fixes) against its gold as
written, 0.993 / 0.993 / 0.941 against this file (one edit to a settled convention: "two days
earlier" is the day, DATE, as rounds 1, 12 and 23 tag "a month later"; one where the set is
silent, following MEANTIME: "for the long term" FUTURE_REF; see its header). After the fixes it
prompted (a half in words in the next smaller unit, "the Sun." no Sunday, a bare count of sessions
no length, the fiscal calendar from "the full year to March 31", a causative "have" keeping its
tense, a clock "on election day" on the election's day): 0.998 / 0.998 / 0.993. What still
differs: a school year's "the end of the year" (untagged by the author) and a small-hours clock
after Thursday's repair (the author's Friday), on Friday since round 37's work (0.998 / 0.998 /
0.998).
Round 37 (``blindset/blindset37.txt``, 8 stories by another author, 227 expressions as edited:
1991 AP hurricane landfall, 1999 Reuters bank year-end freeze over the New Year holiday, 2003
Wikinews marathon with race times in colons, 2009 AFP summit, 2013 AP school levy (fiscal year July
to June), 2016 local bridge closure, 2020 Reuters lockdown extension, 2024 Wikinews leap day) scored
relaxed 0.985 / strict 0.980 / value F1 0.958 at first sight (after rounds 1-36's fixes) against its
gold as written, 0.987 / 0.982 / 0.960 against this file (one edit to a settled convention: "a
monthly salary" tags "monthly" DURATION P1M as round 13's "hourly wages"; and "N days earlier/later"
alone the day, "N days after X" the length, settled; see its header), and 0.996 / 0.996 / 0.996
after the general fixes it prompted (a clock naming the time of a noun with "on" a day after it, a
half day in hours, "the New Year holiday", race times with seconds anywhere, far years after a
signal or in a list, a participle misread as a past under "for", "a long summer", "pressed ... to
keep" ahead). What still differs: two month names the author reads as any year's ("added a day to
February", "March was too late").
Round 39 (``blindset/blindset39.txt``, 8 stories by another author, 226 expressions: 1990 AP
ferry inquiry, 1995 Reuters brewer results (fiscal year ending June 30), 2001 Wikinews lunar
eclipse in four zones, 2005 AFP conclave timetable, 2010 AP ash-cloud airspace closure, 2015 local
bin collections over the bank holidays, 2018 Reuters World Cup knockouts, 2022 Wikinews heatwave)
scored relaxed 0.978 / strict 0.951 / value F1 0.889 at first sight (after rounds 1-37's fixes)
against its gold as written; its conventions agree with rounds 1-37's, the gold was not edited
(see its header). After the general fixes it prompted (England's bank holidays by name,
"fortnightly", "2015/16" a fiscal year, "2100 local time", "every second vote", "a day like this",
"until at least 7 p.m. Tuesday" whole, "the 12 months to June 30" ending a company's year,
"the current year" in it, "soon after" a signal, a present condition under a future clause
ahead, a day in an aside closed before the verb lending a later clock nothing): 0.996 / 0.982 /
0.951. What still differs: clocks a sentence or two after their day (the sinking's, "2100 local
time" after "starts on Saturday"),
an IST clock after midnight on the next day, "a day of prayer", "was due to fly home Thursday
evening", "maybe Wednesday", "closed ... until Wednesday". Round 38 is held out.
Round 38 (``blindset/blindset38.txt``, 8 stories by another author: 1993 AP Mississippi flood
crest, 1997 Reuters airline half-year results (fiscal year ending March 31), 2002 Wikinews World
Cup schedule in several zones, 2008 AFP torch relay route, 2012 AP election night poll closings,
2017 local school term dates, 2019 Reuters Brexit extension, 2023 Wikinews asteroid capsule in ACDT
and UTC), held out last session, scored once on session 12's last dates code relaxed 0.982 /
strict 0.951 / value F1 0.892 against its gold as written (223 expressions); two spans broke a
settled convention and were edited (221 expressions: "the fiscal year that began July 1" tags only
the date; "7:30 p.m. EST Tuesday" one TIME; see its header), against which the held-out code
scores 0.987 / 0.960 / 0.896. After the general fixes of session 13 (zones and a zone the parser
takes for a new sentence, the coming school year's dates, a March-31 company's half, "pushed back
to April 12" after its old date, "figures for the three months to September", "2004 KD15",
"flies to ... on Wednesday", "in '73"): 0.991 / 0.969 / 0.951. What still differs: the World
Cup schedule's Friday match and its clocks (the parser finds no verb in "Co-hosts South Korea
close Group D"), the Brexit "from Thursday", "in December since 1923", "per second".
Round 40 (``blindset/blindset40.txt``, 8 stories by another author, 234 expressions: 1992 AP
hurricane landfall hour by hour, 1996 Reuters department-store Christmas trading (financial
year ending late January, 52 weeks against 53), 2001 Wikinews space-station handover in UTC and
Moscow summer time, 2006 AFP Tour de France stage calendar, 2010 AP week of ash closures, 2014
local council tax instalments, 2020 Reuters emergency rate cut and meeting calendar, 2024
Wikinews total eclipse in five zones) scored relaxed 0.985 / strict 0.960 / value F1 0.921 at
first sight (after rounds 1-37's and 39's fixes) against its gold as written; its conventions
agree with rounds 1-39's, the gold was not edited (see its header). After the general fixes it
prompted (Moscow time, NDT, "the 15th of every month", "4 minutes 28 seconds", "the financial
year starting April 1", "the first payment to be taken on April 15" under "must", "a partly
covered Sun.", "forward to April 22 from May 6", "capping a week of", "on Bastille Day,
Friday", "2:00 pm (1200 GMT) on Saturday"): 0.994 / 0.989 / 0.972. What still differs: "the
morning" of the Tour's prologue, "the Saturday before
Christmas" told in January, "Sunday trading", the ash week's "Saturday morning", "the May
meeting", "45 minutes before the peak", "closed for the day". ``blindset41`` is reserved for a
sealed held-out round.
Round 41 (``blindset/blindset41.txt``, 8 stories by another author, 265 expressions: 1994 AP
earthquake aftershocks, 1999 Reuters oil producer's results (fiscal year ending Sept. 30), 2003
Wikinews Rugby World Cup knockouts in five zones, 2009 AFP climate summit's overnight rounds, 2013
AP conclave ballots in Rome time and EDT, 2016 local bin collections over Christmas and New Year,
2021 Reuters chip shortage by quarter, 2025 Wikinews comet across a summer-time change) is a
held-out round, not fixed: scored once on session 13's last dates code (after rounds 1-40's fixes)
against its gold as written, relaxed 0.987 / strict 0.972 / value F1 0.907, and pinned just under
that (0.98 / 0.90). Its misses (see its header): the comet story's coming weekdays and their clocks
read a week back, "Christmas Day falls on Sunday" as the Sunday gone by, a Sept.-30 company's
fiscal year just ended read as the one begun ("the full year", "the December quarter"), a night
across midnight ("through the night", "1:30 am"), clocks after a day named in the sentence before,
an anaphoric "that week", "the next week" as a length, and extents ("the first week of 2017"
whole; "the afternoon's", "a day of prayer", "New Year", "the fortnight" missed; "is also a
Sunday", "Real Christmas trees", "(2011.TW)" tagged). After the general fixes of session 14 (a
weekday in a sentence told wholly in the present still to come, "Christmas Day falls on
Sunday", a past "full year" and "loss in the December quarter" in the first quarter of a fiscal
year, an evening clock opening a range into the small hours, a night told "after" a day's
happening, "the next week" dating a chance, "the fortnight", "the first week of 2017"): 0.989 /
0.977 / 0.977 (floors 0.98 / 0.97). What still differs: the conclave's clocks a sentence after
their day, "that week", "the afternoon's", "a day of prayer", "New Year", "is also a Sunday",
"Real Christmas trees", "(2011.TW)".
Round 42 (``blindset/blindset42.txt``, 8 stories by another author, 275 expressions: 1991 AP
hurricane landfall in EDT and UTC over Labor Day, 1997 Reuters discount retailer's results (retail
year named by its start), 2002 AFP Winter Olympics TV schedule in Mountain, Paris and GMT time,
2007 AP snow days and a shortened recess, 2011 Reuters aftershock bulletin in JST and GMT, 2015
local roadworks over Easter, 2019 Wikinews election night count across midnight, 2024 Reuters
Ramadan and Eid dates by country) scored relaxed 0.974 / strict 0.949 / value F1 0.872 at first
sight (after rounds 1-40's fixes) against its gold as written, 0.976 / 0.951 / 0.873 against this
file, which leaves "now" untagged in "will now run" as round 5 settled (see its header), and
0.989 / 0.978 / 0.938 after the general fixes it prompted ("Paris time" with the EU summer rule,
"0320 UTC Wednesday" one TIME, "the fortnight", the Olympic TV schedule's present-tense weekdays,
Eid al-Fitr and Eid al-Adha from a table, "April 7 in 1996" and "mid-February in 2026" taking the
year written after them, "the first week after the tsunami" and "five snow days" lengths). What
still differs: the
election night's clocks before midnight on the day before the story ("yesterday's" election),
the aftershock's "9:12 a.m." after a GMT restatement of the day before, "Ramadan" and a bare
"Eid", "a day later" alone, "from Monday to Friday" in the UAE, "about 11 days earlier" a
length, the generic clocks of "between 7pm and 6am each night", "that week",
"the afternoon" of "most of the afternoon", "in 930", "the Saturday market", "the last two days
of its recess", "February" after "in 1996", "late April" of last year's Eid.
``blindset43`` is reserved for a sealed held-out round.
These tests
keep the figures reached after the fixes from slipping back. Scoring follows the TempEval-3
timex scorer: one-to-one greedy matching of overlapping extents in gold order; value F1 = value
accuracy over the matches x relaxed F1.

Round 43 (``blindset/blindset43.txt``, 8 stories by another author, 242 expressions: 1993 AP flood
crests, 1998 Reuters bank with a March fiscal year, 2004 Wikinews Athens Olympics, 2008 AFP weekend
bank rescue, 2012 AP leap day and leap second, 2017 local festival weekends, 2020 Reuters lockdown
phases, 2023 Wikinews annular eclipse) was held out: scored once on session 14's last dates code,
relaxed 0.975 / strict 0.925 / value F1 0.892 (0.896 against this file, whose "the January-March
quarter" follows round 10's convention, see its header), then fixed in session 15 by general
rules (a time clause's present looking ahead, a weekday's possessive compared against, an end
put off, clocks after a small-hours clock moved on, Feb. 29 of a leap year, clocks with seconds
and the leap second, "midnight UTC", "Tokyo time", mixed-unit lengths and sets, "every Friday
evening", speeds, "a minute of it", an event's ordinal weekends, "the May bank holiday
weekend"): 0.994 / 0.969 / 0.969. What still differs is listed in its header.
Round 44 (``blindset/blindset44.txt``, 8 stories by another author, 265 expressions: 1991 AP
hurricane landfall in EDT and UTC, 1996 Reuters retailer's results (fiscal year ended Jan. 27,
1996, "fiscal 1995"), 2000 Wikinews Sydney Olympics TV schedule in AEDT and BST, 2005 AFP papal
conclave in Rome time and GMT, 2010 AP census deadline, 2014 local school term dates, 2019 Reuters
Brexit extension, 2024 Wikinews eclipse preview in five zones) scored relaxed 0.983 / strict
0.949 / value F1 0.873 at first sight (session 14's last dates code, before round 43's fixes)
against its gold as written, 0.987 / 0.960 / 0.880 against this file, where four tags that broke
documented conventions were edited ("[[Easter]] break", "4 p.m. EDT tomorrow" one TIME, "the
first half of fiscal 1996" one DATE, "held in December since 1923" untagged; see its header),
and 0.994 / 0.968 / 0.948 after round 43's fixes and its own ("up to 4 minutes and 28 seconds",
"early in the month", "Census Day", a month as a kind, "on the last day", a retail year named by
its start, local evening clocks after a UTC restatement a day ahead, clocks of a daily habit,
deadlines told in the present; round 42's "between 7pm and 6am each night" with them, value F1
0.938 -> 0.945), then 0.994 / 0.968 / 0.956 (a plan or a move told in the past as the first of
several: "was originally due to leave on March 29", "first moved the date to April 12"), and
0.994 / 0.968 / 0.960 after a clock range's start on the day of its zoned end ("from 1 p.m. to
4 p.m. EDT tomorrow"), and 0.994 / 0.968 / 0.964 after a season asked for ("had asked for a
longer break in the autumn" the nearest autumn).
``blindset45`` is reserved for a sealed held-out round.

Round 45 (``blindset/blindset45.txt``, 8 stories by another author, 261 expressions: 1992 AP ice
storm power restored day by day, 1997 Reuters airline with a June-30 fiscal year, 2002 Wikinews
World Cup in KST/JST against European zones, 2006 AFP Greek general strike by the hour, 2011 AP
clocks falling back, 2015 local Ramadan and Eid events, 2018 Reuters tariff calendar, 2022 Wikinews
Winter Olympics in Beijing time) is held out: scored once on session 15's last dates code,
relaxed 0.958 / strict 0.943 / value F1 0.867, and pinned there, not fixed; then fixed in session
16 by general rules (a clock still to come in a story about a coming day, bare "Ramadan" and
"Eid", a weekday counted in a month, a daily set's clocks under a month, "the last year under
...", a holiday apposed to its day, "the following day" of a past day): 0.971 / 0.956 / 0.926.
The gold was not edited; its header lists what still differs. Round 42 gained with it (0.989 /
0.978 / 0.945 -> 0.993 / 0.982 / 0.953: "Ramadan", "Eid", "a day later").

Round 46 (``blindset/blindset46.txt``, 8 stories by another author, 283 expressions: 1994 AP
eastern-Sierra earthquake across midnight PDT/GMT, 1999 Reuters payroll processor with a Sept.-30
fiscal year and Feb. 29, 2000, 2003 Wikinews Nova Scotia blackout, 2008 AFP Olympic torch relay,
2012 AP primaries around leap day and Super Tuesday, 2016 local Holy Week, Easter, Purim and
Passover events, 2020 Reuters Melbourne lockdown roadmap, 2023 Wikinews Rugby World Cup in France
reported from New Zealand) scored relaxed 0.966 / strict 0.944 / value F1 0.883 at first sight
(session 15's last dates code), and 0.980 / 0.966 / 0.937 after the general fixes it prompted
(Passover, Purim and Super Tuesday, a curfew's hours, a bare weekday after the same weekday with
its date, no scene from "Wednesday is Feb. 29", no "quarter-final" or "years 11", "that day" past
its own clock, "two hours a day" apart). The gold was not edited. ``blindset47`` is reserved for
a sealed held-out round.

Round 47 (``blindset/blindset47.txt``, 8 stories by another author, 259 expressions: 1991 AP Gulf
war ceasefire in EST, GMT and Baghdad time, 1996 Reuters retailer with a Jan.-31 fiscal year
("fiscal 1995"), 2000 Wikinews leap day and millennium, 2005 AFP papal funeral and conclave days,
2010 AP volcanic ash flight ban day by day, 2014 local Diwali and Thanksgiving events, 2017 Reuters
hurricane landfall in EDT and UTC, 2021 Wikinews Tokyo Olympics preview from London) is held out:
scored once on session 16's last dates code, relaxed 0.985 / strict 0.953 / value F1 0.892, and
pinned there; then fixed in session 17 by general rules (coming weekdays, Gulf clocks and city
times, a retail year's halves named by its start, Diwali, "2100", clocks of a habit, "runs until"):
0.996 / 0.973 / 0.969. The gold was not edited; its header lists what still differs.

Round 48 (``blindset/blindset48.txt``, 8 stories by another author, 260 expressions: 1993 AP
Mississippi crest forecast day by day, 1997 Reuters British airline with a March-31 fiscal year
("fiscal 1996/97"), 2002 AFP euro changeover over New Year, 2006 AP Indiana's first daylight-saving
switch, 2011 local Hanukkah and Christmas markets, 2015 Reuters Lunar New Year market closures,
2019 Wikinews Chile eclipse in CLT and UTC, 2024 AP leap-day tax deadline and Good Friday closures)
scored relaxed 0.964 / strict 0.926 / value F1 0.881 at first sight (session 16's last dates code),
and 0.987 / 0.960 / 0.933 after the general fixes it prompted (named days from tables, "the year to
March 31" as the fiscal year, a habit's clocks past a bound of its span, "a Sunday" as a kind, a
revised forecast's "now", "a day later and ... higher than"). The gold was not edited.
``blindset49`` is reserved for a sealed held-out round.

Round 49 (``blindset/blindset49.txt``, 8 stories by another author, 241 expressions: 1990 Reuters
countdown to German monetary union, 1998 AP Ramadan beginning five days before Christmas, 2004 AFP
tsunami timeline across Asian, GMT and Hawaii clocks, 2008 Wikinews weekend bank rescue told on a
Sunday with a Sydney opening in AEDT, 2013 AP federal shutdown day by day, 2016 local leap-day
birthdays, 2018 Reuters freight company with a June-30 fiscal year, 2022 Wikinews state funeral's
arrangements in CET and UTC) is held out: scored once on session 17's last dates code, relaxed
0.981 / strict 0.956 / value F1 0.852, and pinned there; fixed in session 18 by general rules
(coming weekdays of a "before" clause and of "close" read as an adjective, "expected on Jan. 19"
after a future clause, "leap day", "Saturday mornings" as a habit, "about 11 days earlier each
year" as a length, "Hawaii time"): 0.986 / 0.973 / 0.890, then 0.986 / 0.973 / 0.944 (the
tsunami's clock timeline on the quake's day) and 0.948 ("starting in March" of a contract just
signed). The gold was not edited.

Round 50 (``blindset/blindset50.txt``, 8 stories by another author, 267 expressions: 1992 Reuters
Olympic torch relay across time zones, 1999 local Y2K countdown over the New Year weekend, 2003 AFP
SARS quarantine with day counts, 2009 Reuters storage maker with a September fiscal year, 2012 AP
Easter and Passover in one weekend, 2014 Wikinews European election count in Ireland, 2020 AP
school calendar rebuilt around its holidays, 2023 local clock change and Halloween weekend) scored
relaxed 0.970 / strict 0.955 / value F1 0.865 at first sight (session 17's last dates code), and
0.981 / 0.974 / 0.892 after the general fixes it prompted (Yom Kippur, Rosh Hashanah, Election
Day, Indigenous Peoples' Day, Bonfire Night from tables, a Tuesday holiday's weekend the one before
it, "that Saturday" pointing back to a date on it, "1 day 10 hours" one length), then 0.981 / 0.974
/ 0.910 (a weekday takes its tense from its own side of a quote). The gold was not edited.
``blindset51`` is reserved for a sealed held-out round.

Round 51 (``blindset/blindset51.txt``, 8 stories by another author, 271 expressions: 1994 Reuters
World Cup opening across four US time zones with GMT, 1996 AP East Coast blizzard week, 2001 AFP
euro price countdown, 2007 Wikinews Lunar New Year travel rush, 2010 Reuters Japanese machine tool
maker with a March-31 fiscal year, 2017 AP hurricane landfall overnight, 2021 local school calendar
for 2021/22, 2024 Wikinews district council budget with a financial year from April 1) is held out:
scored once on session 18's last dates code, relaxed 0.991 / strict 0.976 / value F1 0.932, and
pinned there; fixed in session 19 by general rules (a weekday-dated day pins the year of the
year-less dates of its sentence, "most recently" before a span of days, "spend the next month"
and "after a year in which" as lengths, a counted year set off before a day written with its
year, a clock written with its day not moved by a restatement, "the third quarter of the
financial year" one expression and "the final quarter" counted in the story's fiscal calendar,
"a year earlier" after "the year ended March 31" the fiscal year before, "the year to March
2011" the fiscal year, a morning reached "by" after an evening clock, "a year earlier" after a
quarter set against counted from the quarter reported): 0.998 / 0.987 / 0.991.
The gold was not edited.

Round 52 (``blindset/blindset52.txt``, 8 stories by another author, 311 expressions: 1991 Reuters
Gulf ceasefire timetable in GMT, Baghdad and Washington time, 1995 AP midnight shutdown
countdown, 1998 BBC Northern Ireland referendum calendar, 2004 AFP leap-day story, 2008 Bloomberg
savings bank with a September fiscal year, 2013 Wikinews comet before dawn, 2019 Guardian school
climate strike Fridays, 2025 local gritting and bins over Christmas) scored relaxed 0.976 /
strict 0.944 / value F1 0.899 at first sight (session 19's start code af2097e), and 0.994 / 0.978
/ 0.961 after the general fixes it prompted ("Christmas and New Year", "Real Christmas trees" and
"the Good Friday agreement", "the Twelfth", US city times, "quadrennial", "a February 29" as a
kind, "the morning twilight", clocks after "usually", "on the 22nd" as the day told before, "a
week on Friday", "last Friday" of the week before, "possibly on 20 September" after "this
autumn", "a week later" after a day, "at the moment of", "every March 1", "ten to four in the
morning", "the fiscal year began on Oct. 1", "The December quarter", a zoned midnight restating
a moment, "with a result expected that afternoon", "had been ... since Monday" before the
Thursday told); the same fixes moved round 41 from 0.990 /
0.979 to 0.994 / 0.983 and round 46's value F1 from 0.939 to 0.946. The gold was not edited.
``blindset53`` is reserved for a sealed held-out round.

Round 53 (``blindset/blindset53.txt``, 8 stories by another author, 324 expressions: 1990 AP
hostage release in Lebanon in local time and GMT, 1997 Reuters Hong Kong handover countdown, 2000
BBC leap-day computer glitch, 2006 AFP World Cup group stage in CEST and GMT, 2011 Bloomberg
department-store chain whose fiscal year ends in late January, 2015 Wikinews solar eclipse in UTC,
GMT and CET, 2020 Guardian second lockdown in England, 2026 local summer festival programme) is
held out: scored once on session 19's last dates code (main at dcc2de46), relaxed 0.983 / strict
0.952 / value F1 0.903, and pinned there. Its misses (clocks put on the day of the sentence before
instead of the day written after them, which midnight "midnight on <day>" is, coming weekdays
read as past ones and back, year-less dates of a past lockdown put in the next year, "that week"
and "overnight" pointing back to the wrong date, "last year" after "the current year" in a fiscal
story, "the March equinox", "the first weekend of August" and "bank holiday Monday" cut short,
"Bonfire night", "2100" and "seconds before" untagged, "Action 2000" and "most recently" tagged)
are listed in the file's header. The gold was not edited; no code was changed for it. Scored
again at session 20's start (main at fffc87ec, after round 54's fixes): 0.983 / 0.952 / 0.909;
fixed in session 20 by general rules (a local clock restated in a bracket before its day, a
"with" absolute's participle in its clause's tense, a quoted "tomorrow" counted from the
publication day, a weekday after "to" closing a span "from <day>", "the first weekend of
August", "Bonfire night", "before the year to March 2001" and "the year ending in January
2012", an infinitive under a future verb's object looking ahead, a participle set off after
its noun told in the past, "most recently four years ago"): 0.988 / 0.960 / 0.948. The gold
was not edited; what is left is listed in the file's header.

Round 54 (``blindset/blindset54.txt``, 8 stories by another author, 371 expressions: 1993 AP
Mississippi levee breach and crests downstream, 1999 Reuters ECB rate rise with CET and GMT, 2002
BBC Golden Jubilee weekend, 2005 AFP papal funeral and conclave timetable, 2009 Bloomberg Japanese
carmaker with a March-31 fiscal year, 2016 Wikinews leap second across zones, 2022 Guardian
heatwave red warning, 2026 local school Ramadan and Eid timetable) scored relaxed 0.985 / strict
0.956 / value F1 0.899 at first sight (session 19's start code af2097e), 0.988 / 0.958 / 0.899 on
main before its fixes, and 0.995 / 0.970 / 0.938 after the general fixes it prompted ("the week
after next", "Japanese time", "the week of 9 March", clocks after "twice a day", "a
quarter-point move", "too soon" and "a Sunday service" no timexes, "7 a.m. CDT (1200 GMT)
today", "was coming" in the past, "the year ending March 2010" as FY2010, "23:59:60 GMT"); the
same fixes moved round 50's value F1 from 0.910 to 0.918, round 40 from 0.994 / 0.972 to 0.996 /
0.974 and round 46 from 0.982 / 0.946 to 0.984 / 0.948 ("Sunday trading", "a Sunday service").
The gold was not edited; what is left is listed in the file's header.

Round 55 (``blindset/blindset55.txt``, 8 stories by another author, 346 expressions: 1994 AP
Baltimore snowstorm in EST, 1998 Reuters Japanese bank's half-year results with an April-March
year, 2001 BBC general election timetable, 2007 AFP Spring Festival travel rush in Beijing time
and GMT, 2011 Bloomberg discount retailer whose fiscal year ends in January and is named for the
year it ends in, 2014 Wikinews comet landing in UTC and CET, 2019 Guardian Brexit deadline night,
2025 local clocks going back on a marathon weekend) scored relaxed 0.975 / strict 0.946 / value
F1 0.816 at first sight (main at ef243e1, the same at session 20's start), and 0.987 / 0.958 /
0.891 after the general fixes it prompted ("the holiday quarter" a retailer's fourth, a morning
clock after a midnight or "still working at" after an evening clock, "New Year's", "Labour
Thanksgiving Day", "the Spring Festival" and "the Lantern Festival", a weekday closing a span
or a pair after its start, "Valentine's Day on Monday", "11:40 tonight", "every weekday
morning", a year after "than" lending nothing, a future perfect looking ahead, "lorries booked
for Friday", "midnight Brussels time on Thursday, 11pm in London", a past-perfect day of the
sentence before setting no scene, "as it did in September"); the same fixes moved round 49's
value F1 from 0.948 to 0.952. The gold was not edited; what is left, and where this author's
conventions differ from older rounds', is listed in the file's header. ``blindset56`` is
reserved for a sealed held-out round.

Round 56 (``blindset/blindset56.txt``, 8 stories by another author, 319 expressions: 1992 AP
hurricane approaching the Carolinas in EDT, 1996 Reuters Australian gold and nickel miner with a
June-30 fiscal year, 2003 BBC exam season and school calendar, 2008 AFP Olympic torch relay in
Canberra in AEST and GMT, 2013 Bloomberg phone maker's developer conference with a fiscal year
ending in late September, 2017 Wikinews Saturn orbiter's last plunge in UTC, PDT and CEST, 2021
Guardian delay of step four of England's roadmap, 2026 local Diwali week in Leicester) is held
out: scored once on session 20's last dates code (main at 528d1dc9), relaxed 0.986 / strict
0.951 / value F1 0.867, and pinned there. Its misses (clocks put on the day of the sentence
before or on the story's day instead of the day they belong to, "between midnight and 6 a.m.
Saturday", habit clocks given a day, "from Monday" told on a Monday read as that day, "two
days earlier" counted from the wrong day, "the end of June" lent the year of a "next year" after
it, "Diwali" after its table's last year a day late with its clocks, "Bandi Chhor Divas", "the
same day" and "the eve of the Games", the miner's "the December half", "a year earlier",
"first-half results", "the total for the year" and "this calendar year", "every six and a half
days" as a length, "next year", "at the last minute", "the over-40s" and "late September"
tagged) are listed in the file's header. The gold was not edited; no code was changed for it.
After the holiday tables were extended to 2040 (session 20): 0.986 / 0.951 / 0.889, the same at
session 21's start (main at 9870b969); fixed in session 21 by general rules (a change "from
Monday" told on a Monday still to come, clocks listed after "every six hours", "between
midnight and 6 a.m. Saturday", a clock still to come after a past habit's clause, a
weekday-dated day with "next year" after it pinning no year, "Bandi Chhor Divas", "the year"
after a full year reported and "the total for the year to 8 cents", "the December half", a
clock after a local clock's bracketed restatement): 0.989 / 0.961 / 0.936. The same fixes moved
round 48's value F1 from 0.933 to 0.937, round 49 from 0.986 / 0.973 / 0.952 to 0.988 / 0.979 /
0.959 and round 55's value F1 from 0.891 to 0.894. The gold was not edited; what is left is
listed in the file's header.

Round 57 (``blindset/blindset57.txt``, 8 stories by another author, 337 expressions: 1991 AP
shuttle flight in EST and CST with mission elapsed time, 1997 Reuters Hong Kong handover night
with GMT of the day before, 2002 BBC back to work after the Golden Jubilee weekend, 2006 AFP
World Cup final, 2010 Bloomberg UK department-store chain whose fiscal year ends on the last
Saturday of February, 2016 Wikinews leap second announced in July, 2020 Guardian US election
count in ET, Pacific time and GMT, 2027 local Easter weekend bin collections) scored relaxed
0.975 / strict 0.936 / value F1 0.853 at first sight (session 20's final code 4abf769, the same
at session 21's start), and 0.984 / 0.957 / 0.936 after the general fixes it prompted (a
retailer's "52 weeks to Feb. 27" as its year, named by the year it ends in when it closes late
in February, with "a year earlier" the one before, "2 days, 3 hours and 18 minutes", a day a
daily habit leaves out, a leap second on the day its words name and the clocks to the second
beside it in UTC, "10.30am tomorrow", "a week today", a week ending a span lending no week,
"Wednesday to Friday", a "with" absolute marked by "with", "VE Day", "the total for the year to
13.1 pence", "7pm MST (2am GMT Friday)" after "late Wednesday", "at 10pm ... by 6am today", a
bracketed restatement in another zone setting no scene); the same fixes moved round 54's value
F1 from 0.938 to 0.943 (its leap-second clocks) and round 42's from 0.960 to 0.967. The gold was
not edited; what is left is listed in the file's header. ``blindset58`` is reserved for a sealed
held-out round.

Round 58 (``blindset/blindset58.txt``, 8 stories by another author, 316 expressions: 1990 AP
German unity countdown in CET and GMT, 1995 Reuters Japanese carmaker with a March-31 fiscal year,
2000 BBC millennium bug's first working day, 2009 AFP total solar eclipse in IST, Beijing and
Japanese time with GMT, 2012 Bloomberg tablet maker whose fiscal year ends on the last Saturday of
September, 2018 Wikinews royal wedding day in BST and UTC, 2023 Guardian last nights of Ramadan
and Eid in Birmingham, 2026 local Christmas market through Advent) is held out: scored once on
session 21's last dates code (main at 0a864973), relaxed 0.911 / strict 0.887 / value F1 0.857,
and pinned there. Story 2 raised (``fiscal_part_from_named_year`` on "the fiscal second half",
FYXXXX-H2: a year-less fiscal half took a fiscal quarter's path), so its 41 expressions were scored
as no output. The same session fixed the crash after the measurement (a product fix with rule
examples, not a round-58 fix): 0.979 / strict 0.954 / value F1 0.906, the floors set under that.
Its other misses (clocks put on a weekday of the sentence before or
of their own sentence, "through the night" after "until 6 a.m. Wednesday", habit clocks before
"every Saturday" and "on Thursdays" given a day, "expected on Friday or Saturday" and "return ...
on Monday" read as past days, "November" lent the year of "in 2014" before it, "Advent Sunday",
"Vaisakhi" and "Twelfth Night", "the holiday quarter" of a September year as a retailer's fourth,
"the first half of calendar 2013" split, "the century", "months", nights as lengths and "the 27th
night" untagged, "the first working day of the year" cut to "the year", "Father Christmas" and
"falls on a weekend" tagged) are listed in the file's header. The gold was not edited; no code was
changed for it. Fixed in session 22 (main at d965bfa4 before, 0.979 / 0.954 / 0.906) by general
rules ("the century" of a superlative, "Advent Sunday", "Vaisakhi", "Twelfth Night", no day in
"Father Christmas", counted nights as days, "booked months ahead", habit clocks joined to a new
thing's day, after a reported clause's "that", before "every Saturday from 5 December" and "until
8pm on Thursdays", "falls on a weekend" no length, "the holiday quarter" of a September year,
"the first half of calendar 2013", "with Eid expected on Friday or Saturday", "through the
night" after "until 6 a.m. Wednesday", "the 27th night" after "Monday night", a day a span runs
"since" setting no scene): 0.997 / 0.978 / 0.962. The gold was not edited; what is left is
listed in the file's header.

Round 59 (``blindset/blindset59.txt``, 8 stories by another author, 296 expressions: 1989 AP
Berlin Wall opening told the Friday after, 1994 Reuters Channel Tunnel preview with GMT, 1999 BBC
total eclipse over Cornwall in BST and GMT, 2004 AFP Athens Olympics opening, 2008 Bloomberg
Australian bank with a September-30 fiscal year, 2013 Wikinews-style papal conclave, 2019 Guardian
Brexit extension letter in UK and Brussels time, 2025 local half-term and the clocks going back)
scored relaxed 0.986 / strict 0.949 / value F1 0.925 at first sight (session 21's final code
4b8c6a1, 295 expressions); its gold was edited once in session 22 (story 5's "now expects"
tagged PRESENT_REF, the set's written convention since round 9, see the file's header), on which
the first sight scores 0.988 / 0.951 / 0.927; after the general fixes it prompted (the dotted
"10.11 GMT", "the last of the century", a clock whose "p.m." ends a sentence the parser ran on
into a daily habit's, "on a Saturday since 1982" a kind): 0.993 / 0.956 / 0.939. What is left is
listed in the file's header. ``blindset60`` is reserved for a sealed held-out round.

Round 60 (``blindset/blindset60.txt``, 8 stories by another author, 273 expressions: 1986 AP
Challenger disaster told on the day in EST, 1992 Reuters sterling leaving the ERM told the Thursday
after Black Wednesday with GMT, 1998 BBC peace accord on Good Friday after the midnight-Thursday
deadline, 2003 AFP heatwave deaths before the Assumption, 2011 Bloomberg Japanese maker whose
fiscal year begins on April 1 and is named by the year it begins in, 2015 Wikinews-style Nepal
earthquake in local time and UTC, 2021 Guardian close of the Glasgow climate summit, 2028 local
Leap Day fair told on Ash Wednesday) is held out: scored once on session 22's last dates code
(main at fd090679), relaxed 0.985 / strict 0.967 / value F1 0.923, and pinned there. Its misses
(the Japanese year's "first-quarter", "the full year", "first-half", "the second half" and "the
previous quarter, the last of fiscal 2010" named by the wrong year, and "the year" apposed to
"fiscal 2011" untagged; "Sunday's French referendum" read as the past Sunday and "Wednesday's
defence" as the coming Wednesday; "until September", "in October" and "through Sept. 22" still to
come put a year back; a clock of "four years ago", a quoted morning of the fair's day and
"through the night" after a midnight put on the wrong day; "Black Wednesday", "the Feast of the
Assumption" and "Pancake Day" untagged; "over the next days" a length, "$100bn a year" a length,
"the same period last year", "half an hour" PT0.5H, "days" untagged, "more than a day" tagged,
"the first two weeks of August" and "overnight Friday" split) are listed in the file's header.
The gold was not edited; no code was changed for it. Fixed in session 22 (main at 5cd2d64d
before, 0.985 / 0.967 / 0.923) by general rules (a fiscal year named in words that opens on a day
of its named year, "fiscal 2011, the year that began on April 1", names the story's years by
their start; a bare half passes over a fiscal year a figure is compared with; a year-less day
closing a range of year-less days comes after its start; "the Feast of the Assumption", "Pancake
Day" and "Black Wednesday"; "over the next days" FUTURE_REF; "a year" after "$100bn" a rate;
"had gone days without" a length; "overnight Friday" one night; a bare month after "until" in
the past its nearest occurrence, which also moves round 46's value F1 from 0.948 to 0.952;
"the year" apposed to "fiscal 2011"): 0.996 / 0.982 / 0.967. The gold was not edited; what is
left is listed in the file's header.

Round 61 (``blindset/blindset61.txt``, 8 stories by another author, 280 expressions: 1985 AP Live
Aid pledges told the Sunday after, 1990 Reuters East German vote on the unity date, 1997 BBC Hong
Kong handover told the Tuesday after, 2005 AFP tsunami anniversary, 2010 Bloomberg oil company's
second-quarter loss beside a rig contractor whose fiscal year ends Sept. 30, 2016 Wikinews-style
EU referendum count told the Friday morning, 2022 Guardian lying in state, 2027 local twinning
jubilee) scored relaxed 0.993 / strict 0.957 / value F1 0.851 at first sight (session 22's final
code 446fee40). Fixed in session 23 (on main, no gold edited) by general rules ("London time"
British time on its day; a morning clock told after the midnight closing the day before
publication, or a small-hours clock dated only by that day's weekday as a possessive, is the
publication day's; a clock whose subject is a happening dated by a weekday's possessive is that
day's; bare quarters told before the company whose fiscal year the story gives is first named are
the calendar's; "the next spring" after a date; "the weekend of the 14th"; "50 years ago this
month" one month; "ends weeks of"; a past clock parted by a clause break from a habit told after
it or still to come is one day's; a weekday right after "a year ago on" that year's): 0.996 /
0.982 / 0.943. What is left is listed in the file's header.

Round 62 (``blindset/blindset62.txt``, 8 stories by another author, 286 expressions: 1983 AP
first American woman in space told the Sunday after the launch in EDT, 1991 Reuters halt of the
Gulf ground war with GMT, EST and Riyadh time, 2000 BBC millennium bug told on New Year's Day,
2007 AFP launch of a fictional touch-screen phone, 2012 Bloomberg hospital-bed maker whose fiscal
year ends Sept. 30, 2018 Wikinews-style Thai cave rescue, 2023 Guardian coronation weekend told on
the bank holiday Monday, 2029 local school centenary around the October half-term) is held out:
scored once on session 23's last dates code (main at 0552e828), relaxed 0.981 / strict 0.945 /
value F1 0.942, and pinned there. Its misses ("by Thursday" and "on Sunday" still to come read as
past, "in January" gone by read as to come, "since Sunday" counted from an earlier sentence's
January date; Saturday's ceremony clocks, "the previous night" and "the morning" on or from the
story's Monday; "that day" after "next Friday's" the story's day; shop-hours habit clocks dated;
"6:53 a.m. Friday" and "6 p.m. local time Friday" one TIME each; "Remembrance Sunday", "weeks",
"the first hours", "one night" and two "the week" untagged; "a second" as an ordinal, "Year 2000
centre" and "a long weekend" tagged) are listed in the file's header. The gold was not edited; no
code was changed for it.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from pathlib import Path

import pytest

HERE = Path(__file__).with_name("blindset")
#: (annotated source, JSONL built from it, relaxed F1 floor, value F1 floor) per round.
ROUNDS = {
    "round1": ("blindset.txt", "blindset.jsonl", 0.99, 0.98),
    "round2": ("blindset2.txt", "blindset2.jsonl", 0.99, 0.99),
    "round3": ("blindset3.txt", "blindset3.jsonl", 0.99, 0.98),
    "round4": ("blindset4.txt", "blindset4.jsonl", 0.99, 0.95),
    "round5": ("blindset5.txt", "blindset5.jsonl", 0.99, 0.99),
    "round6": ("blindset6.txt", "blindset6.jsonl", 0.99, 0.99),
    "round7": ("blindset7.txt", "blindset7.jsonl", 0.99, 0.98),
    "round8": ("blindset8.txt", "blindset8.jsonl", 0.99, 0.99),
    "round9": ("blindset9.txt", "blindset9.jsonl", 0.99, 0.99),
    "round10": ("blindset10.txt", "blindset10.jsonl", 0.99, 0.99),
    "round11": ("blindset11.txt", "blindset11.jsonl", 0.99, 0.98),
    "round12": ("blindset12.txt", "blindset12.jsonl", 0.99, 0.98),
    "round13": ("blindset13.txt", "blindset13.jsonl", 0.99, 0.99),
    "round14": ("blindset14.txt", "blindset14.jsonl", 0.99, 0.99),
    "round15": ("blindset15.txt", "blindset15.jsonl", 0.99, 0.99),
    "round16": ("blindset16.txt", "blindset16.jsonl", 0.99, 0.99),
    "round17": ("blindset17.txt", "blindset17.jsonl", 0.99, 0.99),
    "round18": ("blindset18.txt", "blindset18.jsonl", 0.99, 0.99),
    "round19": ("blindset19.txt", "blindset19.jsonl", 0.99, 0.99),
    "round20": ("blindset20.txt", "blindset20.jsonl", 0.99, 0.99),
    "round21": ("blindset21.txt", "blindset21.jsonl", 0.99, 0.99),
    "round22": ("blindset22.txt", "blindset22.jsonl", 0.99, 0.98),
    "round23": ("blindset23.txt", "blindset23.jsonl", 0.99, 0.99),
    "round24": ("blindset24.txt", "blindset24.jsonl", 0.99, 0.99),
    "round25": ("blindset25.txt", "blindset25.jsonl", 0.99, 0.99),
    "round26": ("blindset26.txt", "blindset26.jsonl", 0.99, 0.99),
    "round27": ("blindset27.txt", "blindset27.jsonl", 0.99, 0.99),
    "round28": ("blindset28.txt", "blindset28.jsonl", 0.99, 0.99),
    "round29": ("blindset29.txt", "blindset29.jsonl", 0.99, 0.99),
    "round30": ("blindset30.txt", "blindset30.jsonl", 0.99, 0.99),
    "round31": ("blindset31.txt", "blindset31.jsonl", 0.99, 0.99),
    "round32": ("blindset32.txt", "blindset32.jsonl", 0.99, 0.99),
    "round33": ("blindset33.txt", "blindset33.jsonl", 0.99, 0.99),
    "round34": ("blindset34.txt", "blindset34.jsonl", 0.99, 0.99),
    "round35": ("blindset35.txt", "blindset35.jsonl", 0.99, 0.99),
    "round36": ("blindset36.txt", "blindset36.jsonl", 0.99, 0.99),
    "round37": ("blindset37.txt", "blindset37.jsonl", 0.99, 0.99),
    "round38": ("blindset38.txt", "blindset38.jsonl", 0.99, 0.95),
    "round39": ("blindset39.txt", "blindset39.jsonl", 0.99, 0.94),
    "round40": ("blindset40.txt", "blindset40.jsonl", 0.99, 0.97),
    # 0.994 / 0.983 after session 19's round-52 fixes ("New Year", "Real Christmas trees")
    "round41": ("blindset41.txt", "blindset41.jsonl", 0.98, 0.97),
    # value F1 0.967 after session 21's bracketed restatement setting no scene (round 57)
    "round42": ("blindset42.txt", "blindset42.jsonl", 0.98, 0.93),
    # held out in session 14 (0.975 / 0.892), fixed in session 15: 0.994 / 0.969 (strict 0.969)
    "round43": ("blindset43.txt", "blindset43.jsonl", 0.99, 0.96),
    # first sight 0.983 / 0.873 (strict 0.949), 0.987 / 0.880 against the edited gold; now
    # 0.994 / 0.948, 0.994 / 0.956 after plans told as the first of several, 0.994 / 0.960
    # after a clock range's start on its zoned end's day, 0.994 / 0.964 after a season asked for
    "round44": ("blindset44.txt", "blindset44.jsonl", 0.99, 0.96),
    # held out in session 15: relaxed 0.958 / value F1 0.867 (strict 0.943); fixed in session 16:
    # 0.971 / 0.926 (strict 0.956)
    "round45": ("blindset45.txt", "blindset45.jsonl", 0.97, 0.92),
    # first sight 0.966 / 0.883 (strict 0.944); after its fixes 0.980 / 0.937 (strict 0.966);
    # value F1 0.946 after session 19's zoned clock with its own day (round 51), 0.984 / 0.948
    # after its "a Sunday service" (round 54); value F1 0.952 after round 60's "until January"
    "round46": ("blindset46.txt", "blindset46.jsonl", 0.98, 0.93),
    # held out in session 16: relaxed 0.985 / value F1 0.892 (strict 0.953); fixed in session 17:
    # 0.996 / 0.969 (strict 0.973)
    "round47": ("blindset47.txt", "blindset47.jsonl", 0.99, 0.96),
    # first sight 0.964 / 0.881 (strict 0.926); after its fixes 0.987 / 0.933 (strict 0.960);
    # value F1 0.937 after session 21's "the year" of a full year reported (round 56)
    "round48": ("blindset48.txt", "blindset48.jsonl", 0.98, 0.93),
    # held out in session 17: relaxed 0.981 / value F1 0.852 (strict 0.956); fixed in session 18:
    # 0.986 / 0.948 (strict 0.973); value F1 0.952 after session 20's morning clock after a
    # midnight (round 55), 0.988 / 0.959 (strict 0.979) after session 21's "the December half"
    # and "the total for the year" (round 56)
    "round49": ("blindset49.txt", "blindset49.jsonl", 0.98, 0.94),
    # first sight 0.970 / 0.865 (strict 0.955); after its fixes 0.981 / 0.910 (strict 0.974);
    # value F1 0.918 after session 19's "twice a day" habit clocks (round 54)
    "round50": ("blindset50.txt", "blindset50.jsonl", 0.98, 0.91),
    # held out in session 18: relaxed 0.991 / value F1 0.932 (strict 0.976); fixed in session 19:
    # 0.998 / 0.991 (strict 0.987)
    "round51": ("blindset51.txt", "blindset51.jsonl", 0.99, 0.98),
    # first sight 0.976 / 0.899 (strict 0.944); after its fixes 0.994 / 0.961 (strict 0.978)
    "round52": ("blindset52.txt", "blindset52.jsonl", 0.99, 0.95),
    # held out in session 19: relaxed 0.983 / value F1 0.903 (strict 0.952); 0.983 / 0.909 at
    # session 20's start; fixed in session 20: 0.988 / 0.948 (strict 0.960)
    "round53": ("blindset53.txt", "blindset53.jsonl", 0.98, 0.94),
    # first sight 0.985 / 0.899 (strict 0.956), 0.988 / 0.899 on main before its fixes; after its
    # fixes 0.995 / 0.938 (strict 0.970); value F1 0.943 after session 21's leap-second clocks
    # (round 57)
    "round54": ("blindset54.txt", "blindset54.jsonl", 0.99, 0.93),
    # first sight 0.975 / 0.816 (strict 0.946); after its fixes 0.987 / 0.891 (strict 0.958);
    # value F1 0.894 after session 21's "the year" of a full year reported (round 56)
    "round55": ("blindset55.txt", "blindset55.jsonl", 0.98, 0.88),
    # held out in session 20: relaxed 0.986 / value F1 0.867 (strict 0.951), 0.986 / 0.889 after
    # the holiday tables; fixed in session 21: 0.989 / 0.936 (strict 0.961); 0.991 / 0.937
    # (strict 0.962) after session 23's age bands ("the over-40s" no decade)
    "round56": ("blindset56.txt", "blindset56.jsonl", 0.98, 0.93),
    # first sight 0.975 / 0.853 (strict 0.936); after its fixes 0.984 / 0.936 (strict 0.957)
    "round57": ("blindset57.txt", "blindset57.jsonl", 0.98, 0.93),
    # held out in session 21: relaxed 0.911 / value F1 0.857 (strict 0.887), story 2 raising;
    # 0.979 / 0.906 once the crash was fixed (the same session); fixed in session 22: 0.997 /
    # 0.962 (strict 0.978)
    "round58": ("blindset58.txt", "blindset58.jsonl", 0.99, 0.94),
    # first sight 0.986 / 0.925 (strict 0.949) on session 21's final code, 0.988 / 0.927 (strict
    # 0.951) on the gold with "now expects" tagged; after its fixes 0.993 / 0.939 (strict 0.956)
    "round59": ("blindset59.txt", "blindset59.jsonl", 0.99, 0.93),
    # held out in session 22: relaxed 0.985 / value F1 0.923 (strict 0.967) on main at fd090679;
    # after its fixes (the same session) 0.996 / 0.967 (strict 0.982)
    "round60": ("blindset60.txt", "blindset60.jsonl", 0.99, 0.96),
    # first sight 0.993 / 0.851 (strict 0.957) on session 22's final code 446fee40; after its
    # fixes in session 23 0.996 / 0.943 (strict 0.982)
    "round61": ("blindset61.txt", "blindset61.jsonl", 0.99, 0.93),
    # held out in session 23: relaxed 0.981 / value F1 0.942 (strict 0.945) on main at 0552e828
    "round62": ("blindset62.txt", "blindset62.jsonl", 0.98, 0.94),
}


def _build_gold():
    spec = importlib.util.spec_from_file_location("blindset_build_gold", HERE / "build_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module", params=sorted(ROUNDS))
def blind_round(request):
    """(round name, gold documents) for each blind round."""
    return request.param, _build_gold().load_stories(HERE / ROUNDS[request.param][0])


@pytest.fixture(scope="module")
def gold(blind_round):
    return blind_round[1]


def _pair(gold_timexes, system):
    """(gold, system or None) pairs: each system timex matches at most one overlapping gold."""
    used, pairs = set(), []
    for g in gold_timexes:
        hit = next((j for j, s in enumerate(system) if j not in used
                    and g["start"] < s.end and s.start < g["end"]), None)
        if hit is not None:
            used.add(hit)
        pairs.append((g, None if hit is None else system[hit]))
    return pairs


def _f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def test_jsonl_matches_the_annotated_source(blind_round):
    name, gold = blind_round
    source, jsonl = ROUNDS[name][:2]
    lines = (HERE / jsonl).read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == gold, f"rerun build_gold.py {source} > {jsonl}"


def test_markup_offsets_point_at_the_words(gold):
    for doc in gold:
        for t in doc["timexes"]:
            assert doc["text"][t["start"]:t["end"]] == t["text"]


def test_blind_set_floor(blind_round, nlp):
    from generator.extract.temporal import iter_timexes

    name, gold = blind_round
    relaxed_floor, value_floor = ROUNDS[name][2:]
    n_gold = n_system = matched = same_value = 0
    for doc, parsed in zip(gold, nlp.pipe(d["text"] for d in gold)):
        system = iter_timexes(parsed, dt.date.fromisoformat(doc["published"]))
        pairs = _pair(doc["timexes"], system)
        n_gold += len(doc["timexes"])
        n_system += len(system)
        matched += sum(s is not None for _, s in pairs)
        same_value += sum(s is not None and s.value == g["value"] for g, s in pairs)
    relaxed = _f1(matched / n_system, matched / n_gold)
    value_f1 = same_value / matched * relaxed
    assert relaxed >= relaxed_floor, f"{name}: relaxed F1 {relaxed:.3f}"
    assert value_f1 >= value_floor, f"{name}: value F1 {value_f1:.3f}"
