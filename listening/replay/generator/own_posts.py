"""The city's own posts: the scheduled ones at the incident moments and a background of routine
posts, each with its text and the engagement it eventually reaches."""

from __future__ import annotations

from dataclasses import dataclass, field
from random import Random

from listening.replay.generator.clock import OWN_PROFILE, at, sample_offset
from listening.replay.generator.draw import weighted_key
from listening.replay.generator.material import (
    ACCOUNT_BY_KEY,
    ACCOUNT_TOPIC_WEIGHTS,
    FACEBOOK_OUTRO,
    INCIDENT_SLOTS,
    LINK_BASE,
    MORE_INFO,
    OWN_SCHEDULE,
    OWN_TOPICS,
)
from listening.replay.generator.text import Slots, upper_first
from listening.replay.generator.tuning import (
    ACCOUNT_BASE_LIKES,
    OWN_BACKGROUND_POSTS,
    TEXT_LIMIT,
)


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
