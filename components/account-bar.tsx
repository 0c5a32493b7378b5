import { AccountLinks } from "@/components/account-links";
import { getCurrentLearner, getViewer } from "@/lib/session";

/** The header's account links on pages rendered per request: read from the session. */
export async function AccountBar() {
  const viewer = await getViewer();
  const guest = viewer ? null : await getCurrentLearner();
  return (
    <AccountLinks
      account={viewer ? { name: viewer.name, role: viewer.role } : null}
      guest={guest ? { nickname: guest.nickname } : null}
    />
  );
}
