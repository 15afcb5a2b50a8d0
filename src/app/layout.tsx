import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { HydrationMark } from "@/components/hydration-mark";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Mentor Map", template: "%s · Mentor Map" },
  description:
    "Build and run your mentorship map: sages, peers, reverse mentors, specialists and accountability partners.",
  applicationName: "Mentor Map",
  appleWebApp: { capable: true, title: "Mentor Map", statusBarStyle: "default" },
  icons: { icon: "/icons/icon.svg", apple: "/icons/apple-touch-icon.png" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafafa" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: the Content-Security-Policy's nonce (src/proxy.ts)
  // is new each time, and Next adds it to the page's scripts as it renders.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen">
        {children}
        <HydrationMark />
      </body>
    </html>
  );
}
