"""Optional single sign-on with the city's identity provider over OpenID Connect (Microsoft Entra
ID, Keycloak, ...), beside the password log-in; off unless OIDC_ENABLED (docs/sso.md).

A small app of its own inside departments: it maps the provider's groups to the roles and
departments defined here, and keeps its one table in its own migrations."""
