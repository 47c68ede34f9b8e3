"""The cast every test can use: one user per role, with the seeded departments."""

import pytest
from django.contrib.auth import get_user_model

from departments import roles
from departments.seed import departments_seed


@pytest.fixture
def departments(db):
    return departments_seed()


def _user(username: str, group: str | None, departments=()):
    user = get_user_model().objects.create_user(username=username, password="correct horse 42")
    if group:
        user.groups.add(roles.ensure_role_groups()[group])
    for department in departments:
        department.members.add(user)
    return user


@pytest.fixture
def officer(departments):
    return _user("olga", roles.OFFICERS)


@pytest.fixture
def traffic_staff(departments):
    return _user("tom", roles.DEPARTMENT_STAFF, [departments["traffic"]])


@pytest.fixture
def transit_staff(departments):
    return _user("tara", roles.DEPARTMENT_STAFF, [departments["transit"]])


@pytest.fixture
def manager(departments):
    return _user("max", roles.MANAGERS)
