"""Countries members come from: weights, name pools, languages and cities."""

from __future__ import annotations

from .names import _names
from .records import Country
from .regions import _DEFAULT_LINGUA_FRANCA, _REGION_LINGUA_FRANCA

# ---------------------------------------------------------------------------
# Countries: code | English name | weight | name pools | languages | cities
# Cities are listed by how many members live there; the capital is the first
# one unless it is marked with "*". An optional seventh column overrides the
# preferred second languages.
# Weights favour the countries of the real project; every country has weight
# >= 1 out of a total of about 1,200 (see the module docstring).
# ---------------------------------------------------------------------------

_COUNTRY_TABLE = """
PT | Portugal | 90 | lusophone | pt | Lisbon; Porto; Coimbra; Braga
GB | United Kingdom | 70 | anglophone:85 south_asian:5 south_asian_muslim:5 anglophone_west_africa:5 | en | London; Manchester; Glasgow; Cardiff
BR | Brazil | 70 | lusophone | pt | São Paulo; Rio de Janeiro; Brasília*; Salvador
FR | France | 50 | francophone_europe:8 arabic:1 francophone_africa:1 | fr | Paris; Marseille; Lyon; Nantes
BE | Belgium | 40 | dutch_flemish:5 francophone_europe:4 arabic:1 | nl, fr | Brussels; Antwerp; Ghent; Liège
NL | Netherlands | 40 | dutch_flemish:17 turkish:1 arabic:1 caribbean:1 | nl | Amsterdam; Rotterdam; Eindhoven; Utrecht
MZ | Mozambique | 40 | lusophone | pt | Maputo; Beira; Nampula; Ilha de Moçambique | en
CN | China | 30 | chinese | zh | Beijing; Shanghai; Shenzhen; Chengdu
ES | Spain | 25 | hispanic | es, ca | Madrid; Barcelona; Seville; Valencia
DE | Germany | 25 | german:9 turkish:1 | de | Berlin; Hamburg; Munich; Cologne
IT | Italy | 22 | italian | it | Rome; Milan; Naples; Bologna
AO | Angola | 14 | lusophone | pt | Luanda; Benguela; Huambo | en, fr
CV | Cabo Verde | 10 | lusophone | pt | Praia; Mindelo | en, fr
IE | Ireland | 10 | anglophone | en, ga | Dublin; Cork; Galway
PL | Poland | 12 | polish | pl | Warsaw; Kraków; Wrocław; Gdańsk
AT | Austria | 8 | german | de | Vienna; Graz; Linz
CH | Switzerland | 8 | german:6 francophone_europe:3 italian:1 | de, fr, it | Zürich; Geneva; Bern*; Lausanne
DK | Denmark | 7 | nordic | da | Copenhagen; Aarhus; Odense
SE | Sweden | 8 | nordic | sv | Stockholm; Gothenburg; Malmö
NO | Norway | 6 | nordic | no | Oslo; Bergen; Trondheim
FI | Finland | 6 | finnish | fi, sv | Helsinki; Tampere; Turku
IS | Iceland | 2 | icelandic | is | Reykjavík; Akureyri
CZ | Czechia | 7 | czech_slovak | cs | Prague; Brno; Ostrava
SK | Slovakia | 4 | czech_slovak | sk | Bratislava; Košice
HU | Hungary | 6 | hungarian | hu | Budapest; Debrecen; Pécs
RO | Romania | 8 | romanian | ro | Bucharest; Cluj-Napoca; Timișoara; Iași
BG | Bulgaria | 5 | balkan_east | bg | Sofia; Plovdiv; Varna
GR | Greece | 8 | greek | el | Athens; Thessaloniki; Patras
CY | Cyprus | 2 | greek | el, en | Nicosia; Limassol
MT | Malta | 2 | italian | mt, en | Valletta; Sliema | en, it
HR | Croatia | 4 | balkan_west | hr | Zagreb; Split; Rijeka
SI | Slovenia | 3 | balkan_west | sl | Ljubljana; Maribor
RS | Serbia | 5 | balkan_west | sr | Belgrade; Novi Sad; Niš
BA | Bosnia and Herzegovina | 3 | balkan_west | bs | Sarajevo; Mostar; Banja Luka
ME | Montenegro | 2 | balkan_west | sr | Podgorica; Cetinje
MK | North Macedonia | 2 | balkan_east:3 albanian:1 | mk, sq | Skopje; Bitola; Ohrid
AL | Albania | 3 | albanian | sq | Tirana; Durrës; Shkodër | en, it
LT | Lithuania | 3 | lithuanian | lt | Vilnius; Kaunas; Klaipėda
LV | Latvia | 3 | latvian | lv | Riga; Liepāja
EE | Estonia | 3 | estonian | et | Tallinn; Tartu
UA | Ukraine | 6 | slavic_east | uk, ru | Kyiv; Lviv; Odesa; Kharkiv
BY | Belarus | 2 | slavic_east | ru | Minsk; Hrodna; Vitebsk
RU | Russia | 5 | slavic_east | ru | Moscow; Saint Petersburg; Kazan; Yekaterinburg
MD | Moldova | 2 | romanian | ro, ru | Chișinău; Bălți
LU | Luxembourg | 2 | francophone_europe:1 german:1 | fr, de | Luxembourg; Esch-sur-Alzette
MC | Monaco | 1 | francophone_europe | fr | Monaco
AD | Andorra | 1 | hispanic | ca, es | Andorra la Vella
LI | Liechtenstein | 1 | german | de | Vaduz
SM | San Marino | 1 | italian | it | San Marino
TR | Türkiye | 8 | turkish | tr | Istanbul; Ankara*; İzmir
GE | Georgia | 3 | georgian | ka | Tbilisi; Batumi; Kutaisi | en, ru
AM | Armenia | 3 | armenian | hy | Yerevan; Gyumri | en, ru
AZ | Azerbaijan | 2 | azerbaijani | az | Baku; Ganja | en, ru
MA | Morocco | 7 | arabic | ar, fr | Casablanca; Rabat*; Marrakesh; Tangier
DZ | Algeria | 4 | arabic | ar, fr | Algiers; Oran; Constantine
TN | Tunisia | 4 | arabic | ar, fr | Tunis; Sfax; Sousse
LY | Libya | 1 | arabic | ar | Tripoli; Benghazi
EG | Egypt | 6 | arabic | ar | Cairo; Alexandria; Luxor
SD | Sudan | 1 | arabic | ar | Khartoum; Omdurman
JO | Jordan | 3 | arabic | ar | Amman; Irbid
LB | Lebanon | 4 | arabic | ar, fr | Beirut; Byblos; Sidon
SY | Syria | 2 | arabic | ar | Damascus; Aleppo
IQ | Iraq | 2 | arabic | ar | Baghdad; Erbil; Basra
PS | Palestine | 2 | arabic | ar | Ramallah; Bethlehem; Nablus
SA | Saudi Arabia | 2 | arabic | ar | Riyadh; Jeddah
AE | United Arab Emirates | 3 | arabic | ar, en | Dubai; Abu Dhabi*; Sharjah
QA | Qatar | 1 | arabic | ar | Doha
KW | Kuwait | 1 | arabic | ar | Kuwait City
BH | Bahrain | 1 | arabic | ar | Manama
OM | Oman | 1 | arabic | ar | Muscat
YE | Yemen | 1 | arabic | ar | Sana'a; Aden
MR | Mauritania | 1 | arabic | ar, fr | Nouakchott
KM | Comoros | 1 | arabic | fr, ar | Moroni
IL | Israel | 3 | hebrew:4 arabic:1 | he, ar | Jerusalem; Tel Aviv; Haifa
IR | Iran | 4 | persian | fa | Tehran; Isfahan; Shiraz
AF | Afghanistan | 1 | persian | fa | Kabul; Herat
GW | Guinea-Bissau | 4 | lusophone | pt | Bissau; Bafatá | fr, en
ST | São Tomé and Príncipe | 3 | lusophone | pt | São Tomé | fr, en
TL | Timor-Leste | 3 | lusophone | pt | Dili | en, id
NG | Nigeria | 9 | anglophone_west_africa | en, yo, ig, ha | Lagos; Abuja*; Ibadan; Port Harcourt
GH | Ghana | 6 | anglophone_west_africa | en | Accra; Kumasi; Tamale
KE | Kenya | 7 | east_africa | sw, en | Nairobi; Mombasa; Kisumu
UG | Uganda | 4 | east_africa | en, sw | Kampala; Entebbe; Gulu
TZ | Tanzania | 4 | east_africa | sw, en | Dar es Salaam; Dodoma*; Arusha; Zanzibar City
RW | Rwanda | 3 | east_africa | rw, fr, en | Kigali; Huye
BI | Burundi | 1 | east_africa | fr | Bujumbura; Gitega*
ZA | South Africa | 9 | southern_africa:8 anglophone:2 | en, zu | Johannesburg; Cape Town; Durban; Pretoria*
ZW | Zimbabwe | 3 | southern_africa | en | Harare; Bulawayo
ZM | Zambia | 2 | southern_africa | en | Lusaka; Ndola; Livingstone
MW | Malawi | 2 | southern_africa | en | Lilongwe; Blantyre
BW | Botswana | 2 | southern_africa | en | Gaborone; Francistown
NA | Namibia | 2 | southern_africa | en | Windhoek; Swakopmund
LS | Lesotho | 1 | southern_africa | en | Maseru
SZ | Eswatini | 1 | southern_africa | en | Mbabane; Manzini
SL | Sierra Leone | 2 | anglophone_west_africa | en | Freetown; Bo
LR | Liberia | 1 | anglophone_west_africa | en | Monrovia
GM | Gambia | 1 | francophone_africa | en | Banjul; Serekunda | fr
SN | Senegal | 7 | francophone_africa | fr | Dakar; Saint-Louis; Thiès
CI | Côte d'Ivoire | 5 | francophone_africa | fr | Abidjan; Yamoussoukro*; Bouaké
ML | Mali | 3 | francophone_africa | fr | Bamako; Ségou; Mopti
BF | Burkina Faso | 4 | francophone_africa | fr | Ouagadougou; Bobo-Dioulasso
NE | Niger | 1 | francophone_africa | fr, ha | Niamey; Zinder; Agadez
GN | Guinea | 2 | francophone_africa | fr | Conakry; Kankan
BJ | Benin | 3 | francophone_africa | fr, yo | Cotonou; Porto-Novo*; Abomey
TG | Togo | 2 | francophone_africa | fr | Lomé; Kara
CM | Cameroon | 4 | francophone_africa | fr, en | Yaoundé; Douala; Bamenda
GA | Gabon | 1 | francophone_africa | fr | Libreville; Port-Gentil
CG | Congo | 1 | francophone_africa | fr | Brazzaville; Pointe-Noire
CD | DR Congo | 4 | francophone_africa | fr, sw | Kinshasa; Lubumbashi; Goma
CF | Central African Republic | 1 | francophone_africa | fr | Bangui
TD | Chad | 1 | francophone_africa | fr, ar | N'Djamena
MG | Madagascar | 3 | malagasy | mg, fr | Antananarivo; Toamasina; Mahajanga
MU | Mauritius | 1 | south_asian:2 francophone_europe:1 | en, fr | Port Louis; Curepipe
ET | Ethiopia | 4 | horn_africa | am | Addis Ababa; Bahir Dar; Hawassa
ER | Eritrea | 1 | horn_africa | ar | Asmara
SO | Somalia | 1 | horn_africa | so, ar | Mogadishu; Hargeisa
DJ | Djibouti | 1 | horn_africa | fr, ar, so | Djibouti
JP | Japan | 7 | japanese | ja | Tokyo; Osaka; Kyoto; Fukuoka
KR | South Korea | 7 | korean | ko | Seoul; Busan; Gwangju
TW | Taiwan | 3 | chinese | zh | Taipei; Kaohsiung; Tainan
HK | Hong Kong | 3 | chinese | zh, en | Hong Kong
MO | Macao | 2 | chinese | zh, pt | Macao | pt, en
SG | Singapore | 3 | chinese:3 southeast_asian:1 south_asian:1 | en, zh, ms, ta | Singapore
MN | Mongolia | 1 | mongolian | mn | Ulaanbaatar; Erdenet | en, ru
IN | India | 14 | south_asian:6 south_asian_muslim:1 | hi, en, bn, ta, ur | New Delhi; Mumbai; Bengaluru; Kolkata
PK | Pakistan | 4 | south_asian_muslim | ur, en | Karachi; Lahore; Islamabad*
BD | Bangladesh | 4 | south_asian_muslim | bn, en | Dhaka; Chittagong; Sylhet
LK | Sri Lanka | 2 | south_asian | si, ta, en | Colombo; Kandy; Galle; Sri Jayawardenepura Kotte*
NP | Nepal | 2 | south_asian | ne, hi | Kathmandu; Pokhara
MV | Maldives | 1 | south_asian_muslim | en | Malé
ID | Indonesia | 7 | southeast_asian | id | Jakarta; Yogyakarta; Bandung; Denpasar
MY | Malaysia | 4 | southeast_asian:4 chinese:1 south_asian:1 | ms, en, zh, ta | Kuala Lumpur; George Town; Johor Bahru
BN | Brunei | 1 | southeast_asian | ms | Bandar Seri Begawan
PH | Philippines | 5 | filipino | tl, en | Manila; Quezon City; Cebu City; Davao City
TH | Thailand | 4 | thai_lao | th | Bangkok; Chiang Mai; Phuket
LA | Laos | 1 | thai_lao | th | Vientiane; Luang Prabang | fr, en
VN | Vietnam | 5 | vietnamese | vi | Hanoi; Ho Chi Minh City; Da Nang; Huế
KH | Cambodia | 2 | khmer | km | Phnom Penh; Siem Reap; Battambang | en, fr
MM | Myanmar | 2 | burmese | my | Yangon; Mandalay; Naypyidaw*
KZ | Kazakhstan | 3 | central_asian | kk, ru | Almaty; Astana*; Shymkent
UZ | Uzbekistan | 3 | central_asian | uz, ru | Tashkent; Samarkand; Bukhara
KG | Kyrgyzstan | 1 | central_asian | ru | Bishkek; Osh
TJ | Tajikistan | 1 | central_asian | ru | Dushanbe; Khujand
TM | Turkmenistan | 1 | central_asian | ru | Ashgabat
US | United States | 20 | anglophone:8 hispanic:1 | en | New York; Los Angeles; Chicago; Washington* | es, fr
CA | Canada | 10 | anglophone:3 francophone_europe:1 | en, fr | Toronto; Montréal; Vancouver; Ottawa*
MX | Mexico | 9 | hispanic | es | Mexico City; Guadalajara; Oaxaca; Monterrey
AR | Argentina | 7 | hispanic | es | Buenos Aires; Córdoba; Rosario; Mendoza
CO | Colombia | 7 | hispanic | es | Bogotá; Medellín; Cali; Cartagena
CL | Chile | 5 | hispanic | es | Santiago; Valparaíso; Concepción
PE | Peru | 4 | hispanic | es | Lima; Cusco; Arequipa
VE | Venezuela | 3 | hispanic | es | Caracas; Maracaibo; Mérida
EC | Ecuador | 3 | hispanic | es | Quito; Guayaquil; Cuenca
BO | Bolivia | 2 | hispanic | es | La Paz; Santa Cruz de la Sierra; Sucre*
PY | Paraguay | 2 | hispanic | es | Asunción; Encarnación
UY | Uruguay | 3 | hispanic | es | Montevideo; Colonia del Sacramento
CR | Costa Rica | 2 | hispanic | es | San José; Limón
PA | Panama | 2 | hispanic | es | Panama City; Colón
GT | Guatemala | 2 | hispanic | es | Guatemala City; Antigua Guatemala; Quetzaltenango
HN | Honduras | 1 | hispanic | es | Tegucigalpa; San Pedro Sula
SV | El Salvador | 1 | hispanic | es | San Salvador; Santa Ana
NI | Nicaragua | 1 | hispanic | es | Managua; León; Granada
CU | Cuba | 4 | hispanic | es | Havana; Santiago de Cuba; Camagüey
DO | Dominican Republic | 2 | hispanic | es | Santo Domingo; Santiago de los Caballeros
PR | Puerto Rico | 2 | hispanic | es, en | San Juan; Ponce
JM | Jamaica | 4 | caribbean | en | Kingston; Montego Bay
TT | Trinidad and Tobago | 3 | caribbean:3 south_asian:1 | en | Port of Spain; San Fernando
BB | Barbados | 2 | caribbean | en | Bridgetown
BS | Bahamas | 1 | caribbean | en | Nassau
LC | Saint Lucia | 1 | caribbean | en | Castries
GD | Grenada | 1 | caribbean | en | St. George's
VC | Saint Vincent and the Grenadines | 1 | caribbean | en | Kingstown
AG | Antigua and Barbuda | 1 | caribbean | en | St. John's
DM | Dominica | 1 | caribbean | en | Roseau
KN | Saint Kitts and Nevis | 1 | caribbean | en | Basseterre
GY | Guyana | 1 | caribbean:1 south_asian:1 | en | Georgetown
BZ | Belize | 1 | caribbean | en, es | Belmopan; Belize City
SR | Suriname | 1 | caribbean | nl | Paramaribo | en, es
HT | Haiti | 3 | haitian | fr | Port-au-Prince; Cap-Haïtien; Jacmel
AU | Australia | 10 | anglophone | en | Sydney; Melbourne; Canberra*; Brisbane
NZ | New Zealand | 4 | anglophone:5 pacific:1 | en | Auckland; Wellington*; Christchurch
FJ | Fiji | 2 | pacific:3 south_asian:1 | en | Suva; Nadi
PG | Papua New Guinea | 1 | pacific | en | Port Moresby; Lae
WS | Samoa | 1 | pacific | en | Apia
TO | Tonga | 1 | pacific | en | Nukuʻalofa
VU | Vanuatu | 1 | pacific | en, fr | Port Vila
SB | Solomon Islands | 1 | pacific | en | Honiara
KI | Kiribati | 1 | pacific | en | South Tarawa
FM | Micronesia | 1 | pacific | en | Palikir
MH | Marshall Islands | 1 | pacific | en | Majuro
PW | Palau | 1 | pacific | en | Ngerulmud; Koror
NR | Nauru | 1 | pacific | en | Yaren
TV | Tuvalu | 1 | pacific | en | Funafuti
"""  # noqa: E501


def _parse_countries(table: str) -> dict[str, Country]:
    countries = {}
    for line in table.strip().splitlines():
        cols = [col.strip() for col in line.split("|")]
        code, name, weight, regions, languages, cities = cols[:6]
        region_weights = []
        for item in regions.split():
            region, _, share = item.partition(":")
            region_weights.append((region, float(share or 1)))
        lingua = _names(cols[6]) if len(cols) > 6 else None
        if lingua is None:
            lingua = _REGION_LINGUA_FRANCA.get(region_weights[0][0], _DEFAULT_LINGUA_FRANCA)
        city_names = [city.strip() for city in cities.split(";")]
        capital = next((city for city in city_names if city.endswith("*")), city_names[0])
        countries[code] = Country(
            code=code,
            name=name,
            weight=float(weight),
            regions=tuple(region_weights),
            languages=_names(languages),
            cities=tuple(city.rstrip("*") for city in city_names),
            capital=capital.rstrip("*"),
            lingua_franca=tuple(lingua),
        )
    return countries


COUNTRIES: dict[str, Country] = _parse_countries(_COUNTRY_TABLE)

# Hub cities members often work "between".
_HUB_CITIES = (
    "Lisbon",
    "London",
    "Paris",
    "Brussels",
    "Berlin",
    "Amsterdam",
    "São Paulo",
    "Maputo",
    "Luanda",
    "Dakar",
    "Lagos",
    "Nairobi",
    "Johannesburg",
    "Shanghai",
    "New York",
    "Mexico City",
    "Barcelona",
    "Porto",
    "Rio de Janeiro",
    "Cairo",
    "Istanbul",
    "Marseille",
)
