from datetime import timedelta

import factory
from django.utils import timezone

from departments.models import Case, Department
from listening.models import Account, Platform, Post, PostKind


class DepartmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Department
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Department {n}")
    slug = factory.Sequence(lambda n: f"department-{n}")


class AccountFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Account

    platform = Platform.X
    handle = factory.Sequence(lambda n: f"city_account_{n}")
    department = factory.SubFactory(DepartmentFactory)


class PostFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Post

    platform = Platform.X
    external_id = factory.Sequence(lambda n: str(1800000000000000000 + n))
    account = factory.SubFactory(AccountFactory)
    kind = PostKind.MENTION
    author_id = factory.Sequence(lambda n: f"user-{n}")
    author_handle = factory.Sequence(lambda n: f"citizen_{n}")
    text = "De lantaarnpaal op de Havenkade doet het al een week niet"
    language = "nl"
    created_at = factory.LazyFunction(lambda: timezone.now() - timedelta(minutes=5))
    raw = factory.LazyAttribute(lambda post: {"id": post.external_id, "text": post.text})


class CaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Case

    post = factory.SubFactory(PostFactory)
    created_at = factory.LazyAttribute(lambda case: case.post.created_at)
