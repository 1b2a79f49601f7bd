#!/usr/bin/env python3
r"""Build (or read back) an msDFS-TargetListv2 value for the forest's DFS LDIF, by hand.

The value is an XML document in UTF-16LE with a byte order mark, as MS-DFSNM section 2.3 and Appendix C
describe: an XML declaration, then
  <targets xmlns="http://schemas.microsoft.com/dfs/2007/03" majorVersion="2" minorVersion="0"
           targetCount="N" totalStringLengthInBytes="B">
    <target state="online|offline" priorityClass="..." priorityRank="0-31">\\server\share</target>...
  </targets>
with no white space between the elements. totalStringLengthInBytes is read here as the sum of the UTF-16
byte lengths of the target strings (\\server\share, no terminator); targetCount is the number of targets.

Usage:
  targetlist.py [--ldif] TARGET...
      TARGET is UNC[,CLASS[,RANK[,STATE]]]; CLASS one of GlobalHigh, SiteCostHigh, SiteCostNormal,
      SiteCostLow, GlobalLow (default SiteCostNormal), RANK 0-31 (default 0), STATE online|offline
      (default online). Prints the base64 value; with --ldif, prints the readable XML as a `#` comment
      block followed by the `msDFS-TargetListv2:: ...` line, folded as LDIF, ready to paste.
  targetlist.py [--ldif] --xml FILE
      FILE holds the readable XML (UTF-8; line breaks and indentation between elements are dropped).
      targetCount and totalStringLengthInBytes are checked against the targets (error if wrong).
  targetlist.py --decode BASE64
      prints the XML of a value (e.g. one read back with ldapsearch), one element per line.

Example (quote the backslashes from the shell):
  targetlist.py '\\fs-liv.contoso.test\software,SiteCostNormal,0' '\\fs-lon.contoso.test\software,,,offline'
"""
import base64
import re
import sys
import xml.etree.ElementTree as ET

NS = 'http://schemas.microsoft.com/dfs/2007/03'
CLASSES = ['GlobalHigh', 'SiteCostHigh', 'SiteCostNormal', 'SiteCostLow', 'GlobalLow']
DECL = '<?xml version="1.0"?>\r\n'


def escape(text):
    return text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def build(targets):
    """targets: list of (unc, class, rank, state) -> the XML text (without BOM)."""
    total = sum(len(unc.encode('utf-16-le')) for unc, _, _, _ in targets)
    parts = [DECL, f'<targets xmlns="{NS}" majorVersion="2" minorVersion="0" '
                   f'targetCount="{len(targets)}" totalStringLengthInBytes="{total}">']
    for unc, cls, rank, state in targets:
        parts.append(f'<target state="{state}" priorityClass="{cls}" priorityRank="{rank}">'
                     f'{escape(unc)}</target>')
    parts.append('</targets>')
    return ''.join(parts)


def parse_arg(arg):
    fields = arg.split(',')
    unc = fields[0]
    cls = fields[1] if len(fields) > 1 and fields[1] else 'SiteCostNormal'
    rank = int(fields[2]) if len(fields) > 2 and fields[2] else 0
    state = fields[3] if len(fields) > 3 and fields[3] else 'online'
    if not unc.startswith('\\\\'):
        raise SystemExit(f'target must start with two backslashes: {unc}')
    if cls not in CLASSES:
        raise SystemExit(f'unknown priority class {cls}; one of {", ".join(CLASSES)}')
    if not 0 <= rank <= 31:
        raise SystemExit(f'priority rank out of 0-31: {rank}')
    if state not in ('online', 'offline'):
        raise SystemExit(f'state must be online or offline: {state}')
    return unc, cls, rank, state


def from_xml_file(path):
    text = open(path, encoding='utf-8').read().strip()
    # drop white space between elements only (never inside a target string)
    text = re.sub(r'>\s+<', '><', text)
    if text.startswith('<?xml'):
        end = text.index('?>') + 2
        text = DECL + text[end:].lstrip()
    root = ET.fromstring(text.encode('utf-8').replace(b'<?xml version="1.0"?>', b''))
    targets = root.findall(f'{{{NS}}}target')
    total = sum(len((t.text or '').encode('utf-16-le')) for t in targets)
    if root.get('targetCount') != str(len(targets)):
        raise SystemExit(f'targetCount is {root.get("targetCount")}, there are {len(targets)} targets')
    if root.get('totalStringLengthInBytes') != str(total):
        raise SystemExit(f'totalStringLengthInBytes is {root.get("totalStringLengthInBytes")}, '
                         f'the targets make {total}')
    return text


def encode(xml_text):
    return base64.b64encode(b'\xff\xfe' + xml_text.encode('utf-16-le')).decode('ascii')


def readable(xml_text):
    """One element per line, as in the LDIF comments."""
    return xml_text.replace('\r\n', '\n').replace('><', '>\n<').replace(
        '>\n<target ', '>\n  <target ')


def decode(b64):
    raw = base64.b64decode(b64)
    if raw[:2] == b'\xff\xfe':
        text = raw[2:].decode('utf-16-le')
    elif raw[:2] == b'\xfe\xff':
        text = raw[2:].decode('utf-16-be')
    else:
        text = raw.decode('utf-16-le')
    return text


def ldif(xml_text, attr='msDFS-TargetListv2'):
    lines = ['# ' + line for line in readable(xml_text).split('\n')]
    line = f'{attr}:: {encode(xml_text)}'
    folded = [line[:76]] + [' ' + line[i:i + 75] for i in range(76, len(line), 75)]
    return '\n'.join(lines + folded)


def main(argv):
    as_ldif = False
    if argv and argv[0] == '--ldif':
        as_ldif, argv = True, argv[1:]
    if len(argv) == 2 and argv[0] == '--decode':
        print(readable(decode(argv[1])))
        return 0
    if len(argv) == 2 and argv[0] == '--xml':
        text = from_xml_file(argv[1])
    elif argv and not argv[0].startswith('--'):
        text = build([parse_arg(a) for a in argv])
    else:
        sys.stderr.write(__doc__)
        return 2
    print(ldif(text) if as_ldif else encode(text))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
