"""Quality floor of the event and claim extractors on the blind event set.

``blindset/`` holds a hundred and sixteen fictional articles in twenty rounds (round 1: wire,
politics, business, sports, courts, disaster, science, diplomacy; round 2: health, election night,
markets, British transport; round 3: culture, crime, climate, local planning; round 4:
obituary, sports preview, conflict, product recall; round 5, by an outside author: wire
politics, business guidance, courts sentencing, a sports fixture list, a disaster timeline,
a state visit; round 6, by another: an election calendar, a merger review, an adjourned
trial, a delayed launch, an outbreak timeline, a dock strike; round 7, by a third: a budget,
a launch calendar, an appeal hearing, a tournament schedule, a wildfire timeline, a treaty
timetable; round 8, by a fourth: a council agenda, airline routes, a murder trial, a season
preview, an earthquake, an election result; round 9, by a fifth: a carmaker's recall and
closures, a state visit, a hurricane season, a phone launch and results, a tennis draw, a
budget and a confidence vote; round 10, by a sixth: a drug trial, a marathon's road closures,
contract talks and a strike date, a launch scrub, a school budget and calendar, a retail
bankruptcy; round 11, by a seventh: an oil merger, a state funeral, wildfire reopenings,
phone shipments and a launch, a rugby tour, a central bank's rate cut; round 12, by an eighth:
a carmaker's recall and plant halt, an election calendar, a drug's regulatory timeline, a
pilots' strike and winter schedule, a transfer window, a city budget; round 13, by a ninth: a
chip fab, a hurricane landfall, a film festival, a trial calendar, a 5G rollout, a marathon;
round 14, by a tenth: quarterly results and guidance, a general strike, a delayed moon
landing, a school calendar with snow days, a bank's branch closures, a tennis grand slam;
round 15, by an eleventh: airline routes and a pilots' vote, a stadium loan, a delayed chip
factory, an election calendar, a car recall, a festival day moved by a storm; round 16, by
a twelfth: a retailer's holiday quarter, a hurricane's recovery, a bill's assent, a drug
launch, a light rail opening, a transfer deadline); round 17, by a thirteenth: a carmaker's
results and plant closure, a fraud trial calendar, wildfire evacuations, a central bank's rate
path, a stadium tour with added dates and a postponement, a space telescope's launch; round
18, by a fourteenth: a merger vote and review, a marathon's road closures, a city budget's
hearings, a product recall, a state visit, a postponed sentencing), each round annotated by
hand before the extractor ever ran on it; ``eventscore.py`` scores them (see its docstring for
the matching rules).

First sight of each round (event P / R / F1, status, what, claim recall, claim kind):
round 1 0.851 / 0.913 / 0.881, 0.857, 0.873, 0.815, 0.924; round 2 (after round 1's fixes)
0.763 / 0.806 / 0.784, 0.862, 1.000, 0.846, 0.879; round 3 (after rounds 1-2's fixes)
0.871 / 0.900 / 0.885, 0.963, 0.963, 0.944, 0.912; round 4 (after rounds 1-3's fixes)
0.921 / 0.921 / 0.921, 0.943, 0.914, 0.824, 0.929; round 5 (after rounds 1-4's fixes)
0.903 / 0.875 / 0.889, 0.911, 0.964, 0.879, 0.845; after its fixes 0.937 / 0.922 / 0.929,
1.000, 1.000, 0.985, 0.938; round 6 (after rounds 1-5's fixes) 0.839 / 0.839 / 0.839,
0.904, 0.904, 0.986, 0.845, after its fixes 0.934 / 0.919 / 0.927, 1.000, 0.982, 1.000,
0.903; round 7 (after rounds 1-6's fixes) 0.857 / 0.794 / 0.824, 0.870, 0.907, 0.938, 0.967,
after its fixes 0.896 / 0.882 / 0.889, 1.000, 0.983, 0.985, 0.953 (every miss left is a date
the temporal stage resolves otherwise); round 8 (after rounds 1-7's fixes) 0.941 / 0.889 /
0.914, 0.953, 0.906, 0.986, 0.914, after its fixes 0.971 / 0.917 / 0.943, 0.985, 0.909,
0.986, 0.971; round 9 (after rounds 1-8's fixes) 0.932 / 0.907 / 0.919,
0.956, 0.882, 0.967, 0.914, after its fixes 0.947 / 0.947 / 0.947, 1.000, 0.901, 0.967,
0.966; round 10 (after rounds 1-9's fixes) 0.855 / 0.887 / 0.870, 0.851, 1.000, 0.981,
0.961, after its fixes 0.926 / 0.943 / 0.935, 1.000, 1.000, 1.000, 0.981; round 11 (after
rounds 1-10's fixes) 0.906 / 0.853 / 0.879, 0.948, 0.879, 0.970, 0.908, after its fixes
0.925 / 0.912 / 0.919, 1.000, 0.935, 0.970, 0.923; round 12 (after rounds 1-11's fixes)
0.879 / 0.921 / 0.899, 0.931, 0.914, 0.968, 0.967, after its fixes 0.953 / 0.968 / 0.961,
1.000, 1.000, 0.968, 0.984; round 13, by a ninth (a chip fab's ramp, a hurricane landfall,
a film festival programme, a trial calendar, a 5G rollout and price rise, a marathon's road
closures; after rounds 1-12's fixes) 0.833 / 0.887 / 0.859, 0.927, 0.909, 0.984, 0.871,
after its fixes 0.937 / 0.952 / 0.944, 1.000, 0.966, 0.984, 0.935; round 14, by a tenth
(after rounds 1-13's fixes) 0.884 / 0.836 / 0.859, 0.918, 0.852, 0.971, 0.955, after its
fixes 0.931 / 0.918 / 0.924, 0.970, 0.925, 0.971, 0.970; round 15, by an eleventh (after
rounds 1-14's fixes) 0.901 / 0.941 / 0.921, 0.891, 0.953, 0.984, 0.902, after its fixes
0.941 / 0.941 / 0.941, 0.984, 0.984, 0.984, 0.934; round 16, by a twelfth (a retailer's
holiday results, a hurricane landfall and recovery, a bill's readings and assent, a drug's
approval and launch, a light rail opening, a transfer deadline; after rounds 1-15's fixes)
0.818 / 0.885 / 0.850, 0.981, 0.963, 0.984, 0.950, after its fixes 0.889 / 0.918 / 0.903,
1.000, 0.982, 0.984, 1.000; round 17, by a thirteenth (after rounds 1-16's fixes) 0.900 /
0.935 / 0.917, 0.958, 0.833, 0.959, 0.929, after its fixes 0.936 / 0.948 / 0.942, 1.000,
0.890, 0.959, 0.929; round 18, by a fourteenth (a merger vote and review, a marathon's road
closures, a city budget's hearings, a product recall, a state visit, a postponed sentencing;
after rounds 1-17's fixes) 0.860 / 0.891 / 0.875, 0.939, 0.918, 0.966, 0.895, after its
fixes 1.000 / 0.964 / 0.981, 0.962, 0.981, 0.966, 1.000; round 19, by a fifteenth (a phone
event and a delayed feature, a general strike and a second one, a manager sacked after a
defeat, a bridge's reopening moved back, a heart drug's filings, an embassy reopening; after
rounds 1-18's fixes) 0.860 / 0.891 / 0.875, 0.980, 0.878, 0.982, 0.911, after its fixes
0.897 / 0.945 / 0.920, 0.981, 0.923, 0.982, 0.982; round 20, by a sixteenth (an airline
route launch and a pilots' ballot, a census count and its results, a festival cancelled over
floods, a snap election, a steel furnace relit with a loan, a tennis comeback; after rounds
1-19's fixes) 0.791 / 0.898 / 0.841, 0.943, 0.906, 0.984, 0.952, after its fixes 0.887 /
0.932 / 0.909, 1.000, 1.000, 1.000, 0.984; round 21, by a seventeenth (store closures, a
heatwave warning, a cup draw, a renters bill, a satellite launch slip, a mayoral race; after
rounds 1-20's fixes) 0.840 / 0.913 / 0.875, 0.857, 0.929, 0.982, 0.870, after its fixes
0.936 / 0.957 / 0.946, 1.000, 0.955, 0.982, 0.963; round 22, by an eighteenth (a marathon
replaced by a cycling race, a plant's electric conversion, a central bank's hold, a fraud
sentencing, a four-day school week trial, a summit moved to a new city; after rounds 1-21's
fixes) 0.817 / 0.925 / 0.867, 0.939, 0.837, 1.000, 0.951, after its fixes 0.946 / 0.981 /
0.964, 1.000, 0.943, 1.000, 1.000; round 23, by a nineteenth (a port strike, a film
festival's delayed premiere, a housing appeal, a transfer and debut, a vaccine rollout, a
by-election; after rounds 1-22's fixes) 0.815 / 0.936 / 0.871, 0.955, 0.864, 0.983, 0.965,
after its fixes 0.918 / 0.957 / 0.938, 1.000, 1.000, 0.983, 0.982; round 24, by a twentieth
(a boil notice, an airline merger's votes, a murder trial, a world tour, a tuition freeze, a
budget vote; after rounds 1-23's fixes) 0.875 / 0.860 / 0.867, 0.959, 0.918, 0.940, 0.921;
round 25, by a twenty-first (a regional election, phased factory layoffs, a lunar lander
delayed twice, a nurses' strike, a museum reopening, a merger ruling and appeal; after rounds
1-24's fixes) 0.854 / 0.953 / 0.901, 0.951, 0.951, 0.967, 0.948; round 26, by a
twenty-second (a carmaker's airbag recall, a marathon moved by a heatwave, an inquiry into a
failed IT project, a developer conference, a bridge's phased repairs, a club relegated; after
rounds 1-25's fixes) 0.849 / 0.957 / 0.900, 0.933, 0.889, 0.969, 0.935, after its fixes
1.000 / 1.000 / 1.000, 0.979, 0.915, 0.969, 0.968; round 27, by a twenty-third (an
airline route launch and delayed jets, a council budget and tax rise, a singer's bail hearing
and trial date, a data breach and its fix, a school calendar, a World Cup qualifier; after
rounds 1-26's fixes) 0.781 / 0.909 / 0.840, 0.860, 0.900, 1.000, 0.919, after its fixes
0.850 / 0.927 / 0.887, 0.961, 0.922, 1.000, 0.935; round 28, by a twenty-fourth (an oil
company's results and new chief executive, a snap election, a hurricane landfall, a festival's
new site, a rail crash inquiry, a tennis comeback; after rounds 1-27's fixes) 0.841 / 0.925 /
0.881, 0.973, 0.838, 1.000, 0.918; round 29, by a twenty-fifth (a central bank's hold and next
meeting, a plant closure, a crewed launch scrubbed, a marathon's road closures, a murder trial's
jury selection, a streaming price rise; after rounds 1-28's fixes) 0.827 / 0.860 / 0.843, 0.953,
0.814, 1.000, 0.907, after its fixes 0.880 / 0.898 / 0.889, 0.977, 0.818, 1.000, 0.944;
round 30, by a twenty-sixth (a drug's approval and second use, a presidential runoff, a rail
drivers' strike on three dates, a stadium delayed to 2028, a heatwave warning, a technology
listing and its lock-up; after rounds 1-29's fixes) 0.755 / 0.881 / 0.813, 0.946, 1.000,
0.981, 0.843, after its fixes 0.905 / 0.905 / 0.905, 0.974, 1.000, 0.981, 0.961; round 31,
by a twenty-seventh (a chip factory's groundbreaking, a cabinet reshuffle, a delayed museum
exhibition, a law struck down, a cyclone, a developer conference and recall; after rounds
1-30's fixes) 0.800 / 0.833 / 0.816, 0.975, 0.900, 0.961, 0.898, after its fixes 0.979 /
0.979 / 0.979, 1.000, 0.915, 0.961, 1.000; round 32, by a twenty-eighth (an airline's
schedule and a handlers' strike, a mayoral race, a drug makers' merger vote, a tram line's
opening, a football manager appointed, a flood warning; after rounds 1-31's fixes) 0.780 /
0.886 / 0.830, 0.949, 0.872, 0.980, 0.940, after its fixes 0.812 / 0.886 / 0.848, 0.949,
0.872, 0.980, 0.940; round 33, by a twenty-ninth (a runway closure, a bus strike ballot, a
drug recall and review, a general election's debates, a singer's cancelled shows, a dam's
repairs after a flood; after rounds 1-32's fixes) 0.831 / 0.964 / 0.893, 0.963, 0.907, 0.985,
0.954, after its fixes (gold settled: an event, two kinds, two subjects) 0.948 / 0.965 /
0.957, 1.000, 0.945, 0.985, 0.985; round 34, by a thirtieth (quarterly results and job cuts,
a fraud trial's first week, bike lanes in phases, a cup replay, a probe's flyby, a trade
summit moved; after rounds 1-32's fixes) 0.750 / 0.864 / 0.803, 0.941, 0.882, 1.000, 0.908,
after its fixes (gold settled: five events) 0.877 / 0.891 / 0.884, 0.982, 0.895, 1.000,
0.938; round 35, by a thirty-first (a hosepipe ban lifted, a bank merger's votes and the
Fed's deadline, a film festival, an eviction ruling and its appeal, a rugby semi-final
postponed, a volcano's eruption and flights; after rounds 1-34's fixes) 0.754 / 0.942 /
0.838, 0.959, 0.837, 0.986, 0.900, after its fixes (gold settled: two events, a subject)
0.897 / 0.963 / 0.929, 1.000, 0.904, 0.986, 0.914; round 37, by a thirty-third (a teachers'
strike ballot, a satellite launch delayed twice, an adjourned murder trial, store closures in
three waves, a marathon's new finish, a council budget; after rounds 1-36's fixes) 0.872 /
0.915 / 0.893, 0.947, 0.893, 0.966, 0.976, after its fixes 0.940 / 0.951 / 0.945, 0.987,
0.885, 0.966, 0.988; round 38, by a thirty-fourth (airline routes, a museum show, drought
tiers, a deadline-day transfer, a recall petition, a bridge closure; after rounds 1-36's
fixes) 0.857 / 0.923 / 0.889, 0.933, 0.817, 0.974, 0.947, after its fixes (gold settled: a
claim kind) 0.909 / 0.923 / 0.916, 0.983, 0.817, 0.974, 0.974; round 39, by a thirty-fifth (a
festival's line-up and tickets, a heart drug's trial and approvals, a port strike's talks, a
census's fieldwork, pandas' public debut, an injunction on a demolition; held out on session 12's
last code) 0.871 / 0.953 / 0.910, 0.885, 0.852, 0.947, 0.944; round 40, by a thirty-sixth (a
city's championship bid, a delayed home hub and a shareholder vote, flood defences in phases, a
by-election, a hospital wing opening in stages, an airline merger's review; after rounds 5-38's
fixes) 0.800 / 0.889 / 0.842, 0.929, 0.911, 0.975, 0.883 (gold as settled: 0.814 / 0.919 /
0.864, 0.930, 0.912, 0.975, 0.935); round 41, by a thirty-seventh (a crewed launch scrubbed
twice, a stadium move delayed, a wildfire park's reopening, care workers' strike days, a tram line's
signalling fault, a celebrity chef's fraud trial; held out on the session's last code, after
rounds 5-40's fixes) 0.845 / 0.896 / 0.870, 0.967, 0.917, 1.000, 0.922, after its fixes in
session 14 0.909 / 0.909 / 0.909, 0.983, 0.967, 1.000, 0.948; round 42, by a
thirty-eighth (a festival's licence and line-up, a bridge shut in three stages, a budget's
parliamentary timetable, a migraine drug's trial and approvals, a three-day state visit, a
listing postponed; after rounds 5-41's fixes) 0.814 / 0.886 / 0.848, 0.957, 0.857, 0.955,
0.881, after its fixes 0.904 / 0.938 / 0.920, 0.973, 0.853, 0.955, 0.929; round 43, by a
thirty-ninth (a marathon's results and closures, a copper mine's reopening, televised debates, a
grounded cargo ship's salvage, a school rebuilt after a fire, an old master's auction; held out on
the session's last code, after rounds 5-42's fixes) 0.790 / 0.877 / 0.831, 0.969, 0.938, 0.988,
0.929, after its fixes in session 15 0.842 / 0.877 / 0.859, 1.000, 0.969, 0.988, 0.988; round
44, by a fortieth (a port strike and its talks, a metro line opening in phases, a
scaffold manslaughter trial, a rocket launch scrubbed, a festival cancelled by a storm, a takeover
bid's shareholder votes; after rounds 5-43's fixes) 0.805 / 0.886 / 0.844, 0.952, 0.806, 1.000,
0.938, after its fixes 0.851 / 0.900 / 0.875, 1.000, 0.825, 1.000, 0.975 (what 0.841
after the second pass; round 43's 1.000); round 45, by a forty-first (a road bridge's collapse
and its inquiry's hearings, a national census's timetable, a football club's relegation and
stadium move, a drought's water rationing in stages, a royal couple's tour of Canada, a
vaccine rollout by age group; held out on the session's last code, after rounds 5-44's fixes)
0.886 / 0.940 / 0.912, 0.936, 0.885, 0.966, 0.976; round 46, by a forty-second (a Jupiter
probe's Earth flyby, a school merger in three stages, a fraud trial adjourned twice, a pop tour
rescheduled, a national budget from draft to final vote, an airport runway built in stages;
after rounds 5-45's fixes, the lead's score on the session's start code) 0.750 / 0.864 /
0.803, 0.982, 0.877, 0.988, 0.952, after its fixes (gold as settled) 0.875 / 0.940 / 0.906,
1.000, 0.968, 0.988, 1.000; round 45 after its fixes in session 16 0.931 / 0.976 / 0.953,
0.988, 0.889, 0.966, 0.988; round 47, by a forty-third (a hospital maternity wing's closure and
reopening, a snap general election's campaign calendar, teachers' rolling walkouts by region, a
ship canal's blockage and backlog, a film festival's programme and jury, a pension reform from
consultation to law; held out on the session's last code, after rounds 5-46's fixes) 0.875 /
0.939 / 0.906, 0.961, 0.922, 1.000, 0.963; round 48, by a forty-fourth (a road bridge's collapse
and its inquiry, an ice hockey league suspended by a referees' walkout and resumed, a norovirus
vaccine rollout by age group, a carmaker's brake recall and repairs, a fishing rights appeal up to
the supreme court, a city marathon rerouted and rescheduled; after rounds 5-47's fixes, the lead's
score on the session's start code) 0.793 / 0.901 / 0.844, 0.973, 0.959, 0.978, 0.933, after its
fixes (gold as settled) 0.864 / 0.916 / 0.889, 1.000, 0.974, 0.978, 0.944; round 47 after its fixes
in session 17 (gold as settled) 0.943 / 0.976 / 0.959, 1.000, 0.951, 1.000, 0.976; round 49,
by a forty-fifth (a colliery roof collapse and the five-day rescue, a rental bill between two
chambers, a museum's reopening in stages, a satellite launch scrubbed and reset, a transit strike's
talks and deadlines, a drought's staged water limits; held out on the session's last code, after
rounds 5-48's fixes) 0.800 / 0.918 / 0.855, 0.929, 0.893, 0.988, 0.926; round 50, by a
forty-sixth (junior doctors' rolling walkouts, an arson trial's calendar, a volcano's evacuees
returning in stages, an e-bike launch delayed twice, a town referendum and its count, a wildfire
contained day by day; after rounds 5-49's fixes, the lead's score on the session's start code)
0.893 / 0.944 / 0.918, 0.925, 0.896, 0.988, 0.975, after its fixes 0.931 / 0.944 / 0.937, 0.985,
0.896, 0.988, 0.975; round 49 after its fixes in session 18 (gold as settled) 0.921 / 0.935 /
0.928, 0.983, 0.966, 0.988, 0.926; round 51, by a forty-seventh (a mayoral count and its runoff,
an island ferry route suspended and restored, a foundry's closure in three waves of job losses, a
fraud appeal postponed twice, a festival's headliner change and ticket phases, a storm's blackout
and power restored district by district; held out on the session's last code, after rounds 5-50's
fixes) 0.870 / 0.971 / 0.918, 0.970, 0.896, 0.988, 0.988, after its fixes in session 19 0.905 /
0.971 / 0.937, 0.970, 0.896, 0.988, 0.988; round 52, by a forty-eighth (a main line's Christmas
closure running two days longer and a strike threat, a blood pressure drug's recall, a minority
government's confidence vote, a retailer's administration and store closures in two waves, a grand
tour's route presentation, a comet's closest approach and a viewing night; after rounds 5-50's
fixes, the lead's score on the session's start code) 0.853 / 0.910 / 0.880, 0.926, 0.864, 0.946,
0.920, after its fixes (seven pronoun subjects corrected) 0.924 / 0.955 / 0.939, 0.976, 0.929,
0.946, 0.920; round 53, by a forty-ninth (a university's lecturers striking over pensions in two
blocks, a river's flood warning and a town's evacuation, an actor's defamation trial and a juror
discharged, an airline's jet order and deliveries slipping a year, a mayoral primary's calendar, a
theatre's reopening after restoration and its first season; held out on session 19's last code
8a7294da, after rounds 5-52's and 54's fixes) 0.898 / 0.926 / 0.912, 0.955, 0.886, 0.990, 0.891,
after its fixes in session 20 0.928 / 0.947 / 0.937, 0.978, 0.911, 0.990, 0.891;
round 54, by a fiftieth (a reactor's
restart delayed twice and a weekend cold snap, a care-home inquest adjourned and resumed, a club
takeover and a moved points appeal, a bus network redesigned in three phases, a bank's weekend
outage and refunds, a prime minister's Asia tour cut short; after rounds 5-50's fixes, the lead's
score on the session's start code, gold as settled) 0.853 / 0.946 / 0.897, 0.954, 0.874, 0.958,
0.957, after its fixes 0.898 / 0.957 / 0.926, 0.989, 0.955, 0.979, 1.000; round 55, by a
fifty-first (an airport runway's opening delayed by faulty lights, a measles outbreak and its
clinics, a supermarket takeover sent to a phase two inquiry, a snap election's debates and polling
day, a hurricane's landfall and evacuations, a museum's reopening with a stolen painting back;
after rounds 5-54's fixes, the lead's score on the session's start code ef243e1) 0.787 / 0.833 /
0.810, 0.988, 0.835, 0.980, 0.890, after its fixes in session 20 0.857 / 0.882 / 0.870, 0.989,
0.867, 0.980, 0.900; round 56, by a fifty-second (nurses' strikes with one called off and a
ballot, a rocket launch scrubbed twice and its satellite, a crypto founder's extradition and
appeal, exam results regraded after a marking fault and resits brought forward, a central bank's
rate cut and its minutes, a bridge shut by cracks, a ferry and its reopening; held out on session
20's last code 522013df, after rounds 5-55's fixes) 0.794 / 0.885 / 0.837, 0.965, 0.859, 0.979,
0.925, after its fixes in session 21 0.861 / 0.969 / 0.912, 0.968, 0.871, 0.979, 0.925; round
57, by a fifty-third (a party leadership contest and its ballot, a cancer wing's
halted building and staged opening, a marathon put back for heat, a fraud trial adjourned twice,
a reactor outage extended and a grid warning, a phone launch with shipping slipping twice; after
rounds 5-56's fixes, session 20's final code 4abf769) 0.819 / 0.880 / 0.848, 0.926, 0.905,
0.972, 0.913, after its fixes in session 21 (gold as settled) 0.891 / 0.899 / 0.895, 0.990,
0.939, 0.972, 0.913; round 58, by a fifty-fourth (a foreign minister's Asia tour and a
fisheries treaty, a river's floods and the warnings lifted, an airline's bankruptcy with routes
cancelled and a sale, a research ship held by ice, a council's budget and tax rise, train
drivers' walkouts and a ballot on an offer; held out on session 21's last code 0a864973, after
rounds 5-57's fixes) 0.862 / 0.931 / 0.895, 0.926, 0.883, 0.972, 0.933, after its fixes in
session 22 0.906 / 0.950 / 0.928, 0.979, 0.927, 0.972, 0.933; round 59,
by a fifty-fifth (a snap election from its calling to an overnight result, a winter vaccine
rollout a week late, a cricket series with a washed-out Test and a decider, a cyclist's inquest
opened and adjourned, a bridge's closure extended, a museum's reopening and a strike; after
rounds 5-58's fixes, session 21's final code 4b8c6a1) 0.879 / 0.913 / 0.895, 0.915, 0.894,
1.000, 0.892, after its fixes in session 22 0.882 / 0.942 / 0.911, 0.990, 0.907, 1.000, 0.902;
round 60, by a fifty-sixth (a biscuit maker's takeover offer with its deadline extended twice, a
drought and a hosepipe ban brought forward, a state visit with a banquet and protests, exam
results delayed by a cyber attack and the appeals deadlines, a crewed launch scrubbed twice and
its docking, resident doctors' strike after a rejected offer and a ballot; held out on session
22's last code fd090679, after rounds 5-59's fixes) 0.776 / 0.892 / 0.830, 0.964, 0.904, 0.963,
0.932, after its fixes in session 22 0.857 / 0.903 / 0.880, 0.988, 0.893, 0.963, 0.932, after
session 23's extras and splits across rounds 40-60 (branch events60b) 0.895 / 0.914 / 0.904,
0.988, 0.882, 0.963, 0.932 (the whole set 0.927 / 0.953 / 0.940 -> 0.934 / 0.954 / 0.944);
round 61, by a fifty-seventh (a rail line shut over a bank holiday weekend for a bridge and a
branch line's opening put back, a deposits fraud trial's jury sent out and a sentencing
adjourned, a homeware chain's stores closing in three waves, a hospital wing opening in stages
and a ward closing, a marathon brought forward a day for heat, a council tax rise at the
referendum limit; after rounds 5-60's fixes, session 22's final code 446fee40) 0.843 / 0.910 /
0.875, 0.956, 0.824, 0.991, 0.972, after its fixes in session 23 0.911 / 0.920 / 0.915, 1.000,
0.957, 0.991, 0.991; round 62, by a fifty-eighth (a reactor's restart after a refuelling outage
delayed twice and the regulator's decision due, a party leadership contest with its hustings, a
televised debate called off and its ballot, a folk festival's last two days cancelled by storms and
a rescheduled weekend, a comet's closest approach with an observatory's open night and a probe's
flyby, an estate's demolition in three phases with a public inquiry and a judicial review claim, a
postal strike on two December days after failed Acas talks; held out on session 23's last code
91c49880, after rounds 5-61's fixes) 0.824 / 0.918 / 0.868, 0.978, 0.888, 0.965, 0.982, after
its fixes in session 23 0.858 / 0.938 / 0.897, 0.978, 0.890, 0.965, 0.982.
Each group of
rounds has its own floors (figures after the fixes are in ``blindset/README.md``), a few
events under what it scores, so that a real regression fails while a wobble from the date or
quote extractors (most remaining misses are dates resolved to the wrong value) does not; a
later round cannot lift the floors of earlier ones by doing well, nor hide a regression
there.
"""

from __future__ import annotations

import pytest
from eventscore import load_articles, report, score_all

pytestmark = pytest.mark.model

#: Per group of rounds, the lowest figures allowed.
FLOORS = {
    (1, 2, 3, 4): {
        "event_precision": 0.90,
        "event_recall": 0.91,
        "event_f1": 0.905,
        "status_accuracy": 0.97,
        "what_match": 0.93,
        "claim_recall": 0.92,
        "claim_kind_accuracy": 0.93,
    },
    (5,): {
        "event_precision": 0.90,
        "event_recall": 0.89,
        "event_f1": 0.90,
        "status_accuracy": 0.95,
        "what_match": 0.95,
        "claim_recall": 0.93,
        "claim_kind_accuracy": 0.88,
    },
    (6,): {
        "event_precision": 0.90,
        "event_recall": 0.88,
        "event_f1": 0.89,
        "status_accuracy": 0.95,
        "what_match": 0.93,
        "claim_recall": 0.95,
        "claim_kind_accuracy": 0.86,
    },
    (7,): {
        "event_precision": 0.86,
        "event_recall": 0.85,
        "event_f1": 0.86,
        "status_accuracy": 0.95,
        "what_match": 0.93,
        "claim_recall": 0.94,
        "claim_kind_accuracy": 0.90,
    },
    # Round 8 after its fixes: 0.971 / 0.917 / 0.943, 0.985, 0.909, 0.986, 0.971.
    (8,): {
        "event_precision": 0.95,
        "event_recall": 0.90,
        "event_f1": 0.925,
        "status_accuracy": 0.97,
        "what_match": 0.89,
        "claim_recall": 0.97,
        "claim_kind_accuracy": 0.95,
    },
    # Round 9 after its fixes: 0.947 / 0.947 / 0.947, 1.000, 0.901, 0.967, 0.966.
    (9,): {
        "event_precision": 0.93,
        "event_recall": 0.92,
        "event_f1": 0.92,
        "status_accuracy": 0.97,
        "what_match": 0.88,
        "claim_recall": 0.95,
        "claim_kind_accuracy": 0.93,
    },
    # Round 10 at first sight: 0.855 / 0.887 / 0.870, 0.851, 1.000, 0.981, 0.961; after its
    # fixes (ev53 corrected): 0.926 / 0.943 / 0.935, 1.000, 1.000, 1.000, 0.981.
    (10,): {
        "event_precision": 0.90,
        "event_recall": 0.92,
        "event_f1": 0.91,
        "status_accuracy": 0.97,
        "what_match": 0.95,
        "claim_recall": 0.96,
        "claim_kind_accuracy": 0.94,
    },
    # Round 11 at first sight: 0.906 / 0.853 / 0.879, 0.948, 0.879, 0.970, 0.908; after its
    # fixes 0.925 / 0.912 / 0.919, 1.000, 0.935, 0.970, 0.923.
    (11,): {
        "event_precision": 0.90,
        "event_recall": 0.87,
        "event_f1": 0.89,
        "status_accuracy": 0.97,
        "what_match": 0.92,
        "claim_recall": 0.95,
        "claim_kind_accuracy": 0.90,
    },
    # Round 12 at first sight: 0.879 / 0.921 / 0.899, 0.931, 0.914, 0.968, 0.967; after its
    # fixes 0.953 / 0.968 / 0.961, 1.000, 1.000, 0.968, 0.984.
    (12,): {
        "event_precision": 0.92,
        "event_recall": 0.93,
        "event_f1": 0.93,
        "status_accuracy": 0.97,
        "what_match": 0.95,
        "claim_recall": 0.95,
        "claim_kind_accuracy": 0.95,
    },
    # Round 13 at first sight: 0.833 / 0.887 / 0.859, 0.927, 0.909, 0.984, 0.871; after its
    # fixes 0.937 / 0.952 / 0.944, 1.000, 0.966, 0.984, 0.935.
    (13,): {
        "event_precision": 0.90,
        "event_recall": 0.92,
        "event_f1": 0.91,
        "status_accuracy": 0.97,
        "what_match": 0.93,
        "claim_recall": 0.97,
        "claim_kind_accuracy": 0.90,
    },
    # Round 14 at first sight: 0.884 / 0.836 / 0.859, 0.918, 0.852, 0.971, 0.955; after its
    # fixes (pronoun subjects of the gold corrected) 0.931 / 0.918 / 0.924, 0.970, 0.925,
    # 0.971, 0.970.
    (14,): {
        "event_precision": 0.90,
        "event_recall": 0.89,
        "event_f1": 0.90,
        "status_accuracy": 0.95,
        "what_match": 0.90,
        "claim_recall": 0.95,
        "claim_kind_accuracy": 0.94,
    },
    # Round 15 at first sight: 0.901 / 0.941 / 0.921, 0.891, 0.953, 0.984, 0.902; after its
    # fixes 0.941 / 0.941 / 0.941, 0.984, 0.984, 0.984, 0.934.
    (15,): {
        "event_precision": 0.91,
        "event_recall": 0.92,
        "event_f1": 0.92,
        "status_accuracy": 0.95,
        "what_match": 0.95,
        "claim_recall": 0.96,
        "claim_kind_accuracy": 0.90,
    },
    # Round 16 at first sight: 0.818 / 0.885 / 0.850, 0.981, 0.963, 0.984, 0.950; after its
    # fixes 0.889 / 0.918 / 0.903, 1.000, 0.982, 0.984, 1.000.
    (16,): {
        "event_precision": 0.86,
        "event_recall": 0.88,
        "event_f1": 0.87,
        "status_accuracy": 0.96,
        "what_match": 0.95,
        "claim_recall": 0.96,
        "claim_kind_accuracy": 0.95,
    },
    # Round 17 at first sight: 0.900 / 0.935 / 0.917, 0.958, 0.833, 0.959, 0.929; after its
    # fixes 0.936 / 0.948 / 0.942, 1.000, 0.890, 0.959, 0.929.
    (17,): {
        "event_precision": 0.91,
        "event_recall": 0.92,
        "event_f1": 0.92,
        "status_accuracy": 0.96,
        "what_match": 0.86,
        "claim_recall": 0.95,
        "claim_kind_accuracy": 0.92,
    },
    # Round 18 at first sight: 0.860 / 0.891 / 0.875, 0.939, 0.918, 0.966, 0.895; after its
    # fixes (ev99's claim kind corrected, dates work of the same session in) 1.000 / 0.964 /
    # 0.981, 0.962, 0.981, 0.966, 1.000.
    (18,): {
        "event_precision": 0.96,
        "event_recall": 0.92,
        "event_f1": 0.94,
        "status_accuracy": 0.92,
        "what_match": 0.92,
        "claim_recall": 0.94,
        "claim_kind_accuracy": 0.95,
    },
    # Round 19 at first sight: 0.860 / 0.891 / 0.875, 0.980, 0.878, 0.982, 0.911; after its
    # fixes 0.897 / 0.945 / 0.920, 0.981, 0.923, 0.982, 0.982.
    (19,): {
        "event_precision": 0.87,
        "event_recall": 0.92,
        "event_f1": 0.90,
        "status_accuracy": 0.97,
        "what_match": 0.90,
        "claim_recall": 0.97,
        "claim_kind_accuracy": 0.96,
    },
    # Round 20 at first sight: 0.791 / 0.898 / 0.841, 0.943, 0.906, 0.984, 0.952; after its
    # fixes (three gold slips corrected) 0.887 / 0.932 / 0.909, 1.000, 1.000, 1.000, 0.984
    # (0.935 / 0.983 / 0.959 with the dates work of the same session in).
    (20,): {
        "event_precision": 0.86,
        "event_recall": 0.91,
        "event_f1": 0.89,
        "status_accuracy": 0.96,
        "what_match": 0.95,
        "claim_recall": 0.97,
        "claim_kind_accuracy": 0.95,
    },
    # Round 21 at first sight: 0.840 / 0.913 / 0.875, 0.857, 0.929, 0.982, 0.870; after its
    # fixes (three claim kinds corrected) 0.936 / 0.957 / 0.946, 1.000, 0.955, 0.982, 0.963.
    (21,): {
        "event_precision": 0.91,
        "event_recall": 0.93,
        "event_f1": 0.92,
        "status_accuracy": 0.95,
        "what_match": 0.93,
        "claim_recall": 0.96,
        "claim_kind_accuracy": 0.94,
    },
    # Round 22 at first sight: 0.817 / 0.925 / 0.867, 0.939, 0.837, 1.000, 0.951; after its
    # fixes (ev125 one event added, ev123/ev128 'take place' as 'take') 0.946 / 0.981 / 0.964,
    # 1.000, 0.943, 1.000, 1.000.
    (22,): {
        "event_precision": 0.91,
        "event_recall": 0.94,
        "event_f1": 0.93,
        "status_accuracy": 0.96,
        "what_match": 0.90,
        "claim_recall": 0.96,
        "claim_kind_accuracy": 0.96,
    },
    # Round 23 at first sight: 0.815 / 0.936 / 0.871, 0.955, 0.864, 0.983, 0.965; after its
    # fixes (ev132/ev134 'turn down'/'pull out' as 'turn'/'pull') 0.918 / 0.957 / 0.938,
    # 1.000, 1.000, 0.983, 0.982.
    (23,): {
        "event_precision": 0.88,
        "event_recall": 0.91,
        "event_f1": 0.90,
        "status_accuracy": 0.96,
        "what_match": 0.95,
        "claim_recall": 0.96,
        "claim_kind_accuracy": 0.96,
    },
    # Round 24 at first sight: 0.875 / 0.860 / 0.867, 0.959, 0.918, 0.940, 0.921; after its
    # fixes (ev136's ruling also dated by the headline's month, ev139's rise since 2008 an
    # event, three figure claims statistics) 0.909 / 0.862 / 0.885, 1.000, 0.940, 0.940, 0.984.
    (24,): {
        "event_precision": 0.89,
        "event_recall": 0.84,
        "event_f1": 0.87,
        "status_accuracy": 0.98,
        "what_match": 0.92,
        "claim_recall": 0.92,
        "claim_kind_accuracy": 0.96,
    },
    # Round 25 at first sight: 0.854 / 0.953 / 0.901, 0.951, 0.951, 0.967, 0.948; after its
    # fixes 0.911 / 0.953 / 0.932, 1.000, 0.951, 0.967, 0.948.
    (25,): {
        "event_precision": 0.89,
        "event_recall": 0.95,
        "event_f1": 0.92,
        "status_accuracy": 0.98,
        "what_match": 0.95,
        "claim_recall": 0.96,
        "claim_kind_accuracy": 0.94,
    },
    # Round 26 at first sight: 0.849 / 0.957 / 0.900, 0.933, 0.889, 0.969, 0.935; after its
    # fixes 1.000 / 1.000 / 1.000, 0.979, 0.915, 0.969, 0.968.
    (26,): {
        "event_precision": 0.97,
        "event_recall": 0.97,
        "event_f1": 0.97,
        "status_accuracy": 0.95,
        "what_match": 0.89,
        "claim_recall": 0.96,
        "claim_kind_accuracy": 0.95,
    },
    # Round 27 at first sight: 0.781 / 0.909 / 0.840, 0.860, 0.900, 1.000, 0.919; after its
    # fixes (ev153's pronoun subject corrected) 0.850 / 0.927 / 0.887, 0.961, 0.922, 1.000, 0.935.
    (27,): {
        "event_precision": 0.83,
        "event_recall": 0.90,
        "event_f1": 0.86,
        "status_accuracy": 0.94,
        "what_match": 0.90,
        "claim_recall": 0.98,
        "claim_kind_accuracy": 0.91,
    },
    # Round 28 at first sight: 0.841 / 0.925 / 0.881, 0.973, 0.838, 1.000, 0.918; after its
    # fixes 0.841 / 0.925 / 0.881, 0.973, 0.919, 1.000, 0.959.
    (28,): {
        "event_precision": 0.82,
        "event_recall": 0.90,
        "event_f1": 0.86,
        "status_accuracy": 0.95,
        "what_match": 0.89,
        "claim_recall": 0.98,
        "claim_kind_accuracy": 0.93,
    },
    # Round 29 at first sight: 0.827 / 0.860 / 0.843, 0.953, 0.814, 1.000, 0.907; after its
    # fixes (ev169's replaced June start no event, two "last ... in" claims statements, by the
    # set's rules) 0.880 / 0.898 / 0.889, 0.977, 0.818, 1.000, 0.944.
    (29,): {
        "event_precision": 0.85,
        "event_recall": 0.87,
        "event_f1": 0.86,
        "status_accuracy": 0.95,
        "what_match": 0.79,
        "claim_recall": 0.98,
        "claim_kind_accuracy": 0.92,
    },
    # Round 30 at first sight: 0.755 / 0.881 / 0.813, 0.946, 1.000, 0.981, 0.843; after its
    # fixes (three ev174/ev175 claim kinds settled by the set's rules) 0.905 / 0.905 / 0.905,
    # 0.974, 1.000, 0.981, 0.961.
    # session 23, branch events60b (a daily window's clock time no event; no gold edited): 0.953 /
    # 0.976 / 0.965, 0.976, 1.000, 0.981, 0.980 (dup 0.000, 43 found) -> 0.976 / 0.976 / 0.976,
    # 0.976, 1.000, 0.981, 0.980 (dup 0.000, 42 found).
    (30,): {
        "event_precision": 0.88,
        "event_recall": 0.88,
        "event_f1": 0.88,
        "status_accuracy": 0.95,
        "what_match": 0.97,
        "claim_recall": 0.96,
        "claim_kind_accuracy": 0.94,
    },
    # Round 31 at first sight: 0.800 / 0.833 / 0.816, 0.975, 0.900, 0.961, 0.898; after its
    # fixes (ev177's 'last opened a new factory in 2019' a statement, ev179's 'two American
    # lenders' a statistic, by the set's rules; with the dates work of the same session)
    # 0.979 / 0.979 / 0.979, 1.000, 0.915, 0.961, 1.000.
    (31,): {
        "event_precision": 0.93,
        "event_recall": 0.93,
        "event_f1": 0.93,
        "status_accuracy": 0.95,
        "what_match": 0.87,
        "claim_recall": 0.94,
        "claim_kind_accuracy": 0.94,
    },
    # Round 32 at first sight: 0.780 / 0.886 / 0.830, 0.949, 0.872, 0.980, 0.940 (dup 0.128);
    # after its fixes 0.812 / 0.886 / 0.848, 0.949, 0.872, 0.980, 0.940 (dup 0.077).
    # session 23, branch events60b (a quote's retelling folded; no gold edited): 0.812 / 0.886 /
    # 0.848, 0.974, 0.872, 0.980, 0.940 (dup 0.077, 48 found) -> 0.830 / 0.886 / 0.857, 0.974,
    # 0.872, 0.980, 0.940 (dup 0.051, 47 found).
    (32,): {
        "event_precision": 0.79,
        "event_recall": 0.86,
        "event_f1": 0.83,
        "status_accuracy": 0.92,
        "what_match": 0.85,
        "claim_recall": 0.96,
        "claim_kind_accuracy": 0.92,
    },
    # Round 33 at first sight: 0.831 / 0.964 / 0.893, 0.963, 0.907, 0.985, 0.954 (dup 0.093);
    # after its fixes (gold settled by the set's rules: ev190's strike record an event and a
    # statement, its aside's figure a statement, two named subjects) 0.948 / 0.965 / 0.957,
    # 1.000, 0.945, 0.985, 0.985 (dup 0.018).
    (33,): {
        "event_precision": 0.92,
        "event_recall": 0.94,
        "event_f1": 0.93,
        "status_accuracy": 0.97,
        "what_match": 0.92,
        "claim_recall": 0.96,
        "claim_kind_accuracy": 0.96,
    },
    # Round 34 at first sight: 0.750 / 0.864 / 0.803, 0.941, 0.882, 1.000, 0.908 (dup 0.118);
    # after its fixes (gold settled by the set's rules: five events added) 0.877 / 0.891 /
    # 0.884, 0.982, 0.895, 1.000, 0.938 (dup 0.053); with session 21's dates counted from
    # another happening (ev196's "nine months after Ostline collapsed") 0.908 / 0.922 / 0.915.
    (34,): {
        "event_precision": 0.85,
        "event_recall": 0.87,
        "event_f1": 0.86,
        "status_accuracy": 0.95,
        "what_match": 0.87,
        "claim_recall": 0.98,
        "claim_kind_accuracy": 0.91,
    },
    # Round 35 at first sight: 0.754 / 0.942 / 0.838, 0.959, 0.837, 0.986, 0.900 (dup 0.082);
    # after its fixes (gold settled by the set's rules: two events added, a subject) 0.897 /
    # 0.963 / 0.929, 1.000, 0.904, 0.986, 0.914 (dup 0.019).
    (35,): {
        "event_precision": 0.87,
        "event_recall": 0.94,
        "event_f1": 0.90,
        "status_accuracy": 0.97,
        "what_match": 0.87,
        "claim_recall": 0.97,
        "claim_kind_accuracy": 0.89,
    },
    # Round 36 at first sight (session 11's last events code but three late fixes, the same
    # figures after them): 0.892 / 0.930 / 0.910, 0.909, 0.909, 1.000, 0.905 (dup 0.045), a
    # held-out measurement; after its fixes in session 12 (gold settled by the set's rules: a
    # subject) 0.904 / 0.930 / 0.917, 0.955, 0.939, 1.000, 0.919 (dup 0.030).
    (36,): {
        "event_precision": 0.88,
        "event_recall": 0.91,
        "event_f1": 0.90,
        "status_accuracy": 0.94,
        "what_match": 0.92,
        "claim_recall": 0.98,
        "claim_kind_accuracy": 0.90,
    },
    # Round 37 at first sight (main at dd63dd9): 0.872 / 0.915 / 0.893, 0.947, 0.893, 0.966,
    # 0.976 (dup 0.027); after its fixes, main merged: 0.940 / 0.951 / 0.945, 0.987, 0.885,
    # 0.966, 0.988 (dup 0.026).
    (37,): {
        "event_precision": 0.91,
        "event_recall": 0.92,
        "event_f1": 0.92,
        "status_accuracy": 0.96,
        "what_match": 0.86,
        "claim_recall": 0.95,
        "claim_kind_accuracy": 0.96,
    },
    # Round 38 at first sight (main at dd63dd9): 0.857 / 0.923 / 0.889, 0.933, 0.817, 0.974,
    # 0.947 (dup 0.033; kind 0.961 with the gold as settled); after its fixes, main merged:
    # 0.909 / 0.923 / 0.916, 0.983, 0.817, 0.974, 0.974 (dup 0.033).
    (38,): {
        "event_precision": 0.88,
        "event_recall": 0.90,
        "event_f1": 0.89,
        "status_accuracy": 0.96,
        "what_match": 0.79,
        "claim_recall": 0.96,
        "claim_kind_accuracy": 0.95,
    },
    # Round 39 at first sight (the session's last events code): 0.871 / 0.953 / 0.910, 0.885,
    # 0.852, 0.947, 0.944 (dup 0.066), a held-out measurement; after its fixes in session 13
    # (with the dates engineer's work of the session in) 0.926 / 0.984 / 0.955, 0.984, 0.889,
    # 0.947, 0.944 (dup 0.048).
    (39,): {
        "event_precision": 0.89,
        "event_recall": 0.93,
        "event_f1": 0.91,
        "status_accuracy": 0.95,
        "what_match": 0.85,
        "claim_recall": 0.92,
        "claim_kind_accuracy": 0.92,
    },
    # Round 40 at first sight (the lead's score on the session's start code): 0.800 / 0.889 /
    # 0.842, 0.929, 0.911, 0.975, 0.883 (dup 0.107; gold as settled by the set's rules, session
    # 13: 0.814 / 0.919 / 0.864, 0.930, 0.912, 0.975, 0.935, dup 0.105); after its fixes 0.934 /
    # 0.919 / 0.927, 1.000, 0.930, 0.987, 0.962 (dup 0.000).
    (40,): {
        "event_precision": 0.90,
        "event_recall": 0.89,
        "event_f1": 0.90,
        "status_accuracy": 0.96,
        "what_match": 0.90,
        "claim_recall": 0.95,
        "claim_kind_accuracy": 0.93,
    },
    # Round 41 at first sight (the session's last events code): 0.845 / 0.896 / 0.870, 0.967,
    # 0.917, 1.000, 0.922 (dup 0.067), a held-out measurement; after its fixes in session 14
    # (gold as settled: ev239's "when" clause one event, ev241's length a statistic) 0.909 /
    # 0.909 / 0.909, 0.983, 0.967, 1.000, 0.948 (dup 0.033).
    (41,): {
        "event_precision": 0.88,
        "event_recall": 0.88,
        "event_f1": 0.88,
        "status_accuracy": 0.96,
        "what_match": 0.94,
        "claim_recall": 0.97,
        "claim_kind_accuracy": 0.92,
    },
    # Round 42 at first sight (the lead's score on the session's start code): 0.814 / 0.886 /
    # 0.848, 0.957, 0.857, 0.955, 0.881 (dup 0.043); after its fixes (gold as settled: ev246's
    # listing an event, ev243's lede a statistic) 0.904 / 0.938 / 0.920, 0.973, 0.853, 0.955,
    # 0.929 (dup 0.013).
    (42,): {
        "event_precision": 0.87,
        "event_recall": 0.91,
        "event_f1": 0.89,
        "status_accuracy": 0.95,
        "what_match": 0.82,
        "claim_recall": 0.93,
        "claim_kind_accuracy": 0.90,
    },
    # Round 43 at first sight (session 14's last events code, held out): 0.790 / 0.877 /
    # 0.831, 0.969, 0.938, 0.988, 0.929 (dup 0.125); after its fixes in session 15 (gold as
    # settled: ev249's two claim kinds, ev250's strike planned) 0.842 / 0.877 / 0.859, 1.000,
    # 0.969, 0.988, 0.988 (dup 0.047); after the second pass (session 15) what 1.000.
    # session 23, branch events60b (a plan's day a dated calling-off drops; no gold edited): 0.855
    # / 0.890 / 0.872, 1.000, 0.985, 0.988, 0.988 (dup 0.031, 76 found) -> 0.867 / 0.890 / 0.878,
    # 1.000, 0.985, 0.988, 0.988 (dup 0.031, 75 found).
    (43,): {
        "event_precision": 0.82,
        "event_recall": 0.85,
        "event_f1": 0.84,
        "status_accuracy": 0.97,
        "what_match": 0.97,
        "claim_recall": 0.97,
        "claim_kind_accuracy": 0.96,
    },
    # Round 44 at first sight (the lead's score on the session's start code): 0.805 / 0.886 /
    # 0.844, 0.952, 0.806, 1.000, 0.938 (dup 0.081); after its fixes (gold as settled: ev255's
    # second stoppage a statistic) 0.838 / 0.886 / 0.861, 1.000, 0.823, 1.000, 0.975 (dup
    # 0.048), 0.851 / 0.900 / 0.875, what 0.825 with the dates stage's session-15 work; after
    # the second pass (session 15) what 0.841.
    # session 23, branch events60b (what nobody does, a lapsed plan; no gold edited): 0.851 / 0.900
    # / 0.875, 1.000, 0.841, 1.000, 0.975 (dup 0.048, 74 found) -> 0.875 / 0.900 / 0.887, 1.000,
    # 0.841, 1.000, 0.975 (dup 0.048, 72 found).
    (44,): {
        "event_precision": 0.83,
        "event_recall": 0.88,
        "event_f1": 0.85,
        "status_accuracy": 0.97,
        "what_match": 0.82,
        "claim_recall": 0.97,
        "claim_kind_accuracy": 0.95,
    },
    # Round 45 at first sight (the session's last events code): 0.886 / 0.940 / 0.912, 0.936,
    # 0.885, 0.966, 0.976 (dup 0.051), a held-out measurement; after its fixes in session 16
    # 0.931 / 0.976 / 0.953, 0.988, 0.889, 0.966, 0.988 (dup 0.049); after the second pass
    # (a window noun's relative clause, ev262) what 0.901.
    (45,): {
        "event_precision": 0.90,
        "event_recall": 0.95,
        "event_f1": 0.93,
        "status_accuracy": 0.96,
        "what_match": 0.87,
        "claim_recall": 0.94,
        "claim_kind_accuracy": 0.96,
    },
    # Round 46 at first sight (the lead's score on the session's start code c6f22f9,
    # /work/score/events46.firstsight.err): 0.750 / 0.864 / 0.803, 0.982, 0.877, 0.988, 0.952
    # (dup 0.070); after its fixes (gold as settled: ev267's aside figure and ev271's rally
    # statements, ev268's "since 2019" an event) 0.875 / 0.940 / 0.906, 1.000, 0.968, 0.988,
    # 1.000 (dup 0.048); after the second pass (a dated happening's length no event, ev269)
    # 0.887 / 0.940 / 0.913.
    # session 23, branch events60b (overnight beside a daily window no date; no gold edited): 0.914
    # / 0.955 / 0.934, 1.000, 0.984, 0.988, 1.000 (dup 0.031, 70 found) -> 0.929 / 0.970 / 0.949,
    # 0.985, 0.985, 0.988, 1.000 (dup 0.031, 70 found).
    (46,): {
        "event_precision": 0.86,
        "event_recall": 0.92,
        "event_f1": 0.89,
        "status_accuracy": 0.97,
        "what_match": 0.94,
        "claim_recall": 0.96,
        "claim_kind_accuracy": 0.97,
    },
    # Round 47 at first sight (the session's last events code 5a1aa22,
    # /work/score/events47.heldout.err): 0.875 / 0.939 / 0.906, 0.961, 0.922, 1.000, 0.963
    # (dup 0.052), a held-out measurement; after its fixes in session 17 (gold as settled: ev273's
    # cancelled open day and ev275's "since 2020" events) 0.943 / 0.976 / 0.959, 1.000, 0.951,
    # 1.000, 0.976 (dup 0.049).
    (47,): {
        "event_precision": 0.92,
        "event_recall": 0.95,
        "event_f1": 0.94,
        "status_accuracy": 0.97,
        "what_match": 0.93,
        "claim_recall": 0.97,
        "claim_kind_accuracy": 0.95,
    },
    # Round 48 at first sight (the lead's score on the session's start code 42f8807,
    # /work/score/events48.firstsight.err): 0.793 / 0.901 / 0.844, 0.973, 0.959, 0.978, 0.933
    # (dup 0.027); after its fixes (gold as settled: ev284's cancelled fun run and "since 1985"
    # events) 0.864 / 0.916 / 0.889, 1.000, 0.974, 0.978, 0.944 (dup 0.026); once the dates stage
    # read ev280's "It raises match fees by 18 percent from September" as the coming September
    # (02c0050, session 18) the contract term matched, its "It" read as "Referees" (the gold's
    # subject is "It"): 0.886 / 0.940 / 0.912, what 0.949.
    # session 23, branch events60b (a lapsed plan; no gold edited): 0.886 / 0.940 / 0.912, 1.000,
    # 0.949, 0.978, 0.956 (dup 0.026, 88 found) -> 0.897 / 0.940 / 0.918, 1.000, 0.949, 0.978,
    # 0.956 (dup 0.026, 87 found).
    (48,): {
        "event_precision": 0.84,
        "event_recall": 0.89,
        "event_f1": 0.87,
        "status_accuracy": 0.97,
        "what_match": 0.93,
        "claim_recall": 0.95,
        "claim_kind_accuracy": 0.92,
    },
    # Round 49 at first sight (the session's last events code f51470e,
    # /work/score/events49.heldout.err): 0.800 / 0.918 / 0.855, 0.929, 0.893, 0.988, 0.926
    # (dup 0.071), a held-out measurement; after its fixes in session 18 (gold as settled: ev287's
    # cancelled gala an event) 0.921 / 0.935 / 0.928, 0.983, 0.966, 0.988, 0.926 (dup 0.000).
    # session 23, branch events60b (a daily window's clock time no date, the day dating it; no gold
    # edited): 0.921 / 0.935 / 0.928, 0.983, 0.966, 0.988, 0.926 (dup 0.000, 63 found) -> 0.937 /
    # 0.952 / 0.944, 0.983, 0.949, 0.988, 0.926 (dup 0.000, 63 found).
    (49,): {
        "event_precision": 0.90,
        "event_recall": 0.91,
        "event_f1": 0.91,
        "status_accuracy": 0.96,
        "what_match": 0.94,
        "claim_recall": 0.97,
        "claim_kind_accuracy": 0.90,
    },
    # Round 50 at first sight (the lead's score on the session's start code 61ca248,
    # /work/score/events50.firstsight.err): 0.893 / 0.944 / 0.918, 0.925, 0.896, 0.988, 0.975
    # (dup 0.060); after its fixes 0.931 / 0.944 / 0.937, 0.985, 0.896, 0.988, 0.975 (dup 0.045).
    (50,): {
        "event_precision": 0.91,
        "event_recall": 0.92,
        "event_f1": 0.92,
        "status_accuracy": 0.96,
        "what_match": 0.87,
        "claim_recall": 0.97,
        "claim_kind_accuracy": 0.95,
    },
    # Round 51 at first sight (the session's last events code da01d75,
    # /work/score/events51.heldout.err): 0.870 / 0.971 / 0.918, 0.970, 0.896, 0.988, 0.988
    # (dup 0.060), a held-out measurement; after its fixes in session 19 0.905 / 0.971 / 0.937,
    # 0.970, 0.896, 0.988, 0.988 (dup 0.015; no gold edited).
    # session 23, branch events60b (a plan's day a dated calling-off drops; no gold edited): 0.905
    # / 0.971 / 0.937, 0.985, 0.896, 1.000, 0.988 (dup 0.015, 74 found) -> 0.918 / 0.971 / 0.944,
    # 0.985, 0.896, 1.000, 0.988 (dup 0.015, 73 found).
    (51,): {
        "event_precision": 0.88,
        "event_recall": 0.95,
        "event_f1": 0.92,
        "status_accuracy": 0.95,
        "what_match": 0.87,
        "claim_recall": 0.97,
        "claim_kind_accuracy": 0.97,
    },
    # Round 52 at first sight (the lead's score on the session's start code af2097e,
    # /work/score/events52.firstsight.err): 0.853 / 0.910 / 0.880, 0.926, 0.864, 0.946, 0.920
    # (dup 0.049); after its fixes (gold corrected: seven pronoun subjects of ev307 and ev308 the
    # names or head nouns of their own `what`s) 0.924 / 0.955 / 0.939, 0.976, 0.929, 0.946, 0.920
    # (dup 0.047); with session 21's dates counted from another happening (ev304's "two days
    # after its own laboratory confirmed the results") 0.925 / 0.966 / 0.945.
    (52,): {
        "event_precision": 0.90,
        "event_recall": 0.93,
        "event_f1": 0.92,
        "status_accuracy": 0.95,
        "what_match": 0.89,
        "claim_recall": 0.93,
        "claim_kind_accuracy": 0.90,
    },
    # Round 54 at first sight (the lead's score on the session's start code af2097e,
    # /work/score/events54.firstsight.err): 0.853 / 0.946 / 0.897, 0.954, 0.874, 0.958, 0.946
    # (dup 0.046; kind 0.957 on the gold as settled: four pronoun subjects named, ev316's margin
    # a statistic); after its fixes in session 19 (events54) 0.898 / 0.957 / 0.926, 0.989,
    # 0.955, 0.979, 1.000 (dup 0.023).
    # Round 53 at first sight (held out: scored once on session 19's last code 8a7294da,
    # /work/score/events53.heldout.err): 0.898 / 0.926 / 0.912, 0.955, 0.886, 0.990, 0.891
    # (dup 0.034), a held-out measurement; after its fixes in session 20 (no gold edited)
    # 0.928 / 0.947 / 0.937, 0.978, 0.911, 0.990, 0.891 (dup 0.022); with session 21's dates
    # counted from another happening (ev310's "two days after the Met Office first warned")
    # 0.929 / 0.958 / 0.943.
    # session 23, branch events60b (a quote's retelling folded; no gold edited): 0.929 / 0.958 /
    # 0.943, 0.978, 0.912, 0.990, 0.891 (dup 0.022, 98 found) -> 0.938 / 0.958 / 0.948, 0.978,
    # 0.912, 0.990, 0.891 (dup 0.022, 97 found).
    (53,): {
        "event_precision": 0.91,
        "event_recall": 0.93,
        "event_f1": 0.92,
        "status_accuracy": 0.96,
        "what_match": 0.89,
        "claim_recall": 0.97,
        "claim_kind_accuracy": 0.87,
    },
    # session 23, branch events60b (a possessive date on a ranked subject, a quote's retelling
    # folded; no gold edited): 0.908 / 0.967 / 0.937, 0.989, 0.944, 0.979, 1.000 (dup 0.022, 98
    # found) -> 0.927 / 0.967 / 0.947, 0.989, 0.944, 0.979, 1.000 (dup 0.022, 96 found).
    (54,): {
        "event_precision": 0.87,
        "event_recall": 0.93,
        "event_f1": 0.90,
        "status_accuracy": 0.96,
        "what_match": 0.92,
        "claim_recall": 0.95,
        "claim_kind_accuracy": 0.97,
    },
    # Round 55 at first sight (the lead's score on the session's start code ef243e1,
    # /work/score/events55.firstsight.err): 0.787 / 0.833 / 0.810, 0.988, 0.835, 0.980, 0.890
    # (dup 0.059); after its fixes in session 20 (no gold edited) 0.857 / 0.882 / 0.870, 0.989,
    # 0.867, 0.980, 0.900 (dup 0.022); with session 21's dates counted from another happening
    # (ev324's "four days after his government lost a vote", ev321's "two days after the
    # contractor, Brayford Civil, handed the runway over") 0.860 / 0.902 / 0.880, what 0.859.
    # session 23, branch events60b (a daily window, what nobody does, a plan's week a dated move
    # drops, a quote folded; no gold edited): 0.860 / 0.902 / 0.880, 1.000, 0.859, 0.980, 0.900
    # (dup 0.022, 107 found) -> 0.893 / 0.902 / 0.898, 1.000, 0.859, 0.980, 0.900 (dup 0.022, 103
    # found).
    (55,): {
        "event_precision": 0.84,
        "event_recall": 0.86,
        "event_f1": 0.85,
        "status_accuracy": 0.97,
        "what_match": 0.84,
        "claim_recall": 0.96,
        "claim_kind_accuracy": 0.88,
    },
    # Round 56 at first sight (held out: scored once on session 20's last code 522013df,
    # /work/score/events56.heldout.err): 0.794 / 0.885 / 0.837, 0.965, 0.859, 0.979, 0.925
    # (dup 0.059), a held-out measurement; after its fixes in session 21 (no gold edited;
    # dates counted from another dated happening, conjuncts, plans replaced, awaited things)
    # 0.861 / 0.969 / 0.912, 0.968, 0.871, 0.979, 0.925 (dup 0.054), floors a little under it
    # for the dates stage's wobble (its fixer was working on the same round's dates).
    # session 23, branch events60b (quotes' retellings folded; no gold edited): 0.861 / 0.969 /
    # 0.912, 0.989, 0.871, 0.979, 0.925 (dup 0.054, 108 found) -> 0.886 / 0.969 / 0.925, 0.989,
    # 0.871, 0.979, 0.925 (dup 0.032, 105 found).
    (56,): {
        "event_precision": 0.84,
        "event_recall": 0.94,
        "event_f1": 0.89,
        "status_accuracy": 0.95,
        "what_match": 0.85,
        "claim_recall": 0.96,
        "claim_kind_accuracy": 0.91,
    },
    # Round 57 at first sight (session 20's final code 4abf769,
    # /work/score/events57.firstsight.err): 0.819 / 0.880 / 0.848, 0.926, 0.905, 0.972, 0.913
    # (dup 0.032); on the gold as settled (ev337's conditional possibility an event) 0.828 /
    # 0.881 / 0.853, 0.927, 0.906 (dup 0.031); after its fixes in session 21 (branch events57,
    # /work/score/events57.afterfix.err) 0.891 / 0.899 / 0.895, 0.990, 0.939, 0.972, 0.913
    # (dup 0.031).
    # session 23, branch events60b (a daily window's clock time no date, a lapsed plan; no gold
    # edited): 0.908 / 0.908 / 0.908, 0.990, 0.939, 0.972, 0.913 (dup 0.030, 109 found) -> 0.926 /
    # 0.917 / 0.922, 0.980, 0.940, 0.972, 0.913 (dup 0.030, 108 found).
    (57,): {
        "event_precision": 0.87,
        "event_recall": 0.88,
        "event_f1": 0.88,
        "status_accuracy": 0.97,
        "what_match": 0.92,
        "claim_recall": 0.96,
        "claim_kind_accuracy": 0.90,
    },
    # Round 58 at first sight (held out: scored once on session 21's last code 0a864973,
    # /work/score/events58.heldout.err): 0.862 / 0.931 / 0.895, 0.926, 0.883, 0.972, 0.933
    # (dup 0.032: 3 of its 94 matched, the default cap), a held-out measurement; after its
    # fixes in session 22 (no gold edited; plain futures of bodies' charges, centres and
    # ships, deadlines asked of others, pronouns, plans and moves replaced, dates hung on a
    # setting or a topic, a plan's day a calling-off drops, a condition "had" opens;
    # /work/score/events58.afterfix.err) 0.906 / 0.950 / 0.928, 0.979, 0.927, 0.972, 0.933
    # (dup 0.031), floors a little under it.
    # session 23, branch events60b (what nobody does, a quote's retelling folded; no gold edited):
    # 0.906 / 0.950 / 0.928, 0.979, 0.927, 0.972, 0.933 (dup 0.031, 106 found) -> 0.923 / 0.950 /
    # 0.937, 0.979, 0.927, 0.972, 0.933 (dup 0.031, 104 found).
    (58,): {
        "event_precision": 0.88,
        "event_recall": 0.93,
        "event_f1": 0.90,
        "status_accuracy": 0.95,
        "what_match": 0.90,
        "claim_recall": 0.95,
        "claim_kind_accuracy": 0.91,
    },
    # Round 59 at first sight (session 21's final code 4b8c6a1,
    # /work/score/events59.firstsight.err): 0.879 / 0.913 / 0.895, 0.915, 0.894, 1.000, 0.892
    # (dup 0.053); after its fixes in session 22 (branch events59, no gold edited: things sent
    # out and granted, dates fixed for a day, a plan called off by a negated "take place", a
    # request's deadline, a place kept closed to traffic) 0.882 / 0.942 / 0.911, 0.990, 0.907,
    # 1.000, 0.902 (dup 0.052), floors a little under it for the dates stage's wobble (its
    # fixer was working on the same round's dates).
    # session 23, branch events60b (quotes' retellings folded; no gold edited): 0.882 / 0.942 /
    # 0.911, 0.990, 0.907, 1.000, 0.902 (dup 0.052, 110 found) -> 0.907 / 0.942 / 0.924, 0.990,
    # 0.907, 1.000, 0.902 (dup 0.041, 107 found).
    (59,): {
        "event_precision": 0.86,
        "event_recall": 0.92,
        "event_f1": 0.89,
        "status_accuracy": 0.96,
        "what_match": 0.88,
        "claim_recall": 0.97,
        "claim_kind_accuracy": 0.88,
    },
    # Round 60 at first sight (held out: scored once on session 22's last code fd090679,
    # /work/score/events60.heldout.err): 0.776 / 0.892 / 0.830, 0.964, 0.904, 0.963, 0.932
    # (dup 0.060: 5 of its 83 matched), a held-out measurement; after its fixes in session 22
    # (on main, no gold edited: extras the set's rules make no event, a past move dated by its
    # own date, a move by a length from its old day, an exam series arranged) 0.857 / 0.903 /
    # 0.880, 0.988, 0.893, 0.963, 0.932 (dup 0.060: 5 of 84; "what" lower for the move now
    # matched with its "It"), floors a little under it for the dates stage's wobble (its fixer
    # was working on the same round).
    # session 23, branch events60b (what nobody does, a move's old and new days, quotes' retellings
    # folded; no gold edited): 0.857 / 0.903 / 0.880, 0.988, 0.893, 0.963, 0.932 (dup 0.060, 98
    # found) -> 0.895 / 0.914 / 0.904, 0.988, 0.882, 0.963, 0.932 (dup 0.024, 95 found).
    (60,): {
        "event_precision": 0.83,
        "event_recall": 0.88,
        "event_f1": 0.85,
        "status_accuracy": 0.96,
        "what_match": 0.87,
        "claim_recall": 0.94,
        "claim_kind_accuracy": 0.91,
    },
    # Round 61 at first sight (session 22's final code 446fee40,
    # /work/score/events61.firstsight.err): 0.843 / 0.910 / 0.875, 0.956, 0.824, 0.991, 0.972
    # (dup 0.033); after its fixes in session 23 (on main, no gold of the round edited: extras
    # the set's rules make no event, a past "when" clause on an infinitive, a first stage after
    # a happening in counted stages, a reopening with a day of its own, subjects the parser or a
    # pronoun hid, a plan's new end, two lengths as statistics) 0.911 / 0.920 / 0.915, 1.000,
    # 0.957, 0.991, 0.991 (dup 0.000), floors a little under it for the dates stage's wobble
    # (its fixer was working on the same round; five of its misses are dates).
    (61,): {
        "event_precision": 0.88,
        "event_recall": 0.89,
        "event_f1": 0.88,
        "status_accuracy": 0.97,
        "what_match": 0.92,
        "claim_recall": 0.97,
        "claim_kind_accuracy": 0.97,
    },
    # Round 62 at first sight (held out: scored once on session 23's last code 91c49880,
    # /work/score/events62.heldout.err): 0.824 / 0.918 / 0.868, 0.978, 0.888, 0.965, 0.982
    # (dup 0.079: 7 of its 89 matched; 97 gold events, 108 found), a held-out measurement: no
    # code and no gold changed; floors a little under each figure. After its fixes in session
    # 23's second cycle (a bound under a negated "expect", a date on a noun "any" picks out of a
    # kind, "fined" read as "fine", "and again on <day>" with "and" hung on the first date, a
    # past plan "then due" at a stage of a story of moves) 0.858 / 0.938 / 0.897, 0.978, 0.890,
    # 0.965, 0.982 (dup 0.077: 7 of 91; 106 found).
    (62,): {
        "event_precision": 0.84,
        "event_recall": 0.92,
        "event_f1": 0.88,
        "status_accuracy": 0.96,
        "what_match": 0.87,
        "claim_recall": 0.95,
        "claim_kind_accuracy": 0.97,
    },
}
#: The lowest event recall allowed for any one genre of a group of rounds (0.7 unless given):
#: round 7's sports schedule scores 0.636 because four of its fixtures' dates ("on June 12"
#: in a story of Dec. 6) resolve to the past June, which is the temporal stage's to fix.
#: Round 24's education story scored 0.667 at first sight and 0.700 after its fixes ("in two
#: years" and "a month after" give no date yet, the temporal stage's to fix).
#: Round 32's election story scored 0.667 at first sight; round 34's business story 0.692 at
#: first sight, 0.786 after its fixes. Round 43's sports story (held out) 0.667 at first sight.
#: Round 44's transport story 0.667 at first sight. Round 46's education story 0.692 at first
#: sight, 0.786 after its fixes (two of its dates, "in January" for the coming spring term, read
#: as the past January: the temporal stage's to fix).
MIN_GENRE_RECALL = {(7,): 0.6, (24,): 0.6, (32,): 0.6, (43,): 0.6, (44,): 0.6, (46,): 0.6}
#: At most this share of gold events may come out split in two (0.05 unless given): round 28
#: at first sight splits 3 of its 37 matched events (0.081), round 29 3 of its 43 (0.070; 3 of
#: 44 after its fixes), round 32 at first sight 5 of its 39 (0.128;
#: 3 of 39 after its fixes), round 33 at first sight 5 of its 54 (0.093; 1 of 55 after its
#: fixes), round 34 6 of its 51 (0.118; 3 of 57 after its fixes), round 35 4 of its 49
#: (0.082; 1 of 52 after its fixes: the default cap; 3 of 53 after the dates stage's round-35
#: fixes, which dated ev203's gala screening and ev205's kick-off on their right days, so two
#: wrongly dated extras fell on their gold events' days as splits, and 1 of 53 again once the
#: merging folded a clock time told by a common noun into the one event of its day before:
#: merge.clock_retelling; the default cap), round 39 (held out, pinned at its first sight) 4 of
#: its 61 (0.066; 3 of 62 after its fixes in session 13, 0.048, the cap kept for the dates
#: stage's wobble), round 41 (held out) 4 of its 60 (0.067) at first sight, 2 of 60 after its
#: fixes in session 14 (0.033: the default cap), round 43 (held out) 8 of its 64 at first sight
#: (0.125: a split in each of its six stories), 3 of 64 after its fixes in session 15 (0.047,
#: the cap kept a little above for the dates stage's wobble), round 44 at first sight 5 of its
#: 62 (0.081), 3 of 62 after its fixes (0.048), round 45 (held out, pinned at its first sight)
#: 4 of its 78 (0.051; 4 of 81 after its fixes), round 46 at first sight 4 of its 57 (0.070; 3
#: of 63 after its fixes, 0.048; 4 of 64 once the dates stage read "has pencilled in December 9"
#: as the coming day in session 17 (bc9d2c5): ev271's wrongly dated extra fell on the vote's day
#: as a split, 0.0625), round 47 (held out, pinned at its first sight) 4 of its 77
#: (0.052), round 49 (held out) 4 of its 56 at first sight (0.071), none of 57 after its fixes
#: in session 18 (the default cap), round 50 at first sight 4 of its 67 (0.060), 3 of 67 after
#: its fixes (0.045, the cap kept a little above for the dates stage's wobble), round 51 (held
#: out) 4 of its 67 at first sight (0.060), 1 of 67 after its fixes in session 19 (0.015: the
#: default cap), round 52 at first sight 4 of its 81 (0.049), 4 of 85 after its fixes (0.047,
#: the cap kept a little above for the dates stage's wobble), round 53 (held out) 3 of its 88 at
#: first sight (0.034: the default cap; 2 of 90 after its fixes in session 20), round 55 at first
#: sight 5 of its 85 (0.059), 2 of 90 after its fixes (0.022: the default cap), round 56 (held
#: out, pinned at its first sight) 5 of its 85 (0.059), 5 of 93 after its fixes in session 21
#: (0.054: the cap kept), round 59 at first sight 5 of its 94 (0.053), 5 of 97 after its fixes
#: in session 22 (0.052: the cap kept), round 60 (held out, pinned at its first sight) 5 of its
#: 83 (0.060), 5 of 84 after its fixes in session 22 (0.060: the cap kept), round 62 (held
#: out, pinned at its first sight) 7 of its 89 (0.079: a split in each of its six stories), 7
#: of 91 after its fixes in session 23 (0.077: the cap kept).
MAX_DUPLICATE_RATE = 0.05
MAX_DUPLICATE_RATE_BY_ROUNDS = {(28,): 0.09, (29,): 0.08, (32,): 0.09, (34,): 0.06, (39,): 0.07,
                                (43,): 0.06, (44,): 0.06, (45,): 0.06, (46,): 0.07,
                                (47,): 0.06, (50,): 0.06, (52,): 0.06, (56,): 0.06,
                                (59,): 0.06, (60,): 0.07, (62,): 0.09}
#: At most this share of claims may cover no gold line (0.097 and 0.058 after round 5: mostly
#: headlines, which the gold leaves out); more means claims are made too easily.
MAX_CLAIMS_BEYOND_GOLD = 0.13
CASES = [(rounds, figure) for rounds, floors in FLOORS.items() for figure in sorted(floors)]


@pytest.fixture(scope="module")
def scored(nlp):
    articles = load_articles()
    return {rounds: score_all([a for a in articles if a.round in rounds], nlp)
            for rounds in FLOORS}


@pytest.mark.parametrize(("rounds", "figure"), CASES,
                         ids=[f"rounds{''.join(map(str, r))}-{f}" for r, f in CASES])
def test_blind_set_figure_stays_above_its_floor(scored, rounds, figure):
    total, by_genre = scored[rounds]
    assert total.figures()[figure] >= FLOORS[rounds][figure], report(total, by_genre, True)


@pytest.mark.parametrize("rounds", list(FLOORS))
def test_the_same_event_is_rarely_split(scored, rounds):
    total, by_genre = scored[rounds]
    limit = MAX_DUPLICATE_RATE_BY_ROUNDS.get(rounds, MAX_DUPLICATE_RATE)
    assert total.figures()["duplicate_rate"] <= limit, report(total, by_genre, True)


@pytest.mark.parametrize("rounds", list(FLOORS))
def test_every_genre_finds_most_of_its_events(scored, rounds):
    _, by_genre = scored[rounds]
    recalls = {genre: tally.figures()["event_recall"] for genre, tally in by_genre.items()}
    assert min(recalls.values()) >= MIN_GENRE_RECALL.get(rounds, 0.7), recalls


@pytest.mark.parametrize("rounds", list(FLOORS))
def test_few_claims_fall_outside_the_gold(scored, rounds):
    total, by_genre = scored[rounds]
    assert total.figures()["claims_beyond_gold"] <= MAX_CLAIMS_BEYOND_GOLD, \
        report(total, by_genre, True)
