"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import type { Address } from "viem";
import type { z } from "zod";
import { TxStatus } from "@/components/tx/TxStatus";
import { useTransactionFlow } from "@/components/tx/useTransactionFlow";
import { AmountInput } from "@/components/ui/AmountInput";
import { Button } from "@/components/ui/Button";
import type { ProtocolAddresses } from "@/config/contracts";
import { formatAmount, formatBps, toInputValue } from "@/lib/format";
import { AID, SAID } from "@/lib/units";
import { stakeFlow } from "../flows/stakeFlow";
import { useStakeQuote } from "../hooks/useStakeQuote";
import { STAKE_SLIPPAGE_BPS } from "../position";
import type { stakeFormSchema } from "../schema";

type StakeForm = ReturnType<typeof stakeFormSchema>;

/**
 * AID in, sAID out: the amount checked by the zod schema, the vault's own preview of the shares (`previewDeposit`)
 * and the minimum the stake accepts, which is what the transaction sends as `minShares`.
 */
export function StakeForm({
  addresses,
  account,
  balance,
  schema,
}: {
  addresses: ProtocolAddresses;
  account: Address;
  balance: bigint | undefined;
  schema: StakeForm;
}) {
  const flow = useTransactionFlow();
  const form = useForm<z.input<StakeForm>, unknown, z.output<StakeForm>>({
    resolver: zodResolver(schema),
    defaultValues: { amount: "" },
  });
  const typed = form.watch("amount");
  const parsed = useMemo(() => schema.shape.amount.safeParse(typed), [schema, typed]);
  const { quote } = useStakeQuote(parsed.success ? parsed.data : undefined);
  const error = form.formState.errors.amount?.message;

  const onSubmit = form.handleSubmit(async ({ amount }) => {
    if (!quote || quote.assets !== amount) {
      form.setError("amount", { message: "Reading what this stake buys at the current price; try again in a moment." });
      return;
    }
    const ok = await flow.run(stakeFlow(addresses, account, amount, quote.minShares));
    if (ok) form.reset({ amount: "" });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" data-testid="stake-form">
      <AmountInput
        id="stake-amount"
        label={`Amount of ${AID.symbol}`}
        symbol={AID.symbol}
        error={error}
        disabled={flow.busy}
        onMax={
          balance === undefined
            ? undefined
            : () => form.setValue("amount", toInputValue(balance, AID.decimals), { shouldValidate: true })
        }
        {...form.register("amount", {
          onChange: () => {
            if (flow.state.status === "confirmed" || flow.state.status === "failed") flow.reset();
          },
        })}
      />
      <div className="rounded-lg bg-slate-50 p-3 text-sm text-slate-700" data-testid="stake-preview">
        You receive{" "}
        <strong className="tabular-nums">
          {quote ? formatAmount(quote.shares, SAID.decimals, SAID.decimals) : "—"} {SAID.symbol}
        </strong>
        <span className="block tabular-nums" data-testid="stake-minimum">
          Minimum received{" "}
          {quote ? `${formatAmount(quote.minShares, SAID.decimals, SAID.decimals)} ${SAID.symbol}` : "—"}
        </span>
        <span className="block text-xs text-slate-500">
          At the deposit price (StakedAID.previewDeposit). If the price moves before your stake is mined so that it
          would buy more than {formatBps(STAKE_SLIPPAGE_BPS)} fewer sAID, it reverts instead and nothing is staked. No
          approval needed: AID lets the vault take exactly what you stake, in the staking transaction itself.
        </span>
      </div>
      <Button type="submit" disabled={flow.busy}>
        {flow.busy ? "Working…" : "Stake AID"}
      </Button>
      <TxStatus state={flow.state} testId="stake-status" />
    </form>
  );
}
