# Hand-written gold reports g0201-g0240 (original text). See ../README.md for conventions.
UN = A("United Nations", None, "igo", "IGOUNO")

R("g0201", "2024-03-03", """Russian drones hit a residential building in Kharkiv yesterday, killing two people and
wounding nine, the city's mayor said. Several of the drones were shot down before reaching the
city.""", [
 E("ASSAULT", "AIR", A("Russian forces", "RUS", "military"), A("Kharkiv residents", "UKR", "civilians"),
   L("Kharkiv", "UA"), "2024-03-02", "day", 2, 9, "hit", "Russian drones hit"),
 E("COERCE", "DISRUPT", A("Ukrainian air defences", "UKR", "military"), A("Russian forces", "RUS", "military"),
   L("Kharkiv", "UA"), "2024-03-02", "day", None, None, "were shot down", "Several of the drones were shot down"),
])

R("g0202", "2025-07-29", """Thailand and Cambodia agreed to an immediate and unconditional ceasefire at talks hosted
by Malaysia's prime minister in Putrajaya on Monday, ending five days of border fighting. More than 30 people had been killed and thousands displaced.""", [
 E("AGREE", "AGREEMENT", A("Thai government", "THA", "government"), A("Cambodian government", "KHM", "government"),
   L("Putrajaya", "MY"), "2025-07-28", "day", None, None, "agreed", "Thailand and Cambodia agreed"),
 E("CONSULT", None, A("Malaysian prime minister", "MYS", "person", "MYSGOV"), A("Thailand and Cambodia", None, "state", "THAKHM"),
   L("Putrajaya", "MY"), "2025-07-28", "day", None, None, "talks hosted", "Thailand and Cambodia agreed"),
])

R("g0203", "2023-12-25", """Serbian police detained 14 people last night after opposition supporters smashed windows
while trying to force their way into Belgrade city hall. The protesters say last week's local
elections were rigged.""", [
 E("PROTEST", "VIOLDEMO", A("opposition supporters", "SRB", "protesters"), A("Serbian government", "SRB", "government"),
   L("Belgrade", "RS"), "2023-12-24", "day", None, None, "smashed windows", "Serbian police detained 14"),
 E("COERCE", None, A("Serbian police", "SRB", "police"), A("opposition supporters", "SRB", "protesters"),
   L("Belgrade", "RS"), "2023-12-24", "day", None, None, "detained", "Serbian police detained 14"),
])

R("g0204", "2023-09-13", """The Organization of American States endorsed the result of Guatemala's presidential
election on Tuesday and urged prosecutors to stop interfering with the transfer of power. The president-elect is due to take office in January.""", [
 E("SUPPORT", None, A("Organization of American States", None, "igo", "IGOOAS"), A("Guatemalan president-elect", "GTM", "person", "GTMGOV"),
   L("Washington", "US"), "2023-09-12", "day", None, None, "endorsed", "endorsed the result"),
 E("DEMAND", None, A("Organization of American States", None, "igo", "IGOOAS"), A("Guatemalan prosecutors", "GTM", "government", "GTMJUD"),
   L("Washington", "US"), "2023-09-12", "day", None, None, "urged", "endorsed the result"),
])

R("g0205", "2023-02-07", """Mali's military government expelled the head of the UN mission's human rights division on
Sunday, accusing him of bias in selecting witnesses for a Security Council briefing. The official had been in the country for two years.""", [
 E("SANCTION", None, A("Malian military government", "MLI", "military"), A("UN mission in Mali", None, "igo", "IGOUNO"),
   L("Bamako", "ML"), "2023-02-05", "day", None, None, "expelled", "expelled the head"),
 E("ACCUSE", None, A("Malian military government", "MLI", "military"), A("UN mission in Mali", None, "igo", "IGOUNO"),
   L("Bamako", "ML"), "2023-02-05", "day", None, None, "accusing", "expelled the head"),
])

R("g0206", "2024-11-20", """Police from Brazil, Colombia and Peru destroyed 12 dredges used for illegal gold mining on
rivers in the Amazon border area on Monday, in a joint operation, Brazil's federal police said. The machines had been pumping mercury into the rivers.""", [
 E("COOPERATE", None, A("Brazilian federal police", "BRA", "police"), A("Colombian and Peruvian police", None, "police", "COLPERCOP"),
   L("Amazon border area", "BR"), "2024-11-18", "day", None, None, "joint operation", "destroyed 12 dredges"),
 E("COERCE", None, A("Brazilian, Colombian and Peruvian police", "BRA", "police"), A("illegal gold miners", "BRA", "civilians", "BRACRM"),
   L("Amazon border area", "BR"), "2024-11-18", "day", None, None, "destroyed", "destroyed 12 dredges"),
])

R("g0207", "2025-05-20", """Clashes between Druze gunmen and government security forces near Damascus earlier this
month killed more than 100 people, a war monitor said. A local truce has since held.""", [
 E("ASSAULT", "CLASH", A("Druze gunmen", "SYR", "armed_group"), A("Syrian security forces", "SYR", "security"),
   L("Damascus countryside", "SY"), "2025-05-01", "month", 100, None, "Clashes", "Clashes between Druze gunmen",
   q=["fatalities:more_than"]),
])

R("g0208", "2023-05-08", """Japan's prime minister held talks with South Korea's president in Seoul on Sunday, the
first such visit in 12 years. The two leaders agreed to expand security cooperation.""", [
 E("CONSULT", None, A("Japanese prime minister", "JPN", "person", "JPNGOV"), A("South Korean president", "KOR", "person", "KORGOV"),
   L("Seoul", "KR"), "2023-05-07", "day", None, None, "held talks", "held talks with South Korea's"),
 E("AGREE", None, A("Japanese prime minister", "JPN", "person", "JPNGOV"), A("South Korean president", "KOR", "person", "KORGOV"),
   L("Seoul", "KR"), "2023-05-07", "day", None, None, "agreed", "The two leaders agreed"),
])

R("g0209", "2025-06-09", """Some 2,000 National Guard troops were deployed to Los Angeles on Sunday after two days of
protests against immigration raids. Protesters threw rocks at police and set several cars on fire,
and officers responded with flash-bang grenades and tear gas.""", [
 E("MOBILIZE", None, A("US federal government", "USA", "government"), A("protesters", "USA", "protesters"),
   L("Los Angeles", "US"), "2025-06-08", "day", None, None, "were deployed", "National Guard troops were deployed"),
 E("PROTEST", "VIOLDEMO", A("protesters", "USA", "protesters"), A("US immigration authorities", "USA", "government"),
   L("Los Angeles", "US"), "2025-06-08", "day", None, None, "threw rocks", "Protesters threw rocks"),
 E("COERCE", None, A("Los Angeles police", "USA", "police"), A("protesters", "USA", "protesters"),
   L("Los Angeles", "US"), "2025-06-08", "day", None, None, "responded with flash-bang grenades and tear gas", "Protesters threw rocks"),
])

R("g0210", "2024-09-11", """Fiji's government asked Australia on Tuesday for help to stop drug traffickers using
the Pacific islands as a transit route. Canberra said it would fund a new police training centre in
Suva.""", [
 E("REQUEST", None, A("Fijian government", "FJI", "government"), A("Australian government", "AUS", "government"),
   L("Suva", "FJ"), "2024-09-10", "day", None, None, "asked", "Fiji's government asked"),
 E("AGREE", None, A("Australian government", "AUS", "government"), A("Fijian government", "FJI", "government"),
   L("Canberra", "AU"), "2024-09-11", "day", None, None, "would fund", "Canberra said it would fund"),
])

R("g0211", "2024-04-18", """Russian peacekeepers began pulling out of Azerbaijan's Karabakh region on Wednesday,
handing their posts to Azerbaijani forces, officials in Baku said. The contingent had been deployed in 2020.""", [
 E("RETREAT", "TRANSFER", A("Russian peacekeepers", "RUS", "military"), A("Azerbaijani armed forces", "AZE", "military"),
   L("Karabakh", "AZ"), "2024-04-17", "day", None, None, "pulling out", "Russian peacekeepers began pulling out"),
])

R("g0212", "2024-04-20", """Armenia agreed on Friday to hand back four border villages to Azerbaijan, a step
towards marking the frontier between the two countries. Residents of nearby Armenian villages blocked
a highway in protest.""", [
 E("CONCEDE", None, A("Armenian government", "ARM", "government"), A("Azerbaijani government", "AZE", "government"),
   L("Tavush province", "AM"), "2024-04-19", "day", None, None, "agreed", "Armenia agreed on Friday"),
 E("PROTEST", "PEACEFUL", A("Armenian villagers", "ARM", "protesters"), A("Armenian government", "ARM", "government"),
   L("Tavush province", "AM"), "2024-04-20", "day", None, None, "blocked a highway", "blocked a highway"),
])

R("g0213", "2024-05-13", """A Saudi relief plane carrying 40 tonnes of food and medical supplies landed in Port Sudan
on Saturday, the kingdom's aid agency said. It was the fifth such flight this year.""", [
 E("AID", None, A("Saudi government", "SAU", "government"), A("Sudanese civilians", "SDN", "civilians"),
   L("Port Sudan", "SD"), "2024-05-11", "day", None, None, "landed", "A Saudi relief plane"),
])

R("g0214", "2024-06-14", """Ukraine's president thanked Japan on Wednesday after Tokyo promised a further 4.5
billion dollars in support this year, including funds for rebuilding the power grid. Japan is one of Ukraine's biggest non-military donors.""", [
 E("SUPPORT", None, A("Ukrainian president", "UKR", "person", "UKRGOV"), A("Japanese government", "JPN", "government"),
   L("Kyiv", "UA"), "2024-06-12", "day", None, None, "thanked", "thanked Japan"),
 E("AGREE", None, A("Japanese government", "JPN", "government"), A("Ukraine", "UKR", "state"),
   L("Tokyo", "JP"), "2024-06-12", "day", None, None, "promised", "thanked Japan"),
])

R("g0215", "2024-05-22", """Gunmen abducted 11 pupils and a teacher from a school in Cameroon's North-West region on
Monday, local officials said. The authorities blamed separatist fighters, who have enforced a boycott
of schools in English-speaking regions.""", [
 E("ASSAULT", "ABDUCT", A("Ambazonian separatists", "CMR", "armed_group"), A("pupils and teacher", "CMR", "civilians"),
   L("North-West region", "CM"), "2024-05-20", "day", None, None, "abducted", "Gunmen abducted 11 pupils",
   resp=("suspected", A("Ambazonian separatists", "CMR", "armed_group"))),
 E("ACCUSE", None, A("Cameroonian authorities", "CMR", "government"), A("Ambazonian separatists", "CMR", "armed_group"),
   L("North-West region", "CM"), "2024-05-22", "day", None, None, "blamed", "The authorities blamed"),
])

R("g0216", "2023-12-20", """South Korea, Japan and the United States began sharing real-time warning data on North
Korean missile launches on Tuesday, the South Korean defence ministry said. North Korea has tested a record number of missiles this year.""", [
 E("COOPERATE", None, A("South Korean military", "KOR", "military"), A("Japanese and US militaries", None, "military", "JPNUSAMIL"),
   L("Seoul", "KR"), "2023-12-19", "day", None, None, "sharing", "began sharing real-time"),
])

R("g0217", "2024-05-31", """Guinea's government denied on Thursday that it had ordered restrictions on internet
access, blaming slow connections on damage to an undersea cable. Mobile data had been slow across the country for more than a week.""", [
 E("COERCE", None, A("Guinean government", "GIN", "government"), A("Guinean internet users", "GIN", "civilians"),
   L("Conakry", "GN"), "2024-05-30", "day", None, None, "restrictions", "denied on Thursday", neg=True),
])

R("g0218", "2022-07-15", """Sri Lanka's president resigned on Thursday after fleeing the country, days after
protesters stormed his official residence in Colombo last weekend. Parliament is expected to choose a successor within a week.""", [
 E("CONCEDE", None, A("Sri Lankan president", "LKA", "person", "LKAGOV"), A("protesters", "LKA", "protesters"),
   L("Colombo", "LK"), "2022-07-14", "day", None, None, "resigned", "Sri Lanka's president resigned"),
 E("PROTEST", "VIOLDEMO", A("protesters", "LKA", "protesters"), A("Sri Lankan president", "LKA", "person", "LKAGOV"),
   L("Colombo", "LK"), "2022-07-09", "week", None, None, "stormed", "Sri Lanka's president resigned"),
])

R("g0219", "2024-05-25", """The International Court of Justice on Friday ordered Israel to immediately halt its
military offensive in Rafah, in southern Gaza. The court's rulings are binding but it has no means of enforcing them.""", [
 E("DEMAND", None, A("International Court of Justice", None, "igo", "IGOICJ"), A("Israel", "ISR", "state"),
   L("The Hague", "NL"), "2024-05-24", "day", None, None, "ordered", "ordered Israel"),
])

R("g0220", "2025-07-15", """India's foreign minister met his Chinese counterpart in Beijing on Monday, on his first
visit to China in five years, and the two discussed border issues and trade. Relations have slowly improved since a border deal last year.""", [
 E("CONSULT", None, A("Indian foreign minister", "IND", "person", "INDGOV"), A("Chinese foreign minister", "CHN", "person", "CHNGOV"),
   L("Beijing", "CN"), "2025-07-14", "day", None, None, "met", "India's foreign minister met"),
])

R("g0221", "2024-02-07", """About 10 people were killed when Russian shells hit a bus station in Kherson on
Monday, Ukrainian officials said. A further 20 were wounded.""", [
 E("ASSAULT", "SHELL", A("Russian forces", "RUS", "military"), A("Kherson residents", "UKR", "civilians"),
   L("Kherson", "UA"), "2024-02-05", "day", 10, 20, "hit", "About 10 people were killed",
   q=["fatalities:approx"]),
])

R("g0222", "2024-05-11", """The UN General Assembly voted overwhelmingly on Friday to back a Palestinian bid for
full UN membership. The United States voted against the resolution.""", [
 E("SUPPORT", None, A("UN General Assembly", None, "igo", "IGOUNOGA"), A("Palestine", "PSE", "state"),
   L("New York", "US"), "2024-05-10", "day", None, None, "voted overwhelmingly", "voted overwhelmingly"),
 E("REJECT", None, A("United States", "USA", "state"), A("Palestine", "PSE", "state"),
   L("New York", "US"), "2024-05-10", "day", None, None, "voted against", "The United States voted against"),
])

R("g0223", "2023-11-19", """Ugandan police fired tear gas at an opposition rally in Kampala on Saturday, injuring up
to 15 people, and detained the party's leader for several hours, his aides said. Police said the rally had not been authorised.""", [
 E("PROTEST", "INTERV", A("opposition supporters", "UGA", "protesters"), A("Ugandan government", "UGA", "government"),
   L("Kampala", "UG"), "2023-11-18", "day", None, None, "rally", "Ugandan police fired tear gas"),
 E("COERCE", None, A("Ugandan police", "UGA", "police"), A("opposition supporters", "UGA", "protesters"),
   L("Kampala", "UG"), "2023-11-18", "day", None, 15, "fired tear gas", "Ugandan police fired tear gas",
   q=["injured:at_most"]),
])

R("g0224", "2025-05-01", """The United States and Ukraine signed an agreement on Wednesday giving American companies
access to Ukrainian mineral resources and setting up a joint investment fund. Negotiations on the text had lasted several months.""", [
 E("AGREE", None, A("US government", "USA", "government"), A("Ukrainian government", "UKR", "government"),
   L("Washington", "US"), "2025-04-30", "day", None, None, "signed an agreement", "signed an agreement"),
])

R("g0225", "2025-01-20", """Hamas freed three Israeli hostages in Gaza on Sunday, the first day of the ceasefire, and
Israel released 90 Palestinian prisoners from a jail in the West Bank early on Monday. The exchange was the first under the truce deal.""", [
 E("RETREAT", None, A("Hamas", "PSE", "armed_group"), A("Israeli hostages", "ISR", "civilians"),
   L("Gaza", "PS"), "2025-01-19", "day", None, None, "freed", "Hamas freed three"),
 E("RETREAT", None, A("Israeli government", "ISR", "government"), A("Palestinian prisoners", "PSE", "civilians"),
   L("West Bank", "PS"), "2025-01-20", "day", None, None, "released", "Hamas freed three"),
])

R("g0226", "2025-03-22", """Timor-Leste's president appealed on Thursday for international help after flash floods
destroyed homes and roads in the capital Dili. Roads to the east of the city were impassable.""", [
 E("REQUEST", None, A("Timorese president", "TLS", "person", "TLSGOV"), A("international community", None, "igo", "IGOUNO"),
   L("Dili", "TL"), "2025-03-20", "day", None, None, "appealed", "appealed on Thursday"),
])

R("g0227", "2024-03-12", """Myanmar soldiers set fire to more than 100 houses in a village in the Sagaing region on
Sunday after residents fled an army raid, a local resistance group said. The village was almost empty at the time.""", [
 E("ASSAULT", "LOOT", A("Myanmar military", "MMR", "military"), A("villagers", "MMR", "civilians"),
   L("Sagaing region", "MM"), "2024-03-10", "day", None, None, "set fire", "Myanmar soldiers set fire"),
])

R("g0228", "2024-04-26", """Argentina's government backed down on Thursday from cuts to public university budgets,
two days after hundreds of thousands of people marched in Buenos Aires in defence of free
education. Universities had warned they might have to close within months.""", [
 E("CONCEDE", None, A("Argentine government", "ARG", "government"), A("university community", "ARG", "protesters"),
   L("Buenos Aires", "AR"), "2024-04-25", "day", None, None, "backed down", "backed down on Thursday"),
 E("PROTEST", "PEACEFUL", A("students and teachers", "ARG", "protesters"), A("Argentine government", "ARG", "government"),
   L("Buenos Aires", "AR"), "2024-04-23", "day", None, None, "marched", "backed down on Thursday"),
])

R("g0229", "2024-01-12", """Police officers in Port Moresby walked off the job on Wednesday in a dispute over pay, and
crowds went on to loot and burn shops across the city. At least 15 people were killed in the
violence, Papua New Guinea's prime minister said.""", [
 E("PROTEST", "PEACEFUL", A("police officers", "PNG", "protesters", "PNGCOP"), A("PNG government", "PNG", "government"),
   L("Port Moresby", "PG"), "2024-01-10", "day", None, None, "walked off the job", "Police officers in Port Moresby"),
 E("ASSAULT", "MOB", A("rioters", "PNG", "civilians"), A("shop owners", "PNG", "civilians"),
   L("Port Moresby", "PG"), "2024-01-10", "day", 15, None, "loot and burn", "Police officers in Port Moresby",
   q=["fatalities:at_least"]),
])

R("g0230", "2024-03-15", """Thousands of doctors at public hospitals in Kenya went on strike on Thursday, demanding
better pay and the posting of medical interns. Public hospitals turned away most patients.""", [
 E("PROTEST", "PEACEFUL", A("doctors", "KEN", "protesters", "KENLAB"), A("Kenyan government", "KEN", "government"),
   L("Kenya", "KE"), "2024-03-14", "day", None, None, "went on strike", "went on strike"),
 E("DEMAND", None, A("doctors", "KEN", "protesters", "KENLAB"), A("Kenyan government", "KEN", "government"),
   L("Kenya", "KE"), "2024-03-14", "day", None, None, "demanding", "went on strike"),
])

R("g0231", "2024-05-29", """Hong Kong police arrested six people on Tuesday on suspicion of publishing seditious
posts online ahead of the anniversary of the 1989 Tiananmen crackdown. Those arrested included a man already serving a prison sentence.""", [
 E("COERCE", "ARRESTS", A("Hong Kong police", "HKG", "police"), A("six people", "HKG", "civilians"),
   L("Hong Kong", "HK"), "2024-05-28", "day", None, None, "arrested", "Hong Kong police arrested"),
])

R("g0232", "2024-08-29", """Indonesian and Malaysian police jointly rescued 47 trafficked workers from a plantation
in Sabah on Wednesday, officials in Jakarta said. The workers had been held without pay for months.""", [
 E("COOPERATE", None, A("Indonesian police", "IDN", "police"), A("Malaysian police", "MYS", "police"),
   L("Sabah", "MY"), "2024-08-28", "day", None, None, "jointly rescued", "jointly rescued"),
])

R("g0233", "2024-10-08", """Sweden said on Monday it would send up to 550 troops to a NATO forward land force in
Finland next year. The force is led by Finland.""", [
 E("MOBILIZE", None, A("Swedish armed forces", "SWE", "military"), None,
   L("Finland", "FI"), "2025-01-01", "year", None, None, "would send", "would send up to 550", hyp=True),
])

R("g0234", "2022-12-30", """Kosovo Serbs began removing roadblocks in northern Kosovo on Thursday after nearly three
weeks, easing tensions with Pristina. The European Union welcomed the move.""", [
 E("RETREAT", None, A("Kosovo Serbs", "XKX", "protesters", "SRBPRO"), A("Kosovo government", "XKX", "government"),
   L("northern Kosovo", "XK"), "2022-12-29", "day", None, None, "removing roadblocks", "began removing roadblocks"),
 E("SUPPORT", None, A("European Union", None, "igo", "IGOEU"), A("Kosovo Serbs", "XKX", "protesters", "SRBPRO"),
   L("Brussels", "BE"), "2022-12-30", "day", None, None, "welcomed", "The European Union welcomed"),
])

R("g0235", "2024-06-05", """Russia expelled two Estonian diplomats on Tuesday in retaliation for what it called
hostile steps by Tallinn against Russian diplomats. Estonia had earlier closed a Russian consulate.""", [
 E("SANCTION", None, A("Russian government", "RUS", "government"), A("Estonian diplomats", "EST", "government"),
   L("Moscow", "RU"), "2024-06-04", "day", None, None, "expelled", "Russia expelled two"),
])

R("g0236", "2023-05-12", """Sudan's army and the Rapid Support Forces signed a declaration in Jeddah on Thursday
committing to protect civilians and allow aid to flow, but did not agree on a ceasefire. The fighting began in April.""", [
 E("AGREE", "AGREEMENT", A("Sudanese army", "SDN", "military"), A("Rapid Support Forces", "SDN", "armed_group"),
   L("Jeddah", "SA"), "2023-05-11", "day", None, None, "signed a declaration", "signed a declaration"),
 E("RETREAT", None, A("Sudanese army", "SDN", "military"), A("Rapid Support Forces", "SDN", "armed_group"),
   L("Jeddah", "SA"), "2023-05-11", "day", None, None, "ceasefire", "signed a declaration", neg=True),
])

R("g0237", "2024-11-19", """The global chemical weapons watchdog said on Monday that samples taken near the front line
in Ukraine in September contained a riot control agent, which is banned as a method of warfare. It did
not say who had used it.""", [
 E("ASSAULT", "CHEM", A("unidentified forces", "UKR", "unidentified", "UAF"), A("Ukrainian military", "UKR", "military"),
   L("Ukraine front line", "UA"), "2024-09-01", "month", None, None, "contained a riot control agent", "samples taken near the front line"),
])

R("g0238", "2024-11-28", """Kazakhstan's president hosted Russia's leader in Astana on Wednesday, and the two
governments signed agreements on gas supplies and a new power plant. Russia is Kazakhstan's largest trading partner.""", [
 E("CONSULT", None, A("Kazakh president", "KAZ", "person", "KAZGOV"), A("Russian president", "RUS", "person", "RUSGOV"),
   L("Astana", "KZ"), "2024-11-27", "day", None, None, "hosted", "hosted Russia's leader"),
 E("AGREE", None, A("Kazakh government", "KAZ", "government"), A("Russian government", "RUS", "government"),
   L("Astana", "KZ"), "2024-11-27", "day", None, None, "signed agreements", "hosted Russia's leader"),
])

R("g0239", "2025-02-02", """Rwanda's government spokeswoman denied on Sunday that Rwandan troops had fought alongside
M23 rebels near the Congolese town of Sake. She said Rwanda's troops were only defending its border.""", [
 E("ASSAULT", "CLASH", A("Rwandan military", "RWA", "military"), A("Congolese army", "COD", "military"),
   L("Sake", "CD"), "2025-02-02", "day", None, None, "fought", "denied on Sunday", neg=True),
])

R("g0240", "2025-04-15", """Nearly 50 people were killed when gunmen attacked a farming village in Nigeria's Plateau
state on Sunday night, police said. The president condemned the killings and ordered an
investigation.""", [
 E("ASSAULT", "ATTACK", A("gunmen", "NGA", "unidentified"), A("villagers", "NGA", "civilians"),
   L("Plateau state", "NG"), "2025-04-13", "day", 50, None, "attacked", "Nearly 50 people were killed",
   q=["fatalities:nearly"]),
 E("ACCUSE", None, A("Nigerian president", "NGA", "person", "NGAGOV"), A("gunmen", "NGA", "unidentified"),
   L("Abuja", "NG"), "2025-04-15", "day", None, None, "condemned", "The president condemned"),
])
