// The demo user's map: realistic, spread over all five categories and every
// stage, with dates relative to today so it always looks alive.
//
// No "server-only" marker: `npm run db:seed` (prisma/seed.ts) runs it outside Next.
import { addDays, startOfDay, subDays } from "date-fns";
import type { PrismaClient } from "@/generated/prisma/client";
import type { CheckInChannel, ValueDirection, ValueExchangeKind } from "@/generated/prisma/enums";
import { GAP_AREAS } from "./demo-areas";
import { MENTORS } from "./demo-mentors";

export const DEMO_EMAIL = "demo@mentor-map.example";

const CHANNELS: CheckInChannel[] = ["COFFEE", "CALL", "VIDEO", "ASYNC", "DOCUMENT", "EMAIL", "EVENT"];
const VALUE_KINDS: ValueExchangeKind[] = [
  "ADVICE",
  "INTRODUCTION",
  "FEEDBACK",
  "SKILL_TEACHING",
  "PROJECT_HELP",
  "RESEARCH_OR_CONTENT",
];

/** Creates the demo user with its map, or returns the existing one. */
export async function ensureDemoUser(client: PrismaClient, today = startOfDay(new Date())): Promise<{ id: string }> {
  const existing = await client.user.findUnique({ where: { email: DEMO_EMAIL }, select: { id: true } });
  if (existing) return existing;
  try {
    return await createDemoMap(client, today);
  } catch (error) {
    // Two first clicks at once: the other one created it; use theirs.
    const created = await client.user.findUnique({ where: { email: DEMO_EMAIL }, select: { id: true } });
    if (created) return created;
    throw error;
  }
}

function createDemoMap(client: PrismaClient, today: Date): Promise<{ id: string }> {
  return client.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        email: DEMO_EMAIL,
        name: "Demo Explorer",
        emailVerified: new Date(),
        timeZone: "Europe/London",
        gapWizardCompletedAt: subDays(today, 40),
      },
    });
    const userId = user.id;
    const areas: { id: string }[] = [];
    for (const [i, a] of GAP_AREAS.entries()) {
      areas.push(
        await tx.gapArea.create({
          data: {
            userId,
            name: a.name,
            whyItMatters: a.why,
            currentLevel: a.current,
            targetLevel: a.target,
            priority: i + 1,
            guidanceSought: a.need,
            valueIOffer: a.offer,
          },
        }),
      );
    }
    const ids: Record<string, string> = {};
    for (const [i, m] of MENTORS.entries()) {
      const last = m.lastCheckInDaysAgo === undefined ? null : subDays(today, m.lastCheckInDaysAgo);
      const next = last && m.cadenceDays ? addDays(last, m.cadenceDays) : null;
      const mentor = await tx.mentor.create({
        data: {
          userId,
          name: m.name,
          email: m.email,
          headline: m.headline,
          organisation: m.organisation,
          category: m.category,
          stage: m.stage,
          cadenceDays: m.cadenceDays,
          lastCheckInOn: last,
          nextCheckInOn: next,
          revisitAfterOn: m.stage === "DECLINED" ? addDays(today, 60) : null,
          valueReceivedRating: m.ratings?.[0],
          valueProvidedRating: m.ratings?.[1],
          growthPotentialRating: m.ratings?.[2],
          tags: m.tags ?? [],
          notes: `Met through ${i % 2 ? "a conference panel" : "a mutual friend"}. **Ask about:** ${GAP_AREAS[m.areas[0]!]!.need}`,
          howWeMet: i % 2 ? "Conference" : "Introduction",
          createdAt: subDays(today, 120 - i),
        },
      });
      ids[m.name] = mentor.id;
      await tx.mentorGapArea.createMany({
        data: m.areas.map((a) => ({ userId, mentorId: mentor.id, gapAreaId: areas[a]!.id })),
      });
      // Value first: the prospects further along have their research, and the contacted one their message.
      if (["RESEARCHED", "CONTACTED", "IN_CONVERSATION"].includes(m.stage)) {
        await tx.outreachPlan.create({
          data: {
            userId,
            mentorId: mentor.id,
            researchLinks: [
              {
                url: "https://example.org/talks/scaling-teams",
                note: `${m.name.split(" ")[0]}'s talk on scaling teams`,
              },
            ],
            challenges: ["Hiring senior engineers", "Keeping quality up while shipping fast"],
            waysToHelp: ["Share our interview loop", "Introduce them to Jonah's AI-tools study group"],
            whatINeed: GAP_AREAS[m.areas[0]!]!.need,
            whatIOffer: GAP_AREAS[m.areas[0]!]!.offer,
            researchedAt: subDays(today, 30),
            ...(m.stage !== "RESEARCHED"
              ? {
                  subject: "Your talk on scaling teams",
                  compliment: "Your talk on scaling teams changed how I run our hiring loop.",
                  ask: "Could we talk for 20 minutes in the next few weeks?",
                  offer: "I could share the interview rubric we built from it.",
                  easyOut: "If now isn't a good time, no worries at all.",
                  sentAt: subDays(today, 4),
                }
              : {}),
          },
        });
      }
      await tx.stageChange.create({
        data: { userId, mentorId: mentor.id, toStage: m.stage, changedAt: subDays(today, 100 - i) },
      });
      for (let c = 0; c < (m.checkIns ?? 0); c++) {
        await tx.checkIn.create({
          data: {
            userId,
            mentorId: mentor.id,
            occurredOn: subDays(last!, c * (m.cadenceDays ?? 30)),
            channel: CHANNELS[(i + c) % CHANNELS.length]!,
            notes: `Talked through ${GAP_AREAS[m.areas[c % m.areas.length]!]!.name.toLowerCase()}.`,
            takeaways: c === 0 ? "Write down the decision criteria before the next conversation." : "",
          },
        });
      }
      const exchanges = (m.checkIns ?? 0) > 0 ? 1 + (i % 3) : 0;
      for (let v = 0; v < exchanges; v++) {
        const oneWay = m.ratings && m.ratings[1] <= 2;
        const direction: ValueDirection = oneWay || v % 2 === 0 ? "RECEIVED" : "GAVE";
        await tx.valueExchange.create({
          data: {
            userId,
            mentorId: mentor.id,
            direction,
            kind: VALUE_KINDS[(i + v) % VALUE_KINDS.length]!,
            description:
              direction === "RECEIVED" ? "Advice on my team's reorg plan." : "Shared my notes on AI coding tools.",
            occurredOn: subDays(today, 10 + v * 25),
          },
        });
      }
      if (next) {
        await tx.reminder.create({
          data: { userId, mentorId: mentor.id, kind: "CHECK_IN", title: `Check in with ${m.name}`, dueOn: next },
        });
      }
      if (m.stage === "CONTACTED") {
        await tx.reminder.create({
          data: {
            userId,
            mentorId: mentor.id,
            kind: "OUTREACH_FOLLOW_UP",
            title: `Follow up on outreach to ${m.name}`,
            dueOn: addDays(today, 3),
          },
        });
      }
      if (m.stage === "DECLINED") {
        await tx.reminder.create({
          data: { userId, mentorId: mentor.id, kind: "REVISIT", title: `Revisit ${m.name}`, dueOn: addDays(today, 60) },
        });
      }
    }
    await tx.introduction.create({
      data: {
        userId,
        fromMentorId: ids["Jonah Weiss"]!,
        toMentorId: ids["Diego Fernández"]!,
        introducedOn: subDays(today, 18),
        why: "Both exploring AI coding tools",
        outcome: "They now pair every other Friday.",
        outcomeOn: subDays(today, 5),
      },
    });
    const win = await tx.win.create({
      data: {
        userId,
        title: "Ran my first skip-level meeting",
        description: "Used Margaret's agenda; the team asked for more.",
        occurredOn: subDays(today, 9),
      },
    });
    await tx.winCredit.createMany({
      data: [
        { userId, winId: win.id, mentorId: ids["Margaret Okafor"]!, sharedOn: subDays(today, 8) },
        { userId, winId: win.id, mentorId: ids["Aisha Mensah"]! },
      ],
    });
    const circle = await tx.peerGroup.create({
      data: {
        userId,
        name: "New managers' circle",
        description: "Fortnightly, 45 minutes, one hard problem each.",
        cadenceDays: 14,
        nextMeetingOn: addDays(today, 4),
      },
    });
    await tx.peerGroupMember.createMany({
      data: ["Aisha Mensah", "Grace Liu", "Mei Chen"].map((n) => ({
        userId,
        peerGroupId: circle.id,
        mentorId: ids[n]!,
      })),
    });
    await tx.sprint.create({ data: { userId, startOn: subDays(today, 39) } }); // day 40 today
    return { id: userId };
  });
}
