"""Erasure and retention (departments.privacy) rewrite what a case's history quotes of a
resident: the append-only trigger lets an update through only inside a transaction that has
said so with `SET LOCAL smartgov.privacy_rewrite = 'on'`. Everything else is still refused.
A SQL function replaces a resident's handle and name inside a text (replies, notes, event
reasons, other people's posts) with their pseudonym, so that retention can rewrite a million
rows in SQL. Also marks the router versions that learned words of an erased resident."""

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
# Whole words only, case-insensitively: "@jan_h" and "Jan_H" go, "@jan_hendriks" stays. For a
# Mastodon handle (user@instance) the "@user" a reply starts with goes too. Names shorter than
# three characters are left alone: they would hit every such word of the text.
SCRUB_FUNCTION = r"""
CREATE FUNCTION departments_privacy_scrub(value text, handle text, name text, pseudonym text)
RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    word_end constant text := '(?![[:alnum:]_])';
    word_start constant text := '(?<![[:alnum:]_])';
BEGIN
    IF value IS NULL OR value = '' THEN
        RETURN value;
    END IF;
    IF coalesce(handle, '') <> '' THEN
        value := regexp_replace(
            value,
            word_start || regexp_replace(handle, '([^[:alnum:]_])', '\\\1', 'g') || word_end,
            pseudonym,
            'gi'
        );
        IF position('@' IN handle) > 1 THEN
            value := regexp_replace(
                value,
                '(?<=@)' || regexp_replace(split_part(handle, '@', 1), '([^[:alnum:]_])',
                                           '\\\1', 'g') || '(?![[:alnum:]_@])',
                pseudonym,
                'gi'
            );
        END IF;
    END IF;
    IF length(coalesce(name, '')) >= 3 THEN
        value := regexp_replace(
            value,
            word_start || regexp_replace(name, '([^[:alnum:]_])', '\\\1', 'g') || word_end,
            pseudonym,
            'gi'
        );
    END IF;
    RETURN value;
END;
$$;
"""
DROP_SCRUB_FUNCTION = "DROP FUNCTION departments_privacy_scrub(text, text, text, text);"

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
        migrations.RunSQL(SCRUB_FUNCTION, DROP_SCRUB_FUNCTION),
        migrations.AddField(
            model_name="routermodel",
            name="holds_erased_text",
            field=models.BooleanField(db_default=False, default=False),
        ),
    ]
