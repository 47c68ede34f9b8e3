"""{% jinja_include "name" key=value ... %}: a Jinja2 template (smartgov/jinja2.py) drawn inside
a Django template with the same context, as {% include %} would draw a Django one."""

from django import template
from django.template import engines
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag(takes_context=True)
def jinja_include(context, name: str, **overrides) -> str:
    drawn = (
        engines["jinja2"]
        .get_template(name)
        .render({**context.flatten(), **overrides}, request=context.get("request"))
    )
    # Jinja2 escaped every value as it drew them (autoescape is on for .html).
    return mark_safe(drawn)
