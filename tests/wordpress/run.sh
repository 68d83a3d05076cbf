#!/usr/bin/env bash
# The WordPress tests: a real WordPress (Debian's package, with MariaDB and
# PHP's built-in server) started here on 127.0.0.1, the plugin unpacked
# from its built zip, then the Playwright specs in this folder. Everything
# it starts is stopped, and everything it writes removed, when it ends.
#
#   bash tests/wordpress/run.sh [playwright args...]
#
# Needs the built bundle (bash .ci/build) and the packages .ci/setup
# installs (wordpress, mariadb-server, php-mysql, zip). WP_PORT picks the
# port (default 4818); WP_SERVE=1 keeps WordPress running, without tests.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PORT=${WP_PORT:-4818}
# Debian's WordPress reads /etc/wordpress/config-<name>.php, the name given
# by WORDPRESS_CONFIG (PHP's built-in server and the CLI pass the
# environment on): one of its own for each run, so runs on other ports
# never share one.
export WORDPRESS_CONFIG="connected-care-test-$PORT"
CONFIG="/etc/wordpress/config-$WORDPRESS_CONFIG.php"
RUN=$(mktemp -d /tmp/ccw-wordpress.XXXXXX)
started=$(date +%s)
say() { printf '== %s (%ss)\n' "$*" $(($(date +%s) - started)); }

# MariaDB and the web server (with its workers) each run in a process
# group of their own (setsid), stopped as a group by its id.
db_pid="" web_pid=""
stop() {
  set +e
  for pid in $web_pid $db_pid; do
    kill -TERM -- "-$pid" 2>/dev/null
  done
  for pid in $web_pid $db_pid; do
    while kill -0 -- "-$pid" 2>/dev/null; do sleep 0.1; done
  done
  rm -f "$CONFIG"
  rm -rf "$RUN"
}
trap stop EXIT
trap 'exit 130' INT TERM

say "the plugin's zip"
node "$ROOT/wordpress/build.mjs"

say "MariaDB in $RUN/db"
mariadb-install-db --no-defaults --datadir="$RUN/db" --user="$(id -un)" --skip-test-db >/dev/null
setsid mariadbd --no-defaults --datadir="$RUN/db" --socket="$RUN/mysql.sock" --skip-networking \
  --pid-file="$RUN/mysql.pid" --user="$(id -un)" --log-error="$RUN/mysql.log" &
db_pid=$!
for _ in $(seq 100); do [ -S "$RUN/mysql.sock" ] && break; sleep 0.1; done
DB_PASSWORD=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
mariadb --no-defaults --socket="$RUN/mysql.sock" -u root <<SQL
CREATE DATABASE wordpress;
CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';
SQL

say "WordPress on http://127.0.0.1:$PORT"
mkdir -p "$RUN/wp-content/plugins" "$RUN/wp-content/uploads"
ln -s /usr/share/wordpress/wp-content/themes "$RUN/wp-content/themes"
unzip -q "$ROOT/wordpress/build/connected-care.zip" -d "$RUN/wp-content/plugins"
salt() { head -c 48 /dev/urandom | base64 | tr -d '\n/+='; }
cat >"$CONFIG" <<PHP
<?php
// Written by the connected-care tests (tests/wordpress/run.sh); removed when they end.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', '$DB_PASSWORD' );
define( 'DB_HOST', 'localhost:$RUN/mysql.sock' );
define( 'WP_HOME', 'http://127.0.0.1:$PORT' );
define( 'WP_SITEURL', 'http://127.0.0.1:$PORT' );
define( 'WP_CONTENT_DIR', '$RUN/wp-content' );
define( 'WP_CONTENT_URL', 'http://127.0.0.1:$PORT/wp-content' );
// Application passwords over plain HTTP, for the REST calls.
define( 'WP_ENVIRONMENT_TYPE', 'local' );
// Nothing from the network: no update checks, no cron.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '$RUN/debug.log' );
define( 'AUTH_KEY', '$(salt)' );
define( 'SECURE_AUTH_KEY', '$(salt)' );
define( 'LOGGED_IN_KEY', '$(salt)' );
define( 'NONCE_KEY', '$(salt)' );
define( 'AUTH_SALT', '$(salt)' );
define( 'SECURE_AUTH_SALT', '$(salt)' );
define( 'LOGGED_IN_SALT', '$(salt)' );
define( 'NONCE_SALT', '$(salt)' );
PHP
CCW_WP_CONTENT="$RUN/wp-content" PHP_CLI_SERVER_WORKERS=4 \
  setsid php -S "127.0.0.1:$PORT" -t /usr/share/wordpress "$HERE/router.php" >"$RUN/php.log" 2>&1 &
web_pid=$!
php "$HERE/wp.php" install >"$RUN/users.json"
for _ in $(seq 50); do curl -fso /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.1; done

if [ -n "${WP_SERVE:-}" ]; then
  # To look around: log in as administrator, editor or author, password
  # connected-care-e2e. Stop with Ctrl-C (or kill this script's pid).
  say "serving until stopped; users and application passwords in $RUN/users.json"
  wait "$web_pid"
fi

say "Playwright"
# The specs share the e2e tests' packages and helpers.
[ -e "$HERE/node_modules" ] || ln -s ../e2e/node_modules "$HERE/node_modules"
status=0
(cd "$HERE" && WP_URL="http://127.0.0.1:$PORT/" WP_USERS="$RUN/users.json" WP_CLI="$HERE/wp.php" \
  npx playwright test "$@") || status=$?
# WordPress 6.1 itself logs deprecations on PHP 8.2; the plugin must log nothing.
if grep -s "connected-care" "$RUN/debug.log" >&2; then
  echo "the plugin's PHP notices or errors, above (wp-content/debug.log)" >&2
  [ "$status" = 0 ] && status=1
fi
say "done"
exit $status
