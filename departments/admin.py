from django.contrib import admin

from departments.models import Case, CaseEvent, Department, Reply, Topic


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "slug",
        "is_central",
        "first_response_sla_hours",
        "resolution_sla_hours",
        "routing_threshold",
    ]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["members"]


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "department"]
    list_filter = ["department"]
    prepopulated_fields = {"slug": ["name"]}


class ReplyInline(admin.TabularInline):
    model = Reply
    extra = 0
    readonly_fields = ["send_state", "platform_external_id", "error", "sent_at"]


class CaseEventInline(admin.TabularInline):
    model = CaseEvent
    extra = 0
    can_delete = False
    readonly_fields = ["created_at", "kind", "actor", "old_value", "new_value", "reason"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Case)
class CaseAdmin(admin.ModelAdmin):
    list_display = ["id", "status", "department", "priority", "assignee", "created_at"]
    list_filter = ["status", "department", "priority"]
    search_fields = ["post__text", "post__author_handle"]
    raw_id_fields = ["post", "assignee"]
    inlines = [ReplyInline, CaseEventInline]
    show_full_result_count = False


@admin.register(CaseEvent)
class CaseEventAdmin(admin.ModelAdmin):
    list_display = ["case", "kind", "actor", "created_at"]
    list_filter = ["kind"]
    raw_id_fields = ["case"]

    def has_change_permission(self, request, obj=None) -> bool:
        return False
