"""Platform credentials at rest: a key that no longer opens them flags their account and leaves
every page working; rotating the key keeps every account readable."""

import pytest
from cryptography.fernet import Fernet
from django.core.management import CommandError, call_command
from django.db import connection
from django.urls import reverse

from listening.models import Account
from listening.polling import account_poll
from smartgov import crypto
from tests.factories import AccountFactory, CaseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def keys(settings):
    """Switch CREDENTIALS_ENCRYPTION_KEYS; the Fernet is rebuilt for each list."""

    def use(*keys: str) -> None:
        settings.CREDENTIALS_ENCRYPTION_KEYS = list(keys)
        crypto._fernet.cache_clear()

    yield use
    crypto._fernet.cache_clear()


def _stored(account: Account) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT credentials FROM listening_account WHERE id = %s", [account.pk])
        return cursor.fetchone()[0]


def test_a_wrong_key_leaves_the_queue_and_case_pages_working_and_flags_the_account(
    client, officer, departments, keys
):
    keys(Fernet.generate_key().decode())
    account = AccountFactory(
        department=departments["traffic"], credentials={"bearer_token": "AAAA-secret"}
    )
    case = CaseFactory(post__account=account, post__text="Het stoplicht knippert oranje")
    keys(Fernet.generate_key().decode())  # the old key was lost
    client.force_login(officer)

    assert client.get(reverse("departments:queue")).status_code == 200
    page = client.get(reverse("departments:case_detail", args=[case.pk]))
    assert page.status_code == 200 and "Het stoplicht knippert oranje" in page.content.decode()

    run = account_poll(account_id=account.pk)

    account.refresh_from_db()
    assert run.status == "failed" and account.needs_attention
    assert "cannot be decrypted" in account.attention_reason


def test_rotating_the_key_keeps_every_account_readable_with_the_new_key_alone(departments, keys):
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    keys(old)
    accounts = [
        AccountFactory(department=departments["traffic"], credentials={"bearer_token": f"t-{n}"})
        for n in range(3)
    ]
    AccountFactory(department=departments["transit"], credentials={})
    before = {account.pk: _stored(account) for account in accounts}

    keys(new, old)
    call_command("rotate_credentials_key")
    keys(new)

    for account in accounts:
        assert _stored(account) != before[account.pk]
        reloaded = Account.objects.get(pk=account.pk)
        assert reloaded.credentials["bearer_token"] == f"t-{accounts.index(account)}"


def test_rotation_names_and_flags_the_accounts_no_key_opens(departments, keys):
    keys(Fernet.generate_key().decode())
    lost = AccountFactory(
        department=departments["traffic"], handle="lost", credentials={"bearer_token": "x"}
    )
    keys(Fernet.generate_key().decode())
    readable = AccountFactory(department=departments["traffic"], credentials={"bearer_token": "y"})

    with pytest.raises(CommandError, match="@lost"):
        call_command("rotate_credentials_key")

    lost.refresh_from_db()
    assert lost.needs_attention
    assert Account.objects.get(pk=readable.pk).credentials["bearer_token"] == "y"
