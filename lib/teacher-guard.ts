// Page guards for the teacher area: signed-out visitors go to the sign-in page; a signed-in
// student gets a 404, as if the page did not exist. The data layer checks again on every query.
// It redirects and calls notFound() from Next, so it sits at lib/'s top level with the other
// modules that need the framework (session, action-redirect); lib/<domain>/ folders stay
// framework-free (eslint refuses Next imports there).
import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import type { Language } from "@/lib/content/content-schema";
import { isTeacher, type Actor } from "@/lib/data/actor";
import { getSet } from "@/lib/data/question-sets";
import { getActor } from "@/lib/session";

export async function requireTeacher(
  locale: Language,
): Promise<Actor & { name: string }> {
  const actor = await getActor();
  if (!actor) {
    redirect({ href: "/teach/sign-in", locale });
    throw new Error("unreachable");
  }
  if (!isTeacher(actor)) notFound();
  return actor;
}

/** A question set of the signed-in teacher, by the id in the URL; 404 for anything else. */
export async function requireOwnSet(locale: Language, rawSetId: string) {
  const actor = await requireTeacher(locale);
  const id = z.uuid().safeParse(rawSetId);
  const set = id.success ? await getSet(actor, id.data) : null;
  if (!set) notFound();
  return { actor, set };
}
