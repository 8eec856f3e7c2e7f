// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AIDMinter} from "../../../src/AIDMinter.sol";
import {IAIDMinter} from "../../../src/interfaces/IAIDMinter.sol";
import {IRoles} from "../../../src/interfaces/IRoles.sol";
import {MockTBillVault} from "../../../src/mocks/MockTBillVault.sol";
import {MockUSDC} from "../../../src/mocks/MockUSDC.sol";
import {Base_Test} from "../../utils/Base.t.sol";
import {Defaults} from "../../utils/Defaults.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

contract AIDMinter_Constructor_Unit_Test is Base_Test {
    function test_Constructor_WiresTokensAndDefaults() public view {
        assertEq(address(minter.usdc()), address(usdc));
        assertEq(address(minter.tBillVault()), address(tBill));
        assertEq(minter.savings(), address(vault));
        assertEq(aid.minter(), address(minter));
        assertEq(aid.totalSupply(), 0);
        assertEq(minter.admin(), admin);
        assertEq(minter.guardian(), guardian);
        assertEq(minter.pendingAdmin(), address(0));
        assertEq(minter.feeRecipient(), admin);
        assertEq(minter.mintFeeBps(), 0);
        assertEq(minter.redeemFeeBps(), 0);
        assertEq(minter.bufferTargetBps(), Defaults.BUFFER_TARGET_BPS);
        assertEq(minter.harvestFeeBps(), Defaults.HARVEST_FEE_BPS);
        assertEq(minter.supplyCap(), type(uint128).max);
        assertFalse(minter.mintPaused());
        assertEq(minter.MAX_FEE_BPS(), 100);
        assertEq(minter.HARVEST_MARGIN_AID(), Defaults.HARVEST_MARGIN_AID);
        assertEq(usdc.allowance(address(minter), address(tBill)), type(uint256).max);
    }

    function test_Constructor_DeploysDistinctAidPerMinter() public {
        (AIDMinter other,) = _deploySystem(IERC20(address(usdc)), IERC4626(address(tBill)));
        assertNotEq(address(other.aid()), address(aid));
        assertEq(other.aid().minter(), address(other));
    }

    function test_RevertWhen_ConstructorTBillAssetMismatch() public {
        MockUSDC otherUsdc = new MockUSDC();
        MockTBillVault otherVault = new MockTBillVault(otherUsdc, admin);
        vm.expectRevert(
            abi.encodeWithSelector(IAIDMinter.TBillAssetMismatch.selector, address(otherUsdc), address(usdc))
        );
        new AIDMinter(IERC20(address(usdc)), IERC4626(address(otherVault)), address(vault), admin, guardian);
    }

    function test_RevertWhen_ConstructorZeroAddresses() public {
        vm.expectRevert(IRoles.ZeroAddress.selector);
        new AIDMinter(IERC20(address(usdc)), IERC4626(address(tBill)), address(0), admin, guardian);
        vm.expectRevert(IRoles.ZeroAddress.selector);
        new AIDMinter(IERC20(address(usdc)), IERC4626(address(tBill)), address(vault), address(0), guardian);
        vm.expectRevert(IRoles.ZeroAddress.selector);
        new AIDMinter(IERC20(address(usdc)), IERC4626(address(tBill)), address(vault), admin, address(0));
    }

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    function test_ReserveViews_SplitBufferAndTBills() public {
        _mintAid(alice, Defaults.MINT_USDC);
        assertEq(minter.reserveUsdc(), Defaults.MINT_USDC);
        assertEq(minter.bufferUsdc(), Defaults.MINT_USDC);
        assertEq(minter.tBillUsdc(), 0);
        minter.rebalance();
        assertEq(minter.bufferUsdc(), Defaults.MINT_USDC * Defaults.BUFFER_TARGET_BPS / Defaults.BPS);
        assertEq(minter.tBillUsdc(), Defaults.MINT_USDC - minter.bufferUsdc());
        assertEq(minter.reserveUsdc(), Defaults.MINT_USDC);
        assertEq(minter.redeemableUsdc(), Defaults.MINT_USDC);
    }

    function test_Harvestable_IsSurplusLessMargin() public {
        _mintAid(alice, Defaults.MINT_USDC);
        assertEq(minter.harvestable(), 0);
        vm.prank(bob);
        usdc.transfer(address(minter), 3e6);
        assertEq(minter.harvestable(), 3e18 - Defaults.HARVEST_MARGIN_AID);
    }

    function test_PreviewMint_ScalesAndTakesFeeRoundedUp() public {
        assertEq(minter.previewMint(0), 0);
        assertEq(minter.previewMint(1), Defaults.USDC_TO_AID);
        assertEq(minter.previewMint(Defaults.MINT_USDC), Defaults.MINT_AID);
        vm.prank(admin);
        minter.setFees(Defaults.FEE_BPS, 0);
        // 0.3% of 1,000 AID is 3 AID.
        assertEq(minter.previewMint(Defaults.MINT_USDC), Defaults.MINT_AID - 3e18);
        // 0.3% of 1e12 wei is 3e9 wei exactly; of 1e12 + 1 it rounds up.
        assertEq(minter.previewMint(1), 1e12 - 3e9);
    }

    function test_PreviewRedeem_TakesFeeAndRoundsDown() public {
        assertEq(minter.previewRedeem(0), 0);
        assertEq(minter.previewRedeem(Defaults.DUST_AID), 0);
        assertEq(minter.previewRedeem(Defaults.USDC_TO_AID), 1);
        assertEq(minter.previewRedeem(Defaults.REDEEM_AID + Defaults.DUST_AID), Defaults.REDEEM_USDC);
        assertEq(minter.previewRedeem(type(uint256).max), type(uint256).max / Defaults.USDC_TO_AID);
        vm.prank(admin);
        minter.setFees(0, Defaults.FEE_BPS);
        assertEq(minter.previewRedeem(Defaults.MINT_AID), Defaults.MINT_USDC - 3e6);
        // 1 USDC unit of AID minus a fee is worth less than a unit: nothing.
        assertEq(minter.previewRedeem(Defaults.USDC_TO_AID), 0);
    }

    function test_RevertWhen_PreviewMintOverflows() public {
        uint256 max = type(uint256).max / Defaults.USDC_TO_AID;
        vm.expectRevert(abi.encodeWithSelector(IAIDMinter.AmountTooLarge.selector, max + 1, max));
        minter.previewMint(max + 1);
    }
}
