// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IStakedAID} from "../../../src/interfaces/IStakedAID.sol";
import {Base_Test} from "../../utils/Base.t.sol";
import {Defaults} from "../../utils/Defaults.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

/// @notice sAID against the text of ERC-7540 (asynchronous redeem, with operators) and ERC-7575, one requirement a
/// test, quoted in each test's comment. Deposits are synchronous (ERC-4626), as the standard allows.
contract StakedAID_ERC7540_Test is Base_Test {
    uint256 internal shares;

    function setUp() public override {
        super.setUp();
        shares = _stake(alice, Defaults.MINT_AID);
    }

    /// @dev "Smart contracts implementing this Vault standard MUST implement the ERC-165 supportsInterface function.
    /// The operator methods interface ID is 0xe3bc4e65. Asynchronous redemption Vaults MUST return the constant value
    /// true if 0x620ee8e4 is passed." ERC-7575: "Vaults MUST implement ERC-165 ... 0x2f0a18c5".
    function test_SupportsInterface_AsyncRedeemOperatorsAnd7575() public view {
        assertTrue(vault.supportsInterface(0x01ffc9a7), "ERC-165");
        assertTrue(vault.supportsInterface(0xe3bc4e65), "ERC-7540 operators");
        assertTrue(vault.supportsInterface(0x620ee8e4), "ERC-7540 asynchronous redeem");
        assertTrue(vault.supportsInterface(0x2f0a18c5), "ERC-7575");
        assertFalse(vault.supportsInterface(0xce3bbe50), "no asynchronous deposit");
        assertFalse(vault.supportsInterface(0xffffffff), "ERC-165: never 0xffffffff");
    }

    /// @dev ERC-7575: "share: the address of the underlying share received on deposit into the Vault ... MAY return
    /// the address of the Vault itself".
    function test_Share_IsTheVault() public view {
        assertEq(vault.share(), address(vault));
    }

    /// @dev requestRedeem: "Assumes control of shares from owner and submits a Request for asynchronous redeem ...
    /// MUST emit the RedeemRequest event"; pendingRedeemRequest "The amount of requested shares in Pending state for
    /// the controller with the given requestId".
    function test_RequestRedeem_TakesControlOfSharesAndIsPending() public {
        vm.expectEmit(address(vault));
        emit IStakedAID.RedeemRequest(bob, alice, 1, alice, 100e18);
        vm.prank(alice);
        uint256 requestId = vault.requestRedeem(100e18, bob, alice);
        assertEq(requestId, 1);
        assertEq(vault.balanceOf(alice), shares - 100e18, "control taken from the owner");
        assertEq(vault.pendingRedeemRequest(requestId, bob), 100e18, "pending for the controller");
        assertEq(vault.pendingRedeemRequest(requestId, alice), 0, "not the owner's once it names a controller");
        assertEq(vault.claimableRedeemRequest(requestId, bob), 0, "not yet Claimable");
    }

    /// @dev "MUST support a redeem Request flow where the control of shares is taken from owner directly where
    /// msg.sender has ERC-20 approval over the shares of owner."
    function test_RequestRedeem_WithAllowance() public {
        vm.prank(alice);
        vault.approve(bob, 100e18);
        vm.prank(bob);
        vault.requestRedeem(100e18, bob, alice);
        assertEq(vault.allowance(alice, bob), 0, "allowance spent");
        assertEq(vault.pendingRedeemRequest(1, bob), 100e18);
    }

    /// @dev "... OR the owner has approved the msg.sender as an operator."
    function test_RequestRedeem_ByOperatorWithoutAllowance() public {
        vm.expectEmit(address(vault));
        emit IStakedAID.OperatorSet(alice, bob, true);
        vm.prank(alice);
        assertTrue(vault.setOperator(bob, true), "setOperator MUST return true");
        assertTrue(vault.isOperator(alice, bob));
        vm.prank(bob);
        vault.requestRedeem(100e18, alice, alice);
        assertEq(vault.pendingRedeemRequest(1, alice), 100e18);
        assertEq(vault.allowance(alice, bob), 0, "no allowance needed");
    }

    function test_RevertWhen_RequestRedeemWithoutApproval() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, eve, 0, 100e18));
        vm.prank(eve);
        vault.requestRedeem(100e18, eve, alice);
        assertEq(vault.balanceOf(alice), shares, "victim: nothing taken");
    }

    /// @dev "MUST revert if all of shares cannot be requested."
    function test_RevertWhen_RequestRedeemMoreThanOwned() public {
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, shares, shares + 1)
        );
        vm.prank(alice);
        vault.requestRedeem(shares + 1, alice, alice);
    }

    /// @dev "Requests MUST NOT skip or otherwise short-circuit the Claimable state": nothing can be claimed while
    /// Pending; previewRedeem and previewWithdraw "MUST revert for all callers and inputs".
    function test_Claim_NeverShortCircuitsTheClaimableState() public {
        _request(alice, 100e18);
        assertEq(vault.maxRedeem(alice), 0);
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.ExceedsClaimable.selector, 100e18, 0));
        vm.prank(alice);
        vault.redeem(100e18, alice, alice);
        vm.expectRevert(IStakedAID.SynchronousExitDisabled.selector);
        vault.previewRedeem(100e18);
        vm.expectRevert(IStakedAID.SynchronousExitDisabled.selector);
        vault.previewWithdraw(100e18);
    }

    /// @dev Pending to Claimable: "claimableRedeemRequest: the amount of requested shares in Claimable state ...
    /// pendingRedeemRequest MUST NOT include any shares in Claimable"; maxRedeem/maxWithdraw give what the claim
    /// functions take.
    function test_Fill_MovesSharesFromPendingToClaimable() public {
        uint256 requestId = _request(alice, 100e18);
        _skip(Defaults.COOLDOWN);
        uint256 assets = vault.convertToAssets(100e18);
        vault.processRedemptions(1);
        assertEq(vault.pendingRedeemRequest(requestId, alice), 0);
        assertEq(vault.claimableRedeemRequest(requestId, alice), 100e18);
        assertEq(vault.maxRedeem(alice), 100e18);
        assertEq(vault.maxWithdraw(alice), assets);
    }

    /// @dev A request filled in part is Pending for the rest and Claimable for the part.
    function test_PartialFill_SplitsPendingAndClaimable() public {
        _connectLoanManager();
        _openLoan(800e18); // 200 of 1,000 idle
        uint256 requestId = _request(alice, 500e18);
        _skip(Defaults.COOLDOWN);
        vault.processRedemptions(1);
        uint256 claimable = vault.claimableRedeemRequest(requestId, alice);
        assertGt(claimable, 0);
        assertEq(vault.pendingRedeemRequest(requestId, alice) + claimable, 500e18, "pending + claimable = requested");
    }

    /// @dev redeem/withdraw as the claim: "MUST revert unless msg.sender is either equal to controller or an operator
    /// approved by controller"; they emit ERC-4626's Withdraw with the controller as owner; partial claims allowed.
    function test_Claim_ByControllerOrOperatorOnly() public {
        _request(alice, 100e18);
        _skip(Defaults.COOLDOWN);
        vault.processRedemptions(1);
        uint256 assets = vault.maxWithdraw(alice);

        vm.expectRevert(abi.encodeWithSelector(IStakedAID.NotOperator.selector, alice, eve));
        vm.prank(eve);
        vault.redeem(100e18, eve, alice);

        vm.prank(alice);
        vault.setOperator(bob, true);
        vm.expectEmit(address(vault));
        emit IERC4626.Withdraw(bob, carol, alice, assets / 2, 50e18);
        vm.prank(bob);
        assertEq(vault.withdraw(assets / 2, carol, alice), 50e18);
        vm.prank(alice);
        vault.setOperator(bob, false);
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.NotOperator.selector, alice, bob));
        vm.prank(bob);
        vault.redeem(50e18, bob, alice);
        vm.prank(alice);
        assertEq(vault.redeem(50e18, alice, alice), assets - assets / 2);
        assertEq(vault.maxRedeem(alice), 0);
        assertEq(aid.balanceOf(carol), assets / 2);
    }

    /// @dev "setOperator ... MUST set the operator status to the approved value": an operator may also cancel.
    function test_Operator_MayCancel() public {
        uint256 requestId = _request(alice, 100e18);
        vm.prank(alice);
        vault.setOperator(bob, true);
        vm.prank(bob);
        assertEq(vault.cancelRedeemRequest(requestId), 100e18);
        assertEq(vault.balanceOf(alice), shares, "back to the controller");
    }

    function test_RevertWhen_SetOperatorSelf() public {
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.InvalidReceiver.selector, alice));
        vm.prank(alice);
        vault.setOperator(alice, true);
    }
}
