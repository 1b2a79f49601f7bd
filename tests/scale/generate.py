#!/usr/bin/env python3
r"""generate.py - LDIF for a large synthetic AD forest (sites, DCs, connections, DFS targets), for scale.sh.

Writes, into --out DIR, the LDIF files in the order they must be loaded into a DC that
`samba-tool domain provision --site=S0001 --host-name=SCALEDC1` made (scale.sh does exactly that), plus two
fact files:

  00-defaultipsitelink.modify.ldif  delete Samba's DEFAULTIPSITELINK (ldbmodify: it holds a changetype)
  10-sites.ldif          sites S0002..SN, each with CN=NTDS Site Settings and CN=Servers (S0001, SCALEDC1's
                         site, is made by provision)
  15-subnets.ldif        one subnet per site: site i -> 10.<i div 256>.<i mod 256>.0/24
  20-sitelinks.ldif      a ring of site links plus random chords (some with 3 sites), and a few bridges
  30-computers.ldif      the DCs' computer accounts in OU=Domain Controllers
  40-servers.ldif        their server objects in their sites' CN=Servers (the faults live here)
  50-ntds-settings.ldif  their NTDS Settings (nTDSDSA, chosen objectGUID and invocationId)
  60-connections.ldif    K nTDSConnection objects under each NTDS Settings
  70-dns.ldif            A records (dnsNode) of the DCs and of the DFS file servers, in the domain's zone
  80-dfs.ldif            the domain-based DFS v2 namespace \\<domain>\Big and its folder /Software
  facts.properties       counts, faults and DFS facts (Java properties; scale.sh copies them into
                         scale.properties)
  dfs-targets.tsv        the /Software targets: host, address, site, priority class, rank, state

Everything but NTDS Settings could go over LDAP; scale.sh loads all of it locally with
`ldbadd -H private/sam.ldb --controls=relax:0` while Samba is stopped (the relax control lets the nTDSDSA
objects in, system-only over LDAP, with the objectGUIDs chosen here).

Deterministic: the same parameters and --seed give byte-identical files (no clock, no unseeded random).
Standard library only, plus ../forest/tools/targetlist.py and ldifvalues.py (also standard library), which
build msDFS-TargetListv2 and dnsRecord values exactly as the contoso fixture's LDIF has them.

Usage:
  generate.py --out DIR [--sites N] [--dcs N] [--connections-per-dc K] [--dfs-targets T] [--seed S]
              [--domain scale.test]
"""
import argparse
import base64
import math
import os
import random
import sys
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True        # no __pycache__ left in tests/forest/tools by the imports below
sys.path.insert(0, os.path.join(HERE, '..', 'forest', 'tools'))
import ldifvalues   # noqa: E402  dnsRecord (A) and GUID values
import targetlist   # noqa: E402  msDFS-TargetListv2 values

# ---- fixed facts (scale.sh provisions with these) ----
PROVISIONED_DC = 'SCALEDC1'           # the one real DC, made by provision, in the first site
FIRST_HOST = 11                       # host addresses in a site's /24: .11 ...
LAST_HOST = 254
DC_UAC = 532480                       # SERVER_TRUST_ACCOUNT 0x2000 | TRUSTED_FOR_DELEGATION 0x80000
DRS_SPN_CLASS = 'E3514235-4B06-11D1-AB04-00C04FC2DCD2'   # replication SPN (MS-DRSR 2.2.3.2)
DSA_BEHAVIOR_VERSION = 7              # Windows Server 2016
# entries under CN=Sites that provision makes and nothing here adds: CN=Sites, CN=Subnets,
# CN=Inter-Site Transports, CN=IP, CN=SMTP (the first site, SCALEDC1's server and DSA are counted as generated)
SITES_FIXED_ENTRIES = 5
FAULTS_PER_KIND = 5                   # "a handful" of each server fault
LINK_COST_MIN, LINK_COST_MAX = 10, 500
REPL_INTERVAL = 180
DFS_NAMESPACE = 'Big'
DFS_FOLDER = 'Software'
DFS_SHARE = 'share'
DFS_ROOT_TARGETS = 4                  # root targets: the first DCs (one per site), share Big
LAST_MODIFIED = '20250101000000.0Z'   # msDFS-LastModifiedv2, fixed (as in the contoso fixture)
TARGETLIST_MAX_BYTES = 2097152        # rangeUpper of msDFS-TargetListv2 in Samba's schema
# priority classes of the /Software targets and how often each is drawn (MS-DFSC 3.2.5.5)
CLASS_WEIGHTS = [('SiteCostNormal', 70), ('SiteCostHigh', 10), ('SiteCostLow', 10), ('GlobalHigh', 5),
                 ('GlobalLow', 5)]


class Rng(random.Random):
    """A random stream of its own per purpose, so each kind of choice depends only on the seed and the
    parameters (string seeds are hashed with SHA-512 by random.seed: the same on every Python 3)."""

    def __init__(self, seed, purpose):
        super().__init__(f'adtopo-scale:{seed}:{purpose}')

    def guid(self):
        return str(uuid.UUID(int=self.getrandbits(128), version=4))


def b64guid(text):
    return ldifvalues.guid(text)


# ---- LDIF writing ----
SAFE_INIT = set(chr(c) for c in range(0x01, 0x80)) - set('\n\r :<')
SAFE = set(chr(c) for c in range(0x01, 0x80)) - set('\n\r')


def fold(line):
    """LDIF line folding at 76 columns (continuation lines start with one space)."""
    if len(line) <= 76:
        return line
    return '\n'.join([line[:76]] + [' ' + line[i:i + 75] for i in range(76, len(line), 75)])


def attr(name, value):
    """name: value, or name:: base64 (folded) when the value needs it (RFC 2849); bytes always go as base64."""
    if isinstance(value, bytes):
        return fold(f'{name}:: {base64.b64encode(value).decode("ascii")}')
    value = str(value)
    if value and (value[0] not in SAFE_INIT or value[-1] == ' ' or any(c not in SAFE for c in value)):
        return fold(f'{name}:: {base64.b64encode(value.encode("utf-8")).decode("ascii")}')
    return f'{name}: {value}'   # text lines stay whole (DNs readable and greppable; ldb takes any length)


def b64attr(name, b64):
    """name:: an already base64-encoded value."""
    return fold(f'{name}:: {b64}')


KINDS = {}   # kind -> [entries, file]: the summary, in the order written


class Ldif:
    """One output file; its entries are counted per kind (KINDS) for the summary."""

    def __init__(self, path, header):
        self.path = path
        self.lines = [f'# {line}'.rstrip() for line in header.strip('\n').split('\n')]
        self.entries = 0

    def comment(self, text):
        self.lines.append('')
        self.lines.extend(f'# {line}'.rstrip() for line in text.split('\n'))

    def entry(self, dn, *attrs, kind, comment=None):
        KINDS.setdefault(kind, [0, os.path.basename(self.path)])[0] += 1
        self.lines.append('')
        if comment:
            self.lines.extend(f'# {line}'.rstrip() for line in comment.split('\n'))
        self.lines.append(attr('dn', dn))
        self.lines.extend(a for a in attrs if a is not None)
        self.entries += 1

    def write(self):
        with open(self.path, 'w', encoding='ascii', newline='\n') as f:
            f.write('\n'.join(self.lines) + '\n')


# ---- the model ----
class Site:
    def __init__(self, index, name, dn, subnet_prefix):
        self.index = index               # 1-based
        self.name = name
        self.dn = dn
        self.prefix = subnet_prefix      # "10.0.1" (the /24 is prefix + ".0/24")
        self.next_host = FIRST_HOST
        self.dcs = []                    # DC indexes (0-based) in this site
        self.neighbours = set()          # site indexes sharing a site link

    def subnet(self):
        return f'{self.prefix}.0/24'

    def has_room(self):
        return self.next_host <= LAST_HOST

    def take_address(self):
        if not self.has_room():
            raise SystemExit(f'site {self.name}: no free address left in {self.subnet()}')
        address = f'{self.prefix}.{self.next_host}'
        self.next_host += 1
        return address


class Dc:
    def __init__(self, index, name, site):
        self.index = index               # 0-based
        self.name = name                 # DC0001
        self.site = site
        self.fqdn = None
        self.address = None
        self.gc = False
        self.dsa_guid = None
        self.invocation_id = None
        self.computer_dn = None
        self.server_dn = None
        self.dsa_dn = None


def width(n):
    return max(4, len(str(n)))


def build(args):
    domain = args.domain.lower()
    base_dn = ','.join(f'DC={p}' for p in domain.split('.'))
    config_dn = f'CN=Configuration,{base_dn}'
    schema_dn = f'CN=Schema,{config_dn}'
    sites_dn = f'CN=Sites,{config_dn}'
    ip_dn = f'CN=IP,CN=Inter-Site Transports,{sites_dn}'
    n_sites, n_dcs, k, n_targets = args.sites, args.dcs, args.connections_per_dc, args.dfs_targets
    if n_sites < 1 or n_sites > 65535:
        raise SystemExit('--sites must be 1..65535 (site i gets subnet 10.<i div 256>.<i mod 256>.0/24)')
    if n_dcs < 0 or k < 0 or n_targets < 0:
        raise SystemExit('--dcs, --connections-per-dc and --dfs-targets must not be negative')
    if n_dcs + n_targets > (LAST_HOST - FIRST_HOST + 1) * n_sites:
        raise SystemExit('too many DCs and DFS targets for the sites: each site\'s /24 has room for '
                         f'{LAST_HOST - FIRST_HOST + 1} hosts (.{FIRST_HOST}-.{LAST_HOST})')

    # ---- sites ----
    sw = width(n_sites)
    sites = []
    for i in range(1, n_sites + 1):
        name = f'S{i:0{sw}d}'
        sites.append(Site(i, name, f'CN={name},{sites_dn}', f'10.{i // 256}.{i % 256}'))

    # ---- site links: a ring, then random chords; siteList of 2 sites, some chords 3 ----
    rng = Rng(args.seed, 'sitelinks')
    links = []                           # (name, [site indexes 0-based], cost)
    seen = set()

    def add_link(members):
        key = tuple(sorted(members))
        if len(set(members)) != len(members) or key in seen:
            return False
        seen.add(key)
        name = '-'.join(sites[m].name for m in members)
        links.append((name, list(members), rng.randint(LINK_COST_MIN, LINK_COST_MAX)))
        for a in members:
            for b in members:
                if a != b:
                    sites[a].neighbours.add(b)
        return True

    if n_sites == 2:
        add_link([0, 1])
    elif n_sites > 2:
        for i in range(n_sites):
            add_link([i, (i + 1) % n_sites])
        chords = n_sites // 10
        tries = 0
        while chords > 0 and tries < 100 * n_sites:
            tries += 1
            size = 3 if chords % 3 == 0 and n_sites >= 4 else 2
            members = rng.sample(range(n_sites), size)
            # a chord joins sites that are not ring neighbours already
            if size == 2 and abs(members[0] - members[1]) in (1, n_sites - 1):
                continue
            if add_link(members):
                chords -= 1
    # bridges: a few, each over 2-3 consecutive ring links
    bridges = []                         # (name, [link names])
    n_ring = n_sites if n_sites > 2 else len(links)
    n_bridges = min(10, max(1, n_sites // 50)) if n_ring >= 2 else 0
    for b in range(n_bridges):
        start = rng.randrange(n_ring)
        span = rng.choice([2, 2, 3]) if n_ring >= 3 else 2
        names = [links[(start + j) % n_ring][0] for j in range(span)]
        bridges.append((f'BR{b + 1:02d}-{names[0]}', names))

    # ---- DCs: the first N round robin over the sites (every site gets one), the rest half to a few
    # hub sites, half anywhere; a full /24 sends the DC to the next site with room ----
    rng = Rng(args.seed, 'dcs')
    dw = width(n_dcs)
    hubs = list(range(max(1, math.ceil(n_sites / 20))))
    dcs = []
    for j in range(n_dcs):
        if j < n_sites:
            s = j
        elif rng.random() < 0.5:
            s = rng.choice(hubs)
        else:
            s = rng.randrange(n_sites)
        while not sites[s].has_room():
            s = (s + 1) % n_sites
        dc = Dc(j, f'DC{j + 1:0{dw}d}', sites[s])
        sites[s].dcs.append(j)
        dc.fqdn = f'{dc.name.lower()}.{domain}'
        dc.address = sites[s].take_address()
        dc.computer_dn = f'CN={dc.name},OU=Domain Controllers,{base_dn}'
        dc.server_dn = f'CN={dc.name},CN=Servers,{sites[s].dn}'
        dc.dsa_dn = f'CN=NTDS Settings,{dc.server_dn}'
        dcs.append(dc)
    guids = Rng(args.seed, 'dsa-guids')
    for dc in dcs:
        dc.dsa_guid = guids.guid()
        dc.invocation_id = guids.guid()
    # global catalogs: the first DC of each site, and about one in five of the others
    rng = Rng(args.seed, 'gc')
    for site in sites:
        for pos, j in enumerate(site.dcs):
            dcs[j].gc = pos == 0 or rng.random() < 0.2

    # ---- faults (disjoint DCs; none of them a DFS root target, none a "wrong" reference's target) ----
    rng = Rng(args.seed, 'faults')
    per_kind = min(FAULTS_PER_KIND, n_dcs // 4)
    pool = [dc.index for dc in dcs[DFS_ROOT_TARGETS:]]
    if len(pool) < 3 * per_kind:
        pool = [dc.index for dc in dcs]
    chosen = sorted(rng.sample(pool, 3 * per_kind)) if per_kind else []
    rng.shuffle(chosen)
    missing = sorted(chosen[0:per_kind])
    wrong = sorted(chosen[per_kind:2 * per_kind])
    mismatch = sorted(chosen[2 * per_kind:3 * per_kind])
    faulty = set(chosen)
    wrong_target = {}                    # DC index -> index of the DC whose computer it references
    for j in wrong:
        t = (j + 1) % n_dcs
        while t in faulty or t in wrong_target.values():
            t = (t + 1) % n_dcs
        wrong_target[j] = t

    # ---- connections: K per DC, from other DCs: same site first (keeping one slot for a site-link
    # neighbour), then neighbours, then any DC ----
    rng = Rng(args.seed, 'connections')
    connections = []                     # (destination DC index, source DC index, inter-site?)
    k_eff = min(k, max(0, n_dcs - 1))
    for dc in dcs:
        same = [j for j in dc.site.dcs if j != dc.index]
        near = sorted(j for s in dc.site.neighbours for j in sites[s].dcs)
        rng.shuffle(same)
        rng.shuffle(near)
        inter_wanted = 1 if k_eff >= 2 and near else 0
        picks = same[:max(0, k_eff - inter_wanted)]
        for j in near:
            if len(picks) >= k_eff:
                break
            if j not in picks:
                picks.append(j)
        while len(picks) < k_eff:
            j = rng.randrange(n_dcs)
            if j != dc.index and j not in picks:
                picks.append(j)
        for j in picks:
            connections.append((dc.index, j, dcs[j].site is not dc.site))

    # ---- DFS /Software targets: host fsNNNN in a site (a shuffled round robin), an address in its
    # subnet; classes drawn by weight; half rank 0; about 1 % offline ----
    rng = Rng(args.seed, 'dfs')
    order = list(range(n_sites))
    rng.shuffle(order)
    tw = width(n_targets)
    classes = [c for c, w in CLASS_WEIGHTS for _ in range(w)]
    n_offline = min(n_targets, max(1, n_targets // 100)) if n_targets else 0
    offline = set(rng.sample(range(n_targets), n_offline))
    targets = []                         # dicts
    for t in range(n_targets):
        s = order[t % n_sites]
        while not sites[s].has_room():
            s = (s + 1) % n_sites
        host = f'fs{t + 1:0{tw}d}'
        targets.append({
            'host': host, 'fqdn': f'{host}.{domain}', 'address': sites[s].take_address(),
            'site': sites[s].name, 'class': rng.choice(classes),
            'rank': 0 if rng.random() < 0.5 else rng.randint(1, 31),
            'state': 'offline' if t in offline else 'online',
            'unc': f'\\\\{host}.{domain}\\{DFS_SHARE}'})
    dfs_guids = Rng(args.seed, 'dfs-guids')
    dfs = {'namespace_identity': dfs_guids.guid(), 'namespace_generation': dfs_guids.guid(),
           'link_identity': dfs_guids.guid(), 'link_generation': dfs_guids.guid()}

    return {
        'domain': domain, 'base_dn': base_dn, 'config_dn': config_dn, 'schema_dn': schema_dn,
        'sites_dn': sites_dn, 'ip_dn': ip_dn, 'sites': sites, 'links': links, 'bridges': bridges,
        'dcs': dcs, 'connections': connections, 'targets': targets, 'dfs': dfs,
        'missing': missing, 'wrong': wrong, 'wrong_target': wrong_target, 'mismatch': mismatch,
        'k_eff': k_eff,
    }


def old_fqdn(dc, domain):
    return f'{dc.name.lower()}-old.{domain}'


def write_all(args, m, out):
    domain, base_dn, config_dn = m['domain'], m['base_dn'], m['config_dn']
    sites, dcs = m['sites'], m['dcs']
    params = (f'--sites {args.sites} --dcs {args.dcs} --connections-per-dc {args.connections_per_dc} '
              f'--dfs-targets {args.dfs_targets} --seed {args.seed} --domain {domain}')
    stamp = f'generated by tests/scale/generate.py {params}'
    files = []

    # 00: DEFAULTIPSITELINK (provision's link of the first site only, cost 100) goes, so the links
    # are exactly those below
    f = Ldif(os.path.join(out, '00-defaultipsitelink.modify.ldif'),
             f'00-defaultipsitelink.modify.ldif - {stamp}\n'
             'Load with ldbmodify (a changetype: delete). Provision\'s DEFAULTIPSITELINK goes, so the site\n'
             'links of 20-sitelinks.ldif are the only ones.')
    f.entry(f'CN=DEFAULTIPSITELINK,{m["ip_dn"]}', 'changetype: delete', kind='deletion (DEFAULTIPSITELINK)')
    files.append(('defaultipsitelink (deleted)', f))

    # 10: sites (the first one comes from provision)
    f = Ldif(os.path.join(out, '10-sites.ldif'),
             f'10-sites.ldif - {stamp}\n'
             f'Sites {sites[0].name}..{sites[-1].name}; {sites[0].name} (with {PROVISIONED_DC}) is made by '
             'provision (--site).\n'
             'Each site has the two children `samba-tool sites create` makes: NTDS Site Settings and Servers.')
    for site in sites[1:]:
        f.entry(site.dn, 'objectClass: site', kind='site')
        f.entry(f'CN=NTDS Site Settings,{site.dn}', 'objectClass: nTDSSiteSettings', kind='nTDSSiteSettings')
        f.entry(f'CN=Servers,{site.dn}', 'objectClass: serversContainer', kind='serversContainer')
    files.append(('sites (+ NTDS Site Settings, Servers)', f))

    # 15: subnets
    f = Ldif(os.path.join(out, '15-subnets.ldif'),
             f'15-subnets.ldif - {stamp}\n'
             'One /24 per site: site i -> 10.<i div 256>.<i mod 256>.0/24 (the CN is the prefix).')
    for site in sites:
        f.entry(f'CN={site.subnet()},CN=Subnets,{m["sites_dn"]}', 'objectClass: subnet',
                attr('siteObject', site.dn), kind='subnet')
    files.append(('subnets', f))

    # 20: site links and bridges
    f = Ldif(os.path.join(out, '20-sitelinks.ldif'),
             f'20-sitelinks.ldif - {stamp}\n'
             f'Site links of the IP transport: a ring (S(i)-S(i+1), the last back to the first) plus random\n'
             f'chords (every third with 3 sites); cost {LINK_COST_MIN}-{LINK_COST_MAX}, replInterval '
             f'{REPL_INTERVAL}. Then a few\n'
             'siteLinkBridges over consecutive ring links. CN=IP keeps no options: all links are bridged.')
    for name, members, cost in m['links']:
        f.entry(f'CN={name},{m["ip_dn"]}', 'objectClass: siteLink', f'cost: {cost}',
                f'replInterval: {REPL_INTERVAL}', *[attr('siteList', sites[s].dn) for s in members],
                kind='siteLink')
    for name, names in m['bridges']:
        f.entry(f'CN={name},{m["ip_dn"]}', 'objectClass: siteLinkBridge',
                *[attr('siteLinkList', f'CN={n},{m["ip_dn"]}') for n in names], kind='siteLinkBridge')
    files.append(('siteLinks, siteLinkBridges', f))

    # 30: computers
    missing, wrong, mismatch, wrong_target = m['missing'], m['wrong'], m['mismatch'], m['wrong_target']
    f = Ldif(os.path.join(out, '30-computers.ldif'),
             f'30-computers.ldif - {stamp}\n'
             f'Computer accounts of the DCs: userAccountControl {DC_UAC} (SERVER_TRUST_ACCOUNT | '
             'TRUSTED_FOR_DELEGATION),\n'
             'SPNs HOST/, ldap/, the replication SPN (DSA GUID of 50-ntds-settings.ldif) and GC/ for global '
             'catalogs.\n'
             'FAULT dNSHostName mismatch: the computers of the DCs listed in facts.properties\n'
             '(fault.dnsHostName.mismatch.*) carry <name>-old.<domain>, their server objects <name>.<domain>.')
    for dc in dcs:
        fqdn = old_fqdn(dc, domain) if dc.index in mismatch else dc.fqdn
        spns = [f'HOST/{dc.name}', f'HOST/{fqdn}', f'ldap/{fqdn}',
                f'{DRS_SPN_CLASS}/{dc.dsa_guid}/{domain}']
        if dc.gc:
            spns.append(f'GC/{fqdn}/{domain}')
        f.entry(dc.computer_dn, 'objectClass: computer', attr('sAMAccountName', f'{dc.name}$'),
                f'userAccountControl: {DC_UAC}', attr('dNSHostName', fqdn),
                *[attr('servicePrincipalName', s) for s in spns], kind='computer',
                comment='FAULT dNSHostName mismatch (server says ' + dc.fqdn + ')'
                if dc.index in mismatch else None)
    files.append(('computers', f))

    # 40: servers
    f = Ldif(os.path.join(out, '40-servers.ldif'),
             f'40-servers.ldif - {stamp}\n'
             'Server objects of the DCs in their sites (MS-ADTS 6.1.2.1: serverReference names the DC\'s\n'
             'computer, computer.dNSHostName == server.dNSHostName), except the FAULTS (facts.properties):\n'
             '  fault.missing.serverReference.*   no serverReference at all\n'
             '  fault.wrong.serverReference.*     serverReference names ANOTHER DC\'s computer (a link to a\n'
             '                                    missing object is refused, so this is the "dangling" case)\n'
             '  fault.dnsHostName.mismatch.*      see 30-computers.ldif')
    for dc in dcs:
        ref, note = dc.computer_dn, None
        if dc.index in missing:
            ref, note = None, 'FAULT no serverReference'
        elif dc.index in wrong:
            ref = dcs[wrong_target[dc.index]].computer_dn
            note = f'FAULT serverReference names {dcs[wrong_target[dc.index]].name}\'s computer'
        elif dc.index in mismatch:
            note = f'FAULT dNSHostName differs from its computer\'s ({old_fqdn(dc, domain)})'
        f.entry(dc.server_dn, 'objectClass: server', attr('dNSHostName', dc.fqdn),
                attr('serverReference', ref) if ref else None, kind='server', comment=note)
    files.append(('servers', f))

    # 50: NTDS Settings
    f = Ldif(os.path.join(out, '50-ntds-settings.ldif'),
             f'50-ntds-settings.ldif - {stamp}\n'
             'NTDS Settings (nTDSDSA) of the DCs: system-only over LDAP, loaded locally with the relax control,\n'
             'which also takes the chosen objectGUID and invocationId (GUIDs in Windows byte order, base64;\n'
             'the text form is in the comment). options 1 = IS_GC.')
    for dc in dcs:
        f.entry(dc.dsa_dn, 'objectClass: nTDSDSA', b64attr('objectGUID', b64guid(dc.dsa_guid)),
                b64attr('invocationId', b64guid(dc.invocation_id)), f'options: {1 if dc.gc else 0}',
                attr('dMDLocation', m['schema_dn']),
                *[attr('hasMasterNCs', nc) for nc in (base_dn, config_dn, m['schema_dn'])],
                *[attr('msDS-hasMasterNCs', nc) for nc in (base_dn, config_dn, m['schema_dn'])],
                attr('msDS-HasDomainNCs', base_dn), f'msDS-Behavior-Version: {DSA_BEHAVIOR_VERSION}',
                kind='nTDSDSA', comment=f'{dc.name}: objectGUID {dc.dsa_guid}, invocationId {dc.invocation_id}')
    files.append(('NTDS Settings (nTDSDSA)', f))

    # 60: connections
    f = Ldif(os.path.join(out, '60-connections.ldif'),
             f'60-connections.ldif - {stamp}\n'
             f'{m["k_eff"]} nTDSConnection objects under each DC\'s NTDS Settings, named "from <source>":\n'
             'fromServer = the source DC\'s NTDS Settings; same-site sources first, one (or more when the site\n'
             'has too few DCs) from a site-link neighbour. enabledConnection TRUE, options 1 (IS_GENERATED);\n'
             'inter-site ones name the IP transport (transportType).')
    for dst, src, inter in m['connections']:
        f.entry(f'CN=from {dcs[src].name},{dcs[dst].dsa_dn}', 'objectClass: nTDSConnection',
                'enabledConnection: TRUE', 'options: 1', attr('fromServer', dcs[src].dsa_dn),
                attr('transportType', m['ip_dn']) if inter else None, kind='nTDSConnection')
    files.append(('nTDSConnections', f))

    # 70: DNS A records
    zone_dn = f'DC={domain},CN=MicrosoftDNS,DC=DomainDnsZones,{base_dn}'
    f = Ldif(os.path.join(out, '70-dns.ldif'),
             f'70-dns.ldif - {stamp}\n'
             f'A records (dnsNode, zone {domain} in DomainDnsZones) of every DC and every DFS file server, each\n'
             'an address in its site\'s subnet (nothing listens there). dnsRecord: MS-DNSP 2.3.2.2, static,\n'
             'TTL 900 (../forest/tools/ldifvalues.py a ADDRESS).')
    for dc in dcs:
        f.entry(f'DC={dc.name.lower()},{zone_dn}', 'objectClass: dnsNode',
                b64attr('dnsRecord', ldifvalues.a_record(dc.address)), kind='dnsNode (A record of a DC)',
                comment=f'{dc.fqdn} A {dc.address} ({dc.site.name})')
    for t in m['targets']:
        f.entry(f'DC={t["host"]},{zone_dn}', 'objectClass: dnsNode',
                b64attr('dnsRecord', ldifvalues.a_record(t['address'])), kind='dnsNode (A record of a file server)',
                comment=f'{t["fqdn"]} A {t["address"]} ({t["site"]})')
    files.append(('dnsNode A records', f))

    # 80: DFS
    dfs_dn = f'CN=Dfs-Configuration,CN=System,{base_dn}'
    anchor_dn = f'CN={DFS_NAMESPACE},{dfs_dn}'
    ns_dn = f'CN=Domain-{DFS_NAMESPACE},{anchor_dn}'
    link_dn = f'CN={DFS_FOLDER},{ns_dn}'
    roots = [(f'\\\\{dc.fqdn}\\{DFS_NAMESPACE}', 'SiteCostNormal', 0, 'online')
             for dc in dcs[:DFS_ROOT_TARGETS]]
    root_xml = targetlist.build(roots)
    link_xml = targetlist.build([(t['unc'], t['class'], t['rank'], t['state']) for t in m['targets']])
    size = 2 + len(link_xml.encode('utf-16-le'))
    if size > TARGETLIST_MAX_BYTES:
        raise SystemExit(f'the /{DFS_FOLDER} target list would take {size} bytes, more than the schema allows '
                         f'({TARGETLIST_MAX_BYTES}): use fewer --dfs-targets')
    dfs = m['dfs']
    f = Ldif(os.path.join(out, '80-dfs.ldif'),
             f'80-dfs.ldif - {stamp}\n'
             f'Domain-based DFS v2 namespace \\\\{domain}\\{DFS_NAMESPACE} (MS-DFSNM 2.3.4): anchor, namespace '
             f'CN=Domain-{DFS_NAMESPACE},\n'
             f'folder /{DFS_FOLDER} with {len(m["targets"])} targets (listed in dfs-targets.tsv; '
             '../forest/tools/targetlist.py --decode\n'
             'prints a value read back). The attribute set is the contoso fixture\'s (tests/forest/ldif/shared/'
             '80-dfs.ldif).\n'
             f'GUIDs: namespace identity {dfs["namespace_identity"]}, generation {dfs["namespace_generation"]};\n'
             f'/{DFS_FOLDER} identity {dfs["link_identity"]}, generation {dfs["link_generation"]}.')
    f.entry(anchor_dn, 'objectClass: msDFS-NamespaceAnchor', 'msDFS-SchemaMajorVersion: 2',
            kind='msDFS-NamespaceAnchor')
    f.entry(ns_dn, 'objectClass: msDFS-Namespacev2', 'msDFS-SchemaMajorVersion: 2', 'msDFS-SchemaMinorVersion: 0',
            'msDFS-Propertiesv2: State=1', 'msDFS-Propertiesv2: ReferralSiteCosting=on', 'msDFS-Ttlv2: 300',
            f'msDFS-LastModifiedv2: {LAST_MODIFIED}',
            b64attr('msDFS-NamespaceIdentityGUIDv2', b64guid(dfs['namespace_identity'])),
            b64attr('msDFS-GenerationGUIDv2', b64guid(dfs['namespace_generation'])),
            'msDFS-Commentv2: adtopo scale namespace',
            targetlist.ldif(root_xml), kind='msDFS-Namespacev2',
            comment=f'namespace root: site costing on; root targets {", ".join(r[0] for r in roots)}')
    f.entry(link_dn, 'objectClass: msDFS-Linkv2', f'msDFS-LinkPathv2: /{DFS_FOLDER}', 'msDFS-Propertiesv2: State=1',
            'msDFS-Ttlv2: 1800', f'msDFS-LastModifiedv2: {LAST_MODIFIED}',
            b64attr('msDFS-LinkIdentityGUIDv2', b64guid(dfs['link_identity'])),
            b64attr('msDFS-NamespaceIdentityGUIDv2', b64guid(dfs['namespace_identity'])),
            b64attr('msDFS-GenerationGUIDv2', b64guid(dfs['link_generation'])),
            f'msDFS-Commentv2: {len(m["targets"])} targets',
            b64attr('msDFS-TargetListv2', targetlist.encode(link_xml)), kind='msDFS-Linkv2',
            comment=f'folder /{DFS_FOLDER}: {len(m["targets"])} targets, {size} bytes of UTF-16 XML')
    files.append(('DFS objects (anchor, namespace, folder)', f))

    for _, lf in files:
        lf.write()

    # dfs-targets.tsv
    with open(os.path.join(out, 'dfs-targets.tsv'), 'w', encoding='ascii', newline='\n') as tsv:
        tsv.write('# host\taddress\tsite\tpriorityClass\tpriorityRank\tstate\n')
        for t in m['targets']:
            tsv.write(f'{t["fqdn"]}\t{t["address"]}\t{t["site"]}\t{t["class"]}\t{t["rank"]}\t{t["state"]}\n')

    write_facts(args, m, out, params, ns_dn, link_dn, roots)
    return files


def prop_escape(value):
    """A Java properties value: backslashes doubled, a leading space escaped, non-ASCII as \\uXXXX."""
    out = value.replace('\\', '\\\\')
    if out.startswith(' '):
        out = '\\' + out
    return ''.join(c if ord(c) < 0x7f else f'\\u{ord(c):04x}' for c in out)


def write_facts(args, m, out, params, ns_dn, link_dn, roots):
    dcs, domain = m['dcs'], m['domain']
    p = []

    def put(key, value):
        p.append(f'{key}={prop_escape(str(value))}')

    p.append(f'# facts of the generated forest: tests/scale/generate.py {params}')
    p.append('# counts are what LDAP returns once loaded into the DC scale.sh provisions (SCALEDC1 included)')
    put('param.sites', args.sites)
    put('param.dcs', args.dcs)
    put('param.connections.per.dc', args.connections_per_dc)
    put('param.dfs.targets', args.dfs_targets)
    put('param.seed', args.seed)
    put('count.sites', len(m['sites']))
    put('count.subnets', len(m['sites']))
    put('count.siteLinks', len(m['links']))
    put('count.bridges', len(m['bridges']))
    put('count.servers', len(dcs) + 1)
    put('count.dsas', len(dcs) + 1)
    put('count.computers', len(dcs) + 1)
    put('count.connections', len(m['connections']))
    put('count.connections.intersite', sum(1 for c in m['connections'] if c[2]))
    put('count.gcs', sum(1 for dc in dcs if dc.gc) + 1)
    put('count.dfs.targets', len(m['targets']))
    put('count.dfs.targets.offline', sum(1 for t in m['targets'] if t['state'] == 'offline'))
    put('count.dns.records', len(dcs) + len(m['targets']))
    # every entry of the subtree CN=Sites (CN=Sites itself included): what scale.sh start waits for
    put('count.sites.subtree', SITES_FIXED_ENTRIES + 3 * len(m['sites']) + len(m['sites']) + len(m['links'])
        + len(m['bridges']) + 2 * (len(dcs) + 1) + len(m['connections']))
    put('first.site', m['sites'][0].name)
    put('first.site.dn', m['sites'][0].dn)
    # faults: count, DC names (comma-separated), then one numbered key per server
    kinds = [('fault.missing.serverReference', m['missing']), ('fault.wrong.serverReference', m['wrong']),
             ('fault.dnsHostName.mismatch', m['mismatch'])]
    for key, idxs in kinds:
        put(f'{key}.count', len(idxs))
        put(f'{key}.names', ','.join(dcs[j].name for j in idxs))
        for n, j in enumerate(idxs, 1):
            put(f'{key}.{n}', dcs[j].server_dn)
            if key == 'fault.wrong.serverReference':
                put(f'{key}.{n}.reference', dcs[m['wrong_target'][j]].computer_dn)
                put(f'{key}.{n}.expected', dcs[j].computer_dn)
            if key == 'fault.dnsHostName.mismatch':
                put(f'{key}.{n}.server', dcs[j].fqdn)
                put(f'{key}.{n}.computer', old_fqdn(dcs[j], domain))
    put('dfs.namespace', f'\\\\{domain}\\{DFS_NAMESPACE}')
    put('dfs.namespace.dn', ns_dn)
    put('dfs.root.targets', ','.join(r[0] for r in roots))
    put('dfs.folder', DFS_FOLDER)
    put('dfs.folder.dn', link_dn)
    with open(os.path.join(out, 'facts.properties'), 'w', encoding='ascii', newline='\n') as f:
        f.write('\n'.join(p) + '\n')


def main(argv):
    ap = argparse.ArgumentParser(description='LDIF for a large synthetic AD forest (see the module doc).')
    ap.add_argument('--sites', type=int, default=500)
    ap.add_argument('--dcs', type=int, default=2000)
    ap.add_argument('--connections-per-dc', type=int, default=5)
    ap.add_argument('--dfs-targets', type=int, default=1000)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--domain', default='scale.test')
    ap.add_argument('--out', required=True)
    args = ap.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    model = build(args)
    files = write_all(args, model, args.out)
    total = 0
    print(f'generated into {args.out}:')
    for kind, (n, fname) in KINDS.items():
        print(f'  {n:7d}  {kind:40s} {fname}')
        if not fname.endswith('.modify.ldif'):
            total += n
    print(f'  {total:7d}  entries to add in total; msDFS-TargetListv2 of /{DFS_FOLDER}: {len(model["targets"])} '
          'targets')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
