#!/usr/bin/env bash
# Online-learning benchmark: a lesson completion and the learner dashboard on an empty database and with about
# 1,000,000 stored progress rows, and the progress report of a course with 20,000 learners (pages, sorting, CSV).
#
#   bench/progress.sh                  (needs: mvn package done, MariaDB on 127.0.0.1:3306 as root, wrk, curl)
#   WARMUP=60 ROUNDS=5 DURATION=20 bench/progress.sh      (ROUNDS up to 10: five bench learners each)
#
# Two Academies run side by side on two MariaDB databases that differ only in the 1,000,000 rows: "empty" (the bench
# courses and learners) and "full" (the same plus bench/progress-data.sql). The measurements alternate between them
# in ROUNDS rounds, so whatever else runs on the machine meanwhile weighs on both alike.
#
# A completion changes data, so it is measured with curl, one request after the other over one connection per learner:
# per round five bench learners mark the 40 lessons of course M done (the first time: the insert path), then 10 of
# them again (the idempotent path); the same learners do the same on both. The dashboard (GET /api/v1/me/enrolments,
# six enrolments) is measured the same way, 100 requests per round. The report (full only) is read with wrk.
# Writes bench/results/progress-<date>.md with the figures and the EXPLAIN of the report and dashboard queries.
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP=${WARMUP:-60}
ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-2}
MYSQL="mysql --user=root --host=127.0.0.1 --port=3306"
JAR=academy-web/target/academy.jar
OUT=bench/results/progress-$(date +%Y%m%d-%H%M).md
PASSWORD=bench-password-123
WORK=$(mktemp -d)
mkdir -p bench/results
[ -f "$JAR" ] || mvn -q package -DskipTests

log() { printf '[bench] %s\n' "$*" >&2; }

declare -A PORT=([empty]=8182 [full]=8183) PID=()
db() { echo "academy_bench_$1"; }
base() { echo "http://localhost:${PORT[$1]}"; }
trap 'for p in "${PID[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; rm -rf "$WORK"' EXIT

for side in empty full; do
  $MYSQL -e "DROP DATABASE IF EXISTS $(db $side); CREATE DATABASE $(db $side) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  mkdir -p "$WORK/$side"
  log "starting the Academy on $(db $side), port ${PORT[$side]}"
  ACADEMY_DB_URL="jdbc:mysql://127.0.0.1:3306/$(db $side)" ACADEMY_DB_USER=root ACADEMY_DEMO_DATA=false \
  ACADEMY_DATA_DIR="$WORK/$side/data" ACADEMY_ADMIN_EMAIL=bench@academy.test ACADEMY_ADMIN_PASSWORD=$PASSWORD \
    java -Xmx1g -jar "$JAR" --port "${PORT[$side]}" --nocluster > "$WORK/$side/academy.log" 2>&1 &
  PID[$side]=$!
done
for side in empty full; do
  for _ in $(seq 1 180); do
    curl -fs "$(base $side)/health/ready" >/dev/null 2>&1 && break
    sleep 1
  done
  curl -fs "$(base $side)/health/ready" >/dev/null || { tail -50 "$WORK/$side/academy.log"; exit 1; }
done

# a bearer token of $2 on side $1
token() {
  curl -fs -X POST "$(base "$1")/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$2\",\"password\":\"$PASSWORD\"}" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

for side in empty full; do
  log "loading the courses and the bench learners into $(db $side)"
  curl -fs -o /dev/null -X POST "$(base $side)/api/v1/accounts" -H 'Content-Type: application/json' \
    -d "{\"name\":\"Template\",\"email\":\"bench-template@academy.test\",\"password\":\"$PASSWORD\"}"
  {
    echo "SET @owner := (SELECT id FROM account WHERE email_key = 'bench@academy.test');"
    echo "SET @hash := (SELECT password_hash FROM account WHERE email_key = 'bench-template@academy.test');"
    cat bench/progress-courses.sql
  } | $MYSQL "$(db $side)" > /dev/null
  token $side bench@academy.test > "$WORK/$side/token-admin"
  for n in $(seq 1 60); do
    token $side "bench-learner-$n@academy.test" > "$WORK/$side/token-$n"
  done
done
log "loading about 1,000,000 progress rows into $(db full)"
LOAD_START=$(date +%s)
$MYSQL "$(db full)" < bench/progress-data.sql > /dev/null
LOAD_SECONDS=$(( $(date +%s) - LOAD_START ))

# Side $1: learners $2..$3 mark lessons $4..$5 of course M done, one request after the other; prints the seconds of
# each request. Every answer must be 200.
completions() {
  local learner lesson urls
  for learner in $(seq "$2" "$3"); do
    urls=()
    for lesson in $(seq "$4" "$5"); do
      urls+=(-o /dev/null "$(base "$1")/api/v1/me/enrolments/$((4000000 + learner * 10 + 1))/lessons/$((3000100 + lesson))/completion")
    done
    curl -s -X PUT -H "Authorization: Bearer $(cat "$WORK/$1/token-$learner")" -H 'Content-Length: 0' \
      -w '%{http_code} %{time_total}\n' "${urls[@]}"
  done | checked
}

# Side $1: $2 dashboard requests of learner 51, one after the other; prints the seconds of each.
dashboards() {
  local urls=()
  for _ in $(seq 1 "$2"); do
    urls+=(-o /dev/null "$(base "$1")/api/v1/me/enrolments")
  done
  curl -s -H "Authorization: Bearer $(cat "$WORK/$1/token-51")" -w '%{http_code} %{time_total}\n' "${urls[@]}" | checked
}

# "<status> <seconds>" lines in, the seconds out; fails on any status but 200
checked() {
  awk '$1 != 200 { print "[bench] answered " $0 > "/dev/stderr"; failed = 1 } { print $2 } END { exit failed }'
}

# "count mean p50 p90 p99" in milliseconds of the seconds on stdin
stats() {
  sort -n | awk '{ v[NR] = $1 * 1000; sum += $1 * 1000 }
    function at(p) { i = int(NR * p + 0.999999); if (i < 1) i = 1; return v[i] }
    END { printf "%d %.1f %.1f %.1f %.1f\n", NR, sum / NR, at(0.5), at(0.9), at(0.99) }'
}

# Until WARMUP has passed: the warm-up learners (52-60) mark all 40 lessons done and are reset by SQL to start again;
# then the dashboard and the report.
warm_up() {
  log "warming up $1 for ${WARMUP}s"
  local until=$(( $(date +%s) + WARMUP * 2 / 3 ))
  while [ "$(date +%s)" -lt "$until" ]; do
    completions "$1" 52 60 1 40 > /dev/null
    $MYSQL "$(db "$1")" -e "DELETE FROM lesson_completion WHERE enrolment_id IN (SELECT id FROM enrolment
                              WHERE course_id = 2000001 AND account_id BETWEEN 5000052 AND 5000060);
                            UPDATE enrolment SET status = 'ACTIVE', completed_at = NULL, lessons_done = 0, percent = 0
                            WHERE course_id = 2000001 AND account_id BETWEEN 5000052 AND 5000060"
  done
  local until=$(( $(date +%s) + WARMUP / 3 ))
  while [ "$(date +%s)" -lt "$until" ]; do
    dashboards "$1" 100 > /dev/null
  done
}
warm_up empty
warm_up full

for round in $(seq 1 "$ROUNDS"); do
  log "round $round of $ROUNDS"
  first=$(( (round - 1) * 5 + 1 )) last=$(( round * 5 ))
  order=(empty full)
  [ $((round % 2)) = 0 ] && order=(full empty)
  for side in "${order[@]}"; do
    completions $side $first $last 1 40 >> "$WORK/$side/first"
    completions $side $first $last 1 10 >> "$WORK/$side/again"
    dashboards $side 100 >> "$WORK/$side/dashboard"
  done
done

REPORT=/api/v1/courses/2000007/enrolments
REPORTS=(
  "$REPORT?size=50"
  "$REPORT?size=50&page=199"
  "$REPORT?size=50&page=399"
  "$REPORT?size=50&sort=PROGRESS"
  "$REPORT?size=50&sort=PROGRESS&page=399"
  "$REPORT?size=50&sort=LAST_ACTIVITY&page=199"
  "$REPORT?size=50&status=COMPLETED"
  "$REPORT?size=50&organisation=7000007&page=7"
  "$REPORT?size=50&q=fatima%20bakker"
)
ADMIN=$(cat "$WORK/full/token-admin")
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
wrk -t1 -c"$CONNECTIONS" -d"$((WARMUP / 3))s" -H "Authorization: Bearer $ADMIN" "$(base full)$REPORT?size=50&page=3" > /dev/null
declare -A REPORT_FIGURES
for url in "${REPORTS[@]}"; do
  log "measuring $url"
  result=$(wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Authorization: Bearer $ADMIN" "$(base full)$url")
  if grep -qE 'Non-2xx|Socket errors' <<< "$result"; then
    log "$url: $(grep -E 'Non-2xx|Socket errors' <<< "$result")"
    exit 1
  fi
  REPORT_FIGURES[$url]="$(awk '/Requests\/sec/ {print $2}' <<< "$result") $(awk '$1 == "50%" {print $2}' <<< "$result") $(awk '$1 == "99%" {print $2}' <<< "$result")"
done
log "measuring the CSV export"
CSV_TIMES=()
for _ in 1 2 3; do
  CSV_TIMES+=("$(curl -s -o "$WORK/report.csv" -w '%{time_total}' -H "Authorization: Bearer $ADMIN" "$(base full)$REPORT.csv")")
done
CSV_LINES=$(wc -l < "$WORK/report.csv")
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

count() { $MYSQL -N "$(db "$1")" -e "SELECT COUNT(*) FROM $2"; }
# a table row: what, then the stats of the empty and the full side
row() {
  read -r _ e_mean e_p50 e_p90 e_p99 <<< "$(stats < "$WORK/empty/$2")"
  read -r n f_mean f_p50 f_p90 f_p99 <<< "$(stats < "$WORK/full/$2")"
  echo "| $1 ($n each) | $e_p50 ms | $f_p50 ms | $(awk -v f="$f_p50" -v e="$e_p50" 'BEGIN { printf "%.2f", f / e }') | $e_mean / $f_mean ms | $e_p90 / $f_p90 ms | $e_p99 / $f_p99 ms |"
}
{
  echo "# Online-learning benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "MariaDB $($MYSQL -N -e 'SELECT VERSION()'); two Academies (java -Xmx1g -jar academy.jar), MariaDB, curl and wrk on"
  echo "the same $(nproc) cores. Empty: the 107 bench courses and 60 bench learners ($(count empty lesson_completion)"
  echo "progress rows, $(count empty enrolment) enrolments). Full: $(count full lesson_completion) progress rows (lesson_completion),"
  echo "$(count full enrolment) enrolments, $(count full account) accounts, loaded in ${LOAD_SECONDS}s."
  echo
  echo "## Lesson completion and dashboard, empty vs full"
  echo
  echo "$ROUNDS rounds alternating between the two, after a ${WARMUP}s warm-up of each. Completion: \`PUT"
  echo "/api/v1/me/enrolments/{id}/lessons/{lessonId}/completion\` (the first time, and again when already done);"
  echo "dashboard: \`GET /api/v1/me/enrolments\` (six enrolments). One request after the other (curl, keep-alive)."
  echo
  echo "| request | empty p50 | full p50 | full / empty | mean (empty / full) | p90 (empty / full) | p99 (empty / full) |"
  echo "|---|---|---|---|---|---|---|"
  row "completion, first time" first
  row "completion, again" again
  row "dashboard" dashboard
  echo
  echo "## The report of a course with $(count full "enrolment WHERE course_id = 2000007") learners (full database)"
  echo
  echo "As an administrator, wrk -t1 -c$CONNECTIONS for ${DURATION}s each; 50 rows a page, so page 399 is the last. Nothing"
  echo "alternates with these, so they show the machine's other load: load average $LOAD_BEFORE before, $LOAD_AFTER after."
  echo
  echo "| request | requests/s | p50 | p99 |"
  echo "|---|---|---|---|"
  for url in "${REPORTS[@]}"; do
    read -r rps p50 p99 <<< "${REPORT_FIGURES[$url]}"
    echo "| \`$url\` | $rps | $p50 | $p99 |"
  done
  echo
  echo "CSV export of the whole report (\`GET $REPORT.csv\`, $CSV_LINES lines): ${CSV_TIMES[*]} s (three runs)."
  echo
  echo "## EXPLAIN of the report's queries and of the dashboard's (the SQL of JpaEnrolmentRepository)"
  echo
  echo "A report page is read in two steps: the ids of the page (accounts joined only to sort or filter by them), then"
  echo "the columns of those 50 enrolments by primary key; the total counts enrolments alone. Page 200 by name, the last"
  echo "page by progress, the total, the rows of a page, and the dashboard:"
  echo
  echo '```'
  $MYSQL -t "$(db full)" -e "EXPLAIN SELECT e.id FROM enrolment e, account a WHERE a.id = e.account_id AND e.course_id = 2000007
    ORDER BY a.name, e.id LIMIT 9950, 50"
  $MYSQL -t "$(db full)" -e "EXPLAIN SELECT e.id FROM enrolment e WHERE e.course_id = 2000007 ORDER BY e.percent DESC, e.id LIMIT 19950, 50"
  $MYSQL -t "$(db full)" -e "EXPLAIN SELECT COUNT(e.id) FROM enrolment e WHERE e.course_id = 2000007"
  $MYSQL -t "$(db full)" -e "EXPLAIN SELECT e.id, e.course_id, e.course_version_id, e.account_id, a.name, a.email, a.organisation_id,
      e.status, e.lessons_done, e.lessons_required, e.requested_at, e.activated_at, e.first_activity_at,
      e.last_activity_at, e.completed_at
    FROM enrolment e, account a WHERE a.id = e.account_id AND e.id IN ($(seq -s, 9010000 9010049))"
  $MYSQL -t "$(db full)" -e "EXPLAIN SELECT * FROM enrolment e WHERE e.account_id = 5000051
    ORDER BY COALESCE(e.last_activity_at, e.requested_at) DESC, e.id DESC LIMIT 20"
  echo '```'
} > "$OUT"
cat "$OUT"
