"""A resident's data protection requests: `privacy export` (everything held on them, as JSON)
and `privacy erase` (pseudonymised everywhere; reports on past weeks keep their numbers)."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from departments.privacy.subjects import (
    ErasureSummary,
    SubjectAmbiguous,
    SubjectNotFound,
    UnknownPlatform,
    subject_erase,
    subject_export,
    subject_find,
)
from departments.routing.services import router_forget_erased


def _counts(summary: ErasureSummary) -> str:
    return "\n".join(
        f"  {count:>6}  {label}"
        for count, label in (
            (summary.posts, "of their posts pseudonymised"),
            (summary.cases, "of their cases (kept, counted under the pseudonym)"),
            (summary.replies, "replies or notes emptied or rewritten"),
            (summary.events, "history entries rewritten"),
            (summary.explanations, "routing explanations rewritten"),
            (summary.posts_mentioning, "other people's posts naming them rewritten"),
            (summary.city_posts_answering, "of the city's own posts answering them emptied"),
            (summary.saved_filters, "saved queue views rewritten"),
            (summary.quarantined_payloads, "quarantined payloads emptied"),
            (summary.search_vectors, "search vectors recomputed"),
        )
    )


class Command(BaseCommand):
    help = (
        "Export (as JSON) or erase everything held on one resident, found by their handle "
        "(X, Mastodon; with or without @, any case), platform id, or Facebook name or id."
    )

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True, metavar="export|erase")
        for name, text in (
            ("export", "Write everything held on the person as JSON."),
            ("erase", "Pseudonymise the person everywhere (asks first unless --yes)."),
        ):
            action = actions.add_parser(name, help=text, description=text)
            action.add_argument("--author", required=True, help="Handle, platform id or name.")
            action.add_argument("--platform", required=True, help="x, mastodon or facebook.")
            if name == "export":
                action.add_argument("--output", type=Path, help="A file instead of stdout.")
            else:
                action.add_argument("--yes", action="store_true", help="Do not ask.")

    def handle(self, *args, action, author, platform, **options):
        try:
            if action == "export":
                self._export(author, platform, options.get("output"))
            else:
                self._erase(author, platform, assume_yes=options.get("yes", False))
        except (UnknownPlatform, SubjectNotFound, SubjectAmbiguous) as error:
            raise CommandError(str(error)) from error

    def _export(self, author: str, platform: str, output: Path | None) -> None:
        data = json.dumps(
            subject_export(platform=platform, author=author), ensure_ascii=False, indent=2
        )
        if output is None:
            self.stdout.write(data)
            return
        output.write_text(data + "\n", encoding="utf-8")
        self.stderr.write(f"Written to {output}.")

    def _erase(self, author: str, platform: str, *, assume_yes: bool) -> None:
        if not assume_yes:
            # What the erasure would change, counted by doing it and rolling it back: the
            # officer sees how many other people's rows it touches before saying yes.
            planned = subject_erase(platform=platform, author=author, dry_run=True)
            subject = subject_find(platform=platform, author=author)
            names = ", ".join([*subject.handles, *subject.names]) or author
            self.stdout.write(f"Erasing {names} on {subject.platform} would change:")
            self.stdout.write(_counts(planned))
            answer = input("This cannot be undone. Type 'yes': ")
            if answer.strip().lower() != "yes":
                raise CommandError("Nothing erased.")
        summary = subject_erase(platform=platform, author=author)
        self.stdout.write(f"Erased {summary.author} on {summary.platform}:")
        self.stdout.write(_counts(summary))
        if summary.router_versions_marked:
            versions = ", ".join(f"v{v}" for v in summary.router_versions_marked)
            self.stdout.write(
                f"Router versions {versions} learned from their text and keep its words in "
                "their files: training the router again without them (about a minute)..."
            )
            active = router_forget_erased()
            self.stdout.write(
                f"Router v{active.version} is active; the folders of {versions} are deleted."
            )
