// Hands a block of server-rendered HTML from a page's server components to the render
// of its HTML document, in the same process, so that the block travels once: in the
// document, not a second time in the RSC payload inlined under it (src/components/
// once-html.tsx). Kept on globalThis: the server components and the HTML render load
// their own copies of the app's modules.

type Handoff = Map<string, { html: string; at: number }>;

const KEY = Symbol.for("mentor-map.html-handoff");
/** A block whose document render never came (the client left) is dropped after this. */
const KEEP_MS = 60_000;

const handoffs = (): Handoff => {
  const g = globalThis as { [KEY]?: Handoff };
  g[KEY] ??= new Map();
  return g[KEY];
};

/** Leaves `html` for this request's document render; returns the key it is under. */
export function leaveHtml(html: string): string {
  const all = handoffs();
  const now = Date.now();
  for (const [key, { at }] of all) {
    if (now - at < KEEP_MS) break;
    all.delete(key);
  }
  const key = crypto.randomUUID();
  all.set(key, { html, at: now });
  return key;
}

/** The HTML left under `key`, once: undefined if it was taken or dropped. */
export function takeHtml(key: string): string | undefined {
  const all = handoffs();
  const left = all.get(key);
  all.delete(key);
  return left?.html;
}
