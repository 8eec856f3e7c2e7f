"use client";

import { useState } from "react";
import { TxStatus } from "@/components/tx/TxStatus";
import { useTransactionFlow } from "@/components/tx/useTransactionFlow";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";
import { formatAid, formatBps, formatDate, formatTimestamp } from "@/lib/format";
import { AUCTION_DURATION, daysPastDue, defaultReasonLabel, formatLtv, LoanStatus, loanStatusLabel } from "@/lib/loans";
import { AuctionRow } from "./components/AuctionRow";
import { LiquidateButton } from "./components/LiquidateButton";
import { closeAuctionFlow } from "./flows/loanFlows";
import { useChainNow } from "./hooks/useChainNow";
import { useLoanBook } from "./hooks/useLoanBook";

export function LoansScreen() {
  const { loans, titles, state, blockNumber, clock, isError } = useLoanBook({ titles: true });
  const now = useChainNow(clock);
  const bidFlow = useTransactionFlow();
  const liquidation = useTransactionFlow();
  const closing = useTransactionFlow();
  const addresses = useProtocolAddresses();
  const [liquidating, setLiquidating] = useState<bigint>();
  const auctions = loans?.filter((l) => l.status === LoanStatus.Liquidating && l.auctionPrice > 0n) ?? [];

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Loans & auctions</h1>
        <p className="mt-1 text-slate-600">
          Every loan against a GPU title, read from the loan manager at one block; dates and lateness use the chain's
          clock. Anyone may liquidate a loan the contract says has defaulted, and anyone may bid on a live auction.
        </p>
        <p className="mt-2 text-sm text-slate-500" data-testid="loans-block">
          {blockNumber === undefined
            ? "Reading the chain…"
            : `Read at block ${blockNumber.toString()}${clock ? `, chain time ${formatDate(clock.timestamp)}` : ""}.`}
          {isError ? (
            <span role="alert" className="block text-red-700">
              The loans could not be read from the network. They will refresh when it answers again.
            </span>
          ) : null}
        </p>
      </div>

      <Card title="Live auctions">
        <div data-testid="live-auctions" data-ready={loans && now !== undefined ? "true" : "false"}>
          {!loans || now === undefined ? (
            <p className="text-sm text-slate-600">Reading the auctions…</p>
          ) : auctions.length === 0 ? (
            <p className="text-sm text-slate-600">No title is being auctioned.</p>
          ) : (
            <ul className="flex flex-col gap-3">
              {auctions.map((loan) => (
                <AuctionRow
                  key={loan.id.toString()}
                  loan={loan}
                  title={titles?.get(loan.titleId)}
                  now={now}
                  flow={bidFlow}
                />
              ))}
            </ul>
          )}
          <TxStatus state={bidFlow.state} testId="auction-status" />
        </div>
      </Card>

      <Card title="Every loan">
        {liquidating !== undefined && liquidation.state.status !== "idle" ? (
          <div className="mb-3 rounded-lg bg-slate-50 p-3" data-testid="liquidation-notice">
            <p className="text-sm font-medium">Liquidation of loan #{liquidating.toString()}</p>
            <TxStatus state={liquidation.state} testId="liquidate-status" />
            {liquidation.state.status === "confirmed" ? (
              <p className="text-sm text-slate-600">
                Its title is now in a Dutch auction (see Live auctions above); anyone may bid.
              </p>
            ) : null}
          </div>
        ) : null}
        <div className="mb-3 empty:hidden">
          <TxStatus state={closing.state} testId="close-auction-status" />
        </div>
        <div data-testid="all-loans" data-ready={loans ? "true" : "false"}>
          {!loans || now === undefined ? (
            <p className="text-sm text-slate-600">Reading the loan book…</p>
          ) : loans.length === 0 ? (
            <p className="text-sm text-slate-600">No loan has been opened yet.</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead className="text-slate-500">
                  <tr>
                    <th className="py-1 pr-3">Loan</th>
                    <th className="py-1 pr-3">Title</th>
                    <th className="py-1 pr-3">Status</th>
                    <th className="py-1 pr-3">Principal</th>
                    <th className="py-1 pr-3">Payoff</th>
                    <th className="py-1 pr-3">LTV</th>
                    <th className="py-1 pr-3">APR</th>
                    <th className="py-1 pr-3">Days past due</th>
                    <th className="py-1" />
                  </tr>
                </thead>
                <tbody>
                  {loans.map((loan) => {
                    const late = loan.status === LoanStatus.Active ? daysPastDue(loan.nextDueDate, now) : 0n;
                    const open = loan.status === LoanStatus.Active || loan.status === LoanStatus.Liquidating;
                    return (
                      <tr
                        key={loan.id.toString()}
                        className="border-t border-slate-100"
                        data-testid={`loan-${loan.id}`}
                      >
                        <td className="py-2 pr-3 font-mono">#{loan.id.toString()}</td>
                        <td className="py-2 pr-3">#{loan.titleId.toString()}</td>
                        <td className="py-2 pr-3" data-testid={`loan-${loan.id}-status`}>
                          {loanStatusLabel(loan.status)}
                          {loan.status === LoanStatus.Active && loan.late ? (
                            <span className="text-red-700"> · late</span>
                          ) : null}
                        </td>
                        <td className="py-2 pr-3">{formatAid(loan.principal)}</td>
                        <td className="py-2 pr-3">{open ? formatAid(loan.payoff) : "—"}</td>
                        <td className="py-2 pr-3">{open ? formatLtv(loan.ltvBps) : "—"}</td>
                        <td className="py-2 pr-3">{formatBps(BigInt(loan.aprBps))}</td>
                        <td
                          className={`py-2 pr-3 ${late > 0n ? "font-semibold text-red-700" : ""}`}
                          data-testid={`loan-${loan.id}-late`}
                        >
                          {loan.status === LoanStatus.Active ? late.toString() : "—"}
                        </td>
                        <td className="py-2">
                          {loan.status === LoanStatus.Active && loan.defaultReason !== 0 ? (
                            <div className="flex flex-col gap-1">
                              <span className="text-xs text-red-700">{defaultReasonLabel(loan.defaultReason)}</span>
                              <LiquidateButton loan={loan} flow={liquidation} onStart={setLiquidating} />
                            </div>
                          ) : loan.status === LoanStatus.Liquidating && now > loan.auctionStart + AUCTION_DURATION ? (
                            <div className="flex flex-col gap-1" data-testid={`loan-${loan.id}-auction-ended`}>
                              <span className="text-xs text-slate-600">
                                Auction ended {formatTimestamp(loan.auctionStart + AUCTION_DURATION)} with no bid: the
                                loan can no longer be repaid; closing writes it off and sends the title to recovery.
                              </span>
                              <Button
                                variant="secondary"
                                disabled={closing.busy}
                                data-testid={`close-auction-${loan.id}`}
                                onClick={() =>
                                  closing.run(closeAuctionFlow(addresses, loan.id), {
                                    review: {
                                      title: `Close the auction of loan #${loan.id}`,
                                      summary: `The auction of title #${loan.titleId} ended with no bid. Closing it sends the title to the protocol's recovery address and writes loan #${loan.id} off: the borrower can no longer repay it, and the shortfall is covered by the insurance fund, then by sAID holders.`,
                                      rows: [
                                        { label: "Debt written off", value: formatAid(loan.payoff), emphasis: true },
                                        { label: "Title's value at the default", value: formatAid(loan.auctionBasis) },
                                        { label: "You pay", value: "Only the network fee" },
                                        {
                                          label: "Title #" + loan.titleId.toString() + " goes to",
                                          value: "The recovery address",
                                        },
                                      ],
                                      confirmLabel: "Close auction",
                                    },
                                    success: `Closed the auction of loan #${loan.id}: title #${loan.titleId} went to the recovery address and the loan is written off`,
                                  })
                                }
                              >
                                Close auction
                              </Button>
                            </div>
                          ) : loan.status === LoanStatus.Active && loan.late ? (
                            <span className="text-xs text-slate-500">
                              Liquidatable after {formatTimestamp(loan.deadline)}
                            </span>
                          ) : null}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </div>
      </Card>

      {state ? (
        <p className="text-sm text-slate-600" data-testid="loans-summary">
          {state.loanCount.toString()} loans, {formatAid(state.principalOutstanding)} of principal outstanding;
          insurance fund {formatAid(state.insuranceFund)} ({formatBps(state.coverageBps)} of it), of which{" "}
          {formatAid(state.reservedCover)} is set aside for loans in auction. Impairment (expected shortfall of loans in
          auction): {formatAid(state.impairment)}
          {state.impairment > 0n ? "; sAID exits are paid net of it until the auctions settle" : ""}.
        </p>
      ) : null}
    </div>
  );
}
