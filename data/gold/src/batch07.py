# Hand-written gold reports g0241-g0278 (original text), split "dev2": written after the coder
# was tuned on "dev", scored once untouched as a held-out figure, then used for tuning.
# See ../README.md for conventions.
EU = A("European Union", None, "igo", "IGOEU")

R("g0241", "2024-05-08", """Pakistani troops exchanged fire with militants near the Afghan border in North Waziristan
on Tuesday, leaving three soldiers and five militants dead. The army said the area was being
searched.""", [
 E("ASSAULT", "CLASH", A("Pakistani army", "PAK", "military"), A("militants", "PAK", "armed_group"),
   L("North Waziristan", "PK"), "2024-05-07", "day", 8, None, "exchanged fire", "Pakistani troops exchanged fire"),
], split="dev2")

R("g0242", "2024-09-16", """Thousands of nurses staged a walkout across Kenya on Monday to demand unpaid wages. The
health ministry said it would meet union leaders later this week.""", [
 E("PROTEST", "PEACEFUL", A("Kenyan nurses", "KEN", "protesters", "KENLAB"), A("Kenyan government", "KEN", "government"),
   L("Kenya", "KE"), "2024-09-16", "day", None, None, "staged a walkout", "nurses staged a walkout"),
 E("CONSULT", None, A("Kenyan health ministry", "KEN", "government"), A("nurses' union", "KEN", "organization", "KENLAB"),
   L("Nairobi", "KE"), "2024-09-16", "day", None, None, "meet", "would meet union leaders", hyp=True),
], split="dev2")

R("g0243", "2023-04-12", """Gunmen abducted 20 pupils from a school in Kaduna state on Tuesday, police said. No group
has claimed the kidnapping.""", [
 E("ASSAULT", "ABDUCT", A("gunmen", "NGA", "unidentified"), A("pupils", "NGA", "civilians"),
   L("Kaduna", "NG"), "2023-04-11", "day", None, None, "abducted", "Gunmen abducted 20 pupils",
   resp=("unclaimed", None)),
], split="dev2")

R("g0244", "2025-03-06", """The European Union imposed sanctions on six Belarusian officials on Thursday over the
jailing of opposition figures. Minsk called the measures illegal and vowed to respond.""", [
 E("SANCTION", None, EU, A("Belarusian officials", "BLR", "government"),
   L("Brussels", "BE"), "2025-03-06", "day", None, None, "imposed sanctions", "imposed sanctions on six"),
 E("ACCUSE", None, A("Belarusian government", "BLR", "government"), EU,
   L("Minsk", "BY"), "2025-03-06", "day", None, None, "called", "Minsk called the measures"),
 E("THREATEN", None, A("Belarusian government", "BLR", "government"), EU,
   L("Minsk", "BY"), "2025-03-06", "day", None, None, "vowed to respond", "Minsk called the measures", hyp=True),
], split="dev2")

R("g0245", "2024-11-20", """Chilean riot police fired tear gas at students marching in Santiago on Tuesday against
rising tuition fees. At least 12 protesters were arrested.""", [
 E("PROTEST", "INTERV", A("Chilean students", "CHL", "protesters"), A("Chilean government", "CHL", "government"),
   L("Santiago", "CL"), "2024-11-19", "day", None, None, "marching", "fired tear gas at students"),
 E("COERCE", None, A("Chilean police", "CHL", "police"), A("Chilean students", "CHL", "protesters"),
   L("Santiago", "CL"), "2024-11-19", "day", None, None, "fired tear gas", "fired tear gas at students"),
], split="dev2")

R("g0246", "2023-07-03", """Mali's military government ordered the UN peacekeeping mission to leave the country
without delay. The mission said it would begin withdrawing its troops within weeks.""", [
 E("DEMAND", None, A("Malian government", "MLI", "government"), A("UN peacekeeping mission", None, "igo", "IGOUNO"),
   L("Bamako", "ML"), "2023-07-03", "day", None, None, "ordered", "military government ordered"),
 E("RETREAT", None, A("UN peacekeeping mission", None, "igo", "IGOUNO"), A("Malian government", "MLI", "government"),
   L("Bamako", "ML"), "2023-07-03", "day", None, None, "withdrawing", "begin withdrawing its troops", hyp=True),
], split="dev2")

R("g0247", "2024-02-02", """Houthi forces launched a missile at a commercial tanker in the Gulf of Aden on Thursday,
the US military said. The missile missed the vessel and no injuries were reported.""", [
 E("ASSAULT", "SHELL", A("Houthis", "YEM", "armed_group"), A("commercial shipping", None, "civilians", "CVL"),
   L("Gulf of Aden", "YE"), "2024-02-01", "day", None, 0, "launched a missile", "Houthi forces launched"),
], split="dev2")

R("g0248", "2025-06-10", """Kyrgyz police raided the offices of an independent news outlet in Bishkek on Monday and
seized its computers. Journalists' groups condemned the raid as an attack on press freedom.""", [
 E("COERCE", None, A("Kyrgyz police", "KGZ", "police"), A("independent news outlet", "KGZ", "organization", "KGZMED"),
   L("Bishkek", "KG"), "2025-06-09", "day", None, None, "raided", "Kyrgyz police raided"),
 E("ACCUSE", None, A("journalists' groups", None, "organization", "NGO"), A("Kyrgyz police", "KGZ", "police"),
   L("Bishkek", "KG"), "2025-06-10", "day", None, None, "condemned", "condemned the raid"),
], split="dev2")

R("g0249", "2023-10-25", """Colombia's government suspended its ceasefire with a dissident FARC faction after the
group killed four Indigenous leaders in Cauca. President Gustavo Petro said talks with the
faction were frozen.""", [
 E("SANCTION", None, A("Colombian government", "COL", "government"), A("FARC dissidents", "COL", "armed_group"),
   L("Bogota", "CO"), "2023-10-25", "day", None, None, "suspended", "suspended its ceasefire"),
 E("ASSAULT", "ATTACK", A("FARC dissidents", "COL", "armed_group"), A("Indigenous leaders", "COL", "civilians"),
   L("Cauca", "CO"), "2023-10-25", "day", 4, None, "killed", "suspended its ceasefire"),
], split="dev2")

R("g0250", "2024-08-14", """Bangladesh's interim government lifted the nationwide curfew on Wednesday and restored
mobile internet access. Schools will reopen next week.""", [
 E("RETREAT", None, A("Bangladeshi government", "BGD", "government"), A("Bangladeshi citizens", "BGD", "civilians"),
   L("Dhaka", "BD"), "2024-08-14", "day", None, None, "lifted", "lifted the nationwide curfew"),
], split="dev2")

R("g0251", "2022-09-27", """North Korea fired a ballistic missile into the sea off its east coast on Sunday, South
Korea's military said. Seoul and Washington condemned the launch.""", [
 E("MOBILIZE", None, A("North Korea", "PRK", "state"), None,
   L("North Korea", "KP"), "2022-09-25", "day", None, None, "fired a ballistic missile", "North Korea fired"),
 E("ACCUSE", None, A("South Korea and the United States", None, "state", "KORUSA"), A("North Korea", "PRK", "state"),
   L("Seoul", "KR"), "2022-09-27", "day", None, None, "condemned", "condemned the launch"),
], split="dev2")

R("g0252", "2024-04-22", """Hundreds of farmers blocked the main highway into Warsaw with tractors on Monday,
protesting against grain imports from Ukraine. Police diverted traffic but made no arrests.""", [
 E("PROTEST", "PEACEFUL", A("Polish farmers", "POL", "protesters"), A("Polish government", "POL", "government"),
   L("Warsaw", "PL"), "2024-04-22", "day", None, None, "blocked", "farmers blocked the main highway"),
 E("COERCE", None, A("Polish police", "POL", "police"), A("Polish farmers", "POL", "protesters"),
   L("Warsaw", "PL"), "2024-04-22", "day", None, None, "arrests", "made no arrests", neg=True),
], split="dev2")

R("g0253", "2023-05-18", """Sudan's army and the Rapid Support Forces accused each other of violating a week-long
truce in Khartoum on Thursday. Heavy fighting was reported near the presidential palace.""", [
 E("ACCUSE", None, A("Sudanese army", "SDN", "military"), A("Rapid Support Forces", "SDN", "armed_group"),
   L("Khartoum", "SD"), "2023-05-18", "day", None, None, "accused", "accused each other"),
 E("ASSAULT", "CLASH", A("Sudanese army", "SDN", "military"), A("Rapid Support Forces", "SDN", "armed_group"),
   L("Khartoum", "SD"), "2023-05-18", "day", None, None, "fighting", "Heavy fighting was reported"),
], split="dev2")

R("g0254", "2024-12-09", """Romania's Constitutional Court annulled the first round of the presidential election on
Friday, citing foreign interference. The losing candidate called the ruling a coup.""", [
 E("COERCE", "OTHER", A("Romanian Constitutional Court", "ROU", "government", "ROUJUD"), None,
   L("Bucharest", "RO"), "2024-12-06", "day", None, None, "annulled", "Constitutional Court annulled"),
 E("ACCUSE", None, A("losing candidate", "ROU", "person", "ROUOPP"), A("Romanian Constitutional Court", "ROU", "government", "ROUJUD"),
   L("Bucharest", "RO"), "2024-12-09", "day", None, None, "called", "called the ruling a coup"),
], split="dev2")

R("g0255", "2025-01-15", """Israel and Hamas agreed on Wednesday to a ceasefire and hostage release deal brokered by
Qatar and Egypt in Doha. Relatives of hostages welcomed the news.""", [
 E("AGREE", "AGREEMENT", A("Israeli government", "ISR", "government"), A("Hamas", "PSE", "armed_group"),
   L("Doha", "QA"), "2025-01-15", "day", None, None, "agreed", "Israel and Hamas agreed"),
 E("SUPPORT", None, A("relatives of hostages", "ISR", "civilians"), None,
   L("Jerusalem", "IL"), "2025-01-15", "day", None, None, "welcomed", "Relatives of hostages welcomed"),
], split="dev2")

R("g0256", "2023-08-02", """Niger's junta said on Wednesday it had closed the country's airspace, accusing foreign
powers of preparing an attack. Flights to Niamey were diverted to neighbouring countries.""", [
 E("COERCE", "OTHER", A("Nigerien junta", "NER", "military"), None,
   L("Niamey", "NE"), "2023-08-02", "day", None, None, "closed", "had closed the country's airspace"),
 E("ACCUSE", None, A("Nigerien junta", "NER", "military"), None,
   L("Niamey", "NE"), "2023-08-02", "day", None, None, "accusing", "had closed the country's airspace"),
], split="dev2")

R("g0257", "2024-06-27", """Bolivian troops withdrew from the main square in La Paz on Wednesday after a failed coup
attempt, and the army commander was arrested. President Luis Arce thanked citizens for defending
democracy.""", [
 E("RETREAT", None, A("Bolivian army", "BOL", "military"), A("Bolivian government", "BOL", "government"),
   L("La Paz", "BO"), "2024-06-26", "day", None, None, "withdrew", "Bolivian troops withdrew"),
 E("COERCE", "ARRESTS", A("Bolivian authorities", "BOL", "government"), A("Bolivian army commander", "BOL", "military"),
   L("La Paz", "BO"), "2024-06-26", "day", None, None, "was arrested", "Bolivian troops withdrew"),
 E("SUPPORT", None, A("Luis Arce", "BOL", "person"), A("Bolivian citizens", "BOL", "civilians"),
   L("La Paz", "BO"), "2024-06-27", "day", None, None, "thanked", "Luis Arce thanked"),
], split="dev2")

R("g0258", "2023-11-28", """Guyana asked the International Court of Justice on Tuesday to stop Venezuela from holding
a referendum on the disputed Essequibo region. Caracas rejected the court's authority over the
dispute.""", [
 E("REQUEST", None, A("Guyanese government", "GUY", "government"), A("International Court of Justice", None, "igo", "IGOICJ"),
   L("Georgetown", "GY"), "2023-11-28", "day", None, None, "asked", "Guyana asked the International"),
 E("REJECT", None, A("Venezuelan government", "VEN", "government"), A("International Court of Justice", None, "igo", "IGOICJ"),
   L("Caracas", "VE"), "2023-11-28", "day", None, None, "rejected", "Caracas rejected"),
], split="dev2")

R("g0259", "2024-10-01", """Israeli ground forces pushed into southern Lebanon overnight in what the army called
limited raids against Hezbollah. Hezbollah fighters fired rockets at Israeli border towns in
response.""", [
 E("ASSAULT", "CLASH", A("Israeli army", "ISR", "military"), A("Hezbollah", "LBN", "armed_group"),
   L("southern Lebanon", "LB"), "2024-09-30", "day", None, None, "raids", "Israeli ground forces pushed"),
 E("ASSAULT", "SHELL", A("Hezbollah", "LBN", "armed_group"), A("Israeli border towns", "ISR", "civilians"),
   L("Israel", "IL"), "2024-10-01", "day", None, None, "fired rockets", "Hezbollah fighters fired rockets"),
], split="dev2")

R("g0260", "2025-04-17", """Authorities in Tanzania charged opposition leader Tundu Lissu with treason on Thursday, a
day after he was detained at a rally in Mbinga. His party called the charge politically
motivated.""", [
 E("COERCE", "ARRESTS", A("Tanzanian police", "TZA", "police"), A("Tundu Lissu", "TZA", "person", "TZAOPP"),
   L("Mbinga", "TZ"), "2025-04-16", "day", None, None, "detained", "he was detained at a rally"),
 E("ACCUSE", None, A("Tanzanian authorities", "TZA", "government"), A("Tundu Lissu", "TZA", "person", "TZAOPP"),
   L("Dodoma", "TZ"), "2025-04-17", "day", None, None, "charged", "charged opposition leader"),
 E("REJECT", None, A("Chadema", "TZA", "party"), A("Tanzanian authorities", "TZA", "government"),
   L("Dodoma", "TZ"), "2025-04-17", "day", None, None, "called", "His party called the charge"),
], split="dev2")

R("g0261", "2024-07-09", """A suicide bomber blew himself up at a checkpoint in Mogadishu on Monday, killing five
soldiers. Al-Shabaab said it carried out the attack.""", [
 E("ASSAULT", "SUICIDE", A("al-Shabaab", "SOM", "armed_group"), A("Somali army", "SOM", "military"),
   L("Mogadishu", "SO"), "2024-07-08", "day", 5, None, "blew himself up", "suicide bomber blew himself up",
   resp=("claimed", A("al-Shabaab", "SOM", "armed_group"))),
], split="dev2")

R("g0262", "2023-03-14", """Japan sent two transport planes carrying tents and medical supplies to Turkey on Tuesday
for survivors of the earthquake. Tokyo also pledged a further 8 million dollars in emergency
aid.""", [
 E("AID", None, A("Japanese government", "JPN", "government"), A("earthquake survivors", "TUR", "civilians"),
   L("Turkey", "TR"), "2023-03-14", "day", None, None, "sent", "Japan sent two transport planes"),
 E("AGREE", None, A("Japanese government", "JPN", "government"), A("earthquake survivors", "TUR", "civilians"),
   L("Tokyo", "JP"), "2023-03-14", "day", None, None, "pledged", "Tokyo also pledged"),
], split="dev2")

R("g0263", "2024-03-21", """Philippine and US marines began joint exercises on the island of Palawan on Thursday, the
largest held there in years. China's foreign ministry criticised the drills as a provocation.""", [
 E("COOPERATE", None, A("Philippine military", "PHL", "military"), A("US military", "USA", "military"),
   L("Palawan", "PH"), "2024-03-21", "day", None, None, "joint exercises", "began joint exercises"),
 E("ACCUSE", None, A("Chinese foreign ministry", "CHN", "government"), A("Philippines and the United States", None, "state", "PHLUSA"),
   L("Beijing", "CN"), "2024-03-21", "day", None, None, "criticised", "criticised the drills"),
], split="dev2")

R("g0264", "2025-02-19", """Ecuador's president declared a state of emergency in three coastal provinces on Tuesday
after a wave of gang killings. Soldiers were deployed to patrol the streets of Guayaquil.""", [
 E("COERCE", "OTHER", A("Ecuadorian president", "ECU", "person", "ECUGOV"), None,
   L("Ecuador", "EC"), "2025-02-18", "day", None, None, "declared a state of emergency", "declared a state of emergency"),
 E("MOBILIZE", None, A("Ecuadorian army", "ECU", "military"), None,
   L("Guayaquil", "EC"), "2025-02-19", "day", None, None, "were deployed", "Soldiers were deployed"),
], split="dev2")

R("g0265", "2023-06-06", """Ukraine accused Russian forces of blowing up the Kakhovka dam on Tuesday, flooding dozens
of villages downstream. Moscow denied the accusation and blamed Ukrainian shelling.""", [
 E("ASSAULT", "LOOT", A("Russian forces", "RUS", "military"), A("Ukrainian civilians", "UKR", "civilians"),
   L("Kakhovka", "UA"), "2023-06-06", "day", None, None, "blowing up", "Ukraine accused Russian forces",
   resp=("suspected", A("Russian forces", "RUS", "military"))),
 E("ACCUSE", None, A("Ukrainian government", "UKR", "government"), A("Russian forces", "RUS", "military"),
   L("Kyiv", "UA"), "2023-06-06", "day", None, None, "accused", "Ukraine accused Russian forces"),
 E("REJECT", None, A("Russian government", "RUS", "government"), A("Ukrainian government", "UKR", "government"),
   L("Moscow", "RU"), "2023-06-06", "day", None, None, "denied", "Moscow denied the accusation"),
], split="dev2")

R("g0266", "2024-01-24", """Crowds ransacked and set fire to shops owned by foreigners in a township near Johannesburg
on Tuesday night, police said. Three people were injured.""", [
 E("ASSAULT", "MOB", A("rioters", "ZAF", "protesters"), A("foreign shop owners", None, "civilians", "CVL"),
   L("Johannesburg", "ZA"), "2024-01-23", "day", None, 3, "ransacked", "Crowds ransacked"),
], split="dev2")

R("g0267", "2023-09-20", """Azerbaijan launched what it called anti-terrorist operations in Nagorno-Karabakh on
Tuesday, shelling positions held by ethnic Armenian forces. The separatist authorities
surrendered a day later.""", [
 E("ASSAULT", "SHELL", A("Azerbaijani army", "AZE", "military"), A("ethnic Armenian forces", "ARM", "armed_group"),
   L("Nagorno-Karabakh", "AZ"), "2023-09-19", "day", None, None, "shelling", "Azerbaijan launched"),
 # Military surrender: PLOVER RETREAT (CAMEO 0874 "retreat or surrender militarily"); first
 # written as CONCEDE, corrected after the untouched scoring.
 E("RETREAT", None, A("Karabakh separatist authorities", "ARM", "armed_group"), A("Azerbaijani government", "AZE", "government"),
   L("Nagorno-Karabakh", "AZ"), "2023-09-20", "day", None, None, "surrendered", "separatist authorities"),
], split="dev2")

R("g0268", "2024-05-29", """Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday. Israel
recalled its ambassadors from the three countries in protest.""", [
 E("SUPPORT", None, A("Spain, Ireland and Norway", None, "state", "ESPIRLNOR"), A("Palestinian Authority", "PSE", "government"),
   L("Madrid", "ES"), "2024-05-28", "day", None, None, "recognised", "formally recognised"),
 E("SANCTION", None, A("Israeli government", "ISR", "government"), A("Spain, Ireland and Norway", None, "state", "ESPIRLNOR"),
   L("Jerusalem", "IL"), "2024-05-29", "day", None, None, "recalled", "Israel recalled"),
], split="dev2")

R("g0269", "2025-08-05", """Police in Nairobi arrested a prominent blogger on Monday over posts criticising the
president. Rights groups demanded his immediate release.""", [
 E("COERCE", "ARRESTS", A("Kenyan police", "KEN", "police"), A("blogger", "KEN", "civilians", "KENMED"),
   L("Nairobi", "KE"), "2025-08-04", "day", None, None, "arrested", "Police in Nairobi arrested"),
 E("DEMAND", None, A("rights groups", None, "organization", "NGO"), A("Kenyan police", "KEN", "police"),
   L("Nairobi", "KE"), "2025-08-05", "day", None, None, "demanded", "Rights groups demanded"),
], split="dev2")

R("g0270", "2023-02-15", """The Turkish government appealed for international help on Wednesday as rescuers searched
collapsed buildings in Hatay. Greece and Azerbaijan have sent search teams.""", [
 E("REQUEST", None, A("Turkish government", "TUR", "government"), None,
   L("Hatay", "TR"), "2023-02-15", "day", None, None, "appealed for", "appealed for international help"),
 E("AID", None, A("Greece and Azerbaijan", None, "state", "GRCAZE"), A("Turkish government", "TUR", "government"),
   L("Turkey", "TR"), "2023-02-15", "day", None, None, "sent", "have sent search teams"),
], split="dev2")

R("g0271", "2024-10-23", """Mozambican police shot dead two protesters in Maputo on Monday as opposition supporters
marched against the disputed election results. At least 18 people were also wounded, a rights
group said.""", [
 E("PROTEST", "EXCESS", A("opposition supporters", "MOZ", "protesters"), A("Mozambican government", "MOZ", "government"),
   L("Maputo", "MZ"), "2024-10-21", "day", None, None, "marched", "Mozambican police shot dead"),
 E("ASSAULT", None, A("Mozambican police", "MOZ", "police"), A("opposition supporters", "MOZ", "protesters"),
   L("Maputo", "MZ"), "2024-10-21", "day", 2, 18, "shot dead", "Mozambican police shot dead",
   q=["injured:at_least"]),
], split="dev2")

R("g0272", "2022-11-14", """Russian troops completed their withdrawal from the city of Kherson on Friday, and
Ukrainian forces entered the city centre hours later. Residents waved flags in the main
square.""", [
 E("RETREAT", "TRANSFER", A("Russian forces", "RUS", "military"), A("Ukrainian army", "UKR", "military"),
   L("Kherson", "UA"), "2022-11-11", "day", None, None, "withdrawal", "completed their withdrawal"),
 E("ASSAULT", "REGAIN", A("Ukrainian army", "UKR", "military"), A("Russian forces", "RUS", "military"),
   L("Kherson", "UA"), "2022-11-11", "day", None, None, "entered", "completed their withdrawal"),
], split="dev2")

R("g0273", "2024-02-28", """Haitian gangs attacked police stations in Port-au-Prince on Tuesday, setting fire to one of
them, while the prime minister was abroad. Gang leader Jimmy Cherizier threatened to topple the
government.""", [
 E("ASSAULT", "CLASH", A("Haitian gangs", "HTI", "armed_group", "HTICRM"), A("Haitian police", "HTI", "police"),
   L("Port-au-Prince", "HT"), "2024-02-27", "day", None, None, "attacked", "Haitian gangs attacked"),
 E("THREATEN", None, A("Jimmy Cherizier", "HTI", "armed_group", "HTICRM"), A("Haitian government", "HTI", "government"),
   L("Port-au-Prince", "HT"), "2024-02-28", "day", None, None, "threatened", "Jimmy Cherizier threatened", hyp=True),
], split="dev2")

R("g0274", "2023-12-13", """Delegates at the UN climate summit in Dubai reached a deal on Wednesday calling for a
transition away from fossil fuels. The Alliance of Small Island States criticised the text as too
weak.""", [
 E("AGREE", None, A("UN climate summit", None, "igo", "IGOUNO"), None,
   L("Dubai", "AE"), "2023-12-13", "day", None, None, "reached a deal", "reached a deal"),
 E("ACCUSE", None, A("Alliance of Small Island States", None, "igo", "IGOAOSIS"), None,
   L("Dubai", "AE"), "2023-12-13", "day", None, None, "criticised", "Small Island States criticised"),
], split="dev2")

R("g0275", "2025-05-07", """India said it carried out missile strikes on nine sites in Pakistan and Pakistani Kashmir
early on Wednesday, targeting militant camps. Pakistan said 26 civilians were killed and vowed to
retaliate.""", [
 E("ASSAULT", "SHELL", A("Indian army", "IND", "military"), A("militants", "PAK", "armed_group"),
   L("Pakistan", "PK"), "2025-05-07", "day", 26, None, "missile strikes", "carried out missile strikes"),
 E("THREATEN", None, A("Pakistani government", "PAK", "government"), A("Indian government", "IND", "government"),
   L("Islamabad", "PK"), "2025-05-07", "day", None, None, "vowed to", "vowed to", hyp=True),
], split="dev2")

R("g0276", "2024-09-03", """Thousands of Israelis rallied in Tel Aviv on Sunday night to demand a deal to free the
hostages held in Gaza. Police used water cannon to clear protesters from a highway.""", [
 E("PROTEST", "INTERV", A("Israeli protesters", "ISR", "protesters"), A("Israeli government", "ISR", "government"),
   L("Tel Aviv", "IL"), "2024-09-01", "day", None, None, "rallied", "Thousands of Israelis rallied"),
 E("COERCE", None, A("Israeli police", "ISR", "police"), A("Israeli protesters", "ISR", "protesters"),
   L("Tel Aviv", "IL"), "2024-09-01", "day", None, None, "used water cannon", "Police used water cannon"),
], split="dev2")

R("g0277", "2023-01-26", """Germany agreed on Wednesday to send Leopard 2 tanks to Ukraine. Russia's ambassador in
Berlin called the decision extremely dangerous.""", [
 E("AGREE", None, A("German government", "DEU", "government"), A("Ukrainian government", "UKR", "government"),
   L("Berlin", "DE"), "2023-01-25", "day", None, None, "agreed", "Germany agreed"),
 E("ACCUSE", None, A("Russian ambassador", "RUS", "person", "RUSGOV"), A("German government", "DEU", "government"),
   L("Berlin", "DE"), "2023-01-26", "day", None, None, "called", "called the decision"),
], split="dev2")

R("g0278", "2024-11-27", """Armed men set fire to a mosque and several homes in a village in Plateau state overnight,
residents said. Nobody was killed.""", [
 E("ASSAULT", "LOOT", A("gunmen", "NGA", "unidentified"), A("villagers", "NGA", "civilians"),
   L("Plateau", "NG"), "2024-11-26", "day", 0, None, "set fire", "Armed men set fire"),
], split="dev2")
