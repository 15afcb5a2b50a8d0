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
  const { bulk, ...message } = mail;
  const info = await transport.sendMail({ from: EMAIL_FROM, ...message, ...(bulk ? { textEncoding: "base64" as const } : {}) });
  return { messageId: info.messageId };
}
