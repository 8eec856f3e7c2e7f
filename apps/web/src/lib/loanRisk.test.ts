import { describe, expect, it } from "vitest";
import { assessLoanRisk, EXPIRY_WARNING, formatHealth, HEALTH_WARNING, type RiskLoan } from "./loanRisk";
import { DAY } from "./loans";
import { GRACE } from "./loanTerms";

const NOW = 1_800_000_000n;
const WAD = 10n ** 18n;
const healthy: RiskLoan = {
  status: 1,
  late: false,
  nextDueDate: NOW + 10n * DAY,
  deadline: NOW + 17n * DAY,
  ltvBps: 4_000n,
  healthFactor: 2n * WAD,
  liquidationThresholdBps: 8_500n,
  defaultReason: 0,
};
const insured = { appraisalValidUntil: NOW + 100n * DAY, insuranceVerifiedUntil: Number(NOW + 200n * DAY) };

describe("assessLoanRisk", () => {
  it("leaves a healthy, current, well-covered loan out", () => {
    expect(assessLoanRisk(healthy, insured, NOW)).toBeUndefined();
  });

  it("only looks at Active loans", () => {
    expect(assessLoanRisk({ ...healthy, status: 2, late: true, defaultReason: 1 }, insured, NOW)).toBeUndefined();
    expect(assessLoanRisk({ ...healthy, status: 3, healthFactor: 0n }, insured, NOW)).toBeUndefined();
  });

  it("lists a late loan in its grace period with the day it becomes liquidatable", () => {
    const late = { ...healthy, late: true, nextDueDate: NOW - 3n * DAY - 5n, deadline: NOW + 4n * DAY - 5n };
    expect(assessLoanRisk(late, insured, NOW)).toEqual({
      risks: [{ kind: "late", text: expect.stringMatching(/^Payment due .* is 3 days late$/) }],
      liquidatable: false,
      liquidatableAfter: late.deadline,
    });
  });

  it("takes the contract's verdict for whether it can be liquidated now", () => {
    const overdue = { ...healthy, late: true, nextDueDate: NOW - 8n * DAY, deadline: NOW - DAY, defaultReason: 1 };
    const risk = assessLoanRisk(overdue, insured, NOW);
    expect(risk?.liquidatable).toBe(true);
    expect(risk?.liquidatableAfter).toBeUndefined();
    expect(risk?.risks[0].text).toContain("8 days late");
  });

  it("flags a health factor under the warning, near or above the threshold", () => {
    const near = { ...healthy, ltvBps: 7_900n, healthFactor: HEALTH_WARNING - 1n };
    expect(assessLoanRisk(near, insured, NOW)).toEqual({
      risks: [{ kind: "ltv", text: "LTV 79.00% is near the 85.00% liquidation threshold (health 1.09)" }],
      liquidatable: false,
      liquidatableAfter: undefined,
    });
    expect(assessLoanRisk({ ...healthy, healthFactor: HEALTH_WARNING }, insured, NOW)).toBeUndefined();
    const above = { ...healthy, ltvBps: 9_000n, healthFactor: (WAD * 85n) / 90n, defaultReason: 2 };
    expect(assessLoanRisk(above, insured, NOW)).toEqual({
      risks: [{ kind: "ltv", text: "LTV 90.00% is above the 85.00% liquidation threshold (health 0.94)" }],
      liquidatable: true,
      liquidatableAfter: undefined,
    });
  });

  it("flags an appraisal or insurance ending within 30 days, or lapsed, by the chain clock", () => {
    const soon = { appraisalValidUntil: NOW + EXPIRY_WARNING, insuranceVerifiedUntil: NOW + EXPIRY_WARNING + 1n };
    expect(assessLoanRisk(healthy, soon, NOW)).toEqual({
      risks: [{ kind: "appraisal", text: expect.stringMatching(/^Appraisal expires on .* \(in 30 days\)$/) }],
      liquidatable: false,
      liquidatableAfter: NOW + EXPIRY_WARNING + GRACE,
    });
    const lapsed = { appraisalValidUntil: NOW + 50n * DAY, insuranceVerifiedUntil: NOW - 2n * DAY };
    const risk = assessLoanRisk(healthy, lapsed, NOW);
    expect(risk?.risks).toEqual([{ kind: "insurance", text: expect.stringMatching(/^Verified insurance lapsed on /) }]);
    // Lapsed 2 days ago: the contract allows a liquidation once the 7-day grace period has passed.
    expect(risk?.liquidatableAfter).toBe(NOW + 5n * DAY);
  });

  it("gives every reason at once and the earliest time the contract will allow a liquidation", () => {
    const loan = { ...healthy, late: true, nextDueDate: NOW - DAY, deadline: NOW + 6n * DAY, healthFactor: WAD };
    const title = { appraisalValidUntil: NOW + DAY, insuranceVerifiedUntil: NOW + 2n * DAY };
    const risk = assessLoanRisk(loan, title, NOW);
    expect(risk?.risks.map((r) => r.kind)).toEqual(["late", "ltv", "appraisal", "insurance"]);
    expect(risk?.risks[2].text).toContain("(in 1 day)");
    expect(risk?.liquidatableAfter).toBe(NOW + 6n * DAY); // the payment deadline, before the appraisal's lapse + grace
    expect(assessLoanRisk({ ...loan, deadline: NOW + 9n * DAY }, title, NOW)?.liquidatableAfter).toBe(NOW + 8n * DAY);
  });
});

describe("formatHealth", () => {
  it("shows two decimals, truncated, and infinity for no debt", () => {
    expect(formatHealth(WAD)).toBe("1.00");
    expect(formatHealth(1_099_999_999_999_999_999n)).toBe("1.09");
    expect(formatHealth(25n * WAD)).toBe("25.00");
    expect(formatHealth(2n ** 256n - 1n)).toBe("∞");
  });
});
