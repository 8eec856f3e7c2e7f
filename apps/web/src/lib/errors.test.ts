import {
  aidAbi,
  aidMinterAbi,
  gpuTitleRegistryAbi,
  liquiditySiloAbi,
  loanManagerAbi,
  mockTBillVaultAbi,
  mockUsdcAbi,
  stakedAidAbi,
} from "@aid/abis";
import {
  type Abi,
  CallExecutionError,
  ContractFunctionExecutionError,
  ContractFunctionRevertedError,
  encodeErrorResult,
  HttpRequestError,
  InsufficientFundsError,
  RpcRequestError,
  stringToHex,
  TransactionExecutionError,
  UserRejectedRequestError,
} from "viem";
import { describe, expect, it } from "vitest";
import { decodeError } from "./errors";
import { APPRAISER_ROLE, CUSTODIAN_ROLE } from "./roles";
import { AID, SAID, USDC } from "./units";

const abi = [
  ...aidMinterAbi,
  ...mockUsdcAbi.filter((item) => item.type === "error"),
  ...gpuTitleRegistryAbi.filter((item) => item.type === "error"),
  ...loanManagerAbi.filter(
    (item) =>
      item.type === "error" && !["InvalidReceiver", "Unauthorized", "ZeroAddress", "ZeroAmount"].includes(item.name),
  ),
] as Abi;

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

  describe("GPU title registry", () => {
    const day = (iso: string) => BigInt(Date.parse(iso) / 1000);
    const alice = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    const bob = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";

    it("has a message for every custom error the registry can raise", () => {
      const names = gpuTitleRegistryAbi.filter((item) => item.type === "error").map((item) => item.name);
      const unexplained = names.filter((name) => {
        const item = gpuTitleRegistryAbi.find((i) => i.type === "error" && i.name === name);
        const args = item && "inputs" in item ? item.inputs.map((input) => sample(input.type)) : [];
        return decodeError(reverted(name, args)).message.startsWith("The contract refused");
      });
      expect(unexplained).toEqual([]);
    });

    it("explains listing errors with their values", () => {
      expect(decodeError(reverted("SerialCountMismatch", [8n, 7n])).message).toBe(
        "You entered 8 GPUs but 7 serial numbers; they must be equal.",
      );
      expect(decodeError(reverted("SerialAlreadyRegistered", [stringToHex("GPU1", { size: 32 }), 4n])).message).toBe(
        "Serial number “GPU1” is already in title #4: a GPU can be in only one live title. A title that was rejected, withdrawn, redeemed or voided frees its serial numbers.",
      );
      expect(decodeError(reverted("InsuranceExpired", [day("2026-11-01"), day("2026-11-21")])).message).toBe(
        "The insurance policy expired on 1 Nov 2026 UTC (the chain's date is 21 Nov 2026 UTC): a policy in force is needed.",
      );
      expect(decodeError(reverted("UsdValueOutOfBounds", [0n, 10n ** 28n])).message).toBe(
        "$0 is out of range: a USD amount must be more than $0 and at most $10,000,000,000.",
      );
      expect(decodeError(reverted("InvalidText", [1, "DC <1>"])).message).toContain("The data centre “DC <1>”");
      expect(decodeError(reverted("InvalidSerial", [0n, stringToHex("1652-922004351", { size: 32 })])).message).toBe(
        "Serial number 1 (“1652-922004351”) is not in the form the registry accepts: 1 to 32 letters A-Z and digits, upper case, with no spaces, - . / _ or leading zeros (the listing form writes them this way for you).",
      );
    });

    it("explains status, holder and role errors", () => {
      expect(decodeError(reverted("InvalidStatus", [3n, 4])).message).toBe(
        "Title #3 is pledged, so this cannot be done now.",
      );
      expect(decodeError(reverted("InvalidStatus", [3n, 9])).message).toBe(
        "Title #3 is voided, so this cannot be done now.",
      );
      expect(decodeError(reverted("AccessControlUnauthorizedAccount", [bob, CUSTODIAN_ROLE])).message).toBe(
        "Your account 0x3C44…93BC does not hold the custodian role this needs.",
      );
      expect(decodeError(reverted("NotTitleHolder", [3n, bob, alice])).message).toBe(
        "Only the holder of title #3 (0x7099…79C8) can do this; you are connected as 0x3C44…93BC.",
      );
      expect(decodeError(reverted("AccessControlUnauthorizedAccount", [bob, APPRAISER_ROLE])).message).toBe(
        "Your account 0x3C44…93BC does not hold the appraiser role this needs.",
      );
      expect(
        decodeError(reverted("InvalidAppraisalValidity", [day("2028-01-01"), day("2026-11-21"), 365n * 86_400n]))
          .message,
      ).toBe(
        "An appraisal must be valid after today and for at most 365 days (until 21 Nov 2027 UTC); 1 Jan 2028 UTC is outside that.",
      );
    });
  });

  it("explains the savings vault's custom errors with their values", () => {
    const vault = (errorName: string, args: readonly unknown[]) => {
      const data = encodeErrorResult({ abi: stakedAidAbi, errorName, args } as never);
      const cause = new ContractFunctionRevertedError({ abi: stakedAidAbi, data, functionName: "claim" });
      return new ContractFunctionExecutionError(cause, { abi: stakedAidAbi, functionName: "claim", args: [] });
    };
    const controller = "0x0000000000000000000000000000000000000042";
    expect(
      decodeError(vault("NotController", [7n, "0x0000000000000000000000000000000000000001", controller])).message,
    ).toBe(`Exit request #7 belongs to ${controller}: only that account (or an operator it approved) can cancel it.`);
    expect(decodeError(vault("InvalidRequestStatus", [3n, 0, 1])).message).toBe(
      "Exit request #3 is no longer pending (filled or cancelled), but this needs it to be waiting in the queue.",
    );
    expect(decodeError(vault("SharesBelowMinimum", [99n * 10n ** 18n, 995n * 10n ** 17n])).message).toBe(
      "The sAID price moved since you checked: this stake would now buy 99 sAID, less than the minimum of 99.5 sAID you accepted. Nothing was staked; check the new amount and try again.",
    );
    expect(decodeError(vault("AssetsAboveMaximum", [11n * 10n ** 18n, 10n * 10n ** 18n])).message).toContain(
      "these shares would now cost 11 AID, more than the most you accepted, 10 AID.",
    );
    expect(decodeError(vault("ExceedsClaimable", [5n * 10n ** 18n, 2n * 10n ** 18n]), { token: SAID }).message).toBe(
      "Only 2 sAID is ready to claim from your filled exits, less than the 5 sAID asked for. Refresh and claim what is ready.",
    );
    expect(decodeError(vault("NotOperator", [controller, "0x0000000000000000000000000000000000000001"])).message).toBe(
      "Your account 0x0000…0001 may not act for 0x0000…0042: only that account, or an operator it approved, can request, cancel or claim its exits.",
    );
    expect(decodeError(vault("ExitsWaiting", [12n])).message).toBe(
      "The vault cannot lend right now: exit request #12 is eligible and waiting to be paid first. Anyone can process the exit queue (on the Stake screen); then try again.",
    );
    expect(decodeError(vault("LoanManagerAlreadySet", [controller])).message).toBe(
      "The loan manager is set once and never replaced: it is already 0x0000…0042.",
    );
    expect(decodeError(vault("DepositPaused", [])).message).toContain("Staking is paused");
    expect(decodeError(vault("ZeroShares", [5n])).message).toBe(
      "Staking 0.000000000000000005 AID would buy less than one unit of sAID. Stake a larger amount.",
    );
    expect(decodeError(vault("RequestTooLarge", [2n * 10n ** 26n, 10n ** 26n])).message).toBe(
      "One exit request can hold at most 100,000,000 sAID; this one holds 200,000,000 sAID. Split it.",
    );
    expect(decodeError(vault("CooldownTooLong", [31n * 86_400n, 30n * 86_400n])).message).toBe(
      "A cooldown of 31 d is longer than the most allowed, 30 d.",
    );
  });

  it("explains the minter's cap and pause", () => {
    expect(decodeError(reverted("SupplyCapExceeded", [1_500n * 10n ** 18n, 1_000n * 10n ** 18n])).message).toBe(
      "This mint would take the AID supply to 1,500 AID, above the cap of 1,000 AID. Try a smaller amount.",
    );
    expect(decodeError(reverted("MintPaused", [])).message).toContain("Minting is paused");
  });

  it("decodes a vault error from raw revert data, as some wallets report it", () => {
    const data = encodeErrorResult({
      abi: stakedAidAbi,
      errorName: "ERC20InsufficientBalance",
      args: ["0x0000000000000000000000000000000000000001", 10n ** 18n, 3n * 10n ** 18n],
    });
    const error = new TransactionExecutionError(
      new RpcRequestError({
        body: {},
        url: "http://127.0.0.1:8545",
        error: { code: 3, message: "execution reverted", data },
      }),
      {} as never,
    );
    expect(decodeError(error, { token: SAID }).message).toBe(
      "Your sAID balance is 1 sAID, less than the 3 sAID needed.",
    );
  });

  it("has a message for every custom error in the protocol's ABIs", () => {
    const abis = {
      aid: aidAbi,
      aidMinter: aidMinterAbi,
      stakedAid: stakedAidAbi,
      liquiditySilo: liquiditySiloAbi,
      mockUsdc: mockUsdcAbi,
      mockTBillVault: mockTBillVaultAbi,
      gpuTitleRegistry: gpuTitleRegistryAbi,
      loanManager: loanManagerAbi,
    } as const;
    const unexplained = Object.entries(abis).flatMap(([contract, contractAbi]) =>
      (contractAbi as Abi)
        .filter((item) => item.type === "error")
        .filter((item) => {
          const data = encodeErrorResult({
            abi: [item] as Abi,
            errorName: item.name,
            args: item.inputs.map((input) => sample(input.type)),
          });
          const cause = new ContractFunctionRevertedError({ abi: [item] as Abi, data, functionName: "f" });
          const error = new ContractFunctionExecutionError(cause, { abi: [item] as Abi, functionName: "f", args: [] });
          return decodeError(error).message.startsWith("The contract refused");
        })
        .map((item) => `${contract}.${item.name}`),
    );
    expect(unexplained).toEqual([]);
  });

  it("names every protocol error raised by a contract the called one calls, which the called ABI does not know", () => {
    const everyError = [
      aidAbi,
      aidMinterAbi,
      stakedAidAbi,
      liquiditySiloAbi,
      mockUsdcAbi,
      mockTBillVaultAbi,
      gpuTitleRegistryAbi,
      loanManagerAbi,
    ].flatMap((contractAbi) => (contractAbi as Abi).filter((item) => item.type === "error"));
    const unexplained = everyError.filter((item) => {
      const data = encodeErrorResult({
        abi: [item] as Abi,
        errorName: item.name,
        args: item.inputs.map((input) => sample(input.type)),
      });
      // Simulated with an ABI holding none of the errors, as openLoan's ABI lacks the vault's.
      const cause = new ContractFunctionRevertedError({ abi: [] as Abi, data, functionName: "openLoan" });
      const error = new ContractFunctionExecutionError(cause, { abi: [] as Abi, functionName: "openLoan", args: [] });
      return decodeError(error).message.startsWith("The contract refused");
    });
    expect(unexplained.map((item) => item.name)).toEqual([]);
  });

  it("explains the vault's refusal to lend inside openLoan with its values (issue 16: it was a generic error)", () => {
    const data = encodeErrorResult({
      abi: stakedAidAbi,
      errorName: "DrawExceedsMax",
      args: [6_999n * 10n ** 18n, 6_286_059_821_188_481_218_619n],
    });
    const cause = new ContractFunctionRevertedError({ abi: loanManagerAbi, data, functionName: "openLoan" });
    const error = new ContractFunctionExecutionError(cause, {
      abi: loanManagerAbi,
      functionName: "openLoan",
      args: [],
    });
    expect(decodeError(error, { token: AID }).message).toBe(
      "The vault can lend at most 6,286.059821 AID now (its idle AID and the utilisation cap), less than 6,999 AID.",
    );
  });

  describe("loan manager", () => {
    it("has a message for every custom error the loan manager can raise", () => {
      const errors = loanManagerAbi.filter((item) => item.type === "error");
      const unexplained = errors.filter((item) => {
        const data = encodeErrorResult({
          abi: [item] as Abi,
          errorName: item.name,
          args: item.inputs.map((input) => sample(input.type)),
        });
        const cause = new ContractFunctionRevertedError({ abi: [item] as Abi, data, functionName: "repay" });
        const error = new ContractFunctionExecutionError(cause, {
          abi: [item] as Abi,
          functionName: "repay",
          args: [],
        });
        return decodeError(error).message.startsWith("The contract refused");
      });
      expect(unexplained.map((item) => item.name)).toEqual([]);
    });

    it("explains loan errors with their values", () => {
      expect(decodeError(reverted("LtvTooHigh", [7n, 6000n * 10n ** 18n, 5000n * 10n ** 18n])).message).toBe(
        "You can borrow at most 5,000 AID against title #7, less than the 6,000 AID you asked for.",
      );
      expect(decodeError(reverted("InvalidLoanStatus", [3n, 3])).message).toBe(
        "Loan #3 is repaid, so this action is not possible on it.",
      );
    });
  });
});

/** A plausible value of a Solidity type, to encode an error with. */
function sample(type: string): unknown {
  if (type === "address") return "0x0000000000000000000000000000000000000001";
  if (type === "bytes32") return stringToHex("SN-1", { size: 32 });
  if (type === "string") return "text";
  if (type === "bool") return true;
  if (type.startsWith("uint8")) return 1;
  return 1n;
}
