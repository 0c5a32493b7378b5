import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { signInStudentAction } from "@/app/actions/auth";
import { ActionForm, Field } from "@/components/forms/action-form";
import { Link } from "@/i18n/navigation";
import { titled } from "@/i18n/metadata";
import { DISPLAY_NAME_MAX, JOIN_CODE_LENGTH } from "@/lib/auth/limits";

export const generateMetadata = titled("studentSignIn");

export default async function StudentSignInPage({
  params,
}: {
  params: Promise<{ locale: Locale }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Auth");
  return (
    <article className="narrow">
      <h1>{t("studentSignInTitle")}</h1>
      <p className="lead">{t("studentSignInIntro")}</p>
      <ActionForm
        action={signInStudentAction}
        submitLabel={t("signIn")}
        pendingLabel={t("signingIn")}
      >
        <Field
          name="code"
          label={t("codeLabel")}
          hint={t("codeHint", { codeLength: JOIN_CODE_LENGTH })}
          autoComplete="off"
          autoCapitalize="characters"
          required
          maxLength={40}
        />
        <Field
          name="displayName"
          label={t("displayNameLabel")}
          autoComplete="username"
          required
          maxLength={DISPLAY_NAME_MAX * 2}
        />
        <Field
          name="pin"
          type="password"
          label={t("pinLabel")}
          autoComplete="current-password"
          required
          maxLength={128}
        />
      </ActionForm>
      <p>
        <Link href="/join">{t("joinLink")}</Link>
      </p>
      <p>
        <Link href="/teach/sign-in">{t("teacherLink")}</Link>
      </p>
    </article>
  );
}
