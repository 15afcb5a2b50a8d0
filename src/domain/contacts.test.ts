import { describe, expect, it } from "vitest";
import { linkedInContact, linkedInKey, parseConnectedOn } from "./contacts";
import { neutraliseFormula } from "./csv-safety";

describe("LinkedIn rows", () => {
  it("read LinkedIn's dates, and refuse what is not one", () => {
    expect(parseConnectedOn("12 Mar 2024")).toBe("2024-03-12");
    expect(parseConnectedOn("5 Jan 2025")).toBe("2025-01-05");
    expect(parseConnectedOn("2023-02-01")).toBe("2023-02-01");
    expect(parseConnectedOn("31 Feb 2024")).toBeNull();
    expect(parseConnectedOn("yesterday")).toBeNull();
  });

  it("match the same profile however its URL is written", () => {
    expect(linkedInKey("https://www.linkedin.com/in/Ada-Lovelace/?trk=x")).toBe(
      linkedInKey("http://linkedin.com/in/ada-lovelace"),
    );
    expect(linkedInKey("not a url")).toBeNull();
  });

  it("become contacts or problems with their line", () => {
    expect(
      linkedInContact(
        { "First Name": " Ada ", "Last Name": "Lovelace", "Email Address": "ADA@Example.com", "Connected On": "" },
        7,
      ),
    ).toMatchObject({ line: 7, name: "Ada Lovelace", email: "ada@example.com", connectedOn: null });
    expect(linkedInContact({ "First Name": "", "Last Name": "" }, 3)).toEqual({
      line: 3,
      message: "No first or last name.",
    });
    expect(linkedInContact({ "First Name": "A", URL: "javascript:alert(1)" }, 4)).toMatchObject({
      line: 4,
      message: expect.stringMatching(/not a web address/),
    });
  });
});

describe("CSV cells", () => {
  it("that a spreadsheet would run as formulas are kept as text", () => {
    for (const cell of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    expect(neutraliseFormula("Ada")).toBe("Ada");
  });
});
