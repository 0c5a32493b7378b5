// The studio's translated form errors (Studio.errors), shared by its action files.
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/forms";
import { STUDIO_ERROR_LIMITS } from "@/lib/studio/draft-input-schema";

export async function studioError(key: string): Promise<string> {
  return (await getTranslations("Studio.errors"))(
    key as "titleRequired",
    STUDIO_ERROR_LIMITS,
  );
}

/** A studio form whose fields do not parse: hidden fields only a hand-made post gets wrong. */
export async function invalidStudioEdit(): Promise<FormState> {
  return { formError: await studioError("invalidEdit") };
}
