// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGPUTitleRegistry} from "../../../src/interfaces/IGPUTitleRegistry.sol";
import {ILoans} from "../../../src/interfaces/ILoans.sol";
import {LoanBase_Test} from "../../utils/LoanBase.t.sol";
import {LoanDefaults as L} from "../../utils/LoanDefaults.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

contract LoanManager_Repay_Unit_Test is LoanBase_Test {
    uint256 internal loanId;
    uint256 internal titleId;
    uint256 internal due1;

    function setUp() public override {
        super.setUp();
        loanId = _borrow();
        titleId = loans.loan(loanId).titleId;
        due1 = L.FIRST_ANCHOR + L.PERIOD;
    }

    /// @dev Interest at the default APR on `principal` for `dt` seconds, rounded up.
    function _interest(uint256 principal, uint256 dt) internal pure returns (uint256) {
        return _divUp(principal * L.APR_BPS * dt, L.BPS * L.YEAR);
    }

    function _divUp(uint256 a, uint256 b) internal pure returns (uint256) {
        return a == 0 ? 0 : (a - 1) / b + 1;
    }

    function test_Repay_ScheduledPaymentOnTheDueDate() public {
        _warpTo(due1);
        uint256 interest = _interest(L.PRINCIPAL, due1 - L.START);
        uint256 installment = L.PRINCIPAL / L.TERM;
        (uint256 amount, uint256 dueDate) = loans.nextPayment(loanId);
        assertEq(dueDate, due1, "due date");
        assertEq(amount, interest + installment, "interest plus a twelfth of the principal");
        uint256 fundBefore = _fund();
        uint256 assetsBefore = vault.totalAssets();

        _fundAid(borrower, amount);
        vm.expectEmit(address(loans));
        emit ILoans.LoanRepaid(loanId, borrower, interest, interest / 10, installment, L.PRINCIPAL - installment, 1);
        vm.prank(borrower);
        uint256 paid = loans.repay(loanId, amount);

        assertEq(paid, amount, "paid");
        ILoans.LoanView memory v = loans.loan(loanId);
        assertEq(v.principal, L.PRINCIPAL - installment, "principal left");
        assertEq(v.installmentsPaid, 1, "one installment");
        assertEq(v.paidThrough, due1, "interest paid through now");
        assertEq(v.nextDueDate, due1 + L.PERIOD, "next due date");
        assertEq(v.interestOwed, 0);
        assertEq(v.originalPrincipal, L.PRINCIPAL, "original kept");
        assertEq(v.openedAt, L.START, "opening time kept");
        assertEq(_fund() - fundBefore, interest / 10, "protocol share of the interest to the insurance fund");
        // The vault counted the interest as it accrued: only rounding dust (in its favour) arrives on top.
        assertGe(vault.totalAssets(), assetsBefore, "vault assets never drop on a payment");
        assertApproxEqAbs(vault.totalAssets(), assetsBefore, 1e7, "already counted");
        assertEq(vault.vaultState().unvestedIncome, 0, "nothing to vest on time");
    }

    function test_Repay_InterestOnlyPartial() public {
        _warpTo(L.START + 10 days);
        uint256 owed = _interest(L.PRINCIPAL, 10 days);
        uint256 paid = _repay(borrower, loanId, owed / 2);
        assertEq(paid, owed / 2);
        ILoans.LoanView memory v = loans.loan(loanId);
        assertEq(v.principal, L.PRINCIPAL, "no principal paid");
        assertEq(v.installmentsPaid, 0);
        // Half the interest pays for half the time, rounded down.
        assertApproxEqAbs(v.paidThrough, L.START + 5 days, 1, "paid through half way");
        assertLe(v.paidThrough, L.START + 5 days, "rounded down");
        assertEq(v.interestOwed, _interest(L.PRINCIPAL, L.START + 10 days - v.paidThrough), "the rest still owed");
    }

    function test_Repay_PrepaymentCountsTowardNextInstallments() public {
        _warpTo(L.START + 10 days);
        uint256 owed = _interest(L.PRINCIPAL, 10 days);
        // Installments are cumulative: a quarter of the principal covers the first three.
        _repay(borrower, loanId, owed + L.PRINCIPAL * 3 / L.TERM);
        ILoans.LoanView memory v = loans.loan(loanId);
        assertEq(v.installmentsPaid, 3, "three installments prepaid");
        assertEq(v.nextDueDate, L.FIRST_ANCHOR + 4 * L.PERIOD, "next due date is the fourth");
        assertEq(v.principal, L.PRINCIPAL - L.PRINCIPAL * 3 / L.TERM);
        (uint256 amount,) = loans.nextPayment(loanId);
        assertEq(
            amount,
            _interest(v.principal, L.FIRST_ANCHOR + 4 * L.PERIOD - block.timestamp) + L.PRINCIPAL * 4 / L.TERM
                - L.PRINCIPAL * 3 / L.TERM,
            "interest until then plus one installment"
        );
    }

    function test_Repay_PartialInstallmentDoesNotAdvance() public {
        _warpTo(L.START + 10 days);
        uint256 owed = _interest(L.PRINCIPAL, 10 days);
        _repay(borrower, loanId, owed + L.PRINCIPAL / L.TERM - 1);
        ILoans.LoanView memory v = loans.loan(loanId);
        assertEq(v.installmentsPaid, 0);
        (uint256 amount, uint256 dueDate) = loans.nextPayment(loanId);
        assertEq(dueDate, due1);
        assertEq(amount, _interest(v.principal, due1 - block.timestamp) + 1, "one wei of principal still due");
    }

    function test_Repay_FullPayoffClosesAndReturnsTitle() public {
        _warpTo(L.START + 10 days);
        uint256 payoff = loans.payoffAmount(loanId);
        assertEq(payoff, L.PRINCIPAL + _interest(L.PRINCIPAL, 10 days));
        uint256 paid = _repay(borrower, loanId, type(uint256).max);
        assertEq(paid, payoff, "pays the payoff");
        assertEq(uint8(_status(loanId)), uint8(ILoans.LoanStatus.Repaid));
        assertEq(registry.ownerOf(titleId), borrower, "title back");
        assertEq(uint8(registry.statusOf(titleId)), uint8(IGPUTitleRegistry.Status.Appraised));
        assertEq(loans.bookValue(), 0, "book empty");
        assertEq(vault.vaultState().bookValue, 0, "vault's book empty");
        (, uint256 principalOut,) = loans.insuranceFund();
        assertEq(principalOut, 0);
        ILoans.LoanView memory v = loans.loan(loanId);
        assertEq(v.principal, 0);
        assertEq(v.payoff, 0);
        assertEq(v.originalPrincipal, L.PRINCIPAL);
        assertEq(v.openedAt, L.START);
    }

    function test_Repay_CapsAtPayoff() public {
        _warpTo(L.START + 10 days);
        uint256 payoff = loans.payoffAmount(loanId);
        _fundAid(borrower, payoff + 1000e18);
        uint256 balance = aid.balanceOf(borrower);
        vm.prank(borrower);
        uint256 paid = loans.repay(loanId, payoff + 1000e18);
        assertEq(paid, payoff);
        assertEq(balance - aid.balanceOf(borrower), payoff, "never takes more than the debt");
    }

    function test_Repay_ByAnyoneForTheBorrower() public {
        _warpTo(L.START + 10 days);
        _repay(bidder, loanId, type(uint256).max);
        assertEq(registry.ownerOf(titleId), borrower, "the title goes to the borrower, not the payer");
    }

    function test_Repay_ReborrowAfterPayoff() public {
        _repay(borrower, loanId, type(uint256).max);
        vm.prank(borrower);
        uint256 second = loans.openLoan(titleId, L.PRINCIPAL, borrower);
        assertEq(second, 2);
        assertEq(uint8(_status(loanId)), uint8(ILoans.LoanStatus.Repaid), "the first loan stays repaid");
    }

    function test_Repay_LatePaysPenaltyAsVestingIncome() public {
        _warpTo(due1 + 3 days);
        ILoans.LoanView memory v = loans.loan(loanId);
        assertTrue(v.late, "late");
        uint256 owed = _divUp(
            L.PRINCIPAL * L.APR_BPS * (block.timestamp - L.START) + L.PRINCIPAL * L.PENALTY_APR_BPS * 3 days,
            L.BPS * L.YEAR
        );
        assertEq(v.interestOwed, owed, "interest plus 5% a year since the due date");
        (uint256 amount,) = loans.nextPayment(loanId);
        assertEq(amount, owed + L.PRINCIPAL / L.TERM);
        _repay(borrower, loanId, amount);
        v = loans.loan(loanId);
        assertFalse(v.late, "current again");
        assertEq(v.installmentsPaid, 1);
        assertGt(vault.vaultState().unvestedIncome, 0, "penalty vests in sAID");
    }

    function test_Repay_PastDeadlineInterestVests() public {
        // Past the deadline the book stopped counting: the interest after it arrives as income.
        _warpTo(due1 + L.GRACE + 2 days);
        (uint256 amount,) = loans.nextPayment(loanId);
        uint256 assetsBefore = vault.totalAssets();
        _repay(borrower, loanId, amount);
        uint256 unvested = vault.vaultState().unvestedIncome;
        assertGt(unvested, 0, "income vesting");
        assertGe(vault.totalAssets(), assetsBefore, "never drops");
        _skip(8 hours);
        assertGe(vault.totalAssets(), assetsBefore + unvested, "vested");
    }

    function test_Repay_WhileBorrowPaused() public {
        vm.prank(guardian);
        vault.pause(true, true);
        _warpTo(L.START + 5 days);
        _repay(borrower, loanId, type(uint256).max);
        assertEq(uint8(_status(loanId)), uint8(ILoans.LoanStatus.Repaid), "repayment never paused");
    }

    function test_Repay_DuringAuctionWholeDebtKeepsTitle() public {
        _liquidated(loanId);
        uint256 debt = loans.payoffAmount(loanId);
        _skip(1 hours);
        assertEq(loans.payoffAmount(loanId), debt, "debt fixed during the auction");
        uint256 paid = _repay(borrower, loanId, type(uint256).max);
        assertEq(paid, debt);
        assertEq(uint8(_status(loanId)), uint8(ILoans.LoanStatus.Repaid));
        assertEq(registry.ownerOf(titleId), borrower, "title kept");
        assertEq(loans.bookValue(), 0, "book empty");
        assertGt(vault.vaultState().unvestedIncome, 0, "penalty as income");
    }

    function test_RevertWhen_PartialRepayDuringAuction() public {
        _liquidated(loanId);
        uint256 debt = loans.payoffAmount(loanId);
        _fundAid(borrower, debt);
        vm.expectRevert(abi.encodeWithSelector(ILoans.AuctionRequiresFullRepayment.selector, loanId, debt - 1, debt));
        vm.prank(borrower);
        loans.repay(loanId, debt - 1);
    }

    function test_RevertWhen_AmountZero() public {
        vm.expectRevert(ILoans.ZeroAmount.selector);
        vm.prank(borrower);
        loans.repay(loanId, 0);
    }

    function test_RevertWhen_LoanDoesNotExist() public {
        vm.expectRevert(abi.encodeWithSelector(ILoans.InvalidLoanStatus.selector, 99, ILoans.LoanStatus.None));
        vm.prank(borrower);
        loans.repay(99, 1);
    }

    function test_RevertWhen_LoanAlreadyRepaid() public {
        _repay(borrower, loanId, type(uint256).max);
        vm.expectRevert(abi.encodeWithSelector(ILoans.InvalidLoanStatus.selector, loanId, ILoans.LoanStatus.Repaid));
        vm.prank(borrower);
        loans.repay(loanId, 1);
    }

    function test_RevertWhen_PayerHasNoAllowance() public {
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(loans), 0, 1e18)
        );
        vm.prank(borrower);
        loans.repay(loanId, 1e18);
    }
}
