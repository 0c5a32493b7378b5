// The article as a heatmap: each sentence shaded by how often the questions drawn from it were
// missed. Every sentence is focusable and shows its numbers on hover and on focus; the table next
// to it gives the same numbers to screen readers and for reading exactly.
import type { HeatLevel } from "@/lib/teach/item-analysis";

export type HeatSentence = {
  sentenceId: string;
  de: string;
  paragraph: number;
  level: HeatLevel | null;
  label: string;
};

export function SentenceHeatmap({
  sentences,
  legend,
  noData,
  uiLang,
}: {
  sentences: HeatSentence[];
  legend: { level: HeatLevel; label: string }[];
  noData: string;
  uiLang: string;
}) {
  const paragraphs = new Map<number, HeatSentence[]>();
  for (const s of sentences)
    paragraphs.set(s.paragraph, [...(paragraphs.get(s.paragraph) ?? []), s]);
  return (
    <div className="heatmap">
      <ul className="heat-legend" aria-hidden="true">
        {legend.map((l) => (
          <li key={l.level}>
            <span className={`heat-swatch heat-${l.level}`} /> {l.label}
          </li>
        ))}
        <li>
          <span className="heat-swatch heat-none" /> {noData}
        </li>
      </ul>
      <div className="heat-text" lang="de">
        {[...paragraphs.entries()].map(([paragraph, items]) => (
          <p key={paragraph}>
            {items.map((s) => (
              <span key={s.sentenceId}>
                <span
                  className={`heat-sentence heat-${s.level ?? "none"}`}
                  // Focusable, so that keyboard users can read each sentence's tooltip.
                  // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
                  tabIndex={0}
                  aria-describedby={`heat-tip-${s.sentenceId}`}
                >
                  {s.de}
                  <span
                    role="tooltip"
                    id={`heat-tip-${s.sentenceId}`}
                    className="heat-tip"
                    lang={uiLang}
                  >
                    {s.label}
                  </span>
                </span>{" "}
              </span>
            ))}
          </p>
        ))}
      </div>
    </div>
  );
}
