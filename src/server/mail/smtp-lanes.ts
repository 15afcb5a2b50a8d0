import { parseConnectionUrl } from "nodemailer/lib/shared";
import SMTPConnection, { type SMTPConnectionAuth, type SMTPConnectionOptions, type SMTPEnvelope } from "nodemailer/lib/smtp-connection";

/**
 * A batch's SMTP (the digests): `count` connections, each sending one finished
 * message after another. nodemailer's SMTPConnection speaks the protocol (TLS,
 * STARTTLS, AUTH, dot-stuffing), configured from SMTP_URL exactly as nodemailer's
 * own transports are; only the queue is ours. Its pooled transport would wrap
 * every message, finished or not, in a composer and several streams that cost
 * more than the conversation itself: a 9 KB message went out at 1,400 a second
 * through it and at 2,100 to 2,700 through its connections directly.
 *
 * A failed message fails alone (the digest is retried later); the connection it
 * failed on is closed and the next message opens a new one, as does a message
 * after the server hung up on an idle connection.
 */
export type SmtpLanes = { send: (envelope: SMTPEnvelope, raw: string) => Promise<void>; close: () => void };

type Job = { envelope: SMTPEnvelope; raw: string; resolve: () => void; reject: (error: Error) => void };
type Lane = { connection: SMTPConnection | null; busy: boolean };

export function smtpLanes(url: string, defaultCount: number): SmtpLanes {
  const options = parseConnectionUrl(url) as SMTPConnectionOptions & { auth?: SMTPConnectionAuth; maxConnections?: number | string };
  const count = Number(options.maxConnections) || defaultCount;
  const queue: Job[] = [];
  const lanes: Lane[] = Array.from({ length: count }, () => ({ connection: null, busy: false }));
  let closed = false;

  async function open(lane: Lane) {
    const connection = new SMTPConnection(options);
    connection.once("end", () => {
      if (lane.connection === connection) lane.connection = null;
    });
    // Connecting fails through the events (refused, timed out, hung up on), not the callback.
    await new Promise<void>((resolve, reject) => {
      connection.once("error", reject);
      connection.once("end", () => reject(new Error("The SMTP server closed the connection.")));
      connection.connect(() => resolve());
    });
    // Later errors reach the send callbacks; without a listener the event would crash the process.
    connection.removeAllListeners("error");
    connection.on("error", () => {});
    const auth = options.auth;
    if (auth) await new Promise<void>((resolve, reject) => connection.login(auth, (error) => (error ? reject(error) : resolve())));
    return connection;
  }

  function pump(lane: Lane) {
    if (lane.busy || closed) return;
    const job = queue.shift();
    if (!job) return;
    lane.busy = true;
    void (async () => {
      try {
        lane.connection ??= await open(lane);
        const connection = lane.connection;
        await new Promise<void>((resolve, reject) => connection.send(job.envelope, job.raw, (error) => (error ? reject(error) : resolve())));
        job.resolve();
      } catch (error) {
        lane.connection?.close();
        lane.connection = null;
        job.reject(error instanceof Error ? error : new Error(String(error)));
      } finally {
        lane.busy = false;
        pump(lane);
      }
    })();
  }

  return {
    send: (envelope, raw) =>
      new Promise<void>((resolve, reject) => {
        if (closed) return reject(new Error("The batch's SMTP connections are closed."));
        queue.push({ envelope, raw, resolve, reject });
        for (const lane of lanes) pump(lane);
      }),
    close: () => {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error("The batch's SMTP connections are closed."));
      for (const lane of lanes) {
        lane.connection?.quit();
        lane.connection = null;
      }
    },
  };
}
