// The authorisation sweep. Every server action and every route handler is found
// from the source tree; each must have a case below, or this file fails. A case is
// an input aimed at user A's rows. Signed in as B it must change nothing of A's,
// link nothing of B's to A's, and answer nothing of A's; signed in as A the very
// same input must work, which proves the case reaches A's data and is not refused
// for some other reason.
import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as applyConfirmRoute } from "@/app/api/apply/[slug]/confirm/route";
import { POST as applyRoute } from "@/app/api/apply/[slug]/route";
import { GET as calendarRoute } from "@/app/api/calendar/[token]/route";
import { POST as calendarUploadRoute } from "@/app/api/calendar-upload/route";
import { GET as exportRoute } from "@/app/api/export/route";
import { GET as gapsRoute } from "@/app/api/gaps/route";
import { GET as healthRoute } from "@/app/api/health/route";
import { GET as impactRoute } from "@/app/api/impact/route";
import { POST as contactsImportRoute } from "@/app/api/import/contacts/route";
import { POST as importRoute } from "@/app/api/import/route";
import { GET as mapSvgRoute } from "@/app/api/map/svg/route";
import { GET as searchRoute } from "@/app/api/mentors/search/route";
import { POST as unsubscribeRoute } from "@/app/api/unsubscribe/route";
import { addDaysToDay, dayToDate, todayIn } from "@/domain/calendar";
import type { CurrentUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { archiveMentorAction, deleteMentorAction } from "@/server/mentors/mentors.lifecycle.actions";
import { markSentAction, recordReplyAction } from "@/server/outreach/outreach.actions";
import { rotateCalendarTokenAction } from "@/server/settings/settings.actions";
import { createUser } from "../support/factories";
import { calendar, daysAgo, ics, startIcsServer } from "../support/ics-server";
import { buildMap, type FoundAction, loadActions, type MapIds, routeFiles } from "../support/security-fixture";
import { signInAs } from "../support/session-double";
import { idsOwnedBy, logPosition, writesSince } from "../support/write-log";

const GENERIC = "Something went wrong on our side";

// A calendar host on 127.0.0.1 for the calendar actions (allow-listed before the environment is first read).
const icsHost = await startIcsServer();
process.env.CALENDAR_ALLOW_HOSTS = icsHost.host;
afterAll(() => icsHost.close());
/** A calendar with a meeting with A's first mentor, by email. */
const calendarOf = async (a: MapIds) => {
  const { email } = await db.mentor.findUniqueOrThrow({ where: { id: a.mentors[0] }, select: { email: true } });
  const path = `/${a.user.id}.ics`;
  icsHost.on(path, ics(calendar(`UID:${a.marker}\nSUMMARY:Coffee\nDTSTART:${daysAgo(2)}\nATTENDEE:mailto:${email}`)));
  return icsHost.url(path);
};
const today = () => todayIn("UTC");

type ActionCase = {
  input: (a: MapIds) => unknown;
  /** Run as A first, to put A's data in the state the action needs (a deleted mentor to restore). */
  setup?: (a: MapIds) => Promise<unknown>;
  /**
   * "refused" (the default): the input names A's rows, and B must get a refusal.
   * "own": the action only ever acts on the caller's own data (settings, a new
   * snapshot) or creates rows from the input; B may succeed, on B's own rows.
   */
  b?: "refused" | "own";
  /** A's success writes nothing (a preview). */
  read?: true;
};

const message = {
  subject: "Hello",
  compliment: "Your talk helped",
  ask: "Twenty minutes?",
  offer: "A summary of my notes",
  easyOut: "No worries if not",
};
const settings = { timeZone: "UTC", digestFrequency: "DAILY", digestWeekday: 1, digestHour: 8, digestSendEmpty: true };
const asA = async (a: MapIds, run: () => Promise<unknown>) => {
  signInAs(a.user);
  const r = (await run()) as { ok: boolean; error?: string };
  if (!r.ok) throw new Error(`setup refused: ${r.error}`);
};

const ACTIONS: Record<string, ActionCase> = {
  createMentorAction: { input: (a) => ({ name: "New", category: "PEER", gapAreaIds: [a.gapAreas[0]] }) },
  updateMentorProfileAction: { input: (a) => ({ id: a.mentors[0], name: "Renamed" }) },
  addMentorNoteAction: { input: (a) => ({ id: a.mentors[0], note: "Met for coffee." }) },
  updateRelationshipAction: { input: (a) => ({ id: a.mentors[0], category: "PEER", gapAreaIds: [], cadenceDays: 7 }) },
  changeStageAction: { input: (a) => ({ id: a.mentors[2], stage: "CONTACTED" }) },
  archiveMentorAction: { input: (a) => ({ id: a.mentors[0] }) },
  unarchiveMentorAction: {
    input: (a) => ({ id: a.mentors[0] }),
    setup: (a) => asA(a, () => archiveMentorAction({ id: a.mentors[0] })),
  },
  deleteMentorAction: { input: (a) => ({ id: a.mentors[0] }) },
  restoreMentorAction: {
    input: (a) => ({ id: a.mentors[0] }),
    setup: (a) => asA(a, () => deleteMentorAction({ id: a.mentors[0] })),
  },
  bulkMentorsAction: { input: (a) => ({ ids: [a.mentors[0], a.mentors[1]], operation: "addTag", tag: "vip" }) },
  restoreMentorsAction: {
    input: (a) => ({ ids: [a.mentors[0]] }),
    setup: (a) => asA(a, () => deleteMentorAction({ id: a.mentors[0] })),
  },
  snoozeReminderAction: { input: (a) => ({ id: a.checkInReminder, choice: "week" }) },
  skipReminderAction: { input: (a) => ({ id: a.checkInReminder }) },
  completeReminderAction: { input: (a) => ({ id: a.followUp }) },
  createIntroductionAction: {
    input: (a) => ({ fromMentorId: a.mentors[0], toMentorId: a.mentors[2], introducedOn: today() }),
  },
  updateIntroductionAction: {
    input: (a) => ({
      id: a.introduction,
      fromMentorId: a.mentors[0],
      toMentorId: a.mentors[1],
      introducedOn: today(),
      outcome: "They met",
    }),
  },
  deleteIntroductionAction: { input: (a) => ({ id: a.introduction }) },
  restoreIntroductionAction: {
    input: (a) => ({ fromMentorId: a.mentors[1], toMentorId: a.mentors[2], introducedOn: today() }),
  },
  saveWizardDraftAction: { input: () => ({ step: 1, areas: [{ key: "k", name: "Draft area" }] }), b: "own" },
  completeWizardAction: {
    // The wizard's draft may name mentors deleted since; completing it links only the caller's own live ones.
    b: "own",
    input: (a) => ({
      areas: [
        {
          key: "s",
          name: "Speaking",
          whyItMatters: "",
          currentLevel: 2,
          targetLevel: 7,
          guidanceSought: "",
          valueIOffer: "",
          profiles: {},
          mentorIds: { SAGE: [a.mentors[0]] },
        },
      ],
      sprintStartOn: today(),
    }),
  },
  createGapAreaAction: { input: () => ({ name: "Negotiation", currentLevel: 2, targetLevel: 6 }), b: "own" },
  updateGapAreaAction: { input: (a) => ({ id: a.gapAreas[0], name: "Renamed area", currentLevel: 2, targetLevel: 9 }) },
  moveGapAreaAction: { input: (a) => ({ id: a.gapAreas[1], direction: "up" }) },
  deleteGapAreaAction: { input: (a) => ({ id: a.gapAreas[0] }) },
  restoreGapAreaAction: {
    input: (a) => ({
      name: "Restored area",
      whyItMatters: "",
      currentLevel: 1,
      targetLevel: 5,
      priority: 3,
      guidanceSought: "",
      valueIOffer: "",
      mentorIds: [a.mentors[0]],
      slots: [{ category: "SAGE", profile: "Someone wise", mentorIds: [a.mentors[1]] }],
    }),
    // Undo links only the caller's own mentors; B's area comes back without A's.
    b: "own",
  },
  saveDreamTeamSlotAction: {
    input: (a) => ({ gapAreaId: a.gapAreas[0], category: "SAGE", profile: "Wise", mentorIds: [a.mentors[0]] }),
  },
  dreamTeamCandidatesAction: { input: (a) => ({ gapAreaId: a.gapAreas[0], category: "SAGE" }), read: true },
  warmPathsAction: { input: (a) => ({ prospectId: a.mentors[0] }), read: true },
  timeTogetherAction: { input: (a) => ({ id: a.mentors[0] }), read: true },
  recordWarmIntroductionAction: {
    input: (a) => ({ introducerId: a.mentors[0], prospectId: a.mentors[1], occurredOn: today() }),
  },
  suggestForGapAction: { input: (a) => ({ gapAreaId: a.gapAreas[0], category: "SAGE" }), read: true },
  addSuggestionAction: { input: (a) => ({ gapAreaId: a.gapAreas[0], category: "SAGE", mentorId: a.mentors[0] }) },
  dismissSuggestionAction: {
    input: (a) => ({ gapAreaId: a.gapAreas[0], category: "SAGE", mentorId: a.mentors[0] }),
  },
  createPeerGroupAction: { input: (a) => ({ name: "Circle", memberIds: [a.mentors[0]] }) },
  updatePeerGroupAction: { input: (a) => ({ id: a.peerGroup, name: "Renamed circle", memberIds: [a.mentors[0]] }) },
  deletePeerGroupAction: { input: (a) => ({ id: a.peerGroup }) },
  restorePeerGroupAction: { input: (a) => ({ name: "Restored circle", memberIds: [a.mentors[0]] }) },
  logMeetingAction: { input: (a) => ({ peerGroupId: a.peerGroup, occurredOn: today(), presentIds: [a.mentors[0]] }) },
  logCheckInAction: { input: (a) => ({ mentorId: a.mentors[1], occurredOn: today(), channel: "CALL" }) },
  updateCheckInAction: { input: (a) => ({ id: a.checkIn, occurredOn: today(), channel: "CALL", notes: "Edited" }) },
  deleteCheckInAction: { input: (a) => ({ id: a.checkIn }) },
  logValueExchangeAction: {
    input: (a) => ({
      mentorId: a.mentors[0],
      direction: "RECEIVED",
      kind: "FEEDBACK",
      description: "Feedback on the talk",
      occurredOn: today(),
    }),
  },
  deleteValueExchangeAction: { input: (a) => ({ id: a.valueExchange }) },
  createMenteeAction: { input: () => ({ name: "New mentee", cadenceDays: 14 }), b: "own" },
  updateMenteeAction: { input: (a) => ({ id: a.mentee, name: "Renamed mentee", goals: "New goals" }) },
  changeMenteeStageAction: { input: (a) => ({ id: a.mentee, stage: "ALUMNI" }) },
  deleteMenteeAction: { input: (a) => ({ id: a.mentee }) },
  logMenteeWinAction: { input: (a) => ({ menteeId: a.mentee, title: "Their win", occurredOn: today() }) },
  deleteMenteeWinAction: { input: (a) => ({ id: a.menteeWin }) },
  // B asks for A's page address: refused as taken; A saving their own page works.
  saveApplicationPageAction: { input: (a) => ({ slug: a.applicationSlug, open: "on", placesPerQuarter: 4 }) },
  acceptApplicationAction: { input: (a) => ({ id: a.application }) },
  waitlistApplicationAction: { input: (a) => ({ id: a.application }) },
  declineApplicationAction: { input: (a) => ({ id: a.application, reply: "" }) },
  // B invites A's mentee to a session of B's: refused, nothing of A's touched.
  scheduleGroupSessionAction: {
    input: (a) => ({ title: "Circle", day: today(), time: "18:00", durationMinutes: 60, menteeIds: [a.mentee] }),
  },
  introduceMenteesAction: {
    input: (a) => ({ menteeId: a.mentee, otherId: a.otherMentee, consent: "on", otherConsent: "on", note: "Meet" }),
  },
  createResourceAction: { input: () => ({ title: "An answer", url: "https://video.example/b" }), b: "own" },
  deleteResourceAction: { input: (a) => ({ id: a.resource }) },
  // B sends A's resource to A's mentee: refused, nothing sent or written.
  sendResourceAction: { input: (a) => ({ resourceId: a.resource, menteeId: a.mentee, sentence: "Have a look" }) },
  createAskAction: { input: () => ({ name: "Someone", question: "One thing?", askedOn: today() }), b: "own" },
  answerAskAction: { input: (a) => ({ id: a.ask, answer: "Yes", answeredOn: today() }) },
  thankAskAction: { input: (a) => ({ id: a.answeredAsk, thankedOn: today() }) },
  askToMentorAction: { input: (a) => ({ id: a.answeredAsk, category: "SPECIALIST" }) },
  deleteAskAction: { input: (a) => ({ id: a.ask }) },
  recordAttendanceAction: { input: (a) => ({ id: a.groupSession, attendedIds: [a.mentee], notes: "Came" }) },
  deleteAccountAction: { input: (a) => ({ confirmEmail: a.user.email }) },
  createWinAction: { input: (a) => ({ title: "Promoted", occurredOn: today(), mentorIds: [a.mentors[1]] }) },
  updateWinAction: {
    input: (a) => ({ id: a.win, title: "Promoted again", occurredOn: today(), mentorIds: [a.mentors[1]] }),
  },
  shareWinWithMentorAction: {
    input: (a) => ({ winId: a.win, mentorId: a.mentors[0], shared: true, sharedOn: today() }),
  },
  shareWinPubliclyAction: { input: (a) => ({ id: a.win, shared: true, sharedOn: today() }) },
  deleteWinAction: { input: (a) => ({ id: a.win }) },
  restoreWinAction: {
    input: (a) => ({
      title: "Back",
      occurredOn: today(),
      mentorIds: [a.mentors[0]],
      sharedWith: [{ mentorId: a.mentors[0], sharedOn: today() }],
    }),
  },
  saveResearchAction: { input: (a) => ({ mentorId: a.mentors[2], whatINeed: "Advice on hiring" }) },
  saveMessageAction: { input: (a) => ({ mentorId: a.mentors[2], ...message }) },
  markSentAction: { input: (a) => ({ mentorId: a.mentors[2], ...message, followUpDays: 5 }) },
  recordReplyAction: {
    input: (a) => ({ mentorId: a.mentors[2], reply: "YES" }),
    setup: (a) => asA(a, () => markSentAction({ mentorId: a.mentors[2], ...message })),
  },
  savePrepAction: { input: (a) => ({ mentorId: a.mentors[2], prepQuestions: ["What would you do first?"] }) },
  finishFirstConversationAction: {
    input: (a) => ({ mentorId: a.mentors[2], occurredOn: today(), channel: "VIDEO", cadenceDays: 30 }),
    setup: async (a) => {
      await asA(a, () => markSentAction({ mentorId: a.mentors[2], ...message }));
      await asA(a, () => recordReplyAction({ mentorId: a.mentors[2], reply: "YES" }));
    },
  },
  startSprintAction: {
    input: () => ({ startOn: addDaysToDay(today(), 1) }),
    b: "own",
    // A's sprint is past its 90 days, so A may start the next.
    setup: (a) =>
      db.sprint.updateMany({ where: { userId: a.user.id }, data: { startOn: dayToDate(addDaysToDay(today(), -100)) } }),
  },
  addSprintTaskAction: { input: () => ({ title: "Read a book", phase: 2 }), b: "own" },
  toggleSprintTaskAction: { input: (a) => ({ id: a.sprintTask, done: true }) },
  deleteSprintTaskAction: { input: (a) => ({ id: a.sprintTask }) },
  restoreSprintTaskAction: { input: () => ({ title: "Back again", phase: 1, done: false }), b: "own" },
  takeSnapshotAction: { input: () => ({}), b: "own" },
  updateDigestSettingsAction: { input: () => settings, b: "own" },
  updateNameAction: { input: () => ({ name: "Bea" }), b: "own" },
  rotateCalendarTokenAction: { input: () => ({}), b: "own" },
  previewDigestAction: { input: () => settings, b: "own", read: true },
  // B connects a calendar that names A's mentor: B gets no meeting with A's mentor.
  saveCalendarAddressAction: { input: (a) => ({ url: icsHost.url(`/${a.user.id}.ics`) }), setup: calendarOf, b: "own" },
  readCalendarNowAction: {
    input: () => ({}),
    b: "own",
    setup: async (a) =>
      db.calendarSource.update({ where: { userId: a.user.id }, data: { url: await calendarOf(a), fileName: null } }),
  },
  setCalendarOptionsAction: { input: () => ({ autoLogExactEmail: true }), b: "own" },
  removeCalendarAction: { input: () => ({}), b: "own" },
  logProposalAction: { input: (a) => ({ id: a.proposal }) },
  dismissProposalAction: { input: (a) => ({ id: a.proposal }) },
  undoDismissProposalAction: {
    input: (a) => ({ id: a.proposal }),
    setup: (a) => db.proposedCheckIn.update({ where: { id: a.proposal }, data: { status: "DISMISSED" } }),
  },
};

let found: Awaited<ReturnType<typeof loadActions>>;
beforeAll(async () => {
  found = await loadActions();
});
afterAll(() => signInAs(null));

/** A user with a whole map (as A) or a small one of their own (as B, who also needs a sprint for "own" cases). */
async function twoUsers() {
  const marker = `SECRET${randomUUID().slice(0, 8)}`;
  const a = await buildMap(await createUser("sweep-a"), marker);
  const b = await buildMap(await createUser("sweep-b"), `OTHER${randomUUID().slice(0, 8)}`);
  return { a, b, marker };
}

/** Proves B's call touched nothing of A's and linked nothing of B's to A's. */
async function expectIsolated(a: MapIds, b: CurrentUser, since: number, answer: unknown) {
  expect(JSON.stringify(answer ?? null)).not.toContain(a.marker);
  expect(await writesSince(since, [a.user.id])).toEqual([]);
  const aIds = new Set(await idsOwnedBy(a.user.id));
  for (const write of await writesSince(since, [b.id])) {
    const referenced = Object.entries(write.row).filter(([, v]) =>
      (Array.isArray(v) ? v : [v]).some((x) => typeof x === "string" && aIds.has(x)),
    );
    expect(referenced, `${write.op} ${write.tbl} refers to A's rows`).toEqual([]);
  }
}

describe("the authorisation sweep", () => {
  it("finds every server action, each made by authedAction and each with a case here", () => {
    expect(found.unregistered).toEqual([]);
    expect(found.actions.length).toBeGreaterThanOrEqual(55);
    const missing = found.actions.map((x) => x.name).filter((n) => !ACTIONS[n]);
    expect(missing, "add a case for each new action").toEqual([]);
    const stale = Object.keys(ACTIONS).filter((n) => !found.actions.some((x) => x.name === n));
    expect(stale).toEqual([]);
    for (const x of found.actions)
      expect(x.name, `${x.file}: the registered name matches the export`).toBe(x.exportName);
  });

  it.each(Object.keys(ACTIONS))("%s: user B cannot reach user A's data", async (name) => {
    const action = found.actions.find((x) => x.name === name) as FoundAction;
    const c = ACTIONS[name]!;
    const { a, b } = await twoUsers();
    await c.setup?.(a);
    const input = c.input(a);

    signInAs(b.user);
    const since = await logPosition();
    const asB = (await action.run(structuredClone(input))) as { ok: boolean; error?: string };
    expect(asB.error ?? "").not.toContain(GENERIC);
    if ((c.b ?? "refused") === "refused") expect(asB.ok, `B was not refused: ${JSON.stringify(asB)}`).toBe(false);
    await expectIsolated(a, b.user, since, asB);

    // The same input as A works: the case really aims at A's data.
    signInAs(a.user);
    const sinceA = await logPosition();
    const asA = (await action.run(structuredClone(input))) as { ok: boolean; error?: string };
    expect(asA, "the case's input must work for its owner").toMatchObject({ ok: true });
    if (!c.read) expect((await writesSince(sinceA, [a.user.id])).length).toBeGreaterThan(0);
  });
});

// ——— Route handlers ———

const origin = { origin: "http://localhost:3000", host: "localhost:3000" };
const text = async (r: Response) => (r.body ? await r.text() : "");

type RouteCase =
  | { skip: string }
  | {
      /** What B gets when aiming at A's data; `a` proves the same request shows A's own. */
      asB: (a: MapIds, b: MapIds) => Promise<Response>;
      asA?: (a: MapIds) => Promise<Response>;
    };

const calendarToken = async (user: CurrentUser) => {
  signInAs(user);
  const r = (await rotateCalendarTokenAction({})) as { ok: true; data: { url: string } };
  return r.data.url.split("/").pop()!;
};
const feed = (token: string) =>
  calendarRoute(new Request(`http://localhost/api/calendar/${token}`), { params: Promise.resolve({ token }) });

const ROUTES: Record<string, RouteCase> = {
  "/api/auth/[...nextauth]": {
    skip: "sign-in itself, before there is a user: its limits, links and redirects are tested in auth.test.ts and sign-in.spec.ts",
  },
  "/api/demo": {
    skip: "signs in as the demo user only, in development only (first-start.spec.ts); takes no input naming anyone",
  },
  "/api/health": { asB: () => healthRoute() },
  "/serwist/[path]": {
    skip: "the service worker: one static file for everyone, bundled at build time from src/service-worker/sw.ts; it reads no user's data (tests/e2e/pwa.spec.ts fetches it signed out)",
  },
  "/api/gaps": {
    asB: () => gapsRoute(new Request("http://localhost:3000/api/gaps")),
    asA: () => gapsRoute(new Request("http://localhost:3000/api/gaps")),
  },
  "/api/calendar/[token]": {
    asB: async (_a, b) => feed(await calendarToken(b.user)),
    asA: async (a) => feed(await calendarToken(a.user)),
  },
  "/api/export": {
    asB: () => exportRoute(new Request("http://localhost:3000/api/export")),
    asA: () => exportRoute(new Request("http://localhost:3000/api/export")),
  },
  "/api/impact": {
    asB: () => impactRoute(new Request("http://localhost:3000/api/impact?format=md")),
    asA: () => impactRoute(new Request("http://localhost:3000/api/impact?format=md")),
  },
  "/api/map/svg": {
    asB: () => mapSvgRoute(new Request("http://localhost:3000/api/map/svg")),
    asA: () => mapSvgRoute(new Request("http://localhost:3000/api/map/svg")),
  },
  "/api/mentors/search": {
    asB: (a) => searchRoute(new Request(`http://localhost:3000/api/mentors/search?q=${a.marker}`)),
    asA: (a) => searchRoute(new Request(`http://localhost:3000/api/mentors/search?q=${a.marker}`)),
  },
  "/api/import": {
    // B uploads a document naming A's ids (A's own export): B gets new rows of B's own, A's stay as they are.
    asB: async (a, b) => {
      signInAs(a.user);
      const doc = await text(await exportRoute(new Request("http://localhost:3000/api/export")));
      signInAs(b.user);
      return importRoute(
        new NextRequest("http://localhost:3000/api/import?mode=merge&commit=1", {
          method: "POST",
          body: doc,
          headers: origin,
        }),
      );
    },
  },
  "/api/import/contacts": {
    // A vCard with the email of A's mentor: B's import must not match or change A's mentor.
    asB: async (a) => {
      const email = (await db.mentor.findUniqueOrThrow({ where: { id: a.mentors[0] }, select: { email: true } }))
        .email!;
      const data = new FormData();
      data.set(
        "file",
        new File([`BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Same Person\r\nEMAIL:${email}\r\nEND:VCARD\r\n`], "contacts.vcf", {
          type: "text/vcard",
        }),
      );
      data.set("commit", "1");
      data.set("decisions", JSON.stringify({ 4: "update" }));
      return contactsImportRoute(
        new NextRequest("http://localhost:3000/api/import/contacts", { method: "POST", body: data, headers: origin }),
      );
    },
  },
  "/api/calendar-upload": {
    // B uploads a calendar with a meeting with A's mentor (by email): B's reading must not match A's mentor.
    asB: async (a) => {
      const { email } = await db.mentor.findUniqueOrThrow({ where: { id: a.mentors[0] }, select: { email: true } });
      const data = new FormData();
      data.set(
        "file",
        new File([calendar(`UID:x\nDTSTART:${daysAgo(1)}\nATTENDEE:mailto:${email}`)], "cal.ics", {
          type: "text/calendar",
        }),
      );
      return calendarUploadRoute(
        new NextRequest("http://localhost:3000/api/calendar-upload", { method: "POST", body: data, headers: origin }),
      );
    },
  },
  // The public application form, posted by B (signed in or not, it takes no session) to A's
  // page without a stamp from the page: dropped quietly, nothing of A's in the answer.
  // The whole flow, limits and all, is tests/integration/applications.test.ts.
  "/api/apply/[slug]": {
    asB: (a) =>
      applyRoute(
        new NextRequest(`http://localhost:3000/api/apply/${a.applicationSlug}`, {
          method: "POST",
          body: JSON.stringify({ name: "B", email: "b@example.org", answers: ["x"], stamp: "1.x" }),
          headers: { ...origin, "content-type": "application/json" },
        }),
        { params: Promise.resolve({ slug: a.applicationSlug }) },
      ),
  },
  // A confirmation token B made up for A's page: back to the page as invalid, nothing confirmed.
  "/api/apply/[slug]/confirm": {
    asB: (a) =>
      applyConfirmRoute(
        new NextRequest(`http://localhost:3000/api/apply/${a.applicationSlug}/confirm`, {
          method: "POST",
          body: new URLSearchParams({ token: "x".repeat(32) }),
          headers: { ...origin, "content-type": "application/x-www-form-urlencoded" },
        }),
        { params: Promise.resolve({ slug: a.applicationSlug }) },
      ),
  },
  "/api/unsubscribe": {
    // A token B made up for A's id (B cannot sign one): a bare 404, A still subscribed.
    asB: (a) =>
      unsubscribeRoute(
        new Request(`http://localhost/api/unsubscribe?token=${a.user.id}.${"x".repeat(43)}`, {
          method: "POST",
          body: "List-Unsubscribe=One-Click",
        }),
      ),
  },
};

describe("the authorisation sweep of route handlers", () => {
  it("has a case for every route handler in src/app", () => {
    const routes = routeFiles();
    expect(routes.length).toBeGreaterThanOrEqual(10);
    expect(
      routes.filter((r) => !ROUTES[r]),
      "add a case for each new route",
    ).toEqual([]);
    expect(Object.keys(ROUTES).filter((r) => !routes.includes(r))).toEqual([]);
  });

  const runnable = Object.entries(ROUTES).filter(
    (e): e is [string, Exclude<RouteCase, { skip: string }>] => !("skip" in e[1]),
  );
  it.each(runnable.map(([r]) => r))("%s: user B gets nothing of user A's", async (route) => {
    const c = ROUTES[route] as Exclude<RouteCase, { skip: string }>;
    const { a, b } = await twoUsers();
    signInAs(b.user);
    const since = await logPosition();
    const response = await c.asB(a, b);
    expect(response.status).toBeLessThan(500);
    await expectIsolated(a, b.user, since, await text(response));
    if (c.asA) {
      signInAs(a.user);
      const own = await c.asA(a);
      expect(own.status).toBe(200);
      expect(await text(own), "the same request shows A's own data to A").toContain(a.marker);
    }
  });
});
