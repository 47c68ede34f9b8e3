"""Citizen posts, written: the body from a template, roughened like phone typing, then the
greeting, sign-off, emoji, hashtags and @mention around it."""

from __future__ import annotations

import re
from random import Random

from listening.replay.generator.citizen_posts import CitizenPost
from listening.replay.generator.draw import topic_for_department, weighted_key
from listening.replay.generator.material import (
    ACCOUNT_BY_KEY,
    AGREE_TEMPLATES,
    CITY_HASHTAGS,
    CLOSERS,
    DEPARTMENT_ACCOUNT,
    DEPARTMENT_EMOJI,
    DM_CLOSERS,
    DM_OPENERS,
    EMO_ANGRY,
    EMO_HAPPY,
    FOLLOWUP_TEMPLATES,
    FRIEND_TAG_TEMPLATES,
    INCIDENT_BASE_SHARE,
    INCIDENT_OPENERS,
    OFFTOPIC_OPENERS,
    OPENERS,
    SECOND_PROBLEM_CONNECTORS,
    THINGS,
    TOPIC_HASHTAGS,
    TOPICS,
)
from listening.replay.generator.text import Slots, lower_first, roughen, upper_first
from listening.replay.generator.tuning import HASHTAG_SHARE, TEXT_LIMIT


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
