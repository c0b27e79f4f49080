#!/usr/bin/env python3
"""Builds assets/catalog/schemes.jsonl from the raw myScheme data plus our hand-written Hindi.

Reproducible: the same inputs give byte-identical output (sorted keys and slugs, no clock).
Run it from the repository root:  python3 scripts/catalog/build.py [--source DIR]

Inputs
  <source>/myscheme-search-api-raw_nakshjoshi/response*.json   structured fields, in scope
  <source>/aawaz-intelligence_AtharvSinha/myscheme_schemes.json  ministry/department names
  <source>/govguide_SuyashGupta24/processed_schemes.json  benefits, eligibility, documents, how to apply
  assets/catalog/hindi/*.jsonl   {"id", "name_hi", "brief_hi"}: written by us; core.jsonl
                                 (the schemes that matter most, reviewed by hand) wins

Outputs
  assets/catalog/schemes.jsonl   one scheme per line, sorted by id (myScheme slug)
  assets/catalog/meta.json       catalog version (hash of schemes.jsonl), counts, sources

The app embeds these two files; it never reads the source folder.
"""

import argparse
import glob
import hashlib
import json
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_SOURCE = os.path.join(ROOT, "..", "shared", "data", "schemes-source")
CATALOG = os.path.join(ROOT, "assets", "catalog")
IN_SCOPE_STATES = {"All", "Madhya Pradesh", "Uttar Pradesh"}
# The date the source snapshot was taken from myScheme (see PROVENANCE.md).
SNAPSHOT_DATE = "2026-11-22"
SOURCE_URL = "https://www.myscheme.gov.in/schemes/{slug}"


def clean(text):
    """NFC, no zero-width joiners/non-joiners, single spaces, trimmed."""
    if text is None:
        return None
    text = unicodedata.normalize("NFC", str(text))
    text = text.replace("\u200d", "").replace("\u200c", "").replace("\ufeff", "")
    text = " ".join(text.split())
    return text or None


def clean_list(values):
    out = []
    for value in values or []:
        value = clean(value)
        if value and value not in out:
            out.append(value)
    return out


def load_search_hits(source):
    hits = {}
    files = sorted(glob.glob(os.path.join(source, "myscheme-search-api-raw_nakshjoshi", "response*.json")))
    if not files:
        sys.exit(f"no response*.json under {source}")
    for path in files:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        for item in data["data"]["hits"]["items"]:
            fields = item["fields"]
            hits[fields["slug"]] = fields
    return hits


def clean_block(text, heading=None):
    """Multi-line text: each line cleaned, empty lines dropped, a leading heading removed."""
    lines = [clean(line) for line in str(text or "").splitlines()]
    lines = [line for line in lines if line]
    if lines and heading and lines[0].lower() == heading.lower():
        lines = lines[1:]
    return lines


def load_details(source):
    """Full English text (benefits, eligibility, documents, how to apply) by slug."""
    path = os.path.join(source, "govguide_SuyashGupta24", "processed_schemes.json")
    with open(path, encoding="utf-8") as f:
        rows = json.load(f)
    details = {}
    for row in rows:
        slug = str(row.get("scheme_link", "")).rstrip("/").rsplit("/", 1)[-1]
        if not slug:
            continue
        detail = {
            "benefits": "\n".join(clean_block(row.get("benefits"), "Benefits")) or None,
            "eligibility": "\n".join(clean_block(row.get("eligibility_criteria"), "Eligibility")) or None,
            "how_to_apply": "\n".join(clean_block(row.get("application_process"), "Application Process")) or None,
            "documents": [line.lstrip("-•* ").strip() for line in clean_block(row.get("documents_required"), "Documents Required")],
        }
        if any(detail.values()):
            details[slug] = detail
    return details


def load_ministries(source):
    path = os.path.join(source, "aawaz-intelligence_AtharvSinha", "myscheme_schemes.json")
    with open(path, encoding="utf-8") as f:
        rows = json.load(f)
    return {row["slug"]: clean(row.get("ministry")) for row in rows if row.get("slug")}


def load_hindi():
    """Hindi per scheme id. core.jsonl (reviewed by hand) wins over the part-*.jsonl files;
    an id given twice within one of the two is an error."""
    hindi = {}
    paths = sorted(glob.glob(os.path.join(CATALOG, "hindi", "*.jsonl")))
    core = [p for p in paths if os.path.basename(p) == "core.jsonl"]
    for tier in (core, [p for p in paths if p not in core]):
        seen = set()
        for path in tier:
            with open(path, encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    if not line.strip():
                        continue
                    try:
                        row = json.loads(line)
                    except json.JSONDecodeError as e:
                        sys.exit(f"{path}:{number}: {e}")
                    slug = row.get("id")
                    if slug in seen:
                        sys.exit(f"{path}:{number}: Hindi for {slug} is given twice")
                    seen.add(slug)
                    hindi.setdefault(slug, {"name_hi": clean(row.get("name_hi")), "brief_hi": clean(row.get("brief_hi"))})
    return hindi


def age_ranges(age):
    """myScheme's {"group": {"gte": a, "lte": b}} as {"group": {"min": a, "max": b}}."""
    out = {}
    for group, bounds in sorted((age or {}).items()):
        bounds = bounds or {}
        out[clean(group)] = {"min": bounds.get("gte"), "max": bounds.get("lte")}
    return out


def scheme(fields, ministries, hindi, details):
    slug = fields["slug"]
    states = clean_list(fields.get("beneficiaryState"))
    return {
        "id": slug,
        "name_en": clean(fields.get("schemeName")),
        "short_title": clean(fields.get("schemeShortTitle")),
        "brief_en": clean(fields.get("briefDescription")),
        "name_hi": hindi.get("name_hi"),
        "brief_hi": hindi.get("brief_hi"),
        "level": "central" if fields.get("level") == "Central" else "state",
        "states": ["All India" if s == "All" else s for s in states],
        "categories": clean_list(fields.get("schemeCategory")),
        "ministry": clean(fields.get("nodalMinistryName")) or ministries.get(slug),
        "tags": clean_list(fields.get("tags")),
        "close_date": clean(fields.get("schemeCloseDate")),
        "age": age_ranges(fields.get("age")),
        "detail_en": details.get(slug),
        "detail_hi": None,
        "source": {"name": "myScheme", "url": SOURCE_URL.format(slug=slug)},
        "last_verified": SNAPSHOT_DATE,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", default=DEFAULT_SOURCE)
    parser.add_argument("--allow-missing-hindi", action="store_true",
                        help="write the catalog even when some schemes have no Hindi yet")
    args = parser.parse_args()

    hits = load_search_hits(args.source)
    ministries = load_ministries(args.source)
    hindi = load_hindi()
    details = load_details(args.source)
    in_scope = sorted(
        slug for slug, fields in hits.items()
        if IN_SCOPE_STATES & set(fields.get("beneficiaryState") or [])
    )
    unknown = sorted(set(hindi) - set(in_scope))
    if unknown:
        sys.exit(f"Hindi given for schemes not in the catalog: {unknown[:10]}")
    schemes = [scheme(hits[slug], ministries, hindi.get(slug, {}), details) for slug in in_scope]
    missing = [s["id"] for s in schemes if not (s["name_hi"] and s["brief_hi"])]
    if missing and not args.allow_missing_hindi:
        sys.exit(f"{len(missing)} schemes have no Hindi name or brief, e.g. {missing[:10]}")

    lines = "".join(json.dumps(s, ensure_ascii=False, sort_keys=True) + "\n" for s in schemes)
    with open(os.path.join(CATALOG, "schemes.jsonl"), "w", encoding="utf-8") as f:
        f.write(lines)
    meta = {
        "version": hashlib.sha256(lines.encode("utf-8")).hexdigest()[:16],
        "schemes": len(schemes),
        "with_hindi": len(schemes) - len(missing),
        "with_detail_en": sum(1 for s in schemes if s["detail_en"]),
        "snapshot": SNAPSHOT_DATE,
        "scope": sorted(IN_SCOPE_STATES),
    }
    with open(os.path.join(CATALOG, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    print(f"{len(schemes)} schemes, {meta['with_hindi']} with Hindi, version {meta['version']}")


if __name__ == "__main__":
    main()
