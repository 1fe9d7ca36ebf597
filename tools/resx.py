#!/usr/bin/env python3
"""Adds or updates strings, Vietnamese (the default) and English side by side.

Usage: tools/resx.py [--feature NAME] KEY "Vietnamese text" "English text" [KEY vi en ...]

Without --feature: Dashboard/Resources/SharedResource{,.en}.resx, for strings that several features, the components or
the infrastructure use. With --feature NAME: Dashboard/Features/NAME/Strings{,.en}.resx (created if missing), for
strings only that feature uses. The build merges them all into the one SharedResource (IStringLocalizer<SharedResource>),
so a key may live in one file only; a key already in another file is refused.
The .resx files are the source of truth; this only saves typing XML by hand.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "Dashboard"
SHARED = APP / "Resources" / "SharedResource"
HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
</root>
"""


def keys(path: Path) -> set:
    return {d.get("name") for d in ET.parse(path).getroot().findall("data")} if path.exists() else set()


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
target = SHARED
if args[:1] == ["--feature"]:
    if len(args) < 2 or not (APP / "Features" / args[1]).is_dir():
        sys.exit(f"No feature folder Dashboard/Features/{args[1] if len(args) > 1 else ''}\n" + __doc__)
    target = APP / "Features" / args[1] / "Strings"
    args = args[2:]
if not args or len(args) % 3:
    sys.exit(__doc__)
vi = {args[i]: args[i + 1] for i in range(0, len(args), 3)}
en = {args[i]: args[i + 2] for i in range(0, len(args), 3)}
for other in [SHARED, *(p.with_suffix("") for p in sorted(APP.glob("Features/*/Strings.resx")))]:
    if other != target:
        taken = sorted(keys(other.with_suffix(".resx")) & vi.keys())
        if taken:
            sys.exit(f"{', '.join(taken)} already in {other.relative_to(APP)}.resx: update it there or move it first.")
update(target.with_suffix(".resx"), vi)
update(Path(str(target) + ".en.resx"), en)
