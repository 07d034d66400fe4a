#!/usr/bin/env bash
# Provisions a configured WildFly into a folder: unpacks the distribution and applies
# configure.cli offline. Used by bin/minsheng (run), the integration tests and docker/.
#   provision.sh WILDFLY_ZIP POSTGRESQL_JAR TARGET_DIR [--fresh]
set -euo pipefail
zip=$1; pg_jar=$2; target=$3; fresh=${4:-}
here=$(cd "$(dirname "$0")" && pwd)

# The marker holds what the server was provisioned from; when configure.cli or the distribution
# changes (a new datasource setting, say), the next start provisions again instead of keeping the
# old configuration. Server data lives outside this folder (jboss.server.data.dir).
stamp="$(sha256sum "$here/configure.cli" | cut -c1-64) $(basename "$zip")"
if [[ "$fresh" == "--fresh" ]]; then
  rm -rf "$target"
fi
if [[ -f "$target/.minsheng-provisioned" && "$(cat "$target/.minsheng-provisioned")" == "$stamp" ]]; then
  exit 0
fi
[[ -d "$target" ]] && echo "The server configuration changed; provisioning $target again" >&2
rm -rf "$target" "$target.unpack"
mkdir -p "$target.unpack"
unzip -q "$zip" -d "$target.unpack"
mv "$target.unpack"/wildfly-* "$target"
rm -rf "$target.unpack"
"$target/bin/jboss-cli.sh" -Dminsheng.postgresql.jar="$(cd "$(dirname "$pg_jar")" && pwd)/$(basename "$pg_jar")" \
  --file="$here/configure.cli" > "$target/provision.log" 2>&1 || {
  echo "WildFly configuration failed; see $target/provision.log" >&2
  exit 1
}
printf '%s' "$stamp" > "$target/.minsheng-provisioned"
