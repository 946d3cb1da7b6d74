#!/usr/bin/env bash
# Prepares a local PostgreSQL for the storage tests and exports SAKIP_TEST_POSTGRES_URL.
#
# Idempotent: installs PostgreSQL with apt-get only when it is missing, starts the cluster only when it
# is down, and creates the role `sakip` (password `sakip`) and the database `sakip_test` only when they
# do not exist. Meant to be sourced (`. .ci/postgres-setup.sh`) so that the variable reaches the caller;
# it can also be run, and then prints the URL to export. It does not change the caller's shell options.

# Runs psql as the cluster's superuser, from a directory it can read.
sakip_pg_admin() {
    (cd / && runuser -u postgres -- psql "$@")
}

sakip_pg_setup() {
    local url="postgres://sakip:sakip@127.0.0.1:5432/sakip_test?sslmode=disable"

    if ! command -v pg_ctlcluster >/dev/null 2>&1 && ! command -v pg_ctl >/dev/null 2>&1; then
        echo "postgres-setup: installing postgresql with apt-get" >&2
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || return 1
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || return 1
    fi

    if command -v pg_lsclusters >/dev/null 2>&1; then
        local cluster
        cluster=$(pg_lsclusters --no-header | awk 'NR == 1 { print $1 " " $2 }')
        if [ -z "$cluster" ]; then
            echo "postgres-setup: no PostgreSQL cluster found" >&2
            return 1
        fi
        if ! pg_lsclusters --no-header | awk 'NR == 1 { exit ($4 == "online") ? 0 : 1 }'; then
            # shellcheck disable=SC2086
            pg_ctlcluster $cluster start || service postgresql start || return 1
        fi
    else
        service postgresql start || return 1
    fi

    local tries=0
    until sakip_pg_admin -qtAc "SELECT 1" >/dev/null 2>&1; do
        tries=$((tries + 1))
        if [ "$tries" -ge 30 ]; then
            echo "postgres-setup: PostgreSQL did not start" >&2
            return 1
        fi
        sleep 1
    done

    if [ "$(sakip_pg_admin -qtAc "SELECT 1 FROM pg_roles WHERE rolname = 'sakip'")" != "1" ]; then
        sakip_pg_admin -qc "CREATE ROLE sakip LOGIN PASSWORD 'sakip'" || return 1
    fi
    if [ "$(sakip_pg_admin -qtAc "SELECT 1 FROM pg_database WHERE datname = 'sakip_test'")" != "1" ]; then
        sakip_pg_admin -qc "CREATE DATABASE sakip_test OWNER sakip" || return 1
    fi

    export SAKIP_TEST_POSTGRES_URL="$url"
    echo "SAKIP_TEST_POSTGRES_URL=$SAKIP_TEST_POSTGRES_URL"
}

sakip_pg_setup
