#!/usr/bin/env python3
"""Adds or updates strings in Dashboard/Resources/SharedResource{,.en}.resx.

Usage: tools/resx.py KEY "Vietnamese text" "English text" [KEY vi en ...]
The .resx files are the source of truth; this only saves typing XML by hand.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "Dashboard" / "Resources"
HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
</root>
"""


def update(path: Path, pairs: dict) -> None:
    if not path.exists():
        path.write_text(HEADER, encoding="utf-8")
    tree = ET.parse(path)
    root = tree.getroot()
    existing = {d.get("name"): d for d in root.findall("data")}
    for key, text in pairs.items():
        node = existing.get(key)
        if node is None:
            node = ET.SubElement(root, "data", {"name": key, "xml:space": "preserve"})
            ET.SubElement(node, "value")
        node.find("value").text = text
    data = sorted(root.findall("data"), key=lambda d: d.get("name"))
    for d in root.findall("data"):
        root.remove(d)
    for d in data:
        root.append(d)
    ET.indent(tree, space="  ")
    tree.write(path, encoding="utf-8", xml_declaration=True)


args = sys.argv[1:]
if not args or len(args) % 3:
    sys.exit(__doc__)
vi = {args[i]: args[i + 1] for i in range(0, len(args), 3)}
en = {args[i]: args[i + 2] for i in range(0, len(args), 3)}
update(ROOT / "SharedResource.resx", vi)
update(ROOT / "SharedResource.en.resx", en)
