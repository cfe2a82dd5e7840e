#!/usr/bin/env bash
# Ordo benchmark harness (issue B1): one command that generates a large organization, measures the floors, drives the
# load, measures start-up and memory, and appends a summary with every target met / not met to docs/performance.md.
#
#   bench/run.sh [--quick] [--db pg|h2] [--no-doc] [--skip-startup-matrix]
#
#   --quick   small data and short phases (a few minutes); default is the full size of the issue
#   --db      pg (default: database ordo_bench on 127.0.0.1:5432, dropped and re-created) or h2 (file in the results)
#   --no-doc  do not append the summary to docs/performance.md
# Environment: LOAD_JDK (25 or 17: the JDK the app runs on under load; default 25 where installed), PORT (default 8180), ORDO_JAR (default target/ordo-*.jar, built when missing), PGHOST/PGPORT/PGUSER
# (default 127.0.0.1/5432/postgres), JFR_PHASE (a load phase, e.g. registers: a JFR recording of the app during it, in
# the results as <phase>.jfr), GEN_EXTRA (more generator arguments, e.g. "--workflows 5000"), JAVA25_HOME (default /usr/lib/jvm/temurin-25-jdk-amd64), SEED (default 42).
# All load goes to 127.0.0.1. Results: bench/results/<run>/ (gitignored).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/bench
PROFILE=full
DB=pg
DOC=1
MATRIX=1
ARGS="$*"
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) PROFILE=quick; shift ;;
    --full) PROFILE=full; shift ;;
    --db) DB=$2; shift 2 ;;
    --no-doc) DOC=0; shift ;;
    --skip-startup-matrix) MATRIX=0; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
case "$DB" in pg|h2) ;; *) echo "run.sh: --db pg or h2" >&2; exit 2 ;; esac

export PORT=${PORT:-8180}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
JAVA25_HOME=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
SEED=${SEED:-42}
BASE_URL=http://127.0.0.1:$PORT
ADMIN_PASSWORD=bench-admin-password
# The app's JVM options for every start: a 512 MiB heap, and G1 returning unused heap to the OS when idle.
export JAVA_OPTS=${JAVA_OPTS:--Xmx512m -XX:G1PeriodicGCInterval=5000 -XX:-G1UseAdaptiveIHOP -Djdk.nio.maxCachedBufferSize=262144}

# Sizes and durations per profile (data sizes: see bench/src/main/java/dev/ordo/bench/datagen/Sizes.java).
if [ "$PROFILE" = quick ]; then
  GEN_ARGS=(--profile quick --workflows 200 --open-tasks 1020)
  FLOOR_SECONDS=8; WRITE_SECONDS=8; APPROVE_SECONDS=5; MIXED_SECONDS=20; APPROVE_RATE=200; REGISTER_SECONDS=20
  MIXED=(-Dbench.browseRate=2 -Dbench.ownerRate=2 -Dbench.integrationRate=4)
  PROBE_N=10
else
  GEN_ARGS=(--profile full)
  FLOOR_SECONDS=20; WRITE_SECONDS=30; APPROVE_SECONDS=60; MIXED_SECONDS=120; APPROVE_RATE=200; REGISTER_SECONDS=60
  MIXED=(-Dbench.browseRate=4 -Dbench.ownerRate=4 -Dbench.integrationRate=8)
  PROBE_N=20
fi
CONCURRENCY=8

RUN_ID=$(date -u +%Y%m%dT%H%M%SZ)-$PROFILE-$DB
OUT=$BENCH/results/$RUN_ID
mkdir -p "$OUT/data" "$OUT/gatling"
METRICS=$OUT/metrics.env
: > "$METRICS"
metric() { echo "$1=$2" >> "$METRICS"; }
log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$OUT/run.log" >&2; }
T0=$(date +%s)

# --- tools (Debian packages only; nothing is downloaded at run time otherwise) ---------------------------------------
APT_UPDATED=0
need() { # need COMMAND PACKAGE
  if ! command -v "$1" > /dev/null 2>&1; then
    if [ "$APT_UPDATED" = 0 ]; then apt-get update -qq; APT_UPDATED=1; fi
    log "installing $2 for $1"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" > /dev/null
  fi
}
need curl curl
need psql postgresql-client
need pgbench postgresql-client
need java openjdk-17-jdk-headless
need sha256sum coreutils

# --- build ---------------------------------------------------------------------------------------------------------
cd "$ROOT"
if [ -z "${ORDO_JAR:-}" ]; then
  ORDO_JAR=$(ls "$ROOT"/target/ordo-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
  if [ -z "$ORDO_JAR" ]; then
    log "building the app"
    ./mvnw -q -DskipTests package
    ORDO_JAR=$(ls "$ROOT"/target/ordo-*.jar | grep -v original | head -n 1)
  fi
fi
export ORDO_JAR
log "building the harness"
./mvnw -q -f bench/pom.xml test-compile dependency:build-classpath -Dmdep.outputFile=target/cp-test.txt \
  -Dmdep.includeScope=test
CP="$BENCH/target/classes:$(cat "$BENCH/target/cp-test.txt")"
GATLING_CP="$BENCH/target/test-classes:$CP"

metric run.date "$(date -u '+%Y-%m-%d %H:%M UTC')"
metric run.command "bench/run.sh $ARGS"
metric run.profile "$PROFILE"
metric run.db "$DB"
metric machine.nproc "$(nproc)"
metric machine.mem_mib "$(awk '/MemTotal/{print int($2/1024)}' /proc/meminfo)"
metric machine.cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
jdk_version() { "$1" -version 2>&1 | awk -F'"' 'NR==1 {v=$2} NR==2 {sub(/ \(build.*/, ""); r=$0} END {print v " (" r ")"}'; }
metric jdk17.version "$(jdk_version java)"
if [ -x "$JAVA25_HOME/bin/java" ]; then
  metric jdk25.version "$(jdk_version "$JAVA25_HOME/bin/java")"
else
  metric jdk25.version "not installed at $JAVA25_HOME"
fi
# The server's sizing goes into the record: the stock cluster (shared_buffers 128MB) and bench/pg-tuned.sh's differ.
metric pg.version "$(psql -d postgres -Atc "select current_setting('server_version') || ' on port ' || current_setting('port')
  || ', shared_buffers ' || current_setting('shared_buffers') || ', max_wal_size ' || current_setting('max_wal_size')" \
  2>/dev/null || echo '?')"
metric load.start "$(cut -d' ' -f1 /proc/loadavg)"
metric app.jar "$(basename "$ORDO_JAR")"
metric app.jar_sha "$(sha256sum "$ORDO_JAR" | cut -c1-12)"
metric app.git "$(git -C "$ROOT" log -1 --format='%h %s' 2>/dev/null | cut -c1-80)$(git -C "$ROOT" diff --quiet 2>/dev/null || echo ' (uncommitted changes)')"
metric app.java_opts "$JAVA_OPTS"
metric load.concurrency "$CONCURRENCY"
metric load.register_users 64
metric load.register_seconds "$REGISTER_SECONDS"
metric load.approve_rate "$APPROVE_RATE"
metric load.seconds "$MIXED_SECONDS"
metric load.mixed_rates "$(echo "${MIXED[*]}" | sed 's/-Dbench\.//g; s/Rate=/ \//g; s/$/ sessions\/s/; s/ -D/, /g')"

# --- database --------------------------------------------------------------------------------------------------------
if [ "$DB" = pg ]; then
  for d in ordo_bench ordo_bench_flowable ordo_bench_floor; do
    dropdb --if-exists "$d" 2>/dev/null
    createdb "$d"
  done
  export ORDO_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/ordo_bench" ORDO_DB_USER=$PGUSER ORDO_DB_PASSWORD=
  FLOW_URL="jdbc:postgresql://$PGHOST:$PGPORT/ordo_bench_flowable"
else
  dropdb --if-exists ordo_bench_floor 2>/dev/null; createdb ordo_bench_floor
  export ORDO_DB_URL="jdbc:h2:file:$OUT/h2/ordo;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0" ORDO_DB_USER=sa ORDO_DB_PASSWORD=
  FLOW_URL="jdbc:h2:file:$OUT/h2/flowable-floor;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"
fi
export ORDO_ADMIN_PASSWORD=$ADMIN_PASSWORD
unset ORDO_ADMIN_API_TOKEN || true

# --- app lifecycle ---------------------------------------------------------------------------------------------------
APP_PID=""
SAMPLER_PID=""
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2> /dev/null; then
    kill "$APP_PID" 2> /dev/null || true
    for _ in $(seq 1 300); do kill -0 "$APP_PID" 2> /dev/null || break; sleep 0.1; done
    kill -9 "$APP_PID" 2> /dev/null || true
  fi
  APP_PID=""
}
cleanup() {
  if [ -n "$SAMPLER_PID" ]; then kill "$SAMPLER_PID" 2> /dev/null || true; fi
  stop_app
}
trap cleanup EXIT
if curl -fsS -o /dev/null "$BASE_URL/actuator/health" 2> /dev/null; then
  echo "run.sh: something already answers on port $PORT; stop it or set PORT" >&2; exit 1
fi
rss_mib() { awk '/VmRSS/{print int($2/1024)}' "/proc/$1/status" 2> /dev/null || echo 0; }
CLK_TCK=$(getconf CLK_TCK)
cpu_ms() { # CPU time (user + system) the process has used so far, in ms; less sensitive to a busy machine than latency
  awk -v hz="$CLK_TCK" '{sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / hz)}' "/proc/$1/stat" 2> /dev/null || echo 0
}

# start_app LABEL COMMAND...: launches, times launch → healthy (UP), records startup.LABEL.ms
start_app() {
  local label=$1; shift
  local start end
  start=$(date +%s%N)
  "$@" > "$OUT/app-$label.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 3000); do
    if curl -fsS "$BASE_URL/actuator/health" 2> /dev/null | grep -q '"UP"'; then break; fi
    if ! kill -0 "$APP_PID" 2> /dev/null; then log "app ($label) died, see $OUT/app-$label.log"; exit 1; fi
    sleep 0.1
  done
  end=$(date +%s%N)
  metric "startup.$label.ms" $(( (end - start) / 1000000 ))
  metric "startup.$label.load" "$(cut -d' ' -f1 /proc/loadavg)"
  log "app ($label) healthy after $(( (end - start) / 1000000 )) ms"
}
idle_rss() { # idle_rss LABEL: RSS after the app has been idle for a few seconds
  sleep 10
  metric "startup.$1.idle_rss_mib" "$(rss_mib "$APP_PID")"
}

# --- 1. schema and first start ---------------------------------------------------------------------------------------
log "first start on an empty $DB database (migrations)"
start_app first java $JAVA_OPTS -jar "$ORDO_JAR"
stop_app

# --- 2. data generator, database part (app stopped) -------------------------------------------------------------------
log "generating data ($PROFILE)"
java -Xmx1g -cp "$CP" dev.ordo.bench.datagen.Generate --phase db --db-url "$ORDO_DB_URL" --db-user "$ORDO_DB_USER" \
  --out "$OUT/data" --seed "$SEED" --catalog "$ROOT/src/main/resources/catalog/ts27022-processes.json" \
  "${GEN_ARGS[@]}" ${GEN_EXTRA:-} > "$OUT/generate-db.log" 2>&1 || { cat "$OUT/generate-db.log" >&2; exit 1; }
grep -E '^(identity|processes|riskassessment|records) ' "$OUT/generate-db.log" | tee -a "$OUT/run.log" >&2

# --- 3. the app under load: on JDK 25 (AOT cache) where it is installed, else on JDK 17 (CDS) --------------------------
# On JDK 17 the app's CPU per read grows with the number of concurrent requests (likely JDK-8180450, type checks
# against interfaces, fixed in JDK 23): at 64 concurrent readers it used 2.7 times the CPU per read it needs on JDK 25
# (docs/configuration.md, Java runtime). LOAD_JDK=17 runs the load on JDK 17 anyway.
if [ "${LOAD_JDK:-25}" = 25 ] && [ -x "$JAVA25_HOME/bin/java" ]; then LOAD_JDK=25; else LOAD_JDK=17; fi
metric load.jdk $LOAD_JDK
if [ $LOAD_JDK = 25 ]; then LOAD_JAVA_HOME=$JAVA25_HOME; else LOAD_JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")"); fi
"$ROOT/ordo" --jdk $LOAD_JDK --prepare-only
start_app load-jdk$LOAD_JDK "$ROOT/ordo" --jdk $LOAD_JDK
idle_rss load-jdk$LOAD_JDK

log "generating workflow instances through the API"
java -Xmx512m -cp "$CP" dev.ordo.bench.datagen.Generate --phase api --base-url "$BASE_URL" --out "$OUT/data" \
  --seed "$SEED" --catalog "$ROOT/src/main/resources/catalog/ts27022-processes.json" "${GEN_ARGS[@]}" \
  ${GEN_EXTRA:-} > "$OUT/generate-api.log" 2>&1 || { cat "$OUT/generate-api.log" >&2; exit 1; }
grep -E '"(workflowsCompleted|workflowsPerSecond|openTasks)"' "$OUT/generate-api.log" | tee -a "$OUT/run.log" >&2

gatling() { # gatling PHASE SECONDS [extra -D...]
  local phase=$1 seconds=$2 cpu0; shift 2
  log "load: $phase (${seconds}s)"
  cpu0=$(cpu_ms "$APP_PID")
  if [ "${JFR_PHASE:-}" = "$phase" ]; then
    "$LOAD_JAVA_HOME/bin/jcmd" "$APP_PID" JFR.start name="$phase" settings=profile filename="$OUT/$phase.jfr" > /dev/null
  fi
  java -Xmx1g --add-opens=java.base/java.lang=ALL-UNNAMED -cp "$GATLING_CP" \
    -Dbench.phase="$phase" -Dbench.seconds="$seconds" -Dbench.data="$OUT/data" -Dbench.baseUrl="$BASE_URL" \
    -Dbench.concurrency=$CONCURRENCY -Dbench.approveRate=$APPROVE_RATE "$@" \
    io.gatling.app.Gatling --simulation dev.ordo.bench.sim.OrdoSimulation --results-folder "$OUT/gatling/$phase" \
    --launcher maven --build-tool-version 3 > "$OUT/gatling-$phase.log" 2>&1 \
    || log "gatling $phase exited non-zero (see $OUT/gatling-$phase.log)"
  metric "cpu.$phase.app_ms" $(( $(cpu_ms "$APP_PID") - cpu0 ))
  if [ "${JFR_PHASE:-}" = "$phase" ]; then "$LOAD_JAVA_HOME/bin/jcmd" "$APP_PID" JFR.stop name="$phase" > /dev/null; fi
  grep -E '> (request count|response time 99th|mean throughput)' "$OUT/gatling-$phase.log" | tail -n 3 \
    | sed "s/^/  $phase /" | tee -a "$OUT/run.log" >&2 || true
}

# drain: after a phase that offered more than the app could take, wait until it has worked off its backlog (the
# health check, which needs a database connection, answers quickly three times in a row), so phases do not overlap.
drain() {
  local start=$(date +%s) quick=0 t
  while [ $(( $(date +%s) - start )) -lt 300 ] && [ $quick -lt 3 ]; do
    t=$(curl -s -o /dev/null -m 10 -w '%{time_total}' "$BASE_URL/actuator/health" || echo 10)
    if awk -v t="$t" 'BEGIN {exit !(t < 0.25)}'; then quick=$((quick + 1)); else quick=0; sleep 1; fi
  done
  metric "drain.$1.seconds" $(( $(date +%s) - start ))
}
sample_rss() { # sample_rss FILE: peak resident memory of the app, every half second, until killed
  ( peak=0; while kill -0 "$APP_PID" 2> /dev/null; do r=$(rss_mib "$APP_PID"); if [ "$r" -gt "$peak" ]; then peak=$r; echo "$peak" > "$1"; fi; sleep 0.5; done ) &
  SAMPLER_PID=$!
}

gatling floor-health "$FLOOR_SECONDS"; drain floor-health
gatling floor-me "$FLOOR_SECONDS"; drain floor-me
gatling write "$WRITE_SECONDS"; drain write

# Mixed load, with the app's resident memory sampled every half second.
sample_rss "$OUT/rss-peak"
gatling mixed "$MIXED_SECONDS" "${MIXED[@]}"
kill "$SAMPLER_PID" 2> /dev/null || true; SAMPLER_PID=""
metric load.rss_max_mib "$(cat "$OUT/rss-peak" 2> /dev/null || echo 0)"
drain mixed

# R1: 64 people reading the risk register, the asset list and the heat map of 100,000 risks / 20,000 assets.
gatling registers "$REGISTER_SECONDS" -Dbench.registerUsers=64 -Dbench.password="$ADMIN_PASSWORD"
drain registers

# Approvals at the target rate last: if the app cannot keep up, its backlog must not spill into another phase.
sample_rss "$OUT/rss-peak-approve"
gatling approve "$APPROVE_SECONDS"
drain approve
kill "$SAMPLER_PID" 2> /dev/null || true; SAMPLER_PID=""
metric approve.rss_max_mib "$(cat "$OUT/rss-peak-approve" 2> /dev/null || echo 0)"

# Latency of each read endpoint, large organization vs a small one: what grows with the data?
log "probe: read endpoints, large vs small organization"
LARGE_TOKEN=$(sed -n 2p "$OUT/data/browse.csv" | cut -d, -f1)
SMALL_TOKEN=$(awk -F, '$2=="WORKFLOW" && $4=="manager" {print $6; exit}' "$OUT/data/tokens.csv")
median_ms() { # median_ms TOKEN PATH
  local i
  for i in $(seq 1 "$PROBE_N"); do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $1" "$BASE_URL$2"
  done | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]*1000}'
}
: > "$OUT/latency-probe.tsv"
for path in /api/v1/me /api/v1/processes /api/v1/processes/graph /api/v1/processes/risk-assessment \
    /api/v1/processes/risk-assessment/tailoring-changes "/api/v1/processes/tailoring-changes?page=0&size=50" \
    "/api/v1/audit-trail?size=50" "/api/v1/audit-trail?size=50&until=$(date -u -d '-200 days' +%Y-%m-%dT%H:%M:%SZ)" \
    /api/v1/members /api/v1/tasks "/api/v1/risks?size=50" "/api/v1/risks?sort=residual&minLevel=3&size=50" \
    "/api/v1/risks?q=payroll&size=50" /api/v1/risks/heatmap "/api/v1/assets?size=50" \
    "/api/v1/assets?sort=protection&type=SOFTWARE&size=50"; do
  printf '%s\t%s\t%s\n' "$path" "$(median_ms "$LARGE_TOKEN" "$path")" "$(median_ms "$SMALL_TOKEN" "$path")" \
    >> "$OUT/latency-probe.tsv"
done
metric probe.requests "$PROBE_N"

# --- R1 one-off operations on the running app ------------------------------------------------------------------------
# The full NIST SP 800-53 rev5 catalog (3 MB of OSCAL JSON) imported three times under new keys: the first import
# includes loading the OSCAL library's classes, the later ones are what an ISMS manager sees on a running server.
OSCAL_CATALOG=${OSCAL_CATALOG:-$ROOT/../shared/fixtures/oscal/content/sp800-53-rev5/catalog/NIST_SP-800-53_rev5.0.1_catalog_oscal-1.0.0.json}
if [ -f "$OSCAL_CATALOG" ]; then
  log "R1: OSCAL import of $(basename "$OSCAL_CATALOG")"
  for i in 1 2 3; do
    r=$(curl -s -o "$OUT/oscal-import-$i.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $LARGE_TOKEN" \
      -F "file=@$OSCAL_CATALOG" -F "key=sp80053-bench-$i" "$BASE_URL/api/v1/catalogs/import?wait=true")
    [ "${r%% *}" = 201 ] || log "OSCAL import $i answered ${r%% *}"
    metric "oscal.import_$i.seconds" "${r#* }"
  done
  metric oscal.controls "$(grep -o '"controlCount":[0-9]*' "$OUT/oscal-import-1.json" | cut -d: -f2)"
  # NIST's SP 800-53 rev5 → ISO/IEC 27001 crosswalk onto the first imported copy: the large organization then has
  # several catalogs with mappings (built-in ISO/IEC 27001:2022, three SP 800-53 copies, the crosswalk).
  MAPPING_CSV=${MAPPING_CSV:-$ROOT/../shared/fixtures/mappings/nist/csv/sp800-53r5-to-iso-27001-mapping__Sheet1.csv}
  NIST_ID=$(sed -n 's/^{"id":"\([^"]*\)".*/\1/p' "$OUT/oscal-import-1.json")
  if [ -f "$MAPPING_CSV" ] && [ -n "$NIST_ID" ]; then
    r=$(curl -s -o "$OUT/mapping-import.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $LARGE_TOKEN" \
      -F "file=@$MAPPING_CSV" "$BASE_URL/api/v1/mappings/import?source=$NIST_ID")
    [ "${r%% *}" = 201 ] || log "mapping import answered ${r%% *}"
    metric mapping.import_seconds "${r#* }"
    metric mapping.count "$(grep -o '"mappings":[0-9]*' "$OUT/mapping-import.json" | cut -d: -f2)"
  fi
  grep -E '^(oscal|mapping)' "$METRICS" | tee -a "$OUT/run.log" >&2
else
  log "R1: no OSCAL catalog at $OSCAL_CATALOG; import not measured"
fi

# The Statement of Applicability of the large organization (93 Annex A controls, computed from 100,000 risks) as PDF,
# three times; the first in the app's life would include loading fonts, which the app's warm-up does at start.
log "R1: Statement of Applicability as PDF"
for i in 1 2 3; do
  r=$(curl -s -o "$OUT/soa-$i.pdf" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $LARGE_TOKEN" \
    "$BASE_URL/api/v1/soa/export?format=pdf&draft=true")
  [ "${r%% *}" = 200 ] || log "SoA PDF $i answered ${r%% *}"
  metric "soa.pdf_$i.seconds" "${r#* }"
done
metric soa.pdf_bytes "$(stat -c %s "$OUT/soa-1.pdf" 2> /dev/null || echo 0)"
grep '^soa' "$METRICS" | tee -a "$OUT/run.log" >&2

# Import throughput (issue R1): IMPORT_ROWS assets, then as many asset-based risks with three ratings each, as CSV
# into the large organization through the import API, then the register exported as XLSX and imported again.
# The owner is the importing manager (GET /api/v1/me); names carry a prefix the generated data does not use.
# A standalone generator of the same files (CSV and XLSX) is dev.ordo.riskassessment.ImportFiles in the app's tests.
IMPORT_ROWS=${IMPORT_ROWS:-100000}  # the R1 target size, in both profiles
log "import: $IMPORT_ROWS assets and $IMPORT_ROWS risks (CSV), the register back as XLSX"
OWNER=$(curl -fsS -H "Authorization: Bearer $LARGE_TOKEN" "$BASE_URL/api/v1/me" | sed -n 's/.*"username":"\([^"]*\)".*/\1/p')
awk -v n="$IMPORT_ROWS" -v o="$OWNER" 'BEGIN { print "name,type,owner,confidentiality,integrity,availability,authenticity";
  for (i = 0; i < n; i++) printf "Bench asset %d,SOFTWARE,%s,%d,%d,%d,1\n", i, o, 1 + i % 4, 1 + int(i / 4) % 4, 1 + int(i / 16) % 4 }' \
  > "$OUT/data/import-assets.csv"
awk -v n="$IMPORT_ROWS" -v o="$OWNER" 'BEGIN { print "title,kind,asset,threat,vulnerability,owner,inherent_likelihood,inherent_consequence,current_likelihood,current_consequence,residual_likelihood,residual_consequence";
  for (i = 0; i < n; i++) printf "Bench risk %d,ASSET_BASED,Bench asset %d,T-MALWARE,V-PATCH,%s,%d,%d,%d,%d,1,1\n", i, i, o, 1 + i % 5, 1 + int(i / 5) % 5, 1 + i % 4, 1 + int(i / 5) % 4 }' \
  > "$OUT/data/import-risks.csv"
import_file() { # import_file LABEL PATH CONTENT-TYPE FILE: POSTs, records rows/s (rows imported / wall time)
  local label=$1 path=$2 type=$3 file=$4 cpu0 answer t n
  cpu0=$(cpu_ms "$APP_PID")
  answer=$(curl -sS -w '\n%{time_total}' -H "Authorization: Bearer $LARGE_TOKEN" -H "Content-Type: $type" \
    --data-binary "@$file" "$BASE_URL$path?file=$(basename "$file")")
  # Parameter expansion and a here-string, not `echo | head`: under pipefail a reader that stops early can end the
  # run with SIGPIPE (a run ended there once, with exit code 141).
  t=${answer##*$'\n'}
  n=$(sed -n '1s/.*"imported":\([0-9]*\).*/\1/p' <<< "$answer")
  metric "import.$label.rows" "${n:-0}"
  metric "import.$label.seconds" "$t"
  metric "import.$label.rows_per_s" "$(awk -v n="${n:-0}" -v t="$t" 'BEGIN {printf "%.0f", (t > 0 ? n / t : 0)}')"
  metric "import.$label.app_cpu_ms" $(( $(cpu_ms "$APP_PID") - cpu0 ))
  log "  $label: ${n:-0} rows in $t s"
}
sample_rss "$OUT/rss-peak-import"
import_file assets-csv /api/v1/assets/import text/csv "$OUT/data/import-assets.csv"
import_file risks-csv /api/v1/risks/import text/csv "$OUT/data/import-risks.csv"
curl -fsS -o "$OUT/data/import-risks.xlsx" -H "Authorization: Bearer $LARGE_TOKEN" \
  "$BASE_URL/api/v1/risks/export?format=xlsx&q=Bench%20risk"
import_file risks-xlsx /api/v1/risks/import application/vnd.openxmlformats-officedocument.spreadsheetml.sheet \
  "$OUT/data/import-risks.xlsx"
kill "$SAMPLER_PID" 2> /dev/null || true; SAMPLER_PID=""
metric import.rss_max_mib "$(cat "$OUT/rss-peak-import" 2> /dev/null || echo 0)"
stop_app

# --- 4. floors ---------------------------------------------------------------------------------------------------------
log "floor: pgbench single-row inserts"
psql -q -d ordo_bench_floor -f "$BENCH/pgbench/floor-schema.sql" > /dev/null 2>&1
pgbench -n -c $CONCURRENCY -j 2 -T "$FLOOR_SECONDS" -f "$BENCH/pgbench/insert.sql" ordo_bench_floor > "$OUT/pgbench.log" 2>&1
metric pgbench.tps "$(awk '/^tps = /{print $3}' "$OUT/pgbench.log" | head -n 1)"
metric pgbench.latency_ms "$(awk '/^latency average = /{print $4}' "$OUT/pgbench.log" | head -n 1)"
metric pgbench.clients $CONCURRENCY
grep -E '^(tps|latency average)' "$OUT/pgbench.log" | tee -a "$OUT/run.log" >&2

log "floor: bare Flowable start + complete ($DB)"
java $JAVA_OPTS -cp "$CP" dev.ordo.bench.floor.FlowableFloor --db-url "$FLOW_URL" --threads $CONCURRENCY \
  --seconds "$FLOOR_SECONDS" --warmup 3 --out "$OUT/flowable-floor.json" > "$OUT/flowable-floor.log" 2>&1 \
  || { cat "$OUT/flowable-floor.log" >&2; exit 1; }
grep -E 'cyclesPerSecond|completeP99' "$OUT/flowable-floor.json" | tee -a "$OUT/run.log" >&2

# --- 5. start-up and idle memory on both JDKs (same database, now holding the generated data) ----------------------------
# The quick mode measures the fast starts only; the full mode also plain `java -jar` on both JDKs for comparison.
if [ "$MATRIX" = 1 ]; then
  if [ "$PROFILE" = full ]; then
    start_app jdk17-plain java $JAVA_OPTS -jar "$ORDO_JAR"; idle_rss jdk17-plain; stop_app
  fi
  "$ROOT/ordo" --jdk 17 --prepare-only
  start_app jdk17-cds "$ROOT/ordo" --jdk 17; idle_rss jdk17-cds; stop_app
  if [ -x "$JAVA25_HOME/bin/java" ]; then
    if [ "$PROFILE" = full ]; then
      start_app jdk25-plain "$JAVA25_HOME/bin/java" $JAVA_OPTS -jar "$ORDO_JAR"; idle_rss jdk25-plain; stop_app
    fi
    "$ROOT/ordo" --jdk 25 --prepare-only
    start_app jdk25-aot "$ROOT/ordo" --jdk 25; idle_rss jdk25-aot; stop_app
  else
    log "JDK 25 not found at $JAVA25_HOME: its start-up is not measured (apt-get has no temurin; install a JDK 25 package)"
  fi
fi

metric load.end "$(cut -d' ' -f1 /proc/loadavg)"
metric run.seconds $(( $(date +%s) - T0 ))

# --- 6. summary ------------------------------------------------------------------------------------------------------------
java -cp "$CP" dev.ordo.bench.report.Summarize "$OUT" > /dev/null
if [ "$DOC" = 1 ]; then
  { echo; cat "$OUT/summary.md"; } >> "$ROOT/docs/performance.md"
  log "summary appended to docs/performance.md"
fi
cat "$OUT/summary.md"
log "done in $(( $(date +%s) - T0 )) s; results in $OUT"
