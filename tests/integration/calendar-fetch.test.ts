// The calendar fetch refuses server-side request forgery: every refusal here
// happens before a connection is opened (the hosts count theirs), and nothing is
// sent anywhere but 127.0.0.1.
import { afterAll, describe, expect, it } from "vitest";
import { isPublicAddress, readCalendarAddress } from "@/domain/calendar-address";
import { readMeetings } from "@/domain/calendar-events";
import { fetchCalendar } from "@/server/calendar/calendar-fetch";
import { calendar, daysAgo, ics, startIcsServer } from "../support/ics-server";

const good = await startIcsServer();
const inside = await startIcsServer(); // stands for a service inside the network: never allow-listed
afterAll(() => Promise.all([good.close(), inside.close()]));

const options = { allowHttp: false, allowHosts: [good.host], timeoutMs: 800, allowedHostsOnly: false };
const refusal = (address: string, extra: Partial<typeof options> = {}) =>
  fetchCalendar(address, { ...options, ...extra }).then(
    () => "fetched",
    (error: Error) => error.message,
  );

describe("fetching a calendar address", () => {
  it("reads an allow-listed test host, sending no cookie or credential", async () => {
    good.on("/ok.ics", ics(calendar(`UID:1\nDTSTART:${daysAgo(1)}`)));
    expect(await fetchCalendar(good.url("/ok.ics"), options)).toContain("UID:1");
    expect(good.headers.at(-1)).not.toHaveProperty("cookie");
    expect(good.headers.at(-1)).not.toHaveProperty("authorization");
  });

  it("refuses private, loopback, link-local and metadata addresses before connecting, by IP or by name", async () => {
    const before = inside.connections();
    for (const address of [
      `https://10.0.0.1/cal.ics`,
      `https://192.168.1.10/cal.ics`,
      `https://169.254.169.254/latest/meta-data/`,
      `https://100.100.100.200/latest/meta-data/`,
      `https://[::1]:${inside.port}/cal.ics`,
      `https://[::ffff:127.0.0.1]:${inside.port}/cal.ics`,
      `https://[fd00:ec2::254]/`,
      `https://0.0.0.0:${inside.port}/`,
      // A name that resolves to loopback is refused after DNS, the same way.
      `https://localhost:${inside.port}/cal.ics`,
    ])
      expect(await refusal(address, { allowHttp: true }), address).toMatch(/points inside a private network/);
    expect(await refusal(`http://127.0.0.1:${inside.port}/cal.ics`, { allowHttp: true })).toMatch(/private network/);
    expect(inside.connections()).toBe(before);
  });

  it("refuses http unless allowed, credentials in the address, and what is not a web address", async () => {
    expect(await refusal("http://calendar.example/cal.ics")).toMatch(/Only https:\/\/ calendar addresses/);
    expect(await refusal("https://user:secret@calendar.example/cal.ics")).toMatch(/user name or password/);
    expect(await refusal("file:///etc/passwd")).toMatch(/starting with https/);
    expect(await refusal("gopher://calendar.example/")).toMatch(/starting with https/);
    expect(await refusal("not an address")).toMatch(/full address/);
    expect(readCalendarAddress("webcal://p01-calendars.icloud.com/published/2/abc", options)).toMatchObject({
      ok: true,
      url: new URL("https://p01-calendars.icloud.com/published/2/abc"),
    });
    expect(isPublicAddress("93.184.216.34")).toBe(true);
    expect(isPublicAddress("2606:2800:220:1::1")).toBe(true);
    expect(isPublicAddress("172.16.0.1")).toBe(false);
  });

  it("reads only allow-listed hosts when told to, refusing any other before a DNS query", async () => {
    const closed = { allowedHostsOnly: true };
    for (const address of ["https://93.184.216.34/cal.ics", "https://calendar.example/cal.ics"])
      expect(await refusal(address, closed), address).toMatch(/only from the hosts its operator allowed/);
    expect(await refusal("https://10.0.0.1/cal.ics", closed)).toMatch(/private network/);
    expect(await refusal(good.url("/ok.ics"), closed)).toBe("fetched");
  });

  it("checks every redirect again: to a private address, to http, or round in circles", async () => {
    const before = inside.connections();
    const redirect = (to: string) => (res: import("node:http").ServerResponse) =>
      res.writeHead(302, { Location: to }).end();
    good.on("/to-inside", redirect(`https://127.0.0.1:${inside.port}/cal.ics`));
    good.on("/to-metadata", redirect("https://169.254.169.254/latest/meta-data/"));
    good.on("/to-http", redirect("http://calendar.example/cal.ics"));
    good.on("/loop", redirect("/loop"));
    good.on("/hop", redirect("/ok.ics"));
    good.on("/to-nowhere", redirect("http://[::1"));
    expect(await refusal(good.url("/to-inside"))).toMatch(/redirects to 127.0.0.1, inside a private network/);
    expect(await refusal(good.url("/to-metadata"))).toMatch(/redirects to 169.254.169.254, inside a private network/);
    expect(await refusal(good.url("/to-http"))).toMatch(/redirects elsewhere, and: only https/);
    expect(await refusal(good.url("/loop"))).toMatch(/redirects too many times/);
    expect(await refusal(good.url("/hop"))).toBe("fetched");
    expect(await refusal(good.url("/to-nowhere"))).toMatch(/redirects to something that is not a web address/);
    expect(inside.connections()).toBe(before);
  });

  it("stops at the size limit, whether the size is declared or not", async () => {
    const big = "X".repeat(6 * 1024 * 1024);
    good.on("/declared", (res) => res.writeHead(200, { "Content-Length": String(big.length) }).end(big));
    good.on("/chunked", (res) => {
      res.writeHead(200, { "Content-Type": "text/calendar" });
      res.write(big.slice(0, 3_000_000));
      res.end(big.slice(3_000_000));
    });
    expect(await refusal(good.url("/declared"))).toMatch(/larger than 5 MB/);
    expect(await refusal(good.url("/chunked"))).toMatch(/larger than 5 MB/);
  });

  it("reads a calendar of the size promised (just under 5 MB) in good time", async () => {
    const events: string[] = [];
    for (let i = 0, size = 0; size < 4_900_000; i++) {
      const event = `UID:e${i}@test\nSUMMARY:Meeting ${i} ${"notes ".repeat(20)}\nDTSTART:${daysAgo(i % 90)}\nATTENDEE;CN=Person ${i}:mailto:p${i}@example.com`;
      events.push(event);
      size += event.length + 30;
    }
    const body = calendar(...events);
    expect(body.length).toBeLessThan(5 * 1024 * 1024);
    good.on("/large", ics(body));
    const text = await fetchCalendar(good.url("/large"), { ...options, timeoutMs: 10_000 });
    expect(text.length).toBe(body.length);
    const meetings = readMeetings(text, { now: new Date(), lookbackDays: 60, timeZone: "UTC" });
    expect(meetings.length).toBeGreaterThan(1000);
  });

  it("gives up at the deadline on a host that never answers, or stops sending part-way", async () => {
    good.on("/hang", () => {});
    good.on("/drip", (res) => {
      res.writeHead(200, { "Content-Type": "text/calendar" });
      res.write("BEGIN:VCALENDAR\r\n");
    });
    const started = Date.now();
    expect(await refusal(good.url("/hang"))).toMatch(/did not answer within 0.8 seconds/);
    expect(await refusal(good.url("/drip"))).toMatch(/did not finish sending within 0.8 seconds/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("says what a refusing server answered", async () => {
    good.on("/gone", (res) => res.writeHead(404).end());
    good.on("/broken", (res) => res.writeHead(500).end());
    expect(await refusal(good.url("/gone"))).toMatch(/answered 404: the address may be wrong/);
    expect(await refusal(good.url("/broken"))).toMatch(/answered 500 Internal Server Error\./);
  });
});
