// For a property test whose case runs far longer than usual: what every other session
// of the test database is doing at that moment (who waits on what, and who holds it),
// printed beside the case's input, so that a rare hang says where it hung.
import pg from "pg";
import { inject } from "vitest";

/** Prints the other sessions of the test database, with the input of the slow case. */
export async function reportWaits(name: string, input: unknown, afterMs: number) {
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  try {
    await client.connect();
    const { rows } = await client.query(
      `SELECT pid, pg_blocking_pids(pid) AS blocked_by, state, wait_event_type, wait_event,
              now() - xact_start AS in_transaction, left(query, 300) AS query
       FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'`,
    );
    console.error(`${name}: a case has run ${afterMs} ms`, { input }, rows);
  } finally {
    await client.end();
  }
}

/** Runs `work`, reporting the database's sessions if it is still running after `afterMs`. */
export async function watched<T>(name: string, input: unknown, afterMs: number, work: () => Promise<T>): Promise<T> {
  const watchdog = setTimeout(() => void reportWaits(name, input, afterMs), afterMs);
  try {
    return await work();
  } finally {
    clearTimeout(watchdog);
  }
}
