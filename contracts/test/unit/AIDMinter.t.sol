// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AIDMinter} from "../../src/AIDMinter.sol";
import {IAIDMinter} from "../../src/interfaces/IAIDMinter.sol";
import {FeeOnTransferToken} from "../mocks/FeeOnTransferToken.sol";
import {ReentrantToken} from "../mocks/ReentrantToken.sol";
import {Base_Test} from "../utils/Base.t.sol";
import {Defaults} from "../utils/Defaults.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

contract AIDMinter_Unit_Test is Base_Test {
    /// @dev The largest USDC amount whose AID equivalent fits in a uint256.
    uint256 internal constant MAX_MINT_USDC = type(uint256).max / Defaults.USDC_TO_AID;

    /*//////////////////////////////////////////////////////////////
                              CONSTRUCTOR
    //////////////////////////////////////////////////////////////*/

    function test_Constructor_DeploysAidWithItselfAsMinter() public view {
        assertEq(address(minter.usdc()), address(usdc));
        assertGt(address(aid).code.length, 0);
        assertEq(aid.minter(), address(minter));
        assertEq(aid.totalSupply(), 0);
        assertEq(minter.reserveUsdc(), 0);
    }

    function test_Constructor_DeploysDistinctAidPerMinter() public {
        AIDMinter other = new AIDMinter(IERC20(address(usdc)));
        assertNotEq(address(other.aid()), address(aid));
        assertEq(other.aid().minter(), address(other));
    }

    /*//////////////////////////////////////////////////////////////
                                PREVIEWS
    //////////////////////////////////////////////////////////////*/

    function test_PreviewMint_ScalesSixDecimalsToEighteen() public view {
        assertEq(minter.previewMint(0), 0);
        assertEq(minter.previewMint(1), Defaults.USDC_TO_AID);
        assertEq(minter.previewMint(Defaults.MINT_USDC), Defaults.MINT_AID);
    }

    function test_PreviewMint_AcceptsLargestAmount() public view {
        assertEq(minter.previewMint(MAX_MINT_USDC), MAX_MINT_USDC * Defaults.USDC_TO_AID);
    }

    function test_PreviewRedeem_RoundsDown() public view {
        assertEq(minter.previewRedeem(0), 0);
        assertEq(minter.previewRedeem(Defaults.DUST_AID), 0);
        assertEq(minter.previewRedeem(Defaults.USDC_TO_AID), 1);
        assertEq(minter.previewRedeem(Defaults.REDEEM_AID + Defaults.DUST_AID), Defaults.REDEEM_USDC);
        assertEq(minter.previewRedeem(type(uint256).max), type(uint256).max / Defaults.USDC_TO_AID);
    }

    function test_RevertWhen_PreviewMintOverflows() public {
        vm.expectRevert(abi.encodeWithSelector(IAIDMinter.AmountTooLarge.selector, MAX_MINT_USDC + 1, MAX_MINT_USDC));
        minter.previewMint(MAX_MINT_USDC + 1);
    }

    /*//////////////////////////////////////////////////////////////
                                  MINT
    //////////////////////////////////////////////////////////////*/

    function test_Mint_PullsUsdcAndMintsAid() public {
        uint256 aidOut = _mintAid(alice, Defaults.MINT_USDC);

        assertEq(aidOut, Defaults.MINT_AID, "return value");
        assertEq(aid.balanceOf(alice), Defaults.MINT_AID, "alice AID");
        assertEq(aid.totalSupply(), Defaults.MINT_AID, "supply");
        assertEq(usdc.balanceOf(alice), Defaults.STARTING_USDC - Defaults.MINT_USDC, "alice USDC");
        assertEq(usdc.balanceOf(address(minter)), Defaults.MINT_USDC, "reserve");
        assertEq(minter.reserveUsdc(), Defaults.MINT_USDC, "reserveUsdc");
    }

    function test_Mint_EmitsMinted() public {
        vm.expectEmit(address(minter));
        emit IAIDMinter.Minted(alice, alice, Defaults.MINT_USDC, Defaults.MINT_AID);
        _mintAid(alice, Defaults.MINT_USDC);
    }

    function test_Mint_ReturnsPreviewedAmount() public {
        uint256 preview = minter.previewMint(Defaults.MINT_USDC);
        assertEq(_mintAid(alice, Defaults.MINT_USDC), preview);
    }

    function test_Mint_CreditsReceiverNotCaller() public {
        vm.expectEmit(address(minter));
        emit IAIDMinter.Minted(alice, bob, Defaults.MINT_USDC, Defaults.MINT_AID);
        vm.prank(alice);
        minter.mint(Defaults.MINT_USDC, bob);

        assertEq(aid.balanceOf(bob), Defaults.MINT_AID, "bob AID");
        assertEq(aid.balanceOf(alice), 0, "alice AID");
        assertEq(usdc.balanceOf(alice), Defaults.STARTING_USDC - Defaults.MINT_USDC, "alice paid");
        assertEq(usdc.balanceOf(bob), Defaults.STARTING_USDC, "bob did not pay");
    }

    function test_Mint_SmallestAmount() public {
        assertEq(_mintAid(alice, 1), Defaults.USDC_TO_AID);
        assertEq(usdc.balanceOf(address(minter)), 1);
    }

    function test_RevertWhen_MintAmountZero() public {
        vm.expectRevert(IAIDMinter.ZeroAmount.selector);
        vm.prank(alice);
        minter.mint(0, alice);
    }

    function test_RevertWhen_MintReceiverZeroAddress() public {
        vm.expectRevert(abi.encodeWithSelector(IAIDMinter.InvalidReceiver.selector, address(0)));
        vm.prank(alice);
        minter.mint(Defaults.MINT_USDC, address(0));
    }

    function test_RevertWhen_MintReceiverIsMinter() public {
        vm.expectRevert(abi.encodeWithSelector(IAIDMinter.InvalidReceiver.selector, address(minter)));
        vm.prank(alice);
        minter.mint(Defaults.MINT_USDC, address(minter));
    }

    function test_RevertWhen_MintReceiverIsAidToken() public {
        vm.expectRevert(abi.encodeWithSelector(IAIDMinter.InvalidReceiver.selector, address(aid)));
        vm.prank(alice);
        minter.mint(Defaults.MINT_USDC, address(aid));
    }

    function test_RevertWhen_MintAmountTooLarge() public {
        // The overflow check comes before any transfer, so no USDC balance is needed to reach it.
        vm.expectRevert(abi.encodeWithSelector(IAIDMinter.AmountTooLarge.selector, MAX_MINT_USDC + 1, MAX_MINT_USDC));
        vm.prank(alice);
        minter.mint(MAX_MINT_USDC + 1, alice);
    }

    function test_RevertWhen_MintWithoutAllowance() public {
        vm.prank(alice);
        usdc.approve(address(minter), 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, address(minter), 0, Defaults.MINT_USDC
            )
        );
        vm.prank(alice);
        minter.mint(Defaults.MINT_USDC, alice);
    }

    function test_RevertWhen_MintAllowanceTooLow() public {
        vm.prank(alice);
        usdc.approve(address(minter), Defaults.MINT_USDC - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector,
                address(minter),
                Defaults.MINT_USDC - 1,
                Defaults.MINT_USDC
            )
        );
        vm.prank(alice);
        minter.mint(Defaults.MINT_USDC, alice);
    }

    function test_RevertWhen_MintExceedsUsdcBalance() public {
        uint256 amount = Defaults.STARTING_USDC + 1;
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientBalance.selector, alice, Defaults.STARTING_USDC, amount
            )
        );
        vm.prank(alice);
        minter.mint(amount, alice);
    }

    function test_RevertWhen_UsdcReceivedMismatch() public {
        FeeOnTransferToken feeToken = new FeeOnTransferToken(Defaults.TRANSFER_FEE_BPS);
        AIDMinter feeMinter = new AIDMinter(IERC20(address(feeToken)));
        feeToken.mint(alice, Defaults.MINT_USDC);
        vm.prank(alice);
        feeToken.approve(address(feeMinter), Defaults.MINT_USDC);

        uint256 received = Defaults.MINT_USDC - Defaults.MINT_USDC * Defaults.TRANSFER_FEE_BPS / Defaults.BPS;
        vm.expectRevert(abi.encodeWithSelector(IAIDMinter.UsdcReceivedMismatch.selector, Defaults.MINT_USDC, received));
        vm.prank(alice);
        feeMinter.mint(Defaults.MINT_USDC, alice);

        assertEq(feeMinter.aid().totalSupply(), 0, "no AID minted");
        assertEq(feeToken.balanceOf(address(feeMinter)), 0, "no reserve kept");
    }

    /*//////////////////////////////////////////////////////////////
                                 REDEEM
    //////////////////////////////////////////////////////////////*/

    function test_Redeem_BurnsAidAndPaysUsdc() public {
        _mintAid(alice, Defaults.MINT_USDC);

        vm.prank(alice);
        uint256 usdcOut = minter.redeem(Defaults.REDEEM_AID, alice);

        assertEq(usdcOut, Defaults.REDEEM_USDC, "return value");
        assertEq(aid.balanceOf(alice), Defaults.MINT_AID - Defaults.REDEEM_AID, "alice AID");
        assertEq(aid.totalSupply(), Defaults.MINT_AID - Defaults.REDEEM_AID, "supply");
        assertEq(
            usdc.balanceOf(alice), Defaults.STARTING_USDC - Defaults.MINT_USDC + Defaults.REDEEM_USDC, "alice USDC"
        );
        assertEq(usdc.balanceOf(address(minter)), Defaults.MINT_USDC - Defaults.REDEEM_USDC, "reserve");
    }

    function test_Redeem_EmitsRedeemed() public {
        _mintAid(alice, Defaults.MINT_USDC);
        vm.expectEmit(address(minter));
        emit IAIDMinter.Redeemed(alice, alice, Defaults.REDEEM_AID, Defaults.REDEEM_USDC);
        vm.prank(alice);
        minter.redeem(Defaults.REDEEM_AID, alice);
    }

    function test_Redeem_ReturnsPreviewedAmount() public {
        _mintAid(alice, Defaults.MINT_USDC);
        uint256 aidIn = Defaults.REDEEM_AID + Defaults.DUST_AID;
        uint256 preview = minter.previewRedeem(aidIn);
        vm.prank(alice);
        assertEq(minter.redeem(aidIn, alice), preview);
    }

    function test_Redeem_PaysReceiverNotCaller() public {
        _mintAid(alice, Defaults.MINT_USDC);
        vm.expectEmit(address(minter));
        emit IAIDMinter.Redeemed(alice, bob, Defaults.REDEEM_AID, Defaults.REDEEM_USDC);
        vm.prank(alice);
        minter.redeem(Defaults.REDEEM_AID, bob);

        assertEq(usdc.balanceOf(bob), Defaults.STARTING_USDC + Defaults.REDEEM_USDC, "bob paid");
        assertEq(usdc.balanceOf(alice), Defaults.STARTING_USDC - Defaults.MINT_USDC, "alice not paid");
        assertEq(aid.balanceOf(alice), Defaults.MINT_AID - Defaults.REDEEM_AID, "alice burned");
    }

    function test_Redeem_NeedsNoAidAllowance() public {
        _mintAid(alice, Defaults.MINT_USDC);
        assertEq(aid.allowance(alice, address(minter)), 0);
        vm.prank(alice);
        minter.redeem(Defaults.MINT_AID, alice);
        assertEq(aid.balanceOf(alice), 0);
    }

    function test_Redeem_WholeBalanceReturnsAllUsdc() public {
        _mintAid(alice, Defaults.MINT_USDC);
        vm.prank(alice);
        uint256 usdcOut = minter.redeem(Defaults.MINT_AID, alice);
        assertEq(usdcOut, Defaults.MINT_USDC);
        assertEq(usdc.balanceOf(alice), Defaults.STARTING_USDC);
        assertEq(aid.totalSupply(), 0);
        assertEq(minter.reserveUsdc(), 0);
    }

    function test_Redeem_RoundsDownInReserveFavour() public {
        _mintAid(alice, Defaults.MINT_USDC);
        uint256 aidIn = Defaults.REDEEM_AID + Defaults.DUST_AID;

        vm.prank(alice);
        uint256 usdcOut = minter.redeem(aidIn, alice);

        // The whole AID amount is burned, but only floor(aidIn / 1e12) USDC is paid.
        assertEq(usdcOut, Defaults.REDEEM_USDC, "paid floor");
        assertEq(aid.balanceOf(alice), Defaults.MINT_AID - aidIn, "full amount burned");
        assertEq(aid.totalSupply(), Defaults.MINT_AID - aidIn, "supply");
        // The sub-unit remainder stays in the reserve as surplus over supply.
        uint256 reserveAid = usdc.balanceOf(address(minter)) * Defaults.USDC_TO_AID;
        assertEq(reserveAid - aid.totalSupply(), Defaults.DUST_AID, "surplus is the dust");
    }

    function test_Redeem_SmallestAmount() public {
        _mintAid(alice, Defaults.MINT_USDC);
        vm.prank(alice);
        assertEq(minter.redeem(Defaults.USDC_TO_AID, alice), 1);
    }

    function test_RevertWhen_RedeemAmountZero() public {
        _mintAid(alice, Defaults.MINT_USDC);
        vm.expectRevert(IAIDMinter.ZeroAmount.selector);
        vm.prank(alice);
        minter.redeem(0, alice);
    }

    function test_RevertWhen_RedeemReceiverZeroAddress() public {
        _mintAid(alice, Defaults.MINT_USDC);
        vm.expectRevert(abi.encodeWithSelector(IAIDMinter.InvalidReceiver.selector, address(0)));
        vm.prank(alice);
        minter.redeem(Defaults.REDEEM_AID, address(0));
    }

    function test_RevertWhen_RedeemReceiverIsMinter() public {
        _mintAid(alice, Defaults.MINT_USDC);
        vm.expectRevert(abi.encodeWithSelector(IAIDMinter.InvalidReceiver.selector, address(minter)));
        vm.prank(alice);
        minter.redeem(Defaults.REDEEM_AID, address(minter));
    }

    function test_RevertWhen_RedeemReceiverIsAidToken() public {
        _mintAid(alice, Defaults.MINT_USDC);
        vm.expectRevert(abi.encodeWithSelector(IAIDMinter.InvalidReceiver.selector, address(aid)));
        vm.prank(alice);
        minter.redeem(Defaults.REDEEM_AID, address(aid));
    }

    function test_RevertWhen_RedeemAmountTooSmall() public {
        _mintAid(alice, Defaults.MINT_USDC);
        vm.expectRevert(
            abi.encodeWithSelector(IAIDMinter.RedeemAmountTooSmall.selector, Defaults.DUST_AID, Defaults.USDC_TO_AID)
        );
        vm.prank(alice);
        minter.redeem(Defaults.DUST_AID, alice);

        vm.expectRevert(abi.encodeWithSelector(IAIDMinter.RedeemAmountTooSmall.selector, 1, Defaults.USDC_TO_AID));
        vm.prank(alice);
        minter.redeem(1, alice);
    }

    function test_RevertWhen_RedeemExceedsAidBalance() public {
        _mintAid(alice, Defaults.MINT_USDC);
        // Bob's deposit makes the reserve large enough that the balance check, not the reserve check, fails.
        _mintAid(bob, Defaults.MINT_USDC);
        uint256 aidIn = Defaults.MINT_AID + Defaults.USDC_TO_AID;
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, Defaults.MINT_AID, aidIn)
        );
        vm.prank(alice);
        minter.redeem(aidIn, alice);
    }

    function test_RevertWhen_RedeemWithNoAid() public {
        _mintAid(alice, Defaults.MINT_USDC);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, eve, 0, Defaults.REDEEM_AID)
        );
        vm.prank(eve);
        minter.redeem(Defaults.REDEEM_AID, eve);
    }

    function test_RevertWhen_RedeemExceedsReserve() public {
        _mintAid(alice, Defaults.MINT_USDC);
        // The minter cannot lose USDC by itself; simulate an outside loss of reserve (for example USDC frozen or
        // seized at the minter's address) by rewriting its balance.
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

    /*//////////////////////////////////////////////////////////////
                               REENTRANCY
    //////////////////////////////////////////////////////////////*/

    function test_RevertWhen_ReserveTokenReentersRedeemDuringMint() public {
        (ReentrantToken token, AIDMinter target) = _deployReentrantMinter();
        // Give the token contract AID, so only the guard (not a missing balance) can stop the inner redeem.
        vm.prank(alice);
        target.mint(Defaults.MINT_USDC, address(token));

        token.arm(address(target), abi.encodeCall(IAIDMinter.redeem, (Defaults.REDEEM_AID, address(token))));
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        vm.prank(alice);
        target.mint(Defaults.MINT_USDC, alice);
    }

    function test_RevertWhen_ReserveTokenReentersRedeemDuringRedeem() public {
        (ReentrantToken token, AIDMinter target) = _deployReentrantMinter();
        vm.prank(alice);
        target.mint(Defaults.MINT_USDC, address(token));
        _mintOn(target, alice, Defaults.MINT_USDC);

        token.arm(address(target), abi.encodeCall(IAIDMinter.redeem, (Defaults.REDEEM_AID, address(token))));
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        vm.prank(alice);
        target.redeem(Defaults.REDEEM_AID, alice);

        // Nothing moved: both holders keep their AID and the reserve is whole.
        assertEq(target.aid().balanceOf(alice), Defaults.MINT_AID);
        assertEq(target.aid().balanceOf(address(token)), Defaults.MINT_AID);
        assertEq(token.balanceOf(address(target)), 2 * Defaults.MINT_USDC);
    }

    function test_RevertWhen_ReserveTokenReentersMintDuringRedeem() public {
        (ReentrantToken token, AIDMinter target) = _deployReentrantMinter();
        _mintOn(target, alice, Defaults.MINT_USDC);

        token.arm(address(target), abi.encodeCall(IAIDMinter.mint, (Defaults.MINT_USDC, alice)));
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        vm.prank(alice);
        target.redeem(Defaults.REDEEM_AID, alice);
    }

    /*//////////////////////////////////////////////////////////////
                                HELPERS
    //////////////////////////////////////////////////////////////*/

    /// @dev A minter whose reserve token calls back into it; alice holds and has approved that token.
    function _deployReentrantMinter() internal returns (ReentrantToken token, AIDMinter target) {
        token = new ReentrantToken();
        target = new AIDMinter(IERC20(address(token)));
        token.mint(alice, Defaults.STARTING_USDC);
        vm.prank(alice);
        token.approve(address(target), type(uint256).max);
    }

    function _mintOn(AIDMinter target, address actor, uint256 usdcAmount) internal {
        vm.prank(actor);
        target.mint(usdcAmount, actor);
    }
}
