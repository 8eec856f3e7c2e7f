// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IStakedAID} from "../../../src/interfaces/IStakedAID.sol";
import {Base_Test} from "../../utils/Base.t.sol";
import {Defaults} from "../../utils/Defaults.sol";

contract StakedAID_CancelRedeemRequest_Unit_Test is Base_Test {
    uint256 internal shares;
    uint256 internal id;

    function setUp() public override {
        super.setUp();
        shares = _stake(alice, Defaults.MINT_AID);
        id = _request(alice, Defaults.TRANSFER_AID);
    }

    function test_Cancel_ReturnsSharesToController() public {
        vm.expectEmit(address(vault));
        emit IStakedAID.RedeemRequestCancelled(id, alice, Defaults.TRANSFER_AID);
        vm.prank(alice);
        assertEq(vault.cancelRedeemRequest(id), Defaults.TRANSFER_AID);
        assertEq(vault.balanceOf(alice), shares);
        assertEq(vault.balanceOf(address(vault)), 0);
        assertEq(uint256(vault.getRequest(id).status), uint256(IStakedAID.RequestStatus.None));
    }

    function test_Cancel_NeverPaused() public {
        vm.prank(guardian);
        vault.pause(true, true);
        vm.prank(alice);
        vault.cancelRedeemRequest(id);
    }

    function test_RevertWhen_CancelFilled() public {
        _skip(Defaults.COOLDOWN);
        vault.processRedemptions(1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IStakedAID.InvalidRequestStatus.selector,
                id,
                IStakedAID.RequestStatus.None,
                IStakedAID.RequestStatus.Pending
            )
        );
        vm.prank(alice);
        vault.cancelRedeemRequest(id);
    }

    function test_RevertWhen_CancelUnknownOrTwice() public {
        vm.prank(alice);
        vault.cancelRedeemRequest(id);
        vm.expectRevert(
            abi.encodeWithSelector(
                IStakedAID.InvalidRequestStatus.selector,
                id,
                IStakedAID.RequestStatus.None,
                IStakedAID.RequestStatus.Pending
            )
        );
        vm.prank(alice);
        vault.cancelRedeemRequest(id);
    }

    function test_RevertWhen_CancelNotController() public {
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.NotController.selector, id, eve, alice));
        vm.prank(eve);
        vault.cancelRedeemRequest(id);
    }
}
