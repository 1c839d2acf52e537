#!/bin/bash
# start-wordpress.sh DIR PORT [OWNER_PID]
#
# Test harness: starts a throw-away WordPress from Debian's packages on 127.0.0.1:PORT with
# everything it writes under DIR (MariaDB datadir and socket, wp-content, logs). Debian's
# /usr/share/wordpress is used read-only through a document root of symlinks; /etc is never
# touched. Installs the site, the Wiredesk mu-plugin and an Application Password, whose
# credentials (and the admin's login password) go to DIR/credentials (mode 600), never to stdout
# or the logs.
# Stop everything with stop-wordpress.sh DIR. With OWNER_PID, a watchdog also stops both servers
# once that process is gone, so a test that crashes leaves nothing running.
set -euo pipefail

DIR=${1:?usage: start-wordpress.sh DIR PORT}
PORT=${2:?usage: start-wordpress.sh DIR PORT}
OWNER_PID=${3:-}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SOURCE_ROOT=$(cd "$HERE/../../.." && pwd)
WP=/usr/share/wordpress

for tool in mariadb-install-db mariadbd mariadb php curl; do
    command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] \
        || { echo "start-wordpress: $tool is missing (see packaging/debian-test-deps.txt)" >&2; exit 3; }
done
[ -d "$WP/wp-includes" ] || { echo "start-wordpress: $WP missing (package wordpress)" >&2; exit 3; }

mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
LOG="$DIR/harness.log"
: > "$LOG"
SOCK="$DIR/mysqld.sock"
URL="http://127.0.0.1:$PORT"
USER_ARG=()
[ "$(id -u)" = 0 ] && USER_ARG=(--user=root)

fail() { echo "start-wordpress: $*" >&2; echo "--- harness.log" >&2; tail -n 30 "$LOG" >&2 || true; exit 1; }

if [ -n "$OWNER_PID" ]; then
    STOP="$HERE/stop-wordpress.sh"
    setsid bash -c 'while kill -0 "$1" 2>/dev/null && [ -d "$2" ]; do sleep 2; done; "$3" "$2"' \
        watchdog "$OWNER_PID" "$DIR" "$STOP" </dev/null >/dev/null 2>&1 &
fi

# --- MariaDB with its own datadir and socket, no TCP.
mariadb-install-db --no-defaults "${USER_ARG[@]}" --datadir="$DIR/mysql" \
    --auth-root-authentication-method=normal --skip-test-db --skip-name-resolve >>"$LOG" 2>&1 \
    || fail "mariadb-install-db failed"
setsid /usr/sbin/mariadbd --no-defaults "${USER_ARG[@]}" --datadir="$DIR/mysql" --socket="$SOCK" \
    --skip-networking --pid-file="$DIR/mysqld.pid" --log-error="$DIR/mariadb.err" \
    --innodb-flush-log-at-trx-commit=0 --skip-log-bin </dev/null >>"$LOG" 2>&1 &
for _ in $(seq 1 300); do
    [ -S "$SOCK" ] && mariadb --no-defaults -S "$SOCK" -u root -e 'SELECT 1' >/dev/null 2>&1 && break
    sleep 0.1
done
mariadb --no-defaults -S "$SOCK" -u root -e 'SELECT 1' >/dev/null 2>&1 || fail "MariaDB did not start"

DB_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
mariadb --no-defaults -S "$SOCK" -u root >>"$LOG" 2>&1 <<SQL || fail "creating the database failed"
CREATE DATABASE wordpress CHARACTER SET utf8mb4;
CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'localhost';
SQL

# --- Document root: symlinks into Debian's WordPress, our own wp-config.php and wp-content.
mkdir -p "$DIR/docroot" "$DIR/wp-content/uploads" "$DIR/wp-content/mu-plugins" "$DIR/wp-content/plugins"
for entry in "$WP"/*; do
    name=$(basename "$entry")
    case "$name" in wp-config.php|wp-content) continue ;; esac
    ln -sfn "$entry" "$DIR/docroot/$name"
done
ln -sfn "$DIR/wp-content" "$DIR/docroot/wp-content"
[ -d "$DIR/wp-content/themes" ] || ln -sfn "$WP/wp-content/themes" "$DIR/wp-content/themes"
cp "$SOURCE_ROOT/packaging/wordpress/wiredesk-meta.php" "$DIR/wp-content/mu-plugins/"

cat > "$DIR/docroot/wp-config.php" <<PHP
<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '$DB_PASSWORD');
define('DB_HOST', 'localhost:$SOCK');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_HOME', '$URL');
define('WP_SITEURL', '$URL');
define('WP_CONTENT_DIR', '$DIR/wp-content');
define('WP_CONTENT_URL', '$URL/wp-content');
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_DEBUG', false);
define('FS_METHOD', 'direct');
\$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
PHP
# Every file under wp-admin/ finds wp-load.php through its real path (/usr/share/wordpress), and
# Debian's wp-config.php there reads /etc. Defining ABSPATH first makes wp-load.php use ours.
cat > "$DIR/prepend.php" <<PHP
<?php
if (!defined('ABSPATH')) { define('ABSPATH', '$DIR/docroot/'); }
PHP
chmod 600 "$DIR/docroot/wp-config.php"

# --- PHP's built-in server, several workers so parallel requests do not queue behind one.
PHP_CLI_SERVER_WORKERS=${WIREDESK_WP_WORKERS:-4} setsid php -d auto_prepend_file="$DIR/prepend.php" \
    -d upload_max_filesize=64M -d post_max_size=64M -d memory_limit=256M \
    -S "127.0.0.1:$PORT" -t "$DIR/docroot" </dev/null >>"$DIR/php.log" 2>&1 &
echo $! > "$DIR/php.pid"
for _ in $(seq 1 200); do
    curl -s -o /dev/null "$URL/wp-includes/version.php" && break
    sleep 0.1
done

# --- Install through the web installer, like a person would.
ADMIN_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
status=$(curl -s -o "$DIR/install.html" -w '%{http_code}' --max-time 120 \
    --data-urlencode "weblog_title=Wiredesk Test" --data-urlencode "user_name=editor" \
    --data-urlencode "admin_password=$ADMIN_PASSWORD" --data-urlencode "admin_password2=$ADMIN_PASSWORD" \
    --data-urlencode "pw_weak=1" --data-urlencode "admin_email=editor@example.org" \
    --data-urlencode "blog_public=0" "$URL/wp-admin/install.php?step=2") || fail "install request failed"
[ "$status" = 200 ] || fail "install.php answered $status"
grep -q -i 'success' "$DIR/install.html" || fail "install.php did not report success (see $DIR/install.html)"

# --- An Application Password for the REST API, straight from WordPress's own API.
cat > "$DIR/app-password.php" <<'PHP'
<?php
$dir = $argv[1];
define('ABSPATH', $dir . '/docroot/');
require ABSPATH . 'wp-load.php';
$user = get_user_by('login', 'editor');
$created = WP_Application_Passwords::create_new_application_password($user->ID, ['name' => 'wiredesk-tests']);
if (is_wp_error($created)) { fwrite(STDERR, $created->get_error_message() . "\n"); exit(1); }
umask(077);
file_put_contents($dir . '/credentials', "user=editor\npassword=" . $created[0] . "\n");
PHP
php "$DIR/app-password.php" "$DIR" >>"$LOG" 2>&1 || fail "creating the application password failed"
chmod 600 "$DIR/credentials"
echo "url=$URL" >> "$DIR/credentials"
# The admin's login password, for tests that use the site in a browser's place (wp-login.php).
echo "admin_password=$ADMIN_PASSWORD" >> "$DIR/credentials"

# --- The REST API answers with the meta registered.
curl -s --max-time 60 "$URL/?rest_route=/" -o "$DIR/rest-index.json" || fail "REST index unreachable"
grep -q '"wp\\/v2"' "$DIR/rest-index.json" || fail "REST index has no wp/v2"
echo "WordPress is up at $URL" >>"$LOG"
