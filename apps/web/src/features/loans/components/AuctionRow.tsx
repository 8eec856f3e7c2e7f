"use client";

import { useAccount, useConfig } from "wagmi";
import type { useTransactionFlow } from "@/components/tx/useTransactionFlow";
import { Button } from "@/components/ui/Button";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";
import type { Title } from "@/features/titles/types";
import { formatAid, formatAmount, formatBps, formatDuration, formatUsd } from "@/lib/format";
import { AUCTION_DURATION, livePrice } from "@/lib/loans";
import { AID } from "@/lib/units";
import { bidFlow } from "../flows/loanFlows";
import type { LoanView } from "../hooks/useLoanBook";

/**
 * A live auction: its price falling by the chain's clock each second, and a Bid button. The flow is the screen's,
 * so its status stays on screen once the sale ends the auction and this row goes.
 */
export function AuctionRow({
  loan,
  title,
  now,
  flow,
}: {
  loan: LoanView;
  /** The auctioned title's record, for the review's comparison with its appraisal and value. */
  title?: Title;
  now: bigint;
  flow: ReturnType<typeof useTransactionFlow>;
}) {
  const config = useConfig();
  const addresses = useProtocolAddresses();
  const { address } = useAccount();
  const price = livePrice(loan.auctionBasis, loan.auctionStart, now);
  const end = loan.auctionStart + AUCTION_DURATION;
  const left = end > now ? end - now : 0n;
  const testId = `auction-${loan.id}`;
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3" data-testid={testId}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <p className="font-semibold">
            Loan #{loan.id.toString()} · title #{loan.titleId.toString()}
          </p>
          <p className="text-sm text-slate-600">
            Price now{" "}
            <span className="font-mono" data-testid={`${testId}-price`}>
              {formatAmount(price, AID.decimals, 4)} AID
            </span>{" "}
            (falls from 120% to 30% of the {formatAmount(loan.auctionBasis, AID.decimals, 2)} AID value over 72 h) ·{" "}
            <span data-testid={`${testId}-left`}>{left > 0n ? `${formatDuration(left)} left` : "at the floor"}</span>
          </p>
        </div>
        {address ? (
          <Button
            onClick={() =>
              flow.run(bidFlow(config, addresses, address, loan.id, price), {
                review: bidReview(loan, title, price),
                success: `You own title #${loan.titleId}`,
              })
            }
            disabled={flow.busy || price === 0n}
            data-testid={`${testId}-bid`}
          >
            Bid {formatAmount(price, AID.decimals, 2)} AID
          </Button>
        ) : (
          <span className="text-sm text-slate-500">Connect a wallet to bid</span>
        )}
      </div>
    </li>
  );
}

/** "12.00% above" or "8.50% below" (AID and USD both 18 decimals, 1 AID = 1 USD). */
function versus(price: bigint, reference: bigint) {
  if (reference === 0n) return "with no value to compare with";
  const diff = price >= reference ? price - reference : reference - price;
  return `${formatBps((diff * 10_000n) / reference)} ${price >= reference ? "above" : "below"}`;
}

function bidReview(loan: LoanView, title: Title | undefined, price: bigint) {
  const what = title ? `${title.gpuCount} × ${title.modelName} in ${title.dataCenter}` : `title #${loan.titleId}`;
  return {
    title: `Buy title #${loan.titleId} at auction`,
    summary: `You buy title #${loan.titleId} (${what}) from the auction of loan #${loan.id} at the price when your bid is mined. The price only falls, so you pay at most the price now; the AID is taken from your account and the title is sent to it.`,
    rows: [
      { label: "You pay (at most)", value: formatAid(price, 4), emphasis: true },
      ...(title
        ? [
            {
              label: "Title's appraisal",
              value: `${formatUsd(title.appraisedValue)} (${versus(price, title.appraisedValue)})`,
            },
            {
              label: "Title's value now (depreciated)",
              value: `${formatUsd(title.currentValue)} (${versus(price, title.currentValue)})`,
            },
          ]
        : []),
      { label: "Value at the default (auction basis)", value: formatAid(loan.auctionBasis) },
      { label: "Fees", value: "None beyond the network fee" },
      { label: "You end up with", value: `Title #${loan.titleId} (${what})` },
    ],
    note: title
      ? `This price is ${versus(price, title.appraisedValue)} the title's appraisal and ${versus(price, title.currentValue)} its depreciated value now.`
      : undefined,
    confirmLabel: `Bid ${formatAid(price, 2)}`,
  };
}
