// From a finished draft to the library: the draft's publishable pack (the accepted questions
// renumbered, checked by the published schemas) goes through the one door of decision 035,
// publishArticlePack(db, pack, { ownerId, visibility, practicePublic }) in lib/data/articles.ts,
// and the draft is removed once the article stands. The door is passed in by the caller: the
// studio's publish action hands over publishArticlePack, so this module writes no article itself.
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import {
  publishablePack,
  reviewDraft,
  type Blocker,
} from "@/lib/studio/studio-draft";
import type { Actor } from "./actor";
import { deleteDraft, getDraft } from "./drafts";

export const VISIBILITIES = ["private", "school", "public"] as const;
export type PublishSettings = {
  visibility: (typeof VISIBILITIES)[number];
  practicePublic: boolean;
};

/** The signature of publishArticlePack (lib/data/articles.ts). */
export type PublishArticlePack = (
  db: PrismaClient,
  pack: unknown,
  options: PublishSettings & { ownerId: string | null },
) => Promise<unknown>;

export type PublishDraftResult =
  | { ok: true; articleId: string }
  | { ok: false; error: "notFound" }
  | { ok: false; error: "blocked"; blockers: Blocker[] };

export async function publishDraft(
  actor: Actor,
  draftId: string,
  settings: PublishSettings,
  publishArticlePack: PublishArticlePack,
): Promise<PublishDraftResult> {
  const dto = await getDraft(actor, draftId);
  if (!dto) return { ok: false, error: "notFound" };
  const { blockers } = reviewDraft(dto.draft);
  const result = blockers.length === 0 ? publishablePack(dto.draft) : null;
  if (!result || !("pack" in result))
    return {
      ok: false,
      error: "blocked",
      blockers:
        result && "problems" in result
          ? [{ kind: "problems", lines: result.problems }]
          : blockers,
    };
  // publishArticlePack throws (PublishError) when it refuses; the draft then stays as it was.
  await publishArticlePack(db, result.pack, {
    ownerId: actor.userId,
    ...settings,
  });
  await deleteDraft(actor, draftId);
  return { ok: true, articleId: dto.articleId };
}
