import { describe, expect, it } from "vitest";
import { sharedProspect } from "./shared-link";

describe("sharedProspect", () => {
  it("reads a shared LinkedIn profile: name and role from the title, the address as LinkedIn", () => {
    expect(
      sharedProspect({
        title: "Ada Okafor - VP Engineering - Contoso | LinkedIn",
        url: "https://www.linkedin.com/in/ada-okafor",
      }),
    ).toEqual({
      name: "Ada Okafor",
      headline: "VP Engineering, Contoso",
      linkedinUrl: "https://www.linkedin.com/in/ada-okafor",
    });
  });

  it("finds the address in the text when the url is empty (as many Android apps send it)", () => {
    expect(sharedProspect({ text: "Check out Grace https://grace.example.org/about" })).toEqual({
      websiteUrl: "https://grace.example.org/about",
    });
  });

  it("takes no name from a title that is only an address, and no address that is not http(s)", () => {
    expect(sharedProspect({ title: "https://x.example", url: "javascript:alert(1)" })).toEqual({});
    expect(sharedProspect({ title: "Tom Mensah" })).toEqual({ name: "Tom Mensah" });
  });
});
