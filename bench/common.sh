# Shared by the benchmark scripts: build once, run the packaged app from a copy so a rebuild cannot disturb it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_PORT=${BENCH_PORT:-8089}
BENCH_PASSWORD=bench-admin-password
BASE="http://127.0.0.1:$BENCH_PORT"

# BENCH_DB=postgresql builds and runs the PostgreSQL build: the database argument of the scripts is then a JDBC
# URL (default below), signed in as BENCH_PG_USER / BENCH_PG_PASSWORD (default claimdesk / claimdesk).
BENCH_DB=${BENCH_DB:-h2}
BENCH_PG_URL=${BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/claimdesk_bench}

build() {
  (cd "$ROOT" && CLAIMDESK_DB_KIND=$BENCH_DB mvn -B -q package -DskipTests && mvn -B -q test-compile)
  APP="$(mktemp -d)"
  cp -r "$ROOT/target/quarkus-app" "$APP/"
}

# The JDBC URL for a database argument: an H2 file path, or with BENCH_DB=postgresql a JDBC URL as given.
# H2_URL_OPTIONS are the settings after the path; by default the README's configuration table's, without
# WRITE_DELAY (the app adds WRITE_DELAY=0 to any H2 file address itself).
jdbc_url() {
  if [ "$BENCH_DB" = postgresql ]; then echo "$1"; else echo "jdbc:h2:file:$1${H2_URL_OPTIONS-;AUTO_SERVER=TRUE}"; fi
}

# start_app DATABASE [JVM options…]: runs the app on DATABASE (see jdbc_url) and waits until it answers.
# BENCH_SEED_ON_START=true loads ./seed; BENCH_HASH_COST sets the bcrypt cost (default 4: quick to set up).
start_app() {
  local db="$1"; shift
  if [ "$BENCH_DB" = postgresql ]; then
    export QUARKUS_DATASOURCE_USERNAME=${BENCH_PG_USER:-claimdesk} QUARKUS_DATASOURCE_PASSWORD=${BENCH_PG_PASSWORD:-claimdesk}
  fi
  QUARKUS_DATASOURCE_JDBC_URL="$(jdbc_url "$db")" QUARKUS_HTTP_PORT=$BENCH_PORT \
  CLAIMDESK_BOOTSTRAP_ADMIN_PASSWORD=$BENCH_PASSWORD CLAIMDESK_SEED_ON_START=${BENCH_SEED_ON_START:-false} \
  CLAIMDESK_SEED_DIR="$ROOT/seed" CLAIMDESK_PASSWORD_HASH_COST=${BENCH_HASH_COST:-4} \
    java "$@" -jar "$APP/quarkus-app/quarkus-run.jar" > "$APP/app.log" 2>&1 &
  APP_PID=$!
  STARTED_AT=$(date +%s.%N)
  until curl -s -o /dev/null "$BASE/q/health"; do
    kill -0 $APP_PID 2>/dev/null || { cat "$APP/app.log"; exit 1; }
    sleep 0.1
  done
  READY_AT=$(date +%s.%N)
}

# wait_for_linking: waits until the matcher has linked every imported article (imports answer before their linking,
# which then runs in the background): figures taken while it works measure the linking too.
wait_for_linking() {
  local status
  while true; do
    status=$(curl -s -u "admin:$BENCH_PASSWORD" "$BASE/api/relations/matching")
    python3 -c "import json,sys; s=json.loads(sys.argv[1]); sys.exit(0 if s['indexBuilt'] and s['pendingArticles'] == 0 and not s['working'] else 1)" "$status" && return
    echo "waiting for the matcher: $status" >&2
    sleep 10
  done
}

stop_app() {
  kill $APP_PID 2>/dev/null || true
  wait $APP_PID 2>/dev/null || true
}

# wrk_figures HEADER URL: prints "requests/s p50_ms p99_ms" for URL (under $BASE) with that request header, after a
# 5 s warm-up of the same URL; WRK_SECONDS each (default 15), WRK_CONNECTIONS connections (default 4).
wrk_figures() {
  local header="$1" url="$2"
  wrk -t2 -c"${WRK_CONNECTIONS:-4}" -d5s -H "$header" "$BASE$url" > /dev/null
  wrk -t2 -c"${WRK_CONNECTIONS:-4}" -d"${WRK_SECONDS:-15}s" --latency -H "$header" "$BASE$url" | python3 -c '
import re, sys
out = sys.stdin.read()
def ms(label):
    value, unit = re.search(r"^\s+" + label + r"\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
if errors:
    sys.exit("wrk saw " + errors.group(1) + " error responses")
print(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1), round(ms("50%"), 1), round(ms("99%"), 1))'
}
