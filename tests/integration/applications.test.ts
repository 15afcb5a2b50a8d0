import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as confirmRoute } from "@/app/api/apply/[slug]/confirm/route";
import { POST as applyRoute } from "@/app/api/apply/[slug]/route";
import { APPLY_LIMITS } from "@/domain/applications";
import {
  acceptApplicationAction,
  declineApplicationAction,
  saveApplicationPageAction,
  waitlistApplicationAction,
} from "@/server/applications/applications.actions";
import { applicationInbox, publicApplicationPage, purgeApplications } from "@/server/applications/applications.queries";
import { stampSecret } from "@/server/applications/apply";
import { formStamp } from "@/server/applications/form-stamp";
import type { CurrentUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { signInAs } from "../support/session-double";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink";
import { aliceAndBob } from "../support/two-users";

let smtp: SmtpSink;
let alice: CurrentUser;
let bob: CurrentUser;
let slug: string;
let ip: string;

beforeAll(async () => {
  smtp = await startSmtpSink();
  process.env.SMTP_URL = smtp.url;
});
afterAll(async () => smtp.stop());

beforeEach(async () => {
  ({ alice, bob } = await aliceAndBob());
  await db.user.update({ where: { id: alice.id }, data: { name: "Ada Lovelace" } });
  slug = `ada-${randomUUID().slice(0, 8)}`;
  // Each test from its own address, so the per-address limits are the test's own.
  ip = `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 4)}`;
  signInAs(alice);
  const saved = await saveApplicationPageAction({
    slug,
    open: true,
    introduction: "I lead engineering teams.",
    helpWith: "First-time managers",
    placesPerQuarter: 2,
    questions: "What have you tried already?\nWhat would success look like?",
  });
  expect(saved).toMatchObject({ ok: true });
});

const ORIGIN = "http://localhost:3000";
const stamp = (secondsAgo = 10) => formStamp(stampSecret(), Date.now() - secondsAgo * 1000);
const form = (patch: Record<string, unknown> = {}) => ({
  name: "Sam Rivera",
  email: `sam-${randomUUID().slice(0, 8)}@apply.example`,
  answers: ["Read two books on management.", "Running a calm weekly 1:1."],
  stamp: stamp(),
  ...patch,
});

function post(body: unknown, { to = slug, origin = ORIGIN, from = ip } = {}) {
  return applyRoute(
    new NextRequest(`${ORIGIN}/api/apply/${to}`, {
      method: "POST",
      body: typeof body === "string" ? body : JSON.stringify(body),
      headers: { origin, host: "localhost:3000", "content-type": "application/json", "x-mentor-map-peer": from },
    }),
    { params: Promise.resolve({ slug: to }) },
  );
}

async function confirmFrom(to: string) {
  const mail = await smtp.waitFor(to);
  const link = new URL(mail.text!.match(/https?:\/\/\S+/)![0]);
  const body = new URLSearchParams({ token: link.searchParams.get("token")! });
  const res = await confirmRoute(
    new NextRequest(`${ORIGIN}${link.pathname.replace("/apply/", "/api/apply/")}`, {
      method: "POST",
      body,
      headers: { origin: ORIGIN, host: "localhost:3000", "content-type": "application/x-www-form-urlencoded" },
    }),
    { params: Promise.resolve({ slug }) },
  );
  return { mail, res };
}

const applications = () => db.application.findMany({ where: { userId: alice.id } });

describe("the application page", () => {
  it("shows the owner's name and words, never their email or id", async () => {
    const page = await publicApplicationPage(slug);
    expect(page!.view).toMatchObject({ ownerName: "Ada Lovelace", placesLeft: 2, state: "open" });
    const shown = JSON.stringify(page!.view);
    expect(shown).not.toContain(alice.email);
    expect(shown).not.toContain(alice.id);
    const answer = await (await post(form({ name: "" }))).text();
    expect(answer).not.toContain(alice.email);
    expect(answer).not.toContain(alice.id);
  });

  it("an address is one owner's: another user gets a field error", async () => {
    signInAs(bob);
    expect(await saveApplicationPageAction({ slug, placesPerQuarter: 1 })).toMatchObject({
      ok: false,
      fieldErrors: { slug: ["That address is taken: choose another."] },
    });
    expect(await saveApplicationPageAction({ slug: "Not OK!", placesPerQuarter: 1 })).toMatchObject({
      ok: false,
      fieldErrors: { slug: [expect.stringContaining("lowercase letters")] },
    });
  });

  it("apply, confirm by the emailed link (nothing the applicant typed is in it), then accept: a mentee with their answers as goals", async () => {
    const sent = form({ name: "<img src=x onerror=alert(1)> http://spam.example" });
    const res = await post(sent);
    expect(res.status).toBe(200);
    expect((await applications()).map((a) => a.status)).toEqual(["UNCONFIRMED"]);
    expect((await applicationInbox(alice.id, "UTC")).waiting).toEqual([]);

    const { mail, res: confirmed } = await confirmFrom(sent.email as string);
    expect(mail.subject).toBe("Confirm your application to Ada Lovelace");
    expect(mail.text).not.toContain("spam.example");
    expect(mail.html).toBeFalsy();
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get("location")).toBe(`/apply/${slug}/confirm?result=confirmed`);

    const inbox = await applicationInbox(alice.id, "UTC");
    expect(inbox.waiting).toHaveLength(1);
    // Stored as typed, shown as text by React: inert.
    expect(inbox.waiting[0]!.name).toBe("<img src=x onerror=alert(1)> http://spam.example");
    expect(inbox.waiting[0]!.answers[0]).toEqual({
      question: "What have you tried already?",
      answer: "Read two books on management.",
    });

    const accepted = await acceptApplicationAction({ id: inbox.waiting[0]!.id });
    if (!accepted.ok) throw new Error(accepted.error);
    const mentee = await db.mentee.findUniqueOrThrow({ where: { id: accepted.data.menteeId } });
    expect(mentee).toMatchObject({ stage: "ACCEPTED", email: sent.email });
    expect(mentee.goals).toContain("What would success look like?\nRunning a calm weekly 1:1.");
    expect((await publicApplicationPage(slug))!.view.placesLeft).toBe(1);

    // Deleting the mentee keeps the decided application (it still fills its place), without the link.
    await db.mentee.delete({ where: { id: mentee.id } });
    const kept = await db.application.findUniqueOrThrow({ where: { id: inbox.waiting[0]!.id } });
    expect(kept).toMatchObject({ status: "ACCEPTED", menteeId: null, userId: alice.id });
  });

  it("waitlist then decline: the kind reply goes by mail as plain text, the waitlisted mentee is declined; declined go after 90 days", async () => {
    const sent = form();
    await post(sent);
    await confirmFrom(sent.email as string);
    const [application] = await applications();
    expect(await waitlistApplicationAction({ id: application!.id })).toMatchObject({ ok: true });
    const waitlisted = await db.application.findUniqueOrThrow({ where: { id: application!.id } });
    expect(await db.mentee.findUniqueOrThrow({ where: { id: waitlisted.menteeId! } })).toMatchObject({
      stage: "WAITLISTED",
    });
    expect(await declineApplicationAction({ id: application!.id, send: "on", reply: "" })).toMatchObject({
      ok: false,
      fieldErrors: { reply: ["Write the reply, or decline without sending one."] },
    });
    const reply = "Dear Sam,\n\n<b>Thank you</b> for applying.";
    expect(await declineApplicationAction({ id: application!.id, send: "on", reply })).toMatchObject({ ok: true });
    const answer = smtp.messages.find(
      (m) => (m.to as { text: string }).text === sent.email && m.subject === "Your application to Ada Lovelace",
    )!;
    expect(answer).toBeDefined();
    expect(answer.text).toContain("<b>Thank you</b>");
    expect(answer.html).toBeFalsy();
    expect(await db.mentee.findUniqueOrThrow({ where: { id: waitlisted.menteeId! } })).toMatchObject({
      stage: "DECLINED",
    });

    await db.application.update({
      where: { id: application!.id },
      data: { decidedAt: new Date(Date.now() - 91 * 86_400_000) },
    });
    await purgeApplications();
    expect(await applications()).toEqual([]);
  });

  it("a bot is dropped quietly: a filled honeypot, a form sent too fast or a forged stamp write and send nothing", async () => {
    for (const patch of [{ website: "http://spam.example" }, { stamp: stamp(1) }, { stamp: "123.forged" }]) {
      const res = await post(form(patch));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ ok: true });
    }
    expect(await applications()).toEqual([]);
  });

  it("bad input gets field errors and writes nothing; a closed page, another origin and an oversized body are refused", async () => {
    const long = "x".repeat(2_001);
    const res = await post(form({ email: "not-an-email", answers: [long, ""] }));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.fieldErrors.email).toEqual(["Enter a valid email address."]);
    expect(body.fieldErrors["answers.0"]).toEqual(["An answer must be at most 2,000 characters."]);
    expect((await post(form({ answers: ["only one"] }))).status).toBe(400);
    expect((await post("{not json")).status).toBe(400);
    expect((await post(form(), { origin: "https://evil.example" })).status).toBe(403);
    expect((await post({ ...form(), padding: "x".repeat(70_000) })).status).toBe(413);
    expect((await post(form(), { to: "no-such-page" })).status).toBe(404);
    await saveApplicationPageAction({ slug, open: false, placesPerQuarter: 2 });
    const closed = await post(form());
    expect(closed.status).toBe(409);
    expect(await applications()).toEqual([]);
  });

  it("a flood from one address gets 429 with nothing written", async () => {
    const answers = [];
    for (let i = 0; i < APPLY_LIMITS.perIpPerHour + 2; i++) answers.push((await post(form())).status);
    expect(answers.slice(0, APPLY_LIMITS.perIpPerHour).every((s) => s === 200)).toBe(true);
    expect(answers.slice(APPLY_LIMITS.perIpPerHour)).toEqual([429, 429]);
    expect(await applications()).toHaveLength(APPLY_LIMITS.perIpPerHour);
  });

  it("confirmation mail to one address is capped, whatever page and visitor address", async () => {
    const target = `stranger-${randomUUID().slice(0, 8)}@apply.example`;
    for (let i = 0; i < 4; i++) {
      const res = await post(form({ email: target }), { from: `198.51.100.${i}` });
      expect(res.status).toBe(200);
    }
    const rows = await db.application.findMany({ where: { email: target } });
    expect(rows).toHaveLength(APPLY_LIMITS.mailsPerAddressPerDay);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.messages.filter((m) => (m.to as { text: string }).text === target)).toHaveLength(
      APPLY_LIMITS.mailsPerAddressPerDay,
    );
  });

  it("another user cannot decide on the owner's applications", async () => {
    const sent = form();
    await post(sent);
    await confirmFrom(sent.email as string);
    const [application] = await applications();
    signInAs(bob);
    for (const attempt of [
      () => acceptApplicationAction({ id: application!.id }),
      () => waitlistApplicationAction({ id: application!.id }),
      () => declineApplicationAction({ id: application!.id, reply: "No" }),
    ])
      expect(await attempt()).toMatchObject({ ok: false, error: "Application not found." });
    expect((await db.application.findUniqueOrThrow({ where: { id: application!.id } })).status).toBe("NEW");
  });
});
