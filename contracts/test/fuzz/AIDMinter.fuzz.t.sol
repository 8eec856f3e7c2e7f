// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAIDMinter} from "../../src/interfaces/IAIDMinter.sol";
import {Base_Test} from "../utils/Base.t.sol";
import {Defaults} from "../utils/Defaults.sol";

contract AIDMinter_Fuzz_Test is Base_Test {
    /// @dev Number of operations in one fuzzed sequence.
    uint256 internal constant SEQUENCE_LENGTH = 24;
    /// @dev Number of mint-then-redeem loops in the dust-pump test.
    uint256 internal constant DUST_LOOPS = 50;

    /// @dev Gives `actor` exactly `usdcAmount` USDC, beyond the faucet's per-call limit.
    function _setUsdc(address actor, uint256 usdcAmount) internal {
        deal(address(usdc), actor, usdcAmount);
    }

    function testFuzz_Mint_CreditsExactlyScaledAmount(uint256 usdcAmount, uint256 receiverSeed) public {
        usdcAmount = bound(usdcAmount, 1, Defaults.MAX_FUZZ_USDC);
        address receiver = receiverSeed % 2 == 0 ? alice : bob;
        _setUsdc(alice, usdcAmount);

        uint256 receiverBefore = aid.balanceOf(receiver);
        vm.prank(alice);
        uint256 aidOut = minter.mint(usdcAmount, receiver);

        assertEq(aidOut, usdcAmount * Defaults.USDC_TO_AID, "scaled 1:1");
        assertEq(aid.balanceOf(receiver) - receiverBefore, aidOut, "receiver credited");
        assertEq(usdc.balanceOf(address(minter)), usdcAmount, "reserve");
        assertEq(usdc.balanceOf(alice), 0, "all USDC pulled");
    }

    function testFuzz_MintRedeem_RoundTripNeverReturnsMore(uint256 usdcAmount, uint256 aidToRedeem) public {
        usdcAmount = bound(usdcAmount, 1, Defaults.MAX_FUZZ_USDC);
        _setUsdc(alice, usdcAmount);
        uint256 aidOut = _mintAid(alice, usdcAmount);
        aidToRedeem = bound(aidToRedeem, Defaults.USDC_TO_AID, aidOut);

        vm.prank(alice);
        uint256 usdcBack = minter.redeem(aidToRedeem, alice);

        assertLe(usdcBack, usdcAmount, "round trip paid more than put in");
        assertEq(usdc.balanceOf(alice), usdcBack, "alice USDC");
        if (aidToRedeem == aidOut) assertEq(usdcBack, usdcAmount, "full round trip is exact without fees");
        _assertBacked();
    }

    function testFuzz_Redeem_PaysAtMostAidOverScale(uint256 aidAmount) public {
        _setUsdc(alice, Defaults.MAX_FUZZ_USDC);
        uint256 aidOut = _mintAid(alice, Defaults.MAX_FUZZ_USDC);
        aidAmount = bound(aidAmount, Defaults.USDC_TO_AID, aidOut);

        uint256 supplyBefore = aid.totalSupply();
        vm.prank(alice);
        uint256 usdcOut = minter.redeem(aidAmount, alice);

        assertEq(usdcOut, aidAmount / Defaults.USDC_TO_AID, "pays floor(aid / 1e12)");
        assertLe(usdcOut * Defaults.USDC_TO_AID, aidAmount, "never pays more than the AID is worth");
        assertEq(supplyBefore - aid.totalSupply(), aidAmount, "burns the whole amount");
        assertEq(aid.balanceOf(alice), aidOut - aidAmount, "alice AID");
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
        address[3] memory actors = [alice, bob, eve];
        for (uint256 i; i < SEQUENCE_LENGTH; ++i) {
            uint256 word = uint256(keccak256(abi.encode(seed, i)));
            address actor = actors[word % actors.length];
            address other = actors[(word >> 8) % actors.length];
            uint256 amountSeed = word >> 16;
            uint256 op = (word >> 4) % 4;

            if (op == 0) {
                uint256 usdcBalance = usdc.balanceOf(actor);
                if (usdcBalance == 0) continue;
                uint256 usdcAmount = bound(amountSeed, 1, usdcBalance);
                vm.prank(actor);
                minter.mint(usdcAmount, other);
            } else if (op == 1) {
                uint256 balance = aid.balanceOf(actor);
                if (balance < Defaults.USDC_TO_AID) continue;
                uint256 aidAmount = bound(amountSeed, Defaults.USDC_TO_AID, balance);
                vm.prank(actor);
                minter.redeem(aidAmount, other);
            } else if (op == 2) {
                uint256 balance = aid.balanceOf(actor);
                if (balance == 0) continue;
                vm.prank(actor);
                aid.transfer(other, bound(amountSeed, 1, balance));
            } else {
                // A direct USDC donation only adds surplus.
                uint256 usdcBalance = usdc.balanceOf(actor);
                if (usdcBalance == 0) continue;
                uint256 donation =
                    bound(amountSeed, 1, usdcBalance < Defaults.MINT_USDC ? usdcBalance : Defaults.MINT_USDC);
                vm.prank(actor);
                usdc.transfer(address(minter), donation);
            }
            _assertBacked();
        }
        assertEq(
            aid.balanceOf(alice) + aid.balanceOf(bob) + aid.balanceOf(eve), aid.totalSupply(), "AID outside actors"
        );
    }
}
