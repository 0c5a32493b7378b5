import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DrillRunner } from "@/components/reader/drill-runner";
import { Link } from "@/i18n/navigation";
import { getDrills } from "@/lib/data/vocabulary";
import { DRILL_KINDS } from "@/lib/reader/drill";
import { drillKindParamSchema } from "@/lib/reader/vocabulary-schema";
import { getCurrentLearner } from "@/lib/session";
import { titleFrom } from "@/i18n/metadata";
import { ClientMessages } from "@/components/client-messages";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ kind?: string | string[] }>;
};

export const generateMetadata = titleFrom("Drill");

export default async function PracticePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const kind = drillKindParamSchema.parse((await searchParams).kind);
  const t = await getTranslations("Drill");
  const learner = await getCurrentLearner();
  const drills = learner ? await getDrills(learner.id, kind) : [];

  return (
    <article className="narrow">
      <h1>{t("heading")}</h1>
      <p className="lead">{t("intro")}</p>
      <nav aria-label={t("kindsLabel")} className="drill-kinds">
        <ul>
          {([undefined, ...DRILL_KINDS] as const).map((k) => (
            <li key={k ?? "all"}>
              <Link
                href={
                  k
                    ? { pathname: "/words/practice", query: { kind: k } }
                    : "/words/practice"
                }
                aria-current={k === kind ? "page" : undefined}
              >
                {t(`kinds.${k ?? "all"}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {drills.length === 0 ? (
        <p>
          {t("empty")} <Link href="/read">{t("toReader")}</Link>
        </p>
      ) : (
        <ClientMessages namespaces={["Drill"]}>
          <DrillRunner key={kind ?? "all"} drills={drills} />
        </ClientMessages>
      )}
    </article>
  );
}
