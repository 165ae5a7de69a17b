# Hand-written gold reports g0279-g0330 (original text), split "dev3": written after the coder
# was tuned on "dev" and "dev2", to cover types and phrasings the set was thin on (CONCEDE, AID,
# COOPERATE, REQUEST, SUPPORT, THREATEN, REJECT, SANCTION; chemical weapons, grenades, sexual
# violence, bases, group changes; capitals standing for governments; negated nouns such as
# "made no arrests"; denials; planned and conditional acts). Scored once untouched as a
# held-out figure (docs/eval/events.md), then used for tuning. See ../README.md for conventions.
EU = A("European Union", None, "igo", "IGOEU")
WFP = A("World Food Programme", None, "igo", "IGOWFP")

R("g0279", "2024-03-13", """Greek riot police fired tear gas at farmers who drove their tractors towards parliament
in Athens on Tuesday to protest against rising fuel costs. No injuries were reported and police
made no arrests.""", [
 E("PROTEST", "INTERV", A("Greek farmers", "GRC", "protesters"), A("Greek government", "GRC", "government"),
   L("Athens", "GR"), "2024-03-12", "day", None, None, "to protest", "Greek riot police fired tear gas"),
 E("COERCE", None, A("Greek police", "GRC", "police"), A("Greek farmers", "GRC", "protesters"),
   L("Athens", "GR"), "2024-03-12", "day", None, 0, "fired tear gas", "Greek riot police fired tear gas"),
 E("COERCE", None, A("Greek police", "GRC", "police"), A("Greek farmers", "GRC", "protesters"),
   L("Athens", "GR"), "2024-03-13", "day", None, None, "arrests", "made no arrests", neg=True),
], split="dev3")

R("g0280", "2025-02-21", """Washington on Thursday condemned a rocket attack that wounded four American soldiers at a
base in eastern Syria the previous night. An Iran-backed militia said it had fired the rockets.""", [
 E("ASSAULT", "SHELL", A("Iran-backed militia", "SYR", "armed_group"), A("US military", "USA", "military"),
   L("eastern Syria", "SY"), "2025-02-19", "day", None, 4, "rocket attack", "Washington on Thursday condemned",
   resp=("claimed", A("Iran-backed militia", "SYR", "armed_group"))),
 E("ACCUSE", None, A("US government", "USA", "government"), A("Iran-backed militia", "SYR", "armed_group"),
   L("Washington", "US"), "2025-02-20", "day", None, None, "condemned", "Washington on Thursday condemned"),
], split="dev3")

R("g0281", "2024-07-18", """Opposition medics said government helicopters dropped barrels of chlorine on the village
of Kafr Zita on Wednesday, leaving 15 people struggling to breathe. Damascus rejected the
accusation as a fabrication.""", [
 E("ASSAULT", "CHEM", A("Syrian military", "SYR", "military"), A("Syrian civilians", "SYR", "civilians"),
   L("Kafr Zita", "SY"), "2024-07-17", "day", None, 15, "dropped barrels of chlorine", "government helicopters dropped",
   resp=("suspected", A("Syrian military", "SYR", "military"))),
 E("REJECT", None, A("Syrian government", "SYR", "government"), A("opposition medics", "SYR", "organization", "SYROPP"),
   L("Damascus", "SY"), "2024-07-18", "day", None, None, "rejected", "Damascus rejected"),
], split="dev3")

R("g0282", "2023-10-05", """A man threw a grenade into a crowded market in Bujumbura on Wednesday evening, killing two
people and wounding 23, police said. No arrests have been made.""", [
 E("ASSAULT", "GRENADE", A("unidentified attacker", "BDI", "unidentified"), A("Burundian civilians", "BDI", "civilians"),
   L("Bujumbura", "BI"), "2023-10-04", "day", 2, 23, "threw a grenade", "threw a grenade"),
 E("COERCE", None, A("Burundian police", "BDI", "police"), None,
   L("Bujumbura", "BI"), "2023-10-05", "day", None, None, "arrests", "No arrests have been made", neg=True),
], split="dev3")

R("g0283", "2024-06-14", """UN investigators in Geneva accused Sudan's Rapid Support Forces on Thursday of raping at
least 30 women in villages around El Fasher earlier this month. The RSF dismissed the findings as
fabricated.""", [
 E("ASSAULT", "SEXV", A("Rapid Support Forces", "SDN", "armed_group"), A("Sudanese women", "SDN", "civilians"),
   L("El Fasher", "SD"), "2024-06-01", "month", None, None, "raping", "UN investigators in Geneva",
   resp=("suspected", A("Rapid Support Forces", "SDN", "armed_group"))),
 E("ACCUSE", None, A("UN investigators", None, "igo", "IGOUNO"), A("Rapid Support Forces", "SDN", "armed_group"),
   L("Geneva", "CH"), "2024-06-13", "day", None, None, "accused", "UN investigators in Geneva"),
 E("REJECT", None, A("Rapid Support Forces", "SDN", "armed_group"), A("UN investigators", None, "igo", "IGOUNO"),
   L("Sudan", "SD"), "2024-06-14", "day", None, None, "dismissed", "The RSF dismissed"),
], split="dev3")

R("g0284", "2025-03-11", """Serbia's prime minister resigned on Monday after weeks of student-led protests over a
deadly roof collapse at a railway station. Student groups welcomed the resignation but said their
demands had not been met.""", [
 E("CONCEDE", None, A("Serbian prime minister", "SRB", "person", "SRBGOV"), A("Serbian students", "SRB", "protesters"),
   L("Belgrade", "RS"), "2025-03-10", "day", None, None, "resigned", "prime minister resigned"),
 E("SUPPORT", None, A("Serbian student groups", "SRB", "protesters"), A("Serbian prime minister", "SRB", "person", "SRBGOV"),
   L("Belgrade", "RS"), "2025-03-11", "day", None, None, "welcomed", "Student groups welcomed"),
], split="dev3")

R("g0285", "2023-03-10", """Georgia's ruling party withdrew its draft law on foreign agents on Thursday, bowing to
pressure from the opposition and Western governments.""", [
 E("CONCEDE", None, A("Georgian Dream", "GEO", "party"), A("Georgian opposition", "GEO", "party", "GEOOPP"),
   L("Tbilisi", "GE"), "2023-03-09", "day", None, None, "withdrew", "ruling party withdrew"),
], split="dev3")

R("g0286", "2024-08-22", """A World Food Programme convoy of 40 trucks carrying flour and medicine reached the besieged
town of Kadugli on Wednesday. The agency urged both warring parties to open more routes for
aid.""", [
 E("AID", None, WFP, A("Sudanese civilians", "SDN", "civilians"),
   L("Kadugli", "SD"), "2024-08-21", "day", None, None, "reached", "convoy of 40 trucks"),
 E("DEMAND", None, WFP, A("Sudanese army and Rapid Support Forces", "SDN", "military", "SDNMILSDNREB"),
   L("Sudan", "SD"), "2024-08-22", "day", None, None, "urged", "The agency urged"),
], split="dev3")

R("g0287", "2025-04-09", """New Zealand flew water purification units and tarpaulins to Tonga on Tuesday after a
cyclone tore through the main island. Australian and New Zealand navy ships will carry out joint
patrols to deliver supplies to the outer islands.""", [
 E("AID", None, A("New Zealand government", "NZL", "government"), A("Tongan civilians", "TON", "civilians"),
   L("Tonga", "TO"), "2025-04-08", "day", None, None, "flew", "New Zealand flew"),
 E("COOPERATE", None, A("Australian navy", "AUS", "military"), A("New Zealand navy", "NZL", "military"),
   L("Tonga", "TO"), "2025-04-09", "day", None, None, "joint patrols", "carry out joint", hyp=True),
], split="dev3")

R("g0288", "2023-06-28", """Algeria rejected on Tuesday a Moroccan offer to reopen their shared border, calling it a
publicity stunt. Algiers also refused to restore diplomatic ties that it cut two years ago.""", [
 E("REJECT", None, A("Algerian government", "DZA", "government"), A("Moroccan government", "MAR", "government"),
   L("Algiers", "DZ"), "2023-06-27", "day", None, None, "rejected", "Algeria rejected"),
 E("REJECT", None, A("Algerian government", "DZA", "government"), A("Moroccan government", "MAR", "government"),
   L("Algiers", "DZ"), "2023-06-28", "day", None, None, "refused", "Algiers also refused"),
], split="dev3")

R("g0289", "2024-10-16", """China's military sent warships and fighter jets around Taiwan on Monday in large-scale
drills. Beijing warned that it would not hesitate to use force to stop Taiwanese independence.
Taipei condemned the exercises as a provocation.""", [
 E("MOBILIZE", None, A("Chinese military", "CHN", "military"), A("Taiwan", "TWN", "state"),
   L("Taiwan", "TW"), "2024-10-14", "day", None, None, "drills", "military sent warships"),
 E("THREATEN", None, A("Chinese government", "CHN", "government"), A("Taiwanese government", "TWN", "government"),
   L("Beijing", "CN"), "2024-10-16", "day", None, None, "warned", "Beijing warned", hyp=True),
 E("ACCUSE", None, A("Taiwanese government", "TWN", "government"), A("Chinese military", "CHN", "military"),
   L("Taipei", "TW"), "2024-10-16", "day", None, None, "condemned", "Taipei condemned"),
], split="dev3")

R("g0290", "2025-01-22", """Zimbabwean police arrested 14 opposition activists at a private home in Harare on Sunday,
accusing them of planning an unlawful gathering. They are due in court on Thursday.""", [
 E("COERCE", "ARRESTS", A("Zimbabwean police", "ZWE", "police"), A("opposition activists", "ZWE", "party", "ZWEOPP"),
   L("Harare", "ZW"), "2025-01-19", "day", None, None, "arrested", "Zimbabwean police arrested"),
 E("ACCUSE", None, A("Zimbabwean police", "ZWE", "police"), A("opposition activists", "ZWE", "party", "ZWEOPP"),
   L("Harare", "ZW"), "2025-01-19", "day", None, None, "accusing", "Zimbabwean police arrested"),
], split="dev3")

R("g0291", "2023-11-08", """Colombia's ELN rebels freed a kidnapped mayor on Tuesday after holding him for a month, the
government said. Bogota demanded that the group release all its remaining hostages before peace
talks resume.""", [
 E("RETREAT", None, A("ELN", "COL", "armed_group"), A("kidnapped mayor", "COL", "person", "COLGOV"),
   L("Colombia", "CO"), "2023-11-07", "day", None, None, "freed", "ELN rebels freed"),
 E("DEMAND", None, A("Colombian government", "COL", "government"), A("ELN", "COL", "armed_group"),
   L("Bogota", "CO"), "2023-11-08", "day", None, None, "demanded", "Bogota demanded"),
], split="dev3")

R("g0292", "2024-04-26", """Peru's Congress voted against a motion to remove President Dina Boluarte on Thursday.
Opposition lawmakers accused the governing coalition of shielding her from investigation.""", [
 E("REJECT", None, A("Peruvian Congress", "PER", "government", "PERLEG"), A("Peruvian opposition", "PER", "party", "PEROPP"),
   L("Lima", "PE"), "2024-04-25", "day", None, None, "voted against", "Congress voted against"),
 E("ACCUSE", None, A("Peruvian opposition lawmakers", "PER", "party", "PEROPP"), A("governing coalition", "PER", "party"),
   L("Lima", "PE"), "2024-04-26", "day", None, None, "accused", "Opposition lawmakers accused"),
], split="dev3")

R("g0293", "2025-05-20", """The foreign ministers of Armenia and Azerbaijan met in Abu Dhabi on Monday for talks on a
peace treaty. They agreed to meet again next month but failed to settle the dispute over border
crossings.""", [
 E("CONSULT", None, A("Armenian foreign minister", "ARM", "person", "ARMGOV"), A("Azerbaijani foreign minister", "AZE", "person", "AZEGOV"),
   L("Abu Dhabi", "AE"), "2025-05-19", "day", None, None, "met", "foreign ministers of Armenia"),
 E("AGREE", None, A("Armenian foreign minister", "ARM", "person", "ARMGOV"), A("Azerbaijani foreign minister", "AZE", "person", "AZEGOV"),
   L("Abu Dhabi", "AE"), "2025-05-20", "day", None, None, "agreed to meet", "agreed to meet again"),
 E("AGREE", None, A("Armenian foreign minister", "ARM", "person", "ARMGOV"), A("Azerbaijani foreign minister", "AZE", "person", "AZEGOV"),
   L("Abu Dhabi", "AE"), "2025-05-20", "day", None, None, "failed to settle", "agreed to meet again", neg=True),
], split="dev3")

R("g0294", "2023-08-17", """ECOWAS army chiefs said on Thursday that a standby force was ready to intervene in Niger
if diplomacy failed. Niger's junta warned that any foreign intervention would be met with force.""", [
 E("THREATEN", None, A("ECOWAS", None, "igo", "IGOECOWAS"), A("Nigerien junta", "NER", "military"),
   L("Abuja", "NG"), "2023-08-17", "day", None, None, "ready to intervene", "standby force was ready", hyp=True),
 E("THREATEN", None, A("Nigerien junta", "NER", "military"), A("ECOWAS", None, "igo", "IGOECOWAS"),
   L("Niamey", "NE"), "2023-08-17", "day", None, None, "warned", "junta warned", hyp=True),
], split="dev3")

R("g0295", "2024-12-04", """South Korea's president declared martial law in Seoul late on Tuesday.
Lawmakers voted hours later to lift the decree, and the president
withdrew it before dawn.""", [
 E("COERCE", "OTHER", A("South Korean president", "KOR", "person", "KORGOV"), None,
   L("Seoul", "KR"), "2024-12-03", "day", None, None, "declared martial law", "declared martial law"),
 E("REJECT", None, A("National Assembly", "KOR", "government", "KORLEG"), A("South Korean president", "KOR", "person", "KORGOV"),
   L("Seoul", "KR"), "2024-12-04", "day", None, None, "voted", "Lawmakers voted hours later"),
 E("CONCEDE", None, A("South Korean president", "KOR", "person", "KORGOV"), A("National Assembly", "KOR", "government", "KORLEG"),
   L("Seoul", "KR"), "2024-12-04", "day", None, None, "withdrew", "Lawmakers voted hours later"),
], split="dev3")

R("g0296", "2025-07-02", """Kenyan police shot dead at least eight protesters in Nairobi on Tuesday during marches
against police brutality, a rights commission said. The interior minister blamed the violence on
criminal gangs who had infiltrated the marches.""", [
 E("PROTEST", "EXCESS", A("Kenyan protesters", "KEN", "protesters"), A("Kenyan government", "KEN", "government"),
   L("Nairobi", "KE"), "2025-07-01", "day", None, None, "marches", "Kenyan police shot dead"),
 E("ASSAULT", None, A("Kenyan police", "KEN", "police"), A("Kenyan protesters", "KEN", "protesters"),
   L("Nairobi", "KE"), "2025-07-01", "day", 8, None, "shot dead", "Kenyan police shot dead",
   q=["fatalities:at_least"]),
 E("ACCUSE", None, A("Kenyan interior minister", "KEN", "person", "KENGOV"), A("criminal gangs", "KEN", "armed_group", "KENCRM"),
   L("Nairobi", "KE"), "2025-07-02", "day", None, None, "blamed", "interior minister blamed"),
], split="dev3")

R("g0297", "2023-02-23", """Moldova's president accused Russia on Monday of plotting to overthrow her government with
the help of foreign saboteurs. Moscow dismissed the claim as baseless.""", [
 E("ACCUSE", None, A("Moldovan president", "MDA", "person", "MDAGOV"), A("Russian government", "RUS", "government"),
   L("Chisinau", "MD"), "2023-02-20", "day", None, None, "accused", "president accused Russia"),
 E("REJECT", None, A("Russian government", "RUS", "government"), A("Moldovan president", "MDA", "person", "MDAGOV"),
   L("Moscow", "RU"), "2023-02-23", "day", None, None, "dismissed", "Moscow dismissed"),
], split="dev3")

R("g0298", "2024-05-15", """Lithuania closed two of its border crossings with Belarus on Tuesday, citing security risks
from migrants pushed across the frontier. Minsk called the decision a hostile act.""", [
 E("SANCTION", None, A("Lithuanian government", "LTU", "government"), A("Belarusian government", "BLR", "government"),
   L("Vilnius", "LT"), "2024-05-14", "day", None, None, "closed", "Lithuania closed"),
 E("ACCUSE", None, A("Belarusian government", "BLR", "government"), A("Lithuanian government", "LTU", "government"),
   L("Minsk", "BY"), "2024-05-15", "day", None, None, "called", "Minsk called"),
], split="dev3")

R("g0299", "2025-09-10", """Rioters set fire to a regional parliament building in Makassar on Monday night during
protests over lawmakers' allowances, and three staff members died in the blaze. Police arrested
more than 50 people.""", [
 E("PROTEST", "VIOLDEMO", A("Indonesian rioters", "IDN", "protesters"), A("Indonesian government", "IDN", "government"),
   L("Makassar", "ID"), "2025-09-08", "day", 3, None, "set fire", "Rioters set fire"),
 E("COERCE", None, A("Indonesian police", "IDN", "police"), A("Indonesian rioters", "IDN", "protesters"),
   L("Makassar", "ID"), "2025-09-10", "day", None, None, "arrested", "Police arrested"),
], split="dev3")

R("g0300", "2023-12-20", """Ghana and Ivory Coast agreed in Accra on Tuesday to share intelligence on jihadist groups
moving across their northern borders. Their armies will hold joint exercises near the border town
of Doropo in January.""", [
 E("AGREE", None, A("Ghanaian government", "GHA", "government"), A("Ivorian government", "CIV", "government"),
   L("Accra", "GH"), "2023-12-19", "day", None, None, "agreed", "Ghana and Ivory Coast agreed"),
 E("COOPERATE", None, A("Ghanaian army", "GHA", "military"), A("Ivorian army", "CIV", "military"),
   L("Doropo", "CI"), "2024-01-01", "month", None, None, "joint exercises", "hold joint exercises", hyp=True),
], split="dev3")

R("g0301", "2024-01-31", """Malian troops and Russian fighters retook the northern town of Kidal from Tuareg-led rebels
on Tuesday, the army said. The rebels said they had pulled out to spare civilians.""", [
 E("ASSAULT", "REGAIN", A("Malian army", "MLI", "military"), A("Tuareg-led rebels", "MLI", "armed_group"),
   L("Kidal", "ML"), "2024-01-30", "day", None, None, "retook", "Malian troops and Russian"),
 E("RETREAT", "TRANSFER", A("Tuareg-led rebels", "MLI", "armed_group"), A("Malian army", "MLI", "military"),
   L("Kidal", "ML"), "2024-01-30", "day", None, None, "pulled out", "had pulled out"),
], split="dev3")

R("g0302", "2025-06-25", """Rival militias fought with heavy weapons in the Libyan capital Tripoli overnight, killing at
least six people, including two civilians. The UN mission called for an immediate ceasefire.""", [
 E("ASSAULT", "CLASH", A("Libyan militia", "LBY", "armed_group"), A("Libyan militia", "LBY", "armed_group"),
   L("Tripoli", "LY"), "2025-06-24", "day", 6, None, "fought", "Rival militias fought",
   q=["fatalities:at_least"]),
 E("DEMAND", None, A("UN mission in Libya", None, "igo", "IGOUNO"), A("Libyan militias", "LBY", "armed_group"),
   L("Tripoli", "LY"), "2025-06-25", "day", None, None, "called for", "UN mission called"),
], split="dev3")

R("g0303", "2023-04-19", """Chad expelled Germany's ambassador on Friday, accusing him of disrespecting diplomatic
customs. Berlin responded by ordering Chad's envoy to leave.""", [
 E("SANCTION", None, A("Chadian government", "TCD", "government"), A("German ambassador", "DEU", "person", "DEUGOV"),
   L("N'Djamena", "TD"), "2023-04-14", "day", None, None, "expelled", "Chad expelled"),
 E("ACCUSE", None, A("Chadian government", "TCD", "government"), A("German ambassador", "DEU", "person", "DEUGOV"),
   L("N'Djamena", "TD"), "2023-04-14", "day", None, None, "accusing", "Chad expelled"),
 E("SANCTION", None, A("German government", "DEU", "government"), A("Chadian ambassador", "TCD", "person", "TCDGOV"),
   L("Berlin", "DE"), "2023-04-19", "day", None, None, "ordering", "Berlin responded"),
], split="dev3")

R("g0304", "2024-09-11", """A Venezuelan court issued an arrest warrant on Monday for opposition candidate Edmundo
Gonzalez, who has since left for Spain. Madrid said it had granted him asylum.""", [
 E("ACCUSE", None, A("Venezuelan court", "VEN", "government", "VENJUD"), A("Edmundo Gonzalez", "VEN", "person", "VENOPP"),
   L("Caracas", "VE"), "2024-09-09", "day", None, None, "issued an arrest warrant", "issued an arrest warrant"),
 E("AID", None, A("Spanish government", "ESP", "government"), A("Edmundo Gonzalez", "VEN", "person", "VENOPP"),
   L("Madrid", "ES"), "2024-09-11", "day", None, None, "granted him asylum", "Madrid said"),
], split="dev3")

R("g0305", "2025-10-08", """Indigenous groups in Ecuador blocked highways in Imbabura province for a third week on
Tuesday in a national strike against the end of diesel subsidies. The army said soldiers had
removed roadblocks and detained 12 people.""", [
 E("PROTEST", "INTERV", A("Indigenous protesters", "ECU", "protesters"), A("Ecuadorian government", "ECU", "government"),
   L("Imbabura", "EC"), "2025-10-07", "day", None, None, "blocked highways", "Indigenous groups in Ecuador"),
 E("COERCE", None, A("Ecuadorian army", "ECU", "military"), A("Indigenous protesters", "ECU", "protesters"),
   L("Imbabura", "EC"), "2025-10-08", "day", None, None, "detained", "removed roadblocks"),
], split="dev3")

R("g0306", "2023-07-12", """Turkey agreed on Monday to back Sweden's bid to join NATO after talks in Vilnius. Sweden
welcomed the decision as a big step.""", [
 E("AGREE", None, A("Turkish government", "TUR", "government"), A("Swedish government", "SWE", "government"),
   L("Vilnius", "LT"), "2023-07-10", "day", None, None, "agreed", "Turkey agreed"),
 E("CONSULT", None, A("Turkish government", "TUR", "government"), A("Swedish government", "SWE", "government"),
   L("Vilnius", "LT"), "2023-07-10", "day", None, None, "talks", "Turkey agreed"),
 E("SUPPORT", None, A("Swedish government", "SWE", "government"), A("Turkish government", "TUR", "government"),
   L("Stockholm", "SE"), "2023-07-12", "day", None, None, "welcomed", "Sweden welcomed"),
], split="dev3")

R("g0307", "2024-11-06", """Honduras threatened on Tuesday to end its extradition treaty with the United States,
accusing the US ambassador of meddling in its internal affairs.""", [
 E("THREATEN", None, A("Honduran government", "HND", "government"), A("US government", "USA", "government"),
   L("Tegucigalpa", "HN"), "2024-11-05", "day", None, None, "threatened", "Honduras threatened", hyp=True),
 E("ACCUSE", None, A("Honduran government", "HND", "government"), A("US ambassador", "USA", "person", "USAGOV"),
   L("Tegucigalpa", "HN"), "2024-11-05", "day", None, None, "accusing", "Honduras threatened"),
], split="dev3")

R("g0308", "2025-08-27", """Rwandan troops will be deployed to the Central African Republic to protect the capital
ahead of elections, the two governments said on Tuesday. Rebels of the CPC coalition said they would
treat the soldiers as enemies.""", [
 E("MOBILIZE", None, A("Rwandan army", "RWA", "military"), None,
   L("Central African Republic", "CF"), "2025-08-26", "day", None, None, "will be deployed", "Rwandan troops will be deployed", hyp=True),
 E("THREATEN", None, A("CPC rebels", "CAF", "armed_group"), A("Rwandan army", "RWA", "military"),
   L("Central African Republic", "CF"), "2025-08-27", "day", None, None, "would treat", "CPC coalition", hyp=True),
], split="dev3")

R("g0309", "2023-09-06", """A Chinese coast guard ship fired a water cannon at a Philippine supply boat near Second
Thomas Shoal on Tuesday, Manila said. The Philippines summoned China's ambassador to protest.""", [
 E("COERCE", None, A("Chinese coast guard", "CHN", "security"), A("Philippine supply boat", "PHL", "military"),
   L("Second Thomas Shoal", "PH"), "2023-09-05", "day", None, None, "fired a water cannon", "coast guard ship fired"),
 E("ACCUSE", None, A("Philippine government", "PHL", "government"), A("Chinese government", "CHN", "government"),
   L("Manila", "PH"), "2023-09-06", "day", None, None, "summoned", "summoned China's ambassador"),
], split="dev3")

R("g0310", "2024-02-21", """Senegal's Constitutional Council on Thursday overturned the president's decision to postpone
the election, ordering the vote to be held as soon as possible. The president said on Friday that
he accepted the ruling.""", [
 E("DEMAND", None, A("Senegalese Constitutional Council", "SEN", "government", "SENJUD"), A("Senegalese president", "SEN", "person", "SENGOV"),
   L("Dakar", "SN"), "2024-02-15", "day", None, None, "ordering", "Constitutional Council on Thursday"),
 E("CONCEDE", None, A("Senegalese president", "SEN", "person", "SENGOV"), A("Senegalese Constitutional Council", "SEN", "government", "SENJUD"),
   L("Dakar", "SN"), "2024-02-16", "day", None, None, "accepted", "he accepted the ruling"),
], split="dev3")

R("g0311", "2025-11-12", """The presidents of Uzbekistan and Tajikistan signed a treaty in Dushanbe on Tuesday to
demarcate the last disputed stretches of their border.""", [
 E("AGREE", None, A("Uzbek president", "UZB", "person", "UZBGOV"), A("Tajik president", "TJK", "person", "TJKGOV"),
   L("Dushanbe", "TJ"), "2025-11-11", "day", None, None, "signed a treaty", "signed a treaty"),
], split="dev3")

R("g0312", "2023-01-18", """Protesters in the southern Peruvian region of Puno blocked roads and an airport on Tuesday,
demanding the resignation of President Dina Boluarte. Police fired tear gas on Tuesday evening to
reopen the airport.""", [
 E("PROTEST", "INTERV", A("Peruvian protesters", "PER", "protesters"), A("Peruvian government", "PER", "government"),
   L("Puno", "PE"), "2023-01-17", "day", None, None, "blocked roads", "blocked roads and an airport"),
 E("COERCE", None, A("Peruvian police", "PER", "police"), A("Peruvian protesters", "PER", "protesters"),
   L("Puno", "PE"), "2023-01-17", "day", None, None, "fired tear gas", "Police fired tear gas"),
], split="dev3")

R("g0313", "2024-07-03", """Nigeria's government agreed on Tuesday to raise the minimum wage after labour unions shut
down airports and the national grid in a two-day strike last month.""", [
 E("CONCEDE", None, A("Nigerian government", "NGA", "government"), A("Nigerian labour unions", "NGA", "organization", "NGALAB"),
   L("Abuja", "NG"), "2024-07-02", "day", None, None, "agreed", "government agreed"),
 E("PROTEST", "PEACEFUL", A("Nigerian labour unions", "NGA", "protesters", "NGALAB"), A("Nigerian government", "NGA", "government"),
   L("Nigeria", "NG"), "2024-06-01", "month", None, None, "strike", "government agreed"),
], split="dev3")

R("g0314", "2025-04-30", """Bosnian Serb leader Milorad Dodik threatened in Banja Luka on Monday to pull Republika Srpska
out of the country's armed forces and judiciary. The EU's envoy in Sarajevo criticised the plan as
a breach of the peace agreement.""", [
 E("THREATEN", None, A("Milorad Dodik", "BIH", "person", "BIHGOV"), A("Bosnian government", "BIH", "government"),
   L("Banja Luka", "BA"), "2025-04-28", "day", None, None, "threatened", "Milorad Dodik threatened", hyp=True),
 E("ACCUSE", None, A("EU envoy", None, "igo", "IGOEU"), A("Milorad Dodik", "BIH", "person", "BIHGOV"),
   L("Sarajevo", "BA"), "2025-04-30", "day", None, None, "criticised", "envoy in Sarajevo criticised"),
], split="dev3")

R("g0315", "2023-05-24", """Pakistani police detained hundreds of supporters of former prime minister Imran Khan in
Lahore and Islamabad over the weekend, accusing them of attacking army buildings.""", [
 E("COERCE", "ARRESTS", A("Pakistani police", "PAK", "police"), A("PTI supporters", "PAK", "party", "PAKOPP"),
   L("Lahore", "PK"), "2023-05-20", "week", None, None, "detained", "Pakistani police detained"),
 E("ACCUSE", None, A("Pakistani police", "PAK", "police"), A("PTI supporters", "PAK", "party", "PAKOPP"),
   L("Lahore", "PK"), "2023-05-20", "week", None, None, "accusing", "Pakistani police detained"),
], split="dev3")

R("g0316", "2024-10-30", """Israel's parliament voted on Monday to ban the UN agency for Palestinian refugees from
operating on Israeli territory. The UN secretary-general urged lawmakers to reverse the decision.""", [
 E("COERCE", None, A("Knesset", "ISR", "government", "ISRLEG"), A("UNRWA", None, "igo", "IGOUNRWA"),
   L("Jerusalem", "IL"), "2024-10-28", "day", None, None, "ban", "parliament voted on Monday"),
 E("DEMAND", None, A("UN secretary-general", None, "igo", "IGOUNO"), A("Knesset", "ISR", "government", "ISRLEG"),
   L("New York", "US"), "2024-10-30", "day", None, None, "urged", "secretary-general urged"),
], split="dev3")

R("g0317", "2025-12-03", """The Dominican Republic deported more than 1,000 Haitians through the border town of Dajabon
on Monday, the migration agency said. Haiti's foreign ministry asked Santo Domingo to halt the
expulsions.""", [
 E("COERCE", None, A("Dominican government", "DOM", "government"), A("Haitian migrants", "HTI", "civilians", "HTIREF"),
   L("Dajabon", "DO"), "2025-12-01", "day", None, None, "deported", "Dominican Republic deported"),
 E("REQUEST", None, A("Haitian foreign ministry", "HTI", "government"), A("Dominican government", "DOM", "government"),
   L("Port-au-Prince", "HT"), "2025-12-03", "day", None, None, "asked", "foreign ministry asked"),
], split="dev3")

R("g0318", "2023-10-25", """Ethiopian federal forces clashed with Fano militiamen near the town of Lalibela in the
Amhara region on Monday, residents said. No casualty figures were available.""", [
 E("ASSAULT", "CLASH", A("Ethiopian army", "ETH", "military"), A("Fano militia", "ETH", "armed_group"),
   L("Lalibela", "ET"), "2023-10-23", "day", None, None, "clashed", "federal forces clashed"),
], split="dev3")

R("g0319", "2024-03-27", """Sri Lanka's navy arrested 19 Indian fishermen off the coast of Jaffna on Sunday for fishing
illegally in its waters. The chief minister of Tamil Nadu asked New Delhi to secure their
release.""", [
 E("COERCE", "ARRESTS", A("Sri Lankan navy", "LKA", "military"), A("Indian fishermen", "IND", "civilians"),
   L("Jaffna", "LK"), "2024-03-24", "day", None, None, "arrested", "navy arrested"),
 E("REQUEST", None, A("Tamil Nadu chief minister", "IND", "person", "INDGOV"), A("Indian government", "IND", "government"),
   L("Chennai", "IN"), "2024-03-27", "day", None, None, "asked", "asked New Delhi"),
], split="dev3")

R("g0320", "2025-02-05", """Panama said on Tuesday that it was leaving China's Belt and Road initiative after pressure
from Washington. Beijing expressed strong dissatisfaction with the decision.""", [
 E("SANCTION", None, A("Panamanian government", "PAN", "government"), A("Chinese government", "CHN", "government"),
   L("Panama City", "PA"), "2025-02-04", "day", None, None, "leaving", "Panama said on Tuesday"),
 E("ACCUSE", None, A("Chinese government", "CHN", "government"), A("Panamanian government", "PAN", "government"),
   L("Beijing", "CN"), "2025-02-05", "day", None, None, "expressed strong dissatisfaction", "Beijing expressed"),
], split="dev3")

R("g0321", "2024-06-05", """Insurgents linked to the Islamic State beheaded seven Christian villagers in Cabo Delgado
province on Saturday, a church group said. Rwandan troops deployed in the province said they had
killed 12 of the attackers in a counter-offensive.""", [
 E("ASSAULT", "ATTACK", A("Islamic State insurgents", "MOZ", "armed_group", "IMGREB"), A("Christian villagers", "MOZ", "civilians"),
   L("Cabo Delgado", "MZ"), "2024-06-01", "day", 7, None, "beheaded", "Insurgents linked to"),
 E("ASSAULT", "CLASH", A("Rwandan army", "RWA", "military"), A("Islamic State insurgents", "MOZ", "armed_group", "IMGREB"),
   L("Cabo Delgado", "MZ"), "2024-06-05", "day", 12, None, "killed", "Rwandan troops deployed"),
], split="dev3")

R("g0322", "2025-03-19", """Jihadist fighters have set up a base in a forest reserve near the Beninese town of Kandi,
local officials said on Tuesday. Benin's army said it would send reinforcements to the area.""", [
 E("MOBILIZE", "HQ", A("jihadist fighters", "BEN", "armed_group", "IMGREB"), None,
   L("Kandi", "BJ"), "2025-03-18", "day", None, None, "set up a base", "have set up a base"),
 E("MOBILIZE", None, A("Beninese army", "BEN", "military"), A("jihadist fighters", "BEN", "armed_group", "IMGREB"),
   L("Kandi", "BJ"), "2025-03-19", "day", None, None, "send reinforcements", "send reinforcements", hyp=True),
], split="dev3")

R("g0323", "2024-12-18", """A splinter faction of Colombia's ELN rebels announced on Tuesday that it was disbanding
and would hand over its weapons to a UN verification team in Norte de Santander.""", [
 E("RETREAT", "CHANGE", A("ELN splinter faction", "COL", "armed_group"), A("Colombian government", "COL", "government"),
   L("Norte de Santander", "CO"), "2024-12-17", "day", None, None, "disbanding", "splinter faction"),
], split="dev3")

R("g0324", "2025-01-29", """Japan's foreign minister praised the Philippines in Tokyo on Tuesday for its handling of
maritime tensions and promised six more coast guard vessels.""", [
 E("SUPPORT", None, A("Japanese foreign minister", "JPN", "person", "JPNGOV"), A("Philippine government", "PHL", "government"),
   L("Tokyo", "JP"), "2025-01-28", "day", None, None, "praised", "foreign minister praised"),
 E("AGREE", None, A("Japanese foreign minister", "JPN", "person", "JPNGOV"), A("Philippine government", "PHL", "government"),
   L("Tokyo", "JP"), "2025-01-28", "day", None, None, "promised", "foreign minister praised"),
], split="dev3")

R("g0325", "2023-03-22", """Malawi appealed for international aid on Monday after a cyclone killed more than 400
people in the south of the country. The European Union released 2 million euros in emergency
funds.""", [
 E("REQUEST", None, A("Malawian government", "MWI", "government"), None,
   L("Lilongwe", "MW"), "2023-03-20", "day", None, None, "appealed for", "Malawi appealed"),
 E("AID", None, EU, A("Malawian civilians", "MWI", "civilians"),
   L("Malawi", "MW"), "2023-03-22", "day", None, None, "released", "European Union released"),
], split="dev3")

R("g0326", "2024-07-10", """Poland and Ukraine signed a security agreement in Warsaw on Monday under which Polish forces
could shoot down Russian missiles over Ukrainian territory. Moscow warned that any such
interception would draw a response.""", [
 E("AGREE", None, A("Polish government", "POL", "government"), A("Ukrainian government", "UKR", "government"),
   L("Warsaw", "PL"), "2024-07-08", "day", None, None, "signed a security agreement", "signed a security agreement"),
 E("THREATEN", None, A("Russian government", "RUS", "government"), A("Polish government", "POL", "government"),
   L("Moscow", "RU"), "2024-07-10", "day", None, None, "warned", "Moscow warned", hyp=True),
], split="dev3")

R("g0327", "2023-11-22", """Kosovo's government refused on Monday a request from the European Union to scale back police
deployments in the Serb-majority north. Serbia's president called the police presence an
occupation.""", [
 E("REJECT", None, A("Kosovo government", "XKX", "government"), EU,
   L("Pristina", "XK"), "2023-11-20", "day", None, None, "refused", "government refused"),
 E("ACCUSE", None, A("Serbian president", "SRB", "person", "SRBGOV"), A("Kosovo government", "XKX", "government"),
   L("Belgrade", "RS"), "2023-11-22", "day", None, None, "called", "president called the police"),
], split="dev3")

R("g0328", "2025-05-14", """Opposition supporters in Abidjan said on Tuesday that they would march on the electoral
commission on Saturday unless their leader was put back on the ballot. Police said no march had
been authorised.""", [
 E("THREATEN", None, A("Ivorian opposition supporters", "CIV", "party", "CIVOPP"), A("Ivorian electoral commission", "CIV", "government"),
   L("Abidjan", "CI"), "2025-05-13", "day", None, None, "would march", "would march on the electoral", hyp=True),
], split="dev3")

R("g0329", "2024-01-17", """An Iranian missile strike hit a village in Pakistan's Balochistan province on Tuesday night,
killing two children, Islamabad said. Pakistan recalled its ambassador from Tehran on Wednesday.""", [
 E("ASSAULT", "SHELL", A("Iranian military", "IRN", "military"), A("Pakistani civilians", "PAK", "civilians"),
   L("Balochistan", "PK"), "2024-01-16", "day", 2, None, "missile strike", "Iranian missile strike"),
 E("SANCTION", None, A("Pakistani government", "PAK", "government"), A("Iranian government", "IRN", "government"),
   L("Islamabad", "PK"), "2024-01-17", "day", None, None, "recalled", "Pakistan recalled"),
], split="dev3")

R("g0330", "2025-06-11", """The US president ordered 2,000 National Guard troops to Los Angeles on Saturday to respond to
protests against immigration raids. California's governor called the deployment illegal.""", [
 E("MOBILIZE", None, A("US president", "USA", "person", "USAGOV"), None,
   L("Los Angeles", "US"), "2025-06-07", "day", None, None, "ordered", "ordered 2,000 National Guard"),
 E("ACCUSE", None, A("California governor", "USA", "person", "USAGOV"), A("US president", "USA", "person", "USAGOV"),
   L("Sacramento", "US"), "2025-06-11", "day", None, None, "called", "governor called"),
], split="dev3")
