#!/bin/sh
# Installs what desktopguide needs on Debian or Ubuntu: system libraries for Qt, fonts
# for every shipped script, and a virtual environment in .venv with the app in it.
# Usage: scripts/setup.sh [test]   (test: also the test tools, from requirements/test.lock)
set -eu
cd "$(dirname "$0")/.."

if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
        python3 python3-venv python3-pip \
        libegl1 libgl1 libopengl0 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 \
        libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
        libxcb-shape0 libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 \
        fonts-noto-core fonts-noto-cjk fonts-dejavu-core \
        libpulse0 libspeechd2 \
        poppler-utils gettext xvfb xauth xdotool >/dev/null
    # Read aloud needs Qt's speech module (libpulse0) and its speech-dispatcher plugin (libspeechd2);
    # the voices themselves come from speech-dispatcher with eSpeak NG. A kiosk wants them:
    # VOICES=1 scripts/setup.sh
    if [ "${VOICES:-0}" = "1" ]; then
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
            speech-dispatcher speech-dispatcher-espeak-ng >/dev/null
    fi
fi

# The packages come from a lock (scripts/lock writes it): the same versions on every machine,
# each file checked against its hash. The app itself goes in last, without its dependencies
# and with the build backend from the lock, so that nothing unpinned is fetched.
case "${1:-}" in
    "") LOCK=requirements/app.lock ;;
    test) LOCK=requirements/test.lock ;;
    *) echo "scripts/setup.sh: unknown extra '$1' (use nothing or 'test')" >&2; exit 2 ;;
esac
if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --require-hashes -r "$LOCK"
.venv/bin/python -m pip install --quiet --no-deps --no-build-isolation .
