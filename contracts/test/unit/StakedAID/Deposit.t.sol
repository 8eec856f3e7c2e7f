// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IStakedAID} from "../../../src/interfaces/IStakedAID.sol";
import {Base_Test} from "../../utils/Base.t.sol";
import {Defaults} from "../../utils/Defaults.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @notice `deposit` and `mint` (ERC-4626), their previews and limits.
contract StakedAID_Deposit_Unit_Test is Base_Test {
    address internal constant DEAD = 0x000000000000000000000000000000000000dEaD;

    function setUp() public override {
        super.setUp();
        _mintAid(alice, Defaults.MINT_USDC * 10);
        _mintAid(bob, Defaults.MINT_USDC * 10);
    }

    function test_Deposit_FirstDepositLocksDeadShares() public {
        vm.expectEmit(address(vault));
        emit IERC20.Transfer(address(0), DEAD, Defaults.DEAD_SHARES);
        vm.expectEmit(address(vault));
        emit IERC4626.Deposit(alice, alice, Defaults.STAKE_AID, Defaults.STAKE_AID - Defaults.DEAD_SHARES);
        vm.prank(alice);
        uint256 shares = vault.deposit(Defaults.STAKE_AID, alice);
        assertEq(shares, Defaults.STAKE_AID - Defaults.DEAD_SHARES);
        assertEq(vault.balanceOf(alice), shares);
        assertEq(vault.balanceOf(DEAD), Defaults.DEAD_SHARES);
        assertEq(vault.totalSupply(), Defaults.STAKE_AID);
        assertEq(vault.totalAssets(), Defaults.STAKE_AID);
        assertEq(aid.balanceOf(vault.vaultState().silo), Defaults.STAKE_AID, "AID in the silo");
        assertEq(aid.balanceOf(address(vault)), 0, "none in the claims pot");
    }

    function test_Deposit_NeedsNoApproval() public {
        assertEq(aid.allowance(alice, address(vault)), 0);
        vm.prank(alice);
        vault.deposit(Defaults.STAKE_AID, bob);
        assertGt(vault.balanceOf(bob), 0);
    }

    function test_Deposit_MatchesPreviewAtAPriceAboveOne() public {
        _stake(alice, Defaults.STAKE_AID);
        _growPrice();
        uint256 preview = vault.previewDeposit(Defaults.STAKE_AID);
        assertLt(preview, Defaults.STAKE_AID, "price above 1");
        vm.prank(bob);
        assertEq(vault.deposit(Defaults.STAKE_AID, bob), preview);
    }

    function test_Deposit_RoundsSharesDown() public {
        _stake(alice, Defaults.STAKE_AID);
        _growPrice();
        uint256 supply = vault.totalSupply();
        uint256 assets = vault.totalAssets();
        vm.prank(bob);
        uint256 shares = vault.deposit(1e18 + 7, bob);
        assertEq(shares, (1e18 + 7) * (supply + 1) / (assets + 1), "floor");
        // The shares are never worth more than what was paid.
        assertLe(vault.convertToAssets(shares), 1e18 + 7);
    }

    function test_Mint_PaysRoundedUpAssets() public {
        _stake(alice, Defaults.STAKE_AID);
        _growPrice();
        uint256 preview = vault.previewMint(Defaults.TRANSFER_AID);
        uint256 bobAid = aid.balanceOf(bob);
        vm.expectEmit(address(vault));
        emit IERC4626.Deposit(bob, bob, preview, Defaults.TRANSFER_AID);
        vm.prank(bob);
        uint256 assets = vault.mint(Defaults.TRANSFER_AID, bob);
        assertEq(assets, preview);
        assertEq(bobAid - aid.balanceOf(bob), assets);
        assertEq(vault.balanceOf(bob), Defaults.TRANSFER_AID);
        assertGe(assets, vault.convertToAssets(Defaults.TRANSFER_AID), "paid at least the shares' worth");
    }

    function test_Mint_FirstMintPaysForDeadShares() public {
        uint256 preview = vault.previewMint(Defaults.TRANSFER_AID);
        assertEq(preview, Defaults.TRANSFER_AID + Defaults.DEAD_SHARES);
        vm.prank(alice);
        assertEq(vault.mint(Defaults.TRANSFER_AID, alice), preview);
        assertEq(vault.balanceOf(alice), Defaults.TRANSFER_AID);
    }

    function test_MaxDepositAndMint_ZeroWhilePaused() public {
        assertGt(vault.maxDeposit(alice), 0);
        assertGt(vault.maxMint(alice), 0);
        vm.prank(guardian);
        vault.pause(true, false);
        assertEq(vault.maxDeposit(alice), 0);
        assertEq(vault.maxMint(alice), 0);
    }

    function test_RevertWhen_DepositPaused() public {
        vm.prank(guardian);
        vault.pause(true, false);
        vm.expectRevert(IStakedAID.DepositPaused.selector);
        vm.prank(alice);
        vault.deposit(Defaults.STAKE_AID, alice);
        vm.expectRevert(IStakedAID.DepositPaused.selector);
        vm.prank(alice);
        vault.mint(Defaults.STAKE_AID, alice);
    }

    function test_RevertWhen_DepositZero() public {
        vm.expectRevert(IStakedAID.ZeroAmount.selector);
        vm.prank(alice);
        vault.deposit(0, alice);
        vm.expectRevert(IStakedAID.ZeroAmount.selector);
        vm.prank(alice);
        vault.mint(0, alice);
    }

    function test_RevertWhen_DepositReceiverInvalid() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        vm.prank(alice);
        vault.deposit(Defaults.STAKE_AID, address(0));
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(vault)));
        vm.prank(alice);
        vault.deposit(Defaults.STAKE_AID, address(vault));
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(vault)));
        vm.prank(alice);
        vault.mint(Defaults.STAKE_AID, address(vault));
    }

    function test_RevertWhen_FirstDepositTooSmall() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IStakedAID.FirstDepositTooSmall.selector, Defaults.DEAD_SHARES, Defaults.DEAD_SHARES + 1
            )
        );
        vm.prank(alice);
        vault.deposit(Defaults.DEAD_SHARES, alice);
    }

    function test_RevertWhen_DepositWouldMintZeroShares() public {
        _stake(alice, Defaults.STAKE_AID);
        _growPrice();
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.ZeroShares.selector, 1));
        vm.prank(bob);
        vault.deposit(1, bob);
    }

    function test_RevertWhen_DepositExceedsBalance() public {
        uint256 balance = aid.balanceOf(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, balance, balance + 1)
        );
        vm.prank(alice);
        vault.deposit(balance + 1, alice);
    }

    function test_RevertWhen_DepositExceedsMaxSupply() public {
        _stake(alice, Defaults.STAKE_AID);
        uint256 huge = uint256(type(uint128).max);
        deal(address(aid), bob, huge);
        vm.expectPartialRevert(IStakedAID.ExceedsMaxDeposit.selector);
        vm.prank(bob);
        vault.deposit(huge, bob);
    }

    /// @dev Harvested yield that has fully vested raises the price above 1.
    function _growPrice() internal {
        vm.prank(carol);
        usdc.transfer(address(minter), 101e6);
        minter.harvest();
        _skip(Defaults.VESTING);
    }
}
