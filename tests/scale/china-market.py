#!/usr/bin/env python3
"""Writes a synthetic UN Comtrade+ export of China's market for mineral codes: MADE-UP values, never real trade.

The shape of issue 19's scale tests (docs/decisions/0064): China's imports (reporter 156, flow M) of CODES mineral
codes (headings and subheadings of chapters 25, 26 and 71-81) from PARTNERS partners (every country of ISO 3166 but
China, in a fixed shuffled order) and from the world (partner 0), monthly and annual for YEARS years to 2025, with net
weights (one partner in nine without one); and Pakistan's exports (reporter 586, flow X) of the same codes to the world
and to China. Pakistan's place among China's suppliers varies by code: first, in the middle, last, absent. Not every
partner trades every code or month (the long tail of a real market). Every fifth description carries hostile text
(HTML, a right-to-left override, a formula, SQL), as imported fields may.

Deterministic: the same arguments give the same bytes. Rows: about CODES x PARTNERS x YEARS x 13 x density.
Usage: china-market.py OUTPUT.csv [--codes 30] [--partners 150] [--years 6] [--density 0.6]
"""
import argparse
import csv
import random

HEADER = ("typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,"
          "partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,classificationCode,classificationSearchCode,"
          "isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,"
          "qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,"
          "isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate").split(",")

# ISO alpha-3 codes the import knows (Features/Imports/Countries.cs), M49 numbers made up where Comtrade+'s would not
# matter: the import decides by the alpha-3 code where the numeric code is not a country's it knows.
ALPHA3 = ("AFG ALB DZA AGO ARG ARM AUS AUT AZE BHR BGD BLR BEL BEN BOL BIH BWA BRA BRN BGR BFA BDI KHM CMR CAN CAF TCD "
          "CHL COL COG COD CRI CIV HRV CUB CYP CZE DNK DJI DOM ECU EGY SLV ERI EST ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC "
          "GTM GIN GUY HTI HND HKG HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KOR KWT KGZ LAO LVA LBN LSO LBR "
          "LBY LTU LUX MDG MWI MYS MLI MLT MRT MUS MEX MDA MNG MNE MAR MOZ MMR NAM NPL NLD NZL NIC NER NGA MKD NOR OMN PAN "
          "PNG PRY PER PHL POL PRT QAT ROU RUS RWA SAU SEN SRB SLE SGP SVK SVN SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TWN "
          "TJK TZA THA TGO TTO TUN TUR TKM UGA UKR ARE GBR USA URY UZB VEN VNM YEM ZMB ZWE").split()
HOSTILE = ['<img src=x onerror=alert(1)>', '\u202egnp.exe', '=HYPERLINK("http://x.invalid")', "'; DROP TABLE Figures;--"]
M49 = {"CHN": 156, "PAK": 586, "W00": 0}


def codes(n: int, rng: random.Random) -> list[str]:
    """Mineral headings and subheadings, 2603 (copper ores) first: the product page the tests open."""
    out = ["2603", "7403", "2601", "2610", "2608", "2606"]
    chapters = [25, 26, 71, 72, 74, 75, 76, 78, 79, 80, 81]
    while len(out) < n:
        heading = f"{rng.choice(chapters):02d}{rng.randint(1, 20):02d}"
        code = heading if rng.random() < 0.5 else heading + f"{rng.randint(1, 9) * 10:02d}"
        if code not in out:
            out.append(code)
    return out[:n]


def row(reporter, flow, partner, code, desc, year, month, value, kg):
    period = f"{year}{month:02d}" if month else f"{year}"
    r_code, p_code = M49.get(reporter, 999), M49.get(partner, 999)
    return [
        "C", "M" if month else "A", f"{year}{month or 1:02d}01", year, month or 52, period,
        r_code, reporter, reporter, flow, "Import" if flow == "M" else "Export",
        p_code, partner, partner, 0, "W00", "World", "H6", "HS", "True",
        code, desc, len(code), "False", "C00", "TOTAL CPC", 0, 0, "TOTAL MOT",
        8 if kg else -1, "kg" if kg else "N/A", kg or 0, "False", -1, "N/A", 0, "False",
        kg or 0, "False", 0, "False", value if flow == "M" else "", value if flow == "X" else "", value, 0, "True", "False",
    ]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("output")
    ap.add_argument("--codes", type=int, default=30)
    ap.add_argument("--partners", type=int, default=150)
    ap.add_argument("--years", type=int, default=6)
    ap.add_argument("--density", type=float, default=0.6)
    a = ap.parse_args()
    rng = random.Random(19)
    partners = sorted(p for p in ALPHA3 if p != "PAK")
    rng.shuffle(partners)
    partners = partners[:a.partners - 1] + ["PAK"]
    years = range(2026 - a.years, 2026)
    with open(a.output, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(HEADER)
        for i, code in enumerate(codes(a.codes, rng)):
            desc = f"Mineral {code}" + (f" {HOSTILE[i // 5 % len(HOSTILE)]}" if i % 5 == 0 else "")
            price = rng.randint(50, 9000)  # US$ per tonne, the code's market
            # Pakistan's place: first, middle, last or absent, by code.
            pk_scale = [3.0, 0.3, 0.001, 0][i % 4]
            for year in years:
                for month in [0] + list(range(1, 13)):
                    share = 1 if month == 0 else 1 / 12
                    world_usd, world_kg = 0, 0
                    lines = []
                    for j, partner in enumerate(partners):
                        scale = pk_scale if partner == "PAK" else 1 / (1 + j) ** 1.2
                        if scale == 0 or (partner != "PAK" and rng.random() > a.density):
                            continue
                        value = int(50_000_000 * scale * share * rng.uniform(0.7, 1.3)) + 1
                        kg = None if j % 9 == 4 else int(value / (price * rng.uniform(0.6, 1.4)) * 1000) + 1
                        lines.append(row("CHN", "M", partner, code, desc, year, month, value, kg))
                        world_usd += value
                        world_kg += kg or int(value / price * 1000)
                    # China's world figure: a little above what the partners held add up to (partners the file leaves out).
                    lines.append(row("CHN", "M", "W00", code, desc, year, month, int(world_usd * 1.05), int(world_kg * 1.05)))
                    if month == 0 and pk_scale:
                        to_china = int(50_000_000 * pk_scale * 0.9)
                        lines.append(row("PAK", "X", "CHN", code, desc, year, 0, to_china, int(to_china / price * 1000)))
                        lines.append(row("PAK", "X", "W00", code, desc, year, 0, int(to_china * rng.uniform(1.5, 4)), None))
                    out.writerows(lines)


if __name__ == "__main__":
    main()
