// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IRoles} from "./IRoles.sol";

/// @title Loans against GPU titles (the user-facing side of the loan manager)
/// @notice A borrower pledges an appraised, insured GPU title and borrows AID from the savings vault (sAID) within an
/// on-chain LTV, pays on a schedule, and gets the title back when repaid. A default ends in a public Dutch auction.
///
/// Life of a loan:
///
///     openLoan ──> Active ──repay (in full)──> Repaid            (title back to the borrower)
///                    │
///                    └──liquidate──> Liquidating ──repay (whole debt)──> Repaid   (title back to the borrower)
///                                        ├──bid──────────> Sold         (title to the bidder, surplus claimable)
///                                        └──closeAuction─> WrittenOff   (no bid: title to the recovery address)
///
/// Terms (defaults; the admin may change them within the bounds below, for new loans only):
/// - principal <= currentValue x maxLtv (70%, at most 80%); an origination fee (1%) goes to the insurance fund.
/// - A fixed APR per loan (15%), accrued per second on the outstanding principal. Payments every 30 days at 00:00
///   UTC (the first 30 days after the start of the day after opening), each the interest accrued plus a
///   straight-line share of the principal over the term (12 payments). A payment late by more than 7 days (the grace
///   period) lets anyone liquidate; while late the principal accrues an extra 5% a year (the penalty).
/// - `repay` takes interest and penalty first, then principal; anyone may repay for a borrower; prepaying principal
///   counts toward the next installments; paying everything closes the loan and returns the title.
/// - Of every interest (and penalty) payment, the protocol's share (10%) goes to the insurance fund, the rest to sAID.
///
/// Default, triggered by anyone with `liquidate` when: a payment is more than the grace period late; or the debt
/// exceeds the liquidation threshold (85%) of the title's value (its appraisal depreciated to now); or the appraisal
/// or the verified insurance lapsed more than the grace period ago. The debt (principal, interest and penalty) is then
/// fixed, and the title is sold in a Dutch auction from 120% of its value down to 30% over 72 hours. `bid` pays the
/// current price. Proceeds pay the debt to sAID (principal and counted interest back to its book, the rest as
/// income), then a liquidation fee (5% of the debt) to the insurance fund, and the surplus is the borrower's to
/// claim (`claimSurplus`; never pushed, so no borrower can block a sale). The borrower may still repay the whole debt
/// during the auction and keep the title. No bid by the end: `closeAuction` sends the title to the recovery address
/// and writes the loan off.
///
/// Loss waterfall: what a sale does not cover of the principal and the interest sAID had counted is paid by the
/// insurance fund (this contract's AID, less the borrowers' unclaimed surpluses); what the fund cannot pay is a
/// recognised loss, lowering sAID's share price at once for every holder, queued exits included.
///
/// Roles: the admin sets the terms within constant bounds and the recovery address. New loans are paused through
/// the savings vault (`IStakedAID.pause`, the guardian's borrow pause); nothing pauses repayments, liquidations,
/// auctions or claims, and no role can move a title, a payment or the insurance fund.
interface ILoans is IRoles {
    /*//////////////////////////////////////////////////////////////
                                 TYPES
    //////////////////////////////////////////////////////////////*/

    /// @notice Where a loan is in its life. `None` is the status of an id never used.
    enum LoanStatus {
        None,
        Active,
        Liquidating,
        Repaid,
        Sold,
        WrittenOff
    }

    /// @notice Why a loan can be (or was) liquidated. `None`: it cannot.
    enum DefaultReason {
        None,
        PaymentOverdue, // a payment is more than the grace period late
        LtvBreached, // the debt is above the liquidation threshold of the title's value
        CollateralLapsed // the appraisal or the verified insurance lapsed more than the grace period ago
    }

    /// @notice The terms new loans get, each within its bounds (see the `MIN_`/`MAX_` constants).
    struct Parameters {
        uint16 maxLtvBps; // principal <= value x this at opening
        uint16 liquidationThresholdBps; // debt > value x this lets anyone liquidate
        uint16 aprBps; // fixed interest rate a year
        uint8 termPeriods; // number of 30-day payments
        uint16 originationFeeBps; // of the principal, to the insurance fund at opening
        uint16 protocolShareBps; // of interest and penalty, to the insurance fund
        uint16 liquidationFeeBps; // of the debt, to the insurance fund from auction proceeds
    }

    /// @notice Everything the app shows about one loan, in one read. Amounts in AID wei; times in unix seconds.
    struct LoanView {
        uint256 id;
        address borrower;
        uint256 titleId;
        LoanStatus status;
        uint256 principal; // outstanding
        uint256 originalPrincipal;
        uint256 aprBps;
        uint256 protocolShareBps;
        uint256 liquidationThresholdBps;
        uint256 termPeriods;
        uint256 installmentsPaid;
        uint256 openedAt;
        uint256 paidThrough; // interest is paid up to here (0 unless Active or Liquidating)
        uint256 nextDueDate; // 0 unless Active
        uint256 nextPaymentAmount; // due by `nextDueDate`, or to become current now if late
        uint256 deadline; // nextDueDate + grace: liquidatable for non-payment after it
        bool late; // a payment is past its due date
        uint256 interestOwed; // interest and penalty owed now (fixed once Liquidating)
        uint256 payoff; // principal + interestOwed: what closes the loan now
        uint256 bookRate; // AID wei a second the vault's book counts for this loan while it performs
        uint256 collateralValue; // the title's appraisal depreciated to now (0 unless Active or Liquidating)
        uint256 ltvBps; // payoff / collateralValue (type(uint256).max when the value is 0)
        uint256 healthFactor; // collateralValue x threshold / payoff, 1e18 = at the threshold
        DefaultReason defaultReason; // why `liquidate` would succeed now (Active only)
        uint256 auctionStart; // 0 unless liquidated, and again once sold (the sale deletes the auction's record)
        uint256 auctionEnd;
        uint256 auctionBasis; // the title's value at the default
        uint256 auctionPrice; // what `bid` pays now (0 unless the auction is live)
        uint256 surplusClaimable; // the borrower's share of a sale, not yet claimed
    }

    /// @notice One remaining payment, if every payment is made on its due date (a late loan's first row is what
    /// makes it current now, penalty included).
    struct Installment {
        uint256 dueDate;
        uint256 principal;
        uint256 interest;
        uint256 total;
    }

    /// @notice The book and the insurance fund, in one read.
    struct ManagerState {
        uint256 bookValue; // principal + counted interest of open loans (what sAID counts), now
        uint256 ratePerSecond; // how fast the book grows while no loan changes
        uint256 accrualEnd; // the earliest payment deadline of the performing loans
        uint256 principalOutstanding; // of Active loans (a liquidated loan's debt is fixed and its auction resolves it)
        uint256 insuranceFund; // AID available to cover losses
        uint256 coverageBps; // insuranceFund / principalOutstanding
        uint256 surplusOutstanding; // unclaimed borrower surpluses (AID held apart from the fund)
        uint256 impairment; // expected shortfall of liquidated loans not yet settled (sAID fills exits net of it)
        uint256 reservedCover; // insurance fund set aside for those loans at their default
        uint256 loanCount; // ids 1 to loanCount
        Parameters parameters;
        address recovery; // receives titles nobody bid for
        address vault;
        address registry;
    }

    /*//////////////////////////////////////////////////////////////
                                 ERRORS
    //////////////////////////////////////////////////////////////*/

    /// @notice The amount is zero.
    error ZeroAmount();

    /// @notice AID or a title cannot go to this receiver (the zero address or this contract).
    error InvalidReceiver(address receiver);

    /// @notice The principal is below the minimum loan (dust loans are not worth liquidating).
    error PrincipalTooSmall(uint256 principal, uint256 minimum);

    /// @notice The principal is above the largest loan this contract can record.
    error PrincipalTooLarge(uint256 principal, uint256 maximum);

    /// @notice The principal is above the title's current value times the maximum LTV.
    error LtvTooHigh(uint256 titleId, uint256 principal, uint256 maxPrincipal);

    /// @notice The title id does not fit the loan record (ids above 2^32 - 1).
    error TitleIdTooLarge(uint256 titleId);

    /// @notice The loan is not in a status that allows this action.
    error InvalidLoanStatus(uint256 loanId, LoanStatus status);

    /// @notice No default trigger holds: the payment deadline, the LTV and the collateral are all fine.
    error NotLiquidatable(uint256 loanId, uint256 deadline, uint256 ltvBps, uint256 liquidationThresholdBps);

    /// @notice During the auction only a payment of the whole debt is accepted.
    error AuctionRequiresFullRepayment(uint256 loanId, uint256 amount, uint256 debt);

    /// @notice The auction is over; bids are closed (see `closeAuction`).
    error AuctionEnded(uint256 loanId, uint256 endedAt);

    /// @notice The auction is still running.
    error AuctionNotEnded(uint256 loanId, uint256 endsAt);

    /// @notice Only the loan's borrower may do this.
    error NotBorrower(uint256 loanId, address caller, address borrower);

    /// @notice There is no surplus to claim for this loan.
    error NothingToClaim(uint256 loanId);

    /// @notice A parameter is outside its bounds; `parameter` is its index in `Parameters` (0 = maxLtvBps).
    error ParameterOutOfBounds(uint256 parameter, uint256 value, uint256 minimum, uint256 maximum);

    /// @notice A total would exceed what its record holds (book value 2^112 and rate 2^80, the savings vault's bounds;
    /// 2^32 loans; 2^96 AID of principal or unclaimed surpluses).
    error BookTooLarge();

    /// @notice The savings vault's asset is not AID, or AID does not name it as its savings vault.
    error VaultMismatch(address vault);

    /*//////////////////////////////////////////////////////////////
                                 EVENTS
    //////////////////////////////////////////////////////////////*/

    /// @notice A loan was opened at the current `parameters()`: the title is in escrow and `principal - fee` AID went
    /// to `receiver`.
    event LoanOpened(
        uint256 indexed loanId,
        address indexed borrower,
        uint256 indexed titleId,
        address receiver,
        uint256 principal,
        uint256 fee
    );

    /// @notice `payer` paid `interest` (penalty included; `protocolShare` of it to the insurance fund) and
    /// `principalPaid`. `principalLeft` is 0 when the loan closed and the title went back to the borrower.
    event LoanRepaid(
        uint256 indexed loanId,
        address indexed payer,
        uint256 interest,
        uint256 protocolShare,
        uint256 principalPaid,
        uint256 principalLeft,
        uint256 installmentsPaid
    );

    /// @notice The loan defaulted: its debt is fixed at `debt` and the title is auctioned from `startPrice`.
    event LoanLiquidated(
        uint256 indexed loanId,
        address indexed caller,
        DefaultReason reason,
        uint256 debt,
        uint256 basis,
        uint256 startPrice
    );

    /// @notice `bidder` bought the title for `price`: `income` went to sAID as income, `fee` to the insurance fund,
    /// `surplus` is the borrower's to claim, and the rest (`price - income - fee - surplus`) back to sAID against its
    /// book; `cover` came from the insurance fund and `loss` was recognised by sAID.
    event AuctionSettled(
        uint256 indexed loanId,
        address indexed bidder,
        uint256 price,
        uint256 income,
        uint256 fee,
        uint256 surplus,
        uint256 cover,
        uint256 loss
    );

    /// @notice No bid by the end: the title went to the recovery address; `cover` came from the insurance fund and
    /// `loss` was recognised by sAID.
    event LoanWrittenOff(uint256 indexed loanId, address indexed recovery, uint256 cover, uint256 loss);

    /// @notice The borrower took the surplus of a sale.
    event SurplusClaimed(uint256 indexed loanId, address indexed borrower, address receiver, uint256 amount);

    /// @notice The admin set the terms for new loans.
    event ParametersSet(Parameters parameters);

    /// @notice The admin set the recovery address.
    event RecoverySet(address indexed recovery);

    /*//////////////////////////////////////////////////////////////
                                BORROWER
    //////////////////////////////////////////////////////////////*/

    /// @notice Pledges the caller's title and borrows `principal` AID from the savings vault: `principal` minus the
    /// origination fee goes to `receiver`. The caller must own the title (Appraised, with a live appraisal and
    /// verified insurance). No ERC-721 approval is needed, so borrowing is one transaction: the registry lets this
    /// contract pledge only its caller's own titles. Reverts with the vault's `BorrowPaused` while the guardian pauses
    /// new loans and `DrawExceedsMax` above its utilisation cap, the registry's errors for the title
    /// (`BorrowerNotOwner` for a caller who does not own it, even one the owner approved), and `LtvTooHigh`,
    /// `PrincipalTooSmall`, `PrincipalTooLarge`, `InvalidReceiver`.
    /// @return loanId The new loan's id (ids start at 1).
    function openLoan(uint256 titleId, uint256 principal, address receiver) external returns (uint256 loanId);

    /// @notice Pays up to `amount` AID of the loan from the caller (who must have approved this contract): interest
    /// and penalty first, then principal. Paying the whole debt closes the loan and returns the title to the borrower;
    /// more than the debt is never taken (pass type(uint256).max to pay off). During the auction only the whole debt
    /// is accepted. Never paused.
    /// @return paid The AID taken from the caller.
    function repay(uint256 loanId, uint256 amount) external returns (uint256 paid);

    /// @notice Anyone: starts the auction of a defaulted loan's title (see `DefaultReason`). Never paused.
    function liquidate(uint256 loanId) external;

    /// @notice Anyone: buys the title at the current auction price, paid in AID from the caller (who must have approved
    /// this contract); the title goes to the caller. Never paused.
    /// @return price The AID paid.
    function bid(uint256 loanId) external returns (uint256 price);

    /// @notice Anyone, after an auction ended with no bid: sends the title to the recovery address and writes the loan
    /// off (the insurance fund covers what it can, sAID recognises the rest as a loss). Never paused.
    function closeAuction(uint256 loanId) external;

    /// @notice The borrower takes the surplus of a sale to `receiver`. Never paused.
    /// @return amount The AID sent.
    function claimSurplus(uint256 loanId, address receiver) external returns (uint256 amount);

    /*//////////////////////////////////////////////////////////////
                                 ADMIN
    //////////////////////////////////////////////////////////////*/

    /// @notice Admin only: the terms of loans opened from now on, each within its bounds, with the liquidation
    /// threshold above the maximum LTV. Open loans keep the terms they were opened with.
    function setParameters(Parameters calldata parameters) external;

    /// @notice Admin only: the address that receives titles nobody bid for.
    function setRecovery(address recovery) external;

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @notice One loan (all zero with status None for an id never used).
    function loan(uint256 loanId) external view returns (LoanView memory);

    /// @notice Loans with ids `fromId` to `fromId + maxScan - 1` (0 is read as 1; `maxScan` capped at `MAX_SCAN`).
    /// @return loans_ The loans, in id order.
    /// @return nextId The id to pass as `fromId` for the next page; 0 when every loan has been examined.
    function loans(uint256 fromId, uint256 maxScan) external view returns (LoanView[] memory loans_, uint256 nextId);

    /// @notice The loans `borrower` took, among ids `fromId` to `fromId + maxScan - 1`.
    function loansOf(address borrower, uint256 fromId, uint256 maxScan)
        external
        view
        returns (LoanView[] memory loans_, uint256 nextId);

    /// @notice Loans whose auction is live (open for bids now), among ids `fromId` to `fromId + maxScan - 1`.
    function liveAuctions(uint256 fromId, uint256 maxScan)
        external
        view
        returns (LoanView[] memory loans_, uint256 nextId);

    /// @notice The next payment: what is due by `dueDate` (or, if late, what makes the loan current now).
    function nextPayment(uint256 loanId) external view returns (uint256 amount, uint256 dueDate);

    /// @notice What closes the loan now: principal + interest + penalty (the fixed debt during the auction).
    function payoffAmount(uint256 loanId) external view returns (uint256);

    /// @notice The remaining payments, if each is made on its due date.
    function schedule(uint256 loanId) external view returns (Installment[] memory);

    /// @notice The loan's LTV and health now, and whether (and why) it can be liquidated.
    /// @return ltvBps Debt over the title's value (type(uint256).max when the value is 0).
    /// @return healthFactor Value x threshold / debt, 1e18 = at the threshold.
    /// @return reason Why `liquidate` would succeed now; `None` if it would not.
    function health(uint256 loanId) external view returns (uint256 ltvBps, uint256 healthFactor, DefaultReason reason);

    /// @notice What `bid` would pay now (0 unless the auction is live).
    function auctionPrice(uint256 loanId) external view returns (uint256);

    /// @notice The most a title could borrow now: its value x max LTV, and what the vault can lend (0 while borrowing
    /// is paused).
    function maxBorrow(uint256 titleId) external view returns (uint256 byLtv, uint256 available);

    /// @notice The insurance fund's AID, the principal outstanding on Active loans, and the fund as a share of it.
    function insuranceFund() external view returns (uint256 balance, uint256 principalOutstanding, uint256 coverageBps);

    /// @notice The book, the insurance fund, the terms and the addresses, in one read.
    function managerState() external view returns (ManagerState memory);

    /// @notice The terms new loans get.
    function parameters() external view returns (Parameters memory);

    /// @notice The highest loan id so far.
    function loanCount() external view returns (uint256);

    /// @notice The savings vault lent from.
    function vault() external view returns (address);

    /// @notice The GPU title registry.
    function registry() external view returns (address);

    /// @notice The AID token.
    function aid() external view returns (address);

    /// @notice Where titles nobody bid for go.
    function recovery() external view returns (address);
}
