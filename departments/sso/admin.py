from django.contrib import admin

from departments.sso.models import SingleSignOnAccount


@admin.register(SingleSignOnAccount)
class SingleSignOnAccountAdmin(admin.ModelAdmin):
    """Where an administrator links an existing account to its person at the provider before
    that person's first single sign-on (otherwise a new account is made), or unlinks one."""

    list_display = ["user", "subject", "created_at"]
    search_fields = ["user__username", "user__email", "subject"]
    raw_id_fields = ["user"]
