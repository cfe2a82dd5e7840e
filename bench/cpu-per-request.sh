#!/usr/bin/env bash
# The app's and PostgreSQL's CPU per request of each R1 read, one request at a time, against the database a
# PostgreSQL run of bench/run.sh left (ordo_bench). Under the 64-user load the figures of a shared 2-core machine
# move by 20–40 % from run to run; one client at a time, CPU per request is steady enough to compare two builds on
# the same machine (run it once per build, one after the other).
#
#   bench/cpu-per-request.sh LABEL [REQUESTS per read, default 400] [-- extra JVM options]
#
# Output: bench/results/cpu-LABEL/summary.txt (and app.log). Each read cycles through the same 16 filter, sort and
# page combinations (the kinds the load phase draws at random), after a warm-up of all reads, twice as many requests each.
# Environment: as for bench/bench-app.sh (PORT, JDK, ORDO_MODE).
set -euo pipefail
[ $# -ge 1 ] || { sed -n '2,11p' "$0"; exit 2; }
LABEL=$1; shift
N=400
if [ $# -gt 0 ] && [ "$1" != -- ]; then N=$1; shift; fi
[ "${1:-}" = -- ] && shift
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/bench/results/cpu-$LABEL
mkdir -p "$OUT"
. "$ROOT/bench/bench-app.sh"
start_bench_app cpu-per-request.sh "$OUT" "$@"
IFS=, read -r TOKEN USERNAME < <(sed -n 2p "$DATA/browse.csv")
JAR=$(cd "$OUT" && mktemp -d)
csrf=$(curl -fsS -c "$JAR/cookies" "$BASE/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -n 1)
curl -fsS -b "$JAR/cookies" -c "$JAR/cookies" -o /dev/null --data-urlencode "username=$USERNAME" \
  --data-urlencode "password=bench-admin-password" --data-urlencode "_csrf=$csrf" "$BASE/login"
[[ "$(curl -fsS -b "$JAR/cookies" -H "Accept: text/html" "$BASE/risks")" == *"Sign out"* ]] \
  || { echo "cpu-per-request.sh: could not sign in as $USERNAME" >&2; exit 1; }

RISK_QUERIES=(sort=priority sort=title sort=identified sort=residual "sort=priority&kind=EVENT_BASED"
  "sort=title&kind=ASSET_BASED" "sort=priority&minLevel=3" "sort=inherent&minLevel=4" "sort=priority&q=payroll"
  "sort=title&q=backup" "sort=identified&q=phish" "sort=residual&q=2026" "sort=priority&page=3"
  "sort=title&page=120" "sort=identified&kind=EVENT_BASED&page=40" "sort=priority&page=1")
ASSET_QUERIES=(sort=name sort=type sort=protection sort=updated "sort=name&type=SOFTWARE" "sort=protection&type=SERVICE"
  "sort=updated&type=HARDWARE" "sort=name&minProtection=3" "sort=protection&minProtection=4" "sort=name&page=3"
  "sort=type&page=60" "sort=updated&page=20" "sort=name&type=INFORMATION&page=2" "sort=protection&page=1"
  "sort=updated&minProtection=2" "sort=type&type=SOFTWARE")
config() { # config PATH QUERIES... : a curl config with N requests cycling through the queries
  local path=$1; shift
  local qs=("$@") i
  for ((i = 0; i < N; i++)); do
    printf 'url = "%s%s?%s&size=50"\noutput = /dev/null\n' "$BASE" "$path" "${qs[i % ${#qs[@]}]}"
  done
}
pg_cpu_ms() { # user + system time of all PostgreSQL processes, in ms (ps -o times counts whole seconds only)
  cat $(pgrep -d ' ' -x postgres | sed 's|[0-9]\+|/proc/&/stat|g') 2> /dev/null \
    | awk -v hz="$(getconf CLK_TCK)" '{sub(/^.*\) /, ""); s += $12 + $13} END {print int(s * 1000 / hz)}'
}
app_cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / hz)}' "/proc/$APP/stat"; }
measure() { # measure NAME CONFIG CURL-ARGS...
  local name=$1 cfg=$2; shift 2
  local a0 p0 t0 a1 p1 t1
  a0=$(app_cpu_ms); p0=$(pg_cpu_ms); t0=$(date +%s%N)
  curl -fsS --fail-early -K "$cfg" "$@" > /dev/null
  a1=$(app_cpu_ms); p1=$(pg_cpu_ms); t1=$(date +%s%N)
  awk -v n="$name" -v a=$((a1 - a0)) -v p=$((p1 - p0)) -v t=$(( (t1 - t0) / 1000000 )) -v r="$N" \
    'BEGIN {printf "%-22s app %5.2f ms CPU, PostgreSQL %5.2f ms CPU, %6.2f ms wall per request (%d requests)\n", n, a / r, p / r, t / r, r}' \
    | tee -a "$OUT/summary.txt"
}
: > "$OUT/summary.txt"
echo "$(date -u +%FT%TZ) $(git -C "$ROOT" rev-parse --short HEAD) $LABEL, one request at a time" | tee -a "$OUT/summary.txt"
config /api/v1/risks "${RISK_QUERIES[@]}" > "$JAR/risks-api"
config /risks "${RISK_QUERIES[@]}" > "$JAR/risks-page"
config /api/v1/assets "${ASSET_QUERIES[@]}" > "$JAR/assets-api"
config /assets "${ASSET_QUERIES[@]}" > "$JAR/assets-page"
config /api/v1/risks/heatmap x=1 > "$JAR/heatmap"
# Warm-up: every read twice over before any is measured, so the JIT compiler's work falls outside the measurement.
for _ in 1 2; do
  curl -fsS --fail-early -K "$JAR/risks-api" -H "Authorization: Bearer $TOKEN" > /dev/null
  curl -fsS --fail-early -K "$JAR/risks-page" -b "$JAR/cookies" -H "Accept: text/html" > /dev/null
  curl -fsS --fail-early -K "$JAR/assets-api" -H "Authorization: Bearer $TOKEN" > /dev/null
  curl -fsS --fail-early -K "$JAR/assets-page" -b "$JAR/cookies" -H "Accept: text/html" > /dev/null
  curl -fsS --fail-early -K "$JAR/heatmap" -H "Authorization: Bearer $TOKEN" > /dev/null
done
measure "risk register (API)" "$JAR/risks-api" -H "Authorization: Bearer $TOKEN"
measure "risk register (page)" "$JAR/risks-page" -b "$JAR/cookies" -H "Accept: text/html"
measure "asset list (API)" "$JAR/assets-api" -H "Authorization: Bearer $TOKEN"
measure "asset list (page)" "$JAR/assets-page" -b "$JAR/cookies" -H "Accept: text/html"
measure "heat map (API)" "$JAR/heatmap" -H "Authorization: Bearer $TOKEN"
rm -rf "$JAR"
