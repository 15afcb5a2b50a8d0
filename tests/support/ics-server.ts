// A calendar host on 127.0.0.1 for the calendar tests: each path answers as told
// (an .ics, a redirect, a huge or a hanging answer); it counts the connections it
// was opened with and keeps the headers it was sent.
import http, { type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type IcsServer = {
  port: number;
  /** "127.0.0.1:port", for CALENDAR_ALLOW_HOSTS. */
  host: string;
  url: (path: string) => string;
  on: (path: string, answer: (res: ServerResponse) => void) => void;
  connections: () => number;
  headers: IncomingHttpHeaders[];
  close: () => Promise<void>;
};

export async function startIcsServer(): Promise<IcsServer> {
  const routes = new Map<string, (res: ServerResponse) => void>();
  const headers: IncomingHttpHeaders[] = [];
  let connections = 0;
  const open = new Set<import("node:net").Socket>();
  const server = http.createServer((req, res) => {
    headers.push(req.headers);
    const answer = routes.get(req.url ?? "");
    if (answer) return answer(res);
    res.writeHead(404).end();
  });
  server.on("connection", (socket) => {
    connections++;
    open.add(socket);
    socket.on("close", () => open.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    host: `127.0.0.1:${port}`,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    on: (path, answer) => routes.set(path, answer),
    connections: () => connections,
    headers,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Serves a calendar. */
export const ics = (body: string) => (res: ServerResponse) =>
  res.writeHead(200, { "Content-Type": "text/calendar; charset=utf-8" }).end(body);

/** A VCALENDAR around the given VEVENT lines (one string per event, lines separated by \n). */
export function calendar(...events: string[]) {
  const body = events.map((e) => `BEGIN:VEVENT\r\n${e.trim().split(/\n\s*/).join("\r\n")}\r\nEND:VEVENT\r\n`).join("");
  return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mentor Map tests//EN\r\n${body}END:VCALENDAR\r\n`;
}

/** An ICS date-time in UTC, `days` before now at the given hour. */
export function daysAgo(days: number, hour = 9) {
  const d = new Date(Date.now() - days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}
