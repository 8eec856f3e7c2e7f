import { describe, expect, it } from "vitest";
import { maxMintUsdc, minRedeemAid, mintFormSchema, previewMint, previewRedeem, redeemFormSchema } from "./schema";

describe("mint form", () => {
  it("accepts an amount within the balance", () => {
    expect(mintFormSchema(5_000_000n).parse({ amount: "5" })).toEqual({ amount: 5_000_000n });
  });

  it("rejects more than the balance with the balance in the message", () => {
    const result = mintFormSchema(5_000_000n).safeParse({ amount: "5.01" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("You have only 5 USDC.");
  });

  it("rejects a mint past the supply cap, naming the most that fits", () => {
    const schema = mintFormSchema(100_000_000_000n, { supplyRoom: 2_500n * 10n ** 18n, mintFeeBps: 0n });
    expect(schema.parse({ amount: "2500" })).toEqual({ amount: 2_500_000_000n });
    expect(schema.safeParse({ amount: "2500.000001" }).error?.issues[0]?.message).toBe(
      "The AID supply cap leaves room for a mint of at most 2,500 USDC.",
    );
  });
});

describe("redeem form", () => {
  it("rejects less than one USDC unit's worth of AID", () => {
    const result = redeemFormSchema(10n ** 18n).safeParse({ amount: "0.0000001" });
    expect(result.error?.issues[0]?.message).toBe("The smallest amount is 0.000001 AID.");
  });

  it("raises the minimum with the redeem fee", () => {
    const result = redeemFormSchema(10n ** 18n, { redeemFeeBps: 100n }).safeParse({ amount: "0.000001" });
    expect(result.error?.issues[0]?.message).toBe("The smallest amount is 0.000001010101010102 AID.");
  });
});

describe("previews match the minter", () => {
  it("scales 6 to 18 decimals on mint", () => {
    expect(previewMint(1_500_000n)).toBe(1_500_000_000_000_000_000n);
  });

  it("takes the mint fee, rounded up", () => {
    // 1 USDC at 0.3%: 1e18 - 3e15.
    expect(previewMint(1_000_000n, 30n)).toBe(997n * 10n ** 15n);
    expect(previewMint(1n, 1n)).toBe(10n ** 12n - 100_000_000n);
  });

  it("rounds down on redeem, in the reserve's favour", () => {
    expect(previewRedeem(1_999_999_999_999n)).toBe(1n);
    expect(previewRedeem(10n ** 18n)).toBe(1_000_000n);
  });

  it("takes the redeem fee before rounding down", () => {
    expect(previewRedeem(10n ** 18n, 100n)).toBe(990_000n);
    expect(previewRedeem(10n ** 12n, 1n)).toBe(0n);
  });

  it("finds the smallest redeemable amount and the largest mint under a cap", () => {
    expect(minRedeemAid(0n)).toBe(10n ** 12n);
    const min = minRedeemAid(100n);
    expect(previewRedeem(min, 100n)).toBe(1n);
    expect(previewRedeem(min - 1n, 100n)).toBe(0n);
    const room = 1_000n * 10n ** 18n + 5n;
    const most = maxMintUsdc(room, 30n);
    expect(previewMint(most, 30n) <= room).toBe(true);
    expect(previewMint(most + 1n, 30n) > room).toBe(true);
    expect(maxMintUsdc(0n)).toBe(0n);
  });
});
