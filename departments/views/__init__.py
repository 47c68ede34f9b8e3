"""The back-office pages: the queue (queue.py) and the case view (case.py)."""

from departments.views.case import *  # noqa: F403 - the case view's, listed in its __all__
from departments.views.queue import *  # noqa: F403 - the queue's views, listed in its __all__
