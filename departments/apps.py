from django.apps import AppConfig


class DepartmentsConfig(AppConfig):
    name = "departments"
    verbose_name = "Departments and cases"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Listening knows nothing of cases: it announces the posts it stored, and the back
        # office opens a case for each citizen post in the same transaction.
        from departments.cases.intake import cases_open_for_new_posts
        from listening.ingestion import on_new_posts

        on_new_posts(cases_open_for_new_posts)
