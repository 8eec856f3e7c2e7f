import { describe, expect, it } from "vitest";
import { chainNow, estimateClaimTime } from "./exitQueue";

const AID = 10n ** 18n;
const base = {
  now: 1_000_000n,
  eligibleAt: 1_000_000n + 3n * 86_400n,
  assetsAhead: 1_500n * AID,
  assets: 500n * AID,
  idleAssets: 40_000n * AID,
  unvestedIncome: 0n,
  vestingEnd: 0n,
};

describe("estimateClaimTime", () => {
  it("waits for the cooldown when idle AID covers the queue", () => {
    expect(estimateClaimTime(base)).toEqual({ kind: "at", at: base.eligibleAt, waitingFor: "cooldown" });
  });

  it("is now once eligible and covered", () => {
    expect(estimateClaimTime({ ...base, now: base.eligibleAt })).toEqual({ kind: "now" });
  });

  it("waits for vesting income when idle AID is short", () => {
    // Short by 1,000 AID; 4,000 AID vest over the next 8 hours: a quarter of that time.
    const result = estimateClaimTime({
      ...base,
      now: base.eligibleAt,
      idleAssets: 1_000n * AID,
      unvestedIncome: 4_000n * AID,
      vestingEnd: base.eligibleAt + 8n * 3_600n,
    });
    expect(result).toEqual({ kind: "at", at: base.eligibleAt + 2n * 3_600n, waitingFor: "liquidity" });
  });

  it("keeps the cooldown when vesting covers the shortfall sooner", () => {
    const result = estimateClaimTime({
      ...base,
      idleAssets: 1_000n * AID,
      unvestedIncome: 4_000n * AID,
      vestingEnd: base.now + 8n * 3_600n,
    });
    expect(result).toEqual({ kind: "at", at: base.eligibleAt, waitingFor: "cooldown" });
  });

  it("cannot estimate when even the vesting income falls short, and says by how much", () => {
    const result = estimateClaimTime({
      ...base,
      idleAssets: 500n * AID,
      unvestedIncome: 300n * AID,
      vestingEnd: base.now + 3_600n,
    });
    expect(result).toEqual({ kind: "unknown", missing: 1_200n * AID, eligibleAt: base.eligibleAt });
    expect(estimateClaimTime({ ...base, idleAssets: 0n })).toEqual({
      kind: "unknown",
      missing: 2_000n * AID,
      eligibleAt: base.eligibleAt,
    });
  });
});

describe("chainNow", () => {
  it("takes the later of the latest block and the browser clock", () => {
    expect(chainNow(2_000_000_000n, 1_000_000_000_000)).toBe(2_000_000_000n);
    expect(chainNow(900_000_000n, 1_000_000_000_500)).toBe(1_000_000_000n);
  });
});
