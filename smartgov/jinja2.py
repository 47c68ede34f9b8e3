"""The Jinja2 environment for the few templates that are drawn often enough for the template
engine to matter (the queue's rows, redrawn every few seconds for every officer). Everything
else is a Django template; these templates live in an app's jinja2/ folder, and Django
templates include them with {% jinja_include %} (departments/templatetags/jinja.py).

Translations go through Django's own catalogue: `_("...")` in these templates is the same
gettext as {% translate %}, and makemessages finds the strings (it reads `_("...")` in any
.html file)."""

from __future__ import annotations

from django.urls import reverse
from django.utils import translation
from jinja2 import Environment


def environment(**options) -> Environment:
    env = Environment(extensions=["jinja2.ext.i18n"], **options)
    env.install_gettext_callables(translation.gettext, translation.ngettext, newstyle=True)
    env.globals["url"] = lambda name, *args: reverse(name, args=args)
    return env
