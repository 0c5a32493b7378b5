import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { joinClassAction } from "@/app/actions/auth";
import { ActionForm, Field } from "@/components/forms/action-form";
import { Link } from "@/i18n/navigation";
import { titled } from "@/i18n/metadata";
import { DISPLAY_NAME_MAX, JOIN_CODE_LENGTH, PIN_MIN } from "@/lib/auth/limits";
import { joinCodePattern, normalizeJoinCode } from "@/lib/auth/names";

export const generateMetadata = titled("join");

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ code?: string | string[] }>;
};

export default async function JoinPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { code } = await searchParams;
  // The QR code and the join link carry the code; anything that is not a code is ignored.
  const prefilled =
    typeof code === "string" && joinCodePattern.test(normalizeJoinCode(code))
      ? normalizeJoinCode(code)
      : "";
  const t = await getTranslations("Auth");
  return (
    <article className="narrow">
      <h1>{t("joinTitle")}</h1>
      <p className="lead">{t("joinIntro")}</p>
      <ActionForm
        action={joinClassAction}
        submitLabel={t("join")}
        pendingLabel={t("joining")}
      >
        <Field
          name="code"
          label={t("codeLabel")}
          hint={t("codeHint", { codeLength: JOIN_CODE_LENGTH })}
          defaultValue={prefilled}
          autoComplete="off"
          autoCapitalize="characters"
          required
          maxLength={40}
          className="code-input"
        />
        <Field
          name="displayName"
          label={t("displayNameLabel")}
          hint={t("displayNameHint")}
          autoComplete="nickname"
          required
          maxLength={DISPLAY_NAME_MAX * 2}
        />
        <Field
          name="pin"
          type="password"
          label={t("pinLabel")}
          hint={t("pinHint", { min: PIN_MIN })}
          autoComplete="new-password"
          required
          maxLength={128}
        />
        <Field
          name="pinConfirm"
          type="password"
          label={t("pinConfirmLabel")}
          autoComplete="new-password"
          required
          maxLength={128}
        />
        <p className="hint">{t("joinKeepsProgress")}</p>
      </ActionForm>
      <p>
        {t("haveAccount")}{" "}
        <Link href="/sign-in">{t("studentSignInTitle")}</Link>
      </p>
    </article>
  );
}
