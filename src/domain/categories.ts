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
