import csv
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from departments.routing.active import active_router
from departments.routing.training import EVALUATED, LabelledPost, evaluate, label_from_csv


class Command(BaseCommand):
    help = (
        "Route every row of a CSV (columns: text, department [traffic, public_works, transit; "
        "anything else means it should stay in triage, reported as other], optional lang) with "
        "the active router and report accuracy, macro-F1, per-department scores, the confusion "
        "matrix and the share routed automatically."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--json", action="store_true", help="Print one JSON object.")

    def handle(self, *args, file, json=False, **options):
        posts = _read(file)
        report = evaluate(active_router(), posts)
        overall = report["overall"]
        result = {
            "accuracy": overall["accuracy"],
            "macro_f1": overall["macro_f1"],
            "per_department": overall["per_department"],
            "confusion": overall["confusion"],
            "auto_routed_share": report["auto_routed_share"],
        }
        if json:
            self.stdout.write(_json.dumps(result, indent=2))
            return
        self.stdout.write(
            f"{len(posts)} posts; accuracy {result['accuracy']:.3f}, macro-F1 "
            f"{result['macro_f1']:.3f}, routed automatically "
            f"{result['auto_routed_share']:.1%}"
        )
        self.stdout.write(
            f"{'department':<14}{'precision':>10}{'recall':>8}{'F1':>7}{'support':>9}"
        )
        for label, scores in result["per_department"].items():
            self.stdout.write(
                f"{label:<14}{scores['precision']:>10.3f}{scores['recall']:>8.3f}"
                f"{scores['f1']:>7.3f}{scores['support']:>9}"
            )
        labels = list(result["confusion"])
        self.stdout.write("confusion (rows: truth, columns: routed)")
        self.stdout.write(" " * 14 + "".join(f"{label[:12]:>13}" for label in labels))
        for truth in labels:
            self.stdout.write(
                f"{truth:<14}"
                + "".join(f"{result['confusion'][truth].get(p, 0):>13}" for p in labels)
            )


_json = json


def _read(path: Path) -> list[LabelledPost]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = {"text", "department"} - set(reader.fieldnames or [])
            if missing:
                raise CommandError(f"{path} has no {', '.join(sorted(missing))} column.")
            posts = []
            for row in reader:
                department = (row["department"] or "").strip().lower()
                label = label_from_csv(department) if department in EVALUATED else "communication"
                posts.append(LabelledPost(row["text"] or "", label, (row.get("lang") or "")))
    except OSError as error:
        raise CommandError(f"Cannot read {path}: {error}") from error
    if not posts:
        raise CommandError(f"{path} has no rows.")
    return posts
