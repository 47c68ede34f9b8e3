"""Full-text search of cases in the language each post was written in.

A Dutch post is indexed with PostgreSQL's dutch configuration, so "lantaarnpalen" finds
"lantaarnpaal"; languages PostgreSQL has no stemmer for (Greek, unknown) use "simple". No
unaccent or trigram matching: they are contrib extensions, which a city's managed PostgreSQL
does not always allow (the embedded PostgreSQL 18 has them since it replaced pgserver).
The vector is filled after routing (which detects the language), never at ingestion, which must
stay a fast COPY."""

from __future__ import annotations

from django.contrib.postgres.search import SearchQuery
from django.db import connection

# The language codes routing detects, and the text search configuration for each.
SEARCH_CONFIGS = {"nl": "dutch", "en": "english", "de": "german", "es": "spanish"}
FALLBACK_CONFIG = "simple"

_CONFIG_CASE = (
    "CASE COALESCE(NULLIF(c.language, ''), p.language) "
    + " ".join(
        f"WHEN '{code}' THEN '{config}'::regconfig" for code, config in SEARCH_CONFIGS.items()
    )
    + f" ELSE '{FALLBACK_CONFIG}'::regconfig END"
)

# The author's handle and name are indexed with "simple": names are not words to stem. The
# name matters where there is no handle (a Facebook commenter is known by name only).
_UPDATE = f"""
    UPDATE departments_case AS c
    SET search_vector = to_tsvector({_CONFIG_CASE}, COALESCE(p.text, ''))
        || to_tsvector('simple', COALESCE(p.author_handle, ''))
        || to_tsvector('simple', COALESCE(p.author_name, ''))
    FROM listening_post AS p
    WHERE p.id = c.post_id
"""


def search_config(language: str | None) -> str:
    return SEARCH_CONFIGS.get((language or "").lower(), FALLBACK_CONFIG)


def cases_index_for_search(*, case_ids: list[int] | None = None) -> int:
    """(Re)compute the search vector of the given cases, or of every case when None, in one
    UPDATE. Returns how many cases were indexed."""
    with connection.cursor() as cursor:
        if case_ids is None:
            cursor.execute(_UPDATE)
        else:
            if not case_ids:
                return 0
            cursor.execute(_UPDATE + " AND c.id = ANY(%s)", [list(case_ids)])
        return cursor.rowcount


def search_query(text: str, language: str | None = None) -> SearchQuery:
    """The query for what someone typed, in web-search syntax ("quoted phrases", -not, or).

    Without a language the words are stemmed in every configuration and the results joined:
    a search for "lantaarnpalen" then meets Dutch posts with their Dutch stem and English posts
    with theirs, without the officer saying which language they mean."""
    if language:
        return SearchQuery(text, config=search_config(language), search_type="websearch")
    configs = [*SEARCH_CONFIGS.values(), FALLBACK_CONFIG]
    query = SearchQuery(text, config=configs[0], search_type="websearch")
    for config in configs[1:]:
        query = query | SearchQuery(text, config=config, search_type="websearch")
    return query
