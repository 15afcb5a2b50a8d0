import { parseConnectionUrl } from "nodemailer/lib/shared";
import type { SMTPConnectionAuth, SMTPConnectionOptions } from "nodemailer/lib/smtp-connection";

/**
 * Deadlines for every SMTP conversation, the app's own mail and a digest batch's
 * alike. nodemailer's defaults (2 minutes to connect, 30 s for a greeting, 10
 * minutes of socket silence) let one bad server hold a batch for hours; ours are
 * seconds. Each can be set in SMTP_URL's query string (`?socketTimeout=60000`);
 * `messageTimeout` and `quitTimeout` are ours.
 */
export const SMTP_DEFAULTS = {
  /** To open the TCP (and TLS) connection. */
  connectionTimeout: 10_000,
  /** From connecting to the server's 220 greeting. */
  greetingTimeout: 10_000,
  /** Silence on an open connection, at any step. */
  socketTimeout: 20_000,
  /** One message from MAIL FROM to the server's answer after DATA. */
  messageTimeout: 30_000,
  /** How long closing waits for the answer to QUIT before it hangs up. */
  quitTimeout: 2_000,
  /** How long a half-closed socket may wait for the server's side. */
  socketCloseTimeout: 1_000,
};

export type SmtpOptions = SMTPConnectionOptions & {
  auth?: SMTPConnectionAuth;
  maxConnections?: number;
  messageTimeout: number;
  quitTimeout: number;
};

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i;

/**
 * SMTP_URL as nodemailer reads it, with our deadlines, and STARTTLS required when
 * it carries a password to a host other than this machine (a plain-text login to
 * a remote server would send the password in the clear if an attacker strips the
 * STARTTLS offer). `?requireTLS=false` opts out, for a relay on a private network.
 */
export function smtpOptions(url: string): SmtpOptions {
  const parsed = parseConnectionUrl(url) as Partial<SmtpOptions>;
  const options: SmtpOptions = { ...SMTP_DEFAULTS, ...parsed };
  for (const key of Object.keys(SMTP_DEFAULTS) as (keyof typeof SMTP_DEFAULTS)[]) {
    const value = Number(options[key]);
    options[key] = Number.isFinite(value) && value >= 0 ? value : SMTP_DEFAULTS[key];
  }
  if (
    options.auth &&
    !options.secure &&
    parsed.requireTLS === undefined &&
    !LOOPBACK.test(options.host ?? "localhost")
  ) {
    options.requireTLS = true;
  }
  return options;
}

/** "user@host:port", for log lines and Settings (never the password). */
export function smtpServerName(options: SmtpOptions) {
  const user = options.auth?.user ? `${options.auth.user}@` : "";
  return `${user}${options.host ?? "localhost"}:${options.port ?? (options.secure ? 465 : 587)}`;
}
