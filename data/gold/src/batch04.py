# Hand-written gold reports g0121-g0160 (original text). See ../README.md for conventions.
UN = A("United Nations", None, "igo", "IGOUNO")
UNSC = A("UN Security Council", None, "igo", "IGOUNOSC")

R("g0121", "2023-03-22", """Canada imposed sanctions on Tuesday on three Haitian gang leaders and two former
officials, accusing them of financing armed groups that terrorise the capital. One of the former
officials said the accusations were baseless.""", [
 E("SANCTION", None, A("Canadian government", "CAN", "government"), A("Haitian gang leaders and former officials", "HTI", "armed_group", "HTICRM"),
   L("Ottawa", "CA"), "2023-03-21", "day", None, None, "imposed sanctions", "Canada imposed sanctions"),
 E("ACCUSE", None, A("Canadian government", "CAN", "government"), A("Haitian gang leaders and former officials", "HTI", "armed_group", "HTICRM"),
   L("Ottawa", "CA"), "2023-03-21", "day", None, None, "accusing", "Canada imposed sanctions"),
 E("REJECT", None, A("former Haitian official", "HTI", "person", "HTIGOV"), A("Canadian government", "CAN", "government"),
   L("Port-au-Prince", "HT"), "2023-03-22", "day", None, None, "said the accusations were baseless", "accusations were baseless"),
])

R("g0122", "2024-08-05", """Ukraine's military said its drones struck a Russian airfield in the Rostov region
overnight into Saturday, damaging a fuel depot. Russia's defence ministry said its air defences had
destroyed 36 drones over the region.""", [
 E("ASSAULT", "AIR", A("Ukrainian military", "UKR", "military"), A("Russian air force", "RUS", "military"),
   L("Rostov region", "RU"), "2024-08-03", "day", None, None, "struck", "its drones struck",
   resp=("claimed", A("Ukrainian military", "UKR", "military"))),
 E("COERCE", "DISRUPT", A("Russian air defences", "RUS", "military"), A("Ukrainian military", "UKR", "military"),
   L("Rostov region", "RU"), "2024-08-03", "day", None, None, "destroyed", "had destroyed 36 drones"),
])

R("g0123", "2025-03-14", """Armenia and Azerbaijan said on Thursday they had finalised the text of a peace treaty
to end nearly four decades of conflict. Azerbaijan said Armenia must first remove territorial claims
from its constitution before the treaty can be signed.""", [
 E("AGREE", "AGREEMENT", A("Armenian government", "ARM", "government"), A("Azerbaijani government", "AZE", "government"),
   L("Baku", "AZ"), "2025-03-13", "day", None, None, "finalised", "had finalised the text"),
 E("DEMAND", None, A("Azerbaijani government", "AZE", "government"), A("Armenian government", "ARM", "government"),
   L("Baku", "AZ"), "2025-03-14", "day", None, None, "must first remove", "Armenia must first remove"),
])

R("g0124", "2024-10-15", """China's military staged large-scale drills around Taiwan on Monday, deploying warships
and fighter jets to simulate a blockade of the island's main ports. Taiwan's government condemned
the exercises as a provocation.""", [
 E("MOBILIZE", None, A("Chinese military", "CHN", "military"), A("Taiwan", "TWN", "state"),
   L("Taiwan Strait", "TW"), "2024-10-14", "day", None, None, "staged large-scale drills", "staged large-scale drills"),
 E("ACCUSE", None, A("Taiwanese government", "TWN", "government"), A("Chinese military", "CHN", "military"),
   L("Taipei", "TW"), "2024-10-14", "day", None, None, "condemned", "Taiwan's government condemned"),
])

R("g0125", "2024-11-11", """Indonesia's president met China's leader in Beijing on Saturday, and the two sides
signed agreements on fisheries, mining and food security worth about 10 billion dollars. It was his first foreign trip since taking office.""", [
 E("CONSULT", None, A("Indonesian president", "IDN", "person", "IDNGOV"), A("Chinese president", "CHN", "person", "CHNGOV"),
   L("Beijing", "CN"), "2024-11-09", "day", None, None, "met", "Indonesia's president met"),
 E("AGREE", None, A("Indonesian government", "IDN", "government"), A("Chinese government", "CHN", "government"),
   L("Beijing", "CN"), "2024-11-09", "day", None, None, "signed agreements", "Indonesia's president met"),
])

R("g0126", "2024-09-16", """Russia's defence ministry on Sunday denied reports that its forces had withdrawn from
positions around the town of Vovchansk in the Kharkiv region. It said fighting in the area was
continuing.""", [
 E("RETREAT", None, A("Russian forces", "RUS", "military"), A("Ukrainian military", "UKR", "military"),
   L("Vovchansk", "UA"), "2024-09-15", "day", None, None, "withdrawn", "denied reports", neg=True),
 E("ASSAULT", "CLASH", A("Russian forces", "RUS", "military"), A("Ukrainian military", "UKR", "military"),
   L("Vovchansk", "UA"), "2024-09-15", "day", None, None, "fighting", "fighting in the area was continuing"),
])

R("g0127", "2024-08-12", """Sudan's army-led government said on Sunday it would not take part in ceasefire talks
convened by the United States in Geneva this week, saying the RSF had not honoured earlier
commitments. Mediators said the talks would go ahead regardless.""", [
 E("REJECT", None, A("Sudanese government", "SDN", "government"), A("US government", "USA", "government"),
   L("Port Sudan", "SD"), "2024-08-11", "day", None, None, "would not take part", "would not take part"),
])

R("g0128", "2025-05-13", """Dozens of soldiers were killed when jihadist fighters attacked an army base in the
Burkinabe town of Djibo on Sunday, security sources said. JNIM claimed the assault. The army said the
attackers had been repelled and denied that the base had been overrun.""", [
 E("ASSAULT", "CLASH", A("JNIM", "BFA", "armed_group", "IMGREB"), A("Burkinabe army", "BFA", "military"),
   L("Djibo", "BF"), "2025-05-11", "day", None, None, "attacked", "Dozens of soldiers were killed",
   q=["fatalities:vague"], resp=("claimed", A("JNIM", "BFA", "armed_group", "IMGREB"))),
 E("ASSAULT", "OVERTAKE", A("JNIM", "BFA", "armed_group", "IMGREB"), A("Burkinabe army", "BFA", "military"),
   L("Djibo", "BF"), "2025-05-11", "day", None, None, "overrun", "denied that the base had been overrun", neg=True),
])

R("g0129", "2024-12-19", """Australia flew two military transport planes carrying relief supplies and an urban
search and rescue team to Port Vila on Wednesday, a day after a strong earthquake struck Vanuatu.
New Zealand also sent a disaster response team.""", [
 E("AID", None, A("Australian government", "AUS", "government"), A("Vanuatu", "VUT", "state"),
   L("Port Vila", "VU"), "2024-12-18", "day", None, None, "flew", "Australia flew two military"),
 E("AID", None, A("New Zealand government", "NZL", "government"), A("Vanuatu", "VUT", "state"),
   L("Port Vila", "VU"), "2024-12-19", "day", None, None, "sent", "New Zealand also sent"),
])

R("g0130", "2024-11-25", """Police arrested 109 climate activists who blocked a coal rail line near the
Australian port of Newcastle on Saturday, the organisers said. Some of the protesters had paddled
kayaks into the shipping channel.""", [
 E("PROTEST", "INTERV", A("climate activists", "AUS", "protesters"), A("coal industry", "AUS", "organization", "AUSBUS"),
   L("Newcastle", "AU"), "2024-11-23", "day", None, None, "blocked", "who blocked a coal rail line"),
 E("COERCE", None, A("New South Wales police", "AUS", "police"), A("climate activists", "AUS", "protesters"),
   L("Newcastle", "AU"), "2024-11-23", "day", None, None, "arrested", "Police arrested 109"),
])

R("g0131", "2024-01-11", """The UN Security Council demanded on Wednesday that Yemen's Houthis immediately stop
attacking merchant ships in the Red Sea. A Houthi official dismissed the resolution as a political
game.""", [
 E("DEMAND", None, UNSC, A("Houthis", "YEM", "armed_group"),
   L("New York", "US"), "2024-01-10", "day", None, None, "demanded", "demanded on Wednesday"),
 E("REJECT", None, A("Houthis", "YEM", "armed_group"), UNSC,
   L("Sanaa", "YE"), "2024-01-11", "day", None, None, "dismissed", "dismissed the resolution"),
])

R("g0132", "2021-11-25", """Protesters set fire to buildings in the Chinatown district of Honiara on Wednesday
in a second day of unrest in the Solomon Islands. Australia said it was sending police and troops to
help restore order at the government's request.""", [
 E("PROTEST", "VIOLDEMO", A("protesters", "SLB", "protesters"), A("Solomon Islands government", "SLB", "government"),
   L("Honiara", "SB"), "2021-11-24", "day", None, None, "set fire", "Protesters set fire"),
 E("MOBILIZE", None, A("Australian government", "AUS", "government"), A("Solomon Islands", "SLB", "state"),
   L("Honiara", "SB"), "2021-11-25", "day", None, None, "sending police and troops", "Australia said it was sending"),
])

R("g0133", "2024-04-24", """Troops from Nigeria, Chad and Cameroon launched a joint offensive against Boko Haram
camps on islands in Lake Chad on Monday, the regional task force said. The task force gave no figures for casualties.""", [
 E("COOPERATE", None, A("Nigerian army", "NGA", "military"), A("Chadian and Cameroonian armies", None, "military", "TCDCMRMIL"),
   L("Lake Chad", "TD"), "2024-04-22", "day", None, None, "joint offensive", "launched a joint offensive"),
 E("ASSAULT", "CLASH", A("Multinational Joint Task Force", None, "military", "IGOMNJTF"), A("Boko Haram", "NGA", "armed_group"),
   L("Lake Chad", "TD"), "2024-04-22", "day", None, None, "offensive", "launched a joint offensive"),
])

R("g0134", "2024-05-27", """Hamas fired a barrage of rockets at the Tel Aviv area on Sunday, setting off air-raid
sirens for the first time in months. Israel's military said most of the eight rockets were
intercepted and no injuries were reported.""", [
 E("ASSAULT", "SHELL", A("Hamas", "PSE", "armed_group"), A("Israel", "ISR", "state"),
   L("Tel Aviv", "IL"), "2024-05-26", "day", 0, 0, "fired", "Hamas fired a barrage"),
 E("COERCE", "DISRUPT", A("Israeli military", "ISR", "military"), A("Hamas", "PSE", "armed_group"),
   L("Tel Aviv", "IL"), "2024-05-26", "day", None, None, "were intercepted", "most of the eight rockets"),
])

R("g0135", "2023-11-01", """The United States said on Monday it would remove Uganda from a trade programme that
gives African exports duty-free access to American markets, citing gross human rights violations.
Uganda's government called the decision unfair.""", [
 E("SANCTION", None, A("US government", "USA", "government"), A("Uganda", "UGA", "state"),
   L("Washington", "US"), "2023-10-30", "day", None, None, "remove", "would remove Uganda"),
 E("ACCUSE", None, A("Ugandan government", "UGA", "government"), A("US government", "USA", "government"),
   L("Kampala", "UG"), "2023-11-01", "day", None, None, "called the decision unfair", "called the decision unfair"),
])

R("g0136", "2024-06-11", """Ukraine's border guard service accused Belarus of moving troops and equipment closer to
the border. Belarus denied on Monday that it was massing forces near Ukraine, calling the claims
disinformation.""", [
 E("ACCUSE", None, A("Ukrainian border guard service", "UKR", "security"), A("Belarus", "BLR", "state"),
   L("Kyiv", "UA"), "2024-06-11", "day", None, None, "accused", "border guard service accused"),
 E("MOBILIZE", None, A("Belarusian armed forces", "BLR", "military"), A("Ukraine", "UKR", "state"),
   L("Belarus-Ukraine border", "BY"), "2024-06-10", "day", None, None, "massing forces", "Belarus denied on Monday", neg=True),
])

R("g0137", "2024-12-12", """Ethiopia and Somalia agreed on Wednesday to end a year-long dispute over Ethiopia's
plan to gain access to the sea through the breakaway region of Somaliland, after talks mediated by
Turkey's president in Ankara. The two countries had cut high-level contacts for months.""", [
 E("AGREE", None, A("Ethiopian government", "ETH", "government"), A("Somali government", "SOM", "government"),
   L("Ankara", "TR"), "2024-12-11", "day", None, None, "agreed", "Ethiopia and Somalia agreed"),
 E("CONSULT", None, A("Turkish president", "TUR", "person", "TURGOV"), A("Ethiopia and Somalia", None, "state", "ETHSOM"),
   L("Ankara", "TR"), "2024-12-11", "day", None, None, "talks mediated", "Ethiopia and Somalia agreed"),
])

R("g0138", "2024-10-07", """A journalist was shot dead by unidentified gunmen outside his home in Mexico's Guerrero
state on Friday, prosecutors said. A press freedom group demanded that the authorities find and
punish the killers.""", [
 E("ASSAULT", "ATTACK", A("unidentified gunmen", "MEX", "unidentified"), A("journalist", "MEX", "civilians", "MEXMED"),
   L("Guerrero", "MX"), "2024-10-04", "day", 1, None, "was shot dead", "A journalist was shot dead"),
 E("DEMAND", None, A("press freedom group", None, "organization", "NGO"), A("Mexican authorities", "MEX", "government"),
   L("Guerrero", "MX"), "2024-10-07", "day", None, None, "demanded", "A press freedom group demanded"),
])

R("g0139", "2025-03-26", """Bolivia's government agreed on Tuesday to raise diesel deliveries to fuel stations,
meeting the main demand of truck drivers who had blocked highways around La Paz for a week. The
drivers began lifting their roadblocks in the evening.""", [
 E("CONCEDE", None, A("Bolivian government", "BOL", "government"), A("truck drivers", "BOL", "protesters", "BOLLAB"),
   L("La Paz", "BO"), "2025-03-25", "day", None, None, "agreed", "Bolivia's government agreed"),
 E("PROTEST", "PEACEFUL", A("truck drivers", "BOL", "protesters", "BOLLAB"), A("Bolivian government", "BOL", "government"),
   L("La Paz", "BO"), "2025-03-18", "week", None, None, "blocked highways", "Bolivia's government agreed"),
])

R("g0140", "2025-01-22", """The Taliban freed two American citizens on Tuesday in exchange for an Afghan man
serving a prison sentence in the United States, under a deal negotiated with Qatar's help. Both Americans had been held for more than a year.""", [
 E("RETREAT", None, A("Taliban government", "AFG", "government"), A("US government", "USA", "government"),
   L("Kabul", "AF"), "2025-01-21", "day", None, None, "freed", "The Taliban freed two"),
 E("AGREE", None, A("Taliban government", "AFG", "government"), A("US government", "USA", "government"),
   L("Doha", "QA"), "2025-01-21", "day", None, None, "deal", "The Taliban freed two"),
])

R("g0141", "2024-12-24", """Bangladesh's interim government said on Monday it had formally asked India to send
back the country's former prime minister, who fled to New Delhi in August, to face trial. India's foreign ministry confirmed it had received the note.""", [
 E("REQUEST", None, A("Bangladeshi interim government", "BGD", "government"), A("Indian government", "IND", "government"),
   L("Dhaka", "BD"), "2024-12-23", "day", None, None, "asked", "had formally asked India"),
])

R("g0142", "2024-12-26", """Kenyan police denied on Wednesday that they were holding a blogger who disappeared on
Saturday. His family said he had been bundled into a car by men wearing police uniforms outside a
shopping centre in Nairobi.""", [
 E("COERCE", None, A("Kenyan police", "KEN", "police"), A("blogger", "KEN", "civilians", "KENMED"),
   L("Nairobi", "KE"), "2024-12-25", "day", None, None, "holding", "Kenyan police denied", neg=True),
 E("ASSAULT", "ABDUCT", A("men in police uniforms", "KEN", "unidentified"), A("blogger", "KEN", "civilians", "KENMED"),
   L("Nairobi", "KE"), "2024-12-21", "day", None, None, "bundled into a car", "His family said"),
])

R("g0143", "2024-02-05", """Senegal's president postponed the presidential election due on February 25 in an
address on Saturday, citing a dispute over the candidate list. Opposition candidates demanded that
the vote go ahead as planned.""", [
 E("COERCE", "OTHER", A("Senegalese president", "SEN", "person", "SENGOV"), A("Senegalese voters", "SEN", "civilians"),
   L("Dakar", "SN"), "2024-02-03", "day", None, None, "postponed", "Senegal's president postponed"),
 E("DEMAND", None, A("opposition candidates", "SEN", "party", "SENOPP"), A("Senegalese president", "SEN", "person", "SENGOV"),
   L("Dakar", "SN"), "2024-02-05", "day", None, None, "demanded", "Opposition candidates demanded"),
])

R("g0144", "2025-02-06", """Twelve people were killed when shells fired by the Rapid Support Forces landed in the
Abu Shouk displacement camp near El Fasher on Wednesday, camp coordinators said. The camp shelters hundreds of thousands of displaced people.""", [
 E("ASSAULT", "SHELL", A("Rapid Support Forces", "SDN", "armed_group"), A("displaced civilians", "SDN", "civilians"),
   L("Abu Shouk camp", "SD"), "2025-02-05", "day", 12, None, "fired", "Twelve people were killed"),
])

R("g0145", "2025-04-14", """Iranian and US negotiators held indirect talks in Muscat on Saturday, with Oman's
foreign minister carrying messages between the two delegations. Both sides agreed to meet again the
following week.""", [
 E("CONSULT", None, A("Iranian negotiators", "IRN", "government"), A("US negotiators", "USA", "government"),
   L("Muscat", "OM"), "2025-04-12", "day", None, None, "held indirect talks", "held indirect talks"),
 E("AGREE", None, A("Iranian negotiators", "IRN", "government"), A("US negotiators", "USA", "government"),
   L("Muscat", "OM"), "2025-04-12", "day", None, None, "agreed to meet", "Both sides agreed"),
])

R("g0146", "2023-12-28", """Venezuela said on Wednesday it had deployed more than 5,000 troops to its eastern
border in response to the arrival of a British warship in Guyanese waters. Britain said the ship was
on a routine visit to an ally.""", [
 E("MOBILIZE", None, A("Venezuelan armed forces", "VEN", "military"), A("Guyana", "GUY", "state"),
   L("eastern Venezuela", "VE"), "2023-12-27", "day", None, None, "deployed", "had deployed more than 5,000"),
 E("MOBILIZE", None, A("Royal Navy", "GBR", "military"), A("Venezuela", "VEN", "state"),
   L("Guyanese waters", "GY"), "2023-12-27", "day", None, None, "arrival", "had deployed more than 5,000"),
])

R("g0147", "2024-04-08", """Navies of Japan, the United States, Australia and the Philippines held joint exercises in
the South China Sea on Sunday. China's military said it had carried out combat readiness patrols in
the same waters on the same day.""", [
 E("COOPERATE", None, A("Japanese navy", "JPN", "military"), A("US, Australian and Philippine navies", None, "military", "USAAUSPHLMIL"),
   L("South China Sea", "PH"), "2024-04-07", "day", None, None, "held joint exercises", "held joint exercises"),
 E("MOBILIZE", None, A("Chinese military", "CHN", "military"), None,
   L("South China Sea", "CN"), "2024-04-07", "day", None, None, "carried out combat readiness patrols", "combat readiness patrols"),
])

R("g0148", "2025-04-29", """Six young men were detained by municipal police in Mexico's Zacatecas state on Saturday
and have not been seen since, their relatives said. Families blocked a highway on Monday to demand
that the authorities reveal their whereabouts.""", [
 E("ASSAULT", "ABDUCT", A("Zacatecas municipal police", "MEX", "police"), A("six young men", "MEX", "civilians"),
   L("Zacatecas", "MX"), "2025-04-26", "day", None, None, "were detained", "Six young men were detained"),
 E("PROTEST", "PEACEFUL", A("families of the missing", "MEX", "protesters"), A("Mexican authorities", "MEX", "government"),
   L("Zacatecas", "MX"), "2025-04-28", "day", None, None, "blocked a highway", "Families blocked a highway"),
])

R("g0149", "2024-01-24", """Australia imposed financial sanctions and a travel ban on Tuesday on a Russian man it
accused of hacking a major health insurer and leaking the medical records of millions of
customers. The data breach affected almost ten million people.""", [
 E("SANCTION", None, A("Australian government", "AUS", "government"), A("Russian hacker", "RUS", "person", "RUSCRM"),
   L("Canberra", "AU"), "2024-01-23", "day", None, None, "imposed financial sanctions", "Australia imposed financial"),
 E("ACCUSE", None, A("Australian government", "AUS", "government"), A("Russian hacker", "RUS", "person", "RUSCRM"),
   L("Canberra", "AU"), "2024-01-23", "day", None, None, "accused", "Australia imposed financial"),
])

R("g0150", "2024-08-06", """The last US soldiers left Niger's Agadez air base on Monday, handing it over to the
Nigerien army months after the military government ordered American forces out of the country. About 1,000 American troops had been stationed in the country.""", [
 E("RETREAT", "TRANSFER", A("US military", "USA", "military"), A("Nigerien army", "NER", "military"),
   L("Agadez", "NE"), "2024-08-05", "day", None, None, "handing it over", "The last US soldiers left"),
])

R("g0151", "2024-06-22", """Guinea's military government on Friday rejected a regional call to return power to
civilians by the end of the year, saying the timetable was unrealistic. The junta has ruled the country since a coup in 2021.""", [
 E("REJECT", None, A("Guinean military government", "GIN", "military"), A("ECOWAS", None, "igo", "IGOECOWAS"),
   L("Conakry", "GN"), "2024-06-21", "day", None, None, "rejected", "rejected a regional call"),
])

R("g0152", "2024-02-20", """Villagers in southern Madagascar beat three suspected cattle thieves to death on Sunday,
local gendarmes said. No arrests have been made.""", [
 E("ASSAULT", "MOB", A("villagers", "MDG", "civilians"), A("suspected cattle thieves", "MDG", "civilians"),
   L("southern Madagascar", "MG"), "2024-02-18", "day", 3, None, "beat", "Villagers in southern Madagascar"),
 E("COERCE", None, A("Malagasy gendarmes", "MDG", "police"), None,
   L("southern Madagascar", "MG"), "2024-02-20", "day", None, None, "arrests", "No arrests have been made", neg=True),
])

R("g0153", "2024-03-06", """Jordanian and French military planes dropped food parcels over northern Gaza on
Tuesday, the Jordanian army said, as aid agencies warned of famine in the area. Road deliveries to the north had almost stopped.""", [
 E("AID", None, A("Jordanian and French air forces", None, "military", "JORFRAMIL"), A("Gaza civilians", "PSE", "civilians"),
   L("northern Gaza", "PS"), "2024-03-05", "day", None, None, "dropped food parcels", "dropped food parcels"),
])

R("g0154", "2024-05-06", """Israeli police raided the Jerusalem offices used by Al Jazeera on Sunday and seized
broadcasting equipment, hours after the cabinet voted to shut down the channel's operations in
Israel. The channel has broadcast from the city for decades.""", [
 E("COERCE", None, A("Israeli police", "ISR", "police"), A("Al Jazeera", "QAT", "organization", "QATMED"),
   L("Jerusalem", "IL"), "2024-05-05", "day", None, None, "raided", "Israeli police raided"),
 E("COERCE", None, A("Israeli cabinet", "ISR", "government"), A("Al Jazeera", "QAT", "organization", "QATMED"),
   L("Jerusalem", "IL"), "2024-05-05", "day", None, None, "voted to shut down", "Israeli police raided"),
])

R("g0155", "2025-06-04", """Thousands of people rallied in Ulaanbaatar on Tuesday demanding the resignation of
Mongolia's prime minister over reports of lavish spending by his family. The protest was peaceful.""", [
 E("PROTEST", "PEACEFUL", A("protesters", "MNG", "protesters"), A("Mongolian prime minister", "MNG", "person", "MNGGOV"),
   L("Ulaanbaatar", "MN"), "2025-06-03", "day", None, None, "rallied", "Thousands of people rallied"),
 E("DEMAND", None, A("protesters", "MNG", "protesters"), A("Mongolian prime minister", "MNG", "person", "MNGGOV"),
   L("Ulaanbaatar", "MN"), "2025-06-03", "day", None, None, "demanding", "Thousands of people rallied"),
])

R("g0156", "2025-03-05", """At least a dozen people were killed on Tuesday when two suicide bombers drove
explosives-laden vehicles into the wall of an army compound in Bannu, in northwest Pakistan. A
militant group allied with the Pakistani Taliban said it was behind the attack.""", [
 E("ASSAULT", "SUICIDE", A("militant group", "PAK", "armed_group"), A("Pakistani army", "PAK", "military"),
   L("Bannu", "PK"), "2025-03-04", "day", 12, None, "drove explosives-laden vehicles", "At least a dozen people",
   q=["fatalities:at_least"], resp=("claimed", A("militant group allied with TTP", "PAK", "armed_group"))),
])

R("g0157", "2024-02-17", """Senegal's president said on Friday he would fully comply with a court ruling that
overturned his decision to delay the presidential election, and would set a new date as soon as
possible. The vote had originally been due in February.""", [
 E("CONCEDE", None, A("Senegalese president", "SEN", "person", "SENGOV"), A("Senegalese Constitutional Council", "SEN", "government", "SENJUD"),
   L("Dakar", "SN"), "2024-02-16", "day", None, None, "would fully comply", "would fully comply"),
])

R("g0158", "2025-03-31", """A US air strike killed a senior al-Shabaab commander near Jilib in southern Somalia on
Friday, US Africa Command said. It said no civilians were hurt.""", [
 E("ASSAULT", "AIR", A("US Africa Command", "USA", "military"), A("al-Shabaab", "SOM", "armed_group"),
   L("Jilib", "SO"), "2025-03-28", "day", 1, 0, "killed", "A US air strike killed",
   resp=("claimed", A("US Africa Command", "USA", "military"))),
])

R("g0159", "2025-06-28", """Congo and Rwanda signed a peace agreement in Washington on Friday aimed at ending the
fighting in eastern Congo. The African Union Commission chairperson welcomed the deal as a milestone.""", [
 E("AGREE", "AGREEMENT", A("Congolese government", "COD", "government"), A("Rwandan government", "RWA", "government"),
   L("Washington", "US"), "2025-06-27", "day", None, None, "signed a peace agreement", "signed a peace agreement"),
 E("SUPPORT", None, A("African Union Commission", None, "igo", "IGOAU"), A("Congo and Rwanda", None, "state", "CODRWA"),
   L("Addis Ababa", "ET"), "2025-06-28", "day", None, None, "welcomed", "chairperson welcomed"),
])

R("g0160", "2025-04-01", """Russia's president signed a decree on Monday calling up 160,000 men for military
service in the spring conscription campaign, the Kremlin said. The call-up runs until the middle of July.""", [
 E("MOBILIZE", None, A("Russian president", "RUS", "person", "RUSGOV"), None,
   L("Moscow", "RU"), "2025-03-31", "day", None, None, "calling up", "signed a decree on Monday"),
])
