"use client";

import { useState } from "react";
import type { Address } from "viem";
import { useConfig } from "wagmi";
import { TxStatus } from "@/components/tx/TxStatus";
import { type RunOptions, type TxStep, useTransactionFlow } from "@/components/tx/useTransactionFlow";
import { Button } from "@/components/ui/Button";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";
import { formatAid, formatAmount, formatBps, formatDate } from "@/lib/format";
import { AUCTION_DURATION, daysPastDue, formatLtv, LoanStatus, loanStatusLabel } from "@/lib/loans";
import {
  type Installment,
  nextBlockTime,
  nextPaymentAt,
  type OpenLoan,
  payoffAt,
  penaltyAt,
  repaySplit,
} from "@/lib/loanTerms";
import { claimSurplusFlow, payOffFlow, repayFlow } from "../flows/loanFlows";
import { useChainNow } from "../hooks/useChainNow";
import type { LoanView } from "../hooks/useLoanBook";
import { useMyLoans } from "../hooks/useMyLoans";
import { LoanHistory } from "./LoanHistory";
import { RepayAmountForm } from "./RepayAmountForm";
import { ScheduleTable } from "./ScheduleTable";

/**
 * How long after now a payment may be mined and still be what the screen offers: pay-off approves the payoff as it
 * will be then (it grows every second), and a late loan's next payment is what makes it current then.
 */
const MINING_WINDOW = 3_600n;
const aid = (value: bigint) => formatAid(value, 4);

/** The connected account's loans: schedule, health, next payment, payoff, the three ways to repay, and history. */
export function MyLoans({ account }: { account: Address }) {
  const { loans, clock, balance, scheduleOf, isError } = useMyLoans(account);
  const chainNow = useChainNow(clock);
  // A paid-off loan's card gives way to its closed row at once: what happened is said here instead.
  const [notice, setNotice] = useState<string>();
  if (isError)
    return (
      <p role="alert" className="text-sm text-red-700">
        Your loans could not be read from the network.
      </p>
    );
  const open = loans?.filter((l) => l.status === LoanStatus.Active) ?? [];
  const closed = loans?.filter((l) => l.status !== LoanStatus.Active) ?? [];
  const ready = loans !== undefined && clock !== undefined && chainNow !== undefined;
  return (
    <div data-testid="my-loans" data-ready={ready ? "true" : "false"}>
      {notice ? (
        <p
          role="status"
          data-testid="my-loans-notice"
          className="mb-3 rounded-lg bg-emerald-50 p-3 text-sm font-medium text-emerald-800"
        >
          {notice}
        </p>
      ) : null}
      {!ready ? (
        <p className="text-sm text-slate-600">Reading your loans…</p>
      ) : loans.length === 0 ? (
        <p className="text-sm text-slate-600">You have no loans. Open one from an Appraised title above.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {open.map((loan) => (
            <LoanCard
              key={loan.id.toString()}
              loan={loan}
              account={account}
              schedule={scheduleOf(loan.id)}
              balance={balance}
              at={nextBlockTime(chainNow, clock.timestamp)}
              onPaidOff={setNotice}
            />
          ))}
          {closed.map((loan) => (
            <ClosedLoan key={loan.id.toString()} loan={loan} account={account} now={chainNow} />
          ))}
        </ul>
      )}
    </div>
  );
}

function HistoryToggle({ loanId }: { loanId: bigint }) {
  const [shown, setShown] = useState(false);
  return (
    <div className="flex flex-col gap-2">
      <div>
        <Button
          variant="ghost"
          className="px-0"
          aria-expanded={shown}
          onClick={() => setShown(!shown)}
          data-testid={`my-loan-${loanId}-history-toggle`}
        >
          {shown ? "Hide history" : "Show history"}
        </Button>
      </div>
      {shown ? <LoanHistory loanId={loanId} /> : null}
    </div>
  );
}

function LoanCard({
  loan,
  account,
  schedule,
  balance,
  at: liveAt,
  onPaidOff,
}: {
  loan: LoanView;
  account: Address;
  schedule: readonly Installment[] | undefined;
  balance: bigint | undefined;
  /** The chain time a transaction sent now would most likely be mined at. */
  at: bigint;
  /** Called with what happened once the loan is paid off (its card then gives way to the closed row). */
  onPaidOff: (message: string) => void;
}) {
  const config = useConfig();
  const addresses = useProtocolAddresses();
  const flow = useTransactionFlow();
  // While a payment is under way, what the screen shows is what the user signed.
  const [signedAt, setSignedAt] = useState<bigint>();
  const at = signedAt ?? liveAt;
  const terms: OpenLoan = loan;
  const testId = `my-loan-${loan.id}`;
  const late = loan.late || at > loan.nextDueDate;
  const nextPayment = nextPaymentAt(terms, late ? at + MINING_WINDOW : at);
  const payoffNow = payoffAt(terms, at);
  const payoffAllowance = payoffAt(terms, at + MINING_WINDOW);
  const cannotPayOff = balance !== undefined && balance < payoffNow;
  const cannotPayNext = balance !== undefined && balance < nextPayment;

  const run = async (steps: TxStep[], options: RunOptions) => {
    setSignedAt(at);
    const ok = await flow.run(steps, options);
    setSignedAt(undefined);
    return ok;
  };
  /** The review of a payment of `amount` (what the contract takes, split as it will be at chain time `when`). */
  const paymentReview = (title: string, amount: bigint, when: bigint, confirmLabel: string) => {
    const split = repaySplit(terms, amount, when);
    return {
      title,
      summary: split.closes
        ? `You pay loan #${loan.id} off: the whole debt at the block the payment is mined in (never more), and title #${loan.titleId} comes back to your account.`
        : `You pay ${aid(split.paid)} on loan #${loan.id}: interest${late ? " and the late penalty" : ""} first, then principal. The AID is taken from your account.`,
      rows: [
        { label: split.closes ? "You pay (the payoff now)" : "You pay", value: aid(split.paid), emphasis: true },
        { label: late ? "Interest and penalty" : "Interest", value: aid(split.interest) },
        { label: "Principal", value: aid(split.principal) },
        { label: "Fees", value: "None beyond the network fee" },
        { label: "Principal left after", value: aid(loan.principal - split.principal) },
        ...(balance === undefined || balance < split.paid
          ? []
          : [{ label: "Your AID after", value: aid(balance - split.paid) }]),
        ...(split.closes ? [{ label: "You get back", value: `Title #${loan.titleId}` }] : []),
      ],
      confirmLabel,
    };
  };

  return (
    <li className="flex flex-col gap-3 rounded-lg border border-slate-200 p-3" data-testid={testId}>
      <p className="font-semibold">
        Loan #{loan.id.toString()} on title #{loan.titleId.toString()} · {formatBps(loan.aprBps)} APR ·{" "}
        <span data-testid={`${testId}-paid`}>
          {loan.installmentsPaid.toString()}/{loan.termPeriods.toString()} paid
        </span>
      </p>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
        <dt className="text-slate-500">Next payment</dt>
        <dd data-testid={`${testId}-next`} className={late ? "font-semibold text-red-700" : ""}>
          {aid(loan.nextPaymentAmount)} due {formatDate(loan.nextDueDate)}
          {late
            ? ` · late ${daysPastDue(loan.nextDueDate, at).toString()} days: includes a penalty of ${aid(penaltyAt(terms, at))} (5% a year on the principal while late); liquidatable after ${formatDate(loan.deadline)}`
            : ""}
        </dd>
        <dt className="text-slate-500">Payoff now</dt>
        <dd data-testid={`${testId}-payoff`}>{aid(payoffNow)}</dd>
        <dt className="text-slate-500">Principal outstanding</dt>
        <dd data-testid={`${testId}-principal`}>{aid(loan.principal)}</dd>
        <dt className="text-slate-500">Interest owed now</dt>
        <dd>{aid(payoffNow - loan.principal)}</dd>
        <dt className="text-slate-500">LTV</dt>
        <dd data-testid={`${testId}-ltv`}>
          {formatLtv(loan.ltvBps)} (liquidation above {formatBps(loan.liquidationThresholdBps)})
        </dd>
        <dt className="text-slate-500">Health factor</dt>
        <dd data-testid={`${testId}-health`} className={loan.healthFactor < 10n ** 18n ? "text-red-700" : ""}>
          {formatAmount(loan.healthFactor, 18, 2)} (liquidatable below 1.00)
        </dd>
      </dl>
      {schedule ? (
        <ScheduleTable
          rows={schedule}
          testId={`${testId}-schedule`}
          caption="Remaining payments, if each is paid on its due date (a late loan's first row is what makes it current now)."
        />
      ) : (
        <p className="text-sm text-slate-500">Reading the schedule…</p>
      )}
      <div className="flex flex-col gap-3 rounded-lg bg-slate-50 p-3">
        <div className="flex flex-wrap gap-2">
          <Button
            disabled={flow.busy || cannotPayNext}
            data-testid={`${testId}-pay-next`}
            onClick={() =>
              run(repayFlow(config, addresses, account, loan.id, nextPayment, nextPayment), {
                review: paymentReview(
                  `Pay the next payment of loan #${loan.id}`,
                  nextPayment,
                  at,
                  `Pay ${aid(nextPayment)}`,
                ),
                success: `Paid ${aid(nextPayment)}, the next payment of loan #${loan.id}`,
              })
            }
          >
            Pay next payment ({aid(nextPayment)})
          </Button>
          <Button
            variant="secondary"
            disabled={flow.busy || cannotPayOff}
            data-testid={`${testId}-payoff-button`}
            onClick={async () => {
              const paidOff = `Paid off loan #${loan.id}: title #${loan.titleId} is back in your account`;
              const ok = await run(payOffFlow(config, addresses, account, loan.id, payoffAllowance), {
                review: {
                  ...paymentReview(`Pay off loan #${loan.id}`, payoffNow, at, `Pay off ${aid(payoffNow)}`),
                  note: `The payoff grows with interest every second until the payment is mined: you approve up to ${aid(payoffAllowance)} (an hour's interest more), and the contract takes only the payoff at that block.`,
                },
                success: paidOff,
              });
              if (ok) onPaidOff(`${paidOff}.`);
            }}
          >
            Pay off in full (title returns)
          </Button>
        </div>
        {cannotPayOff ? (
          <p className="text-sm text-amber-800" data-testid={`${testId}-short`}>
            {cannotPayNext ? `The next payment takes ${aid(nextPayment)} and paying off` : "Paying off"} takes{" "}
            {aid(payoffNow)}; you hold {aid(balance ?? 0n)}.
          </p>
        ) : null}
        <RepayAmountForm
          loanId={loan.id}
          loan={terms}
          payoff={payoffNow}
          balance={balance}
          at={at}
          busy={flow.busy}
          onRepay={(amount) =>
            run(repayFlow(config, addresses, account, loan.id, amount, amount), {
              review: paymentReview(`Repay ${aid(amount)} on loan #${loan.id}`, amount, at, `Repay ${aid(amount)}`),
              success: `Repaid ${aid(amount)} on loan #${loan.id}`,
            })
          }
        />
        <TxStatus state={flow.state} testId={`${testId}-status`} />
      </div>
      <HistoryToggle loanId={loan.id} />
    </li>
  );
}

function ClosedLoan({ loan, account, now }: { loan: LoanView; account: Address; now: bigint }) {
  const addresses = useProtocolAddresses();
  const flow = useTransactionFlow();
  const testId = `my-loan-${loan.id}`;
  const claimable = loan.status === LoanStatus.Sold && loan.surplusClaimable > 0n;
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-slate-100 p-3 text-sm" data-testid={testId}>
      <p className="text-slate-700">
        Loan #{loan.id.toString()} on title #{loan.titleId.toString()}:{" "}
        <span data-testid={`${testId}-status-label`}>{loanStatusLabel(loan.status)}</span>
        {claimable ? ` · surplus of ${aid(loan.surplusClaimable)} to claim` : ""}
      </p>
      {loan.status === LoanStatus.Liquidating ? (
        <p className="text-slate-600" data-testid={`${testId}-auction`}>
          {now > loan.auctionStart + AUCTION_DURATION
            ? `The auction of its title ended on ${formatDate(loan.auctionStart + AUCTION_DURATION)} with no bid, so the loan can no longer be repaid: anyone may now close the auction on the Loans screen, which writes the loan off and sends the title to the recovery address.`
            : `Its title is in a Dutch auction until ${formatDate(loan.auctionStart + AUCTION_DURATION)}; if it sells above the debt, the surplus is yours to claim here.`}
        </p>
      ) : null}
      {claimable ? (
        <div>
          <Button
            disabled={flow.busy}
            data-testid={`${testId}-claim`}
            onClick={() =>
              flow.run(claimSurplusFlow(addresses, account, loan.id), {
                review: {
                  title: `Claim the surplus of loan #${loan.id}`,
                  summary: `The auction of title #${loan.titleId} sold for more than the debt of loan #${loan.id}; the rest is yours. Claiming sends it to your account.`,
                  rows: [
                    { label: "You receive", value: aid(loan.surplusClaimable), emphasis: true },
                    { label: "Fees", value: "None beyond the network fee" },
                  ],
                  confirmLabel: `Claim ${aid(loan.surplusClaimable)}`,
                },
                success: `Claimed ${aid(loan.surplusClaimable)}, the surplus of loan #${loan.id}'s auction`,
              })
            }
          >
            Claim {aid(loan.surplusClaimable)}
          </Button>
        </div>
      ) : null}
      <TxStatus state={flow.state} testId={`${testId}-status`} />
      <HistoryToggle loanId={loan.id} />
    </li>
  );
}
