import pytest
from django.conf import settings
from django.core.cache import cache

from departments.models import CaseStatus, RouterModel
from departments.routing import training
from tests.factories import CaseFactory


@pytest.fixture(scope="session")
def trained_pipelines(tmp_path_factory):
    """The router's pipelines trained once per test session on the shipped training split."""
    out_dir = tmp_path_factory.mktemp("router") / "v1"
    out_dir.mkdir()
    train, _ = training.split(training.shipped_training_set())
    training.train_pipelines(train, out_dir, epochs=settings.ROUTER_TRAIN_EPOCHS)
    return out_dir


@pytest.fixture
def active_router_model(db, departments, trained_pipelines, settings, tmp_path):
    settings.ROUTER_MODEL_DIR = tmp_path / "models"
    return RouterModel.objects.create(version=1, path=str(trained_pipelines), is_active=True)


@pytest.fixture
def traffic_case(departments):
    """A routed traffic case: @jan_h's traffic light that has been red for two days."""
    return CaseFactory(
        department=departments["traffic"],
        status=CaseStatus.ROUTED,
        post__text="Stoplicht Lange Voorhout staat al 2 dagen op rood",
        post__author_handle="jan_h",
    )


@pytest.fixture
def presence_cleared():
    # Presence lives in Redis, which outlives each test's database transaction.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def enqueued(monkeypatch):
    """The send tasks handed to the broker, by reply id (none is sent)."""
    from departments.tasks import send_reply_task

    sent: list[int] = []
    monkeypatch.setattr(send_reply_task, "delay", lambda *, reply_id: sent.append(reply_id))
    return sent
