/** A labelled progress bar: the label and the figure are read out, the bar is for the eye. */
export function ProgressBar({
  label,
  value,
  text,
  size = "md",
}: {
  label: string;
  value: number;
  text?: string;
  size?: "sm" | "md";
}) {
  const percent = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={text ?? `${percent}%`}
      className={`w-full overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800 ${size === "sm" ? "h-1.5" : "h-2.5"}`}
    >
      <div
        className={`h-full rounded-full ${percent >= 100 ? "bg-emerald-600" : "bg-brand-600"}`}
        style={{ width: `${percent}%` }}
      />
    </div>
  );
}
