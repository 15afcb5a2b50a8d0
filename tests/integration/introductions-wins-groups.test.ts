import { beforeEach, describe, expect, it } from "vitest";
import { addDaysToDay, dateToDay, dayToDate, todayIn } from "@/domain/calendar";
import type { CurrentUser } from "@/server/auth/session";
import { getDashboard } from "@/server/dashboard/dashboard.queries";
import { db } from "@/server/db";
import { collectDigest } from "@/server/digests/digest-content";
import {
  createIntroductionAction,
  deleteIntroductionAction,
  restoreIntroductionAction,
  updateIntroductionAction,
} from "@/server/introductions/introductions.actions";
import { listIntroductions } from "@/server/introductions/introductions.queries";
import { getMentorPage } from "@/server/mentors/mentors.detail.queries";
import {
  createPeerGroupAction,
  deletePeerGroupAction,
  logMeetingAction,
  restorePeerGroupAction,
  updatePeerGroupAction,
} from "@/server/peer-groups/peer-groups.actions";
import { listPeerGroups } from "@/server/peer-groups/peer-groups.queries";
import { sprintCounts } from "@/server/sprint/sprint.queries";
import {
  createWinAction,
  deleteWinAction,
  restoreWinAction,
  shareWinPubliclyAction,
  shareWinWithMentorAction,
  updateWinAction,
} from "@/server/wins/wins.actions";
import { listWins } from "@/server/wins/wins.queries";
import { createGapArea, createMentor, expectNothingWritten } from "../support/factories";
import { aliceAndBob } from "../support/two-users";

let alice: CurrentUser;
let bob: CurrentUser;
const today = todayIn("UTC");
const yesterday = addDaysToDay(today, -1);

beforeEach(async () => {
  ({ alice, bob } = await aliceAndBob());
});

const ok = <T>(result: { ok: true; data: T } | { ok: false; error: string }) => {
  if (!result.ok) throw new Error(`expected ok, got: ${result.error}`);
  return result.data;
};

describe("introductions", () => {
  it("are recorded, shown on both people's timelines, counted by the sprint and drawn on the map", async () => {
    const area = await createGapArea(alice.id, "Leadership");
    const ada = await createMentor(alice.id, { name: "Ada", stage: "ACTIVE" });
    const grace = await createMentor(alice.id, { name: "Grace", stage: "ACTIVE" });
    await db.mentorGapArea.createMany({
      data: [ada, grace].map((m) => ({ userId: alice.id, mentorId: m.id, gapAreaId: area.id })),
    });
    await db.sprint.create({ data: { userId: alice.id, startOn: dayToDate(addDaysToDay(today, -10)) } });

    const { id } = ok(
      await createIntroductionAction({
        fromMentorId: ada.id,
        toMentorId: grace.id,
        introducedOn: yesterday,
        why: "Both scaling teams",
      }),
    );
    const adaPage = (await getMentorPage(alice, ada.id))!;
    const gracePage = (await getMentorPage(alice, grace.id))!;
    expect(adaPage.timeline.find((e) => e.kind === "introduction")).toMatchObject({
      id,
      role: "introduced",
      other: { name: "Grace" },
      why: "Both scaling teams",
    });
    expect(gracePage.timeline.find((e) => e.kind === "introduction")).toMatchObject({
      id,
      role: "was-introduced",
      other: { name: "Ada" },
    });
    expect((await sprintCounts(db, alice, today))!.counts.introductions).toBe(1);
    const dashboard = await getDashboard(alice);
    expect(dashboard.introductions).toEqual([
      { id, fromId: ada.id, fromName: "Ada", toId: grace.id, toName: "Grace", on: yesterday },
    ]);
    expect(dashboard.mapRowsHtml).toContain(`data-mentor="${ada.id}"`);

    ok(
      await updateIntroductionAction({
        id,
        fromMentorId: ada.id,
        toMentorId: grace.id,
        introducedOn: yesterday,
        why: "Both scaling teams",
        outcome: "They co-wrote a post",
      }),
    );
    expect((await listIntroductions(alice.id))[0]).toMatchObject({ outcome: "They co-wrote a post", outcomeOn: today });
  });

  it("delete offers undo that puts it back as it was", async () => {
    const [a, b] = await Promise.all([createMentor(alice.id), createMentor(alice.id)]);
    const { id } = ok(
      await createIntroductionAction({ fromMentorId: a.id, toMentorId: b.id, introducedOn: today, why: "x" }),
    );
    const deleted = ok(await deleteIntroductionAction({ id }));
    expect(await db.introduction.count({ where: { userId: alice.id } })).toBe(0);
    ok(await restoreIntroductionAction(deleted));
    expect(await listIntroductions(alice.id)).toMatchObject([
      { from: { id: a.id }, to: { id: b.id }, why: "x", introducedOn: today },
    ]);
  });

  it("refuses the same person twice, a future date, an outcome before the introduction and someone else's mentor", async () => {
    const [a, b] = await Promise.all([createMentor(alice.id), createMentor(alice.id)]);
    const bobs = await createMentor(bob.id);
    expect(
      await expectNothingWritten(alice.id, () =>
        createIntroductionAction({ fromMentorId: a.id, toMentorId: a.id, introducedOn: today }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { toMentorId: ["Choose two different people."] },
    });
    expect(
      await createIntroductionAction({ fromMentorId: a.id, toMentorId: b.id, introducedOn: addDaysToDay(today, 2) }),
    ).toMatchObject({ ok: false, fieldErrors: { introducedOn: ["That date is in the future."] } });
    expect(
      await expectNothingWritten(alice.id, () =>
        createIntroductionAction({ fromMentorId: a.id, toMentorId: bobs.id, introducedOn: today }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { toMentorId: ["One of the chosen people is not on your map."] },
    });
    const { id } = ok(await createIntroductionAction({ fromMentorId: a.id, toMentorId: b.id, introducedOn: today }));
    expect(
      await updateIntroductionAction({
        id,
        fromMentorId: a.id,
        toMentorId: b.id,
        introducedOn: today,
        outcome: "x",
        outcomeOn: yesterday,
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { outcomeOn: ["The outcome cannot come before the introduction."] },
    });
  });

  it("of another user cannot be changed or deleted", async () => {
    const [a, b] = await Promise.all([createMentor(bob.id), createMentor(bob.id)]);
    const bobsIntro = await db.introduction.create({
      data: { userId: bob.id, fromMentorId: a.id, toMentorId: b.id, introducedOn: dayToDate(today) },
    });
    const [mine1, mine2] = await Promise.all([createMentor(alice.id), createMentor(alice.id)]);
    expect(
      await expectNothingWritten(bob.id, () =>
        updateIntroductionAction({
          id: bobsIntro.id,
          fromMentorId: mine1.id,
          toMentorId: mine2.id,
          introducedOn: today,
        }),
      ),
    ).toEqual({ ok: false, error: "Introduction not found." });
    expect(await expectNothingWritten(bob.id, () => deleteIntroductionAction({ id: bobsIntro.id }))).toEqual({
      ok: false,
      error: "Introduction not found.",
    });
    expect(
      await expectNothingWritten(bob.id, () =>
        restoreIntroductionAction({ fromMentorId: a.id, toMentorId: b.id, introducedOn: today }),
      ),
    ).toMatchObject({ ok: false });
    expect(await listIntroductions(alice.id)).toEqual([]);
    expect(await getMentorPage(alice, a.id)).toBeNull();
  });
});

describe("wins", () => {
  it("credit mentors, list on their pages, surface unshared in the dashboard and digest until told, and count when shared publicly", async () => {
    const ada = await createMentor(alice.id, { name: "Ada", stage: "ACTIVE" });
    const grace = await createMentor(alice.id, { name: "Grace", stage: "ACTIVE" });
    await db.sprint.create({ data: { userId: alice.id, startOn: dayToDate(addDaysToDay(today, -10)) } });
    const { id } = ok(
      await createWinAction({
        title: "Promoted",
        description: "Staff engineer",
        occurredOn: yesterday,
        mentorIds: [ada.id, grace.id],
      }),
    );

    expect((await getMentorPage(alice, ada.id))!.wins).toEqual([
      { id, title: "Promoted", on: yesterday, sharedOn: null },
    ]);
    expect((await getMentorPage(alice, grace.id))!.timeline.find((e) => e.kind === "win")).toMatchObject({
      id,
      title: "Promoted",
      sharedOn: null,
    });
    expect((await getDashboard(alice)).unsharedWins).toEqual([
      { id, title: "Promoted", on: yesterday, names: ["Ada", "Grace"] },
    ]);
    expect((await collectDigest(alice)).unsharedWins).toEqual([{ id, title: "Promoted" }]);

    ok(await shareWinWithMentorAction({ winId: id, mentorId: ada.id, shared: true }));
    expect((await getDashboard(alice)).unsharedWins[0]!.names).toEqual(["Grace"]);
    ok(await shareWinWithMentorAction({ winId: id, mentorId: grace.id, shared: "1", sharedOn: yesterday }));
    expect((await getDashboard(alice)).unsharedWins).toEqual([]);
    expect((await collectDigest(alice)).unsharedWins).toEqual([]);
    expect((await getMentorPage(alice, grace.id))!.wins[0]!.sharedOn).toBe(yesterday);

    expect((await sprintCounts(db, alice, today))!.counts.winsSharedPublicly).toBe(0);
    ok(await shareWinPubliclyAction({ id, shared: true }));
    expect((await sprintCounts(db, alice, today))!.counts.winsSharedPublicly).toBe(1);
  });

  it("keeps who was told when an edit keeps them credited; delete and undo restore it all", async () => {
    const [a, b, c] = await Promise.all([
      createMentor(alice.id, { name: "A" }),
      createMentor(alice.id, { name: "B" }),
      createMentor(alice.id, { name: "C" }),
    ]);
    const { id } = ok(await createWinAction({ title: "Launched", occurredOn: today, mentorIds: [a.id, b.id] }));
    ok(await shareWinWithMentorAction({ winId: id, mentorId: a.id, shared: true }));
    ok(await updateWinAction({ id, title: "Launched v2", occurredOn: today, mentorIds: [a.id, c.id] }));
    const [win] = await listWins(alice.id);
    expect(win!.credits.map((x) => [x.name, x.sharedOn])).toEqual([
      ["A", today],
      ["C", null],
    ]);
    const deleted = ok(await deleteWinAction({ id }));
    expect(await db.winCredit.count({ where: { userId: alice.id } })).toBe(0);
    ok(await restoreWinAction(deleted));
    const [back] = await listWins(alice.id);
    expect(back).toMatchObject({
      title: "Launched v2",
      credits: [
        { name: "A", sharedOn: today },
        { name: "C", sharedOn: null },
      ],
    });
  });

  it("refuses no title, a future date, other users' mentors and wins", async () => {
    const bobs = await createMentor(bob.id);
    const bobsWin = await db.win.create({ data: { userId: bob.id, title: "Bob's", occurredOn: dayToDate(today) } });
    await db.winCredit.create({ data: { userId: bob.id, winId: bobsWin.id, mentorId: bobs.id } });
    expect(await createWinAction({ title: " ", occurredOn: today })).toMatchObject({
      ok: false,
      fieldErrors: { title: ["Say what went well."] },
    });
    expect(await createWinAction({ title: "x", occurredOn: addDaysToDay(today, 3) })).toMatchObject({
      ok: false,
      fieldErrors: { occurredOn: ["That date is in the future."] },
    });
    expect(
      await expectNothingWritten(alice.id, () =>
        createWinAction({ title: "x", occurredOn: today, mentorIds: [bobs.id] }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { mentorIds: ["One of the chosen people is not on your map."] },
    });
    for (const attempt of [
      (): Promise<unknown> => updateWinAction({ id: bobsWin.id, title: "Mine now", occurredOn: today }),
      () => shareWinPubliclyAction({ id: bobsWin.id, shared: true }),
      () => deleteWinAction({ id: bobsWin.id }),
    ]) {
      expect(await expectNothingWritten(bob.id, attempt)).toEqual({ ok: false, error: "Win not found." });
    }
    expect(
      await expectNothingWritten(bob.id, () =>
        shareWinWithMentorAction({ winId: bobsWin.id, mentorId: bobs.id, shared: true }),
      ),
    ).toEqual({ ok: false, error: "Credit not found." });
    // Undo cannot be used to credit someone else's mentor either.
    expect(
      await expectNothingWritten(alice.id, () =>
        restoreWinAction({ title: "x", occurredOn: today, mentorIds: [bobs.id] }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { mentorIds: [expect.any(String)] } });
    expect(
      await expectNothingWritten(alice.id, () => restorePeerGroupAction({ name: "Mine", memberIds: [bobs.id] })),
    ).toMatchObject({ ok: false, fieldErrors: { memberIds: [expect.any(String)] } });
  });
});

describe("peer groups", () => {
  it("log a check-in for every member present, move their rhythms, and schedule the next meeting", async () => {
    const [a, b, c] = await Promise.all(
      ["A", "B", "C"].map((name) => createMentor(alice.id, { name, stage: "ACTIVE", cadenceDays: 30 })),
    );
    await db.reminder.create({
      data: {
        userId: alice.id,
        mentorId: a!.id,
        kind: "CHECK_IN",
        title: "Check in with A",
        dueOn: dayToDate(yesterday),
      },
    });
    const { id } = ok(
      await createPeerGroupAction({ name: "Founders' circle", cadenceDays: "14", memberIds: [a!.id, b!.id, c!.id] }),
    );
    expect((await sprintCounts(db, alice, today, today))!.counts.peerGroups).toBe(1);

    const result = ok(
      await logMeetingAction({
        peerGroupId: id,
        occurredOn: today,
        presentIds: [a!.id, b!.id],
        takeaways: "Ship weekly",
      }),
    );
    expect(result).toEqual({ peerGroupId: id, checkIns: 2, nextMeetingOn: addDaysToDay(today, 14) });
    const checkIns = await db.checkIn.findMany({
      where: { userId: alice.id, peerGroupId: id },
      orderBy: { mentorId: "asc" },
    });
    expect(checkIns.map((x) => x.mentorId).sort()).toEqual([a!.id, b!.id].sort());
    const mentorA = await db.mentor.findUniqueOrThrow({ where: { id: a!.id } });
    expect(dateToDay(mentorA.lastCheckInOn!)).toBe(today);
    expect(dateToDay(mentorA.nextCheckInOn!)).toBe(addDaysToDay(today, 30));
    expect(await db.reminder.count({ where: { mentorId: a!.id, kind: "CHECK_IN", status: "DONE" } })).toBe(1);
    expect((await getMentorPage(alice, a!.id))!.timeline.find((e) => e.kind === "check-in")).toMatchObject({
      group: "Founders' circle",
      takeaways: "Ship weekly",
    });
    const mentorC = await db.mentor.findUniqueOrThrow({ where: { id: c!.id } });
    expect(mentorC.lastCheckInOn).toBeNull();
    const [group] = await listPeerGroups(alice.id);
    expect(group).toMatchObject({
      name: "Founders' circle",
      nextMeetingOn: addDaysToDay(today, 14),
      meetings: [{ on: today, present: 2, takeaways: "Ship weekly" }],
    });
    expect(group!.members.map((m) => m.name)).toEqual(["A", "B", "C"]);
  });

  it("edit changes members and rhythm; delete and undo bring it back with its members", async () => {
    const [a, b] = await Promise.all([createMentor(alice.id, { name: "A" }), createMentor(alice.id, { name: "B" })]);
    const { id } = ok(await createPeerGroupAction({ name: "Circle", memberIds: [a.id] }));
    ok(
      await updatePeerGroupAction({
        id,
        name: "Inner circle",
        description: "Weekly",
        cadenceDays: "7",
        memberIds: [b.id],
      }),
    );
    expect((await listPeerGroups(alice.id))[0]).toMatchObject({
      name: "Inner circle",
      cadenceDays: 7,
      members: [{ name: "B" }],
    });
    const deleted = ok(await deletePeerGroupAction({ id }));
    expect(await db.peerGroup.count({ where: { userId: alice.id } })).toBe(0);
    ok(await restorePeerGroupAction(deleted));
    expect(await listPeerGroups(alice.id)).toMatchObject([
      { name: "Inner circle", cadenceDays: 7, members: [{ name: "B" }] },
    ]);
  });

  it("refuses a duplicate name, someone not in the group, nobody present, and other users' mentors", async () => {
    const a = await createMentor(alice.id);
    const outsider = await createMentor(alice.id);
    const bobs = await createMentor(bob.id);
    const { id } = ok(await createPeerGroupAction({ name: "Circle", memberIds: [a.id] }));
    expect(await createPeerGroupAction({ name: "circle" })).toMatchObject({
      ok: false,
      fieldErrors: { name: ['You already have a group called "circle".'] },
    });
    expect(
      await expectNothingWritten(alice.id, () => createPeerGroupAction({ name: "Other", memberIds: [a.id, bobs.id] })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { memberIds: ["One of the chosen people is not on your map."] },
    });
    expect(
      await expectNothingWritten(alice.id, () => updatePeerGroupAction({ id, name: "Circle", memberIds: [bobs.id] })),
    ).toMatchObject({ ok: false, fieldErrors: { memberIds: [expect.any(String)] } });
    expect(
      await expectNothingWritten(alice.id, () =>
        logMeetingAction({ peerGroupId: id, occurredOn: today, presentIds: [a.id, outsider.id] }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { presentIds: ["Only members of the group can be ticked as present."] },
    });
    expect(await logMeetingAction({ peerGroupId: id, occurredOn: today, presentIds: [] })).toMatchObject({
      ok: false,
      fieldErrors: { presentIds: ["Tick who was there."] },
    });
    expect(
      await logMeetingAction({ peerGroupId: id, occurredOn: addDaysToDay(today, 5), presentIds: [a.id] }),
    ).toMatchObject({ ok: false, fieldErrors: { occurredOn: ["A meeting cannot be in the future."] } });
  });

  it("compares names as text, not as patterns: '_' and '%' are ordinary characters (found by fuzzing)", async () => {
    ok(await createPeerGroupAction({ name: "A" }));
    ok(await createPeerGroupAction({ name: "_" }));
    ok(await createPeerGroupAction({ name: "%" }));
    ok(await createPeerGroupAction({ name: "_\\" }));
    expect(await createPeerGroupAction({ name: "a" })).toMatchObject({
      ok: false,
      fieldErrors: { name: [expect.any(String)] },
    });
  });

  it("of another user cannot be changed, deleted or met", async () => {
    const bobs = await createMentor(bob.id);
    const group = await db.peerGroup.create({ data: { userId: bob.id, name: "Bob's" } });
    await db.peerGroupMember.create({ data: { userId: bob.id, peerGroupId: group.id, mentorId: bobs.id } });
    for (const attempt of [
      (): Promise<unknown> => updatePeerGroupAction({ id: group.id, name: "Mine" }),
      () => deletePeerGroupAction({ id: group.id }),
      () => logMeetingAction({ peerGroupId: group.id, occurredOn: today, presentIds: [bobs.id] }),
    ]) {
      expect(await expectNothingWritten(bob.id, attempt)).toEqual({ ok: false, error: "Group not found." });
    }
    expect(await listPeerGroups(alice.id)).toEqual([]);
  });
});

describe("the pre-conversation brief", () => {
  it("appears while a check-in is due: last takeaways, open follow-ups, balance, unshared wins and the gap area", async () => {
    const area = await createGapArea(alice.id, "Leadership");
    const ada = await createMentor(alice.id, { name: "Ada", stage: "ACTIVE", cadenceDays: 30 });
    await db.mentorGapArea.create({ data: { userId: alice.id, mentorId: ada.id, gapAreaId: area.id } });
    expect((await getMentorPage(alice, ada.id))!.brief).toBeNull();
    const checkIn = await db.checkIn.create({
      data: {
        userId: alice.id,
        mentorId: ada.id,
        occurredOn: dayToDate(addDaysToDay(today, -40)),
        channel: "CALL",
        takeaways: "Delegate more",
      },
    });
    await db.reminder.create({
      data: {
        userId: alice.id,
        mentorId: ada.id,
        checkInId: checkIn.id,
        kind: "FOLLOW_UP",
        title: "Send the hiring doc",
        dueOn: dayToDate(addDaysToDay(today, -30)),
      },
    });
    await db.mentor.update({ where: { id: ada.id }, data: { nextCheckInOn: dayToDate(addDaysToDay(today, -10)) } });
    await db.valueExchange.create({
      data: {
        userId: alice.id,
        mentorId: ada.id,
        direction: "RECEIVED",
        kind: "ADVICE",
        occurredOn: dayToDate(addDaysToDay(today, -40)),
      },
    });
    ok(await createWinAction({ title: "Hired a lead", occurredOn: yesterday, mentorIds: [ada.id] }));

    const brief = (await getMentorPage(alice, ada.id))!.brief!;
    expect(brief).toMatchObject({
      dueOn: addDaysToDay(today, -10),
      lastTakeaways: [{ takeaways: "Delegate more" }],
      openFollowUps: [{ title: "Send the hiring doc" }],
      value: { gave: 0, received: 1 },
      unsharedWins: [{ title: "Hired a lead" }],
      gapAreas: ["Leadership"],
    });
  });
});
