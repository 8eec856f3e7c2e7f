import { describe, expect, it } from "vitest";
import {
  annualisedGrowth,
  backingRatio,
  projectedApy,
  sampleBlocks,
  sharePrice,
  sharesToAssets,
  supplyRoomText,
  trailingApy,
} from "./apy";

const WAD = 10n ** 18n;
const DAY = 86_400n;
const point = (day: bigint, price: bigint, block = day) => ({ block, timestamp: 1_700_000_000n + day * DAY, price });

describe("annualisedGrowth", () => {
  it("annualises simple growth: 1% over 36.5 days is 10% a year", () => {
    const growth = annualisedGrowth(point(0n, WAD), {
      ...point(0n, WAD + WAD / 100n),
      timestamp: point(0n, 0n).timestamp + (365n * DAY) / 10n,
    });
    expect(growth).toBe(WAD / 10n);
  });

  it("is undefined without elapsed time", () => {
    expect(annualisedGrowth(point(3n, WAD), point(3n, 2n * WAD))).toBeUndefined();
  });
});

describe("trailingApy", () => {
  it("measures from the oldest sample inside the 30-day window", () => {
    const points = [point(0n, WAD), point(40n, WAD), point(50n, WAD + WAD / 100n), point(70n, WAD + WAD / 50n)];
    const result = trailingApy(points);
    // From day 40 (inside the last 30 days of day 70) to day 70: 2% over 30 days.
    expect(result.apy).toBe((2n * WAD * 365n) / (100n * 30n));
    expect(result.span).toBe(30n * DAY);
  });

  it("says nothing with less than a day of history", () => {
    const result = trailingApy([point(0n, WAD), { ...point(0n, WAD), timestamp: point(0n, WAD).timestamp + 3_600n }]);
    expect(result.apy).toBeUndefined();
    expect(result.span).toBe(3_600n);
  });

  it("is zero when the price did not move", () => {
    expect(trailingApy([point(0n, WAD), point(2n, WAD)]).apy).toBe(0n);
  });

  it("handles no samples", () => {
    expect(trailingApy([])).toEqual({ apy: undefined, span: 0n });
  });
});

describe("projectedApy", () => {
  const base = {
    savingsAssets: 1_000n * WAD,
    tBillUsdc: 800_000_000n, // 800 USDC
    tBillRateBps: 450n,
    harvestFeeBps: 1_000n,
    loanInterestPerSecond: 0n,
    feesCollected: 0n,
    feeSeconds: 0n,
  };

  it("with no loans, is the T-bill yield net of the harvest fee spread over sAID's assets", () => {
    // 800 x 4.5% x 90% / 1,000 = 3.24%
    expect(projectedApy(base)).toEqual({
      tBills: (324n * WAD) / 10_000n,
      loans: 0n,
      fees: 0n,
      total: (324n * WAD) / 10_000n,
    });
  });

  it("adds loan interest and annualised fees", () => {
    const result = projectedApy({
      ...base,
      tBillUsdc: 0n,
      loanInterestPerSecond: (100n * WAD) / (365n * DAY), // 100 AID a year
      feesCollected: 10n * WAD,
      feeSeconds: 365n * DAY,
    });
    expect(result?.loans).toBe((((100n * WAD) / (365n * DAY)) * 365n * DAY * WAD) / (1_000n * WAD));
    expect(result?.fees).toBe((9n * WAD) / 1_000n); // 10 x 90% / 1,000 = 0.9%
    expect(result?.total).toBe((result?.loans ?? 0n) + (result?.fees ?? 0n));
  });

  it("is undefined with nothing staked", () => {
    expect(projectedApy({ ...base, savingsAssets: 0n })).toBeUndefined();
  });
});

describe("backing, price and samples", () => {
  it("backing ratio is reserve over supply", () => {
    expect(backingRatio(1_010_000n, 10n ** 18n)).toBe((101n * WAD) / 100n);
    expect(backingRatio(5n, 0n)).toBeUndefined();
  });

  it("share price follows the vault's virtual share and asset", () => {
    expect(sharePrice(0n, 0n)).toBe(WAD);
    expect(sharePrice(2_000n * WAD, 1_000n * WAD)).toBe((WAD * (2_000n * WAD + 1n)) / (1_000n * WAD + 1n));
    expect(sharesToAssets(10n * WAD, 2_000n * WAD, 1_000n * WAD)).toBe(19_999_999_999_999_999_999n);
  });

  it("samples evenly, ends included, without duplicates", () => {
    expect(sampleBlocks(10n, 20n, 3)).toEqual([10n, 15n, 20n]);
    expect(sampleBlocks(5n, 6n, 24)).toEqual([5n, 6n]);
    expect(sampleBlocks(7n, 7n, 24)).toEqual([7n]);
    expect(sampleBlocks(8n, 7n, 24)).toEqual([]);
  });
});

describe("supplyRoomText", () => {
  it("says when there is no cap, else the room in whole AID", () => {
    expect(supplyRoomText(2n ** 128n - 1n, 5n)).toBe("no cap");
    expect(supplyRoomText(1_000_000n * 10n ** 18n, 1_500n * 10n ** 18n + 1n)).toBe("998,499 AID");
    expect(supplyRoomText(10n, 20n)).toBe("0 AID");
  });
});
