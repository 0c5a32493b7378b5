// Assigning a set to a class. The due date comes from a datetime-local field, read as wall-clock
// time in the app's time zone (lib/time-zone.ts), the same zone dates are shown in.
// Every issue message is a key of Teach.errors. The class is a hidden field: the action checks it
// like every other id it is sent, since a bad one is a forged form, not a typing mistake.
import { z } from "zod";

export const assignFormSchema = z.object({
  setId: z.uuid({ error: "setRequired" }),
  dueAt: z.preprocess(
    (v) => (v === "" || v === null ? null : v),
    z
      .string({ error: "dueInvalid" })
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "dueInvalid")
      .nullable(),
  ),
});
