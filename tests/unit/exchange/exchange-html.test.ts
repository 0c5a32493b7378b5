// Imported question texts become plain text: no tag, attribute, script or style survives, line
// structure and entities do; exported plain text becomes escaped paragraphs.
import { describe, expect, it } from "vitest";
import {
  decodeHtmlEntities,
  htmlToPlainText,
  plainTextToHtml,
} from "@/lib/exchange/exchange-html";

describe("HTML to plain text", () => {
  it("drops scripts, styles, comments, event handlers and every other tag and attribute", () => {
    const { text } = htmlToPlainText(
      '<p onclick="steal()">Wer <b style="color:red">regiert</b>?<script>alert("x")</script></p>' +
        '<style>p{display:none}</style><!-- <b>hidden</b> --><iframe src="evil">frame text</iframe>' +
        '<a href="javascript:alert(1)">Nordkorea</a><SCRIPT type="module">import("x")',
    );
    expect(text).toBe("Wer regiert?\n\nNordkorea");
    expect(text).not.toMatch(/[<>]|alert|script|onclick|style|javascript/i);
  });

  it("keeps paragraphs as blank lines and line breaks as line breaks; source line breaks are spaces", () => {
    expect(
      htmlToPlainText(
        "<p>Eins\n  zwei</p><p>drei<br />vier</p><ul><li>a</li><li>b</li></ul>",
      ).text,
    ).toBe("Eins zwei\n\ndrei\nvier\n\na\nb");
  });

  it("decodes entities, keeps the no-break space of „50 %“ and counts media it leaves out", () => {
    const result = htmlToPlainText(
      '<p>bis zu 50&nbsp;% &amp; mehr &bdquo;laut&ldquo; &#8222;KCNA&#x201C; <img src="@@PLUGINFILE@@/a.png" alt="Karte"> <audio src="x.mp3"></audio></p>',
    );
    expect(result.text).toBe("bis zu 50\u00A0% & mehr „laut“ „KCNA“");
    expect(result.media).toBe(2);
  });

  it("reads Moodle's auto-format and plain text with their line breaks, and still drops markup", () => {
    expect(
      htmlToPlainText("Zeile eins\nZeile <b>zwei</b>", "moodle").text,
    ).toBe("Zeile eins\nZeile zwei");
    expect(htmlToPlainText("a < b\nc", "plain").text).toBe("a < b\nc");
    expect(htmlToPlainText("x<script>y</script>", "plain").text).toBe("x");
  });

  it("leaves unknown entities as written and replaces references to nothing", () => {
    expect(decodeHtmlEntities("&unknown; &#0; &#x110000; &lt;")).toBe(
      "&unknown; \uFFFD \uFFFD <",
    );
  });
});

describe("plain text to HTML", () => {
  it("escapes markup characters and writes paragraphs and line breaks", () => {
    expect(plainTextToHtml("a < b & c\nd\n\n<script>")).toBe(
      "<p>a &lt; b &amp; c<br />d</p><p>&lt;script&gt;</p>",
    );
    expect(plainTextToHtml("  ")).toBe("");
  });

  it("gives back the same text when read again", () => {
    const text =
      "Quelle im Artikel „Titel“:\nDer Satz.\nEnglisch: The sentence.\n\nA & B <c>";
    expect(htmlToPlainText(plainTextToHtml(text)).text).toBe(text);
  });
});
