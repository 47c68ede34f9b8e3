"""Mastodon: what citizens send the city's account, and the account's own statuses, through
Mastodon.py.

Credentials (Account.credentials): {"api_base_url": "https://social.zeestad.nl",
"access_token": "..."}, a token of an application on that instance with the read and
write:statuses scopes. Account.platform_id is the account's id on that instance.

Two streams, each with its own cursor:
- mentions: notifications of type "mention"; the notification's status is the item (a mention, a
  reply when it answers another status, a direct message when its visibility is "direct");
- own_posts: the account's statuses (own posts; the account's reblogs as reposts).

Post.raw is the status object exactly as the server sent it. Mastodon.py turns bodies into
AttribAccessDicts with datetimes, and turning those back gives other date strings, so the
adapter keeps each response's own JSON text (read from the requests session) and normalises that:
a saved body (batch_from_payload) and a live page go through the same code.

The modules: source (the Source interface: the streams, engagement), replies (posting an
answer), client (Mastodon.py's calls and their errors), parsing (statuses and notifications into
posts and engagement, for polling and importing alike), html_text (a status's HTML as text).
"""

from listening.sources.mastodon.parsing import batch_from_payload, identify_account
from listening.sources.mastodon.source import MastodonSource

__all__ = ["MastodonSource", "batch_from_payload", "identify_account"]
