// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IStakedAID} from "../../../src/interfaces/IStakedAID.sol";
import {Base_Test} from "../../utils/Base.t.sol";
import {Defaults} from "../../utils/Defaults.sol";

contract StakedAID_ProcessRedemptions_Unit_Test is Base_Test {
    function setUp() public override {
        super.setUp();
        _stake(alice, Defaults.MINT_AID);
        _stake(bob, Defaults.MINT_AID);
    }

    function test_Process_FillsAfterCooldownAtCurrentPrice() public {
        uint256 id = _request(alice, Defaults.TRANSFER_AID);
        _skip(Defaults.COOLDOWN);
        uint256 expected = vault.convertToAssets(Defaults.TRANSFER_AID);
        uint256 priceBefore = vault.convertToAssets(1e18);
        vm.expectEmit(address(vault));
        emit IStakedAID.RedeemRequestFilled(id, alice, Defaults.TRANSFER_AID, expected, 0);
        vm.prank(eve); // anyone
        (uint256 filled, uint256 assets) = vault.processRedemptions(10);
        assertEq(filled, 1);
        assertEq(assets, expected);
        assertEq(vault.balanceOf(address(vault)), 0, "escrow burned");
        assertEq(aid.balanceOf(address(vault)), expected, "set aside in the claims pot");
        assertEq(vault.claimableRedeemRequest(id, alice), Defaults.TRANSFER_AID);
        assertEq(vault.maxWithdraw(alice), expected);
        assertEq(vault.pendingRedeemRequest(id, alice), 0);
        assertEq(vault.vaultState().queueHead, 2);
        assertGe(vault.convertToAssets(1e18), priceBefore, "price for those who stay never falls");
        IStakedAID.RequestView memory r = vault.getRequest(id);
        assertEq(uint256(r.status), uint256(IStakedAID.RequestStatus.None), "wholly filled: the record is gone");
    }

    function test_Process_NeverBeforeCooldown() public {
        _request(alice, Defaults.TRANSFER_AID);
        _skip(Defaults.COOLDOWN - 1);
        (uint256 filled,) = vault.processRedemptions(10);
        assertEq(filled, 0);
        assertEq(vault.vaultState().queueHead, 1);
    }

    function test_Process_FirstInFirstOut() public {
        uint256 first = _request(alice, 100e18);
        _skip(1 hours);
        uint256 second = _request(bob, 100e18);
        _skip(Defaults.COOLDOWN);
        (uint256 filled,) = vault.processRedemptions(1);
        assertEq(filled, 1);
        assertGt(vault.claimableRedeemRequest(first, alice), 0);
        assertEq(vault.claimableRedeemRequest(second, bob), 0);
        vault.processRedemptions(1);
        assertGt(vault.claimableRedeemRequest(second, bob), 0);
    }

    function test_Process_StopsAtFirstRequestStillInCooldown() public {
        vm.prank(admin);
        vault.setCooldown(10 days);
        uint256 first = _request(alice, 100e18);
        vm.prank(admin);
        vault.setCooldown(0);
        uint256 second = _request(bob, 100e18);
        // The second is eligible at once, but the first (cooldown lowered to 0 too) is as well: both fill in order.
        (uint256 filled,) = vault.processRedemptions(10);
        assertEq(filled, 2);
        assertGt(vault.claimableRedeemRequest(first, alice), 0);
        assertGt(vault.claimableRedeemRequest(second, bob), 0);
    }

    function test_Process_RaisingCooldownNeverDelaysWaitingRequests() public {
        uint256 id = _request(alice, 100e18);
        vm.prank(admin);
        vault.setCooldown(30 days);
        _skip(Defaults.COOLDOWN);
        vault.processRedemptions(1);
        assertGt(vault.claimableRedeemRequest(id, alice), 0);
    }

    function test_Process_LaterRequestWaitsBehindHead() public {
        vm.prank(admin);
        vault.setCooldown(10 days);
        uint256 first = _request(alice, 100e18);
        vm.prank(admin);
        vault.setCooldown(30 days);
        _skip(1 days);
        uint256 second = _request(bob, 100e18);
        // First eligible at 10 days, second at 1 + 30 days: nothing is filled out of order.
        _skip(10 days);
        vault.processRedemptions(10);
        assertGt(vault.claimableRedeemRequest(first, alice), 0);
        assertEq(vault.claimableRedeemRequest(second, bob), 0);
    }

    function test_Process_SkipsCancelled() public {
        uint256 first = _request(alice, 100e18);
        uint256 second = _request(bob, 100e18);
        vm.prank(alice);
        vault.cancelRedeemRequest(first);
        _skip(Defaults.COOLDOWN);
        (uint256 filled,) = vault.processRedemptions(2);
        assertEq(filled, 1);
        assertGt(vault.claimableRedeemRequest(second, bob), 0);
        assertEq(vault.vaultState().queueHead, 3);
    }

    function test_Process_MaxCountBoundsWork() public {
        for (uint256 i; i < 5; ++i) {
            _request(alice, 10e18);
        }
        _skip(Defaults.COOLDOWN);
        (uint256 filled,) = vault.processRedemptions(2);
        assertEq(filled, 2);
        assertEq(vault.vaultState().queueHead, 3);
        (filled,) = vault.processRedemptions(0);
        assertEq(filled, 0);
        (filled,) = vault.processRedemptions(type(uint256).max - 1);
        assertEq(filled, 3);
    }

    /// @dev Finding 2: the head takes what is idle (a partial fill); nothing jumps the queue; the rest fills later.
    function test_Process_HeadFilledInPartAsFarAsIdleAllows() public {
        _connectLoanManager();
        _openLoan(1800e18); // 90% of 2,000: 200 idle left
        uint256 first = _request(alice, 300e18);
        uint256 second = _request(bob, 100e18);
        _skip(Defaults.COOLDOWN);
        uint256 idle = vault.vaultState().idleAssets;
        (uint256 filled, uint256 assets) = vault.processRedemptions(10);
        assertEq(filled, 1, "the head, in part");
        assertApproxEqAbs(assets, idle, 1, "all the idle AID went to the head");
        assertEq(vault.vaultState().queueHead, first, "the head stays at the head");
        assertEq(vault.pendingRedeemRequest(first, alice), 300e18 - vault.maxRedeem(alice));
        assertEq(vault.getRequest(first).filledShares, vault.maxRedeem(alice));
        assertEq(vault.maxRedeem(bob), 0, "nothing jumps the queue");
        // The borrower repays: the rest of the head fills, then the next.
        _fundLoanManager(1000e18);
        loanManager.repay(1000e18, 0);
        (filled,) = vault.processRedemptions(10);
        assertEq(filled, 2);
        assertEq(vault.maxRedeem(alice), 300e18);
        assertEq(vault.maxRedeem(bob), 100e18);
        assertEq(vault.pendingRedeemRequest(second, bob), 0);
    }

    function test_Process_QueuedSharesBearLosses() public {
        _connectLoanManager();
        _openLoan(1000e18);
        uint256 id = _request(alice, 500e18);
        uint256 valueBefore = vault.convertToAssets(500e18);
        loanManager.recogniseLoss(400e18);
        _skip(Defaults.COOLDOWN);
        vault.processRedemptions(1);
        assertEq(vault.pendingRedeemRequest(id, alice), 0);
        uint256 paid = vault.maxWithdraw(alice);
        assertLt(paid, valueBefore, "the loss reached the queued shares");
        assertApproxEqRel(paid, valueBefore * 1600 / 2000, 1e15);
    }

    function test_Process_NeverPaused() public {
        uint256 id = _request(alice, 100e18);
        vm.prank(guardian);
        vault.pause(true, true);
        _skip(Defaults.COOLDOWN);
        vault.processRedemptions(1);
        assertGt(vault.claimableRedeemRequest(id, alice), 0);
    }

    function test_Process_EmptyQueueIsNoop() public {
        (uint256 filled, uint256 assets) = vault.processRedemptions(5);
        assertEq(filled, 0);
        assertEq(assets, 0);
    }
}
