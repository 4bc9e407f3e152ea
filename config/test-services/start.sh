#!/usr/bin/env bash
# Starts the services the tests need on loopback, installing them from Debian packages where they are missing.
# Safe to run again: a service that already answers is left alone. Called by the build (mvnw verify) at the
# start; skip it with -Dservices.skip where the services are managed otherwise.
set -euo pipefail

log() { printf '[test-services] %s\n' "$*"; }
trap 'log "failed at line $LINENO: $BASH_COMMAND"' ERR

apt_updated=""
install_packages() {
    if [ "$(id -u)" != "0" ]; then
        log "missing packages ($*) and not root: install them, or run the build with -Dservices.skip"
        exit 1
    fi
    if [ -z "$apt_updated" ]; then
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        apt_updated=yes
    fi
    log "installing $*"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

wait_for() { # name, seconds, command...
    local name=$1 seconds=$2
    shift 2
    for _ in $(seq 1 "$seconds"); do
        if "$@" >/dev/null 2>&1; then
            log "$name is up"
            return 0
        fi
        sleep 1
    done
    log "$name did not come up within ${seconds}s"
    exit 1
}

ensure_postgres() {
    if command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p 5432; then
        log "PostgreSQL answers on 127.0.0.1:5432"
    else
        if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
            install_packages postgresql
            local version
            version=$(ls /etc/postgresql | sort -V | tail -n 1)
            # A test machine: loopback connections are trusted, as on the machines CI runs on.
            sed -i -E 's/^(host\s+all\s+all\s+(127\.0\.0\.1\/32|::1\/128)\s+)\S+/\1trust/' \
                "/etc/postgresql/$version/main/pg_hba.conf"
        fi
        local version
        version=$(ls /etc/postgresql | sort -V | tail -n 1)
        pg_ctlcluster --skip-systemctl-redirect "$version" main start </dev/null >/dev/null 2>&1 || true
        wait_for PostgreSQL 60 pg_isready -q -h 127.0.0.1 -p 5432
    fi
    if ! psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'test'" | grep -q 1; then
        psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE test"
    fi
}

# Dovecot with the mail system's user database in PostgreSQL, on 127.0.0.1:10143, with a master user; a second
# instance on 10144 adds the full-text index (fts-xapian) and ACLs.
RUN_DIR=${PRIVACY_TEST_SERVICES_DIR:-/tmp/privacy-test-services}
DOVECOT_PORT=10143
DOVECOT_FTS_PORT=10144
MAIL_DATABASE=privacy_mailsystem
MASTER_USER=privacy-admin
MASTER_PASSWORD=test-master-password
here=$(cd "$(dirname "$0")" && pwd)

ensure_mail_database() {
    if ! psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$MAIL_DATABASE'" | grep -q 1; then
        psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $MAIL_DATABASE"
    fi
    PGOPTIONS="-c client_min_messages=warning" psql -h 127.0.0.1 -U postgres -d "$MAIL_DATABASE" -q -f "$here/../mail-system/schema.sql" >/dev/null
}

imap_answers() { # port
    exec 3<>"/dev/tcp/127.0.0.1/$1" || return 1
    local greeting
    read -r -t 5 greeting <&3 || true
    exec 3>&-
    [[ "$greeting" == *"OK"* ]]
}

# An instance: name, port, and optionally a file of extra settings (the full-text index), which needs its package.
ensure_dovecot() {
    local name=$1 port=$2 extra=${3:-}
    if imap_answers "$port" 2>/dev/null; then
        log "Dovecot ($name) answers on 127.0.0.1:$port"
        return
    fi
    command -v dovecot >/dev/null && [ -e /usr/lib/dovecot/modules/auth/libdriver_pgsql.so ] \
        || install_packages dovecot-imapd dovecot-pgsql
    if [ -n "$extra" ] && [ ! -e /usr/lib/dovecot/modules/lib21_fts_xapian_plugin.so ]; then
        install_packages dovecot-fts-xapian
    fi
    local dir="$RUN_DIR/$name"
    mkdir -p "$dir/run" "$dir/state" "$dir/mail" "$dir/home"
    chown nobody:nogroup "$dir/mail" "$dir/home"
    for file in dovecot.conf dovecot-sql.conf ${extra:+$extra}; do
        sed -e "s|@@RUN@@|$dir|g" -e "s|@@PORT@@|$port|g" -e "s|@@DATABASE@@|$MAIL_DATABASE|g" \
            -e "s|@@INSTANCE@@|privacy-test-$name|g" \
            -e "s|@@MASTER_USER@@|$MASTER_USER|g" "$here/dovecot/$file.template" > "$dir/$file"
    done
    if [ -n "$extra" ]; then
        mv "$dir/$extra" "$dir/extra.conf"
    else
        rm -f "$dir/extra.conf"
    fi
    printf '%s:{PLAIN}%s\n' "$MASTER_USER" "$MASTER_PASSWORD" > "$dir/master-users"
    chmod 640 "$dir/master-users" "$dir/dovecot-sql.conf"
    chgrp dovecot "$dir/master-users" "$dir/dovecot-sql.conf"
    # Daemons keep the descriptors they were started with: none may hold the build's output pipe open.
    dovecot -c "$dir/dovecot.conf" </dev/null >>"$dir/control.log" 2>&1
    wait_for "Dovecot ($name)" 30 imap_answers "$port"
}

# MariaDB (root without a password on 127.0.0.1:3306), for the help-desk connector's tests.
ensure_mariadb() {
    if command -v mariadb >/dev/null && mariadb -uroot -h127.0.0.1 -e 'SELECT 1' >/dev/null 2>&1; then
        log "MariaDB answers on 127.0.0.1:3306"
        return
    fi
    command -v mariadbd >/dev/null || install_packages mariadb-server mariadb-client
    mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql --bind-address=127.0.0.1 \
        </dev/null >/dev/null 2>&1
    wait_for "MariaDB socket" 60 mariadb -uroot -e 'SELECT 1'
    # Debian's root signs in through the socket only; the tests connect over TCP without a password.
    mariadb -uroot -e "ALTER USER root@localhost IDENTIFIED VIA mysql_native_password USING PASSWORD('') OR unix_socket" \
        2>/dev/null || true
    wait_for MariaDB 30 mariadb -uroot -h127.0.0.1 -e 'SELECT 1'
}

# An empty reference help desk in PostgreSQL, for the quick start and the in-container tests.
ensure_helpdesk_database() {
    if ! psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'privacy_helpdesk'" | grep -q 1; then
        psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE privacy_helpdesk"
    fi
    PGOPTIONS="-c client_min_messages=warning" psql -h 127.0.0.1 -U postgres -d privacy_helpdesk -q \
        -f "$here/../helpdesk/schema-postgresql.sql" >/dev/null
}

# Radicale for CardDAV and CalDAV on 127.0.0.1:5232, with a service account that reaches every collection.
RADICALE_PORT=5232
AXE_CORE_VERSION=4.14.1
radicale_answers() {
    exec 4<>"/dev/tcp/127.0.0.1/$RADICALE_PORT" || return 1
    exec 4>&-
}

ensure_radicale() {
    if radicale_answers 2>/dev/null; then
        log "Radicale answers on 127.0.0.1:$RADICALE_PORT"
        return
    fi
    command -v radicale >/dev/null || install_packages radicale
    local dir="$RUN_DIR/radicale"
    mkdir -p "$dir/collections"
    sed -e "s|@@RUN@@|$dir|g" -e "s|@@PORT@@|$RADICALE_PORT|g" "$here/radicale/config.template" > "$dir/config"
    cp "$here/radicale/rights" "$dir/rights"
    printf 'privacy-admin:test-dav-password\n' > "$dir/users"
    start-stop-daemon --start --background --make-pidfile --pidfile "$dir/radicale.pid" \
        --startas "$(command -v radicale)" -- --config "$dir/config" </dev/null >/dev/null 2>&1
    wait_for Radicale 30 radicale_answers
}

# Headless Chromium and its driver from Debian for the browser tests, and axe-core from the npm registry for their
# accessibility checks (into target/browser-tools, where the tests look for it).
ensure_browser() {
    if [ ! -x /usr/bin/chromedriver ] || [ ! -x /usr/bin/chromium ]; then
        install_packages chromium chromium-driver
    fi
    log "Chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}') and its driver are installed"
    local tools="$here/../../target/browser-tools"
    if [ ! -f "$tools/node_modules/axe-core/axe.min.js" ]; then
        mkdir -p "$tools"
        npm install --silent --no-audit --no-fund --no-save --prefix "$tools" "axe-core@$AXE_CORE_VERSION" >/dev/null
    fi
    log "axe-core $AXE_CORE_VERSION is in target/browser-tools"
}

ensure_postgres
ensure_mail_database
ensure_helpdesk_database
ensure_dovecot dovecot "$DOVECOT_PORT"
ensure_dovecot dovecot-fts "$DOVECOT_FTS_PORT" dovecot-fts.conf
ensure_radicale
ensure_mariadb
ensure_browser
