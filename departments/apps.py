from django.apps import AppConfig


class DepartmentsConfig(AppConfig):
    name = "departments"
    verbose_name = "Departments and cases"
    default_auto_field = "django.db.models.BigAutoField"
