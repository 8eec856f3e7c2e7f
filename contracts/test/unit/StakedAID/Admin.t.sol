// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IRoles} from "../../../src/interfaces/IRoles.sol";
import {IStakedAID} from "../../../src/interfaces/IStakedAID.sol";
import {Base_Test} from "../../utils/Base.t.sol";
import {Defaults} from "../../utils/Defaults.sol";

contract StakedAID_Admin_Unit_Test is Base_Test {
    function test_SetCooldown_ZeroToThirtyDays() public {
        vm.expectEmit(address(vault));
        emit IStakedAID.CooldownSet(30 days);
        vm.prank(admin);
        vault.setCooldown(30 days);
        assertEq(vault.vaultState().cooldown, 30 days);
        vm.prank(admin);
        vault.setCooldown(0);
        IStakedAID.VaultState memory s = vault.vaultState();
        assertEq(s.cooldown, 0);
        assertEq(s.utilisationCapBps, Defaults.UTILISATION_CAP_BPS, "other parameters untouched");
    }

    function test_RevertWhen_SetCooldownAboveMax() public {
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.CooldownTooLong.selector, 30 days + 1, 30 days));
        vm.prank(admin);
        vault.setCooldown(30 days + 1);
    }

    function test_SetUtilisationCap() public {
        vm.expectEmit(address(vault));
        emit IStakedAID.UtilisationCapSet(9500);
        vm.prank(admin);
        vault.setUtilisationCap(9500);
        IStakedAID.VaultState memory s = vault.vaultState();
        assertEq(s.utilisationCapBps, 9500);
        assertEq(s.cooldown, Defaults.COOLDOWN, "other parameters untouched");
    }

    function test_RevertWhen_SetUtilisationCapAboveMax() public {
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.UtilisationCapTooHigh.selector, 9501, 9500));
        vm.prank(admin);
        vault.setUtilisationCap(9501);
    }

    function test_Pause_ByGuardianLeavesSupplyAndVesting() public {
        _stake(alice, Defaults.MINT_AID);
        uint256 supply = vault.totalSupply();
        vm.expectEmit(address(vault));
        emit IStakedAID.Paused(true, true);
        vm.prank(guardian);
        vault.pause(true, true);
        IStakedAID.VaultState memory s = vault.vaultState();
        assertTrue(s.depositPaused);
        assertTrue(s.borrowPaused);
        assertEq(vault.totalSupply(), supply);
        vm.prank(admin);
        vault.pause(false, false);
        assertFalse(vault.vaultState().depositPaused);
        assertFalse(vault.borrowPaused());
    }

    function testFuzz_RevertWhen_AdminSetterCalledByOther(address caller) public {
        vm.assume(caller != admin);
        vm.startPrank(caller);
        vm.expectRevert(abi.encodeWithSelector(IRoles.Unauthorized.selector, caller));
        vault.setCooldown(0);
        vm.expectRevert(abi.encodeWithSelector(IRoles.Unauthorized.selector, caller));
        vault.setUtilisationCap(0);
        vm.expectRevert(abi.encodeWithSelector(IRoles.Unauthorized.selector, caller));
        vault.setLoanManager(caller);
        vm.expectRevert(abi.encodeWithSelector(IRoles.Unauthorized.selector, caller));
        vault.setGuardian(caller);
        vm.expectRevert(abi.encodeWithSelector(IRoles.Unauthorized.selector, caller));
        vault.transferAdmin(caller);
        vm.stopPrank();
    }

    function testFuzz_RevertWhen_PauseCalledByOther(address caller) public {
        vm.assume(caller != admin && caller != guardian);
        vm.expectRevert(abi.encodeWithSelector(IRoles.Unauthorized.selector, caller));
        vm.prank(caller);
        vault.pause(true, true);
    }

    function test_GuardianCannotSetParameters() public {
        vm.startPrank(guardian);
        vm.expectRevert(abi.encodeWithSelector(IRoles.Unauthorized.selector, guardian));
        vault.setCooldown(0);
        vm.expectRevert(abi.encodeWithSelector(IRoles.Unauthorized.selector, guardian));
        vault.setLoanManager(guardian);
        vm.stopPrank();
    }

    /// @dev No admin path reaches a user's shares or AID: the admin functions touch parameters only.
    function test_AdminCannotMoveUserFunds() public {
        uint256 shares = _stake(alice, Defaults.MINT_AID);
        uint256 id = _request(alice, 100e18);
        vm.startPrank(admin);
        vault.setCooldown(30 days);
        vault.setUtilisationCap(0);
        vault.pause(true, true);
        vm.stopPrank();
        assertEq(vault.balanceOf(alice), shares - 100e18);
        // The request still fills when its original cooldown passes, and can be claimed.
        _skip(Defaults.COOLDOWN);
        vault.processRedemptions(1);
        assertEq(vault.pendingRedeemRequest(id, alice), 0);
        assertGt(_claim(alice, alice), 0);
    }
}
