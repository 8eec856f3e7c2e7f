import { loanManagerAbi } from "@aid/abis";
import { useQuery } from "@tanstack/react-query";
import { encodeEventTopics, formatLog, type Hash, numberToHex, pad, parseEventLogs, type RpcLog } from "viem";
import { getBlock } from "viem/actions";
import { useClient } from "wagmi";
import { deploymentInfo } from "@/config/contracts";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";
import { LOAN_EVENT_NAMES, type LoanEvent, loanHistoryRows } from "@/lib/loanHistory";

const SELECTORS = LOAN_EVENT_NAMES.map((eventName) => encodeEventTopics({ abi: loanManagerAbi, eventName })[0]);

/**
 * One loan's history from the loan manager's logs since the deployment: opening, repayments, liquidation, sale,
 * write-off and surplus claim. One `eth_getLogs` (every event kind at once, filtered by the loan id, their first
 * indexed argument), plus the blocks' timestamps where the node does not put them in the logs. Loaded only when
 * asked for (the row is expanded), so the screen's first load stays small. Log scans suit a local chain and short
 * histories; an indexer takes over on public networks.
 */
export function useLoanHistory(loanId: bigint, enabled: boolean) {
  const { chainId, loanManager } = useProtocolAddresses();
  const client = useClient({ chainId });
  return useQuery({
    queryKey: ["loanHistory", chainId, loanManager, loanId.toString()],
    enabled: enabled && Boolean(client),
    queryFn: async () => {
      if (!client) throw new Error("No client");
      const raw = (await client.request({
        method: "eth_getLogs",
        params: [
          {
            address: loanManager,
            fromBlock: numberToHex(deploymentInfo(chainId).deployBlock),
            toBlock: "latest",
            topics: [SELECTORS, pad(numberToHex(loanId))],
          },
        ],
      })) as RpcLog[];
      const logs = parseEventLogs({
        abi: loanManagerAbi,
        logs: raw.map((log) => formatLog(log)),
        eventName: [...LOAN_EVENT_NAMES],
      });
      const missing = [...new Set(logs.filter((l) => l.blockTimestamp == null).map((l) => l.blockNumber as bigint))];
      const blocks = await Promise.all(missing.map((blockNumber) => getBlock(client, { blockNumber })));
      const timeOf = new Map(blocks.map((b) => [b.number, b.timestamp]));
      return loanHistoryRows(
        logs.map((log) => ({
          ...(log as unknown as LoanEvent),
          blockNumber: log.blockNumber as bigint,
          logIndex: log.logIndex as number,
          tx: log.transactionHash as Hash,
          timestamp: log.blockTimestamp ?? timeOf.get(log.blockNumber as bigint) ?? 0n,
        })),
      );
    },
  });
}
