#!/usr/bin/env bash
# Catalogue benchmark: 10,000 published courses in MySQL/MariaDB, then catalogue search and course detail
# requests measured with wrk against the plain /health/live endpoint in the same run, after a warm-up.
#
#   bench/catalogue.sh                  (needs: mvn package done, MariaDB on 127.0.0.1:3306 as root, wrk)
#   WARMUP=120 DURATION=30 bench/catalogue.sh
#
# Writes bench/results/catalogue-<date>.md with the figures and the EXPLAIN of the search query.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8181}
WARMUP=${WARMUP:-120}
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-32}
DB=academy_bench
MYSQL="mysql --user=root --host=127.0.0.1 --port=3306"
JAR=academy-web/target/academy.jar
OUT=bench/results/catalogue-$(date +%Y%m%d-%H%M).md
WORK=$(mktemp -d)
mkdir -p bench/results
[ -f "$JAR" ] || mvn -q package -DskipTests

log() { printf '[bench] %s\n' "$*" >&2; }

$MYSQL -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

log "starting the Academy on MariaDB ($DB)"
ACADEMY_DB_URL="jdbc:mysql://127.0.0.1:3306/$DB" ACADEMY_DB_USER=root ACADEMY_DEMO_DATA=false \
ACADEMY_DATA_DIR="$WORK/data" ACADEMY_ADMIN_EMAIL=bench@academy.test ACADEMY_ADMIN_PASSWORD=bench-password-123 \
  java -Xmx1g -jar "$JAR" --port "$PORT" --nocluster > "$WORK/academy.log" 2>&1 &
ACADEMY=$!
trap 'kill $ACADEMY 2>/dev/null || true; wait $ACADEMY 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do
  curl -fs "localhost:$PORT/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "localhost:$PORT/health/ready" >/dev/null || { tail -50 "$WORK/academy.log"; exit 1; }

log "loading 10,000 published courses"
$MYSQL $DB < bench/catalogue-data.sql
COURSES=$($MYSQL -N $DB -e "SELECT COUNT(*) FROM catalogue_entry")

URLS=(
  "/health/live"
  "/api/v1/courses?q=techniek"
  "/api/v1/courses?q=gastles%20bedrijf"
  "/api/v1/courses?theme=TECHNIEKCOACH&format=WORKSHOP&page=3"
  "/api/v1/courses?audience=COMPANY_STAFF&sort=NEWEST&page=10"
  "/api/v1/courses/1004321"
)
for url in "${URLS[@]}"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT$url")
  [ "$status" = 200 ] || { log "$url answered $status"; exit 1; }
done

log "warming up for ${WARMUP}s"
per=$(( WARMUP / ${#URLS[@]} ))
for url in "${URLS[@]}"; do
  wrk -t2 -c"$CONNECTIONS" -d"${per}s" "http://localhost:$PORT$url" >/dev/null
done

{
  echo "# Catalogue benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "$COURSES published courses in MariaDB $($MYSQL -N -e 'SELECT VERSION()'); Academy and wrk on the same"
  echo "$(nproc) cores; warm-up ${WARMUP}s over all URLs; each URL then ${DURATION}s of wrk -t2 -c$CONNECTIONS."
  echo
  echo "| request | requests/s | p50 | p99 |"
  echo "|---|---|---|---|"
} > "$OUT"
for url in "${URLS[@]}"; do
  log "measuring $url"
  result=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "http://localhost:$PORT$url")
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$result")
  p50=$(awk '$1 == "50%" {print $2}' <<< "$result")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$result")
  errors=$(grep -E 'Non-2xx|Socket errors' <<< "$result" || true)
  echo "| \`$url\` | $rps | $p50 | $p99 |${errors:+ $errors}" >> "$OUT"
done

{
  echo
  echo "## EXPLAIN of the two-word search (the SQL the repository generates, see JpaCourseRepository)"
  echo
  echo '```'
  $MYSQL -t $DB -e "EXPLAIN SELECT e.course_id FROM catalogue_entry e
    WHERE e.course_id IN (SELECT t.course_id FROM catalogue_term t WHERE t.term LIKE 'gastles%')
      AND e.course_id IN (SELECT t.course_id FROM catalogue_term t WHERE t.term LIKE 'bedrijf%')
    ORDER BY e.title_key, e.course_id LIMIT 20"
  echo '```'
} >> "$OUT"
cat "$OUT"
