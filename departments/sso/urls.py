from django.urls import path

from departments.sso import views

app_name = "sso"
urlpatterns = [
    path("authenticate/", views.start, name="start"),
    # The redirect URI registered at the provider: https://<host>/oidc/callback/
    path("callback/", views.callback, name="callback"),
]
