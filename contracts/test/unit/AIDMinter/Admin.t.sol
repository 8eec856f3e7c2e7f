// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAIDMinter} from "../../../src/interfaces/IAIDMinter.sol";
import {IRoles} from "../../../src/interfaces/IRoles.sol";
import {Base_Test} from "../../utils/Base.t.sol";
import {Defaults} from "../../utils/Defaults.sol";

/// @notice Every setter: bounds, events, roles; and each parameter changes only through its own setter.
contract AIDMinter_Admin_Unit_Test is Base_Test {
    function test_SetFees_UpToCap() public {
        vm.expectEmit(address(minter));
        emit IAIDMinter.FeesSet(100, 50);
        vm.prank(admin);
        minter.setFees(100, 50);
        assertEq(minter.mintFeeBps(), 100);
        assertEq(minter.redeemFeeBps(), 50);
        _assertOtherParamsUnchanged();
    }

    function test_RevertWhen_SetFeesAboveCap() public {
        vm.startPrank(admin);
        vm.expectRevert(abi.encodeWithSelector(IAIDMinter.FeeTooHigh.selector, 101, 100));
        minter.setFees(101, 0);
        vm.expectRevert(abi.encodeWithSelector(IAIDMinter.FeeTooHigh.selector, 101, 100));
        minter.setFees(0, 101);
        vm.stopPrank();
    }

    function test_SetSupplyCap() public {
        vm.expectEmit(address(minter));
        emit IAIDMinter.SupplyCapSet(5e18);
        vm.prank(admin);
        minter.setSupplyCap(5e18);
        assertEq(minter.supplyCap(), 5e18);
        assertEq(minter.mintFeeBps(), 0);
        assertEq(minter.bufferTargetBps(), Defaults.BUFFER_TARGET_BPS);
        assertFalse(minter.mintPaused());
    }

    function test_RevertWhen_SetSupplyCapTooHigh() public {
        uint256 max = type(uint128).max;
        vm.expectRevert(abi.encodeWithSelector(IAIDMinter.SupplyCapTooHigh.selector, max + 1, max));
        vm.prank(admin);
        minter.setSupplyCap(max + 1);
    }

    function test_SetSupplyCap_BelowSupplyStopsMintsOnly() public {
        _mintAid(alice, Defaults.MINT_USDC);
        vm.prank(admin);
        minter.setSupplyCap(0);
        vm.expectRevert(abi.encodeWithSelector(IAIDMinter.SupplyCapExceeded.selector, Defaults.MINT_AID + 1e12, 0));
        vm.prank(alice);
        minter.mint(1, alice);
        vm.prank(alice);
        minter.redeem(Defaults.MINT_AID, alice);
    }

    function test_SetBufferTarget() public {
        vm.expectEmit(address(minter));
        emit IAIDMinter.BufferTargetSet(Defaults.BPS);
        vm.prank(admin);
        minter.setBufferTarget(Defaults.BPS);
        assertEq(minter.bufferTargetBps(), Defaults.BPS);
        assertEq(minter.harvestFeeBps(), Defaults.HARVEST_FEE_BPS);
    }

    function test_RevertWhen_SetBufferTargetAbove100Percent() public {
        vm.expectRevert(abi.encodeWithSelector(IAIDMinter.BufferTargetTooHigh.selector, 10_001, 10_000));
        vm.prank(admin);
        minter.setBufferTarget(10_001);
    }

    function test_SetHarvestFee() public {
        vm.expectEmit(address(minter));
        emit IAIDMinter.HarvestFeeSet(5000, carol);
        vm.prank(admin);
        minter.setHarvestFee(5000, carol);
        assertEq(minter.harvestFeeBps(), 5000);
        assertEq(minter.feeRecipient(), carol);
        assertEq(minter.bufferTargetBps(), Defaults.BUFFER_TARGET_BPS);
    }

    function test_RevertWhen_SetHarvestFeeInvalid() public {
        vm.startPrank(admin);
        vm.expectRevert(abi.encodeWithSelector(IAIDMinter.FeeTooHigh.selector, 5001, 5000));
        minter.setHarvestFee(5001, carol);
        vm.expectRevert(IRoles.ZeroAddress.selector);
        minter.setHarvestFee(0, address(0));
        vm.stopPrank();
    }

    function test_SetMintPaused_ByGuardianOrAdmin() public {
        vm.expectEmit(address(minter));
        emit IAIDMinter.MintPausedSet(true);
        vm.prank(guardian);
        minter.setMintPaused(true);
        assertTrue(minter.mintPaused());
        assertEq(minter.supplyCap(), type(uint128).max, "cap untouched");
        vm.prank(admin);
        minter.setMintPaused(false);
        assertFalse(minter.mintPaused());
    }

    function testFuzz_RevertWhen_AdminSetterCalledByOther(address caller) public {
        vm.assume(caller != admin);
        vm.startPrank(caller);
        vm.expectRevert(abi.encodeWithSelector(IRoles.Unauthorized.selector, caller));
        minter.setFees(0, 0);
        vm.expectRevert(abi.encodeWithSelector(IRoles.Unauthorized.selector, caller));
        minter.setSupplyCap(0);
        vm.expectRevert(abi.encodeWithSelector(IRoles.Unauthorized.selector, caller));
        minter.setBufferTarget(0);
        vm.expectRevert(abi.encodeWithSelector(IRoles.Unauthorized.selector, caller));
        minter.setHarvestFee(0, caller);
        vm.expectRevert(abi.encodeWithSelector(IRoles.Unauthorized.selector, caller));
        minter.transferAdmin(caller);
        vm.expectRevert(abi.encodeWithSelector(IRoles.Unauthorized.selector, caller));
        minter.setGuardian(caller);
        vm.stopPrank();
    }

    function testFuzz_RevertWhen_PauseCalledByOther(address caller) public {
        vm.assume(caller != admin && caller != guardian);
        vm.expectRevert(abi.encodeWithSelector(IRoles.Unauthorized.selector, caller));
        vm.prank(caller);
        minter.setMintPaused(true);
    }

    function test_GuardianCannotSetParameters() public {
        vm.startPrank(guardian);
        vm.expectRevert(abi.encodeWithSelector(IRoles.Unauthorized.selector, guardian));
        minter.setFees(1, 1);
        vm.expectRevert(abi.encodeWithSelector(IRoles.Unauthorized.selector, guardian));
        minter.setSupplyCap(0);
        vm.stopPrank();
    }

    /*//////////////////////////////////////////////////////////////
                                 ROLES
    //////////////////////////////////////////////////////////////*/

    function test_TransferAdmin_TwoSteps() public {
        vm.expectEmit(address(minter));
        emit IRoles.AdminTransferStarted(admin, carol);
        vm.prank(admin);
        minter.transferAdmin(carol);
        assertEq(minter.admin(), admin, "not yet");
        assertEq(minter.pendingAdmin(), carol);
        vm.expectEmit(address(minter));
        emit IRoles.AdminTransferred(admin, carol);
        vm.prank(carol);
        minter.acceptAdmin();
        assertEq(minter.admin(), carol);
        assertEq(minter.pendingAdmin(), address(0));
    }

    function test_RevertWhen_AcceptAdminNotPending() public {
        vm.prank(admin);
        minter.transferAdmin(carol);
        vm.expectRevert(abi.encodeWithSelector(IRoles.Unauthorized.selector, eve));
        vm.prank(eve);
        minter.acceptAdmin();
    }

    function test_RevertWhen_TransferAdminToZero() public {
        vm.expectRevert(IRoles.ZeroAddress.selector);
        vm.prank(admin);
        minter.transferAdmin(address(0));
    }

    function test_SetGuardian() public {
        vm.expectEmit(address(minter));
        emit IRoles.GuardianSet(guardian, carol);
        vm.prank(admin);
        minter.setGuardian(carol);
        assertEq(minter.guardian(), carol);
        vm.prank(carol);
        minter.setMintPaused(true);
    }

    function test_RevertWhen_SetGuardianZero() public {
        vm.expectRevert(IRoles.ZeroAddress.selector);
        vm.prank(admin);
        minter.setGuardian(address(0));
    }

    function _assertOtherParamsUnchanged() internal view {
        assertEq(minter.bufferTargetBps(), Defaults.BUFFER_TARGET_BPS);
        assertEq(minter.harvestFeeBps(), Defaults.HARVEST_FEE_BPS);
        assertEq(minter.supplyCap(), type(uint128).max);
        assertFalse(minter.mintPaused());
        assertEq(minter.feeRecipient(), admin);
    }
}
