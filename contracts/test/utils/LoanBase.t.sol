// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {GPUTitleRegistry} from "../../src/GPUTitleRegistry.sol";
import {LoanManager} from "../../src/LoanManager.sol";
import {IGPUTitleRegistry} from "../../src/interfaces/IGPUTitleRegistry.sol";
import {ILoans} from "../../src/interfaces/ILoans.sol";
import {Base_Test} from "./Base.t.sol";
import {Defaults} from "./Defaults.sol";
import {LoanDefaults as L} from "./LoanDefaults.sol";

/// @title LoanBase_Test
/// @notice The whole protocol as the deploy script wires it: Base_Test's USDC, T-bill vault, minter, AID and sAID, plus
/// the GPU title registry and the loan manager, connected to both. Alice, bob and carol stake 900,000 AID each; the
/// borrowers (borrower, frank) and the bidder have USDC to mint AID for payments; an appraiser appraises titles.
abstract contract LoanBase_Test is Base_Test {
    GPUTitleRegistry internal registry;
    LoanManager internal loans;

    address internal appraiser;
    address internal custodian;
    address internal recovery;
    address internal bidder;
    address internal frank;

    uint256 internal nextSerial = 1;

    function setUp() public virtual override {
        vm.warp(L.START);
        super.setUp();
        appraiser = makeAddr("appraiser");
        custodian = makeAddr("custodian");
        recovery = makeAddr("recovery");
        bidder = makeAddr("bidder");
        frank = makeAddr("frank");

        registry = new GPUTitleRegistry(admin);
        loans = new LoanManager(vault, registry, admin, guardian, recovery);
        vm.label(address(registry), "GPUTitleRegistry");
        vm.label(address(loans), "LoanManager");
        vm.startPrank(admin);
        registry.grantRole(registry.APPRAISER_ROLE(), appraiser);
        registry.grantRole(registry.CUSTODIAN_ROLE(), custodian);
        registry.setLoanManager(address(loans));
        registry.addModel("H100", L.DEPRECIATION_BPS);
        vault.setLoanManager(address(loans));
        vm.stopPrank();

        _fundAndApprove(borrower);
        _fundAndApprove(frank);
        _fundAndApprove(bidder);
        // Auctions open at 120% of a $2 million title: the bidder can pay up to 3 million.
        usdc.faucet(bidder, Defaults.STARTING_USDC);
        usdc.faucet(bidder, Defaults.STARTING_USDC);
        _stake(alice, L.STAKE);
        _stake(bob, L.STAKE);
        _stake(carol, L.STAKE);
    }

    /*//////////////////////////////////////////////////////////////
                                 TITLES
    //////////////////////////////////////////////////////////////*/

    /// @dev "SN" and `n` on six digits, packed.
    function _serial(uint256 n) internal pure returns (bytes32) {
        bytes memory s = bytes("SN000000");
        for (uint256 i; i < 6; ++i) {
            s[7 - i] = bytes1(uint8(0x30 + (n / 10 ** i) % 10));
        }
        return bytes32(s);
    }

    /// @dev A listing of one eight-GPU server with fresh serials.
    function _input() internal returns (IGPUTitleRegistry.TitleInput memory input) {
        bytes32[] memory serials = new bytes32[](8);
        for (uint256 i; i < 8; ++i) {
            serials[i] = _serial(nextSerial++);
        }
        input = IGPUTitleRegistry.TitleInput({
            modelId: 1,
            gpuCount: 8,
            serials: serials,
            dataCenter: "Equinix SV5",
            dataCenterTier: 3,
            purchasePrice: 2_400_000e18,
            purchaseDate: uint40(block.timestamp - 90 days),
            insurance: IGPUTitleRegistry.Insurance({
                insurer: "Lloyd's Syndicate 2623",
                policyId: "POL-2026-0042",
                coverage: 2_500_000e18,
                expiry: uint40(block.timestamp + L.INSURANCE_TERM)
            })
        });
    }

    /// @dev A title owned by `owner`, appraised at `value` for `L.APPRAISAL_VALIDITY` (no approval: none is needed to
    /// borrow against it).
    function _title(address owner, uint96 value) internal returns (uint256 titleId) {
        vm.prank(owner);
        titleId = registry.submit(_input());
        vm.prank(appraiser);
        registry.appraise(titleId, value, uint40(block.timestamp + L.APPRAISAL_VALIDITY), keccak256("report"));
    }

    function _title(address owner) internal returns (uint256) {
        return _title(owner, L.TITLE_VALUE);
    }

    /*//////////////////////////////////////////////////////////////
                                 LOANS
    //////////////////////////////////////////////////////////////*/

    /// @dev `owner` borrows `principal` against a new title, to itself.
    function _borrow(address owner, uint256 principal) internal returns (uint256 loanId) {
        uint256 titleId = _title(owner);
        vm.prank(owner);
        loanId = loans.openLoan(titleId, principal, owner);
    }

    function _borrow() internal returns (uint256) {
        return _borrow(borrower, L.PRINCIPAL);
    }

    /// @dev Gives `actor` at least `amount` AID (minted from its USDC) and approves the loan manager for all of it.
    function _fundAid(address actor, uint256 amount) internal {
        uint256 balance = aid.balanceOf(actor);
        if (balance < amount) _mintAid(actor, (amount - balance) / Defaults.USDC_TO_AID + 1);
        vm.prank(actor);
        aid.approve(address(loans), type(uint256).max);
    }

    /// @dev `payer` pays `amount` on `loanId` (funding itself first).
    function _repay(address payer, uint256 loanId, uint256 amount) internal returns (uint256 paid) {
        _fundAid(payer, amount == type(uint256).max ? loans.payoffAmount(loanId) : amount);
        vm.prank(payer);
        paid = loans.repay(loanId, amount);
    }

    /// @dev `who` bids now (funding itself first).
    function _bid(address who, uint256 loanId) internal returns (uint256 price) {
        _fundAid(who, loans.auctionPrice(loanId));
        vm.prank(who);
        price = loans.bid(loanId);
    }

    /// @dev Moves to `timestamp` (and a matching number of blocks).
    function _warpTo(uint256 timestamp) internal {
        vm.roll(block.number + (timestamp - block.timestamp) / Defaults.BLOCK_TIME + 1);
        vm.warp(timestamp);
    }

    /// @dev The loan's first due date and payment deadline.
    function _due(uint256 loanId, uint256 j) internal view returns (uint256) {
        ILoans.LoanView memory v = loans.loan(loanId);
        return (v.openedAt / 1 days + 1) * 1 days + j * L.PERIOD;
    }

    function _deadline(uint256 loanId) internal view returns (uint256) {
        return loans.loan(loanId).deadline;
    }

    /// @dev Lets the loan's next payment go past its grace period.
    function _default(uint256 loanId) internal {
        _warpTo(_deadline(loanId) + 1);
    }

    /// @dev Defaults the loan for non-payment and starts its auction.
    function _liquidated(uint256 loanId) internal {
        _default(loanId);
        loans.liquidate(loanId);
    }

    function _status(uint256 loanId) internal view returns (ILoans.LoanStatus) {
        return loans.loan(loanId).status;
    }

    /// @dev The insurance fund's balance.
    function _fund() internal view returns (uint256 balance) {
        (balance,,) = loans.insuranceFund();
    }

    /// @dev sAID's share price (AID per 1e18 shares).
    function _sharePrice() internal view returns (uint256) {
        return vault.convertToAssets(1e18);
    }
}
