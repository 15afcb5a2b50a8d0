import { z } from "zod";
import { category } from "../mentors/mentors.schema";

const commit = z.enum(["0", "1"], { error: "commit is 0 (preview) or 1." }).default("0");

/** POST /api/import?mode=…&commit=…: a Mentor Map export as the body. */
export const importMapSchema = z.object({
  mode: z.enum(["restore", "merge"], { error: "mode is restore or merge." }),
  commit,
});

/** POST /api/import/contacts: the form's fields beside its file. */
export const importContactsSchema = z.object({
  commit,
  category: category.default("PEER"),
  /** For each duplicate (by line): skip it, fill in the existing mentor, or add a second person. */
  decisions: z
    .string()
    .max(2_000_000)
    .default("{}")
    .transform((v, ctx) => {
      try {
        return z.record(z.string().regex(/^\d+$/), z.enum(["skip", "update", "add"])).parse(JSON.parse(v));
      } catch {
        ctx.addIssue({ code: "custom", message: "The choices for duplicates could not be read." });
        return z.NEVER;
      }
    }),
});
