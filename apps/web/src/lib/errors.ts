import {
  BaseError,
  ContractFunctionRevertedError,
  HttpRequestError,
  InsufficientFundsError,
  TimeoutError,
  UserRejectedRequestError,
} from "viem";
import { formatAmount } from "./format";
import { AID, type TokenInfo, USDC } from "./units";

/** What the user sees when something fails: plain language, never raw RPC text. */
export type FriendlyError = { title: string; message: string; kind: "rejected" | "reverted" | "network" | "other" };

/** The token a step moves, so generic ERC-20 errors can name it and format its amounts. */
export type ErrorContext = { token?: TokenInfo };

type Args = readonly unknown[];

const amount = (value: unknown, token: TokenInfo) =>
  `${formatAmount(BigInt(value as bigint), token.decimals)} ${token.symbol}`;

/** Messages keyed by the contracts' custom error names; the args are the error's values, in order. */
const revertMessages: Record<string, (args: Args, ctx: ErrorContext) => string> = {
  ZeroAmount: () => "Enter an amount greater than zero.",
  InvalidReceiver: ([receiver]) => `Tokens cannot be sent to ${receiver}. Choose another receiving address.`,
  RedeemAmountTooSmall: ([, minimum]) =>
    `That is less than the smallest amount you can redeem, ${amount(minimum, AID)}.`,
  AmountTooLarge: ([, maximum]) => `That amount is too large: the most is ${amount(maximum, USDC)}.`,
  UsdcReceivedMismatch: ([expected, received]) =>
    `The USDC token delivered ${amount(received, USDC)} instead of ${amount(expected, USDC)}, so nothing was minted.`,
  InsufficientReserve: ([requested, available]) =>
    `The reserve holds ${amount(available, USDC)} right now, less than the ${amount(requested, USDC)} this redemption pays. Try a smaller amount.`,
  CallerNotMinter: () => "Only the AID minter can create or destroy AID.",
  FaucetLimitExceeded: ([, limit]) => `The test faucet gives at most ${amount(limit, USDC)} at a time.`,
  ERC20InsufficientBalance: ([, balance, needed], { token }) =>
    token
      ? `Your ${token.symbol} balance is ${amount(balance, token)}, less than the ${amount(needed, token)} needed.`
      : "Your token balance is too low for this amount.",
  ERC20InsufficientAllowance: ([, allowance, needed], { token }) =>
    token
      ? `The contract may spend only ${amount(allowance, token)} of yours; approve at least ${amount(needed, token)} first.`
      : "Approve the token first: the allowance is too low.",
  ERC2612ExpiredSignature: () => "The signature expired before the transaction was sent. Sign again.",
  ERC2612InvalidSigner: () => "The signature does not match your account. Sign again from the connected wallet.",
};

function isUserRejection(error: unknown): boolean {
  if (error instanceof BaseError) {
    return Boolean(
      error.walk(
        (e) =>
          e instanceof UserRejectedRequestError ||
          (typeof e === "object" && e !== null && "code" in e && e.code === 4001),
      ),
    );
  }
  return typeof error === "object" && error !== null && "code" in error && error.code === 4001;
}

/** Turns any error from viem, wagmi or a wallet into a plain-language message. */
export function decodeError(error: unknown, ctx: ErrorContext = {}): FriendlyError {
  if (isUserRejection(error)) {
    return {
      kind: "rejected",
      title: "Request rejected",
      message: "You rejected the request in your wallet. Nothing was sent and nothing changed.",
    };
  }
  if (error instanceof BaseError) {
    const reverted = error.walk((e) => e instanceof ContractFunctionRevertedError);
    if (reverted instanceof ContractFunctionRevertedError) {
      const name = reverted.data?.errorName;
      const explain = name ? revertMessages[name] : undefined;
      if (explain) {
        return {
          kind: "reverted",
          title: "The contract would refuse this",
          message: explain(reverted.data?.args ?? [], ctx),
        };
      }
      return {
        kind: "reverted",
        title: "The contract would refuse this",
        message: reverted.reason
          ? `The contract refused with the reason “${reverted.reason}”. Nothing was sent.`
          : "The contract refused this transaction without giving a reason. Nothing was sent.",
      };
    }
    if (error.walk((e) => e instanceof InsufficientFundsError)) {
      return {
        kind: "other",
        title: "Not enough ETH for gas",
        message: "Your account does not hold enough ETH to pay the network fee.",
      };
    }
    if (error.walk((e) => e instanceof HttpRequestError || e instanceof TimeoutError)) {
      return {
        kind: "network",
        title: "Network unreachable",
        message: "The app cannot reach the blockchain node right now. Nothing was sent; try again in a moment.",
      };
    }
    if (error.name === "ConnectorNotConnectedError" || error.name === "ConnectorAccountNotFoundError") {
      return { kind: "other", title: "Wallet not connected", message: "Connect your wallet, then try again." };
    }
    if (error.name === "ChainMismatchError" || error.name === "SwitchChainError") {
      return {
        kind: "other",
        title: "Wrong network",
        message: "Your wallet is on another network. Switch to the app's network, then try again.",
      };
    }
  }
  if (error instanceof TypeError && /fetch/i.test(error.message)) {
    return {
      kind: "network",
      title: "Network unreachable",
      message: "The app cannot reach the blockchain node right now. Nothing was sent; try again in a moment.",
    };
  }
  return {
    kind: "other",
    title: "Something went wrong",
    message: "The request failed for an unexpected reason. Nothing was sent; please try again.",
  };
}
