import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { SMTP_CONNECTIONS } from "@/domain/digest-schedule";
import { env } from "../env";
import { logger } from "../logger";
import { composeBulkMessage } from "./bulk-mime";
import { writeToOutbox } from "./outbox";

export type Mail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
  /** Our own Message-ID, "<…@…>" (otherwise nodemailer makes one up). */
  messageId?: string;
  /** Bulk mail (digests, with SMTP): composed by bulk-mime.ts, text and HTML in base64. */
  bulk?: boolean;
};

let transport: Transporter | undefined;

/** Connections are reused (a digest batch would otherwise pay a new connection, and TLS handshake, per message), unless SMTP_URL says otherwise. */
function pooled(url: string) {
  if (/[?&]pool=/.test(url)) return url;
  return `${url}${url.includes("?") ? "&" : "?"}pool=true&maxConnections=${SMTP_CONNECTIONS}`;
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
  return deliver(transport, mail, EMAIL_FROM);
}

async function deliver(through: Transporter, mail: Mail, from: string) {
  const { bulk, ...message } = mail;
  if (bulk) {
    // Composed in one pass (bulk-mime.ts): nodemailer's composer costs more than the SMTP exchange.
    const { envelope, raw, messageId } = composeBulkMessage({ ...message, from });
    await through.sendMail({ envelope, raw, messageId });
    return { messageId };
  }
  const info = await through.sendMail({ from, ...message });
  return { messageId: info.messageId };
}

export type Mailer = { send: (mail: Mail) => Promise<{ messageId: string }>; close: () => void };

/**
 * For a batch (`npm run digests`, the scheduler): `sendMail` on pooled connections
 * of its own, closed when the batch is done, so that the command exits at once and
 * the app's own mail (sign-in links) never shares a connection that is closing.
 */
export function bulkMailer(): Mailer {
  const { SMTP_URL, EMAIL_FROM } = env();
  if (!SMTP_URL) return { send: sendMail, close: () => {} };
  const own = nodemailer.createTransport(pooled(SMTP_URL));
  return { send: (mail) => deliver(own, mail, EMAIL_FROM), close: () => own.close() };
}
