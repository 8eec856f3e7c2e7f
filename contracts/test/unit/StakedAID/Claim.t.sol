// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IStakedAID} from "../../../src/interfaces/IStakedAID.sol";
import {Base_Test} from "../../utils/Base.t.sol";
import {Defaults} from "../../utils/Defaults.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

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

    function test_Claim_PaysControllerOnce() public {
        uint256 before = aid.balanceOf(bob);
        vm.expectEmit(address(vault));
        emit IStakedAID.RedeemClaimed(id, alice, bob, assets);
        vm.prank(alice);
        assertEq(vault.claim(id, bob), assets);
        assertEq(aid.balanceOf(bob) - before, assets);
        assertEq(aid.balanceOf(address(vault)), 0, "pot empty");
        assertEq(uint256(vault.getRequest(id).status), uint256(IStakedAID.RequestStatus.None));
        vm.expectRevert(
            abi.encodeWithSelector(
                IStakedAID.InvalidRequestStatus.selector,
                id,
                IStakedAID.RequestStatus.None,
                IStakedAID.RequestStatus.Filled
            )
        );
        vm.prank(alice);
        vault.claim(id, alice);
    }

    function test_Claim_NeverPaused() public {
        vm.prank(guardian);
        vault.pause(true, true);
        vm.prank(alice);
        vault.claim(id, alice);
    }

    function test_RevertWhen_ClaimPending() public {
        _stake(bob, Defaults.MINT_AID);
        uint256 pending = _request(bob, Defaults.TRANSFER_AID);
        vm.expectRevert(
            abi.encodeWithSelector(
                IStakedAID.InvalidRequestStatus.selector,
                pending,
                IStakedAID.RequestStatus.Pending,
                IStakedAID.RequestStatus.Filled
            )
        );
        vm.prank(bob);
        vault.claim(pending, bob);
    }

    function test_RevertWhen_ClaimNotController() public {
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.NotController.selector, id, eve, alice));
        vm.prank(eve);
        vault.claim(id, eve);
    }

    function test_RevertWhen_ClaimReceiverInvalid() public {
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.InvalidReceiver.selector, address(vault)));
        vm.prank(alice);
        vault.claim(id, address(vault));
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        vm.prank(alice);
        vault.claim(id, address(0));
    }

    /// @dev Above a share price of 396 AID, a filled amount no longer fits the request's first slot; it moves to the
    /// second, and the claim still pays it all.
    function test_Claim_AmountAboveFirstSlotCapacity() public {
        _stake(bob, Defaults.MINT_AID);
        uint256 big = 1e26;
        address silo = vault.vaultState().silo;
        deal(address(aid), carol, 1e31);
        vm.prank(carol);
        aid.transfer(silo, 1e31); // a gift that lifts the price to thousands of AID per share
        deal(address(aid), dave, big * 1e5);
        vm.prank(dave);
        uint256 shares = vault.deposit(big * 1e5, dave);
        uint256 request = _request(dave, shares > big ? big : shares);
        _skip(Defaults.COOLDOWN);
        vault.processRedemptions(10);
        uint256 claimable = vault.claimableRedeemRequest(request, dave);
        assertGt(claimable, (1 << 95) - 1, "does not fit the first slot");
        assertEq(vault.getRequest(request).assets, claimable);
        uint256 before = aid.balanceOf(dave);
        vm.prank(dave);
        assertEq(vault.claim(request, dave), claimable);
        assertEq(aid.balanceOf(dave) - before, claimable);
    }
}
