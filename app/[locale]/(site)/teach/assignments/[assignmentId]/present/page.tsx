import type { Locale } from "next-intl";
import { notFound } from "next/navigation";
import {
  getFormatter,
  getTranslations,
  setRequestLocale,
} from "next-intl/server";
import QRCode from "qrcode";
import { z } from "zod";
import { ProjectorView } from "@/components/teach/projector-view";
import { titled } from "@/i18n/metadata";
import { getTeacherAssignment } from "@/lib/data/assignments";
import { publicOrigin } from "@/lib/public-url";
import { requireTeacher } from "@/lib/teach/guard";

export const generateMetadata = titled("presentAssignment");

type Props = { params: Promise<{ locale: Locale; assignmentId: string }> };

/** An assignment's address and QR code for the projector; students open it once signed in. */
export default async function PresentAssignmentPage({ params }: Props) {
  const { locale, assignmentId } = await params;
  setRequestLocale(locale);
  const actor = await requireTeacher(locale);
  const id = z.uuid().safeParse(assignmentId);
  const assignment = id.success
    ? await getTeacherAssignment(actor, id.data)
    : null;
  // An archived class's students no longer see its assignments: nothing to show them.
  if (!assignment || assignment.classArchived) notFound();
  const t = await getTranslations("Teach");
  const format = await getFormatter();
  const origin = await publicOrigin();
  const path = `/${locale}/assignments/${assignment.id}`;
  return (
    <ProjectorView
      heading={assignment.title}
      steps={
        <>
          <p>
            {assignment.className} ·{" "}
            {assignment.dueAt
              ? t("dueOn", {
                  date: format.dateTime(assignment.dueAt, {
                    dateStyle: "full",
                    timeStyle: "short",
                  }),
                })
              : t("noDue")}
          </p>
          <p>{t("presentAssignmentSteps")}</p>
        </>
      }
      address={`${new URL(origin).host}${path}`}
      qrSvg={await QRCode.toString(`${origin}${path}`, {
        type: "svg",
        margin: 1,
        errorCorrectionLevel: "M",
      })}
      qrLabel={t("qrAssignmentAlt", { title: assignment.title })}
      backHref={`/teach/assignments/${assignment.id}`}
      labels={{
        close: t("presentClose"),
        keys: t("presentKeys"),
        fullScreen: t("presentFullScreen"),
      }}
    />
  );
}
