"""Who writes: people with invented names and handles, a language or two and a long-tailed
activity, and the spam accounts; and which of them writes which post."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate
from random import Random
from typing import TYPE_CHECKING

from listening.replay.generator.material import (
    ACCOUNTS,
    AUTHOR_GROUPS,
    HOODS,
    NAME_EMOJI,
    NAMES,
    NICKNAMES,
    SPAM_PROFILES,
    STREETS,
)
from listening.replay.generator.text import ascii_fold
from listening.replay.generator.tuning import LANGUAGES

if TYPE_CHECKING:
    from listening.replay.generator.citizen_posts import CitizenPost

# A cap on the Pareto draw: nobody writes more than 45 times as much as the quietest.
ACTIVITY_CAP = 45


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
    for group, spec in AUTHOR_GROUPS.items():
        firsts, lasts = NAMES[group]
        langs, home_share = spec["langs"], spec["home_street_share"]
        for _ in range(spec["count"]):
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
                    activity=min(ACTIVITY_CAP, rng.paretovariate(spec["tail"])),
                    home_street=rng.choice(STREETS) if rng.random() < home_share else None,
                )
            )
    spammers = []
    for profile in SPAM_PROFILES:
        handle, name, lang = profile["handle"], profile["name"], profile["lang"]
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
