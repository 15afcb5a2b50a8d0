"use client";

import { useEffect } from "react";

/**
 * Sets `<html data-hydrated>` once the page has hydrated, so its buttons and shortcuts
 * (⌘K among them) have their listeners: the e2e tests wait for it after every load
 * (tests/e2e/support/test.ts) rather than clicking into a page that cannot answer yet.
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return null;
}
