import { aidMinterAbi, stakedAidAbi } from "@aid/abis";
import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { getBlock, getContractEvents } from "viem/actions";
import { useClient } from "wagmi";
import { deploymentInfo } from "@/config/contracts";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";
import { type AccountEvent, sortEvents } from "../events";

/**
 * Every protocol event of `account` since the deployment block, newest first, and the latest block: one batch of
 * `eth_getLogs` (one filter per event and indexed role, sent together by the batching transport). Log scans are
 * fine for a local chain and small histories; an indexer takes over on public networks.
 */
export function useAccountEvents(account: Address | undefined) {
  const { chainId, minter, stakedAid } = useProtocolAddresses();
  const client = useClient({ chainId });
  return useQuery({
    queryKey: ["accountEvents", chainId, account],
    enabled: Boolean(account && client),
    refetchInterval: 8_000,
    queryFn: async () => {
      if (!client || !account) throw new Error("No client or account");
      const fromBlock = deploymentInfo(chainId).deployBlock;
      const minterEvents = { address: minter, abi: aidMinterAbi, fromBlock, strict: true } as const;
      const vaultEvents = { address: stakedAid, abi: stakedAidAbi, fromBlock, strict: true } as const;
      const [
        latest,
        mintedBy,
        mintedTo,
        redeemedBy,
        redeemedTo,
        rebalanced,
        harvested,
        stakedBy,
        stakedFor,
        requestedBy,
        requestedFrom,
        filled,
        cancelled,
        claimedBy,
        claimedTo,
      ] = await Promise.all([
        getBlock(client),
        getContractEvents(client, { ...minterEvents, eventName: "Minted", args: { caller: account } }),
        getContractEvents(client, { ...minterEvents, eventName: "Minted", args: { receiver: account } }),
        getContractEvents(client, { ...minterEvents, eventName: "Redeemed", args: { caller: account } }),
        getContractEvents(client, { ...minterEvents, eventName: "Redeemed", args: { receiver: account } }),
        getContractEvents(client, { ...minterEvents, eventName: "Rebalanced", args: { caller: account } }),
        getContractEvents(client, { ...minterEvents, eventName: "Harvested", args: { caller: account } }),
        getContractEvents(client, { ...vaultEvents, eventName: "Deposit", args: { sender: account } }),
        getContractEvents(client, { ...vaultEvents, eventName: "Deposit", args: { owner: account } }),
        getContractEvents(client, { ...vaultEvents, eventName: "RedeemRequest", args: { controller: account } }),
        getContractEvents(client, { ...vaultEvents, eventName: "RedeemRequest", args: { owner: account } }),
        getContractEvents(client, { ...vaultEvents, eventName: "RedeemRequestFilled", args: { controller: account } }),
        getContractEvents(client, {
          ...vaultEvents,
          eventName: "RedeemRequestCancelled",
          args: { controller: account },
        }),
        getContractEvents(client, { ...vaultEvents, eventName: "RedeemClaimed", args: { controller: account } }),
        getContractEvents(client, { ...vaultEvents, eventName: "RedeemClaimed", args: { receiver: account } }),
      ]);
      const at = (log: { blockNumber: bigint; logIndex: number; transactionHash: `0x${string}` }) => ({
        block: log.blockNumber,
        logIndex: log.logIndex,
        tx: log.transactionHash,
      });
      const events: AccountEvent[] = [
        ...[...mintedBy, ...mintedTo].map((l) => ({ ...at(l), kind: "minted" as const, ...l.args }) as AccountEvent),
        ...[...redeemedBy, ...redeemedTo].map(
          (l) => ({ ...at(l), kind: "redeemed" as const, ...l.args }) as AccountEvent,
        ),
        ...rebalanced.map((l) => ({ ...at(l), kind: "rebalanced" as const, ...l.args }) as AccountEvent),
        ...harvested.map((l) => ({ ...at(l), kind: "harvested" as const, ...l.args }) as AccountEvent),
        ...[...stakedBy, ...stakedFor].map((l) => ({ ...at(l), kind: "staked" as const, ...l.args }) as AccountEvent),
        ...[...requestedBy, ...requestedFrom].map(
          (l) => ({ ...at(l), kind: "exitRequested" as const, ...l.args }) as AccountEvent,
        ),
        ...filled.map((l) => ({ ...at(l), kind: "exitFilled" as const, ...l.args }) as AccountEvent),
        ...cancelled.map((l) => ({ ...at(l), kind: "exitCancelled" as const, ...l.args }) as AccountEvent),
        ...[...claimedBy, ...claimedTo].map(
          (l) => ({ ...at(l), kind: "exitClaimed" as const, ...l.args }) as AccountEvent,
        ),
      ];
      return {
        events: sortEvents(events),
        latestBlock: { number: latest.number, timestamp: latest.timestamp },
      };
    },
  });
}
