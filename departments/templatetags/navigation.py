"""For base.html: which pages a person's navigation offers."""

from django import template

from departments.audit.selectors import may_read_access_log as _may_read_access_log
from departments.permissions import CaseAction, role_may

register = template.Library()


@register.filter
def may_read_access_log(user) -> bool:
    return _may_read_access_log(user)


@register.filter
def may_approve_replies(user) -> bool:
    return role_may(user, CaseAction.APPROVE_REPLY)
