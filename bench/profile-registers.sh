#!/usr/bin/env bash
# Profiles the R1 register load alone, against the database a PostgreSQL run of bench/run.sh left (ordo_bench):
# starts the app with ./ordo, runs the `registers` phase once to warm up and once measured, and records for the
# measured one a JFR recording of the app, the app's and PostgreSQL's CPU per read, the machine's CPU left to the
# load driver, and (when PostgreSQL preloads pg_stat_statements) the statements by total database time.
#
#   bench/profile-registers.sh LABEL [SECONDS] [-- extra JVM options]
#
# Output: bench/results/profile-LABEL/ (app.jfr, gatling.log, pgss.txt). Needs a previous `bench/run.sh [--quick]`
# on PostgreSQL (data, harness classpath) and a built app. To see statements: as superuser,
# `alter system set shared_preload_libraries = 'pg_stat_statements'`, restart PostgreSQL, and
# `create extension pg_stat_statements` in ordo_bench. Environment: JFR_SETTINGS (default), USERS (concurrent
# readers, default 64), and as for bench/bench-app.sh (PORT, JDK, ORDO_MODE).
set -euo pipefail
[ $# -ge 1 ] || { sed -n '2,13p' "$0"; exit 2; }
LABEL=$1; shift
SECS=20
if [ $# -gt 0 ] && [ "$1" != -- ]; then SECS=$1; shift; fi
[ "${1:-}" = -- ] && shift
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/bench
OUT=$BENCH/results/profile-$LABEL
mkdir -p "$OUT"
CP="$BENCH/target/classes:$(cat "$BENCH/target/cp-test.txt")"
GATLING_CP="$BENCH/target/test-classes:$CP"
. "$BENCH/bench-app.sh"
start_bench_app profile-registers.sh "$OUT" "$@"
pg_cpu_s() { ps -C postgres -o times= | awk '{s += $1} END {print s}'; }
# Busy CPU of the whole machine (user + nice + system + irq + softirq + steal), in ms: what is left after the app
# and PostgreSQL is mostly the load driver.
busy_ms() { awk -v hz="$(getconf CLK_TCK)" '/^cpu / {print int(($2 + $3 + $4 + $7 + $8 + $9) * 1000 / hz)}' /proc/stat; }
app_cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / hz)}' "/proc/$APP/stat"; }
phase() { # phase SECONDS LOG
  java -Xmx1g --add-opens=java.base/java.lang=ALL-UNNAMED -cp "$GATLING_CP" -Dbench.phase=registers \
    -Dbench.seconds="$1" -Dbench.data="$DATA" -Dbench.baseUrl="http://127.0.0.1:$PORT" -Dbench.concurrency=8 \
    -Dbench.approveRate=200 -Dbench.registerUsers="${USERS:-64}" -Dbench.password=bench-admin-password \
    io.gatling.app.Gatling --simulation dev.ordo.bench.sim.OrdoSimulation --results-folder "$OUT/gatling" \
    --launcher maven --build-tool-version 3 > "$2" 2>&1 || true
}
phase 20 "$OUT/warm-up.log"
PGSS=0
# The phase signs its 64 people in (bcrypt) over its first 5 s and reads from 10 s on: the CPU counters start 14 s
# after the phase (Gatling's start included), so they show the reads alone. The recording starts before the phase:
# started under load, JFR slowed the app to a third for ten seconds. Its samples of the sign-ins are told apart by
# their stacks (BCrypt).
jcmd $APP JFR.start name=registers settings="${JFR_SETTINGS:-default}" filename="$OUT/app.jfr" > /dev/null
"${PSQL[@]}" -c "select pg_stat_statements_reset()" > /dev/null 2>&1 && PGSS=1
phase "$SECS" "$OUT/gatling.log" &
GATLING=$!
sleep 14
a0=$(app_cpu_ms); p0=$(pg_cpu_s); b0=$(busy_ms); t0=$(date +%s%N)
wait $GATLING
a1=$(app_cpu_ms); p1=$(pg_cpu_s); b1=$(busy_ms); t1=$(date +%s%N)
jcmd $APP JFR.stop name=registers > /dev/null
if [ $PGSS = 1 ]; then
  "${PSQL[@]}" -F ' | ' -c "select calls, round(total_exec_time::numeric), round(mean_exec_time::numeric, 2),
    left(regexp_replace(query, '\s+', ' ', 'g'), 160) from pg_stat_statements order by total_exec_time desc
    limit 25" > "$OUT/pgss.txt"
fi
reads=$(grep -E '^> registers: (risk|asset|heat)' "$OUT/gatling.log" | tail -n 5 | awk -F'|' '{gsub(/[ ,]/, "", $2); s += $2} END {print s}')
window=$(( (t1 - t0) / 1000000 ))
echo "registers phase of ${SECS}s: $reads reads in all; from 2 s after the reads began to the end (${window} ms):" \
  "app CPU $((a1 - a0)) ms, PostgreSQL CPU $((p1 - p0)) s; app CPU per read ≈" \
  "$(awk -v c=$((a1 - a0)) -v r="$reads" -v w="$window" -v s="$SECS" 'BEGIN {printf "%.1f ms", c / (r * w / (s * 1000))}')," \
  "PostgreSQL CPU per read ≈" \
  "$(awk -v c=$(( (p1 - p0) * 1000 )) -v r="$reads" -v w="$window" -v s="$SECS" 'BEGIN {printf "%.1f ms", c / (r * w / (s * 1000))}');" \
  "machine busy $((b1 - b0)) ms of $((window * $(nproc))) ms, the rest (load driver, system)" \
  "$(( (b1 - b0) - (a1 - a0) - (p1 - p0) * 1000 )) ms" \
  | tee "$OUT/summary.txt"
grep -E '^> registers: ' "$OUT/gatling.log" | tail -n 9 | cut -c1-120 | tee -a "$OUT/summary.txt"
