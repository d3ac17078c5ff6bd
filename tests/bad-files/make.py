#!/usr/bin/env python3
"""Writes the bad-files corpus: files an import must reject, each with the line, column and reason expected.

Run from anywhere: python3 tests/bad-files/make.py. It rewrites native/, comtrade/ and expected.csv beside it; the
files are committed, so the test reads fixed bytes. Every figure in them is made up. See README.md.
"""
import csv
import gzip
import io
import os
import random
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))

NATIVE_HEADER = ["reporter", "exporter", "importer", "period_start", "period_end", "hs_code", "product", "value_usd",
                 "qualifier", "source_publisher", "source_date", "source_url", "note"]


def native_rows():
    return [
        dict(zip(NATIVE_HEADER, ["CN-GACC", "PK", "CN", "2030-01", "2030-12", "2603", "Copper ores and concentrates",
                                 "1500000", "exact", "Test Customs Review", "2031-01-15", "https://example.test/a", "made up"])),
        dict(zip(NATIVE_HEADER, ["PK-SBP", "PK", "WORLD", "2030-01", "2030-06", "74", "Copper and articles thereof",
                                 "2500000.5", "at_least", "Test Bank Bulletin", "2030-08-01", "https://example.test/b", "made up"])),
        dict(zip(NATIVE_HEADER, ["unstated", "PK", "CN", "2030-07", "2031-06", "2608", "Zinc ores and concentrates",
                                 "", "named_without_value", "Test Weekly", "", "", ""])),
    ]


COMTRADE_HEADER = ("typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,"
                   "flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,classificationCode,"
                   "classificationSearchCode,isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,"
                   "mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,"
                   "isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,"
                   "legacyEstimationFlag,isReported,isAggregate").split(",")


def comtrade_row(year="2030", value="1234.5", cmd="2603", desc="Copper ores and concentrates", flow="M", freq="A"):
    row = {h: "" for h in COMTRADE_HEADER}
    row.update(typeCode="C", freqCode=freq, refYear=year[:4], refMonth="52", period=year, reporterCode="156",
               reporterISO="CHN", reporterDesc="China", flowCode=flow, flowDesc="Import", partnerCode="586",
               partnerISO="PAK", partnerDesc="Pakistan", partner2Code="0", partner2ISO="W00", partner2Desc="World",
               classificationCode="H6", cmdCode=cmd, cmdDesc=desc, customsCode="C00", motCode="0", qtyUnitAbbr="kg",
               qty="", netWgt="500", primaryValue=value, isReported="True")
    return row


def comtrade_rows():
    return [comtrade_row("2030"), comtrade_row("2031", "1500.25"), comtrade_row("2032", "99", "2608", "Zinc ores")]


def to_csv(header, rows):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow([r[h] for h in header])
    return out.getvalue().encode("utf-8")


expected = []


def write(folder, name, data, line, column, reason):
    path = os.path.join(HERE, folder, name)
    if name.endswith(".gz"):
        data = gzip.compress(data, mtime=0)
    with open(path, "wb") as f:
        f.write(data)
    expected.append([f"{folder}/{name}", line, column or "", reason])


def native(name, line, column, reason, change=None, data=None, ext=".csv"):
    if data is None:
        rows = native_rows()
        change(rows)
        data = to_csv(NATIVE_HEADER, rows)
    write("native", name + ext, data, line, column, reason)


def comtrade(name, line, column, reason, change=None, data=None):
    if data is None:
        rows = comtrade_rows()
        change(rows)
        data = to_csv(COMTRADE_HEADER, rows)
    write("comtrade", name + ".csv", data, line, column, reason)


def setter(index, column, value):
    def change(rows):
        rows[index][column] = value
    return change


NOT_A_NUMBER = "is not a number: digits with an optional '.' fraction"
GOOD_NATIVE = to_csv(NATIVE_HEADER, native_rows())
GOOD_COMTRADE = to_csv(COMTRADE_HEADER, comtrade_rows())


def main():
    for folder in ("native", "comtrade"):
        shutil.rmtree(os.path.join(HERE, folder), ignore_errors=True)
        os.makedirs(os.path.join(HERE, folder))

    # Numbers: one rule, digits with an optional '.' fraction (decision 0040).
    for name, text in [("decimal-comma", "1,5"), ("thousands-separator", "1,234"), ("commas-everywhere", "1,2,3,4"),
                       ("exponent", "1e5"), ("nan", "NaN"), ("infinity", "Infinity"), ("minus-infinity", "-Infinity"),
                       ("plus-sign", "+5"), ("leading-point", ".5"), ("trailing-point", "5."), ("space-inside", "1 000"),
                       ("currency-sign", "$100"), ("hexadecimal", "0x10"), ("arabic-indic-digits", "١٢٣"),
                       ("fullwidth-digits", "１２３"), ("two-points", "1.2.3"), ("percent", "12%"), ("word", "lots")]:
        native(f"value-{name}", 3, "value_usd", NOT_A_NUMBER, setter(1, "value_usd", text))
    native("value-16-significant-digits", 3, "value_usd", "more than 15 significant digits or decimals", setter(1, "value_usd", "1234567890.123456"))
    native("value-huge", 3, "value_usd", "beyond any trade figure", setter(1, "value_usd", "1" + "0" * 40))
    native("value-above-ten-to-the-fifteen", 3, "value_usd", "beyond any trade figure", setter(1, "value_usd", "2000000000000000"))
    native("value-negative", 3, "value_usd", "is negative", setter(1, "value_usd", "-5"))

    def with_quantity(value, unit="kg"):
        def change(rows):
            for r in rows:
                r["quantity"], r["quantity_unit"] = "", ""
            rows[0]["quantity"], rows[0]["quantity_unit"] = value, unit
        return change
    header_q = NATIVE_HEADER + ["quantity", "quantity_unit"]
    for name, text, reason in [("decimal-comma", "1,5", NOT_A_NUMBER), ("nan", "NaN", NOT_A_NUMBER),
                               ("negative", "-1", "is negative"), ("exponent", "2E3", NOT_A_NUMBER)]:
        rows = native_rows()
        with_quantity(text)(rows)
        native(f"quantity-{name}", 2, "quantity", reason, data=to_csv(header_q, rows))

    # Periods and dates.
    for name, column, text, reason in [
            ("period-month-13", "period_start", "2030-13", "is not a month as YYYY-MM"),
            ("period-month-0", "period_start", "2030-00", "is not a month as YYYY-MM"),
            ("period-year-1899", "period_start", "1899-01", "is not a month as YYYY-MM"),
            ("period-year-2101", "period_end", "2101-12", "is not a month as YYYY-MM"),
            ("period-one-digit-month", "period_start", "2030-1", "is not a month as YYYY-MM"),
            ("period-slash", "period_start", "2030/01", "is not a month as YYYY-MM"),
            ("period-empty-end", "period_end", "", "is not a month as YYYY-MM"),
            ("period-with-day", "period_start", "2030-01-01", "is not a month as YYYY-MM"),
            ("period-end-before-start", "period_end", "2029-12", "is before period_start"),
            ("source-date-month-13", "source_date", "2030-13-01", "is not a date as YYYY-MM-DD"),
            ("source-date-february-30", "source_date", "2030-02-30", "is not a date as YYYY-MM-DD"),
            ("source-date-day-first", "source_date", "01/02/2030", "is not a date as YYYY-MM-DD"),
            ("source-date-five-digit-year", "source_date", "20300-01-01", "is not a date as YYYY-MM-DD"),
            ("source-date-with-time", "source_date", "2030-01-01T00:00:00", "is not a date as YYYY-MM-DD")]:
        native(name, 3, column, reason, setter(1, column, text))

    # Codes, words and sources.
    for name, column, text, reason in [
            ("hs-code-letters", "hs_code", "ABCD", "is not an HS code"),
            ("hs-code-one-digit", "hs_code", "7", "is not an HS code"),
            ("hs-code-eleven-digits", "hs_code", "26030000001", "is not an HS code"),
            ("reporter-with-space", "reporter", "PK SBP", "is not a reporter code"),
            ("reporter-too-long", "reporter", "R" * 33, "is not a reporter code"),
            ("reporter-html", "reporter", "<b>PK</b>", "is not a reporter code"),
            ("exporter-three-letters", "exporter", "PAK", "is not an ISO 3166 alpha-2 code"),
            ("importer-empty", "importer", "", "is not an ISO 3166 alpha-2 code"),
            ("qualifier-unknown", "qualifier", "maybe", "is not one of"),
            ("qualifier-empty", "qualifier", "", "is not one of"),
            ("product-empty", "product", "", "is empty"),
            ("product-spaces", "product", "   ", "is empty"),
            ("source-publisher-empty", "source_publisher", "", "every figure needs its source"),
            ("source-url-javascript", "source_url", "javascript:alert(1)", "is not an http or https address"),
            ("source-url-ftp", "source_url", "ftp://example.test/a", "is not an http or https address"),
            ("source-url-relative", "source_url", "/a/b", "is not an http or https address"),
            ("source-url-data", "source_url", "data:text/html,<script>alert(1)</script>", "is not an http or https address")]:
        native(name, 3, column, reason, setter(1, column, text))
    native("value-on-named-without-value", 4, "value_usd", "must be empty for a product named without a value", setter(2, "value_usd", "5"))
    native("exact-without-value", 3, "value_usd", "is empty, which only a 'named_without_value'", setter(1, "value_usd", ""))
    rows = native_rows()
    rows[0]["source_kind"], rows[1]["source_kind"], rows[2]["source_kind"] = "press", "blog", "dataset"
    native("source-kind-unknown", 3, "source_kind", "is not one of", data=to_csv(NATIVE_HEADER + ["source_kind"], rows))

    # The same figure twice (same reporter, flow, period, HS code and source).
    native("duplicate-row", 5, None, "the same figure as line 2", lambda r: r.append(dict(r[0])))
    native("duplicate-with-another-value", 5, None, "the same figure as line 2", lambda r: r.append(dict(r[0], value_usd="7")))
    native("duplicate-reporter-case", 5, None, "the same figure as line 2", lambda r: r.append(dict(r[0], reporter="cn-gacc")))

    # Text: control characters (decision 0040), each in another column.
    for name, column, text in [("nul-in-product", "product", "Copper\x00ores"), ("tab-in-note", "note", "made\tup"),
                               ("escape-in-publisher", "source_publisher", "Test \x1b[31mBulletin"),
                               ("c1-control-in-note", "note", "made\x85up"), ("delete-in-product", "product", "Copper\x7fores"),
                               ("line-break-in-product", "product", "Copper\nores"),
                               ("bell-in-url-note", "note", "ring\x07")]:
        native(name, 3, column, "holds a control character", setter(1, column, text))

    # A bare CR ends a line for the CSV reader, even between quotes: the record falls apart on the next line.
    native("carriage-return-in-note", 4, None, "the number of fields differs", setter(1, "note", "made\rup"))

    # Encoding: bytes that are not UTF-8 (decision 0040).
    good = GOOD_NATIVE.decode("utf-8")
    lines = good.split("\n")
    def with_line3(raw):
        return ("\n".join(lines[:2]) + "\n").encode() + raw + ("\n" + "\n".join(lines[3:])).encode()
    native("latin-1-accent", 3, None, "is not UTF-8", data=with_line3(lines[2].replace("Copper and", "Cuivre é and").encode("latin-1")))
    native("windows-1252-quotes", 3, None, "is not UTF-8", data=with_line3(lines[2].replace("made up", "\u201cmade up\u201d").encode("cp1252")))
    native("overlong-encoding", 3, None, "is not UTF-8", data=with_line3(lines[2].encode().replace(b"Copper", b"Copper\xc0\xaf")))
    native("encoded-surrogate", 3, None, "is not UTF-8", data=with_line3(lines[2].encode().replace(b"Copper", b"Copper\xed\xa0\x80")))
    native("truncated-sequence-at-end", 4, None, "is not UTF-8", data=GOOD_NATIVE.rstrip(b"\n") + b"\xe2\x82")
    native("lone-continuation-byte", 2, None, "is not UTF-8", data=GOOD_NATIVE.replace(b"Copper ores", b"Copper \x80ores"))

    # Shape: header, fields, quotes, truncation.
    native("header-only", 2, None, "the file has a header and no rows", data=good.split("\n")[0].encode() + b"\n")
    native("header-only-with-bom", 2, None, "the file has a header and no rows", data=b"\xef\xbb\xbf" + good.split("\n")[0].encode() + b"\r\n")
    native("empty", 1, None, "the file is empty", data=b"")
    native("only-a-byte-order-mark", 1, None, "the file is empty", data=b"\xef\xbb\xbf")
    native("only-blank-lines", 1, None, "the file is empty", data=b"\n\n\n")
    native("missing-value-column", 1, "value_usd", "required column is missing", data=GOOD_NATIVE.replace(b",value_usd,", b",value,"))
    native("missing-source-publisher-column", 1, "source_publisher", "required column is missing", data=GOOD_NATIVE.replace(b"source_publisher", b"publisher"))
    native("duplicated-product-column", 1, "product", "appears 2 times in the header",
           data=to_csv(NATIVE_HEADER + ["product"], [dict(r, **{"product": r["product"]}) for r in native_rows()]).replace(b"\n", b"\n", 1))
    native("duplicated-column-other-case", 1, "value_usd", "appears 2 times in the header",
           data=good.split("\n")[0].encode() + b",VALUE_USD\n" + b"\n".join(l.encode() + b",1" for l in good.split("\n")[1:4]) + b"\n")
    native("unknown-header", 1, None, "the header is neither", data=b"country,year,value\nPakistan,2030,1\n")
    native("semicolon-separated", 1, None, "the header is neither", data=good.replace(",", ";").encode())
    native("tab-separated", 1, None, "the header is neither", data=good.replace(",", "\t").encode())
    native("extra-field", 3, None, "the number of fields differs", data=good.replace("made up\n", "made up,extra\n", 2).replace("made up,extra\n", "made up\n", 1).encode())
    native("missing-field", 3, None, "the number of fields differs", data="\n".join(lines[:2] + [lines[2].rsplit(",", 1)[0]] + lines[3:]).encode())
    native("truncated-last-line", 4, None, "the number of fields differs", data=GOOD_NATIVE[:GOOD_NATIVE.rstrip(b"\n").rfind(b"\n") + 30])
    native("unterminated-quote", 3, None, "a quoted field is never closed", data=good.replace("Copper and articles thereof", '"Copper and articles thereof').encode())
    native("stray-quote", 3, None, "a quote inside an unquoted field", data=good.replace("Copper and articles", 'Copper "and" articles').encode())
    native("text-after-closing-quote", 3, None, "text after the closing quote", data=good.replace("Copper and articles thereof", '"Copper and" articles thereof').encode())

    # Not CSV at all.
    native("png", 1, None, "", data=bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]))
    native("gzip", 1, None, "", data=gzip.compress(GOOD_NATIVE, mtime=0))
    native("zip-signature", 2, None, "is not UTF-8", data=b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(0, 200)))
    native("random-bytes", 1, None, "", data=random.Random(20261128).randbytes(4096))
    native("json", 1, None, "not a CSV file", data=b'{"figures": [{"value": 1}]}')
    native("html", 1, None, "the header is neither", data=b"<html><body><img src=x onerror=alert(1)></body></html>\n")
    native("utf-16-without-byte-order-mark", 1, None, "", data=good.encode("utf-16-le"))

    # Bombs: small on disk, large once decompressed and posted (the test posts the decompressed bytes).
    native("huge-line", 3, None, "cannot be read", ext=".csv.gz", data=good.split("\n")[0].encode() + b"\n" + lines[1].encode() + b"\n"
           + lines[2].replace("made up", "x" * (8 << 20)).encode() + b"\n")
    native("many-columns", 1, None, "longer than MaxRecordSize", ext=".csv.gz",
           data=(",".join(NATIVE_HEADER) + ",x" * 600_000).encode() + b"\n")

    # UN Comtrade+ files.
    for name, text in [("decimal-comma", "1,5"), ("european", "1.234,5"), ("thousands-separator", "1,234"),
                       ("exponent", "1e5"), ("nan", "NaN"), ("infinity", "Infinity"), ("word", "n/a"), ("plus-sign", "+7")]:
        comtrade(f"primary-value-{name}", 3, "primaryValue", NOT_A_NUMBER, setter(1, "primaryValue", text))
    comtrade("primary-value-negative", 3, "primaryValue", "is negative", setter(1, "primaryValue", "-3"))
    comtrade("primary-value-empty", 3, "primaryValue", "is empty", setter(1, "primaryValue", ""))
    comtrade("primary-value-huge", 3, "primaryValue", "beyond any trade figure", setter(1, "primaryValue", "9" * 40))
    comtrade("primary-value-above-ten-to-the-fifteen", 3, "primaryValue", "beyond any trade figure", setter(1, "primaryValue", "5000000000000000"))
    comtrade("primary-value-17-digits", 3, "primaryValue", "more than 15 significant digits or decimals", setter(1, "primaryValue", "0.30000000000000004"))
    comtrade("net-weight-word", 3, "netWgt", NOT_A_NUMBER, setter(1, "netWgt", "abc"))
    comtrade("net-weight-nan", 3, "netWgt", NOT_A_NUMBER, setter(1, "netWgt", "NaN"))
    comtrade("quantity-decimal-comma", 3, "qty", NOT_A_NUMBER, setter(1, "qty", "1,5"))
    for name, column, text, reason in [
            ("frequency-quarterly", "freqCode", "Q", "is neither A (annual) nor M (monthly)"),
            ("frequency-empty", "freqCode", "", "is neither A (annual) nor M (monthly)"),
            ("period-iso-month", "period", "2031-03", "is not a year as YYYY"),
            ("period-two-digits", "period", "31", "is not a year as YYYY"),
            ("period-year-1899", "period", "1899", "is not a year as YYYY"),
            ("period-year-2101", "period", "2101", "is not a year as YYYY"),
            ("flow-unknown", "flowCode", "Q", "is not a UN Comtrade+ flow code"),
            ("flow-empty", "flowCode", "", "is not a UN Comtrade+ flow code"),
            ("commodity-letters", "cmdCode", "ABCD", "is not an HS code"),
            ("commodity-empty", "cmdCode", "", "is not an HS code"),
            ("reporter-empty", "reporterISO", "", "is empty")]:
        comtrade(name, 3, column, reason, setter(1, column, text))
    def monthly(period):
        def change(rows):
            rows[1]["freqCode"], rows[1]["period"] = "M", period
        return change
    comtrade("monthly-month-13", 3, "period", "is not a month as YYYYMM", monthly("203113"))
    comtrade("monthly-five-digits", 3, "period", "is not a month as YYYYMM", monthly("20313"))
    comtrade("monthly-year-only", 3, "period", "is not a month as YYYYMM", monthly("2031"))
    def partner_empty(rows):
        rows[1]["partnerISO"], rows[1]["partnerCode"] = "", "586"
    comtrade("partner-empty", 3, "partnerISO", "is empty", partner_empty)
    comtrade("duplicate-row", 5, None, "the same figure as line 2", lambda r: r.append(dict(r[0])))
    comtrade("duplicate-with-another-value", 5, None, "the same figure as line 3", lambda r: r.append(dict(r[1], primaryValue="1")))
    for name, column, text in [("nul-in-description", "cmdDesc", "Copper\x00ores"), ("escape-in-reporter-name", "reporterDesc", "Chi\x1bna"),
                               ("line-break-in-description", "cmdDesc", "Copper\nores"), ("tab-in-unit", "qtyUnitAbbr", "k\tg"),
                               ("control-in-unread-column", "motDesc", "sea\x01"), ("c1-control-in-description", "cmdDesc", "Copper\x9bores")]:
        comtrade(name, 3, column, "holds a control character", setter(1, column, text))
    ctext = GOOD_COMTRADE.decode()
    clines = ctext.split("\n")
    comtrade("latin-1-description", 3, None, "is not UTF-8",
             data=("\n".join(clines[:2]) + "\n").encode() + clines[2].replace("Copper ores", "Minérai de cuivre").encode("latin-1") + ("\n" + "\n".join(clines[3:])).encode())
    comtrade("header-only", 2, None, "the file has a header and no rows", data=clines[0].encode() + b"\n")
    comtrade("missing-primary-value-column", 1, "primaryValue", "required column is missing", data=GOOD_COMTRADE.replace(b",primaryValue,", b",value,"))
    comtrade("missing-period-column", 1, "period", "required column is missing", data=GOOD_COMTRADE.replace(b",period,", b",periodX,"))
    comtrade("duplicated-primary-value-column", 1, "primaryValue", "appears 2 times in the header",
             data=GOOD_COMTRADE.replace(b"cifvalue,fobvalue,primaryValue", b"cifvalue,primaryValue,primaryValue"))
    comtrade("twenty-columns", 1, None, "the header is neither",
             data=b"\n".join(b",".join(l.split(b",")[:20]) for l in GOOD_COMTRADE.split(b"\n")))
    comtrade("extra-field", 3, None, "the number of fields differs", data="\n".join(clines[:2] + [clines[2] + ",extra"] + clines[3:]).encode())
    comtrade("missing-field", 3, None, "the number of fields differs", data="\n".join(clines[:2] + [clines[2].rsplit(",", 1)[0]] + clines[3:]).encode())
    comtrade("truncated-last-line", 4, None, "the number of fields differs", data=GOOD_COMTRADE[:GOOD_COMTRADE.rstrip(b"\n").rfind(b"\n") + 60])
    comtrade("unterminated-quote", 3, None, "a quoted field is never closed", data=ctext.replace("Copper ores and concentrates", '"Copper ores', 2).replace('"Copper ores', "Copper ores and concentrates", 1).encode())
    comtrade("semicolon-separated", 1, None, "the header is neither", data=ctext.replace(",", ";").encode())
    comtrade("tab-separated", 1, None, "the header is neither", data=ctext.replace(",", "\t").encode())

    with open(os.path.join(HERE, "expected.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "line", "column", "reason"])
        w.writerows(expected)
    print(f"{len(expected)} files")


if __name__ == "__main__":
    main()
