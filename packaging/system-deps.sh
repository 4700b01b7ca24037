#!/bin/sh
# Installs the Debian/Ubuntu packages that a fresh machine lacks to create the
# virtual environment and to run Qt (on screen, offscreen, or under Xvfb).
# Only what is missing is installed: as root directly, otherwise through sudo.
# Each entry is "what must be present:package[|package for other releases]".
set -eu

command -v dpkg-query >/dev/null 2>&1 || exit 0  # not Debian/Ubuntu

missing=""
add() { missing="$missing $1"; }

# python3 -m venv needs ensurepip, which Debian ships separately.
if ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
    add "python3-venv"
fi

libs=$(/sbin/ldconfig -p 2>/dev/null || ldconfig -p)
for entry in \
    libEGL.so.1:libegl1 libGL.so.1:libgl1 libOpenGL.so.0:libopengl0 \
    libxkbcommon.so.0:libxkbcommon0 libxkbcommon-x11.so.0:libxkbcommon-x11-0 \
    libfontconfig.so.1:libfontconfig1 libfreetype.so.6:libfreetype6 \
    libdbus-1.so.3:libdbus-1-3 "libglib-2.0.so.0:libglib2.0-0t64|libglib2.0-0" \
    libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 \
    libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-shape.so.0:libxcb-shape0 \
    libxcb-render-util.so.0:libxcb-render-util0 libxcb-image.so.0:libxcb-image0 \
    libxcb-randr.so.0:libxcb-randr0 libxcb-xkb.so.1:libxcb-xkb1 \
    libX11-xcb.so.1:libx11-xcb1 ${VPI_EXTRA_DEPS:-}; do
    what=${entry%%:*}
    pkgs=${entry#*:}
    case "$what" in
        *.so.*) echo "$libs" | grep -q "[[:space:]]$what[[:space:]]" && continue ;;
        /*) [ -e "$what" ] && continue ;;
        *) command -v "$what" >/dev/null 2>&1 && continue ;;
    esac
    add "$pkgs"
done
[ -d /usr/share/fonts/truetype/dejavu ] || add fonts-dejavu-core

[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "Paquets système manquants / missing system packages:$missing" >&2
    echo "Installez-les en root / install them as root: apt-get install$missing" >&2
    exit 1
fi
echo "Installation des paquets système manquants / installing missing system packages:$missing"
$SUDO apt-get update -qq
chosen=""
for alts in $missing; do
    pick=""
    for p in $(echo "$alts" | tr '|' ' '); do
        if apt-cache show "$p" >/dev/null 2>&1; then pick=$p; break; fi
    done
    chosen="$chosen ${pick:-${alts%%|*}}"
done
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $chosen >/dev/null
