// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IRoles} from "./IRoles.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";

/// @title sAID, the savings vault
/// @notice ERC-4626 over AID with ERC-2612 permit, and an asynchronous redeem as ERC-7540 defines it. Deposits are
/// synchronous; exits go through a first-in first-out queue: `requestRedeem` escrows shares, `processRedemptions`
/// (anyone) fills requests whose cooldown has passed, in order, as far as the idle AID allows (the head request may be
/// filled in part), and the controller (or its operator) claims the AID with ERC-4626 `redeem` or `withdraw`.
///
/// Two prices, so that no holder gains at another's expense (contracts/docs/DESIGN.md, "Fairness under loss"):
/// - exits are filled at `totalAssets()` = idle AID - income not yet vested + loan book - impairment: only what the
///   vault is sure of. The impairment is the loan manager's expected shortfall of liquidated loans, counted at once
///   when a loan is liquidated and replaced by the auction's result when it settles (a recovery above it vests);
/// - deposits pay the full value `depositAssets()` = the silo's AID (unvested income included) + the loan book at its
///   exact value + the T-bill yield expected since the last harvest, without the impairment. So a deposit never buys
///   in below fair value, and an exit never takes more than its share of what is certain.
///
/// All O(1): the loan book is the loan manager's checkpoint (see `ILoanManager`), cached here and re-read whenever its
/// straight line may have gone stale; the impairment is read from the loan manager when exits are filled.
///
/// Synchronous exits are disabled: `previewWithdraw` and `previewRedeem` revert, and `withdraw`/`redeem` only claim
/// filled requests (`maxWithdraw`/`maxRedeem` are the controller's claimable AID and shares).
/// First deposit: at zero supply shares are minted 1:1 for AID (whatever was donated to the silo), and
/// `DEAD_SHARES` are locked at 0x...dEaD forever, so the supply never returns to zero. Slippage-guarded overloads of
/// `deposit` and `mint` revert if the price moved.
interface IStakedAID is IERC4626, IERC20Permit, IRoles {
    /*//////////////////////////////////////////////////////////////
                                 STRUCTS
    //////////////////////////////////////////////////////////////*/

    /// @notice Where an exit request stands. Filled AID is the controller's, claimable with `redeem`/`withdraw`.
    enum RequestStatus {
        None, // never made, cancelled or wholly filled
        Pending // shares escrowed (some may already be filled), waiting for its cooldown, its turn and idle AID
    }

    /// @notice The vault's state in one read, for the app and the loan manager.
    struct VaultState {
        uint256 totalAssets; // what exits are filled at: idle AID - unvested income + loan book - impairment
        uint256 depositAssets; // what deposits pay for: silo AID + loan book + expected harvest (no impairment)
        uint256 totalSupply; // shares, escrowed ones included
        uint256 idleAssets; // the silo's AID less the income not yet vested
        uint256 unvestedIncome; // income (AID) not yet vested
        uint256 vestingEnd; // when the income now vesting is fully vested
        uint256 bookValue; // the loan book's value now (principal and counted interest, liquidated loans included)
        uint256 impairment; // expected shortfall of liquidated loans, not yet settled by their auctions
        uint256 expectedYield; // T-bill yield expected since the last harvest (the last harvest's rate x time)
        uint256 utilisationBps; // loan book / (idle AID + loan book)
        uint256 utilisationCapBps; // the book may not exceed this share of total assets after a draw
        uint256 maxDraw; // the most AID the loan manager may draw now
        uint256 cooldown; // how long a request waits before it may be filled
        uint256 nextRequestId; // the id the next request will get (ids start at 1)
        uint256 queueHead; // the oldest request not yet wholly filled or skipped
        uint256 pendingShares; // shares escrowed by pending requests
        uint256 claimableAssets; // AID held for filled, unclaimed requests
        bool depositPaused;
        bool borrowPaused;
        address loanManager;
        address silo; // holds the idle AID
        address minter; // adds harvested yield
    }

    /// @notice Everything the app shows about one exit request.
    struct RequestView {
        RequestStatus status;
        address controller; // who may claim or cancel (or its operator)
        uint256 shares; // shares still pending (escrowed, not yet filled)
        uint256 filledShares; // shares of this request already filled (its AID is the controller's claimable)
        uint256 assets; // what the pending shares are worth now at the exit price
        uint256 requestedAt; // timestamp of the request
        uint256 eligibleAt; // when its cooldown ends
        uint256 sharesAhead; // pending shares of the requests before it in the queue
        uint256 assetsAhead; // their AID value at the exit price now
    }

    /*//////////////////////////////////////////////////////////////
                                 ERRORS
    //////////////////////////////////////////////////////////////*/

    /// @notice The amount is zero.
    error ZeroAmount();

    /// @notice The deposit or mint would create no shares (the amount is worth less than one share).
    error ZeroShares(uint256 assets);

    /// @notice The first deposit must buy more than the shares locked forever at the dead address.
    error FirstDepositTooSmall(uint256 shares, uint256 minimum);

    /// @notice Shares or AID cannot go to this receiver (the zero address or the vault).
    error InvalidReceiver(address receiver);

    /// @notice Deposits are paused by the guardian. Exits never are.
    error DepositPaused();

    /// @notice New borrowing is paused by the guardian. Repayments never are.
    error BorrowPaused();

    /// @notice The deposit would take the share supply past what the vault can represent.
    error ExceedsMaxDeposit(uint256 assets, uint256 maxAssets);

    /// @notice Synchronous exits are disabled: exits go through `requestRedeem`; `redeem`/`withdraw` claim.
    error SynchronousExitDisabled();

    /// @notice The deposit would mint fewer shares than the caller accepts (the price moved).
    error SharesBelowMinimum(uint256 shares, uint256 minShares);

    /// @notice The mint would cost more AID than the caller accepts (the price moved).
    error AssetsAboveMaximum(uint256 assets, uint256 maxAssets);

    /// @notice The claim asks for more than the controller's filled, unclaimed requests hold.
    error ExceedsClaimable(uint256 amount, uint256 claimable);

    /// @notice The caller is neither the controller (or owner) nor an operator it approved.
    error NotOperator(address controller, address caller);

    /// @notice The vault cannot lend while eligible exit requests wait: fill them first (`processRedemptions`).
    error ExitsWaiting(uint256 requestId);

    /// @notice A request larger than `MAX_REQUEST_SHARES`.
    error RequestTooLarge(uint256 shares, uint256 maxShares);

    /// @notice The caller is neither the request's controller nor an operator it approved.
    error NotController(uint256 requestId, address caller, address controller);

    /// @notice The request is not in the state the action needs.
    error InvalidRequestStatus(uint256 requestId, RequestStatus status, RequestStatus expected);

    /// @notice A cooldown above `MAX_COOLDOWN`.
    error CooldownTooLong(uint256 cooldown, uint256 maxCooldown);

    /// @notice A utilisation cap above `MAX_UTILISATION_CAP_BPS`.
    error UtilisationCapTooHigh(uint256 capBps, uint256 maxCapBps);

    /// @notice Only the loan manager may call this.
    error NotLoanManager(address caller);

    /// @notice Only the minter or the loan manager may add income.
    error NotIncomeSource(address caller);

    /// @notice The draw exceeds what the utilisation cap and the idle AID allow.
    error DrawExceedsMax(uint256 assets, uint256 maxAssets);

    /// @notice The loan manager is set once and never replaced.
    error LoanManagerAlreadySet(address loanManager);

    /// @notice The loan manager reported a checkpoint outside the bounds the vault stores.
    error InvalidBookCheckpoint(uint256 value, uint256 ratePerSecond, uint256 accrualEnd);

    /// @notice More unvested income than the vault can store at once.
    error IncomeTooLarge(uint256 unvested, uint256 maxUnvested);

    /// @notice The AID token does not name this vault as its savings vault.
    error AidSavingsMismatch(address expected, address actual);

    /*//////////////////////////////////////////////////////////////
                                 EVENTS
    //////////////////////////////////////////////////////////////*/

    /// @notice ERC-7540: `owner`'s `shares` were escrowed in request `requestId`, controlled by `controller`.
    event RedeemRequest(
        address indexed controller, address indexed owner, uint256 indexed requestId, address sender, uint256 shares
    );

    /// @notice A request was filled, wholly or (`sharesLeft` > 0) in part: `shares` were burned and `assets` AID set
    /// aside for the controller to claim.
    event RedeemRequestFilled(
        uint256 indexed requestId, address indexed controller, uint256 shares, uint256 assets, uint256 sharesLeft
    );

    /// @notice A pending request was cancelled and its shares returned to the controller.
    event RedeemRequestCancelled(uint256 indexed requestId, address indexed controller, uint256 shares);

    /// @notice ERC-7540: `controller` approved or revoked `operator` to manage its requests and claims.
    event OperatorSet(address indexed controller, address indexed operator, bool approved);

    /// @notice Income arrived from `source` and vests until `vestingEnd`; `unvested` is the total still vesting
    /// (income already vesting keeps its pace: it is never pushed back).
    event IncomeAdded(address indexed source, uint256 assets, uint256 unvested, uint256 vestingEnd);

    /// @notice The cached loan book was refreshed from the loan manager.
    event BookSynced(uint256 value, uint256 ratePerSecond, uint256 accrualEnd);

    /// @notice The loan manager drew `assets` idle AID to `receiver` for a loan.
    event Drawn(address indexed receiver, uint256 assets);

    /// @notice The loan manager returned `assets` AID (repayments, interest, recoveries).
    event Repaid(uint256 assets);

    /// @notice The admin set the exit cooldown.
    event CooldownSet(uint256 cooldown);

    /// @notice The admin set the utilisation cap.
    event UtilisationCapSet(uint256 capBps);

    /// @notice The admin set the loan manager.
    event LoanManagerSet(address indexed loanManager);

    /// @notice The guardian or admin set the pauses.
    event Paused(bool depositPaused, bool borrowPaused);

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @notice The whole vault state in one call (see `VaultState`).
    function vaultState() external view returns (VaultState memory);

    /// @notice What deposits pay for: the silo's AID (unvested income included), the loan book at its exact value and
    /// the T-bill yield expected since the last harvest; the impairment is not deducted. `previewDeposit`, `deposit`,
    /// `previewMint` and `mint` price shares at `(depositAssets() + 1) / (totalSupply() + 1)`; at zero supply, 1:1.
    function depositAssets() external view returns (uint256);

    /// @notice The loan manager's expected shortfall on liquidated loans whose auctions have not settled.
    function impairment() external view returns (uint256);

    /// @notice The loan manager (address(0) until the admin sets it, once).
    function loanManager() external view returns (address);

    /// @notice The most AID the loan manager may draw now (utilisation cap and idle AID; 0 while borrowing is
    /// paused or no loan manager is set). Eligible exits are filled first, at the draw.
    function maxDraw() external view returns (uint256);

    /// @notice Whether new borrowing is paused. The loan manager may check it before opening a loan; `draw`
    /// enforces it anyway.
    function borrowPaused() external view returns (bool);

    /// @notice One request's state, position and timing. `sharesAhead` sums the pending requests ahead of it (a
    /// view; it walks the queue from the head, so it costs more the further back the request is).
    function getRequest(uint256 requestId) external view returns (RequestView memory);

    /// @notice ERC-7540: shares of request `requestId` still pending, if `controller` controls it.
    function pendingRedeemRequest(uint256 requestId, address controller) external view returns (uint256 shares);

    /// @notice ERC-7540: shares of `controller` in the Claimable state. Filled requests of one controller are paid
    /// from one balance (the standard lets a vault aggregate by controller), so this is the same for every id.
    function claimableRedeemRequest(uint256 requestId, address controller) external view returns (uint256 shares);

    /// @notice The AID and shares of `controller`'s filled, unclaimed requests.
    function claimable(address controller) external view returns (uint256 assets, uint256 shares);

    /// @notice ERC-7540: whether `operator` may manage `controller`'s requests and claims.
    function isOperator(address controller, address operator) external view returns (bool);

    /// @notice ERC-7575: the share token, this vault itself.
    function share() external view returns (address);

    /*//////////////////////////////////////////////////////////////
                             DEPOSITS (GUARDED)
    //////////////////////////////////////////////////////////////*/

    /// @notice `deposit(assets, receiver)` that reverts with `SharesBelowMinimum` below `minShares`.
    function deposit(uint256 assets, address receiver, uint256 minShares) external returns (uint256 shares);

    /// @notice `mint(shares, receiver)` that reverts with `AssetsAboveMaximum` above `maxAssets`.
    function mint(uint256 shares, address receiver, uint256 maxAssets) external returns (uint256 assets);

    /*//////////////////////////////////////////////////////////////
                                EXIT QUEUE
    //////////////////////////////////////////////////////////////*/

    /// @notice ERC-7540: escrows `shares` of `owner` in a new request controlled by `controller`. A caller other
    /// than `owner` must be its operator or spends `owner`'s share allowance. Never paused.
    /// @return requestId The request's id (FIFO order).
    function requestRedeem(uint256 shares, address controller, address owner) external returns (uint256 requestId);

    /// @notice `requestRedeem(shares, msg.sender, msg.sender)`.
    function requestRedeem(uint256 shares) external returns (uint256 requestId);

    /// @notice Anyone: fills up to `maxCount` requests from the head of the queue, in order, each at the exit price
    /// now (`totalAssets()`), as far as the idle AID allows: the first request the idle AID cannot wholly fill is
    /// filled in part and stays at the head. Stops at the first request still in its cooldown. Cancelled requests are
    /// skipped (they count toward `maxCount`). Never paused.
    /// @return filled The number of requests filled, wholly or in part.
    /// @return assets The AID set aside for them.
    function processRedemptions(uint256 maxCount) external returns (uint256 filled, uint256 assets);

    /// @notice ERC-7540: the controller approves or revokes `operator` to request, cancel and claim for it.
    function setOperator(address operator, bool approved) external returns (bool);

    /// @notice The controller (or its operator) cancels a pending request; its pending shares go back to the
    /// controller (what was already filled stays claimable).
    function cancelRedeemRequest(uint256 requestId) external returns (uint256 shares);

    /*//////////////////////////////////////////////////////////////
                               LENDING SIDE
    //////////////////////////////////////////////////////////////*/

    /// @notice Loan manager only: sends `assets` idle AID to `receiver` for a loan it has just recorded. Re-reads the
    /// book, fills eligible exit requests first (idle AID owed to them is never lent), then checks the borrow pause,
    /// the idle AID and the utilisation cap.
    function draw(uint256 assets, address receiver) external;

    /// @notice Loan manager only: pulls `assets + income` AID from the loan manager into the idle liquidity after it
    /// has reduced its book: `assets` returns to the book's side (principal, interest the book counted, recoveries)
    /// and `income` (what the book never counted, such as penalties, or a recovery above the impairment) vests as
    /// `addIncome` would vest it. One call and one pull for both. Re-reads the book. Never paused. Reverts
    /// `ZeroAmount` when both are zero.
    function repayAndAddIncome(uint256 assets, uint256 income) external;

    /// @notice Minter or loan manager only: pulls `assets` AID from the caller as income that vests linearly: over
    /// `VESTING_PERIOD` when nothing is vesting, else at least as fast as what is already vesting (never delaying it)
    /// and within `VESTING_PERIOD`. The minter's income also sets the expected T-bill yield rate.
    function addIncome(uint256 assets) external;

    /// @notice Anyone: re-reads the loan manager's checkpoint.
    function refreshBook() external;

    /*//////////////////////////////////////////////////////////////
                                 ADMIN
    //////////////////////////////////////////////////////////////*/

    /// @notice Admin only: sets the exit cooldown, at most `MAX_COOLDOWN` (30 days).
    function setCooldown(uint256 cooldown) external;

    /// @notice Admin only: sets the utilisation cap, at most `MAX_UTILISATION_CAP_BPS`.
    function setUtilisationCap(uint256 capBps) external;

    /// @notice Admin only, once: sets the loan manager. It can never be replaced, so no admin can swap in a contract
    /// that misreports the book to draw the idle AID.
    function setLoanManager(address loanManager) external;

    /// @notice Guardian or admin: pauses or unpauses deposits (and mints of shares) and new borrowing.
    function pause(bool depositPaused, bool borrowPaused) external;
}
