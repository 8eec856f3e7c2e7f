// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAIDMinter} from "../../src/interfaces/IAIDMinter.sol";
import {Base_Test} from "../utils/Base.t.sol";
import {Defaults} from "../utils/Defaults.sol";

/// @notice Rounding always favours the reserve: no mint/redeem round trip creates value, at any fee.
contract AIDMinter_Fuzz_Test is Base_Test {
    uint256 internal constant SEQUENCE_LENGTH = 24;
    uint256 internal constant DUST_LOOPS = 50;

    function _setFees(uint256 mintFee, uint256 redeemFee) internal returns (uint256, uint256) {
        mintFee = bound(mintFee, 0, 100);
        redeemFee = bound(redeemFee, 0, 100);
        vm.prank(admin);
        minter.setFees(mintFee, redeemFee);
        return (mintFee, redeemFee);
    }

    function testFuzz_Mint_CreditsScaledAmountLessFeeRoundedUp(uint256 usdcAmount, uint256 mintFee) public {
        (mintFee,) = _setFees(mintFee, 0);
        usdcAmount = bound(usdcAmount, 1, Defaults.MAX_FUZZ_USDC);
        deal(address(usdc), alice, usdcAmount);
        uint256 gross = usdcAmount * Defaults.USDC_TO_AID;
        uint256 fee = (gross * mintFee + Defaults.BPS - 1) / Defaults.BPS;
        uint256 aidOut = _mintAid(alice, usdcAmount);
        assertEq(aidOut, gross - fee, "x * 1e12 * (1 - fee), fee rounded up");
        assertEq(aid.balanceOf(alice), aidOut);
        assertEq(minter.reserveUsdc(), usdcAmount);
        _assertBacked();
    }

    function testFuzz_MintRedeem_RoundTripNeverReturnsMore(
        uint256 usdcAmount,
        uint256 aidToRedeem,
        uint256 mintFee,
        uint256 redeemFee
    ) public {
        _setFees(mintFee, redeemFee);
        usdcAmount = bound(usdcAmount, 1, Defaults.MAX_FUZZ_USDC);
        deal(address(usdc), alice, usdcAmount);
        uint256 aidOut = _mintAid(alice, usdcAmount);
        aidToRedeem = bound(aidToRedeem, 1, aidOut);
        if (minter.previewRedeem(aidToRedeem) == 0) return;
        vm.prank(alice);
        uint256 usdcBack = minter.redeem(aidToRedeem, alice);
        assertLe(usdcBack, usdcAmount, "round trip paid more than put in");
        assertLe(usdcBack * Defaults.USDC_TO_AID, aidToRedeem, "paid more than the AID is worth");
        _assertBacked();
    }

    function testFuzz_Redeem_PaysFloorAfterFee(uint256 aidAmount, uint256 redeemFee) public {
        (, redeemFee) = _setFees(0, redeemFee);
        deal(address(usdc), alice, Defaults.MAX_FUZZ_USDC);
        uint256 aidOut = _mintAid(alice, Defaults.MAX_FUZZ_USDC);
        aidAmount = bound(aidAmount, 2 * Defaults.USDC_TO_AID, aidOut);
        uint256 fee = (aidAmount * redeemFee + Defaults.BPS - 1) / Defaults.BPS;
        uint256 supplyBefore = aid.totalSupply();
        vm.prank(alice);
        uint256 usdcOut = minter.redeem(aidAmount, alice);
        assertEq(usdcOut, (aidAmount - fee) / Defaults.USDC_TO_AID);
        assertEq(supplyBefore - aid.totalSupply(), aidAmount, "burns the whole amount");
    }

    function testFuzz_Redeem_RevertWhen_AmountBelowOneUnit(uint256 aidAmount) public {
        _mintAid(alice, Defaults.MINT_USDC);
        aidAmount = bound(aidAmount, 1, Defaults.DUST_AID);
        vm.expectRevert(
            abi.encodeWithSelector(IAIDMinter.RedeemAmountTooSmall.selector, aidAmount, Defaults.USDC_TO_AID)
        );
        vm.prank(alice);
        minter.redeem(aidAmount, alice);
    }

    function testFuzz_PreviewMint_RevertWhen_Overflowing(uint256 usdcAmount) public {
        uint256 maximum = type(uint256).max / Defaults.USDC_TO_AID;
        usdcAmount = bound(usdcAmount, maximum + 1, type(uint256).max);
        vm.expectRevert(abi.encodeWithSelector(IAIDMinter.AmountTooLarge.selector, usdcAmount, maximum));
        minter.previewMint(usdcAmount);
    }

    function testFuzz_RedeemDust_NeverPumpsUsdc(uint256 usdcAmount, uint256 dust) public {
        // Mint, then redeem slightly more than a whole number of units, many times: the sub-unit AID is always
        // burned for nothing, so the actor can only lose USDC, never gain it.
        usdcAmount = bound(usdcAmount, 2, Defaults.MINT_USDC);
        dust = bound(dust, 1, Defaults.DUST_AID);
        uint256 startUsdc = usdc.balanceOf(alice);
        for (uint256 i; i < DUST_LOOPS; ++i) {
            uint256 aidOut = _mintAid(alice, usdcAmount);
            vm.prank(alice);
            minter.redeem(aidOut - Defaults.USDC_TO_AID + dust, alice);
        }
        assertLe(usdc.balanceOf(alice), startUsdc, "dust pump");
        _assertBacked();
    }

    function testFuzz_Backing_HoldsAfterArbitrarySequence(uint256 seed) public {
        _stake(eve, 10e18); // so harvests have somewhere to go
        address[3] memory actors = [alice, bob, carol];
        for (uint256 i; i < SEQUENCE_LENGTH; ++i) {
            uint256 word = uint256(keccak256(abi.encode(seed, i)));
            address actor = actors[word % actors.length];
            uint256 amountSeed = word >> 16;
            uint256 op = (word >> 4) % 6;
            if (op == 0) {
                uint256 usdcBalance = usdc.balanceOf(actor);
                if (usdcBalance == 0) continue;
                vm.prank(actor);
                minter.mint(bound(amountSeed, 1, usdcBalance), actor);
            } else if (op == 1) {
                uint256 balance = aid.balanceOf(actor);
                if (balance < Defaults.USDC_TO_AID) continue;
                vm.prank(actor);
                minter.redeem(bound(amountSeed, Defaults.USDC_TO_AID, balance), actor);
            } else if (op == 2) {
                minter.rebalance();
            } else if (op == 3) {
                if (minter.harvestable() != 0) minter.harvest();
            } else if (op == 4) {
                _skip(bound(amountSeed, 1, 30 days));
            } else {
                vm.prank(actor);
                usdc.transfer(address(minter), bound(amountSeed, 0, 1e6));
            }
            _assertBacked();
        }
    }
}
