// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IStakedAID} from "../../../src/interfaces/IStakedAID.sol";
import {Base_Test} from "../../utils/Base.t.sol";
import {Defaults} from "../../utils/Defaults.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

contract StakedAID_RequestRedeem_Unit_Test is Base_Test {
    uint256 internal aliceShares;

    function setUp() public override {
        super.setUp();
        aliceShares = _stake(alice, Defaults.MINT_AID);
    }

    function test_RequestRedeem_EscrowsSharesAndQueues() public {
        vm.expectEmit(address(vault));
        emit IERC20.Transfer(alice, address(vault), Defaults.TRANSFER_AID);
        vm.expectEmit(address(vault));
        emit IStakedAID.RedeemRequest(alice, alice, 1, alice, Defaults.TRANSFER_AID);
        uint256 id = _request(alice, Defaults.TRANSFER_AID);
        assertEq(id, 1);
        assertEq(vault.balanceOf(alice), aliceShares - Defaults.TRANSFER_AID);
        assertEq(vault.balanceOf(address(vault)), Defaults.TRANSFER_AID);
        IStakedAID.VaultState memory s = vault.vaultState();
        assertEq(s.pendingShares, Defaults.TRANSFER_AID);
        assertEq(s.nextRequestId, 2);
        assertEq(vault.pendingRedeemRequest(id, alice), Defaults.TRANSFER_AID);
        assertEq(vault.claimableRedeemRequest(id, alice), 0);
        assertEq(vault.pendingRedeemRequest(id, bob), 0, "not bob's");

        IStakedAID.RequestView memory r = vault.getRequest(id);
        assertEq(uint256(r.status), uint256(IStakedAID.RequestStatus.Pending));
        assertEq(r.controller, alice);
        assertEq(r.shares, Defaults.TRANSFER_AID);
        assertEq(r.assets, vault.convertToAssets(Defaults.TRANSFER_AID));
        assertEq(r.requestedAt, block.timestamp);
        assertEq(r.eligibleAt, block.timestamp + Defaults.COOLDOWN);
        assertEq(r.sharesAhead, 0);
    }

    function test_RequestRedeem_IdsAreSequentialAndViewsShowWhatIsAhead() public {
        _stake(bob, Defaults.MINT_AID);
        uint256 first = _request(alice, 100e18);
        uint256 second = _request(bob, 200e18);
        uint256 third = _request(alice, 300e18);
        assertEq(first, 1);
        assertEq(second, 2);
        assertEq(third, 3);
        IStakedAID.RequestView memory r = vault.getRequest(third);
        assertEq(r.sharesAhead, 300e18);
        assertEq(r.assetsAhead, vault.convertToAssets(300e18));
        vm.prank(bob);
        vault.cancelRedeemRequest(second);
        assertEq(vault.getRequest(third).sharesAhead, 100e18, "cancelled requests are not ahead");
    }

    function test_RequestRedeem_ByOperatorSpendsAllowance() public {
        vm.prank(alice);
        vault.approve(bob, Defaults.TRANSFER_AID);
        vm.expectEmit(address(vault));
        emit IStakedAID.RedeemRequest(carol, alice, 1, bob, Defaults.TRANSFER_AID);
        vm.prank(bob);
        uint256 id = vault.requestRedeem(Defaults.TRANSFER_AID, carol, alice);
        assertEq(vault.allowance(alice, bob), 0);
        assertEq(vault.getRequest(id).controller, carol);
    }

    function test_RequestRedeem_NeverPaused() public {
        vm.prank(guardian);
        vault.pause(true, true);
        _request(alice, Defaults.TRANSFER_AID);
    }

    function test_RequestRedeem_UsesCooldownAtRequest() public {
        vm.prank(admin);
        vault.setCooldown(1 days);
        uint256 id = _request(alice, Defaults.TRANSFER_AID);
        assertEq(vault.getRequest(id).eligibleAt, block.timestamp + 1 days);
    }

    function test_RevertWhen_RequestRedeemZero() public {
        vm.expectRevert(IStakedAID.ZeroAmount.selector);
        _request(alice, 0);
    }

    function test_RevertWhen_RequestRedeemTooLarge() public {
        uint256 max = 1e26;
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.RequestTooLarge.selector, max + 1, max));
        _request(alice, max + 1);
    }

    function test_RevertWhen_RequestRedeemControllerInvalid() public {
        vm.startPrank(alice);
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.InvalidReceiver.selector, address(0)));
        vault.requestRedeem(1, address(0), alice);
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.InvalidReceiver.selector, address(vault)));
        vault.requestRedeem(1, address(vault), alice);
        vm.stopPrank();
    }

    function test_RevertWhen_RequestRedeemExceedsBalance() public {
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, aliceShares, aliceShares + 1)
        );
        _request(alice, aliceShares + 1);
    }

    function test_RevertWhen_RequestRedeemWithoutAllowance() public {
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, bob, 0, Defaults.TRANSFER_AID)
        );
        vm.prank(bob);
        vault.requestRedeem(Defaults.TRANSFER_AID, bob, alice);
    }
}
