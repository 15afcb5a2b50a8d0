// The public application form against an SMTP server that refuses or hangs: the
// applicant is told to try later, within the mail's deadline, and nothing is kept.
import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as applyRoute } from "@/app/api/apply/[slug]/route";
import { saveApplicationPageAction } from "@/server/applications/applications.actions";
import { stampSecret } from "@/server/applications/apply";
import { formStamp } from "@/server/applications/form-stamp";
import { db } from "@/server/db";
import { type BadSmtp, startBadSmtp } from "../support/bad-smtp";
import { aliceAndBob } from "../support/two-users";

let smtp: BadSmtp;
beforeAll(async () => {
  smtp = await startBadSmtp();
  // Read once, on first use, by src/server/env.ts; deadlines of a second or two.
  process.env.SMTP_URL = smtp.url("connectionTimeout=1000&greetingTimeout=1000&messageTimeout=2000&quitTimeout=500");
});
afterAll(async () => smtp.stop());

async function pageOf() {
  const { alice } = await aliceAndBob();
  const slug = `smtp-${randomUUID().slice(0, 8)}`;
  expect(await saveApplicationPageAction({ slug, open: "on", placesPerQuarter: 2 })).toMatchObject({ ok: true });
  return { alice, slug };
}

const post = (slug: string) =>
  applyRoute(
    new NextRequest(`http://localhost:3000/api/apply/${slug}`, {
      method: "POST",
      body: JSON.stringify({
        name: "Sam",
        email: `sam-${randomUUID().slice(0, 8)}@apply.example`,
        stamp: formStamp(stampSecret(), Date.now() - 10_000),
      }),
      headers: {
        origin: "http://localhost:3000",
        host: "localhost:3000",
        "content-type": "application/json",
        "x-mentor-map-peer": `192.0.2.${Math.floor(Math.random() * 250)}`,
      },
    }),
    { params: Promise.resolve({ slug }) },
  );

describe("an application when the mail server misbehaves", () => {
  it.each([
    ["refuses the message", { afterData: "550" as const }],
    ["hangs after the message", { afterData: "stall" as const }],
  ])(
    "%s: 503 within the deadline, nothing kept",
    async (_label, mode) => {
      smtp.mode = mode;
      const { alice, slug } = await pageOf();
      const started = Date.now();
      const res = await post(slug);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ error: "We could not send the confirmation email. Please try again later." });
      expect(Date.now() - started).toBeLessThan(8_000);
      expect(await db.application.count({ where: { userId: alice.id } })).toBe(0);
    },
    15_000,
  );
});
