import { migrate } from "../src/server/db/migrate";
import { createDatabase } from "../tests/support/postgres";
import { seedBenchUser } from "../bench/lib/seed";
const url = await createDatabase("mm_profile");
await migrate(url);
const small = await seedBenchUser(url, "small", { mentors: 50, checkIns: 500, valueExchanges: 100 });
const large = await seedBenchUser(url, "large", { mentors: 5000, checkIns: 50000, valueExchanges: 10000 });
console.log(JSON.stringify({ url, small, large }));
