from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from smartgov import views

admin.site.site_header = "SmartGov Listening administration"

urlpatterns = [
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("healthz", views.healthz, name="healthz"),
    path("livez", views.livez, name="livez"),
    path("readyz", views.readyz, name="readyz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("analytics/", include("analytics.urls")),
    path("", include("departments.urls")),
]
