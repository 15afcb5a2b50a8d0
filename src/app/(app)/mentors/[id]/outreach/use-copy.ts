"use client";

import { useRef, useState } from "react";

export type CopyState = "idle" | "copied" | "failed";

/**
 * Copies text to the clipboard and says honestly how it went: browsers refuse the
 * clipboard outside https and localhost (the app at a LAN address over http), and
 * a user may deny it. The state goes back to idle after a few seconds.
 */
export function useCopy() {
  const [state, setState] = useState<CopyState>("idle");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  async function copy(text: string) {
    let copied = false;
    try {
      if (navigator.clipboard) {
        await navigator.clipboard.writeText(text);
        copied = true;
      }
    } catch {
      copied = false;
    }
    setState(copied ? "copied" : "failed");
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState("idle"), copied ? 3_000 : 10_000);
    return copied;
  }
  return { state, copy };
}
