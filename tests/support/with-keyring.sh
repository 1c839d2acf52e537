#!/usr/bin/env bash
# with-keyring.sh COMMAND [ARGS...]: runs COMMAND with an unlocked Secret Service keyring
# (gnome-keyring) on the current session bus, so QtKeychain jobs answer in milliseconds instead
# of waiting 25 s for an unlock prompt nobody will answer. The keyring lives in a temporary
# directory and is thrown away afterwards: nothing reaches the user's real keyring.
# Without a session bus it starts one first (dbus-run-session), so it also works on its own.
set -euo pipefail

[ $# -gt 0 ] || {
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
}

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    exec dbus-run-session -- "$0" "$@"
fi

command -v gnome-keyring-daemon >/dev/null || {
    echo "with-keyring: gnome-keyring-daemon not found (install gnome-keyring; ./desk deps does)" >&2
    exit 1
}

keyring_home=$(mktemp -d "${TMPDIR:-/tmp}/wiredesk-keyring.XXXXXX")
chmod 700 "$keyring_home"
control="$keyring_home/control"
daemon_pid=
cleanup() {
    if [ -n "$daemon_pid" ]; then kill "$daemon_pid" 2>/dev/null || true; fi
    rm -rf "$keyring_home"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --daemonize returns only once the daemon owns org.freedesktop.secrets on the bus (a foreground
# daemon races with the first client, which then D-Bus-activates a second, locked one).
# --unlock reads the password of the new login keyring from stdin.
env_lines=$(printf 'wiredesk-test' |
    XDG_DATA_HOME="$keyring_home/data" gnome-keyring-daemon --daemonize --unlock --components=secrets \
        --control-directory="$control")
while IFS= read -r line; do
    case "$line" in GNOME_KEYRING_CONTROL=*) export "${line?}" ;; esac
done <<<"$env_lines"
# The daemon is ours alone: it is the one process whose command line names our private directory.
daemon_pid=$(pgrep -f -- "--control-directory=$control" | head -n 1 || true)
[ -n "$daemon_pid" ] || {
    echo "with-keyring: gnome-keyring-daemon did not start" >&2
    exit 1
}

status=0
"$@" || status=$?
exit $status
