// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {DutchAuction} from "../../src/libraries/DutchAuction.sol";
import {LoanMath} from "../../src/libraries/LoanMath.sol";
import {Test} from "forge-std/Test.sol";

/// @notice The schedule and auction math: exact values, rounding direction, monotonicity.
contract LoanMath_Fuzz_Test is Test {
    uint256 internal constant BPS = 10_000;
    uint256 internal constant YEAR = 365 days;
    uint256 internal constant MAX_PRINCIPAL = type(uint88).max;
    uint256 internal constant START = 1_767_261_600; // 2026-01-01T10:00Z

    function _divUp(uint256 a, uint256 b) internal pure returns (uint256) {
        return a == 0 ? 0 : (a - 1) / b + 1;
    }

    /*//////////////////////////////////////////////////////////////
                             DUTCH AUCTION
    //////////////////////////////////////////////////////////////*/

    function test_Price_StartMiddleFloorAfterEnd() public pure {
        uint256 basis = 2_000_000e18;
        assertEq(DutchAuction.price(basis, 0), 2_400_000e18, "start: 120%");
        assertEq(DutchAuction.price(basis, 36 hours), 1_500_000e18, "middle: 75%");
        assertEq(DutchAuction.price(basis, 72 hours), 600_000e18, "end: the 30% floor");
        assertEq(DutchAuction.price(basis, 72 hours + 1), 600_000e18, "after the end: the floor");
        assertEq(DutchAuction.price(basis, 365 days), 600_000e18);
        // One second in: 120% - 90% / 259,200 s, rounded up.
        assertEq(DutchAuction.price(basis, 1), _divUp(basis * (12_000 * 72 hours - 9000), BPS * 72 hours));
        assertEq(DutchAuction.price(0, 10), 0);
        assertEq(DutchAuction.price(1, 0), 2, "rounds up");
    }

    function testFuzz_Price_FallsLinearlyToTheFloor(uint256 basis, uint256 a, uint256 b) public pure {
        basis = bound(basis, 0, type(uint96).max);
        a = bound(a, 0, 100 hours);
        b = bound(b, a, 100 hours);
        uint256 pa = DutchAuction.price(basis, a);
        uint256 pb = DutchAuction.price(basis, b);
        assertGe(pa, pb, "never rises");
        assertLe(pa, _divUp(basis * 12_000, BPS), "at most 120%");
        assertGe(pb, basis * 3000 / BPS, "at least the floor");
        // Exact line, rounded up (never below it).
        if (a < 72 hours) {
            uint256 scaled = basis * (12_000 * 72 hours - 9000 * a);
            assertGe(pa * BPS * 72 hours, scaled, "not below the line");
            assertLt(pa * BPS * 72 hours, scaled + BPS * 72 hours, "within a wei");
        }
    }

    /*//////////////////////////////////////////////////////////////
                               SCHEDULE
    //////////////////////////////////////////////////////////////*/

    function test_DueDates() public pure {
        uint256 anchor = LoanMath.anchorDay(START);
        assertEq(anchor * 1 days, 1_767_312_000, "2026-01-02T00:00Z");
        assertEq(LoanMath.dueDate(anchor, 1), 1_767_312_000 + 30 days);
        assertEq(LoanMath.deadline(anchor, 0), 1_767_312_000 + 37 days);
        assertEq(LoanMath.deadline(anchor, 11), 1_767_312_000 + 367 days);
        // Opened exactly at midnight: the schedule starts the next midnight.
        assertEq(LoanMath.anchorDay(1_767_312_000), 1_767_312_000 / 1 days + 1);
    }

    function testFuzz_CumulativePrincipal_SumsToOriginal(uint256 original, uint256 term) public pure {
        // Loans are at least 100 AID, so every installment holds principal (original >= term).
        original = bound(original, 36, MAX_PRINCIPAL);
        term = bound(term, 1, 36);
        uint256 sum;
        uint256 previous;
        for (uint256 j = 1; j <= term; ++j) {
            uint256 cumulative = LoanMath.cumulativePrincipal(original, j, term);
            assertGe(cumulative, previous, "non-decreasing");
            sum += cumulative - previous;
            previous = cumulative;
        }
        assertEq(sum, original, "installments sum to the principal");
        assertEq(LoanMath.installmentsCovered(original, 0, 0, term), term, "all paid");
        assertEq(LoanMath.installmentsCovered(original, original, 0, term), 0, "none paid");
    }

    function testFuzz_InterestOwed_MonotoneAndRoundedUp(uint256 principal, uint256 apr, uint256 t1, uint256 t2)
        public
        pure
    {
        principal = bound(principal, 1, MAX_PRINCIPAL);
        apr = bound(apr, 100, 5000);
        uint256 due = START + 30 days;
        t1 = bound(t1, START, START + 4 * 365 days);
        t2 = bound(t2, t1, START + 4 * 365 days);
        uint256 a = LoanMath.interestOwed(principal, apr, START, due, t1);
        uint256 b = LoanMath.interestOwed(principal, apr, START, due, t2);
        assertLe(a, b, "grows with time");
        uint256 late = t1 > due ? t1 - due : 0;
        uint256 scaled = principal * apr * (t1 - START) + principal * 500 * late;
        assertEq(a, _divUp(scaled, BPS * YEAR), "APR plus the 5% penalty after the due date, rounded up");
    }

    function testFuzz_PaidUntil_NeverCoversMoreThanPaid(uint256 principal, uint256 apr, uint256 nowTime, uint256 paid)
        public
        pure
    {
        principal = bound(principal, 1e18, MAX_PRINCIPAL);
        apr = bound(apr, 100, 5000);
        uint256 due = START + 30 days;
        nowTime = bound(nowTime, START + 1, START + 2 * 365 days);
        uint256 owed = LoanMath.interestOwed(principal, apr, START, due, nowTime);
        paid = bound(paid, 0, owed - 1);
        uint256 until = LoanMath.paidUntil(principal, apr, START, due, paid);
        assertLt(until, nowTime, "a partial payment stops short of now");
        // What was paid for covers [START, until]; one more second would cost more than was paid.
        uint256 cost = principal * apr * (until - START) + principal * 500 * (until > due ? until - due : 0);
        assertLe(cost, paid * BPS * YEAR, "never a second not paid for");
        uint256 next = until + 1;
        uint256 costNext = principal * apr * (next - START) + principal * 500 * (next > due ? next - due : 0);
        assertGt(costNext, paid * BPS * YEAR, "and no second paid for is lost");
    }

    function testFuzz_BookRate_NeverAboveTheVaultsShare(uint256 principal, uint256 apr, uint256 share, uint256 dt)
        public
        pure
    {
        principal = bound(principal, 1, MAX_PRINCIPAL);
        apr = bound(apr, 100, 5000);
        share = bound(share, 0, 2500);
        dt = bound(dt, 0, 4 * 365 days);
        uint256 interest = LoanMath.interestOwed(principal, apr, 0, type(uint32).max, dt);
        uint256 vaultShare = interest - interest * share / BPS;
        assertLe(LoanMath.booked(LoanMath.bookRate(principal, apr, share), 0, dt), vaultShare, "book <= received");
    }
}
