#!/usr/bin/env bash
# scale.sh - a large synthetic AD forest on one Samba AD DC on loopback, for scale tests (see README.md here).
#
#   scale.sh start [--sites N] [--dcs N] [--connections-per-dc K] [--dfs-targets T] [--seed S]
#                       start the scale DC loaded with these parameters (defaults 500 2000 5 1000 1): provisions
#                       and loads it when no pristine copy of exactly these parameters exists, else restores or
#                       just starts it; does nothing when it already runs with them
#   scale.sh stop       stop the scale DC
#   scale.sh status [--sites N ...]
#                       running/stopped, "LDAP answers" and the parameters; exit 0 only if LDAP answers (and,
#                       given parameters, the DC holds exactly those)
#   scale.sh reset      stop, restore the pristine copy of the current parameters, start
#   scale.sh destroy    stop and remove the state folder (pristine copies included)
#
# One DC: SCALEDC1, realm SCALE.TEST (DC=scale,DC=test, a forest of its own), on 127.0.0.5 only. It replicates
# with nobody: the 2000 other DCs of the topology are directory objects only (server, NTDS Settings,
# connections, computer account, an A record to an address where nothing listens).
# State folder: ${ADTOPO_SCALE_HOME:-<repo>/.scale}: dc/ (Samba target dir), ldif/ (generate.py's output for
# dc/), pristine/<key>.tar and <key>.properties (one per parameter set), current.key, scale.properties,
# scale.log. <key> is the parameters plus a hash of scale.sh, ../lib/samba-dc.sh, generate.py and the two
# forest tools generate.py imports (s50-d200-k5-t1000-seed1-<hash>): change any of them and the next start provisions again (and
# removes the pristine copies of the old version).
# Nothing here talks to anything but 127.0.0.5 (no DNS forwarder, no DNS updates, no replication); the
# test forest of tests/forest (127.0.0.2-127.0.0.4) is never touched, nor any other samba process.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
SCALE_HOME=${ADTOPO_SCALE_HOME:-$REPO/.scale}
case $SCALE_HOME in /*) ;; *) SCALE_HOME=$(pwd)/$SCALE_HOME ;; esac
GENERATE=$HERE/generate.py
FOREST_TOOLS=$HERE/../forest/tools           # targetlist.py and ldifvalues.py, imported by generate.py
# shellcheck source=../lib/samba-dc.sh
. "$HERE/../lib/samba-dc.sh"
DC_DIR=$SCALE_HOME/dc
LDIF_DIR=$SCALE_HOME/ldif
PRISTINE_DIR=$SCALE_HOME/pristine
KEY_FILE=$SCALE_HOME/current.key             # the key of what dc/ holds (written once it is complete)
PROPS=$SCALE_HOME/scale.properties
LOG=$SCALE_HOME/scale.log

# ---- the fixed facts of the scale DC ----
REALM=SCALE.TEST
DNS_DOMAIN=scale.test
NETBIOS_DOMAIN=SCALE
BASE_DN=DC=scale,DC=test
CONFIG_DN=CN=Configuration,$BASE_DN
SCHEMA_DN=CN=Schema,$CONFIG_DN
ADMIN_DN=CN=Administrator,CN=Users,$BASE_DN
ADMIN_PASSWORD='Adtopo!Scale1'
DC_NAME=SCALEDC1
DC_ADDR=127.0.0.5
DC_FQDN=scaledc1.$DNS_DOMAIN
# fixed identifiers given to provision: SCALEDC1's own objects are the same on every run
DOMAIN_SID=S-1-5-21-2956277077-3241549814-3919698218
DOMAIN_GUID=a01bb98b-5c6a-48c6-a17a-9eec39c98383
DC_DSA_GUID=1dca7134-a158-451c-9cc2-2d67d227e976
DC_INVOCATION_ID=93efe16c-f4b7-45d4-a361-d3810829822e
SERVICES='-kcc -drepl -dnsupdate -nbt'        # no KCC, no replication, no DNS updates, no NetBIOS
# ldb options for the offline load: a transaction index cache big enough for the whole file (ldb's default
# of a few hundred slots makes a 10000-entry ldbadd quadratic: 206 s instead of 19 s for the connections)
# and batch mode (no sub-transaction per record; a failed record fails the whole file)
LDB_LOAD_OPTIONS=(-o transaction_index_cache_size:200000 -o batch_mode:1)
LDAP_WAIT_SECONDS=180
COUNT_WAIT_SECONDS=300
STOP_WAIT_SECONDS=30
# parameter defaults (generate.py's)
SITES=500
DCS=2000
CONNECTIONS_PER_DC=5
DFS_TARGETS=1000
SEED=1

need_tools() {
    local t missing=()
    for t in samba samba-tool ldbadd ldbmodify ldapsearch openssl python3 tar awk sha256sum; do
        command -v "$t" >/dev/null || missing+=("$t")
    done
    [ ${#missing[@]} -eq 0 ] || die "missing ${missing[*]}: run 'tests/forest/forest.sh install' first (same packages)"
}

# pid of the scale DC's root samba process if it runs, else nothing
dc_pid() { samba_pid "$DC_DIR"; }

ldap_answers() { samba_ldap_answers "$DC_ADDR"; }

# number of entries a paged subtree search (as Administrator) returns: count_entries BASE [FILTER]
count_entries() {
    ldapsearch -LLL -x -o ldif-wrap=no -o nettimeout=10 -H "ldap://$DC_ADDR" -D "$ADMIN_DN" -w "$ADMIN_PASSWORD" \
        -E pr=1000/noprompt -b "$1" -s sub "${2:-(objectClass=*)}" 1.1 2>/dev/null | grep -c '^dn:' || true
}

# a property of a properties file: prop FILE KEY (values here hold no escapes but the DFS UNC paths)
prop() {
    awk -v k="$2" 'index($0, k "=") == 1 { print substr($0, length(k) + 2); exit }' "$1"
}

# ---- parameters and the key of a state ----
parse_params() {
    while [ $# -gt 0 ]; do
        case $1 in
            --sites|--dcs|--connections-per-dc|--dfs-targets|--seed)
                [ $# -ge 2 ] || die "$1 needs a value"
                set_param "$1" "$2"; shift 2 ;;
            --sites=*|--dcs=*|--connections-per-dc=*|--dfs-targets=*|--seed=*)
                set_param "${1%%=*}" "${1#*=}"; shift ;;
            *) die "unknown option $1 (start takes --sites --dcs --connections-per-dc --dfs-targets --seed)" ;;
        esac
    done
}

set_param() {
    case $2 in ''|*[!0-9]*) die "$1 takes a whole number, not '$2'" ;; esac
    case $1 in
        --sites) SITES=$2 ;;
        --dcs) DCS=$2 ;;
        --connections-per-dc) CONNECTIONS_PER_DC=$2 ;;
        --dfs-targets) DFS_TARGETS=$2 ;;
        --seed) SEED=$2 ;;
    esac
}

gen_args() {
    printf '%s\n' --sites "$SITES" --dcs "$DCS" --connections-per-dc "$CONNECTIONS_PER_DC" \
        --dfs-targets "$DFS_TARGETS" --seed "$SEED" --domain "$DNS_DOMAIN"
}

# the key of a state: the parameters, readable, and a hash of everything that shapes the loaded directory
# (this script, generate.py and the two forest tools it imports), e.g. s50-d200-k5-t1000-seed1-0123456789ab
code_hash() {
    cat "$HERE/scale.sh" "$HERE/../lib/samba-dc.sh" "$GENERATE" "$FOREST_TOOLS/targetlist.py" \
        "$FOREST_TOOLS/ldifvalues.py" | sha256sum | cut -c1-12
}

state_key() {
    printf 's%s-d%s-k%s-t%s-seed%s-%s' "$SITES" "$DCS" "$CONNECTIONS_PER_DC" "$DFS_TARGETS" "$SEED" "$(code_hash)"
}

# pristine copies made by another version of the scripts can never be used again: remove them
prune_pristine() {
    local f hash
    hash=$(code_hash)
    for f in "$PRISTINE_DIR"/*.tar "$PRISTINE_DIR"/*.properties "$PRISTINE_DIR"/*.tmp; do
        [ -e "$f" ] || continue
        case $(basename "$f") in
            *-"$hash".tar|*-"$hash".properties) ;;
            *) rm -f "$f"; log "removed the outdated pristine copy $(basename "$f")" ;;
        esac
    done
}

params_text() {
    printf -- '--sites %s --dcs %s --connections-per-dc %s --dfs-targets %s --seed %s' \
        "$SITES" "$DCS" "$CONNECTIONS_PER_DC" "$DFS_TARGETS" "$SEED"
}

# a self-signed certificate for LDAPS/StartTLS, made now so that it is part of the pristine copy (Samba would
# otherwise make one on every first start after a restore)
make_tls() {
    local t=$DC_DIR/private/tls
    mkdir -p "$t"
    run openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 -keyout "$t/key.pem" -out "$t/cert.pem" \
        -subj "/O=adtopo scale forest/CN=$DC_FQDN" -addext "subjectAltName=DNS:$DC_FQDN,IP:$DC_ADDR" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "extendedKeyUsage=serverAuth"
    cp "$t/cert.pem" "$t/ca.pem"
    chmod 600 "$t/key.pem"
}

start_dc() { samba_start "$DC_DIR" "$DC_NAME"; }

wait_ldap() { samba_wait_ldap "$DC_DIR" "$DC_ADDR" "$DC_NAME"; }

# a paged search of CN=Sites must return every entry the properties promise (also warms the DC up)
wait_sites_count() {
    local t0 want got=''
    t0=$(now)
    want=$(prop "$PROPS" count.sites.subtree)
    [ -n "$want" ] || die "no count.sites.subtree in $PROPS"
    while :; do
        got=$(count_entries "CN=Sites,$CONFIG_DN")
        [ "$got" = "$want" ] && break
        if awk -v w="$(since "$t0")" -v m="$COUNT_WAIT_SECONDS" 'BEGIN { exit !(w > m) }'; then
            die "a paged search of CN=Sites returns $got entries, not $want, after ${COUNT_WAIT_SECONDS}s"
        fi
        sleep 1
    done
    log "paged search of CN=Sites: $got entries, as expected ($(since "$t0") s)"
}

stop_dc() {
    [ -n "$(dc_pid)" ] || say "$DC_NAME is not running"
    samba_stop "$DC_DIR" "$DC_NAME"
}

# ---- provisioning and loading ----
# load every generated LDIF file, in name order, into the stopped DC's sam.ldb: NAME.modify.ldif with ldbmodify
# (it deletes), the others with ldbadd. Through sam.ldb, Samba's partition module puts each entry into its
# naming context's own file under private/sam.ldb.d/ (the dnsNode records into DC=DOMAINDNSZONES,...ldb).
load_ldif() {
    local f tool t0 n
    for f in "$LDIF_DIR"/*.ldif; do
        case $f in *.modify.ldif) tool=ldbmodify ;; *) tool=ldbadd ;; esac
        t0=$(now)
        run "$tool" -H "$DC_DIR/private/sam.ldb" --configfile="$DC_DIR/etc/smb.conf" --controls=relax:0 \
            "${LDB_LOAD_OPTIONS[@]}" "$f"
        n=$(grep -c '^dn:' "$f")
        log "  $(basename "$f"): $n entries in $(since "$t0") s"
        TIMINGS+=("timing.load.$(basename "$f" .ldif).seconds=$(since "$t0")")
    done
}

provision() {
    local key=$1 t0 t first_site gen_out gen=()
    t0=$(now)
    TIMINGS=()
    mkdir -p "$SCALE_HOME" "$PRISTINE_DIR"
    rm -rf "$DC_DIR" "$LDIF_DIR" "$KEY_FILE" "$PROPS"
    : >"$LOG"
    log "provisioning the scale DC in $SCALE_HOME: $(params_text)"
    prune_pristine

    # the LDIF first: the first site's name comes from it (provision makes that site)
    t=$(now)
    mapfile -t gen < <(gen_args)
    gen_out=$(python3 "$GENERATE" "${gen[@]}" --out "$LDIF_DIR") || die "generate.py failed"
    printf '%s\n' "$gen_out" | tee -a "$LOG"
    TIMINGS+=("timing.generate.seconds=$(since "$t")")
    first_site=$(prop "$LDIF_DIR/facts.properties" first.site)

    # a new forest of its own, SCALEDC1 in the first site. --configfile=/dev/null: nothing from the host's smb.conf
    t=$(now)
    log "$DC_NAME: samba-tool domain provision (site $first_site)"
    run samba-tool domain provision --configfile=/dev/null --targetdir="$DC_DIR" \
        --realm="$REALM" --domain="$NETBIOS_DOMAIN" --server-role=dc --dns-backend=SAMBA_INTERNAL \
        --adminpass="$ADMIN_PASSWORD" --host-name="$DC_NAME" --host-ip="$DC_ADDR" \
        --site="$first_site" --domain-sid="$DOMAIN_SID" --domain-guid="$DOMAIN_GUID" \
        --ntds-guid="$DC_DSA_GUID" --invocationid="$DC_INVOCATION_ID" \
        --option="interfaces=$DC_ADDR/8" --option="bind interfaces only=yes" \
        --option="disable netbios=yes" --option="server services=$SERVICES"
    samba_harden_conf "$DC_DIR"
    make_tls
    TIMINGS+=("timing.provision.seconds=$(since "$t")")
    log "provisioned in $(since "$t") s"

    # the load, with Samba stopped (it has not run yet)
    t=$(now)
    log "loading $(grep -h -c '^dn:' "$LDIF_DIR"/*.ldif | awk '{ s += $1 } END { print s }') entries offline"
    load_ldif
    TIMINGS+=("timing.load.seconds=$(since "$t")")
    log "loaded in $(since "$t") s"

    # the pristine copy of the loaded state (Samba stopped), with its properties
    t=$(now)
    rm -f "$PRISTINE_DIR/$key.tar" "$PRISTINE_DIR/$key.properties"
    run tar -C "$SCALE_HOME" -cf "$PRISTINE_DIR/$key.tar.tmp" dc ldif
    mv "$PRISTINE_DIR/$key.tar.tmp" "$PRISTINE_DIR/$key.tar"
    TIMINGS+=("timing.pristine.seconds=$(since "$t")")
    TIMINGS+=("timing.total.seconds=$(since "$t0")")
    write_properties "$key" >"$PRISTINE_DIR/$key.properties"
    log "pristine copy $PRISTINE_DIR/$key.tar ($(du -h "$PRISTINE_DIR/$key.tar" | cut -f1)) in $(since "$t") s"
    log "provisioned and loaded in $(since "$t0") s"
}

# scale.properties: connection facts, parameters, generate.py's facts (counts, faults, DFS), timings
write_properties() {
    local key=$1
    printf '# adtopo scale forest, written by tests/scale/scale.sh on %s\n' "$(date -u '+%Y-%m-%dT%H:%M:%SZ')"
    printf '# One DC (%s) on %s; the other DCs are directory objects only. Connect by address.\n' "$DC_NAME" "$DC_ADDR"
    printf 'address=%s\n' "$DC_ADDR"
    printf 'ldap.port=389\n'
    printf 'ldaps.port=636\n'
    printf 'ldap.url=ldap://%s:389\n' "$DC_ADDR"
    printf 'realm=%s\n' "$REALM"
    printf 'domain.dns=%s\n' "$DNS_DOMAIN"
    printf 'domain.netbios=%s\n' "$NETBIOS_DOMAIN"
    printf 'domain.sid=%s\n' "$DOMAIN_SID"
    printf 'base.dn=%s\n' "$BASE_DN"
    printf 'config.dn=%s\n' "$CONFIG_DN"
    printf 'schema.dn=%s\n' "$SCHEMA_DN"
    printf 'admin.dn=%s\n' "$ADMIN_DN"
    printf 'admin.password=%s\n' "$ADMIN_PASSWORD"
    printf 'dc.name=%s\n' "$DC_NAME"
    printf 'dc.fqdn=%s\n' "$DC_FQDN"
    printf 'dc.dsa.guid=%s\n' "$DC_DSA_GUID"
    printf 'dc.server.dn=CN=%s,CN=Servers,%s\n' "$DC_NAME" "$(prop "$LDIF_DIR/facts.properties" first.site.dn)"
    printf 'dc.dir=%s\n' "$DC_DIR"
    printf 'ca.cert=%s\n' "$DC_DIR/private/tls/ca.pem"
    printf 'scale.home=%s\n' "$SCALE_HOME"
    printf 'state.key=%s\n' "$key"
    printf 'pristine.tar=%s\n' "$PRISTINE_DIR/$key.tar"
    printf 'dfs.targets.file=%s\n' "$LDIF_DIR/dfs-targets.tsv"
    grep -v '^#' "$LDIF_DIR/facts.properties"
    printf '%s\n' "${TIMINGS[@]}"
}

# put pristine/<key>.tar in place of dc/ and ldif/ (Samba stopped)
restore() {
    local key=$1 t0
    t0=$(now)
    rm -rf "$DC_DIR" "$LDIF_DIR" "$KEY_FILE"
    tar -C "$SCALE_HOME" -xf "$PRISTINE_DIR/$key.tar"
    cp "$PRISTINE_DIR/$key.properties" "$PROPS"
    printf '%s\n' "$key" >"$KEY_FILE"
    log "restored the pristine copy $key ($(since "$t0") s)"
}

# ---- subcommands ----
cmd_start() {
    local t0 key current=''
    t0=$(now)
    parse_params "$@"
    need_tools
    key=$(state_key)
    [ -f "$KEY_FILE" ] && current=$(cat "$KEY_FILE")
    if [ "$current" = "$key" ] && [ -f "$PROPS" ] && [ -d "$DC_DIR/private" ]; then
        if [ -n "$(dc_pid)" ] && ldap_answers; then
            say "$DC_NAME already running with $(params_text) (ldap://$DC_ADDR)"
            return 0
        fi
    else
        [ -n "$current" ] && say "the scale DC holds other parameters or an older generate.py/scale.sh: replacing it"
        stop_dc >/dev/null
        if [ -f "$PRISTINE_DIR/$key.tar" ] && [ -f "$PRISTINE_DIR/$key.properties" ]; then
            restore "$key"
        else
            provision "$key"
            cp "$PRISTINE_DIR/$key.properties" "$PROPS"
            printf '%s\n' "$key" >"$KEY_FILE"
        fi
    fi
    start_dc
    wait_ldap
    wait_sites_count
    summary "$t0"
}

summary() {
    say "scale DC ready in $(since "$1") s: $(params_text)"
    say "  $DC_NAME $DC_FQDN ldap://$DC_ADDR  bind $ADMIN_DN / $ADMIN_PASSWORD"
    say "  $(prop "$PROPS" count.sites) sites, $(prop "$PROPS" count.servers) servers, $(prop "$PROPS" count.connections) connections, $(prop "$PROPS" count.dfs.targets) DFS targets"
    say "  properties: $PROPS"
}

cmd_stop() {
    stop_dc
}

# status [--sites N ...]: with parameters, exit 0 only when the DC answers AND holds exactly these parameters
# (and was made by this version of the scripts)
cmd_status() {
    local pid state params='' want='' current=''
    if [ $# -gt 0 ]; then
        parse_params "$@"
        want=$(state_key)
    fi
    pid=$(dc_pid)
    if [ -n "$pid" ]; then state="running (pid $pid)"; else state=stopped; fi
    [ -f "$PROPS" ] && params=" --sites $(prop "$PROPS" param.sites) --dcs $(prop "$PROPS" param.dcs) --connections-per-dc $(prop "$PROPS" param.connections.per.dc) --dfs-targets $(prop "$PROPS" param.dfs.targets) --seed $(prop "$PROPS" param.seed)"
    [ -f "$KEY_FILE" ] && current=$(cat "$KEY_FILE")
    if ! ldap_answers; then
        say "$DC_NAME $DC_ADDR: $state, LDAP does not answer;${params:- no state}"
        return 1
    fi
    if [ -n "$want" ] && [ "$want" != "$current" ]; then
        say "$DC_NAME $DC_ADDR: $state, LDAP answers, but it holds other parameters or an older version:${params:- no state}"
        return 1
    fi
    say "$DC_NAME $DC_ADDR: $state, LDAP answers;$params"
    return 0
}

cmd_reset() {
    local t0 key
    t0=$(now)
    [ -f "$KEY_FILE" ] || die "no scale DC in $SCALE_HOME: run 'scale.sh start' first"
    key=$(cat "$KEY_FILE")
    [ -f "$PRISTINE_DIR/$key.tar" ] || die "no pristine copy $key in $PRISTINE_DIR"
    stop_dc
    restore "$key"
    start_dc
    wait_ldap
    wait_sites_count
    say "reset in $(since "$t0") s"
}

cmd_destroy() {
    stop_dc
    if [ -d "$SCALE_HOME" ]; then
        # only remove what looks like a scale state folder
        local f
        for f in "$SCALE_HOME"/* "$SCALE_HOME"/.[!.]*; do
            [ -e "$f" ] || continue
            case $(basename "$f") in
                dc|ldif|pristine|current.key|scale.properties|scale.log) ;;
                *) die "$SCALE_HOME holds $(basename "$f"), which scale.sh did not make: not removing it" ;;
            esac
        done
        rm -rf "$SCALE_HOME"
        say "removed $SCALE_HOME"
    fi
}

main() {
    local cmd=${1:-}
    shift || true
    case $cmd in
        start) need_root start "$@"; cmd_start "$@" ;;
        stop) need_root stop; cmd_stop ;;
        status) cmd_status "$@" ;;
        reset) need_root reset; cmd_reset ;;
        destroy) need_root destroy; cmd_destroy ;;
        *) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; [ -z "$cmd" ] || [ "$cmd" = help ] || [ "$cmd" = -h ] || exit 2 ;;
    esac
}

main "$@"
