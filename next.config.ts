import type { NextConfig } from "next";
import { addCompileHints } from "./scripts/lib/compile-hints";
import { API_CSP, STATIC_SECURITY_HEADERS, UPLOAD_ROUTES } from "./src/domain/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm test` (and CI) type-check the whole project with tsc; checking again inside
  // every build only makes the first `npm start` slower.
  typescript: { ignoreBuildErrors: true },
  // Node-only packages loaded at run time rather than bundled.
  serverExternalPackages: ["pino", "pg", "@prisma/adapter-pg", "pg-boss"],
  // Metadata is never streamed after the page: every title here is static, so waiting
  // for it costs nothing, and a streamed title left a page without one for a moment
  // after a navigation or a server action's refresh (an axe "document-title" finding;
  // next.js#65872). Next's documented switch for this is matching every user agent.
  htmlLimitedBots: /.*/,
  // Every client script is compiled off the main thread as it downloads
  // (scripts/lib/compile-hints.ts): the page's longest task on a phone otherwise.
  compiler: { runAfterProductionCompile: ({ distDir }) => addCompileHints(distDir).then(() => undefined) },
  async headers() {
    // The Content-Security-Policy, with its per-request nonce, comes from src/proxy.ts.
    return [
      { source: "/:path*", headers: STATIC_SECURITY_HEADERS(process.env.NODE_ENV === "production") },
      // The uploads skip the proxy (see UPLOAD_ROUTES): their policy is set here instead.
      { source: UPLOAD_ROUTES, headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
    ];
  },
};

export default nextConfig;
