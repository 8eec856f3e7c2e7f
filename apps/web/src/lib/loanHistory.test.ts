import { describe, expect, it } from "vitest";
import { describeLoanEvent, loanHistoryRows } from "./loanHistory";

const E18 = 10n ** 18n;

describe("describeLoanEvent", () => {
  it("describes an opening with what the borrower received after the fee", () => {
    expect(describeLoanEvent({ eventName: "LoanOpened", args: { principal: 1_000n * E18, fee: 10n * E18 } })).toEqual({
      action: "Borrowed",
      amount: 1_000n * E18,
      detail: "990 AID received after the 10 AID origination fee",
    });
  });

  it("splits a repayment into interest and principal, and says when it closed the loan", () => {
    const partial = describeLoanEvent({
      eventName: "LoanRepaid",
      args: { interest: E18 / 2n, principalPaid: 100n * E18, principalLeft: 900n * E18, installmentsPaid: 1n },
    });
    expect(partial.action).toBe("Repaid");
    expect(partial.amount).toBe(100n * E18 + E18 / 2n);
    expect(partial.detail).toBe("interest 0.5 AID, principal 100 AID; 900 AID principal left, 1 installment paid");
    const last = describeLoanEvent({
      eventName: "LoanRepaid",
      args: { interest: 1n, principalPaid: 900n * E18, principalLeft: 0n, installmentsPaid: 1n },
    });
    expect(last.action).toBe("Paid off");
    expect(last.detail).toContain("title returned");
  });

  it("describes a default, a sale, a write-off and a claim", () => {
    expect(
      describeLoanEvent({ eventName: "LoanLiquidated", args: { reason: 1, debt: 5n * E18, startPrice: 12n * E18 } })
        .detail,
    ).toBe("payment overdue: debt fixed at 5 AID, auction from 12 AID");
    expect(describeLoanEvent({ eventName: "AuctionSettled", args: { price: 9n * E18, surplus: E18 } }).amount).toBe(
      9n * E18,
    );
    expect(describeLoanEvent({ eventName: "LoanWrittenOff", args: { cover: 2n, loss: 3n } }).amount).toBe(5n);
    expect(describeLoanEvent({ eventName: "SurplusClaimed", args: { amount: 7n } }).action).toBe("Surplus claimed");
  });
});

describe("loanHistoryRows", () => {
  it("orders events oldest first, by block then by position", () => {
    const base = { tx: "0xabc" as const, timestamp: 1n };
    const rows = loanHistoryRows([
      { ...base, blockNumber: 5n, logIndex: 0, eventName: "SurplusClaimed", args: { amount: 1n } },
      { ...base, blockNumber: 2n, logIndex: 3, eventName: "SurplusClaimed", args: { amount: 2n } },
      { ...base, blockNumber: 2n, logIndex: 1, eventName: "SurplusClaimed", args: { amount: 3n } },
    ]);
    expect(rows.map((r) => r.amount)).toEqual([3n, 2n, 1n]);
    expect(rows[0].key).toBe("0xabc:1");
  });
});
