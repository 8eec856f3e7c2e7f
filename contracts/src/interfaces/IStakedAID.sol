// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IRoles} from "./IRoles.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";

/// @title sAID, the savings vault
/// @notice ERC-4626 over AID with ERC-2612 permit. Deposits are synchronous; exits go through a first-in
/// first-out queue (ERC-7540 style): `requestRedeem` escrows shares, `processRedemptions` (anyone) fills requests
/// whose cooldown has passed at the share price at fill time while idle AID lasts, and the controller `claim`s the
/// AID. Queued shares keep bearing gains and losses until filled.
///
/// `totalAssets = idle AID - income not yet vested + loan book`, all O(1):
/// - idle AID is the vault's liquidity, held by its `silo` (so the AID held for filled, unclaimed requests is
///   kept apart, in the vault itself, and never counted);
/// - income (harvested T-bill yield, lumpy income from the loan manager) vests linearly over 8 hours;
/// - the loan book is the loan manager's checkpoint (see `ILoanManager`), cached here.
///
/// Synchronous `withdraw` and `redeem` are disabled: `maxWithdraw`/`maxRedeem` return 0, and `previewWithdraw`,
/// `previewRedeem`, `withdraw` and `redeem` revert (as ERC-7540 asks of an asynchronous redeem vault).
/// First-depositor protection: the first deposit locks `DEAD_SHARES` shares at 0x...dEaD forever, and idle AID
/// sent to the silo by anyone but the protocol is the only way to move the price without minting shares.
interface IStakedAID is IERC4626, IERC20Permit, IRoles {
    /*//////////////////////////////////////////////////////////////
                                 STRUCTS
    //////////////////////////////////////////////////////////////*/

    /// @notice Where an exit request stands.
    enum RequestStatus {
        None, // never made, cancelled or claimed
        Pending, // shares escrowed, waiting for its cooldown, its turn and idle AID
        Filled // AID set aside, waiting for the controller's claim
    }

    /// @notice The vault's state in one read, for the app and the loan manager.
    struct VaultState {
        uint256 totalAssets; // idle AID - unvested income + loan book
        uint256 totalSupply; // shares, escrowed ones included
        uint256 idleAssets; // the silo's AID less the income not yet vested
        uint256 unvestedIncome; // income (AID) not yet vested
        uint256 vestingEnd; // when the income now vesting is fully vested
        uint256 bookValue; // the loan book's value now, from the cached checkpoint (O(1))
        uint256 utilisationBps; // loan book / total assets
        uint256 utilisationCapBps; // the book may not exceed this share of total assets after a draw
        uint256 maxDraw; // the most AID the loan manager may draw now
        uint256 cooldown; // how long a request waits before it may be filled
        uint256 nextRequestId; // the id the next request will get (ids start at 1)
        uint256 queueHead; // the oldest request not yet filled or skipped
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
        address controller; // who may claim or cancel
        uint256 shares; // escrowed shares (Pending), else 0
        uint256 assets; // AID set aside for the claim (Filled), else the AID the shares are worth now (Pending)
        uint256 requestedAt; // timestamp of the request (Pending)
        uint256 eligibleAt; // when its cooldown ends (Pending)
        uint256 sharesAhead; // escrowed shares of pending requests before it in the queue (Pending)
        uint256 assetsAhead; // their AID value at the current price (Pending)
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

    /// @notice Synchronous withdraw and redeem are disabled: exits go through `requestRedeem`.
    error SynchronousExitDisabled();

    /// @notice A request larger than `MAX_REQUEST_SHARES`.
    error RequestTooLarge(uint256 shares, uint256 maxShares);

    /// @notice The caller is not the request's controller.
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

    /// @notice The loan manager can only be replaced while its book is empty.
    error LoanBookNotEmpty(uint256 bookValue);

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

    /// @notice A request was filled: its shares were burned and `assets` AID set aside for the controller.
    event RedeemRequestFilled(uint256 indexed requestId, address indexed controller, uint256 shares, uint256 assets);

    /// @notice A pending request was cancelled and its shares returned to the controller.
    event RedeemRequestCancelled(uint256 indexed requestId, address indexed controller, uint256 shares);

    /// @notice The controller claimed a filled request's AID to `receiver`.
    event RedeemClaimed(
        uint256 indexed requestId, address indexed controller, address indexed receiver, uint256 assets
    );

    /// @notice Income arrived from `source` and vests until `vestingEnd`; `unvested` is the total still vesting.
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

    /// @notice The loan manager (address(0) until the admin sets one).
    function loanManager() external view returns (address);

    /// @notice The most AID the loan manager may draw now (utilisation cap and idle AID; 0 while borrowing is
    /// paused or no loan manager is set).
    function maxDraw() external view returns (uint256);

    /// @notice Whether new borrowing is paused. The loan manager may check it before opening a loan; `draw`
    /// enforces it anyway.
    function borrowPaused() external view returns (bool);

    /// @notice One request's state, position and timing. `sharesAhead` sums the pending requests ahead of it (a
    /// view; it walks the queue from the head, so it costs more the further back the request is).
    function getRequest(uint256 requestId) external view returns (RequestView memory);

    /// @notice ERC-7540: shares of request `requestId` still pending, if `controller` controls it.
    function pendingRedeemRequest(uint256 requestId, address controller) external view returns (uint256 shares);

    /// @notice AID of request `requestId` ready to claim, if `controller` controls it.
    function claimableRedeemRequest(uint256 requestId, address controller) external view returns (uint256 assets);

    /*//////////////////////////////////////////////////////////////
                                EXIT QUEUE
    //////////////////////////////////////////////////////////////*/

    /// @notice ERC-7540: escrows `shares` of `owner` in a new request controlled by `controller`. A caller other
    /// than `owner` spends `owner`'s share allowance. Never paused.
    /// @return requestId The request's id (FIFO order).
    function requestRedeem(uint256 shares, address controller, address owner) external returns (uint256 requestId);

    /// @notice `requestRedeem(shares, msg.sender, msg.sender)`.
    function requestRedeem(uint256 shares) external returns (uint256 requestId);

    /// @notice Anyone: fills up to `maxCount` requests from the head of the queue, in order, each at the share price
    /// now, stopping at the first request still in its cooldown or larger than the idle AID left. Cancelled
    /// requests are skipped. Never paused.
    /// @return filled The number of requests filled.
    /// @return assets The AID set aside for them.
    function processRedemptions(uint256 maxCount) external returns (uint256 filled, uint256 assets);

    /// @notice The controller takes a filled request's AID. Never paused.
    function claim(uint256 requestId, address receiver) external returns (uint256 assets);

    /// @notice The controller cancels a pending request; the shares go back to the controller.
    function cancelRedeemRequest(uint256 requestId) external returns (uint256 shares);

    /*//////////////////////////////////////////////////////////////
                               LENDING SIDE
    //////////////////////////////////////////////////////////////*/

    /// @notice Loan manager only: sends `assets` idle AID to `receiver` for a loan it has just recorded. Re-reads the
    /// book, then checks the borrow pause, the idle AID and the utilisation cap.
    function draw(uint256 assets, address receiver) external;

    /// @notice Loan manager only: pulls `assets + income` AID from the loan manager into the idle liquidity after it
    /// has reduced its book: `assets` returns to the book's side (principal, interest the book counted, recoveries)
    /// and `income` (lumpy income the book never counted, such as penalties or an auction's excess over the debt)
    /// vests as `addIncome` would vest it. One call and one pull for both. Re-reads the book. Never paused. Reverts
    /// `ZeroAmount` when both are zero.
    function repayAndAddIncome(uint256 assets, uint256 income) external;

    /// @notice Minter or loan manager only: pulls `assets` AID from the caller as income that vests linearly over
    /// `VESTING_PERIOD`, together with what is still vesting.
    function addIncome(uint256 assets) external;

    /// @notice Anyone: re-reads the loan manager's checkpoint (after a loss or impairment, say).
    function refreshBook() external;

    /*//////////////////////////////////////////////////////////////
                                 ADMIN
    //////////////////////////////////////////////////////////////*/

    /// @notice Admin only: sets the exit cooldown, at most `MAX_COOLDOWN` (30 days).
    function setCooldown(uint256 cooldown) external;

    /// @notice Admin only: sets the utilisation cap, at most `MAX_UTILISATION_CAP_BPS`.
    function setUtilisationCap(uint256 capBps) external;

    /// @notice Admin only: sets the loan manager, only while the current book is empty.
    function setLoanManager(address loanManager) external;

    /// @notice Guardian or admin: pauses or unpauses deposits (and mints of shares) and new borrowing.
    function pause(bool depositPaused, bool borrowPaused) external;
}
