#!/usr/bin/env python3
"""Build or decode a repsFrom / repsTo value (REPLICA_LINK, MS-DRSR 5.167) with Samba's own NDR code.

The value is Samba's drsblobs.idl `repsFromToBlob` (version 1: `repsFromTo1`): the inbound replication
state a DC keeps, per source DSA, in the non-replicated attribute repsFrom of each naming-context head
(repsTo: the outbound notification list, same format). Needs Samba's python bindings (Debian
python3-samba, installed with the forest's packages); when the `python3` found first lacks them, this
script runs itself again with the interpreter of `samba-tool`.

Usage:
  repsfrom.py --source-dsa GUID --invocation-id GUID [options]
      prints the base64 value (one line) of a version 1 blob:
        --address NAME        source DSA's network address (default <source-dsa>._msdcs.<--domain>)
        --domain DNS          default contoso.test
        --failures N          consecutive sync failures (default 0)
        --result N            Win32 error of the last attempt, decimal or 0x.. (default 0)
        --last-attempt TIME   time of the last attempt, e.g. 2026-11-01T10:00:00Z (UTC, whole seconds);
        --last-success TIME   time of the last success; 0 or never: zero (the default for both)
        --flags N             replica flags (default 0x70 = WRIT_REP|INIT_SYNC|PER_SYNC, what Samba 4.17's
                              join writes for an intra-site pull)
        --usn N               high-water mark: tmp_highest_usn and highest_usn (default 0)
        --transport GUID      transport objectGUID (default all zero: RPC, intra-site)
        --schedule-byte N     each of the 84 schedule bytes (default 0x11, as Samba writes)
  repsfrom.py --decode BASE64 [--ndr]
      prints the fields of a value, one `name: value` per line (times as UTC ISO 8601, GUIDs as text);
      --ndr prints Samba's own ndr_print dump instead.
"""
import argparse
import base64
import calendar
import os
import shutil
import sys
import time

try:
    from samba.dcerpc import drsblobs, drsuapi, misc
    from samba.ndr import ndr_pack, ndr_unpack, ndr_print
except ImportError:
    # e.g. a pyenv python3 first in PATH: use the interpreter samba-tool runs with
    tool = shutil.which('samba-tool')
    if tool and not os.environ.get('REPSFROM_REEXEC'):
        with open(tool, 'rb') as f:
            first = f.readline().decode(errors='replace').strip()
        if first.startswith('#!'):
            interp = first[2:].split()
            os.environ['REPSFROM_REEXEC'] = '1'
            os.execv(interp[0], interp + [os.path.abspath(__file__)] + sys.argv[1:])
    sys.exit('repsfrom.py: Samba\'s python bindings (python3-samba) are not importable')

NTTIME_UNIX_EPOCH = 11644473600   # seconds from 1601-01-01 to 1970-01-01
# DRSUAPI_DRS_* option bits (MS-DRSR 5.41 DRS_OPTIONS) from Samba's drsuapi module; some bits have two
# names (e.g. 0x8 SYNC_ALL/DEL_REF). DRSUAPI_DRS_UPDATE_* and GET_TGT are other enumerations.
NOT_OPTIONS = {'DRSUAPI_DRS_GET_TGT', 'DRSUAPI_DRS_UPDATE_FLAGS', 'DRSUAPI_DRS_UPDATE_ADDRESS',
               'DRSUAPI_DRS_UPDATE_SCHEDULE'}
FLAG_NAMES = {}
for _name in sorted(dir(drsuapi)):
    _bit = getattr(drsuapi, _name)
    if _name.startswith('DRSUAPI_DRS_') and _name not in NOT_OPTIONS and isinstance(_bit, int) \
            and _bit and _bit & (_bit - 1) == 0:
        FLAG_NAMES.setdefault(_bit, []).append(_name[len('DRSUAPI_DRS_'):])
ZERO_GUID = '00000000-0000-0000-0000-000000000000'


def number(text):
    return int(text, 0)


def to_nttime(text):
    """UTC ISO 8601 (whole seconds) -> NTTIME (100 ns since 1601); Samba stores it in whole seconds."""
    if text in ('0', 'never', ''):
        return 0
    secs = calendar.timegm(time.strptime(text, '%Y-%m-%dT%H:%M:%SZ'))
    return (secs + NTTIME_UNIX_EPOCH) * 10 ** 7


def from_nttime(value):
    if value == 0:
        return 'never (0)'
    return time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime(value // 10 ** 7 - NTTIME_UNIX_EPOCH))


def flag_text(flags):
    names = ['/'.join(n) for bit, n in sorted(FLAG_NAMES.items()) if flags & bit]
    rest = flags & ~sum(b for b in FLAG_NAMES if flags & b)
    if rest:
        names.append('0x%x' % rest)
    return '0x%x (%s)' % (flags, '|'.join(names) or 'none')


def build(args):
    c = drsblobs.repsFromTo1()
    c.consecutive_sync_failures = args.failures
    c.last_success = to_nttime(args.last_success)
    c.last_attempt = to_nttime(args.last_attempt)
    c.result_last_attempt = args.result
    info = drsblobs.repsFromTo1OtherInfo()
    info.dns_name = args.address or '%s._msdcs.%s' % (args.source_dsa, args.domain)
    c.other_info = info
    c.replica_flags = args.flags
    c.schedule = [args.schedule_byte] * 84
    c.reserved = 0
    c.highwatermark.tmp_highest_usn = args.usn
    c.highwatermark.reserved_usn = 0
    c.highwatermark.highest_usn = args.usn
    c.source_dsa_obj_guid = misc.GUID(args.source_dsa)
    c.source_dsa_invocation_id = misc.GUID(args.invocation_id)
    c.transport_guid = misc.GUID(args.transport)
    blob = drsblobs.repsFromToBlob()
    blob.version = 1
    blob.reserved = 0
    blob.ctr = c
    raw = ndr_pack(blob)
    # the blob must read back as written (blobsize, other_info_length and the name size are computed)
    back = ndr_unpack(drsblobs.repsFromToBlob, raw)
    assert ndr_pack(back) == raw
    return base64.b64encode(raw).decode()


def decode(value, ndr=False):
    raw = base64.b64decode(value)
    blob = ndr_unpack(drsblobs.repsFromToBlob, raw)
    if ndr:
        return ndr_print(blob).rstrip('\n')
    out = [('version', blob.version), ('reserved', blob.reserved), ('length', len(raw))]
    if blob.version != 1:
        return '\n'.join('%s: %s' % kv for kv in out) + '\n(version %d: use --ndr)' % blob.version
    c = blob.ctr
    code, name = c.result_last_attempt if isinstance(c.result_last_attempt, tuple) \
        else (c.result_last_attempt, '')
    sched = bytes(c.schedule)
    if sched == bytes([sched[0]]) * len(sched):
        sched_text = '%d bytes of 0x%02x' % (len(sched), sched[0])
    else:
        sched_text = sched.hex()
    out += [
        ('blobsize', c.blobsize),
        ('consecutive_sync_failures', c.consecutive_sync_failures),
        ('last_success', from_nttime(c.last_success)),
        ('last_attempt', from_nttime(c.last_attempt)),
        ('result_last_attempt', '%d (0x%x%s)' % (code, code, ', ' + name if name else '')),
        ('other_info_length', c.other_info_length),
        ('address', c.other_info.dns_name),
        ('replica_flags', flag_text(c.replica_flags)),
        ('schedule', sched_text),
        ('reserved1', c.reserved),
        ('tmp_highest_usn', c.highwatermark.tmp_highest_usn),
        ('reserved_usn', c.highwatermark.reserved_usn),
        ('highest_usn', c.highwatermark.highest_usn),
        ('source_dsa_obj_guid', str(c.source_dsa_obj_guid)),
        ('source_dsa_invocation_id', str(c.source_dsa_invocation_id)),
        ('transport_guid', str(c.transport_guid)),
    ]
    return '\n'.join('%s: %s' % kv for kv in out)


def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--decode', metavar='BASE64')
    p.add_argument('--ndr', action='store_true')
    p.add_argument('--source-dsa', metavar='GUID')
    p.add_argument('--invocation-id', metavar='GUID')
    p.add_argument('--address')
    p.add_argument('--domain', default='contoso.test')
    p.add_argument('--failures', type=number, default=0)
    p.add_argument('--result', type=number, default=0)
    p.add_argument('--last-attempt', default='0')
    p.add_argument('--last-success', default='0')
    p.add_argument('--flags', type=number, default=0x70)
    p.add_argument('--usn', type=number, default=0)
    p.add_argument('--transport', default=ZERO_GUID)
    p.add_argument('--schedule-byte', type=number, default=0x11)
    args = p.parse_args()
    if args.decode is not None:
        print(decode(args.decode, args.ndr))
    elif args.source_dsa and args.invocation_id:
        print(build(args))
    else:
        p.print_usage(sys.stderr)
        sys.exit(2)


if __name__ == '__main__':
    main()
