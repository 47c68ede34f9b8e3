"""A version number that changes whenever something a router is built from changes, so that a
worker can ask whether its router is still current with one tiny query (departments.routing.
active) instead of digesting the tables before every chunk of posts.

The triggers, not the models' save(), bump it: queryset updates, the admin, loaddata and psql
edits all count. The version is a plain table rather than a model: nothing in Python writes it,
and a model would change bench.make_city's schema fingerprint, rebuilding every city for a
table the generator has nothing to put in."""

from django.db import migrations

# Values come from a sequence that no table owns: a test flush (TRUNCATE ... RESTART IDENTITY)
# leaves it alone, so a version never comes back after the row has gone, and a process never
# takes its old router for a new one. The row is written in the editing transaction, so a
# worker sees the new version when, and only when, it can see the edit.
CREATE = """
CREATE SEQUENCE departments_routing_version_seq;
CREATE TABLE departments_routing_version (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    -- Which database the number belongs to: two databases may count to the same version.
    database_id uuid NOT NULL DEFAULT gen_random_uuid(),
    version bigint NOT NULL
);
CREATE FUNCTION departments_routing_version_bump() RETURNS trigger AS $$
BEGIN
    -- A router reads only the slug and threshold of a department and the handle and
    -- department of an account. Accounts are updated on every poll (cursor, last_polled_at,
    -- rate limits): those updates must not throw away every worker's router, which takes
    -- seconds to build. The columns are compared here rather than named in the triggers, so
    -- that altering or dropping them later neither fails nor silently drops a trigger.
    -- (Nested: a condition on a column is only evaluated for the table that has it.)
    IF TG_OP = 'UPDATE' AND TG_LEVEL = 'ROW' THEN
        IF TG_TABLE_NAME = 'departments_department' THEN
            IF OLD.slug IS NOT DISTINCT FROM NEW.slug
                AND OLD.routing_threshold IS NOT DISTINCT FROM NEW.routing_threshold THEN
                RETURN NULL;
            END IF;
        ELSIF TG_TABLE_NAME = 'listening_account' THEN
            IF OLD.handle IS NOT DISTINCT FROM NEW.handle
                AND OLD.department_id IS NOT DISTINCT FROM NEW.department_id THEN
                RETURN NULL;
            END IF;
        END IF;
    END IF;
    INSERT INTO departments_routing_version (singleton, version)
    VALUES (true, nextval('departments_routing_version_seq'))
    ON CONFLICT (singleton) DO UPDATE SET version = excluded.version;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER routing_version
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON departments_topic
    FOR EACH STATEMENT EXECUTE FUNCTION departments_routing_version_bump();
CREATE TRIGGER routing_version
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON departments_routermodel
    FOR EACH STATEMENT EXECUTE FUNCTION departments_routing_version_bump();
CREATE TRIGGER routing_version
    AFTER INSERT OR DELETE OR TRUNCATE ON departments_department
    FOR EACH STATEMENT EXECUTE FUNCTION departments_routing_version_bump();
CREATE TRIGGER routing_version_update
    AFTER UPDATE ON departments_department
    FOR EACH ROW EXECUTE FUNCTION departments_routing_version_bump();
CREATE TRIGGER routing_version
    AFTER INSERT OR DELETE OR TRUNCATE ON listening_account
    FOR EACH STATEMENT EXECUTE FUNCTION departments_routing_version_bump();
CREATE TRIGGER routing_version_update
    AFTER UPDATE ON listening_account
    FOR EACH ROW EXECUTE FUNCTION departments_routing_version_bump();
"""

DROP = """
DROP TRIGGER routing_version_update ON listening_account;
DROP TRIGGER routing_version ON listening_account;
DROP TRIGGER routing_version_update ON departments_department;
DROP TRIGGER routing_version ON departments_department;
DROP TRIGGER routing_version ON departments_routermodel;
DROP TRIGGER routing_version ON departments_topic;
DROP FUNCTION departments_routing_version_bump();
DROP TABLE departments_routing_version;
DROP SEQUENCE departments_routing_version_seq;
"""


class Migration(migrations.Migration):
    dependencies = [
        ("departments", "0008_queue_indexes"),
        # The trigger on listening_account needs the table.
        ("listening", "0001_initial"),
    ]

    operations = [migrations.RunSQL(CREATE, DROP)]
