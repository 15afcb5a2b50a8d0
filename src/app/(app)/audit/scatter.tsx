import { scaleLinear } from "d3-scale";
import { QUADRANTS, type Quadrant } from "@/domain/audit";

/** `names`: the first few of the `count` people at this point. */
type Point = { received: number; provided: number; count: number; names: string[]; quadrant: Quadrant };

const SIZE = 440;
const M = { top: 20, right: 20, bottom: 48, left: 52 };
const FILL: Record<Quadrant, string> = {
  mutual: "fill-emerald-600",
  "give-back": "fill-violet-600",
  teaching: "fill-sky-600",
  low: "fill-zinc-500",
};

/**
 * Value received (up) against value provided (across), drawn on the server with
 * d3-scale: no chart code is sent to the browser. The table beside it says the same.
 */
export function AuditScatter({ points }: { points: Point[] }) {
  const x = scaleLinear()
    .domain([0.5, 10.5])
    .range([M.left, SIZE - M.right]);
  const y = scaleLinear()
    .domain([0.5, 10.5])
    .range([SIZE - M.bottom, M.top]);
  const ticks = x.ticks(10).filter((t) => Number.isInteger(t) && t >= 1);
  const mid = 5.5;
  const corner = (q: Quadrant, cx: number, cy: number, anchor: "start" | "end") => (
    <text x={cx} y={cy} textAnchor={anchor} className="fill-zinc-600 text-[11px] font-medium dark:fill-zinc-400">
      {QUADRANTS[q].label}
    </text>
  );
  return (
    <svg
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      className="h-auto w-full max-w-md"
      role="img"
      aria-labelledby="scatter-title scatter-desc"
    >
      <title id="scatter-title">Value received against value provided</title>
      <desc id="scatter-desc">
        {points.length
          ? `${points.reduce((n, p) => n + p.count, 0)} rated relationships. The table of quadrants below lists the same people.`
          : "No relationship is rated yet."}
      </desc>
      <rect
        x={x(mid)}
        y={M.top}
        width={x(10.5) - x(mid)}
        height={y(mid) - M.top}
        className="fill-emerald-50 dark:fill-emerald-950/40"
      />
      <rect
        x={M.left}
        y={M.top}
        width={x(mid) - M.left}
        height={y(mid) - M.top}
        className="fill-violet-50 dark:fill-violet-950/40"
      />
      <rect
        x={x(mid)}
        y={y(mid)}
        width={x(10.5) - x(mid)}
        height={y(0.5) - y(mid)}
        className="fill-sky-50 dark:fill-sky-950/40"
      />
      {ticks.map((t) => (
        <g key={t} className="text-[10px]">
          <text x={x(t)} y={SIZE - M.bottom + 16} textAnchor="middle" className="fill-zinc-600 dark:fill-zinc-400">
            {t}
          </text>
          <text x={M.left - 10} y={y(t) + 3} textAnchor="end" className="fill-zinc-600 dark:fill-zinc-400">
            {t}
          </text>
        </g>
      ))}
      <line
        x1={x(mid)}
        x2={x(mid)}
        y1={M.top}
        y2={SIZE - M.bottom}
        className="stroke-zinc-300 dark:stroke-zinc-700"
        strokeDasharray="4 3"
      />
      <line
        x1={M.left}
        x2={SIZE - M.right}
        y1={y(mid)}
        y2={y(mid)}
        className="stroke-zinc-300 dark:stroke-zinc-700"
        strokeDasharray="4 3"
      />
      <rect
        x={M.left}
        y={M.top}
        width={SIZE - M.left - M.right}
        height={SIZE - M.top - M.bottom}
        fill="none"
        className="stroke-zinc-300 dark:stroke-zinc-700"
      />
      {corner("give-back", M.left + 6, M.top + 14, "start")}
      {corner("mutual", SIZE - M.right - 6, M.top + 14, "end")}
      {corner("low", M.left + 6, SIZE - M.bottom - 8, "start")}
      {corner("teaching", SIZE - M.right - 6, SIZE - M.bottom - 8, "end")}
      <text
        x={(M.left + SIZE - M.right) / 2}
        y={SIZE - 10}
        textAnchor="middle"
        className="fill-zinc-700 text-xs dark:fill-zinc-300"
      >
        Value you provide →
      </text>
      <text
        transform={`translate(14 ${(M.top + SIZE - M.bottom) / 2}) rotate(-90)`}
        textAnchor="middle"
        className="fill-zinc-700 text-xs dark:fill-zinc-300"
      >
        Value you receive →
      </text>
      {points.map((p) => (
        <g key={`${p.received}-${p.provided}`}>
          <title>{`${p.names.join(", ")}${p.count > p.names.length ? ` and ${p.count - p.names.length} more` : ""}: received ${p.received}, provided ${p.provided}`}</title>
          <circle
            cx={x(p.provided)}
            cy={y(p.received)}
            r={Math.min(18, 6 + 2 * Math.sqrt(p.count - 1))}
            className={`${FILL[p.quadrant]} stroke-white dark:stroke-zinc-900`}
            strokeWidth={1.5}
          />
          {p.count > 1 ? (
            <text
              x={x(p.provided)}
              y={y(p.received) + 3}
              textAnchor="middle"
              className="fill-white text-[9px] font-semibold"
            >
              {p.count}
            </text>
          ) : null}
        </g>
      ))}
    </svg>
  );
}
