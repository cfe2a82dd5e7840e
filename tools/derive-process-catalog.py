#!/usr/bin/env python3
"""Derives Ordo's process catalog (src/main/resources/catalog/ts27022-processes.json) from the reference facts in
../shared/reference (ts27022_processes.json and ts27022_graph.json).

Ordo keeps its own catalog file so that the product can correct or extend the reference model without touching the
reference; ProcessCatalogReferenceTest checks that the two still agree on processes and interaction edges.
Run from the repository root: python3 tools/derive-process-catalog.py
"""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
REF = ROOT.parent / "shared" / "reference"
OUT = ROOT / "src" / "main" / "resources" / "catalog" / "ts27022-processes.json"

# Short names for the process map, and the Ordo module that implements each process.
SHORT = {
    "6.2": ("Governance interface", "governance"),
    "7.2": ("Policy management", "policy"),
    "7.3": ("Requirements management", "requirements"),
    "7.4": ("Risk assessment", "riskassessment"),
    "7.5": ("Risk treatment", "risktreatment"),
    "7.6": ("Security implementation", "implementation"),
    "7.7": ("Outsourced services", "outsourcing"),
    "7.8": ("Awareness & competence", "awareness"),
    "7.9": ("Incident management", "incident"),
    "7.10": ("Change management", "change"),
    "7.11": ("Internal audit", "audit"),
    "7.12": ("Performance evaluation", "performance"),
    "7.13": ("Improvement", "improvement"),
    "8.2": ("Records control", "records"),
    "8.3": ("Resource management", "resources"),
    "8.4": ("Communication", "communication"),
    "8.5": ("Customer relationship", "customer"),
}

PSEUDO = {
    "*": "All ISMS processes",
    "*core": "All core processes",
    "external:top-management": "Top management",
    "external:interested-parties": "Interested parties",
}


def main():
    processes = json.loads((REF / "ts27022_processes.json").read_text())
    graph = json.loads((REF / "ts27022_graph.json").read_text())
    out = {
        "source": "ISO/IEC TS 27022:2021 process reference model, derived from Ordo's reference facts",
        "processes": [],
        "participants": [{"id": k, "name": v} for k, v in PSEUDO.items()],
        "interactions": [
            {"from": e["from"], "to": e["to"], "artefact": e["artefact"],
             "inferred": e["basis"].startswith("inferred")}
            for e in graph["edges"]
        ],
    }
    for p in processes:
        short, module = SHORT[p["id"]]
        out["processes"].append({
            "clause": p["id"],
            "key": p["key"],
            "name": p["name"],
            "shortName": short,
            "module": module,
            "category": p["category"],
            "purpose": p["purpose"],
            "activities": p["activities"],
            "inputs": [{"artefact": i["artefact"], "from": i["from"]} for i in p["inputs"]],
            "results": [{"artefact": r["artefact"], "to": r["to"]} for r in p["results"]],
            "iso27001": [r["clause"] for r in p["iso27001_refs"]],
        })
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(out['processes'])} processes, {len(out['interactions'])} interactions")


if __name__ == "__main__":
    main()
