#!/usr/bin/env bash
# Where a risk import's database time goes: the risks and rating entries of one import run, in the database a
# PostgreSQL run of bench/run.sh left (ordo_bench), are copied out, deleted and copied back with COPY inside a
# transaction that is rolled back, once with the indexes as they are and once after each DDL given (dropped or
# replaced indexes). Prints the two COPY times per set. Foreign-key triggers are off in the transaction
# (session_replication_role), so the delete does not look up each risk's references.
#
#   bench/copy-by-index-set.sh [RUN_ID] [-- "DDL" ...]
#
# RUN_ID: a risk_assessment_run of kind IMPORT (default: the latest import of 100,000 rows). Example:
#   bench/copy-by-index-set.sh -- "drop index ix_risk_kind, ix_risk_kind_identified, ix_risk_kind_inherent, \
#     ix_risk_kind_residual, ix_risk_kind_title;"
set -euo pipefail
PSQL=(psql -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" -d "${PGDATABASE:-ordo_bench}" -qAt)
RUN=""
if [ $# -gt 0 ] && [ "$1" != -- ]; then RUN=$1; shift; fi
[ "${1:-}" = -- ] && shift
if [ -z "$RUN" ]; then
  RUN=$("${PSQL[@]}" -c "select id from risk_assessment_run where kind = 'IMPORT' and imported_count = 100000
    order by started_at limit 1")
fi
[ -n "$RUN" ] || { echo "no import run of 100,000 risks in the database" >&2; exit 1; }
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
"${PSQL[@]}" -c "\copy (select * from risk where identified_in_run = '$RUN') to '$DIR/risks.copy'"
"${PSQL[@]}" -c "\copy (select * from risk_rating where run_id = '$RUN') to '$DIR/ratings.copy'"
echo "run $RUN: $(wc -l < "$DIR/risks.copy") risks, $(wc -l < "$DIR/ratings.copy") rating entries"
measure() { # measure LABEL DDL
  local times
  times=$("${PSQL[@]/-qAt/-q}" 2>&1 <<SQL | grep -o 'Time: [0-9.]* ms' | tr '\n' ' '
begin;
set session_replication_role = replica;
delete from risk_rating where run_id = '$RUN';
delete from risk where identified_in_run = '$RUN';
$2
checkpoint;
\timing on
\copy risk from '$DIR/risks.copy'
\copy risk_rating from '$DIR/ratings.copy'
\timing off
rollback;
SQL
)
  echo "$1: risks, ratings: $times"
}
measure "indexes as they are" ""
for ddl in "$@"; do measure "$ddl" "$ddl"; done
