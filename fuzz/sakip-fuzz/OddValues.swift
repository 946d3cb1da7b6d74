import SakipCore

/// Values that have broken readers before, or are at the edge of what they take: numbers past the integer and
/// `Decimal` limits, negative and fractional counts, impossible dates, odd spellings, control characters, markup.
enum OddValues {
    static let numbers = [
        "-1", "0", "-0", "1", "2", "1.5", "0.001", "-5", "2019", "2100", "2101", "1999", "99999", "-2147483649",
        "9223372036854775807", "-9223372036854775808", "9223372036854775808", "99999999999999999999",
        "9999999999999999999999999", "999999999999999", "1000000000000000", "10000000000", "10000000001",
        "1e308", "1E+400", "1e-400", "-1e5", "0.0000000000000000000000000000000000001", "1" + String(repeating: "0", count: 300),
        "123456789012345678901234567890.123456789012345678901234567890",
    ]

    static let texts = [
        "", " ", "-", "–", "N/A", "tidak diukur", "0", "100 %", "75,5 %", "74,63 %", "1,100", "1.100", "1,234,5", "1..2", ",5", "5,",
        "99.999.999.999.999.999.999", "Rp -5", "Rp 9999999999999999999999999", "Rp. 1,159,468,000,-", "-Rp 5", "5 %%", "% 5",
        "1e5 %", "NaN", "Infinity", "٣٤", "１２３", "B", "BB", "AA", "WTP", "Z", "2 Laporan", "2 Lap0ran", "2 kali kali",
        "2024-02-30", "2023-02-29", "0000-01-01", "9999-12-31", "2024-13-01", "2024-1-1", "31 April 2024", "29 Februari 2024",
        "17 Jan 2025", "17-01-2025", "1 Agustusan 2024", "32 Januari 2024", "-1 Januari 2024", "99999999999999999999 Januari 2024",
        "076.01.CQ.6709.QGE.001", "076.01.CQ.6709.QGE.001.002", "CQ..6709", "QGE.001", "076", ".", "...", "CQ.6709.6710",
        "\u{0}", "a\u{0}b", "\u{1}\u{2}\u{8}\u{B}\u{C}\u{1F}", "\u{FFFE}\u{FFFF}", "\u{7F}\u{85}\u{9F}", "\u{202E}kiri", "👍🏽",
        "<script>alert(1)</script>", "&amp;&lt;", "\"'", "]]>", "<!DOCTYPE x>", "\t", "\n", "\r\n", ";", "a;b;c",
        String(repeating: "x", count: 5_000), String(repeating: "9", count: 400), String(repeating: "1.", count: 200) + "1",
        "ya", "tidak", "naik", "turun", "tepat target", "persentase", "jumlah", "nilai", "sewa", "milik KPU", "pemilu", "PSU",
    ]

    static let cellReferences = [
        "1", "", "A", "A0", "A-1", "-A1", "ZZZZZZZZZZZZZZZZZZZZ1", "XFD1048576", "XFE1", "XFD1048577", "a1", "Ａ1", "A99999999999999999999",
        "$A$1", "A1:B2", "AAAA1", "A 1", "é1", "Z9", "A1\u{0}",
    ]

    static let rowNumbers = ["0", "-1", "1", "1048576", "1048577", "99999999999999999999", "abc", "", "1.5", "2", "2"]

    static let sharedIndexes = ["-1", "999999", "1.5", "abc", "", "9223372036854775807", "00", " 0 ", "1e2"]

    static let cellNumbers = [
        "1e308", "NaN", "-0", "99999999999999999999999999999", "1E+400", "0x10", "45622", "45622.5", "-45622", "2958465", "2958466",
        "1e30", "", "  ", "1,5", "Infinity",
    ]

    /// An extreme but valid value of the same shape as `text`: a date at an end of the calendar, a measured value at
    /// an edge, the largest amount, a count of ten billion, or free text with control characters and markup appended.
    static func plausible(like text: String, using rng: inout SplitMix) -> String {
        if CalendarDate(iso: text) != nil { return rng.pick(["2000-01-01", "2100-12-31", "0001-01-01", "9999-12-31", "2024-02-29"]) }
        if (try? IndonesianDate.parse(text)) != nil { return rng.pick(["1 Januari 2000", "31 Desember 2100", "29 Februari 2024"]) }
        if !text.isEmpty, text.allSatisfy({ ("0"..."9").contains($0) || $0 == "." }) {
            return rng.pick(["0", "1", "10.000.000.000", "10000000000", "999.999.999.999.999"])
        }
        if (try? MeasureValue.parse(text)) != nil {
            return rng.pick(["0 %", "100 %", "999999999999999 %", "0,00000000000000000001 %", "-", "N/A", "AA", "D", "WTP", "TMP",
                             "0", "999999999999999 Laporan", "-5 %", "-999999999999999", "0,5", "1.000.000 kali"])
        }
        if (try? IndonesianNumber.parseMoney(text)) != nil { return rng.pick(["Rp 0", "Rp 999.999.999.999.999", "0", "0,01"]) }
        guard text.count > 15, text.contains(" ") else { return text }
        return text + rng.pick(["\u{0}", "\u{1}\u{1F}", "<b>&amp;</b>", "\u{202E}", "👍🏽", String(repeating: "panjang ", count: 500), "\n\n"])
    }
}
