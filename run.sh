#!/usr/bin/env bash
# Builds and starts command-side and query-side on the embedded default (an H2 database under ./data
# that both processes share); Ctrl-C stops both. Extra arguments are passed to both apps, e.g.
#   ./run.sh --spring.profiles.active=postgres
set -euo pipefail
cd "$(dirname "$0")"

COMMAND_PORT=${COMMAND_SIDE_PORT:-8080}
QUERY_PORT=${QUERY_SIDE_PORT:-8081}

java_version() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1
}

find_java() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  for home in /usr/lib/jvm/* /opt/java/* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    candidates+=("$home/bin/java")
  done
  for java in "${candidates[@]}"; do
    if [ -x "$java" ] && [ "$(java_version "$java")" -ge 21 ] 2>/dev/null; then
      echo "$java"
      return 0
    fi
  done
  return 1
}

JAVA=$(find_java) || { echo "Outsourcing Ledger needs a JDK 21 or newer; none was found." >&2; exit 1; }

echo "Building (tests skipped; run them with ./mvnw -B verify)..."
./mvnw -q -B -DskipTests package

mkdir -p data logs
pids=()
stop() {
  trap - INT TERM EXIT
  [ ${#pids[@]} -gt 0 ] && kill "${pids[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT

start() {
  local app=$1 port=$2
  shift 2
  "$JAVA" -jar "$app"/target/"$app"-*-exec.jar --server.port="$port" "$@" >"logs/$app.log" 2>&1 &
  pids+=($!)
  local pid=$!
  for _ in $(seq 1 180); do
    if curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1; then
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$app failed to start; see logs/$app.log" >&2
      tail -20 "logs/$app.log" >&2
      exit 1
    fi
    sleep 1
  done
  echo "$app did not become healthy in 180 s; see logs/$app.log" >&2
  exit 1
}

start command-side "$COMMAND_PORT" "$@"
start query-side "$QUERY_PORT" "$@"

cat <<INFO

Outsourcing Ledger is running (logs in ./logs, data in ./data):
  command-side  http://localhost:$COMMAND_PORT   (API docs: http://localhost:$COMMAND_PORT/swagger-ui.html)
  query-side    http://localhost:$QUERY_PORT   (API docs: http://localhost:$QUERY_PORT/swagger-ui.html)
Users: business, hr, legal, finance, procurement, audit, management (and <name>2), integrator; password: ledger
Press Ctrl-C to stop both.
INFO
wait -n "${pids[@]}"
echo "An app stopped; stopping the other." >&2
