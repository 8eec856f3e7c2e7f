import { describe, expect, it } from "vitest";
import {
  anchorDay,
  DAY,
  dueDate,
  healthFactor,
  interestOwed,
  loanPreview,
  ltvBps,
  maxByLtvAt,
  nextBlockTime,
  nextDueDate,
  nextPaymentAt,
  type OpenLoan,
  openingSchedule,
  originationFee,
  PERIOD,
  payoffAt,
  penaltyAt,
  repaySplit,
  scheduleTotals,
  titleValueAt,
} from "./loanTerms";

const E18 = 10n ** 18n;
const DEFAULTS = {
  maxLtvBps: 7000,
  liquidationThresholdBps: 8500,
  aprBps: 1500,
  termPeriods: 12,
  originationFeeBps: 100,
};

/**
 * Numbers logged by a Foundry test against the real LoanManager (LoanBase_Test defaults: a title worth 2,000,000 AID,
 * 15% APR, 12 payments, 85% threshold), opening 1,234,567 AID + 89 wei at 2026-01-01 10:00 UTC (L.START).
 */
const CONTRACT = {
  principal: 1_234_567n * E18 + 89n,
  value: 2_000_000n * E18,
  openedAt: 1_767_261_600n,
  ltvBps: 6173n,
  healthFactor: 1_377_001_005_210_733_803n,
  nextPayment: 118_397_230_216_894_977_168_958n,
  // schedule(loanId) right after opening: due date, principal, interest.
  schedule: [
    [1_769_904_000n, 102_880_583_333_333_333_333_340n, 15_516_646_883_561_643_835_618n],
    [1_772_496_000n, 102_880_583_333_333_333_333_341n, 13_952_298_287_671_232_876_714n],
    [1_775_088_000n, 102_880_583_333_333_333_333_341n, 12_683_907_534_246_575_342_467n],
    [1_777_680_000n, 102_880_583_333_333_333_333_341n, 11_415_516_780_821_917_808_221n],
    [1_780_272_000n, 102_880_583_333_333_333_333_340n, 10_147_126_027_397_260_273_974n],
    [1_782_864_000n, 102_880_583_333_333_333_333_341n, 8_878_735_273_972_602_739_727n],
    [1_785_456_000n, 102_880_583_333_333_333_333_341n, 7_610_344_520_547_945_205_481n],
    [1_788_048_000n, 102_880_583_333_333_333_333_341n, 6_341_953_767_123_287_671_234n],
    [1_790_640_000n, 102_880_583_333_333_333_333_340n, 5_073_563_013_698_630_136_987n],
    [1_793_232_000n, 102_880_583_333_333_333_333_341n, 3_805_172_260_273_972_602_741n],
    [1_795_824_000n, 102_880_583_333_333_333_333_341n, 2_536_781_506_849_315_068_494n],
    [1_798_416_000n, 102_880_583_333_333_333_333_341n, 1_268_390_753_424_657_534_247n],
  ],
  // The same loan read 3 days and 17 s after its first due date, unpaid.
  late: {
    at: 1_770_163_217n,
    nextPayment: 120_426_788_525_107_813_292_753n,
    payoff: 1_252_113_205_191_774_479_959_502n,
    owed: 17_546_205_191_774_479_959_413n,
  },
};

const contractLoan: OpenLoan = {
  principal: CONTRACT.principal,
  originalPrincipal: CONTRACT.principal,
  aprBps: 1500n,
  termPeriods: 12n,
  installmentsPaid: 0n,
  openedAt: CONTRACT.openedAt,
  paidThrough: CONTRACT.openedAt,
};

describe("loanPreview", () => {
  it("matches the contract's LTV, health factor and schedule for the same loan", () => {
    const p = loanPreview(CONTRACT.principal, CONTRACT.value, DEFAULTS, CONTRACT.openedAt);
    expect(p.ltvBps).toBe(CONTRACT.ltvBps);
    expect(p.healthFactor).toBe(CONTRACT.healthFactor);
    expect(p.schedule.map((r) => [r.dueDate, r.principal, r.interest])).toEqual(CONTRACT.schedule);
    for (const row of p.schedule) expect(row.total).toBe(row.principal + row.interest);
    expect(p.totals.principal).toBe(CONTRACT.principal);
    expect(p.totals.interest).toBe(CONTRACT.schedule.reduce((sum, r) => sum + r[2], 0n));
    expect(p.totals.total).toBe(p.totals.principal + p.totals.interest);
    expect(p.schedule[0].total).toBe(CONTRACT.nextPayment);
  });

  it("takes the origination fee rounded up, and the receiver gets the rest", () => {
    const p = loanPreview(CONTRACT.principal, CONTRACT.value, DEFAULTS, CONTRACT.openedAt);
    expect(p.fee).toBe(12_345_670_000_000_000_000_001n);
    expect(p.net).toBe(CONTRACT.principal - p.fee);
    expect(originationFee(5_000n * E18, 100n)).toBe(50n * E18);
    expect(originationFee(1n, 100n)).toBe(1n);
    expect(originationFee(1_000n, 0n)).toBe(0n);
  });

  it("has no LTV without a value and no health without a debt", () => {
    expect(ltvBps(1n, 0n)).toBeUndefined();
    expect(ltvBps(0n, 10n)).toBe(0n);
    expect(ltvBps(1n, 3n)).toBe(3334n);
    expect(healthFactor(10n, 8500n, 0n)).toBeUndefined();
    // At the threshold exactly: 1e18.
    expect(healthFactor(10_000n * E18, 8500n, 8_500n * E18)).toBe(E18);
  });
});

describe("openingSchedule", () => {
  it("puts the first due date 30 days after the midnight that follows the opening", () => {
    const midnight = 1_767_225_600n; // 2026-01-01 00:00 UTC
    expect(anchorDay(midnight)).toBe(midnight / DAY + 1n);
    expect(openingSchedule(1_000n * E18, 1500n, 3n, midnight)[0].dueDate).toBe(midnight + DAY + PERIOD);
    expect(openingSchedule(1_000n * E18, 1500n, 3n, midnight + DAY - 1n)[0].dueDate).toBe(midnight + DAY + PERIOD);
    expect(dueDate(anchorDay(midnight), 2n)).toBe(midnight + DAY + 2n * PERIOD);
  });

  it("splits the principal in straight-line shares, the last taking the remainder", () => {
    const rows = openingSchedule(100n, 0n, 3n, 0n);
    expect(rows.map((r) => r.principal)).toEqual([33n, 33n, 34n]);
    expect(rows.map((r) => r.interest)).toEqual([0n, 0n, 0n]);
    expect(scheduleTotals(rows)).toEqual({ principal: 100n, interest: 0n, total: 100n });
  });

  it("charges a full period's interest on what is outstanding after the first", () => {
    const rows = openingSchedule(1_200n * E18, 1500n, 12n, 0n);
    // Second payment: 1,100 AID outstanding for 30 days at 15%, rounded up.
    expect(rows[1].interest).toBe((1_100n * E18 * 1500n * PERIOD + 10_000n * 365n * DAY - 1n) / (10_000n * 365n * DAY));
  });
});

describe("an open loan over time", () => {
  it("matches the contract when late: interest with penalty, payoff and the payment that makes it current", () => {
    expect(nextDueDate(contractLoan)).toBe(CONTRACT.schedule[0][0]);
    expect(payoffAt(contractLoan, CONTRACT.late.at)).toBe(CONTRACT.late.payoff);
    expect(nextPaymentAt(contractLoan, CONTRACT.late.at)).toBe(CONTRACT.late.nextPayment);
    expect(payoffAt(contractLoan, CONTRACT.late.at) - contractLoan.principal).toBe(CONTRACT.late.owed);
  });

  it("asks for the first scheduled payment while on time", () => {
    expect(nextPaymentAt(contractLoan, CONTRACT.openedAt + 5n)).toBe(CONTRACT.nextPayment);
    expect(nextPaymentAt(contractLoan, CONTRACT.schedule[0][0])).toBe(CONTRACT.nextPayment);
  });

  it("grows the payoff every second, so an approval of the payoff read now is short a block later", () => {
    const now = CONTRACT.openedAt + 10n * DAY;
    expect(payoffAt(contractLoan, now + 1n)).toBeGreaterThan(payoffAt(contractLoan, now));
  });

  it("names the penalty part of a late loan's interest", () => {
    expect(penaltyAt(contractLoan, CONTRACT.schedule[0][0])).toBe(0n);
    const late = 3n * DAY + 17n;
    // 5% a year on the principal for the time since the due date, rounded up.
    expect(penaltyAt(contractLoan, CONTRACT.late.at)).toBe(
      (CONTRACT.principal * 500n * late - 1n) / (10_000n * 365n * DAY) + 1n,
    );
  });

  it("counts the penalty only after the due date", () => {
    const due = 1_000n * DAY;
    const onTime = interestOwed(1_000n * E18, 1500n, 0n, due, due);
    const late = interestOwed(1_000n * E18, 1500n, 0n, due, due + DAY);
    const aprOnly = interestOwed(1_000n * E18, 1500n, 0n, due + DAY, due + DAY);
    expect(late).toBeGreaterThan(aprOnly);
    expect(onTime).toBeLessThan(aprOnly);
    expect(interestOwed(1n, 1500n, 10n, 5n, 10n)).toBe(0n);
  });

  it("splits a payment into interest first, then principal, and closes at the payoff", () => {
    const at = CONTRACT.late.at;
    const owed = CONTRACT.late.owed;
    expect(repaySplit(contractLoan, 1_000n, at)).toEqual({
      interest: 1_000n,
      principal: 0n,
      paid: 1_000n,
      closes: false,
    });
    expect(repaySplit(contractLoan, owed + 5n, at)).toEqual({
      interest: owed,
      principal: 5n,
      paid: owed + 5n,
      closes: false,
    });
    const max = 2n ** 256n - 1n;
    expect(repaySplit(contractLoan, max, at)).toEqual({
      interest: owed,
      principal: contractLoan.principal,
      paid: CONTRACT.late.payoff,
      closes: true,
    });
  });

  it("never expects a block at or before the latest one", () => {
    expect(nextBlockTime(100n, 90n)).toBe(100n);
    expect(nextBlockTime(90n, 90n)).toBe(91n);
  });
});

describe("titleValueAt", () => {
  const appraisal = {
    appraisedValue: 20_000n * E18,
    appraisedAt: 1_000n,
    expiry: 1_000n + 400n * DAY,
    depreciationBps: 2000n,
  };

  it("is the appraisal until it starts depreciating, and 0 from the expiry", () => {
    expect(titleValueAt(appraisal, 900n)).toBe(20_000n * E18);
    expect(titleValueAt(appraisal, appraisal.expiry)).toBe(0n);
  });

  it("loses the rate a year, the loss rounded up, so the bound by LTV falls every second", () => {
    // A year at 20%: 16,000.
    expect(titleValueAt(appraisal, 1_000n + 365n * DAY)).toBe(16_000n * E18);
    // One second: 20,000e18 × 2000 / (10,000 × 31,536,000), rounded up.
    expect(titleValueAt(appraisal, 1_001n)).toBe(20_000n * E18 - 126_839_167_935_059n);
    expect(maxByLtvAt(appraisal, 7000n, 1_001n)).toBeLessThan(maxByLtvAt(appraisal, 7000n, 1_000n));
    expect(maxByLtvAt(appraisal, 7000n, 1_000n)).toBe(14_000n * E18);
  });
});
