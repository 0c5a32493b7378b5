// The current time for scheduling. Browser tests can move it forward with a cookie, but only on a
// server started with QQ_ALLOW_TEST_CLOCK=1 (the Playwright web server); elsewhere it is the real time.
import "server-only";
import { cookies } from "next/headers";
import { z } from "zod";
import { getEnv } from "@/lib/env";

export const TEST_CLOCK_COOKIE = "qq_test_now";

export async function getNow(): Promise<Date> {
  if (getEnv().QQ_ALLOW_TEST_CLOCK !== "1") return new Date();
  const parsed = z.iso
    .datetime()
    .safeParse((await cookies()).get(TEST_CLOCK_COOKIE)?.value);
  return parsed.success ? new Date(parsed.data) : new Date();
}
