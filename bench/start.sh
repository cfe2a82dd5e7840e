#!/usr/bin/env bash
# Starts Ordo the fastest honest way: the jar extracted (java -Djarmode=tools ... extract) plus a class-data archive
# made by a training run — a CDS archive on JDK 17 (-XX:ArchiveClassesAtExit / -XX:SharedArchiveFile), an AOT cache on
# JDK 25 (-XX:AOTCacheOutput / -XX:AOTCache). The archive is built once per jar and JDK and kept under
# bench/results/cache/; a changed jar gets a new one. The app's configuration comes from the environment as usual
# (PORT, ORDO_DB_URL, ...).
#
#   bench/start.sh [--jdk 17|25] [--mode plain|cds|aot] [--prepare-only] [-- extra java arguments]
#
#   --jdk           17 (default: `java` on the PATH) or 25 (JAVA25_HOME, default /usr/lib/jvm/temurin-25-jdk-amd64)
#   --mode          plain = java -jar as today; cds (default on 17); aot (default on 25)
#   --prepare-only  build the extracted jar and the archive, do not start
# Environment: ORDO_JAR (default: target/ordo-*.jar), BENCH_CACHE, JAVA_OPTS (default: a 512 MiB heap, and G1 giving
# unused heap back to the OS when idle: -Xmx512m -XX:G1PeriodicGCInterval=5000 -XX:MinHeapFreeRatio=10
# -XX:MaxHeapFreeRatio=30).
# The last step is `exec java ...`, so the pid of this script becomes the pid of the JVM.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
JDK=17
MODE=""
PREPARE_ONLY=0
EXTRA=()
while [ $# -gt 0 ]; do
  case "$1" in
    --jdk) JDK=$2; shift 2 ;;
    --mode) MODE=$2; shift 2 ;;
    --prepare-only) PREPARE_ONLY=1; shift ;;
    --) shift; EXTRA=("$@"); break ;;
    *) echo "start.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

case "$JDK" in
  17) JAVA=${JAVA17:-java}; [ -n "$MODE" ] || MODE=cds ;;
  25) JAVA=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java; [ -n "$MODE" ] || MODE=aot ;;
  *) echo "start.sh: --jdk 17 or 25" >&2; exit 2 ;;
esac
[ -x "$(command -v "$JAVA")" ] || { echo "start.sh: no JDK $JDK at $JAVA" >&2; exit 3; }
if [ "$MODE" = aot ] && [ "$JDK" != 25 ]; then echo "start.sh: the AOT cache needs JDK 25" >&2; exit 2; fi

JAR=${ORDO_JAR:-$(ls "$ROOT"/target/ordo-*.jar 2>/dev/null | grep -v original | head -n 1 || true)}
[ -n "$JAR" ] && [ -f "$JAR" ] || { echo "start.sh: no app jar; build it with ./mvnw -DskipTests package" >&2; exit 3; }
read -r -a OPTS <<< "${JAVA_OPTS:--Xmx512m -XX:G1PeriodicGCInterval=5000 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30}"

if [ "$MODE" = plain ]; then
  [ "$PREPARE_ONLY" = 1 ] && exit 0
  exec "$JAVA" "${OPTS[@]}" "${EXTRA[@]}" -jar "$JAR"
fi

SHA=$(sha256sum "$JAR" | cut -c1-16)
CACHE=${BENCH_CACHE:-$ROOT/bench/results/cache}/$SHA-jdk$JDK-$(echo "${OPTS[*]}" | tr -c 'A-Za-z0-9' '_')
APP=$CACHE/app
APPJAR=$APP/$(basename "$JAR")
mkdir -p "$CACHE"

if [ ! -f "$APPJAR" ]; then
  rm -rf "$APP"
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP" >&2
fi

# Training run: starts the whole context against a throw-away in-memory database, then exits on refresh. The same
# JVM options as the real start, so the archive matches.
train() {
  env -u ORDO_ADMIN_API_TOKEN PORT=0 ORDO_DB_URL="jdbc:h2:mem:training;DB_CLOSE_DELAY=-1" ORDO_DB_USER=sa \
    ORDO_DB_PASSWORD= ORDO_ADMIN_PASSWORD=training-password-0 \
    "$JAVA" "${OPTS[@]}" "$@" -Dspring.context.exit=onRefresh -jar "$APPJAR" > "$CACHE/training.log" 2>&1 || {
      echo "start.sh: training run failed, see $CACHE/training.log" >&2; return 1; }
}

case "$MODE" in
  cds)
    if [ ! -f "$CACHE/app.jsa" ]; then
      echo "start.sh: creating the CDS archive (training run, once per jar)..." >&2
      train -XX:ArchiveClassesAtExit="$CACHE/app.jsa"
    fi
    [ "$PREPARE_ONLY" = 1 ] && exit 0
    exec "$JAVA" "${OPTS[@]}" -XX:SharedArchiveFile="$CACHE/app.jsa" -Xshare:auto "${EXTRA[@]}" -jar "$APPJAR" ;;
  aot)
    if [ ! -f "$CACHE/app.aot" ]; then
      echo "start.sh: creating the AOT cache (training run, once per jar)..." >&2
      train -XX:AOTCacheOutput="$CACHE/app.aot"
    fi
    [ "$PREPARE_ONLY" = 1 ] && exit 0
    exec "$JAVA" "${OPTS[@]}" -XX:AOTCache="$CACHE/app.aot" "${EXTRA[@]}" -jar "$APPJAR" ;;
  *) echo "start.sh: --mode plain, cds or aot" >&2; exit 2 ;;
esac
