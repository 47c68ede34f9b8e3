import pytest
from django.db import DatabaseError, transaction

from departments.models import CaseEvent
from tests.factories import CaseFactory


@pytest.mark.django_db
def test_the_case_history_cannot_be_rewritten_even_with_sql():
    event = CaseEvent.record(CaseFactory(), kind=CaseEvent.Kind.CREATED)

    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        CaseEvent.objects.filter(pk=event.pk).update(reason="edited afterwards")

    with pytest.raises(ValueError, match="append-only"):
        event.reason = "edited"
        event.save()
