import type { Metadata } from "next";
import { Panel } from "@/components/panel";
import { SENDING_LEASE_MS } from "@/domain/digest-schedule";
import { requireUser } from "@/server/auth/session";
import { calendarSourceFor } from "@/server/calendar/calendar.queries";
import { getSettings, type SettingsData } from "@/server/settings/settings.queries";
import { CalendarFeed } from "./calendar-feed";
import { CalendarSource } from "./calendar-source";
import { ContactsImport } from "./contacts-import";
import { DigestSettingsForm } from "./digest-settings-form";
import { DeleteAccount, ExportImport } from "./your-data";
import { YourNameForm } from "./your-name-form";

export const metadata: Metadata = { title: "Settings" };

type Delivery = SettingsData["deliveries"][number];

const at = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

function deliveryLine(d: Delivery, now: Date) {
  const retrying = d.nextAttemptAt !== null && d.giveUpAt !== null && d.giveUpAt > now;
  const tries = `${d.attempts} ${d.attempts === 1 ? "try" : "tries"}`;
  const why = d.lastError ? ` (${d.lastError})` : "";
  switch (d.status) {
    case "SENT":
      return `sent with ${d.itemCount} ${d.itemCount === 1 ? "reminder" : "reminders"}${d.resentAt ? "; may have been delivered twice (a send cut off by a restart was repeated)" : ""}`;
    case "SKIPPED":
      return d.lastError ? `skipped${why}` : "skipped (nothing to say)";
    case "SENDING":
      // A send older than the lease was cut off (a crash); the next run of that period resends it once.
      return +now - +d.startedAt > SENDING_LEASE_MS
        ? "interrupted mid-send; it may or may not have been delivered"
        : "sending";
    default:
      return retrying ? `not sent yet, trying again at ${at(d.nextAttemptAt!)}${why}` : `failed after ${tries}${why}`;
  }
}

export default async function SettingsPage() {
  const user = await requireUser();
  const [{ user: settings, lastRun, deliveries, schedulerSilent }, calendarSource] = await Promise.all([
    getSettings(user.id),
    calendarSourceFor(user.id),
  ]);
  const now = new Date();
  return (
    <div className="max-w-3xl space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">Settings</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Signed in as {settings.email}.</p>
      </div>

      {schedulerSilent ? (
        <p
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200"
        >
          No digest run has happened for over two hours, so digests are not going out. Check that the app is running, or
          run <code>npm run digests -- --now</code> from cron.
        </p>
      ) : null}

      <Panel id="name" aria-labelledby="name-heading" className="space-y-4">
        <h2 id="name-heading" className="text-lg font-semibold">
          You
        </h2>
        <YourNameForm
          name={settings.name}
          headline={settings.headline}
          workStartHour={settings.workStartHour}
          workEndHour={settings.workEndHour}
        />
      </Panel>

      <Panel id="digest" aria-labelledby="digest-heading" className="space-y-4">
        <h2 id="digest-heading" className="text-lg font-semibold">
          Time zone and digest
        </h2>
        {settings.digestUnsubscribedAt ? (
          <p className="text-sm">You unsubscribed from digests. Choose daily or weekly and save to get them again.</p>
        ) : settings.digestPausedAt ? (
          <p
            role="alert"
            data-testid="digest-paused"
            className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200"
          >
            Digests are paused: the last three to {settings.email} were refused by the receiving mail server
            {settings.digestPausedReason ? ` (${settings.digestPausedReason})` : ""}. Check that the mailbox can receive
            mail, then press Save settings to resume them.
          </p>
        ) : null}
        <DigestSettingsForm
          initial={{
            timeZone: settings.timeZone,
            digestFrequency: settings.digestUnsubscribedAt ? "OFF" : settings.digestFrequency,
            digestWeekday: settings.digestWeekday,
            digestHour: settings.digestHour,
            digestSendEmpty: settings.digestSendEmpty,
          }}
        />
      </Panel>

      <Panel aria-labelledby="calendar" className="space-y-3">
        <h2 id="calendar" className="text-lg font-semibold">
          Calendar feed
        </h2>
        <CalendarFeed exists={settings.hasCalendarFeed} />
      </Panel>

      <Panel id="calendar-source" aria-labelledby="calendar-source-heading" className="space-y-3">
        <h2 id="calendar-source-heading" className="text-lg font-semibold">
          Check-ins from your calendar
        </h2>
        <CalendarSource source={calendarSource} />
      </Panel>

      <section aria-labelledby="deliveries" className="space-y-2 text-sm">
        <h2 id="deliveries" className="text-lg font-semibold">
          Recent digests
        </h2>
        <p className="text-zinc-600 dark:text-zinc-400">
          {lastRun
            ? `Last digest run: ${lastRun.startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC, ${lastRun.sent} sent, ${lastRun.failed} failed, ${lastRun.skipped} skipped.`
            : "No digest run yet."}
        </p>
        {deliveries.length ? (
          <ul className="space-y-1">
            {deliveries.map((d) => (
              <li
                key={d.id}
                className={
                  d.status === "FAILED" && !(d.nextAttemptAt && d.giveUpAt && d.giveUpAt > now)
                    ? "text-red-800 dark:text-red-300"
                    : ""
                }
              >
                {d.period}: {deliveryLine(d, now)}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <Panel id="data" aria-labelledby="data-heading" className="space-y-4">
        <h2 id="data-heading" className="text-lg font-semibold">
          Your data
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Everything you entered, as one JSON file you can import here or into another Mentor Map (its format is
          documented in <code>docs/export-format.schema.json</code>).
        </p>
        <ExportImport />
        <div className="border-t border-zinc-200 pt-4 dark:border-zinc-800">
          <ContactsImport />
        </div>
      </Panel>

      <section
        aria-labelledby="delete-heading"
        className="space-y-3 rounded-lg border border-red-200 bg-white p-5 dark:border-red-900 dark:bg-zinc-900"
      >
        <h2 id="delete-heading" className="text-lg font-semibold">
          Delete my account
        </h2>
        <DeleteAccount email={settings.email} />
      </section>
    </div>
  );
}
