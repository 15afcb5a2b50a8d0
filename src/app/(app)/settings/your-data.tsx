"use client";

import { useState } from "react";
import { Button, buttonClass } from "@/components/button";
import { InputField } from "@/components/field";
import { submitWith } from "@/components/submit-with";
import { FormError, useActionForm } from "@/components/use-action-form";
import { counted } from "@/domain/plural";
import { deleteAccountAction } from "@/server/account/account.actions";
import type { ImportPreview } from "@/server/import-export/map-import";
import { UploadStatus } from "./upload-status";
import { useImportUpload } from "./use-import-upload";

const LABELS: Record<string, string> = {
  gapAreas: "Gap areas",
  mentors: "Mentors",
  stageChanges: "Stage changes",
  checkIns: "Check-ins",
  reminders: "Check-in reminders",
  valueExchanges: "Value exchanges",
  outreachPlans: "Outreach plans",
  introductions: "Introductions",
  wins: "Wins",
  peerGroups: "Peer groups",
  dreamTeam: "Dream-team profiles",
  sprints: "Sprints",
  snapshots: "Map snapshots",
};

/** Download everything; bring an export back (preview first, then all or nothing). */
export function ExportImport() {
  const [mode, setMode] = useState<"merge" | "restore">("merge");
  const { file, choose, input, preview, setPreview, progress, busy, error, done, send } =
    useImportUpload<ImportPreview>((chosen, commit) => ({
      url: `/api/import?mode=${mode}&commit=${commit ? 1 : 0}`,
      body: chosen,
    }));
  const created = done ? Object.values(done.collections).reduce((n, c) => n + c.created, 0) : 0;

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap gap-2">
        <a className={buttonClass("secondary")} href="/api/export?format=json" download>
          Download JSON (everything)
        </a>
        <a className={buttonClass("secondary")} href="/api/export?format=csv" download>
          Download mentors as CSV
        </a>
      </div>
      <form
        onSubmit={submitWith(() => void send(false))}
        className="space-y-3"
        aria-label="Import a JSON export"
        noValidate
      >
        <InputField
          id="import-file"
          label="Import a Mentor Map export (JSON)"
          hint="Up to 50 MB. You see what will change before anything is written."
          ref={input}
          type="file"
          accept="application/json,.json"
          className="block w-full text-sm file:mr-3 file:min-h-11 file:rounded-md file:border file:border-zinc-300 file:bg-white file:px-3 md:file:min-h-9 dark:file:border-zinc-700 dark:file:bg-zinc-900"
          onChange={(e) => choose(e.target.files?.[0] ?? null)}
        />
        <fieldset className="space-y-1 text-sm">
          <legend className="font-medium">How</legend>
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="mode"
              checked={mode === "merge"}
              onChange={() => {
                setMode("merge");
                setPreview(null);
              }}
            />{" "}
            Merge into my map (people matched by email, then name; nothing duplicated)
          </label>
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="mode"
              checked={mode === "restore"}
              onChange={() => {
                setMode("restore");
                setPreview(null);
              }}
            />{" "}
            Restore into this empty account (settings too)
          </label>
        </fieldset>
        <UploadStatus
          progress={progress}
          error={error}
          done={done ? `Imported: ${counted(created, "record")} added.` : null}
        />
        {!preview ? (
          <Button type="submit" variant="secondary" disabled={busy || !file}>
            Preview import
          </Button>
        ) : null}
      </form>
      {preview ? (
        <section
          aria-labelledby="import-preview"
          className="space-y-3 rounded-md border border-zinc-200 p-4 dark:border-zinc-700"
          data-testid="import-preview"
        >
          <h3 id="import-preview" className="font-semibold">
            What this import will do
          </h3>
          <table className="w-full text-sm">
            <thead>
              <tr className="text-left text-zinc-600 dark:text-zinc-400">
                <th scope="col">What</th>
                <th scope="col">New</th>
                <th scope="col">Updated</th>
                <th scope="col">Already here</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(preview.collections).map(([key, c]) => (
                <tr key={key}>
                  <th scope="row" className="py-0.5 text-left font-normal">
                    {LABELS[key] ?? key}
                  </th>
                  <td>{c.created}</td>
                  <td>{c.updated}</td>
                  <td>{c.skipped}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.notes.map((n) => (
            <p key={n} className="text-sm text-amber-900 dark:text-amber-200">
              {n}
            </p>
          ))}
          <div className="flex gap-2">
            <Button type="button" onClick={() => void send(true)} disabled={busy}>
              {busy ? "Importing…" : "Import"}
            </Button>
            <Button type="button" variant="ghost" onClick={() => setPreview(null)}>
              Cancel
            </Button>
          </div>
        </section>
      ) : null}
    </div>
  );
}

/** Deleting everything, confirmed by typing the email address. */
export function DeleteAccount({ email }: { email: string }) {
  const [open, setOpen] = useState(false);
  const { errors, pending, submit } = useActionForm(deleteAccountAction, {}, () =>
    window.location.assign("/signin?deleted=1"),
  );
  if (!open) {
    return (
      <Button
        type="button"
        variant="secondary"
        onClick={() => setOpen(true)}
        className="border-red-300 text-red-800 dark:text-red-300"
      >
        Delete my account…
      </Button>
    );
  }
  return (
    <form
      onSubmit={submitWith((fd) => submit(fd))}
      noValidate
      className="space-y-3 rounded-md border border-red-300 p-4 dark:border-red-900"
      aria-label="Delete my account"
    >
      <p className="text-sm">
        This deletes your account and everything in it (every mentor, check-in, reminder, win and sprint) and signs you
        out. It cannot be undone: download your data first if you may want it.
      </p>
      <FormError errors={errors} />
      <InputField
        id="confirmEmail"
        label={`Type ${email} to confirm`}
        errors={errors.confirmEmail}
        name="confirmEmail"
        type="email"
        autoComplete="off"
      />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending} className="bg-red-700 hover:bg-red-800">
          {pending ? "Deleting…" : "Delete everything"}
        </Button>
        <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
