"""Citizen posts, planned: when, where, what about and in which language. Spikes around the
incidents, replies and comments under the city's posts, a background of mentions and direct
messages whose size tops up the language and department mix, and "still not fixed" follow-ups.
writing.py writes their texts."""

from __future__ import annotations

from dataclasses import dataclass, field
from random import Random

from listening.replay.generator.authors import Author
from listening.replay.generator.clock import (
    CITIZEN_PROFILE,
    INCIDENTS,
    NOW_MINUTE_OF_DAY,
    day_start,
    sample_offset,
)
from listening.replay.generator.draw import largest_remainder, topic_for_department, weighted_key
from listening.replay.generator.material import (
    ACCOUNT_BY_KEY,
    DEPARTMENT_ACCOUNT,
    INCIDENT_GROUPS,
    OWN_TOPICS,
    REPLY_SETS,
    THINGS,
)
from listening.replay.generator.own_posts import OwnPost
from listening.replay.generator.tuning import (
    CITIZEN_TARGET,
    DEPARTMENT_MIX,
    DM_SHARE,
    FOLLOWUP_EXPECTED,
    FOLLOWUP_SHARE,
    LANGUAGE_MIX,
    NETWORK_REPLY_WEIGHT,
    REPLY_CAP,
    REPLY_TARGET,
    THREAD_SHARE,
)


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
