"use client";

import { useRef, useState } from "react";

type Answer<P> = { ok: true; body: P } | { ok: false; error: string };

/** Sends a body with upload progress (fetch cannot report it), answering the JSON reply. */
function upload<P>(url: string, body: XMLHttpRequestBodyInit, onProgress: (fraction: number) => void) {
  return new Promise<Answer<P>>((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      const reply = xhr.response as (P & { error?: string }) | null;
      if (xhr.status < 300 && reply) return resolve({ ok: true, body: reply });
      resolve({ ok: false, error: reply?.error ?? "The server did not answer; nothing was imported." });
    };
    xhr.onerror = () =>
      resolve({ ok: false, error: "The upload failed; nothing was imported. Check your connection and try again." });
    xhr.send(body);
  });
}

/**
 * The two import screens' flow: choose a file, upload it for a preview, then upload
 * it again to commit, with progress, errors and a reset of the file input after.
 * `request` says where and how to send the file; `done` is the committed answer.
 */
export function useImportUpload<P>(
  request: (file: File, commit: boolean) => { url: string; body: XMLHttpRequestBodyInit },
) {
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<P | null>(null);
  const [progress, setProgress] = useState<{ label: string; value: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<P | null>(null);
  const input = useRef<HTMLInputElement>(null);

  /** A new file (or none): whatever was previewed or reported belongs to the old one. */
  function choose(next: File | null) {
    setFile(next);
    setPreview(null);
    setError(null);
    setDone(null);
  }

  async function send(commit: boolean) {
    if (!file) return setError("Choose a file first.");
    setError(null);
    setDone(null);
    const label = commit ? "Importing" : "Reading the file";
    setProgress({ label: `${label}…`, value: 0 });
    const { url, body } = request(file, commit);
    const answer = await upload<P>(url, body, (value) =>
      setProgress({ label: value < 1 ? `Uploading ${Math.round(value * 100)}%` : `${label}…`, value }),
    );
    setProgress(null);
    // A refused or failed commit keeps its preview: the choices made there are not lost, and Import can be retried.
    if (!answer.ok) return setError(answer.error);
    if (!commit) return setPreview(answer.body);
    setPreview(null);
    setFile(null);
    if (input.current) input.current.value = "";
    setDone(answer.body);
  }

  return { file, choose, input, preview, setPreview, progress, busy: progress !== null, error, done, send };
}
