import pytest
from django.conf import settings

from departments.models import RouterModel
from departments.routing import training


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
