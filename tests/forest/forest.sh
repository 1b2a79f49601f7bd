#!/usr/bin/env bash
# forest.sh - the adtopo test forest: two Samba AD DCs of CONTOSO.TEST and one DC of a separate forest,
# FABRIKAM.TEST, on loopback (see README.md here).
#
#   forest.sh install              install the Debian packages the forest needs (quick when present)
#   forest.sh start                provision the forests if there are none, then start the three DCs
#   forest.sh stop                 stop the three DCs
#   forest.sh status               running/stopped and "LDAP answers" per DC; exit 0 only if all three answer
#   forest.sh reset                stop, restore the pristine copy made after provisioning, start
#   forest.sh destroy              stop and remove the state folder
#   forest.sh apply 1|2|3|both|all FILE...
#                                  apply LDIF files (e.g. a variant-*.ldif) to DC1, DC2, DC3, DC1+DC2 (both)
#                                  or all three: NAME.ldif over LDAP as the DC's domain Administrator,
#                                  NAME.local.ldif into the DC's sam.ldb with the relax control (as root)
#
# DC1 LIVDC1 127.0.0.2 and DC2 HOUDC1 127.0.0.3: CONTOSO.TEST. DC3 FABDC1 127.0.0.4: FABRIKAM.TEST, the
# target of contoso's external crossRef CN=Fabrikam (a referral target outside the forest).
# State folder: ${ADTOPO_FOREST_HOME:-<repo>/.forest}: dc1/, dc2/, dc3/ (Samba target dirs), tls/ (the
# test CA), pristine.tar, forest.properties (addresses, DNs, credentials for tests), forest.log,
# fixture.sha256 (when forest.sh, ../lib/samba-dc.sh, tools/repsfrom.py or ldif/ change, the next start
# provisions again).
# Nothing here talks to anything but 127.0.0.2, 127.0.0.3 and 127.0.0.4 (no DNS forwarder, no DNS updates).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
# shellcheck source=../lib/samba-dc.sh
. "$HERE/../lib/samba-dc.sh"
FOREST_HOME=${ADTOPO_FOREST_HOME:-$REPO/.forest}
case $FOREST_HOME in /*) ;; *) FOREST_HOME=$(pwd)/$FOREST_HOME ;; esac
LDIF_DIR=$HERE/ldif
PROPS=$FOREST_HOME/forest.properties
LOG=$FOREST_HOME/forest.log
# fingerprint of the fixture (this script, ../lib/samba-dc.sh, ldif/, tools/repsfrom.py) the state was made from
STAMP=$FOREST_HOME/fixture.sha256

# ---- the fixed facts of the forest (tests are written against these) ----
REALM=CONTOSO.TEST
DNS_DOMAIN=contoso.test
NETBIOS_DOMAIN=CONTOSO
BASE_DN=DC=contoso,DC=test
CONFIG_DN=CN=Configuration,$BASE_DN
SCHEMA_DN=CN=Schema,$CONFIG_DN
ADMIN_DN=CN=Administrator,CN=Users,$BASE_DN
ADMIN_UPN=Administrator@$DNS_DOMAIN
ADMIN_PASSWORD='Adtopo!Forest1'
# fixed identifiers given to provision so DC1's objects are the same on every run
DOMAIN_SID=S-1-5-21-2733954613-3627565085-3809099176
DOMAIN_GUID=8a7d2c24-7b76-4ec4-9302-b2af2fd72b75
DC1_DSA_GUID=e1c5ad4d-1b35-45a2-8d78-c403d23044de
DC1_INVOCATION_ID=c8e6facb-13aa-4466-b053-57fab4f9f1ad
# DC1's failing inbound replication link from HOUDC1 (the 8589 case), written after the join into the
# non-replicated repsFrom of DC1's NC heads (tools/repsfrom.py builds the value with Samba's NDR code):
# source = HOUDC1's DSA objectGUID and invocationId (chosen by the join), replica flags copied from the
# repsFrom values the join wrote on DC2, address <HOUDC1 DSA GUID>._msdcs.contoso.test, transport zero (RPC)
REPSFROM_NCS=("$BASE_DN" "$CONFIG_DN" "$SCHEMA_DN")
REPSFROM_FAILURES=3
REPSFROM_RESULT=8589                         # 0x218d ERROR_DS_CANT_DERIVE_SPN_WITHOUT_SERVER_REF
REPSFROM_LAST_ATTEMPT=2026-11-01T10:00:00Z
REPSFROM_LAST_SUCCESS=2026-10-31T22:00:00Z
REPSFROM_TOOL=$HERE/tools/repsfrom.py
# the separate forest FABRIKAM.TEST of DC3 (target of contoso's external crossRef CN=Fabrikam)
FAB_REALM=FABRIKAM.TEST
FAB_DNS_DOMAIN=fabrikam.test
FAB_NETBIOS_DOMAIN=FABRIKAM
FAB_BASE_DN=DC=fabrikam,DC=test
FAB_ADMIN_DN=CN=Administrator,CN=Users,$FAB_BASE_DN
FAB_ADMIN_PASSWORD=$ADMIN_PASSWORD
FAB_DOMAIN_SID=S-1-5-21-3721216160-2864167100-3443442200
FAB_DOMAIN_GUID=6825db04-f085-48f3-a37f-c02d03c23ff9
DC3_DSA_GUID=c8547d63-4a7a-4000-92b6-775a09b51cd5
DC3_INVOCATION_ID=dd33bd07-2454-4a79-bcd0-6a7aa483c375
# index 1 = DC1, 2 = DC2 (both CONTOSO.TEST), 3 = DC3 (FABRIKAM.TEST)
DC_NAME=(- LIVDC1 HOUDC1 FABDC1)
DC_ADDR=(- 127.0.0.2 127.0.0.3 127.0.0.4)
DC_SITE=(- Liverpool Houston Default-First-Site-Name)
DC_DNS=(- "$DNS_DOMAIN" "$DNS_DOMAIN" "$FAB_DNS_DOMAIN")
DC_BASE=(- "$BASE_DN" "$BASE_DN" "$FAB_BASE_DN")
DC_ADMIN_DN=(- "$ADMIN_DN" "$ADMIN_DN" "$FAB_ADMIN_DN")
DC_ADMIN_PASSWORD=(- "$ADMIN_PASSWORD" "$ADMIN_PASSWORD" "$FAB_ADMIN_PASSWORD")
# DC3's certificate also names its domain: a referral to ldap://fabrikam.test/ verifies over TLS by name
DC_SAN_EXTRA=(- "" "" ",DNS:$FAB_DNS_DOMAIN")
ALL_DCS='1 2 3'
SERVICES='-kcc -drepl -dnsupdate -nbt'   # no KCC, no replication, no DNS updates, no NetBIOS
PACKAGES=(samba samba-ad-dc samba-ad-provision samba-dsdb-modules ldb-tools ldap-utils winbind krb5-user
          openssl)
LDAP_WAIT_SECONDS=120
STOP_WAIT_SECONDS=20

# ---- small helpers ----
dc_dir() { printf '%s/dc%s' "$FOREST_HOME" "$1"; }
dc_fqdn() { printf '%s.%s' "${DC_NAME[$1],,}" "${DC_DNS[$1]}"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

need_tools() {
    local t missing=()
    for t in samba samba-tool ldbmodify ldapsearch ldapmodify openssl tar awk; do
        command -v "$t" >/dev/null || missing+=("$t")
    done
    [ ${#missing[@]} -eq 0 ] || die "missing ${missing[*]}: run 'forest.sh install' first"
}

# pid of DC $1's root samba process if it runs, else nothing
dc_pid() { samba_pid "$(dc_dir "$1")"; }

ldap_answers() { samba_ldap_answers "${DC_ADDR[$1]}"; }

# the scale benchmark's DC (tests/scale/scale.sh, 127.0.0.5) runs beside the forest: never stop it
SCALE_PID_FILE=${ADTOPO_SCALE_HOME:-$REPO/.scale}/dc/run/samba.pid

# true when pid $1 is one of the forest's samba processes (or the scale DC's) or descends from one
ours() {
    local p=$1 i roots=" "
    for i in $ALL_DCS; do roots+="$(dc_pid $i) "; done
    [ -s "$SCALE_PID_FILE" ] && roots+="$(tr -dc '0-9' <"$SCALE_PID_FILE") "
    while [ -n "$p" ] && [ "$p" -gt 1 ]; do
        case $roots in *" $p "*) return 0 ;; esac
        p=$(awk '/^PPid:/ { print $2 }' "/proc/$p/status" 2>/dev/null || true)
    done
    return 1
}

# stop samba/smbd/nmbd/winbindd/slapd daemons that are not the forest's (packages may start them)
stop_foreign_daemons() {
    local name pid pids=() f
    for f in /run/samba/samba.pid /run/samba/smbd.pid /run/samba/nmbd.pid /run/samba/winbindd.pid \
             /run/slapd/slapd.pid /var/run/samba/samba.pid /var/run/samba/smbd.pid; do
        [ -s "$f" ] || continue
        pid=$(tr -dc '0-9' <"$f")
        [ -n "$pid" ] && [ -d "/proc/$pid" ] && ! ours "$pid" && pids+=("$pid")
    done
    for name in samba smbd nmbd winbindd slapd; do
        for pid in $(pgrep -x "$name" 2>/dev/null || true); do
            ours "$pid" || pids+=("$pid")
        done
    done
    [ ${#pids[@]} -eq 0 ] && return 0
    say "stopping daemons not belonging to the forest: ${pids[*]}"
    as_root kill -TERM "${pids[@]}" 2>/dev/null || true
    for _ in $(seq 1 40); do
        local alive=()
        for pid in "${pids[@]}"; do [ -d "/proc/$pid" ] && alive+=("$pid"); done
        [ ${#alive[@]} -eq 0 ] && return 0
        sleep 0.25
    done
    as_root kill -KILL "${pids[@]}" 2>/dev/null || true
}

# ---- install ----
cmd_install() {
    local p missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "packages present: ${PACKAGES[*]}"
    else
        say "installing: ${missing[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            "${missing[@]}"
    fi
    stop_foreign_daemons
}

# ---- TLS: a small CA and one server certificate per DC (subjectAltName DNS name and IP address; DC3 also
# its domain's name) ----
make_tls() {
    local t=$FOREST_HOME/tls i fq
    mkdir -p "$t"
    run openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 -keyout "$t/ca.key" -out "$t/ca.pem" \
        -subj "/O=adtopo test forest/CN=adtopo test forest CA" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
    for i in $ALL_DCS; do
        fq=$(dc_fqdn $i)
        printf '%s\n' "basicConstraints=CA:FALSE" "keyUsage=critical,digitalSignature,keyEncipherment" \
            "extendedKeyUsage=serverAuth" "subjectAltName=DNS:$fq${DC_SAN_EXTRA[$i]},IP:${DC_ADDR[$i]}" >"$t/dc$i.ext"
        run openssl req -newkey rsa:2048 -nodes -sha256 -keyout "$t/dc$i.key" -out "$t/dc$i.csr" \
            -subj "/O=adtopo test forest/CN=$fq"
        run openssl x509 -req -sha256 -days 3650 -in "$t/dc$i.csr" -CA "$t/ca.pem" -CAkey "$t/ca.key" \
            -set_serial "$i$(date +%s)" -extfile "$t/dc$i.ext" -out "$t/dc$i.pem"
    done
    chmod 600 "$t"/*.key
}

install_tls() {   # copy DC $1's key and certificate into its private/tls/
    local d t=$FOREST_HOME/tls
    d=$(dc_dir "$1")/private/tls
    mkdir -p "$d"
    cp "$t/dc$1.key" "$d/key.pem"
    cp "$t/dc$1.pem" "$d/cert.pem"
    cp "$t/ca.pem" "$d/ca.pem"
    chmod 600 "$d/key.pem"
}

# ---- one DC: the shared pieces in ../lib/samba-dc.sh, for DC $1 ----
fix_conf() { samba_harden_conf "$(dc_dir "$1")"; }

start_dc() { samba_start "$(dc_dir "$1")" "DC$1 ${DC_NAME[$1]}"; }

wait_ldap() { samba_wait_ldap "$(dc_dir "$1")" "${DC_ADDR[$1]}" "DC$1 ${DC_NAME[$1]}"; }

stop_dc() { samba_stop "$(dc_dir "$1")" "DC$1 ${DC_NAME[$1]}"; }

# ---- applying fixture LDIF ----
# NAME.ldif goes over LDAP as Administrator (ldapmodify -a: records without changetype are adds);
# NAME.local.ldif is written locally into the DC's sam.ldb with the relax control (for what LDAP refuses:
# nTDSDSA objects, chosen objectGUIDs, crossRefs to naming contexts that do not exist). Both work while
# Samba runs.
apply_ldif() {
    local i=$1 f=$2
    case $f in
        *.local.ldif) run ldbmodify -H "$(dc_dir "$i")/private/sam.ldb" --controls=relax:0 "$f" ;;
        *) run ldapmodify -a -x -H "ldap://${DC_ADDR[$i]}" -D "${DC_ADMIN_DN[$i]}" -w "${DC_ADMIN_PASSWORD[$i]}" -f "$f" ;;
    esac
}

apply_stage() {   # apply every ldif/<stage>/*.ldif, in name order, to DC $2
    local stage=$1 i=$2 f
    [ -d "$LDIF_DIR/$stage" ] || return 0
    for f in "$LDIF_DIR/$stage"/*.ldif; do
        [ -e "$f" ] || continue
        log "DC$i: ${stage}/$(basename "$f")"
        apply_ldif "$i" "$f"
    done
}

search() {   # search DC $1 as its domain's Administrator: search I BASE SCOPE FILTER ATTR
    ldapsearch -LLL -o ldif-wrap=no -x -H "ldap://${DC_ADDR[$1]}" -D "${DC_ADMIN_DN[$1]}" -w "${DC_ADMIN_PASSWORD[$1]}" \
        -b "$2" -s "$3" "$4" "$5"
}

guid_of() {   # objectGUID (text form) of DN $2 on DC $1; another GUID attribute: guid_of I DN ATTR
    local b64 attr=${3:-objectGUID}
    b64=$(search "$1" "$2" base '(objectClass=*)' "$attr" | awk -v a="$attr" '$1 == a "::" { print $2 }')
    [ -n "$b64" ] || die "no $attr for $2 on DC$1"
    printf '%s' "$b64" | base64 -d | od -An -tx1 -v | tr -d ' \n' | awk '{
        h = $0
        printf "%s%s%s%s-%s%s-%s%s-%s-%s\n", substr(h,7,2), substr(h,5,2), substr(h,3,2), substr(h,1,2),
            substr(h,11,2), substr(h,9,2), substr(h,15,2), substr(h,13,2), substr(h,17,4), substr(h,21,12) }'
}

# fingerprint of what a provisioning is made from: this script, the applied LDIF (not the variants) and the
# repsFrom builder
fixture_hash() {
    (cd "$HERE" && cat forest.sh ../lib/samba-dc.sh tools/repsfrom.py ldif/*/*.ldif) | sha256sum | cut -d' ' -f1
}

# values of the binary attribute $3 of the entry $2 on DC $1, base64, one per line
b64_values() {
    search "$1" "$2" base '(objectClass=*)' "$3" | awk -v a="$3" '$1 == a "::" { print $2 }'
}

# DC1's failing inbound link from HOUDC1 (after the join, DC1 only): one repsFrom value per NC head in
# REPSFROM_NCS, written into DC1's sam.ldb with the relax control (over LDAP repsFrom is refused:
# "0000202F: ... can only be modified as system"), then read back over LDAP byte for byte
write_failing_repsfrom() {
    local dsa2 src inv nc theirs flags tmp got
    local -A value=()
    dsa2="CN=NTDS Settings,CN=${DC_NAME[2]},CN=Servers,CN=${DC_SITE[2]},CN=Sites,$CONFIG_DN"
    src=$(guid_of 2 "$dsa2")
    inv=$(guid_of 2 "$dsa2" invocationId)
    tmp=$(mktemp --suffix=.local.ldif)
    printf '# DC1 %s: failing inbound link from %s (DSA %s, invocationId %s)\n' "${DC_NAME[1]}" "${DC_NAME[2]}" \
        "$src" "$inv" >"$tmp"
    for nc in "${REPSFROM_NCS[@]}"; do
        # the flags Samba's join wrote on DC2 for its pull from DC1 of the same NC
        theirs=$(b64_values 2 "$nc" repsFrom)
        [ "$(printf '%s\n' "$theirs" | grep -c .)" = 1 ] || die "DC2 has not exactly one repsFrom value on $nc"
        flags=$("$REPSFROM_TOOL" --decode "$theirs" | awk '$1 == "replica_flags:" { print $2 }')
        [ -n "$flags" ] || die "could not decode DC2's repsFrom of $nc"
        value[$nc]=$("$REPSFROM_TOOL" --source-dsa "$src" --invocation-id "$inv" --address "$src._msdcs.$DNS_DOMAIN" \
            --failures "$REPSFROM_FAILURES" --result "$REPSFROM_RESULT" --last-attempt "$REPSFROM_LAST_ATTEMPT" \
            --last-success "$REPSFROM_LAST_SUCCESS" --flags "$flags" --usn 0) || die "repsfrom.py failed"
        printf '\ndn: %s\nchangetype: modify\nreplace: repsFrom\nrepsFrom:: %s\n-\n' "$nc" "${value[$nc]}" >>"$tmp"
    done
    log "DC1: repsFrom from ${DC_NAME[2]} (failing, $REPSFROM_RESULT) on ${#REPSFROM_NCS[@]} NC heads"
    cat "$tmp" >>"$LOG"
    apply_ldif 1 "$tmp"
    rm -f "$tmp"
    for nc in "${REPSFROM_NCS[@]}"; do
        got=$(b64_values 1 "$nc" repsFrom)
        [ "$got" = "${value[$nc]}" ] || die "DC1's repsFrom of $nc does not read back as written: $got"
    done
}

# ---- provisioning from nothing ----
provision() {
    local t0 d1 d2 d3
    t0=$(now)
    mkdir -p "$FOREST_HOME"
    rm -rf "$FOREST_HOME/dc1" "$FOREST_HOME/dc2" "$FOREST_HOME/dc3" "$FOREST_HOME/tls" "$FOREST_HOME/pristine.tar" \
        "$PROPS" "$STAMP"
    : >"$LOG"
    d1=$(dc_dir 1)
    d2=$(dc_dir 2)
    d3=$(dc_dir 3)
    log "provisioning the forest in $FOREST_HOME"
    make_tls

    # DC1: a new forest, first site Liverpool. --configfile=/dev/null: nothing from the host's smb.conf.
    log "DC1 ${DC_NAME[1]}: samba-tool domain provision"
    run samba-tool domain provision --configfile=/dev/null --targetdir="$d1" \
        --realm="$REALM" --domain="$NETBIOS_DOMAIN" --server-role=dc --dns-backend=SAMBA_INTERNAL \
        --adminpass="$ADMIN_PASSWORD" --host-name="${DC_NAME[1]}" --host-ip="${DC_ADDR[1]}" \
        --site="${DC_SITE[1]}" --domain-sid="$DOMAIN_SID" --domain-guid="$DOMAIN_GUID" \
        --ntds-guid="$DC1_DSA_GUID" --invocationid="$DC1_INVOCATION_ID" \
        --option="interfaces=${DC_ADDR[1]}/8" --option="bind interfaces only=yes" \
        --option="disable netbios=yes" --option="server services=$SERVICES"
    fix_conf 1
    install_tls 1
    start_dc 1
    wait_ldap 1

    # everything both DCs share goes into DC1 before DC2 joins (the join copies it)
    apply_stage shared 1

    # DC2: joins DC1's domain as a DC in site Houston
    log "DC2 ${DC_NAME[2]}: samba-tool domain join"
    run samba-tool domain join "$REALM" DC --configfile=/dev/null --targetdir="$d2" \
        --server="${DC_ADDR[1]}" --use-kerberos=off --site="${DC_SITE[2]}" --no-dns-updates \
        --dns-backend=SAMBA_INTERNAL -U "Administrator" --password="$ADMIN_PASSWORD" \
        --option="netbios name=${DC_NAME[2]}" --option="realm=$REALM" --option="workgroup=$NETBIOS_DOMAIN" \
        --option="interfaces=${DC_ADDR[2]}/8" --option="bind interfaces only=yes" \
        --option="disable netbios=yes" --option="server services=$SERVICES"
    fix_conf 2
    install_tls 2
    start_dc 2
    wait_ldap 2

    # after the join: the same to both copies, then per-DC differences
    apply_stage both 1
    apply_stage both 2
    apply_stage dc1 1
    apply_stage dc2 2
    write_failing_repsfrom

    # DC3: a second, separate forest FABRIKAM.TEST (joins nothing); fixed identifiers like DC1's
    log "DC3 ${DC_NAME[3]}: samba-tool domain provision (forest $FAB_REALM)"
    run samba-tool domain provision --configfile=/dev/null --targetdir="$d3" \
        --realm="$FAB_REALM" --domain="$FAB_NETBIOS_DOMAIN" --server-role=dc --dns-backend=SAMBA_INTERNAL \
        --adminpass="$FAB_ADMIN_PASSWORD" --host-name="${DC_NAME[3]}" --host-ip="${DC_ADDR[3]}" \
        --site="${DC_SITE[3]}" --domain-sid="$FAB_DOMAIN_SID" --domain-guid="$FAB_DOMAIN_GUID" \
        --ntds-guid="$DC3_DSA_GUID" --invocationid="$DC3_INVOCATION_ID" \
        --option="interfaces=${DC_ADDR[3]}/8" --option="bind interfaces only=yes" \
        --option="disable netbios=yes" --option="server services=$SERVICES"
    fix_conf 3
    install_tls 3
    start_dc 3
    wait_ldap 3
    apply_stage fabrikam 3

    write_properties

    # the pristine copy, taken while Samba is stopped
    cmd_stop >/dev/null
    run tar -C "$FOREST_HOME" -cf "$FOREST_HOME/pristine.tar" dc1 dc2 dc3
    fixture_hash >"$STAMP"
    log "provisioned in $(since "$t0") s"
}

write_properties() {
    local i config dsa_dn tmp=$PROPS.tmp
    {
        printf '# adtopo test forest, written by tests/forest/forest.sh on %s\n' "$(date -u '+%Y-%m-%dT%H:%M:%SZ')"
        printf '# DCs listen on their address only; DNS names do not resolve on the host: connect by address.\n'
        printf 'realm=%s\n' "$REALM"
        printf 'domain.dns=%s\n' "$DNS_DOMAIN"
        printf 'domain.netbios=%s\n' "$NETBIOS_DOMAIN"
        printf 'domain.sid=%s\n' "$DOMAIN_SID"
        printf 'base.dn=%s\n' "$BASE_DN"
        printf 'config.dn=%s\n' "$CONFIG_DN"
        printf 'schema.dn=%s\n' "$SCHEMA_DN"
        printf 'admin.dn=%s\n' "$ADMIN_DN"
        printf 'admin.upn=%s\n' "$ADMIN_UPN"
        printf 'admin.password=%s\n' "$ADMIN_PASSWORD"
        printf 'ca.cert=%s\n' "$FOREST_HOME/tls/ca.pem"
        printf 'forest.home=%s\n' "$FOREST_HOME"
        printf 'pristine.tar=%s\n' "$FOREST_HOME/pristine.tar"
        printf 'fabrikam.realm=%s\n' "$FAB_REALM"
        printf 'fabrikam.dns=%s\n' "$FAB_DNS_DOMAIN"
        printf 'fabrikam.netbios=%s\n' "$FAB_NETBIOS_DOMAIN"
        printf 'fabrikam.sid=%s\n' "$FAB_DOMAIN_SID"
        printf 'fabrikam.base.dn=%s\n' "$FAB_BASE_DN"
        printf 'fabrikam.config.dn=%s\n' "CN=Configuration,$FAB_BASE_DN"
        printf 'fabrikam.admin.dn=%s\n' "$FAB_ADMIN_DN"
        printf 'fabrikam.admin.upn=%s\n' "Administrator@$FAB_DNS_DOMAIN"
        printf 'fabrikam.admin.password=%s\n' "$FAB_ADMIN_PASSWORD"
        for i in $ALL_DCS; do
            config="CN=Configuration,${DC_BASE[$i]}"
            dsa_dn="CN=NTDS Settings,CN=${DC_NAME[$i]},CN=Servers,CN=${DC_SITE[$i]},CN=Sites,$config"
            printf 'dc%s.name=%s\n' "$i" "${DC_NAME[$i]}"
            printf 'dc%s.fqdn=%s\n' "$i" "$(dc_fqdn "$i")"
            printf 'dc%s.address=%s\n' "$i" "${DC_ADDR[$i]}"
            printf 'dc%s.ldap.port=389\n' "$i"
            printf 'dc%s.ldaps.port=636\n' "$i"
            printf 'dc%s.ldap.url=ldap://%s:389\n' "$i" "${DC_ADDR[$i]}"
            printf 'dc%s.ldaps.url=ldaps://%s:636\n' "$i" "${DC_ADDR[$i]}"
            printf 'dc%s.site=%s\n' "$i" "${DC_SITE[$i]}"
            printf 'dc%s.domain.dns=%s\n' "$i" "${DC_DNS[$i]}"
            printf 'dc%s.base.dn=%s\n' "$i" "${DC_BASE[$i]}"
            printf 'dc%s.admin.dn=%s\n' "$i" "${DC_ADMIN_DN[$i]}"
            printf 'dc%s.admin.password=%s\n' "$i" "${DC_ADMIN_PASSWORD[$i]}"
            printf 'dc%s.dir=%s\n' "$i" "$(dc_dir "$i")"
            printf 'dc%s.cert=%s\n' "$i" "$(dc_dir "$i")/private/tls/cert.pem"
            printf 'dc%s.server.dn=CN=%s,CN=Servers,CN=%s,CN=Sites,%s\n' "$i" "${DC_NAME[$i]}" "${DC_SITE[$i]}" "$config"
            printf 'dc%s.computer.dn=CN=%s,OU=Domain Controllers,%s\n' "$i" "${DC_NAME[$i]}" "${DC_BASE[$i]}"
            printf 'dc%s.dsa.dn=%s\n' "$i" "$dsa_dn"
            printf 'dc%s.dsa.guid=%s\n' "$i" "$(guid_of "$i" "$dsa_dn")"
            printf 'dc%s.invocation.id=%s\n' "$i" "$(guid_of "$i" "$dsa_dn" invocationId)"
        done
    } >"$tmp"
    mv "$tmp" "$PROPS"
}

# ---- subcommands ----
cmd_start() {
    local t0 i
    t0=$(now)
    need_tools
    # The DCs' addresses are fixed: a Samba of another state folder (one deleted under it, or a package's)
    # would hold them. Stop it rather than fail on "address already in use".
    stop_foreign_daemons
    if [ -d "$FOREST_HOME" ]; then
        if [ ! -f "$FOREST_HOME/pristine.tar" ] || [ ! -f "$PROPS" ] || [ ! -f "$STAMP" ]; then
            say "state in $FOREST_HOME is incomplete (an earlier provisioning did not finish): provisioning again"
            cmd_stop >/dev/null
            rm -f "$FOREST_HOME/pristine.tar"
        elif [ "$(cat "$STAMP")" != "$(fixture_hash)" ]; then
            say "forest.sh or ldif/ changed since the forest was provisioned: provisioning again"
            cmd_stop >/dev/null
            rm -f "$FOREST_HOME/pristine.tar"
        fi
    fi
    if [ ! -f "$FOREST_HOME/pristine.tar" ]; then
        provision
    fi
    for i in $ALL_DCS; do start_dc "$i"; done
    for i in $ALL_DCS; do wait_ldap "$i"; done
    summary "$t0"
}

summary() {
    say "forest ready in $(since "$1") s"
    say "  DC1 ${DC_NAME[1]} $(dc_fqdn 1) ${DC_ADDR[1]} site ${DC_SITE[1]}  ldap://${DC_ADDR[1]} ldaps://${DC_ADDR[1]}"
    say "  DC2 ${DC_NAME[2]} $(dc_fqdn 2) ${DC_ADDR[2]} site ${DC_SITE[2]}  ldap://${DC_ADDR[2]} ldaps://${DC_ADDR[2]}"
    say "  DC3 ${DC_NAME[3]} $(dc_fqdn 3) ${DC_ADDR[3]} (forest $FAB_REALM)  ldap://${DC_ADDR[3]} ldaps://${DC_ADDR[3]}"
    say "  bind $ADMIN_DN (or $ADMIN_UPN), DC3 $FAB_ADMIN_DN / passwords in the properties"
    say "  properties: $PROPS"
}

cmd_stop() {   # all at once: each takes 1-2 s to leave after TERM
    stop_dc 1 &
    stop_dc 2 &
    stop_dc 3 &
    wait
}

cmd_status() {
    local i ok=0 pid state
    for i in $ALL_DCS; do
        pid=$(dc_pid "$i")
        if [ -n "$pid" ]; then state="running (pid $pid)"; else state=stopped; fi
        if ldap_answers "$i"; then
            say "DC$i ${DC_NAME[$i]} ${DC_ADDR[$i]}: $state, LDAP answers"
        else
            say "DC$i ${DC_NAME[$i]} ${DC_ADDR[$i]}: $state, LDAP does not answer"
            ok=1
        fi
    done
    return $ok
}

cmd_reset() {
    local t0
    t0=$(now)
    [ -f "$FOREST_HOME/pristine.tar" ] || die "no pristine copy in $FOREST_HOME: run 'forest.sh start' first"
    cmd_stop
    rm -rf "$FOREST_HOME/dc1" "$FOREST_HOME/dc2" "$FOREST_HOME/dc3"
    tar -C "$FOREST_HOME" -xf "$FOREST_HOME/pristine.tar"
    say "restored the pristine copy"
    cmd_start
    say "reset in $(since "$t0") s"
}

cmd_destroy() {
    cmd_stop
    if [ -d "$FOREST_HOME" ]; then
        # only remove what looks like a forest state folder
        local f
        for f in "$FOREST_HOME"/* "$FOREST_HOME"/.[!.]*; do
            [ -e "$f" ] || continue
            case $(basename "$f") in
                dc1|dc2|dc3|tls|pristine.tar|forest.properties|forest.properties.tmp|forest.log|fixture.sha256) ;;
                *) die "$FOREST_HOME holds $(basename "$f"), which forest.sh did not make: not removing it" ;;
            esac
        done
        rm -rf "$FOREST_HOME"
        say "removed $FOREST_HOME"
    fi
}

# which DCs "1|2|3|both|all" names (both = DC1 and DC2, the two of CONTOSO.TEST)
apply_targets() {
    case ${1:-} in
        1|2|3) printf '%s' "$1" ;;
        both) printf '1 2' ;;
        all) printf '%s' "$ALL_DCS" ;;
        *) return 1 ;;
    esac
}

cmd_apply() {
    local which=${1:-} f i dcs usage="usage: forest.sh apply 1|2|3|both|all FILE..."
    shift || true
    dcs=$(apply_targets "$which") || die "$usage"
    [ $# -gt 0 ] || die "$usage"
    for f in "$@"; do
        [ -f "$f" ] || die "no such file: $f"
        for i in $dcs; do
            case $f in
                # written locally with the relax control, as the provisioning does (Samba keeps running)
                *.local.ldif) [ -d "$(dc_dir "$i")/private" ] || die "no DC$i in $FOREST_HOME: run 'forest.sh start' first"
                              apply_ldif "$i" "$f" ;;
                *) ldapmodify -a -x -H "ldap://${DC_ADDR[$i]}" -D "${DC_ADMIN_DN[$i]}" -w "${DC_ADMIN_PASSWORD[$i]}" \
                       -f "$f" >/dev/null ;;
            esac
            say "applied $(basename "$f") to DC$i ${DC_NAME[$i]}"
        done
    done
}

needs_local() {   # true when one of the arguments is a NAME.local.ldif (written into sam.ldb: root only)
    local a
    for a in "$@"; do case $a in *.local.ldif) return 0 ;; esac; done
    return 1
}

main() {
    local cmd=${1:-}
    shift || true
    case $cmd in
        install) cmd_install ;;
        start) need_root start; cmd_start ;;
        stop) need_root stop; cmd_stop ;;
        status) cmd_status ;;
        reset) need_root reset; cmd_reset ;;
        destroy) need_root destroy; cmd_destroy ;;
        apply) if needs_local "$@"; then need_root apply "$@"; fi; cmd_apply "$@" ;;
        *) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; [ -z "$cmd" ] || [ "$cmd" = help ] || [ "$cmd" = -h ] || exit 2 ;;
    esac
}

main "$@"
