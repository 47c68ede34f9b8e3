from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def single_sign_on_provider() -> str:
    """The provider's name for the log-in page's button; empty while single sign-on is off."""
    return settings.OIDC_PROVIDER_NAME if settings.OIDC_ENABLED else ""
