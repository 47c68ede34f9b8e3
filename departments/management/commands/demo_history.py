from django.core.management.base import BaseCommand

from departments.demo_history import demo_history_build


class Command(BaseCommand):
    help = (
        "Fetch the demo's replayed history through ingestion, route it and work it as the back "
        "office would have (replies from the templates, corrections, assignments, notes, "
        "closures), each step dated when it happened. Safe to run again: nothing is done twice."
    )

    def handle(self, *args, **options):
        work = demo_history_build(progress=lambda line: self.stdout.write(f"  {line}"))
        self.stdout.write(
            f"Demo history: {work.cases:,} cases; {work.routed:,} routed by the router, "
            f"{work.corrected:,} corrected by an officer, {work.assigned:,} assigned, "
            f"{work.replies:,} replies and {work.notes:,} notes sent, {work.closed:,} closed."
        )
