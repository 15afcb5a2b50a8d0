"use client";

import {
  type ComponentProps,
  createContext,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";
import Link from "@/components/link";

// A menu of links and commands on the browser's own popover (the `popover` attribute):
// it opens, closes on Escape or a click outside, and gives focus back to its button
// without any script, so a menu works before the page has hydrated and no menu library
// loads with the page (Radix's dropdown was about 35 KB compressed on every page that
// had one). The script adds what the menu-button pattern asks for: the arrow keys, Home
// and End, Tab closing the menu, the menu placed under its button, and aria-expanded.

type MenuState = {
  id: string;
  open: boolean;
  trigger: RefObject<HTMLButtonElement | null>;
  content: RefObject<HTMLDivElement | null>;
  defaultOpen: boolean;
  setOpen: (open: boolean) => void;
};
const MenuContext = createContext<MenuState | null>(null);
const useMenu = () => {
  const menu = useContext(MenuContext);
  if (!menu) throw new Error("A menu part outside <Menu>");
  return menu;
};

const itemsOf = (menu: HTMLElement) => [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
const close = (menu: MenuState) => menu.content.current?.hidePopover();

export function Menu({
  children,
  defaultOpen = false,
}: {
  children: ReactNode;
  /** Opens on first render, with focus on the first item (a menu made by the click that opens it). */
  defaultOpen?: boolean;
}) {
  const id = `menu-${useId().replace(/[^\w-]/g, "")}`;
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const content = useRef<HTMLDivElement>(null);
  return (
    <MenuContext.Provider value={{ id, open, trigger, content, defaultOpen, setOpen }}>{children}</MenuContext.Provider>
  );
}

/** The button that opens the menu; the down and up arrows open it on its first or last item. */
export function MenuTrigger({ children, ...props }: Omit<ComponentProps<"button">, "type">) {
  const menu = useMenu();
  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const el = menu.content.current;
    if (!el || (event.key !== "ArrowDown" && event.key !== "ArrowUp")) return;
    event.preventDefault();
    if (!el.matches(":popover-open")) el.showPopover();
    const items = itemsOf(el);
    (event.key === "ArrowDown" ? items[0] : items.at(-1))?.focus();
  }
  return (
    <button
      {...props}
      ref={menu.trigger}
      type="button"
      popoverTarget={menu.id}
      aria-haspopup="menu"
      aria-controls={menu.id}
      aria-expanded={menu.open}
      onKeyDown={onKeyDown}
    >
      {children}
    </button>
  );
}

const moreClass = (className: string) =>
  `inline-flex size-11 items-center justify-center rounded-md border border-zinc-300 bg-white text-zinc-700 hover:bg-zinc-50 md:size-9 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 ${className}`;

/** The ⋯ button that opens a menu of less frequent actions; `label` says what they are about. */
export function MoreTrigger({ label, className = "" }: { label: string; className?: string }) {
  return (
    <MenuTrigger aria-label={label} className={moreClass(className)}>
      <span aria-hidden className="icon-more" />
    </MenuTrigger>
  );
}

/**
 * A ⋯ menu for lists of many items (the pipeline's cards): a plain button until it is
 * first used, so a page of 70 cards does not render and hydrate 70 menus. Clicking it,
 * Enter, Space or the down arrow opens the real menu.
 */
export function LazyMoreMenu({
  label,
  menuLabel,
  className = "",
  children,
}: {
  label: string;
  menuLabel: string;
  className?: string;
  children: ReactNode;
}) {
  const [used, setUsed] = useState(false);
  if (!used)
    return (
      <button
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={false}
        className={moreClass(className)}
        onClick={() => setUsed(true)}
        onKeyDown={(event) => {
          if (event.key !== "ArrowDown") return;
          event.preventDefault();
          setUsed(true);
        }}
      >
        <span aria-hidden className="icon-more" />
      </button>
    );
  return (
    <Menu defaultOpen>
      <MoreTrigger label={label} className={className} />
      <MenuContent label={menuLabel}>{children}</MenuContent>
    </Menu>
  );
}

/** Under its button, right edges aligned, kept on screen; above the button when there is no room below. */
function place(content: HTMLElement, trigger: HTMLElement | null) {
  if (!trigger) return;
  const t = trigger.getBoundingClientRect();
  const m = content.getBoundingClientRect();
  const below = t.bottom + 6;
  const top = below + m.height > window.innerHeight - 8 && t.top - 6 - m.height >= 8 ? t.top - 6 - m.height : below;
  const left = Math.max(8, Math.min(t.right - m.width, window.innerWidth - m.width - 8));
  content.style.top = `${Math.round(top)}px`;
  content.style.left = `${Math.round(left)}px`;
}

export function MenuContent({ children, label }: { children: ReactNode; label: string }) {
  const menu = useMenu();
  const { content, trigger, defaultOpen, setOpen } = menu;

  useEffect(() => {
    const el = content.current;
    if (!el) return;
    const follow = () => place(el, trigger.current);
    const onToggle = (event: Event) => {
      const opened = (event as ToggleEvent).newState === "open";
      setOpen(opened);
      if (opened) {
        follow();
        if (!el.contains(document.activeElement)) itemsOf(el)[0]?.focus();
        window.addEventListener("scroll", follow, { capture: true, passive: true });
        window.addEventListener("resize", follow, { passive: true });
      } else {
        window.removeEventListener("scroll", follow, { capture: true });
        window.removeEventListener("resize", follow);
      }
    };
    el.addEventListener("toggle", onToggle);
    if (defaultOpen) el.showPopover();
    return () => {
      el.removeEventListener("toggle", onToggle);
      window.removeEventListener("scroll", follow, { capture: true });
      window.removeEventListener("resize", follow);
    };
  }, [content, trigger, defaultOpen, setOpen]);

  /** Arrows move round the items, Home and End jump, Tab closes the menu and goes on from its button. */
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const el = content.current;
    if (!el) return;
    if (event.key === "Tab") return close(menu);
    const items = itemsOf(el);
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next =
      event.key === "ArrowDown"
        ? (at + 1) % items.length
        : event.key === "ArrowUp"
          ? (at <= 0 ? items.length : at) - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? items.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    items[next]?.focus();
  }

  return (
    <div
      ref={content}
      id={menu.id}
      popover="auto"
      role="menu"
      aria-label={label}
      onKeyDown={onKeyDown}
      className="inset-auto m-0 min-w-48 rounded-md border border-zinc-200 bg-white p-1 text-sm text-zinc-900 shadow-lg dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
    >
      {children}
    </div>
  );
}

/** The pointer moves focus as the arrow keys do, so one item is highlighted at a time. */
const follow = { onPointerEnter: (event: { currentTarget: HTMLElement }) => event.currentTarget.focus() };
const itemClass =
  "flex min-h-11 w-full cursor-pointer items-center gap-3 rounded px-3 py-2 text-left outline-none focus:bg-zinc-100 md:min-h-0 dark:focus:bg-zinc-800";

export function MenuLink({
  href,
  children,
  current,
  download,
}: {
  href: string;
  children: ReactNode;
  current?: boolean;
  /** A file to download: a plain link, not a page to route to. */
  download?: boolean;
}) {
  const menu = useMenu();
  const props = { role: "menuitem", tabIndex: -1, className: itemClass, onClick: () => close(menu), ...follow };
  return download ? (
    <a href={href} download {...props}>
      {children}
    </a>
  ) : (
    <Link href={href} aria-current={current ? "page" : undefined} {...props}>
      {children}
    </Link>
  );
}

/** A command: the menu closes, then `onSelect` runs. */
export function MenuCommand({ onSelect, children }: { onSelect: () => void; children: ReactNode }) {
  const menu = useMenu();
  return (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      className={itemClass}
      {...follow}
      onClick={() => {
        close(menu);
        onSelect();
      }}
    >
      {children}
    </button>
  );
}

export const MenuSeparator = () => <hr className="my-1 h-px border-0 bg-zinc-200 dark:bg-zinc-700" />;
