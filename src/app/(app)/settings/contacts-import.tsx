"use client";

import { useState } from "react";
import { Button } from "@/components/button";
import { Field, InputField, inputClass } from "@/components/field";
import Link from "@/components/link";
import { Options } from "@/components/options";
import { submitWith } from "@/components/submit-with";
import { CATEGORIES } from "@/domain/categories";
import { counted } from "@/domain/plural";
import type { ContactsPreview, Decision } from "@/server/import-export/contacts-import";
import { UploadStatus } from "./upload-status";
import { useImportUpload } from "./use-import-upload";

/** LinkedIn's Connections.csv or a vCard file: preview with per-row problems and duplicates, a choice for each, then all at once. */
export function ContactsImport() {
  const [category, setCategory] = useState("PEER");
  const [decisions, setDecisions] = useState<Record<number, Decision>>({});
  const { file, choose, input, preview, setPreview, progress, busy, error, done, send } =
    useImportUpload<ContactsPreview>((chosen, commit) => {
      const body = new FormData();
      body.set("file", chosen);
      body.set("category", category);
      body.set("commit", commit ? "1" : "0");
      body.set("decisions", JSON.stringify(decisions));
      return { url: "/api/import/contacts", body };
    });

  const linkedDuplicates = preview?.duplicates.filter((d) => d.of.id) ?? [];
  return (
    <div className="space-y-3">
      <form onSubmit={submitWith(() => void send(false))} className="space-y-3" aria-label="Import contacts" noValidate>
        <InputField
          id="linkedin-file"
          label="Import contacts: LinkedIn’s Connections.csv or a vCard file (.vcf)"
          hint="From LinkedIn: Settings → Data privacy → Get a copy of your data → Connections. From a phone or mail app: export contacts as vCard. They come in as Prospects."
          ref={input}
          type="file"
          accept=".csv,.vcf,.vcard,text/csv,text/vcard"
          className="block w-full text-sm file:mr-3 file:min-h-11 file:rounded-md file:border file:border-zinc-300 file:bg-white file:px-3 md:file:min-h-9 dark:file:border-zinc-700 dark:file:bg-zinc-900"
          onChange={(e) => {
            choose(e.target.files?.[0] ?? null);
            setDecisions({});
          }}
        />
        <Field id="linkedin-category" label="Add them as">
          {(p) => (
            <select
              {...p}
              value={category}
              onChange={(e) => setCategory(e.target.value)}
              className={`${inputClass} max-w-xs`}
            >
              <Options items={CATEGORIES} />
            </select>
          )}
        </Field>
        <UploadStatus
          progress={progress}
          error={error}
          done={
            done ? (
              <>
                Imported {counted(done.newCount, "person", "people")} as Prospects.{" "}
                <Link href="/mentors?stage=PROSPECT" className="underline">
                  See them
                </Link>
              </>
            ) : null
          }
        />
        {!preview ? (
          <Button type="submit" variant="secondary" disabled={!file || busy}>
            Preview import
          </Button>
        ) : null}
      </form>
      {preview ? (
        <section
          aria-labelledby="contacts-preview"
          className="space-y-3 rounded-md border border-zinc-200 p-4 text-sm dark:border-zinc-700"
          data-testid="contacts-preview"
        >
          <h3 id="contacts-preview" className="font-semibold">
            {counted(preview.total, "row")}: {preview.newCount} new, {preview.duplicates.length} already known,{" "}
            {preview.problems.length} with problems
          </h3>
          {preview.notes.map((n) => (
            <p key={n}>{n}</p>
          ))}
          {preview.problems.length ? (
            <details open={preview.problems.length <= 10}>
              <summary className="cursor-pointer font-medium">Rows that will be left out</summary>
              <ul className="mt-1 max-h-48 list-disc overflow-y-auto pl-5">
                {preview.problems.map((p) => (
                  <li key={p.line}>
                    Line {p.line}: {p.message}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {linkedDuplicates.length ? (
            <div className="space-y-2">
              <p className="font-medium">Already on your map: choose for each</p>
              <ul className="max-h-72 space-y-2 overflow-y-auto">
                {linkedDuplicates.map((d) => (
                  <li key={d.line} className="flex flex-wrap items-center gap-2" data-testid="duplicate">
                    <span>
                      Line {d.line}: <strong>{d.name}</strong> matches {d.of.name} (same {d.of.by})
                    </span>
                    <select
                      aria-label={`What to do with ${d.name} (line ${d.line})`}
                      value={decisions[d.line] ?? "skip"}
                      onChange={(e) => setDecisions((all) => ({ ...all, [d.line]: e.target.value as Decision }))}
                      className={`${inputClass} w-auto`}
                    >
                      <option value="skip">Skip</option>
                      <option value="update">Fill in what {d.of.name} lacks</option>
                      <option value="add">Add as a different person</option>
                    </select>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {preview.duplicates.length > linkedDuplicates.length ? (
            <p>
              {counted(preview.duplicates.length - linkedDuplicates.length, "row repeats", "rows repeat")} an earlier
              row of the file and {preview.duplicates.length - linkedDuplicates.length === 1 ? "is" : "are"} skipped.
            </p>
          ) : null}
          <div className="flex gap-2">
            <Button type="button" onClick={() => void send(true)} disabled={busy}>
              Import{" "}
              {counted(
                preview.newCount + Object.values(decisions).filter((d) => d === "add").length,
                "person",
                "people",
              )}
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
