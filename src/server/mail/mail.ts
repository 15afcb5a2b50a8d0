import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { SMTP_CONNECTIONS } from "@/domain/digest-schedule";
import { env } from "../env";
import { logger } from "../logger";
import { writeToOutbox } from "./outbox";

export type Mail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
  /** Our own Message-ID, "<…@…>" (otherwise nodemailer makes one up). */
  messageId?: string;
  /** Bulk mail (digests): bodies in base64, which costs a batch far less to encode than quoted-printable. */
  bulk?: boolean;
};

let transport: Transporter | undefined;

/** Connections are reused (a digest batch would otherwise pay a new connection, and TLS handshake, per message), unless SMTP_URL says otherwise. */
function pooled(url: string) {
  if (/[?&]pool=/.test(url)) return url;
  return `${url}${url.includes("?") ? "&" : "?"}pool=true&maxConnections=${SMTP_CONNECTIONS}`;
}

function toNodemailer(mail: Mail, from: string) {
  const { bulk, ...message } = mail;
  return { from, ...message, ...(bulk ? { textEncoding: "base64" as const } : {}) };
}

/**
 * The one way the app sends mail: SMTP when SMTP_URL is set, otherwise the local
 * outbox (shown at /dev/outbox in development mode and logged to the console).
 */
export async function sendMail(mail: Mail): Promise<{ messageId: string }> {
  const { SMTP_URL, EMAIL_FROM } = env();
  if (!SMTP_URL) {
    const id = await writeToOutbox({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, from: EMAIL_FROM });
    logger.info({ to: mail.to, subject: mail.subject, outbox: id }, "mail written to the outbox (SMTP_URL is not set)");
    return { messageId: id };
  }
  transport ??= nodemailer.createTransport(pooled(SMTP_URL));
  const info = await transport.sendMail(toNodemailer(mail, EMAIL_FROM));
  return { messageId: info.messageId };
}

export type Mailer = { send: (mail: Mail) => Promise<{ messageId: string }>; close: () => Promise<void> };

/**
 * For a batch of thousands (`npm run digests`): the same messages as `sendMail`,
 * sent from `threads` worker threads, each with its share of the pooled SMTP
 * connections, so MIME encoding, nodemailer's main cost, uses more than one core.
 * Without SMTP_URL (the outbox) it is `sendMail` itself.
 */
export async function bulkMailer(threads: number): Promise<Mailer> {
  const { SMTP_URL, EMAIL_FROM } = env();
  if (!SMTP_URL || threads < 1) return { send: sendMail, close: async () => {} };
  const { Worker } = await import("node:worker_threads");
  const perThread = Math.max(1, Math.floor(SMTP_CONNECTIONS / threads));
  const url = /[?&]pool=/.test(SMTP_URL) ? SMTP_URL : `${SMTP_URL}${SMTP_URL.includes("?") ? "&" : "?"}pool=true&maxConnections=${perThread}`;
  const waiting = new Map<number, { resolve: (v: { messageId: string }) => void; reject: (e: Error) => void }>();
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(new URL("./smtp-worker.mjs", import.meta.url), { workerData: { url } });
    worker.on("message", ({ id, messageId, error }: { id: number; messageId?: string; error?: string }) => {
      const w = waiting.get(id)!;
      waiting.delete(id);
      if (error !== undefined) w.reject(new Error(error));
      else w.resolve({ messageId: messageId! });
    });
    worker.on("error", (error) => logger.error({ err: error.message }, "mail thread failed"));
    return worker;
  });
  let next = 0;
  return {
    send: (mail) =>
      new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        workers[id % threads]!.postMessage({ id, message: toNodemailer(mail, EMAIL_FROM) });
      }),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
