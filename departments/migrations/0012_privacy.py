"""Erasure and retention (departments.privacy) rewrite what a case's history quotes of a
resident: the append-only trigger lets an update through only inside a transaction that has
said so with `SET LOCAL smartgov.privacy_rewrite = 'on'`. Everything else is still refused.
A SQL function replaces a resident's handle and name inside a text (replies, notes, event
reasons, other people's posts) with their pseudonym, so that retention can rewrite a million
rows in SQL; erasure uses the same function for the strings of raw payloads, so that the rules
live in one place. Also marks the router versions that learned words of an erased resident."""

from django.db import migrations, models

ALLOW_PRIVACY_REWRITE = """
CREATE OR REPLACE FUNCTION departments_caseevent_forbid_update() RETURNS trigger AS $$
BEGIN
    IF current_setting('smartgov.privacy_rewrite', true) = 'on' THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'case events are append-only (id %)', OLD.id;
END;
$$ LANGUAGE plpgsql;
"""
# departments_privacy_scrub(value, handle, name, pseudonym, own_case): a resident's handle and
# name in a text become their pseudonym. Other residents' words must survive: a handle is
# matched only where it is one ("@marit_vdb", a link x.com/marit_vdb, never the bare word, which
# may be "hond" in a complaint about a dog), and a name only whole, when it has several words.
# A one-word name ("Jan") is matched only on the resident's own case (own_case), where it is
# theirs. A Mastodon user@instance is matched as "@user@instance", as the "@user" a reply starts
# with, and in the instance's link instance/@user, not in another instance's /@user.
REGEX_QUOTE_FUNCTION = r"""
CREATE FUNCTION departments_privacy_regex_quote(value text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT regexp_replace(value, '([^[:alnum:]_[:space:]])', '\\\1', 'g')
$$;
"""
DROP_REGEX_QUOTE_FUNCTION = "DROP FUNCTION departments_privacy_regex_quote(text);"

SCRUB_FUNCTION = r"""
CREATE FUNCTION departments_privacy_scrub(
    value text, handle text, name text, pseudonym text, own_case boolean
) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    word_before constant text := '(^|[^[:alnum:]_])';
    handle_end constant text := '(?![[:alnum:]_@])';
    lowered constant text := lower(btrim(coalesce(handle, ''), ' @'));
    local_part constant text := departments_privacy_regex_quote(split_part(lowered, '@', 1));
    host constant text := departments_privacy_regex_quote(split_part(lowered, '@', 2));
    words text[] := regexp_split_to_array(btrim(coalesce(name, '')), '\s+');
    name_pattern text;
BEGIN
    IF value IS NULL OR value = '' THEN
        RETURN value;
    END IF;
    IF local_part <> '' AND host = '' THEN
        value := regexp_replace(
            value, word_before || '@' || local_part || handle_end, '\1@' || pseudonym, 'gi');
        value := regexp_replace(
            value,
            '(^|[^[:alnum:]_.-])((?:www\.|mobile\.)?(?:x|twitter)\.com/)' || local_part
                || handle_end,
            '\1\2' || pseudonym,
            'gi');
    ELSIF local_part <> '' THEN
        value := regexp_replace(
            value,
            word_before || '@' || local_part || '@' || host || '(?![[:alnum:]_@-]|\.[[:alnum:]])',
            '\1@' || pseudonym,
            'gi');
        value := regexp_replace(
            value, '(^|[^[:alnum:]_/])@' || local_part || handle_end, '\1@' || pseudonym, 'gi');
        value := regexp_replace(
            value,
            '(^|[^[:alnum:]_.-])(' || host || '/@)' || local_part || handle_end,
            '\1\2' || pseudonym,
            'gi');
    END IF;
    IF array_length(words, 1) > 1 OR (own_case AND length(words[1]) >= 3) THEN
        SELECT string_agg(departments_privacy_regex_quote(word), '\s+') INTO name_pattern
        FROM unnest(words) AS word;
        value := regexp_replace(
            value,
            word_before || '(' || name_pattern || ')(?![[:alnum:]_])',
            '\1' || pseudonym,
            'gi');
    END IF;
    RETURN value;
END;
$$;
"""
DROP_SCRUB_FUNCTION = "DROP FUNCTION departments_privacy_scrub(text, text, text, text, boolean);"

FORBID_EVERY_UPDATE = """
CREATE OR REPLACE FUNCTION departments_caseevent_forbid_update() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'case events are append-only (id %)', OLD.id;
END;
$$ LANGUAGE plpgsql;
"""


class Migration(migrations.Migration):
    dependencies = [("departments", "0011_case_access_log")]

    operations = [
        migrations.RunSQL(ALLOW_PRIVACY_REWRITE, FORBID_EVERY_UPDATE),
        migrations.RunSQL(REGEX_QUOTE_FUNCTION, DROP_REGEX_QUOTE_FUNCTION),
        migrations.RunSQL(SCRUB_FUNCTION, DROP_SCRUB_FUNCTION),
        migrations.AddField(
            model_name="routermodel",
            name="holds_erased_text",
            field=models.BooleanField(db_default=False, default=False),
        ),
    ]
