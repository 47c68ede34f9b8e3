import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from departments.incidents.evaluation import (
    EvaluationError,
    incidents_evaluate,
    labelled_incident_posts_read,
)
from departments.models import RouterModel

NO_ACTIVE_ROUTER = "no active router: run `manage.py train_router`"
SUMMARY_KEYS = (
    "pairwise_precision",
    "pairwise_recall",
    "bcubed_f1",
    "incidents_found",
    "incidents_true",
)


class Command(BaseCommand):
    help = (
        "Feed every row of a CSV (columns: text, lang, created_at as ISO 8601 with an offset, "
        "incident: an id, empty for a post in no incident; optionally platform, account) in "
        "created_at order through ingestion, routing and incident detection, as live posts go, "
        "in a transaction that is rolled back (the city's own incidents are left alone), and "
        "report pairwise precision and recall of the incidents found, B-cubed F1, and the same "
        "per language."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "files",
            type=Path,
            nargs="+",
            metavar="FILE",
            help="One CSV, or several fed as one stream in created_at order.",
        )
        parser.add_argument("--json", action="store_true", help="Print one JSON object.")

    def handle(self, *args, files, json=False, **options):
        if not RouterModel.objects.filter(is_active=True).exists():
            raise CommandError(NO_ACTIVE_ROUTER)
        try:
            posts = [post for file in files for post in labelled_incident_posts_read(file)]
            report = incidents_evaluate(posts)
        except EvaluationError as error:
            raise CommandError(str(error)) from error
        if json:
            self.stdout.write(_json.dumps(report, indent=2))
            return
        self.stdout.write(f"{report['posts']} posts")
        for key in SUMMARY_KEYS:
            self.stdout.write(f"  {key}: {report[key]}")
        for language, scores in report["per_language"].items():
            self.stdout.write(
                f"  {language}: {scores['posts']} posts, pairwise precision "
                f"{scores['pairwise_precision']}, recall {scores['pairwise_recall']}, "
                f"B-cubed F1 {scores['bcubed_f1']}"
            )


_json = json
