import { createSerwistRoute } from "@serwist/turbopack";

/**
 * The service worker (src/service-worker/sw.ts), bundled with esbuild at build time
 * by Serwist and served at /serwist/sw.js (with `Service-Worker-Allowed: /`, so its
 * scope is the whole app). Its precache lists the build's static files.
 */
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "src/service-worker/sw.ts",
  useNativeEsbuild: true,
});
