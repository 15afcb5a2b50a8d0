import { defineConfig } from "prisma/config";

// The URL only matters to `prisma migrate deploy` / `prisma studio` where the native
// engine is available; the app and the tests apply migrations themselves
// (scripts/lib/migrate.ts), so an unset DATABASE_URL is fine here.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/mentormap" },
});
