from django.apps import AppConfig


class ListeningConfig(AppConfig):
    name = "listening"
    verbose_name = "Listening"
    default_auto_field = "django.db.models.BigAutoField"
