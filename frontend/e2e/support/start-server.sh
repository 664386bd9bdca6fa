#!/usr/bin/env bash
# Start Glossa for the end-to-end tests from an empty database: migrate, load the demo
# content, then serve (web server + task worker, which sends the mail) on $E2E_PORT.
# SQLite in $GLOSSA_VAR_DIR by default; E2E_DATABASE_URL=mysql://root@127.0.0.1:3306/NAME
# runs the same tests against a freshly created MariaDB database.
set -euo pipefail
cd "$(dirname "$0")/../../.."
python=.venv/bin/python
export DJANGO_SETTINGS_MODULE=config.settings.local

unset DATABASE_URL
if [[ -n "${E2E_DATABASE_URL:-}" ]]; then
	export DATABASE_URL="$E2E_DATABASE_URL"
	name=${DATABASE_URL##*/}
	mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS \`$name\`;
		CREATE DATABASE \`$name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
fi

$python -m glossa migrate --no-input -v0
$python -m glossa load_demo
$python -m glossa collectstatic --no-input -v0
exec $python -m glossa serve --port "$E2E_PORT"
