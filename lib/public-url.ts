// The address users reach the app at, for links that leave the browser (join links, QR codes).
import "server-only";
import { headers } from "next/headers";
import { getEnv } from "@/lib/env";

export async function publicOrigin(): Promise<string> {
  const configured = getEnv().QQ_PUBLIC_URL;
  if (configured) return configured.replace(/\/$/, "");
  const h = await headers();
  const host =
    h.get("x-forwarded-host") ?? h.get("host") ?? `localhost:${getEnv().PORT}`;
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}
