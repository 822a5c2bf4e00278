"""The core and i18n run with no display and no Qt."""

from __future__ import annotations

import subprocess
import sys


def test_importing_core_and_loading_content_does_not_import_pyside6() -> None:
    code = (
        "import sys\n"
        "import desktopguide.core, desktopguide.i18n\n"
        "from desktopguide.core.content.loader import load_library\n"
        "load_library()\n"
        "import desktopguide.cli.main\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
