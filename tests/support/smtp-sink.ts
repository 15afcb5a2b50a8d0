// A real SMTP server for tests and the bench (the smtp-server package), keeping every
// message it receives, parsed by mailparser, and when each was accepted.
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type SmtpSink = {
  url: string;
  port: number;
  messages: ParsedMail[];
  /** performance.now() at each accepted message, parsed or not. */
  arrivals: number[];
  /** Server-side errors other than a client hanging up. */
  errors: Error[];
  /** Waits for the first message to `to` that arrives after `since` messages. */
  waitFor: (to: string, options?: { timeoutMs?: number }) => Promise<ParsedMail>;
  stop: () => Promise<void>;
  onMessage?: (mail: ParsedMail, raw: string) => void;
};

/**
 * `delayMs` holds each message that long before accepting it: a slow server, to stop a
 * sender mid-batch. `parse: false` only counts (the bench's rate: parsing would cost more than sending).
 */
export async function startSmtpSink(port = 0, { delayMs = 0, parse = true } = {}): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  const arrivals: number[] = [];
  const sink = { errors: [] as Error[] } as SmtpSink;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    // No reverse DNS lookup of each client: on a closed network it stalls every connection.
    disableReverseLookup: true,
    // The app keeps SMTP connections open (pooled); stopping the sink should not wait 30 s for them.
    closeTimeout: 100,
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => parse && chunks.push(c));
      stream.on("end", async () => {
        if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
        arrivals.push(performance.now());
        if (!parse) return callback();
        const raw = Buffer.concat(chunks).toString("utf8");
        const mail = await simpleParser(raw);
        messages.push(mail);
        sink.onMessage?.(mail, raw);
        callback();
      });
    },
  });
  // A client that dies mid-conversation (the crash test kills one on purpose) resets its
  // socket; smtp-server reports that as an "error" event, which must not crash the test run.
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "ECONNRESET" && error.code !== "EPIPE") sink.errors.push(error);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  Object.assign(sink, {
    url: `smtp://127.0.0.1:${actualPort}`,
    port: actualPort,
    messages,
    arrivals,
    async waitFor(to: string, { timeoutMs = 10_000 } = {}) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = messages.find((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((a) => a?.text.includes(to)));
        if (found) return found;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`No mail to ${to} within ${timeoutMs} ms`);
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
  return sink;
}
