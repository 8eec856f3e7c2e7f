import { aidMinterAbi, mockUsdcAbi } from "@aid/abis";
import {
  type Abi,
  CallExecutionError,
  ContractFunctionExecutionError,
  ContractFunctionRevertedError,
  encodeErrorResult,
  HttpRequestError,
  InsufficientFundsError,
  RpcRequestError,
  TransactionExecutionError,
  UserRejectedRequestError,
} from "viem";
import { describe, expect, it } from "vitest";
import { decodeError } from "./errors";
import { AID, USDC } from "./units";

const abi = [...aidMinterAbi, ...mockUsdcAbi.filter((item) => item.type === "error")] as Abi;

function reverted(errorName: string, args: readonly unknown[]) {
  const data = encodeErrorResult({ abi, errorName, args });
  const cause = new ContractFunctionRevertedError({ abi, data, functionName: "redeem" });
  return new ContractFunctionExecutionError(cause, { abi, functionName: "redeem", args: [] });
}

describe("decodeError", () => {
  it("explains the minter's custom errors with their values", () => {
    expect(decodeError(reverted("InsufficientReserve", [5_000_000n, 1_250_000n])).message).toBe(
      "The reserve holds 1.25 USDC right now, less than the 5 USDC this redemption pays. Try a smaller amount.",
    );
    expect(decodeError(reverted("RedeemAmountTooSmall", [1n, 10n ** 12n])).message).toBe(
      "That is less than the smallest amount you can redeem, 0.000001 AID.",
    );
    expect(decodeError(reverted("ZeroAmount", [])).kind).toBe("reverted");
  });

  it("names the token of an ERC-20 error from the step's context", () => {
    const error = reverted("ERC20InsufficientBalance", [
      "0x0000000000000000000000000000000000000001",
      10n ** 18n,
      2n * 10n ** 18n,
    ]);
    expect(decodeError(error, { token: AID }).message).toBe("Your AID balance is 1 AID, less than the 2 AID needed.");
    const allowance = reverted("ERC20InsufficientAllowance", [
      "0x0000000000000000000000000000000000000001",
      0n,
      7_000_000n,
    ]);
    expect(decodeError(allowance, { token: USDC }).message).toBe(
      "The contract may spend only 0 USDC of yours; approve at least 7 USDC first.",
    );
  });

  it("decodes raw revert data however a wallet or node wraps it", () => {
    const data = encodeErrorResult({ abi, errorName: "InsufficientReserve", args: [5_000_000n, 1_000_000n] });
    const rpc = new RpcRequestError({
      body: {},
      url: "http://127.0.0.1:8545",
      error: { code: 3, message: "execution reverted", data },
    });
    const wrapped = new CallExecutionError(rpc, {});
    expect(decodeError(wrapped).message).toBe(
      "The reserve holds 1 USDC right now, less than the 5 USDC this redemption pays. Try a smaller amount.",
    );
  });

  it("treats a wallet rejection calmly", () => {
    const error = new TransactionExecutionError(new UserRejectedRequestError(new Error("User rejected.")), {} as never);
    const friendly = decodeError(error);
    expect(friendly.kind).toBe("rejected");
    expect(friendly.message).toContain("Nothing was sent");
    expect(decodeError({ code: 4001, message: "denied" }).kind).toBe("rejected");
  });

  it("reports an unreachable node without raw RPC text", () => {
    const error = new HttpRequestError({ url: "http://127.0.0.1:8545", details: "fetch failed ECONNREFUSED" });
    const friendly = decodeError(error);
    expect(friendly.kind).toBe("network");
    expect(friendly.message).not.toContain("ECONNREFUSED");
    expect(friendly.message).not.toContain("127.0.0.1");
  });

  it("explains missing gas money", () => {
    expect(decodeError(new InsufficientFundsError()).title).toBe("Not enough ETH for gas");
  });

  it("never shows an unknown error's raw text", () => {
    const friendly = decodeError(new Error("execution reverted: 0xdeadbeef internal JSON-RPC error"));
    expect(friendly.message).not.toMatch(/0xdeadbeef|JSON-RPC/);
  });
});
