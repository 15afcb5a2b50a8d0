import "server-only";
import { CONFIRM_WITHIN_HOURS, DECLINED_KEPT_DAYS, placesLeft, quarterStart } from "@/domain/applications";
import { addDaysToDay, dayToDate, todayIn } from "@/domain/calendar";
import { db } from "../db";
import type { Tx } from "../ownership";

export type Answer = { question: string; answer: string };

/** The owner's settings, or the defaults of a page not made yet. */
export async function applicationPageOf(userId: string) {
  const page = await db.applicationPage.findUnique({ where: { userId } });
  return (
    page ?? { slug: "", open: false, introduction: "", helpWith: "", placesPerQuarter: 3, questions: [] as string[] }
  );
}

/** Applications accepted since the quarter began, in the owner's zone. */
async function acceptedThisQuarter(client: Tx | typeof db, userId: string, timeZone: string) {
  const since = dayToDate(quarterStart(todayIn(timeZone)));
  return client.application.count({ where: { userId, status: "ACCEPTED", decidedAt: { gte: since } } });
}

/**
 * What the public page shows, by its address: the owner's name (nothing else of theirs:
 * no email, no id), their words, their questions and the places left. Null when there
 * is no such page; `open` false when it is closed or full.
 */
export async function publicApplicationPage(slug: string, client: Tx | typeof db = db) {
  const page = await client.applicationPage.findUnique({
    where: { slug },
    include: { user: { select: { name: true, timeZone: true } } },
  });
  if (!page) return null;
  const left = placesLeft(page.placesPerQuarter, await acceptedThisQuarter(client, page.userId, page.user.timeZone));
  return {
    ownerId: page.userId,
    view: {
      slug: page.slug,
      ownerName: page.user.name?.trim() || null,
      introduction: page.introduction,
      helpWith: page.helpWith,
      questions: page.questions,
      placesLeft: left,
      state: !page.open ? ("closed" as const) : left === 0 ? ("full" as const) : ("open" as const),
    },
  };
}

/** Unconfirmed applications past their day, and declined ones past their 90 days, go. */
export async function purgeApplications(client: Tx | typeof db = db, now = new Date()) {
  await client.application.deleteMany({
    where: {
      OR: [
        { status: "UNCONFIRMED", createdAt: { lt: new Date(now.getTime() - CONFIRM_WITHIN_HOURS * 3_600_000) } },
        { status: "DECLINED", decidedAt: { lt: new Date(now.getTime() - DECLINED_KEPT_DAYS * 86_400_000) } },
      ],
    },
  });
}

/** The owner's inbox: confirmed applications waiting for a decision first, then the waitlist and the decided. */
export async function applicationInbox(userId: string, timeZone: string) {
  await purgeApplications();
  const [rows, page, accepted] = await Promise.all([
    db.application.findMany({
      where: { userId, status: { not: "UNCONFIRMED" } },
      orderBy: [{ confirmedAt: "desc" }, { id: "asc" }],
      take: 200,
    }),
    db.applicationPage.findUnique({ where: { userId }, select: { slug: true, open: true, placesPerQuarter: true } }),
    acceptedThisQuarter(db, userId, timeZone),
  ]);
  const applications = rows.map((a) => ({
    id: a.id,
    name: a.name,
    email: a.email,
    answers: a.answers as Answer[],
    status: a.status,
    confirmedAt: a.confirmedAt,
    decidedAt: a.decidedAt,
    menteeId: a.menteeId,
  }));
  return {
    page,
    placesLeft: page ? placesLeft(page.placesPerQuarter, accepted) : 0,
    waiting: applications.filter((a) => a.status === "NEW"),
    waitlisted: applications.filter((a) => a.status === "WAITLISTED"),
    decided: applications.filter((a) => a.status === "ACCEPTED" || a.status === "DECLINED"),
  };
}

/** For the tests and the inbox: when a declined application will be deleted. */
export const declinedDeletedOn = (decidedOn: string) => addDaysToDay(decidedOn, DECLINED_KEPT_DAYS);
