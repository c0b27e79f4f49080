#!/usr/bin/env python3
"""Reads and checks the hand-written scheme detail in assets/catalog/detail/<id>.toml.

Each file holds, for one scheme, the full text in English and Hindi (benefits, who is
eligible, how and where to apply, helpline, papers to carry) and the structured rules
the eligibility finder uses. The format is described in docs/catalog-detail.md.

Check files by hand:  python3 scripts/catalog/detail.py assets/catalog/detail/*.toml
build.py imports load_all() and refuses to build a catalog from a file that fails.
"""

import glob
import os
import re
import sys
import tomllib
import unicodedata

OCCUPATIONS = {
    "farmer", "livestock", "fisher", "labourer", "construction_worker", "artisan",
    "street_vendor", "business", "health_worker", "safai_karamchari", "ex_serviceman",
    "sportsperson", "journalist", "unemployed",
}
RESIDENCES = {"rural", "urban"}
TEXT_KEYS = ("benefits", "eligibility", "how_to_apply", "where_to_apply", "helpline")
REQUIRED_TEXT = ("benefits", "eligibility", "how_to_apply", "where_to_apply")
DEVANAGARI = re.compile("[\u0900-\u097f]")
LATIN = re.compile("[A-Za-z]")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class DetailError(Exception):
    pass


def _clean_line(line):
    line = unicodedata.normalize("NFC", line)
    line = line.replace("\u200d", "").replace("\u200c", "").replace("\ufeff", "")
    return " ".join(line.split())


def _text(value, where):
    """A text block: lines cleaned, blank lines dropped; None when absent."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise DetailError(f"{where}: must be text")
    lines = [_clean_line(line) for line in value.splitlines()]
    text = "\n".join(line for line in lines if line)
    return text or None


def _documents(groups, where):
    if not isinstance(groups, list) or not groups:
        raise DetailError(f"{where}: at least one [[documents]] group is needed")
    out = []
    for n, group in enumerate(groups, 1):
        here = f"{where}[{n}]"
        if not isinstance(group, dict) or set(group) - {"heading", "items"}:
            raise DetailError(f"{here}: a group has only 'heading' (optional) and 'items'")
        items = group.get("items")
        if not isinstance(items, list) or not items or not all(isinstance(i, str) and i.strip() for i in items):
            raise DetailError(f"{here}.items: a non-empty list of papers")
        heading = _text(group.get("heading"), f"{here}.heading")
        out.append({"heading": heading, "items": [_clean_line(i) for i in items]})
    return out


def _language(table, lang, where):
    if not isinstance(table, dict):
        raise DetailError(f"{where}: missing [{lang}] table")
    unknown = set(table) - set(TEXT_KEYS) - {"documents"}
    if unknown:
        raise DetailError(f"{where}: unknown keys {sorted(unknown)}")
    detail = {key: _text(table.get(key), f"{where}.{key}") for key in TEXT_KEYS}
    for key in REQUIRED_TEXT:
        if not detail[key]:
            raise DetailError(f"{where}.{key}: required")
    detail["documents"] = _documents(table.get("documents"), f"{where}.documents")
    if lang == "hi":
        prose = " ".join(v for k, v in detail.items() if k in ("benefits", "eligibility", "how_to_apply") and v)
        if len(DEVANAGARI.findall(prose)) < 3 * len(LATIN.findall(prose)):
            raise DetailError(f"{where}: the Hindi text is mostly not in Devanagari")
    return detail


def _rules(table, where):
    table = table or {}
    unknown = set(table) - {"residence", "occupations", "bpl_card", "students_only"}
    if unknown:
        raise DetailError(f"{where}: unknown keys {sorted(unknown)}")
    rules = {"residence": None, "occupations": [], "bpl_card": False, "students_only": False}
    if "residence" in table:
        if table["residence"] not in RESIDENCES:
            raise DetailError(f"{where}.residence: one of {sorted(RESIDENCES)}")
        rules["residence"] = table["residence"]
    occupations = table.get("occupations", [])
    bad = [o for o in occupations if o not in OCCUPATIONS]
    if bad:
        raise DetailError(f"{where}.occupations: unknown {bad}; use {sorted(OCCUPATIONS)}")
    rules["occupations"] = sorted(set(occupations))
    for flag in ("bpl_card", "students_only"):
        if flag in table:
            if not isinstance(table[flag], bool):
                raise DetailError(f"{where}.{flag}: true or false")
            rules[flag] = table[flag]
    return rules


GROUPS = {"general", "obc", "sc", "st", "ews", "pvtg", "female", "male", "transgender", "widowed", "pwd"}


def _age(table, where):
    """Optional: who the scheme is for by group and age, replacing myScheme's map where
    that is wrong (e.g. a widows' pension listed as open to every caste)."""
    if table is None:
        return None
    if not isinstance(table, dict) or not table:
        raise DetailError(f"{where}: a table of group = {{ min = N, max = N }}")
    out = {}
    for group, bounds in sorted(table.items()):
        if group not in GROUPS:
            raise DetailError(f"{where}.{group}: unknown group; use {sorted(GROUPS)}")
        if not isinstance(bounds, dict) or set(bounds) - {"min", "max"}:
            raise DetailError(f"{where}.{group}: {{ min = N, max = N }}")
        low, high = bounds.get("min"), bounds.get("max")
        for bound in (low, high):
            if bound is not None and not (isinstance(bound, (int, float)) and 0 <= bound <= 120):
                raise DetailError(f"{where}.{group}: ages are numbers from 0 to 120")
        if low is not None and high is not None and low > high:
            raise DetailError(f"{where}.{group}: min is above max")
        out[group] = {"min": low, "max": high}
    return out


def load(path):
    """One detail file as {"id", "detail_en", "detail_hi", "rules", "last_verified"}."""
    name = os.path.basename(path)
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise DetailError(f"{name}: {e}") from e
    unknown = set(data) - {"id", "last_verified", "age", "rules", "en", "hi"}
    if unknown:
        raise DetailError(f"{name}: unknown keys {sorted(unknown)}")
    if data.get("id") != name.removesuffix(".toml"):
        raise DetailError(f"{name}: id must be the file name without .toml")
    verified = data.get("last_verified")
    if verified is not None and not (isinstance(verified, str) and DATE.match(verified)):
        raise DetailError(f"{name}: last_verified must be YYYY-MM-DD")
    return {
        "id": data["id"],
        "last_verified": verified,
        "age": _age(data.get("age"), f"{name}: age"),
        "rules": _rules(data.get("rules"), f"{name}: rules"),
        "detail_en": _language(data.get("en"), "en", f"{name}: en"),
        "detail_hi": _language(data.get("hi"), "hi", f"{name}: hi"),
    }


def load_all(folder):
    return {d["id"]: d for d in (load(p) for p in sorted(glob.glob(os.path.join(folder, "*.toml"))))}


def main(paths):
    failed = 0
    for path in paths:
        try:
            load(path)
        except DetailError as e:
            failed += 1
            print(e)
    print(f"{len(paths) - failed} of {len(paths)} files OK")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
