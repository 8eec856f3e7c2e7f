// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title The lending side of the savings vault (implemented by the loans issue)
/// @notice The loan manager lends the savings vault's AID against GPU titles. The vault (sAID) counts the loan book
/// in its `totalAssets`, so the book's value must be known in O(1), whatever the number of loans.
///
/// The book's value is: principal outstanding + interest accrued on performing loans - recognised losses.
/// The loan manager reports it as a checkpoint, a value now plus a straight line:
///
///     value(t) = value + ratePerSecond * (min(t, accrualEnd) - now)      for now <= t, until the next checkpoint
///
/// The vault caches the checkpoint (one storage slot, so a deposit reads no other contract) and re-reads it
/// whenever the loan manager calls it (`draw`, `repayAndAddIncome`, `addIncome`) and on `refreshBook()`, which anyone
/// may call.
///
/// What the loan manager must do (the vault's accounting is only as right as these):
/// 1. Keep `bookCheckpoint()` O(1): aggregate principal, accrued interest and the sum of per-second interest
///    rates of performing loans (Maple's "issuance rate"), updated loan by loan as loans change.
/// 2. Round in the vault's favour: `value` and `ratePerSecond` round down.
/// 3. Set `accrualEnd` to the first moment the straight line may stop being true without a transaction, at the
///    latest the earliest payment deadline (due date + grace) of the performing loans, so the interest of a loan
///    that goes late stops counting by itself until someone updates the book (Maple's impairment rule). It must
///    not be in the past; with no performing loans `ratePerSecond` is 0 and `accrualEnd` may be now.
/// 4. Record a new loan first, then call `IStakedAID.draw(principal, receiver)`: the vault re-reads the checkpoint,
///    which must now include the principal, checks the utilisation cap and the guardian's borrow pause
///    (`IStakedAID.borrowPaused()`), and sends the AID from its idle liquidity.
/// 5. On every repayment, late fee, recovery or auction proceeds: reduce the book, then call
///    `IStakedAID.repayAndAddIncome(assets, income)`: `assets` is principal and accrued interest that was already in the book,
///    `income` lumpy income that was never in the book, such as penalties or an auction surplus kept by the protocol
///    (it vests over 8 hours; `IStakedAID.addIncome(amount)` also takes it alone). The vault pulls the AID from the
///    loan manager; no approval is needed (AID gives the vault an infinite allowance).
/// 6. On a default: stop the loan's rate, keep its principal and counted interest in `value` until its auction settles,
///    and report at once, in `impairment()`, the shortfall it may leave (what the insurance fund cannot cover), then
///    call `IStakedAID.refreshBook()`. Exits are filled net of the impairment from that moment. On settlement, take the
///    loan out of `value` and the impairment, and pay the vault so that the exit price does not jump: the part the
///    impairment already assumed as `assets`, any recovery above it as vesting `income`.
/// 7. Never hold the vault's AID between transactions: AID it receives from borrowers goes to the vault in the
///    same transaction, so the vault's `totalAssets` never counts it twice or misses it.
interface ILoanManager {
    /// @notice The loan book as a checkpoint at `block.timestamp`.
    /// @return value Principal outstanding + accrued interest of performing loans - recognised losses (AID, 18
    /// decimals), rounded down.
    /// @return ratePerSecond How fast `value` grows from now while no loan changes (AID wei per second), rounded
    /// down. At most 2^80 - 1.
    /// @return accrualEnd Timestamp after which the growth must stop until the next checkpoint; >= now.
    function bookCheckpoint() external view returns (uint256 value, uint256 ratePerSecond, uint256 accrualEnd);

    /// @notice The book's value now, O(1). Equals `value` of `bookCheckpoint()`.
    function bookValue() external view returns (uint256);

    /// @notice The expected shortfall of liquidated loans whose auctions have not settled (AID, rounded up): each
    /// one's principal and counted interest, still in the book, less the insurance-fund cover set aside for it.
    function impairment() external view returns (uint256);
}
