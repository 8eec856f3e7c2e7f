// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILoans} from "../../src/interfaces/ILoans.sol";
import {Defaults} from "../utils/Defaults.sol";
import {LoanBase_Test} from "../utils/LoanBase.t.sol";
import {LoanDefaults as L} from "../utils/LoanDefaults.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice The loan manager's arithmetic promises, fuzzed: the schedule is exactly what a punctual borrower pays;
/// paying in parts never costs the protocol anything against paying at once; auction proceeds split exactly.
contract LoanManager_Fuzz_Test is LoanBase_Test {
    function setUp() public override {
        super.setUp();
        // Enough to pay 36 months at 50% a year on the largest loan.
        for (uint256 i; i < 3; ++i) {
            usdc.faucet(borrower, 1_000_000e6);
        }
    }

    /// @dev A loan of a fuzzed principal (100 AID to 70% of the $2M title) at a fuzzed APR and term.
    function _fuzzedLoan(uint256 principal, uint256 aprBps, uint256 term) internal returns (uint256 loanId) {
        principal = bound(principal, L.MIN_PRINCIPAL, L.MAX_PRINCIPAL - 1e18);
        ILoans.Parameters memory p = loans.parameters();
        p.aprBps = uint16(bound(aprBps, 100, 5000));
        p.termPeriods = uint8(bound(term, 1, 36));
        vm.prank(admin);
        loans.setParameters(p);
        loanId = _borrow(borrower, principal);
    }

    function testFuzz_Schedule_SumsToPrincipalPlusInterest(uint256 principal, uint256 aprBps, uint256 term) public {
        uint256 loanId = _fuzzedLoan(principal, aprBps, term);
        ILoans.LoanView memory v = loans.loan(loanId);
        ILoans.Installment[] memory rows = loans.schedule(loanId);
        assertEq(rows.length, v.termPeriods, "one row per period");
        uint256 principalSum;
        uint256 totalSum;
        uint256 paidSum;
        for (uint256 i; i < rows.length; ++i) {
            principalSum += rows[i].principal;
            totalSum += rows[i].total;
            assertEq(rows[i].total, rows[i].principal + rows[i].interest, "row total");
            _warpTo(rows[i].dueDate);
            (uint256 amount, uint256 dueDate) = loans.nextPayment(loanId);
            assertEq(dueDate, rows[i].dueDate, "due date");
            assertEq(amount, rows[i].total, "the schedule is what is asked");
            paidSum += _repay(borrower, loanId, amount);
        }
        assertEq(principalSum, v.principal, "principal rows sum to the principal");
        assertEq(paidSum, totalSum, "paying on schedule costs exactly the schedule");
        assertEq(uint8(_status(loanId)), uint8(ILoans.LoanStatus.Repaid), "closed by the last payment");
    }

    function testFuzz_Repay_SplitEqualsAtOnce(uint256 principal, uint256 elapsed, uint256 amount, uint256 cut) public {
        uint256 loanId = _fuzzedLoan(principal, L.APR_BPS, L.TERM);
        _warpTo(block.timestamp + bound(elapsed, 1, 120 days));
        uint256 payoff = loans.payoffAmount(loanId);
        amount = bound(amount, 2, payoff);
        cut = bound(cut, 1, amount - 1);
        _fundAid(borrower, payoff);
        uint256 owed = loans.loan(loanId).interestOwed;
        uint256 principalBefore = loans.loan(loanId).principal;
        uint256 snapshot = vm.snapshotState();

        vm.prank(borrower);
        uint256 once = loans.repay(loanId, amount);
        ILoans.LoanView memory a = loans.loan(loanId);
        uint256 fundA = _fund();
        uint256 assetsA = vault.totalAssets() + vault.vaultState().unvestedIncome;

        vm.revertToState(snapshot);
        vm.startPrank(borrower);
        uint256 split = loans.repay(loanId, cut);
        split += loans.repay(loanId, amount - cut);
        vm.stopPrank();
        ILoans.LoanView memory b = loans.loan(loanId);

        assertEq(split, once, "same AID taken");
        uint256 oneSecond = principalBefore * (L.APR_BPS + L.PENALTY_APR_BPS) / (L.BPS * L.YEAR) + 2;
        if (a.status == ILoans.LoanStatus.Repaid && b.status == ILoans.LoanStatus.Active) {
            // A first part too small to buy a whole second of interest is kept: the split leaves at most a second's
            // interest owed.
            assertLe(b.payoff, oneSecond, "at most a second of interest left");
        } else {
            assertEq(uint8(b.status), uint8(a.status), "same status");
        }
        if (cut >= owed && a.status == ILoans.LoanStatus.Active) {
            // The first part pays all the interest: the rest is principal either way, equal to the wei.
            assertEq(b.principal, a.principal, "to the wei");
            assertEq(b.paidThrough, a.paidThrough, "paid through");
            assertEq(b.installmentsPaid, a.installmentsPaid, "installments");
        }
        // Rounding only ever favours the protocol: the borrower owes at least as much after the split.
        assertGe(b.payoff, a.payoff, "never cheaper in parts");
        assertGe(b.principal, a.principal, "principal never lower in parts");
        if (a.status == ILoans.LoanStatus.Active) assertLe(b.paidThrough, a.paidThrough, "never paid further");
        // And by at most the interest of one second (the partial payment's covered time is rounded down).
        assertLe(b.payoff - a.payoff, oneSecond, "within a second of interest");
        // Where the AID went is the same, up to that rounding.
        assertApproxEqAbs(_fund(), fundA, oneSecond, "insurance fund");
        assertApproxEqAbs(vault.totalAssets() + vault.vaultState().unvestedIncome, assetsA, oneSecond, "vault");
    }

    function testFuzz_Repay_SplitPayoffCostsAtMostOneSecondMore(uint256 principal, uint256 elapsed, uint256 cut)
        public
    {
        uint256 loanId = _fuzzedLoan(principal, L.APR_BPS, L.TERM);
        _warpTo(block.timestamp + bound(elapsed, 1, 400 days));
        uint256 payoff = loans.payoffAmount(loanId);
        cut = bound(cut, 1, payoff - 1);
        _fundAid(borrower, payoff + 1e18);
        vm.startPrank(borrower);
        uint256 paid = loans.repay(loanId, cut);
        paid += loans.repay(loanId, type(uint256).max);
        vm.stopPrank();
        assertEq(uint8(_status(loanId)), uint8(ILoans.LoanStatus.Repaid));
        assertGe(paid, payoff, "never less than paying off at once");
        uint256 principal_ = loans.loan(loanId).originalPrincipal;
        assertLe(paid - payoff, principal_ * (L.APR_BPS + L.PENALTY_APR_BPS) / (L.BPS * L.YEAR) + 2, "one second");
    }

    struct Before {
        uint256 price;
        uint256 inBook;
        uint256 debt;
        uint256 fund;
        uint256 silo;
        uint256 manager;
        uint256 assets;
        uint256 impairment;
        uint256 bidder;
    }

    struct Split {
        uint256 income;
        uint256 fee;
        uint256 surplus;
        uint256 cover;
        uint256 loss;
    }

    function testFuzz_Bid_ProceedsSplitExactly(uint256 principal, uint256 bidAt, uint256 donation) public {
        uint256 loanId = _fuzzedLoan(principal, L.APR_BPS, L.TERM);
        donation = bound(donation, 0, 500_000e18);
        if (donation != 0) {
            _fundAid(bidder, donation);
            vm.prank(bidder);
            aid.transfer(address(loans), donation);
        }
        _liquidated(loanId);
        _warpTo(block.timestamp + bound(bidAt, 0, L.AUCTION));
        Before memory b;
        b.price = loans.auctionPrice(loanId);
        b.inBook = loans.bookValue();
        b.debt = loans.payoffAmount(loanId);
        b.fund = _fund();
        b.silo = aid.balanceOf(vault.vaultState().silo);
        b.manager = aid.balanceOf(address(loans));
        b.assets = vault.totalAssets();
        b.impairment = vault.impairment();
        _fundAid(bidder, b.price);
        b.bidder = aid.balanceOf(bidder);

        vm.recordLogs();
        vm.prank(bidder);
        assertEq(loans.bid(loanId), b.price, "pays the price");
        Split memory s = _settled();
        uint256 toVault = b.price - s.income - s.fee - s.surplus;

        assertEq(b.bidder - aid.balanceOf(bidder), b.price, "bidder paid the price");
        assertEq(toVault + s.income + s.fee + s.surplus, b.price, "the parts sum to the bid");
        assertEq(toVault + s.cover + s.loss, b.inBook, "the book is repaid, covered or lost");
        assertEq(toVault, b.price < b.inBook ? b.price : b.inBook, "the book first");
        assertLe(s.income + toVault, b.debt, "never more than the debt to sAID");
        assertLe(s.fee, (b.debt * L.LIQUIDATION_FEE_BPS - 1) / L.BPS + 1, "fee at most 5% of the debt");
        if (s.surplus != 0) assertEq(s.fee, (b.debt * L.LIQUIDATION_FEE_BPS - 1) / L.BPS + 1, "full fee first");
        assertEq(aid.balanceOf(vault.vaultState().silo) - b.silo, toVault + s.cover + s.income, "to the vault");
        assertEq(aid.balanceOf(address(loans)) + s.cover, b.manager + s.fee + s.surplus, "kept: fee and surplus");
        assertEq(_fund() + s.cover, b.fund + s.fee, "insurance fund");
        assertEq(loans.loan(loanId).surplusClaimable, s.surplus, "surplus claimable");
        // The exit price already counted the worst case at the default: the sale never lowers it, and what it
        // recovers above the estimate vests, so the exit price after vesting is up by exactly the recovery.
        assertEq(vault.totalAssets(), b.assets, "no jump at the sale");
        uint256 estimate = b.impairment;
        assertGe(estimate, s.loss, "the estimate was never below the realised loss");
        _warpTo(block.timestamp + Defaults.VESTING);
        assertEq(vault.totalAssets() - b.assets, estimate - s.loss + s.income, "the recovery vests");
    }

    function _settled() internal returns (Split memory s) {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].topics[0] == ILoans.AuctionSettled.selector) {
                (, s.income, s.fee, s.surplus, s.cover, s.loss) =
                    abi.decode(logs[i].data, (uint256, uint256, uint256, uint256, uint256, uint256));
            }
        }
    }
}
