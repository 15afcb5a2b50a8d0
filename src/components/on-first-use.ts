"use client";

import { type ComponentType, useState } from "react";

/**
 * A component loaded the first time it is asked for (its module's default export):
 * `preload` fetches it, `open` fetches it and renders it, `Loaded` is it once there.
 * The phone bar's More menu uses it, so every page does not download and hydrate it on load.
 */
export function useOnFirstUse<P>(load: () => Promise<{ default: ComponentType<P> }>) {
  const [Loaded, setLoaded] = useState<ComponentType<P> | null>(null);
  return {
    Loaded,
    open: () => void load().then((m) => setLoaded(() => m.default)),
    preload: () => void load(),
  };
}
