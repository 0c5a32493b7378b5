// Public option ids and their order are keyed by the install's secret (decision 022): the same
// secret gives the same ids (in-flight attempts keep working across restarts), another install's
// secret other ids, and production refuses to run without one.
import { afterEach, describe, expect, it, vi } from "vitest";
import { getCatalog } from "@/lib/content/catalog";

const SECRET_A = "a".repeat(40);
const SECRET_B = "b".repeat(40);

async function presentUnder(secret: string | undefined, nodeEnv = "test") {
  vi.resetModules();
  vi.stubEnv("BETTER_AUTH_SECRET", secret);
  vi.stubEnv("NODE_ENV", nodeEnv);
  return import("@/lib/quiz/present");
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

const q001 = () => getCatalog().questionsById.get("q001")!;

describe("public option ids under the install's secret", () => {
  it("are the same for the same secret: a restart keeps every id and order", async () => {
    const first = (await presentUnder(SECRET_A)).toPublicQuestion(q001(), "de");
    const again = (await presentUnder(SECRET_A)).toPublicQuestion(q001(), "de");
    expect(again).toEqual(first);
  });

  it("differ between installs with different secrets", async () => {
    const a = (await presentUnder(SECRET_A)).publicId("q001", "end-support");
    const b = (await presentUnder(SECRET_B)).publicId("q001", "end-support");
    expect(a).not.toBe(b);
  });

  it("are refused in production without a secret", async () => {
    const present = await presentUnder(undefined, "production");
    expect(() => present.publicId("q001", "end-support")).toThrow(
      /BETTER_AUTH_SECRET/,
    );
  });
});
