import "server-only";
import { db } from "../db";

export async function listGapAreas(userId: string) {
  return db.gapArea.findMany({ where: { userId }, orderBy: [{ priority: "asc" }, { name: "asc" }], select: { id: true, name: true } });
}
