"use client";

import { useEffect, useState } from "react";

export type MentorOption = { id: string; name: string; organisation: string | null };

/**
 * The user's mentors matching `q`, searched on the server as they type (debounced;
 * a newer query cancels the older one). `enabled: false` stops searching.
 */
export function useMentorSearch(q: string, { enabled = true, delay = 150 } = {}) {
  const [options, setOptions] = useState<MentorOption[]>([]);
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    setLoading(true);
    const timer = setTimeout(async () => {
      try {
        // A newer query cancels this one; a server that does not answer in 10 s gets the error below.
        const signal = AbortSignal.any([controller.signal, AbortSignal.timeout(10_000)]);
        const res = await fetch(`/api/mentors/search?q=${encodeURIComponent(q)}`, { signal });
        if (!res.ok) throw new Error(String(res.status));
        setOptions((await res.json()).mentors);
        setError(undefined);
      } catch (e) {
        if ((e as Error).name !== "AbortError") setError("Could not search your mentors. Try again.");
      } finally {
        if (!controller.signal.aborted) setLoading(false);
      }
    }, delay);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, enabled, delay]);

  return { options, error, loading };
}
