"""Facebook: the city's page, its posts and what citizens write under them, through
facebook-sdk's GraphAPI.

Credentials (Account.credentials): {"page_access_token": "..."}, a Page access token of the city's
page (pages_read_engagement and pages_read_user_content to read, pages_manage_engagement to
reply). Account.platform_id is the page id; when it is empty the token's own page (/me) is used.

Two streams, each with its own cursor:
- feed: the page's feed, newest first. The page's own posts are own posts; a visitor's post on
  the page is a mention.
- comments: for each post of the last COMMENT_WINDOW, its comments and the replies to them
  (filter=stream gives both in one list). A comment is in reply to the post, a reply to its
  parent comment; the page's own answers are own posts. All share the conversation
  "facebook:<post id>".

Post.raw is each item exactly as the Graph API returned it.

The modules: source (the Source interface: the streams' walks, engagement, replies), graph (one
Graph API call and its errors), parsing (Graph API bodies into posts and engagement, for polling
and importing alike).
"""

from listening.sources.facebook.parsing import batch_from_payload, identify_account
from listening.sources.facebook.source import FacebookSource

__all__ = ["FacebookSource", "batch_from_payload", "identify_account"]
