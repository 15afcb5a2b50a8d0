// `npm run export:schema`: writes docs/export-format.schema.json (JSON Schema) from
// the export format's zod schema (src/domain/export-format.ts). A unit test fails
// when the committed file and the schema differ.
import { writeFileSync } from "node:fs";
import { exportJsonSchema } from "../src/domain/export-json-schema";

writeFileSync("docs/export-format.schema.json", `${JSON.stringify(exportJsonSchema(), null, 2)}\n`);
console.log("Wrote docs/export-format.schema.json");
