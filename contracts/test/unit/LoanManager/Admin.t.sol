// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {LoanManager} from "../../../src/LoanManager.sol";
import {IGPUTitleRegistry} from "../../../src/interfaces/IGPUTitleRegistry.sol";
import {ILoans} from "../../../src/interfaces/ILoans.sol";
import {IRoles} from "../../../src/interfaces/IRoles.sol";
import {IStakedAID} from "../../../src/interfaces/IStakedAID.sol";
import {LoanBase_Test} from "../../utils/LoanBase.t.sol";
import {LoanDefaults as L} from "../../utils/LoanDefaults.sol";

/// @dev Pretends to be a savings vault over AID, but AID names another vault.
contract FakeVault {
    address public asset;

    constructor(address aid_) {
        asset = aid_;
    }
}

contract LoanManager_Admin_Unit_Test is LoanBase_Test {
    function _params() internal pure returns (ILoans.Parameters memory) {
        return ILoans.Parameters({
            maxLtvBps: 6000,
            liquidationThresholdBps: 8000,
            aprBps: 2000,
            termPeriods: 24,
            originationFeeBps: 200,
            protocolShareBps: 1500,
            liquidationFeeBps: 700
        });
    }

    function test_Constructor_Defaults() public view {
        ILoans.Parameters memory p = loans.parameters();
        assertEq(p.maxLtvBps, L.MAX_LTV_BPS);
        assertEq(p.liquidationThresholdBps, L.LIQUIDATION_THRESHOLD_BPS);
        assertEq(p.aprBps, L.APR_BPS);
        assertEq(p.termPeriods, L.TERM);
        assertEq(p.originationFeeBps, L.ORIGINATION_FEE_BPS);
        assertEq(p.protocolShareBps, L.PROTOCOL_SHARE_BPS);
        assertEq(p.liquidationFeeBps, L.LIQUIDATION_FEE_BPS);
        assertEq(loans.recovery(), recovery);
        assertEq(loans.vault(), address(vault));
        assertEq(loans.registry(), address(registry));
        assertEq(loans.aid(), address(aid));
        assertEq(loans.admin(), admin);
        assertEq(loans.guardian(), guardian);
        assertEq(loans.loanCount(), 0);
        (uint256 value, uint256 rate, uint256 end) = loans.bookCheckpoint();
        assertEq(value, 0);
        assertEq(rate, 0);
        assertEq(end, block.timestamp);
    }

    function test_RevertWhen_VaultDoesNotMatchAid() public {
        FakeVault fake = new FakeVault(address(aid));
        vm.expectRevert(abi.encodeWithSelector(ILoans.VaultMismatch.selector, address(fake)));
        new LoanManager(IStakedAID(address(fake)), registry, admin, guardian, recovery);
    }

    function test_RevertWhen_ConstructedWithZeroAddresses() public {
        vm.expectRevert(IRoles.ZeroAddress.selector);
        new LoanManager(vault, registry, admin, guardian, address(0));
        vm.expectRevert(IRoles.ZeroAddress.selector);
        new LoanManager(vault, registry, address(0), guardian, recovery);
    }

    function test_SetParameters_AppliesToNewLoansOnly() public {
        uint256 first = _borrow();
        vm.expectEmit(address(loans));
        emit ILoans.ParametersSet(_params());
        vm.prank(admin);
        loans.setParameters(_params());
        ILoans.Parameters memory p = loans.parameters();
        assertEq(p.aprBps, 2000);
        assertEq(p.termPeriods, 24);

        uint256 second = _borrow(frank, 1_000_000e18);
        ILoans.LoanView memory a = loans.loan(first);
        ILoans.LoanView memory b = loans.loan(second);
        assertEq(a.aprBps, L.APR_BPS, "an open loan keeps its APR");
        assertEq(a.termPeriods, L.TERM);
        assertEq(a.liquidationThresholdBps, L.LIQUIDATION_THRESHOLD_BPS, "and its liquidation threshold");
        assertEq(a.protocolShareBps, L.PROTOCOL_SHARE_BPS);
        assertEq(b.aprBps, 2000);
        assertEq(b.termPeriods, 24);
        assertEq(b.liquidationThresholdBps, 8000);
        assertEq(b.protocolShareBps, 1500);
        assertEq(_fund(), 10_000e18 + 20_000e18, "origination fee at the terms of the day");
    }

    function test_SetParameters_AtTheBounds() public {
        ILoans.Parameters memory p = ILoans.Parameters({
            maxLtvBps: 8000,
            liquidationThresholdBps: 9500,
            aprBps: 5000,
            termPeriods: 36,
            originationFeeBps: 300,
            protocolShareBps: 2500,
            liquidationFeeBps: 1000
        });
        vm.prank(admin);
        loans.setParameters(p);
        p = ILoans.Parameters({
            maxLtvBps: 1000,
            liquidationThresholdBps: 5000,
            aprBps: 100,
            termPeriods: 1,
            originationFeeBps: 0,
            protocolShareBps: 0,
            liquidationFeeBps: 0
        });
        vm.prank(admin);
        loans.setParameters(p);
        assertEq(loans.parameters().termPeriods, 1);
    }

    function _expectOutOfBounds(uint256 index, uint256 value, uint256 min, uint256 max) internal {
        vm.expectRevert(abi.encodeWithSelector(ILoans.ParameterOutOfBounds.selector, index, value, min, max));
    }

    function test_RevertWhen_ParameterOutOfBounds() public {
        ILoans.Parameters memory p = _params();
        vm.startPrank(admin);

        p.maxLtvBps = 8001;
        _expectOutOfBounds(0, 8001, 1000, 8000);
        loans.setParameters(p);
        p.maxLtvBps = 999;
        _expectOutOfBounds(0, 999, 1000, 8000);
        loans.setParameters(p);
        p = _params();

        p.liquidationThresholdBps = 9501;
        _expectOutOfBounds(1, 9501, 6001, 9500);
        loans.setParameters(p);
        p.liquidationThresholdBps = 6000; // not above the max LTV
        _expectOutOfBounds(1, 6000, 6001, 9500);
        loans.setParameters(p);
        p.maxLtvBps = 2000;
        p.liquidationThresholdBps = 4999;
        _expectOutOfBounds(1, 4999, 5000, 9500);
        loans.setParameters(p);
        p = _params();

        p.aprBps = 5001;
        _expectOutOfBounds(2, 5001, 100, 5000);
        loans.setParameters(p);
        p.aprBps = 99;
        _expectOutOfBounds(2, 99, 100, 5000);
        loans.setParameters(p);
        p = _params();

        p.termPeriods = 37;
        _expectOutOfBounds(3, 37, 1, 36);
        loans.setParameters(p);
        p.termPeriods = 0;
        _expectOutOfBounds(3, 0, 1, 36);
        loans.setParameters(p);
        p = _params();

        p.originationFeeBps = 301;
        _expectOutOfBounds(4, 301, 0, 300);
        loans.setParameters(p);
        p = _params();

        p.protocolShareBps = 2501;
        _expectOutOfBounds(5, 2501, 0, 2500);
        loans.setParameters(p);
        p = _params();

        p.liquidationFeeBps = 1001;
        _expectOutOfBounds(6, 1001, 0, 1000);
        loans.setParameters(p);
        vm.stopPrank();
    }

    function test_RevertWhen_SetParametersNotAdmin() public {
        vm.expectRevert(abi.encodeWithSelector(IRoles.Unauthorized.selector, guardian));
        vm.prank(guardian);
        loans.setParameters(_params());
    }

    function test_SetRecovery() public {
        vm.expectEmit(address(loans));
        emit ILoans.RecoverySet(dave);
        vm.prank(admin);
        loans.setRecovery(dave);
        assertEq(loans.recovery(), dave);
        // The recovery address gets the next unsold title.
        uint256 loanId = _borrow();
        _liquidated(loanId);
        _skip(L.AUCTION + 1);
        loans.closeAuction(loanId);
        assertEq(registry.ownerOf(loans.loan(loanId).titleId), dave);
    }

    function test_RevertWhen_SetRecoveryInvalid() public {
        vm.startPrank(admin);
        vm.expectRevert(abi.encodeWithSelector(ILoans.InvalidReceiver.selector, address(0)));
        loans.setRecovery(address(0));
        vm.expectRevert(abi.encodeWithSelector(ILoans.InvalidReceiver.selector, address(loans)));
        loans.setRecovery(address(loans));
        vm.stopPrank();
        vm.expectRevert(abi.encodeWithSelector(IRoles.Unauthorized.selector, eve));
        vm.prank(eve);
        loans.setRecovery(eve);
    }

    function test_AdminTransferIsTwoStep() public {
        vm.prank(admin);
        loans.transferAdmin(dave);
        assertEq(loans.admin(), admin);
        vm.prank(dave);
        loans.acceptAdmin();
        assertEq(loans.admin(), dave);
        vm.prank(dave);
        loans.setParameters(_params());
    }

    /// @dev The guardian pauses new loans through the vault; nothing else stops.
    function test_GuardianPausesOnlyNewLoans() public {
        uint256 loanId = _borrow();
        vm.prank(guardian);
        vault.pause(false, true);
        (, uint256 available) = loans.maxBorrow(_title(frank));
        assertEq(available, 0, "nothing to borrow while paused");
        _skip(10 days);
        _repay(borrower, loanId, 1000e18);
        _liquidated(loanId);
        _bid(bidder, loanId);
        vm.prank(borrower);
        loans.claimSurplus(loanId, borrower);
    }

    function test_RegistryHooksOnlyFromTheEscrow() public {
        uint256 loanId = _borrow();
        uint256 titleId = loans.loan(loanId).titleId;
        vm.expectRevert(
            abi.encodeWithSelector(IGPUTitleRegistry.CallerNotEscrow.selector, titleId, admin, address(loans))
        );
        vm.prank(admin);
        registry.release(titleId);
    }
}
