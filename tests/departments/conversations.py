"""Posts and cases as they meet on a platform: the city's own post that opens a conversation,
citizens' cases replying in it, the city's answers sent on them, and a commenter on Facebook,
who has a name and no handle."""

from datetime import datetime

from departments.models import Case, Reply
from listening.models import Account, Platform, Post, PostKind
from tests.factories import CaseFactory, PostFactory


def city_post(
    account: Account, *, text: str, conversation_key: str, created_at: datetime, **fields
) -> Post:
    """A post of the city's own account, under the account's handle, opening a conversation."""
    return PostFactory(
        account=account,
        kind=PostKind.OWN_POST,
        author_handle=account.handle,
        text=text,
        conversation_key=conversation_key,
        created_at=created_at,
        **fields,
    )


def reaction_case(parent: Post, **fields) -> Case:
    """A citizen's case replying to the city's post, in the conversation that post opened."""
    return CaseFactory(
        post__account=parent.account,
        post__parent=parent,
        post__conversation_key=parent.conversation_key,
        **fields,
    )


def city_answer(case: Case, *, text: str, sent_at: datetime, author=None) -> Reply:
    """The city's answer on a case, sent to the platform at `sent_at`."""
    return Reply.objects.create(
        case=case,
        author=author,
        kind=Reply.Kind.ANSWER,
        text=text,
        send_state=Reply.SendState.SENT,
        sent_at=sent_at,
    )


def facebook_comment_case(account: Account, *, author_name: str, **fields) -> Case:
    """Facebook gives only a name and a page-scoped id for the people who comment: no handle."""
    return CaseFactory(
        post__platform=Platform.FACEBOOK,
        post__account=account,
        post__author_handle="",
        post__author_name=author_name,
        **fields,
    )
