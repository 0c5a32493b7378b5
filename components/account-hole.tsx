"use client";
// The header's account links on a static page: empty until GET /api/me has answered (so a
// signed-in teacher never sees "Sign in" flash), then the same links as on every other page.
// Without JavaScript the visitor gets the links for somebody not signed in.
import { AccountLinks } from "@/components/account-links";
import { useMe } from "@/components/me";

export function AccountHole() {
  const { me, refresh } = useMe();
  if (!me)
    return (
      <span className="header-account">
        <noscript>
          <AccountLinks account={null} guest={null} />
        </noscript>
      </span>
    );
  return (
    <AccountLinks account={me.account} guest={me.guest} onSignedOut={refresh} />
  );
}
