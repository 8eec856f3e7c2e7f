import type { ChildProcess, SpawnOptions } from "node:child_process";

export const ROOT: string;
export const FORGE: string;
export const ANVIL: string;
export const LOCAL_CHAIN_ID: number;
export const ANVIL_KEY_0: `0x${string}`;
export const ANVIL_KEY_1: `0x${string}`;
export function startProcess(command: string, args: string[], options?: SpawnOptions): ChildProcess;
export function stopProcess(child: ChildProcess | undefined, signal?: NodeJS.Signals): void;
export function stopAndWait(child: ChildProcess | undefined, ms?: number): Promise<void>;
export function rpc(url: string, method: string, params?: unknown[]): Promise<unknown>;
export function isPortFree(port: number): Promise<boolean>;
export function waitFor(
  check: () => Promise<boolean> | boolean,
  options?: { timeoutMs?: number; intervalMs?: number; what?: string },
): Promise<void>;
export function startAnvil(port: number, options?: { stdio?: SpawnOptions["stdio"]; accounts?: number }): ChildProcess;
export function waitForChain(url: string): Promise<void>;
export function deploy(url: string): void;
export function deployAndSeed(url: string): Promise<void>;
export const SEED_CLOCK_ADVANCE: number;
