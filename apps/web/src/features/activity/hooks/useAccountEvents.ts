import { aidMinterAbi, gpuTitleRegistryAbi, loanManagerAbi, stakedAidAbi } from "@aid/abis";
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
  const { chainId, minter, stakedAid, loanManager, titleRegistry } = useProtocolAddresses();
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
      const loanEvents = { address: loanManager, abi: loanManagerAbi, fromBlock, strict: true } as const;
      const titleEvents = { address: titleRegistry, abi: gpuTitleRegistryAbi, fromBlock, strict: true } as const;
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
        loanOpened,
        loanRepaid,
        loanLiquidated,
        auctionSettled,
        surplusClaimed,
        titleSubmitted,
        titleAppraised,
        titleRejected,
        insuranceUpdated,
        insuranceVerified,
        redemptionRequested,
        redemptionCancelled,
        titleRedeemed,
        titleWithdrawn,
        titleVoided,
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
        // Claims of filled exits are the vault's ERC-4626 Withdraw: owner = the controller whose exits were claimed.
        getContractEvents(client, { ...vaultEvents, eventName: "Withdraw", args: { owner: account } }),
        getContractEvents(client, { ...vaultEvents, eventName: "Withdraw", args: { receiver: account } }),
        // Loans: a LoanRepaid names only its payer, so a repayment someone else made for the account is not listed.
        getContractEvents(client, { ...loanEvents, eventName: "LoanOpened", args: { borrower: account } }),
        getContractEvents(client, { ...loanEvents, eventName: "LoanRepaid", args: { payer: account } }),
        getContractEvents(client, { ...loanEvents, eventName: "LoanLiquidated", args: { caller: account } }),
        getContractEvents(client, { ...loanEvents, eventName: "AuctionSettled", args: { bidder: account } }),
        getContractEvents(client, { ...loanEvents, eventName: "SurplusClaimed", args: { borrower: account } }),
        getContractEvents(client, { ...titleEvents, eventName: "TitleSubmitted", args: { owner: account } }),
        getContractEvents(client, { ...titleEvents, eventName: "TitleAppraised", args: { appraiser: account } }),
        getContractEvents(client, { ...titleEvents, eventName: "TitleRejected", args: { appraiser: account } }),
        getContractEvents(client, { ...titleEvents, eventName: "InsuranceUpdated", args: { holder: account } }),
        getContractEvents(client, { ...titleEvents, eventName: "InsuranceVerified", args: { appraiser: account } }),
        getContractEvents(client, { ...titleEvents, eventName: "RedemptionRequested", args: { holder: account } }),
        getContractEvents(client, { ...titleEvents, eventName: "RedemptionCancelled", args: { holder: account } }),
        getContractEvents(client, { ...titleEvents, eventName: "TitleRedeemed", args: { holder: account } }),
        getContractEvents(client, { ...titleEvents, eventName: "TitleWithdrawn", args: { owner: account } }),
        getContractEvents(client, { ...titleEvents, eventName: "TitleVoided", args: { holder: account } }),
      ]);
      const at = (log: { blockNumber: bigint; logIndex: number; transactionHash: `0x${string}` }) => ({
        block: log.blockNumber,
        logIndex: log.logIndex,
        tx: log.transactionHash,
      });
      const title = (titleId: bigint) => ({ kind: "title" as const, titleId });
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
        ...loanOpened.map((l) => ({ ...at(l), kind: "loanOpened" as const, ...l.args })),
        ...loanRepaid.map((l) => ({ ...at(l), kind: "loanRepaid" as const, ...l.args })),
        ...loanLiquidated.map((l) => ({ ...at(l), kind: "loanLiquidated" as const, ...l.args })),
        ...auctionSettled.map((l) => ({ ...at(l), kind: "auctionSettled" as const, ...l.args })),
        ...surplusClaimed.map((l) => ({ ...at(l), kind: "surplusClaimed" as const, ...l.args })),
        ...titleSubmitted.map((l) => ({
          ...at(l),
          ...title(l.args.titleId),
          action: "submitted" as const,
          gpuCount: l.args.input.gpuCount,
          dataCenter: l.args.input.dataCenter,
        })),
        ...titleAppraised.map((l) => ({
          ...at(l),
          ...title(l.args.titleId),
          action: "appraised" as const,
          value: l.args.value,
          validUntil: l.args.validUntil,
        })),
        ...titleRejected.map((l) => ({
          ...at(l),
          ...title(l.args.titleId),
          action: "rejected" as const,
          reason: l.args.reason,
        })),
        ...insuranceUpdated.map((l) => ({
          ...at(l),
          ...title(l.args.titleId),
          action: "insuranceUpdated" as const,
          expiry: l.args.insurance.expiry,
        })),
        ...insuranceVerified.map((l) => ({
          ...at(l),
          ...title(l.args.titleId),
          action: "insuranceVerified" as const,
          verifiedUntil: l.args.verifiedUntil,
        })),
        ...redemptionRequested.map((l) => ({
          ...at(l),
          ...title(l.args.titleId),
          action: "redemptionRequested" as const,
        })),
        ...redemptionCancelled.map((l) => ({
          ...at(l),
          ...title(l.args.titleId),
          action: "redemptionCancelled" as const,
        })),
        ...titleRedeemed.map((l) => ({ ...at(l), ...title(l.args.titleId), action: "redeemed" as const })),
        ...titleWithdrawn.map((l) => ({ ...at(l), ...title(l.args.titleId), action: "withdrawn" as const })),
        ...titleVoided.map((l) => ({
          ...at(l),
          ...title(l.args.titleId),
          action: "voided" as const,
          reason: l.args.reason,
        })),
      ];
      return {
        events: sortEvents(events),
        latestBlock: { number: latest.number, timestamp: latest.timestamp },
      };
    },
  });
}
