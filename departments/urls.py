from django.urls import path

from departments import views

app_name = "departments"
urlpatterns = [
    path("", views.queue, name="queue"),
    path("queue/views/", views.queue_views, name="queue_views"),
    path("queue/bulk/", views.queue_bulk, name="queue_bulk"),
    path("filters/", views.saved_filter_save, name="saved_filter_save"),
    path("filters/<int:filter_id>/delete/", views.saved_filter_delete, name="saved_filter_delete"),
    path("cases/<int:case_id>/", views.case_detail, name="case_detail"),
    path("cases/<int:case_id>/presence/", views.case_presence, name="case_presence"),
    path("cases/<int:case_id>/composer/", views.case_composer, name="case_composer"),
    path("cases/<int:case_id>/route/", views.case_route, name="case_route"),
    path("cases/<int:case_id>/hand-back/", views.case_hand_back, name="case_hand_back"),
    path("cases/<int:case_id>/assign/", views.case_assign, name="case_assign"),
    path("cases/<int:case_id>/priority/", views.case_priority, name="case_priority"),
    path("cases/<int:case_id>/topics/", views.case_topics, name="case_topics"),
    path("cases/<int:case_id>/status/", views.case_status, name="case_status"),
    path("cases/<int:case_id>/spam/", views.case_spam, name="case_spam"),
    path("cases/<int:case_id>/not-for-us/", views.case_not_for_us, name="case_not_for_us"),
    path("cases/<int:case_id>/merge/", views.case_merge, name="case_merge"),
    path("cases/<int:case_id>/notes/", views.case_note, name="case_note"),
    path("cases/<int:case_id>/replies/", views.case_reply, name="case_reply"),
    path(
        "cases/<int:case_id>/replies/<int:reply_id>/retry/",
        views.case_reply_retry,
        name="case_reply_retry",
    ),
]
