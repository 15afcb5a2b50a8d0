import "server-only";
import { db } from "../db";

/** The user's shelf of resources, by title. */
export function listResources(userId: string) {
  return db.resource.findMany({
    where: { userId },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: { id: true, title: true, url: true, kind: true, questions: true },
    take: 300,
  });
}
export type ResourceRow = Awaited<ReturnType<typeof listResources>>[number];
