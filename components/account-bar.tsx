import { AccountLinks } from "@/components/account-links";
import { getCurrentLearner, getActor } from "@/lib/session";

/** The header's account links on pages rendered per request: read from the session. */
export async function AccountBar() {
  const actor = await getActor();
  const guest = actor ? null : await getCurrentLearner();
  return (
    <AccountLinks
      account={actor ? { name: actor.name, role: actor.role } : null}
      guest={guest ? { nickname: guest.nickname } : null}
    />
  );
}
