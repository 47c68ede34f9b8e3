import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from departments.models import RouterModel
from departments.routing.active import active_router
from departments.routing.evaluation import (
    EvaluationError,
    labelled_posts_read,
    learning_curve,
    routing_evaluate,
)

NO_ACTIVE_ROUTER = "no active router: run `manage.py train_router`"


class Command(BaseCommand):
    help = (
        "Route every row of a CSV (columns: text, department [traffic, public_works, transit; "
        "anything else means it should stay in triage, reported as other], optional lang) with "
        "the active router and report accuracy and macro-F1 as routed, the best department of "
        "each post without abstention (top1), the precision of what was routed automatically, "
        "and the same per language. With --learning-curve, how the router does after officers "
        "corrected K posts of the file (the active router is not touched)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--json", action="store_true", help="Print one JSON object.")
        parser.add_argument(
            "--learning-curve",
            metavar="K,K,...",
            help="Numbers of corrections, e.g. 50,100,300,1000: for each, that many rows of "
            "FILE (stratified, seeded) train a router as officers' re-routes do and the rest "
            "is scored.",
        )
        parser.add_argument("--folds", type=int, default=5, help="Samples per K (default 5).")
        parser.add_argument("--seed", type=int, default=0, help="Seed of the samples.")
        parser.add_argument("--epochs", type=int, help="Training passes (default: settings).")

    def handle(self, *args, file, json=False, learning_curve=None, **options):
        try:
            posts = labelled_posts_read(file)
            if learning_curve:
                result = self._learning_curve(posts, learning_curve, options)
            else:
                result = self._evaluate(posts)
        except EvaluationError as error:
            raise CommandError(str(error)) from error
        if json:
            self.stdout.write(_json.dumps(result, indent=2))
        elif learning_curve:
            self._print_curve(result)
        else:
            self._print(result)

    def _evaluate(self, posts) -> dict:
        if not RouterModel.objects.filter(is_active=True).exists():
            raise CommandError(NO_ACTIVE_ROUTER)
        report = routing_evaluate(active_router(), posts)
        return {
            key: report[key]
            for key in (
                "accuracy",
                "macro_f1",
                "per_department",
                "confusion",
                "auto_routed_share",
                "top1",
                "auto_routed",
                "per_language",
            )
        }

    def _learning_curve(self, posts, sizes_text: str, options) -> dict:
        from departments.routing.services import router_trial

        try:
            sizes = [int(part) for part in sizes_text.split(",") if part.strip()]
        except ValueError:
            raise CommandError(
                f"--learning-curve takes numbers separated by commas, not {sizes_text!r}"
            ) from None
        if not sizes:
            raise CommandError("--learning-curve needs at least one number of corrections")
        epochs = options.get("epochs")
        points = learning_curve(
            posts,
            sizes,
            folds=options["folds"],
            seed=options["seed"],
            train_router=lambda corrections, out_dir: router_trial(
                corrections=corrections, out_dir=out_dir, epochs=epochs
            ),
            progress=lambda message: self.stderr.write(message),
        )
        return {"posts": len(posts), "folds": options["folds"], "curve": points}

    def _print(self, result: dict) -> None:
        auto = result["auto_routed"]
        self.stdout.write(
            f"{sum(d['support'] for d in result['per_department'].values())} posts; as routed: "
            f"accuracy {result['accuracy']:.3f}, macro-F1 {result['macro_f1']:.3f}; top-1 "
            f"macro-F1 {result['top1']['macro_f1']:.3f}; routed automatically "
            f"{auto['share']:.1%}, {auto['precision']:.1%} of them right"
        )
        self.stdout.write(
            f"{'department':<14}{'precision':>10}{'recall':>8}{'F1':>7}{'support':>9}"
            f"{'auto prec.':>12}"
        )
        for label, scores in result["per_department"].items():
            auto_label = auto["per_department"].get(label)
            auto_text = f"{auto_label['precision']:>12.3f}" if auto_label else f"{'-':>12}"
            self.stdout.write(
                f"{label:<14}{scores['precision']:>10.3f}{scores['recall']:>8.3f}"
                f"{scores['f1']:>7.3f}{scores['support']:>9}{auto_text}"
            )
        labels = list(result["confusion"])
        self.stdout.write("confusion (rows: truth, columns: routed)")
        self.stdout.write(" " * 14 + "".join(f"{label[:12]:>13}" for label in labels))
        for truth in labels:
            self.stdout.write(
                f"{truth:<14}"
                + "".join(f"{result['confusion'][truth].get(p, 0):>13}" for p in labels)
            )
        self.stdout.write("per language")
        for lang, scores in result["per_language"].items():
            self.stdout.write(
                f"  {lang:<8}{scores['posts']:>6} posts  macro-F1 {scores['macro_f1']:.3f}  "
                f"top-1 {scores['top1']['macro_f1']:.3f}  routed "
                f"{scores['auto_routed']['share']:.1%} at "
                f"{scores['auto_routed']['precision']:.1%} precision"
            )

    def _print_curve(self, result: dict) -> None:
        self.stdout.write(
            f"{result['posts']} posts, {result['folds']} folds per K; scored on the posts not "
            "used as corrections (mean ± standard deviation over folds)"
        )
        self.stdout.write(
            f"{'K':>6}{'macro-F1':>18}{'top-1 F1':>18}{'routed':>10}{'precision':>11}"
        )
        for point in result["curve"]:
            f1, top1 = point["macro_f1"], point["top1_macro_f1"]
            self.stdout.write(
                f"{point['corrections']:>6}{f1['mean']:>11.3f} ± {f1['stdev']:.3f}"
                f"{top1['mean']:>11.3f} ± {top1['stdev']:.3f}"
                f"{point['auto_routed_share']['mean']:>10.1%}"
                f"{point['auto_routed_precision']['mean']:>11.1%}"
            )


_json = json
