#!/bin/bash
# Landscape as code at scale (issue 17): apply (first, no-op, one file), plan of a one-file change and offline
# validate of a generated landscape with the packaged jar, as src/docs/scale.md reports them.
#
#   mvn -Pbench package -Dbench.args="M --write-yaml=target/landscape-M --no-baseline"   # the landscape (103 files)
#   mvn -DskipTests package                                                                # target/strata.jar
#   src/bench/landscape-as-code.sh target/strata.jar target/landscape-M /tmp/strata-bench-M
#
# Starts the jar as a server in <home> (a fresh folder: fresh database, demo loaded), then runs the CLI from the same
# jar against it with --progress lines, printing `uptime` before each command and the CLI's wall-clock time and peak
# RSS after it; at the end the server's log lines of each operation's steps. Changes the title of the first
# capability of the first capabilities file for the one-file runs and restores it at the end. SERVER_OPTS adds JVM
# options to the server only (at L: SERVER_OPTS=-Xmx16g).
set -u
JAR=$(realpath "$1"); LANDSCAPE=$(realpath "$2"); HOME_DIR=$3
TOKEN=strata_landscape-as-code-bench-token-0123456789
PORT=${PORT:-18391}
FLAGS="--sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED"
mkdir -p "$HOME_DIR" && cd "$HOME_DIR" || exit 1
STRATA_SECURITY_BOOTSTRAP_ADMIN_TOKEN=$TOKEN STRATA_PORT=$PORT STRATA_NEO4J_EMBEDDED_BOLT_PORT=$((PORT + 1)) \
  STRATA_NEO4J_EMBEDDED_HTTP_PORT=$((PORT + 2)) java $FLAGS ${SERVER_OPTS:-} -jar "$JAR" > server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER' EXIT
until grep -q "Strata is ready" server.log; do sleep 2; done
run() {
  echo "== strata $* (uptime: $(uptime))"
  /usr/bin/time -f "elapsed %e s, max RSS %M KB" java $FLAGS -jar "$JAR" "$@" --server "http://127.0.0.1:$PORT" \
    --token "$TOKEN" --progress lines 2>&1 | grep -v "^WARNING" | tail -25
}
run apply "$LANDSCAPE"
run apply "$LANDSCAPE"
FILE=$(find "$LANDSCAPE/capabilities" -name '*.yaml' | sort | head -1)
cp "$FILE" "$HOME_DIR/original.yaml"
sed -i '0,/title: /s/title: \(.*\)/title: \1 (renamed)/' "$FILE"
run plan "$LANDSCAPE"
run apply "$LANDSCAPE"
cp "$HOME_DIR/original.yaml" "$FILE"
# The server first stops: at L its heap (16 GiB) and the offline validate's (6 GB) do not fit a 24 GB machine together.
kill $SERVER; wait $SERVER; trap - EXIT
echo "== strata validate (offline) (uptime: $(uptime))"
/usr/bin/time -f "elapsed %e s, max RSS %M KB" java $FLAGS -jar "$JAR" validate "$LANDSCAPE" --progress lines 2>&1 \
  | grep -v "^WARNING" | tail -5
grep -E "Landscape operation|Applying|Planned|Upload " server.log
