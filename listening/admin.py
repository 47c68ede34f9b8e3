from django import forms
from django.contrib import admin

from listening.models import Account, EngagementSnapshot, FetchRun, Post, QuarantinedPayload


class AccountForm(forms.ModelForm):
    """Credentials are write-only: the form never shows stored tokens, only accepts new ones."""

    new_credentials = forms.JSONField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text='Paste new tokens as JSON, e.g. {"bearer_token": "..."}. Leave empty to keep '
        "the stored ones.",
    )

    class Meta:
        model = Account
        # Every field but the stored credentials, which are write-only.
        fields = [
            "platform",
            "handle",
            "display_name",
            "platform_id",
            "department",
            "is_active",
            "poll_interval_seconds",
            "cursor",
            "followers_count",
            "needs_attention",
            "attention_reason",
        ]

    def save(self, commit=True):
        account = super().save(commit=False)
        if self.cleaned_data.get("new_credentials"):
            account.credentials = self.cleaned_data["new_credentials"]
        if commit:
            account.save()
        return account


@admin.register(Account)
class AccountAdmin(admin.ModelAdmin):
    form = AccountForm
    list_display = [
        "handle",
        "platform",
        "department",
        "is_active",
        "needs_attention",
        "last_polled_at",
    ]
    list_filter = ["platform", "department", "is_active", "needs_attention"]
    search_fields = ["handle", "display_name"]
    readonly_fields = [
        "has_credentials",
        "last_polled_at",
        "rate_limited_until",
        "created_at",
        "updated_at",
    ]

    @admin.display(boolean=True)
    def has_credentials(self, account: Account) -> bool:
        return bool(account.credentials)


@admin.register(Post)
class PostAdmin(admin.ModelAdmin):
    list_display = ["external_id", "platform", "kind", "author_handle", "language", "created_at"]
    list_filter = ["platform", "kind", "language", "account"]
    search_fields = ["external_id", "author_handle", "text"]
    date_hierarchy = "created_at"
    raw_id_fields = ["parent"]
    list_select_related = ["account"]
    show_full_result_count = False  # counting millions of posts on every page view is slow


@admin.register(EngagementSnapshot)
class EngagementSnapshotAdmin(admin.ModelAdmin):
    list_display = ["post", "taken_at", "likes", "shares", "replies", "quotes", "impressions"]
    raw_id_fields = ["post"]
    show_full_result_count = False


@admin.register(FetchRun)
class FetchRunAdmin(admin.ModelAdmin):
    list_display = [
        "account",
        "started_at",
        "finished_at",
        "status",
        "items_seen",
        "posts_created",
        "cases_created",
        "items_quarantined",
        "error",
    ]
    list_filter = ["status", "account"]


@admin.register(QuarantinedPayload)
class QuarantinedPayloadAdmin(admin.ModelAdmin):
    list_display = ["account", "received_at", "error", "resolved"]
    list_filter = ["resolved", "account"]
    readonly_fields = ["account", "fetch_run", "received_at", "error", "raw"]

    def has_add_permission(self, request) -> bool:
        # Only ingestion quarantines a payload; an empty one added by hand would hold nothing.
        return False
