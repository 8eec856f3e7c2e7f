"use client";

import { stakedAidAbi } from "@aid/abis";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useConfig } from "wagmi";
import { getPublicClient, readContract } from "wagmi/actions";
import { Button } from "@/components/ui/Button";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";
import { formatDuration, formatTimestamp } from "@/lib/format";
import { DAY, GRACE } from "@/lib/loanTerms";

const HOUR = 3_600n;

/** The local chain panel's buttons (loaded only when the panel is opened): each moves the chain's clock forward. */
export default function TimeControls() {
  const config = useConfig();
  const queryClient = useQueryClient();
  const { stakedAid } = useProtocolAddresses();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string>();

  const jump = async (label: string, seconds: () => Promise<bigint>) => {
    setBusy(true);
    try {
      const client = getPublicClient(config);
      if (!client) throw new Error("no client");
      const by = await seconds();
      await client.request({ method: "evm_increaseTime", params: [`0x${by.toString(16)}`] } as never);
      await client.request({ method: "evm_mine", params: [] } as never);
      const block = await client.getBlock();
      setMessage(
        `Moved ${label} (${formatDuration(by)}): the chain's time is now ${formatTimestamp(block.timestamp)}.`,
      );
      await queryClient.invalidateQueries();
    } catch {
      setMessage("The local chain did not accept the time change (is it anvil?).");
    } finally {
      setBusy(false);
    }
  };
  const cooldown = async () =>
    (await readContract(config, { address: stakedAid, abi: stakedAidAbi, functionName: "vaultState" })).cooldown + 60n;

  return (
    <div className="mt-2 flex flex-col gap-2">
      <p className="text-xs">
        For the local development chain only: moves the chain&apos;s clock forward for everyone using this chain. Real
        networks have no such control.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" disabled={busy} onClick={() => jump("one hour on", async () => HOUR)}>
          +1 hour
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => jump("one day on", async () => DAY)}>
          +1 day
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => jump("past the exit cooldown", cooldown)}>
          Past the exit cooldown
        </Button>
        <Button
          variant="secondary"
          disabled={busy}
          onClick={() => jump("past a late payment's grace", async () => GRACE + DAY)}
        >
          Past a loan&apos;s grace (8 days)
        </Button>
      </div>
      {message ? (
        <p role="status" data-testid="local-chain-message" className="text-xs">
          {message}
        </p>
      ) : null}
    </div>
  );
}
