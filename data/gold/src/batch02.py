# Hand-written gold reports g0041-g0080 (original text). See ../README.md for conventions.
UN = A("United Nations", None, "igo", "IGOUNO")

R("g0041", "2024-05-16", """Rioters torched businesses and looted shops in Noumea for a third night on
Wednesday as anger over a voting reform spread across New Caledonia. The French government declared
a state of emergency in the Pacific territory and said it was flying in 1,000 extra police
officers.""", [
 E("PROTEST", "VIOLDEMO", A("rioters", "NCL", "protesters"), A("French government", "FRA", "government"),
   L("Noumea", "NC"), "2024-05-15", "day", None, None, "torched", "Rioters torched businesses"),
 E("COERCE", "OTHER", A("French government", "FRA", "government"), A("New Caledonia residents", "NCL", "civilians"),
   L("New Caledonia", "NC"), "2024-05-16", "day", None, None, "declared a state of emergency", "declared a state of emergency"),
 E("MOBILIZE", None, A("French government", "FRA", "government"), None,
   L("New Caledonia", "NC"), "2024-05-16", "day", None, None, "flying in", "declared a state of emergency"),
])

R("g0042", "2023-05-29", """At least 18 people were killed in fighting between rival clans in Papua New
Guinea's Enga province over the weekend, police said. Officers said the clashes began after a
long-running dispute over land flared up again.""", [
 E("ASSAULT", "CLASH", A("clan militia", "PNG", "armed_group", "PNGMIL"), A("rival clan militia", "PNG", "armed_group", "PNGMIL"),
   L("Enga province", "PG"), "2023-05-27", "week", 18, None, "fighting", "At least 18 people were killed",
   q=["fatalities:at_least"]),
])

R("g0043", "2024-03-07", """Ukraine's military accused Russian troops of dropping grenades filled with tear gas
on Ukrainian trenches near Robotyne on Tuesday, in breach of the chemical weapons ban. Moscow did
not respond to the allegation.""", [
 E("ACCUSE", None, A("Ukrainian military", "UKR", "military"), A("Russian troops", "RUS", "military"),
   L("Kyiv", "UA"), "2024-03-07", "day", None, None, "accused", "Ukraine's military accused"),
 E("ASSAULT", "CHEM", A("Russian troops", "RUS", "military"), A("Ukrainian troops", "UKR", "military"),
   L("Robotyne", "UA"), "2024-03-05", "day", None, None, "dropping grenades filled with tear gas", "Ukraine's military accused",
   resp=("suspected", A("Russian troops", "RUS", "military"))),
])

R("g0044", "2024-08-20", """UN investigators said on Monday they had documented the rape of at least 22 women
and girls by armed men in camps for displaced people near Goma during July. Most of the survivors
said the attackers wore military uniforms.""", [
 E("ACCUSE", None, UN, A("armed men", "COD", "unidentified"),
   L("Goma", "CD"), "2024-08-19", "day", None, None, "documented", "UN investigators said"),
 E("ASSAULT", "SEXV", A("armed men", "COD", "unidentified"), A("displaced women and girls", "COD", "civilians"),
   L("Goma", "CD"), "2024-07-01", "month", None, 22, "rape", "UN investigators said",
   q=["injured:at_least"]),
])

R("g0045", "2025-02-04", """A man threw a grenade into a crowded bar in the Burundian city of Gitega on
Saturday night, wounding 14 people, police said. The attacker escaped on foot and no arrests have
been made.""", [
 E("ASSAULT", "GRENADE", A("unidentified attacker", "BDI", "unidentified"), A("bar customers", "BDI", "civilians"),
   L("Gitega", "BI"), "2025-02-01", "day", None, 14, "threw a grenade", "A man threw a grenade"),
])

R("g0046", "2024-10-22", """Security forces in Mozambique shot dead at least five people on Monday as they
dispersed crowds disputing the results of this month's general election in Maputo, a rights group
said. Police said officers had used only rubber bullets and tear gas.""", [
 E("PROTEST", "EXCESS", A("protesters", "MOZ", "protesters"), A("Mozambican government", "MOZ", "government"),
   L("Maputo", "MZ"), "2024-10-21", "day", None, None, "disputing", "Security forces in Mozambique shot dead"),
 E("ASSAULT", None, A("Mozambican security forces", "MOZ", "security"), A("protesters", "MOZ", "protesters"),
   L("Maputo", "MZ"), "2024-10-21", "day", 5, None, "shot dead", "Security forces in Mozambique shot dead",
   q=["fatalities:at_least"]),
])

R("g0047", "2023-11-03", """Two armed groups active in Ituri province in eastern Congo announced on Thursday
that they had merged into a single movement under a joint command. A spokesman for the new
coalition said it would defend local communities against rival militias.""", [
 E("COOPERATE", "CHANGE", A("Ituri armed groups", "COD", "armed_group"), A("Ituri armed groups", "COD", "armed_group"),
   L("Ituri province", "CD"), "2023-11-02", "day", None, None, "merged", "they had merged into a single movement"),
])

R("g0048", "2024-04-12", """Russian military instructors arrived in Niger's capital on Wednesday and set up
quarters at an air base near the airport, state television reported. The broadcaster said they had
brought an air defence system that they would help Nigerien troops to operate.""", [
 E("MOBILIZE", "HQ", A("Russian military", "RUS", "military"), A("Niger", "NER", "state"),
   L("Niamey", "NE"), "2024-04-10", "day", None, None, "set up quarters", "Russian military instructors arrived"),
 E("AID", None, A("Russian military", "RUS", "military"), A("Nigerien army", "NER", "military"),
   L("Niamey", "NE"), "2024-04-10", "day", None, None, "brought an air defence system", "brought an air defence system"),
])

R("g0049", "2024-01-30", """UN peacekeepers handed over their base in Bunyakiri in South Kivu to the Congolese
army on Monday, the first step in the mission's planned withdrawal from the province. A UN
spokesperson said the handover had gone smoothly.""", [
 E("RETREAT", "TRANSFER", A("UN peacekeepers", None, "igo", "IGOUNO"), A("Congolese army", "COD", "military"),
   L("Bunyakiri", "CD"), "2024-01-29", "day", None, None, "handed over", "UN peacekeepers handed over"),
])

R("g0050", "2025-03-12", """Fighters of the ELN guerrilla group and a rival faction of former FARC rebels
clashed for several hours near Tibu in Colombia's Catatumbo region on Tuesday, leaving seven
combatants dead, the army said. Hundreds of residents fled to the town centre.""", [
 E("ASSAULT", "CLASH", A("ELN", "COL", "armed_group"), A("FARC dissidents", "COL", "armed_group"),
   L("Tibu", "CO"), "2025-03-11", "day", 7, None, "clashed", "clashed for several hours"),
])

R("g0051", "2023-08-31", """Fighting between the US-backed Syrian Democratic Forces and Arab tribal fighters in
Deir ez-Zor province has killed 25 people since Sunday, a Britain-based war monitor said. The SDF
said it had arrested several tribal leaders it blamed for the unrest.""", [
 E("ASSAULT", "CLASH", A("Syrian Democratic Forces", "SYR", "armed_group"), A("Arab tribal fighters", "SYR", "armed_group"),
   L("Deir ez-Zor", "SY"), "2023-08-27", "week", 25, None, "Fighting", "has killed 25 people since Sunday"),
 E("COERCE", "ARRESTS", A("Syrian Democratic Forces", "SYR", "armed_group"), A("tribal leaders", "SYR", "civilians"),
   L("Deir ez-Zor", "SY"), "2023-08-31", "day", None, None, "arrested", "had arrested several tribal leaders"),
])

R("g0052", "2024-06-27", """Kenya's president withdrew a contested finance bill on Wednesday, a day after
protesters stormed parliament in Nairobi, saying he had listened to the people. Rights groups said
at least 23 people had been shot dead by police during Tuesday's demonstrations.""", [
 E("CONCEDE", None, A("Kenyan president", "KEN", "person", "KENGOV"), A("protesters", "KEN", "protesters"),
   L("Nairobi", "KE"), "2024-06-26", "day", None, None, "withdrew", "Kenya's president withdrew"),
 E("PROTEST", "EXCESS", A("protesters", "KEN", "protesters"), A("Kenyan parliament", "KEN", "government"),
   L("Nairobi", "KE"), "2024-06-25", "day", None, None, "stormed", "Kenya's president withdrew"),
 E("ASSAULT", None, A("Kenyan police", "KEN", "police"), A("protesters", "KEN", "protesters"),
   L("Nairobi", "KE"), "2024-06-25", "day", 23, None, "shot dead", "had been shot dead by police",
   q=["fatalities:at_least"]),
])

R("g0053", "2025-01-29", """Serbia's prime minister resigned on Tuesday after weeks of student-led protests over
the deadly collapse of a railway station canopy in Novi Sad. Students said they would keep
blocking roads until all their demands were met.""", [
 E("CONCEDE", None, A("Serbian prime minister", "SRB", "person", "SRBGOV"), A("student protesters", "SRB", "protesters"),
   L("Belgrade", "RS"), "2025-01-28", "day", None, None, "resigned", "Serbia's prime minister resigned"),
 E("THREATEN", None, A("student protesters", "SRB", "protesters"), A("Serbian government", "SRB", "government"),
   L("Serbia", "RS"), "2025-01-29", "day", None, None, "would keep blocking roads", "Students said they would keep", hyp=True),
])

R("g0054", "2024-09-05", """Police from Ecuador and Colombia carried out a joint operation along their shared
border on Wednesday, seizing three tonnes of cocaine and arresting 11 suspected traffickers,
officials in Quito said. The drugs were bound for ports on the Pacific coast.""", [
 E("COOPERATE", None, A("Ecuadorian police", "ECU", "police"), A("Colombian police", "COL", "police"),
   L("Ecuador-Colombia border", "EC"), "2024-09-04", "day", None, None, "joint operation", "carried out a joint operation"),
 E("COERCE", "ARRESTS", A("Ecuadorian and Colombian police", "ECU", "police", "ECUCOP"), A("suspected traffickers", "ECU", "civilians", "ECUCRM"),
   L("Ecuador-Colombia border", "EC"), "2024-09-04", "day", None, None, "arresting", "carried out a joint operation"),
])

R("g0055", "2025-04-01", """China flew a team of rescuers, sniffer dogs and medical supplies to Yangon on
Saturday to help search for survivors of the earthquake that struck central Myanmar, state media
said. The junta thanked Beijing for its help.""", [
 E("AID", None, A("Chinese government", "CHN", "government"), A("Myanmar earthquake victims", "MMR", "civilians"),
   L("Yangon", "MM"), "2025-03-29", "day", None, None, "flew", "China flew a team"),
 E("SUPPORT", None, A("Myanmar junta", "MMR", "military"), A("Chinese government", "CHN", "government"),
   L("Naypyidaw", "MM"), "2025-04-01", "day", None, None, "thanked", "The junta thanked Beijing"),
])

R("g0056", "2024-02-08", """The World Food Programme said on Wednesday it had delivered a month of food rations
to about 40,000 Sudanese refugees in camps in eastern Chad. The agency warned that it would have to
cut rations in April unless new funding arrived.""", [
 E("AID", None, A("World Food Programme", None, "igo", "IGOWFP"), A("Sudanese refugees", "SDN", "civilians", "SDNREF"),
   L("eastern Chad", "TD"), "2024-02-07", "day", None, None, "delivered", "had delivered a month of food"),
 E("THREATEN", None, A("World Food Programme", None, "igo", "IGOWFP"), A("international donors", None, "organization", "NGO"),
   L("eastern Chad", "TD"), "2024-04-01", "month", None, None, "would have to cut rations", "would have to cut rations", hyp=True),
])

R("g0057", "2023-04-25", """Haiti's prime minister appealed on Monday for foreign troops to help the police
regain control of the capital from armed gangs. He said his government could not restore order
alone.""", [
 E("REQUEST", None, A("Haitian prime minister", "HTI", "person", "HTIGOV"), A("international community", None, "igo", "IGOUNO"),
   L("Port-au-Prince", "HT"), "2023-04-24", "day", None, None, "appealed", "appealed on Monday for foreign troops"),
])

R("g0058", "2024-12-04", """South Korean lawmakers voted early on Wednesday to reject the martial law declared
hours earlier by President Yoon Suk Yeol. Soldiers who had been sent to the National Assembly
withdrew from the building after the vote.""", [
 E("REJECT", None, A("South Korean National Assembly", "KOR", "government", "KORLEG"), A("Yoon Suk Yeol", "KOR", "person", "KORGOV"),
   L("Seoul", "KR"), "2024-12-04", "day", None, None, "reject", "South Korean lawmakers voted"),
 E("COERCE", "OTHER", A("Yoon Suk Yeol", "KOR", "person", "KORGOV"), None,
   L("Seoul", "KR"), "2024-12-03", "day", None, None, "declared", "South Korean lawmakers voted"),
 E("RETREAT", None, A("South Korean soldiers", "KOR", "military"), A("South Korean National Assembly", "KOR", "government", "KORLEG"),
   L("Seoul", "KR"), "2024-12-04", "day", None, None, "withdrew", "Soldiers who had been sent"),
])

R("g0059", "2025-06-24", """Amnesty International demanded on Monday that Tanzanian authorities release an
opposition leader held since April on treason charges. The government has said the case is a matter
for the courts.""", [
 E("DEMAND", None, A("Amnesty International", None, "organization", "NGO"), A("Tanzanian authorities", "TZA", "government"),
   L("Dar es Salaam", "TZ"), "2025-06-23", "day", None, None, "demanded", "Amnesty International demanded"),
])

R("g0060", "2024-01-18", """Poland sent 1,000 additional soldiers to its border with Belarus on Wednesday after
a series of attempted crossings by migrants, the defence ministry said. The ministry said the troops would support the border guard.""", [
 E("MOBILIZE", None, A("Polish armed forces", "POL", "military"), None,
   L("Poland-Belarus border", "PL"), "2024-01-17", "day", None, None, "sent", "Poland sent 1,000 additional soldiers"),
])

R("g0061", "2025-01-08", """China's defence ministry warned on Tuesday that its forces would respond firmly to
any foreign warship entering what it called Chinese waters, after a Canadian frigate sailed through
the Taiwan Strait. The frigate's passage had been announced in advance by Ottawa.""", [
 E("THREATEN", None, A("Chinese defence ministry", "CHN", "government"), A("Canada", "CAN", "state"),
   L("Beijing", "CN"), "2025-01-07", "day", None, None, "warned", "China's defence ministry warned", hyp=True),
])

R("g0062", "2024-04-04", """Human Rights Watch accused Ethiopian soldiers on Thursday of killing dozens of
civilians in a town in Amhara region in January. The army has denied targeting civilians in its
campaign against Fano militias.""", [
 E("ACCUSE", None, A("Human Rights Watch", None, "organization", "NGO"), A("Ethiopian army", "ETH", "military"),
   L("Amhara region", "ET"), "2024-04-04", "day", None, None, "accused", "Human Rights Watch accused"),
 E("ASSAULT", "ATTACK", A("Ethiopian army", "ETH", "military"), A("civilians", "ETH", "civilians"),
   L("Amhara region", "ET"), "2024-01-01", "month", None, None, "killing", "Human Rights Watch accused",
   q=["fatalities:vague"], resp=("suspected", A("Ethiopian army", "ETH", "military"))),
])

R("g0063", "2024-11-27", """Security forces cleared thousands of supporters of jailed former prime minister
Imran Khan from central Islamabad overnight, firing tear gas to break up a sit-in near parliament.
Police said nearly 600 people had been detained.""", [
 E("PROTEST", "INTERV", A("PTI supporters", "PAK", "protesters"), A("Pakistani government", "PAK", "government"),
   L("Islamabad", "PK"), "2024-11-26", "day", None, None, "sit-in", "Security forces cleared thousands"),
 E("COERCE", None, A("Pakistani police", "PAK", "police"), A("PTI supporters", "PAK", "protesters"),
   L("Islamabad", "PK"), "2024-11-26", "day", None, None, "detained", "nearly 600 people had been detained"),
])

R("g0064", "2023-10-12", """Hundreds of Tamil families of people who went missing during Sri Lanka's civil war
held a silent march in Jaffna on Wednesday. They called on the government to reveal what had
happened to their relatives.""", [
 E("PROTEST", "PEACEFUL", A("Tamil families of the missing", "LKA", "protesters"), A("Sri Lankan government", "LKA", "government"),
   L("Jaffna", "LK"), "2023-10-11", "day", None, None, "held a silent march", "held a silent march"),
 E("DEMAND", None, A("Tamil families of the missing", "LKA", "protesters"), A("Sri Lankan government", "LKA", "government"),
   L("Jaffna", "LK"), "2023-10-11", "day", None, None, "called on", "They called on the government"),
])

R("g0065", "2024-10-11", """Police in Lima used tear gas on Thursday against hundreds of bus drivers who
blocked a main avenue to protest against extortion by criminal gangs. Transport unions said the
strike had paralysed much of the capital.""", [
 E("PROTEST", "INTERV", A("bus drivers", "PER", "protesters", "PERLAB"), A("Peruvian government", "PER", "government"),
   L("Lima", "PE"), "2024-10-10", "day", None, None, "blocked", "Police in Lima used tear gas"),
 E("COERCE", None, A("Peruvian police", "PER", "police"), A("bus drivers", "PER", "protesters", "PERLAB"),
   L("Lima", "PE"), "2024-10-10", "day", None, None, "used tear gas", "Police in Lima used tear gas"),
])

R("g0066", "2024-06-30", """Eight passengers were killed when their minibus hit a landmine on a road in
Nigeria's Borno state on Saturday, police said. No group claimed the blast, but police blamed Boko
Haram fighters who have mined roads in the area.""", [
 E("ASSAULT", "IED", A("Boko Haram", "NGA", "armed_group"), A("passengers", "NGA", "civilians"),
   L("Borno state", "NG"), "2024-06-29", "day", 8, None, "hit a landmine", "Eight passengers were killed",
   resp=("suspected", A("Boko Haram", "NGA", "armed_group"))),
 E("ACCUSE", None, A("Nigerian police", "NGA", "police"), A("Boko Haram", "NGA", "armed_group"),
   L("Borno state", "NG"), "2024-06-30", "day", None, None, "blamed", "police blamed Boko"),
])

R("g0067", "2024-02-20", """Yemen's Houthi rebels said they fired two missiles at a British-owned cargo ship in
the Gulf of Aden on Monday, forcing the crew to abandon the vessel. Hours later, US and British
warplanes struck Houthi radar sites near the port of Hodeidah.""", [
 E("ASSAULT", "SHELL", A("Houthis", "YEM", "armed_group"), A("British-owned cargo ship", "GBR", "civilians", "GBRBUS"),
   L("Gulf of Aden", "YE"), "2024-02-19", "day", None, None, "fired", "said they fired two missiles",
   resp=("claimed", A("Houthis", "YEM", "armed_group"))),
 E("ASSAULT", "AIR", A("US and British air forces", None, "military", "USAGBRMIL"), A("Houthis", "YEM", "armed_group"),
   L("Hodeidah", "YE"), "2024-02-19", "day", None, None, "struck", "warplanes struck Houthi radar sites"),
])

R("g0068", "2024-08-23", """The Taliban government issued a decree on Wednesday barring women from speaking
aloud in public places and requiring them to cover their faces outside the home. The UN mission in
Afghanistan criticised the rules as a further erosion of women's rights.""", [
 E("COERCE", None, A("Taliban government", "AFG", "government"), A("Afghan women", "AFG", "civilians"),
   L("Kabul", "AF"), "2024-08-21", "day", None, None, "barring", "issued a decree on Wednesday"),
 E("ACCUSE", None, A("UN mission in Afghanistan", None, "igo", "IGOUNO"), A("Taliban government", "AFG", "government"),
   L("Kabul", "AF"), "2024-08-23", "day", None, None, "criticised", "The UN mission in Afghanistan criticised"),
])

R("g0069", "2025-07-25", """Thai fighter jets bombed Cambodian military positions on Thursday after clashes along
the disputed border killed at least nine Thai civilians. Bangkok also expelled Cambodia's ambassador
and recalled its own envoy from Phnom Penh.""", [
 E("ASSAULT", "AIR", A("Royal Thai Air Force", "THA", "military"), A("Cambodian military", "KHM", "military"),
   L("Thailand-Cambodia border", "KH"), "2025-07-24", "day", None, None, "bombed", "Thai fighter jets bombed"),
 E("ASSAULT", "CLASH", A("Cambodian military", "KHM", "military"), A("Thai military", "THA", "military"),
   L("Thailand-Cambodia border", "TH"), "2025-07-24", "day", 9, None, "clashes", "Thai fighter jets bombed",
   q=["fatalities:at_least"]),
 E("SANCTION", None, A("Thai government", "THA", "government"), A("Cambodia", "KHM", "state"),
   L("Bangkok", "TH"), "2025-07-24", "day", None, None, "expelled", "Bangkok also expelled"),
])

R("g0070", "2025-08-30", """Protesters set fire to a regional parliament building in Makassar on Friday and three
people trapped inside died, officials said. Anger has grown across Indonesia since a police armoured
vehicle ran over a delivery driver in Jakarta during an earlier demonstration.""", [
 E("PROTEST", "VIOLDEMO", A("protesters", "IDN", "protesters"), A("regional parliament", "IDN", "government"),
   L("Makassar", "ID"), "2025-08-29", "day", 3, None, "set fire", "Protesters set fire"),
])

R("g0071", "2022-09-17", """Kyrgyzstan and Tajikistan agreed on Friday to a ceasefire along their disputed
border after fighting on Thursday that killed at least 24 people, officials in Bishkek said. Both
sides accused each other of starting the clashes.""", [
 E("AGREE", "AGREEMENT", A("Kyrgyz government", "KGZ", "government"), A("Tajik government", "TJK", "government"),
   L("Kyrgyzstan-Tajikistan border", "KG"), "2022-09-16", "day", None, None, "agreed", "agreed on Friday to a ceasefire"),
 E("ASSAULT", "CLASH", A("Kyrgyz security forces", "KGZ", "military"), A("Tajik security forces", "TJK", "military"),
   L("Kyrgyzstan-Tajikistan border", "KG"), "2022-09-15", "day", 24, None, "fighting", "agreed on Friday to a ceasefire",
   q=["fatalities:at_least"]),
 E("ACCUSE", None, A("Kyrgyz government", "KGZ", "government"), A("Tajik government", "TJK", "government"),
   L("Bishkek", "KG"), "2022-09-17", "day", None, None, "accused", "Both sides accused"),
])

R("g0072", "2025-02-10", """Egypt on Sunday rejected any plan to move Palestinians out of Gaza, saying it would
not take part in what it called a scheme to empty the territory. The foreign ministry said Cairo
would host an emergency Arab summit later this month.""", [
 E("REJECT", None, A("Egyptian government", "EGY", "government"), A("United States", "USA", "state"),
   L("Cairo", "EG"), "2025-02-09", "day", None, None, "rejected", "Egypt on Sunday rejected"),
 E("CONSULT", None, A("Egyptian government", "EGY", "government"), A("Arab League", None, "igo", "IGOARL"),
   L("Cairo", "EG"), "2025-02-01", "month", None, None, "host", "would host an emergency Arab summit", hyp=True),
])

R("g0073", "2023-02-15", """Tunisian police arrested a prominent opposition politician and the director of a
private radio station on Monday, their lawyers said. The president later accused unnamed figures of
conspiring against state security.""", [
 E("COERCE", "ARRESTS", A("Tunisian police", "TUN", "police"), A("opposition politician and journalist", "TUN", "party", "TUNOPP"),
   L("Tunis", "TN"), "2023-02-13", "day", None, None, "arrested", "Tunisian police arrested"),
 E("ACCUSE", None, A("Tunisian president", "TUN", "person", "TUNGOV"), A("unnamed figures", "TUN", "unidentified", "TUNOPP"),
   L("Tunis", "TN"), "2023-02-15", "day", None, None, "accused", "The president later accused"),
])

R("g0074", "2024-10-15", """Canada expelled six Indian diplomats on Monday, saying police had linked them to a
campaign of violence against Sikh activists. India called the allegation absurd and ordered six
Canadian diplomats to leave within days.""", [
 E("SANCTION", None, A("Canadian government", "CAN", "government"), A("Indian diplomats", "IND", "government"),
   L("Ottawa", "CA"), "2024-10-14", "day", None, None, "expelled", "Canada expelled six Indian diplomats"),
 E("REJECT", None, A("Indian government", "IND", "government"), A("Canadian government", "CAN", "government"),
   L("New Delhi", "IN"), "2024-10-15", "day", None, None, "called the allegation absurd", "India called the allegation absurd"),
 E("SANCTION", None, A("Indian government", "IND", "government"), A("Canadian diplomats", "CAN", "government"),
   L("New Delhi", "IN"), "2024-10-15", "day", None, None, "ordered six Canadian diplomats to leave", "India called the allegation absurd"),
])

R("g0075", "2024-12-02", """Attackers threw two grenades into a bar in Mexico's Guanajuato state late on
Saturday, killing three people and wounding five, state prosecutors said. Investigators believe a
local cartel was behind the attack.""", [
 E("ASSAULT", "GRENADE", A("cartel gunmen", "MEX", "armed_group", "MEXCRM"), A("bar customers", "MEX", "civilians"),
   L("Guanajuato", "MX"), "2024-11-30", "day", 3, 5, "threw two grenades", "Attackers threw two grenades",
   resp=("suspected", A("local cartel", "MEX", "armed_group", "MEXCRM"))),
])

R("g0076", "2025-06-12", """A grenade was thrown at a police station in the Colombian city of Cali on Tuesday,
injuring two officers. Police said they suspected a faction of former FARC rebels, though no group
claimed responsibility.""", [
 E("ASSAULT", "GRENADE", A("FARC dissidents", "COL", "armed_group"), A("Colombian police", "COL", "police"),
   L("Cali", "CO"), "2025-06-10", "day", None, 2, "was thrown", "A grenade was thrown",
   resp=("suspected", A("FARC dissidents", "COL", "armed_group"))),
])

R("g0077", "2023-06-09", """Government soldiers raped at least 15 women and girls near the town of Yei last
month, the UN mission in South Sudan said in a report on Thursday. The army said it would
investigate.""", [
 E("ASSAULT", "SEXV", A("South Sudanese army", "SSD", "military"), A("women and girls", "SSD", "civilians"),
   L("Yei", "SS"), "2023-05-01", "month", None, 15, "raped", "Government soldiers raped",
   q=["injured:at_least"]),
 E("ACCUSE", None, A("UN mission in South Sudan", None, "igo", "IGOUNO"), A("South Sudanese army", "SSD", "military"),
   L("Juba", "SS"), "2023-06-08", "day", None, None, "report", "Government soldiers raped"),
])

R("g0078", "2024-03-19", """Gang members sexually assaulted several women during a raid on a neighbourhood of
Port-au-Prince last week, the medical charity MSF said. The group urged the authorities to protect
survivors seeking treatment.""", [
 E("ASSAULT", "SEXV", A("gang members", "HTI", "armed_group", "HTICRM"), A("women", "HTI", "civilians"),
   L("Port-au-Prince", "HT"), "2024-03-11", "week", None, None, "sexually assaulted", "Gang members sexually assaulted",
   q=["injured:vague"]),
 E("DEMAND", None, A("MSF", None, "organization", "NGO"), A("Haitian authorities", "HTI", "government"),
   L("Port-au-Prince", "HT"), "2024-03-19", "day", None, None, "urged", "The group urged"),
])

R("g0079", "2024-07-16", """The Kachin Independence Army accused Myanmar's military of dropping bombs containing a
chemical agent on its positions near Laiza on Sunday, saying several fighters had trouble breathing
afterwards. The junta did not comment.""", [
 E("ACCUSE", None, A("Kachin Independence Army", "MMR", "armed_group"), A("Myanmar military", "MMR", "military"),
   L("Laiza", "MM"), "2024-07-16", "day", None, None, "accused", "The Kachin Independence Army accused"),
 E("ASSAULT", "CHEM", A("Myanmar military", "MMR", "military"), A("Kachin Independence Army", "MMR", "armed_group"),
   L("Laiza", "MM"), "2024-07-14", "day", None, None, "dropping bombs containing a chemical agent", "The Kachin Independence Army accused",
   resp=("suspected", A("Myanmar military", "MMR", "military"))),
])

R("g0080", "2025-05-23", """The United States said on Thursday it had concluded that Sudan's army used chemical
weapons during 2024 and announced sanctions on the government in Port Sudan. The army denied the
charge.""", [
 E("ACCUSE", None, A("US government", "USA", "government"), A("Sudanese army", "SDN", "military"),
   L("Washington", "US"), "2025-05-22", "day", None, None, "concluded", "The United States said on Thursday"),
 E("ASSAULT", "CHEM", A("Sudanese army", "SDN", "military"), None,
   L("Sudan", "SD"), "2024-01-01", "year", None, None, "used chemical weapons", "The United States said on Thursday",
   resp=("denied", A("Sudanese army", "SDN", "military"))),
 E("SANCTION", None, A("US government", "USA", "government"), A("Sudanese government", "SDN", "government"),
   L("Washington", "US"), "2025-05-22", "day", None, None, "announced sanctions", "The United States said on Thursday"),
])
