"""Write models/communes_2025.tsv: every commune, ward and special zone (xã, phường, đặc khu)
after the 2025 reorganization, with the province it belongs to.

    pip install vietnam-provinces   # the official list of administrative units, packaged
    python scripts/make_communes.py

The metadata recognizer reads it to find the province of a commune's document whose header
names only the commune ("ỦY BAN MTTQ VIỆT NAM / XÃ LƯƠNG MINH" → Quảng Ninh).  The table is
data in models/ (the product does not need the package at run time).
"""

from __future__ import annotations

import sys
from pathlib import Path

import vietnam_provinces as vp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import vocab  # noqa: E402

_KIND_WORDS = ("Đặc khu", "Phường", "Xã")
_PROVINCE_WORDS = ("Thành phố", "Tỉnh")


def _without(name: str, words: tuple[str, ...]) -> tuple[str, str]:
    for w in words:
        if name.startswith(w + " "):
            return w.lower(), name[len(w) + 1:]
    return "", name  # some provinces are listed without their unit word ("Cao Bằng")


def main() -> None:
    provinces = {p.code: p for p in vp.Province.iter_all()}
    known = vocab.province_index()
    rows = []
    for ward in vp.Ward.iter_all():
        kind, name = _without(ward.name, _KIND_WORDS)
        if not kind:
            raise SystemExit(f"no unit word in {ward.name!r}")
        _, province = _without(provinces[ward.province_code].name, _PROVINCE_WORDS)
        if vocab.fold(province) not in known:
            raise SystemExit(f"province {province!r} is not in models/provinces.tsv")
        rows.append((name, kind, known[vocab.fold(province)].name))
    out = ROOT / "models" / "communes_2025.tsv"
    with out.open("w", encoding="utf-8") as f:
        f.write("# Communes, wards and special zones after the 2025 reorganization (3,321 units) and their\n"
                "# province. Source: the official list of administrative units as packaged by\n"
                f"# vietnam-provinces {getattr(vp, '__version__', '2025.10.1')}; written by scripts/make_communes.py.\n"
                "# columns: name<TAB>kind (xã|phường|đặc khu)<TAB>province (as in provinces.tsv)\n")
        for r in sorted(rows, key=lambda r: (r[2], r[0])):
            f.write("\t".join(r) + "\n")
    print(f"{len(rows)} units -> {out}")


if __name__ == "__main__":
    main()
