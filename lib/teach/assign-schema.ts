// Assigning a set to a class. The due date comes from a datetime-local field, read as wall-clock
// time in the app's time zone (lib/time-zone.ts), the same zone dates are shown in.
import { z } from 'zod';

export const assignFormSchema = z.object({
  classId: z.uuid(),
  setId: z.uuid({ error: 'setRequired' }),
  dueAt: z.preprocess(
    (v) => (v === '' || v === null ? null : v),
    z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'dueInvalid').nullable(),
  ),
});
