from django.urls import path, re_path

from analytics import views

app_name = "analytics"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("csv/<slug:key>/", views.panel_csv, name="panel_csv"),
    re_path(r"^reports/(?P<week>\d{4}-W\d{2})/$", views.weekly_report, name="weekly_report"),
    re_path(
        r"^reports/(?P<week>\d{4}-W\d{2})/build$",
        views.weekly_report_build_start,
        name="weekly_report_build",
    ),
    re_path(
        r"^reports/(?P<week>\d{4}-W\d{2})/files$",
        views.weekly_report_files,
        name="weekly_report_files",
    ),
    re_path(
        r"^reports/(?P<week>\d{4}-W\d{2})\.(?P<fmt>pdf|zip)$",
        views.weekly_report_download,
        name="weekly_report_download",
    ),
    path("plotly.min.js", views.plotly_js, name="plotly_js"),
]
