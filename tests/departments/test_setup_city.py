"""manage.py setup_city: what a real installation starts with, and nothing of the demo."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from departments.models import Department, ReplyTemplate, Topic
from listening.models import Account

pytestmark = pytest.mark.django_db


def _setup(*args) -> str:
    out = io.StringIO()
    call_command("setup_city", *args, stdout=out)
    return out.getvalue()


def test_setting_up_twice_creates_everything_once_and_no_demo_data(monkeypatch):
    monkeypatch.delenv("SMARTGOV_ADMIN_PASSWORD", raising=False)

    first = _setup("--admin", "it-admin", "--email", "it@zeestad.example")
    counts = (Department.objects.count(), Topic.objects.count(), ReplyTemplate.objects.count())
    second = _setup("--admin", "it-admin", "--email", "it@zeestad.example")

    assert "4 departments" in first and "Administrator it-admin created." in first
    assert "changepassword it-admin" in first  # no password was given: none is invented
    assert second.startswith("Everything was there; nothing created.")
    assert "Administrator" not in second
    assert (Department.objects.count(), Topic.objects.count(), ReplyTemplate.objects.count()) == (
        counts
    )
    assert set(Department.objects.values_list("slug", flat=True)) == {
        "communication",
        "traffic",
        "public-works",
        "transit",
    }
    assert not Account.objects.exists()  # no demo accounts
    (admin,) = get_user_model().objects.all()  # and no demo users
    assert admin.is_superuser and not admin.has_usable_password()


def test_the_administrators_password_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("SMARTGOV_ADMIN_PASSWORD", "a-long-passphrase-for-zeestad")

    printed = _setup("--admin", "it-admin")

    assert "changepassword" not in printed and "a-long-passphrase" not in printed
    assert (
        get_user_model()
        .objects.get(username="it-admin")
        .check_password("a-long-passphrase-for-zeestad")
    )


def test_an_edited_department_is_left_as_the_city_made_it():
    _setup()
    Department.objects.filter(slug="traffic").update(name="Verkeer en Mobiliteit")

    _setup()

    assert Department.objects.get(slug="traffic").name == "Verkeer en Mobiliteit"


def test_a_wrong_email_address_is_refused():
    with pytest.raises(CommandError, match="not an e-mail address"):
        _setup("--admin", "it-admin", "--email", "not-an-address")
