"""What the generator draws from: the tables in listening/replay/data/templates/*.yaml, under
the names the generator uses. Edit the YAML files, not this module, to change what Zeestad's
people write; then regenerate the data set (see listening/replay/build_dataset.py)."""

from __future__ import annotations

from pathlib import Path

import yaml

TEMPLATES_DIR = Path(__file__).resolve().parents[1] / "data" / "templates"
TEMPLATE_FILES = tuple(sorted(TEMPLATES_DIR.glob("*.yaml")))
# libyaml's loader when PyYAML has it: the same tables, many times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load(name: str) -> dict:
    with (TEMPLATES_DIR / f"{name}.yaml").open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_LOADER)


# The city, its accounts and its daily rhythm (city.yaml).
_city = _load("city")
CITY = _city["city"]
ACCOUNTS = _city["accounts"]
ACCOUNT_BY_KEY = {account["key"]: account for account in ACCOUNTS}
DEPARTMENT_ACCOUNT = _city["department_account"]
LINK_BASE = _city["link_base"]
CITIZEN_WEEKDAY_HOURS = _city["hours"]["citizen_weekday"]
CITIZEN_WEEKEND_HOURS = _city["hours"]["citizen_weekend"]
WEEKEND_FACTOR = _city["hours"]["weekend_factor"]
OWN_WEEKDAY_HOURS = _city["hours"]["own_weekday"]
OWN_WEEKEND_HOURS = _city["hours"]["own_weekend"]

# What template slots are filled with (slot_values.yaml).
_slot_values = _load("slot_values")
STREETS = _slot_values["streets"]
SQUARES = _slot_values["squares"]
HOODS = _slot_values["hoods"]
STOPS = _slot_values["stops"]
TRAMS = _slot_values["trams"]
BUSES = _slot_values["buses"]
BRIDGES = _slot_values["bridges"]
PARKS = _slot_values["parks"]
LANDMARKS = _slot_values["landmarks"]
SINCE = _slot_values["since"]
WEEKDAYS = _slot_values["weekdays"]
WHEN = _slot_values["when"]
JOBS = _slot_values["jobs"]
COINS = _slot_values["coins"]
SPAM_MENTIONS = _slot_values["spam_mentions"]
EMO_ANGRY = _slot_values["emoji_angry"]
EMO_HAPPY = _slot_values["emoji_happy"]
DEPARTMENT_EMOJI = _slot_values["department_emoji"]

# Citizen templates per topic and language (citizen_topics.yaml).
TOPICS = _load("citizen_topics")

# The spikes (incidents.yaml); their timing is in clock.py.
_incidents = _load("incidents")
INCIDENT_OPENERS = _incidents["openers"]
INCIDENT_GROUPS = _incidents["groups"]
INCIDENT_BASE_SHARE = _incidents["base_share"]
INCIDENT_SLOTS = _incidents["slots"]
# (day, time, account, topic, lang, template, incident whose slots the post uses)
OWN_SCHEDULE = [
    (day, hhmm, account, topic, lang, template, incident)
    for incident, rows in _incidents["own_schedule"].items()
    for day, hhmm, account, topic, lang, template in rows
]

# Follow-ups, agreeing replies, friend tags (conversation.yaml).
_conversation = _load("conversation")
FOLLOWUP_TEMPLATES = _conversation["followup_templates"]
THINGS = _conversation["things"]
AGREE_TEMPLATES = _conversation["agree_templates"]
FRIEND_TAG_TEMPLATES = _conversation["friend_tag_templates"]
OFFTOPIC_OPENERS = _conversation["offtopic_openers"]
SECOND_PROBLEM_CONNECTORS = _conversation["second_problem_connectors"]

# The bits around a message (decoration.yaml).
_decoration = _load("decoration")
OPENERS = _decoration["openers"]
CLOSERS = _decoration["closers"]
DM_OPENERS = _decoration["dm_openers"]
DM_CLOSERS = _decoration["dm_closers"]
TOPIC_HASHTAGS = _decoration["topic_hashtags"]
CITY_HASHTAGS = _decoration["city_hashtags"]
SLANG = _decoration["slang"]
KNOWN_TYPOS = _decoration["known_typos"]

# The city's own posts (own_topics.yaml) and the replies they draw (reply_sets.yaml).
_own = _load("own_topics")
OWN_TOPICS = _own["topics"]
ACCOUNT_TOPIC_WEIGHTS = _own["account_topic_weights"]
MORE_INFO = _own["more_info"]
FACEBOOK_OUTRO = _own["facebook_outro"]
REPLY_SETS = _load("reply_sets")

# Authors (people.yaml).
_people = _load("people")
NAMES = {group: (names["first"], names["last"]) for group, names in _people["names"].items()}
AUTHOR_GROUPS = _people["author_groups"]
NICKNAMES = _people["nicknames"]
NAME_EMOJI = _people["name_emoji"]
SPAM_PROFILES = _people["spam_profiles"]
