#!/usr/bin/env bash
# The benchmark: builds what it needs, starts a fake Telegram Bot API, drives Anxin's webhook (and the ceiling and the
# grammY peer) with realistic updates, measures Anxin's cold start, prints the table and appends it, with the machine's
# load, to docs/performance.md. Everything it starts it stops. See docs/performance.md for what each figure means.
#
#   bench/run.sh [--store sqlite|postgres|both] [--rounds 3] [--round-seconds 20] [--warmup-seconds 20]
#                [--chats 10000] [--connections 40] [--only anxin,ceiling,peer,cold] [--cold-runs 3]
#                [--no-jfr] [--no-record] [--java25 /path/to/java] [--two-nodes] [--image] [--jvm "FLAGS"]
#
# Needs Java 17 and Maven (the app and the harness), Node 20 and npm (the peer), a local PostgreSQL for
# --store postgres|both (127.0.0.1:5432, user postgres, trust auth; the run makes and drops a database of its own).
# With a Java 25 (--java25, or Temurin's in /usr/lib/jvm), cold starts are also measured as the image starts them.
# --two-nodes: on PostgreSQL, also two nodes on one database, the updates posted to them in turn.
# --image: the load runs, too, start Anxin as the image does (Java 25, its AOT cache and shipped vectors).
# --jvm "FLAGS": more JVM flags for Anxin's load runs, after the image's memory settings (later flags win).
set -euo pipefail

if [[ "${1:-}" == "--help" || "${1:-}" == "-h" ]]; then
  sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
fi

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

# The application's jar, built again when any source, the pom or a resource is newer than it.
if [[ ! -f target/anxin.jar ]] || [[ -n "$(find pom.xml src -newer target/anxin.jar -print -quit)" ]]; then
  echo "building target/anxin.jar"
  mvn -B -q -o -DskipTests package || mvn -B -q -DskipTests package
fi

# The harness: a Maven project of its own under bench/, never part of the application's build.
if [[ ! -f bench/target/classpath.txt ]] || [[ -n "$(find bench/pom.xml bench/src -newer bench/target/classpath.txt -print -quit)" ]]; then
  echo "building the harness (bench/pom.xml)"
  build=(-B -q -f bench/pom.xml package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt)
  mvn -o "${build[@]}" || mvn "${build[@]}"
  touch bench/target/classpath.txt  # Maven leaves it untouched when the class path did not change
fi

# The peer's packages; better-sqlite3 is compiled against this Node's own headers when no prebuilt binary is reachable.
if [[ " $* " != *" --only "* || " $* " == *peer* ]]; then
  if [[ ! -d bench/peer/node_modules/grammy || ! -d bench/peer/node_modules/better-sqlite3/build ]]; then
    echo "installing the peer's packages (bench/peer)"
    nodedir="$(dirname "$(dirname "$(command -v node)")")"
    (cd bench/peer && npm_config_nodedir="${npm_config_nodedir:-$nodedir}" npm ci --no-audit --no-fund)
  fi
fi

exec java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.anxin.bench.Bench --root "$root" "$@"
