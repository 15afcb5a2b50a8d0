import { categoryInfo } from "@/domain/categories";
import type { MentorCategory } from "@/generated/prisma/enums";

const colours: Record<MentorCategory, string> = {
  SAGE: "bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-200",
  PEER: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
  REVERSE: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  SPECIALIST: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  ACCOUNTABILITY: "bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-200",
};

export function CategoryBadge({ category }: { category: MentorCategory }) {
  const info = categoryInfo(category);
  return (
    <span
      title={info.meaning}
      className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${colours[category]}`}
    >
      {info.label}
    </span>
  );
}
