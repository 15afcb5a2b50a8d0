import { describe, expect, it } from "vitest";
import { formDataToObject, nullCharacterPath } from "./form-data";

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

describe("nullCharacterPath", () => {
  it("names the first field holding U+0000, however deep, and nothing otherwise", () => {
    expect(nullCharacterPath({ name: "Ada", notes: "fine" })).toBeNull();
    expect(nullCharacterPath({ name: "A\u0000da" })).toBe("name");
    expect(nullCharacterPath({ areas: [{ name: "ok" }, { name: "\u0000" }] })).toBe("areas.1.name");
    expect(nullCharacterPath({ "ke\u0000y": 1 })).toBe("key");
    expect(nullCharacterPath("\u0000")).toBe("_form");
    expect(nullCharacterPath(42)).toBeNull();
  });
});
