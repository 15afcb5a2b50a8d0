import { categoryBadgeClass, categoryInfo } from "@/domain/categories";
import type { MentorCategory } from "@/generated/prisma/enums";

export function CategoryBadge({ category }: { category: MentorCategory }) {
  const info = categoryInfo(category);
  return (
    <span title={info.meaning} className={categoryBadgeClass(category)}>
      {info.label}
    </span>
  );
}
