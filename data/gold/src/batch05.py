# Hand-written gold reports g0161-g0200 (original text). See ../README.md for conventions.
UN = A("United Nations", None, "igo", "IGOUNO")
EU = A("European Union", None, "igo", "IGOEU")

R("g0161", "2023-12-08", """Hungary's prime minister threatened on Thursday to veto the opening of membership
talks with Ukraine at next week's EU summit, saying Kyiv was not ready. EU decisions on enlargement require unanimity.""", [
 E("THREATEN", None, A("Hungarian prime minister", "HUN", "person", "HUNGOV"), EU,
   L("Budapest", "HU"), "2023-12-07", "day", None, None, "threatened", "threatened on Thursday", hyp=True),
])

R("g0162", "2025-01-07", """Moldova's government asked the European Union on Monday for emergency support after
Russian gas deliveries to the breakaway region of Transnistria stopped. The European Commission said it
would provide 20 million euros to help cover the shortfall.""", [
 E("REQUEST", None, A("Moldovan government", "MDA", "government"), EU,
   L("Chisinau", "MD"), "2025-01-06", "day", None, None, "asked", "asked the European Union"),
 E("AGREE", None, A("European Commission", None, "igo", "IGOEU"), A("Moldovan government", "MDA", "government"),
   L("Brussels", "BE"), "2025-01-07", "day", None, None, "would provide", "would provide 20 million euros"),
])

R("g0163", "2024-07-15", """A semi-submersible vessel carrying about three tonnes of cocaine was seized in the
Pacific on Saturday in a joint operation by the Colombian and US navies, Colombian officials said.
Three crew members were detained.""", [
 E("COOPERATE", None, A("Colombian navy", "COL", "military"), A("US navy", "USA", "military"),
   L("Pacific Ocean", "CO"), "2024-07-13", "day", None, None, "joint operation", "was seized in the Pacific"),
 E("COERCE", "ARRESTS", A("Colombian navy", "COL", "military"), A("vessel crew", "COL", "civilians", "COLCRM"),
   L("Pacific Ocean", "CO"), "2024-07-13", "day", None, None, "were detained", "Three crew members were detained"),
])

R("g0164", "2024-10-29", """Mexico sent two navy ships loaded with food, water and electricity generators to Cuba
on Sunday to help areas hit by a hurricane and a nationwide blackout, the Mexican navy said. Large parts of the island had been without power for days.""", [
 E("AID", None, A("Mexican government", "MEX", "government"), A("Cuba", "CUB", "state"),
   L("Havana", "CU"), "2024-10-27", "day", None, None, "sent", "Mexico sent two navy ships"),
])

R("g0165", "2024-07-12", """Kenya's president dismissed almost his entire cabinet on Thursday, bowing to pressure
from weeks of youth-led protests over corruption and tax rises. He kept only the foreign minister in his post.""", [
 E("CONCEDE", None, A("Kenyan president", "KEN", "person", "KENGOV"), A("protesters", "KEN", "protesters"),
   L("Nairobi", "KE"), "2024-07-11", "day", None, None, "dismissed", "dismissed almost his entire cabinet"),
])

R("g0166", "2024-07-22", """Bangladesh's Supreme Court on Sunday scaled back quotas for government jobs, meeting a
key demand of students whose protests have been met with deadly force. Student leaders said they
would continue protesting until those responsible for the killings were punished.""", [
 E("CONCEDE", None, A("Bangladeshi Supreme Court", "BGD", "government", "BGDJUD"), A("student protesters", "BGD", "protesters"),
   L("Dhaka", "BD"), "2024-07-21", "day", None, None, "scaled back", "scaled back quotas"),
 E("THREATEN", None, A("student leaders", "BGD", "protesters"), A("Bangladeshi government", "BGD", "government"),
   L("Dhaka", "BD"), "2024-07-22", "day", None, None, "would continue protesting", "would continue protesting", hyp=True),
])

R("g0167", "2022-06-24", """European Union leaders granted Ukraine and Moldova the status of candidates for
membership at a summit in Brussels on Thursday, a step Kyiv called historic. The decision opens a long path towards membership.""", [
 E("SUPPORT", None, A("EU leaders", None, "igo", "IGOEU"), A("Ukraine and Moldova", None, "state", "UKRMDA"),
   L("Brussels", "BE"), "2022-06-23", "day", None, None, "granted", "granted Ukraine and Moldova"),
])

R("g0168", "2025-03-05", """Arab leaders meeting in Cairo on Tuesday endorsed Egypt's plan to rebuild Gaza without
moving its population out of the territory. Israel rejected the plan, saying it ignored the reality
on the ground.""", [
 E("SUPPORT", None, A("Arab League", None, "igo", "IGOARL"), A("Egyptian government", "EGY", "government"),
   L("Cairo", "EG"), "2025-03-04", "day", None, None, "endorsed", "endorsed Egypt's plan"),
 E("REJECT", None, A("Israeli government", "ISR", "government"), A("Egyptian government", "EGY", "government"),
   L("Jerusalem", "IL"), "2025-03-05", "day", None, None, "rejected", "Israel rejected the plan"),
])

R("g0169", "2024-09-30", """Nepal's home ministry appealed on Sunday for helicopters and rescue teams from
neighbouring countries after floods and landslides cut off dozens of villages south of
Kathmandu. More than 200 people have died in the monsoon floods.""", [
 E("REQUEST", None, A("Nepalese home ministry", "NPL", "government"), A("neighbouring countries", None, "state", "SAS"),
   L("Kathmandu", "NP"), "2024-09-29", "day", None, None, "appealed", "appealed on Sunday"),
])

R("g0170", "2025-06-27", """Police in Lome denied on Friday that officers had opened fire on demonstrators during
Thursday's protest against constitutional changes. Organisers said several people were hurt when
riot police charged the crowd with batons.""", [
 E("ASSAULT", None, A("Togolese police", "TGO", "police"), A("demonstrators", "TGO", "protesters"),
   L("Lome", "TG"), "2025-06-26", "day", None, None, "opened fire", "Police in Lome denied", neg=True),
 E("PROTEST", "INTERV", A("demonstrators", "TGO", "protesters"), A("Togolese government", "TGO", "government"),
   L("Lome", "TG"), "2025-06-26", "day", None, None, "protest", "Police in Lome denied"),
 E("ASSAULT", None, A("Togolese riot police", "TGO", "police"), A("demonstrators", "TGO", "protesters"),
   L("Lome", "TG"), "2025-06-26", "day", None, None, "charged", "Organisers said several people",
   q=["injured:vague"]),
])

R("g0171", "2024-06-20", """A coalition of armed gangs in Haiti threatened on Wednesday to attack any police
station that cooperates with the Kenyan-led security mission, in a video shared on social media. The mission's first officers arrived in the capital in June.""", [
 E("THREATEN", None, A("Haitian gang coalition", "HTI", "armed_group", "HTICRM"), A("Haitian police", "HTI", "police"),
   L("Port-au-Prince", "HT"), "2024-06-19", "day", None, None, "threatened", "threatened on Wednesday", hyp=True),
])

R("g0172", "2024-12-17", """Ukraine's military said on Monday that North Korean soldiers had taken part in assaults
alongside Russian troops in Russia's Kursk region over the weekend and had suffered dozens of
casualties. Neither Moscow nor Pyongyang commented.""", [
 E("COOPERATE", None, A("North Korean army", "PRK", "military"), A("Russian forces", "RUS", "military"),
   L("Kursk region", "RU"), "2024-12-14", "week", None, None, "alongside", "North Korean soldiers had taken part"),
 E("ASSAULT", "CLASH", A("North Korean army", "PRK", "military"), A("Ukrainian military", "UKR", "military"),
   L("Kursk region", "RU"), "2024-12-14", "week", None, None, "assaults", "North Korean soldiers had taken part",
   q=["fatalities:vague"]),
])

R("g0173", "2025-01-14", """The UN refugee agency distributed winter kits, blankets and heaters to about 15,000
Syrians who had returned to their homes in Idlib province last week, a spokeswoman said. Temperatures in the province have fallen below freezing.""", [
 E("AID", None, A("UNHCR", None, "igo", "IGOUNHCR"), A("Syrian returnees", "SYR", "civilians", "SYRREF"),
   L("Idlib province", "SY"), "2025-01-06", "week", None, None, "distributed", "distributed winter kits"),
])

R("g0174", "2024-10-04", """Germany said on Thursday it had delivered another Patriot air defence system to
Ukraine, along with missiles and spare parts, as part of its military support for Kyiv. Berlin has been one of Kyiv's largest suppliers of weapons.""", [
 E("AID", None, A("German government", "DEU", "government"), A("Ukrainian military", "UKR", "military"),
   L("Ukraine", "UA"), "2024-10-03", "day", None, None, "delivered", "had delivered another Patriot"),
])

R("g0175", "2023-10-19", """The United States eased sanctions on Venezuela's oil and gas sector on Wednesday, a day
after the government and the opposition signed an agreement in Barbados on holding a presidential
election next year. The licence was granted for six months.""", [
 E("RETREAT", None, A("US government", "USA", "government"), A("Venezuelan government", "VEN", "government"),
   L("Washington", "US"), "2023-10-18", "day", None, None, "eased sanctions", "eased sanctions"),
 E("AGREE", "AGREEMENT", A("Venezuelan government", "VEN", "government"), A("Venezuelan opposition", "VEN", "party", "VENOPP"),
   L("Bridgetown", "BB"), "2023-10-17", "day", None, None, "signed an agreement", "eased sanctions"),
])

R("g0176", "2025-03-23", """Gunmen killed more than 20 worshippers during Friday prayers at a mosque in Niger's
Tillaberi region, the government said, blaming Islamic State's Sahel branch. Three days of national
mourning were declared.""", [
 E("ASSAULT", "ATTACK", A("Islamic State Sahel", "NER", "armed_group"), A("worshippers", "NER", "civilians"),
   L("Tillaberi region", "NE"), "2025-03-21", "day", 20, None, "killed", "Gunmen killed more than 20",
   q=["fatalities:more_than"], resp=("suspected", A("Islamic State Sahel", "NER", "armed_group"))),
 E("ACCUSE", None, A("Nigerien government", "NER", "government"), A("Islamic State Sahel", "NER", "armed_group"),
   L("Niamey", "NE"), "2025-03-23", "day", None, None, "blaming", "Gunmen killed more than 20"),
])

R("g0177", "2023-09-15", """The leaders of Serbia and Kosovo met in Brussels on Thursday for EU-mediated talks but
failed to agree on how to carry out a deal to normalise relations, the EU's foreign policy chief
said. The two leaders did not hold a joint session.""", [
 E("CONSULT", None, A("Serbian president", "SRB", "person", "SRBGOV"), A("Kosovo prime minister", "XKX", "person", "XKXGOV"),
   L("Brussels", "BE"), "2023-09-14", "day", None, None, "met", "The leaders of Serbia and Kosovo met"),
 E("AGREE", None, A("Serbian president", "SRB", "person", "SRBGOV"), A("Kosovo prime minister", "XKX", "person", "XKXGOV"),
   L("Brussels", "BE"), "2023-09-14", "day", None, None, "failed to agree", "The leaders of Serbia and Kosovo met", neg=True),
])

R("g0178", "2025-02-04", """The M23 rebel alliance announced a humanitarian ceasefire in eastern Congo from
Tuesday, saying it had no plans to capture Bukavu. Congo's government dismissed the announcement as a
deception.""", [
 E("RETREAT", None, A("M23", "COD", "armed_group"), A("Congolese government", "COD", "government"),
   L("eastern Congo", "CD"), "2025-02-04", "day", None, None, "announced a humanitarian ceasefire", "announced a humanitarian ceasefire"),
 E("REJECT", None, A("Congolese government", "COD", "government"), A("M23", "COD", "armed_group"),
   L("Kinshasa", "CD"), "2025-02-04", "day", None, None, "dismissed", "dismissed the announcement"),
])

R("g0179", "2025-03-20", """Turkish police detained Istanbul's mayor at his home on Wednesday on corruption and
terrorism charges. His party demanded his immediate release, and police used pepper spray on
students who gathered outside Istanbul University in protest.""", [
 E("COERCE", "ARRESTS", A("Turkish police", "TUR", "police"), A("Istanbul mayor", "TUR", "person", "TUROPP"),
   L("Istanbul", "TR"), "2025-03-19", "day", None, None, "detained", "Turkish police detained"),
 E("DEMAND", None, A("Republican People's Party", "TUR", "party", "TUROPP"), A("Turkish government", "TUR", "government"),
   L("Istanbul", "TR"), "2025-03-19", "day", None, None, "demanded", "His party demanded"),
 E("PROTEST", "INTERV", A("students", "TUR", "protesters"), A("Turkish government", "TUR", "government"),
   L("Istanbul", "TR"), "2025-03-19", "day", None, None, "gathered", "His party demanded"),
])

R("g0180", "2025-04-09", """Two people were killed on Tuesday when an Israeli drone struck a car near the southern
Lebanese city of Tyre, Lebanon's health ministry said. The Israeli military said it had targeted a
Hezbollah operative.""", [
 E("ASSAULT", "AIR", A("Israeli military", "ISR", "military"), A("Hezbollah", "LBN", "armed_group"),
   L("Tyre", "LB"), "2025-04-08", "day", 2, None, "struck", "Two people were killed on Tuesday",
   resp=("claimed", A("Israeli military", "ISR", "military"))),
])

R("g0181", "2024-02-22", """Police fired tear gas at thousands of farmers trying to resume their march to New Delhi
at the Shambhu crossing on Wednesday. Farmers' unions said a 21-year-old protester died of a head
wound and that they would pause the march for two days.""", [
 E("PROTEST", "EXCESS", A("farmers", "IND", "protesters"), A("Indian government", "IND", "government"),
   L("Shambhu", "IN"), "2024-02-21", "day", None, None, "march", "Police fired tear gas"),
 E("ASSAULT", None, A("Indian police", "IND", "police"), A("farmers", "IND", "protesters"),
   L("Shambhu", "IN"), "2024-02-21", "day", 1, None, "fired tear gas", "Police fired tear gas"),
])

R("g0182", "2024-02-13", """Egypt denied on Monday that it had sent additional troops and tanks to its border with
Gaza, describing reports of a build-up as false. The border area is closed to journalists.""", [
 E("MOBILIZE", None, A("Egyptian army", "EGY", "military"), None,
   L("Egypt-Gaza border", "EG"), "2024-02-12", "day", None, None, "sent additional troops", "Egypt denied on Monday", neg=True),
])

R("g0183", "2025-04-20", """Russia's president declared a 30-hour Easter truce in Ukraine on Saturday. Ukraine's
foreign ministry said it did not trust the announcement, noting that Russian shelling had continued
into the evening.""", [
 E("RETREAT", None, A("Russian president", "RUS", "person", "RUSGOV"), A("Ukraine", "UKR", "state"),
   L("Moscow", "RU"), "2025-04-19", "day", None, None, "declared", "declared a 30-hour Easter truce"),
 E("REJECT", None, A("Ukrainian foreign ministry", "UKR", "government"), A("Russian president", "RUS", "person", "RUSGOV"),
   L("Kyiv", "UA"), "2025-04-19", "day", None, None, "did not trust", "did not trust the announcement"),
 E("ASSAULT", "SHELL", A("Russian forces", "RUS", "military"), A("Ukrainian military", "UKR", "military"),
   L("Ukraine", "UA"), "2025-04-19", "day", None, None, "shelling", "did not trust the announcement"),
])

R("g0184", "2024-01-09", """A grenade was thrown at the home of a prison guard in Guayaquil on Sunday, wounding four
of his relatives, Ecuadorian police said. Gangs have targeted prison staff in the city repeatedly.""", [
 E("ASSAULT", "GRENADE", A("unidentified attackers", "ECU", "unidentified"), A("prison guard's family", "ECU", "civilians"),
   L("Guayaquil", "EC"), "2024-01-07", "day", None, 4, "was thrown", "A grenade was thrown"),
])

R("g0185", "2025-05-17", """Russian and Ukrainian delegations held their first direct talks in three years in
Istanbul on Friday and agreed to exchange 1,000 prisoners of war each, officials said. The meeting
lasted less than two hours.""", [
 E("CONSULT", None, A("Russian delegation", "RUS", "government"), A("Ukrainian delegation", "UKR", "government"),
   L("Istanbul", "TR"), "2025-05-16", "day", None, None, "held their first direct talks", "held their first direct talks"),
 E("AGREE", None, A("Russian delegation", "RUS", "government"), A("Ukrainian delegation", "UKR", "government"),
   L("Istanbul", "TR"), "2025-05-16", "day", None, None, "agreed", "held their first direct talks"),
])

R("g0186", "2025-05-24", """Russia and Ukraine each freed 390 prisoners on Friday in the first stage of the
largest exchange of the war, both governments said. The prisoners were handed over at the border with Belarus.""", [
 E("RETREAT", None, A("Russian government", "RUS", "government"), A("Ukrainian prisoners", "UKR", "military"),
   L("Belarus-Ukraine border", "UA"), "2025-05-23", "day", None, None, "freed", "Russia and Ukraine each freed"),
 E("RETREAT", None, A("Ukrainian government", "UKR", "government"), A("Russian prisoners", "RUS", "military"),
   L("Belarus-Ukraine border", "UA"), "2025-05-23", "day", None, None, "freed", "Russia and Ukraine each freed"),
])

R("g0187", "2021-08-09", """Rwandan and Mozambican troops recaptured the port town of Mocimboa da Praia from
insurgents on Sunday, Rwanda's military said, a year after it was seized by the militants. The town had been in militant hands since August 2020.""", [
 E("COOPERATE", None, A("Rwandan military", "RWA", "military"), A("Mozambican army", "MOZ", "military"),
   L("Mocimboa da Praia", "MZ"), "2021-08-08", "day", None, None, "recaptured", "Rwandan and Mozambican troops recaptured"),
 E("ASSAULT", "REGAIN", A("Rwandan and Mozambican troops", None, "military", "RWAMOZMIL"), A("Islamic State Mozambique", "MOZ", "armed_group"),
   L("Mocimboa da Praia", "MZ"), "2021-08-08", "day", None, None, "recaptured", "Rwandan and Mozambican troops recaptured"),
])

R("g0188", "2024-12-28", """China imposed sanctions on Friday on seven American defence companies and several of
their executives over US arms sales to Taiwan, accusing Washington of interfering in its internal
affairs. The companies have little business in China.""", [
 E("SANCTION", None, A("Chinese government", "CHN", "government"), A("US defence companies", "USA", "organization", "USABUS"),
   L("Beijing", "CN"), "2024-12-27", "day", None, None, "imposed sanctions", "China imposed sanctions"),
 E("ACCUSE", None, A("Chinese government", "CHN", "government"), A("US government", "USA", "government"),
   L("Beijing", "CN"), "2024-12-27", "day", None, None, "accusing", "China imposed sanctions"),
])

R("g0189", "2024-05-29", """Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday. Israel
recalled its ambassadors from the three countries in protest.""", [
 E("SUPPORT", None, A("Spain, Ireland and Norway", None, "state", "ESPIRLNOR"), A("Palestine", "PSE", "state"),
   L("Madrid", "ES"), "2024-05-28", "day", None, None, "recognised", "formally recognised"),
 E("SANCTION", None, A("Israeli government", "ISR", "government"), A("Spain, Ireland and Norway", None, "state", "ESPIRLNOR"),
   L("Jerusalem", "IL"), "2024-05-28", "day", None, None, "recalled", "Israel recalled its ambassadors"),
])

R("g0190", "2025-02-12", """Israel's prime minister warned on Tuesday that the Gaza ceasefire would end and
fighting would resume unless Hamas released more hostages by Saturday noon. The deadline was set after a security cabinet meeting.""", [
 E("THREATEN", None, A("Israeli prime minister", "ISR", "person", "ISRGOV"), A("Hamas", "PSE", "armed_group"),
   L("Jerusalem", "IL"), "2025-02-11", "day", None, None, "warned", "warned on Tuesday", hyp=True),
])

R("g0191", "2024-08-16", """Dozens of Israeli settlers attacked the West Bank village of Jit on Thursday, setting
homes and cars on fire and killing a Palestinian man, the Palestinian health ministry said. Israel's
president condemned the attack as a pogrom.""", [
 E("ASSAULT", "ATTACK", A("Israeli settlers", "ISR", "civilians", "ISRSET"), A("Jit villagers", "PSE", "civilians"),
   L("Jit", "PS"), "2024-08-15", "day", 1, None, "attacked", "Dozens of Israeli settlers attacked"),
 E("ACCUSE", None, A("Israeli president", "ISR", "person", "ISRGOV"), A("Israeli settlers", "ISR", "civilians", "ISRSET"),
   L("Jerusalem", "IL"), "2024-08-16", "day", None, None, "condemned", "Israel's president condemned"),
])

R("g0192", "2025-03-29", """Two people were killed in Kathmandu on Friday when supporters of Nepal's former monarchy
threw stones at police and set fire to vehicles and buildings during a rally. The authorities imposed a
curfew in parts of the city.""", [
 E("PROTEST", "VIOLDEMO", A("pro-monarchy protesters", "NPL", "protesters"), A("Nepalese police", "NPL", "police"),
   L("Kathmandu", "NP"), "2025-03-28", "day", 2, None, "threw stones", "Two people were killed in Kathmandu"),
 E("COERCE", "OTHER", A("Nepalese authorities", "NPL", "government"), A("Kathmandu residents", "NPL", "civilians"),
   L("Kathmandu", "NP"), "2025-03-28", "day", None, None, "imposed a curfew", "imposed a curfew"),
])

R("g0193", "2023-03-10", """Georgia's ruling party withdrew a bill on foreign agents on Thursday after two nights of
protests outside parliament in Tbilisi. Police had used water cannon and tear gas against the
protesters on Tuesday and Wednesday nights.""", [
 E("CONCEDE", None, A("Georgian Dream", "GEO", "party"), A("protesters", "GEO", "protesters"),
   L("Tbilisi", "GE"), "2023-03-09", "day", None, None, "withdrew", "withdrew a bill"),
 E("COERCE", None, A("Georgian police", "GEO", "police"), A("protesters", "GEO", "protesters"),
   L("Tbilisi", "GE"), "2023-03-07", "day", None, None, "used water cannon and tear gas", "Police had used water cannon"),
])

R("g0194", "2023-03-28", """Israel's prime minister paused his plan to overhaul the judiciary on Monday, after mass
protests and a general strike that shut the main airport and many businesses. The reforms would have limited the powers of the Supreme Court.""", [
 E("CONCEDE", None, A("Israeli prime minister", "ISR", "person", "ISRGOV"), A("protesters", "ISR", "protesters"),
   L("Jerusalem", "IL"), "2023-03-27", "day", None, None, "paused", "paused his plan"),
 E("PROTEST", "PEACEFUL", A("protesters and unions", "ISR", "protesters"), A("Israeli government", "ISR", "government"),
   L("Israel", "IL"), "2023-03-27", "day", None, None, "general strike", "paused his plan"),
])

R("g0195", "2022-03-17", """Sri Lanka's government said on Wednesday it would ask the International Monetary Fund
for a bailout programme, as the country struggled with shortages of fuel, food and medicine. The country's foreign reserves had fallen sharply.""", [
 E("REQUEST", None, A("Sri Lankan government", "LKA", "government"), A("IMF", None, "igo", "IGOIMF"),
   L("Colombo", "LK"), "2022-03-16", "day", None, None, "would ask", "would ask the International Monetary Fund"),
])

R("g0196", "2025-03-04", """Ecuador's president asked the United States on Monday for special forces and other
military help to fight drug gangs, saying his country could not defeat them alone. Homicides in Ecuador have risen sharply in recent years.""", [
 E("REQUEST", None, A("Ecuadorian president", "ECU", "person", "ECUGOV"), A("United States", "USA", "state"),
   L("Quito", "EC"), "2025-03-03", "day", None, None, "asked", "asked the United States"),
])

R("g0197", "2022-12-27", """Serbia's army was put on the highest level of combat readiness on Monday, the defence
minister said, as tensions rose over roadblocks set up by ethnic Serbs in northern Kosovo. Belgrade does not recognise Kosovo's independence.""", [
 E("MOBILIZE", None, A("Serbian army", "SRB", "military"), A("Kosovo", "XKX", "state"),
   L("Serbia", "RS"), "2022-12-26", "day", None, None, "was put on the highest level of combat readiness", "Serbia's army was put"),
 E("PROTEST", "PEACEFUL", A("ethnic Serbs", "XKX", "protesters", "SRBPRO"), A("Kosovo government", "XKX", "government"),
   L("northern Kosovo", "XK"), "2022-12-26", "week", None, None, "roadblocks", "Serbia's army was put"),
])

R("g0198", "2024-01-17", """Six soldiers were killed when their vehicle hit an improvised explosive device in Mali's
Segou region on Tuesday, the army said. No group claimed responsibility.""", [
 E("ASSAULT", "IED", A("unidentified armed group", "MLI", "unidentified"), A("Malian army", "MLI", "military"),
   L("Segou region", "ML"), "2024-01-16", "day", 6, None, "hit", "Six soldiers were killed",
   resp=("unclaimed", None)),
])

R("g0199", "2024-11-28", """The International Criminal Court's chief prosecutor asked judges on Wednesday to issue an
arrest warrant for Myanmar's military leader over crimes against the Rohingya. The junta said it did
not recognise the court's authority.""", [
 E("ACCUSE", None, A("ICC prosecutor", None, "igo", "IGOICC"), A("Myanmar military leader", "MMR", "person", "MMRMIL"),
   L("The Hague", "NL"), "2024-11-27", "day", None, None, "asked judges", "asked judges on Wednesday"),
 E("REJECT", None, A("Myanmar junta", "MMR", "military"), A("ICC", None, "igo", "IGOICC"),
   L("Naypyidaw", "MM"), "2024-11-28", "day", None, None, "did not recognise", "did not recognise the court"),
])

R("g0200", "2025-07-18", """France handed over its last military base in Senegal to the Senegalese army in Dakar on
Thursday, ending its permanent troop presence in West Africa. Senegal's president had said foreign bases were incompatible with sovereignty.""", [
 E("RETREAT", "TRANSFER", A("French military", "FRA", "military"), A("Senegalese army", "SEN", "military"),
   L("Dakar", "SN"), "2025-07-17", "day", None, None, "handed over", "France handed over"),
])
