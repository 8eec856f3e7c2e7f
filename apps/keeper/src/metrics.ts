import { Counter, Gauge, Registry } from "prom-client";

/** The keeper's Prometheus metrics, in their own registry (several keepers can live in one process in the tests). */
export function createMetrics() {
  const registry = new Registry();
  const labelNames = ["action", "reason"] as const;
  return {
    registry,
    sent: new Counter({
      name: "keeper_actions_sent_total",
      help: "Upkeep transactions broadcast",
      labelNames: ["action"] as const,
      registers: [registry],
    }),
    skipped: new Counter({
      name: "keeper_actions_skipped_total",
      help: "Due upkeep not sent, by reason (nothing_to_do, dry_run, gas_price, in_flight, nonce_taken, ...)",
      labelNames,
      registers: [registry],
    }),
    failed: new Counter({
      name: "keeper_actions_failed_total",
      help: "Upkeep that failed, by reason (reverted, simulation_reverted, send_error, rpc_error)",
      labelNames,
      registers: [registry],
    }),
    ticks: new Counter({
      name: "keeper_ticks_total",
      help: "Ticks, by outcome (ok, error)",
      labelNames: ["outcome"] as const,
      registers: [registry],
    }),
    lastTick: new Gauge({
      name: "keeper_last_successful_tick_seconds",
      help: "Unix time (wall clock) of the last tick that read the chain and ran every due upkeep",
      registers: [registry],
    }),
    rpcUp: new Gauge({ name: "keeper_rpc_up", help: "1 when the last tick reached the node", registers: [registry] }),
    balance: new Gauge({
      name: "keeper_balance_eth",
      help: "The keeper key's native balance (ETH)",
      registers: [registry],
    }),
    balanceLow: new Gauge({
      name: "keeper_balance_below_minimum",
      help: "1 while the keeper key's balance is below KEEPER_MIN_BALANCE_ETH",
      registers: [registry],
    }),
    gasPrice: new Gauge({ name: "keeper_gas_price_gwei", help: "The node's gas price", registers: [registry] }),
    queueHead: new Gauge({
      name: "keeper_exit_queue_head",
      help: "sAID's exit queue head (request id)",
      registers: [registry],
    }),
    pendingRequests: new Gauge({
      name: "keeper_exit_queue_pending_requests",
      help: "Exit requests at or behind the head (nextRequestId - head, cancelled ones included)",
      registers: [registry],
    }),
    liquidatableLoans: new Gauge({
      name: "keeper_liquidatable_loans",
      help: "Active loans in default, as of the last tick",
      registers: [registry],
    }),
    endedAuctions: new Gauge({
      name: "keeper_ended_auctions",
      help: "Auctions ended unsold and not yet closed, as of the last tick",
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
