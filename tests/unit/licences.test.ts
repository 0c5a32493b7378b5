// The licences page lists what the app ships from others: every library it names is one the app
// depends on, under the licence its installed package declares, and the grammar data it credits
// is the data inside the packages the studio's morphology reads.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GRAMMAR_DATA_PACKAGES, LIBRARY_CREDITS } from "@/lib/licences/credits";
import en from "@/messages/en.json";

const root = process.cwd();
const manifest = (name: string) =>
  JSON.parse(
    readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8"),
  ) as { license?: string };
const dependencies = Object.keys(
  (
    JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    }
  ).dependencies,
);

describe("the licences page's libraries", () => {
  it("are dependencies of the app, each under the licence its package declares", () => {
    for (const library of LIBRARY_CREDITS) {
      expect(dependencies, library.name).toContain(library.name);
      const declared = manifest(library.name).license ?? "";
      if (library.name === "dejavu-fonts-ttf") {
        // Its package points at its LICENSE file, which is the Bitstream Vera licence.
        expect(declared).toMatch(/SEE LICENSE/);
        expect(
          readFileSync(
            path.join(root, "node_modules", library.name, "LICENSE"),
            "utf8",
          ),
        ).toMatch(/Bitstream Vera/);
      } else expect(declared, library.name).toBe(library.licence);
      expect(en.Licences.use).toHaveProperty(library.use);
    }
  });

  it("credit the grammar data of the packages the studio reads, which ship its CC BY-SA licence", () => {
    for (const name of GRAMMAR_DATA_PACKAGES) {
      expect(dependencies).toContain(name);
      expect(
        readFileSync(
          path.join(root, "node_modules", name, "dist", "LICENSE.txt"),
          "utf8",
        ),
      ).toMatch(/Attribution-ShareAlike 4\.0/i);
    }
    const morphology = readFileSync(
      path.join(root, "lib/studio/morphology.ts"),
      "utf8",
    );
    for (const name of GRAMMAR_DATA_PACKAGES)
      expect(morphology).toContain(`from "${name}"`);
  });
});
