import { describe, expect, it } from "vitest";
import { APPRAISER_ROLE, CUSTODIAN_ROLE, roleName } from "./roles";

describe("roles", () => {
  it("match the registry's constants (read from a local deployment)", () => {
    expect(APPRAISER_ROLE).toBe("0x8f831c56b3d9bf5e541f4e1b3b7f898cdb4b80ba7a4af71f8797c706fd21674e");
    expect(CUSTODIAN_ROLE).toBe("0xe28434228950b641dbbc0178de89daa359a87c6ee0d8399aeace52a98fe902b9");
  });

  it("are named in messages", () => {
    expect(roleName(APPRAISER_ROLE)).toBe("appraiser");
    expect(roleName(`0x${"0".repeat(64)}`)).toBe("admin");
  });
});
