// One edit of a draft: a small form to editDraftAction that names its edit (`kind`) and the draft.
// It works as a plain POST; with JavaScript the page is refreshed in place after the save.
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { editDraftAction } from "@/app/actions/studio";
import { ActionForm } from "@/components/forms/action-form";

export async function EditForm({
  draftId,
  kind,
  hidden = {},
  submitLabel,
  secondary,
  className,
  children,
}: {
  draftId: string;
  kind: string;
  hidden?: Record<string, string>;
  submitLabel: string;
  secondary?: boolean;
  className?: string;
  children?: ReactNode;
}) {
  const t = await getTranslations("Studio");
  return (
    <ActionForm
      action={editDraftAction}
      submitLabel={submitLabel}
      pendingLabel={t("saving")}
      secondary={secondary}
      className={className ?? "form studio-form"}
    >
      <input type="hidden" name="draftId" value={draftId} />
      <input type="hidden" name="kind" value={kind} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
    </ActionForm>
  );
}
