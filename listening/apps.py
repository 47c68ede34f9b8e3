from django.apps import AppConfig


class ListeningConfig(AppConfig):
    name = "listening"
    verbose_name = "Listening"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Every raw payload is written as JSON: orjson encodes it several times faster than the
        # standard library, which is a large share of ingestion's own time (bench/ingest.py).
        import orjson
        from psycopg.types.json import set_json_dumps

        set_json_dumps(orjson.dumps)
