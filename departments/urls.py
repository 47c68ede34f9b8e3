from django.urls import path

from departments.approval_queue import views as approval_queue
from departments.audit import views as audit
from departments.case_view import actions, detail, replies
from departments.incident_pages import views as incident_pages
from departments.notification_settings import views as notification_settings
from departments.queue import bulk, saved_filters, sidebar
from departments.queue import views as queue

app_name = "departments"
urlpatterns = [
    path("", queue.queue, name="queue"),
    path("queue/views/", sidebar.queue_views, name="queue_views"),
    path("queue/bulk/", bulk.queue_bulk, name="queue_bulk"),
    path("filters/", saved_filters.saved_filter_save, name="saved_filter_save"),
    path(
        "filters/<int:filter_id>/delete/",
        saved_filters.saved_filter_delete,
        name="saved_filter_delete",
    ),
    path("cases/<int:case_id>/", detail.case_detail, name="case_detail"),
    path("cases/<int:case_id>/presence/", detail.case_presence, name="case_presence"),
    path("cases/<int:case_id>/composer/", detail.case_composer, name="case_composer"),
    path("cases/<int:case_id>/route/", actions.case_route, name="case_route"),
    path("cases/<int:case_id>/hand-back/", actions.case_hand_back, name="case_hand_back"),
    path("cases/<int:case_id>/transfer/", actions.case_transfer, name="case_transfer"),
    path("cases/<int:case_id>/question/", actions.case_ask_office, name="case_ask_office"),
    path("cases/<int:case_id>/resolve/", actions.case_resolve, name="case_resolve"),
    path("cases/<int:case_id>/assign/", actions.case_assign, name="case_assign"),
    path("cases/<int:case_id>/priority/", actions.case_priority, name="case_priority"),
    path("cases/<int:case_id>/topics/", actions.case_topics, name="case_topics"),
    path("cases/<int:case_id>/status/", actions.case_status, name="case_status"),
    path("cases/<int:case_id>/spam/", actions.case_spam, name="case_spam"),
    path("cases/<int:case_id>/not-for-us/", actions.case_not_for_us, name="case_not_for_us"),
    path("cases/<int:case_id>/merge/", actions.case_merge, name="case_merge"),
    path("cases/<int:case_id>/notes/", actions.case_note, name="case_note"),
    path("cases/<int:case_id>/replies/", replies.case_reply, name="case_reply"),
    path(
        "cases/<int:case_id>/replies/<int:reply_id>/retry/",
        replies.case_reply_retry,
        name="case_reply_retry",
    ),
    path(
        "cases/<int:case_id>/replies/<int:reply_id>/revise/",
        replies.case_reply_revise,
        name="case_reply_revise",
    ),
    path("incidents/", incident_pages.incident_list, name="incident_list"),
    path("incidents/<int:incident_id>/", incident_pages.incident_detail, name="incident_detail"),
    path(
        "incidents/<int:incident_id>/message/",
        incident_pages.incident_message,
        name="incident_message",
    ),
    path(
        "incidents/<int:incident_id>/public-posts/<int:post_id>/retry/",
        incident_pages.incident_public_post_retry,
        name="incident_public_post_retry",
    ),
    path(
        "incidents/<int:incident_id>/change/",
        incident_pages.incident_change,
        name="incident_change",
    ),
    path("approvals/", approval_queue.approval_queue, name="approval_queue"),
    path(
        "approvals/<int:reply_id>/approve/",
        approval_queue.reply_approve,
        name="approval_approve",
    ),
    path(
        "approvals/<int:reply_id>/return/",
        approval_queue.reply_return,
        name="approval_return",
    ),
    path(
        "notifications/",
        notification_settings.notification_settings,
        name="notification_settings",
    ),
    path("audit/", audit.access_log, name="audit"),
    path("audit/access-log.csv", audit.access_log_csv, name="audit_csv"),
]
