"use client";

import { useEffect, useRef, useState } from "react";

export type AutosaveState = "idle" | "saving" | "saved" | "failed";

/**
 * Saves `value` half a second after its last change (not the value it starts
 * with) and says how that went. Only the save of the latest change may say
 * "saved": one that lands after a newer change leaves the state at "saving"
 * until the newer one lands, so a tab closed on "saved" has lost nothing.
 * `value` must keep its identity while unchanged (state, or useMemo).
 * Returns `stop`, which drops a save not yet started and keeps later changes
 * from saving until `resume` (the wizard's finish, which deletes the draft).
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<{ ok: boolean }>,
  { disabled = false, delayMs = 500 } = {},
) {
  const [state, setState] = useState<AutosaveState>("idle");
  const initial = useRef(true);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const stopped = useRef(false);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  useEffect(() => {
    if (initial.current) {
      initial.current = false;
      return;
    }
    if (disabled || stopped.current) return;
    const version = ++latest.current;
    setState("saving");
    timer.current = setTimeout(async () => {
      if (stopped.current) return;
      const result = await saveRef.current(value).catch(() => null);
      if (version === latest.current) setState(result?.ok ? "saved" : "failed");
    }, delayMs);
    return () => clearTimeout(timer.current);
  }, [value, disabled, delayMs]);

  return {
    state,
    stop: () => {
      stopped.current = true;
      clearTimeout(timer.current);
    },
    resume: () => {
      stopped.current = false;
    },
  };
}
