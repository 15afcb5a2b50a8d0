"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/button";
import { inputClass } from "@/components/field";
import { useFormatDay } from "@/components/locale";
import { textLinkClass } from "@/components/text-link";
import { useToast } from "@/components/toast";
import { timeTogetherAction } from "@/server/mentors/mentors.time.actions";
import { type MentorOption, useMentorSearch } from "./shell/use-mentor-search";

type Option = MentorOption;

/** The form is loaded when the dialog first asks for it: every page has this dialog, few use it on load. */
const CheckInForm = dynamic(() => import("@/components/check-in-form").then((m) => m.CheckInForm), { ssr: false });

const QUICK_CHECK_IN_EVENT = "mentor-map:log-check-in";

/** Opens the quick check-in from anywhere, with a mentor already chosen or not. */
export const openQuickCheckIn = (mentor: Option | null = null) =>
  window.dispatchEvent(new CustomEvent(QUICK_CHECK_IN_EVENT, { detail: mentor }));

/** A button that opens the quick check-in with this mentor already chosen. */
export function LogCheckInButton({ mentor }: { mentor: Option }) {
  return (
    <Button type="button" variant="secondary" className="px-3 py-1" onClick={() => openQuickCheckIn(mentor)}>
      Log check-in<span className="sr-only"> with {mentor.name}</span>
    </Button>
  );
}

/** "Log check-in" from anywhere: the header button or the C key. */
export function QuickCheckIn({ today }: { today: string }) {
  const formatDayLong = useFormatDay();
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [mentor, setMentor] = useState<Option | null>(null);

  const show = useCallback(() => {
    setMentor(null);
    setOpen(true);
    dialog.current?.showModal();
  }, []);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const target = e.target as HTMLElement;
      if (e.key.toLowerCase() !== "c" || e.metaKey || e.ctrlKey || e.altKey) return;
      if (target.closest("input, textarea, select, [contenteditable=true]")) return;
      e.preventDefault();
      show();
    }
    // "Log check-in" beside a due reminder opens the dialog with its mentor chosen.
    function onOpen(e: Event) {
      setMentor((e as CustomEvent<Option | null>).detail ?? null);
      setOpen(true);
      dialog.current?.showModal();
    }
    window.addEventListener("keydown", onKey);
    window.addEventListener(QUICK_CHECK_IN_EVENT, onOpen);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener(QUICK_CHECK_IN_EVENT, onOpen);
    };
  }, [show]);

  function close() {
    dialog.current?.close();
    setOpen(false);
  }

  return (
    <>
      {/* On phones the bottom bar has it, and the C key works everywhere. */}
      <div className="hidden md:block">
        <Button type="button" variant="secondary" onClick={show} aria-keyshortcuts="c">
          Log check-in <kbd className="rounded border border-zinc-300 px-1 text-xs dark:border-zinc-600">C</kbd>
        </Button>
      </div>
      <dialog
        ref={dialog}
        onClose={() => setOpen(false)}
        aria-labelledby="quick-check-in-title"
        className="m-auto w-full max-w-lg rounded-xl bg-white p-6 text-zinc-900 shadow-xl backdrop:bg-black/40 dark:bg-zinc-900 dark:text-zinc-100"
      >
        <div className="mb-4 flex items-center justify-between">
          <h2 id="quick-check-in-title" className="text-lg font-semibold">
            Log a check-in
          </h2>
          <Button type="button" variant="ghost" onClick={close} aria-label="Close">
            ×
          </Button>
        </div>
        {open && !mentor ? <MentorPicker onPick={setMentor} /> : null}
        {open && mentor ? (
          <div className="space-y-4">
            <p className="text-sm">
              With <strong>{mentor.name}</strong>{" "}
              <button type="button" className={textLinkClass} onClick={() => setMentor(null)}>
                change
              </button>
            </p>
            <TheirTimeNow mentorId={mentor.id} name={mentor.name} />
            <CheckInForm
              mentorId={mentor.id}
              mentorName={mentor.name}
              today={today}
              autoFocus
              onLogged={({ nextCheckInOn, queued }) => {
                close();
                toast({
                  message: queued
                    ? `No connection: the check-in with ${mentor.name} is saved on this device and syncs when you are back online.`
                    : `Check-in with ${mentor.name} logged.${nextCheckInOn ? ` Next one: ${formatDayLong(nextCheckInOn)}.` : ""}`,
                });
                router.refresh();
              }}
            />
          </div>
        ) : null}
      </dialog>
    </>
  );
}

type TimeTogether = { zone: string; theirTime: string; theirDay: string; offset: string; windows: string[] } | null;

/** For a mentor with a time zone: their time now and the next hours you are both at work. */
function TheirTimeNow({ mentorId, name }: { mentorId: string; name: string }) {
  const [time, setTime] = useState<{ mentorId: string; value: TimeTogether }>();
  useEffect(() => {
    let live = true;
    // Offline (the check-in itself can be queued), the line is simply left out.
    timeTogetherAction({ id: mentorId })
      .then((r) => {
        if (live && r.ok) setTime({ mentorId, value: r.data });
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [mentorId]);
  const t = time?.mentorId === mentorId ? time.value : null;
  if (!t) return null;
  return (
    <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="quick-their-time">
      It is {t.theirDay} {t.theirTime} for {name} ({t.zone}, {t.offset}).
      {t.windows.length ? ` Both at work next: ${t.windows[0]} your time.` : ""}
    </p>
  );
}

/** An accessible combobox over the user's mentors (searched on the server). */
function MentorPicker({ onPick }: { onPick: (m: Option) => void }) {
  const listId = useId();
  const [q, setQ] = useState("");
  const { options, error } = useMentorSearch(q);
  const [active, setActive] = useState(0);
  // A new list starts at its first option (React's "adjust state on a prop change" pattern).
  const [listed, setListed] = useState(options);
  if (listed !== options) {
    setListed(options);
    setActive(0);
  }

  return (
    <div className="space-y-2">
      <label htmlFor={`${listId}-input`} className="block text-sm font-medium">
        Who did you talk to?
      </label>
      <input
        id={`${listId}-input`}
        role="combobox"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-activedescendant={options[active] ? `${listId}-${options[active].id}` : undefined}
        // biome-ignore lint/a11y/noAutofocus: the dialog opened to ask exactly this; focus belongs here
        autoFocus
        autoComplete="off"
        className={inputClass}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, options.length - 1));
          else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0));
          else if (e.key === "Enter" && options[active]) onPick(options[active]);
          else return;
          e.preventDefault();
        }}
      />
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {/* The ARIA combobox pattern: the input above owns focus and the keyboard (aria-activedescendant), so the options take neither. */}
      {/* biome-ignore-start lint/a11y/noNoninteractiveElementToInteractiveRole: see above */}
      {/* biome-ignore-start lint/a11y/useFocusableInteractive: see above */}
      {/* biome-ignore-start lint/a11y/useKeyWithClickEvents: see above */}
      <ul
        id={listId}
        role="listbox"
        aria-label="Mentors"
        className="max-h-64 overflow-y-auto rounded-md border border-zinc-200 dark:border-zinc-700"
      >
        {options.map((o, i) => (
          <li
            key={o.id}
            id={`${listId}-${o.id}`}
            role="option"
            aria-selected={i === active}
            className={`cursor-pointer px-3 py-2 text-sm ${i === active ? "bg-brand-50 dark:bg-zinc-800" : ""}`}
            onMouseEnter={() => setActive(i)}
            onClick={() => onPick(o)}
          >
            {o.name}
            {o.organisation ? <span className="text-zinc-600 dark:text-zinc-400"> · {o.organisation}</span> : null}
          </li>
        ))}
        {options.length === 0 && !error ? (
          <li className="px-3 py-2 text-sm text-zinc-600 dark:text-zinc-400">No mentor matches.</li>
        ) : null}
      </ul>
      {/* biome-ignore-end lint/a11y/useKeyWithClickEvents: see above */}
      {/* biome-ignore-end lint/a11y/useFocusableInteractive: see above */}
      {/* biome-ignore-end lint/a11y/noNoninteractiveElementToInteractiveRole: see above */}
    </div>
  );
}
