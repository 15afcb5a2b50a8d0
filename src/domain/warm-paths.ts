// Warm paths to a prospect: who among the user's mentors could introduce them, and
// the short, specific request to ask for it, in the outreach composer's style
// (why this person, the one question, an easy way to say no).

/** Why a mentor is a warm path to the prospect, strongest first. */
export type WarmPathReason =
  /** The user's notes on one of them name the other. */
  | { kind: "knows"; where: "mentor-notes" | "prospect-notes" }
  /** They work at the same organisation. */
  | { kind: "same-organisation"; organisation: string }
  /** The mentor's notes mention the prospect's organisation (a former employer, a client). */
  | { kind: "organisation-in-notes"; organisation: string };

export function warmPathReasonText(reason: WarmPathReason, mentor: string, prospect: string): string {
  switch (reason.kind) {
    case "knows":
      return reason.where === "mentor-notes"
        ? `Your notes on ${mentor} mention ${prospect}.`
        : `Your notes on ${prospect} mention ${mentor}.`;
    case "same-organisation":
      return `Both work at ${reason.organisation}.`;
    case "organisation-in-notes":
      return `Your notes on ${mentor} mention ${reason.organisation}.`;
  }
}

export const INTRODUCTION_LIMITS = { why: 400, question: 300 } as const;

/**
 * The request to a mentor for an introduction: who, why them, the one question, an
 * offer to make it easy, and a clear way out. Plain text, to copy into any channel.
 */
export function introductionRequest(p: {
  mentor: string;
  prospect: string;
  why: string;
  question: string;
  myName: string | null;
}): string {
  const first = p.mentor.split(/\s+/)[0] || p.mentor;
  const why = p.why.trim().replace(/[.\s]+$/, "");
  const question = p.question.trim().replace(/[?\s]+$/, "");
  return [
    `Hi ${first},`,
    "",
    `Would you be comfortable introducing me to ${p.prospect}?${why ? ` ${why}.` : ""}`,
    question ? `There is one question I would love to ask: ${question}?` : "",
    "",
    "If it helps, I can write a short note you could forward as it is.",
    "And if it is not a good moment, or you would rather not, no problem at all: just say so.",
    "",
    "Thank you,",
    p.myName?.trim() || "",
  ]
    .filter((line, i, all) => line !== "" || (all[i - 1] !== "" && i > 0))
    .join("\n")
    .trim();
}
