import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { SMTP_CONNECTIONS } from "@/domain/digest-schedule";
import { env } from "../env";
import { logger } from "../logger";
import { composeBulkMessage } from "./bulk-mime";
import { writeToOutbox } from "./outbox";
import { smtpLanes } from "./smtp-lanes";
import { smtpOptions } from "./smtp-options";

export type Mail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
  /** Our own Message-ID, "<…@…>" (otherwise nodemailer makes one up). */
  messageId?: string;
  /** A calendar invitation (iTIP), sent as the message's text/calendar part and attachment. */
  icalEvent?: { method: "REQUEST" | "CANCEL"; filename?: string; content: string };
};

let transport: Transporter | undefined;

class MailDeadline extends Error {
  constructor(ms: number) {
    super(`no answer from the mail server within ${ms} ms`);
  }
}

/**
 * Connections are kept open and reused (no new connection and TLS handshake per
 * message), unless SMTP_URL says otherwise; every step has a deadline (smtp-options.ts).
 */
function pooled(url: string) {
  const { messageTimeout: _ours, quitTimeout: _alsoOurs, ...options } = smtpOptions(url);
  return { pool: true, maxConnections: SMTP_CONNECTIONS, ...options };
}

/**
 * The one way the app sends mail: SMTP when SMTP_URL is set, otherwise the local
 * outbox (shown at /dev/outbox in development mode and logged to the console).
 */
export async function sendMail(mail: Mail): Promise<{ messageId: string }> {
  const { SMTP_URL, EMAIL_FROM } = env();
  if (!SMTP_URL) {
    const id = await writeToOutbox({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      from: EMAIL_FROM,
    });
    logger.info({ to: mail.to, subject: mail.subject, outbox: id }, "mail written to the outbox (SMTP_URL is not set)");
    return { messageId: id };
  }
  transport ??= nodemailer.createTransport(pooled(SMTP_URL));
  const sending = transport.sendMail({ from: EMAIL_FROM, ...mail });
  // The operator's messageTimeout bounds the whole send, as it does a batch's: a server
  // that goes silent after the message would otherwise hold the request until the
  // socket's own timeout. The stalled connection is dropped with its pool.
  const { messageTimeout } = smtpOptions(SMTP_URL);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer from the mail server within ${messageTimeout} ms`)),
      messageTimeout,
    );
  });
  try {
    const info = await Promise.race([sending, deadline]);
    return { messageId: info.messageId };
  } catch (error) {
    if (error instanceof MailDeadline) {
      sending.catch(() => {});
      transport?.close();
      transport = undefined;
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

export type Mailer = {
  send: (mail: Mail) => Promise<{ messageId: string }>;
  close: () => Promise<void>;
  /** Why the batch's SMTP stopped (the circuit breaker), or null. */
  readonly broken: string | null;
};

/**
 * For a batch (`npm run digests`, the scheduler): each message composed in one
 * pass (bulk-mime.ts) and sent on SMTP connections of the batch's own
 * (smtp-lanes.ts), closed when it is done, so that the command exits at once and
 * the app's own mail (sign-in links) never waits behind a batch. Without
 * SMTP_URL it is `sendMail` (the outbox).
 */
export function bulkMailer(): Mailer {
  const { SMTP_URL, EMAIL_FROM } = env();
  if (!SMTP_URL) return { send: sendMail, close: async () => {}, broken: null };
  const lanes = smtpLanes(SMTP_URL, SMTP_CONNECTIONS);
  return {
    send: async (mail) => {
      const { envelope, raw, messageId } = composeBulkMessage({ ...mail, from: EMAIL_FROM });
      await lanes.send(envelope, raw);
      return { messageId };
    },
    close: lanes.close,
    get broken() {
      return lanes.broken;
    },
  };
}
