#!/bin/bash
# stop-wordpress.sh DIR — stops what start-wordpress.sh DIR started (PHP server, MariaDB), by pid.
DIR=${1:?usage: stop-wordpress.sh DIR}
stop_pid() {
    local pidfile=$1
    [ -f "$pidfile" ] || return 0
    local pid
    pid=$(cat "$pidfile")
    [ -n "$pid" ] || return 0
    kill "$pid" 2>/dev/null || return 0
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$pidfile"
}
# php -S with workers: the parent's process group holds the workers (it was started with setsid).
if [ -f "$DIR/php.pid" ]; then
    pgid=$(cat "$DIR/php.pid")
    kill -- "-$pgid" 2>/dev/null || true
    stop_pid "$DIR/php.pid"
fi
stop_pid "$DIR/mysqld.pid"
exit 0
