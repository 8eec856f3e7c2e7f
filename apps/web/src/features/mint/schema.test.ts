import { describe, expect, it } from "vitest";
import { mintFormSchema, previewMint, previewRedeem, redeemFormSchema } from "./schema";

describe("mint form", () => {
  it("accepts an amount within the balance", () => {
    expect(mintFormSchema(5_000_000n).parse({ amount: "5" })).toEqual({ amount: 5_000_000n });
  });

  it("rejects more than the balance with the balance in the message", () => {
    const result = mintFormSchema(5_000_000n).safeParse({ amount: "5.01" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("You have only 5 USDC.");
  });
});

describe("redeem form", () => {
  it("rejects less than one USDC unit's worth of AID", () => {
    const result = redeemFormSchema(10n ** 18n).safeParse({ amount: "0.0000001" });
    expect(result.error?.issues[0]?.message).toBe("The smallest amount is 0.000001 AID.");
  });
});

describe("previews match the minter", () => {
  it("scales 6 to 18 decimals on mint", () => {
    expect(previewMint(1_500_000n)).toBe(1_500_000_000_000_000_000n);
  });

  it("rounds down on redeem, in the reserve's favour", () => {
    expect(previewRedeem(1_999_999_999_999n)).toBe(1n);
    expect(previewRedeem(10n ** 18n)).toBe(1_000_000n);
  });
});
