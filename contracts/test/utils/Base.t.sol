// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AIDMinter} from "../../src/AIDMinter.sol";
import {StakedAID} from "../../src/StakedAID.sol";
import {IAID} from "../../src/interfaces/IAID.sol";
import {MockTBillVault} from "../../src/mocks/MockTBillVault.sol";
import {MockUSDC} from "../../src/mocks/MockUSDC.sol";
import {MockLoanManager} from "../mocks/MockLoanManager.sol";
import {Defaults} from "./Defaults.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Test} from "forge-std/Test.sol";

/// @title Base_Test
/// @notice Deploys the whole system as the deploy script does: MockUSDC, the mock T-bill vault, AIDMinter (which
/// deploys AID) and StakedAID at the address computed in advance, plus a mock loan manager (not yet connected).
/// Named actors are funded with USDC and have approved the minter for all of it, as an "approve max" front end would.
abstract contract Base_Test is Test {
    MockUSDC internal usdc;
    MockTBillVault internal tBill;
    AIDMinter internal minter;
    IAID internal aid;
    StakedAID internal vault;
    MockLoanManager internal loanManager;

    address internal admin;
    address internal guardian;
    address internal alice;
    uint256 internal alicePk;
    address internal bob;
    address internal carol;
    address internal dave;
    address internal eve;
    address internal borrower;

    function setUp() public virtual {
        admin = makeAddr("admin");
        guardian = makeAddr("guardian");
        (alice, alicePk) = makeAddrAndKey("alice");
        bob = makeAddr("bob");
        carol = makeAddr("carol");
        dave = makeAddr("dave");
        eve = makeAddr("eve");
        borrower = makeAddr("borrower");

        usdc = new MockUSDC();
        tBill = new MockTBillVault(usdc, admin);
        (minter, vault) = _deploySystem(IERC20(address(usdc)), IERC4626(address(tBill)));
        aid = minter.aid();
        loanManager = new MockLoanManager(vault);

        vm.label(address(usdc), "MockUSDC");
        vm.label(address(tBill), "MockTBillVault");
        vm.label(address(minter), "AIDMinter");
        vm.label(address(aid), "AID");
        vm.label(address(vault), "StakedAID");
        vm.label(vault.vaultState().silo, "LiquiditySilo");
        vm.label(address(loanManager), "MockLoanManager");

        address[5] memory actors = [alice, bob, carol, dave, eve];
        for (uint256 i; i < actors.length; ++i) {
            _fundAndApprove(actors[i]);
        }
    }

    /// @dev Deploys a minter (and its AID) and the savings vault at the address the minter was told.
    function _deploySystem(IERC20 usdc_, IERC4626 tBill_) internal returns (AIDMinter minter_, StakedAID vault_) {
        address predicted = vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 1);
        minter_ = new AIDMinter(usdc_, tBill_, predicted, admin, guardian);
        vault_ = new StakedAID(minter_.aid(), admin, guardian);
        assertEq(address(vault_), predicted, "vault address");
    }

    /// @dev Gives `actor` the starting USDC from the faucet and approves the minter for an unlimited amount.
    function _fundAndApprove(address actor) internal {
        usdc.faucet(actor, Defaults.STARTING_USDC);
        vm.prank(actor);
        usdc.approve(address(minter), type(uint256).max);
    }

    /// @dev `actor` mints AID for itself with `usdcAmount` USDC.
    function _mintAid(address actor, uint256 usdcAmount) internal returns (uint256 aidAmount) {
        vm.prank(actor);
        aidAmount = minter.mint(usdcAmount, actor);
    }

    /// @dev `actor` stakes `assets` AID (minting it first if needed) and receives the shares.
    function _stake(address actor, uint256 assets) internal returns (uint256 shares) {
        uint256 balance = aid.balanceOf(actor);
        if (balance < assets) _mintAid(actor, (assets - balance) / Defaults.USDC_TO_AID + 1);
        vm.prank(actor);
        shares = vault.deposit(assets, actor);
    }

    /// @dev `actor` asks to exit with `shares`.
    function _request(address actor, uint256 shares) internal returns (uint256 requestId) {
        vm.prank(actor);
        requestId = vault.requestRedeem(shares);
    }

    /// @dev `controller` claims everything filled for it (ERC-7540 `redeem` of `maxRedeem`) to `receiver`.
    function _claim(address controller, address receiver) internal returns (uint256 assets) {
        uint256 shares = vault.maxRedeem(controller);
        vm.prank(controller);
        assets = vault.redeem(shares, receiver, controller);
    }

    /// @dev Connects the mock loan manager.
    function _connectLoanManager() internal {
        vm.prank(admin);
        vault.setLoanManager(address(loanManager));
    }

    /// @dev Opens a loan of `principal` at the default rate for the default term.
    function _openLoan(uint256 principal) internal {
        loanManager.openLoan(principal, borrower, Defaults.LOAN_RATE_PER_SECOND, block.timestamp + Defaults.LOAN_TERM);
    }

    /// @dev Gives the mock loan manager `aidAmount` AID (borrowers' repayments), minted by carol.
    function _fundLoanManager(uint256 aidAmount) internal {
        _mintAid(carol, aidAmount / Defaults.USDC_TO_AID + 1);
        vm.prank(carol);
        aid.transfer(address(loanManager), aidAmount);
    }

    /// @dev Moves one block (12 s) forward.
    function _nextBlock() internal {
        vm.roll(block.number + 1);
        vm.warp(block.timestamp + Defaults.BLOCK_TIME);
    }

    /// @dev Moves `seconds_` forward (and a matching number of blocks).
    function _skip(uint256 seconds_) internal {
        vm.roll(block.number + seconds_ / Defaults.BLOCK_TIME + 1);
        vm.warp(block.timestamp + seconds_);
    }

    /// @dev The minter's promise: reserve value (buffer + T-bills), in AID units, covers every AID in existence.
    function _assertBacked() internal view {
        assertGe(minter.reserveUsdc() * Defaults.USDC_TO_AID, aid.totalSupply(), "reserve below supply");
    }
}
