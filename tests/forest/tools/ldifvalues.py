#!/usr/bin/env python3
"""Turn readable values into the base64 LDIF values used by the forest fixtures (run by hand to check them).

  ldifvalues.py guid 1eb475f2-1265-46af-a04c-be48aea706b0
      objectGUID / invocationId / msDFS-*GUIDv2 value: the GUID's 16 bytes in Windows order
      (first three fields little-endian), base64.
  ldifvalues.py a 127.0.3.2 [TTL]
      dnsRecord value of an A record (MS-DNSP 2.3.2.2): static (timestamp 0), rank zone, serial 1,
      TTL 900 s unless given, base64.
  ldifvalues.py decode BASE64
      the reverse of both (16 bytes -> GUID; otherwise a dnsRecord A value is decoded).
"""
import base64
import ipaddress
import struct
import sys
import uuid


def guid(text):
    return base64.b64encode(uuid.UUID(text).bytes_le).decode()


def a_record(addr, ttl=900):
    data = ipaddress.IPv4Address(addr).packed
    # DataLength, Type=1 (A), Version=5, Rank=0xF0 (zone), Flags=0, Serial=1,
    # TtlSeconds (big-endian), Reserved=0, TimeStamp=0 (static record), Data
    raw = struct.pack('<HHBBHI', len(data), 1, 5, 0xF0, 0, 1) + struct.pack('>I', ttl) \
        + struct.pack('<II', 0, 0) + data
    return base64.b64encode(raw).decode()


def decode(b64):
    raw = base64.b64decode(b64)
    if len(raw) == 16:
        return str(uuid.UUID(bytes_le=raw))
    length, rtype, version, rank, flags, serial = struct.unpack('<HHBBHI', raw[:12])
    ttl, = struct.unpack('>I', raw[12:16])
    reserved, stamp = struct.unpack('<II', raw[16:24])
    data = raw[24:24 + length]
    if rtype == 1:
        value = str(ipaddress.IPv4Address(data))
    else:
        value = data.hex()
    return f'type={rtype} version={version} rank=0x{rank:x} flags={flags} serial={serial} ' \
           f'ttl={ttl} timestamp={stamp} data={value}'


def main(argv):
    if len(argv) >= 2 and argv[0] == 'guid':
        for g in argv[1:]:
            print(guid(g))
    elif len(argv) in (2, 3) and argv[0] == 'a':
        print(a_record(argv[1], int(argv[2]) if len(argv) == 3 else 900))
    elif len(argv) == 2 and argv[0] == 'decode':
        print(decode(argv[1]))
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
