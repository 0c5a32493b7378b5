import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  formatOfFileName,
  ImportError,
  importFile,
  importText,
  stripFootnoteMarker,
} from "@/lib/studio/import-text";

const fixture = (name: string) =>
  readFileSync(
    path.join(process.cwd(), "tests", "unit", "studio", "fixtures", name),
  );

describe("importing plain text", () => {
  it("takes the first line as the title when it reads as a heading", () => {
    expect(
      importText(
        "Kims Truppen in Kursk\n\nKim reiste nach Moskau. Dort sprach er lange.\n\nHintergrund\n\nWarum? Niemand weiß es.",
        "txt",
      ),
    ).toEqual({
      title: "Kims Truppen in Kursk",
      blocks: [
        {
          kind: "paragraph",
          text: "Kim reiste nach Moskau. Dort sprach er lange.",
        },
        { kind: "heading", text: "Hintergrund" },
        { kind: "paragraph", text: "Warum? Niemand weiß es." },
      ],
    });
  });

  it("has no title when the text opens with a paragraph", () => {
    const imported = importText("Kim reiste ab.\n\nEr kam zurück.", "txt");
    expect(imported.title).toBeNull();
    expect(imported.blocks).toHaveLength(2);
  });

  it("separates paragraphs by blank lines and joins the wrapped lines of one paragraph", () => {
    const imported = importText(
      "Titel\n\nDer erste Absatz ist\nauf zwei Zeilen umbrochen.\n\n\n  Der zweite Absatz.  \n",
      "txt",
    );
    expect(imported.blocks).toEqual([
      {
        kind: "paragraph",
        text: "Der erste Absatz ist auf zwei Zeilen umbrochen.",
      },
      { kind: "paragraph", text: "Der zweite Absatz." },
    ]);
  });

  it("reads a text without blank lines as one paragraph per line", () => {
    const imported = importText(
      "Erster Absatz.\nHintergrund der militärischen Zusammenarbeit\nZweiter Absatz.",
      "txt",
    );
    expect(imported.blocks.map((b) => b.kind)).toEqual([
      "paragraph",
      "heading",
      "paragraph",
    ]);
  });

  it("keeps a wrapped unpunctuated paragraph and a long unpunctuated line as paragraphs", () => {
    const long = `Ein langer Absatz ohne Schlusspunkt, ${"der immer weiter geht und weiter, ".repeat(5)}bis er aufhört`;
    const imported = importText(
      `Titel\n\nZwei Zeilen\nohne Punkt\n\n${long}`,
      "txt",
    );
    expect(imported.blocks).toEqual([
      { kind: "paragraph", text: "Zwei Zeilen ohne Punkt" },
      { kind: "paragraph", text: long },
    ]);
  });

  it("ignores a byte-order mark, Windows line endings and surrounding spaces", () => {
    expect(
      importText("\uFEFF  Erster Satz.  \r\n\r\n\r\nZweiter Satz.\r\n", "txt")
        .blocks,
    ).toEqual([
      { kind: "paragraph", text: "Erster Satz." },
      { kind: "paragraph", text: "Zweiter Satz." },
    ]);
  });

  it("keeps no-break spaces (50 %, z. B.) and makes other runs of space one space", () => {
    expect(
      importText("Es sind\t50\u00A0%,  z.\u00A0B. hier.", "txt").blocks[0]
        ?.text,
    ).toBe("Es sind 50\u00A0%, z.\u00A0B. hier.");
  });

  it("removes a reference marker glued to the end of a paragraph", () => {
    expect(
      importText("Einige befürchten, dass eine Eskalation droht.2", "txt")
        .blocks[0]?.text,
    ).toBe("Einige befürchten, dass eine Eskalation droht.");
  });

  it("refuses a text without words", () => {
    expect(() => importText(" \n\n \n", "txt")).toThrow(ImportError);
    try {
      importText("", "txt");
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).problem).toBe("empty");
    }
  });
});

describe("stripFootnoteMarker", () => {
  it("removes digits glued to the final punctuation, also after a closing quote or as superscript", () => {
    expect(stripFootnoteMarker("Das droht.2")).toBe("Das droht.");
    expect(stripFootnoteMarker("Er sagte „nein“.12")).toBe("Er sagte „nein“.");
    expect(stripFootnoteMarker("So sei es!³")).toBe("So sei es!");
  });

  it("leaves numbers at the end of a paragraph alone", () => {
    expect(stripFootnoteMarker("Es waren 10.000")).toBe("Es waren 10.000");
    expect(stripFootnoteMarker("Das war Version 2.0")).toBe(
      "Das war Version 2.0",
    );
    expect(stripFootnoteMarker("Das Ende.")).toBe("Das Ende.");
  });
});

describe("importing Markdown", () => {
  it("takes headings and paragraphs, strips the markup and takes # as the title", () => {
    const markdown = [
      "# Nordkoreas *Soldaten*",
      "",
      "Kim Jong-un hat **erneut** Truppen",
      "entsandt, sagt [die Agentur](https://example.org).",
      "",
      "## Hintergrund",
      "",
      "- Erster Punkt mit `Code`.",
      "- Zweiter Punkt.",
      "",
      "> Ein Zitat.",
      "",
      "```",
      "kein Artikeltext",
      "```",
      "",
      "![Bild](bild.png)",
    ].join("\n");
    expect(importText(markdown, "md")).toEqual({
      title: "Nordkoreas Soldaten",
      blocks: [
        {
          kind: "paragraph",
          text: "Kim Jong-un hat erneut Truppen entsandt, sagt die Agentur.",
        },
        { kind: "heading", text: "Hintergrund" },
        { kind: "paragraph", text: "Erster Punkt mit Code." },
        { kind: "paragraph", text: "Zweiter Punkt." },
        { kind: "paragraph", text: "Ein Zitat." },
      ],
    });
  });
});

describe("importing HTML", () => {
  it("reads the article of a web page: headings, paragraphs, entities, no navigation or scripts", () => {
    const html = `<!doctype html><html><head><title>Seite | Zeitung</title><script>var x = 1;</script></head>
      <body><nav><a href="/">Start</a></nav>
      <article><h1>Nordkoreas Soldaten</h1>
      <p>Kim Jong-un hat am 3.&nbsp;Oktober <em>erneut</em> Truppen<br>entsandt.<sup>[2]</sup></p>
      <figure><img src="a.png"><figcaption>Ein Bild</figcaption></figure>
      <h2>Hintergrund</h2><div>Text direkt im div &amp; mehr.</div>
      <ul><li>Ein Punkt.</li></ul></article>
      <footer>Impressum</footer></body></html>`;
    expect(importText(html, "html")).toEqual({
      title: "Nordkoreas Soldaten",
      blocks: [
        {
          kind: "paragraph",
          text: "Kim Jong-un hat am 3.\u00A0Oktober erneut Truppen entsandt.",
        },
        { kind: "heading", text: "Hintergrund" },
        { kind: "paragraph", text: "Text direkt im div & mehr." },
        { kind: "paragraph", text: "Ein Punkt." },
      ],
    });
  });

  it("reads a fragment without <article> or <body>", () => {
    expect(importText("<p>Eins.</p><p>Zwei.</p>", "html").blocks).toEqual([
      { kind: "paragraph", text: "Eins." },
      { kind: "paragraph", text: "Zwei." },
    ]);
  });
});

describe("importing files", () => {
  it("recognises the format from the file name", () => {
    expect(formatOfFileName("Artikel.TXT")).toBe("txt");
    expect(formatOfFileName("a.markdown")).toBe("md");
    expect(formatOfFileName("seite.htm")).toBe("html");
    expect(formatOfFileName("bericht.docx")).toBe("docx");
    expect(formatOfFileName("bericht.pdf")).toBeUndefined();
    expect(formatOfFileName("docx")).toBeUndefined();
  });

  it("reads a Word document: its Title style is the title, Heading 1 a heading", async () => {
    expect(await importFile("artikel.docx", fixture("article.docx"))).toEqual({
      title: "Nordkoreas Soldaten im Ukraine-Krieg",
      blocks: [
        {
          kind: "paragraph",
          text: "Kim Jong-un hat am 3. Oktober erneut Truppen entsandt. Das bestätigte Dr. Jones.",
        },
        { kind: "heading", text: "Hintergrund der Zusammenarbeit" },
        {
          kind: "paragraph",
          text: "Die Kosten liegen bei ca. 2,50 Euro pro Tag.",
        },
      ],
    });
  });

  it("reads text files as UTF-8, or as Windows-1252 when they are not UTF-8", async () => {
    const utf8 = new TextEncoder().encode("Größe\n\nÄrger über Maße.");
    expect(await importFile("a.txt", utf8)).toEqual({
      title: "Größe",
      blocks: [{ kind: "paragraph", text: "Ärger über Maße." }],
    });
    const windows1252 = Uint8Array.from([
      0x47, 0x72, 0xf6, 0xdf, 0x65, 0x2e, 0x20, 0x84, 0x4a, 0x61, 0x93, 0x2e,
    ]);
    expect((await importFile("a.txt", windows1252)).blocks[0]?.text).toBe(
      "Größe. „Ja“.",
    );
  });

  it("refuses other formats and broken Word files with a problem the studio can translate", async () => {
    await expect(importFile("a.pdf", new Uint8Array(3))).rejects.toMatchObject({
      problem: "unsupported-format",
    });
    await expect(
      importFile("a.docx", new TextEncoder().encode("kein Word")),
    ).rejects.toMatchObject({ problem: "unreadable-file" });
  });
});
