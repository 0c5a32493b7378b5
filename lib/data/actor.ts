// Who is asking, as the data layer sees it. Every function for teachers or students takes an Actor
// and checks it itself: pages, actions and routes cannot forget an ownership check.
export type Role = "teacher" | "student";
export type Actor = { userId: string; role: Role };

export const isTeacher = (
  actor: Actor | null,
): actor is Actor & { role: "teacher" } => actor?.role === "teacher";
export const isStudent = (
  actor: Actor | null,
): actor is Actor & { role: "student" } => actor?.role === "student";
