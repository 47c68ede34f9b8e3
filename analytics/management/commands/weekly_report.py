import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from analytics.periods import last_complete_week, parse_week
from analytics.reports import FORMATS, weekly_report_build
from departments.models import Department


class Command(BaseCommand):
    help = (
        "Build the weekly report (HTML, PDF and a CSV bundle) for an ISO week in the city's time "
        "zone, for the whole city or one department."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--week", default="", help="ISO week like 2026-W47 (default: last complete week)."
        )
        parser.add_argument("--department", default=None, help="Department slug (default: city).")
        parser.add_argument("--out", required=True, type=Path, help="Folder for the files.")
        parser.add_argument(
            "--formats",
            default=",".join(FORMATS),
            help="Comma-separated: html, pdf, csv (default: all three).",
        )

    def handle(self, *args, week, department, out, formats, **options):
        week = week or last_complete_week()
        try:
            parse_week(week)
        except ValueError as error:
            raise CommandError(str(error)) from None
        if department and not Department.objects.filter(slug=department).exists():
            slugs = ", ".join(Department.objects.values_list("slug", flat=True))
            raise CommandError(f"No department {department!r}; known: {slugs}.")
        chosen = tuple(f.strip() for f in formats.split(",") if f.strip())
        if set(chosen) - set(FORMATS):
            raise CommandError(f"Formats must be among {', '.join(FORMATS)}.")
        self.stdout.write(f"Building the report for {week}, {department or 'the whole city'} ...")
        started = time.perf_counter()
        report = weekly_report_build(
            week=week, department_slug=department, out_dir=out, formats=chosen
        )
        for step, seconds in report.seconds.items():
            self.stdout.write(f"  {step:<8} {seconds:6.2f} s")
        if report.charts_note:
            self.stdout.write(self.style.WARNING(report.charts_note))
        for kind, path in report.files.items():
            self.stdout.write(f"  {kind:<8} {path} ({path.stat().st_size:,} bytes)")
        self.stdout.write(self.style.SUCCESS(f"Done in {time.perf_counter() - started:.2f} s."))
