import "server-only";
import { headers } from "next/headers";
import { leaveHtml } from "@/components/html-handoff";
import type { OnceHtml } from "@/components/once-html";

/**
 * Where an OnceHtmlBody (src/components/once-html.tsx) finds `html`. In a browser's
 * request for a document (a first load, a reload, a form posted without JavaScript),
 * which asks for text/html, a key to the block left for the document's render. In
 * anything else, the block itself: the router's RSC requests (Next hides their `rsc`
 * header from the app; they ask for any type), a server action's answer (text/x-component),
 * and clients that ask for any type, which get the block twice as before.
 */
export async function onceHtml(html: string): Promise<OnceHtml> {
  const h = await headers();
  const document = (h.get("accept") ?? "").includes("text/html") && !h.has("next-action");
  return document ? { handoff: leaveHtml(html) } : { html };
}
