import sys

from desktopguide.cli.main import main

sys.exit(main())
