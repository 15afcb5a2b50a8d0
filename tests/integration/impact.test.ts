import { beforeEach, describe, expect, it } from "vitest";
import { GET as impactRoute } from "@/app/api/impact/route";
import { addDaysToDay, todayIn } from "@/domain/calendar";
import type { CurrentUser } from "@/server/auth/session";
import { logCheckInAction } from "@/server/check-ins/check-ins.actions";
import { recordAttendanceAction, scheduleGroupSessionAction } from "@/server/group-sessions/group-sessions.actions";
import { changeMenteeStageAction, createMenteeAction, logMenteeWinAction } from "@/server/mentees/mentees.actions";
import { impactOf } from "@/server/mentees/mentees.impact.queries";
import { aliceAndBob } from "../support/two-users";

let alice: CurrentUser;
const today = () => todayIn("UTC");

beforeEach(async () => {
  ({ alice } = await aliceAndBob());
});

const mentee = async (name: string) => {
  const r = await createMenteeAction({ name });
  if (!r.ok) throw new Error(r.error);
  return r.data.id;
};

describe("the impact page", () => {
  it("counts sessions, the hours given (a group session once, however many came), mentees by stage and their wins", async () => {
    const [sam, kim] = [await mentee("Sam"), await mentee("Kim")];
    await logCheckInAction({ menteeId: sam, occurredOn: today(), channel: "VIDEO", durationMinutes: "45" });
    await logCheckInAction({ menteeId: kim, occurredOn: today(), channel: "CALL" });
    const group = await scheduleGroupSessionAction({
      title: "Circle",
      day: addDaysToDay(today(), -1),
      time: "10:00",
      durationMinutes: 90,
      menteeIds: [sam, kim],
    });
    if (!group.ok) throw new Error(group.error);
    await recordAttendanceAction({ id: group.data.id, attendedIds: [sam, kim] });
    await changeMenteeStageAction({ id: kim, stage: "ALUMNI" });
    await logMenteeWinAction({
      menteeId: sam,
      title: "Promoted",
      occurredOn: today(),
      description: "Led the launch.",
      story: "on",
    });

    const impact = await impactOf(alice);
    expect(impact).toMatchObject({
      sessions: 4,
      minutesGiven: 45 + 90,
      sessionsWithLength: 1,
      groupSessions: 1,
      menteesEver: 2,
    });
    expect(impact.stages.at(-1)!.counts).toMatchObject({ ACTIVE: 1, ALUMNI: 1 });
    expect(impact.wins).toEqual([
      { mentee: "Sam", title: "Promoted", on: today(), story: true, description: "Led the launch." },
    ]);

    const res = await impactRoute(new Request("http://localhost:3000/api/impact?format=md"));
    expect(res.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(res.headers.get("content-disposition")).toContain("attachment");
    const md = await res.text();
    expect(md).toContain("- Hours given: 2.3 (1 one-to-one sessions with a length, 1 group sessions)");
    expect(md).toContain("Led the launch.");

    const bad = await impactRoute(new Request("http://localhost:3000/api/impact?format=pdf"));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ fieldErrors: { format: ["format is md or svg."] } });
  });

  it("a session's length is a field error outside 5 minutes to 10 hours", async () => {
    const sam = await mentee("Sam");
    expect(
      await logCheckInAction({ menteeId: sam, occurredOn: today(), channel: "VIDEO", durationMinutes: "1000" }),
    ).toMatchObject({ ok: false, fieldErrors: { durationMinutes: ["A session lasts 5 minutes to 10 hours."] } });
  });
});
