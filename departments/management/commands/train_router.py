import json

from django.core.management.base import BaseCommand, CommandError

from departments.models import RouterModel
from departments.routing.services import router_rollback, router_train


class Command(BaseCommand):
    help = (
        "Train the router on the shipped training set and officers' corrections, evaluate it on "
        "the held-out split and activate it if it is not worse than the active version."
    )

    def add_arguments(self, parser):
        parser.add_argument("--epochs", type=int, help="Passes over the training data.")
        parser.add_argument(
            "--if-missing", action="store_true", help="Only train when no version is active yet."
        )
        parser.add_argument(
            "--rollback",
            action="store_true",
            help="Reactivate the version before the active one instead.",
        )
        parser.add_argument("--list", action="store_true", help="List the trained versions.")

    def handle(self, *args, epochs=None, if_missing=False, rollback=False, list=False, **options):
        if list:
            for model in RouterModel.objects.all():
                self.stdout.write(
                    f"v{model.version}{' *active*' if model.is_active else ''} "
                    f"{model.created_at:%Y-%m-%d %H:%M} macro-F1 {model.macro_f1 or 0:.3f} "
                    f"({model.training_examples} examples, {model.corrections_used} corrections)"
                )
            return
        if rollback:
            try:
                model = router_rollback()
            except LookupError as error:
                raise CommandError(str(error)) from error
            self.stdout.write(self.style.SUCCESS(f"Router v{model.version} is active again."))
            return
        if if_missing and RouterModel.objects.filter(is_active=True).exists():
            self.stdout.write("A router version is active; nothing to do.")
            return
        self.stdout.write("Training the router (one classifier per language)...")
        model = router_train(epochs=epochs)
        overall = model.metrics["overall"]
        per_language = {
            lang: round(report["macro_f1"], 3)
            for lang, report in model.metrics["languages"].items()
        }
        self.stdout.write(
            f"v{model.version}: held-out accuracy {overall['accuracy']:.3f}, macro-F1 "
            f"{overall['macro_f1']:.3f}; per language {json.dumps(per_language)}"
        )
        if model.is_active:
            self.stdout.write(self.style.SUCCESS(f"Router v{model.version} is now active."))
        else:
            self.stdout.write(
                self.style.WARNING(
                    f"v{model.version} scored below the active version "
                    f"({model.metrics.get('baseline_macro_f1', 0):.3f}) and was not activated."
                )
            )
