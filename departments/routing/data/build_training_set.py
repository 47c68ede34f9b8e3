#!/usr/bin/env python3
# ruff: noqa: RUF001
"""Generate the router's training set: departments/routing/data/training.csv.

Run from the repository root:

    python departments/routing/data/build_training_set.py

Every text is synthetic. The templates, vocabulary, street and stop names, handles and city names
below were written by the team for this file; nothing is taken from real social media, from a
third-party collection of citizen reports or from the demo data set (listening/replay/), which
stays independent so that evaluating on the demo remains meaningful. No real people appear.

How a post is made:
  1. every language has data tables: places, transit lines, handles, scaffolding (greetings,
     closings, "since when" sentences, locations), registers of templates, and per department
     a list of ISSUES (a terse title, a subject and a predicate) and FREE whole-post templates;
  2. a post for (language, department) is either an issue put into a register template (terse
     report, web-form complaint, angry tweet, question, follow-up, sarcasm), a free template,
     or an issue plus a second, minor problem of another department (the label stays that of
     the main problem);
  3. "[a|b|c]" in any text picks one option, "{slot}" fills a place, line, time, handle, ...;
  4. the text is roughened up: abbreviations, typos, lower case, emoji, hashtags, German
     without umlauts, Spanish and Greek without accents.

One random.Random with a fixed seed drives every choice and every table is a list (no set
iteration), so the output is byte-for-byte identical on every run. Duplicates are dropped while
generating, and so are near-copies: posts that differ only in case, accents, punctuation, emoji,
hashtags or handles.
"""

from __future__ import annotations

import csv
import importlib.util
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 20240611
OUT = Path(__file__).resolve().parent / "training.csv"
DEPARTMENTS = ("traffic", "public_works", "transit", "communication")
# Posts per department for each language.
TARGETS = {"nl": 1600, "en": 1600, "de": 1600, "es": 80, "el": 80}

# How a post for a department is built: issue in a register, free template, or two problems.
KIND_WEIGHTS = {
    "traffic": {"issue": 0.55, "free": 0.32, "two": 0.13},
    "public_works": {"issue": 0.55, "free": 0.32, "two": 0.13},
    "transit": {"issue": 0.45, "free": 0.45, "two": 0.10},
    "communication": {"issue": 0.22, "free": 0.76, "two": 0.02},
}
# The share of posts that are reports in a reporting app's or web form's register (a title, a
# category, a description, an address), in the languages that have report vocabulary
# (reports_<lang>.py); the rest are built as KIND_WEIGHTS says.
REPORT_SHARE = 0.7
REGISTER_WEIGHTS = {
    "terse": 0.22,
    "formal": 0.20,
    "tweet": 0.28,
    "question": 0.10,
    "followup": 0.10,
    "sarcasm": 0.10,
}
# How rough each register gets: 0 = careful writing, 2 = a quick angry tweet.
REGISTER_NOISE = {
    "terse": 1,
    "formal": 0,
    "tweet": 2,
    "question": 1,
    "followup": 1,
    "sarcasm": 2,
    "free": 1,
}
# Which account a citizen tags ({H}): the city's own or the department's, often the wrong one.
HANDLE_MIX = {
    "traffic": {"city": 0.6, "traffic": 0.3, "transit": 0.1},
    "public_works": {"city": 0.6, "public_works": 0.35, "traffic": 0.05},
    "transit": {"transit": 0.7, "city": 0.3},
    "communication": {"city": 0.85, "transit": 0.05, "public_works": 0.05, "traffic": 0.05},
}

# --------------------------------------------------------------------------------------------
# Shared across languages
# --------------------------------------------------------------------------------------------

EMOJI_NEGATIVE = [
    "😡",
    "🙄",
    "😤",
    "🤬",
    "😩",
    "🤦‍♂️",
    "🤦‍♀️",
    "😒",
    "💩",
    "😠",
    "🤷",
    "‼️",
    "😬",
    "🥴",
    "😑",
    "😞",
    "🙃",
    "😫",
    "🤯",
    "👎",
]
EMOJI_POSITIVE = ["👍", "🙏", "😊", "👏", "❤️", "💪", "🌞", "🎉", "😍", "🥰", "✨", "💯"]
EMOJI_LAUGH = ["😂", "🤣", "😅", "😆", "😂😂", "💀"]
EMOJI_TOPIC = {
    "traffic": ["🚦", "🚗", "🚲", "🚧", "🅿️", "🚙", "🛑", "🏎️", "🛴"],
    "public_works": ["🗑️", "💡", "🌳", "🕳️", "🌊", "❄️", "🪵", "🧹", "🚮"],
    "transit": ["🚌", "🚋", "🚇", "🚆", "⏰", "🎫", "♿", "🚏", "🥵"],
    "communication": ["🎉", "📞", "🏛️", "🗳️", "🐀", "🔊", "🎶", "🐝"],
}

# --------------------------------------------------------------------------------------------
# Dutch (nl): the invented towns Lindenveen, Marwoude, Eldermeer and Hazelbroek
# --------------------------------------------------------------------------------------------

NL_PLACES = {
    "city": ["Lindenveen", "Marwoude", "Eldermeer", "Hazelbroek"],
    "street": [
        "Hoefijzerlaan",
        "Ganzenstraat",
        "Vlasmarkt",
        "Bleekerssingel",
        "Koestraat",
        "Pottenbakkerslaan",
        "Hennepweg",
        "Smidsteeg",
        "Klokkengieterstraat",
        "Hazelaarlaan",
        "Kastanjedreef",
        "Mouterijstraat",
        "Wolweversweg",
        "Koperslagersstraat",
        "Beukendreef",
        "Rietvinkstraat",
        "IJsvogellaan",
        "Merelstraat",
        "Spreeuwenlaan",
        "Ooievaarsweg",
        "Zonnebloemstraat",
        "Korenbloemlaan",
        "Klaverweg",
        "Esdoornlaan",
        "Hoogstraat",
        "Veemarktstraat",
        "Kanaalweg",
        "Spoorsingel",
        "Oude Vaart",
        "Graafschapslaan",
        "Watermolenweg",
        "Kruidenlaan",
        "Tolbrugstraat",
        "Gasthuisstraat",
        "Kuipersdreef",
        "Wagenmakersweg",
        "Looierslaan",
        "Zadelmakersstraat",
        "Ringbaan Oost",
        "Vijverlaan",
        "Heistraat",
        "Brinkweg",
        "Akkerstraat",
        "Nieuwe Vaart",
        "Boterstraat",
        "Dreef",
        "Kloosterweg",
        "Fazantenlaan",
        "Eikelstraat",
        "Schapendrift",
    ],
    "hood": [
        "Vlasakker",
        "Heidepark",
        "De Hoven",
        "Kanaalzone",
        "Oud-West",
        "Tuindorp",
        "Hazelbroek-Zuid",
        "Rozenhof",
        "Het Ven",
        "De Bleek",
        "Koekoeksbos",
        "Brinkwijk",
        "Marwoude-Noord",
        "de binnenstad",
        "Akkerwijk",
        "Spoorzone",
    ],
    "landmark": [
        "de supermarkt",
        "de basisschool",
        "het gezondheidscentrum",
        "het station",
        "de kinderboerderij",
        "het voetbalveld",
        "de snackbar",
        "de bakker",
        "de rotonde",
        "de moskee",
        "de kerk",
        "het zwembad",
        "de bieb",
        "het wijkcentrum",
        "de Action",
        "het tankstation",
        "de huisartsenpost",
        "het sportpark",
        "de kringloop",
        "de speeltuin",
    ],
    "stop": [
        "Station Lindenveen",
        "Vlasmarkt",
        "Ziekenhuis Hofzicht",
        "Hoefijzerlaan",
        "Heidepark",
        "P+R Marwoude",
        "Tuindorp",
        "Kanaalzone",
        "Universiteit",
        "Stadhuis",
        "Sportpark De Bleek",
        "Winkelcentrum De Hoven",
        "Busstation Oost",
        "Eldermeer Centrum",
        "Beukendreef",
        "Vijverlaan",
        "Koekoeksbos",
        "Brinkplein",
        "Hazelbroek Station",
        "Akkerwijk",
    ],
    "town": [
        "Marwoude",
        "Eldermeer",
        "Hazelbroek",
        "Oostveen",
        "Dalfsterwold",
        "Ruigezand",
        "Krommedijk",
        "Westerbroek",
        "Lindenveen Centraal",
        "Vennenburg",
    ],
    "bus": ["2", "4", "5", "7", "11", "12", "16", "19", "21", "26", "34", "45", "52", "63", "107"],
    "tram": ["1", "3", "6", "8", "9", "13", "14"],
    "metro": ["A", "B", "C", "51", "52"],
    "months": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "date": ["{d} {month}", "{d}-{mo}", "{d} {month}", "vorige week dinsdag", "{d}/{mo}"],
    "ticket": ["{six}", "M-{six}", "#{six}", "nr. {six}", "{six}-{mo}"],
    "time": ["{h}:{mm}", "{h}.{mm}", "{hh}:{mm}"],
    "price": ["{p},50", "{p}", "{p},-", "€{p}", "{p} euro"],
}
NL_HANDLES = {
    "city": [
        "@GemLindenveen",
        "@gemeente_marwoude",
        "@Eldermeer",
        "@HazelbroekStad",
        "@Lindenveen_nl",
        "@gemeentelindenveen",
    ],
    "traffic": ["@LindenveenVerkeer", "@Handhaving_LV", "@ParkerenMarwoude"],
    "public_works": ["@LindenveenBuiten", "@Afvalservice_MW", "@Stadsbeheer_EM"],
    "transit": [
        "@Veenlijn",
        "@VeenlijnOV",
        "@MarwoudeBus",
        "@SpoorNoord",
        "@RegioTramEM",
        "@SpoorNoord_info",
    ],
}
NL_HASHTAGS = {
    "city": ["#Lindenveen", "#Marwoude", "#Eldermeer", "#Hazelbroek", "#lindenveen"],
    "generic": [
        "#zucht",
        "#fail",
        "#gemeente",
        "#ergernis",
        "#klacht",
        "#serieus",
        "#echtniet",
        "#wtf",
        "#elkejaarweer",
        "#buurt",
    ],
    "traffic": [
        "#file",
        "#fietsen",
        "#verkeer",
        "#parkeren",
        "#fietspad",
        "#hardrijders",
        "#verkeersveiligheid",
        "#omleiding",
    ],
    "public_works": [
        "#zwerfafval",
        "#afval",
        "#straatverlichting",
        "#onderhoud",
        "#grofvuil",
        "#wateroverlast",
        "#gladheid",
        "#groen",
    ],
    "transit": [
        "#OV",
        "#vertraging",
        "#bus",
        "#tram",
        "#trein",
        "#storing",
        "#ovchipkaart",
        "#treinreis",
    ],
    "communication": [
        "#complimenten",
        "#gemeenteraad",
        "#verkiezingen",
        "#kermis",
        "#overlast",
        "#politiek",
    ],
}
NL_SCAFFOLD = {
    "greet": [
        "Goedemiddag,",
        "Goedemorgen,",
        "Goedenavond,",
        "Beste,",
        "Geachte heer/mevrouw,",
        "Hallo,",
        "Beste gemeente,",
        "Hoi,",
        "Geachte medewerker,",
        "",
        "",
    ],
    "close": [
        "Met vriendelijke groet.",
        "Mvg",
        "Groet,",
        "Alvast bedankt!",
        "Bvd.",
        "Dank u wel.",
        "Bij voorbaat dank.",
        "Groetjes",
        "",
        "",
    ],
    "since": [
        "Dit is al {days} dagen zo.",
        "Al sinds vorige week.",
        "Het is al weken zo.",
        "Sinds gisteravond.",
        "Al een maand!",
        "Dit speelt al sinds {month}.",
        "Vanochtend pas gezien.",
        "Niet voor het eerst trouwens.",
        "Al {weeks} weken.",
        "Vorige week ook al.",
        "Zo gaat het al de hele winter.",
        "",
        "",
        "",
    ],
    "since_in": [
        "sinds vorige week",
        "al een tijdje",
        "al {days} dagen",
        "sinds gisteren",
        "al weken",
        "sinds een paar dagen",
        "opnieuw",
        "sinds het weekend",
    ],
    "remark": [
        "Het is echt gevaarlijk, zeker in het donker.",
        "Er lopen hier veel kinderen langs.",
        "Graag zo snel mogelijk oplossen.",
        "Ik heb al eerder gebeld maar er is niets gebeurd.",
        "Foto's kan ik nasturen.",
        "Ik hoop dat er snel iemand naar kan kijken.",
        "Dank alvast.",
        "Er wonen hier veel ouderen.",
        "Het is erg vervelend voor de hele buurt.",
        "Volgens de buren is het al langer zo.",
        "",
        "",
    ],
    "loc": {
        "street": [
            "op de {street}",
            "in de {street}",
            "aan de {street}",
            "hoek {street}/{street2}",
            "bij {street} {num}",
            "ter hoogte van {street} {num}",
            "op de kruising {street} - {street2}",
            "in {hood}",
            "bij {landmark}",
            "bij {landmark} op de {street}",
            "voor nummer {num} op de {street}",
            "op de {street} in {hood}",
            "op de {street} richting {street2}",
            "hier in {hood}",
            "bij ons in de straat",
            "op de {street} bij de {street2}",
            "",
        ],
        "transit": [
            "bij halte {stop}",
            "bij {stop}",
            "richting {stop}",
            "op {stop}",
            "vanaf {stop}",
            "bij de halte {stop} richting {stop2}",
            "tussen {stop} en {stop2}",
            "hier bij {stop}",
            "",
        ],
    },
    "loc_front": {
        "street": [
            "Op de {street}",
            "In de {street}",
            "Op de hoek van de {street} en de {street2}",
            "Ter hoogte van {street} {num}",
            "Bij {landmark} aan de {street}",
            "Voor huisnummer {num} aan de {street}",
            "In {hood}",
            "Op de kruising van de {street} met de {street2}",
            "Aan de {street} in {hood}",
            "Bij ons in de straat",
        ],
        "transit": [
            "Bij halte {stop}",
            "Op halte {stop}",
            "Vanochtend bij {stop}",
            "Tussen {stop} en {stop2}",
            "Gisteravond bij halte {stop}",
            "Richting {stop}",
        ],
        # For a problem that already names its place, or has none (an app, a refund).
        "time": ["Vanochtend", "Gisteravond", "Vandaag", "Vanmiddag", "Alweer"],
    },
    "loc_terse": {
        "street": [
            "{street} {num}",
            "hoek {street}/{street2}",
            "{street} t.h.v. nr {num}",
            "{street}",
            "{street} ({hood})",
            "kruising {street}/{street2}",
            "{street} bij {landmark}",
            "{hood}, {street}",
            "{street} {num}, {city}",
        ],
        "transit": [
            "halte {stop}",
            "{stop}",
            "richting {stop}",
            "{stop} - {stop2}",
            "halte {stop} ({hood})",
        ],
    },
    "second": [
        "Ook {INV2}, maar dat terzijde.",
        "Oh en {C2} {L2}.",
        "En {C2} trouwens.",
        "PS: {C2} {L2}.",
        "Daarnaast {INV2}.",
        "Verder {INV2}, maar dat is minder erg.",
        "(En {C2}, maar dat is een ander verhaal.)",
        "Tweede punt: {C2}.",
        "O ja, {C2} {L2}.",
    ],
}
NL_REGISTERS = {
    "terse": [
        "{Tc} {LT}",
        "{Tc}, {LT}",
        "{LT}: {T}",
        "{Tc} {LT}!!",
        "{Tc} {LT} {E}",
        "{Tc}",
        "{Tc}. {Cc} {L}.",
        "{Tc} - {Cc} {L}. {S}",
        "{Tc} ({LT})",
        "{LT} - {T}. {S}",
        "Melding: {T} {LT}",
        "{Tc} {LT}, graag ff naar kijken",
        "{Tc}!!! {LT}",
        "{LT}. {Cc}.",
    ],
    "formal": [
        "{G} {LF} {INV}. {S} {X} {K}",
        "{G} Ik wil graag het volgende melden. {LF} {INV}. {X} {K}",
        "{LF} {INV}. {S} {X}",
        "{G} {Cc} {L}. {S} Zou u hier iemand naar willen laten kijken? {K}",
        "{G} Hierbij meld ik dat {L} het volgende aan de hand is: {C}. {X} {K}",
        "Onderwerp: {T}. {LF} {INV}. {S} {K}",
        "{G} Graag uw aandacht voor het volgende: {C} {L}. {X} {S} {K}",
        "{G} Als bewoner van {hood} wil ik melden dat er een probleem is {L}: {C}. {X} {K}",
        "{G} Ik heb dit eerder gemeld, maar {C} {L}. {S} "
        "Ik verzoek u vriendelijk hier actie op te ondernemen. {K}",
        "{G} Vanochtend zag ik dat er {L} iets mis is: {C}. {X} {K}",
        "{G} {LF} {INV}. Kunt u laten weten wanneer dit wordt opgelost? {K}",
    ],
    "tweet": [
        "{H} {C} {L} {E}",
        "{Cc} {L} {E} {TAG}",
        "{H} {Cc} {L}. {S} {E}",
        "kan iemand ff kijken? {C} {L}",
        "{H} {Cc} {L}, wanneer gaan jullie hier wat aan doen?",
        "pff {C} {L} {E}",
        "Serieus {H}, {C} {L}. {S}",
        "{Cc} {L}. Doe er eens wat aan {H} {E}",
        "{H} {LF} {INV}. {S}",
        "wtf {C} {L}",
        "{Cc} {L} en niemand die er iets aan doet {E}",
        "{H} {Cc} {L}. Kunnen jullie dit oppakken?",
        "{Cc} {L}. {X} {TAG}",
        "Ik woon hier nu {n} jaar en {C} {L}. Nooit eerder zo erg geweest {E}",
        "Elke dag hetzelfde: {C} {L} {E}",
        "{H} ff melden: {C} {L}",
        "Niet normaal meer. {Cc} {L} {E}",
        "Jongens {H}... {C} {L} {E}",
        "{Cc} {L}, echt waardeloos {E} {TAG}",
        "Man man man. {Cc} {L}",
    ],
    "question": [
        "Weet iemand wie hierover gaat? {Cc} {L}.",
        "{H} wie kan hier iets aan doen? {Cc} {L}",
        "Is dit bekend bij de gemeente? {Cc} {L}",
        "Moet ik dit bij jullie melden of bij iemand anders? {Cc} {L}.",
        "{H} gaat hier nog iets aan gebeuren? {Cc} {L}. {S}",
        "Waar kan ik dit melden? {Cc} {L}",
        "Hoe lang duurt het nog? {Cc} {L}. {S}",
        "Is dit al gemeld? {Cc} {L}",
        "{H} klopt het dat er niks aan gedaan wordt? {Cc} {L}",
        "Hebben meer mensen dit? {Cc} {L}",
        "Is hier een app voor of zo? {Cc} {L}",
    ],
    "followup": [
        "{H} nog steeds niks gebeurd. {Cc} {L}. Gemeld op {date} (melding {ticket})",
        "Update: {C} {L}, al {weeks} weken na mijn melding {E}",
        "Al {n} keer gemeld maar {C} {L}",
        "Melding {ticket} staat op 'afgehandeld' maar {C} {L}. Hoezo afgehandeld?",
        "Dag {days}: {C} {L}",
        "En alweer: {C} {L}. Vorige maand ook al gemeld.",
        "Nog steeds hè. {Cc} {L} {E}",
        "{H} jullie zouden het binnen 5 werkdagen oplossen. {Cc} {L}. {S}",
        "Ter info, mijn melding van {date}: {C} {L}. Er is niemand geweest.",
        "Nog een keer dan maar {H}: {C} {L}",
        "nog steeds {T} {LT}. {weeks} weken verder",
    ],
    "sarcasm": [
        "Goed bezig {H} 👏 {C} {L}",
        "Wat fijn hè: {C} {L}. Echt een visitekaartje voor de stad 🙃",
        "Lekker hoor, {C} {L}. Top geregeld weer.",
        "Mijn belastinggeld aan het werk: {C} {L} 🙄",
        "Nieuwe toeristische attractie {L}: {T} 📸",
        "Proficiat {city}, {C} {L}. Applaus.",
        "Gelukkig betalen we genoeg gemeentebelasting. {Cc} {L} {E}",
        "Wereldstad {city} hoor. {Cc} {L} 😂",
        "Ah, de jaarlijkse traditie {L}: {T}. Je kunt er de klok op gelijkzetten",
        "Fijn wonen in {hood}, {C} {L} 🙃",
        "Bedankt {H}! {Cc} {L}. Oh wacht, dat is al {weeks} weken zo.",
        "Kunnen we er niet gewoon een kunstwerk van maken? {Cc} {L} 🎨",
    ],
}
NL_ABBREV = [
    (r"\beven\b", ["ff", "effe", "ff"]),
    (r"\bniks\b", ["nix"]),
    (r"\bin ieder geval\b", ["iig"]),
    (r"\btrouwens\b", ["btw", "trw"]),
    (r"\bwaarom\b", ["wrm", "waarom"]),
    (r"\bgewoon\b", ["gwn"]),
    (r"\bmisschien\b", ["mss", "misch"]),
    (r"\bvan de\b", ["vd", "v.d."]),
    (r"\bmet vriendelijke groet\b", ["mvg", "m.v.g."]),
    (r"\bin plaats van\b", ["ipv"]),
    (r"\bhet\b", ["t", "'t"]),
    (r"\bminuten\b", ["min", "minuuten"]),
    (r"\bjullie\b", ["julie", "jullie"]),
    (r"\bwordt\b", ["word"]),
    (r"\bgebeurd\b", ["gebeurt"]),
    (r"\bgebeurt\b", ["gebeurd"]),
    (r"\bniet\b", ["nie", "niet"]),
    (r"\bdat\b", ["da"]),
    (r"\bwat\b", ["wa"]),
    (r"\bidem\b", ["idd"]),
    (r"\bhelemaal\b", ["hlml", "helemaal"]),
    (r"\bbedankt\b", ["thx", "dankjewel", "dank"]),
    (r"\bgemeente\b", ["gem.", "gemeente"]),
    (r"\bsowieso\b", ["sws"]),
    (r"\bnatuurlijk\b", ["natuurlijk", "tuurlijk", "natuurlük"]),
    (r"\bkapot\b", ["stuk", "kapot", "naar de knoppen"]),
]

# An issue is (terse title, subject, predicate). The predicate starts with the finite verb, so
# Dutch and German can put it first after a fronted place: "Op de X staat er al weken ...".
NL_ISSUES = {
    "traffic": [
        (
            "stoplicht defect",
            "het [stoplicht|verkeerslicht]",
            "[doet het niet meer|staat constant op rood|knippert alleen nog oranje|is helemaal "
            "uit]",
        ),
        (
            "fietslicht blijft rood",
            "het fietslicht",
            "springt nooit op groen, je staat daar minutenlang voor niks",
        ),
        (
            "voetgangerslicht te kort",
            "het voetgangerslicht",
            "staat maar een paar seconden op groen, met een rollator haal je de overkant niet",
        ),
        (
            "drukknop verkeerslicht kapot",
            "de drukknop bij het [oversteekpunt|zebrapad|fietslicht]",
            "reageert niet meer",
        ),
        ("file", "het verkeer", "staat [elke ochtend|elke middag|weer|in de spits] helemaal vast"),
        (
            "opstopping rotonde",
            "de rotonde",
            "zit [elke spits|elke ochtend|sinds de werkzaamheden] helemaal dicht",
        ),
        (
            "fout geparkeerde auto",
            "er",
            "staat [al dagen|elke avond|weer] een auto half op [de stoep|het voetpad] geparkeerd",
        ),
        (
            "auto's op fietspad",
            "er",
            "staan [weer|elke ochtend|continu] auto's op het fietspad [te laden en "
            "lossen|geparkeerd]",
        ),
        ("inrit geblokkeerd", "een onbekende auto", "staat voor mijn inrit en ik kan er niet uit"),
        (
            "weesfiets",
            "er",
            "staat al [maanden|weken|een half jaar] een fietswrak "
            "[tegen het hek|in het fietsenrek|bij de lantaarnpaal]",
        ),
        ("fietswrakken in rek", "de fietsenrekken", "staan vol met wrakken zonder wielen"),
        ("verlaten auto", "er", "staat al [weken|maanden] een auto zonder kentekenplaten"),
        (
            "caravan op parkeerplek",
            "een caravan",
            "staat al [weken|sinds de zomer] op een gewone parkeerplek",
        ),
        (
            "busjes op de stoep",
            "bestelbusjes",
            "parkeren hier [de hele dag|elke ochtend] op de stoep, "
            "met een kinderwagen kom je er niet langs",
        ),
        (
            "parkeerautomaat defect",
            "de parkeerautomaat",
            "[accepteert geen pinpas|geeft een foutmelding|is al dagen stuk] en ik krijg wel een "
            "bon",
        ),
        (
            "geen parkeerplek",
            "er",
            "is ['s avonds|na zessen] nooit een parkeerplek te vinden "
            "[sinds de nieuwbouw|door de bezoekers van het ziekenhuis]",
        ),
        (
            "verkeersbord weg",
            "het [verkeersbord|voorrangsbord|stopbord]",
            "is [omgereden|weggehaald|verdwenen] en nooit teruggeplaatst",
        ),
        (
            "bord verdraaid",
            "het bord [eenrichtingsverkeer|verboden in te rijden]",
            "is verdraaid en wijst de verkeerde kant op",
        ),
        (
            "belijning vaag",
            "de [witte strepen|haaientanden|lijnen op de weg]",
            "zijn bijna niet meer te zien[, vooral als het regent|]",
        ),
        ("zebrapad vervaagd", "het zebrapad", "is zo vervaagd dat auto's niet meer stoppen"),
        (
            "weg afgesloten",
            "de weg",
            "is [zonder aankondiging|al weken|opeens] afgesloten en er staat geen omleiding "
            "aangegeven",
        ),
        (
            "omleiding onduidelijk",
            "de omleiding",
            "[stuurt je in een rondje|is slecht aangegeven|loopt dood in een woonwijk]",
        ),
        (
            "hardrijders",
            "er",
            "wordt [elke avond|'s nachts|in het weekend] keihard gereden, echt 80 waar 30 mag",
        ),
        (
            "straatraces",
            "een groep auto's",
            "houdt [elke vrijdagnacht|in het weekend] races [met gierende banden|met knallende "
            "uitlaten]",
        ),
        (
            "scooters te hard op fietspad",
            "scooters",
            "rijden [keihard|veel te hard] over het fietspad",
        ),
        (
            "drempel nodig",
            "auto's",
            "scheuren hier langs de school, er moet echt een drempel komen",
        ),
        (
            "fietspad versperd",
            "het fietspad",
            "is [versperd door bouwhekken|geblokkeerd door een container] zonder alternatief",
        ),
        (
            "fietsstrook houdt op",
            "de fietsstrook",
            "houdt ineens op en je moet tussen de auto's invoegen",
        ),
        (
            "onveilige oversteek",
            "de oversteek",
            "is levensgevaarlijk, auto's komen met hoge snelheid de bocht om",
        ),
        (
            "te weinig fietsenrekken",
            "er",
            "zijn veel te weinig fietsenrekken, alles staat kriskras op de stoep",
        ),
        (
            "spookfietsers",
            "fietsers",
            "rijden [constant|de hele dag] aan de verkeerde kant van het fietspad",
        ),
        (
            "vrachtwagens door woonwijk",
            "vrachtwagens",
            "rijden door de woonwijk terwijl dat verboden is",
        ),
        ("bord niet zichtbaar", "het verkeersbord", "staat achter een boom en is niet te zien"),
        (
            "invalidenparkeerplaats bezet",
            "de invalidenparkeerplaats",
            "wordt [steeds|elke dag] bezet door auto's zonder kaart",
        ),
        (
            "laadpaal bezet",
            "de laadpaal",
            "wordt [steeds|de hele dag] geblokkeerd door auto's die niet laden",
        ),
        ("deelscooters op de stoep", "deelscooters", "liggen [overal|midden] op de stoep"),
        (
            "groene golf werkt niet",
            "de verkeerslichten",
            "zijn totaal niet op elkaar afgestemd, je staat bij elk licht stil",
        ),
        (
            "kruispunt onoverzichtelijk",
            "het kruispunt",
            "is onoverzichtelijk door [geparkeerde busjes|de bouwkeet|de reclamezuil]",
        ),
        (
            "gevaarlijk kruispunt",
            "er",
            "gebeurt [bijna elke week|weer] een ongeluk op dit kruispunt",
        ),
        ("geen snelheidscontrole", "er", "wordt hier echt nooit gecontroleerd op snelheid"),
        ("brommers op de stoep", "brommers", "rijden gewoon over de stoep"),
        (
            "dubbel parkeren",
            "taxi's",
            "staan [de hele dag|'s avonds] dubbel geparkeerd en blokkeren de weg",
        ),
        (
            "vergunningplekken bezet",
            "bezoekers",
            "parkeren op de vergunninghoudersplekken en er wordt niet gehandhaafd",
        ),
        (
            "borden omleiding weg",
            "de borden van de omleiding",
            "zijn [omgewaaid|weggehaald] en niemand weet meer waar je heen moet",
        ),
        (
            "matrixbord klopt niet",
            "het [matrixbord|informatiebord]",
            "geeft aan dat de brug dicht is terwijl hij gewoon open is",
        ),
        ("brug vaak open", "de brug", "staat in de spits [steeds|telkens] open, alles staat vast"),
        (
            "ouders parkeren bij school",
            "ouders",
            "parkeren elke ochtend op de stoep en op het zebrapad voor de school",
        ),
    ],
    "public_works": [
        (
            "lantaarnpaal defect",
            "de [lantaarnpaal|straatlantaarn|straatverlichting|lamp]",
            "[doet het niet|is kapot|brandt niet meer|knippert de hele avond]",
        ),
        (
            "straatverlichting uit",
            "de straatverlichting",
            "is in de hele straat uitgevallen, het is aardedonker",
        ),
        ("lamp brandt overdag", "de straatlantaarn", "brandt de hele dag, ook overdag"),
        (
            "lantaarnpaal scheef",
            "een lantaarnpaal",
            "staat scheef na een aanrijding en dreigt om te vallen",
        ),
        (
            "gat in de weg",
            "er",
            "zit een [diep|enorm|flink] gat in de weg[, er zijn al twee fietsers gevallen|]",
        ),
        ("kuilen in wegdek", "het wegdek", "ligt vol kuilen en scheuren"),
        ("gat in fietspad", "er", "zit een gat in het fietspad waar je wiel in blijft hangen"),
        ("verzakking", "de [weg|stoep]", "is verzakt, er staat telkens een grote plas"),
        (
            "losse stoeptegels",
            "er",
            "liggen losse stoeptegels [waar ik bijna over gestruikeld ben|die omhoog steken]",
        ),
        (
            "stoep omhoog door wortels",
            "[de stoep|het voetpad]",
            "wordt omhooggedrukt door boomwortels, levensgevaarlijk voor ouderen",
        ),
        (
            "container vol",
            "de [container|ondergrondse container|glasbak|papiercontainer|plasticcontainer]",
            "zit [al dagen|alweer|sinds het weekend] vol[ en de zakken staan ernaast|]",
        ),
        (
            "afval naast container",
            "er",
            "staan [weer|al dagen] vuilniszakken naast de container[ en de meeuwen trekken ze "
            "open|]",
        ),
        (
            "afval gedumpt",
            "iemand",
            "heeft [een bank|een matras|een hele lading bouwafval|een koelkast] op de stoep "
            "gedumpt",
        ),
        (
            "grofvuil op straat",
            "er",
            "ligt al [een week|dagen] grofvuil op straat, [een kast en een matras|oude stoelen]",
        ),
        (
            "zwerfafval",
            "[de berm|het grasveld|het plein|het park|het speelveldje]",
            "ligt vol [zwerfafval|blikjes en plastic|lachgascilinders en blikjes]",
        ),
        (
            "prullenbak vol",
            "de [prullenbak|vuilnisbak|vuilbak]",
            "[puilt uit|zit propvol|wordt nooit geleegd]",
        ),
        ("prullenbak kapot", "de prullenbak", "is [kapot|van de paal gerukt|in brand gestoken]"),
        (
            "afval niet opgehaald",
            "het [restafval|gft|plastic|oud papier]",
            "is [gisteren|deze week|alweer] niet opgehaald",
        ),
        (
            "graffiti",
            "de [muur|gevel|elektriciteitskast|brug|tunnel]",
            "is [helemaal|opnieuw] beklad met graffiti",
        ),
        (
            "bekladding",
            "iemand",
            "heeft [tags|graffiti|scheldwoorden] gespoten op [het monument|de kerkmuur|de "
            "schoolmuur]",
        ),
        (
            "boom omgevallen",
            "een boom",
            "is [omgewaaid|omgevallen] en ligt over de [stoep|weg|het fietspad]",
        ),
        ("tak hangt los", "een grote tak", "hangt [los|half afgebroken] boven het fietspad"),
        ("onkruid", "het onkruid", "staat [kniehoog|tot aan je knieën] tussen de stoeptegels"),
        (
            "gras niet gemaaid",
            "het gras",
            "is al [weken|maanden] niet gemaaid en staat [kniehoog|hoger dan de kinderen]",
        ),
        (
            "struiken over de stoep",
            "de struiken",
            "hangen zo ver over de stoep dat je op straat moet lopen",
        ),
        ("dode boom", "de boom", "is [dood|helemaal uitgedroogd] en kan elk moment omvallen"),
        ("putten verstopt", "de [putten|kolken|afvoerputten]", "zijn verstopt[ met bladeren|]"),
        (
            "wateroverlast",
            "de straat",
            "staat [na elke bui|weer] blank[, het water komt bijna de huizen in|]",
        ),
        (
            "stank riool",
            "het riool",
            "stinkt [verschrikkelijk|ontzettend][, vooral als het warm is|]",
        ),
        ("putdeksel los", "een putdeksel", "ligt los en klappert als er een auto overheen rijdt"),
        ("riool verstopt", "het riool", "is verstopt en borrelt omhoog bij de putten"),
        ("bankje kapot", "het bankje", "is [kapot|doormidden gebroken|beklad en kapot]"),
        (
            "speeltoestel kapot",
            "[de schommel|de glijbaan|de wip|het klimrek] in de speeltuin",
            "is kapot[, er steken schroeven uit|]",
        ),
        ("glas in speeltuin", "de speeltuin", "ligt vol glasscherven"),
        (
            "hek speeltuin kapot",
            "het hek rond [de speeltuin|het trapveldje]",
            "is kapot, kinderen kunnen zo de weg op",
        ),
        ("gladheid", "[het fietspad|de stoep|de brug]", "is spiegelglad en er is niet gestrooid"),
        ("niet gestrooid", "er", "is [weer|vanochtend] niet gestrooid op de fietspaden"),
        (
            "sneeuw niet geruimd",
            "de sneeuw",
            "is nog steeds niet geruimd, je kunt er niet door met een rolstoel",
        ),
        ("hondenpoep", "het grasveld", "ligt vol hondenpoep"),
        ("dood dier", "er", "ligt een dode [kat|vos|duif|meeuw|egel] op de stoep"),
        (
            "bladeren niet geruimd",
            "de bladeren",
            "zijn nog steeds niet geruimd en het fietspad is spekglad",
        ),
        (
            "bestrating slordig",
            "de bestrating",
            "ligt er na de werkzaamheden slordig bij, overal kuilen",
        ),
        ("paaltje omver", "een [paaltje|afzetpaal]", "is omgereden en ligt op de stoep"),
        ("fontein droog", "de fontein", "staat al [weken|de hele zomer] droog"),
        ("afval na markt", "het plein", "is na de markt één grote vuilnisbelt"),
        ("glasbak kapot", "de glasbak", "heeft een kapotte klep en overal ligt glas"),
        ("sloot vervuild", "de sloot", "zit vol [afval|winkelwagentjes|plastic] en stinkt"),
        (
            "tunnel donker",
            "de verlichting in het fietstunneltje",
            "is [al weken|weer] kapot, je ziet geen hand voor ogen",
        ),
        ("zand na werkzaamheden", "er", "ligt nog een berg zand en tegels van de werkzaamheden"),
        (
            "afvalpas werkt niet",
            "de container",
            "gaat niet open met de afvalpas, dus iedereen zet de zakken ernaast",
        ),
    ],
    "transit": [
        (
            "bus te laat",
            "bus {bus}",
            "is [weer|alweer|voor de zoveelste keer] {mins} minuten te laat",
        ),
        (
            "bus niet gekomen",
            "bus {bus} van {time}",
            "is gewoon niet gekomen[ en er werd niks omgeroepen|]",
        ),
        (
            "bus reed door",
            "de chauffeur van lijn {bus}",
            "reed [gewoon|doodleuk] door terwijl ik stond te zwaaien",
        ),
        (
            "tram rijdt niet",
            "tram {tram}",
            "rijdt [al de hele ochtend|vandaag] niet[ en niemand weet waarom|]",
        ),
        ("metro storing", "de metro", "staat [al een half uur|weer] stil in de tunnel"),
        (
            "bus overvol",
            "lijn {bus}",
            "is [elke ochtend|in de spits] zo vol dat je niet eens meer in kunt stappen",
        ),
        ("tram overvol", "de tram naar {stop}", "zit zo propvol dat de deuren niet dicht kunnen"),
        (
            "chauffeur onbeschoft",
            "de chauffeur van bus {bus}",
            "was [ontzettend onbeschoft|heel onvriendelijk|aan het bellen tijdens het rijden]",
        ),
        (
            "chauffeur rijdt te hard",
            "de buschauffeur van lijn {bus}",
            "rijdt als een gek, iedereen vliegt door de bus",
        ),
        (
            "aansluiting gemist",
            "ik",
            "heb [mijn trein|mijn aansluiting|de laatste bus] gemist omdat de [bus|tram] te laat "
            "was",
        ),
        (
            "inchecken werkt niet",
            "[mijn ov-chipkaart|mijn pinpas|de incheckpaal]",
            "[werkt niet|geeft een foutmelding|piept rood]",
        ),
        ("dubbel afgeschreven", "er", "is [twee keer|dubbel] afgeschreven voor één rit"),
        (
            "app verkeerde tijden",
            "de [app|reisplanner]",
            "geeft [verkeerde tijden|ritten die niet rijden|een bus die nooit komt]",
        ),
        (
            "reisinformatie klopt niet",
            "het scherm bij de halte",
            "zegt [al tien minuten|steeds] dat de bus eraan komt maar er komt niks",
        ),
        (
            "halte verplaatst",
            "de halte",
            "is verplaatst zonder dat er een bord staat waar hij nu is",
        ),
        ("bushokje kapot", "het [bushokje|wachthuisje]", "is [kapot|ingegooid], overal glas"),
        (
            "halte zonder abri",
            "de halte",
            "heeft geen bankje en geen overkapping, je staat gewoon in de regen",
        ),
        (
            "lift kapot",
            "de lift [op het station|naar het perron|bij de metro]",
            "is [alweer|al weken] kapot, met een rolstoel kom je er niet",
        ),
        ("roltrap stuk", "de roltrap bij {stop}", "staat [weer|al een week] stil"),
        (
            "oprijplaat geweigerd",
            "de chauffeur",
            "wilde de [oprijplaat|uitklapplank] niet uitklappen voor mijn rolstoel",
        ),
        (
            "kinderwagen geweigerd",
            "ik",
            "mocht [met de kinderwagen|met de buggy] niet instappen omdat het te vol was",
        ),
        (
            "airco kapot",
            "de airco in de [bus|tram|trein]",
            "[doet het niet|staat op de vriesstand], het is [om te stikken|ijskoud]",
        ),
        ("verwarming tram", "de verwarming in de tram", "doet het niet, het is ijskoud"),
        (
            "trein vertraagd",
            "de trein van {time} naar {town}",
            "heeft [weer|alweer] {mins} minuten vertraging",
        ),
        (
            "trein uitgevallen",
            "de [sprinter|intercity|stoptrein] naar {town}",
            "is [uitgevallen|opgeheven] en er rijdt geen vervangend vervoer",
        ),
        ("geld terug", "ik", "wil mijn geld terug want [de trein|de bus] reed gewoon niet"),
        (
            "restitutie",
            "mijn aanvraag voor geld terug bij vertraging",
            "is al [weken|een maand] in behandeling",
        ),
        (
            "dienstregeling",
            "de nieuwe dienstregeling",
            "is [een drama|een ramp], lijn {bus} rijdt nog maar één keer per uur",
        ),
        ("laatste bus te vroeg", "de laatste bus naar {stop}", "gaat al om {time}, veel te vroeg"),
        (
            "boete conducteur",
            "de conducteur",
            "[gaf me een boete terwijl de automaat kapot was|was heel onbeschoft]",
        ),
        (
            "kaartautomaat stuk",
            "de kaartautomaat bij {stop}",
            "[is stuk|neemt geen munten|accepteert alleen een pinpas]",
        ),
        (
            "vervangend vervoer",
            "het vervangend busvervoer",
            "is [slecht geregeld|nergens te vinden|een chaos]",
        ),
        ("bus te vroeg", "bus {bus}", "vertrok [2|3|4] minuten te vroeg bij {stop}"),
        ("geen omroep", "er", "wordt [niks|helemaal niks] omgeroepen bij [vertraging|storingen]"),
        ("vieze bus", "de bus", "is [smerig|vies], overal [kauwgom|afval|een plakkerige vloer]"),
        (
            "tram stopt eerder",
            "tram {tram}",
            "stopt [opeens|zonder uitleg] bij {stop} en iedereen moet eruit",
        ),
        (
            "perron vol",
            "het perron",
            "staat [helemaal vol|stampvol] omdat er [treinen|metro's] uitvallen",
        ),
        (
            "halte niet toegankelijk",
            "de halte bij {stop}",
            "is niet toegankelijk, de stoeprand is veel te laag voor de instap",
        ),
        (
            "omleiding bus",
            "bus {bus}",
            "rijdt een omleiding maar bij de halte staat niks aangegeven",
        ),
        ("vouwfiets geweigerd", "ik", "mocht mijn vouwfiets niet mee in de [tram|bus]"),
        ("geen nachtbus", "er", "rijdt [geen|nauwelijks een] nachtbus meer naar {hood}"),
        (
            "abonnement",
            "mijn abonnement",
            "is [niet verlengd|stopgezet] en ik krijg niemand aan de lijn",
        ),
        ("deuren tram", "de deuren van de tram", "gingen dicht op mijn kinderwagen"),
        ("klantenservice", "de klantenservice", "[reageert al twee weken niet|hangt steeds op]"),
        (
            "chauffeur rookt",
            "de chauffeur van bus {bus}",
            "stond te roken bij de deur terwijl wij stonden te wachten",
        ),
        (
            "trein te kort",
            "de trein van {time} naar {town}",
            "rijdt [weer|alweer] met maar twee bakken, iedereen staat",
        ),
    ],
    "communication": [
        (
            "geluidsoverlast buren",
            "de buren",
            "hebben [elke nacht|elk weekend|tot 4 uur 's nachts] harde muziek aan",
        ),
        (
            "feest in het park",
            "er",
            "is [weer|elke vrijdag] een feest in het park met veel lawaai tot laat",
        ),
        ("blaffende hond", "de hond van de buren", "blaft [de hele dag|al uren] aan één stuk"),
        (
            "hangjongeren",
            "een groep jongeren",
            "hangt [elke avond|'s nachts] rond [bij de school|op het bankje] en maakt herrie",
        ),
        (
            "ratten",
            "er",
            "lopen [ratten|muizen] rond [bij de containers|in de tuinen|in de portiek]",
        ),
        (
            "wespennest",
            "er",
            "zit een wespennest [in de muur|onder de dakgoot|in de boom voor de school]",
        ),
        ("duivenoverlast", "de duiven", "poepen [alles|het hele balkon] onder"),
        ("meeuwen", "de meeuwen", "zijn [agressief|zo brutaal] en duiken op mensen af"),
        ("eikenprocessierups", "de eikenprocessierups", "zit in de eiken bij de school"),
        ("bouwlawaai", "de bouwplaats", "begint [elke dag|zelfs op zaterdag] om 6 uur al te heien"),
        ("vuurwerk", "er", "wordt [al weken|elke avond] vuurwerk afgestoken"),
        (
            "horeca",
            "de kroeg",
            "heeft [elke nacht|tot in de late uurtjes] mensen buiten staan die schreeuwen",
        ),
        ("houtstook", "de buren", "stoken [elke avond|de hele dag] hout, de hele straat stinkt"),
        ("drugsoverlast", "er", "wordt [elke avond|op het pleintje] gedeald"),
        ("kakkerlakken", "er", "zitten kakkerlakken in de [portiek|flat|kelderboxen]"),
        (
            "airbnb overlast",
            "de toeristen in het vakantieappartement",
            "maken [elke nacht|elk weekend] herrie",
        ),
        ("bladblazers", "de bladblazers van de gemeente", "gaan [om 7 uur|op zondag] al aan"),
        (
            "muziek uit auto",
            "iemand",
            "staat elke avond met keiharde muziek in zijn auto op de parkeerplaats",
        ),
        ("muizen", "we", "hebben muizen vanuit het leegstaande pand naast ons"),
        ("ijscowagen", "de ijscowagen", "speelt om 9 uur 's avonds nog keihard zijn muziekje"),
    ],
}

NL_FREE = {
    "traffic": [
        "Al {mins} minuten vast op de {street}. Wie heeft die verkeerslichten afgesteld? {E}",
        "Elke ochtend hetzelfde liedje: file vanaf de rotonde tot aan de {street} {E} {TAG}",
        "{H} waarom staat de {street} ineens dicht? Er staat nergens een omleiding",
        "Hoe lang blijft de {street} nog afgesloten? Ik rij nu elke dag een kwartier om",
        "Weer een auto op het fietspad op de {street}. Handhaving, waar zijn jullie? {E}",
        "Kunnen jullie eens handhaven op de {street}? Elke avond staat alles vol foutparkeerders",
        "Iemand heeft hier al {weeks} weken een kapotte fiets laten staan bij {landmark}, "
        "mag die weg?",
        "Die verkeersdrempel op de {street} komt er zeker pas als er een kind is aangereden? {E}",
        "Er wordt hier 's nachts geracet alsof het een circuit is. {street}, elke vrijdag {E}",
        "Het nieuwe fietspad op de {street} is leuk, maar waarom houdt het ineens op bij de brug?",
        "Wie heeft die rotonde bij {landmark} ontworpen? Echt niemand snapt wie voorrang heeft",
        "Stoplicht {street}/{street2} staat weer op knipperen, levensgevaarlijk in de spits 🚦",
        "Bon gekregen terwijl de parkeerautomaat het niet deed. Leuk hoor {H} {E}",
        "Wanneer komen er eindelijk meer fietsenrekken bij het station? Alles staat op de stoep",
        "Vrachtwagen vast in de {street} omdat de navigatie ze door de wijk stuurt. "
        "Bord bij de ingang graag!",
        "Bewoners van {hood} kunnen hun auto nergens kwijt door al die bezoekers {TAG}",
        "{street} afgesloten, {street2} afgesloten, hoe moet ik nog naar mijn werk? {E}",
        "Die nieuwe 30 km-zone op de {street}, niemand houdt zich eraan",
        "Er staat een auto met twee wielen op de stoep voor {num}, "
        "met mijn rolstoel kom ik er niet langs",
        "Bijna een kind geschept op het zebrapad bij {landmark}, je ziet de strepen gewoon niet",
        "Mag je hier nou echt gewoon parkeren voor de uitrit van de brandweer? {street}",
        "Sinds de nieuwe verkeerssituatie op de {street} sta ik elke ochtend 20 min stil. "
        "Wie bedenkt dit?",
        "Deelscooters kriskras over de stoep op de {street}, "
        "vanochtend struikelde een oudere vrouw erover",
        "Hoe kan het dat er al drie weken een caravan op de {street} staat? "
        "Dat is toch geen camping",
        "Wanneer is de brug weer open voor auto's? Al weken omrijden {E}",
        "Motoren scheuren elke zondag met 120 door de {street}, kan daar een flitser komen?",
        "De borden zeggen 'brug dicht' maar hij is gewoon open. Iedereen rijdt voor niks om 😂",
        "Er mist een stopbord op de kruising {street}/{street2}, "
        "iedereen denkt dat hij voorrang heeft",
        "Drie rondjes rijden op zoek naar een parkeerplek in {hood}. Elke. Avond. {E}",
        "Waarom staan de stoplichten bij {landmark} 's nachts niet op knipperen? "
        "Sta daar om 2 uur te wachten op niks",
        "fietspad {street} weer vol met busjes van pakketbezorgers {E}",
        "Wie gaat er over die auto zonder kenteken die al sinds {month} op de {street} staat?",
        "Zo jammer dat de fietsstraat op de {street} door iedereen als racebaan wordt gebruikt",
        "Net weer bijna aangereden door iemand die door rood reed op de {street}. "
        "Camera ophangen aub {H}",
        "Gemeente, die 'tijdelijke' afsluiting van de {street} duurt nu {weeks} weken. "
        "Hoe tijdelijk is tijdelijk?",
        "elke dag staat die zelfde bestelbus op het fietspad bij {landmark}. "
        "ik heb een foto, jullie ook?",
        "Verkeersregelaars weg, hekken staan er nog, niemand weet waar hij heen moet. "
        "{street} is een chaos",
        "Waarom moeten fietsers bij de {street} drie keer wachten om over te steken?? 🚲",
        "Kan iemand die weesfietsen bij het station eens weghalen? Er is geen plek meer "
        "voor normale fietsen",
    ],
    "public_works": [
        "Al {weeks} weken een gat in de weg op de {street}. "
        "Moet er eerst iemand z'n nek breken? {E}",
        "Straatverlichting op de {street} al dagen uit. Ik durf er 's avonds niet meer langs {E}",
        "Wanneer wordt het grofvuil opgehaald in {hood}? Staat al een week buiten",
        "Mijn grijze container is vandaag niet geleegd, de rest van de straat wel {E} {H}",
        "De containers bij {landmark} puilen uit, alles waait over de straat",
        "Hele gevel onder de graffiti hier op de {street}, jammer voor zo'n mooie straat",
        "Boom over de weg bij {landmark} na de storm, auto's kunnen er niet langs 🌳",
        "Wie ruimt die matras op die hier al een week op de hoek ligt? {street}",
        "Het regent 10 minuten en de {street} is een zwembad. Putten verstopt? {E}",
        "Vanochtend over een losse tegel gestruikeld op de {street}, knie open {E}",
        "Speeltuin in {hood} ligt vol glas, de kinderen kunnen er niet spelen",
        "Wordt er vandaag nog gestrooid? De fietspaden zijn één grote ijsbaan ❄️",
        "Het gras in het park is zo hoog dat ik de hond niet meer terugzie 😂",
        "Bladeren liggen al weken op het fietspad, spekglad {E}",
        "De prullenbakken in het park zijn sinds het weekend niet geleegd, de meeuwen hebben feest",
        "Waarom ligt er nog steeds bouwafval op de stoep op de {street}? "
        "De werkzaamheden zijn al {weeks} weken klaar",
        "Het riool stinkt zo erg op de {street} dat we de ramen niet open kunnen doen {E}",
        "Kan iemand die dode duif voor nummer {num} weghalen? Ligt er al drie dagen",
        "Lantaarnpaal bij {landmark} knippert als een disco 🪩",
        "Het bankje in het park is al maanden kapot, ouderen kunnen nergens meer zitten",
        "Afvalpas werkt niet meer bij de container op de {street}, alles staat ernaast",
        "Kliko niet geleegd, het gft stinkt de hele straat uit {H}",
        "De takken hangen zo laag boven het fietspad dat je je hoofd stoot {E}",
        "Vorige week gemeld dat de put verstopt was, nu staat de kelder onder water. "
        "Bedankt {H} 🙃",
        "Weer graffiti op het trafohuisje. Dat heeft nog geen week schoon gestaan",
        "Om de maand ligt er weer een tegel los op de {street}. Leg het nou gewoon een keer goed",
        "Die bult in het fietspad door de boomwortels, al drie mensen gevallen deze maand",
        "Afvalbakken weggehaald in het park en nu ligt alles op de grond. Logisch. {E}",
        "Worden de afvalbakken op de markt nog geleegd of mogen de ratten het opeten?",
        "Wanneer komt de veegwagen weer eens langs in {hood}?",
        "Sneeuw al 3 dagen niet geruimd op de stoep bij {landmark}, oudjes glijden uit {E}",
        "Kunnen jullie het onkruid op het {street} eens weghalen? Het lijkt wel een jungle",
        "Hoe vaak moet ik nog bellen over die kapotte lamp op de {street}?",
        "Kapotte schommel in de speeltuin op de {street}, er steekt een bout uit. "
        "Gevaarlijk voor de kleintjes",
        "Plastic wordt pas over twee weken weer opgehaald?? Waar moet ik het laten {H}",
        "Iemand heeft een hele keuken gedumpt bij de glasbak op de {street} {E}",
        "Hier in {hood} is het 's avonds pikkedonker, halve straat zonder licht",
        "Hele straat blank na de bui van vanmiddag. Wanneer worden die kolken eens schoongemaakt?",
        "Zo, die put in de {street} is echt levensgevaarlijk voor fietsers. Ik lag er bijna in",
        "De gladheidsbestrijding sloeg onze wijk weer over, de stoep is een ijsbaan",
    ],
    "transit": [
        "{H} waar blijft bus {bus}?? Sta al {mins} minuten bij {stop} {E}",
        "Bus {bus} reed me gewoon voorbij bij {stop}. Ik stond te zwaaien 🙋 {E}",
        "Tram {tram} stond weer stil bij {stop}. Wat is er nu weer? {TAG}",
        "Ik betaal {price} per maand voor een abonnement en dan dit {E} {H}",
        "Hoezo rijdt lijn {bus} op zondag niet? Hoe kom ik dan op mijn werk?",
        "Trein van {time} naar {town} weer vertraging, aansluiting gemist. Top {H} 👏",
        "{H} kan de airco in de trein naar {town} iets minder? Het is hier de Noordpool 🥶",
        "Overvolle trein naar {town}, we staan tot in het halletje bij de wc {E} #treinreis",
        "Krijg ik mijn geld terug als de trein meer dan een half uur vertraging heeft?",
        "Waarom rijdt er geen extra tram tijdens het festival? Iedereen stond als sardientjes {E}",
        "Bus {bus} gemist omdat de tram te laat was. Volgende gaat over 30 min. Super {E}",
        "De app zegt dat bus {bus} er over 2 minuten is. Al 10 minuten lang 😂",
        "Incheckpaal bij {stop} werkt niet, krijg ik nu een boete?",
        "Vergeten uit te checken, hoe krijg ik mijn geld terug? {H}",
        "{H} jullie chauffeur reed net door rood op de {street}, lijn {bus}, om {time}",
        "Geen enkele tram richting {stop} na elf uur 's avonds? Serieus?",
        "Metro {metro} rijdt weer niet. Derde keer deze week {E}",
        "Is er een storing op lijn {tram}? Er komt al een half uur niks",
        "De lift bij {stop} is kapot, hoe moet ik met mijn rolstoel naar het perron?",
        "Met een kinderwagen in de bus is echt een drama, de chauffeur wilde niet eens wachten",
        "Waarom staat er nog steeds geen bushokje bij {stop}? Weggehaald in {month}",
        "Bus {bus} van {time} valt al drie dagen achter elkaar uit. Mijn kind komt te laat op "
        "school",
        "Vervangende bussen bij station {town}? Er staat er niet één {E}",
        "Prijzen weer omhoog bij {H}, maar de bussen rijden minder. Logisch.",
        "Waarom staat de tram in {hood} 20 minuten stil voor één fout geparkeerde auto?",
        "Dubbel ingecheckt en nu is mijn saldo leeg. Wie kan me helpen? {H}",
        "Wc in de trein naar {town} weer buiten gebruik. 2 uur reizen zonder wc {E}",
        "Wifi in de bus werkt nooit, waarom adverteren jullie ermee?",
        "Tram {tram} rijdt weer niet naar {stop} vanwege werkzaamheden, "
        "had wel even gemeld mogen worden",
        "De nachtbus naar {hood} stond niet in de app maar reed wel. Of andersom? "
        "Niemand weet het 🤷",
        "Halte {stop} niet bediend door een omleiding, nergens een bordje. "
        "20 min voor niks gestaan",
        "Mag een chauffeur weigeren te stoppen omdat hij achterloopt op schema?",
        "De conducteur in de trein naar {town} was echt onbeschoft tegen een oudere man {E}",
        "Kaartje gekocht in de app, de scanner in de tram herkent 'm niet. Nu een boete?",
        "Elke ochtend om {time} staat het perron bij {stop} stampvol. "
        "Zet eens een langere tram in {H}",
        "Nieuwe bussen zijn mooi, maar waarom zijn er maar 10 zitplaatsen?",
        "Derde keer deze maand dat de laatste trein naar {town} uitvalt. Taxi op eigen kosten {E}",
        "Lijn {bus} wordt ingekort tot {stop}? Dan moet half {hood} overstappen",
        "Hoe laat rijdt de eerste tram naar het station op zondag?",
        "Nog meer mensen last van de storing op metro {metro}?",
        "{H} de chauffeur van lijn {bus} liet een man in een rolstoel gewoon staan. Schandalig",
        "Zit al 25 minuten in een stilstaande trein voor {town}, geen enkele omroep {E}",
        "Het scherm op {stop} zegt 'rijdt niet' maar de bus komt gewoon. Wat klopt er nou wel?",
        "kan de bus niet gewoon 1 minuutje wachten als de trein net binnenkomt?? {E}",
        "Overstap in {town} gemist door 4 minuten vertraging, nu een uur wachten op het perron",
        "Waarom is de eerste klas leeg en staan we in de tweede klas als haringen {E}",
        "{H} ik heb mijn fiets meegenomen in de trein met een dagkaart en toch een boete. Hoe dan?",
        "Bus {bus} stinkt naar zweet en de ramen kunnen niet open. Airco kapot? 🥵",
        "tram {tram} ALWEER vol met toeristen, ik kom er als bewoner niet meer in",
        "Hoe vraag ik een OV-kaart aan voor mijn moeder van 80? Nergens te vinden op de site",
    ],
    "communication": [
        # compliments and thanks
        "Wat een topdag gisteren op de {street}, complimenten aan de organisatie! {EP}",
        "Dank aan de medewerker van het stadsloket die me vanochtend zo goed heeft geholpen {EP}",
        "{H} snel gerepareerd, de lamp bij ons doet het weer. Dank jullie wel! {EP}",
        "Het gat in de weg op de {street} is binnen een dag gemaakt. Chapeau {H} {EP}",
        "Complimenten voor de chauffeur van lijn {bus}, die wachtte netjes op een oude dame {EP}",
        "Wat ziet het park er mooi uit na de opknapbeurt {EP}",
        "Bedankt voor de mooie lichtshow op het stadhuis gisteravond {EP}",
        "Nou eens een compliment: de vuilnismannen in {hood} zijn altijd supervriendelijk {EP}",
        "Hulde aan de gemeente voor de nieuwe fietsenstalling bij het station {EP}",
        "Mijn paspoort was binnen een week klaar, netjes geregeld {H}",
        "Dank voor de snelle reactie op mijn melding! {EP}",
        "Eindelijk iemand bij de gemeente die gewoon de telefoon opneemt en helpt 🙏",
        "{H} jullie zijn toppers, dank voor alle hulp na de storm {EP}",
        "Wat mooi dat de bomen op de {street} zijn vervangen, de straat is er zo van opgeknapt",
        "Complimenten aan de mensen die vannacht zijn gaan strooien {EP}",
        "Bedankt dat de straat na het feest zo snel weer schoon was {EP}",
        # general questions
        "{H} hoe laat is het stadhuis open op zaterdag?",
        "Kan ik zonder afspraak mijn paspoort ophalen?",
        "{H} ik moet mijn rijbewijs verlengen maar er zijn geen afspraken vrij tot {month}, "
        "hoe kan dat?",
        "Waar kan ik een uittreksel uit de BRP aanvragen?",
        "Wanneer komt de aanslag van de gemeentelijke belastingen dit jaar?",
        "Hoe vraag ik kwijtschelding aan voor de afvalstoffenheffing?",
        "Is het gemeentehuis open op Koningsdag?",
        "Ik ben verhuisd naar de {street}, hoe geef ik mijn adreswijziging door?",
        "Waar kun je trouwen in {city}? Zijn er leuke locaties?",
        "Hoe regel ik een vergunning voor een straatfeest op de {street}?",
        "Weet iemand of de bieb vandaag open is?",
        "Wanneer is de volgende inloopavond over de plannen voor {hood}?",
        "Heeft de gemeente nog stageplekken voor mbo-studenten?",
        "Wat moet ik meenemen voor een nieuwe ID-kaart voor mijn dochter?",
        "{H} ik heb al drie keer gebeld over mijn WOZ-bezwaar, krijg niemand te pakken",
        "Tot wanneer kan ik bezwaar maken tegen de WOZ-waarde?",
        "Hoe vraag ik een gehandicaptenparkeerkaart aan? Welk formulier?",
        "Is er ergens in {city} een plek waar je gratis je belastingaangifte kan laten invullen?",
        "Kan ik bij jullie een afspraak maken voor een verklaring omtrent gedrag?",
        "Waarom krijg ik geen antwoord op mijn mail van {date}? {H}",
        "Is de milieustraat ook open op zondag? Of is dat een andere afdeling?",
        # nuisance
        "Kan iemand die buren op de {street} {num} vertellen dat het 3 uur 's nachts is? 🙄",
        "Alweer een feest tot 5 uur bij de buren. Ik moet om 7 uur werken {E}",
        "Bij wie moet je zijn voor geluidsoverlast van een evenement?",
        "{H} het festival in het park is echt veel te hard, de ramen trillen",
        "Die bouwplaats op de {street} begint weer om 6 uur met heien. Mag dat?",
        "Overlast van hangjongeren bij {landmark}, elke avond weer {E}",
        # pests
        "Er lopen ratten zo groot als katten rond bij de {street} 🐀 {H}",
        "Wie haalt een wespennest weg? Zit naast de voordeur {E}",
        "Overal duivenpoep op ons balkon, kan de gemeente iets doen aan die duiven?",
        "Muizen in de hele flat, de verhuurder doet niks. Kan de gemeente helpen?",
        "Eikenprocessierups gespot in het park bij {landmark}, pas op met de kinderen!",
        # politics
        "De raad heeft weer miljoenen uitgegeven aan een nieuw stadskantoor "
        "terwijl {hood} verloedert",
        "Wanneer stopt de wethouder met dit onzinbeleid? #gemeenteraad",
        "Stemmen is belangrijk! Woensdag zijn de gemeenteraadsverkiezingen 🗳️",
        "De burgemeester moet aftreden na dit debacle. Schandalig.",
        "Waarom heeft de raad tegen het voorstel gestemd? Ik snap er niks van",
        "Weer een nieuwe parkeerheffing bedacht door de coalitie, zakkenvullers zijn het",
        "Interessant raadsdebat gisteren over de nieuwe tramlijn. Benieuwd hoe het afloopt.",
        "Gaat de burgemeester nog reageren op de petitie over het zwembad?",
        "Wie is eigenlijk de wethouder van verkeer? Nooit iets van gehoord",
        "Lekker transparant weer, besluit over {hood} achter gesloten deuren genomen {E}",
        "Waarom gaat er wel geld naar een kunstwerk op de rotonde en niet naar de jeugd?",
        "Live vanuit de raadszaal: het debat over de begroting begint om {time}",
        # spam
        "💰 Verdien €{p}0 per dag met crypto! DM voor info 🚀🚀",
        "Volg mij en ik volg terug! #volgvoorvolg",
        "Kans op een gratis smartphone 📱 link staat in mijn profiel, snel zijn!! 🎁",
        "Goedkoop parkeren bij het vliegveld? Boek nu via onze site 🚗✈️",
        "Afvalcontainer huren voor uw verbouwing? Wij leveren morgen al! Bel nu",
        "Wij kopen uw auto, ook schadeauto's! Bel of app direct",
        "🔥🔥 Bitcoin gaat naar de maan, stap nu in 🔥🔥",
        "Bijverdienen vanuit huis, 10 minuten per dag, stuur me een DM 💸",
        "Rijlessen met 20% korting deze maand! Eerste les gratis 🚗",
        # off-topic and events
        "Mooi weer vandaag in {city} {EP}",
        "Wie gaat er vanavond naar de kermis?",
        "Heeft iemand een grijze kat gezien bij de {street}? Hij luistert naar de naam Pluis",
        "Lekker gegeten bij de nieuwe pizzeria op de {street} 🍕",
        "Wat een wedstrijd gisteren! Kampioen!! ⚽",
        "Zijn er nog mensen die vrijwilliger willen worden bij de voedselbank?",
        "Gezocht: oppas in {hood} voor woensdagmiddag",
        "Wie weet een goede loodgieter in {city}?",
        "Gevonden: sleutelbos bij {landmark}. Wie mist 'm?",
        "Schoolreisje naar het pretpark, de bus vertrekt om {time} bij school. Zin in! 🚌",
        "Wanneer gaat de kerstboom op de markt weer aan? 🎄",
        "Leuk, de lampionnenoptocht door {hood} vanavond 🏮",
        "De fietstocht van de scouting was weer geweldig 🚲",
        "Morgen rommelmarkt op de {street}, kom langs!",
        "Hoe laat begint het vuurwerk op oudejaarsavond bij het stadhuis?",
        "Iemand tips voor een leuke speeltuin voor peuters in {city}? {EP}",
        "Wat een drukte bij de IKEA vandaag, heel {city} was daar 😂",
        "Ik zag vanochtend een ijsvogel bij de {street}! Prachtig {EP}",
        "Welke bakker in {city} heeft de lekkerste oliebollen?",
        "Het lichtjesfestival in de binnenstad is echt een aanrader {EP}",
        "Zaterdag openen we de nieuwe bieb, met een optreden van het stadsorkest 🎶",
        "Weet iemand waarom de politiehelikopter al een uur boven {hood} hangt?",
    ],
}

# Replies under someone else's post, without context: they stay with the communication office.
NL_REPLIES = [
    "nog steeds",
    "idem hier",
    "bij ons ook",
    "+1",
    "dit!!",
    "haha precies",
    "echt waar?",
    "klopt",
    "zelfde hier",
    "👍",
    "😂😂😂",
    "eens",
    "ja hoor",
    "typisch {city}",
    "zucht",
    "nee toch",
    "helemaal mee eens {EP}",
    "wie niet",
    "jup",
    "ik ook",
    "ja idd",
    "hahaha",
    "dat dacht ik ook",
    "kan iemand dit bevestigen?",
    "waar is dit?",
    "bron?",
    "wat is hier gebeurd?",
    "ik snap de ophef niet",
    "tja",
    "precies dit",
    "goed zo {EP}",
    "eindelijk",
    "lol",
    "wat een onzin",
    "hoezo?",
    "mooi {EP}",
    "dankjewel!",
    "fijne feestdagen iedereen {EP}",
    "goedemorgen {city} {EP}",
]

# --------------------------------------------------------------------------------------------
# English (en): the invented Kelbridge, Ashworth and Millford (UK and US spelling), plus expats
# writing in English about the Dutch towns above
# --------------------------------------------------------------------------------------------

EN_PLACES = {
    "city": ["Kelbridge", "Ashworth", "Millford", "Lindenveen", "Kelbridge", "Ashworth"],
    "street": [
        "Harcourt Road",
        "Mill Lane",
        "Elm Avenue",
        "Station Road",
        "Kingsley Street",
        "Orchard Way",
        "Bramble Close",
        "Foundry Lane",
        "Weaver Street",
        "Hollis Road",
        "Larch Crescent",
        "Maple Avenue",
        "Pine Street",
        "Cedar Drive",
        "Lakeshore Boulevard",
        "Ashgrove Road",
        "Linden Street",
        "Chapel Walk",
        "Quarry Hill",
        "Tannery Row",
        "Market Street",
        "Canal Street",
        "Victoria Terrace",
        "Beacon Hill Road",
        "Willow Lane",
        "Fernbank Road",
        "Sycamore Drive",
        "3rd Street",
        "Oak Street",
        "Riverside Drive",
        "Meadow View",
        "Pennywell Road",
        "Cooper Street",
        "Barley Close",
        "Hatfield Avenue",
        "Glebe Road",
        "Northgate",
        "Carver St",
        "Wharf Road",
        "Bell Lane",
        "Kestrel Way",
        "W 14th Street",
        "Franklin Ave",
        "Union Street",
        "Hawthorn Grove",
        "Ganzenstraat",
        "Hoefijzerlaan",
        "Vlasmarkt",
        "Kanaalweg",
    ],
    "hood": [
        "Ashfield",
        "Millbrook",
        "Eastside",
        "Old Town",
        "Riverside",
        "Kelbridge Park",
        "the Heights",
        "Southbank",
        "Northgate",
        "Hill End",
        "the estate",
        "Westfield",
        "Tuindorp",
        "the city centre",
        "downtown",
        "Midtown",
    ],
    "landmark": [
        "the library",
        "the primary school",
        "the leisure centre",
        "the corner shop",
        "the post office",
        "the GP surgery",
        "the hospital",
        "the park gates",
        "the train station",
        "the rec",
        "the high school",
        "the church",
        "the chippy",
        "the big Tesco",
        "the community centre",
        "the playground",
        "the petrol station",
        "the gas station",
        "the mosque",
        "the retail park",
    ],
    "stop": [
        "Kelbridge Central",
        "Market Square",
        "Harcourt Road",
        "Millbrook Interchange",
        "General Hospital",
        "University",
        "Ashfield Park & Ride",
        "Riverside",
        "Old Town",
        "Northgate Bus Station",
        "Elm Avenue",
        "Civic Centre",
        "Westfield Mall",
        "Kelbridge Parkway",
        "Beacon Hill",
        "Canal Street",
        "Airport",
        "Station Lindenveen",
        "Union Square",
        "Stadium",
    ],
    "town": [
        "Ashworth",
        "Millford",
        "Kelbridge",
        "Port Selby",
        "Hollingbrook",
        "Easton Parva",
        "Carrow Junction",
        "Whitmere",
        "Brackley Cross",
        "Marwoude",
    ],
    "bus": ["7", "11", "12A", "15", "22", "36", "38", "42", "57", "63", "X4", "X90", "104", "N9"],
    "tram": ["1", "2", "3", "5", "9"],
    "metro": ["Red Line", "Blue Line", "Green Line", "Circle line", "Northern branch"],
    "months": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "date": ["{d} {month}", "{month} {d}", "{d}/{mo}", "last Tuesday", "last week"],
    "ticket": ["{six}", "#{six}", "ref {six}", "case {six}", "FMS{six}"],
    "time": ["{h}:{mm}", "{hh}:{mm}", "{h12}:{mm}{ampm}", "{h12}.{mm}"],
    "price": ["£{p}", "${p}", "£{p}.50", "€{p}", "{p} quid"],
}
EN_HANDLES = {
    "city": [
        "@KelbridgeCC",
        "@AshworthCouncil",
        "@MillfordCity",
        "@KelbridgeCouncil",
        "@CityofMillford",
        "@GemLindenveen",
    ],
    "traffic": ["@KelbridgeRoads", "@AshworthParking", "@MillfordDOT", "@KelbridgeHighways"],
    "public_works": ["@KelbridgeStreets", "@AshworthBins", "@Millford311", "@KelbridgeWaste"],
    "transit": [
        "@KelbridgeBuses",
        "@KB_Trams",
        "@AshworthTransit",
        "@NorthernLinkRail",
        "@KelMetroHelp",
        "@MillfordMTA",
        "@Veenlijn",
    ],
}
EN_HASHTAGS = {
    "city": ["#Kelbridge", "#Ashworth", "#Millford", "#kelbridge"],
    "generic": [
        "#fail",
        "#ridiculous",
        "#sortitout",
        "#joke",
        "#smh",
        "#councilfail",
        "#notgoodenough",
        "#fixit",
        "#everysingleday",
    ],
    "traffic": [
        "#traffic",
        "#cycling",
        "#parking",
        "#roadsafety",
        "#gridlock",
        "#bikelane",
        "#speeding",
    ],
    "public_works": [
        "#potholes",
        "#flytipping",
        "#litter",
        "#streetlights",
        "#bins",
        "#flooding",
        "#potholeseason",
    ],
    "transit": [
        "#buses",
        "#trams",
        "#commute",
        "#delays",
        "#publictransport",
        "#trainfail",
        "#commuterlife",
    ],
    "communication": [
        "#thankyou",
        "#localelections",
        "#council",
        "#community",
        "#noise",
        "#politics",
    ],
}
EN_SCAFFOLD = {
    "greet": [
        "Hi,",
        "Hello,",
        "Dear Sir/Madam,",
        "Good morning,",
        "Good afternoon,",
        "To whom it may concern,",
        "Hi there,",
        "",
        "",
    ],
    "close": [
        "Thanks.",
        "Many thanks.",
        "Kind regards.",
        "Regards,",
        "Thank you.",
        "Thanks in advance.",
        "Cheers",
        "",
        "",
    ],
    "since": [
        "It's been like this for {days} days.",
        "Since last week.",
        "This has been going on for weeks.",
        "Since last night.",
        "Over a month now!",
        "Been like this since {month}.",
        "Only noticed it this morning.",
        "Not the first time either.",
        "{weeks} weeks now.",
        "Same last week.",
        "It's been like this all winter.",
        "",
        "",
        "",
    ],
    "since_in": [],
    "remark": [
        "It's really dangerous, especially after dark.",
        "Lots of kids walk past here.",
        "Please sort this out asap.",
        "I've phoned before and nothing happened.",
        "I can send photos if needed.",
        "Hope someone can take a look soon.",
        "Thanks in advance.",
        "A lot of elderly people live here.",
        "It's a real nuisance for the whole street.",
        "Neighbours say it's been like this for a while.",
        "Someone is going to get hurt.",
        "",
        "",
    ],
    "loc": {
        "street": [
            "on {street}",
            "in {street}",
            "at the junction of {street} and {street2}",
            "outside {num} {street}",
            "near {landmark}",
            "on the corner of {street} and {street2}",
            "in {hood}",
            "by {landmark} on {street}",
            "on {street} near {landmark}",
            "on {street} in {hood}",
            "round here in {hood}",
            "on our street",
            "at {street}/{street2}",
            "opposite {num} {street}",
            "on {street} heading towards {street2}",
            "",
        ],
        "transit": [
            "at {stop}",
            "at the {stop} stop",
            "towards {stop}",
            "from {stop}",
            "at {stop} heading to {stop2}",
            "between {stop} and {stop2}",
            "here at {stop}",
            "on the way to {stop}",
            "",
        ],
    },
    "loc_front": {
        "street": [
            "On {street},",
            "At the junction of {street} and {street2},",
            "Outside {num} {street},",
            "Near {landmark} on {street},",
            "In {hood},",
            "On the corner of {street} and {street2},",
            "On our street ({street}),",
        ],
        "transit": [
            "At {stop},",
            "At the {stop} stop,",
            "This morning at {stop},",
            "Between {stop} and {stop2},",
            "Last night at {stop},",
        ],
        "time": ["This morning,", "Last night,", "Today,", "Again,", "This afternoon,"],
    },
    "loc_terse": {
        "street": [
            "{street}",
            "{num} {street}",
            "{street}/{street2}",
            "{street} jct {street2}",
            "{street} ({hood})",
            "{street} nr {landmark}",
            "outside {num} {street}",
            "{street}, {hood}",
            "{street} & {street2}",
        ],
        "transit": [
            "{stop}",
            "{stop} stop",
            "towards {stop}",
            "{stop} - {stop2}",
            "{stop} ({hood})",
        ],
    },
    "second": [
        "Also {C2}, but that's another story.",
        "Oh and {C2} {L2}.",
        "And {C2} while we're at it.",
        "PS {C2} {L2}.",
        "On top of that {C2}.",
        "Also {C2}, less urgent though.",
        "(And {C2}, but one thing at a time.)",
        "Second thing: {C2}.",
        "Btw {C2} {L2} too.",
    ],
}
EN_REGISTERS = {
    "terse": [
        "{Tc} {LT}",
        "{Tc}, {LT}",
        "{LT}: {T}",
        "{Tc} {LT}!!",
        "{Tc} {LT} {E}",
        "{Tc}",
        "{Tc}. {Cc} {L}.",
        "{Tc} - {Cc} {L}. {S}",
        "{Tc} ({LT})",
        "{LT} - {T}. {S}",
        "Report: {T} {LT}",
        "{Tc} {LT}, pls check",
        "{Tc}!!! {LT}",
        "{LT}. {Cc}.",
    ],
    "formal": [
        "{G} {LF} {C}. {S} {X} {K}",
        "{G} I would like to report the following. {LF} {C}. {X} {K}",
        "{LF} {C}. {S} {X}",
        "{G} {Cc} {L}. {S} Could someone please take a look? {K}",
        "{G} I am writing to report that {C} {L}. {X} {K}",
        "Subject: {T}. {LF} {C}. {S} {K}",
        "{G} I wish to bring the following to your attention: {C} {L}. {X} {S} {K}",
        "{G} As a resident of {hood} I want to report a problem {L}: {C}. {X} {K}",
        "{G} I have reported this before, but {C} {L}. {S} "
        "I would be grateful if this could be dealt with. {K}",
        "{G} This morning I noticed that {C} {L}. {X} {K}",
        "{G} {LF} {C}. Please could you let me know when this will be fixed? {K}",
    ],
    "tweet": [
        "{H} {C} {L} {E}",
        "{Cc} {L} {E} {TAG}",
        "{H} {Cc} {L}. {S} {E}",
        "can someone look at this? {C} {L}",
        "{H} {Cc} {L}, when are you going to sort it?",
        "ugh {C} {L} {E}",
        "Seriously {H}, {C} {L}. {S}",
        "{Cc} {L}. Do something {H} {E}",
        "{H} {LF} {C}. {S}",
        "wtf {C} {L}",
        "{Cc} {L} and nobody does anything {E}",
        "{H} {Cc} {L}. Can you pick this up?",
        "{Cc} {L}. {X} {TAG}",
        "Lived here {n} years and {C} {L}. Never been this bad {E}",
        "Every single day: {C} {L} {E}",
        "{H} just flagging: {C} {L}",
        "Unreal. {Cc} {L} {E}",
        "Come on {H}... {C} {L} {E}",
        "{Cc} {L}, absolute joke {E} {TAG}",
        "Honestly. {Cc} {L}",
    ],
    "question": [
        "Anyone know who deals with this? {Cc} {L}.",
        "{H} who can fix this? {Cc} {L}",
        "Is the council aware? {Cc} {L}",
        "Do I report this to you or someone else? {Cc} {L}.",
        "{H} is anything going to be done about this? {Cc} {L}. {S}",
        "Where do I report this? {Cc} {L}",
        "How much longer? {Cc} {L}. {S}",
        "Has this been reported? {Cc} {L}",
        "{H} is it true nothing will be done? {Cc} {L}",
        "Anyone else seeing this? {Cc} {L}",
        "Is there an app for reporting this? {Cc} {L}",
    ],
    "followup": [
        "{H} still nothing done. {Cc} {L}. Reported on {date} (ref {ticket})",
        "Update: {C} {L}, {weeks} weeks after my report {E}",
        "Reported {n} times and {C} {L}",
        "Report {ticket} marked as 'resolved' but {C} {L}. Resolved how?",
        "Day {days}: {C} {L}",
        "And again: {C} {L}. Reported last month too.",
        "Still. {Cc} {L} {E}",
        "{H} you said 5 working days. {Cc} {L}. {S}",
        "FYI my report from {date}: {C} {L}. Nobody has been out.",
        "One more time then {H}: {C} {L}",
        "still {T} {LT}. {weeks} weeks later",
        "Still waiting on this one {H}. {Cc} {L}",
    ],
    "sarcasm": [
        "Great job {H} 👏 {C} {L}",
        "Love it: {C} {L}. Really shows off the city 🙃",
        "Brilliant, {C} {L}. Well done everyone.",
        "My council tax at work: {C} {L} 🙄",
        "New tourist attraction {L}: {T} 📸",
        "Congrats {city}, {C} {L}. Round of applause.",
        "Good thing we pay so much council tax. {Cc} {L} {E}",
        "World class city {city}. {Cc} {L} 😂",
        "Ah, the annual tradition {L}: {T}. You could set your watch by it",
        "Lovely living in {hood}, {C} {L} 🙃",
        "Thanks {H}! {Cc} {L}. Oh wait, it's been like that for {weeks} weeks.",
        "Can we just call it public art? {Cc} {L} 🎨",
        "10/10 would recommend. {Cc} {L}",
    ],
}
EN_ABBREV = [
    (r"\byou\b", ["u", "ya", "u"]),
    (r"\bare\b", ["r"]),
    (r"\bplease\b", ["pls", "plz", "pls"]),
    (r"\bbecause\b", ["bc", "cuz", "coz"]),
    (r"\bright now\b", ["rn"]),
    (r"\bpeople\b", ["ppl"]),
    (r"\bwith\b", ["w/"]),
    (r"\bthanks\b", ["thx", "ty", "cheers"]),
    (r"\bminutes\b", ["mins", "min"]),
    (r"\bdon't\b", ["dont"]),
    (r"\bcan't\b", ["cant"]),
    (r"\bit's\b", ["its"]),
    (r"\bdoesn't\b", ["doesnt"]),
    (r"\bisn't\b", ["isnt"]),
    (r"\bthere's\b", ["theres"]),
    (r"\bI'm\b", ["im", "Im"]),
    (r"\byour\b", ["ur", "you're"]),
    (r"\bsomeone\b", ["some1", "sb"]),
    (r"\bseriously\b", ["srsly", "seriously??"]),
    (r"\bbefore\b", ["b4"]),
    (r"\bgoing to\b", ["gonna"]),
    (r"\bwant to\b", ["wanna"]),
    (r"\bthe\b", ["teh", "the"]),
    (r"\bfor\b", ["4", "for"]),
    (r"\btomorrow\b", ["tmrw", "tomoz"]),
    (r"\bbtw\b", ["by the way"]),
    (r"\bhonestly\b", ["tbh", "ngl"]),
]

EN_ISSUES = {
    "traffic": [
        (
            "traffic lights not working",
            "the traffic lights",
            "[are out|are stuck on red|keep flashing amber|have been out since this morning]",
        ),
        (
            "pedestrian crossing faulty",
            "the [pedestrian crossing|crosswalk signal|green man]",
            "[isn't working|doesn't beep anymore|only gives you about 4 seconds]",
        ),
        (
            "congestion",
            "traffic",
            "is [backed up|gridlocked|at a standstill] [every morning|again|all the way to the "
            "roundabout]",
        ),
        (
            "roundabout gridlock",
            "the roundabout",
            "is [completely blocked|a nightmare] every rush hour since the new lights went in",
        ),
        (
            "car parked on pavement",
            "a [car|van|pickup truck]",
            "has been parked [half on the pavement|on the sidewalk|across the dropped kerb] for "
            "[days|a week]",
        ),
        (
            "cars in bike lane",
            "cars",
            "keep parking in the [bike lane|cycle lane] [every morning|outside the school]",
        ),
        ("blocked driveway", "someone", "has parked across my driveway and I can't get out"),
        (
            "abandoned vehicle",
            "an abandoned [car|van]",
            "has been sitting here for [weeks|months] with [flat tyres|no plates|a smashed window]",
        ),
        (
            "abandoned bike",
            "a [bike|bicycle] with no wheels",
            "has been locked to the railings for [months|ages]",
        ),
        (
            "derelict vehicle",
            "a derelict car with expired tags",
            "has been parked on the street for [over a month|weeks]",
        ),
        (
            "parking meter broken",
            "the parking [meter|machine|pay station]",
            "[is broken|won't take cards|is out of order] and wardens are still giving out tickets",
        ),
        (
            "disabled bay misuse",
            "the disabled bay",
            "is [constantly|always] used by cars without a blue badge",
        ),
        (
            "road sign missing",
            "the [stop sign|give way sign|one way sign|speed limit sign]",
            "has been [knocked down|removed|turned the wrong way]",
        ),
        (
            "road markings worn",
            "the road markings",
            "have [worn away|faded completely] and nobody knows which lane is which",
        ),
        (
            "zebra crossing faded",
            "the [zebra crossing|crosswalk]",
            "is so faded drivers don't stop anymore",
        ),
        (
            "road closed, no diversion",
            "the road",
            "has been closed [without notice|for weeks] and there's no diversion signposted",
        ),
        (
            "diversion signs confusing",
            "the diversion signs",
            "[send you round in circles|just stop halfway|point into a dead end]",
        ),
        ("speeding", "drivers", "[race|speed] down here at 50+ in a 20 zone [every night|all day]"),
        (
            "street racing",
            "boy racers",
            "are [doing donuts|racing] in the retail park car park every weekend",
        ),
        (
            "speed bumps needed",
            "cars",
            "fly past the school every morning and we really need speed bumps",
        ),
        (
            "cycle lane blocked",
            "the cycle lane",
            "is blocked by [roadworks barriers|a skip|parked delivery vans] with no alternative",
        ),
        ("bike lane ends abruptly", "the bike lane", "just ends and dumps you into traffic"),
        (
            "dangerous junction",
            "the junction",
            "is [an accident waiting to happen|so dangerous], you can't see round the parked vans",
        ),
        (
            "lorries in residential street",
            "[lorries|trucks|HGVs]",
            "are using our residential street as a shortcut",
        ),
        ("box junction blocked", "drivers", "block the yellow box junction every single evening"),
        (
            "not enough bike racks",
            "there",
            "are nowhere near enough bike racks, bikes are locked to every lamp post",
        ),
        ("e-scooters dumped", "rental e-scooters", "are [dumped|lying] across the pavement again"),
        ("double parking", "delivery vans", "double park here all day and block the whole street"),
        ("lights badly timed", "the lights", "are so badly timed you stop at every single one"),
        (
            "filter arrow too short",
            "the [left|right] turn arrow",
            "only lets two cars through per cycle",
        ),
        (
            "permit bays misused",
            "non-residents",
            "park in the resident permit bays and nobody ever enforces it",
        ),
        (
            "car on cycle path",
            "a car",
            "is parked right on the cycle path, cyclists have to swerve into the road",
        ),
        ("mopeds on pavement", "mopeds", "ride on the pavement like it's a road"),
        ("no speed enforcement", "nobody", "ever enforces the speed limit here"),
        (
            "bridge closed to traffic",
            "the bridge",
            "has been closed to traffic for weeks and the detour adds 20 minutes",
        ),
        (
            "caravan parked long term",
            "a caravan",
            "has been parked on the street for months taking up two spaces",
        ),
        ("red light runners", "drivers", "run the red light at this crossing every morning"),
        ("bike signal never green", "the bike signal", "never turns green unless a car comes"),
        (
            "speed sign hidden",
            "the speed limit sign",
            "is completely hidden behind an overgrown tree",
        ),
        ("parking by hydrant", "cars", "park in front of the fire hydrant every day"),
        ("school run parking", "parents", "park on the zigzags outside the school every morning"),
        ("loading bay hogged", "the loading bay", "is permanently taken by the same [car|SUV]"),
        (
            "temporary lights stuck",
            "the temporary traffic lights",
            "are stuck on red and people are just driving through",
        ),
        ("car blocking crossing", "a car", "is parked on the pedestrian crossing again"),
    ],
    "public_works": [
        (
            "street light out",
            "the street [light|lamp]",
            "[is out|isn't working|has been off for a week|flickers on and off all night]",
        ),
        ("street lights out", "half the street lights", "are out and it's pitch black at night"),
        ("light on during the day", "the street light", "stays on all day"),
        ("damaged lamp post", "a lamp post", "was hit by a car and is leaning dangerously"),
        ("pothole", "there", "is a [massive|huge|deep] pothole[ that nearly took my wheel off|]"),
        ("potholes", "the road surface", "is [falling apart|full of potholes|crumbling]"),
        (
            "pothole in cycle lane",
            "there",
            "is a pothole in the cycle lane you can't see in the dark",
        ),
        ("sunken road", "the road", "has sunk and there's always a huge puddle"),
        (
            "loose paving slabs",
            "the paving slabs",
            "are [loose|cracked|sticking up] and someone will trip",
        ),
        (
            "sidewalk lifted by roots",
            "the [sidewalk|pavement]",
            "is lifted by tree roots, it's a trip hazard",
        ),
        (
            "bins overflowing",
            "the [litter bins|communal bins|recycling bins]",
            "are overflowing [again|and nobody has emptied them for days]",
        ),
        (
            "missed bin collection",
            "my [bin|recycling|green bin|black bin|brown bin]",
            "wasn't collected [this week|again|on Tuesday]",
        ),
        (
            "fly tipping",
            "someone",
            "has dumped [a sofa|a mattress|a load of rubble|a fridge|bags of rubbish] "
            "[on the pavement|at the end of the alley|by the garages]",
        ),
        ("bulky waste", "there", "is bulky waste left outside for over a week"),
        ("litter", "the [verge|park|playground|footpath]", "is covered in litter"),
        (
            "trash piling up",
            "trash",
            "is [piling up|blowing all over the street] because the cans haven't been emptied",
        ),
        (
            "graffiti",
            "the [wall|underpass|bridge|electricity box]",
            "has been covered in graffiti [again|overnight]",
        ),
        (
            "offensive graffiti",
            "someone",
            "has sprayed offensive graffiti on [the school wall|the war memorial|the playground]",
        ),
        ("fallen tree", "a tree", "has come down and is blocking the [road|pavement|footpath]"),
        ("hanging branch", "a large branch", "is hanging off the tree over the footpath"),
        ("weeds", "the weeds", "are knee high along the pavement"),
        ("grass not cut", "the grass", "hasn't been cut [for weeks|all summer]"),
        ("overgrown hedge", "the hedge", "is so overgrown you have to walk in the road"),
        ("dead tree", "the tree", "is dead and looks like it could fall any minute"),
        (
            "blocked drain",
            "the [drain|gully|storm drain]",
            "is blocked [with leaves|solid] and the road floods",
        ),
        ("flooding", "the street", "floods [every time it rains|after every storm]"),
        ("sewer smell", "the sewer", "smells [awful|disgusting][ especially in the heat|]"),
        (
            "loose manhole cover",
            "a manhole cover",
            "is loose and clangs every time a car goes over",
        ),
        ("broken bench", "the bench", "is [broken|smashed|missing a plank]"),
        (
            "broken play equipment",
            "the [swing|slide|climbing frame] in the playground",
            "is broken and there are sharp bits sticking out",
        ),
        ("glass in playground", "the playground", "is full of broken glass"),
        (
            "icy pavement",
            "the [pavement|footpath|bridge]",
            "is a sheet of ice and hasn't been gritted",
        ),
        ("roads not gritted", "the roads", "haven't been gritted and cars are sliding everywhere"),
        (
            "snow not cleared",
            "the snow",
            "still hasn't been cleared, you can't get a wheelchair through",
        ),
        ("dog fouling", "the footpath", "is covered in dog mess"),
        ("dead animal", "there", "is a dead [fox|cat|badger|pigeon] on the pavement"),
        (
            "leaves not cleared",
            "the leaves",
            "haven't been cleared and the path is like an ice rink",
        ),
        (
            "poor reinstatement",
            "the road",
            "has been left in a terrible state after the utility works",
        ),
        ("bollard knocked over", "a bollard", "has been knocked over and is lying in the road"),
        (
            "damaged litter bin",
            "the litter bin",
            "has been [set on fire|ripped off its post|smashed]",
        ),
        ("needles", "there", "are used needles in the park near the bins"),
        ("market rubbish", "the square", "is a tip after the market"),
        ("fountain dry", "the fountain", "has been dry all summer"),
        (
            "underpass lights out",
            "the lights in the underpass",
            "have been out for weeks and it feels really unsafe",
        ),
        (
            "bin lorry missed street",
            "the bin lorry",
            "missed our street [again|for the second week running]",
        ),
        ("garbage not picked up", "the garbage truck", "skipped our block again"),
        ("broken railings", "the railings by the canal", "are broken and a kid could fall in"),
    ],
    "transit": [
        ("bus late", "the {bus}", "is [running|] {mins} minutes late [again|]"),
        (
            "bus didn't show",
            "the {time} [number {bus}|{bus} bus|bus]",
            "never showed up[ and the app still says it's due|]",
        ),
        ("bus drove past", "the {bus} driver", "drove straight past me at the stop"),
        (
            "tram not running",
            "the tram",
            "isn't running [between {stop} and {stop2}|this morning] and there's no info",
        ),
        (
            "train stuck in tunnel",
            "the [train|metro|subway]",
            "has been stuck in the tunnel for {mins} minutes",
        ),
        (
            "overcrowded bus",
            "the {bus}",
            "is so [packed|rammed|crowded] every morning that it doesn't even stop",
        ),
        (
            "rude driver",
            "the driver on the {bus}",
            "was [incredibly rude|shouting at passengers|on his phone the whole time]",
        ),
        (
            "dangerous driving by bus driver",
            "the driver of the {bus}",
            "was driving like a maniac, people were falling over",
        ),
        (
            "missed connection",
            "I",
            "missed my [connection|train|last bus home] because the [bus|tram|train] was late",
        ),
        (
            "card not working",
            "my [contactless card|travel card|pass]",
            "[isn't working|got declined] at the reader",
        ),
        ("charged twice", "I", "got charged twice for one journey"),
        (
            "app wrong",
            "the app",
            "[shows buses that never come|has the wrong times again|crashes every time I buy a "
            "ticket]",
        ),
        (
            "countdown display wrong",
            "the display at the stop",
            "has said '2 min' for the last 15 minutes",
        ),
        ("stop moved", "the bus stop", "has been moved and there's no sign saying where"),
        (
            "shelter smashed",
            "the bus shelter",
            "has been [smashed|vandalised] and there's glass everywhere",
        ),
        ("no shelter", "the stop", "has no shelter and no seat, you just stand in the rain"),
        (
            "lift out of order",
            "the lift at {stop} station",
            "is out of order again, no step-free access",
        ),
        ("escalator broken", "the escalator at {stop}", "has been broken for a week"),
        ("ramp refused", "the driver", "refused to put the ramp down for my wheelchair"),
        (
            "pram refused",
            "I",
            "was refused boarding with my [pram|buggy|stroller] even though there was space",
        ),
        (
            "air con broken",
            "the air con on the [bus|train|tram]",
            "is [broken|not working] and it's like a sauna",
        ),
        ("heating broken", "the heating on the tram", "is broken, it's freezing"),
        ("train delayed", "the {time} to {town}", "is delayed [again|by {mins} minutes]"),
        (
            "train cancelled",
            "the {time} to {town}",
            "has been cancelled[ with no replacement bus|]",
        ),
        ("refund", "I", "want a refund because the train was over an hour late"),
        ("delay repay", "my delay repay claim", "has been pending for [weeks|a month]"),
        ("timetable cut", "the new timetable", "is a joke, the {bus} only runs once an hour now"),
        ("last bus too early", "the last bus to {stop}", "leaves at {time} which is ridiculous"),
        ("ticket inspector", "the ticket inspector", "fined me even though the machine was broken"),
        (
            "ticket machine broken",
            "the ticket machine at {stop}",
            "[is broken|only takes cash|won't take cards]",
        ),
        ("rail replacement", "the rail replacement bus", "[never turned up|is a shambles]"),
        ("bus left early", "the {bus}", "left {stop} [3|4|5] minutes early"),
        ("no announcements", "there", "are no announcements when there are delays"),
        ("dirty bus", "the bus", "is filthy, chewing gum and rubbish everywhere"),
        ("tram terminated early", "the tram", "terminated at {stop} without any explanation"),
        (
            "platform overcrowded",
            "the platform",
            "is dangerously overcrowded because trains are cancelled",
        ),
        (
            "step-free access",
            "the stop at {stop}",
            "has a massive gap between the kerb and the bus, impossible with a wheelchair",
        ),
        (
            "bus on diversion",
            "the {bus}",
            "is on diversion but there's nothing at the stop to say so",
        ),
        ("folding bike refused", "I", "wasn't allowed to take my folding bike on the tram"),
        ("no night bus", "there", "is no night bus to {hood} anymore"),
        ("season ticket", "my season ticket", "hasn't been renewed and nobody answers the phone"),
        ("doors closed on pram", "the tram doors", "closed on my [pram|kid]"),
        ("customer service", "customer service", "[hasn't replied in two weeks|keeps hanging up]"),
        ("short formed train", "the {time} to {town}", "is short-formed again, only 2 carriages"),
        ("train toilets", "the toilets on the train", "are out of order[ on a 2 hour journey|]"),
        ("streetcar bunching", "three streetcars", "came at once after a 25 minute wait"),
        ("subway skipped stop", "the subway", "skipped {stop} without any announcement"),
    ],
    "communication": [
        (
            "noise complaint",
            "my neighbours",
            "[play loud music|have parties] until 4am [every weekend|every night]",
        ),
        ("party in the park", "there", "is a party in the park every Friday with music until late"),
        ("barking dog", "the dog next door", "barks all day long"),
        (
            "youths causing nuisance",
            "a group of teenagers",
            "hang around [the benches|outside the shop] every night shouting",
        ),
        (
            "rats",
            "there",
            "are rats [running around the bins|in the back gardens|under the decking]",
        ),
        (
            "wasps nest",
            "there",
            "is a wasps' nest [in the wall|under the eaves|by the school gate]",
        ),
        ("pigeons", "pigeons", "are nesting on our balcony and making a mess everywhere"),
        ("seagulls", "the seagulls", "are attacking people for food"),
        (
            "construction noise",
            "the building site",
            "starts [drilling|piling] at 6am even on Saturdays",
        ),
        ("fireworks", "someone", "has been setting off fireworks every night for a week"),
        ("pub noise", "the pub", "has people shouting outside until 2am"),
        ("wood smoke", "the neighbours", "burn wood every evening and the whole street stinks"),
        ("drug dealing", "people", "are dealing drugs [openly|every evening] in the alley"),
        ("cockroaches", "there", "are cockroaches in the flats"),
        ("holiday let", "the Airbnb next door", "has a new group of partygoers every weekend"),
        ("leaf blowers", "the council's leaf blowers", "start at 7am on a Sunday"),
        ("car stereo", "someone", "sits in the car park every night with music blasting"),
        ("mice", "we", "have mice coming in from the empty house next door"),
        ("ice cream van", "the ice cream van", "plays its tune at full blast at 9pm"),
        ("foxes", "foxes", "are screaming in the gardens every night and tearing open bags"),
    ],
}

EN_FREE = {
    "traffic": [
        "Stuck on {street} for {mins} minutes. Who programmed these traffic lights? {E}",
        "Same every morning: queue from the roundabout all the way back to {street} {E} {TAG}",
        "{H} why is {street} suddenly closed? No diversion signs anywhere",
        "How much longer is {street} going to be closed? Adding 15 mins to my commute every day",
        "Another car parked in the bike lane on {street}. Where is enforcement? {E}",
        "Can you send a warden to {street}? Every evening it's wall to wall illegal parking",
        "Someone's left a bike frame locked outside {landmark} for {weeks} weeks, can it be "
        "removed?",
        "I guess we only get speed bumps on {street} after a kid gets hit? {E}",
        "Boy racers on {street} again last night, sounded like a race track {E}",
        "The new cycle lane on {street} is great until it just stops at the bridge. Why?",
        "Who designed the roundabout by {landmark}? Nobody knows who has priority",
        "Lights at {street}/{street2} flashing amber again, total chaos at rush hour 🚦",
        "Got a parking ticket while the pay machine wasn't working. Nice one {H} {E}",
        "When are we getting more bike racks at the station? Bikes chained to everything",
        "Lorry stuck on {street} because satnav sends them through the estate. Need a sign!",
        "Residents in {hood} can't park anywhere because of the match day traffic {TAG}",
        "{street} closed, {street2} closed, how am I supposed to get to work? {E}",
        "Nobody sticks to the new 20mph limit on {street}",
        "Car parked with two wheels on the pavement outside {num}, can't get my wheelchair past",
        "Nearly hit a kid on the zebra crossing by {landmark}, you can't see the stripes anymore",
        "Is it legal to park in front of the fire station exit? {street}, every single day",
        "Since the new junction layout on {street} I'm stuck for 20 mins every morning. "
        "Who signed this off?",
        "Rental scooters dumped all over the pavement on {street}, an old lady tripped this "
        "morning",
        "How has a caravan been parked on {street} for three weeks? It's not a campsite",
        "When does the bridge reopen to cars? Weeks of detours {E}",
        "Motorbikes doing 70 down {street} every Sunday, can we get a speed camera?",
        "Matrix sign says 'bridge closed' but it's open. Everyone taking the long way for "
        "nothing 😂",
        "Stop sign missing at {street}/{street2}, everyone thinks they have right of way",
        "Three laps of {hood} looking for a parking space. Every. Single. Night. {E}",
        "Delivery vans parked in the cycle lane on {street} again, had to go into traffic {E}",
        "Who is responsible for the abandoned car on {street}? It's been there since {month}",
        "Cars treat {street} like a racetrack. It's a school street!",
        "Almost got taken out by someone running the red on {street}. Camera please {H}",
        "That 'temporary' closure of {street} is now on week {weeks}. How temporary is temporary?",
        "Barriers still up, no workers, nobody knows where to go. {street} is chaos",
        "Why do cyclists have to wait three times to cross at {street}?? 🚲",
        "Tow truck needed on {street}, van blocking the whole road with hazards on",
        "Expat here: is it normal that cars park on the bike path in {city}? Happens daily on "
        "{street}",
        "Traffic on {street} is insane since they closed {street2}. 40 mins to go 2 miles",
        "Could someone clear the dead bikes from the racks at {stop}? No space for real ones",
        "The crosswalk button at {street} and {street2} does literally nothing",
        "Double-parked SUVs outside {landmark} every pickup time, it's a free-for-all",
    ],
    "public_works": [
        "{weeks} weeks now with a pothole on {street}. Does someone need to break their neck "
        "first? {E}",
        "Street lights on {street} out for days. Don't feel safe walking home {E}",
        "When is the bulky waste collection in {hood}? Stuff's been outside a week",
        "Our black bin wasn't emptied today, rest of the street was {E} {H}",
        "Bins by {landmark} overflowing, rubbish blowing all over the road",
        "Whole wall covered in graffiti on {street}, shame for such a nice street",
        "Tree down across the road by {landmark} after the storm, cars can't get past 🌳",
        "Who is going to shift the mattress that's been dumped on the corner of {street} all week?",
        "Rains for 10 minutes and {street} turns into a river. Drains blocked? {E}",
        "Tripped on a loose paving slab on {street} this morning, knee's a mess {E}",
        "Playground in {hood} covered in glass, kids can't use it",
        "Are the gritters coming out today? Pavements are an ice rink ❄️",
        "Grass in the park is so long I lost the dog in it 😂",
        "Leaves have been on the cycle path for weeks, lethal when wet {E}",
        "Park bins not emptied since the weekend, seagulls having a party",
        "Why is there still builders' rubble on the pavement on {street}? Works finished "
        "{weeks} weeks ago",
        "Sewer smell on {street} so bad we can't open the windows {E}",
        "Can someone remove the dead fox outside number {num}? It's been there three days",
        "Street lamp by {landmark} flickering like a disco 🪩",
        "Bench in the park broken for months, older folks have nowhere to sit",
        "Fly tipping AGAIN at the end of {street}. Sofa, fridge, the lot",
        "Recycling not collected again, the whole street stinks {H}",
        "Branches hanging so low over the cycle path you hit your head {E}",
        "Reported the blocked drain last week, now the basement's flooded. Thanks {H} 🙃",
        "More graffiti on the substation. Didn't even last a week clean",
        "Every month another slab comes loose on {street}. Just fix it properly once",
        "Roots pushing up the cycle path, three people have come off this month",
        "Removed the bins in the park and now litter's everywhere. Genius. {E}",
        "When's the street sweeper coming back to {hood}?",
        "Snow not cleared on the pavement by {landmark} for 3 days, people slipping {E}",
        "Can you do something about the weeds on {street}? It's a jungle",
        "How many times do I have to call about the broken light on {street}?",
        "Broken swing at the playground on {street}, bolt sticking out. Dangerous for little ones",
        "Trash pickup skipped our block again. Bags piling up on the sidewalk {E}",
        "Someone dumped a whole kitchen by the bottle bank on {street} {E}",
        "Half of {hood} has no street lighting tonight, pitch black",
        "The storm drains on {street} are full of leaves again, whole road under water",
        "That pothole on {street} is a death trap for cyclists, nearly went in it",
        "Gritter skipped our estate again, the hill is sheet ice",
        "Expat question: who do I call in {city} about the broken street lamp outside my flat?",
        "Dog poo all over the footpath by {landmark}, can we get a bin there at least?",
        "Manhole cover on {street} rattles every time a car goes over it, all night long",
    ],
    "transit": [
        "{H} where is the {bus}?? Been waiting at {stop} for {mins} minutes {E}",
        "The {bus} just drove straight past me at {stop}. I was waving 🙋 {E}",
        "Tram stuck at {stop} again. What is it this time? {TAG}",
        "I pay {price} a month for a pass and get this {E} {H}",
        "Why doesn't the {bus} run on Sundays? How am I meant to get to work?",
        "{time} to {town} delayed again, missed my connection. Great job {H} 👏",
        "{H} can you turn the air con down on the train to {town}? It's the Arctic in here 🥶",
        "Rammed train to {town}, people standing in the vestibules {E} #commute",
        "Can I get a refund if my train is more than 30 mins late?",
        "Why no extra trams during the festival? Packed like sardines {E}",
        "Missed the {bus} because the tram was late. Next one in 30 mins. Fab {E}",
        "App says the {bus} is due in 2 min. Has said that for 10 minutes 😂",
        "Card reader at {stop} not working, will I get fined?",
        "Forgot to tap out, how do I get my money back? {H}",
        "{H} your driver just ran a red light on {street}, route {bus}, at {time}",
        "No trams towards {stop} after 11pm? Seriously?",
        "{metro} down again. Third time this week {E}",
        "Is there a problem on the {tram}? Nothing for half an hour",
        "Lift at {stop} broken, how do I get to the platform in my wheelchair?",
        "Getting on the bus with a buggy is a nightmare, driver wouldn't even wait",
        "Why is there still no shelter at {stop}? Removed in {month}",
        "The {time} number {bus} has been cancelled three days running. My kid is late for school",
        "Replacement buses at {town} station? Not a single one {E}",
        "Fares up again {H}, but fewer buses. Makes sense.",
        "Why is the tram in {hood} stuck for 20 minutes behind one badly parked car?",
        "Got double charged on contactless. Who can help? {H}",
        "Toilet out of order on the train to {town} again. 2 hours with no loo {E}",
        "Wifi on the bus never works, why advertise it?",
        "Tram not going to {stop} because of engineering works, would've been nice to know",
        "Night bus to {hood} wasn't in the app but did run. Or the other way round? Nobody "
        "knows 🤷",
        "{stop} not served due to diversion, no sign anywhere. Waited 20 mins for nothing",
        "Can a driver refuse to stop because he's running late?",
        "Conductor on the train to {town} was really rude to an elderly man {E}",
        "Bought my ticket on the app, the scanner on the tram won't read it. Now a fine?",
        "Every morning at {time} the platform at {stop} is rammed. Run longer trams {H}",
        "New buses look nice but why only 10 seats?",
        "Third time this month the last train to {town} is cancelled. Paying for a taxi again {E}",
        "The {bus} is being cut back to {stop}? Half of {hood} will have to change",
        "What time is the first tram to the station on Sundays?",
        "Anyone else stuck on the {metro}? Not moving for 15 mins",
        "{H} driver on the {bus} left a man in a wheelchair at the stop. Disgraceful",
        "Sat in a stationary train outside {town} for 25 mins, zero announcements {E}",
        "Sign at {stop} says 'cancelled' but the bus shows up anyway. Which is it?",
        "could the bus not wait ONE minute when the train has just pulled in?? {E}",
        "Missed my connection at {town} by 4 minutes, now an hour on the platform",
        "First class empty and we're crammed into standard like cattle {E}",
        "Streetcar {tram} bunching again, three in a row then nothing for 30 min",
        "Subway platform at {stop} is a sauna, no ventilation at all 🥵",
        "The {bus} smells awful and the windows don't open. AC broken? 🥵",
        "Just moved to {city}: how do I get a transit card without a local bank account?",
        "Tapped in with my OV card at {stop} and it charged me twice, who do I contact?",
        "Bus driver on the {bus} was lovely but the bus was 25 minutes late again",
    ],
    "communication": [
        # compliments and thanks
        "What a great day on {street} yesterday, well done to the organisers! {EP}",
        "Big thanks to the lady at the council front desk who helped me this morning {EP}",
        "{H} fixed so quickly, our street light works again. Thank you! {EP}",
        "Pothole on {street} filled within a day. Hats off {H} {EP}",
        "Shout out to the driver on the {bus} who waited for an elderly lady {EP}",
        "The park looks gorgeous after the makeover {EP}",
        "Thanks for the amazing light show on the town hall last night {EP}",
        "For once a compliment: the bin men in {hood} are always so friendly {EP}",
        "Well done on the new bike parking at the station {EP}",
        "Passport ready within a week, smooth process {H}",
        "Thanks for the quick reply to my report! {EP}",
        "Finally someone at the council who answers the phone and actually helps 🙏",
        "{H} you're stars, thank you for all the help after the storm {EP}",
        "Lovely that the trees on {street} have been replaced, street looks so much better",
        "Thank you to the gritting crews out overnight {EP}",
        "Thanks for cleaning up so quickly after the festival {EP}",
        # general questions
        "{H} what time is the town hall open on Saturdays?",
        "Can I pick up my passport without an appointment?",
        "How do I register my address at the gemeente in {city}? Need my BSN asap",
        "Is there an English-speaking number for the municipality?",
        "When do council tax bills go out this year?",
        "How do I apply for a council tax reduction?",
        "Is the council office open on the bank holiday?",
        "Just moved to {street}, how do I update my address for council tax?",
        "Where can you get married in {city}? Any nice venues?",
        "How do I get permission for a street party on {street}?",
        "Does anyone know if the library is open today?",
        "When's the next public meeting about the plans for {hood}?",
        "Does the council have any apprenticeships going?",
        "What documents do I need for my daughter's ID card?",
        "{H} I've called three times about my appeal and can't get hold of anyone",
        "How do I register to vote after moving to {city}?",
        "Where do I apply for a blue badge? Which form?",
        "Is there somewhere in {city} that helps with filling in tax forms for free?",
        "Why haven't I had a reply to my email from {date}? {H}",
        "Is the recycling centre open on Sundays or is that a different department?",
        "How do I book an appointment to renew my residence permit?",
        # nuisance
        "Can someone tell the neighbours at {num} {street} it's 3am? 🙄",
        "Another party till 5 next door. I start work at 7 {E}",
        "Who do I contact about noise from an event?",
        "{H} the festival in the park is way too loud, windows are shaking",
        "The building site on {street} started piling at 6am again. Is that allowed?",
        "Teenagers causing trouble outside {landmark} every night {E}",
        # pests
        "Rats the size of cats running around {street} 🐀 {H}",
        "Who removes wasps' nests? There's one by our front door {E}",
        "Pigeon mess all over our balcony, can the council do anything?",
        "Mice all through the block, landlord won't do anything. Can the council help?",
        "Seagull just stole my sandwich on {street}. They're getting bolder 😂",
        # politics
        "Council spent millions on new offices while {hood} falls apart",
        "When will the councillors stop this nonsense policy? #council",
        "Voting matters! Local elections are on Thursday 🗳️",
        "The mayor should resign after this fiasco. Disgraceful.",
        "Why did the council vote against the motion? Makes no sense",
        "Yet another parking charge dreamt up by the cabinet, absolute cash grab",
        "Interesting council debate last night about the new tram line. Let's see what happens.",
        "Will the mayor respond to the petition about the swimming pool?",
        "Who is actually the cabinet member for transport? Never heard of them",
        "So transparent, decision on {hood} made behind closed doors {E}",
        "Why is there money for a sculpture on the roundabout but nothing for youth clubs?",
        "Live from the council chamber: budget debate starts at {time}",
        # spam
        "💰 Earn ${p}0 a day with crypto! DM for info 🚀🚀",
        "Follow me and I'll follow back! #followback #F4F",
        "Win a free iPhone? Click the link in my bio!! 🎁",
        "Cheap airport parking? Book now on our website 🚗✈️",
        "Need a skip for your renovation? Next day delivery! Call now",
        "We buy any car, even damaged! Call or WhatsApp today",
        "🔥🔥 Bitcoin is going to the moon, get in now 🔥🔥",
        "Make money from home, 10 minutes a day, send me a DM 💸",
        "Driving lessons 20% off this month! First lesson free 🚗",
        # off-topic and events
        "Lovely weather in {city} today {EP}",
        "Who's going to the funfair tonight?",
        "Has anyone seen a grey cat near {street}? Answers to Smudge",
        "Great meal at the new pizza place on {street} 🍕",
        "What a game last night! Champions!! ⚽",
        "Anyone up for volunteering at the food bank?",
        "Looking for a babysitter in {hood} for Wednesday afternoons",
        "Anyone know a good plumber in {city}?",
        "Found: set of keys near {landmark}. Anyone missing them?",
        "School trip to the zoo, coach leaves at {time} from school. So excited! 🚌",
        "When do they switch on the Christmas tree lights in the square? 🎄",
        "Lantern parade through {hood} tonight, so lovely 🏮",
        "The scouts' bike ride was brilliant again 🚲",
        "Car boot sale on {street} tomorrow, come along!",
        "What time do the New Year's fireworks start at the town hall?",
        "Any tips for a good playground for toddlers in {city}? {EP}",
        "Saw a kingfisher by the canal this morning! Stunning {EP}",
        "Which bakery in {city} does the best sourdough?",
        "The winter lights trail in the park is well worth a visit {EP}",
        "New library opens Saturday with a performance by the city band 🎶",
        "Anyone know why the police helicopter has been over {hood} for an hour?",
        "First week living in {city}, any tips for a newcomer? {EP}",
        "Does anyone know a Dutch course for expats in {city}?",
    ],
}

# Replies under someone else's post, without context: they stay with the communication office.
EN_REPLIES = [
    "same here",
    "still",
    "same",
    "+1",
    "this!!",
    "haha exactly",
    "really?",
    "true",
    "same on our street",
    "👍",
    "😂😂😂",
    "agreed",
    "yeah right",
    "typical {city}",
    "sigh",
    "oh no",
    "totally agree {EP}",
    "who doesn't",
    "yep",
    "me too",
    "this 100%",
    "lol",
    "I thought so too",
    "can anyone confirm?",
    "where is this?",
    "source?",
    "what happened here?",
    "don't see the fuss",
    "meh",
    "exactly this",
    "good {EP}",
    "finally",
    "what nonsense",
    "how come?",
    "lovely {EP}",
    "thank you!",
    "happy holidays everyone {EP}",
    "morning {city} {EP}",
    "any update?",
    "nice one",
]

# --------------------------------------------------------------------------------------------
# German (de): the invented Brunnstedt, Kaltenbrück and Hohenweide (Germany), Aichfeld (Austria)
# and Rebwil (Switzerland), with Austrian and Swiss words (Bim, Öffis, Gehsteig, Trottoir, Velo)
# --------------------------------------------------------------------------------------------

DE_PLACES = {
    "city": ["Brunnstedt", "Kaltenbrück", "Hohenweide", "Aichfeld", "Rebwil", "Brunnstedt"],
    "street": [
        "Weidenstraße",
        "Mühlgasse",
        "Brunnenstraße",
        "Kastanienallee",
        "Gerbergasse",
        "Schmiedegasse",
        "Ahornstraße",
        "Birkenallee",
        "Hopfengasse",
        "Färbergasse",
        "Tuchmacherstraße",
        "Salzgasse",
        "Kirchgasse",
        "Bergstraße",
        "Talstraße",
        "Feldstraße",
        "Rosenstraße",
        "Nelkenstraße",
        "Marktstraße",
        "Bahnhofstraße",
        "Ulmenallee",
        "Wiesenstraße",
        "Ziegeleistraße",
        "Mühlenstraße",
        "Uferstraße",
        "Gartenstraße",
        "Sterngasse",
        "Pfarrgasse",
        "Hafnergasse",
        "Seestrasse",
        "Rebbergstrasse",
        "Dorfstrasse",
        "Lerchenstraße",
        "Amselstraße",
        "Finkenstraße",
        "Eichenallee",
        "Kornblumenstraße",
        "Hauptstraße",
        "Schulstraße",
        "Waldstraße",
        "Lindenallee",
        "Brauhausgasse",
        "Zollstraße",
        "Fischerzeile",
        "Obere Bachgasse",
        "Untere Torstraße",
    ],
    # Dative with article, to follow "in": "in der Nordstadt", "in Brunnstedt-Ost".
    "hood": [
        "der Nordstadt",
        "dem Südviertel",
        "der Altstadt",
        "dem Oberdorf",
        "der Weststadt",
        "dem Neubaugebiet Am Hang",
        "Brunnstedt-Ost",
        "Kaltenbrück-Süd",
        "dem Lindenhof",
        "dem Bahnhofsviertel",
        "der Siedlung Sonnenhügel",
        "dem Unterfeld",
        "der Innenstadt",
        "dem Gewerbegebiet",
        "Seefeld",
        "dem Mühlviertel",
    ],
    "landmark": [
        "der Grundschule",
        "dem Supermarkt",
        "dem Ärztehaus",
        "dem Bahnhof",
        "dem Spielplatz",
        "der Kirche",
        "dem Rathaus",
        "dem Schwimmbad",
        "der Bäckerei",
        "dem Kindergarten",
        "dem Sportplatz",
        "der Apotheke",
        "dem Friedhof",
        "der Tankstelle",
        "dem Jugendzentrum",
        "der Kita",
        "dem Edeka",
        "der Stadtbibliothek",
        "dem Kreisverkehr",
        "der Sparkasse",
    ],
    "stop": [
        "Hauptbahnhof",
        "Rathausplatz",
        "Marktplatz",
        "Klinikum Nord",
        "Universität",
        "Brunnstedt Ost",
        "Sternwarte",
        "Messe",
        "Stadion",
        "Ahornstraße",
        "Lindenplatz",
        "Bahnhof Kaltenbrück",
        "Gewerbegebiet Süd",
        "Bergfriedhof",
        "Mühlgasse",
        "Zollamt",
        "Seefeld",
        "Schulzentrum",
        "Hallenbad",
        "Neue Mitte",
    ],
    "town": [
        "Kaltenbrück",
        "Hohenweide",
        "Brunnstedt Hbf",
        "Oberaichen",
        "Mittelfurt",
        "Grünwalde",
        "Rebwil",
        "Bad Seelingen",
        "Aichfeld",
        "Neustadt am Forst",
    ],
    "bus": ["3", "7", "12", "14", "22", "34", "41", "56", "63", "N5", "X9", "108", "270"],
    "tram": ["1", "2", "4", "6", "9", "10", "13", "18"],
    "metro": ["1", "2", "3", "4", "6"],
    "months": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "date": ["{d}. {month}", "{d}.{mo}.", "letzten Dienstag", "{d}. {month}", "Anfang {month}"],
    "ticket": ["{six}", "#{six}", "Nr. {six}", "Vorgang {six}", "MM-{six}"],
    "time": ["{h}:{mm}", "{hh}:{mm} Uhr", "{h}.{mm}", "{hh}:{mm}"],
    "price": ["{p},50 €", "{p} €", "{p} Euro", "{p} Franken", "€{p}"],
    # "an der {stop}" does not fit every stop name ("am Hauptbahnhof"), so a stop word is added.
    "at_stop": ["an der Haltestelle {stop}", "an der Hst. {stop}", "an der Station {stop}"],
}
DE_HANDLES = {
    "city": [
        "@StadtBrunnstedt",
        "@Kaltenbrueck",
        "@Hohenweide_Stadt",
        "@Rebwil_ch",
        "@Aichfeld_Gemeinde",
        "@brunnstedt_de",
    ],
    "traffic": ["@Ordnungsamt_BS", "@VerkehrKB", "@Strassenverkehr_BS"],
    "public_works": ["@Stadtreinigung_BS", "@KB_Bauhof", "@Abfallwirtschaft_HW"],
    "transit": [
        "@BSV_Brunnstedt",
        "@KaltenbrueckerLinien",
        "@RegioBahnNord",
        "@BahnHilfeNord",
        "@RebwilVB",
        "@AichfeldLinien",
    ],
}
DE_HASHTAGS = {
    "city": ["#Brunnstedt", "#Kaltenbrück", "#Hohenweide", "#Rebwil", "#brunnstedt"],
    "generic": [
        "#fail",
        "#sorry",
        "#unfassbar",
        "#echtjetzt",
        "#ärgerlich",
        "#schildbürger",
        "#jedentagdasselbe",
        "#peinlich",
    ],
    "traffic": [
        "#Stau",
        "#Radverkehr",
        "#Falschparker",
        "#Verkehrswende",
        "#Raser",
        "#Radweg",
        "#Baustelle",
    ],
    "public_works": [
        "#Schlagloch",
        "#Müll",
        "#Sperrmüll",
        "#Straßenbeleuchtung",
        "#Winterdienst",
        "#vermüllt",
        "#Stadtbild",
    ],
    "transit": [
        "#ÖPNV",
        "#Verspätung",
        "#Bahnchaos",
        "#Öffis",
        "#Pendeln",
        "#Zugausfall",
        "#Straßenbahn",
    ],
    "communication": ["#danke", "#Stadtrat", "#Kommunalwahl", "#Lärm", "#Ehrenamt", "#Politik"],
}
DE_SCAFFOLD = {
    "greet": [
        "Guten Tag,",
        "Hallo,",
        "Sehr geehrte Damen und Herren,",
        "Moin,",
        "Servus,",
        "Grüß Gott,",
        "Grüezi,",
        "Liebe Stadt,",
        "Hallo zusammen,",
        "",
        "",
    ],
    "close": [
        "Mit freundlichen Grüßen",
        "MfG",
        "Viele Grüße",
        "Danke im Voraus!",
        "Freundliche Grüße",
        "LG",
        "Danke.",
        "Merci vielmal",
        "",
        "",
    ],
    "since": [
        "Das ist schon seit {days} Tagen so.",
        "Seit letzter Woche.",
        "Das geht schon seit Wochen so.",
        "Seit gestern Abend.",
        "Schon über einen Monat!",
        "Seit {month} schon.",
        "Ist mir heute Morgen aufgefallen.",
        "Nicht zum ersten Mal übrigens.",
        "Seit {weeks} Wochen.",
        "Letzte Woche auch schon.",
        "Den ganzen Winter schon.",
        "",
        "",
        "",
    ],
    "since_in": [
        "seit letzter Woche",
        "schon länger",
        "seit {days} Tagen",
        "seit gestern",
        "seit Wochen",
        "wieder einmal",
        "seit dem Wochenende",
    ],
    "remark": [
        "Das ist wirklich gefährlich, vor allem im Dunkeln.",
        "Hier laufen viele Kinder vorbei.",
        "Bitte schnellstmöglich beheben.",
        "Ich habe schon angerufen, passiert ist nichts.",
        "Fotos kann ich gerne nachreichen.",
        "Ich hoffe, es kann sich bald jemand das ansehen.",
        "Vielen Dank vorab.",
        "Hier wohnen viele ältere Menschen.",
        "Das ist für die ganze Nachbarschaft ärgerlich.",
        "Laut Nachbarn ist das schon länger so.",
        "Da passiert noch ein Unfall.",
        "",
        "",
    ],
    "loc": {
        "street": [
            "in der {street}",
            "an der Ecke {street}/{street2}",
            "vor Hausnummer {num} in der {street}",
            "in der {street} {num}",
            "auf Höhe {street} {num}",
            "an der Kreuzung {street}/{street2}",
            "in {hood}",
            "bei {landmark}",
            "bei {landmark} in der {street}",
            "in der {street} Richtung {street2}",
            "hier bei uns in {hood}",
            "bei uns in der Straße",
            "in der {street} gegenüber von {landmark}",
            "",
        ],
        "transit": [
            "an der Haltestelle {stop}",
            "{at_stop}",
            "Richtung {stop}",
            "ab {stop}",
            "an der Haltestelle {stop} Richtung {stop2}",
            "zwischen {stop} und {stop2}",
            "hier {at_stop}",
            "",
        ],
    },
    "loc_front": {
        "street": [
            "In der {street}",
            "An der Ecke {street}/{street2}",
            "Vor Hausnummer {num} in der {street}",
            "Auf Höhe {street} {num}",
            "Bei {landmark} in der {street}",
            "An der Kreuzung {street}/{street2}",
            "In {hood}",
            "Bei uns in der Straße",
        ],
        "transit": [
            "An der Haltestelle {stop}",
            "Heute früh {at_stop}",
            "Zwischen {stop} und {stop2}",
            "Gestern Abend an der Haltestelle {stop}",
            "Richtung {stop}",
        ],
        "time": ["Heute früh", "Gestern Abend", "Heute", "Heute Nachmittag", "Schon wieder"],
    },
    "loc_terse": {
        "street": [
            "{street} {num}",
            "{street} Ecke {street2}",
            "{street}/{street2}",
            "{street}",
            "{street} ({city})",
            "Kreuzung {street}/{street2}",
            "{street} bei {landmark}",
            "{city}, {street}",
            "{street} {num}, {city}",
        ],
        "transit": [
            "Haltestelle {stop}",
            "{stop}",
            "Richtung {stop}",
            "{stop} - {stop2}",
            "Hst. {stop}",
        ],
    },
    "second": [
        "Außerdem {INV2}, aber das nur nebenbei.",
        "Ach ja, und {C2} {L2}.",
        "Und {C2} übrigens auch.",
        "PS: {C2} {L2}.",
        "Dazu kommt: {C2}.",
        "Zudem {INV2}, ist aber weniger dringend.",
        "(Und {C2}, aber das ist ein anderes Thema.)",
        "Zweiter Punkt: {C2}.",
        "Nebenbei: {C2} {L2}.",
    ],
}
DE_REGISTERS = {
    "terse": [
        "{Tc} {LT}",
        "{Tc}, {LT}",
        "{LT}: {T}",
        "{Tc} {LT}!!",
        "{Tc} {LT} {E}",
        "{Tc}",
        "{Tc}. {Cc} {L}.",
        "{Tc} - {Cc} {L}. {S}",
        "{Tc} ({LT})",
        "{LT} - {T}. {S}",
        "Meldung: {T} {LT}",
        "{Tc} {LT}, bitte mal prüfen",
        "{Tc}!!! {LT}",
        "{LT}. {Cc}.",
    ],
    "formal": [
        "{G} {LF} {INV}. {S} {X} {K}",
        "{G} ich möchte folgendes melden. {LF} {INV}. {X} {K}",
        "{LF} {INV}. {S} {X}",
        "{G} {Cc} {L}. {S} Könnte sich das bitte jemand ansehen? {K}",
        "{G} hiermit melde ich einen Mangel {L}: {C}. {X} {K}",
        "Betreff: {T}. {LF} {INV}. {S} {K}",
        "{G} ich möchte Sie auf folgendes aufmerksam machen: {C} {L}. {X} {S} {K}",
        "{G} als Anwohner in {hood} möchte ich ein Problem {L} melden: {C}. {X} {K}",
        "{G} ich habe das schon einmal gemeldet, aber {C} {L}. {S} "
        "Ich bitte um zeitnahe Abhilfe. {K}",
        "{G} heute Morgen ist mir aufgefallen: {C} {L}. {X} {K}",
        "{G} {LF} {INV}. Können Sie mir sagen, wann das behoben wird? {K}",
    ],
    "tweet": [
        "{H} {C} {L} {E}",
        "{Cc} {L} {E} {TAG}",
        "{H} {Cc} {L}. {S} {E}",
        "kann sich das mal jemand anschauen? {C} {L}",
        "{H} {Cc} {L}, wann kümmert ihr euch endlich darum?",
        "boah {C} {L} {E}",
        "Ernsthaft {H}, {C} {L}. {S}",
        "{Cc} {L}. Macht mal was {H} {E}",
        "{H} {LF} {INV}. {S}",
        "wtf {C} {L}",
        "{Cc} {L} und keinen interessiert's {E}",
        "{H} {Cc} {L}. Könnt ihr das bitte angehen?",
        "{Cc} {L}. {X} {TAG}",
        "Wohne seit {n} Jahren hier und {C} {L}. So schlimm war es noch nie {E}",
        "Jeden Tag dasselbe: {C} {L} {E}",
        "{H} nur zur Info: {C} {L}",
        "Unfassbar. {Cc} {L} {E}",
        "Leute {H}... {C} {L} {E}",
        "{Cc} {L}, echt peinlich {E} {TAG}",
        "Oida. {Cc} {L}",
        "Alter. {Cc} {L} {E}",
    ],
    "question": [
        "Weiß jemand, wer dafür zuständig ist? {Cc} {L}.",
        "{H} wer kann da was machen? {Cc} {L}",
        "Ist das der Stadt bekannt? {Cc} {L}",
        "Muss ich das bei euch melden oder woanders? {Cc} {L}.",
        "{H} passiert da noch was? {Cc} {L}. {S}",
        "Wo kann ich das melden? {Cc} {L}",
        "Wie lange noch? {Cc} {L}. {S}",
        "Wurde das schon gemeldet? {Cc} {L}",
        "{H} stimmt es, dass da nichts gemacht wird? {Cc} {L}",
        "Geht das noch jemandem so? {Cc} {L}",
        "Gibt's dafür eine App oder so? {Cc} {L}",
    ],
    "followup": [
        "{H} immer noch nichts passiert. {Cc} {L}. Gemeldet am {date} (Vorgang {ticket})",
        "Update: {C} {L}, {weeks} Wochen nach meiner Meldung {E}",
        "{n} mal gemeldet und {C} {L}",
        "Meldung {ticket} steht auf 'erledigt', aber {C} {L}. Erledigt wie?",
        "Tag {days}: {C} {L}",
        "Und wieder: {C} {L}. Letzten Monat auch schon gemeldet.",
        "Immer noch. {Cc} {L} {E}",
        "{H} ihr wolltet das in 5 Werktagen erledigen. {Cc} {L}. {S}",
        "Zur Info, meine Meldung vom {date}: {C} {L}. Es war niemand da.",
        "Dann halt nochmal {H}: {C} {L}",
        "immer noch {T} {LT}. {weeks} Wochen später",
    ],
    "sarcasm": [
        "Gut gemacht {H} 👏 {C} {L}",
        "Schön: {C} {L}. Echt ein Aushängeschild für die Stadt 🙃",
        "Super, {C} {L}. Toll organisiert mal wieder.",
        "Meine Steuergelder bei der Arbeit: {C} {L} 🙄",
        "Neue Sehenswürdigkeit {L}: {T} 📸",
        "Glückwunsch {city}, {C} {L}. Applaus.",
        "Zum Glück zahlen wir genug Gebühren. {Cc} {L} {E}",
        "Weltstadt {city}. {Cc} {L} 😂",
        "Ah, die alljährliche Tradition {L}: {T}. Man kann die Uhr danach stellen",
        "Schön wohnen in {hood}, {C} {L} 🙃",
        "Danke {H}! {Cc} {L}. Ach nee, ist ja schon seit {weeks} Wochen so.",
        "Können wir das nicht einfach Kunst nennen? {Cc} {L} 🎨",
    ],
}
DE_ABBREV = [
    (r"\bnicht\b", ["nich", "net", "ned"]),
    (r"\bvielleicht\b", ["vllt", "vlt"]),
    (r"\bgerade\b", ["grad"]),
    (r"\bist\b", ["is"]),
    (r"\bhabe\b", ["hab"]),
    (r"\beine\b", ["ne"]),
    (r"\beinen\b", ["nen"]),
    (r"\bnichts\b", ["nix"]),
    (r"\bMit freundlichen Grüßen\b", ["MfG", "mfg"]),
    (r"\bViele Grüße\b", ["VG", "LG"]),
    (r"\bMinuten\b", ["Min", "min", "Minuten"]),
    (r"\bund\b", ["u.", "&", "und"]),
    (r"\bwirklich\b", ["echt", "wirklich"]),
    (r"straße\b", ["str.", "strasse", "str"]),
    (r"\bbitte\b", ["bitte", "bitteee", "pls"]),
    (r"\bdas\b", ["des", "das"]),
    (r"\bauch\b", ["a", "auch"]),
    (r"\bgibt es\b", ["gibts", "gibt's"]),
    (r"\bfür\b", ["fuer", "für"]),
    (r"\bschon\b", ["scho", "schon"]),
    (r"\bHaltestelle\b", ["Hst", "Haltestelle"]),
    (r"\bheute\b", ["heut", "heute"]),
    (r"\bwarum\b", ["wieso", "weshalb"]),
    (r"\bkaputt\b", ["hinüber", "im Eimer", "kaputt"]),
]

DE_ISSUES = {
    "traffic": [
        (
            "Ampel defekt",
            "die Ampel",
            "[ist ausgefallen|zeigt dauerhaft Rot|blinkt nur noch gelb|funktioniert nicht]",
        ),
        (
            "Fußgängerampel zu kurz",
            "die Fußgängerampel",
            "ist viel zu kurz grün, mit Rollator schafft man es nicht rüber",
        ),
        ("Ampeltaster reagiert nicht", "der Taster an der Fußgängerampel", "reagiert nicht mehr"),
        ("Radampel wird nie grün", "die Radampel", "wird nie grün, wenn kein Auto kommt"),
        (
            "Stau",
            "der Verkehr",
            "steht [jeden Morgen|schon wieder|seit einer Stunde|im Feierabendverkehr] komplett",
        ),
        (
            "Stau am Kreisverkehr",
            "der Kreisverkehr",
            "ist [zu jeder Stoßzeit|seit der Baustelle] total verstopft",
        ),
        (
            "Falschparker auf dem Gehweg",
            "ein Auto",
            "parkt [seit Tagen|jeden Abend|schon wieder] halb auf dem [Gehweg|Gehsteig|Trottoir]",
        ),
        (
            "Autos auf dem Radweg",
            "Autos",
            "parken [ständig|jeden Morgen] auf dem [Radweg|Radstreifen|Velostreifen]",
        ),
        (
            "Einfahrt zugeparkt",
            "ein fremdes Auto",
            "steht vor meiner Einfahrt und ich komme nicht raus",
        ),
        (
            "Schrottrad",
            "ein [Schrottrad|Fahrradwrack|Velo ohne Räder]",
            "steht seit [Monaten|Wochen] am [Fahrradständer|Geländer|Laternenmast]",
        ),
        (
            "abgemeldetes Fahrzeug",
            "ein abgemeldetes Auto ohne Kennzeichen",
            "steht seit Wochen am Straßenrand",
        ),
        (
            "Wohnwagen blockiert Parkplätze",
            "ein Wohnwagen",
            "blockiert [seit dem Sommer|seit Wochen] zwei Parkplätze",
        ),
        (
            "Lieferwagen auf dem Gehweg",
            "Lieferwagen",
            "stehen den ganzen Tag auf dem Gehweg, mit Kinderwagen kommt man nicht vorbei",
        ),
        (
            "Parkautomat kaputt",
            "der [Parkscheinautomat|Parkautomat]",
            "[ist kaputt|nimmt keine Karten|zeigt nur Fehler] und trotzdem gibt es Strafzettel",
        ),
        (
            "keine Parkplätze",
            "Anwohner",
            "finden abends [keinen einzigen|nie einen] Parkplatz mehr",
        ),
        (
            "Verkehrsschild fehlt",
            "das [Stoppschild|Vorfahrtsschild|Einbahnstraßenschild]",
            "wurde [umgefahren|entfernt] und nie ersetzt",
        ),
        ("Schild verdreht", "das Schild", "ist verdreht und zeigt in die falsche Richtung"),
        (
            "Markierung verblasst",
            "die Fahrbahnmarkierungen",
            "sind kaum noch zu sehen[, vor allem bei Regen|]",
        ),
        (
            "Zebrastreifen verblasst",
            "der Zebrastreifen",
            "ist so verblasst, dass keiner mehr anhält",
        ),
        (
            "Straße gesperrt",
            "die Straße",
            "ist [ohne Ankündigung|seit Wochen] gesperrt und es gibt keine ausgeschilderte "
            "Umleitung",
        ),
        (
            "Umleitung unklar",
            "die Umleitung",
            "[führt im Kreis|ist schlecht ausgeschildert|endet in einer Sackgasse]",
        ),
        ("Raser", "hier", "wird [jeden Abend|nachts] gerast, locker 80 statt 30"),
        (
            "Autoposer",
            "Autoposer",
            "liefern sich [jedes Wochenende|nachts] Rennen mit aufheulenden Motoren",
        ),
        ("Tempo 30 ignoriert", "niemand", "hält sich an Tempo 30 vor der Schule"),
        (
            "Radweg blockiert",
            "der Radweg",
            "ist durch [Bauzäune|einen Container|abgestellte Mülltonnen] blockiert",
        ),
        ("Radweg endet plötzlich", "der Radweg", "endet plötzlich und man muss auf die Fahrbahn"),
        (
            "gefährliche Kreuzung",
            "die Kreuzung",
            "ist total unübersichtlich, weil Transporter in der Kurve parken",
        ),
        ("LKW im Wohngebiet", "LKW", "fahren trotz Verbot durch unser Wohngebiet"),
        ("zu wenig Fahrradbügel", "die Fahrradbügel am Bahnhof", "reichen hinten und vorne nicht"),
        ("E-Scooter auf dem Gehweg", "E-Scooter", "liegen [kreuz und quer|überall] auf dem Gehweg"),
        (
            "Parken in zweiter Reihe",
            "Lieferdienste",
            "parken [ständig|den ganzen Tag] in zweiter Reihe",
        ),
        (
            "Ampelschaltung",
            "die Ampeln",
            "sind überhaupt nicht aufeinander abgestimmt, grüne Welle Fehlanzeige",
        ),
        (
            "Behindertenparkplatz zugeparkt",
            "der Behindertenparkplatz",
            "wird [ständig|täglich] von Autos ohne Ausweis zugeparkt",
        ),
        (
            "Ladesäule blockiert",
            "die Ladesäule",
            "wird [dauernd|den ganzen Tag] von Verbrennern blockiert",
        ),
        (
            "Anwohnerparkplätze belegt",
            "Fremdparker",
            "stehen auf den Anwohnerparkplätzen und niemand kontrolliert",
        ),
        ("kein Blitzer", "hier", "wird nie geblitzt, obwohl ständig gerast wird"),
        ("Mopeds auf dem Gehweg", "Mopeds", "fahren einfach über den Gehweg"),
        (
            "Brücke gesperrt",
            "die Brücke",
            "ist seit Wochen für Autos gesperrt und der Umweg dauert ewig",
        ),
        ("Rotlichtverstöße", "Autofahrer", "fahren hier jeden Morgen bei Rot über die Ampel"),
        ("Schild zugewachsen", "das Tempo-30-Schild", "ist komplett von einem Baum verdeckt"),
        (
            "Elterntaxis",
            "Elterntaxis",
            "parken jeden Morgen vor der Schule auf dem Gehweg und im Halteverbot",
        ),
        ("Baustellenampel", "die Baustellenampel", "ist so lange rot, dass alle bei Rot fahren"),
        (
            "Parken ohne Parkpickerl",
            "Autos ohne Parkpickerl",
            "stehen seit Tagen in der Kurzparkzone",
        ),
        (
            "Velos auf dem Trottoir",
            "Velos",
            "werden überall aufs Trottoir gestellt, weil es keine Veloständer gibt",
        ),
        (
            "Feuerwehrzufahrt zugeparkt",
            "Autos",
            "parken direkt vor dem Hydranten und in der Feuerwehrzufahrt",
        ),
        ("Zebrastreifen zugeparkt", "ein Transporter", "steht schon wieder auf dem Zebrastreifen"),
    ],
    "public_works": [
        (
            "Straßenlaterne defekt",
            "die [Straßenlaterne|Laterne|Straßenbeleuchtung]",
            "[ist ausgefallen|brennt nicht mehr|flackert die ganze Nacht|ist seit Tagen dunkel]",
        ),
        (
            "Straßenbeleuchtung ausgefallen",
            "die komplette Straßenbeleuchtung",
            "ist ausgefallen, es ist stockdunkel",
        ),
        ("Laterne brennt tagsüber", "die Laterne", "brennt auch tagsüber"),
        (
            "Laternenmast schief",
            "ein Laternenmast",
            "steht nach einem Unfall schief und droht umzufallen",
        ),
        (
            "Schlagloch",
            "ein [riesiges|tiefes|gefährliches] Schlagloch",
            "klafft mitten auf der Fahrbahn[, da sind schon Radfahrer gestürzt|]",
        ),
        ("Straßenbelag kaputt", "der Straßenbelag", "ist voller Risse und Schlaglöcher"),
        (
            "Loch im Radweg",
            "ein Loch im Radweg",
            "ist im Dunkeln nicht zu sehen[, ich bin fast gestürzt|]",
        ),
        (
            "Fahrbahn abgesackt",
            "die Fahrbahn",
            "ist abgesackt und es steht immer eine riesige Pfütze da",
        ),
        (
            "Gehwegplatten lose",
            "die Gehwegplatten",
            "[sind lose|sind gebrochen|wackeln] und man stolpert ständig",
        ),
        (
            "Wurzeln heben Gehweg",
            "der [Gehweg|Gehsteig|Trottoir]",
            "wird von Baumwurzeln angehoben, eine echte Stolperfalle",
        ),
        (
            "Container überfüllt",
            "die [Altglascontainer|Papiercontainer|Wertstoffcontainer|Glascontainer]",
            "sind [schon wieder|seit Tagen] überfüllt",
        ),
        (
            "Müllsäcke neben Containern",
            "Müllsäcke",
            "stehen [seit Tagen|wieder] neben den Containern[ und Krähen reißen sie auf|]",
        ),
        (
            "illegale Müllablagerung",
            "jemand",
            "hat [ein Sofa|eine Matratze|Bauschutt|einen Kühlschrank|mehrere Müllsäcke] "
            "auf dem Gehweg abgeladen",
        ),
        (
            "Sperrmüll liegt herum",
            "Sperrmüll",
            "liegt seit [einer Woche|Tagen] auf dem Gehweg[, ein Schrank und Matratzen|]",
        ),
        ("Vermüllung", "die [Grünfläche|Böschung|Spielwiese|Parkanlage]", "ist total vermüllt"),
        (
            "Mülleimer voll",
            "der [Mülleimer|Abfalleimer|Abfallkübel]",
            "[quillt über|ist randvoll|wird nie geleert]",
        ),
        ("Mistkübel voll", "der Mistkübel", "geht seit Tagen über"),
        ("Mülleimer kaputt", "der Mülleimer", "wurde [abgerissen|angezündet|zerstört]"),
        (
            "Tonne nicht geleert",
            "die [Biotonne|gelbe Tonne|Restmülltonne|Papiertonne]",
            "wurde [diese Woche|schon wieder] nicht geleert",
        ),
        (
            "Graffiti",
            "die [Wand|Unterführung|Hauswand|Brücke|Stromkiste]",
            "ist [komplett|schon wieder] mit Graffiti beschmiert",
        ),
        (
            "Schmierereien",
            "jemand",
            "hat [das Denkmal|die Schulmauer|den Spielplatz] mit Graffiti beschmiert",
        ),
        (
            "Baum umgestürzt",
            "ein Baum",
            "ist [umgestürzt|umgefallen] und blockiert [den Gehweg|die Straße|den Radweg]",
        ),
        ("Ast hängt herunter", "ein großer Ast", "hängt abgebrochen über dem Gehweg"),
        ("Unkraut", "das Unkraut", "wächst kniehoch zwischen den Gehwegplatten"),
        ("Rasen nicht gemäht", "der Rasen", "wurde seit [Wochen|Monaten] nicht gemäht"),
        (
            "Hecke wuchert",
            "die Hecke",
            "wuchert so weit über den Gehweg, dass man auf die Straße ausweichen muss",
        ),
        ("toter Baum", "der Baum", "ist abgestorben und könnte jederzeit umfallen"),
        ("Gully verstopft", "die [Gullys|Abflüsse|Straßeneinläufe]", "sind verstopft[ mit Laub|]"),
        ("Straße überschwemmt", "die Straße", "steht nach jedem Regen unter Wasser"),
        ("Kanal stinkt", "der Kanal", "stinkt [bestialisch|fürchterlich][, vor allem bei Hitze|]"),
        ("Kanaldeckel klappert", "ein Kanaldeckel", "ist lose und klappert bei jedem Auto"),
        ("Bank kaputt", "die Parkbank", "ist [kaputt|zerbrochen|beschmiert und kaputt]"),
        (
            "Spielgerät defekt",
            "die [Schaukel|Rutsche|Wippe] auf dem Spielplatz",
            "ist kaputt[, da stehen Schrauben raus|]",
        ),
        ("Scherben auf dem Spielplatz", "der Spielplatz", "ist voller Glasscherben"),
        (
            "Glatteis",
            "der [Gehweg|Radweg|Gehsteig]",
            "ist spiegelglatt und es wurde nicht gestreut",
        ),
        (
            "Schnee nicht geräumt",
            "der Schnee",
            "wurde immer noch nicht geräumt, mit Rollstuhl kommt man nicht durch",
        ),
        (
            "Winterdienst fehlt",
            "der Winterdienst",
            "war [heute|schon wieder] nicht da, alles vereist",
        ),
        ("Hundekot", "die Wiese", "ist voller Hundekot"),
        (
            "totes Tier",
            "[ein toter Fuchs|eine tote Taube|eine tote Katze]",
            "liegt seit Tagen auf dem Gehweg",
        ),
        (
            "Laub nicht entfernt",
            "das Laub",
            "wurde nicht entfernt und der Radweg ist total rutschig",
        ),
        (
            "Straße schlecht geflickt",
            "die Straße",
            "wurde nach den Leitungsarbeiten nur notdürftig geflickt",
        ),
        ("Poller umgefahren", "ein Poller", "wurde umgefahren und liegt auf dem Gehweg"),
        ("Spritzen im Gebüsch", "gebrauchte Spritzen", "liegen im Gebüsch neben dem Spielplatz"),
        ("Brunnen trocken", "der Brunnen", "ist seit Wochen trocken"),
        (
            "Unterführung dunkel",
            "die Beleuchtung in der Unterführung",
            "ist seit Wochen kaputt, man fühlt sich echt unsicher",
        ),
        ("Kehricht nicht abgeholt", "der Kehricht", "wurde diese Woche nicht abgeholt"),
        (
            "Müllabfuhr vergessen",
            "die Müllabfuhr",
            "hat unsere Straße [schon wieder|zum zweiten Mal] vergessen",
        ),
        ("Geländer kaputt", "das Geländer am Bach", "ist kaputt, da kann ein Kind reinfallen"),
    ],
    "transit": [
        (
            "Bus verspätet",
            "der [Bus {bus}|{bus}er]",
            "hat [schon wieder|mal wieder] {mins} Minuten Verspätung",
        ),
        ("Bus kam nicht", "der Bus {bus} um {time}", "ist einfach nicht gekommen"),
        (
            "Bus fährt vorbei",
            "der Fahrer der Linie {bus}",
            "ist einfach an der Haltestelle vorbeigefahren",
        ),
        (
            "Straßenbahn fällt aus",
            "die [Straßenbahn|Tram|Linie] {tram}",
            "fährt [heute|seit heute früh] nicht[ und keiner sagt warum|]",
        ),
        ("U-Bahn steht", "die U{metro}", "steht [seit 20 Minuten|schon wieder] im Tunnel"),
        (
            "Bus überfüllt",
            "die Linie {bus}",
            "ist [jeden Morgen|im Berufsverkehr] so voll, dass man nicht mehr reinkommt",
        ),
        (
            "Tram überfüllt",
            "die Straßenbahn Richtung {stop}",
            "ist so voll, dass die Türen nicht zugehen",
        ),
        (
            "Fahrer unfreundlich",
            "der Fahrer vom Bus {bus}",
            "war [total unfreundlich|extrem pampig|die ganze Zeit am Handy]",
        ),
        (
            "Busfahrer rast",
            "der Busfahrer der Linie {bus}",
            "fährt wie ein Henker, alle fliegen durch den Bus",
        ),
        (
            "Anschluss verpasst",
            "ich",
            "habe [meinen Anschluss|den Zug|den letzten Bus] verpasst, weil die "
            "[Bahn|Tram|S-Bahn] zu spät war",
        ),
        (
            "Fahrkartenautomat kaputt",
            "der Fahrkartenautomat an der Haltestelle {stop}",
            "[ist kaputt|nimmt kein Bargeld|nimmt keine Karten]",
        ),
        ("doppelt abgebucht", "mir", "wurde das Ticket [doppelt|zweimal] abgebucht"),
        (
            "App zeigt falsche Zeiten",
            "die App",
            "zeigt [falsche Abfahrtszeiten|Busse an, die nie kommen|schon wieder nichts an]",
        ),
        ("Anzeige falsch", "die Anzeige an der Haltestelle", "zeigt seit 15 Minuten '2 min' an"),
        ("Haltestelle verlegt", "die Haltestelle", "wurde verlegt und nirgends steht, wohin"),
        (
            "Wartehäuschen kaputt",
            "das Wartehäuschen",
            "ist [eingeschlagen|zerstört], überall Scherben",
        ),
        (
            "Haltestelle ohne Dach",
            "die Haltestelle",
            "hat kein Dach und keine Bank, man steht im Regen",
        ),
        (
            "Aufzug defekt",
            "der Aufzug an der Station {stop}",
            "ist [schon wieder|seit Wochen] defekt, kein barrierefreier Zugang",
        ),
        (
            "Rolltreppe steht",
            "die Rolltreppe an der Station {stop}",
            "steht seit einer Woche still",
        ),
        (
            "Rampe verweigert",
            "der Fahrer",
            "wollte die Rampe für meinen Rollstuhl nicht ausklappen",
        ),
        (
            "Kinderwagen abgewiesen",
            "ich",
            "durfte mit dem Kinderwagen nicht einsteigen, obwohl Platz war",
        ),
        (
            "Klimaanlage kaputt",
            "die Klimaanlage im [Bus|Zug|ICE|RE]",
            "ist [ausgefallen|kaputt], es hat gefühlt 40 Grad",
        ),
        ("Heizung kaputt", "die Heizung in der [Bahn|Bim|Tram]", "ist kaputt, eiskalt"),
        (
            "Zug verspätet",
            "der [RE|RB|Zug] um {time} nach {town}",
            "hat [schon wieder|mal wieder] {mins} Minuten Verspätung",
        ),
        (
            "Zug fällt aus",
            "der [RE|RB|Zug] um {time} nach {town}",
            "fällt [ersatzlos|heute|schon wieder] aus",
        ),
        ("Erstattung", "ich", "möchte mein Geld zurück, der Zug kam über eine Stunde zu spät"),
        (
            "Fahrgastrechte",
            "mein Fahrgastrechte-Antrag",
            "ist seit [Wochen|einem Monat] in Bearbeitung",
        ),
        (
            "neuer Fahrplan",
            "der neue Fahrplan",
            "ist eine Katastrophe, der {bus}er fährt nur noch stündlich",
        ),
        (
            "letzter Bus zu früh",
            "der letzte Bus nach {stop}",
            "fährt schon um {time}, viel zu früh",
        ),
        (
            "Kontrolleur",
            "der Kontrolleur",
            "hat mir eine Strafe gegeben, obwohl der Automat kaputt war",
        ),
        (
            "Schienenersatzverkehr",
            "der Schienenersatzverkehr",
            "ist [ein Chaos|nirgends zu finden|komplett überfordert]",
        ),
        (
            "Bus zu früh",
            "der Bus {bus}",
            "ist [3|4|5] Minuten zu früh {at_stop} abgefahren",
        ),
        ("keine Durchsagen", "das Personal", "macht bei Verspätungen keine einzige Durchsage"),
        ("Bus dreckig", "der Bus", "ist total verdreckt, überall Kaugummi und Müll"),
        (
            "Tram endet früher",
            "die Tram",
            "endet ohne Erklärung schon {at_stop}",
        ),
        ("Bahnsteig überfüllt", "der Bahnsteig", "ist gefährlich überfüllt, weil Züge ausfallen"),
        (
            "Einstieg zu hoch",
            "der Einstieg an der Haltestelle {stop}",
            "ist viel zu hoch, mit Rollstuhl unmöglich",
        ),
        (
            "Umleitung Bus",
            "der Bus {bus}",
            "fährt eine Umleitung, aber an der Haltestelle hängt kein Hinweis",
        ),
        ("Fahrrad nicht erlaubt", "ich", "durfte mein Fahrrad nicht mit in die S-Bahn nehmen"),
        ("Nachtbus gestrichen", "der Nachtbus Richtung {stop}", "wurde einfach gestrichen"),
        (
            "Abo",
            "mein [Abo|Deutschlandticket|Jahresticket]",
            "wurde [nicht verlängert|gekündigt] und keiner geht ans Telefon",
        ),
        ("Türen", "die Türen der Straßenbahn", "sind mir auf den Kinderwagen zugegangen"),
        ("Kundenservice", "der Kundenservice", "[antwortet seit zwei Wochen nicht|legt immer auf]"),
        (
            "Zug zu kurz",
            "der Zug um {time} nach {town}",
            "fährt schon wieder mit halber Länge, alle stehen",
        ),
        ("Zugtoilette", "die Toilette im Zug", "ist [defekt|gesperrt], bei zwei Stunden Fahrt"),
        ("Öffis am Wochenende", "die Öffis", "fahren am Wochenende viel zu selten"),
        (
            "Bim unpünktlich",
            "der {tram}er",
            "kommt nie pünktlich, heute wieder 15 Minuten gewartet",
        ),
        (
            "Billett in der App",
            "das Billett in der App",
            "lässt sich nicht lösen, die App stürzt dauernd ab",
        ),
    ],
    "communication": [
        (
            "Ruhestörung",
            "die Nachbarn",
            "machen [jede Nacht|jedes Wochenende|bis 4 Uhr früh] laute Musik",
        ),
        (
            "Partys im Park",
            "die Partys im Park",
            "gehen [jedes Wochenende|jede Nacht] bis in die Morgenstunden",
        ),
        ("Hund bellt", "der Hund der Nachbarn", "bellt den ganzen Tag"),
        (
            "Jugendliche machen Lärm",
            "eine Gruppe Jugendlicher",
            "hängt [jeden Abend|nachts] [auf dem Spielplatz|an den Bänken] herum und macht Lärm",
        ),
        ("Ratten", "Ratten", "laufen [an den Mülltonnen|im Hinterhof|am Spielplatz] herum"),
        ("Wespennest", "ein Wespennest", "hängt [unter dem Dach|an der Schule|am Balkon]"),
        ("Tauben", "die Tauben", "verdrecken den ganzen Balkon"),
        ("Baulärm", "die Baustelle", "fängt [jeden Tag|sogar samstags] um 6 Uhr an zu lärmen"),
        ("Böller", "jemand", "zündet seit einer Woche jeden Abend Böller"),
        ("Kneipenlärm", "die Gäste der Kneipe", "grölen jede Nacht bis 2 Uhr vor der Tür"),
        ("Holzofen", "die Nachbarn", "heizen jeden Abend mit Holz, die ganze Straße stinkt"),
        ("Drogenhandel", "ein paar Typen", "dealen ganz offen im Hinterhof"),
        ("Kakerlaken", "Kakerlaken", "sind im ganzen Haus"),
        ("Ferienwohnung", "die Gäste der Ferienwohnung", "feiern jedes Wochenende bis spät"),
        ("Laubbläser", "die Laubbläser der Stadt", "laufen schon um 7 Uhr morgens"),
        (
            "Musik aus dem Auto",
            "jemand",
            "sitzt jeden Abend mit wummernder Musik im Auto auf dem Parkplatz",
        ),
        (
            "Eichenprozessionsspinner",
            "der Eichenprozessionsspinner",
            "ist in den Bäumen an der Schule",
        ),
        ("Mäuse", "Mäuse", "kommen aus dem leerstehenden Haus nebenan"),
        ("Eiswagen", "der Eiswagen", "dudelt um 21 Uhr noch in voller Lautstärke"),
        ("Krähen", "die Krähen", "machen ab 5 Uhr früh einen Höllenlärm"),
    ],
}

DE_FREE = {
    "traffic": [
        "Seit {mins} Minuten Stau in der {street}. Wer hat diese Ampeln programmiert? {E}",
        "Jeden Morgen das gleiche: Stau vom Kreisverkehr bis zur {street} {E} {TAG}",
        "{H} warum ist die {street} plötzlich gesperrt? Nirgends eine Umleitung",
        "Wie lange bleibt die {street} noch gesperrt? Jeden Tag 15 Minuten Umweg",
        "Schon wieder ein Auto auf dem Radweg in der {street}. Wo ist das Ordnungsamt? {E}",
        "Könnt ihr mal in der {street} kontrollieren? Jeden Abend alles voller Falschparker",
        "Da steht seit {weeks} Wochen ein Schrottrad bei {landmark}, kann das weg?",
        "Die Schwelle in der {street} kommt wohl erst, wenn ein Kind angefahren wurde? {E}",
        "Nachts wird hier gerast wie auf dem Nürburgring. {street}, jeden Freitag {E}",
        "Der neue Radweg in der {street} ist toll, aber warum hört er an der Brücke einfach auf?",
        "Wer hat den Kreisverkehr bei {landmark} geplant? Keiner weiß, wer Vorfahrt hat",
        "Ampel {street}/{street2} blinkt schon wieder nur gelb, Chaos im Berufsverkehr 🚦",
        "Knöllchen bekommen, obwohl der Parkautomat kaputt war. Danke {H} {E}",
        "Wann gibt es endlich mehr Fahrradbügel am Bahnhof? Alles steht auf dem Gehweg",
        "LKW steckt in der {street} fest, weil das Navi durchs Wohngebiet führt. Schild bitte!",
        "Anwohner in {hood} finden keinen Parkplatz mehr, alles voll mit Pendlern {TAG}",
        "{street} gesperrt, {street2} gesperrt, wie soll ich zur Arbeit kommen? {E}",
        "An Tempo 30 in der {street} hält sich kein Mensch",
        "Auto mit zwei Rädern auf dem Gehweg vor Nummer {num}, mit dem Rollstuhl komm ich "
        "nicht vorbei",
        "Fast ein Kind am Zebrastreifen bei {landmark} übersehen, die Streifen sieht man nicht "
        "mehr",
        "Darf man echt vor der Feuerwehrausfahrt parken? {street}, jeden Tag",
        "Seit der neuen Verkehrsführung in der {street} steh ich jeden Morgen 20 Minuten. "
        "Wer plant sowas?",
        "Leih-Scooter liegen kreuz und quer auf dem Gehweg in der {street}, heute ist eine "
        "ältere Dame drübergestolpert",
        "Wie kann ein Wohnwagen seit drei Wochen in der {street} stehen? Ist doch kein "
        "Campingplatz",
        "Wann ist die Brücke wieder für Autos offen? Wochenlang Umwege {E}",
        "Motorräder brettern jeden Sonntag mit 100 durch die {street}, bitte einen Blitzer!",
        "Die Anzeige sagt 'Brücke gesperrt', ist aber offen. Alle fahren umsonst Umweg 😂",
        "An der Kreuzung {street}/{street2} fehlt das Stoppschild, jeder meint er hat Vorfahrt",
        "Drei Runden in {hood} für einen Parkplatz. Jeden. Einzelnen. Abend. {E}",
        "Paketdienste parken in der {street} dauernd auf dem Radweg, man muss auf die Fahrbahn {E}",
        "Wer ist zuständig für das abgemeldete Auto in der {street}? Steht da seit {month}",
        "Die {street} ist eine Schulstraße, aber alle fahren wie auf der Autobahn",
        "Wieder fast umgefahren worden von einem, der bei Rot in der {street} drüber ist. "
        "Blitzer bitte {H}",
        "Die 'vorübergehende' Sperrung der {street} geht jetzt in Woche {weeks}. Wie "
        "vorübergehend ist vorübergehend?",
        "Baken stehen noch, keine Arbeiter da, keiner weiß wohin. {street} ist ein Chaos",
        "Warum müssen Radfahrer an der {street} dreimal warten um rüberzukommen?? 🚲",
        "In Wien würd man sagen: Parkpickerl für nix. In der {street} parkt jeder wo er will",
        "Velofahrer in der {street} leben gefährlich, der Velostreifen hört einfach auf",
        "Trottoir in der {street} wieder zugeparkt, mit dem Kinderwagen aufs Trottoir keine Chance",
        "Ampel an der {street} hat so kurze Grünphasen, es kommen grad mal 3 Autos durch",
        "Der Drücker an der Fußgängerampel {street} macht gar nix, man wartet ewig",
        "Jeden Morgen Elterntaxis in zweiter Reihe vor {landmark}, lebensgefährlich für die Kids",
    ],
    "public_works": [
        "Seit {weeks} Wochen ein Schlagloch in der {street}. Muss sich erst jemand den Hals "
        "brechen? {E}",
        "Straßenbeleuchtung in der {street} seit Tagen aus. Ich trau mich abends nicht mehr "
        "durch {E}",
        "Wann wird der Sperrmüll in {hood} abgeholt? Steht schon eine Woche draußen",
        "Unsere Restmülltonne wurde heute nicht geleert, der Rest der Straße schon {E} {H}",
        "Die Container bei {landmark} quellen über, alles fliegt über die Straße",
        "Ganze Hauswand voller Graffiti in der {street}, schade um die schöne Straße",
        "Baum über der Straße bei {landmark} nach dem Sturm, Autos kommen nicht vorbei 🌳",
        "Wer räumt die Matratze weg, die seit einer Woche an der Ecke liegt? {street}",
        "Zehn Minuten Regen und die {street} ist ein See. Gullys verstopft? {E}",
        "Heute früh über eine lose Gehwegplatte in der {street} gestolpert, Knie offen {E}",
        "Spielplatz in {hood} voller Scherben, die Kinder können da nicht spielen",
        "Wird heute noch gestreut? Die Radwege sind eine einzige Eisbahn ❄️",
        "Das Gras im Park ist so hoch, ich find den Hund nicht mehr 😂",
        "Laub liegt seit Wochen auf dem Radweg, total rutschig {E}",
        "Die Mülleimer im Park sind seit dem Wochenende nicht geleert, die Krähen feiern",
        "Warum liegt in der {street} immer noch Bauschutt auf dem Gehweg? Die Baustelle ist "
        "seit {weeks} Wochen fertig",
        "Der Kanal in der {street} stinkt so, dass wir die Fenster nicht aufmachen können {E}",
        "Kann jemand den toten Fuchs vor Hausnummer {num} wegmachen? Liegt da seit drei Tagen",
        "Laterne bei {landmark} flackert wie in der Disco 🪩",
        "Die Bank im Park ist seit Monaten kaputt, ältere Leute können nirgends sitzen",
        "Wilder Müll schon WIEDER am Ende der {street}. Sofa, Kühlschrank, alles",
        "Gelbe Tonne wieder nicht geleert, die ganze Straße stinkt {H}",
        "Äste hängen so tief über dem Radweg, dass man sich den Kopf anhaut {E}",
        "Letzte Woche den verstopften Gully gemeldet, jetzt steht der Keller unter Wasser. "
        "Danke {H} 🙃",
        "Schon wieder Graffiti am Trafohäuschen. Hat keine Woche gehalten",
        "Jeden Monat ist in der {street} wieder eine Platte lose. Macht's halt einmal richtig",
        "Wurzeln drücken den Radweg hoch, diesen Monat schon drei Leute gestürzt",
        "Mülleimer im Park abmontiert und jetzt liegt alles auf dem Boden. Genial. {E}",
        "Wann kommt die Kehrmaschine mal wieder in {hood} vorbei?",
        "Schnee seit 3 Tagen nicht geräumt am Gehweg bei {landmark}, die Leute rutschen aus {E}",
        "Könnt ihr mal das Unkraut in der {street} wegmachen? Das ist ein Dschungel",
        "Wie oft muss ich noch wegen der kaputten Laterne in der {street} anrufen?",
        "Kaputte Schaukel auf dem Spielplatz in der {street}, da schaut eine Schraube raus. "
        "Gefährlich für die Kleinen",
        "Mistkübel am Gehsteig in der {street} geht seit Tagen über, ur grauslich {E}",
        "Irgendwer hat eine ganze Küche beim Glascontainer in der {street} abgeladen {E}",
        "In {hood} ist heute die halbe Straße ohne Licht, stockdunkel",
        "Die Abflüsse in der {street} sind wieder voller Laub, die ganze Straße unter Wasser",
        "Das Schlagloch in der {street} ist eine Falle für Radfahrer, wär fast reingefallen",
        "Winterdienst hat unsere Siedlung wieder vergessen, der Hang ist spiegelglatt",
        "Hundehaufen überall auf dem Weg bei {landmark}, wenigstens ein Mülleimer wär schön",
        "Der Kanaldeckel in der {street} scheppert jedes Mal wenn ein Auto drüberfährt, die "
        "ganze Nacht",
        "Das Trottoir in der {street} ist total kaputt, mit dem Rollator kommt man nicht durch",
    ],
    "transit": [
        "{H} wo bleibt der {bus}er?? Steh seit {mins} Minuten {at_stop} {E}",
        "Der Bus {bus} ist einfach an mir vorbeigefahren {at_stop}. Ich hab gewunken 🙋 {E}",
        "Tram {tram} steht schon wieder {at_stop}. Was ist denn jetzt wieder? {TAG}",
        "Ich zahl {price} im Monat fürs Abo und dann sowas {E} {H}",
        "Warum fährt die Linie {bus} sonntags nicht? Wie soll ich zur Arbeit kommen?",
        "RE um {time} nach {town} wieder verspätet, Anschluss weg. Super {H} 👏",
        "{H} könnt ihr die Klima im Zug nach {town} runterdrehen? Hier ist Nordpol 🥶",
        "Überfüllter Zug nach {town}, wir stehen bis ins WC {E} #Bahnchaos",
        "Krieg ich Geld zurück, wenn der Zug über 60 Minuten Verspätung hat?",
        "Warum fahren beim Stadtfest keine zusätzlichen Bahnen? Alle wie Sardinen {E}",
        "Bus {bus} verpasst, weil die Tram zu spät war. Nächster in 30 Minuten. Toll {E}",
        "Die App sagt, der {bus}er kommt in 2 Minuten. Seit 10 Minuten 😂",
        "Entwerter {at_stop} kaputt, krieg ich jetzt eine Strafe?",
        "Vergessen auszuchecken, wie krieg ich mein Geld zurück? {H}",
        "{H} euer Fahrer ist grad in der {street} bei Rot gefahren, Linie {bus}, um {time}",
        "Nach 23 Uhr keine Tram mehr Richtung {stop}? Echt jetzt?",
        "U{metro} fährt wieder nicht. Dritte Mal diese Woche {E}",
        "Gibt's eine Störung auf der {tram}? Seit einer halben Stunde kommt nix",
        "Aufzug {at_stop} kaputt, wie soll ich mit dem Rollstuhl zum Bahnsteig?",
        "Mit Kinderwagen in den Bus ist ein Drama, der Fahrer wollte nicht mal warten",
        "Warum gibt es {at_stop} immer noch kein Wartehäuschen? Abgebaut im {month}",
        "Der {bus}er um {time} fällt seit drei Tagen aus. Mein Kind kommt zu spät zur Schule",
        "Schienenersatzverkehr am Bahnhof {town}? Kein einziger Bus da {E}",
        "Preise wieder hoch bei {H}, aber weniger Busse. Logisch.",
        "Warum steht die Tram in {hood} 20 Minuten wegen einem falsch geparkten Auto?",
        "Zweimal abgebucht beim Einchecken. Wer hilft mir? {H}",
        "Klo im Zug nach {town} mal wieder defekt. 2 Stunden ohne Toilette {E}",
        "WLAN im Bus geht nie, warum werbt ihr damit?",
        "Tram fährt wegen Bauarbeiten nicht bis {stop}, hätte man auch mal ansagen können",
        "Nachtbus stand nicht in der App, fuhr aber. Oder umgekehrt? Keiner weiß es 🤷",
        "Haltestelle {stop} wegen Umleitung nicht bedient, kein Schild. 20 Min umsonst gewartet",
        "Darf ein Fahrer einfach nicht halten, weil er Verspätung hat?",
        "Der Zugbegleiter im RE nach {town} war echt unverschämt zu einem älteren Herrn {E}",
        "Ticket in der App gekauft, Kontrolleur sagt ungültig. Jetzt 60 Euro Strafe?",
        "Jeden Morgen um {time} ist der Bahnsteig {at_stop} rappelvoll. Setzt längere Züge ein {H}",
        "Neue Busse sind schön, aber warum nur 10 Sitzplätze?",
        "Dritte Mal diesen Monat fällt der letzte Zug nach {town} aus. Taxi auf eigene Kosten {E}",
        "Der {bus}er wird bis {stop} gekürzt? Dann muss das halbe Viertel umsteigen",
        "Wann fährt sonntags die erste Bahn zum Hauptbahnhof?",
        "Noch wer in der U{metro} stecken geblieben? Seit 15 Minuten nix",
        "{H} der Fahrer vom {bus}er hat einen Mann im Rollstuhl einfach stehen lassen. Unmöglich",
        "Seit 25 Minuten im stehenden Zug vor {town}, null Durchsagen {E}",
        "Anzeige {at_stop} sagt 'fällt aus', Bus kommt trotzdem. Was denn nun?",
        "kann der Bus nicht EINE Minute warten, wenn der Zug grad einfährt?? {E}",
        "Anschluss in {town} um 4 Minuten verpasst, jetzt eine Stunde am Bahnsteig",
        "Die Bim ist wieder so voll, dass man nimmer reinkommt. Danke {H} {E}",
        "Öffis am Sonntag: 20 Minuten Takt. Ernsthaft?",
        "Im Tram {tram} ist es wie in der Sauna, Fenster gehen nicht auf 🥵",
        "Billett am Automaten {at_stop} lösen geht nicht, nimmt weder Karte noch Münz",
        "Deutschlandticket gekündigt, aber trotzdem abgebucht. Wer hilft?",
        "Der Busfahrer war zwar nett, aber der Bus kam 25 Minuten zu spät. Schon wieder",
    ],
    "communication": [
        # compliments and thanks
        "Was für ein schöner Tag gestern in der {street}, großes Lob an die Organisatoren! {EP}",
        "Danke an die Mitarbeiterin im Bürgeramt, die mir heute so nett geholfen hat {EP}",
        "{H} ging schnell, unsere Laterne geht wieder. Vielen Dank! {EP}",
        "Schlagloch in der {street} innerhalb eines Tages geflickt. Respekt {H} {EP}",
        "Lob an den Fahrer vom {bus}er, der geduldig auf eine ältere Dame gewartet hat {EP}",
        "Der Park sieht nach der Sanierung richtig schön aus {EP}",
        "Danke für die tolle Lichtshow am Rathaus gestern Abend {EP}",
        "Auch mal ein Lob: die Müllabfuhr in {hood} ist immer super freundlich {EP}",
        "Danke an die Stadtreinigung für den Einsatz nach dem Stadtfest {EP}",
        "Personalausweis innerhalb einer Woche fertig, alles reibungslos {H}",
        "Danke für die schnelle Antwort auf meine Meldung! {EP}",
        "Endlich mal jemand bei der Stadt, der ans Telefon geht und hilft 🙏",
        "{H} ihr seid spitze, danke für die Hilfe nach dem Sturm {EP}",
        "Schön, dass die Bäume in der {street} nachgepflanzt wurden, die Straße sieht viel "
        "besser aus",
        "Danke an den Winterdienst, der die ganze Nacht unterwegs war {EP}",
        "Leiwand, das neue Freibad in {hood}! Danke {EP}",
        # general questions
        "{H} wann hat das Bürgeramt samstags offen?",
        "Kann ich meinen Reisepass ohne Termin abholen?",
        "{H} ich brauch einen Termin fürs Bürgeramt, aber bis {month} ist alles voll. Wie "
        "geht das?",
        "Wo beantrage ich eine Meldebescheinigung?",
        "Wann kommen dieses Jahr die Grundsteuerbescheide?",
        "Wie melde ich meinen Hund für die Hundesteuer an?",
        "Hat das Rathaus am Brückentag offen?",
        "Bin in die {street} gezogen, wie melde ich mich um?",
        "Wo kann man in {city} heiraten? Gibt's schöne Orte?",
        "Wie bekomme ich eine Genehmigung für ein Straßenfest in der {street}?",
        "Weiß jemand, ob die Stadtbibliothek heute offen hat?",
        "Wann ist die nächste Bürgerversammlung zum Bebauungsplan in {hood}?",
        "Bietet die Stadt noch Ausbildungsplätze an?",
        "Was brauch ich für den Kinderreisepass?",
        "{H} ich hab dreimal wegen meinem Widerspruch angerufen und erreiche niemanden",
        "Wie lange dauert ein Führungszeugnis bei euch?",
        "Wo beantragt man einen Schwerbehindertenausweis? Welches Formular?",
        "Warum bekomme ich keine Antwort auf meine Mail vom {date}? {H}",
        "Hat der Wertstoffhof auch sonntags offen oder wer ist dafür zuständig?",
        "Wo bekomm ich in {city} eine Wohnsitzbestätigung? Gemeindeamt oder Magistrat?",
        # nuisance
        "Kann mal jemand den Nachbarn in der {street} {num} sagen, dass es 3 Uhr nachts ist? 🙄",
        "Schon wieder Party bis 5 nebenan. Ich muss um 7 arbeiten {E}",
        "An wen wendet man sich wegen Lärm von einer Veranstaltung?",
        "{H} das Festival im Park ist viel zu laut, die Fenster wackeln",
        "Die Baustelle in der {street} hämmert wieder ab 6 Uhr. Ist das erlaubt?",
        "Jugendliche randalieren jeden Abend vor {landmark} {E}",
        # pests
        "Ratten so groß wie Katzen in der {street} 🐀 {H}",
        "Wer entfernt ein Wespennest? Hängt neben der Haustür {E}",
        "Überall Taubendreck auf dem Balkon, kann die Stadt was gegen die Tauben machen?",
        "Mäuse im ganzen Haus, der Vermieter macht nix. Kann die Stadt helfen?",
        # politics
        "Der Stadtrat verschwendet Millionen für ein neues Verwaltungsgebäude, während "
        "es in {hood} an allem fehlt",
        "Wann hört der Bürgermeister mit dieser Politik auf? #Stadtrat",
        "Wählen gehen! Sonntag ist Kommunalwahl 🗳️",
        "Die Bürgermeisterin sollte nach diesem Debakel zurücktreten. Skandal.",
        "Warum hat der Gemeinderat gegen den Antrag gestimmt? Versteh ich nicht",
        "Schon wieder höhere Parkgebühren, die Koalition zockt nur ab",
        "Spannende Debatte im Stadtrat gestern zur neuen Straßenbahnlinie. Mal sehen.",
        "Reagiert der Bürgermeister noch auf die Petition fürs Hallenbad?",
        "Wer ist eigentlich Verkehrsdezernent? Nie was von dem gehört",
        "Toll transparent, Entscheidung zum Bauprojekt in {hood} hinter verschlossenen Türen {E}",
        "Geld für ein Kunstwerk im Kreisverkehr, aber nicht fürs Jugendzentrum?",
        "Live aus dem Ratssaal: Haushaltsdebatte beginnt um {time}",
        # spam
        "💰 Verdiene {p}0 € am Tag mit Krypto! Schreib mir per DM 🚀🚀",
        "Folgst du mir, folg ich dir! #followback",
        "Gratis iPhone gewinnen? Link in meiner Bio!! 🎁",
        "Günstig parken am Flughafen? Jetzt online buchen 🚗✈️",
        "Container für Ihre Renovierung mieten? Lieferung schon morgen! Jetzt anrufen",
        "Wir kaufen Ihr Auto, auch mit Unfallschaden! Sofort anrufen",
        "🔥🔥 Bitcoin geht zum Mond, jetzt einsteigen 🔥🔥",
        "Nebenjob von zu Hause, 10 Minuten am Tag, schreib mir 💸",
        "Fahrstunden diesen Monat 20% günstiger! Erste Stunde gratis 🚗",
        # off-topic and events
        "Schönes Wetter heute in {city} {EP}",
        "Wer geht heute Abend auf die Kirmes?",
        "Hat jemand eine graue Katze bei der {street} gesehen? Sie hört auf Mimi",
        "Lecker gegessen beim neuen Italiener in der {street} 🍕",
        "Was für ein Spiel gestern! Aufstieg!! ⚽",
        "Wer hat Lust, bei der Tafel mitzuhelfen?",
        "Suche Babysitter in {hood} für Mittwochnachmittag",
        "Kennt jemand einen guten Installateur in {city}?",
        "Schlüsselbund gefunden bei {landmark}. Wer vermisst ihn?",
        "Klassenfahrt in den Zoo, der Bus fährt um {time} an der Schule ab. Freu mich! 🚌",
        "Wann wird der Christbaum auf dem Weihnachtsmarkt beleuchtet? 🎄",
        "Laternenumzug in {hood} heute Abend, so schön 🏮",
        "Die Radtour vom Sportverein war wieder klasse 🚲",
        "Morgen Flohmarkt in der {street}, kommt vorbei!",
        "Wann beginnt das Feuerwerk an Silvester am Rathaus?",
        "Tipps für einen schönen Spielplatz für Kleinkinder in {city}? {EP}",
        "Heute früh einen Eisvogel am Bach gesehen! Wunderschön {EP}",
        "Welche Bäckerei in {city} hat die besten Brezn?",
        "Das Lichterfest in der Altstadt ist echt sehenswert {EP}",
        "Samstag eröffnet die neue Stadtbücherei, mit Auftritt der Stadtkapelle 🎶",
        "Weiß jemand, warum der Polizeihubschrauber seit einer Stunde über den Dächern in {hood} "
        "kreist?",
        "Grüezi mitenand, weiss jemand, wo man in {city} gut zmittag essen kann?",
    ],
}

# Replies under someone else's post, without context: they stay with the communication office.
DE_REPLIES = [
    "immer noch",
    "hier auch",
    "bei uns auch",
    "+1",
    "das!!",
    "haha genau",
    "echt jetzt?",
    "stimmt",
    "same hier",
    "👍",
    "😂😂😂",
    "sehe ich auch so",
    "ja klar",
    "typisch {city}",
    "seufz",
    "oh nein",
    "volle Zustimmung {EP}",
    "wer nicht",
    "jup",
    "ich auch",
    "jo genau",
    "hahaha",
    "dachte ich mir auch",
    "kann das jemand bestätigen?",
    "wo ist das?",
    "Quelle?",
    "was ist hier passiert?",
    "versteh die Aufregung nicht",
    "tja",
    "genau das",
    "gut so {EP}",
    "endlich",
    "lol",
    "so ein Quatsch",
    "wieso?",
    "schön {EP}",
    "danke!",
    "schöne Feiertage euch allen {EP}",
    "guten Morgen {city} {EP}",
    "oida",
    "passt scho",
    "gibt's schon was Neues?",
]

# --------------------------------------------------------------------------------------------
# Spanish (es): the invented Valdeluna and San Roque del Monte
# --------------------------------------------------------------------------------------------

ES_PLACES = {
    "city": ["Valdeluna", "San Roque del Monte", "Valdeluna"],
    "street": [
        "calle del Olmo",
        "calle Mayor",
        "avenida de los Almendros",
        "calle de la Fuente",
        "calle Real",
        "plaza de las Acacias",
        "calle de la Luna",
        "avenida del Río",
        "calle Herreros",
        "calle de los Tejares",
        "calle Alfareros",
        "avenida de la Estación",
        "calle del Molino",
        "ronda Norte",
        "calle Cerezo",
        "calle de las Eras",
        "travesía del Horno",
        "calle Tintoreros",
    ],
    "hood": [
        "El Rebollar",
        "La Ermita",
        "Los Pinos",
        "Cuesta Alta",
        "Santa Clara",
        "San Roque",
        "Las Huertas",
        "La Vega",
    ],
    "landmark": [
        "del colegio",
        "de la biblioteca",
        "del centro de salud",
        "del mercado",
        "de la iglesia",
        "del polideportivo",
        "del supermercado",
        "de la farmacia",
        "del parque",
        "de la estación",
    ],
    "stop": [
        "Plaza Mayor",
        "Hospital",
        "Estación Norte",
        "Universidad",
        "Los Pinos",
        "Mercado Central",
        "Ayuntamiento",
        "Polígono Sur",
        "La Vega",
        "Cementerio",
    ],
    "town": ["San Roque del Monte", "Valdeluna", "Torrealba", "Villaseca del Río", "Puebla Nueva"],
    "bus": ["2", "5", "7", "11", "14", "21", "C1", "C2", "L4", "N3"],
    "tram": ["1", "2", "3"],
    "metro": ["1", "2", "3"],
    "months": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "date": ["{d} de {month}", "{d}/{mo}", "el martes pasado"],
    "ticket": ["{six}", "nº {six}", "#{six}", "expediente {six}"],
    "time": ["{h}:{mm}", "{hh}:{mm}", "{h}.{mm}"],
    "price": ["{p} €", "{p} euros", "{p},50 €"],
}
ES_HANDLES = {
    "city": ["@AytoValdeluna", "@Valdeluna_Ayto", "@AytoSanRoque"],
    "traffic": ["@PoliciaLocalVL", "@MovilidadVL"],
    "public_works": ["@LimpiezaValdeluna", "@VL_Mantenimiento"],
    "transit": ["@AutobusesVL", "@MetroValdeluna", "@TranviaVL", "@CercaniasNorte"],
}
ES_HASHTAGS = {
    "city": ["#Valdeluna", "#SanRoque"],
    "generic": ["#vergüenza", "#quejas", "#increíble", "#otravez", "#dejadez"],
    "traffic": ["#tráfico", "#atasco", "#aparcamiento", "#carrilbici", "#movilidad"],
    "public_works": ["#basura", "#baches", "#limpieza", "#farolas", "#suciedad"],
    "transit": ["#autobús", "#metro", "#transportepúblico", "#retrasos", "#cercanías"],
    "communication": ["#gracias", "#pleno", "#elecciones", "#ruido", "#fiestas"],
}
ES_SCAFFOLD = {
    "greet": ["Buenos días,", "Buenas tardes,", "Hola,", "Estimados señores:", "Buenas,", ""],
    "close": ["Gracias.", "Un saludo.", "Saludos.", "Gracias de antemano.", "Atentamente.", ""],
    "since": [
        "Lleva así {days} días.",
        "Desde la semana pasada.",
        "Lleva semanas así.",
        "Desde anoche.",
        "¡Ya va más de un mes!",
        "Así desde {month}.",
        "No es la primera vez.",
        "",
        "",
    ],
    "since_in": [],
    "remark": [
        "Es muy peligroso, sobre todo de noche.",
        "Pasan muchos niños por aquí.",
        "Por favor, arréglenlo cuanto antes.",
        "Ya he llamado y no han hecho nada.",
        "Puedo enviar fotos.",
        "Vive mucha gente mayor en la zona.",
        "",
        "",
    ],
    "loc": {
        "street": [
            "en la {street}",
            "en la esquina de {street} con {street2}",
            "a la altura del número {num} de la {street}",
            "cerca {landmark}",
            "en el barrio de {hood}",
            "frente al {num} de la {street}",
            "en mi calle",
            "en la {street}, en {hood}",
            "",
        ],
        "transit": [
            "en la parada {stop}",
            "en {stop}",
            "dirección {stop}",
            "entre {stop} y {stop2}",
            "en la parada de {stop}",
            "",
        ],
    },
    "loc_front": {
        "street": [
            "En la {street},",
            "En la esquina de {street} con {street2},",
            "Frente al número {num} de la {street},",
            "En el barrio de {hood},",
        ],
        "transit": ["En la parada {stop},", "Esta mañana en {stop},", "Entre {stop} y {stop2},"],
        "time": ["Esta mañana,", "Anoche,", "Hoy,", "Otra vez,"],
    },
    "loc_terse": {
        "street": ["{street} {num}", "{street} esq. {street2}", "{street}", "{street} ({hood})"],
        "transit": ["parada {stop}", "{stop}", "línea {bus} dirección {stop}"],
    },
    "second": [
        "Además {C2}.",
        "Y por cierto {C2} {L2}.",
        "PD: {C2}.",
        "Otra cosa: {C2}, pero eso es menos urgente.",
    ],
}
ES_REGISTERS = {
    "terse": [
        "{Tc} {LT}",
        "{Tc}, {LT}",
        "{LT}: {T}",
        "{Tc} {LT}!!",
        "{Tc}",
        "{Tc}. {Cc} {L}.",
        "{Tc} ({LT}) {E}",
    ],
    "formal": [
        "{G} {LF} {C}. {S} {X} {K}",
        "{G} quería informar de que {C} {L}. {X} {K}",
        "{G} les escribo para comunicar que {C} {L}. {S} ¿Podrían revisarlo? {K}",
        "Asunto: {T}. {LF} {C}. {S} {K}",
        "{G} ya lo avisé hace tiempo, pero {C} {L}. {S} Ruego que lo solucionen. {K}",
    ],
    "tweet": [
        "{H} {C} {L} {E}",
        "{Cc} {L} {E} {TAG}",
        "{H} {Cc} {L}. {S}",
        "¿Alguien puede mirar esto? {C} {L}",
        "{H} {Cc} {L}, ¿cuándo lo van a arreglar?",
        "Qué vergüenza, {C} {L} {E}",
        "{Cc} {L} y nadie hace nada {E}",
        "Todos los días igual: {C} {L} {E}",
        "{H} {Cc} {L}. Hagan algo ya {E}",
    ],
    "question": [
        "¿Alguien sabe a quién hay que avisar? {Cc} {L}.",
        "{H} ¿quién se encarga de esto? {Cc} {L}",
        "¿Lo sabe el ayuntamiento? {Cc} {L}",
        "¿Dónde se puede avisar de esto? {Cc} {L}",
    ],
    "followup": [
        "{H} sigue sin arreglarse. {Cc} {L}. Avisado el {date} (nº {ticket})",
        "Actualización: {C} {L}, {weeks} semanas después de avisar {E}",
        "Avisado {n} veces y {C} {L}",
        "Seguimos igual. {Cc} {L} {E}",
    ],
    "sarcasm": [
        "Muy bien {H} 👏 {C} {L}",
        "Qué maravilla: {C} {L}. Una imagen estupenda de la ciudad 🙃",
        "Para esto pagamos impuestos: {C} {L} 🙄",
        "Nueva atracción turística {L}: {T} 📸",
    ],
}
ES_ABBREV = [
    (r"\bque\b", ["q", "k", "que"]),
    (r"\bporque\b", ["xq", "pq"]),
    (r"\bpor\b", ["x", "por"]),
    (r"\btambién\b", ["tb", "tmb"]),
    (r"\bminutos\b", ["min", "minutos"]),
    (r"\bpor favor\b", ["porfa", "x fa", "pf"]),
    (r"\bpara\b", ["pa", "para"]),
    (r"\bsaludos\b", ["salu2"]),
]
ES_ISSUES = {
    "traffic": [
        (
            "semáforo averiado",
            "el semáforo",
            "[no funciona|está siempre en rojo|parpadea en ámbar|lleva días apagado]",
        ),
        ("atasco", "el tráfico", "está [colapsado|parado] [todas las mañanas|otra vez]"),
        ("coche en la acera", "un coche", "lleva [días|una semana] aparcado encima de la acera"),
        (
            "coches en el carril bici",
            "los coches",
            "aparcan [siempre|cada mañana] en el carril bici",
        ),
        ("vado bloqueado", "un coche", "me bloquea el vado y no puedo sacar el mío"),
        (
            "coche abandonado",
            "un coche abandonado",
            "lleva [semanas|meses] en la calle [sin matrícula|con las ruedas pinchadas]",
        ),
        ("bici abandonada", "una bici sin ruedas", "lleva meses atada a la farola"),
        (
            "parquímetro roto",
            "el parquímetro",
            "[no funciona|no acepta tarjeta] y aun así ponen multas",
        ),
        (
            "señal caída",
            "la señal de [stop|ceda el paso|dirección prohibida]",
            "está [caída|girada|arrancada] desde hace semanas",
        ),
        ("paso de cebra borrado", "el paso de cebra", "está tan borrado que los coches no paran"),
        (
            "calle cortada sin desvío",
            "la calle",
            "está cortada [sin aviso|desde hace semanas] y no hay desvío señalizado",
        ),
        ("exceso de velocidad", "los coches", "pasan a toda velocidad, a 80 donde se va a 30"),
        ("carreras nocturnas", "unos chavales", "hacen carreras con los coches cada fin de semana"),
        ("carril bici cortado", "el carril bici", "se corta de golpe y te manda a la carretera"),
        (
            "camiones por el barrio",
            "los camiones",
            "pasan por dentro del barrio aunque está prohibido",
        ),
        ("motos por la acera", "las motos", "circulan por la acera como si nada"),
        ("patinetes tirados", "los patinetes de alquiler", "están tirados en medio de la acera"),
        ("doble fila", "las furgonetas de reparto", "aparcan en doble fila todo el día"),
        (
            "plaza de minusválidos ocupada",
            "la plaza de minusválidos",
            "está siempre ocupada por coches sin tarjeta",
        ),
        ("cruce peligroso", "el cruce", "es peligrosísimo, no se ve nada por los coches aparcados"),
    ],
    "public_works": [
        ("farola fundida", "la farola", "[está fundida|no funciona|parpadea toda la noche]"),
        ("calle a oscuras", "media calle", "está sin luz, no se ve nada por la noche"),
        ("bache", "hay", "un bache [enorme|muy profundo] en la calzada"),
        ("baldosas sueltas", "las baldosas de la acera", "están sueltas y la gente tropieza"),
        (
            "contenedor lleno",
            "los contenedores",
            "están [llenos|desbordados] [desde hace días|otra vez]",
        ),
        (
            "basura fuera del contenedor",
            "hay",
            "bolsas de basura tiradas fuera del contenedor desde hace días",
        ),
        ("vertido ilegal", "alguien", "ha tirado [un sofá|un colchón|escombros] en la acera"),
        ("papelera rota", "la papelera", "está [rota|quemada|arrancada]"),
        ("pintadas", "la fachada", "está llena de pintadas"),
        ("árbol caído", "un árbol", "se ha caído y bloquea la acera"),
        ("rama peligrosa", "una rama enorme", "cuelga partida encima de la acera"),
        ("maleza", "las hierbas", "están altísimas en la acera y en el parque"),
        ("alcantarilla atascada", "la alcantarilla", "está atascada y se inunda la calle"),
        ("inundación", "la calle", "se inunda cada vez que llueve"),
        ("olor a alcantarilla", "el alcantarillado", "huele fatal, sobre todo con el calor"),
        ("banco roto", "el banco del parque", "está roto"),
        ("columpio roto", "el columpio del parque infantil", "está roto y tiene hierros salidos"),
        ("excrementos", "la zona verde", "está llena de cacas de perro"),
        ("animal muerto", "hay", "un gato muerto en la acera desde ayer"),
        ("hielo sin sal", "la acera", "es una pista de hielo y nadie ha echado sal"),
        ("recogida de basura", "el camión de la basura", "no ha pasado por mi calle esta semana"),
    ],
    "transit": [
        ("autobús con retraso", "el {bus}", "lleva {mins} minutos de retraso [otra vez|]"),
        ("autobús no pasó", "el autobús de las {time}", "no ha pasado"),
        (
            "el conductor no paró",
            "el conductor del {bus}",
            "no paró en la parada aunque le hice señas",
        ),
        ("metro parado", "el metro", "lleva {mins} minutos parado en el túnel"),
        ("tranvía averiado", "el tranvía", "no funciona [esta mañana|desde ayer] y nadie informa"),
        ("autobús lleno", "el {bus}", "va tan lleno que no para en las paradas"),
        (
            "conductor maleducado",
            "el conductor del {bus}",
            "fue [muy maleducado|un borde] con una señora mayor",
        ),
        ("tarjeta no funciona", "la tarjeta de transporte", "no funciona en la máquina"),
        ("cobro doble", "me", "han cobrado dos veces el mismo viaje"),
        ("app con horarios falsos", "la app", "marca autobuses que nunca llegan"),
        ("marquesina rota", "la marquesina", "está rota y hay cristales por todas partes"),
        (
            "ascensor estropeado",
            "el ascensor de la estación {stop}",
            "está estropeado otra vez, imposible con silla de ruedas",
        ),
        ("rampa", "el conductor", "no quiso sacar la rampa para la silla de ruedas"),
        ("carrito", "no", "me dejaron subir con el carrito del bebé"),
        (
            "aire acondicionado",
            "el aire acondicionado del [autobús|tren]",
            "no funciona y hace un calor insoportable",
        ),
        (
            "cercanías con retraso",
            "el cercanías de las {time} a {town}",
            "lleva {mins} minutos de retraso",
        ),
        ("devolución", "quiero", "que me devuelvan el billete, el tren llegó una hora tarde"),
        ("nuevos horarios", "los nuevos horarios", "son un desastre, el {bus} pasa cada hora"),
        ("pantalla de la parada", "la pantalla de la parada", "marca 2 minutos desde hace 15"),
        ("revisor", "el revisor", "me multó aunque la máquina estaba rota"),
    ],
    "communication": [
        ("ruido de vecinos", "los vecinos", "ponen música altísima hasta las 4 de la mañana"),
        ("fiesta en el parque", "hay", "botellón en el parque todos los fines de semana"),
        ("perro ladrando", "el perro del vecino", "ladra todo el día"),
        ("ratas", "hay", "ratas junto a los contenedores"),
        ("avispas", "hay", "un nido de avispas en la ventana del colegio"),
        ("palomas", "las palomas", "lo ensucian todo en el balcón"),
        (
            "obras ruidosas",
            "la obra de al lado",
            "empieza a las 7 de la mañana incluso los sábados",
        ),
        ("petardos", "alguien", "tira petardos todas las noches"),
        ("bar ruidoso", "el bar de abajo", "tiene gente gritando en la calle hasta las 3"),
        ("cucarachas", "hay", "cucarachas en el portal"),
    ],
}
ES_FREE = {
    "traffic": [
        "Otra vez atasco en la {street}, {mins} minutos para hacer 1 km {E}",
        "{H} ¿por qué está cortada la {street}? No hay ningún desvío",
        "Otro coche en el carril bici de la {street}. ¿Dónde está la grúa? {E}",
        "El semáforo de la {street} con {street2} está en ámbar intermitente, un peligro 🚦",
        "Multa por aparcar cuando el parquímetro no funcionaba. Genial {H} {E}",
        "Los coches van a 80 por la {street}, pongan un badén antes de que pase algo",
        "¿Cuándo quitan la bici abandonada de la puerta {landmark}? Lleva meses",
        "En {hood} es imposible aparcar por las noches {E}",
        "Coches en doble fila en la puerta {landmark} todas las mañanas, un caos",
        "¿Hasta cuándo van a tener cortada la {street}? Vaya rodeo cada día",
        "Falta la señal de stop en el cruce de {street} con {street2}, casi me la pego",
        "El carril bici de la {street} está lleno de furgonetas de reparto 🚲",
    ],
    "public_works": [
        "Llevamos {weeks} semanas con un bache en la {street}. ¿Esperan a que alguien se mate?",
        "La farola de la {street} lleva días apagada, da miedo volver a casa {E}",
        "Los contenedores {landmark} a rebosar, la basura por toda la calle",
        "Han dejado un colchón tirado en la {street} desde hace una semana",
        "Llueve diez minutos y la {street} es un río. ¿Nadie limpia las alcantarillas? {E}",
        "Me he tropezado con una baldosa suelta en la {street} {E}",
        "El parque de {hood} lleno de cristales, los niños no pueden jugar",
        "¿Cuándo pasa la barredora por {hood}?",
        "Pintadas por todas partes en la {street}, qué pena",
        "Un árbol caído en la {street} después de la tormenta 🌳",
        "Hace tres días que no recogen la basura en {hood}, huele fatal {H}",
        "Las papeleras del parque llevan todo el fin de semana sin vaciar",
    ],
    "transit": [
        "{H} ¿dónde está el {bus}? Llevo {mins} minutos esperando en {stop} {E}",
        "El {bus} ha pasado de largo en {stop} y yo haciendo señas 🙋",
        "El metro otra vez parado. Tercera vez esta semana {E}",
        "Pago {price} al mes de abono para esto {E} {H}",
        "El cercanías de las {time} a {town} cancelado, sin autobús de sustitución {E}",
        "¿Por qué no hay más autobuses por la noche a {hood}?",
        "El ascensor de {stop} roto otra vez, ¿cómo subo con la silla?",
        "La app dice que el {bus} llega en 2 minutos. Hace 10 minutos 😂",
        "Tranvía lleno a reventar a las {time}, pongan más frecuencia {H}",
        "¿Me devuelven el dinero si el tren llega con más de una hora de retraso?",
        "El conductor del {bus} iba con el móvil mientras conducía {E}",
        "Sin aire acondicionado en el autobús a 38 grados 🥵 {H}",
    ],
    "communication": [
        "Gracias al personal del ayuntamiento por la atención de esta mañana {EP}",
        "{H} la farola ya funciona, ¡gracias por la rapidez! {EP}",
        "Qué bonito ha quedado el parque después de las obras {EP}",
        "Gracias por el espectáculo de luces en la plaza {EP}",
        "¿A qué hora abre el ayuntamiento los sábados?",
        "¿Cómo pido cita para renovar el DNI?",
        "¿Dónde me empadrono si acabo de mudarme a la {street}?",
        "¿Cuándo llega el recibo del IBI este año?",
        "Los vecinos del {num} de la {street} con fiesta hasta las 5 otra vez 🙄",
        "Ratas enormes en la {street}, ¿quién se encarga? 🐀",
        "El alcalde debería dimitir después de esto. Vergüenza.",
        "Interesante el pleno de ayer sobre la nueva línea de tranvía",
        "¡El domingo son las elecciones municipales, a votar! 🗳️",
        "💰 Gana {p}0€ al día con criptomonedas, escríbeme 🚀",
        "Te sigo si me sigues 🔁 #sigueme",
        "Qué buen tiempo hace hoy en {city} {EP}",
        "¿Alguien ha visto un gato gris por la {street}?",
        "Excursión del cole: el autobús sale a las {time}. ¡Qué ganas! 🚌",
        "¿Cuándo encienden el árbol de Navidad de la plaza? 🎄",
        "Mañana mercadillo en la {street}, ¡venid!",
    ],
}
ES_REPLIES = [
    "igual aquí",
    "+1",
    "jajaja total",
    "¿en serio?",
    "👍",
    "de acuerdo",
    "sigue igual",
    "¿dónde es esto?",
    "qué bien {EP}",
    "gracias!",
    "buenos días {city} {EP}",
]

# --------------------------------------------------------------------------------------------
# Greek (el): the invented Elaiopoli (Ελαιόπολη) and Nea Lefki (Νέα Λεύκη)
# --------------------------------------------------------------------------------------------

EL_PLACES = {
    "city": ["Ελαιόπολη", "Νέα Λεύκη", "Ελαιόπολη"],
    "street": [
        "Πλατάνων",
        "Κυπαρισσίων",
        "Ελιάς",
        "Αμυγδαλιάς",
        "Μυρτιάς",
        "Δάφνης",
        "Λεμονιάς",
        "Ακακιών",
        "Ιτιάς",
        "Ροδιάς",
        "Ανθέων",
        "Ηλιοτροπίων",
        "Καστανιάς",
        "Μελισσών",
        "Κρήνης",
        "Ανεμόμυλων",
    ],
    "hood": ["Άνω Πόλη", "Νέα Ζωή", "Λόφος", "Παλιά Αγορά", "Κάτω Μαχαλάς", "Πευκάκια"],
    "landmark": [
        "στο σχολείο",
        "στο σούπερ μάρκετ",
        "στο κέντρο υγείας",
        "στην εκκλησία",
        "στο γήπεδο",
        "στο φαρμακείο",
        "στην πλατεία",
        "στο πάρκο",
        "στον φούρνο",
    ],
    "stop": [
        "Πλατεία",
        "Νοσοκομείο",
        "Σταθμός",
        "Πανεπιστήμιο",
        "Δημαρχείο",
        "Αγορά",
        "Λόφος",
        "Νέα Ζωή",
        "ΚΤΕΛ",
        "Λιμάνι",
    ],
    "town": ["Νέα Λεύκη", "Ελαιόπολη", "Άγιο Στέφανο", "Καλαμάκι Άνω", "Πύργο Λεύκης"],
    "bus": ["Α2", "Β5", "12", "21", "409", "550", "Ε14", "31"],
    "tram": ["1", "2", "3"],
    "metro": ["1", "2", "3"],
    "months": [
        "Ιανουαρίου",
        "Φεβρουαρίου",
        "Μαρτίου",
        "Απριλίου",
        "Μαΐου",
        "Ιουνίου",
        "Ιουλίου",
        "Αυγούστου",
        "Σεπτεμβρίου",
        "Οκτωβρίου",
        "Νοεμβρίου",
        "Δεκεμβρίου",
    ],
    "date": ["{d} {month}", "{d}/{mo}", "την περασμένη Τρίτη"],
    "ticket": ["{six}", "αρ. {six}", "#{six}"],
    "time": ["{h}:{mm}", "{hh}:{mm}"],
    "price": ["{p} ευρώ", "{p}€", "{p},50€"],
}
EL_HANDLES = {
    "city": ["@dimos_elaiopolis", "@ElaiopoliCity", "@dimos_neas_lefkis"],
    "traffic": ["@Troxaia_Elaio"],
    "public_works": ["@Kathariotita_EP"],
    "transit": ["@AstikaElaiopolis", "@Tram_Elaiopolis", "@Proastiakos_Notos"],
}
EL_HASHTAGS = {
    "city": ["#Ελαιόπολη", "#ΝέαΛεύκη"],
    "generic": ["#ντροπή", "#απαράδεκτο", "#πάλι", "#Ελλάδα"],
    "traffic": ["#κίνηση", "#στάθμευση", "#ποδήλατο", "#φανάρια"],
    "public_works": ["#σκουπίδια", "#λακκούβες", "#καθαριότητα", "#φωτισμός"],
    "transit": ["#ΜΜΜ", "#λεωφορείο", "#μετρό", "#τραμ", "#καθυστέρηση"],
    "communication": ["#ευχαριστώ", "#δημοτικόσυμβούλιο", "#εκλογές", "#θόρυβος"],
}
EL_SCAFFOLD = {
    "greet": ["Καλημέρα σας,", "Καλησπέρα,", "Γεια σας,", "Αξιότιμοι κύριοι,", ""],
    "close": ["Ευχαριστώ.", "Με εκτίμηση.", "Ευχαριστώ εκ των προτέρων.", "Φιλικά.", ""],
    "since": [
        "Είναι έτσι εδώ και {days} μέρες.",
        "Από την περασμένη εβδομάδα.",
        "Εδώ και εβδομάδες.",
        "Από χθες το βράδυ.",
        "Πάνω από μήνα!",
        "Δεν είναι η πρώτη φορά.",
        "",
        "",
    ],
    "since_in": [],
    "remark": [
        "Είναι πολύ επικίνδυνο, ειδικά το βράδυ.",
        "Περνάνε πολλά παιδιά από εδώ.",
        "Παρακαλώ να διορθωθεί το συντομότερο.",
        "Έχω τηλεφωνήσει ήδη χωρίς αποτέλεσμα.",
        "Μπορώ να στείλω φωτογραφίες.",
        "",
        "",
    ],
    "loc": {
        "street": [
            "στην οδό {street}",
            "στη γωνία {street} και {street2}",
            "στην {street} {num}",
            "κοντά {landmark}",
            "στην περιοχή {hood}",
            "έξω από το {num} της {street}",
            "στη γειτονιά μας",
            "",
        ],
        "transit": [
            "στη στάση {stop}",
            "προς {stop}",
            "από {stop}",
            "στη στάση {stop} προς {stop2}",
            "",
        ],
    },
    "loc_front": {
        "street": [
            "Στην οδό {street},",
            "Στη γωνία {street} και {street2},",
            "Έξω από το {num} της {street},",
            "Στην περιοχή {hood},",
        ],
        "transit": ["Στη στάση {stop},", "Σήμερα το πρωί στη στάση {stop},"],
        "time": ["Σήμερα το πρωί,", "Χθες το βράδυ,", "Σήμερα,", "Πάλι,"],
    },
    "loc_terse": {
        "street": ["{street} {num}", "{street} και {street2}", "οδός {street}", "{street}, {hood}"],
        "transit": ["στάση {stop}", "{stop}", "γραμμή {bus} προς {stop}"],
    },
    "second": ["Επίσης {C2}.", "Και κάτι ακόμα: {C2} {L2}.", "Υγ. {C2}."],
}
EL_REGISTERS = {
    "terse": ["{Tc} {LT}", "{Tc}, {LT}", "{LT}: {T}", "{Tc} {LT}!!", "{Tc}", "{Tc}. {Cc} {L}."],
    "formal": [
        "{G} {LF} {C}. {S} {X} {K}",
        "{G} θα ήθελα να αναφέρω ότι {C} {L}. {X} {K}",
        "{G} σας γράφω γιατί {C} {L}. {S} Μπορείτε να στείλετε κάποιον; {K}",
        "Θέμα: {T}. {LF} {C}. {S} {K}",
    ],
    "tweet": [
        "{H} {C} {L} {E}",
        "{Cc} {L} {E} {TAG}",
        "{H} {Cc} {L}. {S}",
        "Μπορεί κάποιος να το δει; {C} {L}",
        "{H} {Cc} {L}, πότε θα το φτιάξετε;",
        "Ντροπή, {C} {L} {E}",
        "{Cc} {L} και κανείς δεν κάνει τίποτα {E}",
        "Κάθε μέρα τα ίδια: {C} {L} {E}",
    ],
    "question": [
        "Ξέρει κανείς σε ποιον να το πω; {Cc} {L}.",
        "{H} ποιος είναι αρμόδιος; {Cc} {L}",
        "Το ξέρει ο δήμος; {Cc} {L}",
    ],
    "followup": [
        "{H} ακόμα τίποτα. {Cc} {L}. Το δήλωσα στις {date} (αρ. {ticket})",
        "{Cc} {L}, {weeks} εβδομάδες μετά την αναφορά μου {E}",
        "Ακόμα τα ίδια. {Cc} {L} {E}",
    ],
    "sarcasm": [
        "Μπράβο {H} 👏 {C} {L}",
        "Τέλεια: {C} {L}. Ωραία εικόνα για την πόλη 🙃",
        "Γι' αυτό πληρώνουμε δημοτικά τέλη: {C} {L} 🙄",
    ],
}
EL_ABBREV = [
    (r"\bευχαριστώ\b", ["ευχαριστω", "ευχ", "thanks"]),
    (r"\bλεπτά\b", ["λεπτα", "λ."]),
    (r"\bκαι\b", ["κ", "και"]),
]
EL_ISSUES = {
    "traffic": [
        (
            "χαλασμένο φανάρι",
            "το φανάρι",
            "[δεν λειτουργεί|αναβοσβήνει πορτοκαλί|είναι μόνιμα κόκκινο]",
        ),
        ("μποτιλιάρισμα", "η κίνηση", "είναι κόλαση [κάθε πρωί|πάλι], όλα σταματημένα"),
        (
            "παρκαρισμένο στο πεζοδρόμιο",
            "ένα αυτοκίνητο",
            "είναι παρκαρισμένο πάνω στο πεζοδρόμιο εδώ και μέρες",
        ),
        ("αυτοκίνητα στον ποδηλατόδρομο", "τα αυτοκίνητα", "παρκάρουν συνέχεια στον ποδηλατόδρομο"),
        ("κλεισμένη είσοδος γκαράζ", "ένα αυτοκίνητο", "μου έχει κλείσει την είσοδο του γκαράζ"),
        (
            "εγκαταλελειμμένο αυτοκίνητο",
            "ένα εγκαταλελειμμένο αυτοκίνητο",
            "είναι εδώ και μήνες χωρίς πινακίδες",
        ),
        ("διπλοπαρκάρισμα", "τα φορτηγάκια", "διπλοπαρκάρουν όλη μέρα και κλείνουν τον δρόμο"),
        ("πεσμένη πινακίδα", "η πινακίδα STOP", "έχει πέσει και κανείς δεν την έχει ξαναβάλει"),
        ("σβησμένη διάβαση", "η διάβαση πεζών", "έχει σβηστεί και τα αυτοκίνητα δεν σταματάνε"),
        ("κλειστός δρόμος", "ο δρόμος", "είναι κλειστός χωρίς καμία σήμανση για παράκαμψη"),
        ("κόντρες", "κάποιοι", "κάνουν κόντρες με τα αυτοκίνητα κάθε βράδυ"),
        ("υπερβολική ταχύτητα", "τα αυτοκίνητα", "περνάνε με 80 δίπλα στο σχολείο"),
        ("μηχανάκια στο πεζοδρόμιο", "τα μηχανάκια", "ανεβαίνουν στο πεζοδρόμιο"),
        (
            "κλεισμένη ράμπα",
            "η ράμπα αναπήρων",
            "είναι πάντα κλεισμένη από παρκαρισμένα αυτοκίνητα",
        ),
        ("καθόλου στάθμευση", "δεν", "υπάρχει πουθενά θέση για παρκάρισμα το βράδυ"),
        (
            "πατίνια στο πεζοδρόμιο",
            "τα ηλεκτρικά πατίνια",
            "είναι πεταμένα στη μέση του πεζοδρομίου",
        ),
        ("επικίνδυνη διασταύρωση", "η διασταύρωση", "είναι επικίνδυνη, δεν βλέπεις τίποτα"),
    ],
    "public_works": [
        ("σβηστή λάμπα", "η λάμπα του δρόμου", "[είναι καμένη|δεν ανάβει εδώ και μέρες]"),
        ("σκοτάδι στον δρόμο", "ο μισός δρόμος", "είναι χωρίς φωτισμό, σκοτάδι πίσσα"),
        ("λακκούβα", "μια τεράστια λακκούβα", "είναι στη μέση του δρόμου"),
        ("σπασμένες πλάκες", "οι πλάκες του πεζοδρομίου", "είναι σπασμένες και σκοντάφτεις"),
        ("γεμάτοι κάδοι", "οι κάδοι", "είναι γεμάτοι [εδώ και μέρες|ξανά]"),
        ("σκουπίδια δίπλα στους κάδους", "τα σκουπίδια", "είναι πεταμένα δίπλα στους κάδους"),
        ("ογκώδη αντικείμενα", "κάποιος", "πέταξε [έναν καναπέ|ένα στρώμα|μπάζα] στο πεζοδρόμιο"),
        ("γκράφιτι", "ο τοίχος", "είναι γεμάτος γκράφιτι"),
        ("πεσμένο δέντρο", "ένα δέντρο", "έπεσε και κλείνει το πεζοδρόμιο"),
        ("κλαδιά", "ένα μεγάλο κλαδί", "κρέμεται σπασμένο πάνω από το πεζοδρόμιο"),
        ("χόρτα", "τα χόρτα", "έχουν ψηλώσει πάρα πολύ στο πεζοδρόμιο"),
        ("βουλωμένο φρεάτιο", "το φρεάτιο", "είναι βουλωμένο και πλημμυρίζει ο δρόμος"),
        ("πλημμύρα", "ο δρόμος", "πλημμυρίζει με κάθε βροχή"),
        ("δυσοσμία αποχέτευσης", "η αποχέτευση", "βρωμάει απίστευτα"),
        ("σπασμένο παγκάκι", "το παγκάκι", "είναι σπασμένο"),
        ("παιδική χαρά", "η κούνια στην παιδική χαρά", "είναι σπασμένη και επικίνδυνη"),
        ("περιττώματα σκύλων", "το πεζοδρόμιο", "είναι γεμάτο περιττώματα σκύλων"),
        ("νεκρό ζώο", "μια νεκρή γάτα", "είναι στο πεζοδρόμιο από χθες"),
        ("αποκομιδή", "το απορριμματοφόρο", "δεν έχει περάσει όλη την εβδομάδα"),
    ],
    "transit": [
        ("καθυστέρηση λεωφορείου", "το {bus}", "έχει να περάσει {mins} λεπτά"),
        ("δεν ήρθε", "το λεωφορείο των {time}", "δεν ήρθε ποτέ"),
        ("δεν σταμάτησε", "ο οδηγός του {bus}", "δεν σταμάτησε στη στάση"),
        ("μετρό σταματημένο", "το μετρό", "είναι σταματημένο στο τούνελ {mins} λεπτά"),
        ("τραμ", "το τραμ", "δεν κυκλοφορεί σήμερα και κανείς δεν ενημερώνει"),
        ("γεμάτο λεωφορείο", "το {bus}", "είναι τόσο γεμάτο που δεν σταματάει στις στάσεις"),
        ("αγενής οδηγός", "ο οδηγός του {bus}", "ήταν πολύ αγενής με μια ηλικιωμένη"),
        ("κάρτα", "η κάρτα μετακίνησης", "δεν περνάει στο μηχάνημα"),
        ("διπλή χρέωση", "με", "χρέωσαν δύο φορές για την ίδια διαδρομή"),
        ("εφαρμογή", "η εφαρμογή", "δείχνει λεωφορεία που δεν έρχονται ποτέ"),
        ("σπασμένο στέγαστρο", "το στέγαστρο της στάσης", "είναι σπασμένο, γυαλιά παντού"),
        ("ασανσέρ", "το ασανσέρ του σταθμού {stop}", "είναι χαλασμένο, αδύνατο με αμαξίδιο"),
        ("ράμπα αμαξιδίου", "ο οδηγός", "δεν άνοιξε τη ράμπα για το αμαξίδιο"),
        ("καρότσι μωρού", "δεν", "με άφησαν να ανέβω με το καρότσι του μωρού"),
        ("κλιματισμός", "ο κλιματισμός στο λεωφορείο", "δεν λειτουργεί και σκάμε από τη ζέστη"),
        ("προαστιακός", "ο προαστιακός των {time} για {town}", "έχει {mins} λεπτά καθυστέρηση"),
        ("δρομολόγια", "τα νέα δρομολόγια", "είναι χάλια, το {bus} περνάει μία φορά την ώρα"),
        ("ελεγκτής", "ο ελεγκτής", "μου έκοψε πρόστιμο ενώ το μηχάνημα ήταν χαλασμένο"),
    ],
    "communication": [
        ("θόρυβος γειτόνων", "οι γείτονες", "βάζουν δυνατή μουσική μέχρι τις 4 το πρωί"),
        ("πάρτι", "κάθε Σαββατοκύριακο", "γίνεται πάρτι στο πάρκο μέχρι το πρωί"),
        ("σκύλος", "ο σκύλος του γείτονα", "γαβγίζει όλη μέρα"),
        ("αρουραίοι", "υπάρχουν", "αρουραίοι δίπλα στους κάδους"),
        ("σφήκες", "υπάρχει", "φωλιά με σφήκες στο παράθυρο του σχολείου"),
        ("περιστέρια", "τα περιστέρια", "λερώνουν όλο το μπαλκόνι"),
        ("θόρυβος οικοδομής", "η οικοδομή δίπλα", "ξεκινάει στις 7 το πρωί ακόμα και Σάββατο"),
        ("κροτίδες", "κάποιοι", "ρίχνουν κροτίδες κάθε βράδυ"),
        ("καφετέρια", "η καφετέρια", "έχει μουσική στη διαπασών μέχρι τις 3"),
        ("κατσαρίδες", "υπάρχουν", "κατσαρίδες στην είσοδο της πολυκατοικίας"),
    ],
}
EL_FREE = {
    "traffic": [
        "Πάλι μποτιλιάρισμα στην {street}, {mins} λεπτά για ένα χιλιόμετρο {E}",
        "{H} γιατί είναι κλειστή η {street}; Καμία σήμανση για παράκαμψη",
        "Άλλο ένα αυτοκίνητο στον ποδηλατόδρομο στην {street}. Πού είναι η Δημοτική Αστυνομία;",
        "Το φανάρι στη γωνία {street} και {street2} αναβοσβήνει, χάος 🚦",
        "Κλήση ενώ το μηχάνημα στάθμευσης ήταν χαλασμένο. Μπράβο {H} {E}",
        "Τα αυτοκίνητα τρέχουν σαν τρελά στην {street}, βάλτε σαμαράκια",
        "Διπλοπαρκαρισμένα κάθε πρωί {landmark}, χάος",
        "Στην περιοχή {hood} δεν βρίσκεις θέση να παρκάρεις ούτε για δείγμα {E}",
        "Πόσο θα μείνει κλειστή η {street}; Κάθε μέρα γύρο",
        "Λείπει η πινακίδα STOP στη διασταύρωση {street} και {street2}",
    ],
    "public_works": [
        "{weeks} εβδομάδες με λακκούβα στην {street}. Περιμένετε να σκοτωθεί κάποιος;",
        "Η λάμπα στην {street} είναι σβηστή μέρες, φοβάμαι να γυρίσω σπίτι {E}",
        "Οι κάδοι {landmark} ξεχειλίζουν, σκουπίδια παντού",
        "Πέταξαν ένα στρώμα στην {street} και είναι εκεί μια εβδομάδα",
        "Βρέχει δέκα λεπτά και η {street} γίνεται ποτάμι {E}",
        "Η παιδική χαρά στην περιοχή {hood} είναι γεμάτη γυαλιά",
        "Πότε θα περάσει το απορριμματοφόρο από την {street}; Βρωμάει όλη η γειτονιά",
        "Γκράφιτι παντού στην {street}, κρίμα",
        "Έπεσε δέντρο στην {street} μετά την καταιγίδα 🌳",
        "Οι κάδοι ανακύκλωσης είναι γεμάτοι εδώ και μια εβδομάδα {H}",
    ],
    "transit": [
        "{H} πού είναι το {bus}; Περιμένω {mins} λεπτά στη στάση {stop} {E}",
        "Το {bus} πέρασε χωρίς να σταματήσει στη στάση {stop} 🙋",
        "Πάλι σταματημένο το μετρό. Τρίτη φορά αυτή την εβδομάδα {E}",
        "Πληρώνω {price} τον μήνα κάρτα για να περιμένω μισή ώρα {E}",
        "Ο προαστιακός των {time} ακυρώθηκε χωρίς καμία ενημέρωση {E}",
        "Το ασανσέρ στη στάση {stop} χαλασμένο πάλι, πώς ανεβαίνω με το αμαξίδιο;",
        "Η εφαρμογή λέει ότι το {bus} έρχεται σε 2 λεπτά. Εδώ και 10 λεπτά 😂",
        "Το τραμ τίγκα στις {time}, βάλτε περισσότερα δρομολόγια {H}",
        "Ο οδηγός του {bus} μιλούσε στο κινητό ενώ οδηγούσε {E}",
        "Χωρίς κλιματισμό στο λεωφορείο με 40 βαθμούς 🥵 {H}",
    ],
    "communication": [
        "Ευχαριστώ το προσωπικό του δήμου για την εξυπηρέτηση σήμερα {EP}",
        "{H} η λάμπα άναψε, ευχαριστούμε για τη γρήγορη ανταπόκριση! {EP}",
        "Τι ωραίο που έγινε το πάρκο μετά την ανάπλαση {EP}",
        "Τι ώρα ανοίγει το δημαρχείο το Σάββατο;",
        "Πώς κλείνω ραντεβού για νέα ταυτότητα;",
        "Πότε έρχονται τα δημοτικά τέλη φέτος;",
        "Οι γείτονες στο {num} της {street} κάνουν πάρτι μέχρι τις 5 πάλι 🙄",
        "Αρουραίοι τεράστιοι στην {street}, ποιος είναι αρμόδιος; 🐀",
        "Ο δήμαρχος πρέπει να παραιτηθεί μετά από αυτό. Ντροπή.",
        "Ενδιαφέρουσα η συζήτηση στο δημοτικό συμβούλιο για τη νέα γραμμή τραμ",
        "Την Κυριακή έχουμε δημοτικές εκλογές, όλοι να ψηφίσουμε! 🗳️",
        "💰 Κέρδισε {p}0€ τη μέρα με crypto, στείλε μου μήνυμα 🚀",
        "Ωραίος καιρός σήμερα στην {city} {EP}",
        "Έχει δει κανείς μια γκρι γάτα στην {street};",
        "Σχολική εκδρομή, το πούλμαν φεύγει στις {time}. Ανυπομονούμε! 🚌",
        "Πότε ανάβει το χριστουγεννιάτικο δέντρο στην πλατεία; 🎄",
        "Αύριο λαϊκή στην {street}",
    ],
}
EL_REPLIES = [
    "κι εδώ τα ίδια",
    "+1",
    "χαχαχα",
    "σοβαρά;",
    "👍",
    "συμφωνώ",
    "ακόμα τίποτα",
    "πού είναι αυτό;",
    "μπράβο {EP}",
    "ευχαριστούμε!",
    "καλημέρα {city} {EP}",
]

# --------------------------------------------------------------------------------------------
# All languages
# --------------------------------------------------------------------------------------------

LANGUAGES = {
    "nl": {
        "places": NL_PLACES,
        "handles": NL_HANDLES,
        "hashtags": NL_HASHTAGS,
        "scaffold": NL_SCAFFOLD,
        "registers": NL_REGISTERS,
        "abbrev": NL_ABBREV,
        "issues": NL_ISSUES,
        "free": NL_FREE,
        "replies": NL_REPLIES,
        "invert": True,
    },
    "en": {
        "places": EN_PLACES,
        "handles": EN_HANDLES,
        "hashtags": EN_HASHTAGS,
        "scaffold": EN_SCAFFOLD,
        "registers": EN_REGISTERS,
        "abbrev": EN_ABBREV,
        "issues": EN_ISSUES,
        "free": EN_FREE,
        "replies": EN_REPLIES,
        "invert": False,
    },
    "de": {
        "places": DE_PLACES,
        "handles": DE_HANDLES,
        "hashtags": DE_HASHTAGS,
        "scaffold": DE_SCAFFOLD,
        "registers": DE_REGISTERS,
        "abbrev": DE_ABBREV,
        "issues": DE_ISSUES,
        "free": DE_FREE,
        "replies": DE_REPLIES,
        "invert": True,
    },
    "es": {
        "places": ES_PLACES,
        "handles": ES_HANDLES,
        "hashtags": ES_HASHTAGS,
        "scaffold": ES_SCAFFOLD,
        "registers": ES_REGISTERS,
        "abbrev": ES_ABBREV,
        "issues": ES_ISSUES,
        "free": ES_FREE,
        "replies": ES_REPLIES,
        "invert": False,
    },
    "el": {
        "places": EL_PLACES,
        "handles": EL_HANDLES,
        "hashtags": EL_HASHTAGS,
        "scaffold": EL_SCAFFOLD,
        "registers": EL_REGISTERS,
        "abbrev": EL_ABBREV,
        "issues": EL_ISSUES,
        "free": EL_FREE,
        "replies": EL_REPLIES,
        "invert": False,
    },
}
# The share of context-free replies among the communication office's free posts.
REPLY_SHARE = 0.1

# --------------------------------------------------------------------------------------------
# Rendering one post
# --------------------------------------------------------------------------------------------

ALTERNATIVE = re.compile(r"\[([^\[\]]*)\]")
SLOT = re.compile(r"\{(\w+)\}")
# Words that already say "since when": no "sinds vorige week" is added to such a predicate.
TIME_WORDS = re.compile(
    r"\b(al|sinds|weer|alweer|opnieuw|nog|weken|dagen|maanden|elke|steeds|constant|continu|"
    r"nooit|seit|schon|wieder|immer|jeden|jede|jedes|Wochen|Tagen|Monaten|ständig|dauernd|nie|"
    r"nachts|abends|morgens|den ganzen Tag|de hele dag)\b"
)
PLACE_SLOTS = ("street", "hood", "landmark", "stop", "town", "bus", "tram", "metro", "city")
# Issues (by their title) that happen nowhere in particular: no "at the stop ..." is added.
PLACELESS_ISSUES = (
    "dubbel afgeschreven",
    "app verkeerde tijden",
    "geld terug",
    "restitutie",
    "abonnement",
    "klantenservice",
    "dienstregeling",
    "geen omroep",
    "charged twice",
    "app wrong",
    "refund",
    "delay repay",
    "season ticket",
    "customer service",
    "timetable cut",
    "no announcements",
    "doppelt abgebucht",
    "App zeigt falsche Zeiten",
    "Erstattung",
    "Fahrgastrechte",
    "neuer Fahrplan",
    "Abo",
    "Kundenservice",
    "Billett in der App",
    "keine Durchsagen",
    "Öffis am Wochenende",
    "cobro doble",
    "app con horarios falsos",
    "devolución",
    "nuevos horarios",
    "διπλή χρέωση",
    "εφαρμογή",
    "δρομολόγια",
)
GERMAN_CONTRACTIONS = (
    ("in dem ", "im "),
    ("bei dem ", "beim "),
    ("an dem ", "am "),
    ("von dem ", "vom "),
    ("zu dem ", "zum "),
    # A contracted preposition before a place that brings its own article ("am {place}").
    ("im dem ", "im "),
    ("beim dem ", "beim "),
    ("am dem ", "am "),
    ("vom dem ", "vom "),
    ("zum dem ", "zum "),
    ("im der ", "in der "),
    ("beim der ", "bei der "),
    ("am der ", "an der "),
    ("vom der ", "von der "),
    ("zum der ", "zur "),
)


def capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


def weighted(rng: random.Random, weights: dict[str, float]) -> str:
    names = list(weights)
    return rng.choices(names, weights=[weights[name] for name in names])[0]


class Post:
    """The choices behind one post. Each slot is filled once, so a post that says {street}
    twice names the same street, and {street2} is always a different one."""

    def __init__(self, rng: random.Random, lang: str, department: str):
        self.rng = rng
        self.lang = lang
        self.table = LANGUAGES[lang]
        self.department = department
        self.issue: tuple[str, str, str] | None = None
        self.second: tuple[str, str, str] | None = None
        self.second_department = ""
        self.values: dict[str, str] = {}

    # -- text ---------------------------------------------------------------------------------

    def alternatives(self, text: str) -> str:
        """Resolve "[a|b|c]" (innermost first), leaving {slots} alone."""
        while True:
            resolved = ALTERNATIVE.sub(lambda m: self.rng.choice(m.group(1).split("|")), text)
            if resolved == text:
                return resolved
            text = resolved

    def render(self, text: str) -> str:
        return SLOT.sub(lambda m: self.value(m.group(1)), self.alternatives(text))

    def value(self, name: str) -> str:
        if name not in self.values:
            self.values[name] = self.render(self.raw(name))
        return self.values[name]

    # -- slots --------------------------------------------------------------------------------

    def raw(self, name: str) -> str:
        rng, places, scaffold = self.rng, self.table["places"], self.table["scaffold"]
        base = name.rstrip("0123456789")
        if base in PLACE_SLOTS:
            taken = [self.values.get(base), *(self.values.get(f"{base}{i}") for i in (2, 3))]
            pool = [value for value in places[base] if value not in taken]
            return rng.choice(pool or places[base])
        issue_part = self.issue_slot(name)
        if issue_part is not None:
            return issue_part
        numbers = {
            "d": (1, 28),
            "mo": (1, 12),
            "num": (1, 240),
            "n": (2, 6),
            "days": (2, 21),
            "weeks": (2, 9),
            "p": (3, 99),
            "h": (5, 23),
        }
        if name in numbers:
            low, high = numbers[name]
            number = rng.randint(low, high)
            if name == "num" and rng.random() < 0.1:
                return f"{number}{rng.choice('abc')}"
            return str(number)
        simple = {
            "month": places["months"],
            "at_stop": places.get("at_stop", ["{stop}"]),
            "date": places["date"],
            "ticket": places["ticket"],
            "time": places["time"],
            "price": places["price"],
            "S": scaffold["since"],
            "G": scaffold["greet"],
            "K": scaffold["close"],
            "X": scaffold["remark"],
            "EP": EMOJI_POSITIVE,
            "EL": EMOJI_LAUGH,
            "mins": [
                "5",
                "7",
                "8",
                "10",
                "12",
                "15",
                "15",
                "17",
                "20",
                "20",
                "25",
                "30",
                "35",
                "40",
                "45",
                "50",
                "60",
                "90",
            ],
            "mm": [f"{minute:02d}" for minute in range(0, 60, 1)],
        }
        if name in simple:
            return rng.choice(simple[name])
        if name == "six":
            return str(rng.randint(100000, 999999))
        # Slots of the report vocabulary (reports_<lang>.py).
        if name == "place":
            return self.value("landmark")
        if name == "line":
            return rng.choice(places["bus"] + places["tram"])
        if name == "train":
            return str(rng.choice([rng.randint(100, 999), rng.randint(1000, 99999)]))
        if name == "hh":
            return f"{int(self.value('h')):02d}"
        if name == "h12":
            return str((int(self.value("h")) - 1) % 12 + 1)
        if name == "ampm":
            return rng.choice(["am", "pm", " am", " pm"]) if int(self.value("h")) else "am"
        if name == "H":
            mix = HANDLE_MIX[self.department]
            return rng.choice(self.table["handles"][weighted(rng, mix)])
        if name == "E":
            roll = rng.random()
            if roll < 0.7:
                return rng.choice(EMOJI_NEGATIVE)
            if roll < 0.9:
                return rng.choice(EMOJI_TOPIC[self.department])
            return rng.choice(EMOJI_LAUGH)
        if name == "TAG":
            tags = self.table["hashtags"]
            roll = rng.random()
            group = "city" if roll < 0.35 else self.department if roll < 0.7 else "generic"
            return rng.choice(tags[group])
        if name in ("L", "LF", "LT", "L2"):
            department = self.second_department if name == "L2" else self.department
            issue = self.second if name == "L2" else self.issue
            kind = "transit" if department == "transit" else "street"
            # A problem without a place, or one that names its own stop, gets no second place.
            if issue and (issue[0] in PLACELESS_ISSUES or "{stop}" in issue[1] + issue[2]):
                if name == "LF":
                    self.values["_time_front"] = "yes"  # "Vanochtend ...": no "sinds" as well
                    return rng.choice(scaffold["loc_front"]["time"])
                if name != "LT" or issue[0] in PLACELESS_ISSUES:
                    return ""
            table = {"L": "loc", "L2": "loc", "LF": "loc_front", "LT": "loc_terse"}[name]
            return rng.choice(scaffold[table][kind])
        raise KeyError(f"unknown slot {{{name}}} in a {self.lang} template")

    def issue_slot(self, name: str) -> str | None:
        """T, C, INV (and T2, C2, INV2 for the second problem): the issue as a title, a clause
        and, in Dutch and German, a clause with the verb first ("staat er al weken ...")."""
        base, second = (name[:-1], True) if name.endswith("2") else (name, False)
        if base not in ("T", "Tc", "C", "Cc", "INV"):
            return None
        issue = self.second if second else self.issue
        if issue is None:
            raise KeyError(f"slot {{{name}}} used without an issue")
        suffix = "2" if second else ""
        # Resolve the options once, so that T, C and INV of one post tell the same story.
        subject = self.values.setdefault(f"_subject{suffix}", self.alternatives(issue[1]))
        predicate = self.values.setdefault(f"_predicate{suffix}", self.alternatives(issue[2]))
        if base == "T":
            return issue[0]
        if base == "Tc":
            return capitalize(self.value(f"T{suffix}"))
        clause = f"{subject} {predicate}".strip()
        if base == "C":
            return clause
        if base == "Cc":
            return capitalize(self.value(f"C{suffix}"))
        if not self.table["invert"]:
            return clause
        verb, _, rest = predicate.partition(" ")
        since = ""
        quiet = second or "_time_front" in self.values or TIME_WORDS.search(predicate)
        if not quiet and self.rng.random() < 0.4:
            since = self.rng.choice(self.table["scaffold"]["since_in"])
            self.values.setdefault("S", "")  # said once is enough
        return " ".join(part for part in (verb, subject, since, rest) if part)


def tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([.,!?:;)])", r"\1", text)
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"([!?])\.", r"\1", text)
    text = re.sub(r"[,:;]\.", ".", text)
    text = re.sub(r"\.\s\.", ".", text)
    text = re.sub(r",,", ",", text)
    text = re.sub(r"^[,.:;]\s*", "", text)
    return text.strip()


def contract(text: str, lang: str) -> str:
    """German "in dem Oberdorf" is "im Oberdorf"."""
    if lang == "de":
        for long, short in GERMAN_CONTRACTIONS:
            text = text.replace(long, short).replace(capitalize(long), capitalize(short))
    return text


def make_post(rng: random.Random, lang: str, department: str) -> tuple[str, int]:
    """One post and how rough it may get (0 careful ... 2 a quick angry tweet)."""
    table = LANGUAGES[lang]
    post = Post(rng, lang, department)
    if lang in REPORTS and rng.random() < REPORT_SHARE:
        return make_report(post), 1
    kind = weighted(rng, KIND_WEIGHTS[department])
    if kind == "free":
        if department == "communication" and rng.random() < REPLY_SHARE:
            return tidy(post.render(rng.choice(table["replies"]))), 2
        return tidy(post.render(rng.choice(table["free"][department]))), REGISTER_NOISE["free"]
    post.issue = rng.choice(table["issues"][department])
    weights = dict(REGISTER_WEIGHTS)
    if department == "communication":
        weights.pop("sarcasm")  # nobody blames the city for the neighbours' party
    register = weighted(rng, weights)
    templates = table["registers"][register]
    if kind == "two":
        # The main problem must be told in full, or the second one would take over the post.
        templates = [t for t in templates if "{C" in t or "{INV}" in t] or templates
    template = rng.choice(templates)
    if kind == "two":
        # A second, smaller problem owned by someone else; the post keeps the main label.
        others = [d for d in DEPARTMENTS if d != department]
        post.second_department = rng.choices(
            others, weights=[0.5 if d == "communication" else 1.0 for d in others]
        )[0]
        post.second = rng.choice(table["issues"][post.second_department])
        extra = rng.choice(table["scaffold"]["second"])
        template = (
            template.replace("{K}", f"{extra} {{K}}")
            if "{K}" in template
            else (f"{template} {extra}")
        )
    text = tidy(post.render(template))
    if register == "formal":
        text = capitalize(text)
    return text, REGISTER_NOISE[register]


# --------------------------------------------------------------------------------------------
# Reports: what residents type into a reporting app or a web form, and tweet to operators
# --------------------------------------------------------------------------------------------


def _report_vocabulary() -> dict[str, dict]:
    """reports_<lang>.py next to this script: TITLES and BODIES per department."""
    found = {}
    for lang in ("nl", "en", "de"):
        path = Path(__file__).resolve().parent / f"reports_{lang}.py"
        if path.exists():
            spec = importlib.util.spec_from_file_location(f"reports_{lang}", path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            catalogue_titles = getattr(module, "CATALOGUE_TITLES", {})
            catalogue_bodies = getattr(module, "CATALOGUE_BODIES", {})
            found[lang] = {
                "titles": {
                    department: titles + catalogue_titles.get(department, [])
                    for department, titles in module.TITLES.items()
                },
                "bodies": {
                    department: bodies + catalogue_bodies.get(department, [])
                    for department, bodies in module.BODIES.items()
                },
                "narratives": getattr(module, "NARRATIVES", {}),
            }
    return found


REPORTS = _report_vocabulary()


def _taxonomy_terms() -> dict[tuple[str, str], list[str]]:
    """(language, department) -> the keyword terms of the router's seed taxonomy
    (departments/routing/taxonomy.py): what a resident calls a thing, used as report titles so
    that the classifier knows every word the rules know, and their compounds' parts."""
    path = Path(__file__).resolve().parent.parent / "taxonomy.py"
    spec = importlib.util.spec_from_file_location("taxonomy", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    terms: dict[tuple[str, str], list[str]] = {}
    for department, topics in module.TOPICS.items():
        for _name, by_language in topics.values():
            for lang, words in by_language.items():
                terms.setdefault((lang, department.replace("-", "_")), []).extend(words)
    return terms


TAXONOMY_TERMS = _taxonomy_terms()
# The share of report titles that are a term of the taxonomy rather than a written title.
TERM_TITLE_SHARE = 0.25

# How a report is laid out: a title alone, a title with a place, a title and its description,
# a web form's fields, a description alone, or a long personal story (weights per layout).
REPORT_LAYOUTS = {
    "title": 0.14,
    "title_place": 0.14,
    "title_body": 0.15,
    "form": 0.10,
    "body": 0.27,
    "narrative": 0.20,
}
REPORT_PLACES = {
    "en": [
        "{T} - {num} {street}",
        "{T} at {street} & {street2}",
        "{T} in front of {num} {street}",
        "{T} on {street}",
        "{T} near {place}",
        "{num} {street} - {T}",
        "{T} ({street})",
    ],
    "de": [
        "{T} in der {street}",
        "{T}, {street} {num}",
        "{T} - {street} Höhe Nr. {num}",
        "{T} {street} / Ecke {street2}",
        "{street} {num}: {T}",
        "{T} bei {place}",
        "{T} ({street})",
    ],
    "nl": [
        "{T} {street} {num}",
        "{T} bij {street} {num}",
        "{T} - {street}",
        "{T} ter hoogte van {street} {num}",
        "{street} {num}: {T}",
        "{T} bij {place}",
        "{T} hoek {street} / {street2}",
    ],
}
REPORT_JOINS = ["{T}. {B}", "{T}: {B}", "{T}\n{B}", "{T} - {B}", "{T}! {B}"]
REPORT_FORMS = {
    "en": [
        "Category: {T}\nLocation: {num} {street}\nDescription: {B}",
        "Request type: {T}. Address: {num} {street}. Details: {B}",
        "Issue: {T} | Where: {street} near {place} | {B}",
        "Service request - {T}. {B} Location: {street}",
    ],
    "de": [
        "Kategorie: {T}\nOrt: {street} {num}\nBeschreibung: {B}",
        "Anliegen: {T}. Adresse: {street} {num}. Beschreibung: {B}",
        "Meldung: {T} | Standort: {street} | {B}",
        "{T}\nWo: {street} {num}\nWas: {B}",
    ],
    "nl": [
        "Categorie: {T}\nLocatie: {street} {num}\nOmschrijving: {B}",
        "Melding: {T}. Adres: {street} {num}. Toelichting: {B}",
        "Soort melding: {T} | Plaats: {street} | {B}",
        "{T}\nWaar: {street} {num}\nWat: {B}",
    ],
}


def make_report(post: Post) -> str:
    """A report in a reporting app's or a web form's register, or a description alone; a
    transit complaint is often addressed to the operator's account."""
    rng, lang, department = post.rng, post.lang, post.department
    vocabulary = REPORTS[lang]
    layout = weighted(rng, REPORT_LAYOUTS)
    if layout == "narrative" and not vocabulary["narratives"].get(department):
        layout = "body"
    terms = TAXONOMY_TERMS.get((lang, department))
    if terms and rng.random() < TERM_TITLE_SHARE:
        title = rng.choice(terms)
    else:
        title = post.render(rng.choice(vocabulary["titles"][department]))
    roll = rng.random()
    if roll < 0.25:
        title = capitalize(title)
    elif roll < 0.35 and lang == "en":
        title = " ".join(word[:1].upper() + word[1:] for word in title.split(" "))
    elif roll < 0.38:
        title = title.upper()
    post.values["T"] = title
    if layout != "title" and layout != "title_place":
        post.values["B"] = post.render(rng.choice(vocabulary["bodies"][department]))
    if layout == "narrative":
        text = post.render(rng.choice(vocabulary["narratives"][department]))
    elif layout == "title":
        text = title
    elif layout == "title_place":
        text = post.render(rng.choice(REPORT_PLACES[lang]))
    elif layout == "title_body":
        text = post.render(rng.choice(REPORT_JOINS))
    elif layout == "form":
        text = post.render(rng.choice(REPORT_FORMS[lang]))
    else:
        text = post.values["B"]
        if rng.random() < (0.5 if department == "transit" else 0.15):
            text = post.render("{H} ") + text
    return tidy_lines(text)


def tidy_lines(text: str) -> str:
    """tidy() for each line: a form keeps its line breaks."""
    return "\n".join(line for line in (tidy(part) for part in text.split("\n")) if line)


# --------------------------------------------------------------------------------------------
# Roughening: what thumbs on a phone do to a text
# --------------------------------------------------------------------------------------------

KEYBOARD_NEIGHBOURS = {
    "a": "sqz",
    "b": "vn",
    "c": "xv",
    "d": "sf",
    "e": "wr",
    "f": "dg",
    "g": "fh",
    "h": "gj",
    "i": "uo",
    "j": "hk",
    "k": "jl",
    "l": "k",
    "m": "n",
    "n": "bm",
    "o": "ip",
    "p": "o",
    "r": "et",
    "s": "ad",
    "t": "ry",
    "u": "yi",
    "v": "cb",
    "w": "qe",
    "y": "tu",
    "z": "x",
}
WORD = re.compile(r"(?<![@#\w])\w{4,}")
GERMAN_FOLD = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
EMOJI_CHARS = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")


def typo(rng: random.Random, text: str) -> str:
    words = list(WORD.finditer(text))
    if not words:
        return text
    match = rng.choice(words)
    word = match.group(0)
    i = rng.randrange(1, len(word) - 1)
    operation = rng.choice(["swap", "drop", "double", "neighbour"])
    if operation == "swap":
        word = word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]
    elif operation == "drop":
        word = word[:i] + word[i + 1 :]
    elif operation == "double":
        word = word[:i] + word[i] + word[i:]
    elif word[i].lower() in KEYBOARD_NEIGHBOURS:
        word = word[:i] + rng.choice(KEYBOARD_NEIGHBOURS[word[i].lower()]) + word[i + 1 :]
    return text[: match.start()] + word + text[match.end() :]


def strip_accents(text: str, keep: str = "") -> str:
    out = []
    for char in text:
        if char in keep:
            out.append(char)
            continue
        decomposed = unicodedata.normalize("NFD", char)
        out.append(
            unicodedata.normalize(
                "NFC",
                "".join(
                    c
                    for c in decomposed
                    if not (
                        unicodedata.category(c) == "Mn"
                        and c not in "\u0308"  # keep Greek dialytika
                    )
                ),
            )
            if len(decomposed) > 1
            else char
        )
    return "".join(out)


def roughen(rng: random.Random, text: str, lang: str, level: int) -> str:
    table = LANGUAGES[lang]
    if level == 0:
        if rng.random() < 0.06:
            text = typo(rng, text)
    else:
        share = 0.12 if level == 1 else 0.3
        for pattern, options in table["abbrev"]:
            if rng.random() < share and re.search(pattern, text, flags=re.IGNORECASE):
                text = re.sub(
                    pattern,
                    lambda m, options=options: (
                        rng.choice(options) if rng.random() < 0.7 else m.group(0)
                    ),
                    text,
                    flags=re.IGNORECASE,
                )
        text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)  # "str." at the end of a sentence
        typos = rng.choices([0, 1, 2, 3], weights=[80, 17, 3, 0] if level == 1 else [66, 26, 7, 1])
        for _ in range(typos[0]):
            text = typo(rng, text)
        if rng.random() < (0.1 if level == 1 else 0.3):
            text = text.lower()
        if text[-1:] in ".!" and rng.random() < (0.3 if level == 1 else 0.5):
            text = text.rstrip(".!")
        if level == 2:
            if rng.random() < 0.15:
                text = text.replace(",", "")
            if rng.random() < 0.06:
                text = text.rstrip(".") + rng.choice(["!!", "!!!", "?!", "!!1"])
            if rng.random() < 0.04 and len(text) < 120:
                text = text.upper()
            if not EMOJI_CHARS.search(text) and rng.random() < 0.2:
                text = f"{text} {rng.choice(EMOJI_NEGATIVE + EMOJI_LAUGH)}"
        if rng.random() < (0.05 if level == 1 else 0.12):
            tags = table["hashtags"]
            text = f"{text} {rng.choice(tags['city'] + tags['generic'])}"
    if lang == "de":
        roll = rng.random()
        if roll < 0.15:
            text = "".join(GERMAN_FOLD.get(char, char) for char in text)
        elif roll < 0.2:
            text = strip_accents(text, keep="ß")
    elif lang == "es" and rng.random() < 0.3:
        text = strip_accents(text, keep="ñÑ")
    elif (lang == "el" and rng.random() < 0.35) or (lang == "nl" and rng.random() < 0.05):
        text = strip_accents(text)
    return text.strip()


# --------------------------------------------------------------------------------------------
# The whole set
# --------------------------------------------------------------------------------------------


def skeleton(text: str) -> str:
    """What is left of a post without case, accents, handles, hashtags, emoji and punctuation:
    two posts with the same skeleton count as one, so near-copies do not pile up."""
    text = unicodedata.normalize("NFD", re.sub(r"[@#]\w+", "", text.lower()))
    return "".join(char for char in text if char.isalnum())


def build(seed: int = SEED) -> list[tuple[str, str, str]]:
    rng = random.Random(seed)
    rows: list[tuple[str, str, str]] = []
    seen: set[str] = set()  # only for membership tests, never iterated
    for lang, target in TARGETS.items():
        for department in DEPARTMENTS:
            made = attempts = 0
            while made < target:
                attempts += 1
                if attempts > 100 * target:
                    raise RuntimeError(f"cannot make {target} distinct {lang} {department} posts")
                text, level = make_post(rng, lang, department)
                text = roughen(rng, contract(text, lang), lang, level)
                key = skeleton(text) or text  # an emoji-only reply is its own skeleton
                if key in seen:
                    continue
                seen.add(key)
                rows.append((text, department, lang))
                made += 1
    rng.shuffle(rows)
    return rows


def write(rows: list[tuple[str, str, str]], path: Path = OUT) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["text", "department", "lang"])
        writer.writerows(rows)


def main() -> None:
    rows = build()
    write(rows)
    counts = Counter((lang, department) for _, department, lang in rows)
    print(f"wrote {len(rows)} posts to {OUT}")
    print("lang  " + "  ".join(f"{d:>13}" for d in DEPARTMENTS))
    for lang in TARGETS:
        print(f"{lang:<5} " + "  ".join(f"{counts[lang, d]:>13}" for d in DEPARTMENTS))
    duplicates = len(rows) - len({text for text, _, _ in rows})
    print(f"exact duplicate texts: {duplicates} ({duplicates / len(rows):.2%})")


if __name__ == "__main__":
    sys.exit(main())
