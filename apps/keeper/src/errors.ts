import { BaseError, ContractFunctionRevertedError, HttpRequestError, NonceTooLowError, TimeoutError } from "viem";

/** Reverts that mean "someone already did it, or it is not due yet": the action has nothing to do. */
const NOTHING_TO_DO = new Set([
  "NothingToHarvest",
  "NoStakers",
  "InvalidLoanStatus",
  "NotLiquidatable",
  "AuctionNotEnded",
  "ZeroAmount",
]);

/** The custom error's name (or the revert reason) of a reverted call, else null. */
export function revertName(error: unknown): string | null {
  if (!(error instanceof BaseError)) return null;
  const reverted = error.walk((e) => e instanceof ContractFunctionRevertedError);
  if (!(reverted instanceof ContractFunctionRevertedError)) return null;
  return reverted.data?.errorName ?? reverted.reason ?? reverted.signature ?? "unknown revert";
}

export function isNothingToDo(name: string): boolean {
  return NOTHING_TO_DO.has(name);
}

/** Another sender (a second keeper on the same key, or this one before a restart) took the nonce, or the node already
 * has this very transaction: benign, the next tick re-reads the state. */
export function isNonceConflict(error: unknown): boolean {
  if (error instanceof BaseError && error.walk((e) => e instanceof NonceTooLowError)) return true;
  const text = error instanceof Error ? `${error.message} ${(error as BaseError).details ?? ""}` : String(error);
  return /nonce too low|already known|known transaction|replacement transaction underpriced|nonce has already been used|nonce is too low/i.test(
    text,
  );
}

/** The node could not be reached (refused, timed out, HTTP error). */
export function isRpcError(error: unknown): boolean {
  if (!(error instanceof BaseError)) return error instanceof Error && /fetch failed|ECONNREFUSED/i.test(error.message);
  return Boolean(error.walk((e) => e instanceof HttpRequestError || e instanceof TimeoutError));
}

/** A short one-line description for logs (never the whole viem message). */
export function describe(error: unknown): string {
  if (error instanceof BaseError) return error.shortMessage;
  return error instanceof Error ? error.message : String(error);
}
