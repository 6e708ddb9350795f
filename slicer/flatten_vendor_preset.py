#!/usr/bin/env python3
"""Writes a complete PrusaSlicer 2.5.0 profile: every key of `prusa-slicer --save full.ini`, with the
values of a vendor print + filament + printer preset (inheritance resolved) and KEY=VALUE overrides.

    python3 flatten_vendor_preset.py full.ini /usr/share/PrusaSlicer/profiles/PrusaResearch.ini \
        "Original Prusa i3 MK3S & MK3S+" "0.20mm QUALITY @MK3" "Prusament PLA" out.ini max_print_height=220

Why: `--load` overrides only the keys present, and vendor bundles spread a preset over many
`inherits` parents, so a profile copied from them by hand is easily incomplete.
"""
import re
import sys


def parse(path):
    sections, current = {}, None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        header = re.match(r'^\[(\w+):(.*)\]$', line)
        if header:
            current = sections.setdefault((header.group(1), header.group(2)), {})
        elif current is not None and ' = ' in line and not line.lstrip().startswith('#'):
            key, value = line.split(' = ', 1)
            current[key.strip()] = value
        elif current is not None and line.endswith(' ='):
            current[line[:-2].strip()] = ''
    return sections


def resolve(sections, kind, name):
    """Parents apply left to right (a later parent wins), then the preset's own keys."""
    own = dict(sections[(kind, name)])
    values = {}
    for parent in (p.strip() for p in own.pop('inherits', '').split(';')):
        if parent:
            values.update(resolve(sections, kind, parent))
    values.update(own)
    return values


def main(full, bundle, printer, print_preset, filament, out, *overrides):
    sections = parse(bundle)
    values = {}
    for kind, name in (('print', print_preset), ('filament', filament), ('printer', printer)):
        values.update(resolve(sections, kind, name))
    values.update(o.split('=', 1) for o in overrides)
    lines = []
    for line in open(full, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('#'):
            continue
        key, default = line.split(' = ', 1) if ' = ' in line else (line.rstrip(' ='), '')
        lines.append('%s = %s' % (key, values.get(key, default)))
    with open(out, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main(*sys.argv[1:])
