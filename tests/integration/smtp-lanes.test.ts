import { SMTPServer } from "smtp-server";
import { afterAll, describe, expect, it } from "vitest";
import { composeBulkMessage } from "@/server/mail/bulk-mime";
import { smtpLanes } from "@/server/mail/smtp-lanes";

// A server that wants a password, refuses one recipient and hangs up on a client
// idle for a fifth of a second: what the batch's connections must get through.
const received: string[] = [];
const logins: string[] = [];
const server = new SMTPServer({
  disabledCommands: ["STARTTLS"],
  allowInsecureAuth: true,
  disableReverseLookup: true,
  socketTimeout: 200,
  closeTimeout: 100,
  logger: false,
  onAuth(auth, _session, callback) {
    logins.push(auth.username ?? "");
    if (auth.username === "digests" && auth.password === "s3cret") return callback(null, { user: auth.username });
    callback(new Error("Invalid username or password"));
  },
  onRcptTo(address, _session, callback) {
    if (address.address.startsWith("bounce@"))
      return callback(Object.assign(new Error("No such user"), { responseCode: 550 }));
    callback();
  },
  onData(stream, session, callback) {
    stream.resume();
    stream.on("end", () => {
      received.push(session.envelope.rcptTo.map((r) => r.address).join(","));
      callback();
    });
  },
});
server.on("error", () => {}); // the idle hang-ups
const port = await new Promise<number>((resolve) =>
  server.listen(0, "127.0.0.1", () => {
    const address = server.server.address();
    resolve(typeof address === "object" && address ? address.port : 0);
  }),
);
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const message = (to: string) =>
  composeBulkMessage({
    from: "Mentor Map <digests@map.example>",
    to,
    subject: "Your digest",
    text: "Hello",
    html: "<p>Hello</p>",
  });
const send = (lanes: ReturnType<typeof smtpLanes>, to: string) => {
  const { envelope, raw } = message(to);
  return lanes.send(envelope, raw);
};

describe("a batch's SMTP connections", () => {
  it("log in, fail a refused recipient alone, and reopen after the server hangs up on an idle connection", async () => {
    const lanes = smtpLanes(`smtp://digests:s3cret@127.0.0.1:${port}`, 3);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => send(lanes, i === 7 ? "bounce@reader.example" : `r${i}@reader.example`)),
    );
    expect(outcomes.filter((o) => o.status === "rejected")).toHaveLength(1);
    expect(String((outcomes[7] as PromiseRejectedResult).reason)).toMatch(/550|No such user/);
    expect(received).toHaveLength(19);
    expect(logins.length).toBeGreaterThanOrEqual(1);
    expect(logins.length).toBeLessThanOrEqual(4); // one per connection (and one more after the refused recipient's)

    await new Promise((r) => setTimeout(r, 500)); // the server hangs up on all three
    await Promise.all(Array.from({ length: 5 }, (_, i) => send(lanes, `later${i}@reader.example`)));
    expect(received.filter((r) => r.startsWith("later"))).toHaveLength(5);
    lanes.close();
    await expect(send(lanes, "after@reader.example")).rejects.toThrow(/closed/);
  });

  it("fails every message, quickly, with a wrong password", async () => {
    const lanes = smtpLanes(`smtp://digests:wrong@127.0.0.1:${port}`, 2);
    const outcomes = await Promise.allSettled(Array.from({ length: 4 }, (_, i) => send(lanes, `w${i}@reader.example`)));
    expect(outcomes.every((o) => o.status === "rejected")).toBe(true);
    expect(received.some((r) => r.startsWith("w"))).toBe(false);
    lanes.close();
  });

  it("takes the number of connections from SMTP_URL when it names one", async () => {
    const before = logins.length;
    const lanes = smtpLanes(`smtp://digests:s3cret@127.0.0.1:${port}?maxConnections=1`, 8);
    await Promise.all(Array.from({ length: 6 }, (_, i) => send(lanes, `one${i}@reader.example`)));
    expect(logins.length - before).toBe(1);
    lanes.close();
  });
});
