// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILoans} from "../../../src/interfaces/ILoans.sol";
import {LoanBase_Test} from "../../utils/LoanBase.t.sol";
import {LoanDefaults as L} from "../../utils/LoanDefaults.sol";

/// @notice The views the web app reads, each in one call.
contract LoanManager_Views_Unit_Test is LoanBase_Test {
    function _divUp(uint256 a, uint256 b) internal pure returns (uint256) {
        return a == 0 ? 0 : (a - 1) / b + 1;
    }

    function test_Loan_UnknownId() public view {
        ILoans.LoanView memory v = loans.loan(42);
        assertEq(v.id, 42);
        assertEq(uint8(v.status), uint8(ILoans.LoanStatus.None));
        assertEq(v.borrower, address(0));
        (uint256 amount, uint256 dueDate) = loans.nextPayment(42);
        assertEq(amount, 0);
        assertEq(dueDate, 0);
        assertEq(loans.payoffAmount(42), 0);
        assertEq(loans.schedule(42).length, 0);
        assertEq(loans.auctionPrice(42), 0);
    }

    function test_Loans_Pagination() public {
        _borrow(borrower, 200_000e18);
        _borrow(frank, 200_000e18);
        _borrow(borrower, 300_000e18);
        (ILoans.LoanView[] memory page, uint256 next) = loans.loans(0, 2);
        assertEq(page.length, 2);
        assertEq(page[0].id, 1);
        assertEq(page[1].id, 2);
        assertEq(next, 3);
        (page, next) = loans.loans(next, 2);
        assertEq(page.length, 1);
        assertEq(page[0].id, 3);
        assertEq(page[0].principal, 300_000e18);
        assertEq(next, 0, "done");
        (page, next) = loans.loans(4, 10);
        assertEq(page.length, 0);
        assertEq(next, 0);
        (page, next) = loans.loans(1, 0);
        assertEq(page.length, 0);
        (page,) = loans.loans(1, type(uint256).max);
        assertEq(page.length, 3, "capped scan still covers them");
    }

    function test_LoansOf_FiltersByBorrower() public {
        _borrow(borrower, 200_000e18);
        _borrow(frank, 200_000e18);
        _borrow(borrower, 300_000e18);
        (ILoans.LoanView[] memory mine, uint256 next) = loans.loansOf(borrower, 0, 100);
        assertEq(mine.length, 2);
        assertEq(mine[0].id, 1);
        assertEq(mine[1].id, 3);
        assertEq(next, 0);
        (mine,) = loans.loansOf(frank, 0, 100);
        assertEq(mine.length, 1);
        assertEq(mine[0].borrower, frank);
        (mine,) = loans.loansOf(eve, 0, 100);
        assertEq(mine.length, 0, "never borrowed");
    }

    function test_LiveAuctions() public {
        uint256 a = _borrow(borrower, 200_000e18);
        _borrow(frank, 200_000e18);
        (ILoans.LoanView[] memory live,) = loans.liveAuctions(0, 100);
        assertEq(live.length, 0);
        _liquidated(a);
        (live,) = loans.liveAuctions(0, 100);
        assertEq(live.length, 1);
        assertEq(live[0].id, a);
        assertEq(live[0].auctionPrice, loans.auctionPrice(a));
        assertGt(live[0].auctionPrice, 0);
    }

    function test_Schedule_SumsToPrincipalAndInterest() public {
        uint256 loanId = _borrow();
        ILoans.Installment[] memory rows = loans.schedule(loanId);
        assertEq(rows.length, L.TERM);
        uint256 principalSum;
        uint256 outstanding = L.PRINCIPAL;
        uint256 from = L.START;
        for (uint256 i; i < rows.length; ++i) {
            assertEq(rows[i].dueDate, L.FIRST_ANCHOR + (i + 1) * L.PERIOD, "due dates every 30 days");
            uint256 expectedPrincipal = L.PRINCIPAL * (i + 1) / L.TERM - L.PRINCIPAL * i / L.TERM;
            assertEq(rows[i].principal, expectedPrincipal, "straight line");
            assertEq(rows[i].interest, _divUp(outstanding * L.APR_BPS * (rows[i].dueDate - from), L.BPS * L.YEAR));
            assertEq(rows[i].total, rows[i].principal + rows[i].interest);
            principalSum += rows[i].principal;
            outstanding -= rows[i].principal;
            from = rows[i].dueDate;
        }
        assertEq(principalSum, L.PRINCIPAL, "installments sum to the principal");
    }

    function test_Schedule_LateFirstRowCatchesUp() public {
        uint256 loanId = _borrow();
        uint256 due2 = L.FIRST_ANCHOR + 2 * L.PERIOD;
        _warpTo(due2 + 1 days);
        ILoans.Installment[] memory rows = loans.schedule(loanId);
        assertEq(rows.length, L.TERM - 1, "two installments in one row");
        assertEq(rows[0].dueDate, L.FIRST_ANCHOR + L.PERIOD, "the missed due date");
        assertEq(rows[0].principal, L.PRINCIPAL * 2 / L.TERM, "both missed installments");
        assertEq(rows[0].interest, loans.loan(loanId).interestOwed, "interest and penalty owed now");
        (uint256 amount,) = loans.nextPayment(loanId);
        assertEq(rows[0].total, amount);
        assertEq(rows[1].dueDate, L.FIRST_ANCHOR + 3 * L.PERIOD);
    }

    function test_NextPayment_LateCoversEveryMissedInstallment() public {
        uint256 loanId = _borrow();
        _warpTo(L.FIRST_ANCHOR + 2 * L.PERIOD + 1 days);
        (uint256 amount, uint256 dueDate) = loans.nextPayment(loanId);
        assertEq(dueDate, L.FIRST_ANCHOR + L.PERIOD);
        _repay(borrower, loanId, amount);
        ILoans.LoanView memory v = loans.loan(loanId);
        assertEq(v.installmentsPaid, 2, "current again");
        assertFalse(v.late);
    }

    function test_Health() public {
        uint256 loanId = _borrow();
        (uint256 ltvBps, uint256 healthFactor, ILoans.DefaultReason reason) = loans.health(loanId);
        uint256 value = registry.currentValue(loans.loan(loanId).titleId);
        assertEq(ltvBps, _divUp(L.PRINCIPAL * L.BPS, value), "50%");
        assertEq(healthFactor, value * L.LIQUIDATION_THRESHOLD_BPS * 1e18 / (L.PRINCIPAL * L.BPS), "1.7");
        assertEq(uint8(reason), uint8(ILoans.DefaultReason.None));
        ILoans.LoanView memory v = loans.loan(loanId);
        assertEq(v.collateralValue, value);
        assertEq(v.ltvBps, ltvBps);
    }

    function test_MaxBorrow() public {
        uint256 titleId = _title(borrower);
        (uint256 byLtv, uint256 available) = loans.maxBorrow(titleId);
        assertEq(byLtv, registry.currentValue(titleId) * L.MAX_LTV_BPS / L.BPS);
        assertEq(available, vault.maxDraw());
    }

    function test_InsuranceFundAndCoverage() public {
        _borrow();
        (uint256 balance, uint256 principalOut, uint256 coverageBps) = loans.insuranceFund();
        assertEq(balance, L.PRINCIPAL / 100, "origination fee");
        assertEq(principalOut, L.PRINCIPAL);
        assertEq(coverageBps, 100, "1% of the principal");
    }

    function test_ManagerState() public {
        uint256 loanId = _borrow();
        _skip(1 days);
        ILoans.ManagerState memory s = loans.managerState();
        assertEq(s.bookValue, loans.bookValue());
        assertEq(s.ratePerSecond, loans.loan(loanId).bookRate);
        assertEq(s.accrualEnd, _deadline(loanId));
        assertEq(s.principalOutstanding, L.PRINCIPAL);
        assertEq(s.insuranceFund, L.PRINCIPAL / 100);
        assertEq(s.coverageBps, 100);
        assertEq(s.surplusOutstanding, 0);
        assertEq(s.loanCount, 1);
        assertEq(s.parameters.aprBps, L.APR_BPS);
        assertEq(s.recovery, recovery);
        assertEq(s.vault, address(vault));
        assertEq(s.registry, address(registry));
    }
}
