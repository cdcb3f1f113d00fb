#!/usr/bin/env python3
"""Writes BlazorShop/Resources/SharedResource.resx (zh-CN, the fallback) and SharedResource.en.resx
from BlazorShop/Resources/strings.tsv (key<TAB>zh-CN<TAB>en). Edit the TSV, then run this."""
import csv, os, sys
from xml.sax.saxutils import escape
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "BlazorShop", "Resources")
rows = []
with open(os.path.join(here, "strings.tsv"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"): continue
        parts = line.split("\t")
        if len(parts) != 3 or not all(p.strip() for p in parts):
            sys.exit(f"strings.tsv:{n}: need key, zh-CN and en separated by tabs: {line!r}")
        rows.append(parts)
keys = [r[0] for r in rows]
dupes = {k for k in keys if keys.count(k) > 1}
if dupes: sys.exit(f"duplicate keys: {sorted(dupes)}")
head = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''
for suffix, col in (("", 1), (".en", 2)):
    with open(os.path.join(here, f"SharedResource{suffix}.resx"), "w", encoding="utf-8") as out:
        out.write(head)
        for r in sorted(rows):
            out.write(f'  <data name="{escape(r[0])}" xml:space="preserve"><value>{escape(r[col])}</value></data>\n')
        out.write("</root>\n")
print(f"{len(rows)} strings written")
