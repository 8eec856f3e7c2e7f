// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AIDMinter} from "../../../src/AIDMinter.sol";
import {IAIDMinter} from "../../../src/interfaces/IAIDMinter.sol";
import {FeeOnTransferToken} from "../../mocks/FeeOnTransferToken.sol";
import {PlainERC4626} from "../../mocks/PlainERC4626.sol";
import {ReentrantToken} from "../../mocks/ReentrantToken.sol";
import {Base_Test} from "../../utils/Base.t.sol";
import {Defaults} from "../../utils/Defaults.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

contract AIDMinter_Mint_Unit_Test is Base_Test {
    uint256 internal constant MAX_MINT_USDC = type(uint256).max / Defaults.USDC_TO_AID;

    function test_Mint_PullsUsdcAndMintsAid() public {
        uint256 aidOut = _mintAid(alice, Defaults.MINT_USDC);
        assertEq(aidOut, Defaults.MINT_AID, "return value");
        assertEq(aid.balanceOf(alice), Defaults.MINT_AID, "alice AID");
        assertEq(aid.totalSupply(), Defaults.MINT_AID, "supply");
        assertEq(usdc.balanceOf(alice), Defaults.STARTING_USDC - Defaults.MINT_USDC, "alice USDC");
        // The USDC stays in the buffer: mint never touches the T-bill vault.
        assertEq(usdc.balanceOf(address(minter)), Defaults.MINT_USDC, "buffer");
        assertEq(tBill.balanceOf(address(minter)), 0, "no T-bills");
    }

    function test_Mint_EmitsMinted() public {
        vm.expectEmit(address(minter));
        emit IAIDMinter.Minted(alice, bob, Defaults.MINT_USDC, Defaults.MINT_AID);
        vm.prank(alice);
        minter.mint(Defaults.MINT_USDC, bob);
        assertEq(aid.balanceOf(bob), Defaults.MINT_AID);
        assertEq(aid.balanceOf(alice), 0);
    }

    function test_Mint_ReturnsPreviewedAmountWithFee() public {
        vm.prank(admin);
        minter.setFees(Defaults.FEE_BPS, 0);
        uint256 preview = minter.previewMint(Defaults.MINT_USDC);
        assertEq(_mintAid(alice, Defaults.MINT_USDC), preview);
        // The fee stays in the reserve as surplus.
        assertEq(minter.reserveUsdc() * Defaults.USDC_TO_AID - aid.totalSupply(), Defaults.MINT_AID - preview);
    }

    function test_Mint_SmallestAmount() public {
        assertEq(_mintAid(alice, 1), Defaults.USDC_TO_AID);
    }

    function test_Mint_UpToSupplyCap() public {
        vm.prank(admin);
        minter.setSupplyCap(Defaults.MINT_AID);
        _mintAid(alice, Defaults.MINT_USDC);
        assertEq(aid.totalSupply(), Defaults.MINT_AID);
    }

    function test_RevertWhen_MintExceedsSupplyCap() public {
        vm.prank(admin);
        minter.setSupplyCap(Defaults.MINT_AID - 1);
        vm.expectRevert(
            abi.encodeWithSelector(IAIDMinter.SupplyCapExceeded.selector, Defaults.MINT_AID, Defaults.MINT_AID - 1)
        );
        vm.prank(alice);
        minter.mint(Defaults.MINT_USDC, alice);
    }

    function test_RevertWhen_MintPaused() public {
        vm.prank(guardian);
        minter.setMintPaused(true);
        vm.expectRevert(IAIDMinter.MintPaused.selector);
        vm.prank(alice);
        minter.mint(Defaults.MINT_USDC, alice);
    }

    function test_RevertWhen_MintAmountZero() public {
        vm.expectRevert(IAIDMinter.ZeroAmount.selector);
        vm.prank(alice);
        minter.mint(0, alice);
    }

    function test_RevertWhen_MintReceiverInvalid() public {
        address[3] memory bad = [address(0), address(minter), address(aid)];
        for (uint256 i; i < bad.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IAIDMinter.InvalidReceiver.selector, bad[i]));
            vm.prank(alice);
            minter.mint(Defaults.MINT_USDC, bad[i]);
        }
    }

    function test_RevertWhen_MintAmountTooLarge() public {
        vm.expectRevert(abi.encodeWithSelector(IAIDMinter.AmountTooLarge.selector, MAX_MINT_USDC + 1, MAX_MINT_USDC));
        vm.prank(alice);
        minter.mint(MAX_MINT_USDC + 1, alice);
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

    /// @dev A fee-on-transfer reserve token is not supported (documented): the minter credits the amount sent, so
    /// such a deployment would be under-backed from the first mint. This test pins that down, so nobody mistakes
    /// the minter for one that measures what arrives.
    function test_Mint_FeeOnTransferTokenIsNotSupported() public {
        FeeOnTransferToken feeToken = new FeeOnTransferToken(Defaults.TRANSFER_FEE_BPS);
        (AIDMinter feeMinter,) = _deploySystem(IERC20(address(feeToken)), IERC4626(address(new PlainERC4626(feeToken))));
        feeToken.mint(alice, Defaults.MINT_USDC);
        vm.prank(alice);
        feeToken.approve(address(feeMinter), Defaults.MINT_USDC);
        vm.prank(alice);
        feeMinter.mint(Defaults.MINT_USDC, alice);
        assertLt(feeMinter.reserveUsdc() * Defaults.USDC_TO_AID, feeMinter.aid().totalSupply(), "under-backed");
    }

    /// @dev Mint has no reentrancy lock; a reserve token that calls back into the minter still cannot break the
    /// backing, because mint writes no storage and pulls the USDC before minting.
    function test_Mint_ReentrantReserveTokenCannotBreakBacking() public {
        ReentrantToken token = new ReentrantToken();
        (AIDMinter target,) = _deploySystem(IERC20(address(token)), IERC4626(address(new PlainERC4626(token))));
        token.mint(alice, Defaults.STARTING_USDC);
        vm.prank(alice);
        token.approve(address(target), type(uint256).max);
        vm.prank(alice);
        target.mint(Defaults.MINT_USDC, address(token));
        // During the next mint, the token redeems the AID it holds.
        token.arm(address(target), abi.encodeCall(IAIDMinter.redeem, (Defaults.REDEEM_AID, address(token))));
        vm.prank(alice);
        target.mint(Defaults.MINT_USDC, alice);
        assertGe(target.reserveUsdc() * Defaults.USDC_TO_AID, target.aid().totalSupply(), "backed");
        assertEq(target.aid().balanceOf(alice), Defaults.MINT_AID);
    }
}
