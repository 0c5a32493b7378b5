import {
  parse,
  TYPE,
  type MessageFormatElement,
} from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { flattenMessages as flatten } from "../support/messages";

/** The arguments a message uses, also inside plural/select branches (parsing fails on bad ICU syntax). */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      if ("value" in el && typeof el.value === "string" && el.type !== TYPE.tag)
        names.add(el.value);
      if ("options" in el)
        for (const option of Object.values(el.options)) walk(option.value);
      if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

const flatDe = flatten(de);
const flatEn = flatten(en);

describe("messages", () => {
  it("have the same keys in German and English", () => {
    expect([...flatDe.keys()].sort()).toEqual([...flatEn.keys()].sort());
  });

  it("use the same placeholders in both languages", () => {
    for (const [key, english] of flatEn) {
      expect(placeholders(flatDe.get(key) ?? ""), key).toEqual(
        placeholders(english),
      );
    }
  });

  it("are never empty", () => {
    for (const [key, value] of [...flatDe, ...flatEn])
      expect(value.trim(), key).not.toBe("");
  });
});
