// A student's assignments on their dashboard: open, overdue, done or late, with the best result
// once it may be shown.
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type {
  AssignmentStatus,
  StudentAssignment,
} from "@/lib/data/assignments";

export async function AssignmentList({
  assignments,
}: {
  assignments: StudentAssignment[];
}) {
  const t = await getTranslations("Assignments");
  const format = await getFormatter();
  return (
    <section className="panel" aria-labelledby="assignments-heading">
      <h2 id="assignments-heading">{t("heading")}</h2>
      {assignments.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="card-list">
          {assignments.map((a) => (
            <li key={a.id} className={`card status-${a.status}`}>
              <h3>
                <Link href={`/assignments/${a.id}`}>{a.title}</Link>
              </h3>
              <p>
                <AssignmentStatusBadge
                  status={a.status}
                  label={t(`status.${a.status}`)}
                />{" "}
                {a.className}
              </p>
              <p>
                {a.dueAt
                  ? t("due", {
                      date: format.dateTime(a.dueAt, {
                        dateStyle: "medium",
                        timeStyle: "short",
                      }),
                    })
                  : t("noDue")}
              </p>
              {a.bestPercent !== null && (
                <p>
                  {t("best", {
                    percent: format.number(a.bestPercent / 100, {
                      style: "percent",
                      maximumFractionDigits: 0,
                    }),
                  })}
                </p>
              )}
              {a.resultsHiddenUntil && a.attemptsUsed > 0 && (
                <p className="hint">
                  {t("resultsFrom", {
                    date: format.dateTime(a.resultsHiddenUntil, {
                      dateStyle: "medium",
                      timeStyle: "short",
                    }),
                  })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Open, overdue, done or late; the last two are marked as late. */
export function AssignmentStatusBadge({
  status,
  label,
}: {
  status: AssignmentStatus;
  label: string;
}) {
  return (
    <span
      className={
        status === "late" || status === "overdue" ? "badge late" : "badge"
      }
    >
      {label}
    </span>
  );
}
