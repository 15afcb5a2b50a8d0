import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { createMenteeAction } from "@/server/mentees/mentees.actions";
import { introduceMenteesAction } from "@/server/mentees/mentees.introductions.actions";
import { createResourceAction, deleteResourceAction, sendResourceAction } from "@/server/resources/resources.actions";
import { listResources } from "@/server/resources/resources.queries";
import { expectNothingWritten } from "../support/factories";
import { signInAs } from "../support/session-double";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink";
import { aliceAndBob } from "../support/two-users";

let smtp: SmtpSink;
let alice: CurrentUser;
let bob: CurrentUser;

beforeAll(async () => {
  smtp = await startSmtpSink();
  process.env.SMTP_URL = smtp.url;
});
afterAll(async () => smtp.stop());
beforeEach(async () => {
  ({ alice, bob } = await aliceAndBob());
});

async function resource() {
  const r = await createResourceAction({
    title: "How I prepare for a 1:1",
    url: "https://video.example/v/1on1",
    kind: "VIDEO",
    questions: "How do I run my first 1:1?",
  });
  if (!r.ok) throw new Error(r.error);
  return r.data.id;
}

describe("answers to common questions", () => {
  it("only web links go on the shelf", async () => {
    expect(await createResourceAction({ title: "x", url: "javascript:alert(1)" })).toMatchObject({
      ok: false,
      fieldErrors: { url: ["Enter a web address starting with https:// or http://."] },
    });
  });

  it("sent to a mentee with a sentence of your own: by mail as plain text, and given in the ledger", async () => {
    const id = await resource();
    const email = `sam-${randomUUID().slice(0, 8)}@mentees.example`;
    const mentee = await createMenteeAction({ name: "Sam", email });
    if (!mentee.ok) throw new Error(mentee.error);
    const sent = await sendResourceAction({
      resourceId: id,
      menteeId: mentee.data.id,
      sentence: "This is how I think about <your> question.",
    });
    expect(sent).toMatchObject({ ok: true });
    const mail = await smtp.waitFor(email);
    expect(mail.subject).toBe("How I prepare for a 1:1");
    expect(mail.text).toContain("This is how I think about <your> question.");
    expect(mail.text).toContain("https://video.example/v/1on1");
    expect(mail.html).toBeFalsy();
    expect(await db.valueExchange.findFirst({ where: { menteeId: mentee.data.id } })).toMatchObject({
      direction: "GAVE",
      kind: "RESEARCH_OR_CONTENT",
      description: "Sent “How I prepare for a 1:1”",
    });

    const noEmail = await createMenteeAction({ name: "Noor" });
    if (!noEmail.ok) throw new Error(noEmail.error);
    expect(await sendResourceAction({ resourceId: id, menteeId: noEmail.data.id, sentence: "Hi" })).toMatchObject({
      ok: false,
      fieldErrors: { resourceId: ["They have no email address: add it in their details first."] },
    });
  });

  it("another user's resource or mentee: not found, nothing sent or written; a deleted one can be put back", async () => {
    const id = await resource();
    const mentee = await createMenteeAction({ name: "Sam", email: "sam@mentees.example" });
    if (!mentee.ok) throw new Error(mentee.error);
    signInAs(bob);
    const before = smtp.messages.length;
    const attempts: (() => Promise<unknown>)[] = [
      () => sendResourceAction({ resourceId: id, menteeId: mentee.data.id, sentence: "Hi" }),
      () => deleteResourceAction({ id }),
    ];
    for (const attempt of attempts) expect(await expectNothingWritten(alice.id, attempt)).toMatchObject({ ok: false });
    expect(smtp.messages.length).toBe(before);
    signInAs(alice);
    const deleted = await deleteResourceAction({ id });
    if (!deleted.ok) throw new Error(deleted.error);
    expect(await createResourceAction(deleted.data)).toMatchObject({ ok: true });
    expect((await listResources(alice.id)).map((r) => r.title)).toEqual(["How I prepare for a 1:1"]);
  });
});

describe("introducing two mentees to each other", () => {
  it("only with both one's consent; one email to both, and on each one's timeline", async () => {
    const [a, b] = [`a-${randomUUID().slice(0, 6)}@mentees.example`, `b-${randomUUID().slice(0, 6)}@mentees.example`];
    const sam = await createMenteeAction({ name: "Sam", email: a });
    const kim = await createMenteeAction({ name: "Kim", email: b });
    if (!sam.ok || !kim.ok) throw new Error("setup");
    const refused = await expectNothingWritten(alice.id, () =>
      introduceMenteesAction({ menteeId: sam.data.id, otherId: kim.data.id, consent: "on", note: "Both hiring." }),
    );
    expect(refused).toMatchObject({ ok: false, fieldErrors: { otherConsent: ["Only with their consent too."] } });
    expect(
      await introduceMenteesAction({
        menteeId: sam.data.id,
        otherId: kim.data.id,
        consent: "on",
        otherConsent: "on",
        note: "You are both hiring your first engineers.",
      }),
    ).toMatchObject({ ok: true });
    const mail = await smtp.waitFor(a);
    expect(mail.subject).toBe("Sam, meet Kim");
    expect((mail.to as { text: string }).text).toContain(b);
    expect(mail.text).toContain("You are both hiring your first engineers.");
    const entries = await db.valueExchange.findMany({ where: { userId: alice.id, kind: "INTRODUCTION" } });
    expect(entries.map((e) => e.description).sort()).toEqual(["Introduced to Kim", "Introduced to Sam"]);

    signInAs(bob);
    expect(
      await expectNothingWritten(alice.id, () =>
        introduceMenteesAction({
          menteeId: sam.data.id,
          otherId: kim.data.id,
          consent: "on",
          otherConsent: "on",
          note: "x",
        }),
      ),
    ).toMatchObject({ ok: false, error: "Mentee not found." });
  });
});
