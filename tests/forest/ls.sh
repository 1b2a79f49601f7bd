#!/usr/bin/env bash
# ls.sh - ldapsearch as the forest's Administrator against DC1 or DC2.
#   tests/forest/ls.sh 1|2 [ldapsearch arguments...]      e.g.  ls.sh 2 -b CN=Sites,CN=Configuration,DC=contoso,DC=test -s one cn
# Reads address and credentials from forest.properties in ${ADTOPO_FOREST_HOME:-<repo>/.forest}.
# Output is LDIF without line wrapping (-LLL -o ldif-wrap=no); simple bind over plain LDAP.
# Set LS_TLS=ldaps for LDAPS on 636 or LS_TLS=starttls for StartTLS on 389 (both verify against the
# forest's CA, by the DC's address).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
FOREST_HOME=${ADTOPO_FOREST_HOME:-$HERE/../../.forest}
PROPS=$FOREST_HOME/forest.properties
[ -f "$PROPS" ] || { echo "ls.sh: no $PROPS: run tests/forest/forest.sh start" >&2; exit 1; }
prop() { sed -n "s/^$1=//p" "$PROPS" | head -n 1; }
case ${1:-} in 1|2) dc=$1; shift ;; *) echo "usage: ls.sh 1|2 [ldapsearch arguments...]" >&2; exit 2 ;; esac
addr=$(prop "dc$dc.address")
url=ldap://$addr
tls=()
case ${LS_TLS:-} in
    ldaps) url=ldaps://$addr ;;
    starttls) tls=(-ZZ) ;;
    '') ;;
    *) echo "ls.sh: LS_TLS is ldaps or starttls" >&2; exit 2 ;;
esac
export LDAPTLS_CACERT=${LDAPTLS_CACERT:-$(prop ca.cert)}
exec ldapsearch -LLL -o ldif-wrap=no -x ${tls[@]+"${tls[@]}"} -H "$url" -D "$(prop admin.dn)" -w "$(prop admin.password)" "$@"
