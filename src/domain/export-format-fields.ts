import { z } from "zod";

// The pieces the export's records are made of (src/domain/export-format.ts).

export const id = z.string().min(1).max(100);
export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");
export const instant = z.iso.datetime({ offset: true });
/** Free text: generous bounds (the app's own forms are stricter), to refuse only absurd files. */
export const short = z.string().max(1_000);
export const long = z.string().max(20_000);
export const category = z.enum(["SAGE", "PEER", "REVERSE", "SPECIALIST", "ACCOUNTABILITY"]);
export const stage = z.enum(["PROSPECT", "RESEARCHED", "CONTACTED", "IN_CONVERSATION", "ACTIVE", "PAUSED", "DECLINED"]);
export const rating = z.number().int().min(1).max(10).nullable();
export const menteeStage = z.enum(["APPLIED", "ACCEPTED", "ACTIVE", "ALUMNI", "WAITLISTED", "DECLINED"]);
export const channel = z.enum(["COFFEE", "CALL", "VIDEO", "ASYNC", "DOCUMENT", "EMAIL", "EVENT"]);
export const reminderStatus = z.enum(["PENDING", "DONE", "SNOOZED", "SKIPPED"]);
export const valueKind = z.enum([
  "ADVICE",
  "INTRODUCTION",
  "FEEDBACK",
  "SPONSORSHIP",
  "SKILL_TEACHING",
  "PROJECT_HELP",
  "RESEARCH_OR_CONTENT",
  "OTHER",
]);
/** A working hour, 0–24 (files from before working hours have none: 9–18, or none for a mentor). */
export const workHour = z.number().int().min(0).max(24);
