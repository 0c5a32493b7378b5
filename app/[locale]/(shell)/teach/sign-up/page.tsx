import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { signUpTeacherAction } from "@/app/actions/auth";
import { ActionForm, Field } from "@/components/forms/action-form";
import { Link } from "@/i18n/navigation";
import { titled } from "@/i18n/metadata";
import { DISPLAY_NAME_MAX, TEACHER_PASSWORD_MIN } from "@/lib/auth/limits";

export const generateMetadata = titled("teacherSignUp");

export default async function TeacherSignUpPage({
  params,
}: {
  params: Promise<{ locale: Locale }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Auth");
  return (
    <article className="narrow">
      <h1>{t("teacherSignUpTitle")}</h1>
      <p className="lead">{t("teacherSignUpIntro")}</p>
      <ActionForm
        action={signUpTeacherAction}
        submitLabel={t("signUp")}
        pendingLabel={t("signingUp")}
      >
        <Field
          name="name"
          label={t("nameLabel")}
          autoComplete="name"
          required
          maxLength={DISPLAY_NAME_MAX * 2}
        />
        <Field
          name="email"
          type="email"
          label={t("emailLabel")}
          autoComplete="email"
          required
          maxLength={254}
        />
        <Field
          name="password"
          type="password"
          label={t("passwordLabel")}
          hint={t("passwordHint", { min: TEACHER_PASSWORD_MIN })}
          autoComplete="new-password"
          required
          maxLength={128}
        />
      </ActionForm>
      <p>
        {t("haveAccount")}{" "}
        <Link href="/teach/sign-in">{t("teacherSignInTitle")}</Link>
      </p>
    </article>
  );
}
