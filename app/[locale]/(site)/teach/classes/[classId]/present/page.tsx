import type { Locale } from "next-intl";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import QRCode from "qrcode";
import { z } from "zod";
import { ProjectorView } from "@/components/teach/projector-view";
import { Link } from "@/i18n/navigation";
import { titled } from "@/i18n/metadata";
import { getClass } from "@/lib/data/classes";
import { publicOrigin } from "@/lib/public-url";
import { requireTeacher } from "@/lib/teach/guard";

export const generateMetadata = titled("presentClass");

type Props = { params: Promise<{ locale: Locale; classId: string }> };

/** The class code, the join address and its QR code, large enough for the back of a classroom. */
export default async function PresentClassPage({ params }: Props) {
  const { locale, classId } = await params;
  setRequestLocale(locale);
  const actor = await requireTeacher(locale);
  const id = z.uuid().safeParse(classId);
  const classroom = id.success ? await getClass(actor, id.data) : null;
  if (!classroom) notFound();
  const t = await getTranslations("Teach");
  const backHref = `/teach/classes/${classroom.id}`;
  if (classroom.archived)
    return (
      <article className="narrow">
        <h1>{classroom.name}</h1>
        <p>{t("archivedNotice")}</p>
        <p>
          <Link href={backHref}>{t("backToClass")}</Link>
        </p>
      </article>
    );
  const origin = await publicOrigin();
  const joinUrl = `${origin}/${locale}/join?code=${classroom.joinCode}`;
  return (
    <ProjectorView
      heading={t("presentHeading", { name: classroom.name })}
      steps={<p>{t("presentJoinSteps")}</p>}
      big={{
        text: classroom.joinCode,
        label: t("joinCodeAria", {
          code: classroom.joinCode.split("").join(" "),
        }),
      }}
      address={`${new URL(origin).host}/${locale}/join`}
      qrSvg={await QRCode.toString(joinUrl, {
        type: "svg",
        margin: 1,
        errorCorrectionLevel: "M",
      })}
      qrLabel={t("qrAlt", { code: classroom.joinCode })}
      backHref={backHref}
      labels={{
        close: t("presentClose"),
        keys: t("presentKeys"),
        fullScreen: t("presentFullScreen"),
      }}
    />
  );
}
