// What a page's load asked of the browser's main thread, read off a Chrome trace (Lighthouse's).
export type TraceEvent = {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
};

/**
 * The CPU and wall time of the page's main-thread tasks in a Lighthouse trace: the
 * renderer main thread ("CrRendererMain") that ran the most, its top-level tasks
 * ("RunTask") summed. ms, rounded.
 */
export function mainThreadTime(trace: { traceEvents: readonly object[] }) {
  const events = trace.traceEvents as TraceEvent[];
  const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const mains = new Set(
    events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map(thread),
  );
  const byThread = new Map<string, { cpuMs: number; wallMs: number }>();
  for (const e of events) {
    if (e.ph !== "X" || e.name !== "RunTask" || !mains.has(thread(e))) continue;
    const t = byThread.get(thread(e)) ?? { cpuMs: 0, wallMs: 0 };
    t.cpuMs += (e.tdur ?? 0) / 1000;
    t.wallMs += (e.dur ?? 0) / 1000;
    byThread.set(thread(e), t);
  }
  const busiest = [...byThread.values()].sort((a, b) => b.cpuMs - a.cpuMs)[0] ?? { cpuMs: 0, wallMs: 0 };
  return { cpuMs: Math.round(busiest.cpuMs), wallMs: Math.round(busiest.wallMs) };
}
