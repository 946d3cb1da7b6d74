#!/usr/bin/env bash
# Load figures of the application (issue 12), on the release build and SQLite (or DATABASE_URL):
#   1. the dashboard of an office-year at 64 connections (wrk), beside the same page saved as a static file
#      behind nginx in the same run: requests/s, p50/p99 latency, errors;
#   2. mixed use by simulated users (bench/load/mixed.py): page reads, realisation saves, table saves and
#      document downloads, then a check that no acknowledged save was lost;
#   3. the server's memory (RSS) before, at its peak and after.
# Usage: bash bench/load/run.sh            (10 minutes of mixed use; MIXED_SECONDS=60 for a short run)
set -euo pipefail
cd "$(dirname "$0")/../.."
connections=${CONNECTIONS:-64}
duration=${DURATION:-30s}
mixed_seconds=${MIXED_SECONDS:-600}
users=${USERS:-24}
[ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH"
if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null
fi
swift build -c release --product sakip >/dev/null
sakip="$(swift build -c release --show-bin-path)/sakip"
work=$(mktemp -d)
port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
app_port=$(port); static_port=$(port)
export SAKIP_DB_PATH="$work/load.sqlite" SAKIP_SECURE_COOKIES=false SAKIP_LOGIN_ATTEMPTS=1000
"$sakip" demo --no-serve >/dev/null
"$sakip" serve --port "$app_port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -sf -o /dev/null "http://127.0.0.1:$app_port/masuk" && break; sleep 0.2; done
rss() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$server/status"; }
echo "server: release build, ${DATABASE_URL:+PostgreSQL}${DATABASE_URL:-SQLite}, $(nproc) cores; RSS at start $(rss) MB"

# A signed-in operator's session cookie and its dashboard.
cookies="$work/cookies"
token=$(curl -s -c "$cookies" "http://127.0.0.1:$app_port/masuk" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$cookies" -c "$cookies" -o /dev/null --data-urlencode "username=operator.asahan" --data-urlencode "password=sakip-demo" \
     --data-urlencode "_csrf=$token" "http://127.0.0.1:$app_port/masuk"
cookie=$(awk '$6 == "sakip_session" {print "sakip_session=" $7}' "$cookies")
office=$(curl -s -b "$cookies" "http://127.0.0.1:$app_port/kantor" | grep -o 'href="/kantor/[^/"]*/2024"' | head -1 | cut -d'"' -f2)
dashboard="http://127.0.0.1:$app_port$office"
mkdir -p "$work/static"
chmod 755 "$work"    # nginx's workers read the page as their own user
status=$(curl -s -o "$work/static/dasbor.html" -w '%{http_code}' -H "Cookie: $cookie" "$dashboard")
[ "$status" = 200 ] || { echo "the dashboard answered $status" >&2; exit 1; }
cat >"$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    server { listen 127.0.0.1:$static_port; root $work/static; }
}
CONF
chmod -R a+rX "$work/static"
nginx -c "$work/nginx.conf"

measure() { # label url [header]
    local out
    local header=()
    [ -n "${3:-}" ] && header=(-H "$3")
    out=$(wrk -t2 -c"$connections" -d"$duration" --latency "${header[@]}" "$2")
    local rps p50 p99 errors
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(grep -E "Non-2xx|Socket errors" <<<"$out" | tr '\n' ' ' || true)
    printf '%-34s %10s req/s   p50 %8s   p99 %8s   errors: %s\n' "$1" "$rps" "$p50" "$p99" "${errors:-0}"
}
echo "dashboard $office, $connections connections, $duration:"
curl -s -o /dev/null -H "Cookie: $cookie" "$dashboard"
measure "e-SAKIP (signed-in dashboard)" "$dashboard" "Cookie: $cookie"
measure "nginx (same page, static file)" "http://127.0.0.1:$static_port/dasbor.html"
echo "RSS after the dashboard run: $(rss) MB"

echo "mixed use: $users users, $mixed_seconds s"
peak=0
( while kill -0 $server 2>/dev/null; do r=$(rss); echo "$r" >>"$work/rss"; sleep 5; done ) &
sampler=$!
python3 bench/load/mixed.py --port "$app_port" --seconds "$mixed_seconds" --users "$users" | tee "$work/mixed.json"
kill $sampler 2>/dev/null || true
peak=$(sort -n "$work/rss" | tail -1)
first=$(head -1 "$work/rss")
echo "RSS during mixed use: first sample $first MB, peak $peak MB, at the end $(rss) MB"
grep -c " 500 \|error" "$work/server.log" >/dev/null && echo "server log: $(grep -ci 'error' "$work/server.log") lines mention an error ($work/server.log)" || true
