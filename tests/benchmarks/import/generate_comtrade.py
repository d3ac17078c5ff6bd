#!/usr/bin/env python3
"""Writes a synthetic UN Comtrade+ CSV export of N rows, shaped like the downloads analysts import.

The values are made up, not real trade figures, but the file looks like real downloads concatenated: China's imports
from Pakistan (reporter 156, flow M, partner 586) and Pakistan's exports to China (reporter 586, flow X, partner 156)
of the same HS codes, monthly (freqCode M) and annual (freqCode A), 2005 to 2025, at every level (TOTAL, chapters,
headings, subheadings) with parents that add up their children. Mineral chapters (25, 26, 68, 71, 72-76, 78-81) come
three codes to one of other chapters, each round going through every chapter, so that any first N rows hold every
mineral chapter. Not every code trades every month; China's figure is Pakistan's with freight and timing on top (the
mirror gap). One Pakistani monthly row in fifty also has a re-export (RX) row beside it, which the import skips. Some
descriptions carry quotes, commas and HTML, as hostile input. Deterministic: the same N gives the same bytes.

Another shape, many subheadings under few headings (issue 21: ~90 subheadings under each of 14 headings, 2000-2025,
the shape that made the overview's page grow with the codes held): --headings H --subheadings S --first-year Y. The
file is then a download at the subheading level, as Comtrade+ gives one asked for six-digit codes: S subheadings under
each of H mineral headings (ores and metals, so value added has both sides) and no heading, chapter or TOTAL row, so
that every total adds every subheading traded. Subheadings come in turns by heading, so that any first N rows spread
over every heading; one trades in 10 to 50 per cent of months, as the long tail of a real nomenclature does.

Usage: generate_comtrade.py ROWS OUTPUT.csv [--headings H --subheadings S] [--first-year Y]
"""
import argparse
import csv
import random
import sys

HEADER = ("typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,"
          "partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,classificationCode,classificationSearchCode,"
          "isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,"
          "qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,"
          "isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate").split(",")

YEARS = range(2025, 2004, -1)  # set by main(): --first-year
CHINA, PAKISTAN = (156, "CHN", "China"), (586, "PAK", "Pakistan")
# (reporter, flow, partner): the two sides of the same trade.
SIDES = [(PAKISTAN, "X", CHINA), (CHINA, "M", PAKISTAN)]

# Headings per chapter, roughly as many as HS 2022 has. Chapter 77 does not exist.
MINERAL_CHAPTERS = {25: 30, 26: 21, 68: 15, 71: 18, 72: 29, 73: 26, 74: 19, 75: 8, 76: 16, 78: 6, 79: 7, 80: 7, 81: 13}
OTHER_CHAPTERS = {3: 9, 10: 8, 27: 16, 28: 53, 29: 42, 30: 6, 38: 27, 39: 26, 40: 17, 41: 15, 44: 21, 48: 23, 52: 12,
                  61: 17, 62: 17, 63: 10, 84: 87, 85: 48, 87: 16, 90: 33}
# Headings of the many-subheadings shape: ores and their metals, the trade's own mix.
FEW_HEADINGS = ["2601", "2603", "2606", "2608", "2607", "2617", "2530", "7403", "7404", "7601", "7602", "7202", "7901", "2616"]
HOSTILE = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', "=HYPERLINK(\"http://x.invalid\")", "'; DROP TABLE Figures;--"]


def chapter_codes(chapter: int, headings: int, rng: random.Random) -> list[str]:
    """The chapter, then each heading followed by its subheadings (one '00' subheading, or several)."""
    codes = [f"{chapter:02d}"]
    for h in range(1, headings + 1):
        heading = f"{chapter:02d}{h:02d}"
        subs = rng.choice([1, 1, 2, 3, 4, 5, 6])
        codes.append(heading)
        codes.extend([heading + "00"] if subs == 1 else [f"{heading}{10 * s:02d}" for s in range(1, subs + 1)])
    return codes


def round_robin(chapters: list[list[str]]) -> list[str]:
    """One code of each chapter in turn, so that any prefix spans every chapter."""
    out, queues = [], [list(c) for c in chapters]
    while any(queues):
        for q in queues:
            if q:
                out.append(q.pop(0))
    return out


def code_order(rng: random.Random) -> list[str]:
    minerals = round_robin([chapter_codes(c, n, rng) for c, n in MINERAL_CHAPTERS.items()])
    others = round_robin([chapter_codes(c, n, rng) for c, n in OTHER_CHAPTERS.items()])
    order = ["TOTAL"]
    while minerals or others:
        order.extend(minerals[:3])
        order.extend(others[:1])
        del minerals[:3], others[:1]
    return order


def few_headings_order(headings: int, subheadings: int) -> list[str]:
    """The subheadings of the first H headings, one heading after another."""
    if not 1 <= headings <= len(FEW_HEADINGS) or not 1 <= subheadings <= 99:
        sys.exit(f"--headings is 1 to {len(FEW_HEADINGS)}, --subheadings 1 to 99")
    return [f"{h}{s:02d}" for s in range(1, subheadings + 1) for h in FEW_HEADINGS[:headings]]


def leaf_series(code: str, presence_range: tuple[float, float]) -> dict[tuple[int, int], float]:
    """Pakistan's monthly exports of one subheading, (year, month) -> USD; months without trade are absent."""
    rng = random.Random("leaf " + code)
    mineral = int(code[:2]) in MINERAL_CHAPTERS
    # About $3 bn a year in all at 2025's level, as the real flow; each code grows or shrinks on its own trend.
    base = rng.lognormvariate(10.8 if mineral else 9.8, 1.6)
    trend = rng.uniform(-0.05, 0.12)
    presence = rng.uniform(*presence_range)
    series = {}
    for year in YEARS:
        level = base * (1 + trend) ** (year - 2025)
        for month in range(1, 13):
            if rng.random() < presence:
                series[(year, month)] = round(level * rng.lognormvariate(0, 0.45), 2)
    return series


def all_series(codes: list[str], presence_range: tuple[float, float]) -> dict[str, dict[tuple[int, int], float]]:
    """Every code's monthly series; a heading, chapter or TOTAL adds up the codes under it (TOTAL adds untraced goods)."""
    leaves = [c for c in codes if len(c) == 6]
    series = {c: leaf_series(c, presence_range) for c in leaves}
    for parent in [c for c in codes if len(c) in (4, 2)] + ["TOTAL"]:
        sums: dict[tuple[int, int], float] = {}
        for leaf in leaves:
            if parent == "TOTAL" or leaf.startswith(parent):
                for key, value in series[leaf].items():
                    sums[key] = sums.get(key, 0.0) + value
        if parent == "TOTAL":
            sums = {k: v * 1.6 for k, v in sums.items()}
        series[parent] = {k: round(v, 2) for k, v in sums.items()}
    return series


def description(code: str, rng: random.Random) -> str:
    text = "All commodities" if code == "TOTAL" else f'Synthetic goods {code}, "grade {code[-2:]}", n.e.c.'
    return f"{text} {rng.choice(HOSTILE)}" if code != "TOTAL" and rng.random() < 0.05 else text


def main() -> None:
    global YEARS
    parser = argparse.ArgumentParser(description="A synthetic UN Comtrade+ CSV export of ROWS rows.")
    parser.add_argument("rows", type=int)
    parser.add_argument("path")
    parser.add_argument("--headings", type=int, help="many subheadings under few headings: how many headings")
    parser.add_argument("--subheadings", type=int, default=90, help="subheadings under each heading (with --headings)")
    parser.add_argument("--first-year", type=int, default=2005)
    args = parser.parse_args()
    rows, path = args.rows, args.path
    if not 1990 <= args.first_year <= 2025:
        sys.exit("--first-year is 1990 to 2025")
    YEARS = range(2025, args.first_year - 1, -1)
    rng = random.Random(42)
    codes = code_order(rng) if args.headings is None else few_headings_order(args.headings, args.subheadings)
    series = all_series(codes, (0.35, 1.0) if args.headings is None else (0.1, 0.5))
    written = 0

    def row(out, code, desc, side, flow_code, freq, year, month, value, weight):
        (reporter, flow, partner) = side
        period = f"{year}{month:02d}" if freq == "M" else f"{year}"
        out.writerow([
            "C", freq, f"{year}{month if freq == 'M' else 1:02d}01", year, month if freq == "M" else 52, period,
            reporter[0], reporter[1], reporter[2], flow_code, {"X": "Export", "M": "Import", "RX": "Re-export"}[flow_code],
            partner[0], partner[1], partner[2], 0, "W00", "World", "H6", "HS", "False" if year < 2022 else "True",
            code, desc, 0 if code == "TOTAL" else len(code), "True" if len(code) == 6 else "False", "C00", "TOTAL CPC", 0, 0,
            "TOTAL MOT", 8 if weight else -1, "kg" if weight else "N/A", weight or 0, "False", -1, "N/A", 0, "False",
            weight or 0, "False", 0, "False", value if flow == "M" else "", value if flow == "X" else "", value, 0, "True", "False",
        ])

    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, lineterminator="\r\n")
        out.writerow(HEADER)
        for code in codes:
            desc = description(code, rng)
            # Dollars per kilogram: ores are cheap, metals dear; TOTAL and chapters report no weight.
            price = rng.uniform(0.05, 0.6) if code.startswith("26") or code.startswith("25") else rng.uniform(1, 12)
            for year in YEARS:
                months = [(m, series[code][(year, m)]) for m in range(1, 13) if (year, m) in series[code]]
                if not months:
                    continue
                for side in SIDES:
                    # China's imports are valued CIF and land a little later: a mirror gap of 0 to 30 per cent.
                    gap = (lambda: rng.uniform(1.0, 1.3)) if side[0] == CHINA else (lambda: 1.0)
                    values = [(m, round(v * gap(), 2)) for m, v in months]
                    for freq, month, value in [("A", 0, round(sum(v for _, v in values), 2))] + [("M", m, v) for m, v in values]:
                        if written == rows:
                            return
                        weight = round(value / price, 1) if code.isdigit() and len(code) >= 4 and rng.random() > 0.1 else None
                        row(out, code, desc, side, side[1], freq, year, month, value, weight)
                        written += 1
                        if side[0] == PAKISTAN and freq == "M" and rng.random() < 0.02 and written < rows:
                            row(out, code, desc, side, "RX", freq, year, month, round(value * 0.03, 2), None)
                            written += 1
    if written < rows:
        sys.exit(f"only {written} rows can be generated")


if __name__ == "__main__":
    main()
