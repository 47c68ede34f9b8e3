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
    version bigint NOT NULL
);
CREATE FUNCTION departments_routing_version_bump() RETURNS trigger AS $$
BEGIN
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

-- A router reads only the slug and threshold of a department and the handle and department of
-- an account. Accounts are updated on every poll (cursor, last_polled_at, rate limits): those
-- updates must not throw away every worker's router, which takes seconds to build.
CREATE TRIGGER routing_version
    AFTER INSERT OR DELETE OR TRUNCATE ON departments_department
    FOR EACH STATEMENT EXECUTE FUNCTION departments_routing_version_bump();
CREATE TRIGGER routing_version_update
    AFTER UPDATE OF slug, routing_threshold ON departments_department
    FOR EACH ROW
    WHEN (
        OLD.slug IS DISTINCT FROM NEW.slug
        OR OLD.routing_threshold IS DISTINCT FROM NEW.routing_threshold
    )
    EXECUTE FUNCTION departments_routing_version_bump();
CREATE TRIGGER routing_version
    AFTER INSERT OR DELETE OR TRUNCATE ON listening_account
    FOR EACH STATEMENT EXECUTE FUNCTION departments_routing_version_bump();
CREATE TRIGGER routing_version_update
    AFTER UPDATE OF handle, department_id ON listening_account
    FOR EACH ROW
    WHEN (
        OLD.handle IS DISTINCT FROM NEW.handle
        OR OLD.department_id IS DISTINCT FROM NEW.department_id
    )
    EXECUTE FUNCTION departments_routing_version_bump();
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
