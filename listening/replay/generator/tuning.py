"""The numbers that shape the data set: volumes, the language and department mix, reply rates
and how rough the typing is. The texts and tables are in listening/replay/data/templates/."""

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
LANGUAGES = list(LANGUAGE_MIX)
DEPARTMENTS = list(DEPARTMENT_MIX)
# Median likes of an ordinary post; the central account reaches far more people.
ACCOUNT_BASE_LIKES = {
    "central": 46,
    "central-facebook": 40,
    "central-mastodon": 9,
    "traffic": 13,
    "public-works": 10,
    "transit": 21,
}

# Channels and rendering
TEXT_LIMIT = {"x": 280, "mastodon": 500, "facebook": 2000}
# Facebook pages draw more comments per post than X does replies (and a Mastodon crowd is
# chattier than its follower count suggests).
NETWORK_REPLY_WEIGHT = {"x": 1.0, "facebook": 2.2, "mastodon": 1.3}
REPLY_CAP = 40  # replies kept in the data set per own post
THREAD_SHARE = 0.2  # share of replies on X/Mastodon answering another citizen
DM_SHARE = 0.075  # background and incident posts sent as a direct message
# A mention of a lasting problem gets a "still not fixed" follow-up this often; the background
# leaves room for about FOLLOWUP_EXPECTED of them in CITIZEN_TARGET.
FOLLOWUP_SHARE = 0.055
FOLLOWUP_EXPECTED = 65
ROUGHEN = {  # probability of (slang, typo) per language
    "nl": (0.25, 0.17),
    "en": (0.2, 0.12),
    "de": (0.1, 0.08),
    "es": (0.15, 0.08),
}
HASHTAG_SHARE = {"nl": 0.22, "en": 0.12, "de": 0.1, "es": 0.1}
