#!/usr/bin/env python3
"""Validate wwwroot-assets: areas/china-areas.json and catalog/ (catalog.json + SVGs).

Usage: python3 wwwroot-assets/tools/validate.py [wwwroot-assets-dir]
Exits non-zero and lists the problems if anything is wrong; prints counts otherwise.
"""
import itertools
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

root = sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ areas
areas = json.load(open(os.path.join(root, "areas", "china-areas.json"), encoding="utf-8"))
by_id = {}
for a in areas:
    if set(a) != {"id", "name", "parentId"}:
        err("area keys %r" % a)
    if a["id"] in by_id:
        err("duplicate area id %s" % a["id"])
    by_id[a["id"]] = a
prov = [a for a in areas if a["parentId"] is None]
city = [a for a in areas if len(str(a["id"])) == 4]
dist = [a for a in areas if len(str(a["id"])) == 6]
if len(prov) + len(city) + len(dist) != len(areas):
    err("areas with unexpected id length")
for p in prov:
    if len(str(p["id"])) != 2:
        err("province id %s" % p["id"])
for c in city:
    if c["parentId"] not in by_id or len(str(c["parentId"])) != 2:
        err("city %s parent %s missing" % (c["id"], c["parentId"]))
for d in dist:
    if d["parentId"] not in by_id or len(str(d["parentId"])) != 4:
        err("district %s parent %s missing" % (d["id"], d["parentId"]))

# ------------------------------------------------------------------ catalog
cdir = os.path.join(root, "catalog")
cat = json.load(open(os.path.join(cdir, "catalog.json"), encoding="utf-8"))
referenced = set()


def need_file(rel, what):
    referenced.add(rel)
    if not os.path.isfile(os.path.join(cdir, rel)):
        err("%s: missing file %s" % (what, rel))


paths3 = set()
top = [c["name"] for c in cat["categories"]]
for c1 in cat["categories"]:
    if len(c1.get("children", [])) < 2:
        err("top category %s has < 2 children" % c1["name"])
    for c2 in c1["children"]:
        if not c2.get("children"):
            err("level-2 %s has no children" % c2["name"])
        for c3 in c2.get("children", []):
            if "/" in c1["name"] + c2["name"] + c3["name"]:
                err("category name contains '/' (the importer joins paths with '/'): %s" % c3["name"])
            if c3.get("children"):
                err("level-3 %s has children" % c3["name"])
            paths3.add((c1["name"], c2["name"], c3["name"]))
covered = set(n for g in cat["channelGroups"] for n in g["categories"])
if not 4 <= len(cat["channelGroups"]) <= 6:
    err("channelGroups count %d" % len(cat["channelGroups"]))
if covered != set(top):
    err("channel groups cover %s, top-level is %s" % (sorted(covered), sorted(top)))

brands = {b["name"] for b in cat["brands"]}
for b in cat["brands"]:
    need_file(b["logo"], "brand " + b["name"])
    if not re.fullmatch(r"[A-Z]", b["firstLetter"]):
        err("brand firstLetter %r" % b)

nsku = 0
special = {"low": 0, "zero": 0, "unlaunched": 0, "spus_with_gaps": 0}
used3 = {}
spec_names = set()
for spu in cat["spus"]:
    n = spu["name"]
    if spu["brand"] not in brands:
        err("%s: unknown brand %s" % (n, spu["brand"]))
    if tuple(spu["category"]) not in paths3:
        err("%s: category %s is not a level-3 path" % (n, spu["category"]))
    used3.setdefault(spu["category"][0], set()).add(spu["category"][2])
    for k in ("description", "afterSale", "packing"):
        if not spu.get(k) or "<" in spu[k]:
            err("%s: bad %s" % (n, k))
    specs = spu["specs"]
    spec_names.update(s["name"] for s in specs)
    # English names (optional in the model, present for every demo item; within the model's column lengths)
    if not 0 < len(spu.get("nameEn") or "") <= 200:
        err("%s: bad nameEn" % n)
    for s in specs:
        if not 0 < len(s.get("nameEn") or "") <= 40 or len(s.get("optionsEn") or []) != len(s["options"]) \
                or any(not 0 < len(o) <= 60 for o in s["optionsEn"]):
            err("%s: spec %s has bad English names" % (n, s["name"]))
    combos = set()
    colour_images = {}
    for sku in spu["skus"]:
        nsku += 1
        opts = sku["options"]
        if not 0 < len(sku.get("nameEn") or "") <= 200 or len(sku.get("captionEn") or "") > 300:
            err("%s: bad nameEn/captionEn" % sku["name"])
        if len(opts) != len(specs):
            err("%s: options %s vs %d specs" % (sku["name"], opts, len(specs)))
        for o, s in zip(opts, specs):
            if o not in s["options"]:
                err("%s: option %s not in spec %s" % (sku["name"], o, s["name"]))
        if tuple(opts) in combos:
            err("%s: duplicate combo %s" % (n, opts))
        combos.add(tuple(opts))
        if not (sku["marketPrice"] >= sku["price"] > sku["costPrice"] > 0):
            err("%s: prices %s/%s/%s" % (sku["name"], sku["marketPrice"], sku["price"], sku["costPrice"]))
        if not 1 <= len(sku["images"]) <= 3:
            err("%s: %d images" % (sku["name"], len(sku["images"])))
        for im in sku["images"]:
            need_file(im, sku["name"])
        if specs and specs[0]["name"] == "颜色":
            colour_images.setdefault(opts[0], set()).update(sku["images"])
        if sku["stock"] == 0:
            special["zero"] += 1
        elif sku["stock"] <= 5:
            special["low"] += 1
        if not sku["launched"]:
            special["unlaunched"] += 1
        if not 0 <= sku["sales"] <= 20000:
            err("%s: sales %s" % (sku["name"], sku["sales"]))
    # different colours must not share images
    cols = list(colour_images)
    for x, y in itertools.combinations(cols, 2):
        if colour_images[x] & colour_images[y]:
            err("%s: colours %s and %s share images" % (n, x, y))
    full = 1
    for s in specs:
        full *= len(s["options"])
    if len(combos) < full:
        special["spus_with_gaps"] += 1
for t in top:
    if len(used3.get(t, ())) < 2:
        err("top-level %s has products in < 2 level-3 categories" % t)

for block in cat["contents"]:
    for it in block["items"]:
        if it.get("image"):
            need_file(it["image"], block["key"])

# raw text: prices printed with 2 decimals
raw = open(os.path.join(cdir, "catalog.json"), encoding="utf-8").read()
for m in re.finditer(r'"(price|marketPrice|costPrice)": ([0-9.]+)', raw):
    if not re.fullmatch(r"\d+\.\d\d", m.group(2)):
        err("price not 2 decimals: %s" % m.group(0))

# ------------------------------------------------------------------ SVGs
nsvg = 0
biggest = 0
for sub in ("skus", "ads", "brands"):
    for fn in sorted(os.listdir(os.path.join(cdir, sub))):
        rel = "%s/%s" % (sub, fn)
        p = os.path.join(cdir, rel)
        nsvg += 1
        data = open(p, "rb").read()
        biggest = max(biggest, len(data))
        if len(data) >= 8192:
            err("%s: %d bytes" % (rel, len(data)))
        text = data.decode("utf-8")
        low = text.lower()
        if "<script" in low or "foreignobject" in low or "href" in low or "url(http" in low or "@import" in low:
            err("%s: forbidden content" % rel)
        try:
            el = ET.fromstring(data)
            if el.tag != "{http://www.w3.org/2000/svg}svg":
                err("%s: root is %s" % (rel, el.tag))
        except ET.ParseError as e:
            err("%s: XML error %s" % (rel, e))
        if rel not in referenced:
            err("%s: not referenced from catalog.json" % rel)

if errors:
    print("\n".join(errors[:200]))
    print("FAILED: %d problem(s)" % len(errors))
    sys.exit(1)
print("areas:   provinces=%d cities=%d districts=%d (total %d)" % (len(prov), len(city), len(dist), len(areas)))
print("catalog: top-level categories=%d, level-2=%d, level-3=%d (with products: %d), channel groups=%d"
      % (len(top), sum(len(c["children"]) for c in cat["categories"]), len(paths3),
         sum(len(v) for v in used3.values()), len(cat["channelGroups"])))
print("         brands=%d, SPUs=%d, SKUs=%d, spec names=%s" % (len(brands), len(cat["spus"]), nsku, "/".join(sorted(spec_names))))
print("         SKUs stock 1-5=%d, stock 0=%d, launched=false=%d, SPUs with missing combos=%d"
      % (special["low"], special["zero"], special["unlaunched"], special["spus_with_gaps"]))
print("         contents: %s" % ", ".join("%s=%d" % (b["key"], len(b["items"])) for b in cat["contents"]))
print("SVG:     %d files, all valid XML, no script/foreignObject/href, largest %d bytes" % (nsvg, biggest))
print("OK")
