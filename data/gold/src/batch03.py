# Hand-written gold reports g0081-g0120 (original text). See ../README.md for conventions.
UN = A("United Nations", None, "igo", "IGOUNO")
UNSC = A("UN Security Council", None, "igo", "IGOUNOSC")

R("g0081", "2024-11-20", """Russia vetoed a UN Security Council resolution on Tuesday that called for a
ceasefire in Sudan and the protection of civilians. Britain, which drafted the text, called the
veto a disgrace.""", [
 E("REJECT", None, A("Russia", "RUS", "state"), UNSC,
   L("New York", "US"), "2024-11-19", "day", None, None, "vetoed", "Russia vetoed"),
 E("ACCUSE", None, A("Britain", "GBR", "state"), A("Russia", "RUS", "state"),
   L("New York", "US"), "2024-11-20", "day", None, None, "called the veto a disgrace", "called the veto a disgrace"),
])

R("g0082", "2024-07-04", """Germany's chancellor praised Moldova's reform efforts during a visit to Chisinau on
Wednesday and promised continued backing for the country's bid to join the European Union. The two
leaders discussed energy security and the situation in neighbouring Ukraine.""", [
 E("CONSULT", None, A("German chancellor", "DEU", "person", "DEUGOV"), A("Moldovan president", "MDA", "person", "MDAGOV"),
   L("Chisinau", "MD"), "2024-07-03", "day", None, None, "visit", "praised Moldova's reform efforts"),
 E("SUPPORT", None, A("German chancellor", "DEU", "person", "DEUGOV"), A("Moldova", "MDA", "state"),
   L("Chisinau", "MD"), "2024-07-03", "day", None, None, "praised", "praised Moldova's reform efforts"),
])

R("g0083", "2024-12-20", """Britain imposed sanctions on Thursday on five Georgian officials, including the
interior minister, over what it called a brutal crackdown on demonstrators in Tbilisi. The Georgian
government dismissed the move as interference in its internal affairs.""", [
 E("SANCTION", None, A("British government", "GBR", "government"), A("Georgian officials", "GEO", "government"),
   L("London", "GB"), "2024-12-19", "day", None, None, "imposed sanctions", "Britain imposed sanctions"),
 E("REJECT", None, A("Georgian government", "GEO", "government"), A("British government", "GBR", "government"),
   L("Tbilisi", "GE"), "2024-12-20", "day", None, None, "dismissed", "dismissed the move"),
])

R("g0084", "2023-11-07", """Japan pledged on Monday to give the Philippines coastal radar systems worth about
600 million yen to help it monitor its waters, during a visit to Manila by Japan's prime minister.
The two governments also agreed to start talks on a pact allowing their troops to train in each
other's territory.""", [
 E("AGREE", None, A("Japanese government", "JPN", "government"), A("Philippine government", "PHL", "government"),
   L("Manila", "PH"), "2023-11-06", "day", None, None, "pledged", "Japan pledged on Monday"),
 E("CONSULT", None, A("Japanese prime minister", "JPN", "person", "JPNGOV"), A("Philippine government", "PHL", "government"),
   L("Manila", "PH"), "2023-11-06", "day", None, None, "visit", "Japan pledged on Monday"),
 E("AGREE", None, A("Japanese government", "JPN", "government"), A("Philippine government", "PHL", "government"),
   L("Manila", "PH"), "2023-11-06", "day", None, None, "agreed to start talks", "also agreed to start talks"),
])

R("g0085", "2024-09-10", """A convoy of 30 UN trucks carrying flour, medicine and fuel reached the Darfur town of
Tawila on Saturday, the first such delivery in weeks. The aid was able to enter after Sudan's
army-backed government agreed to reopen the Adre border crossing with Chad.""", [
 E("AID", None, A("United Nations", None, "igo", "IGOUNO"), A("displaced civilians", "SDN", "civilians"),
   L("Tawila", "SD"), "2024-09-07", "day", None, None, "reached", "A convoy of 30 UN trucks"),
 E("RETREAT", None, A("Sudanese government", "SDN", "government"), A("United Nations", None, "igo", "IGOUNO"),
   L("Adre crossing", "SD"), "2024-09-10", "day", None, None, "agreed to reopen", "agreed to reopen the Adre"),
])

R("g0086", "2025-02-19", """Senior US and Russian officials held more than four hours of talks in Riyadh on
Tuesday, their first formal meeting since Russia's full-scale invasion of Ukraine. They agreed to
set up teams to prepare negotiations on ending the war. Ukraine's president said Kyiv would not
accept any deal reached without its participation.""", [
 E("CONSULT", None, A("US officials", "USA", "government"), A("Russian officials", "RUS", "government"),
   L("Riyadh", "SA"), "2025-02-18", "day", None, None, "held more than four hours of talks", "held more than four hours"),
 E("AGREE", None, A("US officials", "USA", "government"), A("Russian officials", "RUS", "government"),
   L("Riyadh", "SA"), "2025-02-18", "day", None, None, "agreed", "They agreed to set up teams"),
 E("REJECT", None, A("Ukrainian president", "UKR", "person", "UKRGOV"), A("United States and Russia", None, "state", "USARUS"),
   L("Kyiv", "UA"), "2025-02-19", "day", None, None, "would not accept", "Kyiv would not accept", hyp=True),
])

R("g0087", "2023-11-04", """Hezbollah's leader warned in a televised speech on Friday that all options were open
on the Lebanese front if Israel pressed on with its offensive in Gaza. It was his first public address since the war in Gaza began.""", [
 E("THREATEN", None, A("Hezbollah", "LBN", "armed_group"), A("Israel", "ISR", "state"),
   L("Beirut", "LB"), "2023-11-03", "day", None, None, "warned", "Hezbollah's leader warned", hyp=True),
])

R("g0088", "2024-07-01", """Kenyan police officers began joint patrols with their Haitian counterparts in
Port-au-Prince on Friday, days after the first contingent of a UN-backed security mission landed in
the Caribbean country. The officers wore Haitian police insignia alongside their own.""", [
 E("COOPERATE", None, A("Kenyan police", "KEN", "police"), A("Haitian police", "HTI", "police"),
   L("Port-au-Prince", "HT"), "2024-06-28", "day", None, None, "joint patrols", "began joint patrols"),
])

R("g0089", "2024-07-19", """Police opened fire on students protesting against quotas in government jobs in Dhaka on
Thursday, killing at least 25 people, hospital officials said. The government shut down mobile
internet services across Bangladesh as the unrest spread.""", [
 E("PROTEST", "EXCESS", A("student protesters", "BGD", "protesters"), A("Bangladeshi government", "BGD", "government"),
   L("Dhaka", "BD"), "2024-07-18", "day", None, None, "protesting", "Police opened fire on students"),
 E("ASSAULT", None, A("Bangladeshi police", "BGD", "police"), A("student protesters", "BGD", "protesters"),
   L("Dhaka", "BD"), "2024-07-18", "day", 25, None, "opened fire", "Police opened fire on students",
   q=["fatalities:at_least"]),
 E("COERCE", None, A("Bangladeshi government", "BGD", "government"), A("Bangladeshi public", "BGD", "civilians"),
   L("Bangladesh", "BD"), "2024-07-18", "day", None, None, "shut down mobile internet", "shut down mobile internet"),
])

R("g0090", "2024-06-15", """The UN Security Council on Friday demanded that the Rapid Support Forces end their
siege of El Fasher, the last major city in Darfur still held by the army. The resolution was adopted with 14 votes in favour.""", [
 E("DEMAND", None, UNSC, A("Rapid Support Forces", "SDN", "armed_group"),
   L("New York", "US"), "2024-06-14", "day", None, None, "demanded", "demanded that the Rapid Support Forces"),
])

R("g0091", "2024-09-08", """Tens of thousands of Israelis rallied in Tel Aviv on Saturday night, demanding that
the government agree a deal to bring home the hostages still held in Gaza. Organisers said the
protest was one of the largest since the war began.""", [
 E("PROTEST", "PEACEFUL", A("protesters", "ISR", "protesters"), A("Israeli government", "ISR", "government"),
   L("Tel Aviv", "IL"), "2024-09-07", "day", None, None, "rallied", "rallied in Tel Aviv"),
 E("DEMAND", None, A("protesters", "ISR", "protesters"), A("Israeli government", "ISR", "government"),
   L("Tel Aviv", "IL"), "2024-09-07", "day", None, None, "demanding", "rallied in Tel Aviv"),
])

R("g0092", "2024-09-24", """Lebanon's caretaker prime minister asked the United States and France on Monday to
press Israel to stop its air strikes, which health officials said had killed hundreds of people
across the south of the country in a single day. He spoke after an emergency cabinet meeting in Beirut.""", [
 E("REQUEST", None, A("Lebanese prime minister", "LBN", "person", "LBNGOV"), A("United States and France", None, "state", "USAFRA"),
   L("Beirut", "LB"), "2024-09-23", "day", None, None, "asked", "asked the United States"),
 E("ASSAULT", "AIR", A("Israeli air force", "ISR", "military"), A("southern Lebanon", "LBN", "civilians"),
   L("southern Lebanon", "LB"), "2024-09-23", "day", None, None, "air strikes", "asked the United States",
   q=["fatalities:vague"]),
])

R("g0093", "2024-04-12", """A barrage of Russian missiles damaged three power plants in Ukraine early on
Thursday, the energy ministry said. Hours later Ukraine's president asked allies for more air
defence systems, saying the country could not protect its grid without them.""", [
 E("ASSAULT", "SHELL", A("Russian forces", "RUS", "military"), A("Ukrainian energy infrastructure", "UKR", "civilians"),
   L("Ukraine", "UA"), "2024-04-11", "day", None, None, "damaged", "A barrage of Russian missiles"),
 E("REQUEST", None, A("Ukrainian president", "UKR", "person", "UKRGOV"), A("Western allies", None, "igo", "IGONATO"),
   L("Kyiv", "UA"), "2024-04-11", "day", None, None, "asked", "asked allies for more air"),
])

R("g0094", "2024-07-08", """The military leaders of Mali, Burkina Faso and Niger signed a treaty in Niamey on
Saturday creating a confederation of their three countries. Russia's foreign ministry welcomed the
move.""", [
 E("AGREE", None, A("Malian junta", "MLI", "military"), A("Burkinabe and Nigerien juntas", None, "military", "BFANERMIL"),
   L("Niamey", "NE"), "2024-07-06", "day", None, None, "signed a treaty", "signed a treaty in Niamey"),
 E("SUPPORT", None, A("Russian foreign ministry", "RUS", "government"), A("Alliance of Sahel States", None, "igo", "IGOAES"),
   L("Moscow", "RU"), "2024-07-08", "day", None, None, "welcomed", "Russia's foreign ministry welcomed"),
])

R("g0095", "2023-11-04", """Panama's Congress voted on Friday to halt new mining concessions, meeting a key demand
of protesters who have blocked highways for more than two weeks. Demonstrators nonetheless kept
several roadblocks in place on the Pan-American Highway.""", [
 E("CONCEDE", None, A("Panamanian Congress", "PAN", "government", "PANLEG"), A("protesters", "PAN", "protesters"),
   L("Panama City", "PA"), "2023-11-03", "day", None, None, "voted", "Panama's Congress voted"),
 E("PROTEST", "PEACEFUL", A("protesters", "PAN", "protesters"), A("Panamanian government", "PAN", "government"),
   L("Pan-American Highway", "PA"), "2023-11-04", "day", None, None, "kept several roadblocks", "kept several roadblocks"),
])

R("g0096", "2024-05-29", """Nigeria's government reversed an increase in electricity tariffs on Tuesday, a day
after the main labour unions threatened to shut down the country with an indefinite strike. The higher tariffs had been in force for about six weeks.""", [
 E("CONCEDE", None, A("Nigerian government", "NGA", "government"), A("Nigerian labour unions", "NGA", "organization", "NGALAB"),
   L("Abuja", "NG"), "2024-05-28", "day", None, None, "reversed", "reversed an increase"),
 E("THREATEN", None, A("Nigerian labour unions", "NGA", "organization", "NGALAB"), A("Nigerian government", "NGA", "government"),
   L("Abuja", "NG"), "2024-05-27", "day", None, None, "threatened", "reversed an increase", hyp=True),
])

R("g0097", "2025-02-14", """Belarus released 16 political prisoners on Wednesday, including two journalists, a
day after a visit to Minsk by a senior US envoy. Opposition groups said more than 1,000 people
remained behind bars for political reasons.""", [
 E("RETREAT", None, A("Belarusian government", "BLR", "government"), A("political prisoners", "BLR", "civilians", "BLROPP"),
   L("Minsk", "BY"), "2025-02-12", "day", None, None, "released", "Belarus released 16 political"),
 E("CONSULT", None, A("US envoy", "USA", "person", "USAGOV"), A("Belarusian government", "BLR", "government"),
   L("Minsk", "BY"), "2025-02-11", "day", None, None, "visit", "Belarus released 16 political"),
])

R("g0098", "2025-02-10", """Israeli troops pulled out of the Netzarim corridor that splits the Gaza Strip on
Sunday, under the terms of the ceasefire with Hamas, the army said. Thousands of displaced
Palestinians were expected to use the route to return north.""", [
 E("RETREAT", "TRANSFER", A("Israeli military", "ISR", "military"), A("Hamas", "PSE", "armed_group"),
   L("Netzarim corridor", "PS"), "2025-02-09", "day", None, None, "pulled out", "Israeli troops pulled out"),
])

R("g0099", "2025-01-31", """French troops handed over their last base in Chad, at the airport in N'Djamena, to the
Chadian army on Thursday, ending decades of French military presence in the country. About 1,000 French soldiers had been based in the country.""", [
 E("RETREAT", "TRANSFER", A("French military", "FRA", "military"), A("Chadian army", "TCD", "military"),
   L("N'Djamena", "TD"), "2025-01-30", "day", None, None, "handed over", "French troops handed over"),
])

R("g0100", "2024-12-27", """Islamic State fighters set up a new base in the Cal Miskaad mountains of Somalia's
Puntland region last month, security officials said. Puntland forces launched a ground offensive
against the group on Thursday.""", [
 E("MOBILIZE", "HQ", A("Islamic State Somalia", "SOM", "armed_group"), None,
   L("Cal Miskaad mountains", "SO"), "2024-11-01", "month", None, None, "set up a new base", "Islamic State fighters set up"),
 E("ASSAULT", "CLASH", A("Puntland forces", "SOM", "military"), A("Islamic State Somalia", "SOM", "armed_group"),
   L("Cal Miskaad mountains", "SO"), "2024-12-26", "day", None, None, "launched a ground offensive", "Puntland forces launched"),
])

R("g0101", "2025-04-22", """Militants linked to al-Qaeda have established a camp inside Benin's W National Park
near the borders with Niger and Burkina Faso, the Beninese army said on Monday. It said more troops
would be sent to the park in the coming days.""", [
 E("MOBILIZE", "HQ", A("JNIM", "BEN", "armed_group", "IMGREB"), None,
   L("W National Park", "BJ"), "2025-04-21", "week", None, None, "established a camp", "have established a camp"),
 E("MOBILIZE", None, A("Beninese army", "BEN", "military"), A("JNIM", "BEN", "armed_group", "IMGREB"),
   L("W National Park", "BJ"), "2025-04-21", "week", None, None, "would be sent", "more troops would be sent", hyp=True),
])

R("g0102", "2025-01-30", """Syria's new leaders announced on Wednesday that Hayat Tahrir al-Sham and other armed
factions were being dissolved and their fighters folded into a new national army. The factions fought the former government for more than a decade.""", [
 E("RETREAT", "CHANGE", A("Hayat Tahrir al-Sham", "SYR", "armed_group"), None,
   L("Damascus", "SY"), "2025-01-29", "day", None, None, "dissolved", "were being dissolved"),
])

R("g0103", "2025-05-13", """The Kurdistan Workers' Party said on Monday it had decided to disband and lay down its
arms, ending a four-decade insurgency against the Turkish state. Turkey's president welcomed the
decision as an important step.""", [
 E("RETREAT", "CHANGE", A("PKK", "TUR", "armed_group"), A("Turkish government", "TUR", "government"),
   L("Turkey", "TR"), "2025-05-12", "day", None, None, "disband", "had decided to disband"),
 E("SUPPORT", None, A("Turkish president", "TUR", "person", "TURGOV"), A("PKK", "TUR", "armed_group"),
   L("Ankara", "TR"), "2025-05-12", "day", None, None, "welcomed", "Turkey's president welcomed"),
])

R("g0104", "2025-05-15", """Mali's military government dissolved all political parties by decree on Tuesday.
Dozens of opposition supporters who tried to gather in Bamako the next day were dispersed by
police.""", [
 E("COERCE", "OTHER", A("Malian military government", "MLI", "military"), A("political parties", "MLI", "party"),
   L("Bamako", "ML"), "2025-05-13", "day", None, None, "dissolved", "dissolved all political parties"),
 E("PROTEST", "INTERV", A("opposition supporters", "MLI", "protesters"), A("Malian military government", "MLI", "military"),
   L("Bamako", "ML"), "2025-05-14", "day", None, None, "gather", "Dozens of opposition supporters"),
 E("COERCE", None, A("Malian police", "MLI", "police"), A("opposition supporters", "MLI", "protesters"),
   L("Bamako", "ML"), "2025-05-14", "day", None, None, "were dispersed", "Dozens of opposition supporters"),
])

R("g0105", "2025-01-06", """Gang members looted and set fire to a hospital in the Haitian capital on Saturday,
forcing staff to evacuate patients, the health ministry said. No casualties were reported.""", [
 E("ASSAULT", "LOOT", A("gang members", "HTI", "armed_group", "HTICRM"), A("hospital", "HTI", "civilians", "HTIMED"),
   L("Port-au-Prince", "HT"), "2025-01-04", "day", 0, 0, "looted", "Gang members looted"),
])

R("g0106", "2025-01-15", """Sudan's army retook the city of Wad Madani from the Rapid Support Forces on
Saturday, ending more than a year of paramilitary control. Residents said soldiers and allied
militiamen looted shops in the city's eastern districts on Monday.""", [
 E("ASSAULT", "REGAIN", A("Sudanese army", "SDN", "military"), A("Rapid Support Forces", "SDN", "armed_group"),
   L("Wad Madani", "SD"), "2025-01-11", "day", None, None, "retook", "Sudan's army retook"),
 E("ASSAULT", "LOOT", A("Sudanese army and allied militia", "SDN", "military"), A("shop owners", "SDN", "civilians"),
   L("Wad Madani", "SD"), "2025-01-13", "day", None, None, "looted", "looted shops"),
])

R("g0107", "2023-06-13", """Ukraine said on Monday its troops had retaken four villages in the south of the
country from Russian forces in the first days of its counter-offensive. Moscow said its forces had
repelled the attacks.""", [
 E("ASSAULT", "REGAIN", A("Ukrainian military", "UKR", "military"), A("Russian forces", "RUS", "military"),
   L("Zaporizhzhia region", "UA"), "2023-06-12", "day", None, None, "retaken", "had retaken four villages"),
 E("ASSAULT", "CLASH", A("Russian forces", "RUS", "military"), A("Ukrainian military", "UKR", "military"),
   L("Zaporizhzhia region", "UA"), "2023-06-12", "day", None, None, "repelled", "had repelled the attacks"),
])

R("g0108", "2024-05-13", """Insurgents took control of the town of Macomia in Mozambique's Cabo Delgado province
on Friday and looted food stores before withdrawing on Sunday, residents said. Aid agencies said thousands of residents were still in the bush.""", [
 E("ASSAULT", "OVERTAKE", A("Islamic State Mozambique", "MOZ", "armed_group"), A("Mozambican army", "MOZ", "military"),
   L("Macomia", "MZ"), "2024-05-10", "day", None, None, "took control", "Insurgents took control"),
 E("ASSAULT", "LOOT", A("Islamic State Mozambique", "MOZ", "armed_group"), A("Macomia residents", "MOZ", "civilians"),
   L("Macomia", "MZ"), "2024-05-10", "day", None, None, "looted", "Insurgents took control"),
])

R("g0109", "2024-03-18", """A suicide bomber rammed a car packed with explosives into a military convoy in North
Waziristan on Saturday, killing seven soldiers. A faction of the Pakistani Taliban claimed the
attack.""", [
 E("ASSAULT", "SUICIDE", A("Pakistani Taliban faction", "PAK", "armed_group"), A("Pakistani army", "PAK", "military"),
   L("North Waziristan", "PK"), "2024-03-16", "day", 7, None, "rammed", "A suicide bomber rammed",
   resp=("claimed", A("Pakistani Taliban faction", "PAK", "armed_group"))),
])

R("g0110", "2024-12-12", """A suicide bomber blew himself up inside a government ministry in Kabul on Wednesday,
killing a Taliban minister and four other people. Islamic State said it was responsible.""", [
 E("ASSAULT", "SUICIDE", A("Islamic State Khorasan", "AFG", "armed_group"), A("Taliban government", "AFG", "government"),
   L("Kabul", "AF"), "2024-12-11", "day", 5, None, "blew himself up", "A suicide bomber blew himself up",
   resp=("claimed", A("Islamic State Khorasan", "AFG", "armed_group"))),
])

R("g0111", "2023-12-05", """A bomb hidden in a parked motorcycle exploded near a market in Cotabato City in the
southern Philippines on Sunday, wounding nine people. Nobody has claimed the attack.""", [
 E("ASSAULT", "IED", A("unidentified bombers", "PHL", "unidentified"), A("market-goers", "PHL", "civilians"),
   L("Cotabato City", "PH"), "2023-12-03", "day", None, 9, "exploded", "A bomb hidden",
   resp=("unclaimed", None)),
])

R("g0112", "2024-03-27", """Two Iraqi soldiers were killed when a roadside bomb hit their patrol north of Baghdad
on Tuesday. Security officials blamed remnants of the Islamic State group.""", [
 E("ASSAULT", "IED", A("Islamic State", "IRQ", "armed_group"), A("Iraqi army", "IRQ", "military"),
   L("north of Baghdad", "IQ"), "2024-03-26", "day", 2, None, "hit", "Two Iraqi soldiers were killed",
   resp=("suspected", A("Islamic State", "IRQ", "armed_group"))),
 E("ACCUSE", None, A("Iraqi security officials", "IRQ", "security"), A("Islamic State", "IRQ", "armed_group"),
   L("Baghdad", "IQ"), "2024-03-27", "day", None, None, "blamed", "Security officials blamed"),
])

R("g0113", "2024-08-27", """Armed men stopped a bus in Nigeria's Zamfara state on Sunday and kidnapped 23
passengers, police said. Officers were deployed to search nearby forests.""", [
 E("ASSAULT", "ABDUCT", A("armed men", "NGA", "unidentified"), A("bus passengers", "NGA", "civilians"),
   L("Zamfara state", "NG"), "2024-08-25", "day", None, None, "kidnapped", "kidnapped 23"),
 E("MOBILIZE", None, A("Nigerian police", "NGA", "police"), None,
   L("Zamfara state", "NG"), "2024-08-27", "day", None, None, "were deployed", "Officers were deployed"),
])

R("g0114", "2025-03-22", """Relatives of a Baloch rights activist said he was taken away by plainclothes security
agents in Karachi on Thursday and that the authorities had refused to say where he was being
held. Rights groups say such cases have become more frequent in the province.""", [
 E("ASSAULT", "ABDUCT", A("Pakistani security agents", "PAK", "security"), A("Baloch activist", "PAK", "civilians", "PAKNGO"),
   L("Karachi", "PK"), "2025-03-20", "day", None, None, "was taken away", "was taken away by plainclothes"),
])

R("g0115", "2024-06-10", """Two men were beaten to death by a mob in India's Chhattisgarh state on Friday after
being accused of smuggling cattle, police said. Three people have been arrested.""", [
 E("ASSAULT", "MOB", A("mob", "IND", "civilians"), A("two men", "IND", "civilians"),
   L("Chhattisgarh", "IN"), "2024-06-07", "day", 2, None, "were beaten to death", "Two men were beaten to death"),
 E("COERCE", "ARRESTS", A("Indian police", "IND", "police"), A("suspects", "IND", "civilians"),
   L("Chhattisgarh", "IN"), "2024-06-10", "day", None, None, "have been arrested", "Three people have been arrested"),
])

R("g0116", "2025-02-03", """A crowd attacked shops owned by foreign nationals in Soweto on Saturday, beating three
shopkeepers, South African police said. Officers fired rubber bullets to disperse the crowd.""", [
 E("ASSAULT", "MOB", A("crowd", "ZAF", "civilians"), A("foreign shopkeepers", None, "civilians", "CVL"),
   L("Soweto", "ZA"), "2025-02-01", "day", None, 3, "attacked", "A crowd attacked"),
 E("COERCE", None, A("South African police", "ZAF", "police"), A("crowd", "ZAF", "civilians"),
   L("Soweto", "ZA"), "2025-02-01", "day", None, None, "fired rubber bullets", "Officers fired rubber bullets"),
])

R("g0117", "2022-10-03", """At least 40 people were killed when security forces opened fire on protesters in the
Iranian city of Zahedan on Friday, rights groups said. State media said gunmen had attacked a police
station and that several officers were among the dead.""", [
 E("PROTEST", "EXCESS", A("protesters", "IRN", "protesters"), A("Iranian government", "IRN", "government"),
   L("Zahedan", "IR"), "2022-09-30", "day", None, None, "protesters", "At least 40 people were killed"),
 E("ASSAULT", None, A("Iranian security forces", "IRN", "security"), A("protesters", "IRN", "protesters"),
   L("Zahedan", "IR"), "2022-09-30", "day", 40, None, "opened fire", "At least 40 people were killed",
   q=["fatalities:at_least"]),
 E("ASSAULT", "CLASH", A("gunmen", "IRN", "unidentified"), A("Iranian police", "IRN", "police"),
   L("Zahedan", "IR"), "2022-09-30", "day", None, None, "attacked", "State media said gunmen"),
])

R("g0118", "2024-04-12", """Thousands of students marched through central Santiago on Thursday to demand more
public funding for universities. The march passed off without incident, police said.""", [
 E("PROTEST", "PEACEFUL", A("students", "CHL", "protesters"), A("Chilean government", "CHL", "government"),
   L("Santiago", "CL"), "2024-04-11", "day", None, None, "marched", "Thousands of students marched"),
 E("DEMAND", None, A("students", "CHL", "protesters"), A("Chilean government", "CHL", "government"),
   L("Santiago", "CL"), "2024-04-11", "day", None, None, "demand", "Thousands of students marched"),
])

R("g0119", "2025-01-28", """M23 rebels threatened on Monday to march on Kinshasa after their fighters entered the
eastern city of Goma, where bodies lay in the streets after a night of fighting. Communications in the city were largely cut.""", [
 E("THREATEN", None, A("M23", "COD", "armed_group"), A("Congolese government", "COD", "government"),
   L("Goma", "CD"), "2025-01-27", "day", None, None, "threatened", "M23 rebels threatened", hyp=True),
 E("ASSAULT", "OVERTAKE", A("M23", "COD", "armed_group"), A("Congolese army", "COD", "military"),
   L("Goma", "CD"), "2025-01-27", "day", None, None, "entered", "M23 rebels threatened"),
])

R("g0120", "2023-08-05", """Germany said on Friday it was suspending development aid to Niger following the
military takeover in Niamey. The World Bank had already halted payments to the country.""", [
 E("SANCTION", None, A("German government", "DEU", "government"), A("Niger", "NER", "state"),
   L("Berlin", "DE"), "2023-08-04", "day", None, None, "suspending", "was suspending development aid"),
 E("SANCTION", None, A("World Bank", None, "igo", "IGOWBK"), A("Niger", "NER", "state"),
   L("Washington", "US"), "2023-08-05", "day", None, None, "halted payments", "had already halted payments"),
])
