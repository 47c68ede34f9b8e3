#!/usr/bin/env python3
"""Generate the bundled "replay" demo dataset: eight weeks of the fictional Gemeente Zeestad.

Run from the repository root:

    python listening/replay/build_dataset.py

The output, listening/replay/data/zeestad.json.gz, is deterministic: one random.Random with a
fixed seed drives every choice, iteration order is fixed and the gzip header carries mtime=0, so
re-running the script gives the same bytes.

Everything here is invented: the city, its streets, stops, people, handles and every text (the
templates and vocabulary below were written for this file). Nothing comes from real social media.

How the generator works:
  1. vocabulary and templates are data tables at the top of the file;
  2. the city's own posts: incident posts at fixed moments plus a background of routine posts,
     each with the engagement it eventually reaches;
  3. citizen posts: spikes around incidents (storm, tram outage, cold snap, quay works), replies
     and comments under the city's posts, and a background of mentions and direct messages whose
     size tops up the language and department mix; then a few "still not fixed" follow-ups;
  4. authors are assigned per language with a long-tailed activity, texts are rendered and
     roughened up (typos, slang, caps, emoji, hashtags), and ids follow chronological order.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from random import Random

SEED = 20240607
OUT_PATH = Path(__file__).resolve().parent / "data" / "zeestad.json.gz"

# --------------------------------------------------------------------------------------------
# Time frame
# --------------------------------------------------------------------------------------------

SPAN_MINUTES = 8 * 7 * 24 * 60  # 80640: every history item has -SPAN <= offset < 0
HOURS_IN_SPAN = SPAN_MINUTES // 60
# Offset 0 is taken to be a Monday 12:00 local time. Only used to place the daily and weekly
# rhythm; the replay source re-anchors everything to the real "now".
NOW_MINUTE_OF_DAY = 12 * 60

# Relative activity per local hour (0..23). Citizens complain on the way to and from work.
CITIZEN_WEEKDAY_HOURS = [
    0.18,
    0.09,
    0.05,
    0.04,
    0.05,
    0.15,
    0.55,
    1.6,
    1.9,
    1.3,
    0.95,
    0.9,
    1.0,
    0.95,
    0.9,
    1.0,
    1.45,
    1.8,
    1.6,
    1.15,
    0.95,
    0.85,
    0.6,
    0.35,
]
CITIZEN_WEEKEND_HOURS = [
    0.3,
    0.2,
    0.12,
    0.06,
    0.04,
    0.05,
    0.12,
    0.25,
    0.45,
    0.7,
    0.85,
    0.95,
    0.95,
    0.9,
    0.85,
    0.85,
    0.85,
    0.8,
    0.75,
    0.7,
    0.7,
    0.6,
    0.5,
    0.4,
]
WEEKEND_FACTOR = 0.65
# The communication team posts in office hours, a little in the evening.
OWN_WEEKDAY_HOURS = [
    0,
    0,
    0,
    0,
    0,
    0,
    0.05,
    0.35,
    1.0,
    1.2,
    1.2,
    1.1,
    0.9,
    1.0,
    1.1,
    1.1,
    0.9,
    0.6,
    0.3,
    0.2,
    0.15,
    0.05,
    0,
    0,
]
OWN_WEEKEND_HOURS = [
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0.05,
    0.15,
    0.25,
    0.25,
    0.2,
    0.2,
    0.2,
    0.15,
    0.1,
    0.05,
    0.05,
    0,
    0,
    0,
    0,
    0,
]

# --------------------------------------------------------------------------------------------
# Volumes
# --------------------------------------------------------------------------------------------

CITIZEN_TARGET = 2460  # all citizen posts together (incidents + replies + background)
REPLY_TARGET = 640  # replies and comments under the city's own posts (before time clipping)
OWN_BACKGROUND_POSTS = {  # routine own posts per account, on top of the incident posts
    "central": 66,
    "central-facebook": 34,
    "central-mastodon": 24,
    "traffic": 30,
    "public-works": 30,
    "transit": 40,
}
# Shares the final data set aims for; the background posts fill whatever the spikes and the
# replies leave over, so the totals land close to these.
LANGUAGE_MIX = {"nl": 0.55, "en": 0.30, "de": 0.08, "es": 0.07}
DEPARTMENT_MIX = {"traffic": 0.25, "public-works": 0.35, "transit": 0.25, "communication": 0.15}

# --------------------------------------------------------------------------------------------
# The city and its accounts
# --------------------------------------------------------------------------------------------

CITY = {"name": "Gemeente Zeestad", "country": "NL", "timezone": "Europe/Amsterdam"}

ACCOUNTS = [
    {
        "key": "central",
        "handle": "gemeentezeestad",
        "display_name": "Gemeente Zeestad",
        "network": "x",
        "department": "communication",
        "followers": 24000,
    },
    {
        "key": "traffic",
        "handle": "zeestadverkeer",
        "display_name": "Zeestad Verkeer",
        "network": "x",
        "department": "traffic",
        "followers": 6200,
    },
    {
        "key": "public-works",
        "handle": "zeestadwerkt",
        "display_name": "Zeestad Buitenruimte",
        "network": "x",
        "department": "public-works",
        "followers": 4100,
    },
    {
        "key": "transit",
        "handle": "zeestad_ov",
        "display_name": "Zeestad OV - tram & bus",
        "network": "x",
        "department": "transit",
        "followers": 9800,
    },
    {
        "key": "central-facebook",
        "handle": "GemeenteZeestad",
        "display_name": "Gemeente Zeestad",
        "network": "facebook",
        "department": "communication",
        "followers": 18500,
    },
    {
        "key": "central-mastodon",
        "handle": "gemeentezeestad",
        "display_name": "Gemeente Zeestad",
        "network": "mastodon",
        "department": "communication",
        "followers": 2600,
    },
]
ACCOUNT_BY_KEY = {account["key"]: account for account in ACCOUNTS}
# Which X account a department's complaints would ideally go to.
DEPARTMENT_ACCOUNT = {
    "traffic": "traffic",
    "public-works": "public-works",
    "transit": "transit",
    "communication": "central",
}
# Median likes of an ordinary post; the central account reaches far more people.
ACCOUNT_BASE_LIKES = {
    "central": 46,
    "central-facebook": 40,
    "central-mastodon": 9,
    "traffic": 13,
    "public-works": 10,
    "transit": 21,
}

LINK_BASE = "https://zeestad.example"  # reserved TLD: the links never point at a real site
PHONE = "14 0999"

# --------------------------------------------------------------------------------------------
# Places (all invented, built from ordinary Dutch street-name parts)
# --------------------------------------------------------------------------------------------

STREETS = [
    "Havenkade",
    "Molenstraat",
    "Lange Zeestraat",
    "Duinweg",
    "Vissersstraat",
    "Kerkstraat",
    "Ankerlaan",
    "Schelpenstraat",
    "Noorderkade",
    "Zuiderkade",
    "Vuurtorenweg",
    "Reddingsweg",
    "Kompasstraat",
    "Meeuwenlaan",
    "Strandweg",
    "Boulevard Noord",
    "Boulevard Zuid",
    "Zeedijk",
    "Lijnbaanstraat",
    "Touwslagerslaan",
    "Zoutkeetsingel",
    "Nettenboetersstraat",
    "Stuurmanstraat",
    "Loodsweg",
    "Brede Havenstraat",
    "Korte Havenstraat",
    "Dorpsstraat",
    "Binnenwal",
    "Buitenwal",
    "Oosterdijk",
    "Westerweg",
    "Helmgrasweg",
    "Duindoornlaan",
    "Polderweg",
    "Sluisweg",
    "Tolhuisstraat",
    "Garnalenkade",
    "Walvisstraat",
    "Haringkade",
    "Botterstraat",
    "Bomschuitstraat",
    "Kotterlaan",
    "Bakkerstraat",
    "Weverstraat",
    "Lindenlaan",
    "Berkenlaan",
    "Eikenlaan",
    "Populierenweg",
    "Rozenstraat",
    "Tulpstraat",
    "Seringenlaan",
    "Parkweg",
    "Stationsweg",
    "Raadhuisstraat",
    "Schoolstraat",
    "Marktstraat",
    "Nieuwe Gracht",
    "Oude Gracht",
    "Zeilmakersstraat",
    "Kaapstanderweg",
    "Golfbrekerlaan",
    "Scheepmakerskade",
]
SQUARES = [
    "Stationsplein",
    "Raadhuisplein",
    "Marktplein",
    "Badhuisplein",
    "Vuurtorenplein",
    "Duinplein",
    "Kerkplein",
]
HOODS = [
    "Oude Haven",
    "Vissersbuurt",
    "Duinwijk",
    "Noordstrand",
    "Zuidstrand",
    "Molenkwartier",
    "Zeeheldenbuurt",
    "Bloemenbuurt",
    "Parkzicht",
    "Westerpolder",
    "Kerkebuurt",
    "Schelpenhoek",
    "Binnenstad",
    "Sluiskwartier",
    "Bomenbuurt",
]
STOPS = [
    "Zeestad Centraal",
    "Vismarkt",
    "Havenhoofd",
    "Raadhuisplein",
    "Molenbrug",
    "Duinpoort",
    "Badhuisplein",
    "Noordstrand",
    "Ziekenhuis Zeezicht",
    "Kerkplein",
    "Vuurtorenplein",
    "Sportpark De Wielen",
    "Zeesluis",
    "Westerpolder",
    "Bloemenbuurt",
    "Marktplein",
    "Schelpenhoek",
    "Boulevard Zuid",
    "Lindenlaan",
    "Stadspark",
    "Hogeschool Zeestad",
    "Winkelcentrum Parkzicht",
]
TRAMS = [1, 2, 3, 4]
BUSES = [10, 11, 12, 14, 15, 17, 18, 20, 22, 23, 25, 27, 30, 31, 33, 35, 38, 40]
BRIDGES = ["Molenbrug", "Zeesluisbrug", "Havenbrug", "Walvisbrug", "Tolhuisbrug"]
PARKS = ["Duinpark", "Stadspark", "Molenpark", "Vuurtorenpark", "Zeeheldenpark"]
LANDMARKS = {
    "nl": [
        "de bibliotheek",
        "basisschool De Regenboog",
        "het zwembad",
        "de supermarkt",
        "de kerk",
        "het wijkcentrum",
        "de snackbar",
        "het gezondheidscentrum",
        "de sporthal",
        "het stadhuis",
    ],
    "en": [
        "the library",
        "the primary school",
        "the swimming pool",
        "the supermarket",
        "the church",
        "the community centre",
        "the chip shop",
        "the health centre",
        "the sports hall",
        "city hall",
    ],
    "de": [
        "der Bibliothek",
        "der Grundschule",
        "dem Schwimmbad",
        "dem Supermarkt",
        "der Kirche",
        "dem Rathaus",
    ],
    "es": [
        "la biblioteca",
        "el colegio",
        "la piscina",
        "el supermercado",
        "la iglesia",
        "el ayuntamiento",
    ],
}
SINCE = {
    "nl": [
        "sinds 7u",
        "sinds vanochtend",
        "al 3 dagen",
        "sinds gisteravond",
        "al een week",
        "sinds maandag",
        "al 2 weken",
        "sinds het weekend",
        "al dagen",
        "sinds 6 uur",
    ],
    "en": [
        "since 7am",
        "since this morning",
        "for 3 days now",
        "since last night",
        "all week",
        "since Monday",
        "for two weeks",
        "for days",
    ],
    "de": [
        "seit 7 Uhr",
        "seit heute morgen",
        "seit 3 Tagen",
        "seit gestern Abend",
        "seit einer Woche",
    ],
    "es": [
        "desde las 7",
        "desde esta mañana",
        "desde hace 3 días",
        "desde anoche",
        "desde hace una semana",
    ],
}
WEEKDAYS = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
# Used by the city's announcements ("{when}").
WHEN = {
    "nl": [
        "vanaf maandag",
        "komende dinsdag",
        "volgende week",
        "vanaf woensdag 7.00 uur",
        "dit weekend",
        "vanaf donderdag",
        "komende vrijdag",
        "vanaf volgende maandag",
    ],
    "en": [
        "from Monday",
        "next Tuesday",
        "next week",
        "from Wednesday 7am",
        "this weekend",
        "from Thursday",
    ],
}
JOBS = {
    "nl": [
        "verkeerskundige",
        "projectleider openbare ruimte",
        "wijkbeheerder",
        "communicatieadviseur",
        "handhaver",
        "medewerker groen",
        "tramchauffeur",
        "data-analist",
    ],
    "en": [
        "traffic engineer",
        "project manager for public space",
        "communications advisor",
        "data analyst",
        "tram driver",
    ],
}
COINS = ["MOONSHIB", "ZeeCoin", "SafeRocket", "BTC2X", "DogeMax", "PEPEGOLD", "LunaPlus"]
SPAM_MENTIONS = ["fundrecovery_pro", "dr_hack_assist", "cryptowizard_eu", "trade_with_mia"]

EMO_ANGRY = ["😡", "🤬", "🙄", "😤", "🤦‍♂️", "🤦‍♀️", "😠", "👎", "💩", "🙃", "😩", "😒"]
EMO_HAPPY = ["👍", "🙏", "😊", "❤️", "👏", "💪", "🌞", "🥰", "🙌"]
DEPARTMENT_EMOJI = {
    "traffic": ["🚦", "🚗", "🚧", "🚲", "🚙"],
    "public-works": ["🕳️", "💡", "🗑️", "🌳", "🚧", "💧", "🧹"],
    "transit": ["🚋", "🚌", "🚊", "⏰", "🚏"],
    "communication": ["🏛️", "❓", "🐀", "🎉", "📢"],
}

# --------------------------------------------------------------------------------------------
# Citizen templates per topic and language
#
# Slots: {street} {street2} {street3} {square} {hood} {stop} {stop2} {tram} {tram2} {bus}
# {bridge} {park} {landmark} {since} {weekday} {min} {days} {num} {n} {time} {time2} {emo}
# {happy} {coin} {spamhandle}. A slot used twice in one template gets the same value.
# "weight" is the topic's share within its department for the background posts.
# --------------------------------------------------------------------------------------------

TOPICS = {
    # ---------------------------------------------------------------- traffic
    "traffic_light": {
        "department": "traffic",
        "weight": 16,
        "nl": [
            "Stoplicht op de kruising {street}/{street2} is weer kapot. Staat {since} op oranje "
            "te knipperen, levensgevaarlijk voor fietsers",
            "verkeerslicht hoek {street} staat al {min} minuten op rood voor voetgangers. wtf",
            "Wie heeft het stoplicht bij {stop} geprogrammeerd? 4 auto's groen en dan weer 3 "
            "minuten rood {emo}",
            "Stoplicht {street} doet het niet, iedereen rijdt maar wat. Gaat een keer flink mis",
            "De verkeerslichten op de {street} staan totaal niet op elkaar afgestemd, bij elk "
            "licht sta je stil. Groene golf kennen ze hier niet",
            "Voetgangerslicht bij {landmark} op de {street} reageert niet op de knop. Kinderen "
            "steken nu gewoon door rood over",
            "Weer eens top geregeld hoor 🙄 alle lichten op het {square} uit en geen "
            "verkeersregelaar te bekennen",
            "Is het normaal dat het fietslicht op de {street} nooit op groen springt? Sta hier "
            "elke ochtend {min} min te wachten",
            "stoplicht kapot {street} x {street2}",
            "Verkeerslicht bij de afslag naar de {street} hangt scheef na een aanrijding, lampen "
            "gebroken. Kan iemand kijken?",
            "Kruising {street}/{street2}: lichten knipperen {since}. Wachten op een ongeluk.",
        ],
        "en": [
            "Traffic light at {street}/{street2} has been out {since}. Drivers just going for "
            "it, someone's gonna get hurt",
            "The pedestrian light on {street} near {landmark} is stuck on red. Pressed the "
            "button 10 times, nothing {emo}",
            "Who programmed the lights on {square}?? Green for like 5 seconds then red for 3 "
            "minutes",
            "traffic lights out at the {street} junction, total chaos this morning",
            "The bike signal on {street} never turns green unless a car shows up. Bit ironic "
            "for a cycling country no?",
            "Lights flashing amber at {street} {since}. Is anyone on this?",
            "Broken traffic light {street} x {street2}. pls fix before someone gets hit",
            "Every single light on {street} turns red as you approach. Is this on purpose? "
            "Asking for my sanity",
            "Signal pole at {street} got knocked over, it's lying on the sidewalk with wires "
            "sticking out",
        ],
        "de": [
            "Die Ampel an der Kreuzung {street}/{street2} ist kaputt, seit heute morgen nur "
            "gelbes Blinklicht",
            "Ampel kaputt in der {street}, niemand weiß wer Vorfahrt hat. Gefährlich für "
            "Radfahrer!",
            "Fußgängerampel bei {stop} reagiert nicht auf den Knopf. Wir stehen hier seit {min} "
            "Minuten",
            "Hallo Zeestad, die Ampeln am {square} sind alle aus. Bitte schnell reparieren",
            "Warum ist die Ampel an der {street} immer rot? Grüne Welle gibt es hier wohl nicht "
            "{emo}",
        ],
        "es": [
            "El semáforo de {street} con {street2} no funciona {since}, es un peligro para los "
            "peatones",
            "Semáforo roto en {street}, los coches pasan sin parar. ¿Alguien lo va a arreglar?",
            "El semáforo para peatones cerca de {stop} está siempre en rojo {emo}",
            "Todos los semáforos de {square} apagados, un caos total con las bicis",
            "semaforo averiado en {street}, cuidado!!",
        ],
    },
    "congestion": {
        "department": "traffic",
        "weight": 14,
        "nl": [
            "Sta nu al {min} minuten in de file op de {street}. Wat is hier aan de hand?",
            "Elke ochtend hetzelfde liedje, opstopping bij het {square}. Doe eens wat aan die "
            "kruising",
            "Compleet verkeersinfarct in {hood} door de werkzaamheden. 25 min over 2 km {emo}",
            "File tot aan de {street2} omdat iemand het briljante idee had om op de {street} in "
            "de spits te gaan asfalteren",
            "Waarom staan er vrachtwagens te lossen op de {street} om 8 uur 's ochtends? Alles "
            "staat vast",
            "Opstopping {street} richting centrum, niks beweegt. Ga m'n afspraak niet halen",
            "Kunnen de brugopeningen van de {bridge} niet buiten de spits? Nu al 3x deze week "
            "muurvast gestaan",
            "Half Zeestad staat stil {since}. Top planning weer 👏👏",
            "file file file. de {street} is een parkeerplaats geworden",
            "Sinds die nieuwe rotonde op de {street} staat het 's middags helemaal vast. Wie "
            "heeft dat bedacht?",
        ],
        "en": [
            "Stuck in traffic on {street} for {min} min, what is going on?",
            "Gridlock around {square} again. Same every morning, can someone look at the timing?",
            "Is there an accident on {street}? Nothing is moving {emo}",
            "Trucks unloading on {street} at rush hour, whole street blocked. Really?",
            "The {bridge} opened 3 times during rush hour today. Traffic backed up to {street2}",
            "traffic jam from {street} all the way to the station. took me 40 min to do 3 km",
            "Whoever planned roadworks on {street} AND {street2} at the same time deserves an "
            "award 🙄",
            "Zeestad traffic is getting worse every week. {hood} is a parking lot at 5pm",
            "Any idea how long the congestion on {street} will last? Need to get to the hospital",
        ],
        "de": [
            "Stau auf der {street} seit {min} Minuten, nichts geht mehr",
            "Warum gibt es jeden Morgen Stau am {square}? Bitte die Ampelschaltung prüfen",
            "Riesiger Stau Richtung Strand, wir kommen nicht mal zum Parkplatz {emo}",
            "Stau in {hood} wegen Baustelle, keine Umleitung ausgeschildert",
            "Die {bridge} ist schon wieder offen und alles staut sich bis zur {street2}",
        ],
        "es": [
            "Atasco enorme en {street}, llevamos {min} minutos sin movernos",
            "¿Por qué hay tanto atasco en {square} cada mañana?",
            "Un atasco horrible para llegar a la playa {emo}",
            "Obras en {street} y el atasco llega hasta {street2}, qué desastre",
        ],
    },
    "parking": {
        "department": "traffic",
        "weight": 20,
        "nl": [
            "Auto staat al {days} dagen fout geparkeerd op de stoep aan de {street}. Kom er met "
            "de kinderwagen niet langs",
            "Weer een busje half op het fietspad op de {street}. Handhaving, waar zijn jullie?",
            "Fout geparkeerd bij {landmark}, elke ochtend hetzelfde. Ouders die hun kind 'even' "
            "afzetten op de zebra",
            "Iemand heeft z'n camper voor m'n uitrit gezet op de {street}. Kan ik dus gewoon "
            "niet weg. {emo}",
            "Parkeren in {hood} is echt niet meer te doen, en dan nog 4,50 per uur vragen ook",
            "Gehandicaptenparkeerplaats {street} staat elke dag vol met auto's zonder kaart",
            "Waarom wordt er in de {street} nooit gehandhaafd? Dubbel geparkeerd, op de hoek, op "
            "de stoep, alles kan",
            "Parkeerautomaat op het {square} pakt geen pin en de app werkt ook niet. Moet ik nou "
            "een boete riskeren?",
            "Achtergelaten auto in de {street} zonder kentekenplaten, staat er al sinds "
            "{weekday}. Wrak.",
            "bezorgscooters parkeren overal op de stoep bij de {street}, je struikelt erover",
        ],
        "en": [
            "Car parked on the sidewalk on {street} {since}, can't get past with a stroller",
            "Delivery van blocking the bike lane on {street} again. Any enforcement at all?",
            "Someone parked right in front of my driveway on {street}, I literally can't leave "
            "{emo}",
            "The parking meter at {square} doesn't take cards and the app keeps crashing. How "
            "do I pay?",
            "Is it normal that the disabled parking spot on {street} is always taken by cars "
            "without a permit?",
            "Parking in {hood} is impossible after 6pm. Residents permit is useless",
            "Abandoned car on {street}, no plates, flat tires, been there for weeks",
            "Parents parking on the zebra crossing near {landmark} every morning. Dangerous af",
            "wrongly parked cars all over {street}, a fire truck couldn't get through yesterday",
        ],
        "de": [
            "Falschparker auf dem Radweg in der {street}, jeden Tag das gleiche",
            "Wo kann man in Zeestad als Tourist parken? Der Automat am {square} nimmt keine Karte",
            "Ein Auto steht seit Tagen auf dem Gehweg in der {street}, mit Kinderwagen kommt man "
            "nicht vorbei",
            "Parkplatz am Strand komplett zugeparkt, auch die Feuerwehrzufahrt. Wird hier "
            "kontrolliert?",
            "Abgestelltes Auto ohne Kennzeichen in der {street}, steht da schon ewig",
        ],
        "es": [
            "Un coche aparcado en la acera de {street} {since}, no se puede pasar con el carrito",
            "El parquímetro de {square} no acepta tarjeta, ¿cómo se paga?",
            "Furgoneta aparcada en el carril bici de {street} otra vez {emo}",
            "Imposible aparcar cerca de la playa, y la multa es carísima",
        ],
    },
    "abandoned_bike": {
        "department": "traffic",
        "weight": 9,
        "nl": [
            "Weesfiets bij {stop} staat er al maanden, band lek, zadel weg. Kan die weg?",
            "Fietswrak aan het hek bij {landmark}, al helemaal verroest",
            "Bij het fietsenrek op het {square} staan zeker 10 fietswrakken. Geen plek meer voor "
            "normale fietsen",
            "Iemand heeft een gesloopte fiets in de gracht bij de {street} gegooid, ligt half in "
            "het water",
            "weesfiets {street} hoek {street2}, staat er sinds de zomer",
            "Wanneer worden de fietsenrekken bij Zeestad Centraal weer eens opgeruimd? Vol met "
            "weesfietsen",
            "Deelscooter ligt al {days} dagen op de stoep in de {street}. Wie haalt die op?",
            "Zeker 3 weesfietsen bij de ingang van {landmark}. Gemeld via de app maar die geeft "
            "een foutmelding",
            "Kan er een label op die fietswrakken in de {street}? Ze blokkeren de hele stoep",
        ],
        "en": [
            "Abandoned bike chained to the railing at {stop} for months, missing a wheel. Can "
            "it be removed?",
            "The bike racks at Zeestad Centraal are full of wrecks, nowhere to park a working bike",
            "There's a rusty bike wreck blocking the sidewalk on {street}",
            "Shared e-scooter lying on the pavement on {street} for {days} days. Who collects "
            "these?",
            "Somebody dumped a bike in the canal by {street}",
            "Abandoned bikes near {landmark}, like 6 of them. Any chance of a cleanup?",
            "how do I report an abandoned bike? app doesn't work. it's on {street} corner "
            "{street2}",
            "Bike graveyard at {square} lol. Half of them have no wheels",
        ],
        "de": [
            "Schrottfahrrad am Bahnhof Zeestad Centraal, steht da seit Monaten",
            "Kaputtes Fahrrad blockiert den Gehweg in der {street}",
            "E-Scooter liegt seit {days} Tagen auf dem Gehweg am {square}",
            "Viele verlassene Fahrräder bei {stop}, kann man die entfernen?",
        ],
        "es": [
            "Una bici abandonada en {stop} desde hace meses, sin ruedas",
            "Patinete tirado en la acera de {street} hace {days} días",
            "El aparcamiento de bicis de la estación está lleno de bicis rotas",
            "Bicicleta abandonada bloqueando la acera en {street}",
        ],
    },
    "signs_markings": {
        "department": "traffic",
        "weight": 8,
        "nl": [
            "Verkeersbord op de hoek {street}/{street2} is omgereden en ligt op de stoep",
            "De zebra op de {street} bij {landmark} is bijna helemaal weggesleten, auto's zien "
            "hem gewoon niet",
            "Bord eenrichtingsverkeer in de {street} is gedraaid, nu rijdt iedereen de "
            "verkeerde kant op lol",
            "Belijning op de {street} is na het asfalteren nooit teruggekomen. 's Avonds bij "
            "regen zie je niks",
            "Wie heeft dat bord bij het {square} neergezet? Verboden in te rijden, maar het "
            "omleidingsbord wijst naar binnen 🤔",
            "Haaientanden op de {street} zijn weg, niemand weet meer wie voorrang heeft",
            "Stopbord {street} helemaal onder de stickers en graffiti, niet meer leesbaar",
            "Bord 30 km staat verstopt achter een boom op de {street}. Geen wonder dat iedereen "
            "50 rijdt",
            "Er staat al {days} dagen een tijdelijk verkeersbord midden op het fietspad op de "
            "{street}, werkzaamheden zijn allang klaar",
        ],
        "en": [
            "Traffic sign at {street}/{street2} got knocked down, lying on the ground",
            "The zebra crossing on {street} near {landmark} is almost invisible, paint is gone",
            "Road markings on {street} never came back after resurfacing. Can't see a thing at "
            "night in the rain",
            "One-way sign on {street} is turned around, people driving the wrong way all day",
            "Temporary sign still in the middle of the bike path on {street}, works finished "
            "weeks ago",
            "The 30 sign on {street} is hidden behind a tree. No wonder nobody slows down",
            "Give way markings are gone at {street}, who has right of way now?",
            "Street name sign for {street} is missing, delivery drivers can't find us",
        ],
        "de": [
            "Das Verkehrsschild an der Ecke {street}/{street2} liegt auf dem Boden",
            "Zebrastreifen in der {street} kaum noch zu sehen, bitte neu markieren",
            "Einbahnstraßenschild in der {street} ist verdreht, alle fahren falsch herum",
            "Fahrbahnmarkierung auf der {street} fehlt komplett nach den Bauarbeiten",
        ],
        "es": [
            "La señal de tráfico en {street} está tirada en el suelo",
            "El paso de cebra de {street} casi no se ve, hace falta pintarlo",
            "La señal de dirección prohibida en {street} está girada, los coches van en sentido "
            "contrario",
            "No hay marcas en la carretera de {street} después de las obras",
        ],
    },
    "closure_detour": {
        "department": "traffic",
        "weight": 11,
        "nl": [
            "Omleiding voor de {street} is slecht aangegeven. Drie keer rondgereden en weer bij "
            "hetzelfde hek uitgekomen",
            "Waarom is de {street} ineens afgesloten? Nergens aangekondigd {emo}",
            "Afsluiting {street} en dan de omleiding via de {street2} die óók dicht is. Echt knap",
            "Hoe lang blijft de {street} nog dicht? Ondernemers hier lopen klanten mis",
            "Hek over het fietspad bij de {street}, geen omleiding voor fietsers. Moeten we dan "
            "over de stoep?",
            "Omleidingsborden staan de verkeerde kant op bij het {square}, hele rij auto's die "
            "keert in een woonstraat",
            "Werkzaamheden {street}: er wordt al {days} dagen niks gedaan maar de weg blijft "
            "dicht. Waarom?",
            "Kan iemand uitleggen waarom de omleiding door onze woonwijk in {hood} moet? "
            "Vrachtwagens door een 30-zone",
            "{street} dicht, {street2} dicht, brug open. Zeestad is een eiland vandaag",
            "afsluiting {street} ook voor voetgangers?? moet ik nu 15 min omlopen naar de bushalte",
        ],
        "en": [
            "Detour for {street} is badly signposted, drove in circles for 20 min",
            "Why is {street} suddenly closed? No notice anywhere",
            "The detour sends everyone through {street2} which is ALSO closed. Brilliant",
            "How long will {street} stay closed? Shops here are losing customers",
            "No detour for bikes at the {street} closure. Are we supposed to ride on the sidewalk?",
            "Road closed at {street} but nobody has been working there for {days} days. What's "
            "the point?",
            "Detour signs at {square} point the wrong way, cars U-turning in a residential street",
            "Is {street} closed for pedestrians too? Need to get to {stop}",
            "{street} closed, {street2} closed, bridge up. Zeestad is an island today lol",
        ],
        "de": [
            "Umleitung wegen Sperrung der {street} ist schlecht ausgeschildert",
            "Warum ist die {street} gesperrt? Wir finden unser Ferienhaus nicht",
            "Die Umleitung führt durch die {street2}, die ist auch gesperrt {emo}",
            "Wie lange bleibt die Straße am Hafen noch gesperrt?",
        ],
        "es": [
            "La calle {street} está cortada y no hay desvío señalizado",
            "¿Por qué está cerrada {street}? No lo pone en ningún sitio",
            "El desvío nos manda a {street2}, que también está cerrada {emo}",
            "¿Cuánto tiempo va a estar cortada la calle del puerto?",
        ],
    },
    "speeding": {
        "department": "traffic",
        "weight": 10,
        "nl": [
            "Elke avond racen ze hier over de {street}. Wachten tot er een kind wordt aangereden?",
            "Hardrijders op de {street}, 80 in een 30-zone. Graag een flitspaal of drempels",
            "Scooters scheuren met 50 over het fietspad langs de {street}. Handhaving?",
            "Vannacht weer motorgeronk en racende auto's op de boulevard. Om 2 uur 's nachts!",
            "Waarom zijn de drempels op de {street} weggehaald? Nu is het een racebaan",
            "Bij {landmark} wordt veel te hard gereden, m'n dochter durft niet meer over te steken",
            "Kunnen jullie een keer controleren op de {street}? Tussen 17 en 19u is het "
            "levensgevaarlijk",
            "De {street} is 's avonds gewoon een dragstrip. Buren slapen slecht door het lawaai",
            "hardrijders {street} elke dag weer. wordt tijd voor een flitser",
        ],
        "en": [
            "Cars racing on {street} every night. Waiting for someone to get killed?",
            "People doing 70 in the 30 zone on {street}. Speed bumps please",
            "Mopeds flying down the bike lane on {street}, almost got hit this morning",
            "Street racing on the boulevard again at 2am. Loud exhausts, whole neighbourhood awake",
            "Why were the speed bumps removed on {street}? It's a race track now",
            "Kids cross near {landmark} and drivers don't slow down at all. Please put a speed "
            "camera there",
            "speeding on {street} is out of control. any plans to do something?",
            "Someone clocked cars at 80 on {street} last night. In a residential area!",
        ],
        "de": [
            "Raser auf der {street} jede Nacht, bitte mal kontrollieren",
            "Autos fahren viel zu schnell bei {landmark}, gefährlich für Kinder",
            "Motorroller rasen über den Radweg an der {street}",
            "Nachts Autorennen auf der Strandpromenade, an Schlaf ist nicht zu denken",
        ],
        "es": [
            "Los coches van a toda velocidad por {street}, es peligroso",
            "Carreras de coches en el paseo marítimo por la noche, no se puede dormir",
            "Motos a toda pastilla por el carril bici de {street}",
            "Hace falta un radar en {street}, la gente conduce como loca",
        ],
    },
    "cycling": {
        "department": "traffic",
        "weight": 12,
        "nl": [
            "Fietspad langs de {street} ligt vol glas. Al 2 lekke banden deze week",
            "Het nieuwe fietspad op de {street} is leuk bedacht maar eindigt gewoon in een paal",
            "Waarom moeten fietsers bij het {square} 3 keer stoppen voor één kruising?",
            "Fietspad {street} is bij regen één grote plas. Zit met natte sokken op m'n werk",
            "Fietsstraat in {hood}: auto's toeteren en halen in. Wat is het idee erachter?",
            "Kan de fietsenstalling bij Zeestad Centraal langer open? Om half 1 dicht is raar "
            "voor een stad",
            "Wortels drukken het fietspad op de {street} omhoog, al 2 keer bijna onderuit gegaan",
            "Geen verlichting op het fietspad door het {park}. Pikkedonker, onveilig voor m'n "
            "dochter",
            "Fietspad {street} dicht ivm werkzaamheden, omleiding via de drukke weg. Top idee 🙄",
            "Waar is het fietspad gebleven na de herinrichting van de {street}? Fietsers nu "
            "tussen de bussen",
        ],
        "en": [
            "Bike lane on {street} is covered in broken glass. Second flat tire this week",
            "The new bike lane on {street} just ends in a pole. Who designed this?",
            "Cyclists have to stop 3 times to cross {square}. Not very Dutch of you",
            "The bike path through {park} has no lights, pitch dark at night",
            "Bike lane on {street} floods every time it rains",
            "Tree roots pushing up the bike path on {street}, nearly crashed twice",
            "Cars keep overtaking on the 'fietsstraat' in {hood}. Is that even allowed?",
            "Bike parking at Zeestad Centraal closes at 0:30?? What if my train is late?",
            "Where did the cycle path go after the redesign of {street}? Now we ride between buses",
        ],
        "de": [
            "Radweg an der {street} voller Glasscherben",
            "Der Radweg durch den {park} ist nachts komplett dunkel",
            "Radfahren in Zeestad ist toll, aber der Radweg an der {street} endet plötzlich im "
            "Nichts",
            "Fahrradparkhaus am Bahnhof ist voll, wo sollen wir hin?",
        ],
        "es": [
            "El carril bici de {street} está lleno de cristales",
            "El carril bici del {park} no tiene luz por la noche",
            "Me encanta ir en bici aquí, pero el carril de {street} se acaba de repente",
            "El parking de bicis de la estación está lleno, ¿hay otro?",
        ],
    },
    # ---------------------------------------------------------------- public works
    "pothole": {
        "department": "public-works",
        "weight": 15,
        "nl": [
            "Gat in de weg op de {street} is inmiddels een krater. Vanochtend bijna m'n "
            "voorwiel kwijt",
            "Kuil in het wegdek voor nummer {num} op de {street}, vol water dus je ziet hem niet",
            "Enorm gat in de weg bij {stop}, bussen knallen er elke keer doorheen",
            "gat in de weg {street} hoek {street2}. gevaarlijk voor fietsers!!",
            "Hoeveel meldingen heb je nodig voordat dat gat op de {street} gerepareerd wordt? "
            "Dit is de 4e",
            "M'n band is kapot door die kuil op de {street}. Kan ik de schade ergens melden?",
            "Asfalt op de {street} brokkelt helemaal af, allemaal losse stenen en gaten",
            "Weer eens top geregeld hoor 🙄 gat op de {street} gedicht en een week later ligt "
            "het er weer uit",
            "Er zit een diepe kuil in het fietspad langs de {street}, zie je 's avonds echt niet",
            "Die gaten in de {street}... rijden is hier net een achtbaan",
            "Verzakking in de weg bij de {bridge}, het wordt elke dag dieper",
        ],
        "en": [
            "Pothole on {street} is basically a crater now. Nearly lost my front wheel",
            "Massive pothole near {stop}, buses slam through it all day",
            "Pothole in front of number {num} on {street}, full of water so you can't see it",
            "How many reports does it take to fix the pothole on {street}? This is my 4th",
            "Hit a pothole on {street} and now my tire is flat. Where do I claim damages?",
            "The road on {street} is falling apart, loose stones everywhere",
            "deep hole in the bike path along {street}, invisible at night. someone will get hurt",
            "They patched the pothole on {street} last week and it's already back lol",
            "Is there a sinkhole forming near the {bridge}? The road keeps dipping",
        ],
        "de": [
            "Riesiges Schlagloch in der {street}, fast mit dem Fahrrad gestürzt",
            "Schlagloch vor Hausnummer {num} in der {street}, voller Wasser",
            "Die Straße bei {stop} ist voller Schlaglöcher",
            "Schlaglöcher auf dem Radweg an der {street}, bitte reparieren",
            "Seit {days} Tagen gemeldet, das Schlagloch in der {street} ist immer noch da",
        ],
        "es": [
            "Hay un bache enorme en {street}, casi me caigo con la bici",
            "Bache lleno de agua delante del número {num} de {street}",
            "La calle cerca de {stop} está llena de baches",
            "Cuidado con el bache del carril bici en {street} {emo}",
        ],
    },
    "streetlight": {
        "department": "public-works",
        "weight": 15,
        "nl": [
            "Lantaarnpaal voor nummer {num} in de {street} doet het al {days} dagen niet. "
            "Pikkedonker",
            "Straatverlichting in de hele {street} is uit {since}. Voelt echt onveilig 's avonds",
            "lamp kapot hoek {street}",
            "De straatlantaarn bij {stop} knippert de hele nacht, net een disco",
            "Kunnen jullie de lantaarnpaal op de {street} checken? Is al 2x gemeld, nog steeds "
            "donker",
            "Half {hood} zit in het donker, straatlantaarns doen het niet. Storing?",
            "Lantaarnpaal aangereden op de {street}, hangt scheef over het fietspad",
            "Waarom brandt de straatverlichting op de {street} overdag wel en 's nachts niet? 😂",
            "Het pad door het {park} is 's avonds compleet donker sinds de lampen kapot zijn. "
            "Durf er niet meer langs",
            "Lantaarnpaal {num} {street} uit. En bij de {street2} ook trouwens.",
        ],
        "en": [
            "Street light in front of no. {num} on {street} has been out for {days} days. Pitch "
            "dark",
            "All the street lights on {street} are off {since}. Feels unsafe walking home",
            "Street lamp at {stop} flickering all night, like a disco",
            "Lamp post knocked over on {street}, leaning over the bike path",
            "Half of {hood} is dark tonight, is there an outage?",
            "Funny how the street lights on {street} are on during the day and off at night 😂",
            "The path through {park} is totally dark since the lights broke. Not safe",
            "broken streetlight {street}/{street2}, reported twice already",
            "Could someone check the street light outside {landmark}? Kids walk there in the dark",
        ],
        "de": [
            "Straßenlaterne in der {street} ist seit {days} Tagen aus",
            "Die Straßenbeleuchtung am {square} funktioniert nicht, sehr dunkel",
            "Laterne vor Nummer {num} in der {street} flackert die ganze Nacht",
            "Im {park} sind alle Laternen aus, man sieht nichts",
            "Straßenlaterne kaputt in der {street} Ecke {street2}",
        ],
        "es": [
            "La farola de {street} no funciona desde hace {days} días",
            "Todas las farolas de {square} están apagadas, da miedo pasar",
            "La farola delante del número {num} parpadea toda la noche",
            "El camino del {park} está sin luz por la noche",
        ],
    },
    "waste": {
        "department": "public-works",
        "weight": 24,
        "nl": [
            "Container op de {street} zit al {days} dagen vol, vuilniszakken ernaast. Meeuwen "
            "doen de rest {emo}",
            "Afval naast de container bij het {square}, het stinkt hier enorm",
            "Waarom is het vuilnis in de {street} deze week niet opgehaald? Staat alles nog aan "
            "de straat",
            "Iemand heeft een complete bank en een matras naast de container gedumpt in de "
            "{street}. Grofvuil!",
            "Ondergrondse container {street} zit klem, pasje werkt niet. Hoe moet ik m'n afval "
            "kwijt?",
            "Papiercontainer bij {landmark} puilt uit, dozen waaien de hele straat door",
            "Zwerfafval langs de {street} na het weekend, blikjes, lachgas, pizzadozen. Zonde "
            "van onze stad",
            "Hoe vraag ik een afspraak aan voor grofvuil? De website geeft een error",
            "GFT-bak is overgeslagen in {hood}. Weer. 3e keer deze maand",
            "container vol {street}. alweer.",
            "Wat een troep op de boulevard na het weekend. Prullenbakken vol, de rest ligt op "
            "het strand",
        ],
        "en": [
            "Bin on {street} has been full for {days} days, bags piled up next to it. Seagulls "
            "having a feast",
            "Trash all around the container at {square}, smells awful",
            "Why wasn't the garbage collected on {street} this week?",
            "Someone dumped a whole sofa and a mattress next to the bins on {street}",
            "Underground container on {street} is jammed, my card doesn't work. Where do I put "
            "my trash?",
            "Litter everywhere along {street} after the weekend. Cans, pizza boxes, nitrous "
            "canisters",
            "How do I book a bulky waste pickup? The website throws an error",
            "Overflowing bins on the beach boulevard. Such a shame, it's a beautiful beach",
            "Recycling container near {landmark} is overflowing, cardboard blowing down the street",
        ],
        "de": [
            "Der Müll in der {street} wurde nicht abgeholt, überall Säcke",
            "Mülleimer am Strand sind alle voll, Müll überall {emo}",
            "Container am {square} ist voll, die Leute stellen den Müll einfach daneben",
            "Wo kann man als Tourist seinen Müll entsorgen? Die Container brauchen eine Karte",
            "Sperrmüll in der {street} liegt seit Tagen auf dem Gehweg",
        ],
        "es": [
            "Los contenedores de {street} están llenos y hay basura por todas partes",
            "Mucha basura en la playa y las papeleras llenas {emo}",
            "¿Dónde se tira la basura? Los contenedores piden una tarjeta",
            "Alguien ha dejado un sofá junto al contenedor en {street}",
        ],
    },
    "graffiti": {
        "department": "public-works",
        "weight": 7,
        "nl": [
            "Graffiti op de gevel van {landmark}, kunnen jullie dat weghalen?",
            "Hele abri bij {stop} volgekalkt met graffiti. Ziet er niet uit",
            "Iemand heeft vannacht de nieuwe muurschildering op de {street} beklad. Zo zonde",
            "Kwetsende tekst op de muur bij de {street}. Graag zsm verwijderen, kinderen lopen "
            "hier langs",
            "Graffiti op de {bridge} staat er nu al maanden",
            "Tags op alle elektriciteitskastjes in de {street}. Wie ruimt dit op?",
            "Is de gemeente verantwoordelijk voor graffiti op m'n schutting aan de {street}?",
            "graffiti {street} weer, 3e keer deze maand",
        ],
        "en": [
            "Graffiti all over the walls near {landmark}, can it be removed?",
            "Someone tagged the new mural on {street} last night. Such a shame",
            "Offensive graffiti on the wall at {street}, kids walk past here. Please remove asap",
            "The {bridge} has been covered in graffiti for months",
            "Bus shelter at {stop} completely tagged",
            "Who removes graffiti on private fences? Mine on {street} got hit again",
            "Graffiti on the electricity boxes along {street}. Looks awful",
            "tags everywhere in {hood} lately, anyone else noticed?",
        ],
        "de": [
            "Graffiti an der {bridge}, sieht schlimm aus",
            "Die Bushaltestelle {stop} ist komplett mit Graffiti beschmiert",
            "Beleidigende Schmiererei an der Wand in der {street}",
            "Wer entfernt Graffiti an Privathäusern?",
        ],
        "es": [
            "Hay grafitis en la pared de {street}, ¿los pueden quitar?",
            "La parada {stop} está llena de pintadas",
            "Han pintado encima del mural nuevo de {street}, qué pena",
            "Pintadas ofensivas cerca de {landmark}",
        ],
    },
    "sidewalk": {
        "department": "public-works",
        "weight": 10,
        "nl": [
            "Losse tegels op de stoep in de {street}, m'n moeder is vanochtend gevallen",
            "Stoep {street} ligt al {days} weken open na werkzaamheden, nu een modderpad",
            "Met de rolstoel kom ik niet over de stoep bij {landmark}, alles scheef en losse "
            "stenen",
            "Boomwortels hebben de stoep op de {street} helemaal omhoog gedrukt, struikelgevaar",
            "losse tegels {street} voor nr {num}. al 2x gemeld!",
            "Waarom is de stoep bij {stop} zo smal? Met een kinderwagen moet je de weg op",
            "Verzakte stoep bij de {street}, er staat bij regen 10 cm water",
            "Tegels eruit gehaald voor glasvezel en nooit teruggelegd in de {street}. Een "
            "zandbak nu",
            "Ouderen in {hood} durven niet meer te lopen door die slechte stoepen. Doe er eens "
            "wat aan",
        ],
        "en": [
            "Loose tiles on the sidewalk on {street}, my neighbour tripped this morning",
            "Sidewalk on {street} has been torn up for {days} weeks after works, now it's just mud",
            "Can't get over the sidewalk near {landmark} in a wheelchair, all uneven",
            "Tree roots lifting the pavement on {street}, serious trip hazard",
            "Pavement tiles removed for fibre works on {street} and never put back",
            "The sidewalk at {stop} is so narrow you have to walk on the road with a pram",
            "sunken pavement on {street}, huge puddle every time it rains",
            "loose tiles in front of no. {num} on {street}, reported twice",
        ],
        "de": [
            "Lose Gehwegplatten in der {street}, Stolpergefahr",
            "Der Gehweg in der {street} ist seit Wochen aufgerissen",
            "Mit dem Rollstuhl kommt man bei {landmark} nicht über den Bürgersteig",
            "Baumwurzeln heben den Gehweg an der {street} an",
        ],
        "es": [
            "Baldosas sueltas en la acera de {street}, mi madre casi se cae",
            "La acera de {street} lleva semanas levantada",
            "No se puede pasar con silla de ruedas por la acera cerca de {landmark}",
            "Las raíces de los árboles han levantado toda la acera de {street}",
        ],
    },
    "trees": {
        "department": "public-works",
        "weight": 8,
        "nl": [
            "Boom omgewaaid op de {street}, ligt half over de weg",
            "Grote tak afgebroken in het {park}, hangt boven het pad. Gevaarlijk!",
            "Onkruid op de stoepen in {hood} staat tot je knieën. Wordt hier nog geschoffeld?",
            "De bomen in de {street} hangen zo laag dat de bus er elke keer tegenaan schuurt",
            "Waarom wordt die gezonde boom op de {street} gekapt? Niemand is iets gevraagd",
            "Takken liggen al {days} dagen op het fietspad langs de {street}",
            "Dode boom voor nummer {num} op de {street}, bij de volgende storm valt ie om",
            "Plantsoen bij {landmark} is een puinhoop, alles dood of overwoekerd",
            "Boom in de {street} staat scheef sinds de storm, wortels komen omhoog",
            "Wanneer worden de bladeren in de {street} opgeruimd? Spekglad op de stoep",
        ],
        "en": [
            "Tree down on {street}, blocking half the road",
            "Big branch broke off in {park}, hanging over the path",
            "Weeds on the sidewalks in {hood} are knee-high. Does anyone maintain this?",
            "Why is the healthy tree on {street} being cut down? Nobody was consulted",
            "Branches lying on the bike path on {street} for {days} days now",
            "Dead tree outside no. {num} on {street}, next storm it's coming down",
            "Trees on {street} hang so low the bus scrapes them every time",
            "Wet leaves everywhere on {street}, super slippery on the bike",
            "tree leaning dangerously over {street} since the wind last night",
        ],
        "de": [
            "Umgestürzter Baum in der {street}, die Straße ist blockiert",
            "Ein großer Ast hängt im {park} über dem Weg",
            "Viel Unkraut auf den Gehwegen in {hood}",
            "Baum an der {street} steht schief, könnte umfallen",
        ],
        "es": [
            "Se ha caído un árbol en {street}, bloquea la calle",
            "Una rama grande a punto de caer en el {park}",
            "Hay ramas en el carril bici de {street} desde hace días",
            "Un árbol muy inclinado en {street}, da miedo",
        ],
    },
    "sewer": {
        "department": "public-works",
        "weight": 8,
        "nl": [
            "Riool verstopt in de {street}, het stinkt niet normaal en het water loopt niet weg",
            "Putdeksel op de {street} ligt los, klapt elke keer als er een auto overheen rijdt. "
            "Hele nacht BONK",
            "Wateroverlast in de {street} na die bui. Water staat tot aan de drempel van de "
            "voordeur",
            "Putdeksel weg bij {landmark}!! Open gat in de stoep, graag zsm afzetten",
            "Straatkolken in {hood} zitten vol bladeren, bij elke bui een meer",
            "Kelder onder water in de {street}, riool kan het niet aan. Wie is hier "
            "verantwoordelijk?",
            "Rioollucht in de hele {street} {since}. Is er iets kapot?",
            "Tunneltje bij {stop} staat weer vol water, fietsers moeten erdoorheen",
            "putdeksel rammelt {street} hoek {street2}. slapen lukt niet meer",
        ],
        "en": [
            "Sewer blocked on {street}, terrible smell and the water won't drain",
            "Loose manhole cover on {street}, bangs every time a car drives over. All night",
            "Street flooded on {street} after that rain, water up to our front door",
            "Manhole cover missing near {landmark}!! Open hole in the pavement",
            "Drains in {hood} are clogged with leaves, every shower becomes a lake",
            "Basement flooded on {street}, the sewer can't cope. Who is responsible?",
            "Sewage smell all over {street} {since}",
            "The underpass at {stop} is flooded again, bikes have to go through it",
        ],
        "de": [
            "Kanal verstopft in der {street}, es stinkt furchtbar",
            "Gullydeckel fehlt bei {landmark}, sehr gefährlich!",
            "Überschwemmung in der {street} nach dem Regen",
            "Der Gullydeckel in der {street} klappert die ganze Nacht",
        ],
        "es": [
            "La alcantarilla de {street} está atascada y huele fatal",
            "Falta una tapa de alcantarilla cerca de {landmark}, ¡peligro!",
            "La calle {street} está inundada después de la lluvia",
            "El túnel de {stop} está lleno de agua otra vez",
        ],
    },
    "furniture": {
        "department": "public-works",
        "weight": 7,
        "nl": [
            "Bankje in het {park} is kapot, er ontbreekt een plank",
            "Prullenbak kapot bij {stop}, alles valt eruit",
            "Hek langs de {street} is omver gereden, ligt al dagen op de stoep",
            "Wanneer komen er weer bankjes op het {square}? Oudere mensen willen ook even zitten",
            "Speeltoestel in de speeltuin aan de {street} kapot, scherpe randen, gevaarlijk voor "
            "kinderen",
            "Fietsnietjes bij {landmark} los uit de grond getrokken",
            "Paaltje op de {street} omver, steekt nu een scherpe stomp uit de grond",
            "prullenbak kapot {street}, deksel eraf",
            "Watertappunt op de boulevard doet het niet meer, vol met zand",
        ],
        "en": [
            "Bench in {park} is broken, missing a plank",
            "Trash can at {stop} is broken, everything falls out",
            "Fence along {street} was knocked over, lying on the sidewalk for days",
            "Playground equipment on {street} is broken, sharp edges. Kids play there!",
            "Bollard knocked down on {street}, there's a sharp stump sticking out",
            "Could we get some benches on {square}? Older people need a place to sit",
            "Bike racks near {landmark} pulled out of the ground",
            "broken bin at {street}, lid is gone and the gulls love it",
        ],
        "de": [
            "Die Bank im {park} ist kaputt",
            "Mülleimer an der Haltestelle {stop} ist kaputt",
            "Spielplatz in der {street}: Rutsche kaputt, gefährlich für Kinder",
            "Poller umgefahren in der {street}",
        ],
        "es": [
            "El banco del {park} está roto",
            "La papelera de la parada {stop} está rota",
            "El columpio del parque infantil de {street} está roto",
            "Hay una valla tirada en la acera de {street}",
        ],
    },
    "gritting": {
        "department": "public-works",
        "weight": 2,
        "nl": [
            "Is er vandaag wel gestrooid? Fietspad op de {street} is één ijsbaan",
            "Gladheid op de {street}, al 3 mensen onderuit zien gaan. Graag strooien!",
            "Waarom worden de hoofdwegen wel gestrooid en de fietspaden in {hood} niet?",
            "Stoep bij {stop} spekglad, de bus stopt en je glijdt er zo onder",
            "Strooiwagen is net door de {street} gereden met de strooier UIT. Serieus?",
            "Kan ik ergens pekel halen voor onze straat? De {street} wordt nooit gestrooid",
            "Weer eens top geregeld hoor 🙄 sneeuw voorspeld en om 8 uur nog niks gestrooid",
            "De {bridge} is levensgevaarlijk glad, net bijna onderuit met de fiets",
            "gladheid {street}. niet gestrooid. ik lig bijna op m'n bek",
        ],
        "en": [
            "Has anyone gritted today? The bike path on {street} is an ice rink",
            "Icy sidewalk at {stop}, people slipping everywhere",
            "Why do main roads get salted but not the bike lanes in {hood}?",
            "The {bridge} is super slippery, nearly came off my bike",
            "Where can residents get grit salt? {street} never gets done",
            "Snow forecast for days and still no gritting at 8am. Great job 🙄",
            "slippery as hell on {street}, please send the gritters",
            "Saw the gritting truck drive down {street} with the spreader OFF. Seriously?",
        ],
        "de": [
            "Glätte auf der {street}, bitte streuen!",
            "Der Radweg ist spiegelglatt, wird hier nicht gestreut?",
            "Gehweg bei {stop} total vereist",
            "Die {bridge} ist extrem glatt, fast gestürzt",
        ],
        "es": [
            "La acera de {street} está helada, por favor echen sal",
            "El carril bici está como una pista de patinaje {emo}",
            "¿No pasan las máquinas quitanieves por {hood}?",
            "El puente {bridge} resbala muchísimo, casi me caigo",
        ],
    },
    # ---------------------------------------------------------------- transit
    "tram": {
        "department": "transit",
        "weight": 18,
        "nl": [
            "Tram {tram} zat weer propvol om 8u, kon er bij {stop} niet eens in. Zet langere "
            "trams in!",
            "Waarom rijdt tram {tram} 's avonds maar 2x per uur? Stond een half uur te wachten "
            "bij {stop}",
            "Bestuurder van tram {tram} reed gewoon door bij {stop} terwijl we stonden te "
            "zwaaien {emo}",
            "Het piept en kraakt enorm in de bocht bij {stop}, elke tram. Buren worden gek",
            "Verwarming in tram {tram} staat op tropisch, iedereen zit te zweten in z'n winterjas",
            "Weer eens top geregeld hoor 🙄 tram {tram} rijdt alweer niet",
            "Tram {tram} stond 10 min stil tussen {stop} en {stop2} zonder omroep. Wat is er aan "
            "de hand?",
            "Kan tram {tram} niet doorrijden tot {stop2}? Nu moet iedereen overstappen in de regen",
            "tram {tram} vies, stinkt naar bier en er ligt kots op de bank. lekker begin vd dag",
            "Omroep in tram {tram} noemt steeds de verkeerde halte. Toeristen raken helemaal in "
            "de war",
        ],
        "en": [
            "Tram {tram} packed again at 8am, couldn't even get on at {stop}",
            "Why does tram {tram} only run twice an hour in the evening? Waited 30 min at {stop}",
            "Driver of tram {tram} just drove past {stop} while we were waving {emo}",
            "The screeching of every tram in the curve at {stop} is unbearable",
            "Tram {tram} stopped between {stop} and {stop2} for 10 min, no announcement",
            "Announcements on tram {tram} say the wrong stop every time. Confusing for visitors",
            "Heating on tram {tram} set to sauna mode 🥵",
            "Is tram {tram} running today? App says yes, the sign at {stop} says no",
            "tram {tram} is filthy today, beer all over the floor",
        ],
        "de": [
            "Tram {tram} war so voll, wir konnten bei {stop} nicht einsteigen",
            "Fährt die Tram {tram} heute zum Strand? Die Anzeige ist leer",
            "Die Straßenbahn hält nicht an der Haltestelle {stop}, warum?",
            "Tram {tram} steht seit 15 Minuten still, keine Durchsage",
            "Keine Ansagen auf Englisch oder Deutsch in der Tram, für Touristen schwierig",
        ],
        "es": [
            "El tranvía {tram} iba lleno, no pudimos subir en {stop}",
            "¿El tranvía {tram} va a la playa? La pantalla no dice nada",
            "El tranvía lleva parado 15 minutos sin avisar {emo}",
            "No hay anuncios en inglés en el tranvía, muy difícil para turistas",
        ],
    },
    "bus": {
        "department": "transit",
        "weight": 17,
        "nl": [
            "Bus {bus} reed 3 minuten te vroeg weg bij {stop}. Stond er gewoon, zag 'm wegrijden",
            "Waarom is bus {bus} in het weekend geschrapt? Hoe kom ik nu in {hood}?",
            "Buschauffeur van lijn {bus} was super vriendelijk en hielp een oudere mevrouw met "
            "haar boodschappen. Top!",
            "Bus {bus} rijdt met de airco op vol terwijl het 3 graden is 🥶",
            "De nieuwe route van bus {bus} slaat de halte bij het ziekenhuis over. Voor wie is "
            "dat handig?",
            "Bus {bus} is de laatste week elke ochtend vol bij {stop}, scholieren staan buiten "
            "in de regen",
            "Bus {bus} rijdt steeds door rood op de {street}, ik zie het elke dag",
            "Kan bus {bus} niet een keer later rijden? Laatste bus om 23u is te vroeg als je in "
            "de horeca werkt",
            "bus {bus} stinkt binnen naar diesel. gezond is anders",
            "Waarom rijden er 3 bussen {bus} achter elkaar en dan 40 min niks?",
        ],
        "en": [
            "Bus {bus} left {stop} 3 min early. I was standing right there",
            "Why was bus {bus} cut on weekends? How am I supposed to get to {hood}?",
            "Shout out to the driver of bus {bus} who waited for me this morning 🙏",
            "Bus {bus} AC blasting cold air when it's 3 degrees outside 🥶",
            "New route of bus {bus} skips the hospital stop. Who thought that was a good idea?",
            "Bus {bus} is always full at {stop} in the morning, students left in the rain",
            "Three {bus} buses in a row and then nothing for 40 minutes. How?",
            "Last bus {bus} at 11pm is way too early for people working late",
            "Does bus {bus} stop at {stop2} during the works? The signs say different things",
        ],
        "de": [
            "Bus {bus} ist zu früh abgefahren, wir standen an der Haltestelle",
            "Welcher Bus fährt vom Bahnhof zum Strand? Ist das die Linie {bus}?",
            "Bus {bus} fährt am Wochenende nicht, wie kommen wir nach {hood}?",
            "Der Busfahrer der Linie {bus} war sehr freundlich, danke!",
        ],
        "es": [
            "El bus {bus} se fue antes de la hora, estábamos en la parada",
            "¿Qué bus va de la estación a la playa? ¿El {bus}?",
            "El bus {bus} no pasa los fines de semana, ¿cómo llegamos a {hood}?",
            "El conductor del bus {bus} fue muy amable, ¡gracias!",
        ],
    },
    "lightrail": {
        "department": "transit",
        "weight": 10,
        "nl": [
            "Sneltram naar Noordstrand rijdt weer niet. 3e keer deze maand",
            "Kustlijn is elke zaterdag vol strandgangers, geen plek voor een rolstoel",
            "De roltrap bij station Duinpoort staat al weken stil",
            "Waarom rijdt de Kustlijn maar tot 22u? Na het werk moet ik een taxi nemen",
            "Kaartautomaat bij de sneltram op {stop} weer buiten werking",
            "Sneltram stond {min} minuten stil bij Duinpoort, zonder enige uitleg {emo}",
            "Perron Badhuisplein is spiegelglad en nergens een bord",
            "Kustlijn piept bij elke stop, is dat normaal?",
        ],
        "en": [
            "Kustlijn light rail to Noordstrand not running again. Third time this month",
            "Light rail packed with beachgoers every Saturday, no room for wheelchairs",
            "Escalator at Duinpoort station has been out for weeks",
            "Why does the Kustlijn stop at 10pm? Had to take a taxi after work",
            "Light rail stood still at Duinpoort for {min} minutes, zero information",
            "Ticket machine at the light rail stop {stop} is broken again",
            "Is the Kustlijn running to the beach today? Website says nothing",
            "Kustlijn doors keep getting stuck at Badhuisplein",
        ],
        "de": [
            "Fährt die Stadtbahn heute nach Noordstrand?",
            "Die Stadtbahn ist total überfüllt, kein Platz für Kinderwagen",
            "Rolltreppe an der Station Duinpoort ist kaputt",
            "Fahrkartenautomat an der Stadtbahn funktioniert nicht",
        ],
        "es": [
            "¿El tren ligero va hoy a Noordstrand?",
            "El tren ligero va lleno, no hay sitio para el carrito",
            "La escalera mecánica de Duinpoort no funciona",
            "La máquina de billetes del tren ligero está rota",
        ],
    },
    "stop_shelter": {
        "department": "transit",
        "weight": 12,
        "nl": [
            "Abri bij {stop} is kapot, hele ruit ingegooid. Overal glas",
            "Halte {stop} heeft geen dak meer, staan we daar in de regen te wachten",
            "Reisinformatiebord bij {stop} doet het al {days} dagen niet. Geen idee wanneer de "
            "tram komt",
            "Kan er een bankje bij halte {stop}? Oudere mensen moeten nu 20 min staan",
            "abri kapot {stop}. glas op de stoep",
            "Halte {stop} is 's avonds donker, lamp in de abri kapot. Voel me niet veilig",
            "Waarom is halte {stop} verplaatst? Nergens staat waar de tijdelijke halte is",
            "Dienstregeling in de abri bij {stop} is van vorig jaar 🙄",
            "Halte {stop} ligt vol peuken en blikjes, prullenbak al weken weg",
        ],
        "en": [
            "Bus shelter at {stop} smashed, glass everywhere",
            "Stop {stop} has no roof anymore, waiting in the rain",
            "Departure board at {stop} has been dead for {days} days. No idea when the tram comes",
            "Could there be a bench at {stop}? Elderly people stand for 20 min",
            "Why was the stop {stop} moved? No sign of where the temporary stop is",
            "Shelter at {stop} is dark at night, light broken. Doesn't feel safe",
            "Timetable posted at {stop} is from last year lol",
            "broken shelter {stop}, someone kicked the glass in",
        ],
        "de": [
            "Wartehäuschen an der Haltestelle {stop} ist kaputt, überall Glas",
            "Die Anzeigetafel an der Haltestelle {stop} funktioniert nicht",
            "Wo ist die Haltestelle {stop}? Sie wurde verlegt, aber kein Schild",
            "Haltestelle {stop} ohne Dach, wir stehen im Regen",
        ],
        "es": [
            "La marquesina de la parada {stop} está rota, hay cristales por todas partes",
            "El panel de la parada {stop} no funciona",
            "¿Dónde está la parada {stop}? La han movido y no hay ningún cartel",
            "La parada no tiene techo y llueve muchísimo {emo}",
        ],
    },
    "delay": {
        "department": "transit",
        "weight": 24,
        "nl": [
            "Tram {tram} heeft {min} minuten vertraging en er wordt niks omgeroepen. Te laat op "
            "m'n werk",
            "Alweer uitval op lijn {tram}. Hoe vaak deze week al?",
            "Bus {bus} rijdt niet?? App zegt niks, bord zegt niks, wij staan hier al {min} min "
            "bij {stop}",
            "Vertraging op ALLE trams vanaf Zeestad Centraal. Kan iemand zeggen wat er is?",
            "Weer eens top geregeld hoor 🙄 tram {tram} rijdt alweer niet",
            "Bus {bus} te laat, trein gemist, afspraak gemist. Bedankt.",
            "Elke ochtend {min} min vertraging op tram {tram} richting {stop2}. Kan de "
            "dienstregeling niet gewoon eerlijk zijn?",
            "Storing tram {tram}?? Staan hier met z'n 50en bij {stop}",
            "Uitval bus {bus} om {time} en de volgende gaat om {time2}. Scholieren komen "
            "allemaal te laat",
            "Waarom wordt er pas na 20 min gemeld dat tram {tram} niet rijdt? Had ook de fiets "
            "kunnen pakken",
            "tram {tram} rijdt niet. weer. #fail",
        ],
        "en": [
            "Tram {tram} delayed {min} min and zero announcements. Late for work again",
            "Another cancellation on line {tram}. How many this week?",
            "Is bus {bus} running?? App shows nothing, we've been at {stop} for {min} min",
            "Delays on ALL trams from Zeestad Centraal. What's happening?",
            "Bus {bus} late, missed my train, missed my appointment. Thanks.",
            "tram {tram} not running AGAIN. unbelievable",
            "Why do we only find out after 20 min that tram {tram} isn't coming?",
            "Every morning tram {tram} is {min} minutes late. Maybe just update the timetable?",
            "Cancelled bus {bus} at {time}, next one at {time2}. Students will be late",
        ],
        "de": [
            "Tram {tram} hat {min} Minuten Verspätung, keine Information",
            "Fährt Bus {bus} heute nicht? Wir warten seit {min} Minuten",
            "Schon wieder Ausfall bei der Tram {tram}",
            "Verspätung auf allen Linien ab Zeestad Centraal, was ist los?",
            "Tram {tram} fährt nicht und niemand sagt etwas {emo}",
        ],
        "es": [
            "El tranvía {tram} lleva {min} minutos de retraso y nadie avisa",
            "¿No pasa el bus {bus} hoy? Llevamos {min} minutos esperando",
            "Otra vez cancelado el tranvía {tram} {emo}",
            "Retrasos en todas las líneas desde Zeestad Centraal, ¿qué pasa?",
        ],
    },
    "ticket": {
        "department": "transit",
        "weight": 12,
        "nl": [
            "OV-chipkaart wordt niet gelezen bij het inchecken in tram {tram}, krijg ik nu een "
            "boete?",
            "Inchecken met ov-pay bij {stop} werkt niet, paal geeft alleen een rood kruis",
            "Twee keer afgeschreven met m'n bankpas voor één rit in bus {bus}. Hoe krijg ik dat "
            "terug?",
            "De app om kaartjes te kopen crasht steeds bij het betalen. Heel handig als de tram "
            "er al is",
            "Waarom kan je in de bus niet meer contant betalen? Niet iedereen heeft een pinpas",
            "Vergeten uit te checken, 4 euro weg. Kan ik dat ergens terugvragen?",
            "Kaartautomaat {stop} accepteert alleen munten. Wie heeft er nog munten??",
            "Hoe werkt de 65+ korting eigenlijk met ov-pay? Niemand kan het me uitleggen",
            "controleurs in tram {tram} waren echt onbeschoft tegen een toerist die het systeem "
            "niet snapte",
        ],
        "en": [
            "Tried to check in with my bank card on tram {tram}, reader says no. Will I get fined?",
            "Charged twice for one ride on bus {bus} with contactless. How do I get a refund?",
            "The ticket app keeps crashing at payment. Great when the tram is already there",
            "Where can I buy a day ticket as a tourist? Machine at {stop} is broken",
            "Forgot to check out, 4 euros gone. Can I claim it back?",
            "Does OV-pay work with Apple Pay on the trams? Conflicting info online",
            "Why can't you pay cash on the bus anymore? Not everyone has a card",
            "How do I get a refund for a day ticket I couldn't use because tram {tram} didn't run?",
        ],
        "de": [
            "Wo kann man eine Fahrkarte für die Tram kaufen? Der Automat bei {stop} ist kaputt",
            "Kann man in der Tram mit Kreditkarte zahlen?",
            "Fahrkarte doppelt bezahlt, wie bekomme ich das Geld zurück?",
            "Gibt es ein Tagesticket für Touristen?",
        ],
        "es": [
            "¿Dónde se compra el billete del tranvía? La máquina de {stop} no funciona",
            "¿Se puede pagar con tarjeta en el bus?",
            "Me han cobrado dos veces el billete, ¿cómo lo reclamo?",
            "¿Hay billete de un día para turistas?",
        ],
    },
    "accessibility": {
        "department": "transit",
        "weight": 8,
        "nl": [
            "Lift bij {stop} is kapot, met de rolstoel kan ik nergens heen",
            "Weer een bus {bus} zonder werkende uitklapplank. Rolstoel moest achterblijven {emo}",
            "Met een kinderwagen de tram in bij {stop} is onmogelijk, perron veel te laag",
            "Lift kapot op Zeestad Centraal, al {days} dagen. Moet ik met m'n rollator de trap "
            "af??",
            "Waarom zijn de nieuwe haltes niet toegankelijk voor blinden? Geen geleidelijnen",
            "Buschauffeur van lijn {bus} weigerde te wachten tot ik met m'n rolstoel binnen was",
            "Knop voor de rolstoeldeur in tram {tram} werkt niet",
            "Ik ben slechtziend en de omroep in tram {tram} staat zo zacht dat ik niks hoor",
            "Hoe kom ik met een scootmobiel van Zeestad Centraal naar het ziekenhuis nu de lift "
            "eruit ligt?",
        ],
        "en": [
            "Elevator at {stop} is broken, can't go anywhere in my wheelchair",
            "Another bus {bus} with a broken ramp. Wheelchair user left behind",
            "Impossible to get a stroller onto tram {tram} at {stop}, platform too low",
            "Lift at Zeestad Centraal out of order for {days} days. With a walker??",
            "No tactile paving at the new stops. Not accessible for blind people",
            "The driver of bus {bus} didn't wait for me to get my wheelchair in",
            "Wheelchair button on tram {tram} doesn't work",
            "Is there step-free access at {stop}? Traveling with my elderly mum",
        ],
        "de": [
            "Aufzug am Bahnhof ist kaputt, mit dem Rollstuhl unmöglich",
            "Mit dem Kinderwagen kommt man nicht in die Tram {tram}",
            "Gibt es einen barrierefreien Zugang bei {stop}?",
            "Die Rampe im Bus {bus} funktioniert nicht",
        ],
        "es": [
            "El ascensor de la estación no funciona, voy en silla de ruedas",
            "Imposible subir con el carrito al tranvía {tram}",
            "¿La parada {stop} tiene acceso sin escalones?",
            "La rampa del bus {bus} no funciona {emo}",
        ],
    },
    # ---------------------------------------------------------------- communication
    "compliment": {
        "department": "communication",
        "weight": 22,
        "nl": [
            "Top geregeld! Gat in de weg op de {street} gemeld en 2 dagen later al gemaakt 👍",
            "Complimenten voor de mannen en vrouwen van de reiniging die vanochtend de {street} "
            "hebben schoongemaakt",
            "Wat ziet het nieuwe {square} er mooi uit. Goed gedaan gemeente!",
            "Dank aan de buschauffeur van lijn {bus}, die wachtte even op m'n oma",
            "Snel gereageerd op m'n melding over de lantaarnpaal, fijn! {happy}",
            "Eerlijk is eerlijk: de omleiding bij de {street} was deze keer super duidelijk "
            "aangegeven",
            "Mooie lichtjes in de {street} dit jaar, echt sfeervol",
            "Wat een snelle reactie via DM, probleem binnen een uur opgelost. Chapeau",
            "Goed initiatief die bloembakken in {hood}. Wijk ziet er een stuk vrolijker uit",
            "Gisteren bij het stadhuis geweest voor m'n paspoort, binnen 10 min geholpen. Netjes!",
        ],
        "en": [
            "Reported a pothole on {street} and it was fixed in 2 days. Impressed 👍",
            "Big thanks to the street cleaners on {street} this morning",
            "The renovated {square} looks amazing. Well done Zeestad!",
            "Kudos to the driver of bus {bus} who helped an elderly lady with her shopping",
            "Fast response to my report about the street light, thanks! {happy}",
            "Honestly the detour signs around {street} were super clear this time",
            "Love the new flower boxes in {hood}. Little things matter",
            "Got my passport at city hall in 10 minutes. Efficient!",
            "Beautiful beach and a super clean boulevard, great job {happy}",
        ],
        "de": [
            "Wunderschöne Stadt und sehr sauberer Strand, danke Zeestad!",
            "Sehr freundlicher Busfahrer auf der Linie {bus}, danke!",
            "Toller Service in der Touristeninformation, wir kommen wieder {happy}",
            "Die Radwege hier sind super, davon können wir zu Hause nur träumen",
        ],
        "es": [
            "¡Qué ciudad tan bonita y limpia! Gracias Zeestad {happy}",
            "El conductor del bus {bus} fue muy amable con nosotros",
            "Me encanta el paseo marítimo, muy bien cuidado",
            "Gracias por la ayuda en la oficina de turismo",
        ],
    },
    "question": {
        "department": "communication",
        "weight": 25,
        "nl": [
            "Wat zijn de openingstijden van het stadhuis rond de feestdagen?",
            "Hoe vraag ik een paspoort aan? Moet ik een afspraak maken of kan ik zo langskomen?",
            "Waar kan ik een parkeervergunning aanvragen voor {hood}? Kan het nergens vinden op "
            "de site",
            "Is de milieustraat open op zaterdag?",
            "Hoe lang duurt het voordat een melding in de app wordt opgepakt? Heb nog niks gehoord",
            "Vraagje: mag ik een container voor m'n verbouwing in de {street} zetten? Heb ik daar "
            "een vergunning voor nodig?",
            "Waar kan ik terecht met vragen over de afvalstoffenheffing?",
            "Wanneer is de volgende inloopavond over de plannen voor de {street}?",
            "Hoe geef ik een verhuizing binnen Zeestad door? DigiD doet raar",
            "Klopt het dat het stadhuis vanaf volgende week op woensdagavond ook open is?",
        ],
        "en": [
            "What are the city hall opening hours this week?",
            "How do I apply for a passport as a resident? Appointment needed?",
            "Where can I get a parking permit for {hood}? Can't find it on the website",
            "Is there an English version of the waste collection calendar?",
            "How do I register my new address in Zeestad? Just moved here from abroad",
            "Do I need a permit for a skip on {street} during my renovation?",
            "Who do I contact about my municipal tax bill? The letter is only in Dutch",
            "When is the next info evening about the plans for {street}?",
            "Is the recycling centre open on Saturdays?",
        ],
        "de": [
            "Wo ist die Touristeninformation in Zeestad?",
            "Sind Hunde am Strand erlaubt?",
            "Wie sind die Öffnungszeiten vom Rathaus?",
            "Gibt es in Zeestad eine Kurtaxe?",
        ],
        "es": [
            "¿Dónde está la oficina de turismo?",
            "¿A qué hora abre el ayuntamiento?",
            "¿Cómo me empadrono en Zeestad? Soy estudiante de Erasmus",
            "¿Se puede ir con perro a la playa?",
        ],
    },
    "nuisance": {
        "department": "communication",
        "weight": 15,
        "nl": [
            "Buren in de {street} hebben {since} feest, muziek keihard. Het is 3 uur 's nachts!",
            "Geluidsoverlast van de horeca op de {street}, elke vrijdag tot 4u. Wordt hier op "
            "gehandhaafd?",
            "Bouwlawaai vanaf 6u 's ochtends in de {street}. Mag dat zomaar?",
            "Hangjongeren bij {landmark} elke avond, lachgas, harde muziek, rommel. Buurt is het "
            "zat",
            "Vuurwerk in {hood} al de hele week, m'n hond is doodsbang",
            "Blaffende hond op de {street} de hele dag alleen thuis. Wie kan ik hierover bellen?",
            "Scooter met open uitlaat die elke nacht door de {street} scheurt. Slapen onmogelijk",
            "geluidsoverlast {street}, feest buren. al 3 weekenden op rij",
            "Bladblazers om 7 uur op zaterdag in het {park}. Echt nodig??",
        ],
        "en": [
            "Neighbours on {street} partying {since}, music blasting. It's 3am!",
            "Noise from the bars on {street} every Friday until 4am. Any enforcement?",
            "Construction noise from 6am on {street}. Is that allowed?",
            "Group hanging out at {landmark} every night, nitrous canisters, loud music",
            "Fireworks in {hood} all week, my dog is terrified",
            "Who do I call about noise at night? The police number keeps me on hold",
            "Moped with no silencer racing down {street} every night. Can't sleep",
            "Leaf blowers at 7am on a Saturday in {park}. Really necessary?",
        ],
        "de": [
            "Laute Musik die ganze Nacht neben unserer Ferienwohnung in der {street}",
            "Baulärm ab 6 Uhr morgens, ist das erlaubt?",
            "Sehr laute Party am Strand bis 4 Uhr",
            "Wen kann man wegen Lärm in der Nacht anrufen?",
        ],
        "es": [
            "Los vecinos de {street} tienen fiesta con música altísima, son las 3 de la mañana",
            "Mucho ruido de obras desde las 6 de la mañana",
            "Fiesta en la playa hasta las 4, imposible dormir",
            "¿A quién llamo por ruido por la noche?",
        ],
    },
    "pests": {
        "department": "communication",
        "weight": 12,
        "nl": [
            "Ratten bij de containers in de {street}, zag er net 3 tegelijk. "
            "Ongediertebestrijding?",
            "Wespennest onder de dakgoot van de school in {hood}. Kinderen worden gestoken",
            "Duiven poepen alles onder bij {stop}, bankjes onbruikbaar",
            "Meeuwen trekken elke ochtend de vuilniszakken open in de {street}. Kunnen er "
            "meeuwenbestendige zakken komen?",
            "Ratten in de tuin sinds de werkzaamheden aan het riool in de {street}",
            "Eikenprocessierups in het {park}? Hele stam zit vol nesten",
            "Muizen in de portiek van ons flatgebouw aan de {street}. Wie moet dit oplossen, de "
            "gemeente of de verhuurder?",
            "ratten op het {square}. groot als katten. geen grap",
            "Kan de gemeente iets doen aan de kraaien die de gazons in {hood} helemaal omspitten?",
        ],
        "en": [
            "Rats around the bins on {street}, just saw three at once",
            "Wasp nest under the roof of the school in {hood}, kids getting stung",
            "Pigeons everywhere at {stop}, benches covered in droppings",
            "Seagulls ripping open the trash bags on {street} every morning",
            "Rats in our garden since the sewer works on {street}",
            "Oak processionary caterpillars in {park}? Trunk covered in nests",
            "Who handles pest control in rental flats? Mice everywhere on {street}",
            "rats the size of cats at {square}. not joking",
        ],
        "de": [
            "Ratten bei den Müllcontainern in der {street}",
            "Die Möwen haben unser Essen am Strand geklaut, gibt es Warnschilder?",
            "Wespennest beim Spielplatz im {park}",
            "Viele Tauben an der Haltestelle {stop}, alles verschmutzt",
        ],
        "es": [
            "Hay ratas junto a los contenedores de {street}",
            "Las gaviotas nos han robado la comida en la playa {emo}",
            "Nido de avispas en el parque infantil del {park}",
            "Muchas palomas en la parada {stop}, todo sucio",
        ],
    },
    "politics": {
        "department": "communication",
        "weight": 10,
        "nl": [
            "Waarom stemt de gemeenteraad wel voor een nieuw stadskantoor maar is er geen geld "
            "voor de {street}?",
            "Wethouder belooft al 2 jaar dat de {street} wordt aangepakt. Nog steeds niks",
            "OZB weer omhoog en de stoepen liggen er nog hetzelfde bij. Waar gaat al dat geld "
            "heen?",
            "Wanneer is de volgende raadsvergadering over het parkeerbeleid? Wil inspreken",
            "Afvalstoffenheffing +12% en de containers worden minder vaak geleegd. Logisch hoor",
            "Betaald parkeren in {hood} is gewoon melkkoebeleid. Wie heeft daarvoor gestemd?",
            "Mooi praatje van de wethouder in de krant, maar in {hood} merken we er niks van",
            "Gaat de gemeenteraad nog iets doen met de petitie over de {street}? 2000 "
            "handtekeningen",
            "Toeristenbelasting omhoog maar de boulevard ligt er slordig bij. Beleid?",
        ],
        "en": [
            "Council approves a new city office but no money for {street}? Priorities",
            "The alderman has been promising to fix {street} for 2 years. Nothing",
            "Property tax up again and the sidewalks are still broken. Where does the money go?",
            "When is the next council meeting on parking policy? Would like to speak",
            "Waste tax up 12% and bins get emptied less. Makes sense",
            "Paid parking in {hood} is just a cash grab. Who voted for this?",
            "Will the council do anything with the petition about {street}? 2000 signatures",
            "As an expat I can vote in municipal elections, right? Where do I find info in "
            "English?",
        ],
        "de": [
            "Warum ist die Kurtaxe in Zeestad so hoch?",
            "Parkgebühren am Strand sind Abzocke, wer entscheidet das?",
            "Mehr Geld für Radwege statt für ein neues Rathaus bitte",
            "Gibt es Informationen zur Stadtpolitik auf Deutsch?",
        ],
        "es": [
            "¿Por qué es tan caro el impuesto turístico aquí?",
            "El aparcamiento en la playa es un robo, ¿quién decide esto?",
            "¿Los extranjeros residentes pueden votar en las elecciones municipales?",
            "Más dinero para limpiar la playa y menos para oficinas, por favor",
        ],
    },
    "spam": {
        "department": "communication",
        "weight": 8,
        "nl": [
            "Verdien €500 per dag vanuit huis met {coin}!! Stuur me een DM 💰",
            "Volg mij terug en ik volg jou 👍 #volgtrein",
            "Gratis iPhone winnen? Klik op de link in mijn bio 🎁",
            "Ik verdiende €3000 in een week met crypto dankzij @{spamhandle}, echt waar 🙏",
            "Goedkope volgers kopen? Snel en veilig, DM voor prijzen",
            "Gefeliciteerd! Je bent geselecteerd voor onze winactie 🎉 claim via profiel",
            "{coin} presale NU LIVE 🚀🚀 niet missen",
            "Hoi! Leuke posts! Samenwerken? Check mijn bio 💋",
        ],
        "en": [
            "🚀🚀 Turn $100 into $5,000 in 7 days with {coin}! DM me for the secret 💰💰",
            "Follow back? I follow everyone who follows me ✅ #followback #f4f",
            "Hey! Love your content! Collab? Check my bio 💋",
            "{coin} is going to the moon 🌕 don't miss the presale! link in bio",
            "Earn passive income from home, no experience needed 💸 DM 'INFO'",
            "Congratulations, you've been selected for our giveaway 🎁 claim now via our profile",
            "I was scammed until I found @{spamhandle} who recovered my funds 🙏 highly recommend",
            "Best VPN deal of the year 🔥🔥 90% off only today",
            "Want 10k followers fast? We grow real accounts 📈 DM",
        ],
        "de": [
            "Verdiene 5000€ im Monat von zu Hause mit {coin} 💰 DM mir",
            "Folge mir und ich folge zurück ✅ #followback",
            "Gewinnspiel! Gratis iPhone, Link in Bio 🎁",
            "{coin} geht zum Mond 🚀 jetzt einsteigen",
        ],
        "es": [
            "Gana 5000€ al mes desde casa con {coin} 💰 escríbeme",
            "Sígueme y te sigo ✅ #followback",
            "¡Sorteo! iPhone gratis, enlace en mi perfil 🎁",
            "{coin} a la luna 🚀 no te lo pierdas",
        ],
    },
    "event": {
        "department": "communication",
        "weight": 8,
        "nl": [
            "Hoe laat begint het vuurwerk bij de Havendagen? En waar kan je het best staan?",
            "Gaat de Kustloop zondag wel door met dit weer?",
            "Super leuk, de schaatsbaan op het {square}! Wanneer is die open?",
            "Waar kun je parkeren tijdens het Vissersfeest? Vorig jaar stond alles vast",
            "Muziek van het festival in het {park} tot 23u is prima, maar daarna graag stil",
            "Leuk die boekenmarkt op de Vismarkt, wanneer is de volgende?",
            "Kunnen er volgend jaar meer toiletten komen bij het Vissersfeest? Rijen van een "
            "half uur",
            "Gaat de Nieuwjaarsduik dit jaar door of niet? Lees overal iets anders",
            "Geweldige sfeer gisteren op het {square} bij de Lichtjesavond, complimenten aan de "
            "organisatie 👏",
        ],
        "en": [
            "What time do the Havendagen fireworks start? Best spot to watch?",
            "Is the Kustloop on Sunday cancelled with this weather?",
            "The ice rink on {square} looks great! Opening hours?",
            "Where can we park for the fish festival? Last year was chaos",
            "Is the New Year's dive happening this year? Getting mixed info",
            "More toilets at the festival next year please, 30 min queues",
            "Amazing atmosphere at the light festival on {square} yesterday 👏",
            "Any events for kids this weekend in Zeestad?",
        ],
        "de": [
            "Wann beginnt das Feuerwerk bei den Havendagen?",
            "Gibt es dieses Wochenende einen Markt in Zeestad?",
            "Findet der Kustloop am Sonntag statt?",
            "Tolles Lichterfest am {square}, danke!",
        ],
        "es": [
            "¿A qué hora empiezan los fuegos artificiales?",
            "¿Hay algún mercado este fin de semana en Zeestad?",
            "¡Qué bonita la fiesta de luces en {square}!",
            "¿Se celebra la carrera del domingo con este tiempo?",
        ],
    },
}

# --------------------------------------------------------------------------------------------
# Incidents: the spikes in the eight weeks
#
# Each group has its own texts; with probability "base_share" a post uses an ordinary topic
# template instead (from "base_topics"), with an incident opener in front, for more variety.
# --------------------------------------------------------------------------------------------

INCIDENT_OPENERS = {
    "storm": {
        "nl": [
            "Na die storm: ",
            "Stormschade! ",
            "Code oranje en ja hoor: ",
            "STORM: ",
            "Pfff wat een wind. ",
        ],
        "en": ["Storm damage: ", "After last night's storm: ", "Storm update from here: "],
        "de": ["Sturmschaden: ", "Nach dem Sturm: "],
        "es": ["Después de la tormenta: ", "Por la tormenta: "],
    },
    "cold": {
        "nl": ["Sneeuw! ", "Het is spekglad. ", "Brrr. ", "❄️ "],
        "en": ["Icy out there. ", "Snow day lol. ", "❄️ "],
        "de": ["Schnee! ", "Alles glatt: "],
        "es": ["¡Nieve! ", "Todo helado: "],
    },
    "tram_outage": {"nl": [""], "en": [""], "de": [""], "es": [""]},
    "havenkade": {"nl": [""], "en": [""], "de": [""], "es": [""]},
}

INCIDENT_GROUPS = {
    "storm": [
        {
            "department": "public-works",
            "topic": "trees",
            "weight": 35,
            "base_topics": ["trees"],
            "nl": [
                "Boom omgewaaid in de {street}, ligt dwars over de weg. Gelukkig niemand gewond",
                "Hele rij bomen in het {park} plat 😱",
                "Grote tak op een geparkeerde auto in de {street}. Wie komt dit opruimen?",
                "Al {n} uur wachten op iemand voor de boom in de {street}. Straat is geblokkeerd",
                "Code oranje en wij zitten met een halve boom in de voortuin. Top.",
                "Boom tegen het huis aan in de {street}, dakgoot kapot. Wat moeten we doen?",
                "Takken overal op het fietspad langs de {street}, je kan er niet door",
            ],
            "en": [
                "Tree down on {street}, blocking the whole road. Stay safe everyone",
                "Huge branch fell on a car on {street}",
                "Whole row of trees down in {park} 😱",
                "Waiting {n} hours now for someone to clear the tree on {street}",
                "A tree is leaning on the house across from us on {street}. Who do we call?",
            ],
            "de": [
                "Baum auf die Straße gestürzt in der {street}, alles blockiert",
                "Der Sturm hat viele Bäume im {park} umgeworfen",
            ],
            "es": [
                "Un árbol ha caído en {street} por la tormenta, la calle está cortada",
                "Muchos árboles caídos en el {park}",
            ],
        },
        {
            "department": "public-works",
            "topic": "sewer",
            "weight": 18,
            "base_topics": ["sewer"],
            "nl": [
                "Wateroverlast in de {street}, putten lopen over",
                "Water staat 20 cm hoog in de {street}, kelders lopen vol",
                "Tunneltje bij {stop} volledig onder water, fietsers keren om",
                "Riool kan het niet aan, het water komt bij ons omhoog in de {street} 🤢",
            ],
            "en": [
                "Flooding on {street}, drains overflowing",
                "Water 20cm deep on {street}, basements filling up",
                "Underpass at {stop} completely flooded",
            ],
            "de": ["Überschwemmung in der {street}, die Gullys laufen über"],
            "es": ["La calle {street} está inundada, las alcantarillas se desbordan"],
        },
        {
            "department": "public-works",
            "topic": "streetlight",
            "weight": 12,
            "base_topics": ["streetlight"],
            "nl": [
                "Straatverlichting in {hood} uit sinds de storm, helemaal donker",
                "Lantaarnpaal in de {street} omgewaaid, ligt op de stoep met kabels eruit",
            ],
            "en": [
                "Street lights out in {hood} since the storm",
                "Lamp post blown over on {street}, wires exposed!",
            ],
        },
        {
            "department": "public-works",
            "topic": "waste",
            "weight": 12,
            "base_topics": ["waste", "furniture"],
            "nl": [
                "Alle kliko's omgewaaid in de {street}, afval waait de hele wijk door",
                "Container op de {street} ligt op z'n kant, overal vuilnis",
                "Dakpannen en glas op de stoep in de {street}, graag afzetten",
            ],
            "en": ["All the bins blown over on {street}, trash everywhere"],
            "de": ["Müll fliegt nach dem Sturm überall herum"],
        },
        {
            "department": "transit",
            "topic": "delay",
            "weight": 10,
            "base_topics": ["delay"],
            "nl": [
                "Boom op de bovenleiding bij {stop}, tram {tram} staat stil",
                "Rijdt tram 4 nog met deze storm? Niks te zien bij {stop}",
                "Kustlijn gestopt, we staan vast bij Duinpoort",
            ],
            "en": [
                "Tree on the tram line near {stop}, tram {tram} stuck",
                "Is the light rail running in this storm?",
            ],
            "de": ["Fährt die Tram bei diesem Sturm?"],
            "es": ["¿Funciona el tranvía con esta tormenta?"],
        },
        {
            "department": "traffic",
            "topic": "closure_detour",
            "weight": 8,
            "base_topics": ["traffic_light", "closure_detour"],
            "nl": [
                "Stoplichten op het {square} uit door stroomstoring, chaos",
                "Boulevard afgesloten? Er staat een hek maar geen bord",
                "{street} dicht door een omgewaaide boom, omleiding nergens aangegeven",
            ],
            "en": [
                "Traffic lights out at {square}, power cut?",
                "Road closed on {street} because of a fallen tree, no detour signs",
            ],
        },
        {
            "department": "communication",
            "topic": "question",
            "weight": 5,
            "base_topics": ["question"],
            "nl": [
                "Moeten we zandzakken halen? Waar kan dat?",
                "Is het stadhuis vandaag gewoon open met die storm?",
                "Trampoline van de buren ligt in onze tuin 😂 #storm",
            ],
            "en": ["Where can we get sandbags?", "Is it safe to walk on the beach today?"],
            "de": ["Ist der Strand heute gesperrt?"],
            "es": ["¿Es seguro salir hoy con este viento?"],
        },
    ],
    "tram_outage": [
        {
            "department": "transit",
            "topic": "delay",
            "weight": 85,
            "base_topics": ["delay", "tram"],
            "nl": [
                "Storing bovenleiding bij Zeestad Centraal?? Alle trams staan stil",
                "Geen tram {tram} vanochtend en geen vervangend vervoer te zien. Hoe moeten we "
                "naar ons werk?",
                "Pendelbussen rijden waar precies? Niemand bij {stop} weet het",
                "{n} uur storing en nog steeds geen info in de app 🤬",
                "Staan met honderden mensen bij Zeestad Centraal, complete chaos",
                "Als je weet dat het de hele ochtend duurt, zeg het dan meteen. Dan pak ik de "
                "fiets",
                "Vervangende bus zat zo vol dat ie niet eens stopte bij {stop}",
                "Tram {tram} stond een half uur stil tussen {stop} en {stop2}, deuren dicht, geen "
                "uitleg. Mensen werden onwel",
                "Te laat op m'n tentamen door de tramstoring. Krijg ik een briefje van jullie? 😅",
                "Weer eens top geregeld hoor 🙄 hele tramnet plat in de spits",
                "Taxi's zullen het goed doen vandaag. 35 euro betaald om op m'n werk te komen",
                "Dit is de derde storing in twee weken. Wat is er aan de hand met het tramnet?",
            ],
            "en": [
                "Overhead line failure at Zeestad Centraal? All trams stopped",
                "No tram {tram} this morning and no replacement buses. How are we supposed to get "
                "to work?",
                "Where do the replacement buses leave from?? Nobody at {stop} knows",
                "{n} hours of disruption and still nothing in the app",
                "Hundreds of people waiting at Zeestad Centraal, total chaos",
                "Replacement bus was so full it didn't even stop at {stop}",
                "Stuck on tram {tram} between {stop} and {stop2} for 30 min with the doors closed",
                "Paid 35 euros for a taxi to get to work. Thanks a lot",
            ],
            "de": [
                "Alle Trams stehen still, was ist los?",
                "Wo fahren die Ersatzbusse ab? Niemand weiß etwas",
                "Wir sind Touristen und wissen nicht, wie wir zum Bahnhof kommen",
            ],
            "es": [
                "Todos los tranvías parados, ¿qué pasa?",
                "¿De dónde salen los autobuses de sustitución?",
                "Somos turistas y no sabemos cómo llegar a la estación",
            ],
        },
        {
            "department": "traffic",
            "topic": "congestion",
            "weight": 15,
            "base_topics": ["congestion"],
            "nl": [
                "Alles staat vast op de {street} door de pendelbussen en iedereen die nu met de "
                "auto gaat",
                "Geen tram dus iedereen in de auto, {street} muurvast",
            ],
            "en": ["Every road into the centre is jammed now that the trams are down"],
        },
    ],
    "cold": [
        {
            "department": "public-works",
            "topic": "gritting",
            "weight": 55,
            "base_topics": ["gritting"],
            "nl": [
                "Sneeuw! En de fietspaden in {hood} liggen er nog precies zo bij",
                "Strooibak in de {street} is leeg, al sinds vorige winter denk ik",
                "Ik heb net drie mensen zien vallen bij {stop}. Strooien AUB",
                "Heeft Zeestad überhaupt strooiwagens? Nog niks gezien in {hood}",
                "Hoofdweg gestrooid, fietspad ernaast een ijsbaan. Typisch",
            ],
            "en": [
                "Snow! And the bike paths in {hood} haven't been touched",
                "Grit bin on {street} is empty",
                "Just saw three people fall at {stop}. Please grit!",
            ],
            "de": ["Alles vereist und nichts gestreut"],
            "es": ["Todo está helado y no han echado sal"],
        },
        {
            "department": "transit",
            "topic": "delay",
            "weight": 25,
            "base_topics": ["delay"],
            "nl": [
                "Wissels bevroren? Tram {tram} rijdt niet",
                "Bus {bus} gleed bijna de sloot in bij de {street}",
                "Tram {tram} {min} min vertraging door de sneeuw, en geen omroep",
            ],
            "en": [
                "Frozen switches? Tram {tram} not running",
                "Bus {bus} almost slid off the road at {street}",
            ],
            "de": ["Fährt Tram {tram} wegen Schnee nicht?"],
            "es": ["¿El tranvía {tram} no funciona por la nieve?"],
        },
        {
            "department": "traffic",
            "topic": "congestion",
            "weight": 12,
            "base_topics": ["congestion"],
            "nl": [
                "Ongeluk op de {street} door gladheid, file tot de {street2}",
                "Auto's glijden door rood bij het {square}, en het stoplicht staat ook nog te "
                "knipperen",
            ],
            "en": ["Accident on {street} because of the ice, traffic backed up to {street2}"],
        },
        {
            "department": "communication",
            "topic": "question",
            "weight": 8,
            "base_topics": ["question"],
            "nl": [
                "Kinderen sleeën op de Zeedijk, heerlijk ❄️",
                "Mogen we schaatsen op de Oude Gracht? Is het ijs al sterk genoeg?",
                "Is de nachtopvang voor daklozen open met deze kou?",
            ],
            "en": [
                "Is the ice on the canal safe to skate on?",
                "Is there a cold-weather shelter open for homeless people?",
            ],
        },
    ],
    "havenkade": [
        {
            "department": "traffic",
            "topic": "closure_detour",
            "weight": 70,
            "base_topics": ["closure_detour", "congestion"],
            "nl": [
                "Die werkzaamheden op de Havenkade, hoe lang nog? Omzet van m'n zaak is gehalveerd",
                "Omleiding Havenkade via de Vissersstraat is een ramp, vrachtwagens komen de bocht "
                "niet om",
                "Havenkade dicht, Vissersstraat vol, Molenbrug open. Welkom in Zeestad 🙃",
                "Sluipverkeer door de {street2} sinds de Havenkade dicht is. Racen door een "
                "woonstraat",
                "Waarom mag je vanaf de Noorderkade niet meer linksaf? Staat nergens aangegeven",
            ],
            "en": [
                "Havenkade roadworks: how much longer? Every café on the quay is empty",
                "Detour for Havenkade via Vissersstraat is a nightmare",
                "Rat-run traffic through {street2} since Havenkade closed",
            ],
            "de": ["Die Umleitung am Hafen ist eine Katastrophe, wir haben uns dreimal verfahren"],
            "es": ["El desvío por las obras del puerto es un caos"],
        },
        {
            "department": "transit",
            "topic": "bus",
            "weight": 15,
            "base_topics": ["bus"],
            "nl": [
                "Havenkade dicht en bus {bus} rijdt een andere route, maar nergens staat welke",
                "Vervalt halte Havenhoofd nou of niet? Staat nergens",
            ],
            "en": ["Bus {bus} diverted because of the Havenkade works but no info at the stop"],
        },
        {
            "department": "communication",
            "topic": "nuisance",
            "weight": 15,
            "base_topics": ["nuisance"],
            "nl": [
                "Om 7u 's ochtends al heien op de Havenkade. Kan het iets later?",
                "Trillingen van de werkzaamheden op de Havenkade, scheuren in onze muur. Bij wie "
                "meld ik schade?",
            ],
            "en": ["Pile driving at 7am on Havenkade. Is that allowed?"],
        },
    ],
}

# --------------------------------------------------------------------------------------------
# Follow-ups ("nog steeds niks gebeurd"), agreeing replies, and the bits around a message
# --------------------------------------------------------------------------------------------

FOLLOWUP_TEMPLATES = {
    "nl": [
        "Nog steeds niks gebeurd met {thing} op de {street}. Gemeld op {weekday}.",
        "Update: {thing} op de {street} is er nog steeds. Al {days} dagen. 🙄",
        "Ik meld het nog maar een keer: {thing} op de {street}. Hallo??",
        "Dag {days} van {thing} op de {street}. Iemand?",
        "Nog steeds niet opgelost: {thing} op de {street}. Hoe moeilijk kan het zijn",
        "Vorige week gemeld, automatisch mailtje gekregen, verder niks. {thing} op de {street} "
        "is er nog",
        "Zijn jullie {thing} op de {street} vergeten? Melding staat al {days} dagen op 'in "
        "behandeling'",
    ],
    "en": [
        "Still nothing done about {thing} on {street}. Reported on {weekday}.",
        "Day {days}: {thing} on {street} still there 🙄",
        "Reporting again: {thing} on {street}. Hello??",
        "Got an automated reply last week, nothing since. {thing} on {street} is still there",
        "Any update on {thing} on {street}? It's been {days} days",
    ],
    "de": [
        "Immer noch nichts passiert: {thing} in der {street}",
        "Schon vor {days} Tagen gemeldet, {thing} ist immer noch da",
    ],
    "es": [
        "Sigue sin arreglarse {thing} en {street}",
        "Lo reporté hace {days} días y {thing} sigue ahí",
    ],
}
# What a follow-up calls the problem. Only topics with a lasting, fixable thing get follow-ups.
THINGS = {
    "traffic_light": {
        "nl": "het kapotte stoplicht",
        "en": "the broken traffic light",
        "de": "die kaputte Ampel",
        "es": "el semáforo roto",
    },
    "parking": {
        "nl": "die achtergelaten auto",
        "en": "the abandoned car",
        "de": "das abgestellte Auto",
        "es": "el coche abandonado",
    },
    "abandoned_bike": {
        "nl": "de weesfiets",
        "en": "the abandoned bike",
        "de": "das Schrottfahrrad",
        "es": "la bici abandonada",
    },
    "signs_markings": {
        "nl": "het omgereden verkeersbord",
        "en": "the knocked-down sign",
        "de": "das umgefahrene Schild",
        "es": "la señal caída",
    },
    "pothole": {
        "nl": "het gat in de weg",
        "en": "the pothole",
        "de": "das Schlagloch",
        "es": "el bache",
    },
    "streetlight": {
        "nl": "de kapotte lantaarnpaal",
        "en": "the broken street light",
        "de": "die kaputte Straßenlaterne",
        "es": "la farola rota",
    },
    "waste": {
        "nl": "de volle container",
        "en": "the overflowing bin",
        "de": "der volle Container",
        "es": "el contenedor lleno",
    },
    "graffiti": {
        "nl": "de graffiti",
        "en": "the graffiti",
        "de": "das Graffiti",
        "es": "el grafiti",
    },
    "sidewalk": {
        "nl": "de losse tegels",
        "en": "the loose tiles",
        "de": "die losen Platten",
        "es": "las baldosas sueltas",
    },
    "trees": {
        "nl": "de omgewaaide boom",
        "en": "the fallen tree",
        "de": "der umgestürzte Baum",
        "es": "el árbol caído",
    },
    "sewer": {
        "nl": "het verstopte riool",
        "en": "the blocked drain",
        "de": "der verstopfte Gully",
        "es": "la alcantarilla atascada",
    },
    "furniture": {
        "nl": "het kapotte bankje",
        "en": "the broken bench",
        "de": "die kaputte Bank",
        "es": "el banco roto",
    },
    "stop_shelter": {
        "nl": "de kapotte abri",
        "en": "the smashed shelter",
        "de": "das kaputte Wartehäuschen",
        "es": "la marquesina rota",
    },
    "accessibility": {
        "nl": "de kapotte lift",
        "en": "the broken elevator",
        "de": "der kaputte Aufzug",
        "es": "el ascensor roto",
    },
}

# Citizens replying to another citizen in a conversation. "{parent}" is the other's handle.
AGREE_TEMPLATES = {
    "nl": [
        "Idd!",
        "Precies dit 👆",
        "Bij ons in de {street} precies hetzelfde",
        "Helemaal mee eens",
        "Dit. Elke dag weer.",
        "Same hier, al {since}",
        "Haha herkenbaar",
        "Zo waar",
        "@{parent} heb je het al gemeld via de app?",
        "@{parent} meld het ook via de app, dan gaat het sneller (soms 😅)",
        "@{parent} nee hoor, bij mij was het binnen een week opgelost",
        "Ben het er niet mee eens, valt best mee",
        "@{parent} klopt, zag het gisteren ook",
        "Eens met @{parent}",
        "Hahaha ja",
        "Echt he",
        "Jep. 🙄",
    ],
    "en": [
        "This!",
        "Same here on {street}",
        "100% agree",
        "Exactly what I said",
        "@{parent} did you report it in the app?",
        "lol so true",
        "Not my experience tbh",
        "Same problem {since}",
        "@{parent} yep, saw it too",
        "Agree with @{parent}",
    ],
    "de": ["Genau!", "Bei uns auch", "Stimmt", "Das gleiche in der {street}"],
    "es": ["¡Exacto!", "Aquí igual", "Totalmente de acuerdo", "Lo mismo en {street}"],
}
# Facebook comments that tag a friend rather than address the city.
FRIEND_TAG_TEMPLATES = {
    "nl": [
        "{friend} dit is toch bij jou in de straat?",
        "{friend} 👆",
        "{friend} zie je dit?",
        "{friend} gaan we?",
    ],
    "en": ["{friend} look at this", "{friend} 👆", "{friend} isn't this your street?"],
    "de": ["{friend} schau mal"],
    "es": ["{friend} mira esto"],
}
OFFTOPIC_OPENERS = {
    "nl": [
        "Off-topic maar ",
        "Nu we het er toch over hebben: ",
        "Ander onderwerp, ",
        "Los hiervan: ",
        "Ook even dit: ",
    ],
    "en": ["Unrelated but ", "While you're here: ", "Off topic, "],
    "de": ["Anderes Thema: "],
    "es": ["Otra cosa: "],
}
SECOND_PROBLEM_CONNECTORS = {
    "nl": [". En trouwens, ", ". Oh en ", ". Ook: ", " + ", ". Verder: "],
    "en": [". Also, ", ". And while I'm at it: ", ". Oh and "],
    "de": [". Außerdem: ", ". Und: "],
    "es": [". Además, ", ". Y también: "],
}
OPENERS = {
    "nl": [
        "Hallo gemeente,",
        "Beste gemeente,",
        "Hoi,",
        "Goedemorgen,",
        "Serieus?",
        "Pff.",
        "Even melden:",
        "Vraagje:",
        "Ff melden:",
        "Jongens...",
        "Gemeente,",
        "Weer hoor.",
        "Hee",
        "Beste Zeestad,",
        "Hallo?",
        "Goedemiddag,",
    ],
    "en": [
        "Hi,",
        "Hey Zeestad,",
        "Hello,",
        "Quick question:",
        "Seriously?",
        "Ugh.",
        "Morning,",
        "Just a heads up:",
        "FYI",
        "Dear municipality,",
    ],
    "de": ["Hallo,", "Hallo Zeestad,", "Guten Tag,", "Moin,"],
    "es": ["Hola,", "Hola Zeestad,", "Buenos días,", "Perdón,", "Una pregunta:"],
}
CLOSERS = {
    "nl": [
        "Graag actie!",
        "Kan hier iemand naar kijken?",
        "Bvd",
        "Alvast bedankt",
        "Dank!",
        "Thx",
        "Doe er wat aan aub",
        "Wanneer wordt dit opgelost?",
        "Iemand?",
        "Elke dag weer.",
        "Ben er klaar mee.",
        "zsm graag",
        "Groetjes",
        "#nietnormaal",
        "Ik word er moe van.",
    ],
    "en": [
        "pls fix",
        "Thanks!",
        "Any update?",
        "Can someone look into this?",
        "Thanks in advance",
        "Not ok.",
        "Every single day.",
        "ffs",
        "cheers",
        "Is anyone even reading this?",
    ],
    "de": ["Danke!", "Bitte reparieren", "Vielen Dank", "Grüße aus dem Urlaub", "LG"],
    "es": ["¡Gracias!", "Por favor arréglenlo", "Saludos", "gracias!!"],
}
DM_OPENERS = {
    "nl": [
        "Goedemiddag, ",
        "Hallo, ik wil graag iets melden. ",
        "Beste meneer/mevrouw, ",
        "Goedemorgen, ik weet niet of ik hier goed zit maar ",
        "Hoi! ",
    ],
    "en": [
        "Hello, I'd like to report something. ",
        "Hi there, ",
        "Good morning, ",
        "Hi, not sure this is the right place but ",
    ],
    "de": ["Guten Tag, ", "Hallo, "],
    "es": ["Hola, ", "Buenas, "],
}
DM_CLOSERS = {
    "nl": [
        " Met vriendelijke groet, {first}",
        " Groet, {first}",
        " Alvast bedankt!",
        " Kunnen jullie me laten weten of het gemeld is?",
        " Mvg {first}",
    ],
    "en": [" Kind regards, {first}", " Thanks, {first}", " Thanks in advance!"],
    "de": [" Mit freundlichen Grüßen, {first}", " Danke, {first}"],
    "es": [" Un saludo, {first}", " Gracias, {first}"],
}
# Hashtags citizens add; "{tram}"/"{bus}" take the post's own line.
TOPIC_HASHTAGS = {
    "traffic_light": ["#stoplicht", "#verkeer"],
    "congestion": ["#file", "#spits", "#verkeer"],
    "parking": ["#parkeren", "#foutparkeren"],
    "abandoned_bike": ["#weesfiets"],
    "signs_markings": ["#verkeersveiligheid"],
    "closure_detour": ["#omleiding", "#werkzaamheden"],
    "speeding": ["#hardrijders", "#verkeersveiligheid"],
    "cycling": ["#fietsen", "#fietspad"],
    "pothole": ["#gatindeweg", "#wegdek"],
    "streetlight": ["#straatverlichting", "#donker"],
    "waste": ["#afval", "#zwerfafval"],
    "graffiti": ["#graffiti"],
    "sidewalk": ["#stoep"],
    "trees": ["#groen", "#bomen"],
    "sewer": ["#wateroverlast", "#riool"],
    "furniture": [],
    "gritting": ["#gladheid", "#sneeuw", "#strooien"],
    "tram": ["#tram{tram}", "#ov"],
    "bus": ["#bus{bus}", "#ov"],
    "lightrail": ["#kustlijn", "#ov"],
    "stop_shelter": ["#ov"],
    "delay": ["#storing", "#vertraging", "#tram{tram}", "#ov"],
    "ticket": ["#ovpay", "#ov"],
    "accessibility": ["#toegankelijkheid", "#rolstoel"],
    "compliment": ["#trots"],
    "question": [],
    "nuisance": ["#overlast"],
    "pests": ["#ratten", "#meeuwen"],
    "politics": ["#gemeenteraad", "#politiek"],
    "spam": [],
    "event": ["#havendagen", "#uitje"],
}
CITY_HASHTAGS = {
    "nl": ["#zeestad", "#Zeestad", "#gemeentezeestad", "#fail", "#nietnormaal", "#boos"],
    "en": ["#Zeestad", "#Netherlands", "#expatlife", "#fail", "#transit"],
    "de": ["#Zeestad", "#Urlaub", "#Holland", "#Nordsee"],
    "es": ["#Zeestad", "#Holanda", "#Erasmus", "#PaísesBajos"],
}
# Everyday shortcuts; applied word-boundary, lowercase only.
SLANG = {
    "nl": [
        ("van de", "vd"),
        ("even", "ff"),
        ("in plaats van", "ipv"),
        ("misschien", "mss"),
        ("zo snel mogelijk", "zsm"),
        ("het", "t"),
        ("niet", "nie"),
        ("heel", "heeeel"),
        ("echt", "egt"),
        ("ik", "k"),
    ],
    "en": [
        ("you", "u"),
        ("please", "pls"),
        ("with", "w/"),
        ("because", "bc"),
        ("people", "ppl"),
        ("tomorrow", "tmrw"),
        ("to be honest", "tbh"),
        ("are", "r"),
    ],
    "de": [("nicht", "nich"), ("ist", "is")],
    "es": [("que", "q"), ("por favor", "porfa"), ("también", "tb")],
}
# Common misspellings; other typos are made by dropping, swapping or doubling a letter.
KNOWN_TYPOS = {
    "stoplicht": "stoplict",
    "lantaarnpaal": "lantaarpaal",
    "verkeerslicht": "verkeerslict",
    "gemeente": "gemeete",
    "vertraging": "vertaging",
    "container": "contianer",
    "omleiding": "omleidng",
    "werkzaamheden": "werkzaamheeden",
    "gevaarlijk": "gevaalijk",
    "straatverlichting": "straatverlichtng",
    "definitely": "definately",
    "because": "becuase",
    "weird": "wierd",
    "received": "recieved",
    "Straßenlaterne": "Strassenlaterne",
    "gestrooid": "gestrooit",
    "gebeurd": "gebeurt",
    "wordt": "word",
    "fietspad": "fietspaf",
    "afgesloten": "afgeslote",
    "sidewalk": "sidewlak",
    "pothole": "pothloe",
}

# --------------------------------------------------------------------------------------------
# The city's own posts
#
# appeal: likes multiplier; reply_rate/share_rate: per like; media/link: probability of a
# picture/link; half_life: hours (engagement growth); en_share: share posted in English;
# replies: which REPLY_SETS entry citizens answer from; path: where its link points.
# "scheduled_only" topics appear only at the incident moments, never in the background.
# --------------------------------------------------------------------------------------------

OWN_TOPICS = {
    "roadworks": {
        "appeal": 1.1,
        "reply_rate": 0.45,
        "share_rate": 0.35,
        "media": 0.55,
        "link": 0.6,
        "half_life": (4, 12),
        "en_share": 0.08,
        "replies": "roadworks",
        "path": "werkzaamheden",
        "nl": [
            "Let op: {when} starten werkzaamheden aan de {street}. De weg is afgesloten ter "
            "hoogte van de {street2}. Verkeer wordt omgeleid via de {street3}. 🚧",
            "{when} vernieuwen we het riool en de bestrating van de {street}. Dit duurt naar "
            "verwachting {weeks} weken. Autoverkeer wordt omgeleid via de {street3}; fietsers "
            "en voetgangers kunnen er langs.",
            "Werk in uitvoering: {when} krijgt de {street} nieuw asfalt. Fietsers en voetgangers "
            "kunnen er langs, autoverkeer niet. #zeestad #werkzaamheden",
            "Vooraankondiging: de {street} gaat {when} dicht voor groot onderhoud aan de "
            "kademuur. We snappen dat dit hinder geeft en houden het zo kort mogelijk.",
            "De {bridge} is {when} gesloten voor onderhoud. Fietsers en voetgangers kunnen via "
            "een tijdelijke brug, autoverkeer volgt de gele borden.",
        ],
        "en": [
            "Heads up: roadworks on {street} start {when}. The road is closed near {street2}; "
            "follow the detour via {street3}. 🚧",
            "{street} gets new asphalt {when}. Cyclists and pedestrians can pass, cars cannot.",
        ],
    },
    "roadworks_update": {
        "appeal": 0.8,
        "reply_rate": 0.5,
        "share_rate": 0.2,
        "media": 0.4,
        "link": 0.4,
        "half_life": (3, 10),
        "en_share": 0.0,
        "replies": "roadworks",
        "path": "werkzaamheden",
        "nl": [
            "Update werkzaamheden {street}: we liggen op schema. {when} gaat ook de kruising met "
            "de {street2} weer open.",
            "De werkzaamheden aan de {street} duren helaas langer door de slechte staat van de "
            "kademuur. De einddatum schuift {weeks} weken op. Excuses voor het ongemak.",
            "Vanaf vandaag is de omleiding voor de {street} aangepast: verkeer gaat via de "
            "{street3}. Let op de gele borden.",
            "Werkzaamheden {street}: deze week wordt er geasfalteerd. Houd rekening met "
            "geluidsoverlast in de avond.",
        ],
    },
    "road_reopened": {
        "appeal": 1.6,
        "reply_rate": 0.2,
        "share_rate": 0.2,
        "media": 0.7,
        "link": 0.1,
        "half_life": (4, 10),
        "en_share": 0.0,
        "replies": "road_reopened",
        "path": "werkzaamheden",
        "scheduled_only": True,
        "nl": [
            "Goed nieuws: de {street} is weer open! Dank voor jullie geduld 🙏",
            "De werkzaamheden aan de {street} zijn klaar: nieuw riool, nieuwe bestrating en "
            "bredere stoepen. Bedankt voor het geduld, bewoners en ondernemers!",
            "Vanaf vandaag is de {bridge} weer open voor alle verkeer.",
        ],
        "en": ["Good news: {street} is open again! Thanks for your patience 🙏"],
    },
    "closure": {
        "appeal": 0.8,
        "reply_rate": 0.35,
        "share_rate": 0.3,
        "media": 0.2,
        "link": 0.3,
        "half_life": (2, 6),
        "en_share": 0.05,
        "replies": "roadworks",
        "path": "werkzaamheden",
        "nl": [
            "Vannacht van 22.00 tot 5.00 uur is de {street} afgesloten voor asfaltwerk. "
            "Omleiding via de {street3}.",
            "{when} is de {bridge} tussen 9.00 en 15.00 uur dicht voor inspectie.",
            "Vanwege een evenement is de {street} {when} afgesloten tussen 10.00 en 18.00 uur.",
            "Door een lekkage is de {street} tijdelijk afgesloten tussen de {street2} en de "
            "{street3}. Vermijd de omgeving.",
            "Kraanwerkzaamheden: de {street} is {when} van 7.00 tot 12.00 uur dicht. Bussen "
            "rijden om.",
        ],
        "en": [
            "Tonight 10pm to 5am {street} is closed for resurfacing. Detour via {street3}.",
        ],
    },
    "traffic_safety": {
        "appeal": 1.0,
        "reply_rate": 0.4,
        "share_rate": 0.25,
        "media": 0.4,
        "link": 0.2,
        "half_life": (4, 12),
        "en_share": 0.0,
        "replies": "traffic_safety",
        "path": "verkeer",
        "nl": [
            "De komende weken controleren we samen met de politie op snelheid in de {street}.",
            "Nieuwe drempels op de {street}, na klachten van bewoners over hardrijders.",
            "Vanaf {when} is de {street} een 30 km-zone. Denk aan de kinderen die hier naar "
            "school fietsen 🚸",
            "Een veilige schoolroute: rond {landmark} in {hood} komen extra oversteekplaatsen.",
        ],
    },
    "parking_policy": {
        "appeal": 0.9,
        "reply_rate": 0.7,
        "share_rate": 0.2,
        "media": 0.2,
        "link": 0.6,
        "half_life": (5, 16),
        "en_share": 0.1,
        "replies": "parking_policy",
        "path": "parkeren",
        "nl": [
            "Vanaf {when} geldt in {hood} betaald parkeren van 9.00 tot 23.00 uur. Bewoners "
            "kunnen een vergunning aanvragen.",
            "Parkeren tijdens de Havendagen? Gebruik de P+R bij Sportpark De Wielen, vanaf daar "
            "rijdt een gratis pendelbus.",
            "Let op: handhavers controleren deze week extra op fout parkeren op fietspaden en "
            "stoepen in {hood}.",
            "Weesfietsen bij Zeestad Centraal: {when} verwijderen we gelabelde fietsen. Jouw "
            "fiets kwijt? Kijk bij het fietsdepot.",
        ],
        "en": [
            "Paid parking applies in {hood} from {when}, 9am to 11pm. Residents can apply for a "
            "permit.",
        ],
    },
    "cycling_project": {
        "appeal": 1.4,
        "reply_rate": 0.3,
        "share_rate": 0.3,
        "media": 0.8,
        "link": 0.3,
        "half_life": (5, 18),
        "en_share": 0.1,
        "replies": "cycling_project",
        "path": "fiets",
        "nl": [
            "Het nieuwe fietspad langs de {street} is klaar! Rood asfalt, breder en veiliger. 🚲",
            "Vanaf {when} wordt de {street} een fietsstraat: auto's te gast, max 30 km/u.",
            "Nieuwe fietsenstalling bij Zeestad Centraal open: 1.200 plekken, eerste 24 uur "
            "gratis.",
        ],
        "en": ["The new bike path along {street} is ready! Wider and safer 🚲"],
    },
    "tram_diversion": {
        "appeal": 0.9,
        "reply_rate": 0.55,
        "share_rate": 0.35,
        "media": 0.3,
        "link": 0.5,
        "half_life": (3, 10),
        "en_share": 0.15,
        "replies": "tram_diversion",
        "path": "ov",
        "nl": [
            "Tram {tram} rijdt {when} niet tussen {stop} en {stop2} vanwege werk aan het spoor. "
            "Bus {bus} rijdt extra. 🚋",
            "Let op: door werkzaamheden rijdt tram {tram} {when} via een omleidingsroute. Halte "
            "{stop} vervalt tijdelijk; stap in of uit bij {stop2}.",
            "{when} rijden er pendelbussen in plaats van tram {tram} tussen Zeestad Centraal en "
            "{stop2}. Reken op extra reistijd.",
        ],
        "en": [
            "Tram {tram} won't run between {stop} and {stop2} {when} due to track works. Extra "
            "buses on line {bus}.",
            "Visiting the beach? Tram {tram} is replaced by shuttle buses {when}.",
        ],
    },
    "transit_disruption": {
        "appeal": 1.2,
        "reply_rate": 0.9,
        "share_rate": 0.5,
        "media": 0.05,
        "link": 0.1,
        "half_life": (1.5, 4),
        "en_share": 0.12,
        "replies": "disruption",
        "path": "ov/storingen",
        "nl": [
            "Door een storing rijdt tram {tram} momenteel niet tussen {stop} en {stop2}. We "
            "werken aan een oplossing. Volg de updates hier.",
            "Storing: tram {tram} en tram {tram2} rijden niet van en naar Zeestad Centraal door "
            "een defecte bovenleiding. Er worden pendelbussen ingezet.",
            "Let op: bus {bus} rijdt door een aanrijding op de {street} via een omleiding. De "
            "haltes {stop} en {stop2} vervallen tijdelijk.",
            "Door bevroren wissels rijdt tram {tram} niet tussen {stop} en {stop2}. Monteurs "
            "zijn onderweg. Reken op vertraging op alle lijnen.",
            "Vertraging op lijn {tram} door een defecte tram bij {stop}. Houd rekening met 15 "
            "tot 20 minuten extra reistijd.",
        ],
        "en": [
            "Disruption: tram {tram} is not running between {stop} and {stop2}. Replacement "
            "buses are on the way.",
            "Service alert: overhead line failure at Zeestad Centraal. Trams {tram} and {tram2} "
            "are not running. Replacement buses from platform B.",
        ],
    },
    "transit_update": {
        "appeal": 1.0,
        "reply_rate": 0.8,
        "share_rate": 0.4,
        "media": 0.1,
        "link": 0.1,
        "half_life": (1.5, 4),
        "en_share": 0.0,
        "replies": "disruption",
        "path": "ov/storingen",
        "scheduled_only": True,
        "nl": [
            "Update storing: de monteurs zijn ter plaatse. Pendelbussen rijden vanaf Zeestad "
            "Centraal (busperron B) naar {stop2}. Verwachte duur: tot ca. 11.00 uur.",
            "Update: de pendelbussen rijden elke 10 minuten. Het kan druk zijn; neem als het "
            "kan de fiets.",
            "We begrijpen de frustratie over de storing van vanochtend. Reizigers met een "
            "abonnement kunnen een vergoeding aanvragen.",
        ],
        "en": [
            "Update: technicians are on site. Replacement buses leave from Zeestad Centraal "
            "platform B every 10 minutes.",
        ],
    },
    "transit_restored": {
        "appeal": 1.3,
        "reply_rate": 0.35,
        "share_rate": 0.2,
        "media": 0.0,
        "link": 0.0,
        "half_life": (1.5, 5),
        "en_share": 0.0,
        "replies": "transit_restored",
        "path": "ov",
        "scheduled_only": True,
        "nl": [
            "Tram {tram} rijdt weer volgens dienstregeling. Dank voor jullie geduld en excuses "
            "voor het ongemak.",
            "De storing is verholpen. Alle trams rijden weer, maar houd nog even rekening met "
            "wat vertraging.",
        ],
        "en": ["Tram {tram} is running on schedule again. Thanks for your patience."],
    },
    "bus_change": {
        "appeal": 0.9,
        "reply_rate": 0.45,
        "share_rate": 0.25,
        "media": 0.3,
        "link": 0.6,
        "half_life": (5, 16),
        "en_share": 0.1,
        "replies": "bus_change",
        "path": "ov/dienstregeling",
        "nl": [
            "Nieuwe dienstregeling {when}: bus {bus} rijdt voortaan elk kwartier tussen Zeestad "
            "Centraal en {hood}.",
            "{when} rijdt bus {bus} een andere route door {hood}. Halte {stop} verhuist naar de "
            "{street}.",
            "Goed nieuws voor {hood}: bus {bus} rijdt {when} ook in het weekend en 's avonds.",
            "Tijdens de schoolvakantie rijdt bus {bus} een aangepaste dienstregeling. Check de "
            "reisplanner.",
        ],
        "en": [
            "New timetable {when}: bus {bus} runs every 15 minutes between Zeestad Centraal and "
            "{hood}.",
        ],
    },
    "ticket_info": {
        "appeal": 0.8,
        "reply_rate": 0.5,
        "share_rate": 0.3,
        "media": 0.4,
        "link": 0.6,
        "half_life": (6, 20),
        "en_share": 0.35,
        "replies": "ticket_info",
        "path": "ov/reizen",
        "nl": [
            "{when} kun je in alle trams en bussen inchecken met je bankpas of telefoon "
            "(OV-pay). Je OV-chipkaart blijft gewoon werken.",
            "Tip: vergeten uit te checken? In de Zeestad OV-app corrigeer je binnen 14 dagen je "
            "ritprijs.",
            "Met een dagkaart reis je 24 uur onbeperkt met tram, bus en sneltram. Te koop in de "
            "app en bij de automaten.",
        ],
        "en": [
            "Visiting Zeestad? Tap in with your bank card or phone on all trams and buses. A "
            "24-hour day ticket is available in the app.",
            "Forgot to check out? You can correct your fare in the app within 14 days.",
        ],
    },
    "accessibility": {
        "appeal": 0.7,
        "reply_rate": 0.5,
        "share_rate": 0.3,
        "media": 0.1,
        "link": 0.2,
        "half_life": (3, 10),
        "en_share": 0.1,
        "replies": "accessibility",
        "path": "ov/toegankelijk",
        "nl": [
            "De lift op Zeestad Centraal (perron {n}) is tijdelijk buiten gebruik. Reizigers in "
            "een rolstoel kunnen de lift bij de ingang Stationsweg gebruiken. Excuses!",
            "Goed nieuws: alle haltes van tram {tram} zijn nu toegankelijk voor rolstoelen en "
            "kinderwagens.",
            "De lift bij halte Duinpoort is weer in gebruik.",
        ],
        "en": [
            "The elevator at Zeestad Centraal (platform {n}) is out of service. Step-free access "
            "via the Stationsweg entrance.",
        ],
    },
    "waste_schedule": {
        "appeal": 0.9,
        "reply_rate": 0.5,
        "share_rate": 0.35,
        "media": 0.3,
        "link": 0.5,
        "half_life": (5, 16),
        "en_share": 0.15,
        "replies": "waste",
        "path": "afval",
        "nl": [
            "Let op: door de feestdag wordt het restafval in {hood} deze week een dag later "
            "opgehaald.",
            "{when} wordt het GFT in {hood} om de week opgehaald, op {weekday}. Check de "
            "afvalkalender in de app.",
            "De ondergrondse containers in {hood} worden {when} geleegd en schoongemaakt. Zet "
            "geen afval naast de container 🙏",
            "Afvalpas kwijt of werkt hij niet? Vraag online een nieuwe aan.",
            "Oud papier in {hood} wordt voortaan op {weekday} opgehaald. Zet het pas na 7.00 uur "
            "buiten, dan waait er minder weg.",
        ],
        "en": [
            "Waste collection in {hood} moves one day later this week because of the public "
            "holiday.",
            "New to Zeestad? The waste calendar in the app shows which bin goes out on which day.",
        ],
    },
    "cleanup": {
        "appeal": 1.1,
        "reply_rate": 0.3,
        "share_rate": 0.35,
        "media": 0.6,
        "link": 0.4,
        "half_life": (6, 20),
        "en_share": 0.1,
        "replies": "cleanup",
        "path": "afval/grofvuil",
        "nl": [
            "Grofvuil kwijt? Maak gratis een afspraak en we halen het bij je op. Zet het niet "
            "naast de container!",
            "Zaterdag is het Zeestad Schoon-dag! Help mee zwerfafval opruimen in {hood}. "
            "Handschoenen en grijpers liggen klaar bij het wijkcentrum.",
            "Afval dumpen is verboden en kost je een flinke boete. Zie je iemand dumpen? Meld "
            "het via de app.",
            "Zwerfafval op de boulevard? We zetten dit weekend extra prullenbakken neer en "
            "legen ze vaker.",
        ],
        "en": [
            "Join the Zeestad clean-up day on Saturday! Gloves and litter pickers are ready at "
            "the community centre in {hood}.",
        ],
    },
    "greenery": {
        "appeal": 1.0,
        "reply_rate": 0.35,
        "share_rate": 0.2,
        "media": 0.6,
        "link": 0.2,
        "half_life": (5, 16),
        "en_share": 0.05,
        "replies": "greenery",
        "path": "groen",
        "nl": [
            "Deze week snoeien we de bomen in de {street}. Parkeer je auto even ergens anders, "
            "bedankt!",
            "In het {park} planten we {n2} nieuwe bomen. Meer groen in Zeestad 🌳",
            "We kappen {when} {n} zieke iepen aan de {street}. Er komen nieuwe bomen voor terug.",
            "Onkruid op je stoep? We borstelen de komende weken alle straten in {hood}.",
        ],
        "en": ["We're planting {n2} new trees in {park} this week 🌳"],
    },
    "storm_warning": {
        "appeal": 4.0,
        "reply_rate": 0.25,
        "share_rate": 0.9,
        "media": 0.6,
        "link": 0.3,
        "half_life": (2, 6),
        "en_share": 0.2,
        "replies": "storm_warning",
        "path": "storm",
        "scheduled_only": True,
        "nl": [
            "⚠️ Code oranje: morgen worden zware windstoten tot 110 km/u verwacht. Zet kliko's en "
            "tuinmeubels vast, blijf weg bij bomen en de boulevard. Schade? Bel " + PHONE + ".",
            "Storm op komst: de afvalinzameling in heel Zeestad wordt morgen uitgesteld. Zet je "
            "container NIET aan de straat.",
            "Het waait hard! Ga niet de pier of de boulevard op. Omgewaaide bomen? Bel "
            + PHONE
            + " of meld het in de app.",
            "De markt op de Vismarkt gaat morgen niet door vanwege de verwachte storm.",
        ],
        "en": [
            "⚠️ Storm warning: gusts up to 110 km/h expected tomorrow. Secure bins and garden "
            "furniture, stay away from trees and the beach boulevard.",
        ],
    },
    "storm_update": {
        "appeal": 2.0,
        "reply_rate": 0.35,
        "share_rate": 0.6,
        "media": 0.7,
        "link": 0.1,
        "half_life": (2, 8),
        "en_share": 0.0,
        "replies": "storm_update",
        "path": "storm",
        "scheduled_only": True,
        "nl": [
            "Stormupdate: onze ploegen zijn de hele nacht bezig geweest. Er zijn meer dan {n2} "
            "bomen omgewaaid. We ruimen eerst wegen en fietspaden op. Dank voor jullie geduld!",
            "Door de storm zijn in delen van {hood} de straatlantaarns uit. De netbeheerder is "
            "ermee bezig.",
            "Stormschade melden? Gebruik de app of bel " + PHONE + ". We krijgen veel "
            "meldingen, dus het kan even duren.",
            "Door bomen op de bovenleiding rijden tram 4 en de Kustlijn voorlopig niet. Tussen "
            "Zeestad Centraal en Noordstrand rijden pendelbussen.",
        ],
    },
    "gritting": {
        "appeal": 1.3,
        "reply_rate": 0.5,
        "share_rate": 0.5,
        "media": 0.5,
        "link": 0.2,
        "half_life": (2, 8),
        "en_share": 0.1,
        "replies": "gritting",
        "path": "gladheid",
        "scheduled_only": True,
        "nl": [
            "❄️ Vanavond en vannacht strooien we alle hoofdroutes, busroutes en de belangrijkste "
            "fietspaden. Wees voorzichtig, het kan glad zijn!",
            "De strooiwagens rijden sinds 4.00 uur. Woonstraten strooien we niet; een emmer "
            "pekel haal je gratis bij de milieustraat.",
            "Gladheid verwacht: ga als het kan later op pad en pas je snelheid aan. De "
            "strooiroutes staan op onze website.",
            "Sneeuw! Onze ploegen zijn sinds vannacht in touw. Help ook mee: veeg je eigen stoep "
            "sneeuwvrij 🙏",
        ],
        "en": [
            "❄️ Gritting tonight on all main roads, bus routes and main cycle paths. Watch out "
            "for icy patches!",
        ],
    },
    "event": {
        "appeal": 1.5,
        "reply_rate": 0.25,
        "share_rate": 0.45,
        "media": 0.85,
        "link": 0.5,
        "half_life": (8, 24),
        "en_share": 0.25,
        "replies": "event",
        "path": "uit",
        "nl": [
            "Zaterdag is het weer Vissersfeest op de Vismarkt! Vanaf 11.00 uur muziek, haring en "
            "activiteiten voor kinderen. 🐟",
            "Vrijdagavond: Lichtjesavond op het {square}! Vanaf 17.00 uur gaan de lichtjes aan. "
            "Kom je ook?",
            "Schrijf je in voor de Kustloop op {weekday}! 5 of 10 km langs de boulevard.",
            "De schaatsbaan op het {square} is open! Elke dag van 10.00 tot 21.00 uur.",
            "Boekenmarkt op de Vismarkt, zondag van 10 tot 16 uur. Gratis toegang.",
            "Let op: vanwege de Kustloop zijn zondag de boulevard en de {street} afgesloten "
            "tussen 9.00 en 14.00 uur.",
        ],
        "en": [
            "This Saturday: Vissersfeest (fish festival) at the Vismarkt! Music, herring and "
            "kids' activities from 11am 🐟",
            "Friday night: Festival of Lights on {square} from 5pm. Everyone welcome!",
        ],
    },
    "survey": {
        "appeal": 0.7,
        "reply_rate": 0.35,
        "share_rate": 0.3,
        "media": 0.3,
        "link": 0.9,
        "half_life": (8, 24),
        "en_share": 0.15,
        "replies": "survey",
        "path": "denkmee",
        "nl": [
            "Wat vind jij van de plannen voor de {street}? Vul de enquête in, het kost 5 minuten.",
            "Hoe tevreden ben je over de afvalinzameling in {hood}? Laat het ons weten in de "
            "korte vragenlijst.",
            "Denk mee over de nieuwe fietsroute tussen Zeestad Centraal en {hood}! Inloopavond "
            "{when} in het stadhuis.",
            "Jongerenpanel Zeestad zoekt nieuwe leden! Ben je tussen de 14 en 23? Praat mee over "
            "jouw stad.",
        ],
        "en": [
            "What do you think of the plans for {street}? Take our 5-minute survey (English "
            "version available).",
        ],
    },
    "job": {
        "appeal": 0.5,
        "reply_rate": 0.2,
        "share_rate": 0.5,
        "media": 0.5,
        "link": 0.9,
        "half_life": (8, 24),
        "en_share": 0.15,
        "replies": "job",
        "path": "werkenbij",
        "nl": [
            "Vacature: wij zoeken een {job} (32-36 uur). Werken aan een mooie, veilige stad? "
            "Solliciteer!",
            "Kom werken bij de gemeente Zeestad! Deze maand zoeken we onder andere een {job}.",
            "Wil jij in de winter helpen met strooien? We zoeken oproepkrachten voor de "
            "gladheidsbestrijding.",
        ],
        "en": [
            "We're hiring! Zeestad is looking for a {job}. Several roles are open to "
            "non-Dutch speakers.",
        ],
    },
    "thanks": {
        "appeal": 1.7,
        "reply_rate": 0.15,
        "share_rate": 0.2,
        "media": 0.7,
        "link": 0.0,
        "half_life": (4, 16),
        "en_share": 0.08,
        "replies": "thanks",
        "path": "nieuws",
        "nl": [
            "Dank aan alle vrijwilligers die zaterdag het strand hebben schoongemaakt! Samen "
            "{n2} zakken afval opgehaald 💪",
            "Een groot compliment voor onze buitendienst, die het hele weekend in de weer is "
            "geweest na de storm. 👏",
            "Bedankt voor alle meldingen via de app deze maand: ruim {n3}! Samen houden we "
            "Zeestad heel en schoon.",
            "Dank aan de bewoners van de {street} voor jullie geduld tijdens de werkzaamheden. 🙏",
            "Dank aan onze strooiploegen, die drie nachten op rij hebben doorgewerkt ❄️👏",
        ],
        "en": [
            "Thanks to all volunteers who cleaned the beach on Saturday! {n2} bags of litter "
            "collected 💪",
        ],
    },
    "tip": {
        "appeal": 0.8,
        "reply_rate": 0.3,
        "share_rate": 0.25,
        "media": 0.4,
        "link": 0.5,
        "half_life": (6, 20),
        "en_share": 0.2,
        "replies": "tip",
        "path": "melden",
        "nl": [
            "Tip: meld losse tegels, kapotte lantaarnpalen en zwerfafval via de Zeestad-app. Dan "
            "komt je melding direct bij de juiste afdeling.",
            "Wist je dat je een weesfiets kunt melden? We labelen hem en halen hem na 4 weken op.",
            "Tip voor nieuwe inwoners: je afvalpas, parkeervergunning en verhuizing regel je "
            "allemaal online.",
            "Vraag je paspoort op tijd aan! De wachttijd voor een afspraak is nu ongeveer {n} "
            "weken.",
        ],
        "en": [
            "Tip: report broken street lights, loose tiles or litter through the Zeestad app. "
            "Your report goes straight to the right team.",
            "New in Zeestad? Register your address and get your waste pass and parking permit "
            "online.",
        ],
    },
    "council": {
        "appeal": 0.6,
        "reply_rate": 0.5,
        "share_rate": 0.2,
        "media": 0.3,
        "link": 0.7,
        "half_life": (6, 20),
        "en_share": 0.05,
        "replies": "council",
        "path": "raad",
        "nl": [
            "Donderdag vergadert de gemeenteraad over het nieuwe parkeerbeleid. Volg de "
            "vergadering live via de website.",
            "De gemeenteraad heeft ingestemd met de herinrichting van de {street}. De "
            "werkzaamheden starten naar verwachting in het najaar.",
            "Inspreken bij de raadscommissie? Meld je uiterlijk {weekday} 12.00 uur aan bij de "
            "griffie.",
            "De begroting voor volgend jaar is gepresenteerd. Wat betekent dit voor jou? Lees "
            "het in 5 punten.",
        ],
        "en": [
            "The city council meets on Thursday about the new parking policy. Watch live on our "
            "website.",
        ],
    },
    "service": {
        "appeal": 0.6,
        "reply_rate": 0.4,
        "share_rate": 0.2,
        "media": 0.1,
        "link": 0.4,
        "half_life": (4, 12),
        "en_share": 0.1,
        "replies": "service",
        "path": "contact",
        "nl": [
            "Het stadhuis is {weekday} gesloten vanwege een studiedag. Voor spoed: bel "
            + PHONE
            + ".",
            "Vanaf volgende week is het stadhuis ook op donderdagavond open, tot 20.00 uur. Maak "
            "wel eerst een afspraak.",
            "Storing: de website en de app zijn tijdelijk niet bereikbaar. We werken aan een "
            "oplossing.",
        ],
        "en": [
            "City hall is closed on {weekday} for a staff training day. For urgent matters, call "
            + PHONE
            + ".",
        ],
    },
}

# Background own posts: which topics each account posts about, and how often.
ACCOUNT_TOPIC_WEIGHTS = {
    "central": {
        "event": 4,
        "survey": 3,
        "job": 2,
        "thanks": 2,
        "tip": 3,
        "council": 3,
        "service": 3,
        "roadworks": 2,
        "waste_schedule": 1,
        "transit_disruption": 1,
        "parking_policy": 1,
        "cycling_project": 1,
        "cleanup": 1,
    },
    "central-facebook": {
        "event": 5,
        "survey": 3,
        "job": 2,
        "thanks": 3,
        "tip": 2,
        "council": 2,
        "service": 2,
        "roadworks": 2,
        "waste_schedule": 2,
        "cleanup": 2,
        "greenery": 1,
        "cycling_project": 1,
    },
    "central-mastodon": {
        "event": 3,
        "survey": 3,
        "job": 2,
        "thanks": 1,
        "tip": 2,
        "council": 3,
        "service": 2,
        "roadworks": 1,
        "cycling_project": 2,
        "greenery": 1,
    },
    "traffic": {
        "roadworks": 5,
        "closure": 5,
        "roadworks_update": 2,
        "parking_policy": 2,
        "cycling_project": 2,
        "traffic_safety": 3,
        "tip": 1,
    },
    "public-works": {
        "waste_schedule": 4,
        "cleanup": 3,
        "greenery": 3,
        "tip": 2,
        "thanks": 1,
        "roadworks": 1,
    },
    "transit": {
        "tram_diversion": 4,
        "transit_disruption": 4,
        "bus_change": 3,
        "ticket_info": 4,
        "accessibility": 2,
    },
}

# --------------------------------------------------------------------------------------------
# Citizens' replies that relate to the city's post, per department they end up concerning.
# Slots inherit the parent's places and lines, so a reply names the same street or tram.
# --------------------------------------------------------------------------------------------

REPLY_SETS = {
    "roadworks": [
        {
            "department": "traffic",
            "weight": 60,
            "nl": [
                "En waar moeten de bewoners van de {street} dan parkeren?",
                "Omleiding via de {street3}? Die staat nu al elke ochtend vast 🙄",
                "Hoe lang gaat dit echt duren? Vorige keer stond er ook 'een paar weken' en werd "
                "het 3 maanden",
                "Kunnen fietsers er nog langs of moeten we ook omrijden?",
                "Weer werkzaamheden. Is er een dag geweest dit jaar dat de {street} níet open lag?",
                "Is de {street} ook 's nachts dicht? Ik werk in ploegendienst",
                "Omleidingsborden staan nu al verkeerd bij de {street2}. Succes allemaal",
                "Graag ook handhaven op het sluipverkeer door de {street2}, ze racen er nu al "
                "doorheen",
                "Mijn zaak zit aan de {street}. Worden ondernemers gecompenseerd?",
            ],
            "en": [
                "Where are residents of {street} supposed to park?",
                "Detour via {street3}? That road is already jammed every morning",
                "How long will this take realistically?",
                "Can cyclists still get through?",
                "Please enforce on the cut-through traffic on {street2}, people already speeding "
                "there",
            ],
            "de": ["Ist die Straße auch für Radfahrer gesperrt?", "Wie lange dauert die Sperrung?"],
            "es": [
                "¿La calle también está cerrada para bicis?",
                "¿Cuánto tiempo van a durar las obras?",
            ],
        },
        {
            "department": "public-works",
            "weight": 20,
            "nl": [
                "Neem dan meteen de losse tegels op de stoep mee, die liggen er al jaren",
                "Eindelijk! Die weg was één grote gatenkaas",
                "Kunnen jullie ook naar de lantaarnpaal bij de {street2} kijken? Doet het al weken "
                "niet",
            ],
            "en": [
                "Finally! That road was full of potholes",
                "While you're at it, fix the sidewalk too please",
            ],
        },
        {
            "department": "transit",
            "weight": 12,
            "nl": [
                "Rijdt bus {bus} dan ook om? En waar is de tijdelijke halte?",
                "Is halte {stop} dan ook dicht?",
            ],
            "en": ["Will bus {bus} be diverted too? Where's the temporary stop?"],
        },
        {
            "department": "communication",
            "weight": 8,
            "nl": [
                "Fijn dat het zo ruim van tevoren wordt aangekondigd 👍",
                "Bedankt voor de info!",
            ],
            "en": ["Thanks for the heads up 👍"],
        },
    ],
    "road_reopened": [
        {
            "department": "communication",
            "weight": 45,
            "nl": [
                "Eindelijk!! 🎉",
                "Ziet er mooi uit, goed gedaan",
                "Top, dank aan de stratenmakers 👏",
                "Wat een verschil, echt mooi geworden",
            ],
            "en": ["Finally! 🎉", "Looks great, well done"],
        },
        {
            "department": "traffic",
            "weight": 35,
            "nl": [
                "Open ja, maar de nieuwe drempels zijn veel te hoog",
                "Nu nog iets doen aan de hardrijders, die rijden er nu ineens 70",
                "Waarom staat het stoplicht bij de {street2} nog steeds te knipperen?",
            ],
            "en": ["Open, but the lights at {street2} are still flashing"],
        },
        {
            "department": "public-works",
            "weight": 20,
            "nl": [
                "Aan het eind van de {street} liggen de tegels nu alweer los",
                "Die nieuwe bomen staan er wel erg kaal bij",
            ],
            "en": ["Tiles at the end of {street} are already loose"],
        },
    ],
    "traffic_safety": [
        {
            "department": "traffic",
            "weight": 85,
            "nl": [
                "Eindelijk! Ze racen hier elke avond",
                "Drempels helpen niks, ze rijden er gewoon overheen",
                "Doe ook de {street2} even, daar is het net zo erg",
                "Controleren om 10 uur 's ochtends heeft geen zin, kom 's avonds",
            ],
            "en": ["Finally! They race there every night", "Please check {street2} too"],
        },
        {
            "department": "communication",
            "weight": 15,
            "nl": ["Goed zo 👍", "Dank, namens alle ouders hier"],
            "en": ["Good news, thanks"],
        },
    ],
    "parking_policy": [
        {
            "department": "traffic",
            "weight": 75,
            "nl": [
                "Betaald parkeren in {hood}? Waar moet m'n bezoek dan parkeren?",
                "Vergunning aanvragen lukt niet via de site",
                "Mooi dat er gehandhaafd wordt, op de {street} is het elke dag raak",
                "P+R is prima maar die pendelbus rijdt veel te weinig",
                "En de mantelzorgers? Die moeten nu elke dag betalen",
            ],
            "en": [
                "How are visitors supposed to park then?",
                "The permit application fails on the website",
            ],
            "de": ["Wo können Touristen dann parken?"],
        },
        {
            "department": "communication",
            "weight": 25,
            "nl": ["Melkkoebeleid. Punt.", "Wie heeft dit bedacht? Niemand in {hood} wil dit"],
            "en": ["Cash grab, plain and simple"],
        },
    ],
    "cycling_project": [
        {
            "department": "traffic",
            "weight": 75,
            "nl": [
                "Mooi fietspad, maar bij de {street2} houdt het ineens op",
                "Fietsstraat met auto's die 50 rijden, werkt niet",
                "Eindelijk een stalling! Nu nog de weesfietsen weghalen",
                "Scooters rijden er nu ook overheen met 45 km/u",
            ],
            "en": [
                "Nice bike lane, but it just ends at {street2}",
                "Mopeds are using it at 45 km/h",
            ],
            "de": ["Super Radweg, so etwas brauchen wir auch zu Hause"],
        },
        {
            "department": "public-works",
            "weight": 10,
            "nl": ["Er ligt nu al glas op het nieuwe fietspad"],
            "en": ["There's already glass on the new bike path"],
        },
        {
            "department": "communication",
            "weight": 15,
            "nl": ["Prachtig geworden 👏", "Top! Veel veiliger zo"],
            "en": ["Love it 👏"],
        },
    ],
    "tram_diversion": [
        {
            "department": "transit",
            "weight": 85,
            "nl": [
                "Waar stopt de vervangende bus precies? Bij {stop} staat niks aangegeven",
                "Alweer? Tram {tram} is de enige verbinding met het ziekenhuis",
                "Hoe kom ik met de rolstoel in die pendelbus?",
                "Duurt de reis nu 20 minuten langer, geweldig 🙄",
                "Rijdt de sneltram dan wel gewoon?",
                "Hebben jullie ook aan de scholieren gedacht? Bus {bus} zit nu al vol",
            ],
            "en": [
                "Where exactly does the replacement bus stop?",
                "Again?! Tram {tram} is the only line to the hospital",
                "Is the light rail still running?",
                "How are wheelchair users supposed to use the shuttle?",
            ],
            "de": ["Fährt die Tram {tram} am Wochenende zum Strand?", "Wo hält der Ersatzbus?"],
            "es": [
                "¿Dónde para el autobús de sustitución?",
                "¿El tranvía {tram} va a la playa este fin de semana?",
            ],
        },
        {
            "department": "traffic",
            "weight": 15,
            "nl": ["En die bussen rijden dan allemaal over de {street}, die al vol staat"],
            "en": ["And all those buses will go through {street}, which is already jammed"],
        },
    ],
    "disruption": [
        {
            "department": "transit",
            "weight": 88,
            "nl": [
                "Al {min} minuten bij {stop} en geen pendelbus te zien",
                "Waarom staat dit niet in de app? Daar rijdt alles 'volgens plan'",
                "Elke week is er wel wat met tram {tram}. Wanneer wordt dat materieel vervangen?",
                "Pendelbus zat zo vol dat ie niet stopte bij {stop}",
                "Krijgen we ons geld terug? Moest een taxi nemen",
                "Dus ik kom te laat op m'n werk. Mag ik jullie naam doorgeven aan m'n baas?",
                "Bedankt voor de snelle info, dan pak ik de fiets",
                "Hoe lang nog ongeveer?",
                "Bij {stop2} weet niemand iets, er staat ook geen medewerker",
            ],
            "en": [
                "Been at {stop} for {min} min, no replacement bus in sight",
                "Why isn't this in the app?!",
                "How long approximately?",
                "Do we get a refund? Had to take a taxi",
                "Thanks for the update, cycling it is then",
            ],
            "de": ["Wie lange dauert die Störung noch?", "Wo fahren die Ersatzbusse ab?"],
            "es": [
                "¿Cuánto va a durar la avería?",
                "¿De dónde salen los autobuses de sustitución?",
            ],
        },
        {
            "department": "traffic",
            "weight": 12,
            "nl": [
                "En nu staat alles op de {street} vast door de pendelbussen",
                "Iedereen pakt de auto, {street} staat muurvast",
            ],
            "en": ["And now {street} is gridlocked with replacement buses"],
        },
    ],
    "transit_restored": [
        {
            "department": "transit",
            "weight": 70,
            "nl": [
                "Rijdt weer, maar wel met 20 min vertraging nog",
                "Tram {tram} zit nu zo vol dat niemand erin kan bij {stop}",
                "Eindelijk. Hoe gaan jullie voorkomen dat dit weer gebeurt?",
                "Krijgen abonnementhouders nog iets terug voor vanochtend?",
            ],
            "en": ["Running, but still 20 min delays", "How will you prevent this next time?"],
        },
        {
            "department": "communication",
            "weight": 30,
            "nl": ["Dank aan de monteurs 👏", "Top, bedankt voor de updates vandaag"],
            "en": ["Thanks to the crews 👏"],
        },
    ],
    "bus_change": [
        {
            "department": "transit",
            "weight": 85,
            "nl": [
                "Eindelijk weer een bus in het weekend in {hood}!",
                "En halte {stop}? Daar stoppen nu ineens geen bussen meer",
                "Elk kwartier klinkt mooi, nu nog op tijd rijden",
                "Waarom is de halte bij het ziekenhuis geschrapt?",
                "Staat de nieuwe dienstregeling al in de reisplanner? Ik zie niks",
            ],
            "en": [
                "And what about {stop}? No buses stop there anymore",
                "Every 15 min sounds great, now run on time",
            ],
            "es": ["¿El bus {bus} pasa por la estación?"],
        },
        {
            "department": "communication",
            "weight": 15,
            "nl": ["Goed nieuws, dank!", "Fijn voor de ouderen in {hood} 👍"],
            "en": ["Great news, thanks!"],
        },
    ],
    "ticket_info": [
        {
            "department": "transit",
            "weight": 100,
            "nl": [
                "Werkt het ook met een creditcard?",
                "En hoe zit het met de 65+ korting?",
                "App crasht al 2 dagen bij het betalen",
                "Ik heb geen smartphone, hoe moet ik dat doen?",
                "Vorige week twee keer afgeschreven, wie kan me helpen?",
            ],
            "en": [
                "Does this work with Apple Pay?",
                "Do day tickets work on the light rail too?",
                "Charged twice last week, who can help?",
            ],
            "de": [
                "Funktioniert das auch mit einer deutschen Kreditkarte?",
                "Gibt es auch ein Wochenticket?",
            ],
            "es": [
                "¿Funciona con tarjeta extranjera?",
                "¿El billete de un día sirve para el tren ligero?",
            ],
        },
    ],
    "accessibility": [
        {
            "department": "transit",
            "weight": 100,
            "nl": [
                "Alweer de lift kapot. Dit is de 4e keer dit jaar",
                "De andere lift is ook al weken stuk!",
                "Top dat de haltes nu toegankelijk zijn, maar de trams zelf hebben nog steeds "
                "een trede",
                "Hoe weet ik dit vóór ik vertrek? Sta nu onderaan de trap met m'n rolstoel",
            ],
            "en": ["Again? This is the 4th time this year", "The other elevator is broken too!"],
        },
    ],
    "waste": [
        {
            "department": "public-works",
            "weight": 80,
            "nl": [
                "Bij ons in de {street} is al 2 weken niks opgehaald, hoe zit dat?",
                "GFT om de week? Met die meeuwen hier wordt dat een feestje",
                "De container op de {street} is nu al vol",
                "Staat dat ook in de app? Daar staat nog de oude datum",
                "Mijn pasje werkt niet bij de container, wat nu?",
            ],
            "en": [
                "Is the app updated? It still shows the old date",
                "Our street hasn't been collected in 2 weeks",
                "Is there an English waste calendar?",
            ],
            "de": ["Wann wird der Müll in {hood} abgeholt?"],
            "es": ["¿Cuándo recogen la basura en {hood}?"],
        },
        {
            "department": "communication",
            "weight": 20,
            "nl": ["Afvalstoffenheffing omhoog en minder vaak ophalen. Logisch 🙄"],
            "en": ["Waste tax up and fewer pickups. Makes sense 🙄"],
        },
    ],
    "cleanup": [
        {
            "department": "public-works",
            "weight": 55,
            "nl": [
                "Mooi initiatief! Kunnen jullie ook de {street} meenemen, daar ligt van alles",
                "Grofvuil-afspraak maken lukt niet, de site geeft een foutmelding",
                "Naast de container op de {street} staat al dagen een bank. Wie haalt die op?",
            ],
            "en": ["Booking a bulky waste pickup doesn't work on the website"],
        },
        {
            "department": "communication",
            "weight": 45,
            "nl": [
                "Doen we! Met de hele klas 💪",
                "Leuk! Hoe laat begint het?",
                "Wij komen met de buurtvereniging",
            ],
            "en": ["Count me in! What time?"],
            "de": ["Tolle Aktion!"],
        },
    ],
    "greenery": [
        {
            "department": "public-works",
            "weight": 75,
            "nl": [
                "Waarom kappen? Die bomen waren kerngezond",
                "Komen er ook nieuwe bomen in de {street2}? Daar is alles kaal",
                "Snoei ook even de takken bij de {street2}, de bus schuurt ertegenaan",
                "Onkruid in {hood} staat tot je knieën, dus graag!",
            ],
            "en": [
                "Why cut them down? They looked healthy",
                "More trees please, {street2} is so bare",
            ],
        },
        {
            "department": "communication",
            "weight": 25,
            "nl": ["Mooi! Meer groen 🌳", "Goed bezig 👍"],
            "en": ["Love this 🌳"],
        },
    ],
    "storm_warning": [
        {
            "department": "public-works",
            "weight": 45,
            "nl": [
                "Er ligt nu al een boom in de {street}",
                "En de vuilniszakken die al buiten staan? Die waaien straks de hele wijk door",
                "Wordt het GFT morgen wel of niet opgehaald?",
                "Kunnen jullie de steigers in de {street} controleren? Die wiebelen nu al",
                "Putten in de {street} lopen nu al over",
            ],
            "en": [
                "Is waste collection still happening tomorrow?",
                "There's already a tree down on {street}",
            ],
        },
        {
            "department": "transit",
            "weight": 25,
            "nl": ["Rijden de trams morgen gewoon?", "Gaat de Kustlijn rijden met dit weer?"],
            "en": ["Will the trams run tomorrow?"],
            "de": ["Fahren morgen die Trams?"],
            "es": ["¿Funcionan mañana los tranvías?"],
        },
        {
            "department": "communication",
            "weight": 30,
            "nl": [
                "Dank voor de waarschuwing, iedereen voorzichtig!",
                "Moeten de scholen morgen niet dicht?",
            ],
            "en": ["Thanks for the warning, stay safe everyone"],
            "de": ["Danke für die Warnung", "Ist der Strand morgen gesperrt?"],
            "es": ["Gracias por el aviso", "¿Es seguro ir a la playa mañana?"],
        },
    ],
    "storm_update": [
        {
            "department": "public-works",
            "weight": 60,
            "nl": [
                "In de {street} ligt nog steeds een boom over de stoep",
                "Licht is bij ons in {hood} nog steeds uit",
                "Hele straat ligt vol takken, wanneer komt er iemand?",
                "Kelder staat nog onder water in de {street}, het riool kan het niet aan",
            ],
            "en": [
                "Tree on {street} still blocking the sidewalk",
                "Still no street lights in {hood}",
            ],
        },
        {
            "department": "communication",
            "weight": 28,
            "nl": [
                "Petje af voor de mannen en vrouwen die vannacht buiten waren 👏",
                "Top gedaan, ondanks alles",
            ],
            "en": ["Hats off to the crews 👏"],
        },
        {
            "department": "transit",
            "weight": 12,
            "nl": ["Wanneer rijdt tram 4 weer?"],
            "en": ["When will tram 4 run again?"],
        },
    ],
    "gritting": [
        {
            "department": "public-works",
            "weight": 70,
            "nl": [
                "Ook de {street}? Daar wordt nooit gestrooid",
                "Fietspad langs de {street} was vanochtend om 7u nog spiegelglad",
                "Hoe zit het met de stoepen bij de scholen?",
                "Kunnen jullie een strooibak bij de {street} neerzetten?",
                "De {bridge} was levensgevaarlijk vanochtend",
            ],
            "en": [
                "What about {street}? Never gritted",
                "Bike path on {street} was an ice rink at 7am",
            ],
            "de": ["Der Radweg war heute morgen spiegelglatt"],
            "es": ["La acera estaba helada esta mañana"],
        },
        {
            "department": "transit",
            "weight": 15,
            "nl": ["Rijden de trams wel als het vriest? Vorig jaar niet"],
            "en": ["Will the trams run if the switches freeze again?"],
        },
        {
            "department": "communication",
            "weight": 15,
            "nl": ["Dank jullie wel, strooiploeg! 🙏"],
            "en": ["Thank you, gritting crew 🙏"],
        },
    ],
    "event": [
        {
            "department": "communication",
            "weight": 55,
            "nl": [
                "Gezellig! Tot zaterdag",
                "Is het ook leuk voor kleine kinderen?",
                "Kan je er met de rolstoel goed bij?",
                "Hoe laat is het afgelopen? Vorig jaar was het tot 1 uur herrie",
                "Gaat het wel door met dit weer?",
            ],
            "en": [
                "Is it suitable for young kids?",
                "What time does it end?",
                "Will it go ahead with this weather?",
            ],
            "de": ["Wann beginnt das Fest?", "Ist der Eintritt frei?"],
            "es": ["¿La entrada es gratis?", "¿A qué hora empieza?"],
        },
        {
            "department": "traffic",
            "weight": 20,
            "nl": [
                "Waar moeten we parkeren? Vorig jaar stond heel {hood} vol",
                "En weer de {street} dicht voor auto's, fijn voor de bewoners",
            ],
            "en": ["Where do we park? Last year was chaos"],
            "de": ["Wo kann man parken?"],
            "es": ["¿Dónde se puede aparcar?"],
        },
        {
            "department": "transit",
            "weight": 13,
            "nl": [
                "Rijden er extra trams? Vorig jaar stond iedereen bij Zeestad Centraal te wachten"
            ],
            "en": ["Any extra trams? Last year they were packed"],
        },
        {
            "department": "public-works",
            "weight": 12,
            "nl": ["Vorig jaar lag de Vismarkt de dag erna vol troep. Graag extra prullenbakken"],
            "en": ["More bins this time please, last year was a mess"],
        },
    ],
    "survey": [
        {
            "department": "communication",
            "weight": 60,
            "nl": [
                "Link werkt niet",
                "Is de enquête ook in het Engels?",
                "Wat gebeurt er met de uitkomst? Vorige keer werd er niks mee gedaan",
                "Ingevuld!",
            ],
            "en": ["Is there an English version?", "Link doesn't work for me", "Done ✅"],
        },
        {
            "department": "traffic",
            "weight": 25,
            "nl": [
                "Mijn mening: het nieuwe fietspad op de {street} is levensgevaarlijk",
                "Maak er een 30-zone van, klaar",
            ],
            "en": ["My opinion: make {street} a 30 zone"],
        },
        {
            "department": "public-works",
            "weight": 15,
            "nl": [
                "Eerst maar eens de stoepen op de {street} fixen voordat we nieuwe plannen maken"
            ],
            "en": ["Fix the sidewalks on {street} first, then make new plans"],
        },
    ],
    "job": [
        {
            "department": "communication",
            "weight": 75,
            "nl": [
                "Is dit ook parttime mogelijk?",
                "Wat is het salaris?",
                "Gesolliciteerd! 🤞",
                "Mijn neef zoekt werk, ik stuur het door",
            ],
            "en": ["Do you need to speak Dutch?", "Is this remote-friendly?"],
        },
        {
            "department": "public-works",
            "weight": 25,
            "nl": ["Neem er een paar extra aan om de gaten in de weg te maken 🙄"],
            "en": ["Hire someone to fix the potholes first lol"],
        },
    ],
    "thanks": [
        {
            "department": "communication",
            "weight": 65,
            "nl": [
                "Goed gedaan allemaal! 👏",
                "Mooi om te zien",
                "Doen we volgend jaar weer mee!",
                "Verdiend compliment 👍",
            ],
            "en": ["Well done everyone! 👏"],
            "de": ["Super, danke!"],
            "es": ["¡Bravo!"],
        },
        {
            "department": "public-works",
            "weight": 35,
            "nl": [
                "Jammer dat het een week later weer net zo vies is",
                "Nu de {street} nog, daar ligt nog steeds van alles",
            ],
            "en": ["Now do {street}, it's still full of litter"],
        },
    ],
    "tip": [
        {
            "department": "public-works",
            "weight": 55,
            "nl": [
                "Heb ik gedaan, 3 weken geleden. Nog steeds niks gebeurd",
                "App crasht bij het uploaden van een foto",
                "Weesfiets gemeld op de {street}, label hangt er al 2 maanden",
            ],
            "en": ["Did that 3 weeks ago, nothing happened", "App crashes when uploading a photo"],
        },
        {
            "department": "communication",
            "weight": 45,
            "nl": [
                "Handige tip, dank!",
                "Paspoort pas over {n} weken? Ik vlieg over 3 weken!",
                "Werkt de app ook zonder DigiD?",
            ],
            "en": ["Useful, thanks!", "Is the app available in English?"],
            "es": ["¿La app está en inglés?"],
        },
    ],
    "council": [
        {
            "department": "communication",
            "weight": 80,
            "nl": [
                "Wordt het weer een duur plan waar bewoners niks over te zeggen hebben",
                "Ik kom inspreken!",
                "Kun je de vergadering ook terugkijken?",
                "Begroting: meer geld voor handhaving graag",
            ],
            "en": ["Is there an English summary?", "Will there be a recording?"],
        },
        {
            "department": "traffic",
            "weight": 20,
            "nl": ["Betaald parkeren in {hood} is echt de druppel. Stem tegen!"],
            "en": ["Paid parking in {hood} is a cash grab"],
        },
    ],
    "service": [
        {
            "department": "communication",
            "weight": 100,
            "nl": [
                "Kan ik dan online een afspraak maken?",
                "Ook de balie voor paspoorten?",
                "Website doet het nog steeds niet",
                "Eindelijk avondopening, fijn voor werkenden",
            ],
            "en": ["Can I book an appointment online?", "Website still down"],
            "es": ["¿Hay atención en inglés?"],
        },
    ],
}

# --------------------------------------------------------------------------------------------
# Authors: invented combinations of common first names and surnames (no real people).
# "langs" gives how often a member of the group writes in each language; "tail" is the Pareto
# shape of their activity (lower = a longer tail of very active people; tourists post little).
# --------------------------------------------------------------------------------------------

NAMES = {
    "dutch": (
        [
            "Jan",
            "Pieter",
            "Kees",
            "Henk",
            "Sanne",
            "Lotte",
            "Femke",
            "Anouk",
            "Daan",
            "Bram",
            "Joris",
            "Ruud",
            "Marieke",
            "Ingrid",
            "Wim",
            "Gerrit",
            "Thijs",
            "Sven",
            "Lieke",
            "Eva",
            "Noa",
            "Julia",
            "Lisa",
            "Tim",
            "Mark",
            "Kevin",
            "Dennis",
            "Roos",
            "Fleur",
            "Bas",
            "Sjoerd",
            "Willemijn",
            "Marloes",
            "Esther",
            "Hans",
            "Ria",
            "Els",
            "Annelies",
            "Maarten",
            "Jeroen",
            "Rik",
            "Niels",
            "Stijn",
            "Koen",
            "Iris",
            "Merel",
            "Floor",
            "Jesse",
            "Luuk",
            "Milan",
            "Tess",
            "Emma",
            "Sophie",
            "Ton",
            "Gert-Jan",
            "Jos",
            "Fenna",
            "Hidde",
            "Wouter",
            "Arjen",
            "Bert",
            "Corrie",
            "Truus",
            "Dirk",
            "Guus",
            "Teun",
            "Mirjam",
            "Nienke",
            "Anke",
            "Harm",
            "Yvonne",
            "Rianne",
            "Marco",
            "Patrick",
            "Sandra",
            "Monique",
            "Erik",
            "Chantal",
        ],
        [
            "de Vries",
            "Jansen",
            "Bakker",
            "Visser",
            "Smit",
            "Meijer",
            "de Boer",
            "Mulder",
            "de Groot",
            "Bos",
            "Vos",
            "Peters",
            "Hendriks",
            "van Leeuwen",
            "Dekker",
            "Brouwer",
            "de Wit",
            "Dijkstra",
            "Smits",
            "de Graaf",
            "van der Meer",
            "van den Berg",
            "Kok",
            "Jacobs",
            "Vermeulen",
            "van Dijk",
            "Schouten",
            "Koster",
            "Prins",
            "Huisman",
            "Kuiper",
            "Zwart",
            "Blom",
            "Veenstra",
            "Post",
            "Hoekstra",
            "van der Linden",
            "Kramer",
            "Scholten",
            "Timmermans",
            "de Haan",
            "Wolters",
            "Verhoeven",
            "Molenaar",
            "Bosman",
            "Zijlstra",
            "Hermans",
            "Vink",
            "Westra",
            "Stam",
            "Koning",
            "van Wijk",
            "Verbeek",
        ],
    ),
    "turkish": (
        [
            "Emre",
            "Mehmet",
            "Ayşe",
            "Elif",
            "Yusuf",
            "Zeynep",
            "Burak",
            "Kaan",
            "Merve",
            "Hakan",
            "Fatma",
            "Selin",
            "Murat",
            "Serkan",
            "Esra",
            "Cem",
            "Deniz",
            "Ömer",
            "Tuba",
            "Kübra",
            "Onur",
            "Büşra",
            "Sibel",
            "Gökhan",
        ],
        [
            "Yılmaz",  # noqa: RUF001
            "Kaya",
            "Demir",
            "Şahin",
            "Çelik",
            "Yıldız",  # noqa: RUF001
            "Öztürk",
            "Aydın",  # noqa: RUF001
            "Arslan",
            "Doğan",
            "Koç",
            "Kurt",
            "Polat",
            "Aksoy",
            "Erdem",
            "Güneş",
        ],
    ),
    "moroccan": (
        [
            "Mohamed",
            "Youssef",
            "Fatima",
            "Samira",
            "Bilal",
            "Noor",
            "Imane",
            "Hamza",
            "Yassine",
            "Soufiane",
            "Khadija",
            "Nadia",
            "Said",
            "Anass",
            "Ilham",
            "Rachid",
            "Zakaria",
            "Salma",
            "Ayoub",
            "Meryem",
            "Mustafa",
            "Hafsa",
            "Ikram",
            "Othman",
        ],
        [
            "El Amrani",
            "Bouzid",
            "Benali",
            "El Idrissi",
            "Azzouzi",
            "Ouali",
            "El Khatib",
            "Bakkali",
            "Haddou",
            "Tahiri",
            "Amrani",
            "Chaoui",
            "Ziani",
            "Boukhari",
            "El Mansouri",
            "Ait Brahim",
        ],
    ),
    "english": (
        [
            "Sarah",
            "James",
            "Emily",
            "Tom",
            "Chloe",
            "Daniel",
            "Rachel",
            "Oliver",
            "Hannah",
            "Jack",
            "Megan",
            "Liam",
            "Grace",
            "Ryan",
            "Olivia",
            "Matt",
            "Katie",
            "Ben",
            "Amy",
            "Josh",
            "Priya",
            "Arjun",
            "Ananya",
            "Rohan",
            "Piotr",
            "Kasia",
            "Tomasz",
            "Giulia",
            "Marco",
            "Chiara",
            "Luca",
            "Nikos",
            "Ana",
            "Mei",
            "Wei",
            "Kenji",
            "Aisha",
            "Chidi",
            "Tunde",
            "Siobhan",
            "Connor",
            "Zoe",
            "Ethan",
            "Maya",
        ],
        [
            "Smith",
            "Jones",
            "Taylor",
            "Brown",
            "Williams",
            "Wilson",
            "Evans",
            "Thomas",
            "Roberts",
            "Walker",
            "Wright",
            "Hughes",
            "Green",
            "Hall",
            "Clarke",
            "Patel",
            "Sharma",
            "Iyer",
            "Kowalski",
            "Nowak",
            "Rossi",
            "Bianchi",
            "Okafor",
            "Chen",
            "Murphy",
            "O'Brien",
            "Kelly",
            "Fraser",
            "Campbell",
            "Reid",
            "Adeyemi",
            "Nakamura",
        ],
    ),
    "german": (
        [
            "Lukas",
            "Anna",
            "Jonas",
            "Katrin",
            "Jürgen",
            "Stefan",
            "Sabine",
            "Thomas",
            "Andrea",
            "Michael",
            "Julia",
            "Felix",
            "Lea",
            "Tobias",
            "Monika",
            "Uwe",
            "Birgit",
            "Klaus",
            "Leonie",
            "Max",
            "Sophie",
            "Moritz",
            "Petra",
            "Dieter",
            "Franziska",
            "Lena",
            "Heike",
            "Ralf",
            "Jens",
            "Nina",
        ],
        [
            "Müller",
            "Schmidt",
            "Schneider",
            "Fischer",
            "Weber",
            "Meyer",
            "Wagner",
            "Becker",
            "Schulz",
            "Hoffmann",
            "Koch",
            "Richter",
            "Klein",
            "Wolf",
            "Schröder",
            "Neumann",
            "Schwarz",
            "Zimmermann",
            "Braun",
            "Krüger",
            "Hartmann",
            "Lange",
            "Werner",
            "Krause",
            "Lehmann",
        ],
    ),
    "spanish": (
        [
            "Lucía",
            "Javier",
            "Carmen",
            "Pablo",
            "Marta",
            "Alejandro",
            "Sofía",
            "Diego",
            "Elena",
            "Sergio",
            "Laura",
            "Álvaro",
            "Paula",
            "Daniel",
            "Irene",
            "Carlos",
            "Nuria",
            "Raúl",
            "Andrea",
            "Jorge",
            "Cristina",
            "Adrián",
            "Marina",
            "Iván",
            "Rocío",
        ],
        [
            "García",
            "Martínez",
            "López",
            "Sánchez",
            "González",
            "Pérez",
            "Rodríguez",
            "Fernández",
            "Gómez",
            "Díaz",
            "Moreno",
            "Muñoz",
            "Álvarez",
            "Romero",
            "Navarro",
            "Torres",
            "Ruiz",
            "Jiménez",
            "Serrano",
            "Molina",
        ],
    ),
}
AUTHOR_GROUPS = [
    # (group, how many, languages, Pareto tail, has a home street in Zeestad)
    ("dutch", 300, {"nl": 0.88, "en": 0.12}, 0.85, 0.7),
    ("turkish", 42, {"nl": 0.85, "en": 0.15}, 0.85, 0.7),
    ("moroccan", 48, {"nl": 0.87, "en": 0.13}, 0.85, 0.7),
    ("english", 150, {"en": 0.93, "nl": 0.07}, 1.0, 0.5),
    ("german", 70, {"de": 0.85, "en": 0.15}, 2.6, 0.1),
    ("spanish", 70, {"es": 0.86, "en": 0.14}, 2.6, 0.1),
]
ACTIVITY_CAP = 45
NICKNAMES = {
    "dutch": [
        "tramhater",
        "zeestadse_mama",
        "fietsfanaat",
        "havenrat",
        "duinloper",
        "boulevardboy",
        "zeemeeuw",
        "strandtentfan",
        "vissersbuurter",
        "kustkind",
        "molenmeisje",
        "zeestadbewoner",
        "oudehavenaar",
        "sneltramfan",
        "buurtapp_kees",
        "ergernisje",
        "brommerbart",
        "koffieleut",
        "regenpijp",
        "buienradar",
        "klagendekees",
        "altijdtelaat",
        "zuurpruim",
        "fietsbel",
        "kapotte_lamp",
    ],
    "english": [
        "expat_in_zee",
        "tulipdreams",
        "windycyclist",
        "lost_in_NL",
        "dutchlearner",
        "stroopwafelfan",
        "cycling_expat",
        "rainydays",
        "northsea_nomad",
    ],
    "german": ["strandkorb", "nordseeliebe", "urlaub_nl", "camper_klaus", "wattwanderer"],
    "spanish": ["viajera", "erasmus_zst", "paella_lover", "mochilero", "sol_y_lluvia"],
}
NAME_EMOJI = ["🌊", "🚲", "⚓", "🌷", "☕", "🐟", "🌻", "⚽", "🎸", "🐶"]
SPAM_PROFILES = [
    ("crypto_king8841", "Crypto King 👑", "en"),
    ("followback_now", "Follow Back 💯", "en"),
    ("earn_daily247", "Earn Daily 💸", "en"),
    ("moonshot_ape", "MoonShot 🚀", "en"),
    ("giveaway_mngr", "Giveaway Manager", "en"),
    ("nftqueen_x", "NFT Queen", "en"),
    ("lisa_forex_coach", "Lisa | Forex Coach", "en"),
    ("growth_hub_pro", "Growth Hub", "en"),
    ("vpn_dealz", "VPN Dealz", "en"),
    ("mia_trades", "Mia Trades 📈", "en"),
    ("snelrijk_nl", "Snel Rijk 💰", "nl"),
    ("volgtrein_nl", "Volgtrein 🚂", "nl"),
    ("winactie_nl2", "Winactie NL", "nl"),
    ("crypto_bram_", "Bram Crypto", "nl"),
    ("gewinn_jetzt", "Gewinn Jetzt", "de"),
    ("kryptomax_de", "KryptoMax", "de"),
    ("gana_dinero_ya", "Gana Dinero", "es"),
    ("sorteo_oficial_", "Sorteo 🎁", "es"),
    ("dm_for_promo", "Promo DM", "en"),
    ("bitwave_signal", "BitWave Signals", "en"),
]

# --------------------------------------------------------------------------------------------
# Incident timing: when each spike happens and how many citizen posts it brings.
# Days count back from today (0); "envelope" shapes intensity over the hours since the start.
# --------------------------------------------------------------------------------------------


def day_start(day: int) -> int:
    """Offset of local midnight at the start of `day` (0 = today, -1 = yesterday)."""
    return -NOW_MINUTE_OF_DAY + day * 1440


def at(day: int, hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return day_start(day) + int(hours) * 60 + int(minutes)


INCIDENTS = {
    # Autumn storm on a Thursday: wind peaks in the afternoon, damage reports into Friday.
    "storm": {
        "start": at(-39, "09:00"),
        "hours": 40,
        "count": 170,
        "envelope": lambda h: 0.3 + h / 7 if h < 7 else math.exp(-(h - 7) / 10),
    },
    # Overhead line failure on a Tuesday morning rush hour.
    "tram_outage": {
        "start": at(-20, "06:35"),
        "hours": 12,
        "count": 105,
        "envelope": lambda h: math.exp(-h / 2.5) + 0.04,
    },
    # Cold snap from Saturday evening to Tuesday night, worst on the Monday morning commute.
    "cold": {
        "start": at(-9, "18:00"),
        "hours": 76,
        "count": 120,
        "envelope": lambda h: 3.0 if 36 <= h < 42 else 1.0,
    },
    # Three weeks of quay works on the Havenkade: a steady trickle, more in the first days.
    "havenkade": {
        "start": at(-28, "06:00"),
        "hours": 18 * 24 + 12,
        "count": 70,
        "envelope": lambda h: 1 + 2 * math.exp(-h / 48),
    },
}
# Share of incident posts written from an ordinary topic template (plus an incident opener).
INCIDENT_BASE_SHARE = {"storm": 0.3, "tram_outage": 0.45, "cold": 0.4, "havenkade": 0.5}
# Fixed slot values that tie an incident's posts together (same street, same tram line).
INCIDENT_SLOTS = {
    "storm": {},
    "tram_outage": {"tram": 2, "tram2": 3, "stop": "Zeestad Centraal", "stop2": "Vismarkt"},
    "cold": {"tram": 3, "stop": "Molenbrug", "stop2": "Duinpoort"},
    "havenkade": {"street": "Havenkade", "street2": "Noorderkade", "street3": "Vissersstraat"},
}
# The city's posts at the incident moments: (day, time, account, topic, lang, template, slots).
OWN_SCHEDULE = [
    # storm
    (-40, "14:05", "central", "storm_warning", "nl", 0, "storm"),
    (-40, "14:10", "central-facebook", "storm_warning", "nl", 0, "storm"),
    (-40, "14:30", "central-mastodon", "storm_warning", "nl", 0, "storm"),
    (-40, "15:20", "central", "storm_warning", "en", 0, "storm"),
    (-40, "16:00", "public-works", "storm_warning", "nl", 1, "storm"),
    (-39, "08:30", "central", "storm_warning", "nl", 2, "storm"),
    (-39, "09:15", "central", "storm_warning", "nl", 3, "storm"),
    (-39, "12:45", "public-works", "storm_update", "nl", 2, "storm"),
    (-39, "16:10", "transit", "storm_update", "nl", 3, "storm"),
    (-39, "21:30", "central", "storm_update", "nl", 1, "storm"),
    (-38, "07:45", "public-works", "storm_update", "nl", 0, "storm"),
    (-38, "07:50", "central-facebook", "storm_update", "nl", 0, "storm"),
    (-38, "11:00", "central", "thanks", "nl", 1, "storm"),
    (-38, "11:05", "central-facebook", "thanks", "nl", 1, "storm"),
    (-37, "10:00", "public-works", "storm_update", "nl", 1, "storm"),
    # quay works on the Havenkade
    (-35, "10:00", "traffic", "roadworks", "nl", 1, "havenkade"),
    (-35, "10:05", "central", "roadworks", "nl", 3, "havenkade"),
    (-35, "10:30", "central-facebook", "roadworks", "nl", 1, "havenkade"),
    (-29, "15:00", "traffic", "roadworks", "nl", 0, "havenkade"),
    (-28, "07:00", "traffic", "roadworks_update", "nl", 2, "havenkade"),
    (-28, "07:05", "traffic", "roadworks", "en", 0, "havenkade"),
    (-21, "11:00", "traffic", "roadworks_update", "nl", 1, "havenkade"),
    (-14, "14:00", "traffic", "roadworks_update", "nl", 3, "havenkade"),
    (-10, "16:00", "traffic", "road_reopened", "nl", 1, "havenkade"),
    (-10, "16:05", "central", "road_reopened", "nl", 0, "havenkade"),
    (-10, "16:30", "central-facebook", "road_reopened", "nl", 1, "havenkade"),
    (-9, "10:00", "central", "thanks", "nl", 3, "havenkade"),
    # tram outage
    (-20, "06:52", "transit", "transit_disruption", "nl", 1, "tram_outage"),
    (-20, "07:05", "transit", "transit_disruption", "en", 1, "tram_outage"),
    (-20, "07:40", "transit", "transit_update", "nl", 0, "tram_outage"),
    (-20, "07:45", "central", "transit_disruption", "nl", 1, "tram_outage"),
    (-20, "07:50", "central-mastodon", "transit_disruption", "nl", 1, "tram_outage"),
    (-20, "09:10", "transit", "transit_update", "nl", 1, "tram_outage"),
    (-20, "09:15", "transit", "transit_update", "en", 0, "tram_outage"),
    (-20, "11:50", "transit", "transit_restored", "nl", 1, "tram_outage"),
    (-20, "12:00", "central", "transit_restored", "nl", 0, "tram_outage"),
    (-20, "16:30", "transit", "transit_update", "nl", 2, "tram_outage"),
    # cold snap
    (-10, "15:00", "public-works", "gritting", "nl", 0, "cold"),
    (-10, "15:10", "central-facebook", "gritting", "nl", 2, "cold"),
    (-9, "20:00", "public-works", "gritting", "nl", 0, "cold"),
    (-8, "05:45", "public-works", "gritting", "nl", 1, "cold"),
    (-8, "06:10", "central", "gritting", "nl", 3, "cold"),
    (-7, "06:20", "transit", "transit_disruption", "nl", 3, "cold"),
    (-7, "06:40", "central", "gritting", "en", 0, "cold"),
    (-7, "08:30", "central-mastodon", "gritting", "nl", 3, "cold"),
    (-7, "09:00", "central-facebook", "gritting", "nl", 1, "cold"),
    (-6, "13:00", "public-works", "thanks", "nl", 4, "cold"),
]

# --------------------------------------------------------------------------------------------
# Channels and rendering knobs
# --------------------------------------------------------------------------------------------

TEXT_LIMIT = {"x": 280, "mastodon": 500, "facebook": 2000}
# Facebook pages draw more comments per post than X does replies (and a Mastodon crowd is
# chattier than its follower count suggests).
NETWORK_REPLY_WEIGHT = {"x": 1.0, "facebook": 2.2, "mastodon": 1.3}
REPLY_CAP = 40  # replies kept in the data set per own post
THREAD_SHARE = 0.2  # share of replies on X/Mastodon answering another citizen
DM_SHARE = 0.075  # background and incident posts sent as a direct message
FOLLOWUP_SHARE = 0.055
FOLLOWUP_EXPECTED = 65
ROUGHEN = {  # probability of (slang, typo) per language
    "nl": (0.25, 0.17),
    "en": (0.2, 0.12),
    "de": (0.1, 0.08),
    "es": (0.15, 0.08),
}
HASHTAG_SHARE = {"nl": 0.22, "en": 0.12, "de": 0.1, "es": 0.1}
MORE_INFO = {
    "nl": ["Meer info:", "Lees meer:", "Alles op een rij:", "👉"],
    "en": ["More info:", "Details:", "👉"],
}
FACEBOOK_OUTRO = {
    "nl": "Vragen? Stel ze hieronder of stuur ons een bericht.",
    "en": "Questions? Ask below or send us a message.",
}
NEUTRAL_SLOTS = {
    "street",
    "street2",
    "street3",
    "square",
    "hood",
    "stop",
    "stop2",
    "tram",
    "tram2",
    "bus",
    "bridge",
    "park",
    "n",
    "num",
}
LANGUAGES = list(LANGUAGE_MIX)
DEPARTMENTS = list(DEPARTMENT_MIX)


# ============================================================================================
# Time helpers
# ============================================================================================


def local_clock(offset: int) -> tuple[int, int]:
    """(weekday with Monday = 0, hour) of an offset, given that offset 0 is Monday 12:00."""
    minute = NOW_MINUTE_OF_DAY + offset
    return (minute // 1440) % 7, (minute % 1440) // 60


def hour_start(index: int) -> int:
    return -SPAN_MINUTES + index * 60


def hour_profile(weekday_hours: list, weekend_hours: list, weekend_factor: float) -> list:
    weights = []
    for index in range(HOURS_IN_SPAN):
        weekday, hour = local_clock(hour_start(index))
        if weekday >= 5:
            weights.append(weekend_hours[hour] * weekend_factor)
        else:
            weights.append(weekday_hours[hour])
    return weights


CITIZEN_PROFILE = hour_profile(CITIZEN_WEEKDAY_HOURS, CITIZEN_WEEKEND_HOURS, WEEKEND_FACTOR)
OWN_PROFILE = hour_profile(OWN_WEEKDAY_HOURS, OWN_WEEKEND_HOURS, 1.0)


def sample_offset(
    rng: Random, profile: list, lo: int = -SPAN_MINUTES, hi: int = 0, envelope=None
) -> int:
    """A minute in [lo, hi), picked by hourly weight (times an optional envelope over the
    hours since lo), then uniformly within the hour."""
    first = max((lo + SPAN_MINUTES) // 60, 0)
    last = min((hi - 1 + SPAN_MINUTES) // 60, HOURS_IN_SPAN - 1)
    indices = range(first, last + 1)
    weights = [
        profile[i] * (envelope((hour_start(i) + 30 - lo) / 60) if envelope else 1.0)
        for i in indices
    ]
    index = rng.choices(indices, weights=weights)[0]
    return rng.randrange(max(lo, hour_start(index)), min(hi, hour_start(index) + 60))


# ============================================================================================
# Small helpers
# ============================================================================================


def weighted_key(rng: Random, weights: dict):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def topic_for_department(rng: Random, department: str, exclude: tuple = ()) -> str:
    weights = {
        key: spec["weight"]
        for key, spec in TOPICS.items()
        if spec["department"] == department and key not in exclude
    }
    return weighted_key(rng, weights)


def ascii_fold(text: str) -> str:
    text = text.replace("ı", "i").replace("ß", "ss").replace("'", "")  # noqa: RUF001
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9_]", "", folded)


def strip_accents(text: str) -> str:
    """How a Spanish visitor types on a Dutch keyboard: no accents, no inverted marks."""
    text = text.replace("¿", "").replace("¡", "").replace("ñ", "n")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def umlauts_to_ascii(text: str) -> str:
    """German typed without umlauts: Strassenlaterne, Muell, fuer."""
    for a, b in (
        ("ä", "ae"),
        ("ö", "oe"),
        ("ü", "ue"),
        ("Ä", "Ae"),
        ("Ö", "Oe"),
        ("Ü", "Ue"),
        ("ß", "ss"),
    ):
        text = text.replace(a, b)
    return text


def lower_first(text: str) -> str:
    if not text or text[:2].isupper():  # keep "ALLES", "OV-chipkaart"
        return text
    return text[0].lower() + text[1:]


def upper_first(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


def largest_remainder(rng: Random, shares: dict, n: int) -> list:
    """n labels in proportion to shares, shuffled."""
    total = sum(shares.values()) or 1.0
    raw = {key: shares[key] / total * n for key in shares}
    counts = {key: int(raw[key]) for key in shares}
    rest = n - sum(counts.values())
    for key in sorted(shares, key=lambda k: raw[k] - counts[k], reverse=True)[:rest]:
        counts[key] += 1
    labels = [key for key in shares for _ in range(counts[key])]
    rng.shuffle(labels)
    return labels


# ============================================================================================
# Template slots
# ============================================================================================


class Slots(dict):
    """Slot values for one text, drawn lazily so a template only draws what it uses. A value
    drawn once is reused, so "{street}" twice in a template names the same street."""

    def __init__(
        self, rng: Random, lang: str, fixed: dict | None = None, home_street: str | None = None
    ):
        super().__init__(fixed or {})
        self.rng = rng
        self.lang = lang
        self.home_street = home_street

    def __missing__(self, key: str):
        value = draw_slot(self, key)
        self[key] = value
        return value

    def neutral(self) -> dict:
        return {key: value for key, value in self.items() if key in NEUTRAL_SLOTS}


def _distinct(rng: Random, pool: list, slots: Slots, group: tuple):
    taken = {slots[key] for key in group if key in slots}
    return rng.choice([value for value in pool if value not in taken])


def _clock_time(rng: Random, lang: str, hour: int, minute: int, style: int) -> str:
    if lang == "nl" and style == 1:
        return f"{hour}.{minute:02d}"
    if lang == "nl" and style == 2:
        return f"{hour}u{minute:02d}"
    return f"{hour}:{minute:02d}"


def draw_slot(slots: Slots, key: str):
    rng, lang = slots.rng, slots.lang
    if key in ("street", "street2", "street3"):
        if key == "street" and slots.home_street and rng.random() < 0.45:
            return slots.home_street
        return _distinct(rng, STREETS, slots, ("street", "street2", "street3"))
    if key in ("stop", "stop2"):
        return _distinct(rng, STOPS, slots, ("stop", "stop2"))
    if key in ("tram", "tram2"):
        return _distinct(rng, TRAMS, slots, ("tram", "tram2"))
    simple = {
        "square": SQUARES,
        "hood": HOODS,
        "bus": BUSES,
        "bridge": BRIDGES,
        "park": PARKS,
        "emo": EMO_ANGRY,
        "happy": EMO_HAPPY,
        "coin": COINS,
        "spamhandle": SPAM_MENTIONS,
        "min": [10, 12, 15, 20, 25, 30, 35, 40, 45],
    }
    if key in simple:
        return rng.choice(simple[key])
    by_language = {
        "landmark": LANDMARKS,
        "since": SINCE,
        "weekday": WEEKDAYS,
        "when": WHEN,
        "job": JOBS,
    }
    if key in by_language:
        table = by_language[key]
        return rng.choice(table.get(lang) or table["en"])
    if key == "days":
        return rng.randint(2, 14)
    if key == "num":
        return rng.randint(1, 180)
    if key == "n":
        return rng.randint(2, 6)
    if key == "n2":
        return rng.randrange(20, 141, 5)
    if key == "n3":
        return f"{rng.randrange(1200, 4800, 10):,}".replace(",", ".")
    if key == "weeks":
        return rng.randint(2, 8)
    if key in ("time", "time2"):
        hour, minute = rng.randint(6, 21), rng.randrange(0, 60, 1)
        style = rng.randrange(3)
        first = _clock_time(rng, lang, hour, minute, style)
        later = hour * 60 + minute + rng.choice([20, 25, 30, 40, 45])
        second = _clock_time(rng, lang, later // 60, later % 60, style)
        slots["time"], slots["time2"] = first, second
        return first if key == "time" else second
    raise KeyError(key)


# ============================================================================================
# Authors
# ============================================================================================


@dataclass
class Author:
    id: str
    handle: str
    name: str
    first: str
    group: str
    langs: dict
    activity: float
    home_street: str | None

    @property
    def primary(self) -> str:
        return max(self.langs, key=self.langs.get)

    def as_json(self) -> dict:
        return {"id": self.id, "handle": self.handle, "name": self.name}


def make_handle(rng: Random, first: str, last: str, group: str, taken: set) -> str:
    f, s = ascii_fold(first).lower(), ascii_fold(last).lower()
    place = ascii_fold(rng.choice(STREETS + HOODS)).lower()
    place_code = "".join(c for c in place if c not in "aeiou")[:3]
    year = rng.randint(1958, 2006)
    nick = rng.choice(NICKNAMES.get(group, NICKNAMES["dutch"]))
    styles = [
        (14, lambda: f"{f}_{place_code}"),
        (14, lambda: f"{f}{s}"),
        (12, lambda: f"{f}{year}"),
        (8, lambda: f"{f}{year % 100:02d}"),
        (10, lambda: f"{f}_{s[:1]}{rng.randint(1, 99)}"),
        (10, lambda: f"{nick}{rng.choice(['', '', str(rng.randint(1, 999))])}"),
        (8, lambda: f"{s}_{f[:1]}"),
        (8, lambda: ascii_fold(first) + ascii_fold(last).title().replace(" ", "")),
        (6, lambda: f"{f}__{s[:4]}"),
        (4, lambda: f"xX{f}Xx"),
        (6, lambda: f"{f}.{s}".replace(".", "_")),
    ]
    make = rng.choices([fn for _, fn in styles], weights=[w for w, _ in styles])[0]
    handle = make()[:15].strip("_") or f"user{rng.randint(100, 999)}"
    while handle.lower() in taken:
        handle = f"{handle[:12]}{rng.randint(2, 99)}"
    taken.add(handle.lower())
    return handle


def make_display_name(rng: Random, first: str, last: str, group: str, handle: str) -> str:
    roll = rng.random()
    if roll < 0.30:
        surname_initial = next((p[0] for p in last.split() if p[0].isupper()), last[0])
        return f"{first} {surname_initial}."
    if roll < 0.60:
        return f"{first} {last}"
    if roll < 0.74:
        return first
    if roll < 0.84:
        return f"{first} {rng.choice(NAME_EMOJI)}"
    if roll < 0.94:
        return handle.replace("_", " ").strip()
    if group in ("dutch", "turkish", "moroccan"):
        return f"{first} uit {rng.choice(HOODS)}"
    return f"{first} in Zeestad"


def build_authors(rng: Random) -> tuple[list[Author], list[Author]]:
    taken = {account["handle"].lower() for account in ACCOUNTS}
    people = []
    for group, count, langs, tail, home_share in AUTHOR_GROUPS:
        firsts, lasts = NAMES[group]
        for _ in range(count):
            first, last = rng.choice(firsts), rng.choice(lasts)
            handle = make_handle(rng, first, last, group, taken)
            own_langs = dict(langs)
            if rng.random() < 0.3:  # many people only ever write in one language
                own_langs = {max(langs, key=langs.get): 1.0}
            people.append(
                Author(
                    id="",
                    handle=handle,
                    name=make_display_name(rng, first, last, group, handle),
                    first=first,
                    group=group,
                    langs=own_langs,
                    activity=min(ACTIVITY_CAP, rng.paretovariate(tail)),
                    home_street=rng.choice(STREETS) if rng.random() < home_share else None,
                )
            )
    spammers = []
    for handle, name, lang in SPAM_PROFILES:
        taken.add(handle.lower())
        spammers.append(
            Author(
                id="",
                handle=handle,
                name=name,
                first=name.split()[0],
                group="spam",
                langs={lang: 1.0},
                activity=1.0,
                home_street=None,
            )
        )
    everyone = people + spammers
    rng.shuffle(everyone)  # ids should not reveal where a name came from
    for number, author in enumerate(everyone, start=1):
        author.id = f"zs-u-{number:04d}"
    return people, spammers


# ============================================================================================
# The city's own posts
# ============================================================================================


@dataclass
class OwnPost:
    account: str
    topic: str
    lang: str
    offset: int
    fixed: dict = field(default_factory=dict)
    template: int | None = None
    scheduled: bool = False
    text: str = ""
    has_media: bool = False
    has_link: bool = False
    final: dict = field(default_factory=dict)
    half_life: float = 6.0
    slots: dict = field(default_factory=dict)
    id: str = ""

    @property
    def network(self) -> str:
        return ACCOUNT_BY_KEY[self.account]["network"]


def plan_own_posts(rng: Random) -> list[OwnPost]:
    posts = []
    for day, hhmm, account, topic, lang, template, slot_key in OWN_SCHEDULE:
        posts.append(
            OwnPost(
                account=account,
                topic=topic,
                lang=lang,
                offset=at(day, hhmm),
                fixed=dict(INCIDENT_SLOTS[slot_key]),
                template=template,
                scheduled=True,
            )
        )
    for account, count in OWN_BACKGROUND_POSTS.items():
        weights = ACCOUNT_TOPIC_WEIGHTS[account]
        for _ in range(count):
            topic = weighted_key(rng, weights)
            cfg = OWN_TOPICS[topic]
            lang = "en" if "en" in cfg and rng.random() < cfg["en_share"] else "nl"
            offset = sample_offset(rng, OWN_PROFILE, hi=-45)
            posts.append(OwnPost(account=account, topic=topic, lang=lang, offset=offset))
    posts.sort(key=lambda post: post.offset)
    return posts


def render_own_post(rng: Random, post: OwnPost, seen: set) -> None:
    cfg = OWN_TOPICS[post.topic]
    network = post.network
    post.has_media = rng.random() < cfg["media"]
    post.has_link = rng.random() < cfg["link"]
    for _ in range(12):
        slots = Slots(rng, post.lang, post.fixed)
        templates = cfg[post.lang]
        template = (
            templates[post.template] if post.template is not None else (rng.choice(templates))
        )
        text = upper_first(template.format_map(slots))
        if network == "facebook" and rng.random() < 0.35:
            text += " " + FACEBOOK_OUTRO[post.lang]
        if network != "facebook" and rng.random() < 0.3:
            text += " #Zeestad" if network == "mastodon" else " #zeestad"
        link = f" {rng.choice(MORE_INFO[post.lang])} {LINK_BASE}/{cfg['path']}"
        if post.has_link and len(text) + len(link) <= TEXT_LIMIT[network]:
            text += link
        if text not in seen:
            break
    if post.has_link and LINK_BASE not in text:
        post.has_link = False  # the link did not fit in the post
    seen.add(text)
    post.text = text
    post.slots = slots.neutral()


def own_engagement(rng: Random, post: OwnPost) -> None:
    """The engagement a post ends up with: followers, topic and media set the scale, a
    log-normal spread does the rest, plus a few duds and a few posts that go viral."""
    cfg = OWN_TOPICS[post.topic]
    account = ACCOUNT_BY_KEY[post.account]
    network = account["network"]
    low, high = cfg["half_life"]
    post.half_life = round(min(24.0, max(2.0, rng.uniform(low, high))), 1)
    scale = cfg["appeal"] * (1.35 if post.has_media else 1.0) * (1.12 if post.has_link else 1.0)
    if post.lang == "en":
        scale *= 0.7  # fewer followers read the English posts
    roll = rng.random()
    if roll < 0.05 and not post.scheduled:
        likes = shares = replies = quotes = 0
        impressions = round(account["followers"] * rng.uniform(0.01, 0.05))
    else:
        viral = rng.uniform(8, 28) if roll > 0.972 else 1.0
        likes = max(
            1, round(ACCOUNT_BASE_LIKES[post.account] * scale * viral * rng.lognormvariate(0, 0.55))
        )
        shares = round(likes * cfg["share_rate"] * rng.uniform(0.5, 1.5))
        replies = round(likes * cfg["reply_rate"] * rng.uniform(0.5, 1.5))
        quotes = round(likes * rng.uniform(0.0, 0.06))
        if network == "mastodon":
            quotes = round(likes * rng.uniform(0.0, 0.02))
        impressions = round(
            likes * rng.uniform(45, 110)
            + account["followers"] * rng.uniform(0.05, 0.2) * min(viral, 4)
        )
    post.final = {
        "likes": likes,
        "shares": shares,
        "replies": replies,
        "quotes": 0 if network == "facebook" else quotes,
        "impressions": impressions if network == "x" else None,
    }


# ============================================================================================
# Citizen posts: planning (when, where, what about, in which language)
# ============================================================================================


@dataclass
class CitizenPost:
    offset: int
    lang: str
    department: str
    kind: str
    account: str
    # base | incident | reply | offtopic | agree | friendtag | followup | spam
    source: str
    topic: str = ""
    group: dict | None = None  # the incident group or reply-set entry the text comes from
    incident: str = ""
    parent_own: OwnPost | None = None  # in_reply_to an own post
    parent_citizen: CitizenPost | None = None  # in_reply_to a citizen post
    addressee: CitizenPost | None = None  # someone the text answers (Facebook: only in text)
    fixed: dict = field(default_factory=dict)
    author: Author | None = None
    text: str = ""
    slots: dict = field(default_factory=dict)
    id: str = ""

    @property
    def network(self) -> str:
        return ACCOUNT_BY_KEY[self.account]["network"]

    @property
    def root(self) -> OwnPost | None:
        post = self
        while post.parent_citizen is not None:
            post = post.parent_citizen
        return post.parent_own


def x_account_for(rng: Random, department: str) -> str:
    """Half of the complaints go to the central account, most others to the right department,
    and some land at the wrong department."""
    roll = rng.random()
    if roll < 0.5:
        return "central"
    if roll < 0.88:
        return DEPARTMENT_ACCOUNT[department]
    return rng.choice(["traffic", "public-works", "transit"])


def choose_channel(rng: Random, department: str) -> tuple[str, str]:
    """(kind, account) for a post that is not a reply."""
    if rng.random() < DM_SHARE:
        network = rng.choices(["x", "facebook", "mastodon"], weights=[55, 30, 15])[0]
        account = {
            "x": x_account_for(rng, department),
            "facebook": "central-facebook",
            "mastodon": "central-mastodon",
        }[network]
        return "direct_message", account
    if rng.random() < 0.14:
        return "mention", "central-mastodon"
    return "mention", x_account_for(rng, department)


def plan_incident_posts(rng: Random) -> list[CitizenPost]:
    posts = []
    for incident, spec in INCIDENTS.items():
        groups = INCIDENT_GROUPS[incident]
        end = spec["start"] + spec["hours"] * 60
        for _ in range(spec["count"]):
            group = rng.choices(groups, weights=[g["weight"] for g in groups])[0]
            lang = weighted_key(rng, LANGUAGE_MIX)
            kind, account = choose_channel(rng, group["department"])
            fixed = {}
            if incident == "havenkade":
                fixed = {"street": "Havenkade", "street3": "Vissersstraat"}
            elif incident == "tram_outage":
                fixed = {"tram": rng.choice([2, 3])}
                if rng.random() < 0.5:
                    fixed["stop"] = "Zeestad Centraal"
            posts.append(
                CitizenPost(
                    offset=sample_offset(
                        rng, CITIZEN_PROFILE, spec["start"], end, spec["envelope"]
                    ),
                    lang=lang,
                    department=group["department"],
                    kind=kind,
                    account=account,
                    source="incident",
                    topic=group["topic"],
                    group=group,
                    incident=incident,
                    fixed=fixed,
                )
            )
    return posts


def reply_fraction(own_posts: list[OwnPost]) -> float:
    """The share of each post's final reply count that is kept as actual citizen replies,
    tuned so the total comes out near REPLY_TARGET."""
    fraction = 0.3
    for _ in range(30):
        total = sum(
            min(REPLY_CAP, post.final["replies"] * NETWORK_REPLY_WEIGHT[post.network] * fraction)
            for post in own_posts
        )
        fraction *= REPLY_TARGET / max(total, 1)
    return fraction


def reply_topic(rng: Random, post: OwnPost, lang: str) -> tuple[str, str, dict | None]:
    """(source, department, reply-set entry) for a reply: mostly about the post itself,
    otherwise an unrelated complaint dropped under the city's post."""
    if rng.random() < 0.66:
        entries = [e for e in REPLY_SETS[OWN_TOPICS[post.topic]["replies"]] if lang in e]
        if entries:
            entry = rng.choices(entries, weights=[e["weight"] for e in entries])[0]
            return "reply", entry["department"], entry
    return "offtopic", weighted_key(rng, DEPARTMENT_MIX), None


def plan_replies(rng: Random, own_posts: list[OwnPost]) -> list[CitizenPost]:
    fraction = reply_fraction(own_posts)
    posts = []
    for post in own_posts:
        wanted = post.final["replies"] * NETWORK_REPLY_WEIGHT[post.network] * fraction
        count = min(REPLY_CAP, int(wanted + rng.random()))
        if count == 0:
            continue
        facebook = post.network == "facebook"
        kind = "comment" if facebook else "reply"
        threaded = 0 if facebook else round(count * THREAD_SHARE)
        mean_delay = post.half_life * 60 * 0.35  # most replies come in the first hours
        thread: list[CitizenPost] = []
        for _ in range(count - threaded):
            offset = post.offset + 1 + int(rng.expovariate(1 / mean_delay))
            if offset >= 0:
                continue
            lang = post.lang if rng.random() < 0.7 else weighted_key(rng, LANGUAGE_MIX)
            if facebook and thread and rng.random() < 0.22:
                # Facebook comments that talk to other commenters, or tag a friend.
                other = rng.choice(thread)
                source = "agree" if rng.random() < 0.55 else "friendtag"
                department = other.department if source == "agree" else "communication"
                reply = CitizenPost(
                    offset=offset,
                    lang=lang,
                    department=department,
                    kind=kind,
                    account=post.account,
                    source=source,
                    topic=other.topic,
                    group=other.group,
                    parent_own=post,
                    addressee=other,
                )
            elif not facebook and rng.random() < 0.02:
                reply = CitizenPost(
                    offset=offset,
                    lang=lang,
                    department="communication",
                    kind=kind,
                    account=post.account,
                    source="spam",
                    topic="spam",
                    parent_own=post,
                )
            else:
                source, department, entry = reply_topic(rng, post, lang)
                topic = "" if entry else topic_for_department(rng, department, ("spam",))
                reply = CitizenPost(
                    offset=offset,
                    lang=lang,
                    department=department,
                    kind=kind,
                    account=post.account,
                    source=source,
                    topic=topic,
                    group=entry,
                    parent_own=post,
                    fixed=dict(post.slots) if entry else {},
                )
            thread.append(reply)
        for _ in range(threaded):
            candidates = [r for r in thread if r.source != "spam" and r.offset < -2]
            if not candidates:
                break
            parent = rng.choice(candidates)
            offset = parent.offset + 1 + int(rng.expovariate(1 / 50))
            if offset >= 0:
                continue
            lang = parent.lang if rng.random() < 0.85 else weighted_key(rng, LANGUAGE_MIX)
            thread.append(
                CitizenPost(
                    offset=offset,
                    lang=lang,
                    department=parent.department,
                    kind="reply",
                    account=post.account,
                    source="agree",
                    topic=parent.topic,
                    group=parent.group,
                    parent_citizen=parent,
                    addressee=parent,
                )
            )
        posts.extend(thread)
    return posts


def plan_background(rng: Random, existing: list[CitizenPost]) -> list[CitizenPost]:
    """Ordinary mentions and DMs spread over the eight weeks. Their languages and departments
    make up whatever the spikes and replies leave over, so the totals match the target mix."""
    count = CITIZEN_TARGET - len(existing) - FOLLOWUP_EXPECTED
    total = CITIZEN_TARGET - FOLLOWUP_EXPECTED
    langs = largest_remainder(
        rng,
        {
            lang: max(0.0, share * total - sum(p.lang == lang for p in existing))
            for lang, share in LANGUAGE_MIX.items()
        },
        count,
    )
    departments = largest_remainder(
        rng,
        {
            dept: max(0.0, share * total - sum(p.department == dept for p in existing))
            for dept, share in DEPARTMENT_MIX.items()
        },
        count,
    )
    posts = []
    for lang, department in zip(langs, departments, strict=True):
        topic = topic_for_department(rng, department)
        kind, account = choose_channel(rng, department)
        posts.append(
            CitizenPost(
                offset=sample_offset(rng, CITIZEN_PROFILE),
                lang=lang,
                department=department,
                kind=kind,
                account=account,
                source="spam" if topic == "spam" else "base",
                topic=topic,
            )
        )
    return posts


def assign_authors(
    rng: Random, posts: list[CitizenPost], people: list[Author], spammers: list[Author]
) -> None:
    """Per language: first everyone whose main language it is gets one post (so the pool is
    used), then the rest goes by long-tailed activity, which makes a few very vocal regulars."""
    for lang in LANGUAGES:
        todo = [p for p in posts if p.lang == lang and p.source != "spam"]
        rng.shuffle(todo)
        natives = [a for a in people if a.primary == lang]
        rng.shuffle(natives)
        for post, author in zip(todo, natives, strict=False):
            post.author = author
        writers = [a for a in people if lang in a.langs]
        cumulative = list(accumulate(a.activity * a.langs[lang] for a in writers))
        for post in todo[len(natives) :]:
            post.author = writers[bisect_right(cumulative, rng.random() * cumulative[-1])]
    for post in posts:
        if post.source == "spam":
            same_lang = [a for a in spammers if post.lang in a.langs] or spammers
            post.author = rng.choice(same_lang)
    # Nobody answers themselves.
    for post in posts:
        while post.addressee is not None and post.author is post.addressee.author:
            post.author = rng.choice([a for a in people if post.lang in a.langs])


def plan_followups(rng: Random, posts: list[CitizenPost]) -> list[CitizenPost]:
    """'Still not fixed' posts by the same author about the same spot, days later."""
    followups = []
    for post in posts:
        if post.source not in ("base", "incident") or post.kind != "mention":
            continue
        if post.topic not in THINGS or rng.random() >= FOLLOWUP_SHARE:
            continue
        previous = post
        while True:
            day = (NOW_MINUTE_OF_DAY + previous.offset) // 1440 + rng.randint(1, 12)
            lo = day_start(day)
            if lo + 1440 > 0:
                break
            followup = CitizenPost(
                offset=sample_offset(rng, CITIZEN_PROFILE, lo, lo + 1440),
                lang=previous.lang,
                department=previous.department,
                kind="mention",
                account=previous.account,
                source="followup",
                topic=previous.topic,
                author=previous.author,
                fixed=dict(previous.slots or previous.fixed),
            )
            followups.append(followup)
            if rng.random() > 0.3:
                break
            previous = followup
    return followups


# ============================================================================================
# Citizen posts: writing the text
# ============================================================================================

WORD_RE = re.compile(r"[A-Za-zÀ-ÿ]{5,}")


def add_typo(rng: Random, text: str) -> str:
    """One slip of the thumb: a known misspelling, or a dropped, swapped or doubled letter."""
    known = [w for w in KNOWN_TYPOS if re.search(rf"\b{w}\b", text, re.IGNORECASE)]
    if known and rng.random() < 0.6:
        word = rng.choice(known)
        return re.sub(rf"\b{word}\b", KNOWN_TYPOS[word], text, count=1, flags=re.IGNORECASE)
    words = [
        m
        for m in WORD_RE.finditer(text)
        if (m.start() == 0 or text[m.start() - 1] not in "@#_")
        # Names of streets and stops are mostly copied correctly; ordinary words are not.
        and (m.group().islower() or rng.random() < 0.25)
    ]
    if not words:
        return text
    match = rng.choice(words)
    word, i = match.group(), rng.randrange(1, len(match.group()) - 2)
    operation = rng.randrange(3)
    if operation == 0:
        new = word[:i] + word[i + 1 :]
    elif operation == 1:
        new = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    else:
        new = word[:i] + word[i] + word[i:]
    return text[: match.start()] + new + text[match.end() :]


def roughen(rng: Random, text: str, lang: str) -> str:
    """Make a clean sentence look typed on a phone: shortcuts, typos, caps, missing accents."""
    slang_p, typo_p = ROUGHEN[lang]
    if lang == "de" and rng.random() < 0.35:
        text = umlauts_to_ascii(text)
    if lang == "es" and rng.random() < 0.35:
        text = strip_accents(text)
    if rng.random() < slang_p:
        for long, short in rng.sample(SLANG[lang], k=min(3, len(SLANG[lang]))):
            text = re.sub(rf"\b{re.escape(long)}\b", short, text, count=1)
    if rng.random() < typo_p:
        for _ in range(rng.choice([1, 1, 1, 2])):
            text = add_typo(rng, text)
    style = rng.random()
    if style < 0.04:
        text = text.upper()
    elif style < 0.10:
        words = [m for m in WORD_RE.finditer(text) if text[max(0, m.start() - 1)] not in "@#"]
        if words:
            m = rng.choice(words)
            text = text[: m.start()] + m.group().upper() + text[m.end() :]
    elif style < 0.22 and lang in ("nl", "en"):
        text = text.lower()
    ending = rng.random()
    if ending < 0.2:
        text = text.rstrip(".")
    elif ending < 0.28:
        text = text.rstrip(".!?") + rng.choice(["!!", "??", "!!!", "?!", "..."])
    return text


def body_from_topic(rng: Random, topic: str, lang: str, slots: Slots) -> str:
    return rng.choice(TOPICS[topic][lang]).format_map(slots)


def write_body(rng: Random, post: CitizenPost, slots: Slots) -> str:
    lang = post.lang
    if post.source in ("base", "spam"):
        body = body_from_topic(rng, post.topic, lang, slots)
        if post.source == "base" and rng.random() < 0.08:
            # Two problems in one post; the first one is what the author is mainly about.
            other_department = weighted_key(rng, {"traffic": 1, "public-works": 2, "transit": 1})
            other = topic_for_department(rng, other_department, (post.topic, "gritting"))
            extra = body_from_topic(rng, other, lang, Slots(rng, lang))
            body = body.rstrip(". ")
            connector = rng.choice(SECOND_PROBLEM_CONNECTORS[lang])
            if body[-1:] in "?!":  # "...kapot? Oh en ..." rather than "...kapot?. Oh en ..."
                connector = " " + connector.lstrip(". ")
            body += connector + lower_first(extra)
        return body
    if post.source == "incident":
        group = post.group
        if lang not in group or rng.random() < INCIDENT_BASE_SHARE[post.incident]:
            opener = rng.choice(INCIDENT_OPENERS[post.incident][lang])
            body = body_from_topic(rng, rng.choice(group["base_topics"]), lang, slots)
            return opener + (lower_first(body) if opener.endswith(": ") else body)
        return rng.choice(group[lang]).format_map(slots)
    if post.source == "reply":
        return rng.choice(post.group[lang]).format_map(slots)
    if post.source == "offtopic":
        body = body_from_topic(rng, post.topic, lang, slots)
        if rng.random() < 0.4:
            return rng.choice(OFFTOPIC_OPENERS[lang]) + lower_first(body)
        return body
    if post.source == "agree":
        body = rng.choice(AGREE_TEMPLATES[lang]).format_map(slots)
        if post.department != "communication" and rng.random() < 0.35:
            # Piling on with a complaint of the same kind, in their own words.
            if post.group and lang in post.group:
                extra = rng.choice(post.group[lang]).format_map(Slots(rng, lang))
            elif post.topic in TOPICS:
                extra = body_from_topic(rng, post.topic, lang, Slots(rng, lang))
            else:
                extra = ""
            parent_text = post.addressee.text.lower() if post.addressee else ""
            if extra and extra[:24].lower() not in parent_text:
                glue = " " if body[-1:] in ".!?" or not body[-1:].isalnum() else ". "
                body += glue + extra
        return body
    if post.source == "friendtag":
        return rng.choice(FRIEND_TAG_TEMPLATES[lang]).format_map(slots)
    if post.source == "followup":
        slots["thing"] = THINGS[post.topic][lang]
        return upper_first(rng.choice(FOLLOWUP_TEMPLATES[lang]).format_map(slots))
    raise ValueError(post.source)


def decorate(rng: Random, text: str, post: CitizenPost, slots: Slots) -> str:
    """Greeting, sign-off, emoji, hashtags and the @mention around the message itself."""
    lang, author = post.lang, post.author
    if post.kind == "direct_message":
        if rng.random() < 0.55:
            opener = rng.choice(DM_OPENERS[lang])
            text = opener + (lower_first(text) if opener.endswith(", ") else text)
        if rng.random() < 0.5:
            text = text.rstrip(". ")
            text += ("" if text[-1:] in "!?" else ".") + rng.choice(DM_CLOSERS[lang]).format(
                first=author.first
            )
        return text
    if post.source in ("agree", "friendtag"):
        if rng.random() < 0.15:
            text += " " + rng.choice(EMO_HAPPY + EMO_ANGRY)
        return text
    if post.source != "spam":
        if rng.random() < (0.08 if post.kind != "mention" else 0.16):
            opener = rng.choice(OPENERS[lang])
            text = f"{opener} {lower_first(text) if rng.random() < 0.5 else text}"
        if rng.random() < 0.16:
            closer = rng.choice(CLOSERS[lang])
            glue = ". " if text[-1:].isalnum() and closer[:1].isupper() else " "
            text = text + glue + closer
        if rng.random() < 0.25:
            positive = post.topic == "compliment" or (
                post.source == "reply" and post.department == "communication"
            )
            pool = EMO_HAPPY if positive else DEPARTMENT_EMOJI[post.department] + EMO_ANGRY
            text += " " + "".join(rng.sample(pool, k=rng.choice([1, 1, 2])))
        if "#" not in text and rng.random() < HASHTAG_SHARE[lang]:
            tags = [t.format_map(slots) for t in TOPIC_HASHTAGS.get(post.topic, [])]
            tags += CITY_HASHTAGS[lang]
            text += " " + " ".join(rng.sample(tags, k=min(len(tags), rng.choice([1, 1, 2]))))
    if post.kind == "mention":
        handle = "@" + ACCOUNT_BY_KEY[post.account]["handle"]
        extra = "@" + ACCOUNT_BY_KEY[DEPARTMENT_ACCOUNT[post.department]]["handle"]
        if post.network == "x" and extra != handle and rng.random() < 0.15:
            handle = f"{handle} {extra}"
        roll = rng.random()
        if roll < 0.62:
            text = f"{handle} {text}"
        elif roll < 0.9:
            text = f"{text} {handle}"
    return text


def render_citizen_post(rng: Random, post: CitizenPost, seen: set, friends: list) -> None:
    limit = TEXT_LIMIT[post.network]
    fixed = dict(post.fixed)
    if post.addressee is not None:
        addressee = post.addressee.author
        fixed["parent"] = addressee.handle if post.network != "facebook" else addressee.first
    if post.source == "friendtag":
        fixed["friend"] = rng.choice(friends)
    for _ in range(15):
        slots = Slots(rng, post.lang, fixed, post.author.home_street)
        text = write_body(rng, post, slots)
        if post.source != "spam":
            text = roughen(rng, text, post.lang)
        text = re.sub(r"\s+", " ", decorate(rng, text, post, slots)).strip()
        if len(text) <= limit and text not in seen:
            break
    if len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    seen.add(text)
    post.text = text
    post.slots = slots.neutral()


# ============================================================================================
# Putting it together
# ============================================================================================


def build(seed: int = SEED) -> dict:
    rng = Random(seed)
    people, spammers = build_authors(rng)

    own_posts = plan_own_posts(rng)
    seen_own: set = set()
    for post in own_posts:
        render_own_post(rng, post, seen_own)
        own_engagement(rng, post)
    for number, post in enumerate(own_posts, start=1):
        post.id = f"zs-own-{number:05d}"

    citizen = plan_incident_posts(rng)
    citizen += plan_replies(rng, own_posts)
    citizen += plan_background(rng, citizen)
    assign_authors(rng, citizen, people, spammers)

    # Facebook shows full names; commenters tag friends by name.
    friends = [
        a.name if a.name.replace(" ", "").replace("-", "").isalpha() else a.first
        for a in people
        if a.group in ("dutch", "turkish", "moroccan")
    ]
    seen: set = set()
    for post in citizen:
        render_citizen_post(rng, post, seen, friends)
    followups = plan_followups(rng, citizen)
    for post in followups:
        render_citizen_post(rng, post, seen, friends)
    citizen += followups

    # Stable chronological order; a reply always comes after what it answers.
    order = {id(post): index for index, post in enumerate(citizen)}
    citizen.sort(key=lambda post: (post.offset, order[id(post)]))
    for number, post in enumerate(citizen, start=1):
        post.id = f"zs-cit-{number:06d}"

    # A post's final reply count is at least the replies the data set actually holds.
    held: dict = {}
    for post in citizen:
        root = post.root
        if root is not None:
            held[root.id] = held.get(root.id, 0) + 1
    for post in own_posts:
        post.final["replies"] = max(post.final["replies"], held.get(post.id, 0))

    return {
        "schema": 1,
        "city": CITY,
        "span_minutes": SPAN_MINUTES,
        "accounts": ACCOUNTS,
        "own_posts": [own_post_json(post) for post in own_posts],
        "citizen_posts": [citizen_post_json(post) for post in citizen],
    }


def own_post_json(post: OwnPost) -> dict:
    return {
        "id": post.id,
        "account": post.account,
        "network": post.network,
        "offset_minutes": post.offset,
        "lang": post.lang,
        "text": post.text,
        "has_media": post.has_media,
        "has_link": post.has_link,
        "final": post.final,
        "half_life_hours": post.half_life,
    }


def citizen_post_json(post: CitizenPost) -> dict:
    parent = post.parent_citizen or post.parent_own
    return {
        "id": post.id,
        "account": post.account,
        "network": post.network,
        "kind": post.kind,
        "offset_minutes": post.offset,
        "lang": post.lang,
        "author": post.author.as_json(),
        "text": post.text,
        "in_reply_to": parent.id if parent is not None else None,
        "intended_department": post.department,
    }


def validate(data: dict) -> None:
    """The promises the replay source and the demo rely on."""
    accounts = {account["key"]: account for account in data["accounts"]}
    seen_ids: dict = {}
    for list_name in ("own_posts", "citizen_posts"):
        items = data[list_name]
        offsets = [item["offset_minutes"] for item in items]
        assert offsets == sorted(offsets), f"{list_name} not sorted"
        for item in items:
            assert item["id"] not in seen_ids, f"duplicate id {item['id']}"
            seen_ids[item["id"]] = item
            assert -SPAN_MINUTES <= item["offset_minutes"] < 0, item["id"]
            assert item["network"] == accounts[item["account"]]["network"], item["id"]
            assert item["lang"] in LANGUAGE_MIX and item["text"], item["id"]
            assert len(item["text"]) <= TEXT_LIMIT[item["network"]], item["id"]
    for item in data["own_posts"]:
        final = item["final"]
        assert 2 <= item["half_life_hours"] <= 24, item["id"]
        assert (final["impressions"] is None) == (item["network"] != "x"), item["id"]
        assert item["network"] != "facebook" or final["quotes"] == 0, item["id"]
        assert min(v for v in final.values() if v is not None) >= 0, item["id"]
    for item in data["citizen_posts"]:
        kind, network, parent_id = item["kind"], item["network"], item["in_reply_to"]
        assert kind in ("mention", "reply", "comment", "direct_message"), item["id"]
        assert (kind == "comment") == (network == "facebook" and kind != "direct_message")
        assert (parent_id is not None) == (kind in ("reply", "comment")), item["id"]
        assert item["intended_department"] in DEPARTMENT_MIX, item["id"]
        if parent_id is not None:
            parent = seen_ids[parent_id]
            assert parent["offset_minutes"] < item["offset_minutes"], item["id"]
            assert parent["network"] == network, item["id"]
            if kind == "comment":
                assert parent_id.startswith("zs-own-"), item["id"]


def main() -> None:
    data = build()
    validate(data)
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    OUT_PATH.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
    print(
        f"wrote {OUT_PATH.name}: {len(data['own_posts'])} own posts, "
        f"{len(data['citizen_posts'])} citizen posts, {OUT_PATH.stat().st_size:,} bytes"
    )


if __name__ == "__main__":
    main()
