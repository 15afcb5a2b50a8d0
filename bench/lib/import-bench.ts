// The import/export scenario of `npm run bench`: 10,000 LinkedIn connections
// uploaded to the running app (preview, then commit), beside a raw bulk insert of
// the same rows in one SQL statement in the same run.
import { randomUUID } from "node:crypto";
import pg from "pg";

export const IMPORT_ROWS = 10_000;

export type ImportBenchResult = {
  rows: number;
  previewMs: number;
  commitMs: number;
  rawInsertMs: number;
  ratio: number;
};

function connectionsCsv(rows: number) {
  const lines = [
    "Notes:",
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    "",
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  ];
  for (let i = 0; i < rows; i++)
    lines.push(
      `First${i},Last${i},https://www.linkedin.com/in/person-${i},person${i}@example.com,"Company ${i % 300}, Inc",Engineer,${(i % 28) + 1} Mar 2024`,
    );
  return lines.join("\n");
}

async function newUser(client: pg.Client, label: string) {
  const userId = `bench_${label}_${randomUUID().slice(0, 8)}`;
  const token = randomUUID();
  await client.query(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, $2, $3, now())`, [
    userId,
    `${userId}@bench.example`,
    label,
  ]);
  await client.query(
    `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`,
    [`${userId}_s`, token, userId],
  );
  return { userId, token };
}

/** The same rows, already split into columns, in one INSERT of arrays straight to Postgres: the floor. */
async function rawInsert(client: pg.Client) {
  const raw = await newUser(client, "raw");
  const n = Array.from({ length: IMPORT_ROWS }, (_, i) => i);
  const started = performance.now();
  await client.query(
    `INSERT INTO "Mentor" (id, "userId", name, email, "linkedinUrl", organisation, headline, "connectedOn", category, stage, "updatedAt")
     SELECT x.id, $1, x.name, x.email, x.url, x.org, 'Engineer', x.connected, 'PEER', 'PROSPECT', now()
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[]) AS x(id, name, email, url, org, connected)`,
    [
      raw.userId,
      n.map((i) => `raw_${raw.userId}_${i}`),
      n.map((i) => `First${i} Last${i}`),
      n.map((i) => `person${i}@example.com`),
      n.map((i) => `https://www.linkedin.com/in/person-${i}`),
      n.map((i) => `Company ${i % 300}, Inc`),
      n.map((i) => `2024-03-${String((i % 28) + 1).padStart(2, "0")}`),
    ],
  );
  return performance.now() - started;
}

const IMPORT_ROUNDS = 5;

export async function benchImport(base: string, url: string): Promise<ImportBenchResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const csv = connectionsCsv(IMPORT_ROWS);
    const upload = async (importer: { token: string }, commit: boolean) => {
      const form = new FormData();
      form.set("file", new File([csv], "Connections.csv", { type: "text/csv" }));
      form.set("commit", commit ? "1" : "0");
      const started = performance.now();
      const response = await fetch(`${base}/api/import/contacts`, {
        method: "POST",
        body: form,
        headers: { cookie: `next-auth.session-token=${importer.token}`, origin: base },
      });
      const body = (await response.json()) as { newCount?: number; error?: string };
      if (!response.ok || body.newCount !== IMPORT_ROWS)
        throw new Error(
          `import ${commit ? "commit" : "preview"} failed: ${response.status} ${JSON.stringify(body).slice(0, 200)}`,
        );
      return performance.now() - started;
    };
    // Each measure five times (a new account each, so every import adds 10,000 people), median taken:
    // the raw insert is under half a second, and with three tries one slow one moved the ratio by a fifth.
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const previews: number[] = [];
    const commits: number[] = [];
    const raws: number[] = [];
    for (let round = 0; round < IMPORT_ROUNDS; round++) {
      const importer = await newUser(client, "importer");
      previews.push(await upload(importer, false));
      commits.push(await upload(importer, true));
      raws.push(await rawInsert(client));
    }
    const [previewMs, commitMs, rawInsertMs] = [median(previews), median(commits), median(raws)];

    const round = (n: number) => Math.round(n);
    return {
      rows: IMPORT_ROWS,
      previewMs: round(previewMs),
      commitMs: round(commitMs),
      rawInsertMs: round(rawInsertMs),
      ratio: Math.round(((previewMs + commitMs) / rawInsertMs) * 100) / 100,
    };
  } finally {
    await client.end();
  }
}
