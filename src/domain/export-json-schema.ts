import { z } from "zod";
import { exportDocumentSchema, FORMAT_VERSION } from "./export-format";

/** The export format as JSON Schema (draft 2020-12), for anyone reading or writing these files. */
export function exportJsonSchema() {
  return {
    ...z.toJSONSchema(exportDocumentSchema, { target: "draft-2020-12", unrepresentable: "any" }),
    $id: `https://mentor-map.example/export-format.v${FORMAT_VERSION}.schema.json`,
    title: `Mentor Map export, format ${FORMAT_VERSION}`,
    description:
      "One user's whole mentorship map. Later format versions only add fields. Ids link records within the file; an import makes new ones. Not included: sign-in sessions, linked sign-in accounts, the secret calendar token, the digest delivery ledger and the gap-analysis draft.",
  };
}
