# Shared by the benchmark scripts: build once, run the packaged app from a copy so a rebuild cannot disturb it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_PORT=${BENCH_PORT:-8089}
BENCH_PASSWORD=bench-admin-password
BASE="http://127.0.0.1:$BENCH_PORT"

build() {
  (cd "$ROOT" && mvn -B -q package -DskipTests && mvn -B -q test-compile)
  APP="$(mktemp -d)"
  cp -r "$ROOT/target/quarkus-app" "$APP/"
}

# start_app DB_PATH [JVM options…]: runs the app on the H2 file DB_PATH and waits until it answers.
# BENCH_SEED_ON_START=true loads ./seed; BENCH_HASH_COST sets the bcrypt cost (default 4: quick to set up).
start_app() {
  local db="$1"; shift
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$db${H2_URL_OPTIONS:-;AUTO_SERVER=TRUE;WRITE_DELAY=0}" QUARKUS_HTTP_PORT=$BENCH_PORT \
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

stop_app() {
  kill $APP_PID 2>/dev/null || true
  wait $APP_PID 2>/dev/null || true
}
