import type { ReactNode } from "react";
import { ProgressBar } from "@/components/progress-bar";

/** Where an import stands: the upload's progress, what went wrong, or what it did. */
export function UploadStatus({
  progress,
  error,
  done,
}: {
  progress: { label: string; value: number } | null;
  error: string | null;
  done: ReactNode;
}) {
  return (
    <>
      {progress ? <ProgressBar label={progress.label} value={progress.value} text={progress.label} /> : null}
      {error ? (
        <p role="alert" className="rounded-md bg-red-50 p-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {error}
        </p>
      ) : null}
      {done ? (
        <p
          role="status"
          className="rounded-md bg-emerald-50 p-2 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200"
        >
          {done}
        </p>
      ) : null}
    </>
  );
}
