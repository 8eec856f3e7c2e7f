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
  BaseError,
  ContractFunctionRevertedError,
  decodeErrorResult,
  ExecutionRevertedError,
  type Hex,
  HttpRequestError,
  hexToString,
  InsufficientFundsError,
  TimeoutError,
  UserRejectedRequestError,
} from "viem";
import { formatAmount, formatBps, formatDate, formatDuration, formatUsd } from "./format";
import { roleName } from "./roles";
import { statusLabel, TEXT_FIELDS } from "./titleLabels";
import { AID, SAID, type TokenInfo, USDC } from "./units";

/** What the user sees when something fails: plain language, never raw RPC text. */
export type FriendlyError = { title: string; message: string; kind: "rejected" | "reverted" | "network" | "other" };

/** The token a step moves, so generic ERC-20 errors can name it and format its amounts. */
export type ErrorContext = { token?: TokenInfo };

type Args = readonly unknown[];

const amount = (value: unknown, token: TokenInfo) =>
  `${formatAmount(BigInt(value as bigint), token.decimals)} ${token.symbol}`;
const usd = (value: unknown) => formatUsd(BigInt(value as bigint));
const date = (seconds: unknown) => formatDate(BigInt(seconds as bigint | number));
const title = (id: unknown) => `title #${String(id)}`;
const Title = (id: unknown) => `Title #${String(id)}`;
const short = (address: unknown) => `${String(address).slice(0, 6)}…${String(address).slice(-4)}`;
const percent = (bps: unknown) => `${formatAmount(BigInt(bps as bigint), 2, 2)}%`;
/** A packed serial number (bytes32, left-aligned, zero-padded) as text. */
const serial = (packed: unknown) => {
  const text = hexToString(packed as Hex, { size: 32 });
  return /^[\x20-\x7e]+$/.test(text) ? `“${text}”` : String(packed);
};

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
  ERC20InvalidApprover: ([approver]) => `${short(approver)} cannot approve a spender (it is the zero address).`,
  ERC20InvalidSender: ([sender]) => `Tokens cannot be sent from ${short(sender)} (the zero address).`,
  ERC20InvalidSpender: ([spender]) => `${short(spender)} cannot be approved as a spender (it is the zero address).`,
  ECDSAInvalidSignature: () => "The signature is not valid. Sign again from the connected wallet.",
  ECDSAInvalidSignatureLength: () => "The signature has the wrong length. Sign again from the connected wallet.",
  ECDSAInvalidSignatureS: () => "The signature is malformed. Sign again from the connected wallet.",
  InvalidAccountNonce: () => "The signature was made for an older nonce (it was already used or replaced). Sign again.",
  InvalidShortString: () => "The token's name could not be read for the signature. Sign again.",
  StringTooLong: () => "A text field is too long for the signature. Sign again.",
  SafeERC20FailedOperation: ([token]) =>
    `A token transfer with ${short(token)} failed, so nothing changed. Check your balance and try again.`,
  ERC4626ExceededMaxDeposit: ([, assets, max]) =>
    `The T-bill vault takes at most ${amount(max, USDC)} now, less than ${amount(assets, USDC)}.`,
  ERC4626ExceededMaxMint: () => "The T-bill vault cannot mint that many shares now.",
  ERC4626ExceededMaxRedeem: () => "The T-bill vault cannot redeem that many shares now.",
  ERC4626ExceededMaxWithdraw: ([, assets, max]) =>
    `The T-bill vault can pay out at most ${amount(max, USDC)} now, less than ${amount(assets, USDC)}.`,
  OwnableInvalidOwner: ([owner]) => `${short(owner)} cannot own this contract (it is the zero address).`,
  OwnableUnauthorizedAccount: ([account]) => `Only this contract's owner can do this, not ${short(account)}.`,
  ERC2612ExpiredSignature: () => "The signature expired before the transaction was sent. Sign again.",
  ERC2612InvalidSigner: () => "The signature does not match your account. Sign again from the connected wallet.",

  // GPU title registry (IGPUTitleRegistry, SerialNumbers), then the OpenZeppelin and Solady errors it can raise.
  ZeroAddress: () => "An account address is required here, not the zero address.",
  LastAdmin: ([account]) =>
    `${short(account)} is the registry's last admin: grant the admin role to another account before removing it.`,
  EtherNotAccepted: () => "This action does not take ETH: send it without any.",
  TitleNotFound: ([id]) => `There is no ${title(id)}.`,
  InvalidStatus: ([id, status]) =>
    `${Title(id)} is ${statusLabel(Number(status)).toLowerCase()}, so this cannot be done now.`,
  NotTitleHolder: ([id, caller, holder]) =>
    `Only the holder of ${title(id)} (${short(holder)}) can do this; you are connected as ${short(caller)}.`,
  ModelNotAllowed: ([modelId]) => `GPU model #${modelId} is not accepted for new listings. Choose another model.`,
  ModelAlreadyListed: ([name, modelId]) => `The model ${name} is already listed (model #${modelId}).`,
  TooManyModels: ([maximum]) => `The model list is full: it holds at most ${maximum} models.`,
  DepreciationRateOutOfBounds: ([rate, minimum, maximum]) =>
    `A depreciation rate of ${percent(rate)} a year is outside the allowed ${percent(minimum)} to ${percent(maximum)}.`,
  GpuCountOutOfBounds: ([count, maximum]) => `A title holds 1 to ${maximum} GPUs, not ${count}.`,
  SerialCountMismatch: ([gpuCount, serialCount]) =>
    `You entered ${gpuCount} GPUs but ${serialCount} serial numbers; they must be equal.`,
  SerialAlreadyRegistered: ([packed, id]) =>
    `Serial number ${serial(packed)} is already in ${title(id)}: a GPU can be in only one live title. A title that was rejected, withdrawn, redeemed or voided frees its serial numbers.`,
  InvalidSerial: ([index, packed]) =>
    `Serial number ${Number(index) + 1} (${serial(packed)}) is not in the form the registry accepts: 1 to 32 letters A-Z and digits, upper case, with no spaces, - . / _ or leading zeros (the listing form writes them this way for you).`,
  DuplicateSerial: ([, packed]) => `Serial number ${serial(packed)} is listed more than once.`,
  SerialsNotSorted: ([, previous, packed]) =>
    `The serial numbers are out of order (${serial(previous)} before ${serial(packed)}); they must be sorted.`,
  InvalidTier: ([tier]) => `Data centre tier ${tier} does not exist: choose Tier I to IV.`,
  UsdValueOutOfBounds: ([value, maximum]) =>
    `${usd(value)} is out of range: a USD amount must be more than $0 and at most ${usd(maximum)}.`,
  InvalidPurchaseDate: ([purchaseDate, now]) =>
    `The purchase date ${date(purchaseDate)} is after the chain's date (${date(now)}): it cannot be in the future.`,
  InsuranceExpired: ([expiry, now]) =>
    `The insurance policy expired on ${date(expiry)} (the chain's date is ${date(now)}): a policy in force is needed.`,
  InsuranceTermTooLong: ([expiry, maximum]) =>
    `The policy's expiry, ${date(expiry)}, is later than the latest accepted, ${date(maximum)}: check the date.`,
  InsuranceAlreadyVerified: ([id]) => `The insurance on record for ${title(id)} is already verified.`,
  InvalidText: ([field, value]) =>
    `The ${TEXT_FIELDS[Number(field)] ?? "text"} “${value}” is not accepted: use 1 to 32 characters of plain ASCII, with no space at either end and none of " \\ < > &.`,
  InvalidAppraisalValidity: ([validUntil, now, maximum]) =>
    `An appraisal must be valid after today and for at most ${Number(maximum) / 86_400} days (until ${date(BigInt(now as bigint) + BigInt(maximum as bigint))}); ${date(validUntil)} is outside that.`,
  ZeroReportHash: () => "Enter a report reference: its hash cannot be zero.",
  InvalidRejectionReason: () => "Choose a reason for the rejection (or for voiding the title).",
  CallerNotLoanManager: () => "Only the loan manager can do this.",
  LoanManagerAlreadySet: ([loanManager]) =>
    `The loan manager is set once and never replaced: it is already ${short(loanManager)}.`,
  CallerNotEscrow: ([id]) => `Only the escrow holding ${title(id)} can move it.`,
  BorrowerNotOwner: ([id, borrower, owner]) =>
    `${short(borrower)} does not own ${title(id)}; its owner is ${short(owner)}.`,
  PledgorEpochsExhausted: ([id, pledgor]) =>
    `${Title(id)} has changed borrower as many times as its record can count: only ${short(pledgor)}, its last borrower, can pledge it now.`,
  NoCurrentValue: ([id]) =>
    `${Title(id)} has no current value: its appraisal expired, or its verified insurance lapsed or is unverified.`,
  InvalidRecipient: ([recipient]) => `A title cannot be sent to ${short(recipient)}.`,
  ZeroScan: () => "The page size must be at least one title.",
  AccessControlUnauthorizedAccount: ([account, role]) =>
    `Your account ${short(account)} does not hold the ${roleName(role as Hex)} role this needs.`,
  AccessControlBadConfirmation: () => "You can renounce a role only for your own account.",
  TokenDoesNotExist: () => "That title does not exist (or was burned).",
  NotOwnerNorApproved: () => "Only the title's owner, or an account it approved, can do this.",
  TransferFromIncorrectOwner: () => "The title is no longer held by the account it would be sent from.",
  TransferToZeroAddress: () => "A title cannot be sent to the zero address.",
  TransferToNonERC721ReceiverImplementer: () => "The receiving contract does not accept ERC-721 tokens such as titles.",
  TokenAlreadyExists: () => "A title with this id already exists.",
  BalanceQueryForZeroAddress: () => "The zero address holds no titles.",
  AccountBalanceOverflow: () => "This account holds too many titles.",
  ERC20InvalidReceiver: ([receiver]) => `Tokens cannot be sent to ${receiver}. Choose another address.`,

  // The minter (IAIDMinter) and the roles (IRoles)
  MintPaused: () => "Minting is paused by the guardian right now. Redeeming AID for USDC is never paused.",
  SupplyCapExceeded: ([newSupply, cap]) =>
    `This mint would take the AID supply to ${amount(newSupply, AID)}, above the cap of ${amount(cap, AID)}. Try a smaller amount.`,
  FeeTooHigh: ([fee, max]) => `A fee of ${bps(fee)} is above the hard cap of ${bps(max)}.`,
  BufferTargetTooHigh: ([target, max]) => `A buffer target of ${bps(target)} is above ${bps(max)}.`,
  SupplyCapTooHigh: ([cap, max]) =>
    `A supply cap of ${amount(cap, AID)} is above the largest allowed, ${amount(max, AID)}.`,
  NothingToHarvest: ([reserveAid, supply]) =>
    `There is no yield to harvest yet: the reserve is worth ${amount(reserveAid, AID)} against ${amount(supply, AID)} of AID (harvest keeps a 1 AID margin).`,
  NoStakers: () => "Nobody is staking yet, so harvested yield would go to no one. Stake first.",
  TBillAssetMismatch: ([tBillAsset, usdc]) => `The T-bill vault holds ${tBillAsset}, not the reserve's USDC (${usdc}).`,
  Unauthorized: ([caller]) => `Your account (${caller}) does not have the role this action needs.`,
  CallerNotSavings: () => "Only the savings vault (sAID) can move AID this way.",

  // The savings vault (IStakedAID)
  ZeroShares: ([assets]) =>
    `Staking ${formatAmount(BigInt(assets as bigint), AID.decimals, AID.decimals)} AID would buy less than one unit of sAID. Stake a larger amount.`,
  FirstDepositTooSmall: ([shares, minimum]) =>
    `The first stake in the vault must buy more than ${amount(minimum, SAID)}; this one buys ${amount(shares, SAID)}.`,
  DepositPaused: () =>
    "Staking is paused by the guardian right now. Exits are never paused: you can still request, claim and cancel.",
  BorrowPaused: () => "New borrowing is paused by the guardian right now. Repayments are never paused.",
  ExceedsMaxDeposit: ([assets, max]) =>
    `The vault can take at most ${amount(max, AID)} now, less than the ${amount(assets, AID)} you are staking.`,
  SynchronousExitDisabled: () =>
    "sAID cannot be withdrawn at once: request an exit, then claim it when the queue has filled it.",
  SharesBelowMinimum: ([shares, minShares]) =>
    `The sAID price moved since you checked: this stake would now buy ${amount(shares, SAID)}, less than the minimum of ${amount(minShares, SAID)} you accepted. Nothing was staked; check the new amount and try again.`,
  AssetsAboveMaximum: ([assets, maxAssets]) =>
    `The sAID price moved since you checked: these shares would now cost ${amount(assets, AID)}, more than the most you accepted, ${amount(maxAssets, AID)}. Nothing was staked; check the new amount and try again.`,
  ExceedsClaimable: ([requested, claimable], { token }) =>
    token
      ? `Only ${amount(claimable, token)} is ready to claim from your filled exits, less than the ${amount(requested, token)} asked for. Refresh and claim what is ready.`
      : "That is more than your filled exits hold ready to claim. Refresh and claim what is ready.",
  NotOperator: ([controller, caller]) =>
    `Your account ${short(caller)} may not act for ${short(controller)}: only that account, or an operator it approved, can request, cancel or claim its exits.`,
  ExitsWaiting: ([requestId]) =>
    `The vault cannot lend right now: exit request #${requestId} is eligible and waiting to be paid first. Anyone can process the exit queue (on the Stake screen); then try again.`,
  RequestTooLarge: ([shares, max]) =>
    `One exit request can hold at most ${amount(max, SAID)}; this one holds ${amount(shares, SAID)}. Split it.`,
  NotController: ([requestId, , controller]) =>
    `Exit request #${requestId} belongs to ${controller}: only that account (or an operator it approved) can cancel it.`,
  InvalidRequestStatus: ([requestId, status, expected]) =>
    `Exit request #${requestId} is ${requestStatus(status)}, but this needs it to be ${requestStatus(expected)}.`,
  CooldownTooLong: ([cooldown, max]) =>
    `A cooldown of ${formatDuration(BigInt(cooldown as bigint))} is longer than the most allowed, ${formatDuration(BigInt(max as bigint))}.`,
  UtilisationCapTooHigh: ([cap, max]) => `A utilisation cap of ${bps(cap)} is above the most allowed, ${bps(max)}.`,
  NotLoanManager: () => "Only the loan manager can do this.",
  NotIncomeSource: () => "Only the minter or the loan manager can add income to the vault.",
  DrawExceedsMax: ([assets, max]) =>
    `The vault can lend at most ${amount(max, AID)} now (its idle AID and the utilisation cap), less than ${amount(assets, AID)}.`,
  InvalidBookCheckpoint: () => "The loan manager reported a loan book the vault cannot store.",
  IncomeTooLarge: ([unvested, max]) =>
    `Too much income at once: ${amount(unvested, AID)} would be vesting, more than ${amount(max, AID)}.`,
  AidSavingsMismatch: ([expected, actual]) => `AID names ${actual} as its savings vault, not ${expected}.`,
  NotVault: () => "Only the savings vault can move its idle AID.",
  RateTooHigh: ([rate, max]) => `A T-bill rate of ${bps(rate)} is above the mock vault's limit of ${bps(max)}.`,

  // The loan manager (ILoans)
  AuctionEnded: ([loanId, endedAt]) =>
    `The auction of loan #${loanId} ended on ${date(endedAt)} with no bid: it takes no more bids, and the loan can no longer be repaid. Anyone can now close the auction (the title goes to the recovery address and the loan is written off).`,
  AuctionNotEnded: ([loanId, endsAt]) =>
    `The auction of loan #${loanId} runs until ${date(endsAt)}; it can only be closed after that.`,
  AuctionRequiresFullRepayment: ([loanId, amount_, debt]) =>
    `Loan #${loanId} is being auctioned: only a full payoff of ${amount(debt, AID)} stops it, not ${amount(amount_, AID)}.`,
  BookTooLarge: () => "The loan book cannot grow that large. Try a smaller loan.",
  InvalidLoanStatus: ([loanId, status]) =>
    `Loan #${loanId} is ${loanStatus(status)}, so this action is not possible on it.`,
  LtvTooHigh: ([titleId, principal, max]) =>
    `You can borrow at most ${amount(max, AID)} against ${title(titleId)}, less than the ${amount(principal, AID)} you asked for.`,
  NotBorrower: ([loanId, caller, borrower]) =>
    `Loan #${loanId} belongs to ${short(borrower)}, not your account (${short(caller)}).`,
  NotLiquidatable: ([loanId, deadline, ltv, threshold]) =>
    `Loan #${loanId} cannot be liquidated: no payment is overdue past ${date(deadline)} and its LTV of ${percent(ltv)} is within the ${percent(threshold)} threshold.`,
  NothingToClaim: ([loanId]) => `Loan #${loanId} has no auction surplus left to claim.`,
  ParameterOutOfBounds: ([index, value, min, max]) =>
    `${loanParameter(index)} must be between ${min} and ${max}; ${value} is outside.`,
  PrincipalTooLarge: ([principal, max]) =>
    `A loan can be at most ${amount(max, AID)}; ${amount(principal, AID)} is too large.`,
  PrincipalTooSmall: ([principal, min]) =>
    `A loan must be at least ${amount(min, AID)}; ${amount(principal, AID)} is too small.`,
  ReentrancyGuardReentrantCall: () => "A nested call into the loan manager was blocked. Try again.",
  TitleIdTooLarge: ([titleId]) => `${Title(titleId)} cannot back a loan: its id is too large.`,
  VaultMismatch: ([vault]) =>
    `The savings vault ${vault} does not hold AID, or AID does not name it as its savings vault.`,
};

/** ILoans.LoanStatus, in words. */
const loanStatus = (status: unknown) =>
  (["not opened", "active", "being auctioned", "repaid", "sold at auction", "written off"] as const)[Number(status)] ??
  `in state ${status}`;

/** ILoans.Parameters field names, by index. */
const loanParameter = (index: unknown) =>
  (
    [
      "The maximum LTV",
      "The liquidation threshold",
      "The APR",
      "The number of payments",
      "The origination fee",
      "The protocol share",
      "The liquidation fee",
    ] as const
  )[Number(index)] ?? `Parameter ${index}`;

const bps = (value: unknown) => formatBps(BigInt(value as bigint));

/** IStakedAID.RequestStatus, in words. */
const requestStatus = (status: unknown) =>
  (["no longer pending (filled or cancelled)", "waiting in the queue"] as const)[Number(status)] ??
  `in state ${status}`;

/** Every custom error the protocol's contracts can raise, to decode raw revert data from any wallet or node. */
const protocolErrors = [
  ...aidAbi,
  ...aidMinterAbi,
  ...stakedAidAbi,
  ...liquiditySiloAbi,
  ...mockUsdcAbi,
  ...mockTBillVaultAbi,
  ...gpuTitleRegistryAbi,
  ...loanManagerAbi,
].filter((item) => item.type === "error") as Abi;

/** Finds revert data (0x + selector + args) anywhere in an error chain, as wallets and nodes report it differently. */
function rawRevertData(error: BaseError): `0x${string}` | undefined {
  let found: `0x${string}` | undefined;
  error.walk((e) => {
    const data = (e as { data?: unknown }).data;
    const candidate = typeof data === "string" ? data : (data as { data?: unknown } | undefined)?.data;
    if (typeof candidate === "string" && /^0x[0-9a-fA-F]{8}/.test(candidate)) found = candidate as `0x${string}`;
    return false;
  });
  return found;
}

function decodeRaw(data: `0x${string}`): { errorName: string; args: readonly unknown[] } | undefined {
  try {
    const decoded = decodeErrorResult({ abi: protocolErrors, data });
    return { errorName: decoded.errorName, args: decoded.args ?? [] };
  } catch {
    return undefined;
  }
}

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
      // The error may come from another protocol contract the called one calls (the vault's DrawExceedsMax inside
      // openLoan): it is not in the called contract's ABI, so viem cannot name it; decode it against all of them.
      const rawData = reverted.data?.errorName ? undefined : (reverted.raw ?? rawRevertData(error));
      const nested = rawData ? decodeRaw(rawData) : undefined;
      const name = reverted.data?.errorName ?? nested?.errorName;
      const explain = name ? revertMessages[name] : undefined;
      if (explain) {
        return {
          kind: "reverted",
          title: "The contract would refuse this",
          message: explain(reverted.data?.args ?? nested?.args ?? [], ctx),
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
    const raw = rawRevertData(error);
    const decoded = raw ? decodeRaw(raw) : undefined;
    const explainRaw = decoded ? revertMessages[decoded.errorName] : undefined;
    if (decoded && explainRaw) {
      return { kind: "reverted", title: "The contract would refuse this", message: explainRaw(decoded.args, ctx) };
    }
    if (error.walk((e) => e instanceof ExecutionRevertedError)) {
      return {
        kind: "reverted",
        title: "The contract would refuse this",
        message: "The contract refused this transaction without giving a reason. Nothing was sent.",
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
