# Hand-written gold reports g0001-g0040 (original text). See ../README.md for conventions.
UN = A("United Nations", None, "igo", "IGOUNO")

R("g0001", "2024-03-14", """Russian missiles struck an apartment block in the Ukrainian city of Sumy on Tuesday,
killing three people and wounding 12 others, regional officials said. Rescue crews worked through
the night to reach residents trapped under the rubble. Ukraine's foreign ministry condemned the
strike as a deliberate attack on civilians.""", [
 E("ASSAULT", "SHELL", A("Russian forces", "RUS", "military"), A("civilians", "UKR", "civilians"),
   L("Sumy", "UA"), "2024-03-12", "day", 3, 12, "struck", "Russian missiles struck"),
 E("ACCUSE", None, A("Ukrainian foreign ministry", "UKR", "government"), A("Russia", "RUS", "state"),
   L("Kyiv", "UA"), "2024-03-14", "day", None, None, "condemned", "foreign ministry condemned"),
])

R("g0002", "2024-05-20", """Tens of thousands of people marched through central Tbilisi on Sunday against a
draft law on foreign funding of civic groups, one of the largest rallies in the Georgian capital in
years. The march ended peacefully late in the evening, organisers said. Opposition leaders urged
the government to withdraw the bill before its final reading.""", [
 E("PROTEST", "PEACEFUL", A("protesters", "GEO", "protesters"), A("Georgian government", "GEO", "government"),
   L("Tbilisi", "GE"), "2024-05-19", "day", None, None, "marched", "Tens of thousands of people marched"),
 E("DEMAND", None, A("opposition leaders", "GEO", "party", "GEOOPP"), A("Georgian government", "GEO", "government"),
   L("Tbilisi", "GE"), "2024-05-20", "day", None, None, "urged", "Opposition leaders urged"),
])

R("g0003", "2023-10-06", """Gunmen on motorcycles killed 11 villagers in an attack on a market in northern
Burkina Faso's Soum province on Wednesday, local sources said. No group has claimed responsibility
for the killings. The army said it had deployed reinforcements to the area.""", [
 E("ASSAULT", "ATTACK", A("gunmen", "BFA", "unidentified"), A("villagers", "BFA", "civilians"),
   L("Soum province", "BF"), "2023-10-04", "day", 11, None, "killed", "Gunmen on motorcycles killed",
   resp=("unclaimed", None)),
 E("MOBILIZE", None, A("Burkinabe army", "BFA", "military"), None,
   L("Soum province", "BF"), "2023-10-06", "day", None, None, "deployed reinforcements", "army said it had deployed"),
])

R("g0004", "2024-11-15", """The European Union on Thursday imposed asset freezes and travel bans on nine
Iranian officials it accused of supplying drones to Russia. Tehran rejected the measures as
unlawful and said it had never sent weapons for use in Ukraine.""", [
 E("SANCTION", None, A("European Union", None, "igo", "IGOEU"), A("Iranian officials", "IRN", "government"),
   L("Brussels", "BE"), "2024-11-14", "day", None, None, "imposed", "imposed asset freezes"),
 E("ACCUSE", None, A("European Union", None, "igo", "IGOEU"), A("Iranian officials", "IRN", "government"),
   L("Brussels", "BE"), "2024-11-14", "day", None, None, "accused", "imposed asset freezes"),
 E("REJECT", None, A("Iranian government", "IRN", "government"), A("European Union", None, "igo", "IGOEU"),
   L("Tehran", "IR"), "2024-11-15", "day", None, None, "rejected", "Tehran rejected the measures"),
])

R("g0005", "2025-02-11", """Fighters of the M23 rebel group seized the town of Kalehe in South Kivu after two
days of fighting with Congolese troops, residents said on Tuesday. The army did not comment. Aid
workers said thousands of families had fled towards Bukavu.""", [
 E("ASSAULT", "OVERTAKE", A("M23", "COD", "armed_group"), A("Congolese army", "COD", "military"),
   L("Kalehe", "CD"), "2025-02-11", "day", None, None, "seized", "seized the town of Kalehe"),
])

R("g0006", "2024-07-09", """Police in Nairobi fired tear gas and water cannon at hundreds of young people who
tried to march on parliament on Tuesday to protest against proposed tax increases. At least 30
demonstrators were arrested, a rights group said.""", [
 E("PROTEST", "INTERV", A("protesters", "KEN", "protesters"), A("Kenyan parliament", "KEN", "government"),
   L("Nairobi", "KE"), "2024-07-09", "day", None, None, "march", "tried to march on parliament"),
 E("COERCE", None, A("Kenyan police", "KEN", "police"), A("protesters", "KEN", "protesters"),
   L("Nairobi", "KE"), "2024-07-09", "day", None, None, "arrested", "At least 30 demonstrators were arrested"),
])

R("g0007", "2023-06-22", """Colombia's government and the ELN guerrilla group signed a six-month bilateral
ceasefire in Havana on Wednesday, the latest step in peace talks that began last year. Cuba and
Norway, which act as guarantors, welcomed the deal.""", [
 E("AGREE", "AGREEMENT", A("Colombian government", "COL", "government"), A("ELN", "COL", "armed_group"),
   L("Havana", "CU"), "2023-06-21", "day", None, None, "signed", "signed a six-month bilateral ceasefire"),
 E("SUPPORT", None, A("Cuba and Norway", None, "state", "CUBNOR"), A("Colombian government", "COL", "government"),
   L("Havana", "CU"), "2023-06-22", "day", None, None, "welcomed", "welcomed the deal"),
])

R("g0008", "2024-01-29", """Three American soldiers were killed and more than 30 wounded when a drone hit a
small US base in northeastern Jordan near the Syrian border on Sunday. Washington blamed
Iran-backed militias and vowed to respond at a time of its choosing.""", [
 E("ASSAULT", "AIR", A("Iran-backed militias", "IRQ", "armed_group"), A("US forces", "USA", "military"),
   L("Rukban area", "JO"), "2024-01-28", "day", 3, 30, "hit", "drone hit a small US base",
   q=["injured:more_than"], resp=("suspected", A("Iran-backed militias", "IRQ", "armed_group"))),
 E("ACCUSE", None, A("US government", "USA", "government"), A("Iran-backed militias", "IRQ", "armed_group"),
   L("Washington", "US"), "2024-01-29", "day", None, None, "blamed", "Washington blamed"),
 E("THREATEN", None, A("US government", "USA", "government"), A("Iran-backed militias", "IRQ", "armed_group"),
   L("Washington", "US"), "2024-01-29", "day", None, None, "vowed to respond", "Washington blamed", hyp=True),
])

R("g0009", "2025-04-03", """A roadside bomb exploded under a police vehicle in Pakistan's Khyber Pakhtunkhwa
province on Wednesday, killing four officers. The Pakistani Taliban said in a message to
journalists that its fighters had planted the device.""", [
 E("ASSAULT", "IED", A("Tehrik-e-Taliban Pakistan", "PAK", "armed_group"), A("Pakistani police", "PAK", "police"),
   L("Khyber Pakhtunkhwa", "PK"), "2025-04-02", "day", 4, None, "exploded", "A roadside bomb exploded",
   resp=("claimed", A("Tehrik-e-Taliban Pakistan", "PAK", "armed_group"))),
])

R("g0010", "2024-09-30", """Rioters set fire to several shops and a police post in the Haitian town of
Saint-Marc on Saturday after a local radio presenter was shot dead, witnesses said. Nobody was
reported injured in the unrest.""", [
 E("PROTEST", "VIOLDEMO", A("rioters", "HTI", "protesters"), A("Haitian police", "HTI", "police"),
   L("Saint-Marc", "HT"), "2024-09-28", "day", None, 0, "set fire", "Rioters set fire"),
 E("ASSAULT", "ATTACK", A("unidentified gunmen", "HTI", "unidentified"), A("radio presenter", "HTI", "civilians", "HTIMED"),
   L("Saint-Marc", "HT"), "2024-09-28", "day", 1, None, "shot dead", "Rioters set fire"),
])

R("g0011", "2024-02-16", """India and the United Arab Emirates agreed on Wednesday to deepen cooperation on
energy and digital payments during a visit by Prime Minister Narendra Modi to Abu Dhabi. The two
sides signed eight memorandums of understanding, officials said.""", [
 E("CONSULT", None, A("Narendra Modi", "IND", "person", "INDGOV"), A("UAE government", "ARE", "government"),
   L("Abu Dhabi", "AE"), "2024-02-14", "day", None, None, "visit", "agreed on Wednesday to deepen"),
 E("AGREE", None, A("Indian government", "IND", "government"), A("UAE government", "ARE", "government"),
   L("Abu Dhabi", "AE"), "2024-02-14", "day", None, None, "agreed", "agreed on Wednesday to deepen"),
])

R("g0012", "2023-11-20", """Unknown attackers abducted a Catholic priest and two parishioners from a church
in Nigeria's Kaduna state late on Saturday, police said. A police spokesman said officers were
searching the surrounding forest and that no ransom demand had yet been received.""", [
 E("ASSAULT", "ABDUCT", A("unknown attackers", "NGA", "unidentified"), A("priest and parishioners", "NGA", "civilians"),
   L("Kaduna state", "NG"), "2023-11-18", "day", None, None, "abducted", "Unknown attackers abducted"),
])

R("g0013", "2025-01-22", """Sudan's paramilitary Rapid Support Forces shelled a crowded market in Omdurman on
Monday, killing at least 56 people, the health ministry said. The RSF denied targeting civilians
and accused the army of staging the attack.""", [
 E("ASSAULT", "SHELL", A("Rapid Support Forces", "SDN", "armed_group"), A("civilians", "SDN", "civilians"),
   L("Omdurman", "SD"), "2025-01-20", "day", 56, None, "shelled", "shelled a crowded market",
   q=["fatalities:at_least"], resp=("denied", A("Rapid Support Forces", "SDN", "armed_group"))),
 E("ACCUSE", None, A("Rapid Support Forces", "SDN", "armed_group"), A("Sudanese army", "SDN", "military"),
   L("Omdurman", "SD"), "2025-01-22", "day", None, None, "accused", "accused the army"),
])

R("g0014", "2024-06-05", """Brazil's federal government sent 400 tonnes of food and medicine to flood-hit
communities in Rio Grande do Sul on Tuesday, the civil defence agency said. Military aircraft
carried the supplies to towns cut off by the water.""", [
 E("AID", None, A("Brazilian federal government", "BRA", "government"), A("flood victims", "BRA", "civilians"),
   L("Rio Grande do Sul", "BR"), "2024-06-04", "day", None, None, "sent", "sent 400 tonnes of food"),
])

R("g0015", "2024-10-17", """Israeli aircraft carried out strikes on the southern suburbs of Beirut overnight,
the Lebanese health ministry said, without giving a toll. The Israeli military said it had hit
weapons depots belonging to Hezbollah.""", [
 E("ASSAULT", "AIR", A("Israeli military", "ISR", "military"), A("Hezbollah", "LBN", "armed_group"),
   L("Beirut", "LB"), "2024-10-16", "day", None, None, "strikes", "Israeli aircraft carried out strikes",
   resp=("claimed", A("Israeli military", "ISR", "military"))),
])

R("g0016", "2023-03-10", """French riot police arrested 47 people in Paris on Thursday as protests against
the government's plan to raise the pension age turned violent, the interior ministry said.
Demonstrators threw stones and set rubbish bins alight near the Place de la Concorde.""", [
 E("COERCE", None, A("French riot police", "FRA", "police"), A("demonstrators", "FRA", "protesters"),
   L("Paris", "FR"), "2023-03-09", "day", None, None, "arrested", "French riot police arrested 47 people"),
 E("PROTEST", "VIOLDEMO", A("demonstrators", "FRA", "protesters"), A("French government", "FRA", "government"),
   L("Paris", "FR"), "2023-03-09", "day", None, None, "threw stones", "Demonstrators threw stones"),
])

R("g0017", "2024-08-13", """The Myanmar junta said on Monday its forces had recaptured the town of Kyaikdon in
Kayin state from the Karen National Liberation Army after heavy fighting. The KNLA said its
fighters had withdrawn to avoid civilian casualties.""", [
 E("ASSAULT", "REGAIN", A("Myanmar military", "MMR", "military"), A("Karen National Liberation Army", "MMR", "armed_group"),
   L("Kyaikdon", "MM"), "2024-08-12", "day", None, None, "recaptured", "had recaptured the town"),
 E("RETREAT", None, A("Karen National Liberation Army", "MMR", "armed_group"), A("Myanmar military", "MMR", "military"),
   L("Kyaikdon", "MM"), "2024-08-12", "day", None, None, "withdrawn", "had withdrawn to avoid"),
])

R("g0018", "2025-03-18", """North Korea warned on Tuesday that it would take "overwhelming" military action if
the United States and South Korea went ahead with joint drills planned for next month. State
media carried the statement from the defence ministry.""", [
 E("THREATEN", None, A("North Korean defence ministry", "PRK", "government"), A("United States and South Korea", None, "state", "USAKOR"),
   L("Pyongyang", "KP"), "2025-03-18", "day", None, None, "warned", "North Korea warned", hyp=True),
])

R("g0019", "2024-04-26", """Somalia's government asked the African Union on Thursday to slow the withdrawal of
its peacekeepers, saying Somali forces needed more time to take over security in several towns.
The AU said it would consider the request.""", [
 E("REQUEST", None, A("Somali government", "SOM", "government"), A("African Union", None, "igo", "IGOAU"),
   L("Mogadishu", "SO"), "2024-04-25", "day", None, None, "asked", "asked the African Union"),
])

R("g0020", "2023-08-03", """Niger's military rulers on Wednesday rejected a demand by West African leaders to
reinstate the ousted president, saying they would not bow to foreign pressure. The regional bloc
ECOWAS had given the junta a week to restore constitutional order.""", [
 E("REJECT", None, A("Niger military junta", "NER", "military"), A("ECOWAS", None, "igo", "IGOECOWAS"),
   L("Niamey", "NE"), "2023-08-02", "day", None, None, "rejected", "rejected a demand"),
 E("DEMAND", None, A("ECOWAS", None, "igo", "IGOECOWAS"), A("Niger military junta", "NER", "military"),
   L("Abuja", "NG"), "2023-08-03", "day", None, None, "had given the junta a week", "had given the junta a week"),
])

R("g0021", "2024-12-09", """Syrian rebels entered Damascus on Sunday and declared the end of President Bashar
al-Assad's rule after government troops abandoned their positions around the capital. Army
units were seen withdrawing north without a fight.""", [
 E("ASSAULT", "OVERTAKE", A("Syrian rebels", "SYR", "armed_group"), A("Syrian government forces", "SYR", "military"),
   L("Damascus", "SY"), "2024-12-08", "day", None, None, "entered", "Syrian rebels entered Damascus"),
 E("RETREAT", None, A("Syrian army", "SYR", "military"), A("Syrian rebels", "SYR", "armed_group"),
   L("Damascus", "SY"), "2024-12-08", "day", None, None, "withdrawing", "Army units were seen withdrawing"),
])

R("g0022", "2025-05-27", """A suicide bomber blew himself up at a checkpoint outside a military academy in
Mogadishu on Sunday, killing at least ten recruits, officials said. Al-Shabaab said it carried out
the attack.""", [
 E("ASSAULT", "SUICIDE", A("al-Shabaab", "SOM", "armed_group"), A("Somali army recruits", "SOM", "military"),
   L("Mogadishu", "SO"), "2025-05-25", "day", 10, None, "blew himself up", "A suicide bomber blew himself up",
   q=["fatalities:at_least"], resp=("claimed", A("al-Shabaab", "SOM", "armed_group"))),
])

R("g0023", "2024-02-27", """Farmers drove hundreds of tractors into central Brussels on Monday, blocking roads
near the building where EU agriculture ministers were meeting. Police used water cannon to push
back protesters who set hay bales on fire.""", [
 E("PROTEST", "INTERV", A("farmers", "BEL", "protesters"), A("European Union", None, "igo", "IGOEU"),
   L("Brussels", "BE"), "2024-02-26", "day", None, None, "blocking roads", "Farmers drove hundreds"),
 E("COERCE", None, A("Belgian police", "BEL", "police"), A("farmers", "BEL", "protesters"),
   L("Brussels", "BE"), "2024-02-26", "day", None, None, "used water cannon", "Police used water cannon"),
])

R("g0024", "2023-12-12", """The United States and Britain on Monday imposed sanctions on four Hamas officials
and a Sudan-based company accused of managing the group's finances. The Treasury said the
measures would cut the group off from funding sources abroad.""", [
 E("SANCTION", None, A("United States and Britain", None, "state", "USAGBR"), A("Hamas", "PSE", "armed_group"),
   L("Washington", "US"), "2023-12-11", "day", None, None, "imposed sanctions", "imposed sanctions on four Hamas"),
])

R("g0025", "2024-05-03", """Hundreds of people attacked a police station in a village in Bangladesh's Sylhet
division on Thursday after a suspected thief died in custody, local officials said. Two officers
were beaten and a vehicle was torched.""", [
 E("ASSAULT", "MOB", A("mob", "BGD", "civilians"), A("Bangladeshi police", "BGD", "police"),
   L("Sylhet division", "BD"), "2024-05-02", "day", 0, 2, "attacked", "Hundreds of people attacked"),
])

R("g0026", "2025-06-10", """Ethiopia's federal government and Tigrayan leaders held talks in Addis Ababa last
week on disarming former fighters, both sides said. They agreed to meet again in July.""", [
 E("CONSULT", None, A("Ethiopian federal government", "ETH", "government"), A("Tigrayan leaders", "ETH", "party", "ETHPTY"),
   L("Addis Ababa", "ET"), "2025-06-02", "week", None, None, "held talks", "held talks in Addis Ababa"),
 E("AGREE", None, A("Ethiopian federal government", "ETH", "government"), A("Tigrayan leaders", "ETH", "party", "ETHPTY"),
   L("Addis Ababa", "ET"), "2025-06-02", "week", None, None, "agreed to meet", "They agreed to meet again"),
])

R("g0027", "2024-03-25", """Gunmen opened fire at a concert hall near Moscow on Friday, killing more than 130
people. The Islamic State group claimed responsibility through its Amaq news agency, while
Russian officials suggested without evidence that Ukraine was involved.""", [
 E("ASSAULT", "ATTACK", A("gunmen", "RUS", "armed_group", "IMGREB"), A("concert-goers", "RUS", "civilians"),
   L("Krasnogorsk", "RU"), "2024-03-22", "day", 130, None, "opened fire", "Gunmen opened fire",
   q=["fatalities:more_than"], resp=("claimed", A("Islamic State", None, "armed_group", "IMGREB"))),
 E("ACCUSE", None, A("Russian officials", "RUS", "government"), A("Ukraine", "UKR", "state"),
   L("Moscow", "RU"), "2024-03-25", "day", None, None, "suggested", "Russian officials suggested"),
])

R("g0028", "2023-05-16", """Kosovo police said they had detained five men suspected of planting explosives
along a road near the border with Serbia. The devices were found and defused by a bomb squad on
Monday before anyone was hurt.""", [
 E("COERCE", "ARRESTS", A("Kosovo police", "XKX", "police"), A("suspects", "XKX", "civilians"),
   L("northern Kosovo", "XK"), "2023-05-16", "day", None, None, "detained", "had detained five men"),
 E("COERCE", "DISRUPT", A("Kosovo police", "XKX", "police"), A("unidentified bomb planters", "XKX", "unidentified"),
   L("northern Kosovo", "XK"), "2023-05-15", "day", None, None, "defused", "found and defused"),
])

R("g0029", "2024-10-02", """Iran fired about 180 ballistic missiles at Israel on Tuesday night, most of which
were intercepted by Israeli and US air defences, the Israeli military said. One man was killed in
the West Bank by falling debris.""", [
 E("ASSAULT", "SHELL", A("Iranian armed forces", "IRN", "military"), A("Israel", "ISR", "state"),
   L("Israel", "IL"), "2024-10-01", "day", 1, None, "fired", "Iran fired about 180"),
 E("COERCE", "DISRUPT", A("Israeli and US air defences", "ISR", "military", "ISRMIL"), A("Iranian armed forces", "IRN", "military"),
   L("Israel", "IL"), "2024-10-01", "day", None, None, "intercepted", "Iran fired about 180"),
])

R("g0030", "2025-03-04", """Thousands of teachers went on strike across Argentina on Monday to demand higher
wages, closing schools in most provinces. Union leaders said the stoppage would be repeated if the
government did not improve its offer.""", [
 E("PROTEST", "PEACEFUL", A("teachers' unions", "ARG", "protesters", "ARGLAB"), A("Argentine government", "ARG", "government"),
   L("Argentina", "AR"), "2025-03-03", "day", None, None, "went on strike", "went on strike across Argentina"),
 E("THREATEN", None, A("teachers' unions", "ARG", "organization", "ARGLAB"), A("Argentine government", "ARG", "government"),
   L("Argentina", "AR"), "2025-03-04", "day", None, None, "would be repeated", "the stoppage would be repeated", hyp=True),
])

R("g0031", "2024-01-10", """The Philippines accused China's coast guard on Tuesday of firing water cannon at a
supply boat heading to a Philippine outpost in the South China Sea. Beijing said its vessels had
acted lawfully to expel an intruder.""", [
 E("ACCUSE", None, A("Philippine government", "PHL", "government"), A("China Coast Guard", "CHN", "security"),
   L("Manila", "PH"), "2024-01-09", "day", None, None, "accused", "The Philippines accused"),
 E("COERCE", None, A("China Coast Guard", "CHN", "security"), A("Philippine supply boat", "PHL", "military"),
   L("South China Sea", "PH"), "2024-01-09", "day", None, None, "firing water cannon", "The Philippines accused"),
])

R("g0032", "2023-07-18", """Russia said on Monday it was pulling out of the Black Sea grain deal that had allowed
Ukraine to export wheat by sea. The United Nations said it regretted the decision.""", [
 E("SANCTION", None, A("Russia", "RUS", "state"), A("Ukraine", "UKR", "state"),
   L("Moscow", "RU"), "2023-07-17", "day", None, None, "pulling out", "was pulling out of the Black Sea"),
 E("ACCUSE", None, UN, A("Russia", "RUS", "state"),
   L("New York", "US"), "2023-07-18", "day", None, None, "regretted", "United Nations said it regretted"),
])

R("g0033", "2024-11-04", """Spain deployed 10,000 soldiers and police officers to the Valencia region over the
weekend to help clear mud and search for missing people after deadly flash floods, the defence
minister said. Officials said the clean-up would take weeks.""", [
 E("MOBILIZE", None, A("Spanish government", "ESP", "government"), None,
   L("Valencia", "ES"), "2024-11-02", "week", None, None, "deployed", "Spain deployed 10,000 soldiers"),
])

R("g0034", "2025-01-16", """Israel and Hamas reached an agreement on Wednesday to halt the fighting in Gaza and
exchange hostages for Palestinian prisoners, mediators Qatar and Egypt announced. The truce is due
to take effect on Sunday.""", [
 E("AGREE", "AGREEMENT", A("Israeli government", "ISR", "government"), A("Hamas", "PSE", "armed_group"),
   L("Doha", "QA"), "2025-01-15", "day", None, None, "reached an agreement", "reached an agreement on Wednesday"),
 E("RETREAT", None, A("Israeli government", "ISR", "government"), A("Hamas", "PSE", "armed_group"),
   L("Gaza", "PS"), "2025-01-19", "day", None, None, "truce", "The truce is due", hyp=True),
])

R("g0035", "2024-06-18", """Armed men burned down more than 50 homes in a village in Mozambique's Cabo Delgado
province on Saturday, forcing residents to flee into the bush, a local official said. Nobody was
killed. Islamic State's local branch said its fighters had raided the village.""", [
 E("ASSAULT", "LOOT", A("Islamic State Mozambique", "MOZ", "armed_group"), A("villagers", "MOZ", "civilians"),
   L("Cabo Delgado", "MZ"), "2024-06-15", "day", 0, None, "burned down", "Armed men burned down",
   resp=("claimed", A("Islamic State Mozambique", "MOZ", "armed_group"))),
])


R("g0036", "2023-02-14", """Turkey's president thanked dozens of countries for sending rescue teams after last
week's earthquake and asked international donors for help to rebuild the devastated south-east. Thousands of buildings collapsed in the disaster.""", [
 E("SUPPORT", None, A("Turkish president", "TUR", "person", "TURGOV"), A("international rescue teams", None, "organization", "NGO"),
   L("Ankara", "TR"), "2023-02-14", "day", None, None, "thanked", "thanked dozens of countries"),
 E("REQUEST", None, A("Turkish president", "TUR", "person", "TURGOV"), A("international donors", None, "organization", "NGO"),
   L("Ankara", "TR"), "2023-02-14", "day", None, None, "asked", "thanked dozens of countries"),
])

R("g0037", "2024-09-12", """Venezuelan security forces detained an opposition campaign coordinator in Caracas
on Wednesday, her party said, the latest in a wave of arrests after the disputed presidential
election. The government accused her of plotting to destabilise the country.""", [
 E("COERCE", "ARRESTS", A("Venezuelan security forces", "VEN", "security"), A("opposition coordinator", "VEN", "party", "VENOPP"),
   L("Caracas", "VE"), "2024-09-11", "day", None, None, "detained", "detained an opposition campaign coordinator"),
 E("ACCUSE", None, A("Venezuelan government", "VEN", "government"), A("opposition coordinator", "VEN", "party", "VENOPP"),
   L("Caracas", "VE"), "2024-09-12", "day", None, None, "accused", "The government accused"),
])

R("g0038", "2025-05-08", """India said it struck nine sites in Pakistan and Pakistani-administered Kashmir
early on Wednesday, targeting what it called militant infrastructure. Pakistan said 26 civilians
were killed and vowed to retaliate.""", [
 E("ASSAULT", "SHELL", A("Indian armed forces", "IND", "military"), A("Pakistan", "PAK", "state"),
   L("Muzaffarabad", "PK"), "2025-05-07", "day", 26, None, "struck", "India said it struck nine sites",
   resp=("claimed", A("Indian armed forces", "IND", "military"))),
 E("THREATEN", None, A("Pakistani government", "PAK", "government"), A("India", "IND", "state"),
   L("Islamabad", "PK"), "2025-05-08", "day", None, None, "vowed to retaliate", "vowed to retaliate", hyp=True),
])

R("g0039", "2024-04-16", """Ecuador's president declared a 60-day state of emergency in five provinces on
Monday, allowing the army to patrol the streets alongside the police after a rise in gang
violence. The measure can be extended by parliament.""", [
 E("COERCE", "OTHER", A("Ecuadorian president", "ECU", "person", "ECUGOV"), None,
   L("Ecuador", "EC"), "2024-04-15", "day", None, None, "declared", "declared a 60-day state of emergency"),
 E("MOBILIZE", None, A("Ecuadorian army", "ECU", "military"), None,
   L("Ecuador", "EC"), "2024-04-15", "day", None, None, "patrol", "declared a 60-day state of emergency"),
])

R("g0040", "2023-09-27", """Azerbaijani officials said on Tuesday they would guarantee safe passage to ethnic
Armenians leaving Nagorno-Karabakh, as thousands of cars queued on the only road to Armenia.
Armenia's prime minister accused Baku of ethnic cleansing.""", [
 E("CONCEDE", None, A("Azerbaijani government", "AZE", "government"), A("ethnic Armenians", "ARM", "civilians"),
   L("Nagorno-Karabakh", "AZ"), "2023-09-26", "day", None, None, "guarantee safe passage", "would guarantee safe passage", hyp=True),
 E("ACCUSE", None, A("Armenian prime minister", "ARM", "person", "ARMGOV"), A("Azerbaijani government", "AZE", "government"),
   L("Yerevan", "AM"), "2023-09-27", "day", None, None, "accused", "accused Baku"),
])
