"""For base.html: whether to show the access log in the navigation."""

from django import template

from departments.audit.selectors import may_read_access_log as _may_read_access_log

register = template.Library()


@register.filter
def may_read_access_log(user) -> bool:
    return _may_read_access_log(user)
