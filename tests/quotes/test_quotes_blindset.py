"""Quality floor on the blind set: 240 fictional articles in thirty-two rounds, each round written
and annotated BEFORE the extractor was scored or fixed on it, in house styles the dev set
lacks (AP multi-paragraph quotes, Reuters statements, British single marks, features, Q&A,
nested quotes, em dashes, plural and organisational speakers, headline quotes, scare quotes,
court, diplomacy, finance, health, election and culture copy; round 5: a timestamped live
blog with posts on X, a jury trial with questions in marks, a study whose authors "write",
a chipmaker's filing and analysts' notes, a British local story with colon-introduced
quotes over three paragraphs, a match report with "said the coach"; round 6: AP politics
with two men and "he said" chains whose antecedent switches, Reuters markets copy with
people familiar with the matter and "declined to comment", a foreign-desk story with a
televised address, a state news agency and a ministry website statement, a feature with
colon-introduced quotes and a quote over three paragraphs after "Then he said:", and
machine-translated copy with missing spaces after marks and mixed curly/straight marks;
round 7: a public-radio feature in the present tense with "her father says", a press
conference of three officials with a verbless headline quote and "He added:", a political
profile quoting other outlets and an audit ("the report said"), a match report with plural
speakers and "“Unreal,” was Dahl's verdict", an earnings call with "its chief executive
warned" before the name, and a celebrity interview whose questions are the writer's prose;
round 8, by another author: an AP quake story whose new voice is introduced in the
paragraph before her quote, a Reuters earnings call with a headline "CEO says ..." and
"One of the people said", a BBC health story with single marks and a headline quote no body
quote repeats, a local council story, a feature whose "she says" follows a dealer whose
pronoun is never given, a court report whose panel speaks as "it", a cup report whose
"club" is named like a town, and AFP copy translated from French with "warned for her part
the president of ..., X", "For the deputy X, ..." and two presidents speaking together).

``blindset/blind.jsonl`` is in the gold format of the shared seed (``score.py quotes``
scores it); ``blindset/build_gold.py`` builds it from the readable article files.

Figures (direct F1 / speaker accuracy, reported F1 / speaker accuracy) on each round before
its own fixes: round 1 (01-10) 0.959 / 0.724, 0.918 / 0.933; round 2 (11-15) 0.950 / 0.947,
0.977 / 1.0; round 3 (16-19) 0.963 / 1.0, 0.919 / 0.882; round 4 (20-23) 0.870 / 1.0,
0.947 / 0.889 (rounds 2 and 4 each caught a headline scare quote or title that the new
headline rule read as a quote); round 5 (24-29) 1.0 / 0.875, 0.974 / 0.895 (0.900 / 0.944
against the gold as first written, which broke the set's own conventions three times:
two clauses whose verb is inside the marks, and a headline's reported speech left out;
the files say so). All 23 with the original extractor: 0.957 / 0.830, 0.934 / 0.946; all
29 before round 5's fixes 0.996 / 0.964, 0.987 / 0.966, after them 0.996 / 0.993,
0.992 / 0.992. Round 6 (30-34), scored with score.py: 1.0 / 0.875, 0.951 / 0.966 at
first sight; 1.0 / 0.958, 1.0 / 1.0 after its fixes (left: a cue glued to the closing
mark, '”said Rehak', is one token for the tokenizer). All 34 before round 6's fixes
0.997 / 0.975, 0.983 / 0.986; after them 0.997 / 0.988, 0.993 / 0.993. Round 7 (35-40),
scored with score.py at first sight: 1.0 / 0.845, 0.971 / 0.879 against the gold as first
written (1.0 / 0.845, 1.0 / 0.879 once two clauses whose verb is inside the marks were
taken out, as the set's convention says; the files say so). Its misses were speakers, not
quotes: plural speakers, a verdict noun, a "Name:" headline, answers to prose questions,
"the source", a first-name relative, "the report", "its chief executive", "the company" and
a label in apposition. After round 7's fixes: 1.0 / 1.0, 1.0 / 1.0 on round 7. All 40
before them 0.998 / 0.948, 0.994 / 0.967 (this module's tally); after them 0.998 / 0.996,
0.994 / 0.994 (score.py: 0.998 / 0.996, 0.994 / 1.0). Plural speakers are now written as
the blind gold writes them, every full name joined by "and" ("Pavel Dusek and Jiri Mraz").
Round 8 (41-48), scored with score.py at first sight: 0.972 / 0.814, 0.913 / 0.851 on the
session-start code, 0.979 / 0.831, 0.913 / 0.851 after round 7's fixes; its misses were
speaker categories the lead also sees on other unseen copy (a role in place of the name
given with it, a first name alone, partitives, organisation names cut at "of", partial
quotes inside a reported clause, new voices before cue-less quotes, "it"/"the company"
after a ruling or a news agency). Its gold was kept as written: it follows the set's
conventions. After the fixes by category (tests/quotes/test_quotes_attribution_categories.py
holds one fictional text per category): 1.0 / 1.0, 1.0 / 1.0 on round 8; all 48 with
score.py 0.998 / 0.997, 0.998 / 1.0 (this module's tally 0.998 / 0.997, 0.998 / 0.996).
Round 9 (49-56, by another author who never saw the code): an Observer long read whose
mother and son share a surname, a Nigerian daily ("who gave her name as", "disclosed
this"), ABC bushfire copy with a couple "Col and Maree Dunstan", Al Jazeera diplomacy
("One of them, a ... diplomat who asked not to be named"), an obituary in the present
tense, a public-radio transcript with speaker labels quoting a journal paper, an earnings
release ("according to the release", "asked whether") and a Commons debate ("the Member
for Thornbury East", "the minister" never written next to her name). Scored with score.py
at first sight: 0.978 / 0.784, 0.909 / 0.817 on the session-start code; 0.978 / 0.784,
0.917 / 0.902 after rounds 7-8's fixes. Its gold was kept as written (it follows the set's
conventions; the author's own hard case, the lede as the speech "disclosed this" points
back to, stays in). After the fixes by category (test_quotes_round9_categories.py holds
one fictional text per category): 1.0 / 1.0, 0.993 / 1.0 on round 9 (left: the elliptical
"So, his lawyers later pointed out, did ..."); rounds 1-8 with score.py 0.998 / 0.997,
0.996 / 1.0 (this module's tally 0.998 / 0.997, 0.996 / 0.996; the one reported-speech
miss, "they have been “let down” by ..." read as a report, came with another change the
same day); all 56 0.999 / 0.998, 0.995 / 1.0. Round 9 is pinned on its own floors, rounds
1-8 keep theirs.
Round 10 (57-64, by another author who never saw the code): AP disaster copy with "Regional
Gov." then "the governor", a Reuters earnings call, a Guardian health story whose "She said"
follows a quote of a doctor whose pronoun is never given, AFP copy translated from French
("he judged", "The wife of one of the fishermen ... said Noémie Castel"), a local school
board ("a move Superintendent X said would ...", namesakes "no relation"), a feature whose
father and son share a surname ("the elder Brede shrugs"), a court report whose late
mother is talked about by her husband and daughter, and a tennis press conference. Scored
with score.py at first sight 0.993 / 0.847, 0.894 / 0.857; 0.993 / 0.847, 0.928 / 0.867
after rounds 7-9's fixes; after its own fixes by category (test_quotes_round10_categories.py)
1.0 / 0.986, 0.970 / 0.980. Left: two clauses whose verb is inside the marks that this
author counts as reported ("had “kicked this can ...”", "had been “built for speed ...”",
against the set's convention; the second found since round 89's fixes, 0.980 reported), a
progressive "were ‘running on ...’" (round 1 counts the same form as direct only) and
"Dunsmore's office" for the gold's "Tersin mayor's office".
Rounds 1-9 and the seed are unchanged (score.py 0.999 / 0.998, 0.995 / 1.0; seed direct
1.0 / 1.0). Round 10 is pinned on its own floors.

Round 11 (65-72), by a fourth author who never read the extractor (AP wildfire, Reuters
carmaker, BBC hospital inspection, US local court, AFP ceasefire, feature, Senate politics,
Guardian football): at first sight, after rounds 7-10's fixes, 0.940 / 0.946, 0.905 / 0.947.
All seven misses were in the football report, straight single marks whose quotes hold
contractions ("I've") and a quote in double marks; after the fix in marks.py
(test_quotes_single_marks_nested.py) 1.0 / 0.968, 0.938 / 0.947.
Round 12 (73-80), by a fifth such author (AP bridge collapse, Reuters earnings call, BBC
hospital figures, US local trial, AFP summit, match report, health feature, state budget),
at first sight after rounds 7-11's fixes and not fixed since: 1.0 / 1.0, 0.958 / 0.941.
Round 13 (81-88, US wire and regional: AP state politics, Reuters layoffs, a metro trial,
a small-town school board, AP tornado, college basketball, a present-tense clinic feature,
an NYT-style lawsuit with Mr./Ms.) and round 14 (89-96, Guardian politics and science in
curly single marks, Reuters diplomacy, ABC rates, BBC cricket, an Irish Times inquest, CBC
strike, AFP floods in translated English), by two more outside authors who never saw the
code, scored with score.py at first sight after rounds 7-12's fixes: round 13 0.983 / 0.932,
0.980 / 0.940; round 14 0.939 / 0.935, 0.913 / 0.952. After their fixes by category
(test_quotes_round13_categories.py, test_quotes_round14_categories.py): round 13 0.992 /
1.0, 0.990 / 1.0; round 14 1.0 / 1.0, 0.989 / 1.0; rounds 1-12 and the seed unchanged or
better; all 96 articles 0.999 / 0.994, 0.985 / 0.994. Their gold is kept as written; left
are three places where it parts from the set's own conventions: the one-word first part of
a split quote ("“Now,” she added, “we want ...”", which round 13's own README and earlier
rounds count as a direct quote) and two headlines of reported speech ("Witness in ... says
she saw defendant leave with gun", "Talvera says drones hit ..."), which rounds 1-8 annotate
("Ex-minister says he warned cabinet ...") and these two authors leave out.
Round 15 (97-104: a present-tense vet feature, a metro investigation, a press conference
on a boil-water order, a radio host's obituary, Reuters payments regulation, AP tornado, BBC
rugby in curly single marks, an AFP reaction roundup) and round 16 (105-112: AP shutdown
politics, Reuters earnings, an NYT-style court report, BBC ambulance waits, Indian cricket,
AFP cyclone, a Guardian border story, a US local water tower), by two more outside authors,
scored with score.py at first sight on the session-start code: round 15 0.994 / 0.885,
0.982 / 0.906; round 16 0.985 / 0.859, 0.973 / 0.926 (after rounds 13-14's fixes 0.992 /
0.877, 0.973 / 0.944). Their misses were speakers: "Her husband, Dale" given the surname of
the man quoted just before, "her son" after "Her son, Marcus Harbin,", a team taken for its
director of rugby, an inverted titled name NER missed, groups and countries joined by "and",
"the judge" for a Justice, "a spokesperson for the trust", an outlet's regional service
taken for a person, "it" taken for the dateline's agency; and reported clauses the parser
hid. After their fixes by category (test_quotes_round15_categories.py,
test_quotes_round16_categories.py): round 15 1.0 / 1.0, 1.0 / 1.0; round 16 1.0 / 0.969,
0.991 / 1.0; all 112 articles 0.999 / 0.993, 0.987 / 0.995; the seed direct 1.0 / 1.0.
Left in round 16, where its gold parts from the set's conventions (the files say so): "one
of the officials" kept as the group "coalition officials" (rounds 8 and 15 make one of a
group a single member, "person familiar with the matter"; the senior official's words are
his), and "the government was ‘negotiating from weakness’" counted as reported speech (round
1 and the dev set count a progressive whose participle is inside the marks as a direct
quote only, as round 10's "were ‘running on ...’" above).
Round 17 (113-120: AP stopgap politics, Reuters earnings, an NYT-style sentencing, a Guardian
study in curly single marks, BBC football, an Indian daily on a cyclone, AFP border diplomacy,
a US local water story) and round 18 (121-128: a US council, AP police shooting, a BBC strike
in straight single marks, a Reuters recall, a baseball report, a heat-wave feature, NYT
election night, an AFP state visit), by two more outside authors, scored with score.py at
first sight after rounds 13-16's fixes: round 17 1.000 / 0.968, 0.916 / 0.918; round 18
0.994 / 0.974, 0.975 / 0.949. Their misses: "the company" after a maker NER took for a
person, an abbreviation defined after its body's name ("(SDMA)"), an office with an "of"
phrase before a name with initials, a trial, a video and a manner phrase ("her voice
breaking") taken for speakers or reports, "..., money prosecutors said she spent",
"Harlow, asked about it, said:", places joined by "and" in a prepositional phrase, reports
the parser hid ("..., officials said" as a conjunct, "told council members he had ...",
"The army chief, Gen. X, indicated that"), "which he described as 'an insult ...'", and a
surname NER took for an organisation. After their fixes by category
(test_quotes_round17_categories.py, test_quotes_round18_categories.py; misparses.py and
speaker_misparses.py hold the parser's misreadings): round 17 1.000 / 1.000, 0.991 / 1.000;
round 18 1.000 / 1.000, 0.984 / 1.000; rounds 1-16 and the seed unchanged; all 128 articles
0.999 / 0.994, 0.987 / 0.996. Left, where the gold parts from the set's conventions (the files
say so): three clauses whose verb is inside the marks counted as reported ("had "gone looking
for the contact"", 'Feld "reached toward ..." before the officer fired', "the door 'remains open'").
Round 19 (129-136: AP no-confidence vote, Reuters grocer results, an NYT-style verdict, BBC
measles, Guardian expulsions in curly single marks, a South African cup final, AFP storm in
translated English, a US county golf-course deal) and round 20 (137-144: AP hiring freeze,
Reuters earnings, a local murder verdict, BBC measles in straight single marks, a Guardian
derby, AP basketball, AFP cyclone, a school-closure feature), by two more outside authors,
scored with score.py at first sight after rounds 13-18's fixes: round 19 1.000 / 0.918,
0.967 / 0.983; round 20 1.000 / 0.959, 0.979 / 0.957 (pooled 1.000 / 0.939, 0.972 /
0.972). Their misses: "for his part" and a role noun before a name ("added his neighbour
X") that the parser made subjects, "Union official X" with the name tagged a place and the
"she" after her quote given to the analyst before, "Angela Whitfield's husband" for a
husband named in "Ken and Marcy Albers" (NER missed her name before "says"), "The
Democrat said" after a paragraph of quotes, "He said" after "Keller's attorney, Brian
Castellano, had argued", "a cousin of Keller's", a partial quote after "staff were asking
anyone ... to phone ahead", a feature's subject the tagger read as an adjective ("Finch
waves"), "Underlying" taken for the company, "a copy seen by Reuters" as a speaker, and a
clause "according to X, whose spokesman Y said that ..." lost. After their fixes by category
(test_quotes_round19_categories.py, test_quotes_round20_categories.py): round 19 1.000 /
1.000, 0.992 / 1.000; round 20 1.000 / 1.000, 0.979 / 1.000; rounds 1-18 and the seed
unchanged; all 144 articles 0.999 / 0.995, 0.987 / 0.997. Left, where the gold parts from
the set's conventions (the files say so): round 19 counts 'the jury had "looked past ..."'
as reported (verb inside the marks), round 20 counts "would 'follow the advice ...'" and
"would ‘leave it to the club’" as direct only, where rounds 13, 14 and 18 count a clause
whose modal is outside the marks as reported.
Round 21 (145-152: AP gas tax, Reuters markets, AFP floods in translated English, BBC pool
closure in straight single marks, an NYT-style fire, a Guardian match report, a Canadian
Press sentencing, a Times of India dengue story), by another outside author, scored with
score.py at first sight after rounds 13-20's fixes: 0.984 / 0.917, 0.962 / 0.960. Its
misses: sports epithets for a person named before ("the Portuguese", tagged as a plural;
"The teenager, who grew up ...", the one person whose age "Bright, 19," fits; "The
Harrowgate manager" for the person whose side "Ian Marlow's Harrowgate" is, not the club),
partial quotes after "described the decision as 'short-sighted'" and "thanked lawmakers for
"doing the hard thing"", and "..., an AFP correspondent reported". After its fixes by
category (test_quotes_round21_categories.py): 1.000 / 1.000, 0.971 / 1.000; rounds 1-20
and the seed unchanged; all 152 articles 0.999 / 0.995, 0.986 / 0.997. Left, where the
gold parts from what the set does (the files say so): "according to an agreed statement of
facts" counted as a speaker (rounds 13 and 14 make documents sources), and two clauses
whose tense and last words are outside the marks ('had "stopped playing" after the
equaliser') counted direct only, as the written convention says, where rounds 9-17 count
the same form as reported in eight places and the extractor follows them.
Round 22 (153-160: Xinhua diplomacy, AP Senate bill, Reuters gas-field exclusive, Bloomberg
chip-unit scoop, Irish Times housing politics, ABC Rural frost, Al Jazeera aid crossing, a
college-football beat), by another outside author, scored with score.py at first sight
after rounds 13-21's fixes: 1.000 / 0.950, 0.941 / 0.946. Its misses: "a spokeswoman for Mr
X" (the set writes a person's voice "Eoin Gallagher spokeswoman"), "a company spokesperson",
a headline's bare "sources say" for the body's "sources familiar with the plans", "two
Independent TDs" in the lede for the two deputies named next, a pair whose second name NER
took for an organisation, "UN says" read as a dateline, and "..., the people said, asking
not to be identified" with the participle parsed as the root. After its fixes by category
(test_quotes_round22_categories.py): 1.000 / 0.983, 0.959 / 1.000; rounds 1-21 and the
seed unchanged (0.999 / 0.995, 0.986 / 0.997; seed 1.0 / 1.0, 0.90 / 1.0); all 160
articles 0.999 / 0.995, 0.984 / 0.997. Left: "a company spokesperson" where NER never tags
the company, and where the gold parts from the set (the files say so): three documents
as speakers ("according to customs data / filings / UN figures"; rounds 13-14 make them
sources), a clause whose verb is inside the marks counted reported too, and "she would
"let ..."" counted direct only (the set counts a modal outside the marks as reported).
Round 23 (161-168: AP veto politics, Reuters rate hike, AFP state of emergency in translated
English, a Guardian courts page in curly single marks, Washington Post health, Sky Sports
football, Nikkei company story, a US local TV crime brief), by another outside author, scored
with score.py at first sight after rounds 13-22's fixes: 1.000 / 0.941, 0.970 / 0.979.
Its misses: "Mitigating, Coll's barrister, Paul Renwick, said" (the court role fronted as a
lone -ing word, made the subject), UK police ranks without full stops ("Det Con Amy
Thorne"; also a titled name "of Westshire police" the parser hung on the force), a quote of
"police spokesperson Sgt. Maria Lopez" given to the police because the parser ended the
sentence at "Sgt.", and "Lunares estimated that ..." with the surname tagged a common noun.
After its fixes by category (test_quotes_round23_categories.py): 1.000 / 1.000, 0.980 /
1.000; rounds 1-22 and the seed unchanged (0.999 / 0.995, 0.984 / 0.997; seed direct 1.0 /
1.0); all 168 articles 0.999 / 0.995, 0.984 / 0.997. Left, where the gold parts from the
set (the file says so): a headline "White House says Marsh will veto ..." left out, and
'she was "still reading the fine print."' counted reported (round 1, round 20 and the dev
set count a progressive whose participle is inside the marks as direct only; counting it
reported would find four more clauses, in rounds 10, 11, 16 and 23, and two spurious ones,
in rounds 1 and 20, failing round 20's floor).
Round 24 (169-176: AP plane crash, Reuters mining results, Kyodo snap election in translated
English, BBC Scotland school closures, an NYT glacier study in curly marks, ESPN basketball, FT
coalition politics, a US county jail meeting), by another outside author, scored with score.py
at first sight after rounds 13-23's fixes: 0.986 / 0.972, 0.971 / 0.941. Its misses: an
airline's and a miner's statements given to another organisation named nearby (NER took
"Skyline Connect, a regional carrier," and "Halvern Resources" for persons, so "the
airline" fell to the FAA and "the company" to the company's Tarraco mine), a verdict with
a clause of its own after "called" read as a name, a BBC headline quote condensing the
lede's partial quote, and a long lede report the parser ended mid-sentence before
"researchers reported". After its fixes by category (test_quotes_round24_categories.py):
1.000 / 1.000, 0.981 / 1.000; rounds 1-23 and the seed unchanged (0.999 / 0.995, 0.984 /
0.997; seed direct 1.0 / 1.0); all 176 articles 0.999 / 0.995, 0.984 / 0.997. Left, where
the gold parts from the set (the files say so): 'saying voters "want results, not
campaigns."' (verb inside the marks) and 'it was "following developments closely"' (a
progressive whose participle is inside the marks) counted reported as well as direct.
Round 25 (177-184: AP statehouse budget, Reuters pilots' strike, AFP election results in
translated English, a Times fraud sentencing in curly marks, a CNN melatonin explainer, AP
baseball with a notes section, SCMP Hong Kong property, a US weekly zoning hearing), by
another outside author, scored with score.py at first sight after rounds 13-24's fixes:
0.994 / 0.842, 0.947 / 0.778. Its misses: Hong Kong names with a hyphenated given name
after the family name ("Derek Lam Ka-wing" came out "ling", "kit", "Lam"), "a spokesperson
for the airline/developer", "the union" and the lede's "their union" for the pilots'
association (and the airline's own statement given to it), acronyms in brackets in the
original language's letters ("(CENI)"), "the Union | for Renewal" cut at "for", "The
observation mission of the regional bloc, the X Community (SCC)," read as the bloc,
"witnesses reached by AFP", "Melatonin" taken for a person, "the team said" in a notes
paragraph "Kings: RHP Cody Marsh (elbow) ...", a headline "incumbent declared winner,
opposition rejects "fabricated" results" read as a report, a standfirst quote in single
marks, and "while telling families ... their relatives’ care" cut out of the clause.
After its fixes by category (test_quotes_round25_categories.py; bodies.py holds the
names of bodies): 1.000 / 1.000, 0.964 / 1.000; rounds 1-24 unchanged or better (1.000 /
0.995, 0.984 / 0.997; the seed direct 1.0 / 1.0); all 184 articles 1.000 / 0.995, 0.983
/ 0.997. Left, where the gold parts from the set (the files say so): four documents as
speakers ("figures released by X", "estimates by X", "data from X", a study that "found
that"), which rounds 13, 14 and 22 make sources.
Round 26 (185-192, by another outside author; its file headers give the figures): at first
sight after rounds 13-25's fixes 1.000 / 0.943, 0.979 / 0.894; after its fixes 1.000 /
1.000, 0.990 / 1.000.
Round 27 (193-200: Bloomberg rate decision, ABC bushfire feature with "Key points", an NYT
fraud trial with a summary line, Al Jazeera ceasefire talks, Kyodo translated corporate
copy, a Guardian press conference in straight single marks, News24 water outage, a WSJ
earnings call with a dek), by another outside author, scored with score.py at first sight
after rounds 13-26's fixes: 1.000 / 0.881, 0.959 / 0.915 (this module's tally 1.000 /
0.866, 0.959 / 0.898). Its misses: a place in apposition after "told reporters in the
capital," taken for an inverted subject, "the Redford manager" after "his Redford City
players", "Corvaline's central bank" for the "Bank of Corvaline" named next, "Cr Prideaux"
(an Australian councillor), "she says" after "residents like Ms Whitlock say", "Reporting
from X, Al Jazeera's Y said" with the participle made the subject, the noun of "accused the
government of “moving the goalposts”" taken for a speaker, "a (federal) prosecutor" at the
top for "the prosecutor, X," named after, a dek's "Department-store chain says" and a
title-case headline "..., Prosecutors Say". After its fixes by category
(test_quotes_round27_categories.py; introductions.py holds the role named after): 1.000 /
1.000, 0.976 / 1.000; rounds 1-26 unchanged (score.py error lists identical), the seed
direct 1.0 / 1.0; all 200 articles 1.000 / 0.996, 0.983 / 0.998 (before 1.000 / 0.991,
0.982 / 0.993). Left, where the gold parts from the set (the files say so): "according to
the bank's statement" left out (a statement speaks for its issuer: round 11,
attribution.yaml), 'it was "always looking at the fleet."' counted reported (a progressive
whose participle is inside the marks is direct only); and, a judgement no round settled,
"the bank ... signaled that ..." left out, which the extractor's evidential rule reported
until round 30's author did the same (see round 30).
Round 28 (201-208: AP statehouse budget, a Reuters copper strike, a BBC murder inquiry in curly
single marks, an Inquirer typhoon report, a DW coalition row in curly double marks, a local
wrestling feature in the present tense, a CNBC layoffs memo, a Punch cholera outbreak), by
another outside author, scored with score.py at first sight after rounds 13-27's fixes:
1.000 / 0.939, 0.964 / 0.926 (this module's tally 1.000 / 0.924, 0.964 / 0.907). Its
misses: "Union No. 2", whose abbreviation's full stop the parser made the subject (the
speaker came out "."); the lede's "the mine's largest union" for the union named next;
"the statement said" given to the organisation that spoke last and "the memo said" to the
company, where the subject of "said in a statement" / "announced the cuts in a memo"
issued them; "the Free Democrats (FDP)", which NER tags as no organisation; a bare
"Delgado" (the story's subject) given to her mother "Tricia Delgado, Maya's mother," who
had just spoken; "Mr Bayliss’s family" kept as written for the "Bayliss family" (this
module's tally only). After its fixes by category (test_quotes_round28_categories.py):
1.000 / 1.000, 0.964 / 1.000; rounds 1-27 unchanged (score.py error lists identical), the
seed direct 1.0 / 1.0; all 208 articles 1.000 / 0.996, 0.982 / 0.998 (before 1.000 /
0.993, 0.982 / 0.995). Left, where
the gold parts from the set (the files say so): three documents counted as speakers
("according to a filing with the SEC", "a report in the news magazine X", "the latest
situation report of" an agency; rounds 13-14 make documents sources, attribution.yaml
`non-speakers`), and the lede that "Dr X disclosed this" points back to left out (round 9
counts it as his reported speech).
Round 29 (209-216: an AP Supreme Court ruling, Reuters OPEC+ copy, a Times of India election,
an Irish Times housing story in curly single marks, an AP quake in Turkey, an LA Times visual
effects strike, an FT bank merger with people familiar, a Daily Nation drought feature in the
present tense), by another outside author, scored with score.py at first sight after rounds
13-28's fixes: 1.000 / 0.952, 0.969 / 0.952 (this module's tally 1.000 / 0.952, 0.969 /
0.968). Its misses: "Minister for Housing X Y said" (office, portfolio and name in one
capitalised run) came out "Minister"; "the agency said" after "Turkey's disaster management
agency, AFAD" (a body described before its name); "the executive said" right after "A
senior X executive said" given to the chief executive named before; "a second minister"
kept its ordinal; "says the 46-year-old father of seven" (an aged role noun) not taken for
the man named before. After its fixes by category (test_quotes_round29_categories.py):
1.000 / 1.000, 0.969 / 0.984 (this module's tally 1.000 / 1.000, 0.969 / 1.000); rounds
1-28 unchanged (score.py error lists identical), the seed direct 1.0 / 1.0; all 216
articles 1.000 / 0.996, 0.981 / 0.997 (before 1.000 / 0.994, 0.981 / 0.996). Left, where
the gold parts from the set (the files say so): the headline "Supreme Court says ..." and
the lede's "the Supreme Court ruled that ..." left out (rounds 5 and 9 count both);
"according to court records" counted with a document as speaker; a clause whose verb and
tense are inside the marks ('the group "stands ready ..." to keep ...') counted as
reported. score.py drops "minister" as a title, so the gold speaker "minister" never
matches (its one speaker miss).
Round 30 (217-224: AP wildfire, a Reuters rate decision, a Guardian Commons rebellion in curly
single marks, an SCMP fraud sentencing, an NYT nurses' strike, a Korea Herald agency dispute,
an SMH cricket report, a Bloomberg antitrust suit), by another outside author, scored with
score.py at first sight after rounds 13-29's fixes: 1.000 / 0.795, 0.953 / 0.843. Its misses:
Korean given names whose hyphenated pieces the parser made subjects of their own ("Lee
Min-jae" came out "jae"); "Sentencing Chan, Judge X said" (a court participle and its object
read as the subject); "the members" and "the agency" for the group and the company named
before ("members of its girl group Novella", "K-pop agency Starline Entertainment"); "the
bank's rate-setting committee, known as Copom"; "Friends | of the Fells" cut at "of the";
"Lumora Sued" (a headline verb NER glued to the name) and "Lumora Inc." (the set writes
companies without their legal form); "she" after "an 82-year-old widow" given to the woman
named before; reported clauses the parser hid ('was ‘irritating but manageable’', "said,
requesting anonymity, that", "In mitigation, defence counsel X said", a lede's "..., fire
officials said" under a dateline made the root); and "signalled it was in no hurry", which
this author and round 27's both leave out ("signal" is no longer an evidential cue). After
its fixes by category (test_quotes_round30_categories.py): 1.000 / 1.000, 1.000 / 1.000
(this module's tally too, once "A spokesperson for the trade body Clean Power Britain",
whose name the parser split off as a second subject, no longer came out "Britain", which
score.py accepts as it drops "spokesperson"); rounds 1-29 unchanged but for
round 27's "signaled" clause no longer reported (1.000 / 0.996, 0.982 / 0.997), the seed
direct 1.0 / 1.0; all 224 articles 1.000 / 0.996, 0.982 / 0.997 (before 1.000 / 0.988,
0.980 / 0.991). Its gold keeps the set's conventions (the widow is the unnamed source, as
written).
Round 31 (225-232: AP transit fares, a Reuters shrimp exporter, BBC Wales floods in curly single
marks, a Times of Israel coalition vote, a Chicago Tribune police trial, a Straits Times housing
pilot with Chinese and Malay names, an ESPN trade, Le Monde pensions in translated English), by
another outside author, scored with score.py at first sight after rounds 13-30's fixes: 1.000 /
0.892, 0.906 / 0.943. Its misses: Malay names given later by the personal name inside them
("Mr Faizal" of "Muhammad Faizal Ismail", "Dr Aisyah" of "Nur Aisyah Rahim"); a name the parser
hung on the opening phrase with its age and role in apposition ("Among the marchers in Paris, X,
59, a nurse, estimated that ..."), NER having tagged it an organisation, so the "she said" after
her went to the minister quoted before; "told the lawyers she expected ..."; a headline
description opening with a place ("Former Chicago cop testifies ...") and a lede's "a former
police officer charged with ..." for the defendant named next; "the company" for an exporter NER
tagged a person, described by "one of ... exporters" under the dateline. After its fixes by
category (test_quotes_round31_categories.py): 1.000 / 0.985, 0.924 / 0.982 (this module's tally
the same); rounds 1-30 unchanged but for one speaker of round 11 now right (score.py error lists
otherwise identical), the seed direct 1.0 / 1.0; all 232 articles 1.000 / 0.996, 0.980 / 0.997
(before 1.000 / 0.992, 0.979 / 0.995). Left: "Mr and Mrs Goh Kok Leong said" (a couple as one
plural speaker), "In the words of one X deputy:" given to the source before, "He said" after
"X asked Kowalczyk why ..." given to the asker, and "per sources" (no round uses "per" as a cue).
Where its gold parts from the set (the files say so): three documents as speakers ("according to
court records / customs data / Hebrew media reports"; rounds 13-14 make documents sources), three
clauses whose modal is outside the marks counted direct only ('would "remain united ..."', as
round 20; rounds 13, 14 and 18 count them reported too), and a progressive whose participle is
inside the marks counted reported ('was "balancing the budget ..."'; rounds 1, 10 and 16 count
it direct only).
Round 32 (233-240: a Kyodo Diet budget, a Times of India bail hearing, a Punch fuel-price story,
Irish Times waiting lists in curly single marks, a Bloomberg central bank hold with two-surname
Spanish names, a Canadian Press wildfire, a BBC Sport press conference in single marks, an AP
study), by another outside author, scored with score.py at first sight after rounds 13-31's
fixes: 1.000 / 0.951, 0.972 / 0.923. Its misses: organisations speaking through a bare noun or
their members ("The club said" for a club NER tagged a person and never a subject,
"Policymakers wrote" right after "the bank said"); "The authority, in a statement signed by
its spokesperson, Mr X, said" (and "the statement added" after it) given to the spokesperson;
"said ... had been lost, though they cautioned that ..." read as one report. After its fixes
by category (test_quotes_round32_categories.py): 1.000 / 1.000, 0.981 / 0.981 (this module's
tally the same); rounds 1-31 unchanged (score.py error lists identical), the seed direct
1.0 / 1.0; all 240 articles 1.000 / 0.996, 0.980 / 0.997 (before 1.000 / 0.994, 0.980 /
0.995). Where its gold parts from the set (the files say so): two clauses whose verb is inside
single marks counted reported too ("had ‘thrown money at ...’", "were ‘running on goodwill’";
the set counts them direct only, whatever the marks), and "X argued that ..., according to
people with direct knowledge" given to the outer source (round 1 gives the inner clause to its
own subject).
Round 33 (241-248: a Philippine Senate hearing, a News24 water crisis, a Guardian Australia
election, an NPR feature in the present tense, a Politico summit of anonymous diplomats, an
Anadolu rebuilding story, a Daily Nation teachers' strike, a local TV shooting), by another
outside author, scored with score.py at first sight after rounds 13-32's fixes: 1.000 / 0.904,
0.984 / 0.873. Its misses: an acronym written as a word ("(Samwu)"); Kenyan titles alone ("the
CS" after "Cabinet Secretary Dr X", "the union boss"); a nickname in marks that NER cut out of
a name ('Dorothy "Dot" Gaines'), so "Gaines says" and "she says" went to another woman; a given
name alone ("Hatice, 54, who lost ..., said") hung on an opening participle phrase; "the
ministry" with only a portfolio minister named; "Teachers who spoke to us" taken for the
Teachers Service Commission; a list of countries in apposition to an opening phrase. After its
fixes by category (test_quotes_round33_categories.py): 1.000 / 1.000, 1.000 / 0.938 (this
module's tally the same); rounds 1-32 unchanged (score.py error lists identical), the seed
direct 1.0 / 1.0; all 248 articles 1.000 / 0.996, 0.981 / 0.994 (before 1.000 / 0.993,
0.980 / 0.992). Where its gold parts from the set (the files say so): "diplomats briefed on
/ familiar with the talks" written `diplomats` (the set keeps the post-modifier) and bare
"police" written as the department's full name (the set writes `police`): four reported
speakers counted wrong rather than bending the code.
Round 34 (249-256: AP Senate stopgap, Reuters earnings, NYT feature, CNN derailment, a
Washington Post investigation, a Guardian social-care story with single marks, AFP border
talks, a local road-rage trial), by another outside author, scored with score.py at first
sight after rounds 13-33's fixes: 0.993 / 0.985, 0.953 / 0.961. Its misses, fixed by
category: "the leaders of 42 councils" (an unnamed group counted in an "of" phrase is named
"council leaders"), "the Austin, Texas-based company" (as bare as "the company"), "accused
ministers of ‘dithering’" (the charge after "of" is a partial quote), "according to a review
by X of records" (a document), an indirect question after any reporting verb ("say how it
would be paid for"), and "told reporters outside the courthouse that ..." with "that" read as
a determiner. After them 1.000 / 1.000, 0.981 / 1.000 (this module's tally); all 256
articles 1.000 / 0.996, 0.981 / 0.994. Where its gold parts from the set (254 says so): a
lede's "Council leaders ... have warned that ..." is left out; the Local Government
Association's "estimates that" (left out, as round 25 treats estimates) is still reported.
Round 37 (273-280: AP awards, Reuters coalition, NYT aircraft maker, BBC carer-fraud trial,
CBC Question Period, AP obituary, ESPN tennis, Reuters Indian election), by another outside
author, scored with score.py at first sight after rounds 13-36's fixes: 1.000 / 0.958,
0.932 / 0.979. Fixed by category: 'X, who created the strip "Y," called Z "the kindest
man ..."' (the verb read as X's participle, the quote as X's apposition; a lower-case
superlative is a verdict, not a name), "shot back that" (a reply with its particle), and a
second subject after "with X warning that ... and Y refusing to ..." cut from the report.
After them 1.000 / 0.972, 0.942 / 0.980 (score.py). Where its gold parts from the set (the
files 273-276 and 280 say so): documents given as speakers ("according to a draft paper",
"company filings"), a partial quote whose verb is inside the marks counted as reported too
("had \"worked for ...\"", 'would "just enjoy ..."' left out although round 14 counts a
bare modal outside the marks as reported), a nested report given its own record, "one of the
engineers" singularised, and a lede report ("with the finance minister warning that ...")
left out.
Round 39 (289-296: Reuters trade dispute, AP legislature, BBC rail strike, AP wildfire, NYT
data breach, local school board, Guardian cricket, AFP coup attempt), by another outside
author, scored with score.py at first sight after rounds 13-38's fixes: 0.985 / 0.985,
0.981 / 0.922. Fixed by category: "the company" after a company the sentence before
introduced by its apposition ("Shares in X, the country's largest steelmaker, fell"); a
name given in full by its apposition over a Title Case headline entity NER ran over a comma
("... Customers, Company Says"), whose lone "Company" is the body's company; a definite
label after "call it" whose last noun the parser read as a verb; a quoted verb of judging
('X "firmly condemned" the attempt'); "Another witness, a taxi driver," written as the
apposition's noun. After them 1.000 / 1.000, 0.981 / 1.000 (score.py). Where its gold parts
from the set (the files say so): the two headline reports are left out, which the set counts
since round 38 (kept, with the body's speaker).
Round 40 (297-304: AP car-plant layoff, Reuters disputed election, BBC maternity inquiry, NYT
abortion ruling, Guardian housing plan, local TV bus crash, AP World Series, Bloomberg oil
results), by another outside author, scored with score.py at first sight after rounds 13-39's
fixes: 0.993 / 0.946, 0.976 / 0.917. Its gold counts 'said he would "sleep on it."' (a bare modal
outside the marks, the verb inside, nothing of the writer's after them) as direct only, as
blind20_04, blind20_05, blind22_08, blind31_07, blind31_08 (twice) and blind37_01 do (nine
clauses with round 40's two) against blind13_02, blind14_05 and blind18_07 (three): the code now
follows that majority, which build_gold.py's convention also reads (the verb is inside the
marks), so round 14's reported floor drops to 0.97 (its file says so).
Fixed by category: a "whose" clause whose verb the parser took for the main one ("Families
whose babies died ... say"), the bare modal above, an "indicator" as a document, a quoted
manner adverb of a verb of judging ('apologised ‘unreservedly’'), a date hung on the subject
("opposition leader on Friday"), a lone given name NER tagged as an organisation before a
full name ("Kirsty and Daniel Pryce"; "kirsty" added to speakers_given_names.yaml, so
"Mrs Pryce" and "she" pick the woman), and "She says" after "X's son, Mason, was on the
bus." (the relative's named owner). After them 1.000 / 1.000, 1.000 / 0.983 (score.py).
Left: "Kasundi's opposition leader" not tied to "his main challenger, X" named later (the
article never calls X the opposition leader). All 304 articles with score.py: 0.999 / 0.994, 0.979 /
0.990 before round 40's fixes; 1.000 / 0.996, 0.980 / 0.992 after them (rounds 1-39 alone:
reported F1 0.9785 -> 0.9795, the modal majority costing three records and removing seven
spurious ones; every other figure unchanged).
Round 41 (305-312: AP spending bill, Reuters mine collapse, BBC missing woman, NYT malaria
vaccine, Guardian match report, local hospital closure, AFP floods, CNBC proxy fight), by
another outside author, scored with score.py at first sight after rounds 13-40's fixes:
1.000 / 0.984, 0.980 / 0.958 (this module's tally 1.000 / 0.937, 0.980 / 0.938: it does not
take "Marlow family" for "Kelsey Marlow's family", which score.py accepts; round 28's gold wrote
"Mr Bayliss's family" as "Bayliss family", the code's form: kept as written, 307's header says
so). Fixed by category:
a Title Case headline report whose verb the tagger read as a name ("..., Researchers Say"); a
second predicate of the writer's after the marks ('said the package "spends money we don't
have" and does nothing ...'), which makes the clause a report as well as a quote (round 40's
direct-only count was for clauses with nothing of the writer's after the marks, so the two
agree); a possessive role of a thing ("the mine's operator") resolved to the company the
article names in that role ("which is run by X"; speakers.yaml organization_roles); a
standfirst label after a semicolon ("...; Castlegate's Reid: '...'"), NER's possessive
person name cut to "Reid"; "the company said in a filing" with no subject to refer back to
as the organisation whose short name the text gives most often, "X Systems shareholders"
no thing's name (speakers.yaml company_people). After them 1.000 / 1.000, 1.000 / 1.000
(score.py; this module's tally 1.000 / 0.952, 1.000 / 0.980). All 312 articles with
score.py: 0.9996 / 0.9953, 0.9801 / 0.9914 before round 41's fixes; 0.9996 / 0.9957,
0.9807 / 0.9924 after them (rounds 1-40 unchanged, error list identical).
Round 42 (313-320: AP State of the State address, a Reuters brake-sensor recall, BBC Scotland
ferry breakdown in single marks, an NYT subway story with Mr./Ms., a Guardian Australia drought
feature, AP basketball, AFP peace talks, a WSJ bank merger), by another outside author, scored
with score.py at first sight after rounds 13-41's fixes: 0.979 / 0.957, 0.971 / 0.956. Its
misses: "what she called "a handful of ..."" (a naming, even with the article inside the
marks) against "an analyst ..., who called the amount "manageable"" (a verdict; "who" the
person's, not the bank's the parser hung it on); "the deal would add about 9% to earnings"
read as a cue; "according to FactSet" (a market-data feed); "her board had weighed ... but
concluded that ..." (a decision inside the clause, reporting_verbs.yaml ``deciding``);
"Islanders on Carrach" (now "Carrach islanders", as "Officials in Orsk" -> "Orsk officials";
it also fixes round 1's "Islanders on Skerra"); "The supplier of the sensor, X," (the name
speaks); a speaker "Federal Office ... (FOVS" with an open bracket; "The regulator said" (the
body named before, speakers.yaml ``org_kinds``); a dateline city the parser made the subject
of the lede. After its fixes by category (test_quotes_round42_categories.py): 1.000 /
1.000, 0.993 / 1.000 (score.py and this module's tally). Left, where its gold parts from the
set (313's header says so): "... but warned that ..." kept inside one report. All 320
articles with score.py: 0.9990 / 0.9947, 0.9803 / 0.9912 before round 42's fixes; 0.9996 /
0.9962, 0.9811 / 0.9927 after them (rounds 1-41 unchanged but for round 1's islanders).
Round 43 (321-328: AP measles, Reuters G20, BBC council tax in single marks, an NYT-style
police trial, a Guardian rail collapse, AP hockey, Kyodo election copy, an FT chipmaker), by
another outside author, scored with score.py at first sight after rounds 13-42's fixes:
0.983 / 0.948, 0.969 / 0.915. Its misses: "she said" given to an organisation set off after a
body's noun inside the reported clause ("the operator, X, had informed ..."), "The RMT union"
for the acronym, a lede's "The former police officer charged with ..." kept over the name the
next paragraph sets off after the same noun, "accused ministers of 'sleepwalking'" with the
verb tagged a past-tense adjective (and the "He" after it), 'would "reflect deeply" on the
outcome' read as reported (the phrase after the marks completes the quoted verb: direct only,
reporting_verbs.yaml ``verb_complements``; a verb quoted with its complement, 'would "work
with the neighbors" on ...', stays reported as rounds 31 and 35 count it). After its fixes by
category (test_quotes_round43_categories.py): 0.992 / 1.000, 0.979 / 0.979 (score.py); rounds
1-42 unchanged (0.9996 / 0.9962, 0.9811 / 0.9927); all 328 articles 0.9994 / 0.9963, 0.9810 /
0.9924. Left, where its gold parts from the set (324's and 327's headers say so): the
headline's "Officer Testified He Feared ..." left out (the set counts headline reports since
round 38) and "according to Kyodo News projections" given a speaker (projections are data,
as rounds 13, 14 and 42 make documents and data feeds no speakers); and "The Labour-run
council" for the gold's "Harrowby council", a name the article writes only inside the
headline's "Harrowby council tax".
Round 44 (329-336: AP tornado, Reuters airline results, BBC waiting lists in curly single
marks, an NYT congestion-fee vote, a Guardian university strike, AP college football, AFP
border clash, a Bloomberg hostile bid), by another outside author, scored with score.py at
first sight after rounds 13-43's fixes: 0.980 / 0.946, 0.931 / 0.963. Its misses: a name, a
rating and "what the union calls" in marks read as quotes ('called the tower "Old Faithful."',
'rates the stock "buy."' (attribution.yaml ``rating-label``), "in what the union calls
'...'" with the noun hung on another verb); a second reporting verb with no subject joined
to the reported clause's verb ("said that X had fired first and warned that ...", "said the
board would ... and urged staff to ...") given the clause's subject; "the foreign ministers
of Kalvia, Ostrenia and Dobrudja" given the last group that spoke; a headline's "says hip
patient" for the woman whose body quote repeats its words, and the headline's label read as
a report; "residents reached by telephone by AFP" after "In Drevno,", "Students at several
campuses" (the set writes "students": two golds against none); "Everly said ..." with the
surname parsed as an adverb; "according to" after "A, and B" given only B (the golds give
the whole sentence three times against none); 'wrote that the bid "significantly
undervalues" the company' read as direct only: a finite verb inside the marks with the
writer's words after them (its object, an infinitive, a noun's phrase) is reported too, as
the golds count it four times (blind12_02, 22_01, 29_02, 44_08); a prepositional adjunct of
the quoted verb after the marks (blind20_06, the seed), headlines (blind23_04, 30_04), marks
ending on a preposition (blind35_05) and clauses going on after a comma stay direct only, as
those golds count them. After its fixes by category (test_quotes_round44_categories.py):
1.000 / 1.000, 0.974 / 1.000 (score.py); rounds 12, 22 and 29 gain a report each, rounds
1-43 otherwise unchanged (score.py error lists identical), the seed unchanged (direct 1.0 /
1.0, reported 0.90 / 1.0); all 336 articles 0.9989 / 0.9949, 0.9797 / 0.9916 before, 0.9995
/ 0.9964, 0.9815 / 0.9926 after. Where its gold parts from the set (331's and 332's
headers say so): "said ... but insisted/warned that ..." kept as one report twice (the
golds make two in 15 places against 4), and an analysis by a budget office given its author
as speaker (blind27_05 and blind34_05 make authored documents no speakers).
Round 45 (337-344: AP exoneration, Reuters rate cut, BBC sewage spill in straight single
marks, NYT teachers' strike, Guardian manager sacked in curly single marks, AP basketball,
AFP climate deal, WSJ layoffs), by another outside author, scored with score.py at first
sight after rounds 13-44's fixes: 1.000 / 0.857, 0.955 / 0.925. Its misses: "it" right after
a sentence whose subject is a body ("The finance ministry welcomed the move. In a statement,
it said"; "Kestrel Water said ... It added", NER having tagged the company a person) given to
the body that spoke before; "a spokesperson for the company" given a river NER tagged an
organisation ("Aske"); "The local MP, X," and "X of the campaign group Y called" (Y made the
subject) given the title and the group; "the club statement read" (no cue) and a standfirst's
bare "Club say"; "the company" after "viewed by The Wall Street Journal" given the paper;
"declared as he brought down the gavel, to applause" read as a report; a dek's "Software
maker's chief tells staff the company must '...'" read as a report too (its paragraph break
counted as the writer's words) and not given the chief executive the body names. After its
fixes by category (test_quotes_round45_categories.py; issuers.py split out of
organizations.py): 1.000 / 1.000, 0.973 / 1.000 (score.py); rounds 1-44 unchanged but round
11's "The two Republicans, Senator X and Senator Y," now right twice (score.py error lists
otherwise identical), the seed unchanged (direct 1.0 / 1.0, reported 0.90 / 1.0); all 344
articles 0.9995 / 0.9926, 0.9809 / 0.9909 before, 0.9995 / 0.9968, 0.9813 / 0.9932 after.
Where its gold parts from the set (337-339's headers say so), three "according to" records
the set's golds count the other way: a document with no issuer named ("court records") has
a speaker in 15 golds and none in 25; a statement whose issuer the phrase does not name
("released with the decision") a speaker in 1 and none in 2; figures or data by a named body
("published by the agency") a speaker in 9 and none in 12.
Round 46 (345-352: AP budget veto, Reuters miner's profit warning, BBC prisons report in curly
single marks, NYT hospital ransomware, Guardian tower-fire inquiry in curly single marks, AP
baseball, AFP coup attempt in translated English, CNBC streaming price rise), by another
outside author, scored with score.py at first sight after rounds 13-45's fixes: 0.995 /
0.957, 0.964 / 0.910. Its misses: "the chief inspector of prisons has warned" in the lede
(the next paragraph opens "Nigel Ashdown said"), "The London-listed miner", "the streaming
company" (the company its own clause names, NER tagging it a place) and "the union" after
"The Prison Officers' Association (POA) said" given as written; "A nurse in the hospital's
intensive care unit, who asked not to be named," kept its place; "X was safe and would
speak later, he added" given to X; "told the inquiry she had ...", "Counsel to the
inquiry, X, put it to Y that ..." missed; a show title under "said" ('its hit drama
“Saltmarsh.”') read as a quote. After its fixes by category
(test_quotes_round46_categories.py): 1.000 / 1.000, 0.979 / 1.000 (score.py); rounds 1-45
and the seed unchanged (score.py error lists identical); all 352 articles 0.9993 / 0.9956,
0.9808 / 0.9908 before, 0.9995 / 0.9969, 0.9812 / 0.9934 after. Where its gold parts from
the set (349 and 351's headers say so): 'would ‘not hide from ...’' counted reported (the
set's majority counts a modal outside marks that close the clause direct only), 'said it
was "closely following ..." and advised its nationals ...' counted one report, and the
headline "... as government says coup attempt foiled" left out (the set counts headline
reports since round 38). A common-noun place before a set-off description is dropped as
rounds 1, 9 and 46 write it; round 13's "nurse at the clinic who asked ..." (no comma)
keeps it.
Round 47 (353-360: AP wildfire evacuations, Reuters chipmaker results, BBC rail fares in single
marks, NYT council vote on a shelter, Guardian rugby club in administration, AP football, AFP
monsoon floods in translated English, Bloomberg central bank testimony), by another outside
author, scored with score.py at first sight after rounds 13-46's fixes: 0.994 / 0.975, 0.964 /
0.926. After its fixes by category (test_quotes_round47_categories.py): 1.000 / 1.000, 0.983 /
0.964; round 1 gains "predicted another 3 inches of rain" (a body's forecast of a noun
phrase), rounds 2-46 and the seed unchanged; all 360 0.9993 / 0.9963, 0.9808 / 0.9918 before,
0.9995 / 0.9970, 0.9815 / 0.9927 after. Where its gold parts from the set (354, 356 and 359's
headers): "The United Nations Children's Fund (UNICEF)" written "UNICEF" (the set writes a
body given with its acronym by its full name, 33 golds to this one); "according to LSEG data"
counted with LSEG as speaker (four golds count no report); "the city says" written "Harwick"
(the only bare "the city" source of the set; left open).
Rounds 48-50 (361-384: AP police shooting, Reuters merger talks, BBC GP shortages, NYT
voting-map ruling, Guardian heatwave, AP tennis, AFP peace talks, FT bank cuts; CNN state
visit, Reuters engine recall, BBC council tax, NYT resignation, Guardian press conference,
AP hurricane, Reuters ceasefire, Senate hearing; AP verdict, Reuters retail, BBC maternity
review, NYT fares, Guardian count, AP golf, AFP mine collapse, WSJ merger), by outside
authors, scored with score.py at first sight after rounds 13-47's fixes: 0.986 / 0.986,
0.959 / 0.914; 1.000 / 0.987, 0.971 / 0.970; 1.000 / 0.923, 0.960 / 0.944. After their
fixes by category (test_quotes_round48_categories.py): 1.000 / 1.000, 0.959 / 1.000;
1.000 / 1.000, 0.985 / 0.970; 1.000 / 1.000, 0.987 / 1.000; rounds 1-47 and the seed
unchanged; all 384 0.9992 / 0.9953, 0.9803 / 0.9896 before, 0.9995 / 0.9972, 0.9811 /
0.9924 after. Where their gold parts from the set (the headers of 361, 362, 368, 375, 376
and 378 say so): documents and data given speakers ("police report", "LSEG data", "Reuters
calculations", "annual report"), a verb inside the marks with nothing after them counted
reported, "diplomats" without its participle phrase, and a participle's that-clause left
out. Left open: 'cracks ... "could result in uncontained failure" if left undetected' (a
modal inside the marks with the writer's words after them, which round 44 counts reported).
Round 51 (385-392: AP derailment, Reuters EU fine, BBC teachers' pay, NYT governor, Guardian
cricket, CNN wildfire smoke, AFP fuel protests, Bloomberg crypto), by an outside author,
scored with score.py at first sight after rounds 13-50's fixes: 1.000 / 0.932, 0.972 /
0.943; after its fixes by category (test_quotes_round51_categories.py): 1.000 / 1.000,
0.972 / 1.000; rounds 1-50 and the seed unchanged; all 392 0.9995 / 0.9957, 0.9809 / 0.9914
before, 0.9995 / 0.9973, 0.9809 / 0.9925 after. Where its gold parts from the set (387 and
388's headers): "documents seen by the BBC" given a speaker, and a "warned that" and an
"arguing that" clause left out.
Round 71 (545-552: AP lottery scandal, Reuters smelter fire, BBC theatre closure, NPR lead
pipes, Guardian rough sleeping, AP doping appeal, AFP ferry sinking, Bloomberg truck recall), by
another outside author, scored with score.py at first sight after rounds 13-68's fixes: 1.000 /
0.891, 0.975 / 0.966; after its fixes by category (test_quotes_round71_categories.py): 1.000 /
1.000, 1.000 / 1.000. Round 72 (553-560: AP hospital ransomware, Reuters fertiliser export
ban, BBC island ferries, Washington Post drone contract protest, Guardian zoo report, AP golf
rain delay, AFP border crossing, WSJ retailer bankruptcy), by another outside author, held
out: scored with score.py on session 13's last quotes code and not fixed: 0.986 / 0.986,
0.983 / 0.965 (rounds 52-70 and 72 are described with their floors below). Round 73 (561-568:
AP wildfire evacuations, Reuters rate decision, BBC hospital parking charges, Politico farm
bill, Guardian lecturers' strike, AP marathon course record, AFP dam collapse, Bloomberg
crypto exchange halt), by another outside author, scored with score.py at first sight after
rounds 13-72's fixes: 0.993 / 0.985, 0.960 / 1.000 (described with its floors below). After
session 14's fixes by category (test_quotes_round72_categories.py): round 72 1.000 / 1.000,
1.000 / 1.000; round 73 1.000 / 0.986, 0.976 / 1.000.
Round 74 (569-576:
AP bodycam footage, Reuters airport strike, BBC village flooding in straight and curly marks, NYT
museum repatriation, Guardian water-company fine, AP trade deadline, AFP cyclone in translated
English, FT export licence), by another outside author, scored with score.py at first sight
after rounds 13-72's fixes: 1.000 / 0.970, 0.961 / 0.902; after its fixes by category
(test_quotes_round74_categories.py) 1.000 / 1.000, 0.992 / 1.000 (this module's tally the
same); merged with main (rounds 72-73's fixes) the same on round 74, rounds 1-73 as main or
better (0.9985 / 0.9956, 0.9810 / 0.9882 on main, 0.9985 / 0.9958, 0.9810 / 0.9884 merged:
round 61 one speaker better in each kind), the seed direct 1.0 / 1.0; all 576 articles 0.9986 /
0.9953, 0.9807 / 0.9868 on main, 0.9986 / 0.9959, 0.9812 / 0.9886 merged (described with its
floors below). Round 75 (577-584: AP school bus crash, Reuters canal tolls, BBC bin strike,
Washington Post drug panel, Guardian developer collapse, AP tennis doping, AFP recount, WSJ
merger), by another outside author, held out: scored with score.py on session 14's last quotes
code and not fixed: 1.000 / 1.000, 0.978 / 0.925. Round 76
(585-592: AP police chase, Reuters central bank governor, BBC ambulance queues, NYT rezoning vote,
Guardian language department closure, AP coach fired, AFP volcano, FT profit warning), by another
outside author, scored with score.py at first sight after rounds 13-75's fixes: 0.993 / 0.955,
0.974 / 0.982. After session 15's fixes by category (test_quotes_round75_categories.py): round
75 1.000 / 1.000, 0.993 / 0.986; round 76 1.000 / 1.000, 0.992 / 1.000; rounds 1-74 unchanged
but round 49 one report better (0.9986 / 0.9959, 0.9812 / 0.9886 -> 0.9814 reported F1), the
seed direct 1.0 / 1.0; all 592 articles 0.9986 / 0.9960, 0.9817 / 0.9887 (described with their
floors below).
Round 77 (593-600: AP tornado, Reuters oil output cut, BBC hosepipe ban, Washington Post
senator ethics, Guardian care home closure, AP stadium funding, AFP migrant rescue, Bloomberg chip
plant subsidy), by another outside author, scored with score.py at first sight after rounds
13-74's fixes: 1.000 / 0.970, 0.940 / 0.964; after its fixes by category
(test_quotes_round77_categories.py) 1.000 / 1.000, 0.974 / 0.982, rounds 1-75 and the seed
unchanged but round 59 one report better; all 592 articles (rounds 1-75, 77) 0.9986 / 0.9956,
0.9806 / 0.9872 before, 0.9986 / 0.9960, 0.9812 / 0.9875 after. Merged with main (rounds 75-76's
fixes): round 77 the same, rounds 1-76 as main or better (round 59 one report better), the seed
direct 1.0 / 1.0; all 600 articles 0.9986 / 0.9957, 0.9811 / 0.9884 on main, 0.9986 / 0.9961,
0.9817 / 0.9887 merged (described with its floors below). Round 78 (601-608: AP prison riot,
Reuters carmaker recall, BBC council tax rise, NYT subway fare, Guardian NHS strike talks, AP
NBA suspension, AFP heatwave deaths, WSJ bank money laundering fine), by another outside
author, held out: scored with score.py on session 15's last quotes code and not fixed: 0.993 /
1.000, 0.955 / 0.943 (described with its floors below). Round 79 (609-616: AP flash flood, Reuters
mining chief ousted, BBC rail timetable, Washington Post voting maps ruling, Guardian sewage fine,
AP sprinter doping ban, AFP election recount, FT pension fund merger), by another outside author,
scored with score.py at first sight after rounds 13-77's fixes: 0.994 / 0.962, 0.992 / 0.984.
After session 16's fixes by category (test_quotes_round78_categories.py): round 78 1.000 / 1.000,
0.982 / 1.000; round 79 1.000 / 1.000, 1.000 / 1.000; rounds 1-77 unchanged but round 68 one
direct speaker better and round 75 one reported speaker better ("the school district", now
1.000 / 1.000, 0.993 / 1.000), the seed direct 1.0 / 1.0; all 616 articles 0.9985 / 0.9956,
0.9815 / 0.9880 before, 0.9987 / 0.9964, 0.9820 / 0.9892 after (described with their floors
below).
Round 80 (617-624: AP body camera footage, Reuters tanker sanctions, BBC library closures, NYT
restaurant grades, Guardian inquest, AP stadium lease, AFP quake convoy, Bloomberg crypto
trial), by another outside author, scored with score.py at first sight after rounds 13-79's
fixes: 0.993 / 0.940, 0.933 / 0.918; after its fixes by category
(test_quotes_round80_categories.py) 1.000 / 1.000, 0.981 / 1.000; rounds 1-78 and the seed
unchanged but round 65 one reported speaker better (0.9985 / 0.9961, 0.9814 / 0.9881 ->
0.9985 / 0.9961, 0.9814 / 0.9883), the seed direct 1.0 / 1.0; all 616 articles 0.9985 /
0.9954, 0.9808 / 0.9872 before, 0.9986 / 0.9962, 0.9814 / 0.9885 after. Merged with main
(session 16's rounds 75, 78 and 79 fixes, main at 0b6a85d): round 80 the same, rounds 1-79 as
main but round 65 one reported speaker better (0.9987 / 0.9964, 0.9820 / 0.9892 on main,
0.9987 / 0.9964, 0.9820 / 0.9895 merged), the seed's error list as main's (direct 1.0 / 1.0);
all 624 articles 0.9986 / 0.9957, 0.9814 / 0.9884 on main, 0.9987 / 0.9964, 0.9820 / 0.9896
merged (described with its floors below). Round 81 (625-632: AP tour bus crash, Reuters central
bank holds rates, BBC hospital parking charges, NYT looted antiquities returned, Guardian rail
franchise stripped, AP football coach fired, AFP fuel price protest, WSJ airline merger
blocked), by another outside author, held out: scored with score.py on session 16's last quotes
code and not fixed: 1.000 / 0.986, 0.939 / 0.926. Round 82 (633-640: AP school bus driver
shortage, Reuters chipmaker export curbs, BBC ambulance handover delays, NYT fare evasion,
Guardian sewage permits, AP wildfire, AFP frost in the vineyards, Bloomberg bank branch cuts),
by another outside author, scored with score.py at first sight after rounds 13-81's fixes:
0.993 / 0.971, 0.965 / 0.927 (0.993 / 0.971, 0.965 / 0.964 against its gold after one edit,
636's header). After session 17's fixes by category (test_quotes_round81_categories.py):
round 81 1.000 / 0.986, 1.000 / 0.967; round 82 1.000 / 1.000, 0.982 / 1.000; rounds 1-80
and the seed unchanged but round 11 one report better and round 75 one report better
(round 75's leftover headline); rounds 1-81 0.9987 / 0.9963, 0.9814 / 0.9888 before,
0.9987 / 0.9963, 0.9825 / 0.9893 after; all 640 articles 0.9986 / 0.9959, 0.9812 / 0.9885
before (round 82 at first sight), 0.9987 / 0.9963, 0.9825 / 0.9894 after (described with
their floors below).
Round 83 (641-648: AP prison escape, Reuters war-risk insurance, BBC council tax rise, Washington
Post data breach, Guardian university strike ballot, AP zoo elephant death, AFP ferry sinking, FT
supermarket price war), by another outside author, scored with score.py at first sight after
rounds 13-80's fixes: 0.985 / 0.924, 0.961 / 0.984; after its fixes by category
(test_quotes_round83_categories.py) 1.000 / 1.000, 0.984 / 0.984, rounds 1-81 and the seed
unchanged (two reports of rounds 41 and 52 now end where their gold ends them); rounds 1-81
and 83 0.9985 / 0.9954, 0.9811 / 0.9887 before, 0.9987 / 0.9963, 0.9815 / 0.9887 after.
Merged with main (session 17's rounds 81-82 fixes, main at 7bfc4f0): round 83 1.000 / 1.000,
0.984 / 1.000 (main's code: 0.985 / 0.924, 0.961 / 1.000; its rule for a standfirst's bare
role names "Chief executive says" Ken Aldous), rounds 1-82 and the seed's error lists as
main's (0.9987 / 0.9963, 0.9825 / 0.9894; a report of round 82 now ends where its gold ends
it); all 648 articles 0.9985 / 0.9955, 0.9822 / 0.9896 on main, 0.9987 / 0.9964, 0.9825 /
0.9896 merged (described with its floors below). Round 84 (649-656: AP fraternity hazing
lawsuit, Reuters sovereign debt downgrade, BBC care home closure, NYT landlord harassment suit,
Guardian music festival cancelled, AP tornado sirens, AFP avalanche at a ski resort, LA Times
water rationing vote), by another outside author, held out: scored with score.py on session
17's last quotes code and not fixed: 0.973 / 0.890, 0.986 / 0.870. Round 85 (657-664: AP
election recount, Reuters airline merger blocked, BBC surgery waiting list, NYT looted vessels
returned, Guardian university job cuts, AP bridge toll rise, AFP olive-tree blight, Washington
Post police body cameras), by another outside author, scored with score.py at first sight
after rounds 13-84's fixes: 0.977 / 1.000, 0.964 / 1.000. After session 18's fixes by
category (test_quotes_round84_categories.py): round 84 1.000 / 0.987, 0.986 / 0.971; round
85 1.000 / 1.000, 1.000 / 1.000; rounds 1-83 and the seed unchanged but three speakers better
(rounds 16, 61, 66; 0.9987 / 0.9964, 0.9825 / 0.9896 -> 0.9987 / 0.9964, 0.9825 / 0.9900);
all 664 articles 0.9981 / 0.9950, 0.9823 / 0.9879 before (round 84 held out, round 85 at
first sight), 0.9988 / 0.9963, 0.9828 / 0.9899 after (described with their floors below).
Round 86 (665-672: AP teachers' pension shortfall, Reuters copper mine strike, BBC flood wall
delay, NYT subway signal failures, Guardian mould in housing association flats, AP county jail
deaths, AFP wildfire evacuations, Bloomberg crypto exchange bankruptcy), by another outside
author, scored with score.py at first sight after rounds 13-83's fixes (rounds 84-85 not yet
fixed): 0.993 / 0.956, 0.983 / 1.000; after branch quotes86's fixes by category
(test_quotes_round86_categories.py) 1.000 / 1.000, 1.000 / 1.000, with leftovers of rounds
31, 64, 65, 67 and 68 fixed (a speaker better each: "In the words of X:", a byline of a name
alone, a headline naming the lede's act, "the company" after a company subject), every other
round and the seed unchanged. Merged with main (session 18's rounds 84-85 fixes, 98830b0):
round 86 the same (main's code 0.993 / 0.956, 0.983 / 1.000), rounds 84-85 as main's, rounds
1-85 0.9988 / 0.9963, 0.9828 / 0.9899 on main, 0.9988 / 0.9972, 0.9828 / 0.9903 merged; all
672 articles 0.9987 / 0.9958, 0.9828 / 0.9900 on main, 0.9988 / 0.9972, 0.9830 / 0.9904
merged (described with its floors below).
Round 87 (673-680: AP library book removal, Reuters central bank rate hold, BBC rail operator
taken into public ownership, NYT hospital merger, Guardian fishing quota deal, AP lottery
jackpot fraud trial, AFP pension reform protests, FT supermarket merger inquiry), by another
outside author, held out: scored with score.py on session 18's last quotes code and not fixed:
1.000 / 0.987, 0.976 / 0.951; after session 19's fixes by category
(test_quotes_round87_categories.py) 1.000 / 1.000, 1.000 / 1.000, every other round
unchanged: rounds 1-86 0.9988 / 0.9972, 0.9830 / 0.9904; all 680 articles of rounds 1-87
0.9988 / 0.9971, 0.9829 / 0.9899 before, 0.9988 / 0.9972, 0.9832 / 0.9906 after (described
with its floors below).
Round 88 (681-688: AP short-term rental bill, Reuters copper royalty dispute, BBC ambulance
waits, NYT museum director resigns over a donor, Guardian water company fined over sewage,
AP wildfire arson arraignment, AFP farmers' blockade, Bloomberg chipmaker hit by export
curbs), by another outside author, scored with score.py at first sight on session 19's
start code (af2097e; round 87 not yet fixed): 1.000 / 0.946, 0.981 / 0.941; after session
19's fixes by category (test_quotes_round88_categories.py) 1.000 / 1.000, 0.9905 / 1.000.
With round 87's fixes and round 81's two leftovers (its headline and dek speakers): rounds
1-87 0.9988 / 0.9974, 0.9832 / 0.9908; all 688 articles 0.9988 / 0.9964, 0.9829 / 0.9894 at
the start, 0.9988 / 0.9974, 0.9833 / 0.9909 after (described with its floors below).
Round 90 (697-704: AP gas hookup ban, Reuters steel takeover cleared, BBC A&E night closure,
Washington Post voting law blocked, Guardian beaver release, AP lost teenager found, AFP
coup-plot trial, FT pension fund sues a bank over a bond sale), by another outside author,
held out: scored with score.py on session 19's last quotes code (main 8a7294d) and not fixed:
0.983 / 0.954, 0.953 / 0.967 (described with its floors below).
Round 93 (721-728: AP wildfire evacuation, Reuters tailings dam collapse, BBC Sport penalty
row, NPR poll-worker interview with a labelled transcript, The Hindu state election, New
York Times congestion-charge lawsuit, ABC shark bite with key points, POLITICO EU AI talks),
by another outside author: at first sight on session 20's start code (ef243e1) 0.967 /
0.932, 0.937 / 0.923; after its fixes (branch quotes93) 0.993 / 1.000, 0.973 / 1.000
(described with its floors below). All 720 articles of that branch (rounds 1-91 and 93,
score.py): 0.9978 / 0.9948, 0.9856 / 0.9895 at the start, 0.9982 / 0.9956, 0.9860 / 0.9903
after, no article losing anything.
Round 94 (729-736: AP officer acquitted over a traffic-stop shooting, Reuters chipmaker profit
warning, BBC university pension strike, Guardian climate activists jailed, Bloomberg Norges Bank
surprise rate cut, Kyiv Independent drone strike on a power plant, Sky News hiker found alive,
Nature gene-therapy trial paused after a death), by another outside author, held out: scored
with score.py on session 20's last quotes code (main 76084d02, every quotes branch merged) and
not fixed: 0.995 / 0.863, 0.983 / 0.877 (described with its floors below).
Round 99 (769-776: AP school shooting plot foiled, Reuters EU blocks a telecoms merger, BBC water
company fined over sewage, Washington Post ex-DHS deputy's memoir tour, NHK-style quake and
tsunami warning, FT bank chief quits over overcharging, ESPN Wimbledon upset with a Q&A excerpt,
Iowa local wind farm referendum), by another outside author, held out: scored with score.py on
session 21's last quotes code (main 0a864973) and not fixed: 0.994 / 0.961, 0.975 / 0.879
(described with its floors below).
Round 103 (801-808: AP wildfire smoke health alert, Reuters rating agency cuts Romania to junk,
BBC prisoner escapes from a Devon jail, Intercept-style leaked files on a bureau buying phone
locations, ABC shark bite with key points, Forbes billionaire's $4 billion pledge, Times of
India T20 World Cup final with a Q&A excerpt, English weekly's parking-permit committee), by
another outside author, held out: scored with score.py on session 22's last quotes code (main
fd090679) and not fixed there: 0.962 / 0.893, 0.921 / 0.951; after its fixes in session 22
0.968 / 0.960, 0.921 / 1.000 (described with its floors below).
Round 107 (833-840: AP governor stays an execution, Reuters Revolutionary Guards seize a
tanker, BBC children's hospital appeal, Economist-style Malawian currency crisis, NHK-style
Chiba quake with an early warning, Axios scoop on a memo grading staff on AI use, The Age AFL
grand final, village newsletter duck race), by another outside author, held out: scored with
score.py on session 23's last quotes code (main 91c49880) and not fixed: 0.983 / 0.871,
0.934 / 0.842 (described with its floors below).
Round 108 (841-848: AP tornado outbreak, Reuters biotech halts a kidney drug trial, BBC
cathedral roof fire, Longreads-style night-shift nurse, RTE mackerel quota cut, The
Information-style AI startup reorganisation, Straits Times BTO flat ballot, allotment society
show newsletter), by another outside author, held out: scored with score.py on session 23's
last quotes code (main 91c49880) and not fixed: 0.986 / 0.817, 0.962 / 0.921 (described with
its floors below).
The floors below sit a little under these figures, so a real regression fails.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from devscore import Gold, tally_articles

BLINDSET = Path(__file__).parent / "blindset"
#: Floors per group of rounds (direct F1, direct speaker accuracy, reported F1, reported
#: speaker accuracy), each a little under the group's figures after its fixes. Rounds 9-11
#: came from outside authors and are pinned on their own, under rounds 1-8's.
FLOORS = {
    # Session 19 settled the set's convention: a form of "be" outside the marks with the
    # participle of a progressive or passive inside them ('was “criminalizing poverty”') is
    # reported as well as direct (quoted_verbs.py; build_gold.py). The golds counting it direct
    # only were edited (03, 139, 266 headers); every "Departure kept" below for such a form
    # is now the set's convention and found. Whole set (score.py, edited gold): reported
    # 0.9830 / 0.9900 -> 0.9865 / 0.9901, direct unchanged; the rounds whose figures rose
    # have their reported floor raised (figures before -> after, this module's tally)
    "rounds 1-8": (0.99, 0.99, 0.99, 0.99),
    "round 9": (0.99, 0.98, 0.97, 0.98),
    # session 19: reported F1 0.970 -> 0.990, floor raised ("be" outside)
    "round 10": (0.99, 0.97, 0.98, 0.96),
    "round 11": (0.99, 0.95, 0.92, 0.93),
    "round 12": (0.99, 0.97, 0.94, 0.92),
    "round 13": (0.99, 0.99, 0.98, 0.99),
    # round 14's reported floor at 0.97 since round 40: its "would 'play for his country
    # ...'" (bare modal outside the marks) is direct only in the set's majority
    "round 14": (0.99, 0.99, 0.97, 0.99),
    "round 15": (0.99, 0.99, 0.99, 0.99),
    # session 19: reported F1 0.991 -> 1.000, floor raised ("be" outside)
    "round 16": (0.99, 0.96, 0.99, 0.99),
    "round 17": (0.99, 0.99, 0.98, 0.99),
    # round 18's direct speaker floor at 0.97 since round 95: its "one of them" after "Two
    # Democratic strategists" is plural, the set's majority singular (round 60's rule)
    "round 18": (0.99, 0.97, 0.97, 0.99),
    "round 19": (0.99, 0.99, 0.98, 0.99),
    # session 19: reported F1 0.989 -> 1.000, floor raised ("be" outside)
    "round 20": (0.99, 0.99, 0.99, 0.99),
    "round 21": (0.99, 0.99, 0.96, 0.99),
    # session 23, branch quotes105 leftovers: 1.000 / 0.983, 0.975 / 1.000 -> 1.000 / 1.000,
    # 0.975 / 1.000 (score.py), direct speaker floor raised: 155's "a company spokesperson"
    # after "Corvane declined" is Corvane Oil's ("oil" a company's trade word; gold edited to
    # the canonical full name, 155 header; test_quotes_leftovers23_categories.py)
    "round 22": (0.99, 0.99, 0.95, 0.99),
    # session 19: reported F1 0.980 -> 0.990, floor raised ("be" outside)
    "round 23": (0.99, 0.99, 0.98, 0.99),
    # session 19: reported F1 0.981 -> 0.991, floor raised ("be" outside)
    "round 24": (0.99, 0.99, 0.98, 0.99),
    "round 25": (0.99, 0.99, 0.95, 0.99),
    # session 19: reported F1 0.990 -> 1.000, floor raised ("be" outside)
    "round 26": (0.99, 0.99, 0.99, 0.99),
    # session 19: reported F1 0.984 -> 0.992, floor raised ("be" outside)
    "round 27": (0.99, 0.99, 0.98, 0.99),
    "round 28": (0.99, 0.99, 0.96, 0.99),
    "round 29": (0.99, 0.99, 0.96, 0.99),
    "round 30": (0.99, 0.99, 0.99, 0.99),
    # session 19: reported F1 0.948 -> 0.957, floor raised ("be" outside)
    "round 31": (0.99, 0.98, 0.95, 0.97),
    "round 32": (0.99, 0.99, 0.98, 0.98),
    "round 33": (0.99, 0.99, 0.99, 0.93),
    "round 34": (0.99, 0.99, 0.97, 0.99),
    "round 35": (0.99, 0.98, 0.98, 0.97),
    "round 36": (0.99, 0.98, 0.98, 0.95),
    "round 37": (0.99, 0.97, 0.94, 0.97),
    "round 38": (0.99, 0.96, 0.92, 0.96),
    "round 39": (0.99, 0.99, 0.97, 0.99),
    "round 40": (0.99, 0.99, 0.99, 0.98),
    "round 41": (0.99, 0.95, 0.99, 0.97),
    # round 42's reported floor under 1.0: its gold keeps "... but warned that ..." inside one
    # report, where the set's convention (round 39) makes it a second report
    "round 42": (0.99, 0.99, 0.98, 0.99),
    # round 43's reported floors under 1.0: its gold leaves the headline's report out and
    # counts "according to Kyodo News projections" (data) with a speaker; "Harrowby council"
    "round 43": (0.99, 0.99, 0.97, 0.97),
    # round 44's reported floor under 1.0: its gold keeps "... but insisted ..." inside one
    # report twice (the set makes two) and gives an authored analysis a speaker
    "round 44": (0.99, 0.99, 0.96, 0.99),
    # round 45's reported floor under 1.0: three "according to" records of documents and
    # data given speakers (the set's golds count them the other way, 337-339's headers)
    "round 45": (0.99, 0.99, 0.96, 0.99),
    # round 46's reported floor under 1.0: three departures of its gold (349, 351 headers)
    # session 19: reported F1 0.979 -> 0.986, floor raised ("be" outside)
    "round 46": (0.99, 0.99, 0.98, 0.99),
    # round 47's reported floors under 1.0: its gold names UNICEF by its acronym where the
    # set writes the full name (359's header), "the city" as Harwick, and LSEG data (354)
    "round 47": (0.99, 0.99, 0.98, 0.96),
    # rounds 48-50, first sight after rounds 13-47's fixes (score.py): 0.986 / 0.986, 0.959 /
    # 0.914; 1.000 / 0.987, 0.971 / 0.970; 1.000 / 0.923, 0.960 / 0.944. After their fixes
    # (score.py): 1.000 / 1.000, 0.959 / 1.000; 1.000 / 1.000, 0.985 / 0.970; 1.000 / 1.000,
    # 0.987 / 1.000 (this module's tally: round 48 0.986 / 0.986, 0.959 / 0.983). Reported
    # floors under 1.0: documents and data given speakers (361, 362, 368, 378 headers), a
    # verb inside the marks counted reported (362), 'diplomats' (375), a participle's
    # that-clause left out (376); left open: EASA's 'could result in ...' with words after
    # the marks (370)
    "round 48": (0.98, 0.98, 0.95, 0.98),
    "round 49": (0.99, 0.99, 0.98, 0.96),
    "round 50": (0.99, 0.99, 0.98, 0.99),
    # round 51, first sight after rounds 13-50's fixes (score.py): 1.000 / 0.932, 0.972 /
    # 0.943; after its fixes 1.000 / 1.000, 0.972 / 1.000. Reported F1 under 1.0: its gold's
    # departures (387, 388 headers): documents given a speaker, a "warned that" and an
    # "arguing that" left out
    "round 51": (0.99, 0.99, 0.97, 0.99),
    # round 52, first sight after rounds 13-51's fixes (score.py): 0.980 / 0.944, 0.943 /
    # 0.980; after its section-label and absolute-phrase fixes 0.980 / 0.972, 0.962 / 0.980.
    # Left: its gold's departures (394, 400 headers: Tradeweb data given a speaker, "official"
    # without "familiar with the talks", a progressive inside the marks counted reported), a
    # minister NER tagged a facility given the director's "she", partial quotes
    # ('a credible basis', 'in the coming weeks.', 'arms race') and "urged X to ..."
    # session 19: reported F1 0.962 -> 0.971, floor raised ("be" outside)
    "round 52": (0.97, 0.96, 0.96, 0.97),
    # round 53, first sight after rounds 13-52's fixes (score.py): 1.000 / 0.903, 0.955 /
    # 0.925; after its fixes 1.000 / 0.972, 0.974 / 0.982. Its gold's departures (403, 405,
    # 408 headers): a regulator's "found", "a CPS spokesperson" written out, clauses whose
    # verb is inside the marks counted reported; left: "the five" and the lede's "Five
    # climate campaigners ... telling a jury", both "defendants" in the gold
    "round 53": (0.99, 0.97, 0.97, 0.97),
    # round 54, first sight after rounds 13-52's fixes (score.py): 0.987 / 0.872, 0.964 /
    # 0.924; after its fixes 0.994 / 0.987, 0.978 / 1.000. Its gold's departures (411, 412,
    # 416 headers): a headline echo left out, a judge's "ruling that" left out, "according to
    # the memo" and a clause whose verb is inside the marks counted; left: "urged" after a
    # clause whose subject is the union
    "round 54": (0.99, 0.99, 0.97, 0.99),  # direct speaker 1.000 since round 70
    # rounds 55-56, first sight after rounds 13-52's fixes (score.py; the same on the code
    # after rounds 53-54's): 1.000 / 0.943, 0.984 / 0.883 and 1.000 / 0.946, 0.937 / 0.942;
    # after their fixes 1.000 / 1.000, 0.984 / 0.983 and 1.000 / 1.000, 0.964 / 0.981. Its
    # golds' departures (418, 419, 420, 429 headers): clauses whose verb is inside the marks
    # counted reported, a relative clause kept on an unnamed source, "found"; left open:
    # documents and data given speakers (426, 428, 429, 431, 432), and the lede's "foreign
    # ministers of both countries announced" as the two ministers named apart
    "round 55": (0.99, 0.99, 0.98, 0.98),
    "round 56": (0.99, 0.99, 0.96, 0.98),
    # rounds 57-59, first sight after rounds 13-56's fixes (score.py): 0.979 / 0.986,
    # 0.959 / 0.931 (this module's tally 0.979 / 0.971, 0.959 / 0.914); 0.988 / 1.000,
    # 0.975 / 0.932; 1.000 / 0.962, 0.936 / 0.922. After their fixes (categories in
    # test_quotes_round57_categories.py): round 57 0.986 / 0.986, 0.959 / 0.931; round 58
    # 0.988 / 1.000, 0.975 / 0.966; round 59 1.000 / 1.000, 0.936 / 0.961. Gold departures
    # (438, 440, 450 headers): documents given speakers ("indictment", "securities
    # filing") and "policymakers" for "policymakers familiar with the discussions"
    # session 23, branch quotes105 leftovers: 0.986 / 0.986, 0.959 / 0.948 -> 0.986 / 1.000,
    # 0.959 / 0.966 (score.py; this module's tally 0.986 / 0.986, 0.959 / 0.948), speaker
    # floors raised: 439's "Her son, Julián," after an evacuee named by given name and age
    # alone borrows no surname from the minister named before
    # (family._given_name_just_before; test_quotes_leftovers23_categories.py)
    "round 57": (0.98, 0.98, 0.95, 0.94),
    "round 58": (0.98, 0.99, 0.97, 0.96),
    # session 19: reported F1 0.945 -> 0.955, floor raised ("be" outside)
    "round 59": (0.99, 0.99, 0.95, 0.96),
    # round 60, first sight after rounds 13-59's fixes (score.py): 0.984 / 0.967, 0.991 / 0.963;
    # after its categories ("what X called" with "what" misparsed as a determiner; a body's
    # short name is the fullest name given before): 0.992 / 0.983, 0.991 / 0.982
    "round 60": (0.99, 0.99, 0.99, 0.98),  # direct speaker 1.000 since round 69
    # rounds 61-63, first sight after rounds 13-60's fixes (score.py): 1.000 / 0.970, 0.943 /
    # 0.900; 0.993 / 0.901, 0.981 / 0.865; 0.963 / 0.969, 0.991 / 0.895. After their fixes
    # (categories in test_quotes_round61_categories.py): 1.000 / 0.985, 0.953 / 0.922;
    # 1.000 / 1.000, 1.000 / 0.981; 0.993 / 1.000, 1.000 / 1.000. Round 61's reported
    # floors under 1.0: its gold's departures (467-469, 471, 472 headers: a headline report
    # and a participle's clause left out, a progressive and a passive whose verb is inside
    # the marks counted reported; since round 89's fixes the extractor finds the passive's
    # report, 0.963 reported); left open: "lawyers for a private collector", "Patients
    # and visitors at X", a nested report in an "after ... posted that" clause, a speaker
    # the parser cut ("..., the grounding of a bulk carrier ..., CFO X said")
    # session 19: reported F1 0.953 -> 0.982, floor raised ("be" outside)
    "round 61": (0.99, 0.98, 0.97, 0.91),
    # round 62 left open: "The union representing ... has warned" named in the next sentence
    # (this module's tally 0.963: it does not take "police officer at the scene" for
    # "police officer", which score.py accepts)
    "round 62": (0.99, 0.99, 0.99, 0.96),
    # round 63 left open: 'had an "over-generous view" of' (an adjective and noun after "an"
    # inside a reported clause, read as the writer's term)
    "round 63": (0.98, 0.99, 0.99, 0.99),
    # rounds 64-65, first sight after rounds 13-63's fixes (score.py): 0.977 / 0.969, 0.963 /
    # 1.000; 0.993 / 0.959, 0.957 / 0.982. After their fixes (categories in
    # test_quotes_round64_categories.py): 1.000 / 0.970, 0.981 / 1.000; 1.000 / 0.986,
    # 0.966 / 0.982. Gold edited (492 header: a resident's two quotes left out); departures
    # kept (491: a verbless headline report counted direct only; 501: "accepted that"
    # counted reported). Left open: a partitive "One, who spoke on the condition of
    # anonymity," after "Several council members" (the group, not one member); a headline
    # role ("Union chief says") and a lede description ("Kalunda's main opposition
    # candidate", "a coroner has concluded") not carried to the person named below; a
    # second conjunct with its verb outside the marks after one inside them; a contact
    # relative "a change the opposition says was designed ..."; 'told the hearing his
    # mother had lived ... and had ‘refused ...’' (the report dropped for its last
    # conjunct's verb inside the marks)
    "round 64": (0.99, 0.96, 0.97, 0.99),
    "round 65": (0.99, 0.98, 0.96, 0.97),
    # round 66, first sight after rounds 13-65's fixes (score.py): 1.000 / 0.962, 1.000 / 0.789
    # (a held-out measurement of session 11's last code). After its fixes (session 12,
    # categories in test_quotes_round66_categories.py): 1.000 / 1.000, 1.000 / 0.982: a body
    # described after it was named ("the low-cost airline, which ...", "the California-based
    # chipmaker", "cycling's anti-doping body" before the agency named next, "the aid group
    # Save the Children"), "the city" / "city officials" of a datelined story, a name glued
    # by an en dash ("Velox–Andes"), "a spokeswoman for Meadowbrook" for the body named in
    # full before, "One person" after "people familiar with the matter". Left open: "Families
    # of about 80 elderly residents" (gold "families"; the set's counted-group form would
    # name the counted noun, so no general rule gives the head alone; 507's header says so)
    "round 66": (0.99, 0.99, 0.99, 0.97),
    # rounds 67-68, first sight after rounds 13-66's fixes (score.py): 1.000 / 0.917, 0.966 /
    # 0.842; 0.986 / 0.868, 0.967 / 0.862. After their fixes merged with round 66's (categories
    # in test_quotes_round67_categories.py): 1.000 / 0.944, 0.983 / 0.897; 0.993 / 0.899,
    # 0.975 / 0.915. Gold edited: round 14's "one said" (89's header). Departures kept (520,
    # 523, 525 headers): progressives and a passive whose participle is inside the marks
    # counted reported, "UEC spokesperson" spelled out. Left open: bodies described after
    # their name ("The Columbus-based contractor", "The firm", "the regulator", "The miner",
    # "the FTSE 250 group", "the company" for the losing bidder) and "Regulator says" above
    # the lede; the lede's "Two of the largest hospital systems" named next; a report inside
    # a standfirst's "as"-clause ("as former trustees allege ..."); "Passengers warned of
    # ‘...’" (a passive headline); a speaker NER split at a hyphen ("The vice-chancellor ...,
    # Prof X,"); "the investor" for "One top-20 shareholder"; "lawmakers of both parties"
    # (gold "lawmakers"); a reduced "emergency timetable" (the set counts a term after an
    # indefinite inside speech as the speaker's)
    # raised in session 13 after rounds 69-70's fixes (score.py): round 67 1.000 / 0.986, 0.983 /
    # 0.948 ("The Columbus-based contractor", the Boise company, the counted hospital systems);
    # round 68 0.993 / 0.942, 0.984 / 0.950 ("the FTSE 250 group", "the investor" after "One
    # top-20 shareholder", the vice-chancellor split at the hyphen)
    "round 67": (0.99, 0.98, 0.98, 0.94),
    # session 19: reported F1 0.984 -> 1.000, floor raised ("be" outside)
    "round 68": (0.99, 0.94, 0.99, 0.94),
    # round 69, held out after rounds 13-68's fixes (score.py): 0.992 / 0.984, 0.984 / 0.889
    # (a held-out measurement of session 12's last quotes code). After its fixes (session 13,
    # categories in test_quotes_round69_categories.py): 1.000 / 1.000, 1.000 / 0.969: a party
    # epithet after a possessive ("The committee's ranking Democrat, Sen. X,"), "he said"
    # after an unnamed guide described by "who", a bare "a spokeswoman" after a report about
    # a body, "X agreed to buy Y, the companies said", "the tournament said" (the event named
    # before; rules/event_speakers.yaml), ", which he argued would ..." (the inner cue's
    # report; the outer one stops before it), "told The Associated Press the injury flared
    # up ... and that ..." and 'was a "good starting point,"' inside a report. Departure
    # kept (532's header): "aides" / "aide" for "aides involved in the talks"
    "round 69": (0.99, 0.99, 0.99, 0.96),
    # round 70, first sight after rounds 13-69's fixes (score.py): 0.984 / 0.967, 0.964 / 0.906.
    # After its fixes (session 13, categories in test_quotes_round69_categories.py): 1.000 /
    # 1.000, 0.973 / 1.000: an employer named before a post ("Castlegate Bank chief executive
    # Mark Ridley"), "the investor" after "One top-20 shareholder" (round 68's too), "the
    # school" for the school the lede names as subject, "alleges in a federal lawsuit that
    # ..." (a that-clause read as a relative of the document), "Her family" after "a woman
    # ..., Doris Whitt,", a document's term ("Report describes ‘...’") and "known locally as
    # "..."" no quotes, a partial quote inside a nested report the reporter's, "The agency
    # said" after "The volcanology agency warned"; with them rounds 67-68's "The Columbus-
    # based contractor", "the FTSE 250 group" and "the Boise, Idaho-based company". Departures
    # kept (539-541 headers): a bare modal, a progressive and a passive whose verb is inside
    # the marks counted reported as well as direct (the passive's report found since round
    # 89's fixes: "had been" outside the marks). This module's tally gives reported speaker
    # 0.981: "Whitt family" for the gold's "Doris Whitt's family" (the set's form, round 28's
    # "Bayliss family"), which score.py accepts
    # session 19: reported F1 0.973 -> 0.991, floor raised ("be" outside)
    "round 70": (0.99, 0.99, 0.98, 0.98),
    # round 71 (545-552), first sight after rounds 13-68's fixes (score.py): 1.000 / 0.891,
    # 0.975 / 0.966; after its fixes (categories in test_quotes_round71_categories.py):
    # 1.000 / 1.000, 1.000 / 1.000, the same merged with rounds 69-70's fixes (session 13's
    # main alone: 1.000 / 0.906, 0.975 / 0.966). Its gold kept as written (the author's own
    # calls follow the set: "The 41-page ruling said" speaks as the court, as "the statement
    # said" does for its issuer; rules/court_rulings.yaml)
    "round 71": (0.99, 0.99, 0.99, 0.99),
    # round 72 (553-560), held out after rounds 13-71's fixes (score.py): 0.986 / 0.986,
    # 0.983 / 0.965 (a held-out measurement of session 13's last quotes code); not fixed,
    # floors just under it. Its misses: the zoo report's 'wholly inadequate' (a document's
    # words, twice read as a quote); the lede's 'officials said Wednesday' report missed and a
    # sentence after 'according to the declaration' read as the document's report; speakers:
    # the protesting company's lede report and two of its filing's given the "Government
    # Accountability Office" / "defense contractor" named beside it. After its fixes (session
    # 14, categories in test_quotes_round72_categories.py): 1.000 / 1.000, 1.000 / 1.000: a
    # document's words in marks with no one behind it no quote, "according to the
    # declaration" a document, a defence maker NER took for a person ("Halvorsen Dynamics")
    # the company the lede's "A defense contractor" and "the company" mean, never the GAO,
    # and a lede verb read as an adjective of its object ("A ransomware attack crippled
    # computer systems ..., officials said")
    "round 72": (0.99, 0.99, 0.99, 0.99),
    # round 73 (561-568), first sight after rounds 13-72's fixes (score.py): 0.993 / 0.985,
    # 0.960 / 1.000. Gold edited (565's header: a student's quote left out). After its fixes
    # (session 14): 1.000 / 0.986, 0.976 / 1.000: "said in an emailed response to questions
    # that ..." (settings.py), "A senior Republican aide, granted anonymity ..., said", and
    # "as employers call action ‘...’" the employers'. Departures kept (563-565 headers): a
    # passive and two progressives whose participle is inside the marks counted reported,
    # the standfirst's "employers" written as the employers' association
    # session 19: reported F1 0.976 -> 1.000, floor raised ("be" outside)
    "round 73": (0.99, 0.98, 0.99, 0.99),
    # round 74 (569-576), first sight after rounds 13-72's fixes (score.py): 1.000 / 0.970,
    # 0.961 / 0.902; after its fixes (categories in test_quotes_round74_categories.py):
    # 1.000 / 1.000, 0.992 / 1.000: an FT byline with no "By" ("X in San Francisco and Y in
    # Hong Kong") ending the headline block, so the standfirst's "Chipmaker says" is the
    # company; "Microsystems" a company's trade word; "the museum"; a closing cue hung on the
    # report's verb ("X asked to be traded, a person familiar ... told The AP"); "demanded
    # the video be made public" a request; "she added" after "The local MP, X,"; the
    # residents of a BBC story as the set writes them (a headline "Residents '...'", a
    # reduced relative the parser made the root, "of a village", "several"). Departure kept
    # (571's header): "which the council has said are too expensive" left out by its gold,
    # reported by round 69's relative-clause rule. The same merged with main's rounds 72-73
    "round 74": (0.99, 0.99, 0.98, 0.99),
    # round 75 (577-584), held out after rounds 13-74's fixes (score.py): 1.000 / 1.000,
    # 0.978 / 0.925 (a held-out measurement of session 14's last quotes code); not fixed,
    # floors just under it. Its misses: reports by the residents ('like a tip'), the tribunal
    # and Ines Carvalho missed; speakers: a spokeswoman, the school district, a source at the
    # authority, Homebuyers, Halvard Pharma given another name beside them (quotes75.heldout.err).
    # After its fixes (session 15, categories in test_quotes_round75_categories.py): 1.000 /
    # 1.000, 0.993 / 0.986: a that-clause on the setting noun whose end the parser hung on the
    # cue ("told analysts on a conference call that ... “at the speed ... patients deserve.”"),
    # a body that judges reports its finding ("An independent tribunal ..., finding that ...";
    # court_rulings.yaml finding_bodies) and a modal inside the marks carries the tense, "the
    # company" after a report about a company it owns ("Brightmoor’s lead drug ..., the company
    # has said"), "X, where a spokeswoman said", "the Homebuyers’ Advice Trust" (a plural
    # possessive inside a name), "a source at the authority"; session 16: "the school
    # district" for "Bremer County Schools", a name NER never tags (0.993 / 1.000). Left: the
    # headline "Residents say streets 'like a tip'" (verbless; the parser reads the straight
    # opening mark as a verb)
    "round 75": (0.99, 0.99, 0.98, 0.98),
    # round 76 (585-592), first sight after rounds 13-75's fixes (score.py): 0.993 / 0.955,
    # 0.974 / 0.982. After its fixes (session 15, categories in
    # test_quotes_round75_categories.py): 1.000 / 1.000, 0.992 / 1.000: a kin owner NER took for
    # an organisation ("Marian Holt's 91-year-old mother ...": 'marian' in the given names), a
    # cue before a colon read as a participle of the name ("X, the team's leading tackler,
    # posted on X: "...""), a pluperfect report inside a report ("... and had told colleagues
    # on Friday she intended to quit"), a lede's "the bank said" the bank named next and never
    # the dateline ("SORVAN, March 9 (Reuters)"), a second quoted predicate after "but" whose
    # tense is inside its marks, "which the sheriff described as "standard procedure"" (a
    # verdict). Departure kept (586's header): 'said it was "closely following developments"'
    # (a progressive whose participle is inside the marks) counted reported too
    # session 19: reported F1 0.991 -> 1.000, floor raised ("be" outside)
    "round 76": (0.99, 0.99, 0.99, 0.99),
    # round 77 (593-600), first sight after rounds 13-74's fixes (score.py): 1.000 / 0.970,
    # 0.940 / 0.964 (/work/score/quotes77.firstsight.err); after its fixes (categories in
    # test_quotes_round77_categories.py): 1.000 / 1.000, 0.974 / 0.982. Gold kept as written;
    # departures kept (594, 596, 597, 600 headers): "one of the sources" as "source", a
    # complaint given to its filer, "announced it would close" no quote, a progressive
    # 'were "subsidizing ..."' counted reported. The same merged with main's rounds 75-76 fixes
    # session 19: reported F1 0.974 -> 0.983, floor raised ("be" outside)
    "round 77": (0.99, 0.99, 0.97, 0.97),
    # round 78 (601-608), held out after rounds 13-77's fixes (score.py): 0.993 / 1.000,
    # 0.955 / 0.943 (a held-out measurement of session 15's last quotes code); not fixed,
    # floors just under it. Its misses: the headline's direct "falls well short" (the BMA);
    # reports by the headline's leader ('on a knife edge'), Luz Carrasquillo, the government
    # ("its offer was fair") and Manuel Ortega missed, one spurious ("will add £94.12 ...");
    # speakers: Hoshida Motor Co (twice) and Harborview Bank given their short names
    # (quotes78.heldout.err). After its fixes (session 16, categories in
    # test_quotes_round78_categories.py): 1.000 / 1.000, 0.982 / 1.000: a company's legal name
    # ("Motor Co") and a dek's company named in the body, a participle set off after its
    # subject ("The increase, agreed at ..., will add") no cue, a headline's "says budget
    # 'on a knife edge'" (verbless report) and "says offer 'falls well short'" (noun read as
    # an auxiliary), "the government insisting its offer was fair" split by the parser.
    # Departures kept (604, 607 headers): two progressives whose participle is inside the
    # marks ('was "balancing ..."', 'were "still sending ..."') counted reported
    # session 19: reported F1 0.982 -> 1.000, floor raised ("be" outside)
    "round 78": (0.99, 0.99, 0.99, 0.99),
    # round 79 (609-616), first sight after rounds 13-77's fixes (score.py): 0.994 / 0.962,
    # 0.992 / 0.984 (/work/score/quotes79.firstsight.err). After its fixes (session 16, same
    # test file): 1.000 / 1.000, 1.000 / 1.000: "a pattern forecasters call "training."" (a
    # name), "calling the process "..."" hung on a relative clause, a sport's anti-doping
    # body the lede describes ("... Integrity Unit"), "X, who founded ..., posted on X:",
    # "Passengers warned of '...'" (headlinese passive), "has told the eight pools ... that".
    # Gold edited (615's header): "Doravian opposition" -> "Doravia's opposition"
    "round 79": (0.99, 0.99, 0.99, 0.99),
    # round 80 (617-624), first sight after rounds 13-79's fixes (score.py): 0.993 / 0.940,
    # 0.933 / 0.918 (/work/score/quotes80.firstsight.err); after its fixes (categories in
    # test_quotes_round80_categories.py): 1.000 / 1.000, 0.981 / 1.000: a document word
    # closing a body's name ("the US Geological Survey"), "answer the questions he was
    # asked" (a passive relative, no report), a reporter's "and urged ..." hung inside the
    # marks, a partial quote under a cue the parser made a participle of the name, "..., X
    # said, warning that", "it" after "read a statement on behalf of the Haddou family",
    # "the housing association" for "Pennine Vale Housing", a coroner as an office (and
    # "senior coroner X" naming a lede's "a coroner"), a headline's "..., coroner rules",
    # "keep an A. Restaurant owners say" (a sentence glued on at a one-letter grade),
    # "pressed Kessler on a message in which he told ..." (the person questioned).
    # Departures kept (621, 622 headers): 'said the case showed that “...”' reported too, a
    # summary as a source: the two spurious reports left. The same merged with main's
    # rounds 78-79 fixes
    "round 80": (0.99, 0.99, 0.97, 0.99),
    # round 81 (625-632), held out after rounds 13-80's fixes (score.py): 1.000 / 0.986,
    # 0.939 / 0.926 (a held-out measurement of session 16's last quotes code); not fixed,
    # floors just under it. Its misses: the headline's direct 'a tax on the sick' given to
    # Pauline Rourke, not the patients' group it names (Vale Voices); reports by the statistics
    # office ("according to"), Goran Petek ("wrote that ... "..." but that ..."), Nikhil Sarin,
    # "some in the museum world" ("warn that"), Alan Brereton ("told MPs ... that") and Miriam
    # Castellanos ("wrote in a 94-page opinion that") missed, one spurious (the writer's "still
    # well above the bank's 2.5% target"); speakers: the standfirst's "patients and staff"
    # given as "Patients", "Transport secretary says" not named Alan Brereton, the school's
    # interim-coach report given to Tyrell Banks, the dek's "the carriers" not named Skyward
    # Airlines and Pinnacle Air (quotes81.heldout.err). After its fixes (session 17, categories
    # in test_quotes_round81_categories.py): 1.000 / 0.986, 1.000 / 0.967: "CLAUSE, according
    # to X, <the writer's gloss>", a second that-clause after the marks ('"respects ..." but
    # that businesses "cannot wait ..."'), a quoted verb read as an adjective of its object
    # ('would "substantially lessen competition"', 'had "repeatedly failed passengers" and
    # that ...'), the clause's subject read as a second subject of the cue ("said parking
    # income paid for ..."), "Patients and staff", "Some in the museum world", a standfirst's
    # bare "Transport secretary says". Left: the headline's 'a tax on the sick', says
    # patients' group (the body's Rourke, not Vale Voices), "the school said" (NER tags the
    # school a person and its coordinator an organisation), the dek's "the carriers" (two
    # airlines the lede names in "Skyward Airlines' ... acquisition of Pinnacle Air").
    # Session 19 fixed the headline (the body names "the patients' group Vale Voices") and
    # the dek's "the carriers" (the lede's two companies; the "Updated ..." line under the
    # byline no lede): 1.000 / 1.000, 1.000 / 0.983 ("the school said" left)
    "round 81": (0.99, 0.99, 0.99, 0.97),
    # round 82 (633-640), first sight after rounds 13-81's fixes (score.py): 0.993 / 0.971,
    # 0.965 / 0.927 (/work/score/quotes82.firstsight.err). After its fixes (session 17, same
    # test file): 1.000 / 1.000, 0.982 / 1.000: a sign's words after a colon, a dateline's
    # place read as the subject, "said Korvath had lobbied officials ..." (the verb read as
    # an adjective), "guidance" a document, a lede's "a union" named paragraphs later ("The
    # GMB union"), "paramedic says" tagged an adjective, "..., MPs warn" over "a committee of
    # MPs". Gold edited (636's header): "Metropolitan Transportation Authority", a name the
    # article never writes, -> "M.T.A.". Departures kept (636, 637 headers): a progressive
    # 'was "criminalizing ..."' counted reported; a headline's report ("Water firms allowed
    # to '...' on sewage permits, MPs warn") left out
    # session 19: reported F1 0.982 -> 0.991, floor raised ("be" outside)
    "round 82": (0.99, 0.99, 0.98, 0.99),
    # round 83 (641-648), first sight after rounds 13-80's fixes (score.py): 0.985 / 0.924,
    # 0.961 / 0.984 (/work/score/quotes83.firstsight.err); after its fixes (categories in
    # test_quotes_round83_categories.py): 1.000 / 1.000, 0.984 / 0.984: a request joined
    # after a quoted clause ("... and called for ...", speaker_acts.yaml), an unnamed "a
    # senior lecturer in history, who ...," hung on the opening phrase, "One of them shared
    # an email ... in which she wrote", a headline noun read as a verb ("keepers say barn
    # heat failed"), a headline's 'relentless' closed by an s', a card that "read:" (no
    # speech). Departures kept (646, 648 headers): a progressive ('were "shivering ..."')
    # and a bare modal ('would “end up footing the bill”') counted reported. Merged with
    # main (7bfc4f0): 1.000 / 1.000, 0.984 / 1.000, main's rule for a standfirst's bare role
    # naming "Chief executive says" Ken Aldous
    # session 19: reported F1 0.984 -> 0.992, floor raised ("be" outside)
    "round 83": (0.99, 0.99, 0.98, 0.99),
    # round 84 (649-656), held out after rounds 13-83's fixes (score.py): 0.973 / 0.890,
    # 0.986 / 0.870 (a held-out measurement of session 17's last quotes code); not fixed,
    # floors just under it. This module's tally is one reported speaker lower, 0.973 / 0.890,
    # 0.986 / 0.855: its speaker key keeps the possessive of "The resort's operator" ('resorts'),
    # so it does not match "Val-Sorelle resort operator", which score.py's key matches. Its
    # misses: direct 'better than even' of "Merrow Bank analysts" missed; spurious directs,
    # names and terms in marks (the tenants' "the dust campaign.", "off-piste", the nickname
    # "water cops,"); reports missed: the standfirst's "after its owners announced it would
    # close" (Larkfield Care Group) and Neil Haverty's second clause ("and insisted that its
    # contractors had followed every city permit", annotated apart); speakers: "Halden" not
    # named Halden Ratings, the headline's and standfirst's "Families of residents" for
    # "families", the organisers' and the festival's words given to "organisers" and "festival"
    # not Harrowgate Fields, The Lanterns' "gutted" and post given to their song "Paper
    # Harbours" and to "post", "prefecture" for "prefecture of Savoie", the company's two
    # reports after "Redline Alert Systems" given to the National Weather Service
    # (quotes84.heldout.err). After its fixes (session 18, categories in
    # test_quotes_round84_categories.py): 1.000 / 0.987, 0.986 / 0.971: a comparison in marks
    # is a judgement ("a “better than even” chance"), a name after a colon, a name "as
    # residents call them" and a particle compound ("off-piste") are no speech, a rating
    # agency's short name ("Halden Ratings"), "the company" never the weather service, "the
    # prefecture of Savoie", "the festival" named in apposition, "whose" joined after "who"
    # (not the song "Paper Harbours"), "the post said" after "wrote on X", "Families of
    # residents" -> "families". Departures kept (651, 652, 653 headers): the standfirst's
    # "after its owners announced it would close" counted as a report of its own (round 66
    # keeps it in the families' report); "said in a statement that ... and insisted that
    # ..." counted as two reports (rounds 13 and 44 count "and warned that" in one); the
    # festival's "organisers" named as the festival (other rounds keep "organizers"). This
    # module's tally: 1.000 / 0.986, 0.986 / 0.957 ("resort's operator", the set's
    # possessive form, against the gold's "Val-Sorelle resort operator", as above)
    "round 84": (0.99, 0.98, 0.97, 0.95),
    # round 85 (657-664), first sight after rounds 13-84's fixes (score.py): 0.977 / 1.000,
    # 0.964 / 1.000 (/work/score/quotes85.firstsight.err). After its fixes (session 18, same
    # test file): 1.000 / 1.000, 1.000 / 1.000: a lede's verb read as a participle of its
    # subject's "of" phrase ("A hand recount of ... ballots confirmed ..."), a dateline city
    # with the subject as its conjunct, a that-clause hung on the apposition before a cue
    # read as a participle ("X, a Democrat whose district ..., posted on X that"), a subject
    # read as a clause of the cue ("which co-finances"), an exhibition title with a subtitle,
    # a banner that "reads" after the quote. Gold kept as written
    "round 85": (0.99, 0.99, 0.99, 0.99),
    # round 86 (665-672), first sight after rounds 13-83's fixes (score.py; this module's
    # tally the same): 0.993 / 0.956, 0.983 / 1.000 (/work/score/quotes86.firstsight.err);
    # after its fixes (categories in test_quotes_round86_categories.py): 1.000 / 1.000,
    # 1.000 / 1.000: "it" after a body NER tagged a person ("Tavira" of Tavira Mining), "she"
    # after "The mayor of X, Name," (the name hung on the place), a headline noun read as a
    # bare verb ("flood wall delay 'a kick in the teeth', says MP": no report) and its bare
    # title "MP" (the body's Rachel Denby), "which villagers have taken to calling “...”" (a
    # name, no quote; naming_habits.yaml), meteorologists who "predicted" (a speaker).
    # Gold as written. Merged with main (98830b0): the same
    "round 86": (0.99, 0.98, 0.98, 0.98),
    # round 87 (673-680), held out after rounds 13-86's fixes (score.py; this module's tally
    # the same): 1.000 / 0.987, 0.976 / 0.951 (a held-out measurement of session 18's last
    # quotes code, /work/score/quotes87.heldout.err; 78 gold direct / 78 found, 64 gold
    # reported / 61 found); not fixed, floors just under it. Its misses: reports missed: the
    # standfirsts' "as ministers insist it secures access to Norwegian waters" and "as chains
    # insist they face stiff competition from discounters", and Dame Helen Royce's second
    # clause (", but insisted the deal would ultimately be cleared", annotated apart);
    # speakers: the lede's "a decision the library's own director warned could violate the
    # First Amendment" given to "parent" (of "only with a parent") not Ellen Marsh, the
    # relative "who note that ..." given to "doctors" not "doctors and patient advocates",
    # the nurses' union's report and its partial “not been consulted” given to "union" not
    # Healthcare Workers Alliance Local 482 (quotes87.heldout.err). After its fixes (session
    # 19, test_quotes_round87_categories.py): 1.000 / 1.000, 1.000 / 1.000: an "as" clause
    # reporting a clause of its own is a second report; a verb joined to the noun the
    # parser read as the sentence, and a that-clause hung on it after a comma; a contact
    # relative's subject hung beside the apposed thing; conjoined people keep their
    # adjectives ("advocates" a speaker noun); "Local N of the X" is "X Local N". Gold as
    # written; every other round unchanged
    "round 87": (0.99, 0.99, 0.99, 0.99),
    # round 88 (681-688), first sight on session 19's start code (score.py; this module's
    # tally the same): 1.000 / 0.946, 0.981 / 0.941 (/work/score/quotes88.firstsight.err).
    # After its fixes (session 19, test_quotes_round88_categories.py): 1.000 / 1.000,
    # 0.9905 / 1.000: a contact relative with "they"/"it" ("a trade deal they say will
    # ...") the sentence's subject's, "the company" after its short name NER tagged a
    # person, a verb of calling hung on a verb inside the marks, the Guardian's desk byline
    # and a standfirst's bare "Regulator says", "the chief", "Mr Rees" no vote for Megan
    # Rees's gender and "Dad" no person, "who" after "X, 34, a nursing assistant". Left:
    # the lede's "royalties it says the miner underpaid over five years" (in context the
    # parser makes "says" the root over the whole lede, "CLAUSE it says", and the tagger
    # "underpaid" an adverb; a rule for that reading gained nothing here). Gold as written.
    # Session 20 (test_quotes_round91_leftovers.py): 1.000 / 1.000, 1.000 / 1.000, the lede's
    # report found (the cue read as the root with the main clause its complement before it,
    # the relative's "it" the main clause's subject)
    "round 88": (0.99, 0.99, 0.99, 0.99),
    # round 89 (689-696), first sight after rounds 13-86's fixes (score.py): 0.965 / 0.868,
    # 0.957 / 0.848 (/work/score/quotes89.firstsight.err); after its fixes (session 19,
    # branch quotes89, categories in test_quotes_round89_categories.py): 1.000 / 1.000,
    # 1.000 / 1.000: a magazine Q&A whose questions carry the magazine's name ("Horizon:
    # ...?") and answers the interviewee's, an answer over an unlabelled paragraph, marks
    # inside an answer and a question's clauses no quotes of their own; "as either “doom”
    # or “hope”" (labels); "Mr Allard" of "Kirsty and Mark Allard" right after Mrs Allard
    # spoke; "has/had been" before a quoted participle reported too (rounds 10, 61, 68 and
    # 70 gain their reports); "said her death had been ..." no cue to the speaker's
    # pronoun; "It ... concluded" after a review's findings (the document's); "Counsel
    # assisting ..., Naomi Farrant SC," (NER's organisation); a "Key points" bullet's "A
    # volunteer fire captain" and a Q&A standfirst's "The Bergen glaciologist who ..."
    # named below and in the headline label; "the United manager"; "remembers him arriving
    # with “...”"; "his daughter, Lena" after "Rasko lost ...". Gold as written
    "round 89": (0.99, 0.99, 0.99, 0.99),
    # round 90 (697-704), held out after rounds 13-89's and 91's fixes (score.py): 0.983 / 0.954,
    # 0.953 / 0.967 (this module's tally 0.983 / 0.954, 0.954 / 0.968; a held-out measurement of
    # session 19's last quotes code, main 8a7294d, /work/score/quotes90.heldout.err; 88 gold direct
    # / 89 found, 64 gold reported / 64 found); not fixed, floors just under it. Its misses: direct
    # missed: the 699 subheading 'We are already stretched' (a subhead repeating the start of a
    # later body quote, direct@0, the nurse's); direct spurious: 701's "described as ‘ecosystem
    # engineers’" (a term, given to "Beavers") and 704's “flipping” (a market term in scare marks
    # inside Westmark's report); reports missed: 699's lede "Health bosses have confirmed ..." (cue
    # "have confirmed", nothing found in the lede), 699's image caption "Angela Pryor says the group
    # has collected ..." (the "Image caption," line is dropped as boilerplate before extraction, as
    # in round 91) and 703's lede relative "in a case the opposition says has been used to silence
    # critics" (a contact relative with a noun subject and the inner cue "says"); reports spurious:
    # 697's "a federal appeals court struck down ..., finding that ..." (a court's finding in the
    # writer's background, no speech verb, round 87's "after finding that"), 701's "said the project
    # showed that ‘...’" (the whole clause after "showed that" inside the marks: the gold has it
    # direct only, the extractor reports "the project showed that ‘...’" too) and 704's "The claim,
    # filed on Friday, says ..." (a document as subject, round 13's "the lawsuit says" rule);
    # speakers: the standfirst's "Ecologists hail ‘...’" given none, the teenager's statement read
    # by his father ("..., the statement said" and its cue-less second sentence) given to "National
    # Weather Service" (the last organisation, "according to the National Weather Service") not Owen
    # Reddick, "A diplomat in Lome, who asked not to be named," given as "diplomat in Lome" not
    # "diplomat" (report and partial), the lede's "A Dutch pension fund ..., alleging that ..."
    # given as "Dutch pension fund" not Pensioenfonds Westmark (named in the next paragraph). Gold
    # as written. After its fixes (session 20, test_quotes_round90_categories.py): 0.994 / 1.000,
    # 0.985 / 0.984 (this module's tally 0.994 / 1.000, 0.977 / 0.984): "Health bosses" a
    # speaker noun, a caption's speech kept though its line is boilerplate (the CLI's quote
    # filter skips caption lines), "the statement said" after "In a statement read by his
    # father, he said" (the pronoun's person issued it), a contact relative with a noun subject
    # whose predicate the parser hung on the main clause, a headline verb tagged a noun with its
    # subject as compound ("Ecologists hail"), a single unnamed source "in" a named place
    # ("diplomat"), a court "claim" a document, a passive "described as ‘...’" with no agent (a
    # term), a subheading in single marks repeating words a quote below holds (that quote's
    # speaker's). Left: the appeals court's ", finding that" (round 75's gold counts a
    # tribunal's ", finding that" as a report: the set is split), 701's 'said the project showed
    # that ‘...’' (a departure: the clause's verb is outside the marks, reported too as file
    # 573's gold has it; noted in 701's header), 704's lede "A Dutch pension fund" (the name
    # "Pensioenfonds Westmark" holds no "fund") and “flipping” (a term in scare marks inside a
    # report; the set counts one-word partials there as speech)
    "round 90": (0.99, 0.99, 0.97, 0.98),
    # round 91 (705-712), first sight on session 19's start code af2097e (score.py; rounds
    # 87-90 fixed on other branches): 0.962 / 0.911, 0.943 / 0.940
    # (/work/score/quotes91.firstsight.err; this module's tally 0.967 / 0.902, 0.953 /
    # 0.922). After its fixes (session 19, branch quotes91,
    # test_quotes_round91_categories.py): 0.976 / 0.922, 0.982 / 0.943 (this module's
    # tally, without the CLI's boilerplate step: 0.981 / 0.913, 0.991 / 0.926): a sentence-case
    # title set off after "The paper," (no speech), "X at the University of Y, who ...,
    # says" (the round 77 rule past the affiliation), "..., he says, a practice critics
    # call “...”" (the clause before the cue), "retained the “full confidence” of" inside a
    # report, a press release that "described ... as “...”" (its issuer's), a partial in a
    # standfirst's "as Opposition says ..." (the second voice's), a headline's "tells
    # lawmakers inflation fight 'not yet won'". Left: the set's conventions the author
    # departed from ("what he described as" a name, round 36/76 a verdict; a crowd's chant
    # a quote, rounds 4/5/45/46/54 no quote), a BBC "Image caption," line (boilerplate drops
    # it before extraction), NER reading "Thiago Menezes" as no person (the dek's "The club"
    # and "he posted"), Gorman's "he said later" (Kinsella, the last known "he"), the
    # bare standfirst "Minister", the petition's "It", "the district" for "Calder Bayou
    # ISD", "the journal" for the spokesperson of Sleep and Cognition, 706's lede report
    # ('was "not yet won,"': "be" outside, the participle inside, the convention settled on
    # another branch this session), ", but drivers like him were “...”" under "He said"
    # and the 'Illegal' subhead. Gold as written. Session 20 (round 90's categories,
    # test_quotes_round91_leftovers.py): 0.986 / 0.952, 1.000 / 0.982 (this module's tally
    # 0.986 / 0.943, 1.000 / 0.964): the 'Illegal' subhead, the caption's report and partial,
    # 706's lede report (a dateline city as subject, the person inside the agency apposition's
    # "of" phrase; not the 'be' convention), "the journal that published the paper" (an
    # apposition the parser made a second subject nearer the cue), "the district" after
    # "Calder Bayou ISD kept ..." (a capitalised subject NER tags as nothing), the standfirst's
    # bare "Minister" (the one person written right after the title below); "His party ..."
    # votes the sentence before's person a he, which does not reach Gorman (NER tags him no
    # person). Left: the petition's "It", the chant and ", but drivers like him were “...”"
    # (conventions), "speculation" (a convention departure), Gorman, Menezes (NER)
    "round 91": (0.98, 0.94, 0.99, 0.96),
    # round 92 (713-720), first sight on session 20's start code c63b4a3 (branch quotes92 from
    # ef243e1; score.py): 0.968 / 0.947, 0.970 / 0.918 (/work/score/quotes92.firstsight.err). Two
    # gold edits where the author broke a written convention: 713's lede ", ruling 4-3 that ..."
    # added as the court's report (rounds 46/63/65), 715's headline report before "inspectors say"
    # removed (verbless headlines with a closing cue are direct only, rounds 60/77/87); on the
    # edited gold the start code scores 0.968 / 0.947, 0.990 / 0.920 (this module's tally the same).
    # After its fixes (session 20, branch quotes92, test_quotes_round92_categories.py): 0.994 /
    # 1.000, 1.000 / 0.960 (this module's tally the same): "The court's order said" (a document), a
    # name after "referred to ... as", "hit back, calling the plan a “...”" (a participle of a past
    # act: a verdict), a headline's "'...', inspectors say" whose marked predicate the parser hung
    # on the noun (the closing cue's group, direct only), a phrase in marks inside a noun phrase a
    # document owns ("the constitution's promise of “...”": no quote), a lede's "a former company
    # director" named by "X, who sat on the board ..." under an FT byline, a subheading quote alone
    # on its line (the body quote's speaker after it; it also fixed 38's and 90's subheadings), a
    # profile's present-tense "she says" after a critic who "called" the book something in the past
    # tense (the one person known to take "she" who "says" before it, not the critic whose pronoun
    # the article never gives). Left: 716's novel's first line in marks between dashes (the author's
    # least sure choice; no rule tells a line of fiction from a line of a speech), 718's "Berlin"
    # for the German government (least sure, a capital as metonym with no precedent in the set)
    "round 92": (0.99, 0.99, 0.99, 0.95),
    # round 93 (721-728), first sight on session 20's start code ef243e1 (score.py; round 92
    # fixed on another branch): 0.967 / 0.932, 0.937 / 0.923
    # (/work/score/quotes93.firstsight.err; this module's tally the same). After its fixes
    # (session 20, branch quotes93, test_quotes_round93_categories.py): 0.993 / 1.0, 0.973 /
    # 1.0 (this module's tally the same; /work/score/quotes93.afterfix.err): "said N was
    # “...”" with the predicate the parser hung on the cue's object, a partial in a
    # that-clause hung on the cue's setting ("said in a statement that ... judged there was
    # “...”": the reporter's), "the Rovers boss" after "Ashford Rovers manager X", a
    # single-marked subheading repeating a body quote (round 90's 699 gains its subheading
    # too), a standfirst's "Opposition leader concedes defeat, says ..." (the first verb's
    # subject, the speaker of the body quote holding the partial), "according to a national
    # registry" (a document), "branded at City Hall as “...”" (a name), “high-risk” before
    # its noun (a term), "Another said" after "one of the diplomats said" (one of them),
    # 'would “...” and urged ...' (direct only), a sentence led by an epithet ("The
    # 71-year-old retired schoolteacher has lived ...") continuing the person named before
    # it, a lede's "the mine's operator said" and a headline's "company says" for the
    # company the next paragraph names as a speaker. Left: the set's conventions the author
    # departed from (a crowd's slogan a quote, rounds 4/5/45/46/54 none; "according to
    # results declared by" the commission no quote, round 25 a report; "according to a
    # communique from" no quote, round 52 and attribution.yaml a report; "The lawsuit ...
    # says" a report, round 13 none). Gold as written
    "round 93": (0.99, 0.99, 0.97, 0.99),
    # round 94 (729-736), held out after rounds 13-93's and 95's fixes (score.py): 0.995 / 0.863,
    # 0.983 / 0.877 (this module's tally the same; a held-out measurement of session 20's last
    # quotes code, main 76084d02 with every quotes branch merged, /work/score/quotes94.heldout.err;
    # 96 gold direct / 95 found, 58 gold reported / 58 found); not fixed, floors just under it. Its
    # misses: direct missed: 734's "systematic campaign" inside the Energy Ministry's report ("said
    # the attack was part of a "systematic campaign" to destroy ...": be outside, the report found,
    # its partial not); reports missed: 735's standfirst "Rescuers say Rhys Penhallow, 31, survived
    # by ..." (a present-tense report under a bare plural noun, a name and age first in the clause);
    # reports spurious: 736's "According to a trial-registry entry, the study was due to enrol 36
    # people" (a document, no quote by the set's rule, given to "trial-registry entry"); speakers:
    # "he" given to an organisation: 735's hiker "Speaking to Sky News from his hospital bed ...,
    # he said" right after "NHS Highland said he was in a stable condition" given to NHS Highland,
    # and with it his cue-less quote, his "He said he would "absolutely" ... but "..."" (report and
    # both partials) and the headline's cue-less 'I ate snow and talked to myself' (direct@0, the
    # body quote's speaker): 5 direct, 2 reported; 730's "Asked whether Kestrel would cut jobs, he
    # said it was "too early" ..." (two paragraphs after Ebeling) given to "Chipmaker Kestrel" (the
    # headline's subject; report and partial); a speaker described first and named below: 729's
    # lede relative "a verdict the man's mother said had left her family feeling "..."" given as
    # "man's mother" not Yvonne Tate (named in the next paragraph; report and partial), 732's
    # standfirst "Campaign group calls sentences ‘vindictive’" given as "Campaign group" not Burning
    # Tide, 736's lede "..., the company running the study announced on 16 June" given to "Food and
    # Drug Administration" (the clause's own subject) not Corvalis Therapeutics (named in the next
    # paragraph); a document for its author: 731's "In an email to all staff ..., Prof Martin
    # Greaves wrote that ..." then "“...,” the email said. “...”" given to "email" not Greaves (both
    # parts; round 90's "the statement said" after "In a statement ..., he said" is the same
    # shape); "the company" to the wrong company: 734's "Ukrenergo, the national grid operator,
    # announced ..." then ""...," the company said in a statement, urging residents to "..."" given
    # to SvitloGen (the company named a sentence earlier, which "declined to comment") not
    # Ukrenergo (both); names: 731's "Members of the University and College Union (UCU) say ..."
    # given as "Members of the University and College Union" not "UCU members", 736's "An FDA
    # spokesperson told Nature ..." given as "FDA spokesperson" not "US Food and Drug
    # Administration spokesperson" (the short form not expanded from the lede's "The US Food and
    # Drug Administration (FDA)"; report and partial). Gold as written. After its fixes (session
    # 20, branch quotes94, test_quotes_round94_categories.py): 0.995 / 0.958, 0.983 / 0.930
    # (score.py, /work/score/quotes94.afterfix.err; this module's tally the same; the held-out
    # figures above stay the round's measurement): a he or she never an organisation (735's
    # hiker after "NHS Highland said he was ...": a candidate led by initials is passed over and
    # a body's "said he was" chains back to the person before; 730's "Asked whether Kestrel would
    # ..., he said": a name inside a fronted subjectless participle is no antecedent), "the email
    # said" after "In an email ..., X wrote" (an email an issued document), the standfirst's
    # "Campaign group calls ..." (the organisation the body names saying the words, a union's
    # official still not, rounds 44 and 68). Left for want of time: 729's "the man's mother"
    # named below, 734's "the company said" for Ukrenergo; and the rest listed above (734's
    # missed partial, 735's standfirst report, 731's "UCU members", 736's three). Session 21
    # (on main, test_quotes_round96_categories.py): 0.995 / 0.979, 1.000 / 0.931 (score.py,
    # /work/score/quotes94.s21.err): 734's "the company said" after "Ukrenergo, the national
    # grid operator, announced" (a name the article calls a body, which NER took for a
    # person), 735's standfirst "Rescuers say X, 31, survived ..." (a name, an age and a past
    # verb after "say"), 736's registry entry (a document), 736's "The company said it was
    # working with the FDA" (Corvalis, as before) while the lede's "the company running the
    # study" is no longer the FDA (a company noun never a public body, even by its initials;
    # the lede finder takes the standfirst for the lede, so Corvalis below is not reached).
    # Left: 729's "the man's mother" named below (a kin description tied to a name two
    # sentences on, article-shaped); 734's "systematic campaign" after "part of a" (the
    # set's term rule, a determiner outside the marks, reads it as the writer's term); 731's
    # "UCU members" and 736's "US Food and Drug Administration spokesperson" (the set's
    # majority keeps the name as written: "EA spokesperson", "NRW spokesperson", so the
    # expansion is this author's choice)
    "round 94": (0.99, 0.97, 0.99, 0.92),
    # round 95 (737-744), first sight on session 20's start code ef243e1 (score.py; round 94
    # not in the set): 0.981 / 0.873, 1.000 / 0.863 (/work/score/quotes95.firstsight.err);
    # 0.988 / 0.875, 1.000 / 0.863 on branch quotes93 (its subheading rule finds 739's
    # subheading). After its fixes (session 20, branch quotes95,
    # test_quotes_round95_categories.py): 0.994 / 0.975, 1.000 / 0.941 (score.py;
    # /work/score/quotes95.afterfix.err; this module's tally 0.994 / 0.938, 1.000 / 0.922):
    # "the company said" after "the organisers, Fellside Live, said" (a single name set off
    # after a plural noun is a body), a "she said" paragraph after a report closed by a
    # writer's sentence (the woman named there, not the woman quoted before; round 91's
    # 709 gains Gorman's two quotes), "Dawa" for "Dawa Tenzing Sherpa" (a given name alone
    # for a three-word name), "his family" in a story about a man who never speaks (his
    # family, not the last man quoted), "One of them" after "Two investors" (one investor;
    # round 38's 285 gains two records, round 18's 127 loses two, its plural the minority
    # reading), "the letter said" after "employees signed a letter to the board" (the
    # signers'), a headline's 'housing emergency' the lede writes unmarked (a term), a
    # lede's "his expedition organiser said" (the company the next paragraph's speaker is
    # "of"). Left: 740's headline, dek and lede described whistleblower (the lede finder
    # takes the dek for the lede, and the parser tags "Denning" a common noun), 743's dek
    # "Directors" for the board (one article), and 744's signed window sign (the author's
    # own departure from the set's rule that signs are no quotes). Gold as written
    "round 95": (0.99, 0.93, 0.99, 0.92),
    # round 96 (745-752), first sight on session 20's final code 4abf769 (score.py): 0.993 /
    # 0.881, 0.955 / 0.976 (/work/score/quotes96.firstsight.err). After its fixes (session
    # 21, on main, test_quotes_round96_categories.py): 1.000 / 1.000, 0.977 / 1.000
    # (score.py; /work/score/quotes96.afterfix.err): a she with the speaker's own "me" as
    # object votes nothing for the speaker's pronoun ("X says she has “kept me alive”"),
    # "X put it more simply. “...”" (a full stop for the colon), a seat of two places
    # before a title ("Argyll and Bute MSP X"; MSP, MLA, MEP titles), "..., a charge the
    # group denies" (no report; "accused X of using “...”" the accuser's), "according to the
    # company" after "Microchip database X said" (a name the article calls a body), a
    # passive time clause between a cue and its that-clause, a Title Case name before its
    # noun ("the “Fair Care for All” review": no quote), "said one of them, a retired
    # schoolteacher" (one juror: a bare trade is an aside), a she reaching back over four
    # speakers (three before). Left: 748's writer's own "I said ..." (the byline as
    # speaker, the author's least-sure convention with no precedent), 750's "according to
    # the memo" given to the CEO (a gold departure: the set leaves such a document out,
    # 338's header, as 416's does)
    "round 96": (0.99, 0.99, 0.97, 0.99),
    # round 97 (753-760), first sight on session 20's final code 4abf769 (score.py): 1.000 /
    # 0.808, 0.983 / 0.879 (/work/score/quotes97.firstsight.err). After its fixes (session
    # 21, branch quotes97, test_quotes_round97_categories.py): 1.000 / 1.000, 1.000 / 1.000
    # (score.py; /work/score/quotes97.afterfix.err; this module's tally the same; every
    # other article of the set scores as before): a title and portfolio running into a
    # name NER took for an organisation ("Vice President for Student Life X said"), a name
    # before a participle aside holding a clause of its own ("Mayor X, speaking at the
    # arena as the buses were loaded, said"), a "he said" whose own report names the man
    # it would otherwise stand for (never him), the writer's question holding over the
    # first sentence of the answer ("When I asked whether ..., she shrugged. “... .
    # ...,” she said"), a deck's bare "Company says" / "Activist calls" / "No campaign
    # says" (the bodies the story names with the same noun), a closing "the activist
    # investor said" (the organisation its report is about), "the letter said" (the one
    # who brought it in with "a letter", not a signatory who "wrote in the letter"), a
    # headline's short name (the lede's subject, past an update line), "the club" (the
    # club whose supporters the story names, not a caption's country), "said parents who
    # were unsure whether ... should call" (a report), and bylines with a date line
    # ("By A and B" over "February 4, 2026 at 7:31 AM EST") or a Title Case desk ("Name
    # Political Correspondent") read as bylines. Left: nothing. Gold as written
    "round 97": (0.99, 0.99, 0.99, 0.99),
    # round 98 (761-768), first sight on session 20's final code 4abf769 (score.py): 0.955 / 0.880,
    # 0.980 / 0.958 (/work/score/quotes98.firstsight.err). After its fixes (session 21, branch
    # quotes98, test_quotes_round98_categories.py): 0.994 / 1.000, 0.990 / 1.000 (score.py;
    # /work/score/quotes98.afterfix.err; this module's tally the same; rounds 1-97 unchanged article
    # by article): a work's title NER took for a person ("Her memoir, X,", "The novel X", then "she
    # writes": titled_works.yaml), gender votes from a quote's own "She" after an inverted "says X"
    # and from a "she" the subject's own phrase may stand for ("X, who sat beside her, says she
    # was"), an interview of bare questions and first-person answers with no labels
    # (bare_interview.py; the headline's name label the interviewee, and with it the headline's
    # direct@0), a person known only by a designation ("identified only as Witness C"), an inverted
    # cue after "!" followed by a channel and a clause ("shouted over team radio as ..."), a reply
    # named by a noun ("came the reply from his race engineer"; "came the question/warning from"
    # too), "Her brother Mateo, 6," (the family's surname), a Title Case name a proclamation gives
    # ("declaring May 2 "... Day"", no quote), a dek with its full stop above the byline quoting in
    # single marks, "reckon" of analysis copy (a report). Left: 762's "social licence to operate" in
    # marks inside the campaigners' report (the author's least-sure term rule; nothing in the words
    # tells a term from a partial), 762's "The lawsuit ... alleged that ..." as the claimants'
    # report (the set's rule: a lawsuit or claim is a document with no speaker, rounds 13 and 90;
    # attribution.yaml non-speakers). Gold as written
    "round 98": (0.99, 0.99, 0.98, 0.99),
    # round 99 (769-776), held out (score.py): 0.994 / 0.961, 0.975 / 0.879 (this module's tally the
    # same; a held-out measurement of session 21's last quotes code, main 0a864973,
    # /work/score/quotes99.heldout.err; 77 gold direct / 78 found, 61 gold reported / 58 found). The
    # author's conventions in /work/blind175/README.md (numbered below). After its fixes (session
    # 22, on main, test_quotes_round99_categories.py): 0.994 / 0.974, 0.975 / 0.914 (score.py;
    # /work/score/quotes99.afterfix.err; rounds 1-98 unchanged article by article): fixed: 773's "A
    # woman in her 70s who evacuated ... said ..." and her "she said" quote (an age phrase is no
    # part of an unnamed source's name: "woman", the author's 22; report and direct), and with it an
    # indefinite "A man" is never the woman who spoke last; 769's headline "Police say student's tip
    # foiled plot ..." (a headline's bare "Police" is the town's police the body names, "assisting
    # Millbrook police", as a deck's "Company says" is the company named below; the author's
    # least-sure 1). Left (floors just under the fixed figures): direct spurious: 773's "upper 5"
    # inside the agency's report ("registered an intensity of "upper 5" on the Japanese scale": a
    # scale's label in marks, no partial by the author's least-sure 4; found as a partial); reports
    # missed: 770's "Nordcell is ..., according to Telvara's offer document" (a document given to
    # its issuer, the author's least-sure 13; the code reads "according to" a document as no quote,
    # as 736's registry entry), 772's "Asked whether ..., she said she would “in a heartbeat” and
    # had already been contacted by two committees" (an elliptical reported clause with no verb, the
    # author's least-sure 26; its partial found), 774's Rackham report inside a source's ("Rackham
    # told colleagues at a meeting on Monday that he was ‘carrying the can ...’, one of those people
    # said": the outer report and the partial found, Rackham's own report not; the author's
    # least-sure 11); speakers: a headline's subject left as written, not the body's name: 772's
    # "ex-Homeland Security deputy says she was told to ‘stop writing things down’" given as
    # "ex-Homeland Security deputy" not Margaret Ellery (report and partial; no body quote of hers
    # holds the words, the aide's does), 776's "opponents vow ‘not the end’" (direct@0) given as
    # "opponents" not Mary-Beth Lund, whose body partial it repeats (the author's 16, against round
    # 74's plural noun before a headline quote being its speaker); a body's name: 770's headline "EU
    # blocks ..., says it would raise ..." and lede "European Union antitrust regulators ..., saying
    # the deal would ..." given as "European Union" not the European Commission (two reports; the
    # author's 2; round 85's 658 writes the same lede's speaker "European Union antitrust
    # regulators" as written: the two authors disagree, so no rule), 769's "The FBI's Cleveland
    # field office said in a statement that ..." given to the office, not FBI (the author's 24;
    # earlier rounds' golds keep "FBI Milwaukee field office", "F.B.I.'s Buffalo field office"),
    # 771's "..., the regulator said" given as "regulator" not Ofwat (named two paragraphs before,
    # after "the industry regulator" in the lede: a one-word name gives no kind to match "regulator"
    # against, and taking the last body that spoke would give a company as often). Gold as written
    # (no written convention broken)
    "round 99": (0.99, 0.97, 0.97, 0.91),
    # round 100 (777-784), first sight (score.py) on session 21's final code 4b8c6a1: 0.989 / 0.924,
    # 0.919 / 0.922 (/work/score/quotes100.firstsight.err); the author's conventions in
    # /work/blind180/README.md. After its fixes (session 22, on main,
    # test_quotes_round100_categories.py): 0.995 / 0.978, 0.929 / 0.981 (score.py;
    # /work/score/quotes100.afterfix.err; rounds 1-99 unchanged article by article): a headline's
    # pair hung on the place before its colon ("Saxony-Anhalt: CDU and SPD agree", then "the two
    # parties say") and the pair spelt out with acronyms in brackets ("The Christian Democrats (CDU)
    # and Social Democrats (SPD)": the pair the story named by them, acronym_pairs.py; also as the
    # lede's subject, read as its first party: 781's five joint records), a contact relative cue the
    # parser read beside a past-tense verb on its noun ("a delay the commissioner says left families
    # ... “...”": 783's report and partial found, though given to the Deputy Commissioner named
    # below, not Margaret Tindall, whom the text never calls commissioner), an inverted closing
    # headline cue after a predicate hung on the topic ("Lecturers 'had no choice', says union")
    # whose bare noun is the union the story names, not the official whose body quote repeats the
    # words, "a move the union called “...”" inside another's report (the union's), "Another dealer
    # ... said he had ..." then "he said" (the dealer, not the last named man), a who-clause hung on
    # the place closing an inverted speaker's apposition ("..., service director at X in Nashville,
    # who estimated ...": the director), "the Revd Canon Sarah Pennick" then "Canon Sarah adds"
    # (church offices as titles). Left: 783's inquiry as a speaker ("inquiry finds", "an independent
    # inquiry has found", "The report finds": the author's least-sure 5; rounds 1-99 read an inquiry
    # or report as a document that speaks for no one, attribution.yaml non_speaker), so its headline
    # partial stays Margaret Tindall's and "was “overwhelmed”" no quote; 778's "according to a
    # filing posted on the agency's website" (the author's least-sure 4, the same document rule);
    # 782's reports of the lab's researchers and of Parley missed; 779's report running past its
    # closing mark into "but ruled out ..." (the author's 16), 780's "My mother would have been ..."
    # read as a report. Gold as written (no written convention broken)
    "round 100": (0.99, 0.97, 0.92, 0.97),
    # round 101 (785-792), first sight (score.py) on session 21's final code 4b8c6a1: 0.972 /
    # 0.870, 0.963 / 0.872 (/work/score/quotes101.firstsight.err); the author's conventions in
    # /work/blind181/README.md. After its fixes (session 22, branch quotes101,
    # test_quotes_round101_categories.py): 1.000 / 0.958, 0.987 / 0.949 (score.py;
    # /work/score/quotes101.afterfix.err; rounds 1-100 and 102 unchanged article by article): a
    # Title Case headline's "A ... Company" (a description, no name "the company" stands for),
    # a headline's title as initials ("CM says", "PM vows": the one holder the body names), a
    # headline's person noun after a name ("New X owner vows ..."), a name with a known given
    # name set off after a post NER tagged an organisation ("its managing partner, Bradley X,"),
    # "the airline" by its trade word though the name modifies the plane ("A X Airways jet"; not
    # the byline's "By NAME Associated Press"), a closing cue hung on a quoted verb after a modal
    # ('would "guarantee ...," he said': direct only), "declared X the winner" (no report), "she"
    # through a passive "she was turned down" back to the woman a copula introduces, a profile's
    # box of question lines each followed by its answer line, a card "it read" quotes (its
    # givers'), a partial a verb of saying takes inside a report ('said the crew reported a
    # "..."'), a handle after "calling themselves" (no quote). Left: 785's headline "passenger
    # says" (convention 1, the author's least sure), 786's lede "a result his main challenger
    # called "..."" (a reduced relative misparse, then the repeating body quote), 789's
    # standfirst with the copula dropped (convention 7, least sure), 790's forum post given to
    # the spokeswoman (the parser reads "the post read" as a noun phrase; convention 19) and its
    # dek's "The fitness app says" (the dek taken for the lede). Gold as written
    "round 101": (0.99, 0.95, 0.98, 0.94),
    # round 102 (793-800), first sight (score.py) on session 21's final code 4b8c6a1: 0.943 /
    # 0.868, 0.966 / 0.907 (/work/score/quotes102.firstsight.err); the author's conventions in
    # /work/blind182/README.md. After its fixes (session 22, branch quotes102,
    # test_quotes_round102_categories.py): 0.994 / 0.978, 0.977 / 1.000 (score.py;
    # /work/score/quotes102.afterfix.err; this module's tally the same; rounds 1-101 unchanged
    # article by article): an oral history's voices under name lines with no marks, one quote
    # over two paragraphs, and its pull quote (oral_history.py); a relative clause hung on the
    # description set off after a body's name ("X (USCA), the largest controllers' union, which
    # says"); a body's name written the French way ("the union" after "Union syndicale des
    # contrôleurs aériens", not NER's "Union"); "Issued on:" / "Modified:" lines standing as a
    # byline, so a standfirst's bare plural institution noun ("Unions say") is the one body
    # quoted below; a name after a role the parser read as a conjunct ("The local MP, X, who
    # ..., said"); "She said:" after the writer's paragraph (the last speaker, whose given name
    # takes "she"); a headline's company and title read as a name ("Brightlane CEO tells staff":
    # the body's role holder); "he added" after "one of the traders said" (that trader); a
    # document's clause named in marks after its possessive ("the state constitution's "right to
    # a remedy"", no quote); "that ... have taken to calling "..."" (a name, no quote). Left:
    # 794's "one of the traders" given as "trader familiar with its positions" where the author
    # writes "trader" (the author's least-sure 9; the set's "one of the people" -> "person
    # familiar with the matter"), 799's referee's written report ("Referee X's report ...
    # states that ...": report and partial missed, a report being a document with no speaker,
    # round 89's rule), 793's lede "ruling 4-3 that the cap violated ..." (a spurious report of
    # the court; the author's lede is the writer's). Gold as written
    "round 102": (0.99, 0.97, 0.97, 0.99),
    # round 103 (801-808), held out (score.py): 0.962 / 0.893, 0.921 / 0.951 (this module's tally
    # the same; a held-out measurement of session 22's last quotes code, main fd090679,
    # /work/score/quotes103.heldout.err; 78 gold direct / 78 found, 75 matched; 46 gold reported /
    # 43 found, 41 matched). The author's conventions in /work/blind183/README.md. After its fixes
    # (session 22, on main, test_quotes_round103_categories.py): 0.968 / 0.960, 0.921 / 1.000
    # (score.py; /work/score/quotes103.afterfix.err; rounds 1-102 unchanged article by article).
    # Fixed (7 speakers, 1 spurious direct): a body named for two places joined by "and" (803's
    # "Devon and Cornwall Police said", cut to "Devon", direct and report; place_pairs.py); a
    # narration paragraph naming a parent only as the owner of its subject (801's "Jessica Moreno's
    # 7-year-old son, Mateo, ..." then "she said": hers, not the woman quoted before; pronouns.py);
    # a Title Case headline's ", Says His Fortune ‘...’" (806: the first verb's subject, not the
    # possessed noun the parser made the cue's subject; headline_pairs.py); a concession's "— though
    # critics say pledges like his are “...”" (806: the critics' partial, not the sentence's first
    # reporter; "though she called" stays the reporter's; attribution.py); a Key points line's "A
    # marine scientist says ..." (805: the one person the body quotes as "Marine scientist Meg
    # Kellaway"; key_point_voices.py); a number before the marks counting the quoted noun (801's
    # "would open two “clean air centers”": the things counted named, no quote; terms.py). Left, and
    # why: documents read as their issuer or writer (804's slide and audit, 808's officer's report
    # "states that" / "It recommends ... “as ...”" given to Gareth Pyle; 804's "according to
    # internal documents" and "The audit ... said": the author's least-sure 5 against the set's
    # rule, round 89's, that a document speaks for no one: 3 direct speakers, 1 direct and 3 reports
    # missed); the relative what-X-called namings 804's dek "a program the bureau called “a force
    # multiplier”" and 806's "a vehicle critics have called “a parking lot for wealth.”" (the
    # author's least-sure 4; round 79 counts "a move critics call “a disgrace”", an article inside
    # the marks, a verdict: a convention change); 802's nested "which it said would bring in ..."
    # inside the ministry's report (the set keeps the outermost report of a clause:
    # quotes/__init__.py's _outermost); 807's "said India "deserved it ..." and congratulated
    # Rathore" (round 41 reads the same shape, 'said the plan "spends money ..." and does nothing
    # for the roads', as the writer's report: telling the subject's second act from the clause's
    # needs meaning); 803's headline with the copula elided (the author's least-sure 1); 804's "The
    # Supreme Court ruled ... that" (a ruling read as the court's report, as 793's lede in round
    # 102); 802's lede partial inside "saying ... an "unsustainable" path" (a one-word partial
    # between the article outside the marks and its noun: the set's term rule, "its “historic”
    # reform", terms.is_term; the author's reading is a convention change) and 804's email "a deputy
    # division chief whose name is redacted in the copy reviewed by The Intercept called the data
    # “...”" (the parser hangs "called" on "copy" as a participle and leaves the sentence no verb,
    # only after "The Intercept": found with another outlet's name; article-shaped). Gold as written
    "round 103": (0.96, 0.96, 0.92, 1.0),
    # round 104 (809-816), first sight (score.py) on session 22's final code 446fee40: 0.962 /
    # 0.843, 0.982 / 0.887 (/work/score/quotes104.firstsight.err); the author's conventions in
    # /work/blind188/README.md. After its fixes (session 23, on main,
    # test_quotes_round104_categories.py): 1.000 / 1.000, 1.000 / 0.981 (score.py;
    # /work/score/quotes104.afterfix.err; rounds 1-103, 105 and 106 unchanged article by article),
    # on the gold with 812's closing "he said" quote added (the author's conventions give it to
    # Hollis, the quotes block left it out; first sight on that gold 0.968 / 0.844). Fixed (14
    # direct speakers, 6 spurious direct of which 5 transcript turns, 5 report speakers, 1 missed
    # and 1 spurious report; the 7th spurious direct was the gold's): British and Irish titles
    # before a name ("Alderman", "Taoiseach": speakers.yaml); a presenter's label with the role in
    # brackets ("NAME (PRESENTER):", her later "SURNAME:" turns hers too: transcript.py); two titles
    # joined before a name ("co-founder and CEO X", the name hung on the first as a conjunct:
    # conjoined_titles.py); an office written with a hyphen ("the UN secretary-general": a noun
    # phrase, not a person "general": hyphenated_offices.py); the office set off before a name that
    # carries a title of address ("the Mayor of X, Cllr Y", then "The mayor"; also "The mayor of X,
    # Y" with Y hung on X: apposed_offices.py); a pronoun after a sentence whose subject is a named
    # holder's bare office ("The minister has faced calls ... ¶ She said:", "The Taoiseach has ...":
    # office_subjects.py); an owner's apposition naming the company ("a Wichita company called X",
    # the memo's issuer: called_companies.py); a thing introduced by the participle of its name ("a
    # column called “...,”": called_things.py); a campaign's name read as a clause after its
    # spokesman ("..., Wait Till Eighteen, conceded defeat but said": clause_read_names.py); a
    # side's campaigners speaking as the campaign the body names for the side ("No campaigners say":
    # campaign_sides.py); a start-up funding database ("according to Crunchbase": attribution.yaml).
    # Left: 813's lede "the African Union's mediator has announced" (the parser makes the capital
    # before it the subject, and the mediator is the envoy the next paragraph names under another
    # title: one report's speaker). This module's tally is 1.000 / 0.989, 1.000 / 0.944: it also
    # counts 810's "Namibia's central bank" against the author's "Bank of Namibia" (a name the text
    # never gives; score.py takes the two for one body)
    "round 104": (0.99, 0.98, 0.99, 0.94),
    # round 105 (817-824), first sight (score.py) on session 22's final code 446fee40: 0.977 /
    # 0.954, 0.970 / 0.918 (/work/score/quotes105.firstsight.err); the author's conventions in
    # /work/blind189/README.md. After its fixes (session 23, branch quotes105,
    # test_quotes_round105_categories.py): 0.989 / 1.000, 0.980 / 0.980 (score.py;
    # /work/score/quotes105.afterfix.err; every other article's score unchanged): a romanised
    # given name before the family name (817's "Ji-woo Han", NER tagging "Han" a nationality:
    # the whole name, and "she" after it; hyphenated_given_names.py); a possessed noun set off
    # after a mid-quote cue that the parser made the cue's host (817's "she said, her left arm
    # in a cast": no report; absolute_nouns.py); a name after a title kept whole when NER misses
    # its given name, with a fronted "Presiding," (823's "Madam Justice Doreen Caruana Scerri",
    # then "the judge said"; phrases.name_tokens, speakers.yaml fronted_roles); "the word of
    # '...'" (823: someone's testimony, no naming word; testimony_words.py); a plural noun ending
    # a who-clause read as a verb and made the cue's subject (821's "X, who ... mandates in the
    # 2000s, said"; relative_end_verbs.py); a headline's "Defence says" (823: the one defence
    # lawyer the body names; trial_sides.py). Left: 818's "..., the claim alleges" (report and
    # partial: a claim is a document with no speaker, rounds 13, 90 and 98) and its nested "which
    # the company had said were fixed" (the set keeps the outermost report, _outermost); 823's
    # lede "the prosecution telling jurors" (round 53's 405 keeps "the prosecution" a body: a gold
    # inconsistency); 824's subheadline under a newsletter's masthead lines ("with a promise to
    # "listen first"": read neither as the headline nor as a subheading). Gold as written
    "round 105": (0.98, 0.99, 0.97, 0.97),
    # round 106 (825-832), first sight (score.py) on session 22's final code 446fee40: 0.995 /
    # 0.841, 0.981 / 0.904 (/work/score/quotes106.firstsight.err); the author's conventions in
    # /work/blind190/README.md. After its fixes (session 23, branch quotes106,
    # test_quotes_round106_categories.py): 0.995 / 0.981, 1.000 / 1.000 (score.py;
    # /work/score/quotes106.afterfix.err; rounds 1-105 unchanged article by article, 46_04,
    # 74_01 and 10_08's reports now ending before "but declined to" as their golds do). Fixed
    # (15 direct speakers, 5 report speakers, 2 spurious reports): a name set off after an
    # opening place phrase whose verb has an auxiliary ("In X, Dorothy Pruitt, 84, has spent")
    # or whose age's comma and "who" clause the parser hung on the place (fronted.py,
    # verb_groups.py); "who gave only his surname, Wong," (names.py); "I asked Milo whether ...
    # . He shrugged." then "he said" (pronouns.py); "..., at one point telling her which
    # senators to “go around”" (a participle on a time phrase, time_phrases.py; the verb below
    # an "according to" governing the partials, according_verbs.py; leaked text messages a
    # document, attribution.yaml; an indirect question, reported.py); "and declined to ..."
    # after a verb-inside partial (speaker_acts.yaml's acts); a headline's "warns of 'severe'
    # storm surge" (headline_warnings.py); a full name NER missed after a role noun
    # (untagged_names.py); a headline under a newsletter's masthead lines (mastheads.py); a
    # dek's "X's office says" over POLITICO's byline with numeric time stamps (byline_shapes.py,
    # described_voices.py); "has asked us to remind exhibitors that ..." (a request, no
    # report); "The forecaster said" (the weather service quoted before, weather_services.py).
    # Left: 828's turn-by-turn lines with no cue and no name (the author's least-sure 6: 2
    # direct speakers), 832's request tail ‘no exceptions, Keith’ (the author's least-sure 20,
    # parsed as the object of "asked": 1 direct missed). Gold as written
    "round 106": (0.99, 0.98, 0.99, 0.99),
    # round 107 (833-840), held out (score.py): 0.983 / 0.871, 0.934 / 0.842 (this module's tally
    # the same; a held-out measurement of session 23's last quotes code, main 91c49880,
    # /work/score/quotes107.heldout.err; 86 gold direct / 87 found, 85 matched; 63 gold reported
    # / 59 found, 57 matched). The author's conventions in /work/blind191/README.md (numbered
    # below). Not fixed. Direct missed (1): 836's report interrupted by its cue, "Ministers, she
    # says, are “pricing in a miracle”" (the report found, the partial not; the author's 16).
    # Direct spurious (2): terms in marks read as called-partials: 837's "The warning, called
    # "kinkyu jishin sokuho" in Japanese" (the alert's name, the author's 13) and 838's coined
    # criterion “AI fluency” inside the memo's report (the author's least-sure 11; given as
    # "Tying AI", and the report around it missed, below). Direct speakers (11): 834's "the Guards
    # said in a statement" and its continuation given as "Guards", and 836's "The IMF" as "IMF",
    # against the author's canonical "Islamic Revolutionary Guard Corps Navy" (least-sure 8: a name
    # the text never gives) and "International Monetary Fund" (short forms not joined to the
    # canonical body); 835's "The broadcaster Gemma Rowntree, who grew up ..., presented ... She
    # said" (×2, direct and continuation: given to Leanne Whitfield, the woman quoted before; the
    # name after "The broadcaster" with a who-clause not taken as the pronoun's antecedent); 837's
    # family-name-first names: "Tachibana said" and "Kanemoto said" given as the bare surnames, not
    # "Tachibana Ryosuke" and "Kanemoto Yuki" (the surname sought as the last token), and the bakery
    # "woman"'s direct after her report left with no speaker (the report missed, below); 838's memo
    # (the author's 10: a memo signed by the chief people officer speaks for her) given to
    # "Tessaline", the company, and "Another" after "one designer" given as "designer" (the
    # author's least-sure 9 reads "employee"); 839's "Leo" given as "Leo Kostas", the grandmother's
    # surname (the author's least-sure 17). Reported missed (6): 833's "said in a statement that his
    # office "respects ..." but believes ..." (a report holding a partial then a second verb: the
    # partial found, the report not; the author's 2-3 shape); 834's headline "Iran's Guards seize
    # tanker in Gulf, say it was smuggling fuel" (a headline report sharing its subject with an
    # act, the author's 7); 836's "she concedes that ..., and says the bank will not defend the
    # kwacha “with money we do not have”" (the second of two reporting verbs of one subject, the
    # author's 15; its partial found); 837's "a woman who runs a bakery near the station said the
    # alert went off ..." (an unnamed speaker with a who-clause: no report, and her next quote has
    # no speaker); 838's memo report holding “AI fluency” (above) and "— a line several employees
    # noted was missing from the memo itself" (a relative with an inner cue after a dash, the
    # author's least-sure 12: kept inside the CEO's "added" report). Reported spurious (2): 839's
    # standfirst "Dockers hold off Sydney ... and coach Brett Halloran says his side ‘played
    # without fear’" (its first clause, "Dockers hold off ... the Norm Smith", read as Halloran's
    # report; the author's 5: his partial direct only, found), 840's "announced that she had
    # "waited all year for this" before giving the signal ..." (the author's least-sure 4: direct
    # only). Reported speakers (9): 834's Guards
    # ×2 ("Iranian Revolutionary Guards navy", "Guards": the canonical name above), 835's Rowntree
    # (above), 836's IMF (above), 837's "Professor Kanemoto Yuki of Tohoku University, ... told NHK
    # that" given as "Professor" (the title taken for the name), 838's memo ×3 ("Tessaline", above)
    # and "Another" ("designer", above). Gold as written. After its fixes (session 23, second
    # cycle, on main, test_quotes_round107_categories.py): 0.989 / 0.942, 0.952 / 0.932
    # (score.py; /work/score/quotes107.afterfix.err; rounds 1-106 and 108 unchanged article by
    # article in their scores, 15_06's interrupted report now keeping "gone"). Fixed (6
    # direct speakers, 1 direct missed, 5 report speakers, 2 reports missed): family names
    # written first that NER tags alone as organisations ("Tachibana said", "Kanemoto said";
    # surnames.py); "The broadcaster X, who ..., presented ... . She said" (the person after a
    # role noun that may name a body; the role noun made the root with the verb on the name,
    # lost_verb_roots.py); "a woman who runs a bakery ... said" after "In X," (fronted.py);
    # the memo's "it says" and a later "the memo says" keeping the signer's voice
    # (document_voices.py); "Professor" split off by NER (split_titles.py); "Ministers, she
    # says, are “...”" (a cue hung on the auxiliary, clauses.py and attribution.py); "said
    # that his office "..." but believes ..." (a present-tense predicate under a past cue,
    # predicates.py). Left: the Guards' and the IMF's canonical names (a name the text never
    # gives; the set keeps an acronym as the copy writes it, 405's header), 838's "Another"
    # and 839's "Leo" (the author's least-sure 9 and 17), the two terms read as partials (the
    # author's 11 and 13), 4 reports missed (834's headline, 836's second verb, 838's memo
    # report and dash relative) and 2 spurious (839's standfirst, 840's "announced that"):
    # convention-shaped or one-off parses, no time this cycle
    "round 107": (0.98, 0.94, 0.95, 0.93),
    # round 108 (841-848), held out (score.py): 0.986 / 0.817, 0.962 / 0.921 (this module's tally
    # the same; a held-out measurement of session 23's last quotes code, main 91c49880,
    # /work/score/quotes108.heldout.err; 71 gold direct / 73 found, 71 matched; 38 gold reported
    # / 41 found, 38 matched). The author's conventions in /work/blind196/README.md (numbered
    # below). Not fixed. Direct missed: none. Direct spurious (2): names in marks inside a report,
    # 846's nicknames "“the lab” and “the factory.”" (the second, closed by the sentence's stop
    # inside the marks, read as a partial; the author's 11) and 848's "cheques should be made out
    # to 'FRAS'" (the author's 24). Direct speakers (13): 843's "The Dean of Kestonbury, the Very
    # Rev Alison Marchetti," (×3, the headline's "Dean vows ‘we will rebuild’" and two body quotes:
    # given as "Dean of Kestonbury" with the name as its role; an office set off before a name
    # with a clerical title of address); 844's remembered ward dialogue, "“Are you busy?” he
    # asked." given to Dale Whitcomb, the man quoted before, not the patient Walter Marsh, and the
    # unattributed turn "Then tell me where you’re from." given to Maribel Ocampo, the previous
    # turn's speaker (the author's least-sure 2: turns alternate); 845's "Minister for
    # Agriculture, Food and the Marine Declan Furey said" (×2: given as "Minister", the long office
    # before the name not stripped; the report too); 847's "said Madam Lim, a hawker assistant
    # ..." given as "Madam Lim" (the honorific kept, not joined to "Madam Lim Siew Hoon" earlier;
    # the author's 21); 848's newsletter: the headline's "'Forty years': Gordon's onions ..." (no
    # speaker; the author's Gordon Ashby from the body), Penhaligon's "He told me afterwards that
    # ..." partial given to "Midlands Vegetable Growers' Circle" (the organisation after "Mr Arthur
    # Penhaligon of", its who-clause "who has judged at ..." read as a report, below), Eleanor
    # Vance's "Asked for her secret, she would only say that it was '...'" given to Gordon Ashby,
    # the man of the paragraph before, and the split quote "'...,' our secretary, Brenda Hollis,
    # told me, '...'" (×2: no speaker; the apposed name between the pieces not found). Reported
    # missed: none. Reported spurious (3): 841's "..., according to PowerOutage.us" (an outage
    # tracker's data, not a voice: round 89's document rule, the author leaves it out), 844's "told
    # him about the rice fields ... the year she turned nine" ("told him about": a topic, no
    # report), 848's "Mr Arthur Penhaligon of the Midlands Vegetable Growers' Circle, who has
    # judged at Harrogate" ("judged" read as a cue). Reported speakers (3): 845's "Minister"
    # (above), 848's Penhaligon ("Midlands Vegetable Growers' Circle") and Eleanor Vance ("Gordon
    # Ashby") (above). Gold as written. After its fixes (session 23, second cycle, branch
    # quotes108, test_quotes_round108_categories.py): 0.986 / 0.958, 0.974 / 0.974 (score.py;
    # /work/score/quotes108.afterfix.err; rounds 1-107 unchanged article by article). Fixed (10
    # direct speakers, 2 report speakers, 1 spurious report): an office NER took for a name
    # with its holder set off after it and a clerical style ("The Dean of X, the Very Rev Y,":
    # office_entities.py, speakers.yaml honorific_styles) and a headline's bare post ("Dean
    # vows ...": the holder, roles.py); a minister's list of portfolios before the name
    # (office_lists.py; a role's head cut at "for", so "the minister" is he); "Madam" an
    # honorific (speakers.yaml); a split quote in straight marks whose set-off subject the
    # parser hung inside the first piece (split_mark_subjects.py); a who-clause read as a
    # closing cue (closing_cues.py); a headline under masthead lines over a "Show report by
    # ..." byline (mastheads.py). Left: the two spurious names in marks (846's "the factory.",
    # 848's 'FRAS'); 844's remembered ward turns (the author's least-sure 2: telling turns
    # apart needs a convention the set does not have); 848's Eleanor Vance, "(plot 3)" after
    # her name making NER tag it an organisation (tried: the name as a person was not enough
    # for the "she" behind a fronted "Asked for her secret,"; 1 direct, 1 report); the
    # reported spurious 841 PowerOutage.us and 844 "told him about"
    "round 108": (0.98, 0.95, 0.97, 0.97),
}
#: Id prefix of each round pinned on its own; every other article is in "rounds 1-8".
PREFIXES = {"round 9": "blind9_", "round 10": "blind10_", "round 11": "blind11_",
            "round 12": "blind12_", "round 13": "blind13_", "round 14": "blind14_",
            "round 15": "blind15_", "round 16": "blind16_", "round 17": "blind17_",
            "round 18": "blind18_", "round 19": "blind19_", "round 20": "blind20_",
            "round 21": "blind21_", "round 22": "blind22_", "round 23": "blind23_",
            "round 24": "blind24_", "round 25": "blind25_",
            "round 26": "blind26_", "round 27": "blind27_",
            "round 28": "blind28_", "round 29": "blind29_",
            "round 30": "blind30_", "round 31": "blind31_",
            "round 32": "blind32_", "round 33": "blind33_",
            "round 34": "blind34_",
            "round 35": "blind35_",
            "round 36": "blind36_",
            "round 37": "blind37_",
            "round 38": "blind38_",
            "round 39": "blind39_",
            "round 40": "blind40_",
            "round 41": "blind41_",
            "round 42": "blind42_",
            "round 43": "blind43_",
            "round 44": "blind44_",
            "round 45": "blind45_",
            "round 46": "blind46_",
            "round 47": "blind47_",
            "round 48": "blind48_",
            "round 49": "blind49_",
            "round 50": "blind50_",
            "round 51": "blind51_",
            "round 52": "blind52_",
            "round 53": "blind53_",
            "round 54": "blind54_",
            "round 55": "blind55_",
            "round 56": "blind56_",
            "round 57": "blind57_",
            "round 58": "blind58_",
            "round 59": "blind59_",
            "round 60": "blind60_",
            "round 61": "blind61_",
            "round 62": "blind62_",
            "round 63": "blind63_",
            "round 64": "blind64_",
            "round 65": "blind65_",
            "round 66": "blind66_",
            "round 67": "blind67_",
            "round 68": "blind68_",
            "round 69": "blind69_",
            "round 70": "blind70_",
            "round 71": "blind71_",
            "round 72": "blind72_",
            "round 73": "blind73_",
            "round 74": "blind74_",
            "round 75": "blind75_",
            "round 76": "blind76_",
            "round 77": "blind77_",
            "round 78": "blind78_",
            "round 79": "blind79_",
            "round 80": "blind80_",
            "round 81": "blind81_",
            "round 82": "blind82_",
            "round 83": "blind83_",
            "round 84": "blind84_",
            "round 85": "blind85_",
            "round 86": "blind86_",
            "round 87": "blind87_",
            "round 88": "blind88_",
            "round 89": "blind89_",
            "round 90": "blind90_",
            "round 91": "blind91_",
            "round 92": "blind92_",
            "round 93": "blind93_",
            "round 94": "blind94_",
            "round 95": "blind95_", "round 96": "blind96_",
            "round 97": "blind97_",
            "round 98": "blind98_",
            "round 99": "blind99_", "round 100": "blind100_",
            "round 101": "blind101_", "round 102": "blind102_",
            "round 103": "blind103_",
            "round 104": "blind104_", "round 105": "blind105_",
            "round 106": "blind106_",
            "round 107": "blind107_", "round 108": "blind108_"}

pytestmark = pytest.mark.model


def load_gold() -> list[tuple[str, str, list[Gold]]]:
    """(id, text, gold quotes) of every blind article."""
    docs = []
    for line in (BLINDSET / "blind.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        gold = [Gold(q["kind"], q["start"], q["end"], q["speaker"]) for q in doc["quotes"]]
        docs.append((doc["id"], doc["text"], gold))
    return docs


def test_gold_file_is_built_from_the_article_files():
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_gold", BLINDSET / "build_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = [json.dumps(doc, ensure_ascii=False) for doc in module.build()]
    assert built == (BLINDSET / "blind.jsonl").read_text(encoding="utf-8").splitlines()


def test_gold_offsets_point_at_their_content():
    for doc_id, text, _ in load_gold():
        line = next(line for line in (BLINDSET / "blind.jsonl").open(encoding="utf-8")
                    if json.loads(line)["id"] == doc_id)
        for quote in json.loads(line)["quotes"]:
            assert text[quote["start"] : quote["end"]] == quote["content"], doc_id


def group_of(doc_id: str) -> str:
    """The group of rounds whose floors an article counts towards."""
    return next((name for name, prefix in PREFIXES.items() if doc_id.startswith(prefix)),
                "rounds 1-8")


@pytest.fixture(scope="module", params=sorted(FLOORS))
def group(request, quotes_of):
    """(name, floors, direct tally, reported tally) of one group of rounds."""
    articles = [d for d in load_gold() if group_of(d[0]) == request.param]
    direct, indirect = tally_articles(articles, quotes_of)
    return request.param, FLOORS[request.param], direct, indirect


def test_direct_quotes_and_their_speakers(group):
    name, floors, direct, _ = group
    assert direct.f1 >= floors[0], (name, direct.errors)
    assert direct.speaker_accuracy >= floors[1], (name, direct.errors)


def test_reported_speech_and_its_speakers(group):
    name, floors, _, indirect = group
    assert indirect.f1 >= floors[2], (name, indirect.errors)
    assert indirect.speaker_accuracy >= floors[3], (name, indirect.errors)
