#!/usr/bin/env bash
# verify.sh - check over LDAP (and DNS) that the running scale DC holds what scale.properties says: the count of
# every kind of object, the faults, the chosen DSA GUIDs, the DFS namespace and its target list, A records.
#   tests/scale/verify.sh      one line per check ("ok" or "FAIL ... expected/got"), then "N checks, M failed";
#                              exit 1 on any FAIL
# Needs the scale DC started (scale.sh start ...) and in its loaded state (scale.sh reset after tests wrote).
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SCALE_HOME=${ADTOPO_SCALE_HOME:-$HERE/../../.scale}
PROPS=$SCALE_HOME/scale.properties
[ -f "$PROPS" ] || { echo "verify.sh: no $PROPS: run tests/scale/scale.sh start" >&2; exit 1; }
DNSQUERY=$HERE/../forest/tools/dnsquery.py
TARGETLIST=$HERE/../forest/tools/targetlist.py

# a property; Java properties escapes undone (only \\ occurs: the DFS UNC paths)
prop() { awk -v k="$1" 'index($0, k "=") == 1 { v = substr($0, length(k) + 2); gsub(/\\\\/, "\\", v); print v; exit }' "$PROPS"; }

ADDR=$(prop address)
BASE=$(prop base.dn)
CONFIG=$(prop config.dn)
SITES="CN=Sites,$CONFIG"
ZONE="DC=$(prop domain.dns),CN=MicrosoftDNS,DC=DomainDnsZones,$BASE"
LDIF=$(dirname "$(prop dfs.targets.file)")
fails=0 checks=0

# paged ldapsearch as Administrator, unwrapped LDIF
ls_() {
    ldapsearch -LLL -x -o ldif-wrap=no -H "ldap://$ADDR" -D "$(prop admin.dn)" -w "$(prop admin.password)" \
        -E pr=1000/noprompt "$@" 2>/dev/null
}

result() {   # result WHAT EXPECTED GOT
    checks=$((checks + 1))
    if [ "$2" = "$3" ]; then
        printf 'ok    %s (%s)\n' "$1" "$3"
    else
        fails=$((fails + 1))
        printf 'FAIL  %s\n      expected: %.300s\n      got:      %.300s\n' "$1" "$2" "$3"
    fi
}

count() {   # count WHAT PROPERTY BASE FILTER [SCOPE]: the number of entries equals the property
    local n
    n=$(ls_ -b "$3" -s "${5:-sub}" "$4" 1.1 | grep -c '^dn:')
    result "$1: $4 under $3" "$(prop "$2")" "$n"
}

value() {   # value DN ATTR: the attribute's values, one per line, sorted (base64 ones as b64:...)
    ls_ -b "$1" -s base '(objectClass=*)' "$2" | awk -v a="$2" '
        tolower($1) == tolower(a) ":" { sub(/^[^:]*: /, ""); print; next }
        tolower($1) == tolower(a) "::" { sub(/^[^:]*:: /, ""); print "b64:" $0 }' | LC_ALL=C sort
}

# ---- counts per kind ----
count "sites" count.sites "$SITES" '(objectClass=site)' one
count "subnets" count.subnets "CN=Subnets,$SITES" '(objectClass=subnet)' one
count "subnets with a siteObject" count.subnets "CN=Subnets,$SITES" '(&(objectClass=subnet)(siteObject=*))' one
count "site links" count.siteLinks "CN=IP,CN=Inter-Site Transports,$SITES" '(objectClass=siteLink)' one
count "site link bridges" count.bridges "CN=IP,CN=Inter-Site Transports,$SITES" '(objectClass=siteLinkBridge)' one
count "servers" count.servers "$SITES" '(objectClass=server)'
count "NTDS Settings (DSAs)" count.dsas "$SITES" '(objectClass=nTDSDSA)'
count "global catalogs (DSA options IS_GC)" count.gcs "$SITES" '(&(objectClass=nTDSDSA)(options:1.2.840.113556.1.4.803:=1))'
count "DSAs of behavior version 7 (all but SCALEDC1)" param.dcs "$SITES" '(&(objectClass=nTDSDSA)(msDS-Behavior-Version=7))'
count "connections" count.connections "$SITES" '(objectClass=nTDSConnection)'
count "inter-site connections (transportType set)" count.connections.intersite "$SITES" \
    '(&(objectClass=nTDSConnection)(transportType=*))'
count "DC computers" count.computers "OU=Domain Controllers,$BASE" '(&(objectClass=computer)(userAccountControl=532480))' one
count "A records of DCs and file servers" count.dns.records "$ZONE" '(&(objectClass=dnsNode)(|(name=dc*)(name=fs*)))' one
count "every entry under CN=Sites" count.sites.subtree "$SITES" '(objectClass=*)'

# ---- faults ----
for kind in missing.serverReference wrong.serverReference dnsHostName.mismatch; do
    n=$(prop "fault.$kind.count")
    result "fault.$kind.count equals the number of DCs in fault.$kind.names" "$n" \
        "$(prop "fault.$kind.names" | tr ',' '\n' | grep -c .)"
    for i in $(seq 1 "$n"); do
        dn=$(prop "fault.$kind.$i")
        case $kind in
            missing.serverReference) result "no serverReference on $dn" "" "$(value "$dn" serverReference)" ;;
            wrong.serverReference) result "serverReference of $dn names another DC's computer" \
                                       "$(prop "fault.$kind.$i.reference")" "$(value "$dn" serverReference)" ;;
            dnsHostName.mismatch)
                result "dNSHostName of $dn" "$(prop "fault.$kind.$i.server")" "$(value "$dn" dNSHostName)"
                result "dNSHostName of its computer $(value "$dn" serverReference)" "$(prop "fault.$kind.$i.computer")" \
                    "$(value "$(value "$dn" serverReference)" dNSHostName)" ;;
        esac
    done
done
count "servers without serverReference: the faults only" fault.missing.serverReference.count "$SITES" \
    '(&(objectClass=server)(!(serverReference=*)))'

# ---- bulk facts, compared in python: DSA GUIDs as chosen, connections' sources exist, every computer's and
# server's dNSHostName agree except the mismatch faults, every serverReference names its own computer except
# the wrong-reference faults ----
bulk=$(ls_ -b "$SITES" '(|(objectClass=nTDSDSA)(objectClass=nTDSConnection)(objectClass=server))' \
        objectClass objectGUID fromServer dNSHostName serverReference
       echo '#--'
       ls_ -b "OU=Domain Controllers,$BASE" -s one '(objectClass=computer)' dNSHostName)
while IFS= read -r line; do
    case $line in
        ok*) checks=$((checks + 1)); printf '%s\n' "$line" ;;
        FAIL*) checks=$((checks + 1)); fails=$((fails + 1)); printf '%s\n' "$line" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < <(printf '%s\n' "$bulk" | python3 -c '
import base64, re, sys, uuid
ldif_dir, missing, wrong, mismatch = sys.argv[1], *[set(a.split(",")) - {""} for a in sys.argv[2:5]]
text = sys.stdin.read()
sites_part, computers_part = text.split("#--", 1)
def entries(part):
    for block in part.strip().split("\n\n"):
        e = {}
        for line in block.split("\n"):
            m = re.match(r"^([^:]+)(::?) (.*)$", line)
            if m:
                v = base64.b64decode(m.group(3)) if m.group(2) == "::" else m.group(3)
                e.setdefault(m.group(1).lower(), []).append(v)
        if "dn" in e:
            yield e
dsas, conns, servers = {}, [], {}
for e in entries(sites_part):
    oc = [c.lower() for c in e.get("objectclass", [])]
    dn = e["dn"][0]
    if "ntdsdsa" in oc:
        dsas[dn.lower()] = str(uuid.UUID(bytes_le=e["objectguid"][0]))
    elif "ntdsconnection" in oc:
        conns.append(e["fromserver"][0].lower())
    elif "server" in oc:
        servers[dn] = (e.get("dnshostname", [None])[0], e.get("serverreference", [None])[0])
computers = {e["dn"][0].lower(): e.get("dnshostname", [None])[0] for e in entries(computers_part)}
# the GUIDs generate.py chose, from the comments of 50-ntds-settings.ldif
chosen = {}
name = None
for line in open(f"{ldif_dir}/50-ntds-settings.ldif"):
    m = re.match(r"^# (\S+): objectGUID (\S+), invocationId", line)
    if m:
        name, guid = m.group(1), m.group(2)
    elif line.startswith("dn: ") and name:
        chosen[line[4:].strip().lower()] = guid
        name = None
same = sum(1 for dn, g in chosen.items() if dsas.get(dn) == g)
print(("ok   " if same == len(chosen) and chosen else "FAIL ") + f" DSA objectGUIDs as chosen by generate.py: {same} of {len(chosen)}")
known = sum(1 for c in conns if c in dsas)
print(("ok   " if known == len(conns) else "FAIL ") + f" connections whose fromServer is an existing DSA: {known} of {len(conns)}")
agree, bad_ref = 0, []
for dn, (host, ref) in servers.items():
    short = dn.split(",")[0][3:]
    if ref is None:
        continue
    want_ref = f"cn={short.lower()},ou=domain controllers,"
    if not ref.lower().startswith(want_ref) and short not in wrong:
        bad_ref.append(short)
    if short in wrong or short in mismatch:
        continue
    agree += computers.get(ref.lower()) == host
expected = len(servers) - len(missing) - len(wrong) - len(mismatch)
print(("ok   " if agree == expected else "FAIL ") + f" servers (no fault) whose dNSHostName equals their computer'"'"'s: {agree} of {expected}")
print(("ok   " if not bad_ref else "FAIL ") + f" serverReference names the own computer except the wrong-reference faults ({len(bad_ref)} others: {bad_ref[:5]})")
' "$LDIF" "$(prop fault.missing.serverReference.names)" "$(prop fault.wrong.serverReference.names)" \
    "$(prop fault.dnsHostName.mismatch.names)")

# ---- DFS ----
NS=$(prop dfs.namespace.dn)
FOLDER=$(prop dfs.folder.dn)
result "namespace $(prop dfs.namespace): objectClass" "msDFS-Namespacev2|top" "$(value "$NS" objectClass | tr '\n' '|' | sed 's/|$//')"
result "namespace properties" "ReferralSiteCosting=on|State=1" "$(value "$NS" msDFS-Propertiesv2 | tr '\n' '|' | sed 's/|$//')"
result "namespace TTL" 300 "$(value "$NS" msDFS-Ttlv2)"
result "folder /$(prop dfs.folder) link path" "/$(prop dfs.folder)" "$(value "$FOLDER" msDFS-LinkPathv2)"
# the target list read back is byte-identical to the LDIF's value
ldif_b64=$(awk '/^ / { line = line substr($0, 2); next } { if (NR > 1) print line; line = $0 } END { print line }' \
    "$LDIF/80-dfs.ldif" | awk -v dn="dn: $FOLDER" '/^dn: / { indn = ($0 == dn) }
        indn && /^msDFS-TargetListv2:: / { print substr($0, 22); exit }')
got_b64=$(value "$FOLDER" msDFS-TargetListv2 | sed 's/^b64://')
result "folder target list read back byte-identical to 80-dfs.ldif (sha256)" \
    "$(printf '%s' "$ldif_b64" | base64 -d | sha256sum | cut -c1-16)" "$(printf '%s' "$got_b64" | base64 -d | sha256sum | cut -c1-16)"
# (decoded from stdin: the value is too big for an argument of targetlist.py --decode)
xml=$(printf '%s' "$got_b64" | python3 -c 'import base64, sys
raw = base64.b64decode(sys.stdin.read())
print(raw[2:].decode("utf-16-le") if raw[:2] == b"\xff\xfe" else "no UTF-16LE byte order mark")')
result "folder targets (<target> elements)" "$(prop count.dfs.targets)" "$(printf '%s\n' "$xml" | grep -o '<target ' | wc -l)"
result "folder targets offline" "$(prop count.dfs.targets.offline)" "$(printf '%s\n' "$xml" | grep -o 'state="offline"' | wc -l)"
result "folder targetCount attribute" "targetCount=\"$(prop count.dfs.targets)\"" \
    "$(printf '%s\n' "$xml" | grep -o 'targetCount="[0-9]*"')"
root_hosts=$(python3 "$TARGETLIST" --decode "$(value "$NS" msDFS-TargetListv2 | sed 's/^b64://')" \
    | sed -n 's/.*>\(\\\\[^<]*\)<.*/\1/p' | paste -sd, -)
result "namespace root targets" "$(prop dfs.root.targets)" "$root_hosts"

# ---- DNS: Samba's DNS server answers the records (first and last DC, first and last file server) ----
dc_records=$(grep -E '^# dc[0-9]+\.' "$LDIF/70-dns.ldif" | sed -n '1p;$p')
fs_records=$(grep -E '^# fs[0-9]+\.' "$LDIF/70-dns.ldif" | sed -n '1p;$p')
while read -r _ name _ addr _; do
    [ -n "$name" ] || continue
    result "DNS $ADDR answers $name" "NOERROR $addr" "$(python3 "$DNSQUERY" "$ADDR" "$name" 2>&1)"
done <<<"$dc_records
$fs_records"

# ---- access: StartTLS on ldap.port and LDAPS on ldaps.port, the certificate verified with ca.cert ----
for url in "-ZZ -H ldap://$ADDR:$(prop ldap.port)" "-H ldaps://$ADDR:$(prop ldaps.port)"; do
    checks=$((checks + 1))
    # shellcheck disable=SC2086
    if LDAPTLS_CACERT=$(prop ca.cert) ldapsearch -x $url -D "$(prop admin.dn)" -w "$(prop admin.password)" \
            -b '' -s base dnsHostName >/dev/null 2>&1; then
        printf 'ok    %s verified with ca.cert, simple bind as admin.dn\n' "${url#-ZZ }"
    else
        fails=$((fails + 1)); printf 'FAIL  %s verified with ca.cert, simple bind as admin.dn\n' "${url#-ZZ }"
    fi
done

echo "$checks checks, $fails failed"
[ "$fails" -eq 0 ]
