// From a finished draft to the library: the draft's publishable pack (the accepted questions
// renumbered, checked by the published schemas) goes through the one door of decision 035,
// publishArticlePack(db, pack, { ownerId, visibility, practicePublic }) in lib/data/articles.ts,
// and the draft is removed once the article stands. A refusal of the door (ids taken, problems
// the studio's own checks did not catch) leaves the draft as it was.
import "server-only";
import { db } from "@/lib/db/client";
import {
  publishablePack,
  reviewDraft,
  type Blocker,
} from "@/lib/studio/studio-draft";
import type { Actor } from "./actor";
import {
  publishArticlePack,
  PublishError,
  type PublishRefusal,
} from "./articles";
import { deleteDraft, getDraft } from "./drafts";

export const VISIBILITIES = ["private", "school", "public"] as const;
export type PublishSettings = {
  visibility: (typeof VISIBILITIES)[number];
  practicePublic: boolean;
};

export type PublishDraftResult =
  | { ok: true; articleId: string }
  | { ok: false; error: "notFound" }
  | { ok: false; error: "blocked"; blockers: Blocker[] }
  | {
      ok: false;
      error: "refused";
      reason: PublishRefusal;
      problems: readonly string[];
    };

export async function publishDraft(
  actor: Actor,
  draftId: string,
  settings: PublishSettings,
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
          ? [{ kind: "problems", problems: result.problems }]
          : blockers,
    };
  try {
    await publishArticlePack(db, result.pack, {
      ownerId: actor.userId,
      ...settings,
    });
  } catch (error) {
    if (!(error instanceof PublishError)) throw error;
    return {
      ok: false,
      error: "refused",
      reason: error.reason,
      problems: error.problems,
    };
  }
  await deleteDraft(actor, draftId);
  return { ok: true, articleId: dto.articleId };
}
