#!/usr/bin/env python3
"""Writes comtrade-china-market.csv: a UN Comtrade+ export with MADE-UP values (no figure in it is real trade).

China's imports (reporter 156, flow M) of six mineral codes from up to thirteen partners and from the world
(partner 0), annual 2024-2025 and, for copper ores (2603), monthly from November 2024 to October 2026, with net
weights; and Pakistan's exports (reporter 586, flow X) of copper and chromium ores to the world and to China. Round
numbers, so that every rank, share and unit value of tests/MineralTrade.*Tests/*Market* can be checked by hand:

- 2603 in 2025: world $1,200 M (480,000 t, $2,500/t); Chile $300 M (25%) first; Pakistan $11 M (5,500 t, $2,000/t,
  80% of the market's price) 12th of 13, behind eleven partners; Mongolia without a weight (no unit value).
- 2603 monthly: the world, Chile (every month from 2024) and Pakistan (no figure for March 2025: no year-to-date rate).
- 2608 in 2025: no world figure (the share is of the partners added up); Pakistan's side is the seed's press figure.
- 2601 in 2025: Pakistan's side is the seed's lower bound ("above $101 million"): its share is a lower bound.
- 2610 in 2025: a world figure without a weight (the market's price is the partners' with weights); Pakistan's exports
  of it to the world but not to China (China's share of them cannot be taken from Pakistan's own figures).
- 2608's description carries HTML and a right-to-left override, as hostile input.

Deterministic: run it again and the file is the same. Usage: china-market.py [OUTPUT.csv]
"""
import csv
import sys

HEADER = ("typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,"
          "partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,classificationCode,classificationSearchCode,"
          "isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,"
          "qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,"
          "isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate").split(",")

# ISO alpha-3 -> (M49 code as Comtrade+ gives it, name)
COUNTRIES = {
    "W00": (0, "World"), "CHN": (156, "China"), "PAK": (586, "Pakistan"), "CHL": (152, "Chile"), "PER": (604, "Peru"),
    "MNG": (496, "Mongolia"), "KAZ": (398, "Kazakhstan"), "MEX": (484, "Mexico"), "AUS": (36, "Australia"),
    "ERI": (232, "Eritrea"), "TUR": (792, "Turkey"), "LAO": (418, "Lao People's Dem. Rep."), "PHL": (608, "Philippines"),
    "IDN": (360, "Indonesia"), "IRN": (364, "Iran"), "BOL": (68, "Bolivia"), "BRA": (76, "Brazil"), "ZAF": (710, "South Africa"),
    "IND": (699, "India"), "ALB": (8, "Albania"), "COD": (180, "Dem. Rep. of the Congo"), "RUS": (643, "Russian Federation"),
    "GIN": (324, "Guinea"),
}
DESCRIPTIONS = {
    "2601": "Iron ores and concentrates", "2603": "Copper ores and concentrates", "2606": "Aluminium ores and concentrates",
    "2608": "Zinc ores and concentrates <img src=x onerror=alert(1)> \u202egnp.exe", "2610": "Chromium ores and concentrates",
    "7403": "Refined copper and copper alloys, unwrought",
}
M = 1_000_000

# China's imports in 2025 (and 2024 where given): (code, partner, year, US$, tonnes or None)
ANNUAL = [
    ("2603", "W00", 2025, 1200 * M, 480_000), ("2603", "CHL", 2025, 300 * M, 120_000), ("2603", "PER", 2025, 250 * M, 125_000),
    ("2603", "MNG", 2025, 80 * M, None), ("2603", "KAZ", 2025, 60 * M, 24_000), ("2603", "MEX", 2025, 50 * M, 20_000),
    ("2603", "AUS", 2025, 40 * M, 16_000), ("2603", "ERI", 2025, 30 * M, 12_000), ("2603", "TUR", 2025, 25 * M, 10_000),
    ("2603", "LAO", 2025, 20 * M, 8_000), ("2603", "PHL", 2025, 15 * M, 6_000), ("2603", "IDN", 2025, 12 * M, 4_800),
    ("2603", "PAK", 2025, 11 * M, 5_500), ("2603", "IRN", 2025, 10 * M, 4_000),
    ("2603", "W00", 2024, 1000 * M, 500_000), ("2603", "PAK", 2024, 8 * M, 4_000), ("2603", "CHL", 2024, 240 * M, 120_000),
    ("2608", "AUS", 2025, 200 * M, 100_000), ("2608", "PER", 2025, 150 * M, 75_000), ("2608", "BOL", 2025, 90 * M, 45_000),
    ("2601", "W00", 2025, 2000 * M, 20_000_000), ("2601", "AUS", 2025, 1200 * M, 12_000_000), ("2601", "BRA", 2025, 500 * M, 5_000_000),
    ("2601", "ZAF", 2025, 150 * M, 1_500_000), ("2601", "IND", 2025, 48 * M, 480_000),
    ("2610", "W00", 2025, 2000 * M, None), ("2610", "ZAF", 2025, 1500 * M, 600_000), ("2610", "TUR", 2025, 300 * M, 100_000),
    ("2610", "ALB", 2025, 100 * M, None),
    ("7403", "W00", 2025, 30000 * M, 3_000_000), ("7403", "CHL", 2025, 8000 * M, 800_000), ("7403", "COD", 2025, 6000 * M, 600_000),
    ("7403", "RUS", 2025, 3000 * M, 300_000), ("7403", "KAZ", 2025, 1500 * M, 150_000), ("7403", "PAK", 2025, 800 * M, 80_000),
    ("2606", "W00", 2025, 18000 * M, 180_000_000), ("2606", "GIN", 2025, 13000 * M, 130_000_000), ("2606", "AUS", 2025, 4000 * M, 40_000_000),
]


def monthly():
    """China's monthly imports of copper ores: (partner, yyyymm, US$, tonnes)."""
    months = [(2024, 11), (2024, 12)] + [(2025, m) for m in range(1, 13)] + [(2026, m) for m in range(1, 11)]
    for year, month in months:
        world = {2024: 90, 2025: 100, 2026: 110}[year] * M
        yield "W00", year, month, world, world // 2500
    for year in (2024, 2025, 2026):
        for month in range(1, 13 if year < 2026 else 11):
            chile = {2024: 20, 2025: 25, 2026: 30}[year] * M
            yield "CHL", year, month, chile, chile // 2500
    for year, month in [(2025, m) for m in range(1, 13) if m != 3] + [(2026, m) for m in range(1, 11)]:
        pakistan = (1 * M if year == 2025 else 3 * M // 2)
        yield "PAK", year, month, pakistan, pakistan // 2000


# Pakistan's exports: (code, partner, year, US$, tonnes)
PAKISTAN_EXPORTS = [
    ("2603", "W00", 2025, 25 * M, 12_500), ("2603", "CHN", 2025, 10 * M, 5_000),
    ("2603", "W00", 2024, 20 * M, 10_000), ("2603", "CHN", 2024, 7 * M, 3_500),
    ("2610", "W00", 2025, 120 * M, 400_000),
]


def row(reporter, flow, partner, code, year, month, value, tonnes):
    period = f"{year}{month:02d}" if month else f"{year}"
    reporter_code, reporter_name = COUNTRIES[reporter]
    partner_code, partner_name = COUNTRIES[partner]
    kg = tonnes * 1000 if tonnes else None
    return [
        "C", "M" if month else "A", f"{year}{month or 1:02d}01", year, month or 52, period,
        reporter_code, reporter, reporter_name, flow, "Import" if flow == "M" else "Export",
        partner_code, partner, partner_name, 0, "W00", "World", "H6", "HS", "True",
        code, DESCRIPTIONS[code], len(code), "False", "C00", "TOTAL CPC", 0, 0, "TOTAL MOT",
        8 if kg else -1, "kg" if kg else "N/A", kg or 0, "False", -1, "N/A", 0, "False",
        kg or 0, "False", 0, "False", value if flow == "M" else "", value if flow == "X" else "", value, 0, "True", "False",
    ]


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "comtrade-china-market.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(HEADER)
        for code, partner, year, value, tonnes in ANNUAL:
            out.writerow(row("CHN", "M", partner, code, year, 0, value, tonnes))
        for partner, year, month, value, tonnes in monthly():
            out.writerow(row("CHN", "M", partner, "2603", year, month, value, tonnes))
        for code, partner, year, value, tonnes in PAKISTAN_EXPORTS:
            out.writerow(row("PAK", "X", partner, code, year, 0, value, tonnes))


if __name__ == "__main__":
    main()
