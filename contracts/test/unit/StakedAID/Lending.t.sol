// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IStakedAID} from "../../../src/interfaces/IStakedAID.sol";
import {MockLoanManager} from "../../mocks/MockLoanManager.sol";
import {Base_Test} from "../../utils/Base.t.sol";
import {Defaults} from "../../utils/Defaults.sol";

/// @notice The lending side: setLoanManager, draw, repay, addIncome, refreshBook, the utilisation cap and losses.
contract StakedAID_Lending_Unit_Test is Base_Test {
    function setUp() public override {
        super.setUp();
        _stake(alice, Defaults.MINT_AID);
        _connectLoanManager();
    }

    function test_SetLoanManager_ConnectsAndSyncs() public {
        IStakedAID.VaultState memory s = vault.vaultState();
        assertEq(s.loanManager, address(loanManager));
        assertEq(vault.loanManager(), address(loanManager));
        assertEq(s.bookValue, 0);
        assertEq(vault.maxDraw(), Defaults.MINT_AID * Defaults.UTILISATION_CAP_BPS / Defaults.BPS);
    }

    /// @dev Finding 5: the loan manager is set once. Even with an empty book, the admin cannot swap in a contract that
    /// reports an empty book and draw the idle AID.
    function test_RevertWhen_SetLoanManagerTwice() public {
        MockLoanManager lying = new MockLoanManager(vault);
        uint256 idleBefore = vault.vaultState().idleAssets;
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.LoanManagerAlreadySet.selector, address(loanManager)));
        vm.prank(admin);
        vault.setLoanManager(address(lying));
        assertEq(vault.loanManager(), address(loanManager));
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.NotLoanManager.selector, address(lying)));
        lying.openLoan(idleBefore / 2, admin, 0, block.timestamp);
        assertEq(vault.vaultState().idleAssets, idleBefore, "savers' idle AID untouched");
        assertEq(aid.balanceOf(admin), 0, "the admin drew nothing");
    }

    function test_Draw_SendsIdleAidAndCountsTheBook() public {
        vm.expectEmit(address(vault));
        emit IStakedAID.Drawn(borrower, Defaults.LOAN_AID);
        _openLoan(Defaults.LOAN_AID);
        assertEq(aid.balanceOf(borrower), Defaults.LOAN_AID);
        IStakedAID.VaultState memory s = vault.vaultState();
        assertEq(s.bookValue, Defaults.LOAN_AID);
        assertEq(s.idleAssets, Defaults.MINT_AID - Defaults.LOAN_AID);
        assertEq(s.totalAssets, Defaults.MINT_AID);
    }

    function test_Draw_UpToUtilisationCap() public {
        uint256 max = vault.maxDraw();
        _openLoan(max);
        assertEq(vault.vaultState().utilisationBps, Defaults.UTILISATION_CAP_BPS);
        assertEq(vault.maxDraw(), 0);
    }

    function test_RevertWhen_DrawAboveUtilisationCap() public {
        uint256 max = vault.maxDraw();
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.DrawExceedsMax.selector, max + 1, max));
        _openLoan(max + 1);
    }

    function test_RevertWhen_DrawWhileBorrowPaused() public {
        vm.prank(guardian);
        vault.pause(false, true);
        assertTrue(vault.borrowPaused());
        assertEq(vault.maxDraw(), 0);
        vm.expectRevert(IStakedAID.BorrowPaused.selector);
        _openLoan(Defaults.LOAN_AID);
    }

    function test_RevertWhen_DrawNotLoanManager() public {
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.NotLoanManager.selector, eve));
        vm.prank(eve);
        vault.draw(1, eve);
    }

    function test_RevertWhen_DrawInvalid() public {
        vm.startPrank(address(loanManager));
        vm.expectRevert(IStakedAID.ZeroAmount.selector);
        vault.draw(0, borrower);
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.InvalidReceiver.selector, address(0)));
        vault.draw(1, address(0));
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.InvalidReceiver.selector, address(vault)));
        vault.draw(1, address(vault));
        vm.stopPrank();
    }

    function test_Book_AccruesUntilAccrualEndOnly() public {
        loanManager.openLoan(Defaults.LOAN_AID, borrower, Defaults.LOAN_RATE_PER_SECOND, block.timestamp + 1 days);
        _skip(3 days);
        // Accrual stopped at the end (a late payment): the interest of the late loan is no longer counted.
        assertEq(vault.vaultState().bookValue, Defaults.LOAN_AID + Defaults.LOAN_RATE_PER_SECOND * 1 days);
        assertEq(vault.vaultState().bookValue, loanManager.bookValue(), "cache matches the loan manager");
    }

    function test_Repay_ReturnsAidToIdle() public {
        _openLoan(Defaults.LOAN_AID);
        _skip(10 days);
        uint256 book = loanManager.bookValue();
        _fundLoanManager(book);
        uint256 assetsBefore = vault.totalAssets();
        vm.expectEmit(address(vault));
        emit IStakedAID.Repaid(book);
        loanManager.repay(book, 0);
        IStakedAID.VaultState memory s = vault.vaultState();
        assertEq(s.bookValue, 0);
        assertEq(s.totalAssets, assetsBefore, "repaying moves value from the book to idle");
        assertEq(s.idleAssets, Defaults.MINT_AID - Defaults.LOAN_AID + book);
    }

    function test_Repay_WithIncomeVestsTheIncome() public {
        _openLoan(Defaults.LOAN_AID);
        _skip(10 days);
        uint256 book = loanManager.bookValue();
        _fundLoanManager(book + 80e18);
        uint256 assetsBefore = vault.totalAssets();
        address silo = vault.vaultState().silo;
        uint256 siloBefore = aid.balanceOf(silo);
        vm.expectEmit(address(vault));
        emit IStakedAID.Repaid(book);
        vm.expectEmit(address(vault));
        emit IStakedAID.IncomeAdded(address(loanManager), 80e18, 80e18, block.timestamp + Defaults.VESTING);
        loanManager.repayWithIncome(book, 80e18, 0);
        IStakedAID.VaultState memory s = vault.vaultState();
        assertEq(aid.balanceOf(silo), siloBefore + book + 80e18, "one pull for both");
        assertEq(s.bookValue, 0);
        assertEq(s.unvestedIncome, 80e18);
        assertEq(s.totalAssets, assetsBefore, "the income is not counted until it vests");
    }

    function test_Repay_IncomeOnly() public {
        _fundLoanManager(80e18);
        vm.expectEmit(address(vault));
        emit IStakedAID.IncomeAdded(address(loanManager), 80e18, 80e18, block.timestamp + Defaults.VESTING);
        loanManager.repayWithIncome(0, 80e18, 0);
        assertEq(vault.vaultState().unvestedIncome, 80e18);
    }

    function test_Repay_NeverPaused() public {
        _openLoan(Defaults.LOAN_AID);
        vm.prank(guardian);
        vault.pause(true, true);
        _fundLoanManager(Defaults.LOAN_AID);
        loanManager.repay(Defaults.LOAN_AID, 0);
    }

    function test_RevertWhen_RepayInvalid() public {
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.NotLoanManager.selector, eve));
        vm.prank(eve);
        vault.repayAndAddIncome(1, 0);
        vm.expectRevert(IStakedAID.ZeroAmount.selector);
        vm.prank(address(loanManager));
        vault.repayAndAddIncome(0, 0);
    }

    function test_RecogniseLoss_LowersPriceForEveryone() public {
        _stake(bob, Defaults.MINT_AID);
        _openLoan(1000e18);
        uint256 queued = _request(bob, 500e18);
        uint256 priceBefore = vault.convertToAssets(1e18);
        loanManager.recogniseLoss(200e18);
        uint256 priceAfter = vault.convertToAssets(1e18);
        assertApproxEqAbs(priceBefore - priceAfter, priceBefore * 200 / 2000, 1, "pro-rata loss");
        assertApproxEqAbs(vault.getRequest(queued).assets, 500e18 * 1800 / 2000, 1, "queued shares too");
    }

    function test_RefreshBook_AnyoneCanResync() public {
        _openLoan(Defaults.LOAN_AID);
        // The loan manager changed its accrual without telling the vault; anyone can refresh.
        loanManager.setAccrual(0, block.timestamp);
        _skip(1 days);
        assertGt(vault.vaultState().bookValue, loanManager.bookValue(), "stale cache");
        vm.prank(eve);
        vault.refreshBook();
        assertEq(vault.vaultState().bookValue, loanManager.bookValue());
    }

    function test_RevertWhen_BookCheckpointOutOfBounds() public {
        loanManager.forceCheckpoint(uint256(type(uint112).max) + 1, 0, block.timestamp);
        vm.expectPartialRevert(IStakedAID.InvalidBookCheckpoint.selector);
        vault.refreshBook();
        loanManager.forceCheckpoint(0, uint256(type(uint80).max) + 1, block.timestamp + 1);
        vm.expectPartialRevert(IStakedAID.InvalidBookCheckpoint.selector);
        vault.refreshBook();
        loanManager.forceCheckpoint(0, 0, uint256(type(uint32).max) + 1);
        vm.expectPartialRevert(IStakedAID.InvalidBookCheckpoint.selector);
        vault.refreshBook();
    }

    function test_RevertWhen_BookCheckpointEndsInThePast() public {
        _skip(1 days);
        MockPastCheckpoint past = new MockPastCheckpoint();
        vm.expectPartialRevert(IStakedAID.InvalidBookCheckpoint.selector);
        vm.prank(admin);
        vault.setLoanManager(address(past));
    }

    /*//////////////////////////////////////////////////////////////
                                 INCOME
    //////////////////////////////////////////////////////////////*/

    function test_AddIncome_FromLoanManagerVests() public {
        _fundLoanManager(80e18);
        uint256 assetsBefore = vault.totalAssets();
        vm.expectEmit(address(vault));
        emit IStakedAID.IncomeAdded(address(loanManager), 80e18, 80e18, block.timestamp + Defaults.VESTING);
        loanManager.payIncome(80e18);
        assertEq(vault.totalAssets(), assetsBefore);
        _skip(Defaults.VESTING / 4);
        assertEq(vault.totalAssets(), assetsBefore + 20e18);
    }

    function test_AddIncome_MergesWithWhatIsStillVesting() public {
        _fundLoanManager(160e18);
        loanManager.payIncome(80e18);
        _skip(Defaults.VESTING / 2);
        loanManager.payIncome(80e18);
        IStakedAID.VaultState memory s = vault.vaultState();
        assertEq(s.unvestedIncome, 120e18, "40 left of the first plus 80 new");
        assertEq(s.vestingEnd, block.timestamp + Defaults.VESTING);
    }

    function test_RevertWhen_AddIncomeNotMinterOrLoanManager() public {
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.NotIncomeSource.selector, eve));
        vm.prank(eve);
        vault.addIncome(1);
    }

    function test_RevertWhen_AddIncomeZero() public {
        vm.expectRevert(IStakedAID.ZeroAmount.selector);
        vm.prank(address(loanManager));
        vault.addIncome(0);
    }

    function test_RevertWhen_AddIncomeTooLarge() public {
        uint256 max = type(uint88).max;
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.IncomeTooLarge.selector, max + 1, max));
        vm.prank(address(loanManager));
        vault.addIncome(max + 1);
    }
}

/// @dev A loan manager whose checkpoint ends in the past, which the vault must refuse.
contract MockPastCheckpoint {
    function bookCheckpoint() external view returns (uint256, uint256, uint256) {
        return (0, 0, block.timestamp - 1);
    }

    function bookValue() external pure returns (uint256) {
        return 0;
    }
}
