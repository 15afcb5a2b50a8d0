// `npm run test:load`: 50 signed-in users at once against the built app for 60
// seconds, doing what people do (the dashboard, the list, a mentor, the picker's
// search; logging check-ins and adding mentors through the real server actions),
// then the same load while PostgreSQL is restarted underneath: a throwaway cluster
// of the test's own (tests/support/throwaway-cluster.ts), never the machine's.
//
//   zero 5xx under load; every acknowledged write is in the database afterwards;
//   after the restart the app serves and saves again within 10 s, by itself;
//   no request hangs (the pool's connection timeout answers instead).
//
// Beside it, the floor: /help alone at saturation in the same run (not on the short
// setting), so the mixed load's rate reads as a ratio.
//
// `npm test` runs it on a short setting (LOAD_SECONDS=10). Options (environment):
// LOAD_USERS (50), LOAD_SECONDS (60), LOAD_FAULT=0 to leave Postgres alone.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { seedBenchUser } from "../bench/lib/seed";
import { DOCUMENT_ACCEPT, SATURATION, saturate } from "../bench/lib/throughput";
import { startThrowawayCluster } from "../tests/support/throwaway-cluster";
import { migrate } from "./lib/migrate";

const USERS = Number(process.env.LOAD_USERS ?? 50);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const FAULT = process.env.LOAD_FAULT !== "0";
const RECOVERY_BUDGET_MS = 10_000;
const HANG_LIMIT_MS = 15_000;
const PORT = Number(process.env.LOAD_PORT ?? 3230);
const base = `http://localhost:${PORT}`;
const APP_LOG = "test-reports/load-app.log";

type User = { userId: string; sessionToken: string; mentorIds: string[] };
type Ack = { kind: "mentor" | "checkIn"; id: string };
type Phase = {
  name: string;
  requests: number;
  byStatus: Record<string, number>;
  failedWrites: number;
  latencies: number[];
  maxMs: number;
};

const newPhase = (name: string): Phase => ({
  name,
  requests: 0,
  byStatus: {},
  failedWrites: 0,
  latencies: [],
  maxMs: 0,
});
const acks: Ack[] = [];

/** Server action ids by name, from the build's server-reference manifest (what the browser's calls are checked against). */
function actionIds(): Record<string, string> {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  return Object.fromEntries(Object.entries(manifest.node).map(([id, { exportedName }]) => [exportedName, id]));
}

async function timed(phase: Phase, run: () => Promise<Response>): Promise<Response | null> {
  const started = performance.now();
  let status = "error";
  try {
    const response = await run();
    status = String(response.status);
    return response;
  } catch {
    return null;
  } finally {
    const ms = performance.now() - started;
    phase.requests++;
    phase.byStatus[status] = (phase.byStatus[status] ?? 0) + 1;
    phase.latencies.push(ms);
    phase.maxMs = Math.max(phase.maxMs, ms);
  }
}

const cookie = (u: User) => `next-auth.session-token=${u.sessionToken}`;
const get = (phase: Phase, u: User, p: string) =>
  timed(phase, () =>
    fetch(base + p, {
      headers: { cookie: cookie(u), accept: DOCUMENT_ACCEPT },
      signal: AbortSignal.timeout(HANG_LIMIT_MS * 2),
    }).then(async (r) => {
      await r.arrayBuffer();
      return r;
    }),
  );

/** Calls a server action as the browser does; returns its `data` when it answered ok. */
async function act(phase: Phase, u: User, id: string, input: unknown): Promise<{ id?: string } | null> {
  let body = "";
  const response = await timed(phase, async () => {
    const r = await fetch(`${base}/dashboard`, {
      method: "POST",
      headers: {
        cookie: cookie(u),
        "next-action": id,
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
        origin: base,
      },
      body: JSON.stringify([input]),
      signal: AbortSignal.timeout(HANG_LIMIT_MS * 2),
    });
    body = await r.text();
    return r;
  });
  const result = body.match(/\{"ok":(true|false)(?:,"data":(\{[^{}]*\}))?/);
  if (!response?.ok || result?.[1] !== "true") {
    phase.failedWrites++;
    return null;
  }
  return JSON.parse(result[2] ?? "{}");
}

async function userLoop(u: User, ids: Record<string, string>, phase: () => Phase, until: () => boolean) {
  const today = () => new Date().toISOString().slice(0, 10);
  for (let n = 0; !until(); n++) {
    const p = phase();
    const roll = Math.random();
    const mentorId = u.mentorIds[Math.floor(Math.random() * u.mentorIds.length)]!;
    if (roll < 0.25) await get(p, u, "/dashboard");
    else if (roll < 0.45) await get(p, u, "/mentors");
    else if (roll < 0.6) await get(p, u, `/mentors/${mentorId}`);
    else if (roll < 0.7) await get(p, u, "/api/mentors/search?q=a");
    else if (roll < 0.88) {
      const data = await act(p, u, ids.logCheckInAction!, {
        mentorId,
        occurredOn: today(),
        channel: "CALL",
        notes: `load ${n}`,
      });
      if (data?.id) acks.push({ kind: "checkIn", id: data.id });
    } else {
      const data = await act(p, u, ids.createMentorAction!, {
        name: `Load person ${n} ${randomBytes(3).toString("hex")}`,
        category: "PEER",
        stage: "PROSPECT",
      });
      if (data?.id) {
        acks.push({ kind: "mentor", id: data.id });
        u.mentorIds.push(data.id);
      }
    }
  }
}

const pct = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0);
};
const fivexx = (p: Phase) =>
  Object.entries(p.byStatus)
    .filter(([s]) => s.startsWith("5"))
    .reduce((n, [, c]) => n + c, 0);

async function main() {
  // A cluster of this test's own, which it may restart: never the machine's (other databases live there).
  const cluster = await startThrowawayCluster();
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "mentormap_load"`);
  await admin.end();
  const url = cluster.adminUrl.replace(/\/postgres$/, "/mentormap_load");
  let app: ReturnType<typeof spawn> | undefined;
  const failures: string[] = [];
  try {
    await migrate(url);
    console.log(`Seeding ${USERS} users, 20 mentors each…`);
    const users: User[] = [];
    for (let i = 0; i < USERS; i++) {
      const seeded = await seedBenchUser(url, `load${i}`, { mentors: 20, checkIns: 40, valueExchanges: 10 });
      users.push({
        userId: seeded.userId,
        sessionToken: seeded.sessionToken,
        mentorIds: Array.from({ length: 20 }, (_, k) => `${seeded.userId}_m_${k + 1}`),
      });
    }
    // The app's own log (a flood of "can't reach database" while Postgres restarts,
    // which is the point) goes to a file, so the run's summary stays readable.
    mkdirSync(path.dirname(APP_LOG), { recursive: true });
    const log = openSync(APP_LOG, "w");
    app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      stdio: ["ignore", log, log],
      env: {
        ...process.env,
        DATABASE_URL: url,
        PORT: String(PORT),
        NEXTAUTH_URL: base,
        NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
        LOG_LEVEL: "error",
        MENTOR_MAP_SCHEDULER: "off",
        MAIL_OUTBOX: "1",
      },
    });
    for (
      let i = 0;
      !(await fetch(`${base}/api/health`)
        .then((r) => r.ok)
        .catch(() => false));
      i++
    ) {
      if (i > 600) throw new Error(`the app did not start (its log: ${APP_LOG})`);
      await new Promise((r) => setTimeout(r, 500));
    }
    const ids = actionIds();
    for (const needed of ["logCheckInAction", "createMentorAction"])
      if (!ids[needed]) throw new Error(`no ${needed} in the build's client chunks`);

    // The floor: a trivial signed-in page at saturation (as `npm run bench` measures it),
    // in this run, so the mixed load's rate reads as a ratio to what the framework can do.
    const floor =
      SECONDS >= 60 ? await saturate(`${base}/help`, `next-auth.session-token=${users[0]!.sessionToken}`) : null;
    if (floor) console.log(`Floor (/help at saturation): ${floor.requestsPerSecond} requests/s, p50 ${floor.p50} ms`);

    // Phase 1: steady load.
    const steady = newPhase(`${USERS} users × ${SECONDS} s`);
    const steadyEnd = Date.now() + SECONDS * 1000;
    console.log(`Load: ${steady.name}…`);
    await Promise.all(
      users.map((u) =>
        userLoop(
          u,
          ids,
          () => steady,
          () => Date.now() > steadyEnd,
        ),
      ),
    );
    if (fivexx(steady)) failures.push(`${fivexx(steady)} responses were 5xx under load`);
    if (steady.failedWrites) failures.push(`${steady.failedWrites} writes were refused under load`);

    // Phase 2: Postgres restarted under the same load.
    let fault: {
      restart: Awaited<ReturnType<typeof cluster.restart>>;
      recoveryMs: number | null;
      phase: Phase;
      after: Phase;
    } | null = null;
    if (FAULT) {
      const during = newPhase("during the restart");
      const after = newPhase("after recovery");
      let current = during;
      let stop = false;
      const loops = Promise.all(
        users.map((u) =>
          userLoop(
            u,
            ids,
            () => current,
            () => stop,
          ),
        ),
      );
      await new Promise((r) => setTimeout(r, 2_000));
      console.log("Restarting PostgreSQL under load…");
      const restart = await cluster.restart();
      let recoveryMs: number | null = null;
      if (restart.ok) {
        // Recovered: a page renders from the database and a write is acknowledged.
        const started = Date.now();
        const probe = newPhase("probe");
        while (Date.now() - started < 60_000) {
          const page = await get(probe, users[0]!, "/mentors");
          const saved = page?.ok
            ? await act(probe, users[0]!, ids.createMentorAction!, {
                name: `Probe ${Date.now()}`,
                category: "PEER",
                stage: "PROSPECT",
              })
            : null;
          if (saved?.id) {
            acks.push({ kind: "mentor", id: saved.id });
            recoveryMs = Date.now() - started;
            break;
          }
          await new Promise((r) => setTimeout(r, 100));
        }
        current = after;
        await new Promise((r) => setTimeout(r, 5_000));
      }
      stop = true;
      await loops;
      fault = { restart, recoveryMs, phase: during, after };
      if (!restart.ok) console.log(`Fault test skipped: ${restart.why}`);
      else {
        if (recoveryMs === null || recoveryMs > RECOVERY_BUDGET_MS)
          failures.push(`recovery took ${recoveryMs ?? "over 60000"} ms (budget ${RECOVERY_BUDGET_MS})`);
        if (fivexx(after)) failures.push(`${fivexx(after)} responses were 5xx after recovery`);
        if (during.maxMs > HANG_LIMIT_MS)
          failures.push(`a request took ${Math.round(during.maxMs)} ms during the restart (limit ${HANG_LIMIT_MS})`);
      }
    }

    // Nothing acknowledged is lost.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const count = async (table: string, list: string[]) =>
      Number((await client.query(`SELECT count(*) AS n FROM "${table}" WHERE id = ANY($1::text[])`, [list])).rows[0].n);
    const mentorAcks = acks.filter((a) => a.kind === "mentor").map((a) => a.id);
    const checkInAcks = acks.filter((a) => a.kind === "checkIn").map((a) => a.id);
    const found = (await count("Mentor", mentorAcks)) + (await count("CheckIn", checkInAcks));
    await client.end();
    if (found !== acks.length)
      failures.push(`${acks.length - found} of ${acks.length} acknowledged writes are missing`);

    const phases = [steady, ...(fault?.restart.ok ? [fault.phase, fault.after] : [])];
    const steadyRate = Math.round(steady.requests / SECONDS);
    const lines = [
      `| phase | requests | req/s | ratio to the floor's saturated rate | p50 ms | p95 ms | max ms | 5xx | writes refused |`,
      `| --- | --- | --- | --- | --- | --- | --- | --- | --- |`,
      ...(floor
        ? [
            `| floor: /help alone at saturation (${SATURATION.connections} connections) | – | ${floor.requestsPerSecond} | 1 | ${floor.p50} | – | – | ${floor.non2xx + floor.errors} | – |`,
          ]
        : []),
      ...phases.map(
        (p) =>
          `| ${p.name} | ${p.requests} | ${p === steady ? steadyRate : "–"} | ${p === steady && floor ? Math.round((steadyRate / floor.requestsPerSecond) * 100) / 100 : "–"} | ${pct(p.latencies, 0.5)} | ${pct(p.latencies, 0.95)} | ${Math.round(p.maxMs)} | ${fivexx(p)} | ${p.failedWrites} |`,
      ),
    ];
    const summary = {
      users: USERS,
      seconds: SECONDS,
      floor: floor && { path: "/help", requestsPerSecond: floor.requestsPerSecond, p50: floor.p50 },
      steadyRequestsPerSecond: steadyRate,
      ratioToFloor: floor && Math.round((steadyRate / floor.requestsPerSecond) * 100) / 100,
      acknowledgedWrites: acks.length,
      writesFoundAfterwards: found,
      postgresRestart: fault
        ? fault.restart.ok
          ? { restartMs: fault.restart.ms, recoveryMs: fault.recoveryMs }
          : { skipped: fault.restart.why }
        : { skipped: "LOAD_FAULT=0" },
      phases: phases.map((p) => ({
        name: p.name,
        requests: p.requests,
        byStatus: p.byStatus,
        p50: pct(p.latencies, 0.5),
        p95: pct(p.latencies, 0.95),
        max: Math.round(p.maxMs),
        writesRefused: p.failedWrites,
      })),
      failures,
    };
    console.log(`\n${lines.join("\n")}\n`);
    console.log(
      `${acks.length} writes acknowledged, ${found} found afterwards.` +
        (fault?.restart.ok
          ? ` PostgreSQL restart took ${fault.restart.ms} ms; the app served and saved again ${fault.recoveryMs} ms after it.`
          : ""),
    );
    if (SECONDS >= 60) writeFileSync("bench/load-results.json", `${JSON.stringify(summary, null, 2)}\n`);
    if (failures.length) {
      console.error(
        `\nLOAD TEST FAILED:\n- ${failures.join("\n- ")}\nThe app's log: ${APP_LOG}; its last lines:\n${readFileSync(APP_LOG, "utf8").split("\n").slice(-40).join("\n")}`,
      );
      process.exitCode = 1;
    } else console.log(`Load test passed. The app's log: ${APP_LOG}`);
  } finally {
    app?.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    await cluster.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
