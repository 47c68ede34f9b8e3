from django.apps import AppConfig


class SingleSignOnConfig(AppConfig):
    name = "departments.sso"
    label = "sso"
    verbose_name = "Single sign-on"
    default_auto_field = "django.db.models.BigAutoField"
