"use client";
// The landing page's "carry on" list: the visitor's quizzes still in progress, from GET /api/me.
// Nothing until it has answered, and nothing for somebody with no open quiz.
import { useTranslations } from "next-intl";
import { useMe } from "@/components/me";
import { Link } from "@/i18n/navigation";

export function OpenAttempts() {
  const t = useTranslations("Home");
  const { me } = useMe();
  if (!me || me.openAttempts.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="continue-heading">
      <h2 id="continue-heading">{t("continueHeading")}</h2>
      <ul className="link-list">
        {me.openAttempts.map((attempt) => (
          <li key={attempt.id}>
            <Link href={attempt.href}>
              {t("continue", {
                title: attempt.title,
                answered: attempt.answered,
                total: attempt.total,
              })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
