import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { clientAddress, isLoopback, PEER_HEADER } from "./client-address";

describe("the client's address", () => {
  it("is the socket's peer with no proxy in front, whatever X-Forwarded-For the client wrote", () => {
    expect(clientAddress(null, "203.0.113.9", 0)).toBe("203.0.113.9");
    expect(clientAddress("1.2.3.4", "203.0.113.9", 0)).toBe("203.0.113.9");
    expect(clientAddress("1.2.3.4, 5.6.7.8", "::ffff:203.0.113.9", 0)).toBe("203.0.113.9");
  });

  it("is the address our proxy saw, counted from the right, behind trusted proxies", () => {
    // The client wrote 1.2.3.4; our proxy (at 10.0.0.2) appended the real 203.0.113.9.
    expect(clientAddress("1.2.3.4, 203.0.113.9", "10.0.0.2", 1)).toBe("203.0.113.9");
    expect(clientAddress("1.2.3.4, 203.0.113.9, 10.0.0.3", "10.0.0.2", 2)).toBe("203.0.113.9");
    expect(clientAddress(null, "10.0.0.2", 1)).toBeNull(); // fewer hops than configured
  });

  it("knows loopback addresses", () => {
    expect(["127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1"].every(isLoopback)).toBe(true);
    expect(["10.0.0.1", "192.0.2.2", "::ffff:192.0.2.2", "", null].some(isLoopback)).toBe(false);
  });
});

it("is read from the header our own server sets", () => {
  expect(readFileSync("scripts/lib/app-server.mjs", "utf8")).toContain(`export const PEER_HEADER = "${PEER_HEADER}";`);
});
