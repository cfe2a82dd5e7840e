#!/usr/bin/env python3
"""Derives Ordo's built-in ISO/IEC 27001:2022 catalog (src/main/resources/catalog/iso27001-2022.json) from the
reference facts in ../shared/reference/iso27001_2022.json.

Only identifiers, short titles, themes, the five ISO/IEC 27002:2022 attribute types and the 2013 source controls
(used to translate mappings that still name ISO/IEC 27001:2013 controls) are taken over; the one-line descriptions
of the themes are Ordo's own words. No text of the standard is copied. Iso27001CatalogReferenceTest checks that the
two files agree. Run from the repository root: python3 tools/derive-iso27001-catalog.py
"""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
REF = ROOT.parent / "shared" / "reference" / "iso27001_2022.json"
OUT = ROOT / "src" / "main" / "resources" / "catalog" / "iso27001-2022.json"

THEMES = {
    "organizational": "Organizational controls: policies, roles, suppliers, incidents, compliance",
    "people": "People controls: screening, awareness, duties before, during and after employment",
    "physical": "Physical controls: premises, equipment, media and utilities",
    "technological": "Technological controls: endpoints, access, networks, development, monitoring",
}


def main():
    ref = json.loads(REF.read_text(encoding="utf-8"))
    requirements = [
        {"id": c["id"], "title": c["name"], "parent": c["parent"]}
        for c in ref["clauses"]
    ]
    themes = [
        {"key": key, "clause": "A." + value["clause"], "title": key.capitalize() + " controls",
         "description": THEMES[key]}
        for key, value in ref["themes"].items()
    ]
    controls = [
        {
            "id": c["ref"],
            "title": c["title"],
            "theme": c["theme"],
            "attributes": {k: c["attributes"][k] for k in ref["attribute_types"]},
            "newIn2022": c["new_in_2022"],
            "iso27001_2013": c["iso27001_2013_sources"],
        }
        for c in ref["annexA"]
    ]
    out = {
        "key": "iso27001-2022",
        "title": "ISO/IEC 27001:2022",
        "version": "2022 (with Amd 1:2024)",
        "attributeTypes": ref["attribute_types"],
        "requirements": requirements,
        "themes": themes,
        "controls": controls,
    }
    OUT.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(requirements)} requirements, {len(themes)} themes, {len(controls)} controls -> {OUT}")


if __name__ == "__main__":
    main()
