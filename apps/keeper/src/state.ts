import { deployments } from "@aid/abis";
import type { Address, PublicClient } from "viem";
import type { Contracts } from "./contracts";

/** `ILoans.LoanStatus` */
export const LoanStatus = { None: 0, Active: 1, Liquidating: 2, Repaid: 3, Sold: 4, WrittenOff: 5 } as const;
/** `IStakedAID.RequestStatus` */
export const RequestStatus = { None: 0, Pending: 1 } as const;

/** What the keeper knows of the chain at the start of a tick (or after a send): everything a due check reads. */
export type ChainState = {
  blockNumber: bigint;
  /** The latest block's timestamp (the chain's clock, not the wall clock). */
  now: bigint;
  /** Wei. */
  gasPrice: bigint;
  keeperBalance: bigint;
  queue: {
    head: bigint;
    nextRequestId: bigint;
    /** AID wei the vault holds idle (vested). */
    idleAssets: bigint;
    pendingShares: bigint;
    /** The request at the head, unless the queue is empty. */
    headRequest: { status: number; shares: bigint; eligibleAt: bigint } | null;
  };
  vaultSupply: bigint;
  minter: {
    /** AID wei. */
    harvestable: bigint;
    /** USDC (6 decimals). */
    bufferUsdc: bigint;
    tBillUsdc: bigint;
    bufferTargetBps: bigint;
  };
  /** The vault's cached book checkpoint, from its last `BookSynced` event (null when none was found). */
  bookSync: { ratePerSecond: bigint; accrualEnd: bigint } | null;
  loans: {
    /** Active loans whose `defaultReason` is not None. */
    liquidatable: bigint[];
    /** Liquidating loans whose auction ended unsold. */
    endedAuctions: bigint[];
    scanned: number;
  };
};

const LOG_WINDOW = 5_000n;

/** Follows the vault's `BookSynced` events, the only place its cached checkpoint is visible: first backwards from the
 * head until the latest one, then forwards one window at a time. A reorg at worst costs one needless refresh. */
export class BookSyncTracker {
  private last: ChainState["bookSync"] = null;
  private scannedTo: bigint | null = null;

  constructor(
    private readonly client: PublicClient,
    private readonly vault: Address,
    private readonly deployBlock: bigint,
  ) {}

  async latest(head: bigint): Promise<ChainState["bookSync"]> {
    if (this.scannedTo === null) {
      for (let to = head; to >= this.deployBlock && this.last === null; to -= LOG_WINDOW) {
        const from = to - LOG_WINDOW + 1n > this.deployBlock ? to - LOG_WINDOW + 1n : this.deployBlock;
        this.take(await this.logs(from, to));
        if (from === this.deployBlock) break;
      }
    } else {
      for (let from = this.scannedTo + 1n; from <= head; from += LOG_WINDOW) {
        const to = from + LOG_WINDOW - 1n < head ? from + LOG_WINDOW - 1n : head;
        this.take(await this.logs(from, to));
      }
    }
    this.scannedTo = head;
    return this.last;
  }

  private async logs(fromBlock: bigint, toBlock: bigint) {
    return this.client.getLogs({
      address: this.vault,
      event: bookSyncedEvent,
      fromBlock,
      toBlock,
      strict: true,
    });
  }

  private take(logs: Awaited<ReturnType<BookSyncTracker["logs"]>>) {
    const log = logs.at(-1);
    if (log) this.last = { ratePerSecond: log.args.ratePerSecond, accrualEnd: log.args.accrualEnd };
  }
}

const bookSyncedEvent = {
  type: "event",
  name: "BookSynced",
  inputs: [
    { name: "value", type: "uint256", indexed: false },
    { name: "ratePerSecond", type: "uint256", indexed: false },
    { name: "accrualEnd", type: "uint256", indexed: false },
  ],
} as const;

export function deployBlockOf(chainId: number): bigint {
  return (deployments as Record<number, { deployBlock: bigint }>)[chainId]?.deployBlock ?? 0n;
}

/** Reads everything the due checks need, in parallel (one JSON-RPC batch where the transport batches). */
export async function readState(
  client: PublicClient,
  contracts: Contracts,
  keeper: Address,
  bookSyncs: BookSyncTracker,
  loanPageSize: number,
): Promise<ChainState> {
  const block = await client.getBlock({ blockTag: "latest" });
  const at = { blockNumber: block.number };
  const { vault, minter, loans } = contracts;
  const [gasPrice, keeperBalance, vaultState, harvestable, bufferUsdc, tBillUsdc, bufferTargetBps, bookSync] =
    await Promise.all([
      client.getGasPrice(),
      client.getBalance({ address: keeper, ...at }),
      client.readContract({ ...vault, functionName: "vaultState", ...at }),
      client.readContract({ ...minter, functionName: "harvestable", ...at }),
      client.readContract({ ...minter, functionName: "bufferUsdc", ...at }),
      client.readContract({ ...minter, functionName: "tBillUsdc", ...at }),
      client.readContract({ ...minter, functionName: "bufferTargetBps", ...at }),
      bookSyncs.latest(block.number),
    ]);
  const headRequest =
    vaultState.queueHead < vaultState.nextRequestId
      ? await client.readContract({ ...vault, functionName: "getRequest", args: [vaultState.queueHead], ...at })
      : null;

  const liquidatable: bigint[] = [];
  const endedAuctions: bigint[] = [];
  let scanned = 0;
  let fromId = 1n;
  // Every loan, a page at a time: an indexer will replace this scan.
  while (fromId !== 0n) {
    const [page, nextId] = await client.readContract({
      ...loans,
      functionName: "loans",
      args: [fromId, BigInt(loanPageSize)],
      ...at,
    });
    scanned += page.length;
    for (const loan of page) {
      if (loan.status === LoanStatus.Active && loan.defaultReason !== 0) liquidatable.push(loan.id);
      if (loan.status === LoanStatus.Liquidating && loan.auctionEnd !== 0n && loan.auctionEnd < block.timestamp) {
        endedAuctions.push(loan.id);
      }
    }
    fromId = nextId;
  }

  return {
    blockNumber: block.number,
    now: block.timestamp,
    gasPrice,
    keeperBalance,
    queue: {
      head: vaultState.queueHead,
      nextRequestId: vaultState.nextRequestId,
      idleAssets: vaultState.idleAssets,
      pendingShares: vaultState.pendingShares,
      headRequest: headRequest && {
        status: headRequest.status,
        shares: headRequest.shares,
        eligibleAt: headRequest.eligibleAt,
      },
    },
    vaultSupply: vaultState.totalSupply,
    minter: { harvestable, bufferUsdc, tBillUsdc, bufferTargetBps },
    bookSync,
    loans: { liquidatable, endedAuctions, scanned },
  };
}
