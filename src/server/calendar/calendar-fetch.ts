import "server-only";
import { lookup } from "node:dns/promises";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import {
  CALENDAR_LIMITS,
  checkHop,
  type FetchAllowance,
  hostPort,
  isPublicAddress,
  readCalendarAddress,
} from "@/domain/calendar-address";

/** The fetch was refused or failed; the message is for the user, in Settings. */
export class CalendarFetchError extends Error {}

type Options = FetchAllowance & { timeoutMs: number; maxBytes?: number };

/**
 * Reads a calendar from the address the user pasted, server-side, without letting
 * it reach inside our network: each hop (the first and every redirect) is checked
 * and its host resolved *before* a connection is opened; every address it resolves
 * to must be public, and the connection goes to the address that was checked (a
 * second DNS answer cannot swap in a private one). One deadline covers the whole
 * fetch, redirects and body included; the body has a size limit; no cookies or
 * credentials are ever sent.
 */
export async function fetchCalendar(address: string, options: Options): Promise<string> {
  const first = readCalendarAddress(address, options);
  if (!first.ok) throw new CalendarFetchError(first.error);
  const deadline = AbortSignal.timeout(options.timeoutMs);
  const maxBytes = options.maxBytes ?? CALENDAR_LIMITS.bytes;
  let url = first.url;
  for (let hop = 0; ; hop++) {
    const pinned = await beforeDeadline(checkedAddress(url, options, hop > 0), deadline, options.timeoutMs);
    const res = await request(url, pinned, deadline, options.timeoutMs);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      res.destroy();
      if (hop >= CALENDAR_LIMITS.redirects)
        throw new CalendarFetchError("The calendar address redirects too many times.");
      let target: URL;
      try {
        target = new URL(res.headers.location, url);
      } catch {
        throw new CalendarFetchError("The calendar address redirects to something that is not a web address.");
      }
      const next = checkHop(target, options);
      if (!next.ok) throw new CalendarFetchError(`The calendar address redirects elsewhere, and: ${lower(next.error)}`);
      url = next.url;
      continue;
    }
    if (status !== 200) {
      res.destroy();
      throw new CalendarFetchError(
        status === 401 || status === 403 || status === 404
          ? `The calendar server answered ${status}: the address may be wrong, or was replaced by a new one. Copy it again from your calendar's settings.`
          : `The calendar server answered ${[status, res.statusMessage].filter(Boolean).join(" ")}.`,
      );
    }
    return readBody(res, maxBytes, deadline, options.timeoutMs);
  }
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const seconds = (ms: number) => {
  const n = Math.round(ms / 100) / 10;
  return `${n} ${n === 1 ? "second" : "seconds"}`;
};

/** A step with no deadline of its own (a DNS query can wait on a slow resolver) ends at the fetch's. */
function beforeDeadline<T>(work: Promise<T>, deadline: AbortSignal, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stop = () =>
      reject(new CalendarFetchError(`The calendar server did not answer within ${seconds(timeoutMs)}.`));
    if (deadline.aborted) return stop();
    deadline.addEventListener("abort", stop, { once: true });
    work.then(resolve, reject).finally(() => deadline.removeEventListener("abort", stop));
  });
}

/** The one address to connect to, every answer for the name checked; the allow-listed test host may be private. */
async function checkedAddress(
  url: URL,
  allowance: FetchAllowance,
  redirected: boolean,
): Promise<{ address: string; family: number }> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const allowed = allowance.allowHosts.includes(hostPort(url));
  const refusePrivate = () => {
    throw new CalendarFetchError(
      redirected
        ? `The calendar address redirects to ${host}, inside a private network, which is not fetched.`
        : `The calendar address points inside a private network (${host}), which is not fetched: use the public address your calendar service gives you.`,
    );
  };
  const refuseUnlisted = () => {
    throw new CalendarFetchError(
      "This Mentor Map reads calendars only from the hosts its operator allowed: upload an .ics file instead.",
    );
  };
  if (isIP(host)) {
    if (!allowed && !isPublicAddress(host)) refusePrivate();
    if (!allowed && allowance.allowedHostsOnly) refuseUnlisted();
    return { address: host, family: isIP(host) };
  }
  // Before any DNS query: a closed network (or a test run) asks nothing of the outside.
  if (!allowed && allowance.allowedHostsOnly) refuseUnlisted();
  const answers = await lookup(host, { all: true, verbatim: true }).catch(() => {
    throw new CalendarFetchError(`The calendar's host name ${host} could not be found.`);
  });
  if (!answers.length) throw new CalendarFetchError(`The calendar's host name ${host} could not be found.`);
  if (!allowed && answers.some((a) => !isPublicAddress(a.address))) refusePrivate();
  return answers[0]!;
}

function request(url: URL, pinned: { address: string; family: number }, deadline: AbortSignal, timeoutMs: number) {
  return new Promise<IncomingMessage>((resolve, reject) => {
    const get = url.protocol === "https:" ? https.get : http.get;
    const req = get(url, {
      agent: false,
      signal: deadline,
      // The connection goes to the address that was checked, whatever DNS says now.
      lookup: (_host, opts, done) =>
        (opts as { all?: boolean }).all
          ? (done as (e: null, a: { address: string; family: number }[]) => void)(null, [pinned])
          : done(null, pinned.address, pinned.family),
      headers: {
        Accept: "text/calendar, */*;q=0.5",
        "User-Agent": "MentorMap calendar reader",
        "Accept-Encoding": "identity",
      },
    });
    req.once("response", resolve);
    req.once("error", (error: Error & { code?: string }) =>
      reject(
        new CalendarFetchError(
          deadline.aborted
            ? `The calendar server did not answer within ${seconds(timeoutMs)}.`
            : `The calendar server could not be reached (${error.code ?? error.message}).`,
        ),
      ),
    );
  });
}

function readBody(res: IncomingMessage, maxBytes: number, deadline: AbortSignal, timeoutMs: number) {
  const tooLarge = () =>
    new CalendarFetchError(`The calendar is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, so it was not read.`);
  const declared = Number(res.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    return Promise.reject(tooLarge());
  }
  return new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    // The first reason wins: destroying the response makes it report its own ending too.
    const fail = (error: CalendarFetchError) => {
      if (settled) return;
      settled = true;
      res.destroy();
      reject(error);
    };
    const cutOff = () =>
      fail(
        new CalendarFetchError(
          deadline.aborted
            ? `The calendar server did not finish sending within ${seconds(timeoutMs)}.`
            : "The calendar server stopped sending part-way.",
        ),
      );
    res.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return fail(tooLarge());
      chunks.push(chunk);
    });
    res.once("end", () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks).toString("utf8"));
    });
    res.once("error", cutOff);
    res.once("aborted", cutOff);
  });
}
