import json

from django.contrib import admin
from django.utils.html import format_html

from departments.models import (
    Case,
    CaseEvent,
    Department,
    Reply,
    ReplyTemplate,
    RouterModel,
    SavedFilter,
    Topic,
)


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "slug",
        "is_central",
        "first_response_sla_hours",
        "resolution_sla_hours",
        "routing_threshold",
        "replies_need_approval",
    ]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["members"]


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "department", "first_response_sla_hours", "resolution_sla_hours"]
    list_filter = ["department"]
    prepopulated_fields = {"slug": ["name"]}


class ReadOnlyAdminMixin:
    """Shown, never changed here: cases, their history and the replies sent to residents change
    only through the services (the queue and the case view), which check each transition and
    write it to the case's history. Erasure of a resident's data is its own workflow."""

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


class ReplyInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = Reply
    extra = 0


class CaseEventInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = CaseEvent
    extra = 0


@admin.register(Case)
class CaseAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = [
        "id",
        "status",
        "department",
        "routing_confidence",
        "routing_reason",
        "priority",
        "assignee",
        "created_at",
    ]
    list_filter = ["status", "department", "priority"]
    search_fields = ["post__text", "post__author_handle"]
    raw_id_fields = ["post", "assignee", "merged_into"]
    readonly_fields = ["routing_reason", "routing_details"]
    exclude = ["search_vector"]
    inlines = [ReplyInline, CaseEventInline]
    show_full_result_count = False

    @admin.display(description="Why routed")
    def routing_reason(self, case: Case) -> str:
        return (case.routing_explanation or {}).get("summary", "")

    @admin.display(description="Routing explanation")
    def routing_details(self, case: Case) -> str:
        return format_html(
            "<pre>{}</pre>", json.dumps(case.routing_explanation, indent=2, ensure_ascii=False)
        )


@admin.register(CaseEvent)
class CaseEventAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["case", "kind", "actor", "created_at"]
    list_filter = ["kind"]
    raw_id_fields = ["case"]


@admin.register(RouterModel)
class RouterModelAdmin(admin.ModelAdmin):
    list_display = [
        "version",
        "is_active",
        "created_at",
        "macro_f1",
        "training_examples",
        "corrections_used",
        "note",
    ]
    readonly_fields = [
        "version",
        "path",
        "created_at",
        "training_examples",
        "corrections_used",
        "metrics",
        "note",
    ]

    def has_add_permission(self, request) -> bool:
        return False  # versions come from train_router


@admin.register(ReplyTemplate)
class ReplyTemplateAdmin(admin.ModelAdmin):
    list_display = ["name", "department", "language", "kind", "is_active"]
    list_filter = ["department", "language", "kind", "is_active"]
    search_fields = ["name", "text"]


@admin.register(SavedFilter)
class SavedFilterAdmin(admin.ModelAdmin):
    list_display = ["name", "owner", "query", "created_at"]
    raw_id_fields = ["owner"]
