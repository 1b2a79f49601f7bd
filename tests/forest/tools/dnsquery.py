#!/usr/bin/env python3
"""Ask one DNS server for the A records of a name, over UDP (the host has no dig/host; its resolver does
not know the forest's names).

  dnsquery.py SERVER NAME      e.g. dnsquery.py 127.0.0.3 livdc1.contoso.test
      prints `NOERROR 127.0.0.2` (the response code, then the A addresses, sorted) or e.g. `NXDOMAIN`;
      exit 1 when the server does not answer within 3 s.
"""
import random
import socket
import struct
import sys

RCODES = {0: 'NOERROR', 1: 'FORMERR', 2: 'SERVFAIL', 3: 'NXDOMAIN', 4: 'NOTIMP', 5: 'REFUSED'}


def skip_name(msg, i):
    while msg[i]:
        if msg[i] & 0xc0 == 0xc0:   # compression pointer ends the name
            return i + 2
        i += msg[i] + 1
    return i + 1


def query(server, name):
    qid = random.randrange(65536)
    question = b''.join(bytes([len(p)]) + p.encode('ascii') for p in name.rstrip('.').split('.')) + b'\0'
    packet = struct.pack('>HHHHHH', qid, 0x0100, 1, 0, 0, 0) + question + struct.pack('>HH', 1, 1)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(3)
        s.sendto(packet, (server, 53))
        while True:
            msg, _ = s.recvfrom(4096)
            if struct.unpack('>H', msg[:2])[0] == qid:
                break
    _, flags, qd, an, _, _ = struct.unpack('>HHHHHH', msg[:12])
    i = 12
    for _ in range(qd):
        i = skip_name(msg, i) + 4
    addrs = []
    for _ in range(an):
        i = skip_name(msg, i)
        rtype, _, _, length = struct.unpack('>HHIH', msg[i:i + 10])
        i += 10
        if rtype == 1 and length == 4:
            addrs.append(socket.inet_ntoa(msg[i:i + 4]))
        i += length
    return ' '.join([RCODES.get(flags & 15, str(flags & 15))] + sorted(addrs))


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    try:
        print(query(sys.argv[1], sys.argv[2]))
    except OSError as e:   # timeout, or refused
        sys.exit('dnsquery.py: no answer from %s (%s)' % (sys.argv[1], e or 'timeout'))
