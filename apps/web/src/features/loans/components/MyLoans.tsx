"use client";

import type { Address } from "viem";
import { useConfig } from "wagmi";
import { TxStatus } from "@/components/tx/TxStatus";
import { useTransactionFlow } from "@/components/tx/useTransactionFlow";
import { Button } from "@/components/ui/Button";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";
import { formatAmount, formatBps, formatDate } from "@/lib/format";
import { daysPastDue, loanStatusLabel } from "@/lib/loans";
import { AID } from "@/lib/units";
import { repayFlow } from "../flows/loanFlows";
import type { LoanView } from "../hooks/useLoanBook";
import { useMyLoans } from "../hooks/useMyLoans";

const ACTIVE = 1;
const MAX_UINT = 2n ** 256n - 1n;
const aid = (value: bigint) => `${formatAmount(value, AID.decimals, 4)} AID`;

/** The connected account's loans: next payment, lateness, payoff, and repay buttons. */
export function MyLoans({ account }: { account: Address }) {
  const { loans, now, isError } = useMyLoans(account);
  if (isError)
    return (
      <p role="alert" className="text-sm text-red-700">
        Your loans could not be read from the network.
      </p>
    );
  const open = loans?.filter((l) => l.status === ACTIVE) ?? [];
  const closed = loans?.filter((l) => l.status !== ACTIVE) ?? [];
  return (
    <div data-testid="my-loans" data-ready={loans && now !== undefined ? "true" : "false"}>
      {!loans || now === undefined ? (
        <p className="text-sm text-slate-600">Reading your loans…</p>
      ) : loans.length === 0 ? (
        <p className="text-sm text-slate-600">You have no loans. Open one from an Appraised title above.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {open.map((loan) => (
            <LoanRow key={loan.id.toString()} loan={loan} account={account} now={now} />
          ))}
          {closed.map((loan) => (
            <li key={loan.id.toString()} className="text-sm text-slate-600" data-testid={`my-loan-${loan.id}`}>
              Loan #{loan.id.toString()} on title #{loan.titleId.toString()}: {loanStatusLabel(loan.status)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function LoanRow({ loan, account, now }: { loan: LoanView; account: Address; now: bigint }) {
  const config = useConfig();
  const addresses = useProtocolAddresses();
  const flow = useTransactionFlow();
  const late = daysPastDue(loan.nextDueDate, now);
  const testId = `my-loan-${loan.id}`;
  // Interest accrues each second between the read and the mined payoff: offer 1% over the payoff read now (repay
  // never takes more than the debt).
  const payoffAllowance = loan.payoff + loan.payoff / 100n;
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3" data-testid={testId}>
      <p className="font-semibold">
        Loan #{loan.id.toString()} on title #{loan.titleId.toString()} · {formatBps(BigInt(loan.aprBps))} APR ·{" "}
        {loan.installmentsPaid}/{loan.termPeriods} paid
      </p>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-500">Next payment</dt>
        <dd data-testid={`${testId}-next`} className={loan.late ? "font-semibold text-red-700" : ""}>
          {aid(loan.nextPaymentAmount)} due {formatDate(loan.nextDueDate)}
          {loan.late
            ? ` · late ${late.toString()} days (penalty included; liquidatable after ${formatDate(loan.deadline)})`
            : ""}
        </dd>
        <dt className="text-slate-500">Payoff now</dt>
        <dd data-testid={`${testId}-payoff`}>{aid(loan.payoff)}</dd>
        <dt className="text-slate-500">Principal outstanding</dt>
        <dd>{aid(loan.principal)}</dd>
        <dt className="text-slate-500">LTV</dt>
        <dd>{loan.ltvBps === MAX_UINT ? "—" : formatBps(loan.ltvBps)}</dd>
      </dl>
      <div className="flex flex-wrap gap-2">
        <Button
          disabled={flow.busy}
          data-testid={`${testId}-pay-next`}
          onClick={() =>
            flow.run(repayFlow(config, addresses, account, loan.id, loan.nextPaymentAmount, loan.nextPaymentAmount))
          }
        >
          Pay next payment
        </Button>
        <Button
          variant="secondary"
          disabled={flow.busy}
          data-testid={`${testId}-payoff-button`}
          onClick={() => flow.run(repayFlow(config, addresses, account, loan.id, payoffAllowance, payoffAllowance))}
        >
          Pay off in full (title returns)
        </Button>
      </div>
      <TxStatus state={flow.state} testId={`${testId}-status`} />
    </li>
  );
}
