import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The shape of the tree, kept as the next engineer expects to find it.

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
const folders = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => [path.join(dir, e.name), ...folders(path.join(dir, e.name))]);
const source = files("src").filter((f) => /\.tsx?$/.test(f) && !f.startsWith("src/generated/"));

describe("docs/architecture.md", () => {
  const doc = readFileSync("docs/architecture.md", "utf8");

  it("says what every folder of src/server and src/app holds", () => {
    const missing = [...folders("src/server"), ...folders("src/app")].filter((f) => !doc.includes(`\`${f}/\``));
    expect(missing, "add a line for each to docs/architecture.md").toEqual([]);
  });

  it("names no folder that is gone", () => {
    const named = [...doc.matchAll(/`(src\/(?:server|app)\/[^`<]*)\/`/g)].map((m) => m[1]!);
    const real = new Set([...folders("src/server"), ...folders("src/app")]);
    expect(named.filter((f) => !real.has(f))).toEqual([]);
  });
});

describe("src/server", () => {
  it("names a domain's actions, queries and schemas after the domain: <domain>[.<part>].actions|queries|schema.ts", () => {
    const misnamed = files("src/server").filter((f) => {
      const [domain, name] = [path.basename(path.dirname(f)), path.basename(f)];
      return (
        /\.(actions|queries|schema)\.ts$/.test(name) &&
        path.dirname(f) !== "src/server" &&
        !new RegExp(`^${domain}(\\.[a-z-]+)?\\.(actions|queries|schema)\\.ts$`).test(name)
      );
    });
    expect(misnamed).toEqual([]);
  });

  it("names every other file in kebab-case", () => {
    expect(files("src/server").filter((f) => !/^[a-z0-9-]+(\.[a-z-]+)*\.tsx?$/.test(path.basename(f)))).toEqual([]);
  });

  it('keeps "use server" to the actions files, and every actions file has it', () => {
    // Every export of a "use server" file can be called from a browser: nothing else may be one.
    const isServerActionsFile = (f: string) => readFileSync(f, "utf8").startsWith('"use server"');
    expect(source.filter((f) => isServerActionsFile(f) !== f.endsWith(".actions.ts"))).toEqual([]);
  });
});

describe("src", () => {
  it("has no file over 300 lines", () => {
    const long = source
      .map((f) => ({ f, lines: readFileSync(f, "utf8").split("\n").length }))
      .filter(({ lines }) => lines > 300);
    expect(long).toEqual([]);
  });
});
