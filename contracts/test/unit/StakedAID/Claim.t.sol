// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IStakedAID} from "../../../src/interfaces/IStakedAID.sol";
import {Base_Test} from "../../utils/Base.t.sol";
import {Defaults} from "../../utils/Defaults.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

/// @notice Claims are ERC-7540's: `redeem(shares, receiver, controller)` and `withdraw(assets, receiver, controller)`
/// take from the controller's filled, unclaimed balance.
contract StakedAID_Claim_Unit_Test is Base_Test {
    uint256 internal id;
    uint256 internal assets;

    function setUp() public override {
        super.setUp();
        _stake(alice, Defaults.MINT_AID);
        id = _request(alice, Defaults.TRANSFER_AID);
        _skip(Defaults.COOLDOWN);
        (, assets) = vault.processRedemptions(1);
    }

    function test_Redeem_PaysControllerOnce() public {
        uint256 before = aid.balanceOf(bob);
        assertEq(vault.maxRedeem(alice), Defaults.TRANSFER_AID);
        assertEq(vault.maxWithdraw(alice), assets);
        vm.expectEmit(address(vault));
        emit IERC4626.Withdraw(alice, bob, alice, assets, Defaults.TRANSFER_AID);
        vm.prank(alice);
        assertEq(vault.redeem(Defaults.TRANSFER_AID, bob, alice), assets);
        assertEq(aid.balanceOf(bob) - before, assets);
        assertEq(aid.balanceOf(address(vault)), 0, "pot empty");
        assertEq(vault.maxRedeem(alice), 0);
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.ExceedsClaimable.selector, 1, 0));
        vm.prank(alice);
        vault.redeem(1, alice, alice);
    }

    function test_Withdraw_PartThenRest() public {
        uint256 part = assets / 3;
        vm.prank(alice);
        uint256 sharesUsed = vault.withdraw(part, alice, alice);
        // Rounded up: the shares used up are worth at least the AID taken.
        assertGe(sharesUsed * assets, part * Defaults.TRANSFER_AID);
        (uint256 leftAssets, uint256 leftShares) = vault.claimable(alice);
        assertEq(leftAssets, assets - part);
        assertEq(leftShares, Defaults.TRANSFER_AID - sharesUsed);
        vm.prank(alice);
        assertEq(vault.redeem(leftShares, alice, alice), assets - part, "the rest pays the rest");
        assertEq(aid.balanceOf(address(vault)), 0, "pot empty");
    }

    function test_Redeem_NeverPaused() public {
        vm.prank(guardian);
        vault.pause(true, true);
        assertEq(_claim(alice, alice), assets);
    }

    function test_Redeem_ByOperator() public {
        vm.prank(alice);
        assertTrue(vault.setOperator(bob, true));
        assertTrue(vault.isOperator(alice, bob));
        vm.prank(bob);
        assertEq(vault.redeem(Defaults.TRANSFER_AID, bob, alice), assets);
        assertEq(aid.balanceOf(bob), assets);
    }

    function test_RevertWhen_RedeemMoreThanClaimable() public {
        _stake(bob, Defaults.MINT_AID);
        _request(bob, Defaults.TRANSFER_AID);
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.ExceedsClaimable.selector, Defaults.TRANSFER_AID, 0));
        vm.prank(bob);
        vault.redeem(Defaults.TRANSFER_AID, bob, bob);
    }

    function test_RevertWhen_RedeemNotOperator() public {
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.NotOperator.selector, alice, eve));
        vm.prank(eve);
        vault.redeem(Defaults.TRANSFER_AID, eve, alice);
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.NotOperator.selector, alice, eve));
        vm.prank(eve);
        vault.withdraw(assets, eve, alice);
        assertEq(aid.balanceOf(eve), 0);
        assertEq(vault.maxWithdraw(alice), assets, "alice's claim untouched");
    }

    function test_RevertWhen_ClaimZero() public {
        vm.expectRevert(IStakedAID.ZeroAmount.selector);
        vm.prank(alice);
        vault.redeem(0, alice, alice);
        vm.expectRevert(IStakedAID.ZeroAmount.selector);
        vm.prank(alice);
        vault.withdraw(0, alice, alice);
    }

    function test_RevertWhen_ClaimReceiverInvalid() public {
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.InvalidReceiver.selector, address(vault)));
        vm.prank(alice);
        vault.redeem(Defaults.TRANSFER_AID, address(vault), alice);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        vm.prank(alice);
        vault.redeem(Defaults.TRANSFER_AID, address(0), alice);
    }

    /// @dev A price in the thousands of AID per share: the claimable AID is kept in 128 bits and paid whole.
    function test_Redeem_LargeAmounts() public {
        _stake(bob, Defaults.MINT_AID);
        uint256 big = 1e26;
        address silo = vault.vaultState().silo;
        deal(address(aid), carol, 1e31);
        vm.prank(carol);
        aid.transfer(silo, 1e31); // a gift that lifts the price to thousands of AID per share
        deal(address(aid), dave, big * 1e5);
        vm.prank(dave);
        uint256 shares = vault.deposit(big * 1e5, dave);
        _request(dave, shares > big ? big : shares);
        _skip(Defaults.COOLDOWN);
        vault.processRedemptions(10);
        uint256 claimable = vault.maxWithdraw(dave);
        assertGt(claimable, (1 << 95) - 1);
        uint256 before = aid.balanceOf(dave);
        assertEq(_claim(dave, dave), claimable);
        assertEq(aid.balanceOf(dave) - before, claimable);
        assertGt(id, 0);
    }
}
