/** What a form says when its write was saved on this device instead of sent. */
export function QueuedNotice({
  children = "No connection: saved on this device, waiting to sync.",
}: {
  children?: string;
}) {
  return (
    <p
      role="status"
      className="rounded-md bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
    >
      {children}
    </p>
  );
}
