import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { createDraftAction } from "@/app/actions/studio";
import {
  ActionForm,
  Field,
  FileField,
  TextAreaField,
} from "@/components/forms/action-form";
import { Link } from "@/i18n/navigation";
import { titled } from "@/i18n/metadata";
import {
  ARTICLE_FILE_MAX_BYTES,
  ARTICLE_TEXT_MAX,
  ARTICLE_TITLE_MAX,
  STUDIO_ERROR_LIMITS,
} from "@/lib/studio/draft-input-schema";
import { requireTeacher } from "@/lib/teacher-guard";

export const generateMetadata = titled("newArticle");

export default async function NewArticlePage({
  params,
}: {
  params: Promise<{ locale: Locale }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireTeacher(locale);
  const t = await getTranslations("Studio");
  return (
    <article className="narrow">
      <p className="breadcrumbs">
        <Link href="/teach/studio">{t("backToStudio")}</Link>
      </p>
      <h1>{t("newHeading")}</h1>
      <p>{t("newIntro")}</p>
      <ActionForm
        action={createDraftAction}
        submitLabel={t("create")}
        pendingLabel={t("creating")}
      >
        <Field
          name="title"
          label={t("titleLabel")}
          required
          maxLength={ARTICLE_TITLE_MAX * 2}
        />
        <TextAreaField
          name="text"
          label={t("textLabel")}
          hint={t("textHint")}
          rows={12}
          maxLength={ARTICLE_TEXT_MAX}
          lang="de"
        />
        <FileField
          name="file"
          label={t("fileLabel")}
          hint={t("fileHint", STUDIO_ERROR_LIMITS)}
          accept=".txt,.md,.markdown,.html,.htm,.docx"
          maxBytes={ARTICLE_FILE_MAX_BYTES}
          tooLargeError={t("errors.fileTooLarge", STUDIO_ERROR_LIMITS)}
        />
        <TextAreaField
          name="english"
          label={t("englishLabel")}
          hint={t("englishHint")}
          rows={8}
          maxLength={ARTICLE_TEXT_MAX}
          lang="en"
        />
        <Field
          name="source"
          label={t("sourceLabel")}
          hint={t("sourceHint")}
          required
        />
        <Field name="author" label={t("authorLabel")} required />
        <Field name="date" type="date" label={t("dateLabel")} required />
        <TextAreaField
          name="rights"
          label={t("rightsLabel")}
          hint={t("rightsHint")}
          rows={2}
          required
        />
      </ActionForm>
    </article>
  );
}
