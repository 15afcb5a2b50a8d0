import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { env } from "../env";

const outboxMessage = z.object({
  id: z.string(),
  from: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string().optional(),
  sentAt: z.string(),
});
export type OutboxMessage = z.infer<typeof outboxMessage>;

function dir() {
  return path.resolve(env().OUTBOX_DIR);
}

export async function writeToOutbox(mail: Omit<OutboxMessage, "id" | "sentAt">): Promise<string> {
  const sentAt = new Date().toISOString();
  const id = `${sentAt.replace(/[:.]/g, "-")}-${randomUUID().slice(0, 8)}`;
  await mkdir(dir(), { recursive: true });
  await writeFile(path.join(dir(), `${id}.json`), JSON.stringify({ ...mail, id, sentAt }, null, 2));
  return id;
}

/** Newest first. */
export async function readOutbox(limit = 50): Promise<OutboxMessage[]> {
  let names: string[];
  try {
    names = (await readdir(dir())).filter((n) => n.endsWith(".json"));
  } catch {
    return [];
  }
  names.sort().reverse();
  const messages = await Promise.all(
    names
      .slice(0, limit)
      .map(async (name) => outboxMessage.safeParse(JSON.parse(await readFile(path.join(dir(), name), "utf8")))),
  );
  return messages.flatMap((m) => (m.success ? [m.data] : []));
}
