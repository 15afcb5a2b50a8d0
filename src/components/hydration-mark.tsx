"use client";

import { useEffect } from "react";

/**
 * Sets `<html data-hydrated>` once the tree around it has hydrated, so its listeners
 * (⌘K among them) are attached: a test presses a shortcut after it, not before.
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return null;
}
