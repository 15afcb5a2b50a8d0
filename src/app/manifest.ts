import type { MetadataRoute } from "next";

/** The web app manifest (/manifest.webmanifest): installable, opening on the map, and a share target for "Add prospect". */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/dashboard",
    name: "Mentor Map",
    short_name: "Mentor Map",
    description:
      "Your mentorship map: the people you learn from and teach, check-ins, value exchanged and your sprint.",
    start_url: "/dashboard",
    scope: "/",
    display: "standalone",
    background_color: "#fafafa",
    theme_color: "#1f5ad6",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
    shortcuts: [
      { name: "Mentors", url: "/mentors" },
      { name: "Add prospect", url: "/mentors/new" },
    ],
    share_target: {
      action: "/mentors/new",
      method: "GET",
      params: { title: "title", text: "text", url: "url" },
    },
  };
}
