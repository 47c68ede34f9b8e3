"""X (formerly Twitter) through the v2 API, driven by tweepy.Client.

Three streams per account: its own timeline (GET /2/users/:id/tweets), its mentions
(GET /2/users/:id/mentions), and the conversations it started (GET /2/tweets/search/recent with
conversation_id:<id> OR ...). A reply that names the city arrives with the mentions; a citizen
answering another citizen in a thread under the city's post names only that citizen, and only the
conversation search finds it. The conversations watched are those of the city's own posts of the
last SEARCH_WINDOW (the reach of recent search), learnt from the timeline as it is read. Recent
search is not in every X access level: where X refuses it (403) the account goes on with its
other streams, and its cursor says why under conversations.unavailable.

Account.credentials:
- reading (fetch_new, fetch_engagement): {"bearer_token": ...}, an app-only OAuth 2.0 token;
- replying (send_reply): {"consumer_key", "consumer_secret", "access_token",
  "access_token_secret"}, OAuth 1.0a user context of the city's own account.
Account.platform_id must hold the account's numeric X user id.

The modules: source (the Source interface), client (tweepy's clients and X's errors), sweeps
(reading one stream in parts), conversations (the recent search of the city's threads), parsing
(X v2 bodies into posts and engagement, for polling and importing alike).
"""

from listening.sources.x.parsing import batch_from_payload, identify_account
from listening.sources.x.source import XSource

__all__ = ["XSource", "batch_from_payload", "identify_account"]
