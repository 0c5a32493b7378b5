import { AccountLinks } from "@/components/account-links";
import { describeStorageFault, storageFaultIn } from "@/lib/db/storage-fault";
import { getCurrentLearner, getActor } from "@/lib/session";

/**
 * The header's account links on pages rendered per request: read from the session. When the
 * database cannot be read, the header stays without them and the page below shows its group's
 * error notice (app/[locale]/(site)/error.tsx): the error page above the layouts has no header
 * (decision 048).
 */
export async function AccountBar() {
  const who = await whoIsAsking();
  if (who === "unreadable") return null;
  return <AccountLinks {...who} />;
}

async function whoIsAsking() {
  try {
    const actor = await getActor();
    const guest = actor ? null : await getCurrentLearner();
    return {
      account: actor ? { name: actor.name, role: actor.role } : null,
      guest: guest ? { nickname: guest.nickname } : null,
    };
  } catch (error) {
    const fault = storageFaultIn(error);
    if (fault === undefined) throw error;
    console.error(
      `Account links left out, the database cannot be read: ${describeStorageFault(fault)}`,
    );
    return "unreadable" as const;
  }
}
