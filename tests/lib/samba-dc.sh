# shellcheck shell=bash
# One Samba AD DC kept in a folder of its own (etc/smb.conf, private/, run/, log/), on a loopback address:
# the pieces tests/forest/forest.sh and tests/scale/scale.sh share. Sourced, not run. The sourcing script
# sets LOG (its log file), LDAP_WAIT_SECONDS and STOP_WAIT_SECONDS.

# ---- small helpers ----
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
say() { printf '%s\n' "$*"; }
log() { mkdir -p "$(dirname "$LOG")"; printf '[%s] %s\n' "$(date '+%H:%M:%S')" "$*" | tee -a "$LOG"; }
die() { printf '%s: %s\n' "${0##*/}" "$*" >&2; exit 1; }

# run a command, its output to the log; on failure show the tail of it and stop
run() {
    local rc=0
    printf '$ %s\n' "$*" >>"$LOG"
    "$@" >>"$LOG" 2>&1 || rc=$?
    if [ $rc -ne 0 ]; then
        tail -n 25 "$LOG" >&2
        die "command failed ($rc): $1 ... (whole output in $LOG)"
    fi
}

# a Samba AD DC runs as root: run the script again through sudo when it is not (need_root "$@")
need_root() {
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || die "Samba AD DCs run as root: run this as root"
        exec sudo -E "$0" "$@"
    fi
}

# smb.conf after provision/join: everything under the DC's folder, loopback only, no DNS forwarder, no
# updates sent anywhere, TLS from private/tls/: samba_harden_conf DIR
samba_harden_conf() {
    local d=$1 conf=$1/etc/smb.conf
    mkdir -p "$d/log" "$d/run" "$d/cache"
    # dns forwarder is copied from the host's resolver: traffic would leave loopback
    sed -i -e '/^[[:space:]]*dns forwarder[[:space:]]*=/d' \
           -e '/^[[:space:]]*log file[[:space:]]*=/d' "$conf"
    sed -i "/^\[global\]/a\\
\tlog file = $d/log/samba.log\\
\tpid directory = $d/run\\
\tncalrpc dir = $d/run/ncalrpc\\
\twinbindd socket directory = $d/run/winbindd\\
\tntp signd socket directory = $d/run/ntp_signd\\
\tnsupdate command = /bin/false\\
\tdns update command = /bin/false\\
\tspn update command = /bin/false\\
\tload printers = no\\
\tldap server require strong auth = no\\
\ttls enabled = yes\\
\ttls keyfile = $d/private/tls/key.pem\\
\ttls certfile = $d/private/tls/cert.pem\\
\ttls cafile = $d/private/tls/ca.pem" "$conf"
    if grep -qi '^[[:space:]]*dns forwarder' "$conf"; then die "dns forwarder still in $conf"; fi
}

# pid of the DC's root samba process if it runs, else nothing: samba_pid DIR
samba_pid() {
    local f=$1/run/samba.pid pid
    [ -s "$f" ] || return 0
    pid=$(tr -dc '0-9' <"$f")
    [ -n "$pid" ] && [ -r "/proc/$pid/comm" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = samba ] \
        && printf '%s' "$pid"
    return 0
}

samba_ldap_answers() {   # samba_ldap_answers ADDRESS
    ldapsearch -LLL -x -o nettimeout=3 -l 5 -H "ldap://$1" -b '' -s base dsServiceName >/dev/null 2>&1
}

# descendants of a pid (each listed after its parent)
samba_descendants() {
    local c
    for c in $(pgrep -P "$1" 2>/dev/null || true); do
        printf '%s\n' "$c"
        samba_descendants "$c"
    done
}

# starts the DC unless it runs: samba_start DIR NAME
samba_start() {
    local d=$1 name=$2 pid
    pid=$(samba_pid "$d")
    if [ -n "$pid" ]; then
        say "$name already running (pid $pid)"
        return 0
    fi
    rm -f "$d/run/samba.pid"
    samba -D -s "$d/etc/smb.conf" </dev/null >>"$d/log/samba.out" 2>&1 \
        || { tail -n 20 "$d/log/samba.log" "$d/log/samba.out" >&2 2>/dev/null; die "samba of $name did not start"; }
}

# waits until the DC's LDAP answers (LDAP_WAIT_SECONDS at most), or stops with its log: samba_wait_ldap DIR ADDRESS NAME
samba_wait_ldap() {
    local d=$1 addr=$2 name=$3 t0 seen=0 waited
    t0=$(now)
    while ! samba_ldap_answers "$addr"; do
        waited=$(since "$t0")
        if awk -v w="$waited" -v m="$LDAP_WAIT_SECONDS" 'BEGIN { exit !(w > m) }'; then
            tail -n 30 "$d/log/samba.log" >&2 2>/dev/null || true
            die "LDAP of $name ($addr) did not answer within ${LDAP_WAIT_SECONDS}s (log: $d/log/samba.log)"
        fi
        # samba -D returns before its daemon writes the pid file: only a pid file seen and gone means exited
        if [ -n "$(samba_pid "$d")" ]; then
            seen=1
        elif [ $seen -eq 1 ] || awk -v w="$waited" 'BEGIN { exit !(w > 15) }'; then
            tail -n 30 "$d/log/samba.log" "$d/log/samba.out" >&2 2>/dev/null || true
            die "samba of $name is not running (log: $d/log/samba.log)"
        fi
        sleep 0.25
    done
    log "$name LDAP answers on $addr ($(since "$t0") s)"
}

# stops the DC: TERM, KILL after STOP_WAIT_SECONDS, then every child gone; nothing to do (and nothing said)
# when it does not run: samba_stop DIR NAME
samba_stop() {
    local d=$1 name=$2 pid procs=() waited=0 p left=()
    pid=$(samba_pid "$d")
    if [ -z "$pid" ]; then
        rm -f "$d/run/samba.pid"
        return 0
    fi
    mapfile -t procs < <(printf '%s\n' "$pid"; samba_descendants "$pid")
    kill -TERM "$pid" 2>/dev/null || true
    while [ -d "/proc/$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = samba ]; do
        if [ $waited -ge $((STOP_WAIT_SECONDS * 4)) ]; then
            log "$name did not stop within ${STOP_WAIT_SECONDS}s: KILL"
            kill -KILL "${procs[@]}" 2>/dev/null || true
            break
        fi
        sleep 0.25
        waited=$((waited + 1))
    done
    # children (smbd, winbindd, prefork workers) leave with the root process; make sure
    for _ in $(seq 1 40); do
        left=()
        for p in "${procs[@]}"; do [ -d "/proc/$p" ] && left+=("$p"); done
        [ ${#left[@]} -eq 0 ] && break
        sleep 0.25
    done
    [ ${#left[@]} -eq 0 ] || kill -KILL "${left[@]}" 2>/dev/null || true
    rm -f "$d/run/samba.pid"
    say "$name stopped"
}
