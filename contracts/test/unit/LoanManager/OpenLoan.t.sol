// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGPUTitleRegistry} from "../../../src/interfaces/IGPUTitleRegistry.sol";
import {ILoans} from "../../../src/interfaces/ILoans.sol";
import {IStakedAID} from "../../../src/interfaces/IStakedAID.sol";
import {LoanBase_Test} from "../../utils/LoanBase.t.sol";
import {LoanDefaults as L} from "../../utils/LoanDefaults.sol";

contract LoanManager_OpenLoan_Unit_Test is LoanBase_Test {
    uint256 internal titleId;

    function setUp() public override {
        super.setUp();
        titleId = _title(borrower);
    }

    function _open(uint256 principal) internal returns (uint256) {
        vm.prank(borrower);
        return loans.openLoan(titleId, principal, borrower);
    }

    function test_OpenLoan_EscrowsTitleAndSendsPrincipalLessFee() public {
        uint256 fee = L.PRINCIPAL * L.ORIGINATION_FEE_BPS / L.BPS;
        uint256 idleBefore = vault.vaultState().idleAssets;
        uint256 assetsBefore = vault.totalAssets();

        vm.expectEmit(address(loans));
        emit ILoans.LoanOpened(1, borrower, titleId, borrower, L.PRINCIPAL, fee);
        uint256 loanId = _open(L.PRINCIPAL);

        assertEq(loanId, 1, "first id");
        assertEq(registry.ownerOf(titleId), address(loans), "title in escrow");
        assertEq(uint8(registry.statusOf(titleId)), uint8(IGPUTitleRegistry.Status.Pledged), "pledged");
        assertEq(aid.balanceOf(borrower), L.PRINCIPAL - fee, "borrower receives principal less the fee");
        assertEq(_fund(), fee, "fee to the insurance fund");
        IStakedAID.VaultState memory s = vault.vaultState();
        assertEq(s.idleAssets, idleBefore - L.PRINCIPAL, "vault lent the whole principal");
        assertEq(s.bookValue, L.PRINCIPAL, "the book counts the principal");
        assertEq(vault.totalAssets(), assetsBefore, "no change in total assets");
    }

    function test_OpenLoan_RecordsTermsAndSchedule() public {
        uint256 loanId = _open(L.PRINCIPAL);
        ILoans.LoanView memory v = loans.loan(loanId);
        assertEq(v.borrower, borrower);
        assertEq(v.titleId, titleId);
        assertEq(uint8(v.status), uint8(ILoans.LoanStatus.Active));
        assertEq(v.principal, L.PRINCIPAL);
        assertEq(v.originalPrincipal, L.PRINCIPAL);
        assertEq(v.aprBps, L.APR_BPS);
        assertEq(v.protocolShareBps, L.PROTOCOL_SHARE_BPS);
        assertEq(v.liquidationThresholdBps, L.LIQUIDATION_THRESHOLD_BPS);
        assertEq(v.termPeriods, L.TERM);
        assertEq(v.installmentsPaid, 0);
        assertEq(v.openedAt, L.START);
        assertEq(v.paidThrough, L.START);
        assertEq(v.nextDueDate, L.FIRST_ANCHOR + L.PERIOD, "first due date: 30 days after the next midnight");
        assertEq(v.deadline, L.FIRST_ANCHOR + L.PERIOD + L.GRACE);
        assertFalse(v.late);
        assertEq(v.interestOwed, 0);
        assertEq(v.payoff, L.PRINCIPAL);
        assertEq(
            v.bookRate, L.PRINCIPAL * L.APR_BPS * (L.BPS - L.PROTOCOL_SHARE_BPS) / (L.BPS * L.BPS * L.YEAR), "rate"
        );
        assertEq(uint8(v.defaultReason), uint8(ILoans.DefaultReason.None));
        assertEq(loans.loanCount(), 1);
    }

    function test_OpenLoan_AtMaxLtv() public {
        uint256 value = registry.currentValue(titleId);
        uint256 loanId = _open(value * L.MAX_LTV_BPS / L.BPS);
        assertEq(loans.loan(loanId).principal, value * L.MAX_LTV_BPS / L.BPS);
    }

    function test_OpenLoan_ToAnotherReceiver() public {
        vm.prank(borrower);
        loans.openLoan(titleId, L.PRINCIPAL, eve);
        assertEq(aid.balanceOf(eve), L.PRINCIPAL * 99 / 100);
        assertEq(loans.loan(1).borrower, borrower, "the caller is the borrower");
    }

    function test_OpenLoan_ReturningBorrower() public {
        _open(L.PRINCIPAL);
        uint256 second = _title(borrower);
        vm.prank(borrower);
        uint256 loanId = loans.openLoan(second, L.MIN_PRINCIPAL, borrower);
        assertEq(loanId, 2);
        assertEq(loans.loan(2).borrower, borrower);
        _borrow(frank, L.MIN_PRINCIPAL);
        assertEq(loans.loan(3).borrower, frank);
        _assertLoansOf(borrower, 1, 2);
        _assertLoansOf(frank, 3, 0);
    }

    /// @dev A loan writes one new slot, whether or not its borrower has borrowed before: no per-borrower record.
    function test_OpenLoan_FirstLoanWritesNoBorrowerRecord() public {
        vm.record();
        _open(L.PRINCIPAL);
        (, bytes32[] memory writes) = vm.accesses(address(loans));
        // Distinct slots written outside the globals (the book, the terms): the loan's word 0, the deadline day's
        // rate and that day's bitmap word.
        bytes32[] memory distinct = new bytes32[](writes.length);
        uint256 count;
        for (uint256 i; i < writes.length; ++i) {
            if (uint256(writes[i]) < 16) continue;
            bool seen;
            for (uint256 j; j < count; ++j) {
                if (distinct[j] == writes[i]) seen = true;
            }
            if (!seen) distinct[count++] = writes[i];
        }
        assertEq(count, 3, "slots written by a first loan");
        assertEq(uint256(vm.load(address(loans), _loanSlot(1))) >> 224 & 7, uint256(ILoans.LoanStatus.Active));
    }

    /// @dev A title passes from one borrower to another between loans: each loan keeps its own borrower, in every
    /// view, whoever pledges the title later.
    function test_OpenLoan_TitleChangingHandsKeepsEachLoansBorrower() public {
        uint256 first = _open(L.PRINCIPAL);
        _repay(borrower, first, type(uint256).max);
        vm.prank(borrower);
        registry.transferFrom(borrower, frank, titleId);

        vm.prank(frank);
        uint256 second = loans.openLoan(titleId, L.PRINCIPAL, frank);
        assertEq(loans.loan(first).borrower, borrower, "first loan: its borrower");
        assertEq(loans.loan(second).borrower, frank, "second loan: the new pledgor");
        _repay(frank, second, type(uint256).max);
        assertEq(registry.ownerOf(titleId), frank, "back to the second borrower");
        vm.prank(frank);
        registry.transferFrom(frank, borrower, titleId);

        vm.prank(borrower);
        uint256 third = loans.openLoan(titleId, L.PRINCIPAL, borrower);
        uint256 another = _title(borrower);
        vm.prank(borrower);
        uint256 fourth = loans.openLoan(another, L.MIN_PRINCIPAL, borrower);
        assertEq(loans.loan(first).borrower, borrower);
        assertEq(loans.loan(second).borrower, frank);
        assertEq(loans.loan(third).borrower, borrower);
        _assertLoansOf(borrower, first, third);
        _assertLoansOf(frank, second, 0);
        (ILoans.LoanView[] memory mine,) = loans.loansOf(borrower, 1, 10);
        assertEq(mine.length, 3);
        assertEq(mine[2].id, fourth);
    }

    /// @dev A burned title's loans keep their borrower.
    function test_OpenLoan_BorrowerKeptAfterTheTitleIsBurned() public {
        uint256 loanId = _open(L.PRINCIPAL);
        _repay(borrower, loanId, type(uint256).max);
        vm.prank(borrower);
        registry.withdraw(titleId);
        assertEq(loans.loan(loanId).borrower, borrower);
        _assertLoansOf(borrower, loanId, 0);
    }

    /// @dev Slot of word 0 of loan `loanId` (`_loans` is the mapping at storage slot 6).
    function _loanSlot(uint256 loanId) internal pure returns (bytes32) {
        return keccak256(abi.encode(loanId, uint256(6)));
    }

    /// @dev `account`'s loans among the first ten are `a` (and `b` if non-zero), in order.
    function _assertLoansOf(address account, uint256 a, uint256 b) internal view {
        (ILoans.LoanView[] memory mine,) = loans.loansOf(account, 1, 10);
        assertGe(mine.length, b == 0 ? 1 : 2, "count");
        assertEq(mine[0].id, a);
        assertEq(mine[0].borrower, account);
        if (b != 0) assertEq(mine[1].id, b);
    }

    /// @dev One transaction: the title carries no approval, for the loan manager or anyone, and is still pledged.
    function test_OpenLoan_NeedsNoApproval() public {
        assertEq(registry.getApproved(titleId), address(0), "no token approval");
        assertFalse(registry.isApprovedForAll(borrower, address(loans)), "no operator approval");
        _open(L.PRINCIPAL);
        assertEq(registry.ownerOf(titleId), address(loans), "title in escrow");
        assertEq(uint8(registry.statusOf(titleId)), uint8(IGPUTitleRegistry.Status.Pledged));
    }

    /// @dev An approval the owner gave before is irrelevant to the loan and is cleared by the move into escrow.
    function test_OpenLoan_ClearsAnExistingApproval() public {
        vm.prank(borrower);
        registry.approve(eve, titleId);
        _open(L.PRINCIPAL);
        assertEq(registry.ownerOf(titleId), address(loans));
        assertEq(registry.getApproved(titleId), address(0), "approval cleared");
    }

    function test_OpenLoan_FeeRoundsUp() public {
        uint256 principal = L.MIN_PRINCIPAL + 1;
        _open(principal);
        assertEq(_fund(), principal / 100 + 1, "fee rounded up");
    }

    function test_RevertWhen_ReceiverIsZeroOrThis() public {
        vm.startPrank(borrower);
        vm.expectRevert(abi.encodeWithSelector(ILoans.InvalidReceiver.selector, address(0)));
        loans.openLoan(titleId, L.PRINCIPAL, address(0));
        vm.expectRevert(abi.encodeWithSelector(ILoans.InvalidReceiver.selector, address(loans)));
        loans.openLoan(titleId, L.PRINCIPAL, address(loans));
        vm.stopPrank();
    }

    function test_RevertWhen_PrincipalBelowMinimum() public {
        vm.expectRevert(abi.encodeWithSelector(ILoans.PrincipalTooSmall.selector, L.MIN_PRINCIPAL - 1, L.MIN_PRINCIPAL));
        _open(L.MIN_PRINCIPAL - 1);
    }

    function test_RevertWhen_PrincipalAboveRecord() public {
        uint256 max = type(uint88).max;
        vm.expectRevert(abi.encodeWithSelector(ILoans.PrincipalTooLarge.selector, max + 1, max));
        _open(max + 1);
    }

    function test_RevertWhen_TitleIdTooLarge() public {
        uint256 id = uint256(type(uint32).max) + 1;
        vm.expectRevert(abi.encodeWithSelector(ILoans.TitleIdTooLarge.selector, id));
        vm.prank(borrower);
        loans.openLoan(id, L.PRINCIPAL, borrower);
    }

    function test_RevertWhen_AboveMaxLtv() public {
        uint256 value = registry.currentValue(titleId);
        uint256 max = value * L.MAX_LTV_BPS / L.BPS;
        vm.expectRevert(abi.encodeWithSelector(ILoans.LtvTooHigh.selector, titleId, max + 1, max));
        _open(max + 1);
    }

    function test_RevertWhen_CallerDoesNotOwnTheTitle() public {
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.BorrowerNotOwner.selector, titleId, eve, borrower));
        vm.prank(eve);
        loans.openLoan(titleId, L.PRINCIPAL, eve);
    }

    /// @dev The borrower is always the caller and must own the title: an operator the owner approved, for the token
    /// or for all of the owner's titles, cannot borrow against it (the AID would go to the operator).
    function test_RevertWhen_ApprovedOperatorBorrowsAgainstOwnersTitle() public {
        vm.startPrank(borrower);
        registry.approve(eve, titleId);
        registry.setApprovalForAll(eve, true);
        vm.stopPrank();
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.BorrowerNotOwner.selector, titleId, eve, borrower));
        vm.prank(eve);
        loans.openLoan(titleId, L.PRINCIPAL, eve);
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.BorrowerNotOwner.selector, titleId, eve, borrower));
        vm.prank(eve);
        loans.openLoan(titleId, L.PRINCIPAL, borrower);
        assertEq(registry.ownerOf(titleId), borrower, "title stays with its owner");
        assertEq(registry.getApproved(titleId), eve, "approval untouched");
    }

    /// @dev Nor can the loan manager's approval let anyone else borrow against the title.
    function test_RevertWhen_NonOwnerBorrowsAgainstTitleApprovedToLoanManager() public {
        vm.prank(borrower);
        registry.setApprovalForAll(address(loans), true);
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.BorrowerNotOwner.selector, titleId, eve, borrower));
        vm.prank(eve);
        loans.openLoan(titleId, L.PRINCIPAL, eve);
    }

    function test_RevertWhen_TitleNotAppraised() public {
        vm.prank(borrower);
        uint256 pending = registry.submit(_input());
        vm.expectRevert(
            abi.encodeWithSelector(IGPUTitleRegistry.InvalidStatus.selector, pending, IGPUTitleRegistry.Status.Pending)
        );
        vm.prank(borrower);
        loans.openLoan(pending, L.PRINCIPAL, borrower);
    }

    function test_RevertWhen_AppraisalExpired() public {
        _warpTo(block.timestamp + L.APPRAISAL_VALIDITY);
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.NoCurrentValue.selector, titleId));
        _open(L.PRINCIPAL);
    }

    function test_RevertWhen_TitleAlreadyPledged() public {
        _open(L.PRINCIPAL);
        vm.expectRevert(
            abi.encodeWithSelector(IGPUTitleRegistry.InvalidStatus.selector, titleId, IGPUTitleRegistry.Status.Pledged)
        );
        _open(L.PRINCIPAL);
    }

    function test_RevertWhen_BorrowPaused() public {
        vm.prank(guardian);
        vault.pause(false, true);
        vm.expectRevert(IStakedAID.BorrowPaused.selector);
        _open(L.PRINCIPAL);
    }

    function test_RevertWhen_AboveUtilisationCap() public {
        // 2.7 million staked, 90% may be lent: 2.43 million. Two loans of 1.4 million on bigger titles.
        uint256 big = _title(frank, 3_000_000e18);
        vm.prank(frank);
        loans.openLoan(big, 1_400_000e18, frank);
        uint256 max = vault.maxDraw();
        uint256 other = _title(borrower, 3_000_000e18);
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.DrawExceedsMax.selector, 1_400_000e18, max));
        vm.prank(borrower);
        loans.openLoan(other, 1_400_000e18, borrower);
    }

    /// @dev The totals have fixed widths; a loan that would overflow one reverts instead of wrapping. Principal
    /// outstanding is the low 96 bits of storage slot 4 (`_config`); it is set just below its limit here.
    function test_RevertWhen_PrincipalOutstandingWouldOverflow() public {
        bytes32 slot = bytes32(uint256(4));
        uint256 config = uint256(vm.load(address(loans), slot));
        uint256 nearMax = type(uint96).max - L.PRINCIPAL + 1;
        vm.store(address(loans), slot, bytes32((config >> 96 << 96) | nearMax));
        vm.expectRevert(ILoans.BookTooLarge.selector);
        _open(L.PRINCIPAL);
    }

    /// @dev The book's value is capped at the vault's bound (2^112): slot 3's low 112 bits.
    function test_RevertWhen_BookValueWouldOverflow() public {
        bytes32 slot = bytes32(uint256(3));
        uint256 book = uint256(vm.load(address(loans), slot));
        vm.store(address(loans), slot, bytes32((book >> 112 << 112) | (type(uint112).max - 1)));
        vm.expectRevert(ILoans.BookTooLarge.selector);
        _open(L.PRINCIPAL);
    }
}
