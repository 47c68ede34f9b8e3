from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path
from django.views.i18n import set_language

from smartgov import views

admin.site.site_header = "SmartGov Listening administration"

urlpatterns = [
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    # Single sign-on: "not found" while OIDC_ENABLED is off (departments/sso/views.py).
    path("oidc/", include("departments.sso.urls")),
    path("healthz", views.healthz, name="healthz"),
    path("livez", views.livez, name="livez"),
    path("readyz", views.readyz, name="readyz"),
    # The log-in page offers the languages too, so choosing one needs no log-in.
    path("i18n/setlang/", login_not_required(set_language), name="set_language"),
    path("admin/", admin.site.urls),
    path("analytics/", include("analytics.urls")),
    path("", include("departments.urls")),
]
