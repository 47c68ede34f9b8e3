"""The back-office pages: the queue (queue.py with queue_query, queue_rows, queue_sidebar,
queue_bulk and saved_filters) and the case view (case_detail, case_actions and case_replies
over case_panel)."""

from departments.views.case_actions import *  # noqa: F403 - each module lists its views in __all__
from departments.views.case_detail import *  # noqa: F403
from departments.views.case_replies import *  # noqa: F403
from departments.views.queue import *  # noqa: F403
from departments.views.queue_bulk import *  # noqa: F403
from departments.views.queue_sidebar import *  # noqa: F403
from departments.views.saved_filters import *  # noqa: F403
