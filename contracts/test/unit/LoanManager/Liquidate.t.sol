// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGPUTitleRegistry} from "../../../src/interfaces/IGPUTitleRegistry.sol";
import {ILoans} from "../../../src/interfaces/ILoans.sol";
import {LoanBase_Test} from "../../utils/LoanBase.t.sol";
import {LoanDefaults as L} from "../../utils/LoanDefaults.sol";

contract LoanManager_Liquidate_Unit_Test is LoanBase_Test {
    uint256 internal loanId;
    uint256 internal titleId;

    function setUp() public override {
        super.setUp();
        loanId = _borrow();
        titleId = loans.loan(loanId).titleId;
    }

    function _expectNotLiquidatable() internal {
        ILoans.LoanView memory v = loans.loan(loanId);
        vm.expectRevert(
            abi.encodeWithSelector(
                ILoans.NotLiquidatable.selector, loanId, v.deadline, v.ltvBps, L.LIQUIDATION_THRESHOLD_BPS
            )
        );
    }

    function test_Liquidate_PaymentOverdue() public {
        uint256 deadline = _deadline(loanId);
        _warpTo(deadline + 1);
        ILoans.LoanView memory before = loans.loan(loanId);
        assertEq(uint8(before.defaultReason), uint8(ILoans.DefaultReason.PaymentOverdue));
        uint256 value = registry.currentValue(titleId);
        uint256 debt = loans.payoffAmount(loanId);

        vm.expectEmit(address(loans));
        emit ILoans.LoanLiquidated(
            loanId, eve, ILoans.DefaultReason.PaymentOverdue, debt, value, _divUp(value * 12_000, L.BPS)
        );
        vm.prank(eve);
        loans.liquidate(loanId);

        ILoans.LoanView memory v = loans.loan(loanId);
        assertEq(uint8(v.status), uint8(ILoans.LoanStatus.Liquidating));
        assertEq(v.auctionStart, block.timestamp);
        assertEq(v.auctionEnd, block.timestamp + L.AUCTION);
        assertEq(v.auctionBasis, value);
        assertEq(v.auctionPrice, _divUp(value * 12_000, L.BPS), "opens at 120% of the value");
        assertEq(v.payoff, debt, "debt fixed");
        assertEq(uint8(registry.statusOf(titleId)), uint8(IGPUTitleRegistry.Status.Liquidating));
        assertEq(registry.ownerOf(titleId), address(loans), "still in escrow");
        (, uint256 principalOut,) = loans.insuranceFund();
        assertEq(principalOut, 0, "no longer an active loan");
    }

    function test_RevertWhen_PaymentWithinGrace() public {
        _warpTo(_deadline(loanId));
        assertTrue(loans.loan(loanId).late, "late");
        _expectNotLiquidatable();
        loans.liquidate(loanId);
    }

    function test_Liquidate_LtvBreachedAfterReappraisal() public {
        // 1,000,000 of debt on a title re-appraised at 1,150,000: 87% > 85%.
        vm.prank(appraiser);
        registry.appraise(titleId, 1_150_000e18, uint40(block.timestamp + 90 days), keccak256("re-appraisal"));
        (uint256 ltvBps,, ILoans.DefaultReason reason) = loans.health(loanId);
        assertEq(ltvBps, _divUp(L.PRINCIPAL * L.BPS, 1_150_000e18));
        assertEq(uint8(reason), uint8(ILoans.DefaultReason.LtvBreached));
        loans.liquidate(loanId);
        assertEq(loans.loan(loanId).auctionBasis, 1_150_000e18);
    }

    function test_RevertWhen_LtvAtThreshold() public {
        // 1,000,000 / 1,176,471 = 84.99...%: healthy.
        vm.prank(appraiser);
        registry.appraise(titleId, 1_176_471e18, uint40(block.timestamp + 90 days), keccak256("re-appraisal"));
        (uint256 ltvBps, uint256 healthFactor,) = loans.health(loanId);
        assertLe(ltvBps, L.LIQUIDATION_THRESHOLD_BPS);
        assertGe(healthFactor, 1e18);
        _expectNotLiquidatable();
        loans.liquidate(loanId);
    }

    function test_Liquidate_AppraisalLapsedBeyondGrace() public {
        uint256 shortLived = _title(frank);
        vm.prank(appraiser);
        registry.appraise(shortLived, L.TITLE_VALUE, uint40(block.timestamp + 10 days), keccak256("short"));
        vm.prank(frank);
        uint256 id = loans.openLoan(shortLived, L.PRINCIPAL, frank);
        _warpTo(block.timestamp + 10 days + L.GRACE);
        // Lapsed, within grace: the value still counts (its appraisal depreciated to now).
        assertEq(registry.currentValue(shortLived), 0, "registry value is zero once lapsed");
        ILoans.LoanView memory v = loans.loan(id);
        assertEq(uint8(v.defaultReason), uint8(ILoans.DefaultReason.None), "not yet");
        assertGt(v.collateralValue, 0, "depreciated appraisal still counts");
        vm.expectRevert(
            abi.encodeWithSelector(
                ILoans.NotLiquidatable.selector, id, v.deadline, v.ltvBps, L.LIQUIDATION_THRESHOLD_BPS
            )
        );
        loans.liquidate(id);

        _nextBlock();
        assertEq(uint8(loans.loan(id).defaultReason), uint8(ILoans.DefaultReason.CollateralLapsed));
        loans.liquidate(id);
        assertEq(uint8(_status(id)), uint8(ILoans.LoanStatus.Liquidating));
        assertGt(loans.loan(id).auctionBasis, 0, "auction priced at the depreciated appraisal");
    }

    function test_Liquidate_InsuranceLapsedBeyondGrace() public {
        IGPUTitleRegistry.TitleInput memory input = _input();
        input.insurance.expiry = uint40(block.timestamp + 5 days);
        vm.prank(frank);
        uint256 id = registry.submit(input);
        vm.prank(appraiser);
        registry.appraise(id, L.TITLE_VALUE, uint40(block.timestamp + 90 days), keccak256("report"));
        vm.prank(frank);
        uint256 loan2 = loans.openLoan(id, L.PRINCIPAL, frank);
        _warpTo(block.timestamp + 5 days + L.GRACE + 1);
        (,, ILoans.DefaultReason reason) = loans.health(loan2);
        assertEq(uint8(reason), uint8(ILoans.DefaultReason.CollateralLapsed));
        loans.liquidate(loan2);
    }

    function test_Liquidate_StopsTheBookAccrual() public {
        _warpTo(_deadline(loanId) - 1 days);
        vm.prank(appraiser);
        registry.appraise(titleId, 1_100_000e18, uint40(block.timestamp + 90 days), keccak256("re-appraisal"));
        uint256 bookBefore = loans.bookValue();
        loans.liquidate(loanId);
        (uint256 value, uint256 rate,) = loans.bookCheckpoint();
        assertEq(value, bookBefore, "counted interest stays");
        assertEq(rate, 0, "no more accrual");
        assertEq(vault.vaultState().bookValue, bookBefore, "vault re-read");
        _skip(1 days);
        assertEq(loans.bookValue(), bookBefore, "frozen");
    }

    function test_Liquidate_WhilePaused() public {
        vm.prank(guardian);
        vault.pause(true, true);
        _default(loanId);
        loans.liquidate(loanId);
        assertEq(uint8(_status(loanId)), uint8(ILoans.LoanStatus.Liquidating), "liquidation never paused");
    }

    function test_RevertWhen_Healthy() public {
        _expectNotLiquidatable();
        loans.liquidate(loanId);
    }

    function test_RevertWhen_AlreadyLiquidating() public {
        _liquidated(loanId);
        vm.expectRevert(
            abi.encodeWithSelector(ILoans.InvalidLoanStatus.selector, loanId, ILoans.LoanStatus.Liquidating)
        );
        loans.liquidate(loanId);
    }

    function test_RevertWhen_Repaid() public {
        _repay(borrower, loanId, type(uint256).max);
        _warpTo(block.timestamp + 100 days);
        vm.expectRevert(abi.encodeWithSelector(ILoans.InvalidLoanStatus.selector, loanId, ILoans.LoanStatus.Repaid));
        loans.liquidate(loanId);
    }

    function test_RevertWhen_LoanDoesNotExist() public {
        vm.expectRevert(abi.encodeWithSelector(ILoans.InvalidLoanStatus.selector, 7, ILoans.LoanStatus.None));
        loans.liquidate(7);
    }

    function _divUp(uint256 a, uint256 b) internal pure returns (uint256) {
        return a == 0 ? 0 : (a - 1) / b + 1;
    }
}
