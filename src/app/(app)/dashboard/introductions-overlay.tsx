"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { useFormatDay } from "@/components/locale";
import { Panel } from "@/components/panel";
import { TextLink } from "@/components/text-link";

type Intro = { id: string; fromId: string; fromName: string; toId: string; toName: string; on: string };
type Line = { id: string; d: string };

/**
 * "Show introductions": the value loops between mentors, drawn as arrows between
 * their chips on the map (from the first chip of each person), and listed in words
 * for anyone who does not see the picture.
 */
export function IntroductionsOverlay({
  introductions,
  children,
}: {
  introductions: Intro[];
  children: React.ReactNode;
}) {
  const formatDayLong = useFormatDay();
  const [shown, setShown] = useState(false);
  const [lines, setLines] = useState<Line[]>([]);
  const box = useRef<HTMLDivElement>(null);

  const draw = useCallback(() => {
    const root = box.current;
    if (!root || !shown) return setLines([]);
    const origin = root.getBoundingClientRect();
    const chipBox = (id: string) => {
      const chip = root.querySelector<HTMLElement>(`[data-mentor="${CSS.escape(id)}"]`);
      if (!chip?.offsetParent) return null;
      const r = chip.getBoundingClientRect();
      return {
        x: r.left + r.width / 2 - origin.left,
        y: r.top + r.height / 2 - origin.top,
        w: r.width / 2 + 3,
        h: r.height / 2 + 3,
      };
    };
    // Where a line from the chip's centre towards (dx, dy) leaves its outline.
    const edge = (c: { x: number; y: number; w: number; h: number }, dx: number, dy: number) => {
      const t = Math.min(dx ? c.w / Math.abs(dx) : Infinity, dy ? c.h / Math.abs(dy) : Infinity);
      return { x: c.x + dx * t, y: c.y + dy * t };
    };
    const next: Line[] = [];
    for (const intro of introductions) {
      const a = chipBox(intro.fromId);
      const b = chipBox(intro.toId);
      if (!a || !b) continue;
      // A gentle curve, bowed to one side, so two-way introductions do not overlap;
      // it starts and ends at the chips' edges so the arrowhead stays visible.
      const cx = (a.x + b.x) / 2 - (b.y - a.y) * 0.2;
      const cy = (a.y + b.y) / 2 + (b.x - a.x) * 0.2;
      const start = edge(a, cx - a.x, cy - a.y);
      const end = edge(b, cx - b.x, cy - b.y);
      const f = (n: number) => n.toFixed(1);
      next.push({ id: intro.id, d: `M${f(start.x)},${f(start.y)} Q${f(cx)},${f(cy)} ${f(end.x)},${f(end.y)}` });
    }
    setLines(next);
  }, [introductions, shown]);

  useLayoutEffect(draw, [draw]);
  useEffect(() => {
    const root = box.current;
    if (!root || !shown) return;
    const ids = new Set(introductions.flatMap((i) => [i.fromId, i.toId]));
    const chips = [...root.querySelectorAll<HTMLElement>("[data-mentor]")].filter((c) => ids.has(c.dataset.mentor!));
    for (const c of chips) c.setAttribute("data-introduced", "true");
    const observer = new ResizeObserver(draw);
    observer.observe(root);
    root.addEventListener("scroll", draw, true);
    return () => {
      for (const c of chips) c.removeAttribute("data-introduced");
      observer.disconnect();
      root.removeEventListener("scroll", draw, true);
    };
  }, [shown, draw, introductions]);

  const onMap = new Set(lines.map((l) => l.id));
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <label className="inline-flex items-center gap-2">
          <input
            type="checkbox"
            checked={shown}
            onChange={(e) => setShown(e.target.checked)}
            disabled={!introductions.length}
            data-testid="show-introductions"
          />
          Show introductions
        </label>
        <span className="text-zinc-600 dark:text-zinc-400">
          {introductions.length ? `${introductions.length} recorded` : "None recorded yet."}{" "}
          <TextLink href="/introductions">{introductions.length ? "See all" : "Record one"}</TextLink>
        </span>
      </div>
      <div ref={box} className="relative">
        {children}
        {shown ? (
          <svg
            aria-hidden
            className="pointer-events-none absolute inset-0 h-full w-full overflow-visible text-fuchsia-600 dark:text-fuchsia-400"
            data-testid="introduction-lines"
          >
            <defs>
              <marker
                id="intro-arrow"
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto-start-reverse"
              >
                <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
              </marker>
            </defs>
            {lines.map((l) => (
              <path
                key={l.id}
                d={l.d}
                data-introduction={l.id}
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeDasharray="5 3"
                markerEnd="url(#intro-arrow)"
                opacity="0.85"
              />
            ))}
          </svg>
        ) : null}
      </div>
      {shown ? (
        <Panel aria-label="Introductions" padding="snug" className="text-sm">
          <ul className="space-y-1" data-testid="introductions-list">
            {introductions.map((i) => (
              <li key={i.id}>
                {i.fromName} → {i.toName}{" "}
                <span className="text-zinc-600 dark:text-zinc-400">· {formatDayLong(i.on)}</span>
                {onMap.has(i.id) ? null : (
                  <span className="text-xs text-zinc-600 dark:text-zinc-400"> (not both on the map)</span>
                )}
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}
    </div>
  );
}
