// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title LoanMath
/// @notice The payment schedule and interest of a GPU-backed loan, as pure functions.
///
/// A loan accrues simple interest per second on its outstanding principal at a fixed APR. Payments fall due every
/// `PERIOD` at 00:00 UTC: the first `PERIOD` after the start of the day after the loan opened, so every due date and
/// every deadline (due date + `GRACE`) is a whole day, which lets the loan book group deadlines by day. Each payment
/// is the interest accrued since the last one plus a straight-line share of the original principal
/// (`original * j / term` is due, cumulatively, by the j-th due date). While a payment is late the principal also
/// accrues a penalty of `PENALTY_APR_BPS` a year on top of the APR.
///
/// Units: amounts in AID wei (18 decimals), rates in basis points per 365-day year, times in unix seconds.
/// Rounding: what the borrower owes rounds up, what the book counts and what a partial payment covers round down,
/// always in the protocol's favour. Inputs are bounded by the loan manager (principal < 2^88, rates < 2^16,
/// times < 2^32), so no product here can overflow.
library LoanMath {
    uint256 internal constant BPS = 10_000; // 100%
    uint256 internal constant YEAR = 365 days;
    /// @notice Time between two payments.
    uint256 internal constant PERIOD = 30 days;
    /// @notice How long a payment may be late before the loan can be liquidated.
    uint256 internal constant GRACE = 7 days;
    /// @notice Extra APR on the principal while a payment is late.
    uint256 internal constant PENALTY_APR_BPS = 500; // +5% a year

    /// @notice The day the due dates count from: 00:00 UTC after `openedAt`, as a day number since the epoch.
    function anchorDay(uint256 openedAt) internal pure returns (uint256) {
        return openedAt / 1 days + 1;
    }

    /// @notice The `j`-th due date (j >= 1) of a loan whose schedule starts on day `anchor`.
    function dueDate(uint256 anchor, uint256 j) internal pure returns (uint256) {
        return anchor * 1 days + j * PERIOD;
    }

    /// @notice When a loan that has paid `paidInstallments` installments becomes liquidatable for non-payment: the
    /// next due date plus the grace period.
    function deadline(uint256 anchor, uint256 paidInstallments) internal pure returns (uint256) {
        return dueDate(anchor, paidInstallments + 1) + GRACE;
    }

    /// @notice Principal due, cumulatively, by the `j`-th due date: `original * j / term`, rounded down (the last
    /// installment takes the remainder, so the installments sum to `original` exactly).
    function cumulativePrincipal(uint256 original, uint256 j, uint256 term) internal pure returns (uint256) {
        return j >= term ? original : original * j / term;
    }

    /// @notice Principal still to pay to have paid the first `j` installments, given `outstanding` principal.
    function principalDue(uint256 original, uint256 outstanding, uint256 j, uint256 term)
        internal
        pure
        returns (uint256)
    {
        uint256 cumulative = cumulativePrincipal(original, j, term);
        uint256 paid = original - outstanding;
        return cumulative > paid ? cumulative - paid : 0;
    }

    /// @notice How many installments are fully paid once `outstanding` principal is left, at most `term`.
    function installmentsCovered(uint256 original, uint256 outstanding, uint256 from, uint256 term)
        internal
        pure
        returns (uint256 j)
    {
        uint256 paid = original - outstanding;
        j = from;
        // Bounded by `term` (at most 36): prepaying several installments at once advances several.
        while (j < term && cumulativePrincipal(original, j + 1, term) <= paid) {
            ++j;
        }
    }

    /// @notice Interest and penalty owed at `timestamp` on `principal` paid through `paidThrough`, with the next
    /// payment due at `due`: the APR from `paidThrough`, plus the penalty from the later of `paidThrough` and `due`.
    /// Rounded up.
    function interestOwed(uint256 principal, uint256 aprBps, uint256 paidThrough, uint256 due, uint256 timestamp)
        internal
        pure
        returns (uint256)
    {
        if (timestamp <= paidThrough) return 0;
        uint256 scaled = principal * aprBps * (timestamp - paidThrough);
        if (timestamp > due) {
            uint256 lateFrom = paidThrough > due ? paidThrough : due;
            scaled += principal * PENALTY_APR_BPS * (timestamp - lateFrom);
        }
        return _divUp(scaled, BPS * YEAR);
    }

    /// @notice The time up to which `amount` pays the interest (and penalty) of `principal` from `paidThrough`, for
    /// an `amount` smaller than what is owed now. Rounded down: the borrower never gets a second they did not pay
    /// for.
    function paidUntil(uint256 principal, uint256 aprBps, uint256 paidThrough, uint256 due, uint256 amount)
        internal
        pure
        returns (uint256)
    {
        uint256 scaled = amount * BPS * YEAR;
        uint256 rate = principal * aprBps;
        uint256 from = paidThrough;
        if (paidThrough < due) {
            // Before the due date only the APR runs. `amount` is less than what is owed now, so if the payment
            // reaches the due date then time has passed it.
            uint256 beforeDue = rate * (due - paidThrough);
            if (scaled < beforeDue) return paidThrough + scaled / rate;
            scaled -= beforeDue;
            from = due;
        }
        return from + scaled / (rate + principal * PENALTY_APR_BPS);
    }

    /// @notice The per-second interest the savings vault's book counts for a loan: the APR less the protocol's
    /// share, in AID wei per second, rounded down (the book never counts more than the vault will receive).
    function bookRate(uint256 principal, uint256 aprBps, uint256 protocolShareBps) internal pure returns (uint256) {
        return principal * aprBps * (BPS - protocolShareBps) / (BPS * BPS * YEAR);
    }

    /// @notice Interest the book counts for a loan with `rate`, from `paidThrough` until `until` (zero if before).
    function booked(uint256 rate, uint256 paidThrough, uint256 until) internal pure returns (uint256) {
        return until > paidThrough ? rate * (until - paidThrough) : 0;
    }

    /// @notice `a * b / BPS`, rounded up.
    function bpsUp(uint256 a, uint256 b) internal pure returns (uint256) {
        return _divUp(a * b, BPS);
    }

    function _divUp(uint256 a, uint256 b) private pure returns (uint256) {
        // Cannot overflow: a is at most 2^200 here and b is non-zero.
        unchecked {
            return a == 0 ? 0 : (a - 1) / b + 1;
        }
    }
}
