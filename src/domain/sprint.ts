/** The 90-day sprint's three 30-day phases. */
export function sprintPhase(day: number): { number: 1 | 2 | 3; name: "Foundation" | "Activation" | "Optimisation" } | null {
  if (day < 1 || day > 90) return null;
  if (day <= 30) return { number: 1, name: "Foundation" };
  if (day <= 60) return { number: 2, name: "Activation" };
  return { number: 3, name: "Optimisation" };
}
