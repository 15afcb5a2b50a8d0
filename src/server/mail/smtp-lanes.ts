import SMTPConnection, { type SMTPEnvelope } from "nodemailer/lib/smtp-connection";
import { type SmtpOptions, smtpOptions, smtpServerName } from "./smtp-options";

/**
 * A batch's SMTP (the digests): `count` connections, each sending one finished
 * message after another. nodemailer's SMTPConnection speaks the protocol (TLS,
 * STARTTLS, AUTH, dot-stuffing), configured from SMTP_URL exactly as nodemailer's
 * own transports are; only the queue is ours. Its pooled transport would wrap
 * every message, finished or not, in a composer and several streams that cost
 * more than the conversation itself: a 9 KB message went out at 1,400 a second
 * through it and at 2,100 to 2,700 through its connections directly.
 *
 * Every step settles by a deadline (smtp-options.ts): SMTPConnection drops its
 * pending callbacks when the socket errors or closes, so each step here also
 * settles on the connection's `error` and `end`, and on a timer of its own. A
 * failed message fails alone (the digest is retried later) and its connection is
 * closed. Until one connection has opened, only one tries at a time; after
 * BREAKER_AFTER connections in a row fail to open or log in, the lanes stop
 * (`broken` says why) and every message left fails at once, so a wrong password
 * costs three failed logins, not one per digest.
 */
export type SmtpLanes = {
  send: (envelope: SMTPEnvelope, raw: string) => Promise<void>;
  /** Sends QUIT on each connection and waits at most `quitTimeout` for the answers. */
  close: () => Promise<void>;
  /** Why the lanes stopped (the circuit breaker), or null. */
  readonly broken: string | null;
};

export const BREAKER_AFTER = 3;

/** The lanes stopped: the server cannot be reached or refuses our login. Retryable. */
export class SmtpUnavailable extends Error {
  readonly code = "EUNAVAILABLE";
}

type SmtpError = Error & { code?: string; responseCode?: number; permanent?: boolean; command?: string };

/**
 * A refusal that trying again will not change: a 5xx to the recipient or to the
 * message itself. A 5xx to our login or sender is the operator's to fix, and is
 * retried once they have.
 */
export function isPermanentFailure(error: unknown) {
  const e = error as SmtpError;
  return e?.permanent === true && (e.command === "RCPT TO" || e.command === "DATA");
}

type Job = { envelope: SMTPEnvelope; raw: string; resolve: () => void; reject: (error: Error) => void };
type Lane = { connection: SMTPConnection | null; busy: boolean };

const failure = (message: string, code: string) => Object.assign(new Error(message), { code });

/** Runs one SMTP step; settles on its callback, the connection's error or end, or the deadline. */
function step(
  connection: SMTPConnection,
  what: string,
  ms: number,
  start: (done: (error?: Error | null) => void) => void,
) {
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (error?: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      connection.off("error", finish);
      connection.off("end", onEnd);
      if (error) reject(error);
      else resolve();
    };
    const onEnd = () => finish(failure(`The SMTP server closed the connection while ${what}.`, "ECONNECTION"));
    const timer = setTimeout(
      () => finish(failure(`The SMTP server did not answer within ${ms / 1000} s while ${what}.`, "ETIMEDOUT")),
      ms,
    );
    connection.on("error", finish);
    connection.once("end", onEnd);
    start(finish);
  });
}

export function smtpLanes(url: string, defaultCount: number): SmtpLanes {
  const options: SmtpOptions = smtpOptions(url);
  const count = Number(options.maxConnections) || defaultCount;
  const server = smtpServerName(options);
  const queue: Job[] = [];
  const lanes: Lane[] = Array.from({ length: count }, () => ({ connection: null, busy: false }));
  let closed = false;
  let connected = false;
  let failedOpens = 0;
  let broken: string | null = null;

  async function open(lane: Lane) {
    const connection = new SMTPConnection(options);
    // Errors between steps (an idle connection dropped) must not crash the process; the steps hear them too.
    connection.on("error", () => {});
    connection.once("end", () => {
      if (lane.connection === connection) lane.connection = null;
    });
    try {
      await step(connection, "connecting", options.connectionTimeout! + options.greetingTimeout!, (done) =>
        connection.connect(done),
      );
      const auth = options.auth;
      if (auth) await step(connection, "logging in", options.socketTimeout!, (done) => connection.login(auth, done));
    } catch (error) {
      connection.close();
      failedOpens++;
      const e = error as SmtpError;
      const reason =
        e.code === "EAUTH"
          ? `SMTP authentication failed for ${server}: ${e.message}`
          : `Could not connect to the SMTP server ${server}: ${e.message}`;
      if (failedOpens >= BREAKER_AFTER) trip(reason);
      throw new SmtpUnavailable(reason);
    }
    failedOpens = 0;
    if (!connected) {
      connected = true;
      for (const other of lanes) pump(other);
    }
    return connection;
  }

  function trip(reason: string) {
    broken ??= reason;
    for (const job of queue.splice(0)) job.reject(new SmtpUnavailable(broken));
  }

  function pump(lane: Lane) {
    if (lane.busy || closed || broken) return;
    const job = queue.shift();
    if (!job) return;
    lane.busy = true;
    void (async () => {
      try {
        lane.connection ??= await open(lane);
        const connection = lane.connection;
        await step(connection, "sending a message", options.messageTimeout, (done) =>
          connection.send(job.envelope, job.raw, (error) => done(error)),
        );
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

  function quit(connection: SMTPConnection) {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        connection.close();
        resolve();
      }, options.quitTimeout);
      connection.once("end", () => {
        clearTimeout(timer);
        resolve();
      });
      connection.quit();
    });
  }

  return {
    send: (envelope, raw) =>
      new Promise<void>((resolve, reject) => {
        if (closed) return reject(new Error("The batch's SMTP connections are closed."));
        if (broken) return reject(new SmtpUnavailable(broken));
        queue.push({ envelope, raw, resolve, reject });
        // Until a connection has opened, one lane tries: a wrong password is tried once, not by every lane at once.
        for (const lane of connected ? lanes : lanes.slice(0, 1)) pump(lane);
      }),
    close: async () => {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error("The batch's SMTP connections are closed."));
      const open = lanes.flatMap((lane) => (lane.connection ? [lane.connection] : []));
      for (const lane of lanes) lane.connection = null;
      await Promise.all(open.map(quit));
    },
    get broken() {
      return broken;
    },
  };
}
