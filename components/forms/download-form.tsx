// A download chosen by format and language: a plain GET form, so the browser downloads the route's
// attachment with or without JavaScript. The set page's exports and the learner's words use it.
import type { ReactNode } from "react";
import { LANGUAGES, type Language } from "@/lib/content/content-schema";

type Props = {
  /** Keeps the ids of two forms on one page apart. */
  id: string;
  action: string;
  /** The page's UI language: the route translates its refusals with it. */
  locale: Language;
  formats: readonly { value: string; label: string }[];
  defaultFormat: string;
  formatLabel: string;
  formatHint?: ReactNode;
  languageLegend: string;
  languageNames: Record<Language, string>;
  defaultLanguage: Language;
  submitLabel: string;
};

export function DownloadForm(props: Props) {
  const hintId = `${props.id}-format-hint`;
  return (
    <form className="form" method="get" action={props.action}>
      <input type="hidden" name="locale" value={props.locale} />
      <div className="field">
        <label htmlFor={`${props.id}-format`}>{props.formatLabel}</label>
        <select
          id={`${props.id}-format`}
          name="format"
          defaultValue={props.defaultFormat}
          aria-describedby={props.formatHint ? hintId : undefined}
        >
          {props.formats.map((format) => (
            <option key={format.value} value={format.value}>
              {format.label}
            </option>
          ))}
        </select>
        {props.formatHint && (
          <p id={hintId} className="hint">
            {props.formatHint}
          </p>
        )}
      </div>
      <fieldset className="field">
        <legend>{props.languageLegend}</legend>
        <div className="choice-row">
          {LANGUAGES.map((language) => (
            <label key={language} className="choice">
              <input
                type="radio"
                name="lang"
                value={language}
                defaultChecked={language === props.defaultLanguage}
              />
              <span>{props.languageNames[language]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <p className="actions">
        <button type="submit" className="button primary">
          {props.submitLabel}
        </button>
      </p>
    </form>
  );
}
