"use client";

// biome-ignore lint/style/noRestrictedImports: the one wrapper every other link goes through
import NextLink from "next/link";
import { type ComponentProps, useState } from "react";

/**
 * next/link, prefetching on intent rather than on sight: a link prefetches its page
 * when the pointer comes over it, a finger touches it or it takes focus, not when it
 * scrolls into view. Every page here is rendered per request, so viewport prefetching
 * made each view of the pipeline or the mentors list ask the server for 6–26 other
 * pages and parse them on the phone's main thread while the page was starting
 * (Next's prefetching guide, "Hover-triggered prefetch"). `prefetch={false}` still
 * means never.
 */
export default function Link({
  prefetch,
  onPointerEnter,
  onFocus,
  onTouchStart,
  ...props
}: ComponentProps<typeof NextLink>) {
  const [intent, setIntent] = useState(false);
  return (
    <NextLink
      {...props}
      prefetch={prefetch === false || !intent ? false : prefetch}
      onPointerEnter={(event) => {
        setIntent(true);
        onPointerEnter?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        setIntent(true);
        onTouchStart?.(event);
      }}
    />
  );
}
