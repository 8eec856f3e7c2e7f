"use client";

import { useAccount, useConfig, useSwitchChain } from "wagmi";
import { decodeError } from "@/lib/errors";
import { Button } from "./ui/Button";

/** Says so when the connected wallet is on another network, and offers the switch. */
export function NetworkBanner() {
  const { address, chainId } = useAccount();
  const config = useConfig();
  const { switchChain, isPending, error } = useSwitchChain();
  const appChain = config.chains[0];
  if (!address || chainId === undefined || chainId === appChain.id) return null;
  return (
    <div role="alert" className="border-b border-amber-300 bg-amber-50">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm text-amber-900">
        <p>
          <strong>Wrong network.</strong> Your wallet is on chain {chainId}; AID runs on {appChain.name} (chain{" "}
          {appChain.id}). Switch to use the app.
          {error ? <span className="block text-red-700">{decodeError(error).message}</span> : null}
        </p>
        <Button onClick={() => switchChain({ chainId: appChain.id })} disabled={isPending}>
          {isPending ? "Confirm in your wallet…" : `Switch to ${appChain.name}`}
        </Button>
      </div>
    </div>
  );
}
