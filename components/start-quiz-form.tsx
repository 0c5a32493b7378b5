"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { startQuizAction } from "@/app/actions/quiz";
import type { FormState } from "@/lib/forms";
import { NICKNAME_MAX } from "@/lib/quiz/limits";
import { useRedirectTo } from "./forms/use-redirect-to";

type Props = {
  quizId: string;
  defaultNickname: string;
  defaultLanguage: "de" | "en";
  /** A signed-in account's name: it plays under it, so no nickname is asked. */
  signedInAs?: string;
};

export function StartQuizForm({
  quizId,
  defaultNickname,
  defaultLanguage,
  signedInAs,
}: Props) {
  const t = useTranslations("StartQuiz");
  const [state, formAction, pending] = useActionState<FormState, FormData>(
    startQuizAction,
    {},
  );
  const busy = useRedirectTo(state.redirectTo) || pending;
  const nicknameErrors = state.fieldErrors?.nickname;
  const languageErrors = state.fieldErrors?.language;
  const language = state.values?.language || defaultLanguage;

  return (
    <form action={formAction} className="form" noValidate>
      <input type="hidden" name="quizId" value={quizId} />
      {state.formError && (
        <p className="form-error" role="alert">
          {state.formError}
        </p>
      )}
      {signedInAs !== undefined ? (
        <p className="hint">{t("playingAs", { name: signedInAs })}</p>
      ) : (
        <div className="field">
          <label htmlFor="nickname">{t("nicknameLabel")}</label>
          <input
            id="nickname"
            name="nickname"
            autoComplete="nickname"
            maxLength={NICKNAME_MAX * 2}
            required
            defaultValue={state.values?.nickname ?? defaultNickname}
            aria-invalid={nicknameErrors ? true : undefined}
            aria-describedby={
              nicknameErrors ? "nickname-hint nickname-error" : "nickname-hint"
            }
          />
          <p id="nickname-hint" className="hint">
            {t("nicknameHint")}
          </p>
          {nicknameErrors && (
            <p id="nickname-error" className="field-error" role="alert">
              {nicknameErrors.join(" ")}
            </p>
          )}
        </div>
      )}
      <fieldset
        className="field"
        aria-invalid={languageErrors ? true : undefined}
        aria-describedby={
          languageErrors ? "language-hint language-error" : "language-hint"
        }
      >
        <legend>{t("languageLegend")}</legend>
        <p id="language-hint" className="hint">
          {t("languageHint")}
        </p>
        <div className="choice-row">
          {(["de", "en"] as const).map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name="language"
                value={value}
                defaultChecked={language === value}
              />
              <span>{value === "de" ? t("languageDe") : t("languageEn")}</span>
            </label>
          ))}
        </div>
        {languageErrors && (
          <p id="language-error" className="field-error" role="alert">
            {languageErrors.join(" ")}
          </p>
        )}
      </fieldset>
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
