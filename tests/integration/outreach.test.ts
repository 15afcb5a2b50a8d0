import { beforeEach, describe, expect, it } from "vitest";
import { addDaysToDay, dateToDay, todayIn } from "@/domain/calendar";
import { HELP_QUESTION } from "@/domain/outreach";
import type { CurrentUser } from "@/server/auth/session";
import { db } from "@/server/db";
import {
  finishFirstConversationAction,
  markSentAction,
  recordReplyAction,
  saveMessageAction,
  savePrepAction,
  saveResearchAction,
} from "@/server/outreach/outreach.actions";
import { getOutreachPage } from "@/server/outreach/outreach.queries";
import { sprintCounts } from "@/server/sprint/sprint.queries";
import { createMentor, expectNothingWritten } from "../support/factories";
import { aliceAndBob } from "../support/two-users";

let alice: CurrentUser;
let bob: CurrentUser;
const today = todayIn("UTC");

beforeEach(async () => {
  ({ alice, bob } = await aliceAndBob());
});

const research = (mentorId: string, extra: Record<string, unknown> = {}) => ({
  mentorId,
  links: [{ url: "https://talks.example/pricing", note: "Pricing talk" }],
  challenges: ["Hiring", "", "Churn"],
  waysToHelp: ["Share our churn data"],
  whatINeed: "Advice on pricing",
  whatIOffer: "Churn benchmarks",
  ...extra,
});
const message = (mentorId: string, extra: Record<string, unknown> = {}) => ({
  mentorId,
  subject: "Your pricing talk",
  compliment: "Your pricing talk changed how we run trials.",
  ask: "Could we talk for 20 minutes this month?",
  offer: "I could share our churn benchmarks.",
  easyOut: "If now isn't a good time, no worries.",
  ...extra,
});
const stageOf = async (id: string) => (await db.mentor.findUniqueOrThrow({ where: { id } })).stage;

describe("research: the value creation challenge", () => {
  it("saves a draft without moving the stage, then completed moves a prospect to Researched", async () => {
    const m = await createMentor(alice.id, { name: "Ada Lovelace" });
    expect(await saveResearchAction(research(m.id, { whatIOffer: "" }))).toMatchObject({
      ok: true,
      data: { researched: false, stage: "PROSPECT" },
    });
    expect(await stageOf(m.id)).toBe("PROSPECT");
    const result = await saveResearchAction(research(m.id, { complete: true }));
    expect(result).toMatchObject({ ok: true, data: { researched: true, stage: "RESEARCHED" } });
    const page = (await getOutreachPage(alice, m.id))!;
    expect(page.plan).toMatchObject({
      links: [{ url: "https://talks.example/pricing", note: "Pricing talk" }],
      challenges: ["Hiring", "Churn"],
      whatIOffer: "Churn benchmarks",
      researchedOn: today,
    });
    const changes = await db.stageChange.findMany({ where: { mentorId: m.id } });
    expect(changes.map((c) => [c.fromStage, c.toStage])).toEqual([["PROSPECT", "RESEARCHED"]]);
    expect((await sprintCounts(db, alice, today, today))!.counts).toMatchObject({
      researched: 1,
      valuePropositions: 1,
    });
  });

  it("takes the form's parallel link fields", async () => {
    const m = await createMentor(alice.id);
    const form = new FormData();
    form.set("mentorId", m.id);
    for (const [url, note] of [
      ["https://a.example", "A"],
      ["", ""],
      ["https://b.example", ""],
    ]) {
      form.append("linkUrl", url!);
      form.append("linkNote", note!);
    }
    expect(await saveResearchAction(null, form)).toMatchObject({ ok: true });
    expect((await getOutreachPage(alice, m.id))!.plan.links).toEqual([
      { url: "https://a.example", note: "A" },
      { url: "https://b.example", note: "" },
    ]);
  });

  it("refuses incomplete research marked complete, bad links and too many, writing nothing", async () => {
    const m = await createMentor(alice.id);
    const incomplete = await expectNothingWritten(alice.id, () =>
      saveResearchAction(research(m.id, { complete: true, challenges: [], whatINeed: " " })),
    );
    expect(incomplete).toMatchObject({
      ok: false,
      fieldErrors: {
        challenges: ["Name at least one challenge they face."],
        whatINeed: ["Say what you need from them."],
      },
    });
    const js = await expectNothingWritten(alice.id, () =>
      saveResearchAction(research(m.id, { links: [{ url: "javascript:alert(1)", note: "" }] })),
    );
    expect(js).toMatchObject({ ok: false, fieldErrors: { links: [expect.stringMatching(/http:\/\/ or https:\/\//)] } });
    const eleven = Array.from({ length: 11 }, (_, i) => ({ url: `https://x.example/${i}`, note: "" }));
    expect(await saveResearchAction(research(m.id, { links: eleven }))).toMatchObject({
      ok: false,
      fieldErrors: { links: ["Add at most 10 links."] },
    });
    expect(await saveResearchAction(research(m.id, { challenges: ["a", "b", "c", "d"] }))).toMatchObject({
      ok: false,
      fieldErrors: { challenges: ["Challenges: at most 3."] },
    });
    expect(await saveResearchAction(research(m.id, { whatINeed: "x".repeat(1001) }))).toMatchObject({
      ok: false,
      fieldErrors: { whatINeed: ["What I need must be at most 1000 characters."] },
    });
  });
});

describe("the outreach message", () => {
  it("keeps a draft, with length limits per part", async () => {
    const m = await createMentor(alice.id);
    expect(await saveMessageAction(message(m.id))).toMatchObject({ ok: true });
    expect((await getOutreachPage(alice, m.id))!.plan).toMatchObject({
      subject: "Your pricing talk",
      ask: "Could we talk for 20 minutes this month?",
    });
    const long = await expectNothingWritten(alice.id, () =>
      saveMessageAction(message(m.id, { ask: "x".repeat(401), subject: "y".repeat(151) })),
    );
    expect(long).toMatchObject({
      ok: false,
      fieldErrors: {
        ask: ["The ask must be at most 400 characters."],
        subject: ["The subject must be at most 150 characters."],
      },
    });
  });

  it("marked sent: Contacted, logged with its date, a follow-up reminder after 7 days, counted by the sprint", async () => {
    const m = await createMentor(alice.id, { name: "Ada" });
    await db.sprint.create({ data: { userId: alice.id, startOn: new Date(`${addDaysToDay(today, -3)}T00:00:00Z`) } });
    const result = await markSentAction(message(m.id));
    expect(result).toMatchObject({ ok: true, data: { stage: "CONTACTED", followUpOn: addDaysToDay(today, 7) } });
    expect(await stageOf(m.id)).toBe("CONTACTED");
    const change = await db.stageChange.findFirstOrThrow({ where: { mentorId: m.id } });
    expect(change).toMatchObject({ fromStage: "PROSPECT", toStage: "CONTACTED", note: "Outreach sent" });
    const reminder = await db.reminder.findFirstOrThrow({ where: { mentorId: m.id, kind: "OUTREACH_FOLLOW_UP" } });
    expect(dateToDay(reminder.dueOn)).toBe(addDaysToDay(today, 7));
    expect((await sprintCounts(db, alice, today))!.counts.outreachSent).toBe(1);
  });

  it("sent on an earlier day follows up from that day; a custom delay is honoured", async () => {
    const m = await createMentor(alice.id);
    const sentOn = addDaysToDay(today, -2);
    expect(await markSentAction(message(m.id, { sentOn, followUpDays: "3" }))).toMatchObject({
      ok: true,
      data: { followUpOn: addDaysToDay(today, 1) },
    });
    const change = await db.stageChange.findFirstOrThrow({ where: { mentorId: m.id } });
    expect(todayIn("UTC", change.changedAt)).toBe(sentOn);
  });

  it("refuses a message with no ask, a future date, a bad delay, and a mentor already contacted", async () => {
    const m = await createMentor(alice.id);
    expect(await expectNothingWritten(alice.id, () => markSentAction(message(m.id, { ask: "  " })))).toMatchObject({
      ok: false,
      fieldErrors: { ask: [expect.stringMatching(/asking for/)] },
    });
    expect(
      await expectNothingWritten(alice.id, () => markSentAction(message(m.id, { sentOn: addDaysToDay(today, 2) }))),
    ).toMatchObject({ ok: false, fieldErrors: { sentOn: ["That date is in the future."] } });
    expect(await markSentAction(message(m.id, { followUpDays: "0" }))).toMatchObject({
      ok: false,
      fieldErrors: { followUpDays: ["Follow up after at least 1 day."] },
    });
    const active = await createMentor(alice.id, { name: "Grace", stage: "ACTIVE" });
    const wrongStage = await expectNothingWritten(alice.id, () => markSentAction(message(active.id)));
    expect(wrongStage).toEqual({ ok: false, error: "Grace is Active: sending outreach needs Prospect or Researched." });
  });
});

describe("the reply", () => {
  async function contacted(name = "Ada") {
    const m = await createMentor(alice.id, { name });
    await markSentAction(message(m.id));
    return m;
  }

  it("yes: In conversation, the follow-up done, counted as a first conversation", async () => {
    const m = await contacted();
    await db.sprint.create({ data: { userId: alice.id, startOn: new Date(`${today}T00:00:00Z`) } });
    expect(await recordReplyAction({ mentorId: m.id, reply: "YES" })).toMatchObject({
      ok: true,
      data: { stage: "IN_CONVERSATION" },
    });
    expect(await stageOf(m.id)).toBe("IN_CONVERSATION");
    expect(await db.reminder.count({ where: { mentorId: m.id, kind: "OUTREACH_FOLLOW_UP", status: "PENDING" } })).toBe(
      0,
    );
    expect((await sprintCounts(db, alice, today))!.counts.firstConversations).toBe(1);
  });

  it("no with a revisit date: Declined, and the mentor resurfaces as a reminder on that date", async () => {
    const m = await contacted();
    const revisit = addDaysToDay(today, 90);
    expect(await recordReplyAction({ mentorId: m.id, reply: "NO", revisitAfterOn: revisit })).toMatchObject({
      ok: true,
      data: { stage: "DECLINED" },
    });
    const r = await db.reminder.findFirstOrThrow({ where: { mentorId: m.id, kind: "REVISIT" } });
    expect(dateToDay(r.dueOn)).toBe(revisit);
    expect(r.status).toBe("PENDING");
  });

  it("no answer: still Contacted, with one more nudge scheduled", async () => {
    const m = await contacted();
    expect(await recordReplyAction({ mentorId: m.id, reply: "NO_ANSWER" })).toMatchObject({
      ok: true,
      data: { stage: "CONTACTED", followUpOn: addDaysToDay(today, 7) },
    });
    const pending = await db.reminder.findMany({
      where: { mentorId: m.id, kind: "OUTREACH_FOLLOW_UP", status: "PENDING" },
    });
    expect(pending.map((r) => r.title)).toEqual(["Nudge Ada once more"]);
  });

  it("refuses a reply from a mentor who was never contacted, an unknown answer and a past revisit date", async () => {
    const m = await createMentor(alice.id, { name: "Grace" });
    expect(await expectNothingWritten(alice.id, () => recordReplyAction({ mentorId: m.id, reply: "YES" }))).toEqual({
      ok: false,
      error: "Grace is Prospect: recording a reply needs Contacted.",
    });
    const c = await contacted("Linus");
    expect(await recordReplyAction({ mentorId: c.id, reply: "MAYBE" })).toMatchObject({
      ok: false,
      fieldErrors: { reply: ["Choose yes, no or no answer."] },
    });
    expect(await recordReplyAction({ mentorId: c.id, reply: "NO", revisitAfterOn: today })).toMatchObject({
      ok: false,
      fieldErrors: { revisitAfterOn: ["Choose a revisit date after today."] },
    });
    expect(await stageOf(c.id)).toBe("CONTACTED");
  });
});

describe("the first conversation", () => {
  it("prep always includes the help question; finishing logs a check-in, keeps the thank-you, sets the cadence and makes them Active", async () => {
    const m = await createMentor(alice.id, { name: "Ada", stage: "CONTACTED" });
    await recordReplyAction({ mentorId: m.id, reply: "YES" });
    expect(
      await savePrepAction({
        mentorId: m.id,
        prepQuestions: "What should I read?\n\nHow did you price v1?",
        conversationNotes: "Draft",
      }),
    ).toMatchObject({ ok: true });
    expect((await getOutreachPage(alice, m.id))!.plan.prepQuestions).toEqual([
      HELP_QUESTION,
      "What should I read?",
      "How did you price v1?",
    ]);
    const result = await finishFirstConversationAction({
      mentorId: m.id,
      occurredOn: today,
      channel: "VIDEO",
      conversationNotes: "We talked pricing",
      takeaways: "Price on value\nTalk to ten customers",
      thankYouNote: "Thank you!",
      cadenceDays: "30",
    });
    expect(result).toMatchObject({ ok: true, data: { stage: "ACTIVE", nextCheckInOn: addDaysToDay(today, 30) } });
    const mentor = await db.mentor.findUniqueOrThrow({ where: { id: m.id } });
    expect(mentor).toMatchObject({ stage: "ACTIVE", cadenceDays: 30 });
    expect(dateToDay(mentor.lastCheckInOn!)).toBe(today);
    const checkIn = await db.checkIn.findFirstOrThrow({ where: { mentorId: m.id } });
    expect(checkIn).toMatchObject({
      channel: "VIDEO",
      takeaways: "Price on value\nTalk to ten customers",
      notes: "We talked pricing",
    });
    expect(await db.reminder.count({ where: { mentorId: m.id, kind: "CHECK_IN", status: "PENDING" } })).toBe(1);
    expect((await getOutreachPage(alice, m.id))!.plan.thankYouNote).toBe("Thank you!");
  });

  it("refuses finishing before they said yes, without a rhythm, or in the future", async () => {
    const m = await createMentor(alice.id, { name: "Grace" });
    const finish = { mentorId: m.id, occurredOn: today, channel: "CALL", takeaways: "x", cadenceDays: "30" };
    expect(await expectNothingWritten(alice.id, () => finishFirstConversationAction(finish))).toEqual({
      ok: false,
      error: "Grace is Prospect: finishing a first conversation needs In conversation.",
    });
    await db.mentor.update({ where: { id: m.id }, data: { stage: "IN_CONVERSATION" } });
    expect(await finishFirstConversationAction({ ...finish, cadenceDays: "" })).toMatchObject({
      ok: false,
      fieldErrors: { cadenceDays: ["Choose a follow-up rhythm."] },
    });
    expect(await finishFirstConversationAction({ ...finish, occurredOn: addDaysToDay(today, 3) })).toMatchObject({
      ok: false,
      fieldErrors: { occurredOn: ["That date is in the future."] },
    });
    expect(
      await savePrepAction({ mentorId: m.id, prepQuestions: Array.from({ length: 13 }, (_, i) => `Q${i}`) }),
    ).toMatchObject({ ok: false, fieldErrors: { prepQuestions: ["Questions: at most 12."] } });
    expect(await stageOf(m.id)).toBe("IN_CONVERSATION");
  });
});

describe("another user's mentor", () => {
  it("cannot be read or changed through any outreach action", async () => {
    const bobs = await createMentor(bob.id, { name: "Bob's prospect", stage: "CONTACTED" });
    await db.mentor.update({ where: { id: bobs.id }, data: { stage: "CONTACTED" } });
    expect(await getOutreachPage(alice, bobs.id)).toBeNull();
    const attempts = [
      () => saveResearchAction(research(bobs.id, { complete: true })),
      () => saveMessageAction(message(bobs.id)),
      () => markSentAction(message(bobs.id)),
      () => recordReplyAction({ mentorId: bobs.id, reply: "YES" }),
      () => savePrepAction({ mentorId: bobs.id, prepQuestions: ["Hi"] }),
      () => finishFirstConversationAction({ mentorId: bobs.id, occurredOn: today, channel: "CALL", cadenceDays: "30" }),
    ];
    for (const attempt of attempts) {
      expect(await expectNothingWritten(bob.id, attempt)).toEqual({ ok: false, error: "Mentor not found." });
    }
  });
});
