"""Who the resident is, as found in the posts (see departments.privacy.subjects)."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q

from departments.privacy.pseudonyms import author_identity, pseudonym_for
from listening.models import CITIZEN_KINDS, Platform, Post


class UnknownPlatform(ValueError):
    pass


class SubjectNotFound(LookupError):
    pass


class SubjectAmbiguous(LookupError):
    pass


@dataclass(frozen=True)
class Alias:
    """One identity the person wrote under (a handle changes, the platform id stays), with
    the pseudonym that replaces it."""

    author_id: str
    handle: str
    name: str
    pseudonym: str


@dataclass(frozen=True)
class Subject:
    """The person as found in the posts: every handle, name and id they wrote under."""

    platform: str
    post_ids: list[int]
    author_ids: list[str]
    handles: list[str]
    names: list[str]
    aliases: list[Alias]


def normalised_platform(platform: str) -> str:
    value = (platform or "").strip().lower()
    if value not in Platform.values:
        raise UnknownPlatform(
            f"Unknown platform {platform!r}: one of {', '.join(Platform.values)}."
        )
    return value


def normalised_author(author: str) -> str:
    value = (author or "").strip()
    return value[1:] if value.startswith("@") else value


def _matching_posts(platform: str, author: str):
    """Residents' posts only: the city's own posts and reposts are never a resident's."""
    lowered = author.lower()
    match = Q(author_handle__iexact=lowered) | Q(author_id=author)
    if platform == Platform.FACEBOOK:
        match |= Q(author_name__iexact=lowered)
    return Post.objects.filter(match, platform=platform, kind__in=CITIZEN_KINDS)


def subject_find(*, platform: str, author: str) -> Subject:
    """The resident's posts, by handle, id or (Facebook) name; raises SubjectNotFound or
    SubjectAmbiguous. Already erased posts are not theirs any more."""
    platform = normalised_platform(platform)
    author = normalised_author(author)
    if not author:
        raise SubjectNotFound("Say whose data: --author HANDLE.")
    found = _matching_posts(platform, author).filter(pseudonymised_at__isnull=True)
    author_ids = sorted(set(found.exclude(author_id="").values_list("author_id", flat=True)))
    if platform == Platform.FACEBOOK and len(author_ids) > 1:
        raise SubjectAmbiguous(
            f"{len(author_ids)} Facebook commenters are called {author!r}; ask again with one "
            f"of their ids: {', '.join(author_ids)}."
        )
    posts = Post.objects.filter(
        Q(pk__in=found.values("pk")) | Q(author_id__in=author_ids),
        platform=platform,
        kind__in=CITIZEN_KINDS,
        pseudonymised_at__isnull=True,
    ).order_by("created_at", "id")
    rows = list(posts.values_list("id", "author_id", "author_handle", "author_name"))
    if not rows:
        raise SubjectNotFound(
            f"Nothing is held on {author!r} on {platform} (never seen, or already erased)."
        )
    identities = sorted({row[1:] for row in rows})
    return Subject(
        platform=platform,
        post_ids=[row[0] for row in rows],
        author_ids=author_ids,
        handles=sorted({row[2] for row in rows if row[2]}),
        names=sorted({row[3] for row in rows if row[3]}),
        aliases=[
            Alias(
                author_id=author_id,
                handle=handle,
                name=name,
                pseudonym=pseudonym_for(
                    platform=platform,
                    identity=author_identity(author_id=author_id, handle=handle, name=name),
                ),
            )
            for author_id, handle, name in identities
        ],
    )
