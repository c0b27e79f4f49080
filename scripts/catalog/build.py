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
  assets/catalog/detail/*.toml   full text in English and Hindi, where and how to apply,
                                 helpline, papers and eligibility rules: written by us for
                                 the schemes that matter most (docs/catalog-detail.md); it
                                 replaces the source's English text for those schemes

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
import re
import sys
import unicodedata

import detail as curated

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


# A line of the source's document list that names a case rather than a paper:
# "For Sishu Loan", "For Kishore and Tarun Loan", "In case of death:".
HEADING = re.compile(
    r"^(for|in (the )?case of|documents? (for|required for))\b[^.,:]{0,70}:?$|^[^.]{3,70}:$", re.IGNORECASE
)
NUMBERING = re.compile(r"^(\d{1,2}[.)]|[a-z][.)]|[-•*])\s*")


def paper_groups(lines):
    """The source's flat document list as groups: a heading line starts a new group."""
    groups = [{"heading": None, "items": []}]
    for line in lines:
        line = NUMBERING.sub("", line).strip()
        if not line:
            continue
        if HEADING.match(line):
            groups.append({"heading": line.rstrip(":").strip(), "items": []})
        else:
            groups[-1]["items"].append(line)
    return [g for g in groups if g["items"]]


def slug_of(row):
    return str(row.get("scheme_link", "")).rstrip("/").rsplit("/", 1)[-1]


def load_processed(source):
    path = os.path.join(source, "govguide_SuyashGupta24", "processed_schemes.json")
    with open(path, encoding="utf-8") as f:
        return [row for row in json.load(f) if slug_of(row)]


def source_detail(row):
    """The source's full English text of one scheme, or None when it has none."""
    detail = {
        "benefits": "\n".join(clean_block(row.get("benefits"), "Benefits")) or None,
        "eligibility": "\n".join(clean_block(row.get("eligibility_criteria"), "Eligibility")) or None,
        "how_to_apply": "\n".join(clean_block(row.get("application_process"), "Application Process")) or None,
        "where_to_apply": None,
        "helpline": None,
        "documents": paper_groups(clean_block(row.get("documents_required"), "Documents Required")),
    }
    return detail if any(detail.values()) else None


# myScheme's occupation names as our occupation keys (see docs/catalog-detail.md).
OCCUPATIONS = {
    "Farmer": "farmer", "Khadi Artisan": "artisan", "Street Vendor": "street_vendor",
    "Unorganized Worker": "labourer", "Health Worker": "health_worker",
    "Safai Karamchari": "safai_karamchari", "Ex Servicemen": "ex_serviceman",
    "Sportsperson": "sportsperson", "Journalist": "journalist",
}


def source_rules(row):
    """myScheme's structured eligibility fields as our rules; only what they limit."""
    residence = set(row.get("residence") or [])
    occupations = set(row.get("occupation") or []) - {"All", "Student"}
    unknown = occupations - set(OCCUPATIONS)
    if unknown:
        sys.exit(f"{slug_of(row)}: occupation {sorted(unknown)} has no key; add it to OCCUPATIONS")
    return {
        "residence": "rural" if residence == {"Rural"} else "urban" if residence == {"Urban"} else None,
        "occupations": sorted({OCCUPATIONS[o] for o in occupations}),
        "bpl_card": row.get("isBpl") == "Yes",
        "students_only": row.get("isStudent") == "Yes",
    }


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


# myScheme spells some beneficiary groups two ways; the catalog uses one key for each.
GROUP_KEYS = {
    "widow": "widowed",
    "person with disability": "pwd",
    "particularly vulnerable tribal groups (pvtg)": "pvtg",
}


def age_ranges(slug, age):
    """myScheme's {"group": {"gte": a, "lte": b}} as {"group": {"min": a, "max": b}}."""
    out = {}
    for group, bounds in sorted((age or {}).items()):
        bounds = bounds or {}
        key = GROUP_KEYS.get(clean(group), clean(group))
        if key in out:
            sys.exit(f"{slug}: age group {key} is given twice")
        out[key] = {"min": bounds.get("gte"), "max": bounds.get("lte")}
    return out


NO_RULES = {"residence": None, "occupations": [], "bpl_card": False, "students_only": False}


def scheme(fields, ministries, hindi, processed, written):
    """One catalog line: the source's fields, our Hindi, and our detail where written."""
    slug = fields["slug"]
    states = clean_list(fields.get("beneficiaryState"))
    row = processed.get(slug)
    ours = written.get(slug)
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
        "age": (ours and ours["age"]) or age_ranges(slug, fields.get("age")),
        "rules": ours["rules"] if ours else source_rules(row) if row else NO_RULES,
        "detail_en": ours["detail_en"] if ours else source_detail(row) if row else None,
        "detail_hi": ours["detail_hi"] if ours else None,
        "source": {"name": "myScheme", "url": SOURCE_URL.format(slug=slug)},
        "last_verified": (ours and ours["last_verified"]) or SNAPSHOT_DATE,
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
    processed = {slug_of(row): row for row in load_processed(args.source)}
    try:
        written = curated.load_all(os.path.join(CATALOG, "detail"))
    except curated.DetailError as e:
        sys.exit(f"assets/catalog/detail/{e}")
    in_scope = sorted(
        slug for slug, fields in hits.items()
        if IN_SCOPE_STATES & set(fields.get("beneficiaryState") or [])
    )
    for what, given in (("Hindi", hindi), ("Detail", written)):
        unknown = sorted(set(given) - set(in_scope))
        if unknown:
            sys.exit(f"{what} given for schemes not in the catalog: {unknown[:10]}")
    schemes = [scheme(hits[slug], ministries, hindi.get(slug, {}), processed, written) for slug in in_scope]
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
        "with_detail_hi": sum(1 for s in schemes if s["detail_hi"]),
        "snapshot": SNAPSHOT_DATE,
        "scope": sorted(IN_SCOPE_STATES),
    }
    with open(os.path.join(CATALOG, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    print(f"{len(schemes)} schemes, {meta['with_hindi']} with Hindi, "
          f"{meta['with_detail_hi']} with full Hindi text, version {meta['version']}")


if __name__ == "__main__":
    main()
