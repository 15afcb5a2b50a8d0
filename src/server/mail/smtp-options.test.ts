import { describe, expect, it } from "vitest";
import { SMTP_DEFAULTS, smtpOptions, smtpServerName } from "./smtp-options";

describe("SMTP options", () => {
  it("have deadlines in seconds, which SMTP_URL may change", () => {
    expect(smtpOptions("smtp://mail.example:587")).toMatchObject(SMTP_DEFAULTS);
    expect(SMTP_DEFAULTS.socketTimeout).toBeLessThanOrEqual(60_000);
    expect(smtpOptions("smtp://mail.example?socketTimeout=60000&messageTimeout=90000")).toMatchObject({
      socketTimeout: 60_000,
      messageTimeout: 90_000,
    });
    expect(smtpOptions("smtp://mail.example?messageTimeout=soon").messageTimeout).toBe(SMTP_DEFAULTS.messageTimeout);
  });

  it("require STARTTLS when a password goes to another machine, unless told not to", () => {
    expect(smtpOptions("smtp://user:pw@mail.example:587").requireTLS).toBe(true);
    expect(smtpOptions("smtp://user:pw@mail.example:587?requireTLS=false").requireTLS).toBe(false);
    expect(smtpOptions("smtp://mail.example:25").requireTLS).toBeUndefined(); // no password to protect
    expect(smtpOptions("smtp://user:pw@127.0.0.1:2525").requireTLS).toBeUndefined();
    expect(smtpOptions("smtp://user:pw@localhost:2525").requireTLS).toBeUndefined();
    expect(smtpOptions("smtps://user:pw@mail.example:465").requireTLS).toBeUndefined(); // TLS from the start
  });

  it("name the server without its password", () => {
    expect(smtpServerName(smtpOptions("smtp://digests:s3cret@mail.example:587"))).toBe("digests@mail.example:587");
  });
});
