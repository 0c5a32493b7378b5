import { getTranslations } from "next-intl/server";
import { signOut } from "@/app/actions/auth";
import { Link } from "@/i18n/navigation";
import { getCurrentLearner, getViewer } from "@/lib/session";

/**
 * Who is using the app, in one coherent state: an account (its name, the teachers' link, sign out),
 * a guest who has a nickname on this device ("Guest: Lena", sign in or join a class), or nobody yet.
 */
export async function AccountBar() {
  const t = await getTranslations("Layout");
  const viewer = await getViewer();
  if (viewer) {
    return (
      <form
        action={signOut}
        className="header-account"
        aria-label={t("accountNavigation")}
      >
        <span className="account-name">
          {t("signedInAs", { name: viewer.name })}
        </span>
        {viewer.role === "teacher" && (
          <Link href="/teach">{t("navTeach")}</Link>
        )}
        <button type="submit" className="link-button">
          {t("signOut")}
        </button>
      </form>
    );
  }
  const guest = await getCurrentLearner();
  return (
    <nav className="header-account" aria-label={t("accountNavigation")}>
      {guest && (
        <span className="account-name">
          {t("guestAs", { name: guest.nickname })}
        </span>
      )}
      <Link href="/sign-in">{t("navSignIn")}</Link>
      <Link href="/join">{t("navJoin")}</Link>
      <Link href="/teach">{t("navTeach")}</Link>
    </nav>
  );
}
