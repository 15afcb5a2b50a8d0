import type { MentorCategory } from "@/generated/prisma/enums";

/** The five kinds of mentorship relationship, in map order, with what each means. */
export const CATEGORIES: readonly {
  value: MentorCategory;
  label: string;
  meaning: string;
  typicalCadence: string;
  /** Suggested check-in rhythm in days; null where it is "as needed". */
  defaultCadenceDays: number | null;
}[] = [
  {
    value: "SAGE",
    label: "Sage",
    meaning: "Significantly ahead on a path you want to follow: wisdom, perspective, access.",
    typicalCadence: "quarterly",
    defaultCadenceDays: 90,
  },
  {
    value: "PEER",
    label: "Peer",
    meaning: "At your level, facing the same challenges: real-time problem solving and support.",
    typicalCadence: "monthly",
    defaultCadenceDays: 30,
  },
  {
    value: "REVERSE",
    label: "Reverse",
    meaning: "Junior to you, and teaches you new skills or perspectives.",
    typicalCadence: "monthly",
    defaultCadenceDays: 30,
  },
  {
    value: "SPECIALIST",
    label: "Specialist",
    meaning: "Expert guidance in one specific area.",
    typicalCadence: "as needed or quarterly",
    defaultCadenceDays: null,
  },
  {
    value: "ACCOUNTABILITY",
    label: "Accountability",
    meaning: "Makes sure you follow through on your commitments.",
    typicalCadence: "weekly",
    defaultCadenceDays: 7,
  },
];

export function categoryInfo(value: MentorCategory) {
  const info = CATEGORIES.find((c) => c.value === value);
  if (!info) throw new Error(`Unknown category ${value}`);
  return info;
}

/** A category's badge colours (src/components/category-badge.tsx, and tables built as HTML). */
const BADGE_COLOURS: Record<MentorCategory, string> = {
  SAGE: "bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-200",
  PEER: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
  REVERSE: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  SPECIALIST: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  ACCOUNTABILITY: "bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-200",
};

export const categoryBadgeClass = (category: MentorCategory) =>
  `inline-block rounded-full px-2 py-0.5 text-xs font-medium ${BADGE_COLOURS[category]}`;
