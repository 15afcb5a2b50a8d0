"use client";

/**
 * The first stop on every signed-in page: moves focus to <main>, so the next Tab goes
 * on from the page's content. With JavaScript it leaves the address alone (no #main
 * left behind); without, the plain link does the same through the fragment.
 */
export function SkipLink() {
  return (
    // biome-ignore lint/a11y/useValidAnchor: a skip link is navigation within the page; without JavaScript its fragment does the same
    <a
      href="#main"
      onClick={(event) => {
        const main = document.getElementById("main");
        if (!main) return;
        event.preventDefault();
        main.focus();
      }}
      className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:p-2"
    >
      Skip to content
    </a>
  );
}
