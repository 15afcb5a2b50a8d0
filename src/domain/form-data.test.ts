import { describe, expect, it } from "vitest";
import { formDataToObject } from "./form-data";

describe("formDataToObject", () => {
  it("keeps single values as strings and repeated keys as arrays", () => {
    const fd = new FormData();
    fd.append("name", "Ada");
    fd.append("gapAreaIds", "a");
    fd.append("gapAreaIds", "b");
    fd.append("tags[]", "one");
    fd.append("$ACTION_ID_123", "");
    expect(formDataToObject(fd)).toEqual({ name: "Ada", gapAreaIds: ["a", "b"], tags: ["one"] });
  });
});
