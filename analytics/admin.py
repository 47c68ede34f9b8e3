from django.contrib import admin

from analytics.models import ReportSubscription


@admin.register(ReportSubscription)
class ReportSubscriptionAdmin(admin.ModelAdmin):
    list_display = ("user", "department", "is_active", "last_sent_week", "created_at")
    list_filter = ("is_active", "department")
    search_fields = ("user__username", "user__email")
    autocomplete_fields = ()
    readonly_fields = ("last_sent_week", "created_at")
