import { type Day, daysBetween } from "./calendar";

export type ValueDirection = "GAVE" | "RECEIVED";

/** A relationship is flagged one-way after this long with value in one direction only. */
export const ONE_WAY_AFTER_DAYS = 90;

export type ValueBalance = {
  gave: number;
  received: number;
  /** Given minus received: positive when I have given more. */
  balance: number;
  oneWay: { direction: ValueDirection; months: number; since: Day } | null;
};

export function valueBalance(exchanges: { direction: ValueDirection; occurredOn: Day }[], today: Day): ValueBalance {
  const gave = exchanges.filter((e) => e.direction === "GAVE");
  const received = exchanges.filter((e) => e.direction === "RECEIVED");
  return {
    gave: gave.length,
    received: received.length,
    balance: gave.length - received.length,
    oneWay: oneWayFlag(lastOf(gave), firstOf(gave), lastOf(received), firstOf(received), today),
  };
}

/**
 * "You have only received from Tom for 4 months": every exchange since the last one
 * the other way has gone one way, starting at least ONE_WAY_AFTER_DAYS ago.
 */
export function oneWayFlag(
  lastGave: Day | null,
  firstGave: Day | null,
  lastReceived: Day | null,
  firstReceived: Day | null,
  today: Day,
): ValueBalance["oneWay"] {
  const check = (direction: ValueDirection, lastThis: Day | null, firstThis: Day | null, lastOther: Day | null) => {
    if (!lastThis || !firstThis) return null;
    if (lastOther && lastOther >= lastThis) return null;
    const since = lastOther && lastOther > firstThis ? lastOther : firstThis;
    const days = daysBetween(since, today);
    return days >= ONE_WAY_AFTER_DAYS ? { direction, months: Math.floor(days / 30), since } : null;
  };
  return check("RECEIVED", lastReceived, firstReceived, lastGave) ?? check("GAVE", lastGave, firstGave, lastReceived);
}

export function describeOneWay(name: string, oneWay: NonNullable<ValueBalance["oneWay"]>): string {
  const span = oneWay.months === 1 ? "1 month" : `${oneWay.months} months`;
  return oneWay.direction === "RECEIVED"
    ? `You have only received from ${name} for ${span}`
    : `You have only given to ${name} for ${span}`;
}

function lastOf(items: { occurredOn: Day }[]): Day | null {
  return items.reduce<Day | null>((max, e) => (max === null || e.occurredOn > max ? e.occurredOn : max), null);
}

function firstOf(items: { occurredOn: Day }[]): Day | null {
  return items.reduce<Day | null>((min, e) => (min === null || e.occurredOn < min ? e.occurredOn : min), null);
}
