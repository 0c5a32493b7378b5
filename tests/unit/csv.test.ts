import { describe, expect, it } from "vitest";
import {
  csvDialect,
  csvFileName,
  formatCsvNumber,
  toCsv,
} from "@/lib/teach/csv";

/** A minimal RFC 4180 parser (quoted fields, doubled quotes, CRLF records) to read our output back. */
function parseCsv(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i++;
      } else {
        field += ch;
        i++;
      }
    } else if (ch === '"') {
      quoted = true;
      i++;
    } else if (ch === delimiter) {
      record.push(field);
      field = "";
      i++;
    } else if (ch === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i += 2;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

const withoutBom = (csv: string) => csv.slice(1);

describe("toCsv", () => {
  it("starts with a UTF-8 BOM and keeps umlauts byte-exact", () => {
    const csv = toCsv(["Name", "Straße"], [["Müller", "Größe"]], "de");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const bytes = Buffer.from(csv, "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // "Müller" = 4D C3 BC 6C 6C 65 72; "ß" = C3 9F.
    expect(
      bytes.includes(Buffer.from([0x4d, 0xc3, 0xbc, 0x6c, 0x6c, 0x65, 0x72])),
    ).toBe(true);
    expect(
      bytes.includes(Buffer.from([0x53, 0x74, 0x72, 0x61, 0xc3, 0x9f, 0x65])),
    ).toBe(true);
    expect(withoutBom(csv)).toBe("Name;Straße\r\nMüller;Größe\r\n");
  });

  it("uses ; and the decimal comma for German, , and the decimal point for English", () => {
    expect(csvDialect("de")).toEqual({ delimiter: ";", decimal: "," });
    expect(csvDialect("en")).toEqual({ delimiter: ",", decimal: "." });
    expect(
      withoutBom(
        toCsv(
          ["a", "b", "c"],
          [[1.5, 2, formatCsvNumber(3.25, "de", 2)]],
          "de",
        ),
      ),
    ).toBe("a;b;c\r\n1,5;2;3,25\r\n");
    expect(
      withoutBom(
        toCsv(
          ["a", "b", "c"],
          [[1.5, 2, formatCsvNumber(3.25, "en", 2)]],
          "en",
        ),
      ),
    ).toBe("a,b,c\r\n1.5,2,3.25\r\n");
  });

  it("writes null/undefined as empty fields and booleans as 1/0", () => {
    expect(
      withoutBom(
        toCsv(["a", "b", "c", "d"], [[null, undefined, true, false]], "en"),
      ),
    ).toBe("a,b,c,d\r\n,,1,0\r\n");
  });

  it("quotes fields holding the delimiter, quotes or line breaks and round-trips them", () => {
    const tricky = 'Er sagte: "Ja; nein",\r\nund dann\nnichts';
    const csv = toCsv(
      ["Frage", "Antwort"],
      [
        ["Q1", tricky],
        ["Q2", "a;b"],
        ["Q3", "cr\ronly"],
      ],
      "de",
    );
    expect(withoutBom(csv)).toBe(
      "Frage;Antwort\r\n" +
        'Q1;"Er sagte: ""Ja; nein"",\r\nund dann\nnichts"\r\n' +
        'Q2;"a;b"\r\n' +
        'Q3;"cr\ronly"\r\n',
    );
    expect(parseCsv(withoutBom(csv), ";")).toEqual([
      ["Frage", "Antwort"],
      ["Q1", tricky],
      ["Q2", "a;b"],
      ["Q3", "cr\ronly"],
    ]);
    // English: the comma is the delimiter now, the semicolon is plain text.
    const en = toCsv(["x"], [["a,b"], ["c;d"]], "en");
    expect(withoutBom(en)).toBe('x\r\n"a,b"\r\nc;d\r\n');
  });

  it("defuses formula injection in string cells but leaves numbers alone", () => {
    const row = [
      '=HYPERLINK("http://evil.example","klick")',
      "+1",
      "-1",
      "@SUM(A1:A2)",
      "\tx",
      -1,
      "harmless",
      -2.5,
    ];
    const csv = toCsv(["a", "b", "c", "d", "e", "f", "g", "h"], [row], "de");
    const [, parsed] = parseCsv(withoutBom(csv), ";");
    expect(parsed).toEqual([
      '\'=HYPERLINK("http://evil.example","klick")',
      "'+1",
      "'-1",
      "'@SUM(A1:A2)",
      "'\tx",
      "-1",
      "harmless",
      "-2,5",
    ]);
    expect(withoutBom(csv).split("\r\n")[1]).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""klick"")";\'+1;\'-1;\'@SUM(A1:A2);\'\tx;-1;harmless;-2,5',
    );
  });

  it("defuses a header cell as well", () => {
    expect(withoutBom(toCsv(["=1+1"], [], "en"))).toBe("'=1+1\r\n");
  });
});

describe("formatCsvNumber", () => {
  it("formats with fixed digits, the locale separator and no thousands separator", () => {
    expect(formatCsvNumber(1234567.891, "de")).toBe("1234567,9");
    expect(formatCsvNumber(1234567.891, "en")).toBe("1234567.9");
    expect(formatCsvNumber(2, "de", 2)).toBe("2,00");
    expect(formatCsvNumber(57.735, "en", 0)).toBe("58");
    expect(formatCsvNumber(-12.34, "de")).toBe("-12,3");
    expect(formatCsvNumber(-0.04, "de")).toBe("0,0");
    expect(formatCsvNumber(null, "de")).toBe("");
    expect(formatCsvNumber(Number.NaN, "en")).toBe("");
  });
});

describe("csvFileName", () => {
  it("builds a safe ASCII name", () => {
    expect(csvFileName("Klasse 7b – Übung", "Noten")).toBe(
      "klasse-7b-uebung_noten.csv",
    );
    expect(csvFileName(["Klasse 7b – Übung", "Noten"])).toBe(
      "klasse-7b-uebung_noten.csv",
    );
    expect(csvFileName(["Größe ÄÖÜ ẞ", "Café/..\\etc"])).toBe(
      "groesse-aeoeue-ss_cafe-etc.csv",
    );
  });

  it("never returns an empty name", () => {
    expect(csvFileName([])).toBe("export.csv");
    expect(csvFileName(["–––", "  "])).toBe("export.csv");
    expect(csvFileName(["", "Noten"])).toBe("noten.csv");
  });
});
