"use client";

import { useRouter } from "next/navigation";
import type { FocusEvent, MouseEvent, PointerEvent } from "react";

/** The app's own link an event came from, inside HTML rendered as a string (no next/link there). */
function appLink(event: { target: EventTarget | null; currentTarget: Element }): HTMLAnchorElement | null {
  const link = event.target instanceof Element ? event.target.closest("a") : null;
  if (!link || !event.currentTarget.contains(link) || link.target || link.hasAttribute("download")) return null;
  return link.origin === window.location.origin ? link : null;
}

/**
 * Handlers for a container of server-rendered HTML links (src/domain/*-html.ts; every
 * OnceHtmlBody has them) that make them behave as next/link does (src/components/link.tsx):
 * a plain click navigates inside the app rather than loading a new document, and the page
 * is prefetched on intent, when the pointer comes over the link or it takes focus. A
 * click with a modifier key or another button is the browser's (a new tab, a download).
 */
export function useRouterLinks() {
  const router = useRouter();
  const path = (link: HTMLAnchorElement) => link.pathname + link.search + link.hash;
  return {
    onClick(event: MouseEvent<Element>) {
      const link = appLink(event);
      if (!link || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      router.push(path(link));
    },
    onPointerOver(event: PointerEvent<Element>) {
      const link = appLink(event);
      if (link) router.prefetch(path(link));
    },
    onFocus(event: FocusEvent<Element>) {
      const link = appLink(event);
      if (link) router.prefetch(path(link));
    },
  };
}
