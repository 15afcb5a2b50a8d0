import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env";
import { logger } from "../logger";
import { writeToOutbox } from "./outbox";

export type Mail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
};

let transport: Transporter | undefined;

/** Connections are reused (a digest batch would otherwise pay a new connection, and TLS handshake, per message), unless SMTP_URL says otherwise. */
export const SMTP_CONNECTIONS = 4;
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
    const id = await writeToOutbox({ ...mail, from: EMAIL_FROM });
    logger.info({ to: mail.to, subject: mail.subject, outbox: id }, "mail written to the outbox (SMTP_URL is not set)");
    return { messageId: id };
  }
  transport ??= nodemailer.createTransport(pooled(SMTP_URL));
  const info = await transport.sendMail({ from: EMAIL_FROM, ...mail });
  return { messageId: info.messageId };
}
