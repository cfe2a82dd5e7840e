# Sourced by profile-registers.sh and cpu-per-request.sh: the app started with ./ordo on the database and feeder files
# the last PostgreSQL run of bench/run.sh left (ordo_bench), as that run's load phases ran it.
#
#   start_bench_app NAME OUT [extra JVM options...]   sets APP (the app's pid), DATA, BASE and PSQL
#
# Environment: PORT (default 8180), JDK (17 or 25; default 25 where installed, as for bench/run.sh's load),
# ORDO_MODE (plain, cds or aot; default: cds on JDK 17, aot on JDK 25), JAVA_OPTS, PGHOST, PGUSER.
start_bench_app() {
  local name=$1 out=$2 root
  shift 2
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  DATA=$(ls -td "$root"/bench/results/*-pg 2> /dev/null | head -n 1)/data
  [ -f "$DATA/browse.csv" ] || { echo "$name: run bench/run.sh on PostgreSQL first" >&2; exit 1; }
  PORT=${PORT:-8180}
  BASE=http://127.0.0.1:$PORT
  JAVA25_HOME=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
  if [ "${JDK:-25}" = 25 ] && [ -x "$JAVA25_HOME/bin/java" ]; then JDK=25; else JDK=17; fi
  PSQL=(psql -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" -d ordo_bench -Atq)
  export PORT JAVA25_HOME ORDO_DB_URL="jdbc:postgresql://${PGHOST:-127.0.0.1}:5432/ordo_bench"
  export ORDO_DB_USER=${PGUSER:-postgres} ORDO_DB_PASSWORD= ORDO_ADMIN_PASSWORD=bench-admin-password
  export JAVA_OPTS=${JAVA_OPTS:--Xmx512m -XX:G1PeriodicGCInterval=5000 -XX:-G1UseAdaptiveIHOP -Djdk.nio.maxCachedBufferSize=262144}
  # Rows the run imported are not vacuumed yet: the first reads would set their hint bits beside autovacuum (the
  # first profile after each run was slow).
  "${PSQL[@]}" -c "vacuum analyze"
  "$root/ordo" --jdk "$JDK" ${ORDO_MODE:+--mode "$ORDO_MODE"} -- "$@" > "$out/app.log" 2>&1 &
  APP=$!
  trap 'kill $APP 2> /dev/null || true' EXIT
  for _ in $(seq 1 900); do
    curl -fsS "$BASE/actuator/health" 2> /dev/null | grep -q UP && return 0
    kill -0 $APP 2> /dev/null || { tail -n 30 "$out/app.log" >&2; exit 1; }
    sleep 0.2
  done
  echo "$name: the app did not become healthy, see $out/app.log" >&2
  exit 1
}
