"""The Graph API as the tests fake it: the city's page, its posts and comments in the recorded
bodies, and the requests a poll makes."""

from datetime import UTC, datetime
from urllib.parse import parse_qs, urlparse

import responses

from listening.models import Platform
from tests.listening.sources.recorded import recorded_body

TOKEN = "EAAZeestadPageToken0123456789"
PAGE = "104729583311870"
GRAPH = "https://graph.facebook.com/v24.0"
FEED = f"{GRAPH}/{PAGE}/feed"
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
# The city's account there (the `account` fixture).
CITY_ACCOUNT = {
    "handle": "gemeentezeestad",
    "platform_id": PAGE,
    "credentials": {"page_access_token": TOKEN},
}

# Posts of the page (ids as in the fixtures), newest first.
HAVENKADE = f"{PAGE}_1029384756102938"  # the city's photo post, 20 November
AFVAL = f"{PAGE}_1029301847562019"  # the city's link post, 19 November
GROFVUIL = f"{PAGE}_1029255019283746"  # Henk's post on the page, 18 November
SINT_MAARTEN = f"{PAGE}_1028812736450192"  # 10 November: too old for comments to be watched
INSPRAAK = f"{PAGE}_1028390128374650"  # 3 November, never shared
LANTAARNPALEN = f"{PAGE}_1029410293847561"  # 20 November, 15:30, in the newer feed
# Comments under the Havenkade post.
SANNE_QUESTION = "1029384756102938_1201928374650192"
CITY_ANSWER = "1029384756102938_1201930192837465"
PIM_COMMENT = "1029384756102938_1201941029384756"
SANNE_FOLLOW_UP = "1029384756102938_1201958273640192"
PIM_QUESTION = "1029384756102938_1202010293847561"  # in the newer comments
PAGE_1_AFTER = "QVFIUjZAmTHdCOHBRZAFp4QUFrcW9"


def load(name):
    return recorded_body(Platform.FACEBOOK.value, name)


def unix(text):
    return int(datetime.strptime(text, "%Y-%m-%dT%H:%M:%S%z").timestamp())


# The cursor the first pull leaves: the feed's newest post, and the posts of the last week
# watched for comments, each with its newest comment.
FIRST_PULL_CURSOR = {
    "feed": {"since": unix("2026-11-20T08:45:12+0000")},
    "comments": {
        HAVENKADE: {
            "posted": unix("2026-11-20T08:45:12+0000"),
            "since": unix("2026-11-20T11:40:09+0000"),
        },
        AFVAL: {"posted": unix("2026-11-19T14:02:40+0000")},
        GROFVUIL: {"posted": unix("2026-11-18T10:15:03+0000")},
    },
}


def query(**expected):
    """Matches a request whose query has these values; None means the parameter is absent."""

    def match(request):
        params = {key: values[0] for key, values in parse_qs(urlparse(request.url).query).items()}
        for key, value in expected.items():
            if params.get(key) != (None if value is None else str(value)):
                return False, f"{key}={params.get(key)!r}, wanted {value!r}"
        return True, ""

    return match


def feed_page(body, *, since=None, after=None, **kwargs):
    responses.get(FEED, json=body, match=[query(since=since, after=after)], **kwargs)


def comments_page(post_id, body, *, since=None):
    responses.get(f"{GRAPH}/{post_id}/comments", json=body, match=[query(since=since)])


def first_pull_responses():
    feed_page(load("page_feed_p1.json"))
    feed_page(load("page_feed_p2.json"), after=PAGE_1_AFTER)
    comments_page(HAVENKADE, load("post_comments.json"))
    comments_page(AFVAL, load("no_comments.json"))
    comments_page(GROFVUIL, load("no_comments.json"))
