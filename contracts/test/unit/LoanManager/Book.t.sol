// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {LoanBase_Test} from "../../utils/LoanBase.t.sol";
import {LoanDefaults as L} from "../../utils/LoanDefaults.sol";

/// @notice The book sAID counts (ILoanManager): principal plus the vault's share of interest, accruing per second,
/// stopping by itself at each loan's payment deadline, in O(1).
contract LoanManager_Book_Unit_Test is LoanBase_Test {
    function test_BookCheckpoint_CountsPrincipalAndAccrues() public {
        uint256 loanId = _borrow();
        uint256 rate = loans.loan(loanId).bookRate;
        (uint256 value, uint256 ratePerSecond, uint256 accrualEnd) = loans.bookCheckpoint();
        assertEq(value, L.PRINCIPAL);
        assertEq(ratePerSecond, rate);
        assertEq(accrualEnd, _deadline(loanId), "the earliest payment deadline");
        _skip(10 days);
        assertEq(loans.bookValue(), L.PRINCIPAL + rate * 10 days);
        assertEq(vault.totalAssets(), 3 * L.STAKE + rate * 10 days, "the vault counts it too, without a call");
    }

    function test_BookCheckpoint_VaultShareOfInterestOnly() public {
        uint256 loanId = _borrow();
        _skip(30 days);
        uint256 counted = loans.bookValue() - L.PRINCIPAL;
        uint256 owed = loans.loan(loanId).interestOwed;
        assertLe(counted, owed * (L.BPS - L.PROTOCOL_SHARE_BPS) / L.BPS, "never more than sAID will receive");
        assertApproxEqAbs(counted, owed * 9 / 10, 30 days, "within a wei a second");
    }

    function test_BookCheckpoint_StopsAtTheDeadlineWithoutATransaction() public {
        uint256 loanId = _borrow();
        uint256 deadline = _deadline(loanId);
        uint256 rate = loans.loan(loanId).bookRate;
        _warpTo(deadline + 5 days);
        (uint256 value, uint256 ratePerSecond, uint256 accrualEnd) = loans.bookCheckpoint();
        assertEq(value, L.PRINCIPAL + rate * (deadline - L.START), "interest stops at the deadline");
        assertEq(ratePerSecond, 0);
        assertEq(accrualEnd, block.timestamp);
        assertEq(vault.totalAssets(), 3 * L.STAKE + rate * (deadline - L.START), "so does the vault's cache");
    }

    uint256 internal first;
    uint256 internal second;

    function test_BookCheckpoint_LoansWithDifferentDeadlines() public {
        first = _borrow(borrower, 500_000e18);
        _skip(3 days);
        second = _borrow(frank, 400_000e18);
        uint256 t2 = block.timestamp;
        uint256 d1 = _deadline(first);
        assertEq(_deadline(second), d1 + 3 days);
        (,, uint256 end) = loans.bookCheckpoint();
        assertEq(end, d1, "earliest first");

        _warpTo(d1 + 1 days);
        (uint256 value, uint256 ratePerSecond, uint256 accrualEnd) = loans.bookCheckpoint();
        uint256 r2 = loans.loan(second).bookRate;
        assertEq(ratePerSecond, r2, "the late loan's rate left by itself");
        assertEq(accrualEnd, _deadline(second), "next deadline");
        assertEq(value, 900_000e18 + loans.loan(first).bookRate * (d1 - L.START) + r2 * (block.timestamp - t2), "exact");

        // The vault's cached line stopped at d1, but its prices read the exact book (finding 6): no refresh needed.
        uint256 exact = vault.totalAssets();
        assertEq(vault.vaultState().bookValue, value, "the stale cache is not used");
        vault.refreshBook();
        assertEq(vault.totalAssets(), exact, "a refresh changes nothing");

        // The late loan catches up and counts again.
        (uint256 amount,) = loans.nextPayment(first);
        _repay(borrower, first, amount);
        (, ratePerSecond,) = loans.bookCheckpoint();
        assertEq(ratePerSecond, r2 + loans.loan(first).bookRate, "back in");
    }

    function test_BookCheckpoint_PayingTheEarliestMovesTheEnd() public {
        first = _borrow(borrower, 500_000e18);
        _skip(2 days);
        second = _borrow(frank, 400_000e18);
        _repay(borrower, first, type(uint256).max);
        (, uint256 rate, uint256 end) = loans.bookCheckpoint();
        assertEq(end, _deadline(second), "the next deadline");
        assertEq(rate, loans.loan(second).bookRate);
    }

    function test_BookCheckpoint_InstallmentMovesTheDeadline() public {
        uint256 loanId = _borrow();
        uint256 due1 = L.FIRST_ANCHOR + L.PERIOD;
        _warpTo(due1 - 1 days);
        (uint256 amount,) = loans.nextPayment(loanId);
        _repay(borrower, loanId, amount);
        (,, uint256 end) = loans.bookCheckpoint();
        assertEq(end, due1 + L.PERIOD + L.GRACE);
    }

    function test_BookCheckpoint_ExactAfterManyCrossings() public {
        // Six loans on six days; nobody touches anything for 60 days; the book is still exact.
        uint256 expected;
        for (uint256 i; i < 6; ++i) {
            uint256 loanId = _borrow(i % 2 == 0 ? borrower : frank, 200_000e18);
            expected += 200_000e18 + loans.loan(loanId).bookRate * (_deadline(loanId) - block.timestamp);
            _skip(1 days);
        }
        _warpTo(block.timestamp + 60 days);
        (uint256 value, uint256 rate,) = loans.bookCheckpoint();
        assertEq(value, expected);
        assertEq(rate, 0);
    }

    /// @dev SECURITY.md item 24: bringing the book up to date before an operation does not change its outcome.
    function test_RefreshBeforeAnOperationChangesNothing() public {
        uint256 loanId = _borrow();
        _warpTo(_deadline(loanId) + 2 days);
        (uint256 amount,) = loans.nextPayment(loanId);
        _fundAid(borrower, amount);
        uint256 snapshot = vm.snapshotState();
        vm.prank(borrower);
        loans.repay(loanId, amount);
        uint256 assetsA = vault.totalAssets();
        uint256 fundA = _fund();
        uint256 principalA = loans.loan(loanId).principal;

        vm.revertToState(snapshot);
        vault.refreshBook();
        loans.bookCheckpoint();
        vm.prank(borrower);
        loans.repay(loanId, amount);
        assertEq(vault.totalAssets(), assetsA, "vault");
        assertEq(_fund(), fundA, "fund");
        assertEq(loans.loan(loanId).principal, principalA, "loan");
    }
}
