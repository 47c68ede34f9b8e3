from django.urls import path

from departments import views

app_name = "departments"
urlpatterns = [
    path("", views.queue, name="queue"),
    path("cases/<int:case_id>/", views.case_detail, name="case_detail"),
]
