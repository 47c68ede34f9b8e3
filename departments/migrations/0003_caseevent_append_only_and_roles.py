from django.db import migrations

FORBID_UPDATE = """
CREATE OR REPLACE FUNCTION departments_caseevent_forbid_update() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'case events are append-only (id %)', OLD.id;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER departments_caseevent_append_only
    BEFORE UPDATE ON departments_caseevent
    FOR EACH ROW EXECUTE FUNCTION departments_caseevent_forbid_update();
"""
ALLOW_UPDATE = """
DROP TRIGGER IF EXISTS departments_caseevent_append_only ON departments_caseevent;
DROP FUNCTION IF EXISTS departments_caseevent_forbid_update();
"""


def create_role_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in ("Communication officers", "Department staff", "Managers"):
        Group.objects.get_or_create(name=name)


class Migration(migrations.Migration):
    dependencies = [
        ("departments", "0002_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        # Deleting stays possible: a citizen's erasure request removes the case and its trail.
        migrations.RunSQL(FORBID_UPDATE, ALLOW_UPDATE),
        migrations.RunPython(create_role_groups, migrations.RunPython.noop),
    ]
