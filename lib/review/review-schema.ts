// What the review page's browser code may send.
import { z } from "zod";
import { RATINGS } from "./ratings";

export const reviewItemKeySchema = z
  .string()
  .regex(/^(word|fact):[a-z0-9][a-z0-9-]{0,80}$/);
export const revealReviewSchema = z.strictObject({
  itemKey: reviewItemKeySchema,
});
export const rateReviewSchema = z.strictObject({
  itemKey: reviewItemKeySchema,
  rating: z.enum(RATINGS),
});
