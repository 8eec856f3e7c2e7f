import {
  type Chain,
  createPublicClient,
  createWalletClient,
  defineChain,
  formatEther,
  formatGwei,
  http,
  type PublicClient,
  type Transport,
} from "viem";
import { privateKeyToAccount } from "viem/accounts";
import type { Config } from "./config";
import { type Contracts, contractsFor } from "./contracts";
import { describe, isRpcError } from "./errors";
import { jsonLogger, type Logger } from "./log";
import { createMetrics, type Metrics } from "./metrics";
import { type Outcome, Sender } from "./sender";
import { BookSyncTracker, type ChainState, deployBlockOf, readState } from "./state";
import { allUpkeeps, type Upkeep, type UpkeepContext } from "./upkeeps";

export type TickReport = { ok: boolean; error?: string; outcomes: Outcome[] };

export type KeeperOptions = {
  /** Overrides the http transport to `config.rpcUrl` (the tests switch the node off and on through it). */
  transport?: Transport;
  upkeeps?: Upkeep[];
  logger?: Logger;
};

/** Sends after which the tick reads the state again before the next due check (the last send may have done it). */
const MAX_SENDS_PER_TICK = 50;

/** The tick loop: read the state, then run every due upkeep in order, re-reading the state after each send. Ticks
 * never overlap and never throw; the state lives on chain only, so a restart (or a second keeper) starts afresh. */
export class Keeper {
  readonly metrics: Metrics;
  readonly address: `0x${string}`;
  readonly contracts: Contracts;
  lastSuccessAt: number | null = null;
  lastError: string | null = null;
  rpcUp = false;
  private readonly client: PublicClient;
  private readonly sender: Sender;
  private readonly bookSyncs: BookSyncTracker;
  private readonly upkeeps: Upkeep[];
  private readonly log: Logger;
  private readonly context: UpkeepContext;
  private running: Promise<TickReport> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  private balanceWasLow = false;

  constructor(
    readonly config: Config,
    options: KeeperOptions = {},
  ) {
    this.log = options.logger ?? jsonLogger();
    this.metrics = createMetrics();
    this.contracts = contractsFor(config.chainId);
    this.upkeeps = options.upkeeps ?? allUpkeeps;
    const chain: Chain = defineChain({
      id: config.chainId,
      name: `chain ${config.chainId}`,
      nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
      rpcUrls: { default: { http: [config.rpcUrl] } },
    });
    const transport = options.transport ?? http(config.rpcUrl, { batch: true, retryCount: 1, timeout: 10_000 });
    this.client = createPublicClient({ chain, transport, pollingInterval: 250 }) as PublicClient;
    const account = privateKeyToAccount(config.privateKey);
    this.address = account.address;
    const wallet = createWalletClient({ chain, transport, account });
    this.sender = new Sender(
      this.client,
      wallet,
      account,
      chain,
      { dryRun: config.dryRun, maxGasPrice: config.maxGasPrice, receiptTimeoutMs: config.receiptTimeoutMs },
      this.metrics,
      this.log,
    );
    this.bookSyncs = new BookSyncTracker(this.client, this.contracts.vault.address, deployBlockOf(config.chainId));
    this.context = {
      contracts: this.contracts,
      maxFills: config.maxFills,
      maxLiquidations: config.maxLiquidations,
      harvestMin: config.harvestMin,
      rebalanceToleranceBps: config.rebalanceToleranceBps,
    };
  }

  /** One tick; a tick already running is joined, not repeated. */
  tick(): Promise<TickReport> {
    if (!this.running) {
      this.running = this.tickNow().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.log("info", "keeper_started", {
      address: this.address,
      chainId: this.config.chainId,
      rpcUrl: redactUrl(this.config.rpcUrl),
      intervalMs: this.config.intervalMs,
      dryRun: this.config.dryRun,
      maxGasPriceGwei: formatGwei(this.config.maxGasPrice),
      upkeeps: this.upkeeps.map((u) => u.action),
    });
    const loop = async () => {
      await this.tick();
      if (!this.stopped) this.timer = setTimeout(loop, this.config.intervalMs);
    };
    void loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    this.log("info", "keeper_stopped", {});
  }

  /** Whether the node answers now (for `/health`). */
  async rpcReachable(): Promise<boolean> {
    try {
      await this.client.getBlockNumber({ cacheTime: 0 });
      return true;
    } catch {
      return false;
    }
  }

  private async tickNow(): Promise<TickReport> {
    const outcomes: Outcome[] = [];
    try {
      let state = await this.read();
      this.rpcUp = true;
      this.observe(state);
      let sends = 0;
      for (const upkeep of this.upkeeps) {
        for (const call of upkeep.isDue(state, this.context)) {
          this.log("debug", "action_due", { action: call.key, reason: call.reason });
          const outcome = await this.sender.send(upkeep, call);
          outcomes.push(outcome);
          if (outcome.outcome === "sent" && ++sends < MAX_SENDS_PER_TICK) {
            // What was sent may have done (or undone) the next due action: decide on fresh state.
            state = await this.read();
            this.observe(state);
          }
        }
      }
      this.lastSuccessAt = Date.now();
      this.lastError = null;
      this.metrics.ticks.inc({ outcome: "ok" });
      this.metrics.lastTick.set(this.lastSuccessAt / 1000);
      const acted = outcomes.filter((o) => o.outcome !== "skipped" || o.reason !== "nothing_to_do");
      this.log(acted.length ? "info" : "debug", "tick_done", {
        block: state.blockNumber,
        chainTime: state.now,
        outcomes: acted.map(
          (o) => `${o.key}:${o.outcome === "skipped" || o.outcome === "failed" ? o.reason : o.status}`,
        ),
      });
      return { ok: true, outcomes };
    } catch (error) {
      const rpc = isRpcError(error);
      if (rpc) this.rpcUp = false;
      this.lastError = describe(error);
      this.metrics.ticks.inc({ outcome: "error" });
      this.metrics.rpcUp.set(this.rpcUp ? 1 : 0);
      this.log("error", "tick_failed", { rpc, error: this.lastError });
      return { ok: false, error: this.lastError, outcomes };
    }
  }

  private read(): Promise<ChainState> {
    return readState(this.client, this.contracts, this.address, this.bookSyncs, this.config.loanPageSize);
  }

  private observe(state: ChainState) {
    const m = this.metrics;
    m.rpcUp.set(1);
    m.balance.set(Number(formatEther(state.keeperBalance)));
    m.gasPrice.set(Number(formatGwei(state.gasPrice)));
    m.queueHead.set(Number(state.queue.head));
    m.pendingRequests.set(Number(state.queue.nextRequestId - state.queue.head));
    m.liquidatableLoans.set(state.loans.liquidatable.length);
    m.endedAuctions.set(state.loans.endedAuctions.length);
    const low = state.keeperBalance < this.config.minBalance;
    m.balanceLow.set(low ? 1 : 0);
    if (low !== this.balanceWasLow) {
      this.log(low ? "warn" : "info", low ? "balance_low" : "balance_recovered", {
        address: this.address,
        balanceEth: formatEther(state.keeperBalance),
        minimumEth: formatEther(this.config.minBalance),
      });
      this.balanceWasLow = low;
    }
  }
}

/** An RPC URL for logs: the path and query often carry an API key. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname.length > 1 || u.search ? `${u.protocol}//${u.host}/…` : `${u.protocol}//${u.host}`;
  } catch {
    return "(invalid url)";
  }
}
