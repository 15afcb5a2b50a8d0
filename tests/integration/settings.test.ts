import { beforeEach, describe, expect, it } from "vitest";
import { GET as mapSvgRoute } from "@/app/api/map/svg/route";
import type { CurrentUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { previewDigestAction, updateDigestSettingsAction, updateNameAction } from "@/server/settings/settings.actions";
import { createUser, expectNothingWritten } from "../support/factories";
import { signInAs } from "../support/session-double";

let alice: CurrentUser;
const valid = {
  timeZone: "Europe/Berlin",
  digestFrequency: "WEEKLY",
  digestWeekday: "1",
  digestHour: "8",
  digestSendEmpty: "",
} as const;

beforeEach(async () => {
  alice = await createUser("alice");
  signInAs(alice);
});

describe("digest settings", () => {
  it("save the zone and schedule, and choosing a schedule again resubscribes", async () => {
    await db.user.update({ where: { id: alice.id }, data: { digestUnsubscribedAt: new Date() } });
    expect(await updateDigestSettingsAction({ ...valid, digestSendEmpty: "on" })).toEqual({
      ok: true,
      data: { saved: true },
    });
    const saved = await db.user.findUniqueOrThrow({ where: { id: alice.id } });
    expect(saved).toMatchObject({
      timeZone: "Europe/Berlin",
      digestFrequency: "WEEKLY",
      digestWeekday: 1,
      digestHour: 8,
      digestSendEmpty: true,
      digestUnsubscribedAt: null,
    });
  });

  it.each([
    ["an unknown time zone", { timeZone: "Mars/Olympus" }, "timeZone"],
    ["an hour of 24", { digestHour: "24" }, "digestHour"],
    ["a weekday of 7", { digestWeekday: "7" }, "digestWeekday"],
    ["a frequency that does not exist", { digestFrequency: "HOURLY" }, "digestFrequency"],
  ])("refuse %s with a field error", async (_label, change, field) => {
    const before = await db.user.findUniqueOrThrow({ where: { id: alice.id } });
    const result = await updateDigestSettingsAction({ ...valid, ...change });
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [expect.any(String)] } });
    expect(await db.user.findUniqueOrThrow({ where: { id: alice.id } })).toEqual(before);
  });

  it("preview when the next digest would go out with unsaved settings, and nothing when off", async () => {
    const preview = await expectNothingWritten(alice.id, () => previewDigestAction(valid));
    if (!preview.ok) throw new Error(preview.error);
    expect(new Date(preview.data.slot!.sendAt).getUTCDay()).toBe(1); // a Monday (08:00 in Berlin is still Monday in UTC)
    // Written on the server, in the chosen zone: the browser needs no Intl formatter with a time zone.
    expect(preview.data.slot!.sendAtLabel).toMatch(/^Monday \d{1,2} \w+ (at )?08:00$/);
    expect(await previewDigestAction({ ...valid, digestFrequency: "OFF" })).toMatchObject({
      ok: true,
      data: { slot: null },
    });
    expect(await previewDigestAction({ ...valid, timeZone: "Nowhere/Land" })).toMatchObject({
      ok: false,
      fieldErrors: { timeZone: [expect.any(String)] },
    });
  });

  it("the preview says today while today's hour has come and its digest has not gone out", async () => {
    const now = new Date();
    const thisHour = {
      ...valid,
      timeZone: "UTC",
      digestFrequency: "DAILY",
      digestHour: String(now.getUTCHours()),
    } as const;
    const today = now.toISOString().slice(0, 10);
    const before = await previewDigestAction(thisHour);
    expect(before).toMatchObject({ ok: true, data: { slot: { day: today, soon: true } } });
    // Once it has gone out, the next is tomorrow's.
    await db.digestDelivery.create({
      data: { userId: alice.id, period: today, status: "SENT", attempts: 1, scheduledFor: now },
    });
    const after = await previewDigestAction(thisHour);
    expect(after).toMatchObject({ ok: true, data: { slot: { soon: false } } });
    if (after.ok) expect(after.data.slot!.day > today).toBe(true);
  });

  it("saving the settings resumes digests paused by bounces", async () => {
    await db.user.update({
      where: { id: alice.id },
      data: { digestBounces: 3, digestPausedAt: new Date(), digestPausedReason: "550 5.1.1 No such user" },
    });
    expect(await updateDigestSettingsAction(valid)).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: alice.id } })).toMatchObject({
      digestBounces: 0,
      digestPausedAt: null,
      digestPausedReason: null,
    });
  });
});

describe("your name", () => {
  it("is saved trimmed, refused empty with its field's message, and signs the exported map without the email", async () => {
    expect(await updateNameAction({ name: "   " })).toMatchObject({
      ok: false,
      fieldErrors: { name: ["Tell us your name."] },
    });
    expect(await updateNameAction({ name: "x".repeat(81) })).toMatchObject({ ok: false });
    expect(await updateNameAction({ name: "  Ada Lovelace " })).toEqual({ ok: true, data: { name: "Ada Lovelace" } });
    const user = await db.user.findUniqueOrThrow({ where: { id: alice.id } });
    expect(user.name).toBe("Ada Lovelace");

    signInAs(user);
    const svg = await (await mapSvgRoute(new Request("http://localhost:3000/api/map/svg"))).text();
    expect(svg).toContain("Ada Lovelace");
    expect(svg).not.toContain(alice.email);
    // Without a name, the map still never prints the address.
    signInAs({ ...user, name: null });
    expect(await (await mapSvgRoute(new Request("http://localhost:3000/api/map/svg"))).text()).not.toContain("@");
  });
});
