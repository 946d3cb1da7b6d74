#!/usr/bin/env bash
# National size on the release build (issue 13), on SQLite, or PostgreSQL with POSTGRES=1 (. .ci/postgres-setup.sh gives
# a server; a fresh database is created for the run). Prints, from one run:
#   1. SQL queries per page on the demo (3 Kab/Kota) and on the national data set (553 offices), to show they are constant;
#   2. the time to load the national data set (sakip demo --national --no-serve);
#   3. the median server time (curl's time to the first byte on localhost, RUNS requests) of the province consolidation
#      page (KPU Provinsi Sumatera Utara, 33 Kab/Kota), the national status board and a national IKU comparison, beside the
#      stylesheet (a static asset) and the single-office dashboard from the same run: once as kept (the data unchanged
#      between requests) and once rebuilt (the stored data version moved before every request, as any change anywhere
#      moves it);
#   4. the server's resident memory (RSS) after the requests.
# Usage: bash bench/national-server/run.sh        RUNS=21 by default; SAKIP_BIN to use a built sakip
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-21}
[ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH"
if [ -z "${SAKIP_BIN:-}" ]; then
    swift build -c release --product sakip >/dev/null
    SAKIP_BIN="$(swift build -c release --show-bin-path)/sakip"
fi
work=$(mktemp -d)
port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
export SAKIP_SECURE_COOKIES=false SAKIP_LOGIN_ATTEMPTS=1000
if [ "${POSTGRES:-0}" = 1 ]; then
    . .ci/postgres-setup.sh >/dev/null
    name="bench_$(date +%s)"
    runuser -u postgres -- psql -qc "CREATE DATABASE $name OWNER sakip" >/dev/null
    export DATABASE_URL="postgres://sakip:sakip@127.0.0.1:5432/$name?sslmode=disable"
    backend="PostgreSQL"
else
    export SAKIP_DB_PATH="$work/national.sqlite"
    backend="SQLite"
fi
server=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null || true
    if [ "${POSTGRES:-0}" = 1 ]; then runuser -u postgres -- psql -qc "DROP DATABASE IF EXISTS $name" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

start() {   # start [LOG_LEVEL]: the server on a new port, logging SQL at debug level when asked
    app_port=$(port)
    LOG_LEVEL=${1:-warning} "$SAKIP_BIN" serve --port "$app_port" >"$work/server.log" 2>&1 &
    server=$!
    for _ in $(seq 200); do curl -sf -o /dev/null "http://127.0.0.1:$app_port/masuk" && break; sleep 0.2; done
}
stop() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; server=""; }
login() {   # login USER: prints the session cookie
    local jar="$work/cookies-$1"
    local token
    token=$(curl -s -c "$jar" "http://127.0.0.1:$app_port/masuk" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
    curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=sakip-demo" \
         --data-urlencode "_csrf=$token" "http://127.0.0.1:$app_port/masuk"
    awk '$6 == "sakip_session" {print "sakip_session=" $7}' "$jar"
}
queries() {   # queries COOKIE PATH: SQL statements the server logged while answering one request, built anew (the data
              # version moved first, so that nothing kept answers it)
    curl -s -o /dev/null -H "Cookie: $1" "http://127.0.0.1:$app_port$2"
    bump
    sleep 0.3
    local before
    before=$(grep -c -E '(SELECT|INSERT|UPDATE|DELETE) ' "$work/server.log" || true)
    curl -s -o /dev/null -H "Cookie: $1" "http://127.0.0.1:$app_port$2"
    sleep 0.3
    echo $(( $(grep -c -E '(SELECT|INSERT|UPDATE|DELETE) ' "$work/server.log" || true) - before ))
}
median() {   # median COOKIE PATH: median time to first byte of RUNS requests, in ms, and the status of the last
    local times=() status=""
    curl -s -o /dev/null -H "Cookie: $1" "http://127.0.0.1:$app_port$2"
    for _ in $(seq "$runs"); do
        read -r status t < <(curl -s -o /dev/null -w '%{http_code} %{time_starttransfer}\n' -H "Cookie: $1" "http://127.0.0.1:$app_port$2")
        times+=("$t")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v s="$status" '{a[NR]=$1} END {printf "%.1f ms (HTTP %s)", a[int((NR+1)/2)] * 1000, s}'
}
bump() {   # moves the stored data version, as any change of what consolidation reads does
    if [ "${POSTGRES:-0}" = 1 ]; then
        psql -q "${DATABASE_URL%%\?*}" -c "UPDATE data_versions SET version = version + 1" >/dev/null
    else
        python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("UPDATE data_versions SET version = version + 1"); c.commit()' "$SAKIP_DB_PATH"
    fi
}
rebuilt() {   # rebuilt COOKIE PATH: like median, with the data version moved before every request
    local times=() status=""
    for _ in $(seq "$runs"); do
        bump
        read -r status t < <(curl -s -o /dev/null -w '%{http_code} %{time_starttransfer}\n' -H "Cookie: $1" "http://127.0.0.1:$app_port$2")
        times+=("$t")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v s="$status" '{a[NR]=$1} END {printf "%.1f ms (HTTP %s)", a[int((NR+1)/2)] * 1000, s}'
}
echo "national-server: $SAKIP_BIN, $backend, $(nproc) cores, $runs requests per figure"
"$SAKIP_BIN" demo --no-serve >/dev/null
sumut=654293
asahan=655921

count_all() {   # count_all SUFFIX: statements per page into q_province_SUFFIX, q_national_SUFFIX, q_offices_SUFFIX, q_dashboard_SUFFIX
    start debug
    local admin
    admin=$(login admin)
    printf -v "q_province_$1" '%s' "$(queries "$admin" "/kantor/$sumut/2024/konsolidasi")"
    printf -v "q_national_$1" '%s' "$(queries "$admin" "/kantor/kpu-ri/2024/konsolidasi")"
    printf -v "q_offices_$1" '%s' "$(queries "$admin" "/kantor")"
    printf -v "q_dashboard_$1" '%s' "$(queries "$admin" "/kantor/$asahan/2024")"
    printf -v "q_catalogue_$1" '%s' "$(queries "$admin" "/admin/katalog-indikator")"
    stop
}

# 1. Queries per page on the demo (3 Kab/Kota under 2 provinces).
count_all small

# 2. Loading the national data set beside the demo.
start_load=$(date +%s.%N)
"$SAKIP_BIN" demo --national --no-serve | grep -E "^Data nasional" || true
load_seconds=$(echo "$(date +%s.%N) - $start_load" | bc)
printf 'load: sakip demo --national --no-serve (553 offices × 2020–2024, beside the demo): %.1f s wall clock\n' "$load_seconds"

count_all big
echo "SQL statements per page (demo, 3 Kab/Kota → national, 553 offices):"
echo "  province consolidation (Sumatera Utara): $q_province_small → $q_province_big"
echo "  national consolidation (KPU RI):          $q_national_small → $q_national_big"
echo "  offices list:                             $q_offices_small → $q_offices_big"
echo "  single-office dashboard (baseline):       $q_dashboard_small → $q_dashboard_big"
echo "  catalogue mapping (Katalog IKU):          $q_catalogue_small → $q_catalogue_big"

# 3. Server time with the national data loaded.
start
evaluator=$(login evaluator.sumaterautara)
national=$(login evaluator.kpuri)
rss_start=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$server/status")
echo "server time, median of $runs, kept (national data loaded, unchanged between requests):"
echo "  stylesheet (static asset, baseline):      $(median "$evaluator" /static/app.css)"
echo "  single-office dashboard (baseline):       $(median "$evaluator" "/kantor/$asahan/2024")"
echo "  province consolidation, Sumatera Utara:   $(median "$evaluator" "/kantor/$sumut/2024/konsolidasi")"
echo "  national consolidation (status board):    $(median "$national" "/kantor/kpu-ri/2024/konsolidasi")"
echo "  national, one IKU compared (IKU-01):      $(median "$national" "/kantor/kpu-ri/2024/konsolidasi?iku=IKU-01")"
echo "  national, one province filtered:          $(median "$national" "/kantor/kpu-ri/2024/konsolidasi?provinsi=$sumut")"
echo "  offices list (553 offices, KPU RI user):  $(median "$national" /kantor)"
echo "  catalogue mapping, first page (KPU RI):   $(median "$national" /admin/katalog-indikator)"
echo "server time, median of $runs, rebuilt (the data version moved before each request):"
echo "  province consolidation, Sumatera Utara:   $(rebuilt "$evaluator" "/kantor/$sumut/2024/konsolidasi")"
echo "  national consolidation (status board):    $(rebuilt "$national" "/kantor/kpu-ri/2024/konsolidasi")"
echo "  national, one IKU compared (IKU-01):      $(rebuilt "$national" "/kantor/kpu-ri/2024/konsolidasi?iku=IKU-01")"
echo "  catalogue mapping, first page (KPU RI):   $(rebuilt "$national" /admin/katalog-indikator)"
echo "server memory (RSS): $rss_start MB after start, $(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$server/status") MB after the requests"
