import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { signInTeacherAction } from "@/app/actions/auth";
import { ActionForm, Field } from "@/components/forms/action-form";
import { Link, redirect } from "@/i18n/navigation";
import { titled } from "@/i18n/metadata";
import { getActor } from "@/lib/session";

export const generateMetadata = titled("teacherSignIn");

export default async function TeacherSignInPage({
  params,
}: {
  params: Promise<{ locale: Locale }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  if ((await getActor())?.role === "teacher")
    redirect({ href: "/teach", locale });
  const t = await getTranslations("Auth");
  return (
    <article className="narrow">
      <h1>{t("teacherSignInTitle")}</h1>
      <ActionForm
        action={signInTeacherAction}
        submitLabel={t("signIn")}
        pendingLabel={t("signingIn")}
      >
        <Field
          name="email"
          type="email"
          label={t("emailLabel")}
          autoComplete="username"
          required
          maxLength={254}
        />
        <Field
          name="password"
          type="password"
          label={t("passwordLabel")}
          autoComplete="current-password"
          required
          maxLength={128}
        />
      </ActionForm>
      <p>
        {t("noAccount")}{" "}
        <Link href="/teach/sign-up">{t("teacherSignUpTitle")}</Link>
      </p>
      <p>
        <Link href="/sign-in">{t("studentLink")}</Link>
      </p>
    </article>
  );
}
