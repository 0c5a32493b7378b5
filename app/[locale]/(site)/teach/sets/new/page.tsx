import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { createSetAction } from "@/app/actions/teach";
import { ActionForm } from "@/components/forms/action-form";
import {
  DEFAULT_SET_SETTINGS,
  SetSettingsFields,
} from "@/components/teach/set-settings-fields";
import { Link } from "@/i18n/navigation";
import { titled } from "@/i18n/metadata";
import { requireTeacher } from "@/lib/teach/guard";

export const generateMetadata = titled("newSet");

export default async function NewSetPage({
  params,
}: {
  params: Promise<{ locale: Locale }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireTeacher(locale);
  const t = await getTranslations("Teach");
  return (
    <article className="narrow">
      <p className="breadcrumbs">
        <Link href="/teach">{t("dashboardHeading")}</Link>
      </p>
      <h1>{t("newSet")}</h1>
      <p className="lead">{t("newSetIntro")}</p>
      <ActionForm
        action={createSetAction}
        submitLabel={t("createSet")}
        pendingLabel={t("saving")}
      >
        <SetSettingsFields settings={DEFAULT_SET_SETTINGS} />
      </ActionForm>
    </article>
  );
}
