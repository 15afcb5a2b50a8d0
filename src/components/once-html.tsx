"use client";

import { useRouter } from "next/navigation";
import { type ComponentProps, useEffect } from "react";
import { takeHtml } from "./html-handoff";
import { useRouterLinks } from "./router-links";

/** Blocks read back from the document, by key: a later render from the router's cache of the first load finds them here. */
const readBack = new Map<string, string>();

/** Where the HTML comes from: the props themselves, or a key to the block the document carries. */
export type OnceHtml = { html: string } | { handoff: string };

/**
 * A table body of server-rendered HTML (an escaped string template) that a page's first
 * load carries once. Given `html` (a navigation inside the app, whose RSC payload is the
 * only copy), it renders it. Given `handoff` (the first load of a document), the server's
 * HTML render takes the block from the server components (src/components/html-handoff.ts)
 * and the browser, as it hydrates, reads it back from the document, so the RSC payload
 * holds only its key. Should neither find it, the page is fetched again (an RSC request).
 * Its links behave as next/link's (useRouterLinks), after the caller's own handlers.
 */
export function OnceHtmlBody({
  source,
  onClick,
  onPointerOver,
  onFocus,
  ...rest
}: ComponentProps<"tbody"> & { source: OnceHtml }) {
  const router = useRouter();
  const links = useRouterLinks();
  const handoff = "handoff" in source ? source.handoff : undefined;
  let html = "html" in source ? source.html : undefined;
  if (handoff !== undefined) {
    if (typeof window === "undefined") html = takeHtml(handoff);
    else {
      html = readBack.get(handoff) ?? document.querySelector(`[data-handoff="${CSS.escape(handoff)}"]`)?.innerHTML;
      if (html !== undefined) readBack.set(handoff, html);
    }
  }
  // No caller shows an empty body: an empty one read back is a block the document's render did not find.
  const missing = !html;
  useEffect(() => {
    if (missing) router.refresh();
  }, [missing, router]);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: clicks delegated from the links and boxes inside, which the keyboard activates with a click of their own
    <tbody
      {...rest}
      onClick={(event) => {
        onClick?.(event);
        links.onClick(event);
      }}
      onPointerOver={(event) => {
        onPointerOver?.(event);
        links.onPointerOver(event);
      }}
      onFocus={(event) => {
        onFocus?.(event);
        links.onFocus(event);
      }}
      data-handoff={handoff}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: the server's own escaped HTML (the callers say how it is escaped)
      dangerouslySetInnerHTML={{ __html: html ?? "" }}
    />
  );
}
