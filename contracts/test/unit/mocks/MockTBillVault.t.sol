// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {MockTBillVault} from "../../../src/mocks/MockTBillVault.sol";
import {Base_Test} from "../../utils/Base.t.sol";
import {Defaults} from "../../utils/Defaults.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

contract MockTBillVault_Unit_Test is Base_Test {
    uint256 internal constant DEPOSIT = 100_000e6;

    function setUp() public override {
        super.setUp();
        vm.startPrank(alice);
        usdc.approve(address(tBill), type(uint256).max);
        tBill.deposit(DEPOSIT, alice);
        vm.stopPrank();
    }

    function test_Constructor_DefaultsAndLabel() public view {
        assertEq(tBill.rateBps(), Defaults.T_BILL_RATE_BPS);
        assertEq(tBill.asset(), address(usdc));
        assertEq(tBill.owner(), admin);
        assertEq(tBill.symbol(), "mTBILL");
    }

    function test_TotalAssets_AccruesYearlyRate() public {
        _skip(365 days);
        // 4.5% simple interest over a year, rounded down.
        assertEq(tBill.totalAssets(), DEPOSIT + DEPOSIT * Defaults.T_BILL_RATE_BPS / Defaults.BPS);
        assertEq(tBill.pendingInterest(), DEPOSIT * Defaults.T_BILL_RATE_BPS / Defaults.BPS);
    }

    function test_Accrue_MintsTheInterestSoItCanBePaid() public {
        _skip(365 days);
        uint256 expected = tBill.totalAssets();
        tBill.accrue();
        assertEq(usdc.balanceOf(address(tBill)), expected, "funded");
        assertEq(tBill.pendingInterest(), 0);
        vm.prank(alice);
        uint256 paid = tBill.redeem(DEPOSIT, alice, alice);
        assertApproxEqAbs(paid, expected, 1, "holder receives principal plus interest");
    }

    function test_Accrue_MintsInChunksAboveTheFaucetLimit() public {
        deal(address(usdc), address(tBill), 100_000_000e6);
        _skip(365 days);
        uint256 expected = tBill.totalAssets();
        tBill.accrue();
        assertEq(usdc.balanceOf(address(tBill)), expected);
    }

    function test_SetRate_AccruesAtOldRateFirst() public {
        _skip(365 days);
        vm.expectEmit(address(tBill));
        emit MockTBillVault.RateSet(0);
        vm.prank(admin);
        tBill.setRate(0);
        uint256 afterYear = tBill.totalAssets();
        _skip(365 days);
        assertEq(tBill.totalAssets(), afterYear, "no interest at 0%");
    }

    function test_RevertWhen_SetRateAboveMax() public {
        uint256 max = tBill.MAX_RATE_BPS();
        vm.expectRevert(abi.encodeWithSelector(MockTBillVault.RateTooHigh.selector, max + 1, max));
        vm.prank(admin);
        tBill.setRate(max + 1);
    }

    function test_RevertWhen_SetRateNotOwner() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, eve));
        vm.prank(eve);
        tBill.setRate(1);
    }
}
