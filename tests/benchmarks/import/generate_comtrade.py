#!/usr/bin/env python3
"""Writes a synthetic UN Comtrade+ CSV export of N rows for the import benchmark.

The values are random and not real trade figures. Every row is a distinct figure (reporter, flow, partner, month,
HS code), descriptions carry quotes and commas as Comtrade's do, and one row in fifty is a re-export (skipped).
Usage: generate_comtrade.py ROWS OUTPUT.csv
"""
import csv
import random
import sys

HEADER = ("typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,"
          "partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,classificationCode,classificationSearchCode,"
          "isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,"
          "qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,"
          "isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate").split(",")

REPORTERS = [(156, "CHN", "China"), (586, "PAK", "Pakistan")]
PARTNERS = [(0, "W00", "World"), (156, "CHN", "China"), (586, "PAK", "Pakistan"), (699, "IND", "India"), (842, "USA", "USA"),
            (276, "DEU", "Germany"), (392, "JPN", "Japan"), (784, "ARE", "United Arab Emirates")]


def main() -> None:
    rows, path = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(42)
    codes = [f"{chapter:02d}{heading:02d}{sub:02d}" for chapter in range(25, 82) for heading in range(1, 10) for sub in (10, 90)]
    written = 0
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, lineterminator="\r\n")
        out.writerow(HEADER)
        for code in codes:
            for year in range(2015, 2026):
                for month in range(1, 13):
                    for reporter in REPORTERS:
                        for partner in PARTNERS:
                            if partner[0] == reporter[0]:
                                continue
                            for flow in ("X", "M"):
                                if written == rows:
                                    return
                                flow_code = "RX" if rng.random() < 0.02 else flow
                                period = f"{year}{month:02d}"
                                weight = rng.choice([0, -1, round(rng.uniform(1, 5e6), 1)])
                                value = round(rng.uniform(100, 5e7), 2)
                                row = {
                                    "typeCode": "C", "freqCode": "M", "refPeriodId": f"{period}01", "refYear": year, "refMonth": month,
                                    "period": period, "reporterCode": reporter[0], "reporterISO": reporter[1], "reporterDesc": reporter[2],
                                    "flowCode": flow_code, "flowDesc": {"X": "Export", "M": "Import", "RX": "Re-export"}[flow_code],
                                    "partnerCode": partner[0], "partnerISO": partner[1], "partnerDesc": partner[2], "partner2Code": 0,
                                    "partner2ISO": "W00", "partner2Desc": "World", "classificationCode": "H6", "classificationSearchCode": "HS",
                                    "isOriginalClassification": "True", "cmdCode": code,
                                    "cmdDesc": f'Synthetic goods {code}, "grade {code[-2:]}", n.e.c.', "aggrLevel": 6, "isLeaf": "True",
                                    "customsCode": "C00", "customsDesc": "TOTAL CPC", "mosCode": 0, "motCode": 0, "motDesc": "TOTAL MOT",
                                    "qtyUnitCode": 8, "qtyUnitAbbr": "kg", "qty": weight, "isQtyEstimated": "False", "altQtyUnitCode": -1,
                                    "altQtyUnitAbbr": "N/A", "altQty": 0, "isAltQtyEstimated": "False", "netWgt": weight,
                                    "isNetWgtEstimated": "False", "grossWgt": 0, "isGrossWgtEstimated": "False", "cifvalue": "",
                                    "fobvalue": value, "primaryValue": value, "legacyEstimationFlag": 0, "isReported": "True",
                                    "isAggregate": "False",
                                }
                                out.writerow([row[h] for h in HEADER])
                                written += 1
    if written < rows:
        sys.exit(f"only {written} distinct rows can be generated")


if __name__ == "__main__":
    main()
