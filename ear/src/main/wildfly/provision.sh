#!/usr/bin/env bash
# Provisions a configured WildFly into a folder: unpacks the distribution and applies
# configure.cli offline. Used by bin/minsheng (run), the integration tests and docker/.
#   provision.sh WILDFLY_ZIP POSTGRESQL_JAR TARGET_DIR [--fresh]
set -euo pipefail
zip=$1; pg_jar=$2; target=$3; fresh=${4:-}
here=$(cd "$(dirname "$0")" && pwd)

if [[ "$fresh" == "--fresh" ]]; then
  rm -rf "$target"
fi
if [[ -f "$target/.minsheng-provisioned" ]]; then
  exit 0
fi
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
touch "$target/.minsheng-provisioned"
