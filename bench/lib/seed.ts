// Bulk data for the benchmarks, written with set-based SQL so that seeding 50,000
// check-ins takes seconds.
import { randomUUID } from "node:crypto";
import pg from "pg";

export async function seedBenchUser(
  url: string,
  label: string,
  size: { mentors: number; checkIns: number; valueExchanges: number },
) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const userId = `bench_${label}_${randomUUID().slice(0, 8)}`;
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "User" (id, email, name, "timeZone", "updatedAt") VALUES ($1, $2, $3, 'Europe/London', now())`,
      [userId, `${userId}@bench.example`, label],
    );
    await client.query(
      `INSERT INTO "GapArea" (id, "userId", name, priority, "updatedAt")
       SELECT $1 || '_area_' || i, $1, (ARRAY['Technical skills','Leadership capabilities','Industry knowledge','Functional expertise','Soft skills','Career navigation','Life integration'])[i], i, now()
       FROM generate_series(1, 7) i`,
      [userId],
    );
    await client.query(
      `INSERT INTO "Mentor" (id, "userId", name, email, headline, organisation, notes, tags, category, stage, "cadenceDays", "nextCheckInOn", "lastCheckInOn", "updatedAt")
       SELECT $1 || '_m_' || i, $1,
         (ARRAY['Ada','Grace','Margaret','Tom','Priya','Aisha','Diego','Mei','Jonah','Ruth'])[1 + i % 10] || ' ' || (ARRAY['Okafor','Lindqvist','Raman','Mensah','Chen','Weiss','Bauer','Liu','Shah','Grant'])[1 + (i / 10) % 10] || ' ' || i,
         'person' || i || '@example.org',
         (ARRAY['VP Engineering','Staff Engineer','Product Lead','Founder','Designer'])[1 + i % 5],
         (ARRAY['Northwind','Contoso','Fabrikam','Adatum','Tailspin','Litware'])[1 + i % 6],
         'Met at a conference. Knows a lot about ' || (ARRAY['payments','hiring','distributed systems','public speaking','fundraising'])[1 + i % 5] || '.',
         ARRAY[(ARRAY['fintech','exec','ai','design'])[1 + i % 4]],
         (ARRAY['SAGE','PEER','REVERSE','SPECIALIST','ACCOUNTABILITY'])[1 + i % 5]::"MentorCategory",
         (ARRAY['PROSPECT','RESEARCHED','CONTACTED','IN_CONVERSATION','ACTIVE','PAUSED','DECLINED'])[1 + i % 7]::"MentorStage",
         (ARRAY[7, 30, 30, 90, NULL])[1 + i % 5],
         current_date + (i % 120) - 40, current_date - (i % 90), now()
       FROM generate_series(1, $2::int) i`,
      [userId, size.mentors],
    );
    await client.query(
      `INSERT INTO "MentorGapArea" ("userId", "mentorId", "gapAreaId")
       SELECT $1, $1 || '_m_' || i, $1 || '_area_' || (1 + i % 7) FROM generate_series(1, $2::int) i`,
      [userId, size.mentors],
    );
    // Stage changes spread over the last 60 days, so the sprint's targets and streak have data to count.
    await client.query(
      `INSERT INTO "StageChange" (id, "userId", "mentorId", "toStage", "changedAt")
       SELECT $1 || '_sc_' || i, $1, $1 || '_m_' || i, stage, now() - make_interval(days => i % 60)
       FROM "Mentor" m, generate_series(1, $2::int) i WHERE m.id = $1 || '_m_' || i`,
      [userId, size.mentors],
    );
    // A sprint on day 40, and a dream-team profile for every sage, peer and reverse cell.
    await client.query(
      `INSERT INTO "Sprint" (id, "userId", "startOn", "updatedAt") VALUES ($1 || '_sprint', $1, current_date - 39, now())`,
      [userId],
    );
    await client.query(
      `INSERT INTO "DreamTeamSlot" (id, "userId", "gapAreaId", category, profile, "updatedAt")
       SELECT $1 || '_slot_' || a || '_' || c, $1, $1 || '_area_' || a, c::"MentorCategory", 'Someone who has done it before', now()
       FROM generate_series(1, 7) a, unnest(ARRAY['SAGE','PEER','REVERSE']) c`,
      [userId],
    );
    // One profile in the words most of the network matches: the suggestions' worst case.
    await client.query(
      `UPDATE "DreamTeamSlot" SET profile = 'A VP of engineering who scaled hiring and distributed systems'
       WHERE id = $1 || '_slot_1_SAGE'`,
      [userId],
    );
    await client.query(
      `INSERT INTO "CheckIn" (id, "userId", "mentorId", "occurredOn", channel, notes, takeaways, "updatedAt")
       SELECT $1 || '_c_' || i, $1, $1 || '_m_' || (1 + i % $3::int), current_date - (i % 700),
         (ARRAY['COFFEE','CALL','VIDEO','ASYNC','DOCUMENT','EMAIL','EVENT'])[1 + i % 7]::"CheckInChannel",
         'Talked through the quarter plan and hiring.', CASE WHEN i % 3 = 0 THEN 'Write it down first.' ELSE '' END, now()
       FROM generate_series(1, $2::int) i`,
      [userId, size.checkIns, size.mentors],
    );
    await client.query(
      `INSERT INTO "ValueExchange" (id, "userId", "mentorId", direction, kind, description, "occurredOn", "updatedAt")
       SELECT $1 || '_v_' || i, $1, $1 || '_m_' || (1 + i % $3::int),
         (ARRAY['GAVE','RECEIVED','RECEIVED'])[1 + i % 3]::"ValueDirection",
         (ARRAY['ADVICE','INTRODUCTION','FEEDBACK','SKILL_TEACHING'])[1 + i % 4]::"ValueExchangeKind",
         'Helpful exchange', current_date - (i % 400), now()
       FROM generate_series(1, $2::int) i`,
      [userId, size.valueExchanges, size.mentors],
    );
    await client.query(
      `INSERT INTO "Reminder" (id, "userId", "mentorId", kind, title, "dueOn", "updatedAt")
       SELECT $1 || '_r_' || m.id, $1, m.id, 'CHECK_IN', 'Check in with ' || m.name, m."nextCheckInOn", now()
       FROM "Mentor" m WHERE m."userId" = $1 AND m."nextCheckInOn" IS NOT NULL AND m."cadenceDays" IS NOT NULL`,
      [userId],
    );
    // A snapshot a month old, for the comparison with now.
    await client.query(
      `INSERT INTO "MapSnapshot" (id, "userId", "takenAt", reason, coverage)
       SELECT $1 || '_snapshot', $1, now() - interval '30 days', 'MANUAL', json_build_object('version', 1, 'areas', json_agg(
         json_build_object('id', a.id, 'name', a.name, 'cells', (
           SELECT json_object_agg(c, json_build_object('count', (
             SELECT count(*) / 2 FROM "MentorGapArea" mg JOIN "Mentor" m ON m.id = mg."mentorId"
             WHERE mg."gapAreaId" = a.id AND m.category::text = c), 'names', '[]'::json))
           FROM unnest(ARRAY['SAGE','PEER','REVERSE','SPECIALIST','ACCOUNTABILITY']) c))
         ORDER BY a.priority))
       FROM "GapArea" a WHERE a."userId" = $1`,
      [userId],
    );
    const token = randomUUID().replace(/-/g, "") + randomUUID().replace(/-/g, "");
    await client.query(
      `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`,
      [`${userId}_s`, token, userId],
    );
    await client.query("COMMIT");
    await client.query(`ANALYZE`);
    // The busiest mentor: the one with the most check-ins.
    return { userId, sessionToken: token, busiestMentorId: `${userId}_m_1` };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
}
