"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { Command } from "cmdk";
import { Camera, MessageSquarePlus, Search, Settings, Target, UserPlus, UserRound } from "lucide-react";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { useToast } from "@/components/toast";
import { categoryInfo } from "@/domain/categories";
import type { MentorCategory } from "@/generated/prisma/enums";
import { takeSnapshotAction } from "@/server/snapshots/snapshots.actions";
import { openQuickCheckIn } from "../quick-check-in";
import { OPEN_PALETTE_EVENT } from "./command-palette";
import { HELP, NAV_GROUPS, type NavItem } from "./nav-items";
import { useMentorSearch } from "./use-mentor-search";

type Gap = { areaId: string; areaName: string; category: MentorCategory };

const PAGES: NavItem[] = [
  ...NAV_GROUPS.flatMap((g) => g.items),
  { href: "/settings", label: "Settings", icon: Settings },
  HELP,
];

/** Every word typed appears somewhere in the text, in any order. */
const matches = (text: string, q: string) =>
  q
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => text.toLowerCase().includes(word));

const itemClass =
  "flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-3 py-2 text-sm data-[selected=true]:bg-brand-50 md:min-h-9 dark:data-[selected=true]:bg-zinc-800";
const groupClass =
  "px-1 py-1 [&_[cmdk-group-heading]]:px-3 [&_[cmdk-group-heading]]:py-1 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:text-zinc-600 dark:[&_[cmdk-group-heading]]:text-zinc-400";

/**
 * ⌘K / Ctrl+K: jump to a mentor or a page, or run a command, from anywhere. Loaded on
 * first use (src/app/(app)/shell/command-palette.tsx), and open from the start then.
 */
export default function PaletteDialog() {
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState("");
  const [gaps, setGaps] = useState<Gap[]>([]);
  const { options: mentors, loading, error } = useMentorSearch(q, { enabled: open, delay: 120 });

  const show = useCallback(() => {
    setQ("");
    setOpen(true);
    fetch("/api/gaps", { signal: AbortSignal.timeout(10_000) })
      .then((r) => (r.ok ? r.json() : { gaps: [] }))
      .then((body: { gaps: Gap[] }) => setGaps(body.gaps))
      .catch(() => setGaps([]));
  }, []);

  // Loaded because it was asked for: open at once.
  useEffect(show, [show]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.key.toLowerCase() !== "k" || !(e.metaKey || e.ctrlKey) || e.altKey || e.shiftKey) return;
      e.preventDefault();
      if (open) setOpen(false);
      else show();
    }
    window.addEventListener("keydown", onKey);
    window.addEventListener(OPEN_PALETTE_EVENT, show);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener(OPEN_PALETTE_EVENT, show);
    };
  }, [open, show]);

  /** Closes the palette, then runs the command (a dialog it opens must not fight the palette for focus). */
  const run = (command: () => void) => {
    setOpen(false);
    setTimeout(command, 0);
  };
  const go = (href: string) => run(() => router.push(href));

  const pages = PAGES.filter((p) => matches(p.label, q));
  const gapItems = gaps
    .map((g) => ({ ...g, label: `Add a prospect for the gap ${g.areaName} × ${categoryInfo(g.category).label}` }))
    .filter((g) => matches(g.label, q))
    .slice(0, q ? 8 : 3);
  const commands = [
    { label: "Log a check-in…", icon: MessageSquarePlus, run: () => run(() => openQuickCheckIn(null)) },
    { label: "Add mentor", icon: UserPlus, run: () => go("/mentors/new") },
    {
      label: "Take a snapshot of the map",
      icon: Camera,
      run: () =>
        run(async () => {
          const result = await takeSnapshotAction({});
          toast({ message: result.ok ? "Snapshot saved. Compare it on the snapshots page." : result.error });
        }),
    },
  ].filter((c) => matches(c.label, q));

  // A new list selects its first item (cmdk would keep the old one, wherever it moved to).
  const values = [
    ...mentors.map((m) => `mentor-${m.id}`),
    ...(q ? mentors.slice(0, 3).map((m) => `check-in-${m.id}`) : []),
    ...commands.map((c) => c.label),
    ...gapItems.map((g) => `gap-${g.areaId}-${g.category}`),
    ...pages.map((p) => `page-${p.href}`),
  ];
  const [selected, setSelected] = useState("");
  const [listed, setListed] = useState("");
  const signature = values.join("|");
  if (listed !== signature) {
    setListed(signature);
    setSelected(values[0] ?? "");
  }

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-black/40" />
        <Dialog.Content
          aria-describedby={undefined}
          className="fixed inset-x-2 top-4 z-50 mx-auto max-w-xl overflow-hidden rounded-xl bg-white text-zinc-900 shadow-2xl md:top-24 dark:bg-zinc-900 dark:text-zinc-100"
        >
          <Dialog.Title className="sr-only">Search and commands</Dialog.Title>
          <Command shouldFilter={false} label="Search and commands" loop value={selected} onValueChange={setSelected}>
            <div className="flex items-center gap-2 border-b border-zinc-200 px-3 dark:border-zinc-700">
              <Search aria-hidden className="size-4 shrink-0 text-zinc-500" />
              <Command.Input
                value={q}
                onValueChange={setQ}
                placeholder="Find a mentor or a page, or type a command…"
                className="h-12 w-full bg-transparent text-base outline-none placeholder:text-zinc-500 md:text-sm"
              />
            </div>
            <Command.List className="max-h-[min(60vh,28rem)] overflow-y-auto p-1">
              {error ? <p className="px-3 py-2 text-sm text-red-700 dark:text-red-300">{error}</p> : null}
              {!loading ? (
                <Command.Empty className="px-3 py-6 text-center text-sm text-zinc-600 dark:text-zinc-400">
                  Nothing matches “{q}”.
                </Command.Empty>
              ) : null}
              {mentors.length ? (
                <Command.Group heading="Mentors" className={groupClass}>
                  {mentors.map((m) => (
                    <Command.Item
                      key={m.id}
                      value={`mentor-${m.id}`}
                      onSelect={() => go(`/mentors/${m.id}`)}
                      className={itemClass}
                    >
                      <UserRound aria-hidden className="size-4 shrink-0" />
                      <span className="truncate">
                        {m.name}
                        {m.organisation ? (
                          <span className="text-zinc-600 dark:text-zinc-400"> · {m.organisation}</span>
                        ) : null}
                      </span>
                    </Command.Item>
                  ))}
                </Command.Group>
              ) : null}
              {q && mentors.length ? (
                <Command.Group heading="Log a check-in" className={groupClass}>
                  {mentors.slice(0, 3).map((m) => (
                    <Command.Item
                      key={m.id}
                      value={`check-in-${m.id}`}
                      onSelect={() => run(() => openQuickCheckIn(m))}
                      className={itemClass}
                    >
                      <MessageSquarePlus aria-hidden className="size-4 shrink-0" />
                      <span className="truncate">Log a check-in with {m.name}</span>
                    </Command.Item>
                  ))}
                </Command.Group>
              ) : null}
              {commands.length ? (
                <Command.Group heading="Commands" className={groupClass}>
                  {commands.map((c) => (
                    <Command.Item key={c.label} value={c.label} onSelect={c.run} className={itemClass}>
                      <c.icon aria-hidden className="size-4 shrink-0" />
                      {c.label}
                    </Command.Item>
                  ))}
                </Command.Group>
              ) : null}
              {gapItems.length ? (
                <Command.Group heading="Fill a gap" className={groupClass}>
                  {gapItems.map((g) => (
                    <Command.Item
                      key={`${g.areaId}-${g.category}`}
                      value={`gap-${g.areaId}-${g.category}`}
                      onSelect={() => go(`/mentors/new?category=${g.category}&area=${encodeURIComponent(g.areaId)}`)}
                      className={itemClass}
                    >
                      <Target aria-hidden className="size-4 shrink-0" />
                      <span className="truncate">{g.label}</span>
                    </Command.Item>
                  ))}
                </Command.Group>
              ) : null}
              {pages.length ? (
                <Command.Group heading="Pages" className={groupClass}>
                  {pages.map((p) => (
                    <Command.Item
                      key={p.href}
                      value={`page-${p.href}`}
                      onSelect={() => go(p.href)}
                      className={itemClass}
                    >
                      <p.icon aria-hidden className="size-4 shrink-0" />
                      {p.label}
                    </Command.Item>
                  ))}
                </Command.Group>
              ) : null}
            </Command.List>
          </Command>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
