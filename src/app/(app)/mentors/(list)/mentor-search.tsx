"use client";

import { Search } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { inputClass } from "@/components/field-styles";

/**
 * Search as you type: the URL follows (debounced, replacing the entry so Back leaves
 * the list rather than stepping through every letter), and the list is rendered on
 * the server from it. Enter searches at once.
 */
export function MentorSearch({ initial }: { initial: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [q, setQ] = useState(initial);
  const [pending, startTransition] = useTransition();
  const sent = useRef(initial);

  // Back and forward bring another query: show it.
  const [shownFor, setShownFor] = useState(initial);
  if (shownFor !== initial) {
    setShownFor(initial);
    setQ(initial);
    sent.current = initial;
  }

  useEffect(() => {
    if (q.trim() === sent.current.trim()) return;
    const timer = setTimeout(() => search(q), 250);
    return () => clearTimeout(timer);
  });

  function search(value: string) {
    sent.current = value;
    const next = new URLSearchParams(params);
    if (value.trim()) next.set("q", value.trim());
    else next.delete("q");
    for (const key of ["page", "deleted", "name"]) next.delete(key);
    const search = next.toString();
    startTransition(() => router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false }));
  }

  return (
    <label className="relative block min-w-0 flex-1">
      <span className="sr-only">Search</span>
      <Search
        aria-hidden
        className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-zinc-500"
      />
      <input
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== "Enter") return;
          e.preventDefault();
          search(q);
        }}
        placeholder="Search name, organisation, email, role or notes"
        aria-busy={pending || undefined}
        className={`${inputClass} pl-9`}
      />
    </label>
  );
}
