import { beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { updateMentorProfileAction } from "@/server/mentors/mentors.actions";
import { updateNameAction } from "@/server/settings/settings.actions";
import { workingHoursOf } from "@/server/settings/settings.queries";
import { createMentor } from "../support/factories";
import { signInAs } from "../support/session-double";
import { aliceAndBob } from "../support/two-users";

let alice: CurrentUser;

beforeEach(async () => {
  ({ alice } = await aliceAndBob());
  signInAs(alice);
});

describe("working hours", () => {
  it("keep a mentor's zone and hours, refusing a zone that is not one", async () => {
    const tom = await createMentor(alice.id, { name: "Tom" });
    const profile = { id: tom.id, name: "Tom" };
    expect(await updateMentorProfileAction({ ...profile, timeZone: "Stockholm time" })).toMatchObject({
      ok: false,
      fieldErrors: { timeZone: [expect.stringMatching(/such as Europe\/Stockholm/)] },
    });
    expect(await updateMentorProfileAction({ ...profile, workStartHour: "25" })).toMatchObject({
      ok: false,
      fieldErrors: { workStartHour: [expect.stringMatching(/between 0:00 and 24:00/)] },
    });
    expect(
      await updateMentorProfileAction({ ...profile, timeZone: "Asia/Kolkata", workStartHour: "10", workEndHour: "" }),
    ).toMatchObject({ ok: true });
    expect(await db.mentor.findUniqueOrThrow({ where: { id: tom.id } })).toMatchObject({
      timeZone: "Asia/Kolkata",
      workStartHour: 10,
      workEndHour: null,
    });
  });

  it("keep the user's own hours from Settings, and leave them be when only the name is asked", async () => {
    expect(await updateNameAction({ name: "Alice", workStartHour: "7", workEndHour: "15" })).toMatchObject({
      ok: true,
    });
    expect(await workingHoursOf(alice)).toEqual({ zone: alice.timeZone, startHour: 7, endHour: 15 });
    expect(await updateNameAction({ name: "Alice A." })).toMatchObject({ ok: true });
    expect(await workingHoursOf(alice)).toMatchObject({ startHour: 7, endHour: 15 });
  });
});
