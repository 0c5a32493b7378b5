"use client";
// Who is using the app, in one coherent state: an account (its name, the teachers' link, sign out),
// a guest who has a nickname on this device ("Guest: Lena", sign in or join a class), or nobody
// yet. Rendered from the session on per-request pages (AccountBar) and from GET /api/me on static
// ones (AccountHole), so both show exactly the same.
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { useFormStatus } from "react-dom";
import { signOut } from "@/app/actions/auth";
import { Link } from "@/i18n/navigation";
import type { MeDto } from "@/lib/me";

export function AccountLinks({
  account,
  guest,
  onSignedOut,
}: Pick<MeDto, "account" | "guest"> & {
  /** Called once signing out has finished, for a page that is not rendered again by it. */
  onSignedOut?: () => void;
}) {
  const t = useTranslations("Layout");
  if (account) {
    return (
      <form
        action={signOut}
        className="header-account"
        aria-label={t("accountNavigation")}
      >
        <span className="account-name">
          {t("signedInAs", { name: account.name })}
        </span>
        {account.role === "teacher" && (
          <Link href="/teach">{t("navTeach")}</Link>
        )}
        <SignOutButton label={t("signOut")} onDone={onSignedOut} />
      </form>
    );
  }
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

function SignOutButton({
  label,
  onDone,
}: {
  label: string;
  onDone: (() => void) | undefined;
}) {
  const { pending } = useFormStatus();
  const wasPending = useRef(false);
  useEffect(() => {
    if (wasPending.current && !pending) onDone?.();
    wasPending.current = pending;
  }, [pending, onDone]);
  return (
    <button type="submit" className="link-button">
      {label}
    </button>
  );
}
