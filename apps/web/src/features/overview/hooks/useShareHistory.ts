import { aidMinterAbi, stakedAidAbi } from "@aid/abis";
import { useQuery } from "@tanstack/react-query";
import { getBlock, getContractEvents, readContract } from "viem/actions";
import { useClient } from "wagmi";
import { deploymentInfo } from "@/config/contracts";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";
import { type PricePoint, sampleBlocks } from "@/lib/apy";
import { USDC_TO_AID, WAD } from "@/lib/units";

/** How many past blocks the share-price history samples. */
export const HISTORY_SAMPLES = 24;

/**
 * History up to `blockNumber`, in one batch of requests: sAID's share price (convertToAssets(1e18)) and the
 * timestamp at evenly spaced blocks since the deployment; the mint and redeem fees collected since then (from the
 * Minted and Redeemed events); and the loan book's growth rate (from the last BookSynced event, as the vault
 * caches it).
 */
export function useShareHistory(blockNumber: bigint | undefined) {
  const { chainId, minter, stakedAid } = useProtocolAddresses();
  const client = useClient({ chainId });
  return useQuery({
    queryKey: ["shareHistory", chainId, blockNumber?.toString()],
    enabled: Boolean(client) && blockNumber !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async () => {
      if (!client || blockNumber === undefined) throw new Error("No client or block");
      const fromBlock = deploymentInfo(chainId).deployBlock;
      const blocks = sampleBlocks(fromBlock, blockNumber, HISTORY_SAMPLES);
      const range = { fromBlock, toBlock: blockNumber, strict: true } as const;
      const [samples, minted, redeemed, bookSynced] = await Promise.all([
        Promise.all(
          blocks.map(async (block) => {
            const [price, header] = await Promise.all([
              readContract(client, {
                address: stakedAid,
                abi: stakedAidAbi,
                functionName: "convertToAssets",
                args: [WAD],
                blockNumber: block,
              })
                // Before the vault was deployed there is no price.
                .catch(() => undefined),
              getBlock(client, { blockNumber: block }),
            ]);
            return { block, timestamp: header.timestamp, price };
          }),
        ),
        getContractEvents(client, { address: minter, abi: aidMinterAbi, eventName: "Minted", ...range }),
        getContractEvents(client, { address: minter, abi: aidMinterAbi, eventName: "Redeemed", ...range }),
        getContractEvents(client, { address: stakedAid, abi: stakedAidAbi, eventName: "BookSynced", ...range }),
      ]);
      let feesCollected = 0n;
      for (const log of minted) feesCollected += log.args.usdcIn * USDC_TO_AID - log.args.aidOut;
      for (const log of redeemed) feesCollected += log.args.aidIn - log.args.usdcOut * USDC_TO_AID;
      const lastBook = bookSynced.at(-1)?.args;
      const points: PricePoint[] = samples.flatMap((s) =>
        s.price === undefined ? [] : [{ block: s.block, timestamp: s.timestamp, price: s.price }],
      );
      const first = samples[0];
      const last = samples.at(-1);
      return {
        points,
        feesCollected,
        feeSeconds: first && last ? last.timestamp - first.timestamp : 0n,
        now: last?.timestamp ?? 0n,
        deployedAt: first?.timestamp,
        book: lastBook
          ? { ratePerSecond: lastBook.ratePerSecond, accrualEnd: lastBook.accrualEnd, value: lastBook.value }
          : undefined,
      };
    },
  });
}
