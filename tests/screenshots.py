"""Where tests put the screenshots and report pages they make: a folder of the test run, so that
`make test` leaves the checkout as it was; `make screenshots` sets SMARTGOV_UPDATE_SCREENSHOTS=1
to refresh docs/screenshots/ on purpose."""

import os
import tempfile
from pathlib import Path

DOCS_SCREENSHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"

if os.environ.get("SMARTGOV_UPDATE_SCREENSHOTS") == "1":
    SCREENSHOTS = DOCS_SCREENSHOTS
else:
    SCREENSHOTS = (
        Path(os.environ.get("SMARTGOV_VAR_DIR") or tempfile.gettempdir()).absolute()
        / "test-screenshots"
    )
