import type { Day } from "./calendar";

// The public application page: what a visitor may send, how fast, and what the
// owner's replies say. No I/O here.

/** Lowercase letters, digits and single hyphens, 3–40 characters: /apply/<slug>. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MIN = 3;
export const SLUG_MAX = 40;

export const MAX_QUESTIONS = 5;
export const FIELD_LIMITS = { name: 100, email: 254, answer: 2_000, question: 200 } as const;

/** Less time than this between the page being served and the form being sent: a script, not a person. */
export const MIN_SECONDS_ON_PAGE = 3;
/** A form older than this is refused with a request to reload (its timestamp cannot be replayed for ever). */
export const MAX_FORM_AGE_SECONDS = 24 * 60 * 60;

/** How long an applicant has to confirm their address before the application is deleted. */
export const CONFIRM_WITHIN_HOURS = 24;
/** Declined applications are deleted this long after the decision. */
export const DECLINED_KEPT_DAYS = 90;

/** Limits on the public page, per visitor address, per page and per applicant's address. */
export const APPLY_LIMITS = {
  perIpPerHour: 5,
  perPagePerHour: 30,
  /** Confirmation mails to one address a day, across every page: the page cannot be used to mail a stranger. */
  mailsPerAddressPerDay: 2,
};

/**
 * Plain text only: control characters (but new lines and tabs) out, runs of blank
 * lines collapsed, trimmed. Markup stays as typed and is shown as text everywhere.
 */
export function plainText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, "\n")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, "")
      .replace(/\n{3,}/g, "\n\n")
      .trim()
  );
}

/** The first day of the calendar quarter `day` falls in. */
export function quarterStart(day: Day): Day {
  const [y, m] = day.split("-").map(Number) as [number, number];
  const first = Math.floor((m - 1) / 3) * 3 + 1;
  return `${y}-${String(first).padStart(2, "0")}-01`;
}

/** Places left this quarter: the places offered less the applications accepted since the quarter began. */
export const placesLeft = (placesPerQuarter: number, acceptedThisQuarter: number) =>
  Math.max(0, placesPerQuarter - acceptedThisQuarter);

/** The kind reply to a declined applicant, drafted for the owner to edit before it is sent. */
export function declineReply(applicant: string, owner: string | null) {
  const first = applicant.trim().split(/\s+/)[0] || applicant;
  return [
    `Dear ${first},`,
    "",
    "Thank you for applying, and for the care you put into your answers. I can't take you on as a mentee this time: my places are limited, and I want to give the people I mentor the time they deserve.",
    "",
    "Please don't read this as a judgement of you or your goals. Keep going, look for people a step or two ahead of you, and feel free to apply again in a later quarter.",
    "",
    "With best wishes,",
    owner?.trim() || "",
  ]
    .join("\n")
    .trim();
}
