#!/usr/bin/env bash
# verify.sh - check, over LDAP, that the running forest holds every fixture fact on the right DC(s):
# DC1 and DC2 of CONTOSO.TEST, and DC3 FABDC1 of the separate forest FABRIKAM.TEST.
#   tests/forest/verify.sh          prints one line per fact ("ok" or "FAIL ... expected/got"); exit 1 on any FAIL
# Needs the forest started (forest.sh start) and in its fixture state (forest.sh reset after tests wrote).
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
FOREST_HOME=${ADTOPO_FOREST_HOME:-$HERE/../../.forest}
PROPS=$FOREST_HOME/forest.properties
[ -f "$PROPS" ] || { echo "verify.sh: no $PROPS: run tests/forest/forest.sh start" >&2; exit 1; }
LS=$HERE/ls.sh
prop() { sed -n "s/^$1=//p" "$PROPS" | head -n 1; }

# ldapsearch as Administrator: ls.sh for DC1/DC2; DC3 (forest FABRIKAM.TEST) binds as fabrikam's Administrator
lsdc() {   # lsdc DC [ldapsearch args...]
    local dc=$1
    shift
    if [ "$dc" = 3 ]; then
        LDAPTLS_CACERT=$(prop ca.cert) ldapsearch -LLL -o ldif-wrap=no -x -H "ldap://$(prop dc3.address)" \
            -D "$(prop fabrikam.admin.dn)" -w "$(prop fabrikam.admin.password)" "$@"
    else
        "$LS" "$dc" "$@"
    fi
}

C=CN=Configuration,DC=contoso,DC=test
S=CN=Sites,$C
IP="CN=IP,CN=Inter-Site Transports,$S"
B=DC=contoso,DC=test
Z=DC=contoso.test,CN=MicrosoftDNS,DC=DomainDnsZones,$B
DCS="OU=Domain Controllers,$B"
SHOW_DELETED='!1.2.840.113556.1.4.417'
fails=0 checks=0

# values of ATTR of the entry BASE on DC (one per line, sorted); binary GUID attributes as text GUIDs
vals() {   # vals DC BASE ATTR [extra ldapsearch args...]
    local dc=$1 base=$2 attr=$3
    shift 3
    lsdc "$dc" "$@" -b "$base" -s base '(objectClass=*)' "$attr" 2>/dev/null \
        | awk -v a="$attr" 'tolower($1) == tolower(a) ":" { sub(/^[^:]*: /, ""); print; next }
                             tolower($1) == tolower(a) "::" { sub(/^[^:]*:: /, ""); print "b64:" $0 }' \
        | while IFS= read -r v; do
            case $v in
                b64:*) v=${v#b64:}
                       if [ "$(printf '%s' "$v" | base64 -d | wc -c)" -eq 16 ]; then guid "$v"; else printf 'b64:%s\n' "$v"; fi ;;
                *) printf '%s\n' "$v" ;;
            esac
        done | LC_ALL=C sort
}

guid() {   # base64 of a GUID (Windows byte order) -> text
    printf '%s' "$1" | base64 -d | od -An -tx1 -v | tr -d ' \n' | awk '{ h = $0
        printf "%s%s%s%s-%s%s-%s%s-%s-%s\n", substr(h,7,2), substr(h,5,2), substr(h,3,2), substr(h,1,2),
            substr(h,11,2), substr(h,9,2), substr(h,15,2), substr(h,13,2), substr(h,17,4), substr(h,21,12) }'
}

# check WHAT DC BASE ATTR EXPECTED...   (EXPECTED values in any order; none = attribute absent)
check() {
    local what=$1 dc=$2 base=$3 attr=$4 got want
    shift 4
    got=$(vals "$dc" "$base" "$attr" -E "$SHOW_DELETED")
    if [ $# -gt 0 ]; then want=$(printf '%s\n' "$@" | LC_ALL=C sort); else want=; fi
    checks=$((checks + 1))
    if [ "$got" = "$want" ]; then
        printf 'ok    DC%s %s\n' "$dc" "$what"
    else
        fails=$((fails + 1))
        printf 'FAIL  DC%s %s: %s of %s\n      expected: %.300s\n      got:      %.300s\n' "$dc" "$what" "$attr" \
            "$base" "$(printf '%s' "$want" | tr '\n' '|')" "$(printf '%s' "$got" | tr '\n' '|')"
    fi
}

exists() {   # exists WHAT DC DN yes|no
    local what=$1 dc=$2 dn=$3 want=$4 got=no
    lsdc "$dc" -b "$dn" -s base dn >/dev/null 2>&1 && got=yes
    checks=$((checks + 1))
    if [ "$got" = "$want" ]; then printf 'ok    DC%s %s\n' "$dc" "$what"
    else fails=$((fails + 1)); printf 'FAIL  DC%s %s: %s exists=%s, expected %s\n' "$dc" "$what" "$dn" "$got" "$want"; fi
}

has() {   # has WHAT DC BASE ATTR VALUE: VALUE is one of the attribute's values (others may be there too)
    local what=$1 dc=$2 base=$3 attr=$4 want=$5 got
    got=$(vals "$dc" "$base" "$attr")
    checks=$((checks + 1))
    if printf '%s\n' "$got" | grep -qxF -- "$want"; then
        printf 'ok    DC%s %s\n' "$dc" "$what"
    else
        fails=$((fails + 1))
        printf 'FAIL  DC%s %s: %s of %s\n      expected among: %.300s\n      got:      %.300s\n' "$dc" "$what" "$attr" \
            "$base" "$want" "$(printf '%s' "$got" | tr '\n' '|')"
    fi
}

tls() {   # tls WHAT DC COMMAND...
    local what=$1 dc=$2
    shift 2
    checks=$((checks + 1))
    if "$@" >/dev/null 2>&1; then printf 'ok    DC%s %s\n' "$dc" "$what"
    else fails=$((fails + 1)); printf 'FAIL  DC%s %s\n' "$dc" "$what"; fi
}

# the base64 msDFS-TargetListv2 value of entry DN in the LDIF file
ldif_value() {
    awk '/^ / { line = line substr($0, 2); next } { if (NR > 1) print line; line = $0 } END { print line }' "$1" \
        | awk -v dn="dn: $2" '/^dn: / { indn = ($0 == dn) } indn && /^msDFS-TargetListv2:: / { print substr($0, 22); exit }'
}

DC2_DSA=$(prop dc2.dsa.guid)
CA=$(prop ca.cert)

for dc in 1 2; do
    # sites and subnets
    for s in Liverpool Houston Charlotte Denver Seattle London Lab; do
        check "site $s" "$dc" "CN=$s,$S" objectClass top site
    done
    for sn in 127.0.1.0/24:Liverpool 127.0.2.0/24:Houston 127.0.3.0/24:Charlotte 127.0.4.0/24:Denver \
              127.0.5.0/24:Seattle 127.0.6.0/24:London 127.0.7.0/24:Lab 127.0.0.2/32:Liverpool 127.0.0.3/32:Houston; do
        check "subnet ${sn%%:*} -> ${sn##*:}" "$dc" "CN=${sn%%:*},CN=Subnets,$S" siteObject "CN=${sn##*:},$S"
    done
    # site links, bridge, transport options
    for l in LIV-HOU:150:180::Liverpool:Houston LIV-CHA:100:60::Liverpool:Charlotte CHA-HOU:100:60::Charlotte:Houston \
             HOU-DEN:50:15:1:Houston:Denver CHA-SEA:300:360::Charlotte:Seattle DEN-SEA:100:60::Denver:Seattle \
             SEA-LON:500:720::Seattle:London; do
        IFS=: read -r n cost ri opt s1 s2 <<<"$l"
        check "site link $n cost" "$dc" "CN=$n,$IP" cost "$cost"
        check "site link $n replInterval" "$dc" "CN=$n,$IP" replInterval "$ri"
        if [ -n "$opt" ]; then check "site link $n options" "$dc" "CN=$n,$IP" options "$opt"
        else check "site link $n options (none)" "$dc" "CN=$n,$IP" options; fi
        check "site link $n siteList" "$dc" "CN=$n,$IP" siteList "CN=$s1,$S" "CN=$s2,$S"
    done
    exists "DEFAULTIPSITELINK removed" "$dc" "CN=DEFAULTIPSITELINK,$IP" no
    check "bridge BR-LIV-CHA-SEA" "$dc" "CN=BR-LIV-CHA-SEA,$IP" siteLinkList "CN=LIV-CHA,$IP" "CN=CHA-SEA,$IP"
    check "IP transport options unset (bridge all site links)" "$dc" "$IP" options

    # servers
    check "server LIVDC1 dNSHostName" "$dc" "CN=LIVDC1,CN=Servers,CN=Liverpool,$S" dNSHostName livdc1.contoso.test
    check "server LIVDC1 serverReference" "$dc" "CN=LIVDC1,CN=Servers,CN=Liverpool,$S" serverReference "CN=LIVDC1,$DCS"
    check "server HOUDC1 dNSHostName" "$dc" "CN=HOUDC1,CN=Servers,CN=Houston,$S" dNSHostName houdc1.contoso.test
    if [ "$dc" = 1 ]; then
        check "server HOUDC1 serverReference MISSING (8589, DC1 only)" 1 "CN=HOUDC1,CN=Servers,CN=Houston,$S" serverReference
        check "computer HOUDC1 serverReferenceBL gone (DC1 only)" 1 "CN=HOUDC1,$DCS" serverReferenceBL
    else
        check "server HOUDC1 serverReference kept (DC2)" 2 "CN=HOUDC1,CN=Servers,CN=Houston,$S" serverReference "CN=HOUDC1,$DCS"
        check "computer HOUDC1 serverReferenceBL (DC2)" 2 "CN=HOUDC1,$DCS" serverReferenceBL "CN=HOUDC1,CN=Servers,CN=Houston,$S"
    fi
    for sv in CHADC1:Charlotte:chadc1:"CN=CHADC1,$DCS" CHADC1-OLD:Charlotte:chadc1:"CN=CHADC1,$DCS" \
              DENDC1:Denver:dendc1:"CN=FS-DEN,CN=Computers,$B" SEADC1:Seattle:seadc1:"CN=SEADC1,$DCS" \
              LONDC1:London:londc1:"CN=LONDC1,$DCS"; do
        IFS=: read -r n site host ref <<<"$sv"
        check "server $n dNSHostName" "$dc" "CN=$n,CN=Servers,CN=$site,$S" dNSHostName "$host.contoso.test"
        check "server $n serverReference" "$dc" "CN=$n,CN=Servers,CN=$site,$S" serverReference "$ref"
    done
    exists "CHADC1-OLD has no NTDS Settings" "$dc" "CN=NTDS Settings,CN=CHADC1-OLD,CN=Servers,CN=Charlotte,$S" no
    check "computer CHADC1 referenced by two servers" "$dc" "CN=CHADC1,$DCS" serverReferenceBL \
        "CN=CHADC1,CN=Servers,CN=Charlotte,$S" "CN=CHADC1-OLD,CN=Servers,CN=Charlotte,$S"
    check "computer DENDC1 referenced by nothing" "$dc" "CN=DENDC1,$DCS" serverReferenceBL

    # NTDS Settings (DSA objectGUID, invocationId, options)
    for d in LIVDC1:Liverpool:e1c5ad4d-1b35-45a2-8d78-c403d23044de:c8e6facb-13aa-4466-b053-57fab4f9f1ad:1 \
             CHADC1:Charlotte:bd630d6d-f6c1-4958-971d-7e4671c3f93a:ebb11784-5d62-4845-99fe-7bb2b46ab58c:1 \
             DENDC1:Denver:1eb475f2-1265-46af-a04c-be48aea706b0:ecd45584-c430-4d06-af46-ee466ebba0d4:0 \
             SEADC1:Seattle:3dab7f9b-92e7-4391-b8db-71df532c1493:3dd03e4b-a8c3-42c2-83db-cf0adece5ef0:0 \
             LONDC1:London:dc1bd641-d52d-4705-9c9e-180f4b733b20:a7b34b19-0413-4aec-b01e-838a06bcee19:1; do
        IFS=: read -r n site g inv opt <<<"$d"
        check "DSA $n objectGUID" "$dc" "CN=NTDS Settings,CN=$n,CN=Servers,CN=$site,$S" objectGUID "$g"
        check "DSA $n invocationId" "$dc" "CN=NTDS Settings,CN=$n,CN=Servers,CN=$site,$S" invocationId "$inv"
        check "DSA $n options" "$dc" "CN=NTDS Settings,CN=$n,CN=Servers,CN=$site,$S" options "$opt"
    done
    check "DSA HOUDC1 objectGUID = dc2.dsa.guid" "$dc" "CN=NTDS Settings,CN=HOUDC1,CN=Servers,CN=Houston,$S" objectGUID "$DC2_DSA"

    # computers
    R=E3514235-4B06-11D1-AB04-00C04FC2DCD2
    check "computer LIVDC1 SPNs" "$dc" "CN=LIVDC1,$DCS" servicePrincipalName HOST/LIVDC1 HOST/livdc1.contoso.test \
        ldap/livdc1.contoso.test GC/livdc1.contoso.test/contoso.test "$R/e1c5ad4d-1b35-45a2-8d78-c403d23044de/contoso.test"
    check "computer HOUDC1 SPNs" "$dc" "CN=HOUDC1,$DCS" servicePrincipalName HOST/HOUDC1 HOST/houdc1.contoso.test \
        ldap/houdc1.contoso.test GC/houdc1.contoso.test/contoso.test "$R/$DC2_DSA/contoso.test"
    check "computer CHADC1 SPNs" "$dc" "CN=CHADC1,$DCS" servicePrincipalName HOST/CHADC1 HOST/chadc1.contoso.test \
        ldap/chadc1.contoso.test GC/chadc1.contoso.test/contoso.test "$R/bd630d6d-f6c1-4958-971d-7e4671c3f93a/contoso.test"
    check "computer DENDC1 SPNs" "$dc" "CN=DENDC1,$DCS" servicePrincipalName HOST/DENDC1 HOST/dendc1.contoso.test \
        ldap/dendc1.contoso.test "$R/1eb475f2-1265-46af-a04c-be48aea706b0/contoso.test"
    check "computer SEADC1 SPNs" "$dc" "CN=SEADC1,$DCS" servicePrincipalName HOST/SEADC1 HOST/seadc1-old.contoso.test \
        ldap/seadc1-old.contoso.test "$R/3dab7f9b-92e7-4391-b8db-71df532c1493/contoso.test"
    check "computer LONDC1 SPNs (no replication, no GC SPN)" "$dc" "CN=LONDC1,$DCS" servicePrincipalName HOST/LONDC1 \
        HOST/londc1.contoso.test ldap/londc1.contoso.test
    check "computer FS-DEN SPNs" "$dc" "CN=FS-DEN,CN=Computers,$B" servicePrincipalName HOST/FS-DEN HOST/fs-den.contoso.test
    for cp in LIVDC1:livdc1:532480 HOUDC1:houdc1:532480 CHADC1:chadc1:532480 DENDC1:dendc1:532480 \
              SEADC1:seadc1-old:532480 LONDC1:londc1:532480; do
        IFS=: read -r n host uac <<<"$cp"
        check "computer $n dNSHostName" "$dc" "CN=$n,$DCS" dNSHostName "$host.contoso.test"
        check "computer $n userAccountControl" "$dc" "CN=$n,$DCS" userAccountControl "$uac"
    done
    check "computer FS-DEN dNSHostName" "$dc" "CN=FS-DEN,CN=Computers,$B" dNSHostName fs-den.contoso.test
    check "computer FS-DEN userAccountControl" "$dc" "CN=FS-DEN,CN=Computers,$B" userAccountControl 4096

    # connections
    for cn in LIVDC1:Liverpool:CHADC1:Charlotte LIVDC1:Liverpool:HOUDC1:Houston CHADC1:Charlotte:LIVDC1:Liverpool \
              HOUDC1:Houston:LIVDC1:Liverpool HOUDC1:Houston:DENDC1:Denver; do
        IFS=: read -r to tsite from fsite <<<"$cn"
        check "connection $from -> $to" "$dc" "CN=from $from,CN=NTDS Settings,CN=$to,CN=Servers,CN=$tsite,$S" fromServer \
            "CN=NTDS Settings,CN=$from,CN=Servers,CN=$fsite,$S"
    done

    check "connection HOUDC1 -> LIVDC1 objectGUID (same on both)" "$dc" "CN=from HOUDC1,CN=NTDS Settings,CN=LIVDC1,CN=Servers,CN=Liverpool,$S" objectGUID 3230ecac-d5e5-4f82-924c-d415ddade895
    check "connection LIVDC1 -> HOUDC1 objectGUID (same on both)" "$dc" "CN=from LIVDC1,CN=NTDS Settings,CN=HOUDC1,CN=Servers,CN=Houston,$S" objectGUID acd2f8e8-fbef-4766-81e5-22842c422fc7
    check "connection DENDC1 -> HOUDC1 objectGUID (same on both)" "$dc" "CN=from DENDC1,CN=NTDS Settings,CN=HOUDC1,CN=Servers,CN=Houston,$S" objectGUID 7479a122-17a6-478b-b262-839a9f4b2f21
    check "DNS houdc1 objectGUID (same on both)" "$dc" "DC=houdc1,$Z" objectGUID 3f6fba47-aa7e-4967-9879-c60ff32d0d49

    # crossRefs
    check "crossRef Fabrikam nCName" "$dc" "CN=Fabrikam,CN=Partitions,$C" nCName DC=fabrikam,DC=test
    check "crossRef Fabrikam dnsRoot" "$dc" "CN=Fabrikam,CN=Partitions,$C" dnsRoot fabrikam.test
    check "crossRef Fabrikam systemFlags (none: external)" "$dc" "CN=Fabrikam,CN=Partitions,$C" systemFlags
    check "crossRef Apps nCName" "$dc" "CN=Apps,CN=Partitions,$C" nCName DC=apps,DC=contoso,DC=test
    check "crossRef Apps systemFlags" "$dc" "CN=Apps,CN=Partitions,$C" systemFlags 5
    check "crossRef Apps Enabled" "$dc" "CN=Apps,CN=Partitions,$C" Enabled FALSE
    check "crossRef Apps replica locations" "$dc" "CN=Apps,CN=Partitions,$C" msDS-NC-Replica-Locations \
        "CN=NTDS Settings,CN=LIVDC1,CN=Servers,CN=Liverpool,$S"
    check "crossRef CONTOSO (Samba's)" "$dc" "CN=CONTOSO,CN=Partitions,$C" systemFlags 3
    exists "crossRef Loop absent (variant only)" "$dc" "CN=Loop,CN=Partitions,$C" no

    # DNS A records (dnsRecord bytes: see tools/ldifvalues.py)
    for r in livdc1:BAABAAXwAAABAAAAAAADhAAAAAAAAAAAfwAAAg== houdc1:BAABAAXwAAABAAAAAAADhAAAAAAAAAAAfwAAAw== \
             chadc1:BAABAAXwAAABAAAAAAADhAAAAAAAAAAAfwADAg== dendc1:BAABAAXwAAABAAAAAAADhAAAAAAAAAAAfwAEAg== \
             seadc1:BAABAAXwAAABAAAAAAADhAAAAAAAAAAAfwAFAg== londc1:BAABAAXwAAABAAAAAAADhAAAAAAAAAAAfwAGAg== \
             fs-liv:BAABAAXwAAABAAAAAAADhAAAAAAAAAAAfwABCg== fs-liv2:BAABAAXwAAABAAAAAAADhAAAAAAAAAAAfwABCw== \
             fs-hou:BAABAAXwAAABAAAAAAADhAAAAAAAAAAAfwACCg== fs-cha:BAABAAXwAAABAAAAAAADhAAAAAAAAAAAfwADCg== \
             fs-cha2:BAABAAXwAAABAAAAAAADhAAAAAAAAAAAfwADCw== fs-den:BAABAAXwAAABAAAAAAADhAAAAAAAAAAAfwAECg== \
             fs-sea:BAABAAXwAAABAAAAAAADhAAAAAAAAAAAfwAFCg== fs-lon:BAABAAXwAAABAAAAAAADhAAAAAAAAAAAfwAGCg==; do
        check "DNS A ${r%%:*}" "$dc" "DC=${r%%:*},$Z" dnsRecord "b64:${r#*:}"
    done
    exists "DNS fs-nowhere has no record" "$dc" "DC=fs-nowhere,$Z" no
    has "DNS apex @ of contoso.test holds A 127.0.0.2 (written by provision)" "$dc" "DC=@,$Z" dnsRecord \
        "b64:BAABAAXwAAABAAAAAAADhAAAAAAAAAAAfwAAAg=="
    # zone fabrikam.test in contoso's DomainDnsZones: the way to FABDC1 (DC3) from contoso's directory
    FZ=DC=fabrikam.test,CN=MicrosoftDNS,DC=DomainDnsZones,$B
    check "DNS zone fabrikam.test (dnsZone)" "$dc" "$FZ" objectClass top dnsZone
    check "DNS A fabrikam.test (apex @) -> 127.0.0.4" "$dc" "DC=@,$FZ" dnsRecord "b64:BAABAAXwAAABAAAAAAADhAAAAAAAAAAAfwAABA=="
    check "DNS A fabdc1.fabrikam.test -> 127.0.0.4" "$dc" "DC=fabdc1,$FZ" dnsRecord "b64:BAABAAXwAAABAAAAAAADhAAAAAAAAAAAfwAABA=="

    # DFS
    D=CN=Dfs-Configuration,CN=System,$B
    check "DFS anchor Public" "$dc" "CN=Public,$D" objectClass top msDFS-NamespaceAnchor
    check "DFS namespace Public properties" "$dc" "CN=Public,CN=Public,$D" msDFS-Propertiesv2 State=1 ReferralSiteCosting=on
    check "DFS namespace Public TTL" "$dc" "CN=Public,CN=Public,$D" msDFS-Ttlv2 300
    check "DFS namespace identity GUID" "$dc" "CN=Public,CN=Public,$D" msDFS-NamespaceIdentityGUIDv2 558b5caa-c276-4f61-aa2d-fa6c31c857ba
    check "DFS link /Software path" "$dc" "CN=Software,CN=Public,CN=Public,$D" msDFS-LinkPathv2 /Software
    check "DFS link /Software properties" "$dc" "CN=Software,CN=Public,CN=Public,$D" msDFS-Propertiesv2 State=1
    check "DFS link /Software TTL" "$dc" "CN=Software,CN=Public,CN=Public,$D" msDFS-Ttlv2 1800
    check "DFS link /Archive path" "$dc" "CN=Archive,CN=Public,CN=Public,$D" msDFS-LinkPathv2 /Archive
    check "DFS link /Archive properties" "$dc" "CN=Archive,CN=Public,CN=Public,$D" msDFS-Propertiesv2 State=1 InsiteReferral=on
    for e in "CN=Public,CN=Public,$D" "CN=Software,CN=Public,CN=Public,$D" "CN=Archive,CN=Public,CN=Public,$D"; do
        check "DFS target list of ${e%%,*} byte-identical to the LDIF" "$dc" "$e" msDFS-TargetListv2 \
            "b64:$(ldif_value "$HERE/ldif/shared/80-dfs.ldif" "$e")"
    done
    check "DFS fTDfs Legacy" "$dc" "CN=Legacy,$D" remoteServerName '*' '\\livdc1.contoso.test\Legacy'

    # tombstones
    T="CN=NTDS Settings\\0ADEL:6f1c1d5e-9a43-4b7e-8c52-0d3b5e7a9f21,CN=OLDDC9\\0ADEL:4e1fe247-7b09-44b1-b3c3-22fb9623627e,CN=Servers,CN=Lab,$S"
    got=$("$LS" "$dc" -E "$SHOW_DELETED" -b "$C" '(objectGUID=\5e\1d\1c\6f\43\9a\7e\4b\8c\52\0d\3b\5e\7a\9f\21)' dn 2>/dev/null | sed -n 's/^dn: //p')
    checks=$((checks + 1))
    if [ "$got" = "$T" ]; then printf 'ok    DC%s OLDDC9 DSA tombstone found by objectGUID with Show Deleted\n' "$dc"
    else fails=$((fails + 1)); printf 'FAIL  DC%s OLDDC9 DSA tombstone by objectGUID: got %s\n' "$dc" "$got"; fi
    check "OLDDC9 DSA tombstone isDeleted" "$dc" "$T" isDeleted TRUE
    check "OLDDC9 DSA tombstone lastKnownParent" "$dc" "$T" lastKnownParent \
        "CN=OLDDC9\\0ADEL:4e1fe247-7b09-44b1-b3c3-22fb9623627e,CN=Servers,CN=Lab,$S"
    check "connection tombstone in CN=Deleted Objects" "$dc" \
        "CN=from OLDDC9\\0ADEL:a3bc9add-3f0a-41f3-bfa3-2e4029b3ab70,CN=Deleted Objects,$C" lastKnownParent \
        "CN=NTDS Settings,CN=LIVDC1,CN=Servers,CN=Liverpool,$S"

    # TLS with the forest's CA: LDAPS and StartTLS, host checked by address and by name
    a=$(prop "dc$dc.address")
    fq=$(prop "dc$dc.fqdn")
    tls "LDAPS ldaps://$a verified with the CA" "$dc" env LDAPTLS_CACERT="$CA" ldapsearch -x -H "ldaps://$a" -b '' -s base dnsHostName
    tls "StartTLS ldap://$a -ZZ verified with the CA" "$dc" env LDAPTLS_CACERT="$CA" ldapsearch -ZZ -x -H "ldap://$a" -b '' -s base dnsHostName
    tls "certificate names $fq" "$dc" sh -c "echo | openssl s_client -connect $a:636 -CAfile '$CA' -verify_hostname $fq -verify_return_error"
    tls "certificate names $a" "$dc" sh -c "echo | openssl s_client -connect $a:636 -CAfile '$CA' -verify_ip $a -verify_return_error"
    tls "simple bind over plain LDAP (admin.dn)" "$dc" "$LS" "$dc" -b '' -s base dnsHostName
done

# Replication state: repsFrom (binary REPLICA_LINK, decoded with tools/repsfrom.py). DC2's are Samba's own
# from the join (pull from LIVDC1, every NC it holds); DC1's are the fixture's failing link from HOUDC1 on
# its domain, Configuration and Schema NC heads only (written by forest.sh after the join).
REPS=$HERE/tools/repsfrom.py
DC1_DSA=e1c5ad4d-1b35-45a2-8d78-c403d23044de
DC1_INV=c8e6facb-13aa-4466-b053-57fab4f9f1ad
DC2_INV=$(prop dc2.invocation.id)
Z0=00000000-0000-0000-0000-000000000000
# the values of repsFrom (or $3) of NC head $2 on DC $1, decoded, one line each: "field=value ..." of the
# fields below (value without its "(...)" comment), sorted
REPS_FIELDS='source_dsa_obj_guid source_dsa_invocation_id address consecutive_sync_failures result_last_attempt last_attempt last_success replica_flags transport_guid highest_usn'
reps() {   # reps DC NC [ATTR]
    vals "$1" "$2" "${3:-repsFrom}" | sed -n 's/^b64://p' | while IFS= read -r v; do
        "$REPS" --decode "$v" | awk -v f="$REPS_FIELDS" '
            BEGIN { n = split(f, w, " "); for (i = 1; i <= n; i++) want[w[i]] = i }
            { k = substr($1, 1, length($1) - 1); v = substr($0, length($1) + 2); sub(/ \(.*$/, "", v)
              if (k in want) got[want[k]] = k "=" v }
            END { for (i = 1; i <= n; i++) printf "%s%s", (i > 1 ? " " : ""), got[i]; print "" }'
    done | LC_ALL=C sort
}
same() {   # same WHAT DC GOT WANT
    checks=$((checks + 1))
    if [ "$3" = "$4" ]; then printf 'ok    DC%s %s\n' "$2" "$1"
    else fails=$((fails + 1)); printf 'FAIL  DC%s %s\n      expected: %s\n      got:      %s\n' "$2" "$1" "$4" "$(printf '%s' "$3" | tr '\n' '|')"; fi
}
for nc in "$B" "$C" "CN=Schema,$C"; do
    same "repsFrom of $nc: exactly one, from HOUDC1, failing (3 x 8589)" 1 "$(reps 1 "$nc")" \
        "source_dsa_obj_guid=$DC2_DSA source_dsa_invocation_id=$DC2_INV address=$DC2_DSA._msdcs.contoso.test consecutive_sync_failures=3 result_last_attempt=8589 last_attempt=2026-11-01T10:00:00Z last_success=2026-10-31T22:00:00Z replica_flags=0x70 transport_guid=$Z0 highest_usn=0"
done
for nc in "DC=DomainDnsZones,$B" "DC=ForestDnsZones,$B"; do
    check "no repsFrom on $nc" 1 "$nc" repsFrom
done
for nc in "$B" "$C" "CN=Schema,$C" "DC=DomainDnsZones,$B" "DC=ForestDnsZones,$B"; do
    got=$(reps 1 "$nc" repsTo | sed 's/ last_attempt=[^ ]* last_success=[^ ]*//')
    same "repsTo of $nc: Samba's own, to HOUDC1" 1 "$got" \
        "source_dsa_obj_guid=$DC2_DSA source_dsa_invocation_id=$Z0 address=$DC2_DSA._msdcs.contoso.test consecutive_sync_failures=0 result_last_attempt=0 replica_flags=0x1c transport_guid=$Z0 highest_usn=0"
    # Samba's join: the time of the last success is that of the last attempt (the join's), highest_usn varies
    got=$(reps 2 "$nc" | sed 's/ last_attempt=\([^ ]*\) last_success=\1 / last_attempt=last_success /; s/ highest_usn=[0-9]*$//')
    same "repsFrom of $nc: Samba's own from the join, from LIVDC1, successful" 2 "$got" \
        "source_dsa_obj_guid=$DC1_DSA source_dsa_invocation_id=$DC1_INV address=$DC1_DSA._msdcs.contoso.test consecutive_sync_failures=0 result_last_attempt=0 last_attempt=last_success replica_flags=0x70 transport_guid=$Z0"
done
for dc in 1 2; do
    for nc in "$B" "$C"; do
        check "msDS-NCReplInboundNeighbors of $nc: nothing (Samba does not construct it)" "$dc" "$nc" msDS-NCReplInboundNeighbors
    done
done

# each contoso DC's DNS server answers each running DC's dNSHostName with its address (the host does not)
for dc in 1 2; do
    for t in 1 2; do
        same "DNS server $(prop dc$dc.address):53 answers $(prop dc$t.fqdn) A $(prop dc$t.address)" "$dc" \
            "$("$HERE/tools/dnsquery.py" "$(prop dc$dc.address)" "$(prop dc$t.fqdn)" 2>&1)" "NOERROR $(prop dc$t.address)"
    done
done

# DC3 FABDC1: the only DC of the separate forest FABRIKAM.TEST (target of contoso's crossRef CN=Fabrikam)
dc=3
FB=DC=fabrikam,DC=test
FC=CN=Configuration,$FB
FS="CN=Default-First-Site-Name,CN=Sites,$FC"
a=$(prop dc3.address)
fq=$(prop dc3.fqdn)
tls "LDAP answers on $a (rootDSE defaultNamingContext $FB)" 3 sh -c \
    "ldapsearch -LLL -x -H ldap://$a -b '' -s base defaultNamingContext | grep -qx 'defaultNamingContext: $FB'"
check "domain objectSid (fixed)" 3 "$FB" objectSid "b64:AQQAAAAAAAUVAAAAoEDN3by4t6oYwj7N"
check "domain objectGUID (fixed)" 3 "$FB" objectGUID 6825db04-f085-48f3-a37f-c02d03c23ff9
check "DSA FABDC1 objectGUID (fixed)" 3 "CN=NTDS Settings,CN=FABDC1,CN=Servers,$FS" objectGUID \
    c8547d63-4a7a-4000-92b6-775a09b51cd5
check "DSA FABDC1 objectGUID = dc3.dsa.guid" 3 "$(prop dc3.dsa.dn)" objectGUID "$(prop dc3.dsa.guid)"
check "DSA FABDC1 invocationId (fixed)" 3 "CN=NTDS Settings,CN=FABDC1,CN=Servers,$FS" invocationId \
    dd33bd07-2454-4a79-bcd0-6a7aa483c375
check "server FABDC1 serverReference" 3 "CN=FABDC1,CN=Servers,$FS" serverReference "CN=FABDC1,OU=Domain Controllers,$FB"
check "crossRef FABRIKAM (Samba's)" 3 "CN=FABRIKAM,CN=Partitions,$FC" nCName "$FB"
exists "crossRef Loop absent (variant only)" 3 "CN=Loop,CN=Partitions,$FC" no
check "OU=Sales" 3 "OU=Sales,$FB" objectClass top organizationalUnit
for u in "Ada Lovelace:ada.lovelace:Sales: analytical engines" "Alan Turing:alan.turing:Sales: universal machines" \
         "Grace Hopper:grace.hopper:Sales: compilers"; do
    IFS=: read -r cn sam desc <<<"$u"
    check "user $cn sAMAccountName" 3 "CN=$cn,OU=Sales,$FB" sAMAccountName "$sam"
    check "user $cn description" 3 "CN=$cn,OU=Sales,$FB" description "$desc"
done
got=$(lsdc 3 -b "OU=Sales,$FB" -s one '(objectClass=user)' dn 2>/dev/null | grep -c '^dn: ')
checks=$((checks + 1))
if [ "$got" = 3 ]; then printf 'ok    DC3 OU=Sales holds exactly 3 users\n'
else fails=$((fails + 1)); printf 'FAIL  DC3 OU=Sales holds %s users, expected 3\n' "$got"; fi
has "DNS apex @ of fabrikam.test (its own zone) holds A 127.0.0.4" 3 \
    "DC=@,DC=fabrikam.test,CN=MicrosoftDNS,DC=DomainDnsZones,$FB" dnsRecord "b64:BAABAAXwAAABAAAAAAADhAAAAAAAAAAAfwAABA=="
has "DNS A fabdc1.fabrikam.test (its own zone) -> 127.0.0.4" 3 \
    "DC=fabdc1,DC=fabrikam.test,CN=MicrosoftDNS,DC=DomainDnsZones,$FB" dnsRecord "b64:BAABAAXwAAABAAAAAAADhAAAAAAAAAAAfwAABA=="
tls "LDAPS ldaps://$a verified with the CA" 3 env LDAPTLS_CACERT="$CA" ldapsearch -x -H "ldaps://$a" -b '' -s base dnsHostName
tls "StartTLS ldap://$a -ZZ verified with the CA" 3 env LDAPTLS_CACERT="$CA" ldapsearch -ZZ -x -H "ldap://$a" -b '' -s base dnsHostName
for n in "$fq" "$(prop fabrikam.dns)"; do
    tls "certificate names $n" 3 sh -c "echo | openssl s_client -connect $a:636 -CAfile '$CA' -verify_hostname $n -verify_return_error"
done
tls "certificate names $a" 3 sh -c "echo | openssl s_client -connect $a:636 -CAfile '$CA' -verify_ip $a -verify_return_error"
tls "simple bind over plain LDAP (fabrikam.admin.dn)" 3 lsdc 3 -b '' -s base dnsHostName

echo "$checks checks, $fails failed"
[ "$fails" -eq 0 ]
