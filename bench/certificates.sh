#!/usr/bin/env bash
# Certificate benchmark: 10,000 certificates for the attendees of one session, issued in one background job (a
# certificate row and a queued mail each), then exported in one job as a ZIP with every certificate's PDF and signed
# Open Badges credential (JWT); the time per certificate of each.
#
#   bench/certificates.sh               (needs: MariaDB on 127.0.0.1:3306 as root, curl, jq, unzip; builds if needed)
#
# A fresh database (academy_bench_certificates) with the data of bench/certificates-data.sql: a completed session of
# 10,000 attendees, and a warm-up session of 500 (of another course) that goes through the same two jobs first, so
# the measured jobs do not pay for loading and compiling the code. Mail is queued but never sent: the sender's
# interval is a day (and SMTP points at a port with nothing behind it), so the outbox just keeps the mails pending;
# the reminder timer waits a day too. Each job is polled every second; its wall time runs from the POST to the poll
# that sees it DONE. Writes bench/results/certificates-<date>.md.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8186}
DB=academy_bench_certificates
MYSQL="mysql --user=root --host=127.0.0.1 --port=3306"
JAR=academy-web/target/academy.jar
OUT=bench/results/certificates-$(date +%Y%m%d-%H%M).md
PASSWORD=bench-password-123
BASE="http://localhost:$PORT"
SESSION=2100001 WARMUP_SESSION=2100002 COURSE=2100001 ATTENDEES=10000
WORK=$(mktemp -d)
mkdir -p bench/results
[ -f "$JAR" ] || mvn -o -q package -DskipTests

log() { printf '[bench] %s\n' "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

$MYSQL -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

log "starting the Academy on MariaDB ($DB), port $PORT"
ACADEMY_DB_URL="jdbc:mysql://127.0.0.1:3306/$DB" ACADEMY_DB_USER=root ACADEMY_DEMO_DATA=false \
ACADEMY_DATA_DIR="$WORK/data" ACADEMY_ADMIN_EMAIL=bench@academy.test ACADEMY_ADMIN_PASSWORD=$PASSWORD \
ACADEMY_SMTP_HOST=127.0.0.1 ACADEMY_SMTP_PORT=9 ACADEMY_MAIL_SEND_INTERVAL_SECONDS=86400 \
ACADEMY_REMINDER_INTERVAL_SECONDS=86400 \
  java -Xmx1g -jar "$JAR" --port "$PORT" --nocluster > "$WORK/academy.log" 2>&1 &
ACADEMY=$!
trap 'kill $ACADEMY 2>/dev/null || true; wait $ACADEMY 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 180); do
  curl -fs "$BASE/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$BASE/health/ready" >/dev/null || { tail -50 "$WORK/academy.log"; fail "the Academy did not become ready"; }

log "loading the sessions and their 10,500 attendees"
LOAD_START=$(date +%s.%N)
{
  echo "SET @owner := (SELECT id FROM account WHERE email_key = 'bench@academy.test');"
  cat bench/certificates-data.sql
} | $MYSQL $DB > /dev/null
LOAD_SECONDS=$(printf %.1f "$(echo "$(date +%s.%N) - $LOAD_START" | bc)")
TOKEN=$(curl -fs -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"email\":\"bench@academy.test\",\"password\":\"$PASSWORD\"}" | jq -r .access_token)
[ -n "$TOKEN" ] && [ "$TOKEN" != null ] || fail "no token"
sql() { $MYSQL -N $DB -e "$1"; }
now() { date +%s.%N; }
seconds() { printf %.1f "$(echo "$2 - $1" | bc)"; }
# the seconds between two ISO instants of a job (as the server recorded them: whole seconds on MariaDB, see README)
between() { printf %.0f "$(echo "$(date -d "$2" +%s.%N) - $(date -d "$1" +%s.%N)" | bc)"; }

# POSTs $2 (a job), polls the job every second until it is DONE and leaves its last state in $WORK/$1.json, the
# wall seconds from the POST to the DONE in $WORK/$1.wall and those of the POST's answer in $WORK/$1.post; fails on
# FAILED or on anything but 202 with a Location.
job() {
  local name=$1 start location status post
  start=$(now)
  read -r status post <<< "$(curl -s -o "$WORK/$name.json" -D "$WORK/$name.headers" -w '%{http_code} %{time_total}' \
    -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Length: 0' "$BASE$2")"
  echo "$post" > "$WORK/$name.post"
  [ "$status" = 202 ] || fail "POST $2 answered $status: $(head -c 500 "$WORK/$name.json")"
  location=$(awk 'tolower($1) == "location:" { print $2 }' "$WORK/$name.headers" | tr -d '\r')
  [ -n "$location" ] || fail "POST $2 gave no Location"
  while true; do
    status=$(jq -r .status "$WORK/$name.json")
    case $status in
      DONE) break ;;
      FAILED) fail "job $location failed: $(jq -r .error "$WORK/$name.json")" ;;
    esac
    sleep 1
    curl -fs -o "$WORK/$name.json" -H "Authorization: Bearer $TOKEN" "$location" || fail "GET $location"
  done
  seconds "$start" "$(now)" > "$WORK/$name.wall"
  echo "$location" > "$WORK/$name.location"
}

# the ZIP of export job $1 into $2; the seconds it took
download() {
  curl -fs -o "$2" -w '%{time_total}' -H "Authorization: Bearer $TOKEN" "$(cat "$WORK/$1.location")/result" \
    || fail "GET $(cat "$WORK/$1.location")/result"
}

log "warm-up: issuing and exporting the 500 certificates of session $WARMUP_SESSION"
job warmup-issue "/api/v1/sessions/$WARMUP_SESSION/certificates"
job warmup-export "/api/v1/sessions/$WARMUP_SESSION/certificates/export"
download warmup-export "$WORK/warmup.zip" > /dev/null
[ "$(jq -r .produced "$WORK/warmup-export.json")" = 500 ] || fail "the warm-up export produced $(jq -r .produced "$WORK/warmup-export.json")"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log "issuing the certificates of session $SESSION ($ATTENDEES attendees)"
job issue "/api/v1/sessions/$SESSION/certificates"
ISSUED=$(jq -r .produced "$WORK/issue.json")
VALID=$(sql "SELECT COUNT(*) FROM certificate WHERE course_id = $COURSE AND status = 'VALID' AND source = 'ATTENDANCE'")
MAILS=$(sql "SELECT COUNT(*) FROM mail_outbox WHERE status = 'PENDING'")
[ "$ISSUED" = $ATTENDEES ] || fail "the issue job produced $ISSUED certificates"
[ "$VALID" = $ATTENDEES ] || fail "the database holds $VALID valid certificates of course $COURSE"

log "exporting them (PDF and credential each)"
job export "/api/v1/sessions/$SESSION/certificates/export"
EXPORTED=$(jq -r .produced "$WORK/export.json")
[ "$EXPORTED" = $ATTENDEES ] || fail "the export job produced $EXPORTED"
DOWNLOAD_SECONDS=$(download export "$WORK/certificates.zip")
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
RSS_MB=$(( $(ps -o rss= -p $ACADEMY) / 1024 ))

log "checking the ZIP"
ZIP_BYTES=$(stat -c %s "$WORK/certificates.zip")
unzip -Z1 "$WORK/certificates.zip" > "$WORK/entries"
PDFS=$(grep -c '\.pdf$' "$WORK/entries" || true)
JWTS=$(grep -c '\.jwt$' "$WORK/entries" || true)
[ "$PDFS" = $ATTENDEES ] || fail "the ZIP holds $PDFS PDFs"
[ "$JWTS" = $ATTENDEES ] || fail "the ZIP holds $JWTS credentials"
# one certificate, taken from the middle: its PDF and its credential name the holder the database has for its code
PDF=$(grep '\.pdf$' "$WORK/entries" | sed -n "$((ATTENDEES / 2))p")
CODE=$(sed -E 's/.*-([0-9a-z]+)\.pdf$/\1/' <<< "$PDF")
JWT=$(grep -- "$CODE.*\.jwt$" "$WORK/entries" | head -1)
[ -n "$JWT" ] || fail "no credential beside $PDF"
HOLDER=$(sql "SELECT holder_name FROM certificate WHERE code = '$CODE'")
[ -n "$HOLDER" ] || fail "no certificate $CODE in the database"
unzip -p "$WORK/certificates.zip" "$PDF" > "$WORK/one.pdf"
unzip -p "$WORK/certificates.zip" "$JWT" > "$WORK/one.jwt"
[ "$(head -c 5 "$WORK/one.pdf")" = %PDF- ] || fail "$PDF does not start with %PDF-"
tail -c 8 "$WORK/one.pdf" | grep -q '%%EOF' || fail "$PDF does not end with %%EOF"
PDF_TITLE=$(grep -a -o '/Title([^)]*)' "$WORK/one.pdf" | head -1)
grep -qF "$HOLDER" <<< "$PDF_TITLE" || fail "$PDF's title ($PDF_TITLE) does not name $HOLDER"
# base64url without padding, decoded
b64url() { local s; s=$(tr '_-' '/+' <<< "$1"); while [ $(( ${#s} % 4 )) != 0 ]; do s="$s="; done; base64 -d <<< "$s"; }
IFS=. read -r JWT_HEADER JWT_PAYLOAD JWT_SIGNATURE JWT_EXTRA <<< "$(tr -d '\n' < "$WORK/one.jwt")"
[ -n "$JWT_SIGNATURE" ] && [ -z "${JWT_EXTRA:-}" ] || fail "$JWT is not three dot-separated parts"
JWT_ALG=$(b64url "$JWT_HEADER" | jq -r .alg)
[ "$JWT_ALG" != none ] && [ "$JWT_ALG" != null ] || fail "$JWT has alg $JWT_ALG"
b64url "$JWT_PAYLOAD" > "$WORK/one-payload.json"
jq -e . "$WORK/one-payload.json" > /dev/null || fail "$JWT's payload is not JSON"
grep -qF "$CODE" "$WORK/one-payload.json" || fail "$JWT's payload does not name the code $CODE"
grep -qF "$HOLDER" "$WORK/one-payload.json" || fail "$JWT's payload does not name $HOLDER"

ISSUE_WALL=$(cat "$WORK/issue.wall")
EXPORT_WALL=$(cat "$WORK/export.wall")
ISSUE_JOB=$(between "$(jq -r .startedAt "$WORK/issue.json")" "$(jq -r .finishedAt "$WORK/issue.json")")
EXPORT_JOB=$(between "$(jq -r .startedAt "$WORK/export.json")" "$(jq -r .finishedAt "$WORK/export.json")")
TOTAL_WALL=$(echo "$ISSUE_WALL + $EXPORT_WALL" | bc)
TOTAL_JOB=$(( ISSUE_JOB + EXPORT_JOB ))
ms() { printf %.1f "$(echo "$1 * 1000 / $ATTENDEES" | bc -l)"; }
# 40,000 certificates at this pace, in minutes
forty() { printf %.0f "$(echo "$1 * 40000 / $ATTENDEES / 60" | bc -l)"; }
FLUSH=$(sql "SELECT @@innodb_flush_log_at_trx_commit")
{
  echo "# Certificate benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "$ATTENDEES attendees of one completed session (bench/certificates-data.sql, loaded in ${LOAD_SECONDS}s). MariaDB"
  echo "$($MYSQL -N -e 'SELECT VERSION()') (innodb_flush_log_at_trx_commit=$FLUSH), the Academy (java -Xmx1g -jar"
  echo "academy.jar) and curl on the same $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'));"
  echo "$(java -version 2>&1 | head -1), $(java -version 2>&1 | sed -n 2p)."
  echo "Warm-up: the same two jobs for a session of 500 attendees (of another course) first. Mail is queued, not sent."
  echo "Load average $LOAD_BEFORE before the issue job, $LOAD_AFTER after the export."
  echo
  echo "| job | certificates | wall time, POST to DONE | of which the POST's 202 | job's own started → finished | per certificate (wall) |"
  echo "|---|---|---|---|---|---|"
  echo "| issue: \`POST /api/v1/sessions/$SESSION/certificates\` (row + queued mail) | $ISSUED | ${ISSUE_WALL} s | $(printf %.1f "$(cat "$WORK/issue.post")") s | ${ISSUE_JOB} s | $(ms "$ISSUE_WALL") ms |"
  echo "| export: \`POST /api/v1/sessions/$SESSION/certificates/export\` (PDF + signed credential, one ZIP) | $EXPORTED | ${EXPORT_WALL} s | $(printf %.1f "$(cat "$WORK/export.post")") s | ${EXPORT_JOB} s | $(ms "$EXPORT_WALL") ms |"
  echo "| together | $ATTENDEES | ${TOTAL_WALL} s | | ${TOTAL_JOB} s | $(ms "$TOTAL_WALL") ms |"
  echo
  echo "The job is polled every second, so a wall time is up to a second late; the job's own times are whole seconds."
  echo "At this pace 40,000 certificates are issued and exported in about $(forty "$TOTAL_WALL") minutes."
  echo
  echo "- The ZIP: $ZIP_BYTES bytes ($(( ZIP_BYTES / 1048576 )) MiB), $PDFS PDFs and $JWTS credentials; downloaded in $(printf %.1f "$DOWNLOAD_SECONDS") s."
  echo "- The database: $VALID VALID certificates of the course; $MAILS mails pending in the outbox (the warm-up's included)."
  echo "- One certificate from the middle of the ZIP, $CODE: its PDF starts with %PDF- and ends with %%EOF, and its"
  echo "  title is \`${PDF_TITLE#/Title}\`; its credential is a JWS (alg $JWT_ALG) whose payload names the code and $HOLDER."
  echo "- The Academy's resident memory after the export: $RSS_MB MB."
} > "$OUT"
cat "$OUT"
