#!/bin/sh
# Adds (or with --remove, removes) a menu entry for this unpacked kzdesk folder, for the
# current user (~/.local/share), or for everyone with --system (/usr/local/share, as root).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX="${XDG_DATA_HOME:-$HOME/.local/share}"
ACTION=install
for arg in "$@"; do
    case "$arg" in
        --system) PREFIX=/usr/local/share ;;
        --remove) ACTION=remove ;;
        *) echo "usage: $0 [--system] [--remove]" >&2; exit 2 ;;
    esac
done
SIZES="16 24 32 48 64 128 256"
if [ "$ACTION" = remove ]; then
    rm -f "$PREFIX/applications/kzdesk.desktop"
    for size in $SIZES; do rm -f "$PREFIX/icons/hicolor/${size}x${size}/apps/kzdesk.png"; done
    rm -f "$PREFIX/icons/hicolor/scalable/apps/kzdesk.svg"
    echo "kzdesk menu entry removed from $PREFIX"
    exit 0
fi
ICONS="$HERE/_internal/kzdesk/resources/icons"
for size in $SIZES; do
    mkdir -p "$PREFIX/icons/hicolor/${size}x${size}/apps"
    cp "$ICONS/png/kzdesk-$size.png" "$PREFIX/icons/hicolor/${size}x${size}/apps/kzdesk.png"
done
mkdir -p "$PREFIX/icons/hicolor/scalable/apps" "$PREFIX/applications"
cp "$ICONS/kzdesk.svg" "$PREFIX/icons/hicolor/scalable/apps/kzdesk.svg"
# Exec must name this folder's executable: quote it for paths with spaces.
sed "s|^Exec=.*|Exec=\"$HERE/kzdesk\" gui|" "$HERE/kzdesk.desktop" > "$PREFIX/applications/kzdesk.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$PREFIX/applications" || true
echo "kzdesk menu entry installed in $PREFIX/applications/kzdesk.desktop"
