// The options of a question set, for the "new set" and "edit set" forms.
import { getTranslations } from "next-intl/server";
import { CheckField, ChoiceField, Field } from "@/components/forms/action-form";
import { SET_TITLE_MAX } from "@/lib/auth/limits";
import {
  MAX_ATTEMPTS_LIMIT,
  REVIEW_MODES,
  SET_LANGUAGES,
  TIME_LIMIT_MAX_MINUTES,
  type SetSettings,
} from "@/lib/teach/set-schema";

export async function SetSettingsFields({
  settings,
}: {
  settings: SetSettings;
}) {
  const t = await getTranslations("Teach.setForm");
  return (
    <>
      <Field
        name="title"
        label={t("title")}
        defaultValue={settings.title}
        required
        maxLength={SET_TITLE_MAX * 2}
      />
      <ChoiceField
        name="language"
        legend={t("language")}
        defaultValue={settings.language}
        options={SET_LANGUAGES.map((value) => ({
          value,
          label: t(`languages.${value}`),
        }))}
      />
      <ChoiceField
        name="reviewMode"
        legend={t("reviewMode")}
        hint={t("reviewModeHint")}
        // "Only after the due date" hides this assignment's answers, not the questions, which are public.
        note={<p>{t("publicPracticeNote")}</p>}
        defaultValue={settings.reviewMode}
        options={REVIEW_MODES.map((value) => ({
          value,
          label: t(`reviewModes.${value}`),
        }))}
      />
      <Field
        name="maxAttempts"
        type="number"
        inputMode="numeric"
        min={0}
        max={MAX_ATTEMPTS_LIMIT}
        label={t("maxAttempts")}
        hint={t("maxAttemptsHint", { max: MAX_ATTEMPTS_LIMIT })}
        defaultValue={String(settings.maxAttempts)}
      />
      <Field
        name="timeLimitMinutes"
        type="number"
        inputMode="numeric"
        min={1}
        max={TIME_LIMIT_MAX_MINUTES}
        label={t("timeLimit")}
        hint={t("timeLimitHint", { max: TIME_LIMIT_MAX_MINUTES })}
        defaultValue={
          settings.timeLimitMinutes === null
            ? ""
            : String(settings.timeLimitMinutes)
        }
      />
      <fieldset className="field">
        <legend>{t("shuffle")}</legend>
        <CheckField
          name="shuffleQuestions"
          label={t("shuffleQuestions")}
          defaultChecked={settings.shuffleQuestions}
        />
        <CheckField
          name="shuffleOptions"
          label={t("shuffleOptions")}
          defaultChecked={settings.shuffleOptions}
        />
      </fieldset>
    </>
  );
}
