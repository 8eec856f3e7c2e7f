// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AIDMinter} from "../../../src/AIDMinter.sol";
import {IAIDMinter} from "../../../src/interfaces/IAIDMinter.sol";
import {PlainERC4626} from "../../mocks/PlainERC4626.sol";
import {ReentrantToken} from "../../mocks/ReentrantToken.sol";
import {Base_Test} from "../../utils/Base.t.sol";
import {Defaults} from "../../utils/Defaults.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

contract AIDMinter_Redeem_Unit_Test is Base_Test {
    function setUp() public override {
        super.setUp();
        _mintAid(alice, Defaults.MINT_USDC);
    }

    function test_Redeem_BurnsAidAndPaysUsdc() public {
        vm.expectEmit(address(minter));
        emit IAIDMinter.Redeemed(alice, alice, Defaults.REDEEM_AID, Defaults.REDEEM_USDC);
        vm.prank(alice);
        uint256 usdcOut = minter.redeem(Defaults.REDEEM_AID, alice);
        assertEq(usdcOut, Defaults.REDEEM_USDC, "return value");
        assertEq(aid.balanceOf(alice), Defaults.MINT_AID - Defaults.REDEEM_AID, "alice AID");
        assertEq(aid.totalSupply(), Defaults.MINT_AID - Defaults.REDEEM_AID, "supply");
        assertEq(usdc.balanceOf(alice), Defaults.STARTING_USDC - Defaults.MINT_USDC + Defaults.REDEEM_USDC);
        assertEq(minter.reserveUsdc(), Defaults.MINT_USDC - Defaults.REDEEM_USDC, "reserve");
    }

    function test_Redeem_PaysReceiverNeedsNoAllowance() public {
        assertEq(aid.allowance(alice, address(minter)), 0);
        vm.prank(alice);
        minter.redeem(Defaults.REDEEM_AID, bob);
        assertEq(usdc.balanceOf(bob), Defaults.STARTING_USDC + Defaults.REDEEM_USDC);
    }

    function test_Redeem_RoundsDownInReserveFavour() public {
        uint256 aidIn = Defaults.REDEEM_AID + Defaults.DUST_AID;
        vm.prank(alice);
        uint256 usdcOut = minter.redeem(aidIn, alice);
        assertEq(usdcOut, Defaults.REDEEM_USDC, "paid floor");
        assertEq(aid.balanceOf(alice), Defaults.MINT_AID - aidIn, "full amount burned");
        assertEq(minter.reserveUsdc() * Defaults.USDC_TO_AID - aid.totalSupply(), Defaults.DUST_AID, "dust kept");
    }

    function test_Redeem_WithFeeMatchesPreviewAndKeepsFee() public {
        vm.prank(admin);
        minter.setFees(0, Defaults.FEE_BPS);
        uint256 preview = minter.previewRedeem(Defaults.MINT_AID);
        vm.prank(alice);
        assertEq(minter.redeem(Defaults.MINT_AID, alice), preview);
        assertEq(preview, Defaults.MINT_USDC - 3e6);
        assertEq(minter.reserveUsdc(), 3e6, "fee stays as surplus");
        assertEq(aid.totalSupply(), 0);
    }

    function test_Redeem_PullsShortfallFromTBills() public {
        minter.rebalance();
        uint256 buffer = minter.bufferUsdc();
        assertEq(buffer, 200e6);
        vm.expectEmit(address(minter));
        emit IAIDMinter.TBillsWithdrawnForRedemption(Defaults.MINT_USDC - buffer);
        vm.prank(alice);
        uint256 usdcOut = minter.redeem(Defaults.MINT_AID, alice);
        assertEq(usdcOut, Defaults.MINT_USDC);
        assertEq(minter.bufferUsdc(), 0);
        assertEq(aid.totalSupply(), 0);
        assertEq(usdc.balanceOf(alice), Defaults.STARTING_USDC);
    }

    function test_Redeem_WorksWhileMintPaused() public {
        vm.prank(guardian);
        minter.setMintPaused(true);
        vm.prank(alice);
        assertEq(minter.redeem(Defaults.REDEEM_AID, alice), Defaults.REDEEM_USDC);
    }

    function test_Redeem_SmallestAmount() public {
        vm.prank(alice);
        assertEq(minter.redeem(Defaults.USDC_TO_AID, alice), 1);
    }

    function test_RevertWhen_RedeemAmountZero() public {
        vm.expectRevert(IAIDMinter.ZeroAmount.selector);
        vm.prank(alice);
        minter.redeem(0, alice);
    }

    function test_RevertWhen_RedeemReceiverInvalid() public {
        address[3] memory bad = [address(0), address(minter), address(aid)];
        for (uint256 i; i < bad.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IAIDMinter.InvalidReceiver.selector, bad[i]));
            vm.prank(alice);
            minter.redeem(Defaults.REDEEM_AID, bad[i]);
        }
    }

    function test_RevertWhen_RedeemAmountTooSmall() public {
        vm.expectRevert(
            abi.encodeWithSelector(IAIDMinter.RedeemAmountTooSmall.selector, Defaults.DUST_AID, Defaults.USDC_TO_AID)
        );
        vm.prank(alice);
        minter.redeem(Defaults.DUST_AID, alice);
    }

    function test_RevertWhen_RedeemAmountTooSmallAfterFee() public {
        vm.prank(admin);
        minter.setFees(0, Defaults.FEE_BPS);
        // With a 0.3% fee, one USDC unit of AID no longer redeems: the minimum grows to cover the fee.
        uint256 minimum = 1_003_009_027_082; // the smallest amount that still pays one unit after the fee
        assertEq(minter.previewRedeem(minimum), 1);
        assertEq(minter.previewRedeem(minimum - 1), 0);
        vm.expectRevert(abi.encodeWithSelector(IAIDMinter.RedeemAmountTooSmall.selector, Defaults.USDC_TO_AID, minimum));
        vm.prank(alice);
        minter.redeem(Defaults.USDC_TO_AID, alice);
    }

    function test_RevertWhen_RedeemExceedsAidBalance() public {
        _mintAid(bob, Defaults.MINT_USDC);
        uint256 aidIn = Defaults.MINT_AID + Defaults.USDC_TO_AID;
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, Defaults.MINT_AID, aidIn)
        );
        vm.prank(alice);
        minter.redeem(aidIn, alice);
    }

    function test_RevertWhen_RedeemExceedsReserve() public {
        // The minter cannot lose USDC by itself; simulate an outside loss (USDC frozen or seized at the minter).
        uint256 remaining = Defaults.REDEEM_USDC - 1;
        deal(address(usdc), address(minter), remaining);
        vm.expectRevert(
            abi.encodeWithSelector(IAIDMinter.InsufficientReserve.selector, Defaults.REDEEM_USDC, remaining)
        );
        vm.prank(alice);
        minter.redeem(Defaults.REDEEM_AID, alice);
        // What the reserve still holds can still be redeemed.
        vm.prank(alice);
        assertEq(minter.redeem(remaining * Defaults.USDC_TO_AID, alice), remaining);
    }

    function test_RevertWhen_RedeemExceedsBufferPlusTBills() public {
        minter.rebalance();
        // The T-bill vault loses some of its USDC (simulated): buffer + what it pays out falls short.
        deal(address(usdc), address(tBill), 700e6);
        uint256 available = minter.bufferUsdc() + tBill.maxWithdraw(address(minter));
        vm.expectRevert(abi.encodeWithSelector(IAIDMinter.InsufficientReserve.selector, Defaults.MINT_USDC, available));
        vm.prank(alice);
        minter.redeem(Defaults.MINT_AID, alice);
    }

    function test_RevertWhen_ReserveTokenReentersDuringRedeem() public {
        ReentrantToken token = new ReentrantToken();
        (AIDMinter target,) = _deploySystem(IERC20(address(token)), IERC4626(address(new PlainERC4626(token))));
        token.mint(alice, Defaults.STARTING_USDC);
        vm.prank(alice);
        token.approve(address(target), type(uint256).max);
        vm.startPrank(alice);
        target.mint(Defaults.MINT_USDC, address(token));
        target.mint(Defaults.MINT_USDC, alice);
        vm.stopPrank();
        token.arm(address(target), abi.encodeCall(IAIDMinter.redeem, (Defaults.REDEEM_AID, address(token))));
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        vm.prank(alice);
        target.redeem(Defaults.REDEEM_AID, alice);
    }
}
