"""A worker's polls of one X account, in a process of its own, against an X API that answers
from recorded mention pages (tests/listening/test_import_posts.py runs it beside an import).

    python -m tests.listening.recorded_x_poll PAGES.json ACCOUNT_ID

The pages are X v2 `GET /2/users/:id/mentions` bodies; the fake API serves their tweets as X
does: newest first, since_id and until_id as exclusive bounds, max_results per page and a
next_token to the next one."""

import json
import os
import re
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import django
import responses

API = "https://api.twitter.com/2"


def _mentions(tweets: list[dict], users: dict[str, dict]):
    def answer(request):
        query = {key: values[0] for key, values in parse_qs(urlparse(request.url).query).items()}
        chosen = [
            tweet
            for tweet in tweets
            if int(tweet["id"]) > int(query.get("since_id", 0))
            and ("until_id" not in query or int(tweet["id"]) < int(query["until_id"]))
        ]
        first = int(query.get("pagination_token", 0))
        size = int(query.get("max_results", 100))
        page = chosen[first : first + size]
        meta = {"result_count": len(page)}
        if page:
            meta |= {"newest_id": page[0]["id"], "oldest_id": page[-1]["id"]}
        if first + size < len(chosen):
            meta["next_token"] = str(first + size)
        authors = {tweet["author_id"]: users[tweet["author_id"]] for tweet in page}
        body = {"meta": meta}
        if page:
            body |= {"data": page, "includes": {"users": list(authors.values())}}
        return 200, {"Content-Type": "application/json"}, json.dumps(body)

    return answer


def main(pages_path: str, account_id: int) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "smartgov.settings")
    django.setup()
    from listening import polling
    from listening.models import Account

    pages = json.loads(Path(pages_path).read_text(encoding="utf-8"))
    tweets = sorted(
        (tweet for page in pages for tweet in page["data"]), key=lambda t: -int(t["id"])
    )
    users = {user["id"]: user for page in pages for user in page["includes"]["users"]}
    user_id = Account.objects.get(pk=account_id).platform_id
    empty = {"meta": {"result_count": 0}}
    with responses.RequestsMock(assert_all_requests_are_fired=False) as api:
        api.add_callback(
            responses.GET,
            re.compile(re.escape(f"{API}/users/{user_id}/mentions") + r".*"),
            callback=_mentions(tweets, users),
        )
        api.add(
            responses.GET,
            re.compile(re.escape(f"{API}/users/{user_id}/tweets") + r".*"),
            json=empty,
        )
        api.add(
            responses.GET, re.compile(re.escape(f"{API}/tweets/search/recent") + r".*"), json=empty
        )
        polls = created = 0
        while True:
            run = polling.account_poll(account_id=account_id)
            polls += 1
            created += run.posts_created
            if run.status != "succeeded":
                raise SystemExit(f"poll {polls} ended {run.status}: {run.error}")
            if not run.has_more:
                break
    print(f"polls: {polls}, created: {created}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
