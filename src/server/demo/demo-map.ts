// The demo user's map: realistic, spread over all five categories and every
// stage, with dates relative to today so it always looks alive.
//
// No "server-only" marker: `npm run db:seed` (prisma/seed.ts) runs it outside Next.
import { addDays, startOfDay, subDays } from "date-fns";
import type { PrismaClient } from "@/generated/prisma/client";
import type {
  CheckInChannel,
  MentorCategory,
  MentorStage,
  ValueDirection,
  ValueExchangeKind,
} from "@/generated/prisma/enums";

export const DEMO_EMAIL = "demo@mentor-map.example";

const GAP_AREAS = [
  {
    name: "Leadership capabilities",
    why: "I lead a team of six for the first time.",
    current: 4,
    target: 8,
    need: "How to run 1:1s and give hard feedback.",
    offer: "Notes from my management course.",
  },
  {
    name: "Technical skills",
    why: "Staying hands-on with distributed systems.",
    current: 6,
    target: 9,
    need: "Reviews of my design docs.",
    offer: "Pairing on frontend performance.",
  },
  {
    name: "Career navigation",
    why: "Deciding between staff engineer and manager tracks.",
    current: 3,
    target: 7,
    need: "Stories from people who chose each path.",
    offer: "An honest sounding board.",
  },
  {
    name: "Industry knowledge",
    why: "Our fintech customers are changing fast.",
    current: 5,
    target: 8,
    need: "Context on regulation and market moves.",
    offer: "Summaries of the papers I read.",
  },
  {
    name: "Soft skills",
    why: "Presenting to executives still makes me nervous.",
    current: 5,
    target: 8,
    need: "Practice audiences and blunt feedback.",
    offer: "Slide design help.",
  },
  {
    name: "Life integration",
    why: "Two small kids and a demanding job.",
    current: 4,
    target: 7,
    need: "Routines that actually hold.",
    offer: "Meal-prep systems, seriously.",
  },
];

type DemoMentor = {
  name: string;
  email?: string;
  headline: string;
  organisation: string;
  category: MentorCategory;
  stage: MentorStage;
  cadenceDays?: number;
  areas: number[];
  lastCheckInDaysAgo?: number;
  checkIns?: number;
  ratings?: [number, number, number];
  tags?: string[];
};

const MENTORS: DemoMentor[] = [
  {
    name: "Margaret Okafor",
    email: "margaret@example.org",
    headline: "VP Engineering",
    organisation: "Northwind",
    category: "SAGE",
    stage: "ACTIVE",
    cadenceDays: 90,
    areas: [0, 2],
    lastCheckInDaysAgo: 40,
    checkIns: 4,
    ratings: [9, 4, 9],
    tags: ["exec"],
  },
  {
    name: "Tom Lindqvist",
    email: "tom@example.org",
    headline: "Founder & CEO",
    organisation: "Ledgerly",
    category: "SAGE",
    stage: "ACTIVE",
    cadenceDays: 90,
    areas: [3],
    lastCheckInDaysAgo: 95,
    checkIns: 3,
    ratings: [8, 2, 8],
    tags: ["fintech"],
  },
  {
    name: "Priya Raman",
    email: "priya@example.org",
    headline: "Distinguished Engineer",
    organisation: "Contoso Cloud",
    category: "SAGE",
    stage: "IN_CONVERSATION",
    cadenceDays: 60,
    areas: [1, 2],
    lastCheckInDaysAgo: 12,
    checkIns: 1,
    ratings: [8, 3, 9],
  },
  {
    name: "Henrik Bauer",
    headline: "Former CTO",
    organisation: "Fabrikam",
    category: "SAGE",
    stage: "CONTACTED",
    areas: [0],
    tags: ["exec"],
  },
  {
    name: "Aisha Mensah",
    email: "aisha@example.org",
    headline: "Engineering Manager",
    organisation: "Northwind",
    category: "PEER",
    stage: "ACTIVE",
    cadenceDays: 30,
    areas: [0, 4],
    lastCheckInDaysAgo: 20,
    checkIns: 6,
    ratings: [7, 7, 7],
  },
  {
    name: "Diego Fernández",
    email: "diego@example.org",
    headline: "Staff Engineer",
    organisation: "Tailspin",
    category: "PEER",
    stage: "ACTIVE",
    cadenceDays: 30,
    areas: [1, 2],
    lastCheckInDaysAgo: 35,
    checkIns: 5,
    ratings: [7, 8, 6],
  },
  {
    name: "Mei Chen",
    email: "mei@example.org",
    headline: "Product Lead",
    organisation: "Adatum",
    category: "PEER",
    stage: "ACTIVE",
    cadenceDays: 30,
    areas: [3, 4],
    lastCheckInDaysAgo: 8,
    checkIns: 4,
    ratings: [6, 6, 7],
  },
  {
    name: "Sam Whitfield",
    headline: "Engineering Manager",
    organisation: "Proseware",
    category: "PEER",
    stage: "PAUSED",
    cadenceDays: 30,
    areas: [5],
    lastCheckInDaysAgo: 120,
    checkIns: 2,
    ratings: [5, 5, 5],
  },
  {
    name: "Jonah Weiss",
    email: "jonah@example.org",
    headline: "Junior Developer",
    organisation: "Northwind",
    category: "REVERSE",
    stage: "ACTIVE",
    cadenceDays: 30,
    areas: [1],
    lastCheckInDaysAgo: 14,
    checkIns: 3,
    ratings: [6, 8, 7],
    tags: ["genz", "ai-tools"],
  },
  {
    name: "Lucía Romero",
    email: "lucia@example.org",
    headline: "Design Intern",
    organisation: "Northwind",
    category: "REVERSE",
    stage: "IN_CONVERSATION",
    cadenceDays: 30,
    areas: [4],
    lastCheckInDaysAgo: 5,
    checkIns: 1,
    ratings: [5, 6, 8],
  },
  {
    name: "Kwame Asante",
    headline: "Graduate Engineer",
    organisation: "Tailspin",
    category: "REVERSE",
    stage: "PROSPECT",
    areas: [1],
  },
  {
    name: "Dr. Ruth Adeyemi",
    email: "ruth@example.org",
    headline: "Payments Regulation Counsel",
    organisation: "Adeyemi & Co",
    category: "SPECIALIST",
    stage: "ACTIVE",
    cadenceDays: 90,
    areas: [3],
    lastCheckInDaysAgo: 60,
    checkIns: 2,
    ratings: [9, 1, 6],
    tags: ["legal"],
  },
  {
    name: "Oliver Grant",
    email: "oliver@example.org",
    headline: "Executive Speaking Coach",
    organisation: "Grant Coaching",
    category: "SPECIALIST",
    stage: "ACTIVE",
    cadenceDays: 45,
    areas: [4],
    lastCheckInDaysAgo: 50,
    checkIns: 3,
    ratings: [8, 2, 7],
  },
  {
    name: "Nadia Petrova",
    headline: "Principal, Databases",
    organisation: "Contoso Cloud",
    category: "SPECIALIST",
    stage: "RESEARCHED",
    areas: [1],
  },
  {
    name: "Ben Carter",
    headline: "SRE Lead",
    organisation: "Litware",
    category: "SPECIALIST",
    stage: "DECLINED",
    areas: [1],
  },
  {
    name: "Grace Liu",
    email: "grace@example.org",
    headline: "Engineering Manager",
    organisation: "Adatum",
    category: "ACCOUNTABILITY",
    stage: "ACTIVE",
    cadenceDays: 7,
    areas: [0, 5],
    lastCheckInDaysAgo: 6,
    checkIns: 10,
    ratings: [7, 7, 6],
  },
  {
    name: "Marcus Bell",
    email: "marcus@example.org",
    headline: "Running partner",
    organisation: "Parkrun",
    category: "ACCOUNTABILITY",
    stage: "ACTIVE",
    cadenceDays: 7,
    areas: [5],
    lastCheckInDaysAgo: 10,
    checkIns: 8,
    ratings: [6, 6, 5],
  },
  {
    name: "Fatima Zahra",
    headline: "Director of Product",
    organisation: "Ledgerly",
    category: "SAGE",
    stage: "PROSPECT",
    areas: [2, 3],
  },
  {
    name: "Ravi Shah",
    headline: "Tech Lead",
    organisation: "Woodgrove Bank",
    category: "PEER",
    stage: "RESEARCHED",
    areas: [3],
  },
  {
    name: "Elena Kowalski",
    headline: "Leadership Coach",
    organisation: "Independent",
    category: "SPECIALIST",
    stage: "PROSPECT",
    areas: [0, 5],
  },
];

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
