#!/usr/bin/env bash
# Gives the integration tests an empty PostgreSQL database (default minsheng_it on 127.0.0.1:5432).
set -euo pipefail
host=${MINSHENG_IT_DB_HOST:-127.0.0.1}
port=${MINSHENG_IT_DB_PORT:-5432}
user=${MINSHENG_IT_DB_USER:-postgres}
db=${MINSHENG_IT_DB_NAME:-minsheng_it}
psql -q -h "$host" -p "$port" -U "$user" -d postgres -v ON_ERROR_STOP=1 \
  -c "drop database if exists $db with (force)" -c "create database $db encoding 'UTF8' template template0"
