// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGPUTitleRegistry} from "../../src/interfaces/IGPUTitleRegistry.sol";
import {PlainERC721, PlainListingERC721} from "../mocks/PlainERC721.sol";
import {TitleBase_Test} from "../utils/TitleBase.t.sol";
import {TitleDefaults as D} from "../utils/TitleDefaults.sol";

/// @notice Named gas snapshots (contracts/snapshots/GPUTitleRegistry_Gas_Test.json) for every title operation,
/// measured as ../shared/GAS-PEERS.md measures its anchors: isolated, one transaction per call, receipt gas (21,000
/// intrinsic gas and calldata included, refunds deducted). Bounds are the measured figure plus about 10%, except for
/// the transfer to a new holder, whose budget is the plain ERC-721's transfer (the peer in peers.mjs).
/// A plain Solady ERC-721 is measured the same way as the baseline (GAS-PEERS.md: Solady mint 68,318 for a new
/// holder, transfer 57,008). "New holder" means the recipient held no title before; in every case but
/// `submit_firstTitle` another title already exists, so the id counter is not written from zero.
/// forge-config: default.isolate = true
contract GPUTitleRegistry_Gas_Test is TitleBase_Test {
    /// @dev Budget: the plain Solady ERC-721's transfer to a new holder, measured below ([52,176]).
    uint256 internal constant TRANSFER_NEW_HOLDER_BUDGET = 54_075;

    // Measured in brackets.
    uint256 internal constant PLAIN_MINT_NEW_HOLDER_MAX = 80_500; // [72,748]
    uint256 internal constant PLAIN_MINT_WITH_LISTING_MAX = 94_500; // [85,936]
    uint256 internal constant PLAIN_TRANSFER_NEW_HOLDER_MAX = 59_500; // [54,075]
    uint256 internal constant SUBMIT_FIRST_TITLE_MAX = 502_000; // [453,681]
    uint256 internal constant SUBMIT_NEW_HOLDER_MAX = 483_000; // [436,581]
    uint256 internal constant SUBMIT_EXISTING_HOLDER_MAX = 464_000; // [419,481]
    uint256 internal constant SUBMIT_ONE_GPU_MAX = 284_000; // [257,722]
    uint256 internal constant SUBMIT_RELISTED_SERIALS_MAX = 336_500; // [303,645]
    uint256 internal constant APPRAISE_MAX = 96_500; // [87,489]
    uint256 internal constant REAPPRAISE_MAX = 52_000; // [47,091]
    uint256 internal constant REJECT_MAX = 41_000; // [37,017]
    uint256 internal constant UPDATE_INSURANCE_MAX = 54_500; // [49,432]
    uint256 internal constant VERIFY_INSURANCE_MAX = 37_500; // [33,629]
    uint256 internal constant APPROVE_MAX = 57_000; // [51,719]: sets the approval flag; borrowing needs none
    uint256 internal constant PLEDGE_MAX = 73_000; // [66,496]
    uint256 internal constant RELEASE_MAX = 59_500; // [55,652]
    uint256 internal constant START_LIQUIDATION_MAX = 31_500; // [28,448]
    uint256 internal constant SETTLE_LIQUIDATION_MAX = 59_500; // [53,884]
    uint256 internal constant TRANSFER_EXISTING_HOLDER_MAX = 38_500; // [35,076]
    uint256 internal constant REQUEST_REDEMPTION_MAX = 32_500; // [29,211]
    uint256 internal constant CONFIRM_REDEMPTION_MAX = 41_000; // [36,811]
    uint256 internal constant VOID_TITLE_MAX = 46_500; // [42,502]
    uint256 internal constant WITHDRAW_MAX = 38_000; // [34,172]

    IGPUTitleRegistry.TitleInput internal input;

    function setUp() public override {
        super.setUp();
        input = _input(1);
    }

    function _measure(string memory name_, uint256 bound) internal {
        uint256 used = vm.snapshotGasLastCall(name_);
        assertLe(used, bound, name_);
    }

    /*//////////////////////////////////////////////////////////////
                                BASELINE
    //////////////////////////////////////////////////////////////*/

    function test_Gas_PlainMintNewHolder() public {
        PlainERC721 plain = new PlainERC721();
        vm.prank(bob);
        plain.mint();
        vm.prank(alice);
        plain.mint();
        _measure("plainErc721_mint_newHolder", PLAIN_MINT_NEW_HOLDER_MAX);
    }

    /// @dev The floor of a `submit` that mints a title at submission: the plain mint with a one-GPU listing as
    /// calldata and in its event, nothing stored or checked. Over the peer's 68,318 already, before the typed record
    /// (six slots), the serial's slot and the checks the registry's spec requires.
    function test_Gas_PlainMintWithListingNewHolder() public {
        PlainListingERC721 plain = new PlainListingERC721();
        IGPUTitleRegistry.TitleInput memory listing = _input(1, 1);
        vm.prank(bob);
        plain.mintListing(listing);
        vm.prank(alice);
        plain.mintListing(listing);
        uint256 used = vm.snapshotGasLastCall("plainErc721_mintWithListing_newHolder");
        assertLe(used, PLAIN_MINT_WITH_LISTING_MAX);
        assertGt(used, 68_318, "a mint that takes and emits a listing costs more than the bare mint peer");
    }

    function test_Gas_PlainTransferNewHolder() public {
        PlainERC721 plain = new PlainERC721();
        vm.prank(alice);
        uint256 id = plain.mint();
        vm.prank(alice);
        plain.transferFrom(alice, bob, id);
        _measure("plainErc721_transfer_newHolder", PLAIN_TRANSFER_NEW_HOLDER_MAX);
    }

    /*//////////////////////////////////////////////////////////////
                                 SUBMIT
    //////////////////////////////////////////////////////////////*/

    function test_Gas_SubmitFirstTitle() public {
        vm.prank(alice);
        registry.submit(input);
        _measure("submit_8gpus_firstTitle", SUBMIT_FIRST_TITLE_MAX);
    }

    function test_Gas_SubmitNewHolder() public {
        _submit(bob, 100);
        vm.prank(alice);
        registry.submit(input);
        _measure("submit_8gpus_newHolder", SUBMIT_NEW_HOLDER_MAX);
    }

    function test_Gas_SubmitExistingHolder() public {
        _submit(alice, 100);
        vm.prank(alice);
        registry.submit(input);
        _measure("submit_8gpus_existingHolder", SUBMIT_EXISTING_HOLDER_MAX);
    }

    function test_Gas_SubmitOneGpu() public {
        _submit(bob, 100);
        input = _input(1, 1);
        vm.prank(alice);
        registry.submit(input);
        _measure("submit_1gpu_newHolder", SUBMIT_ONE_GPU_MAX);
    }

    function test_Gas_SubmitRelistedSerials() public {
        uint256 old = _submit(bob, 1);
        vm.prank(bob);
        registry.withdraw(old);
        vm.prank(alice);
        registry.submit(input);
        _measure("submit_8gpus_relistedSerials", SUBMIT_RELISTED_SERIALS_MAX);
    }

    /*//////////////////////////////////////////////////////////////
                               APPRAISER
    //////////////////////////////////////////////////////////////*/

    function test_Gas_Appraise() public {
        uint256 id = _submit(alice, 1);
        _appraise(id);
        _measure("appraise", APPRAISE_MAX);
    }

    function test_Gas_Reappraise() public {
        uint256 id = _appraised(alice, 1);
        vm.prank(appraiser);
        registry.appraise(id, 1_900_000e18, uint40(block.timestamp + 90 days), keccak256("report #2"));
        _measure("appraise_again", REAPPRAISE_MAX);
    }

    function test_Gas_Reject() public {
        uint256 id = _submit(alice, 1);
        vm.prank(appraiser);
        registry.reject(id, IGPUTitleRegistry.RejectionReason.CustodyUnverified);
        _measure("reject", REJECT_MAX);
    }

    function test_Gas_UpdateInsurance() public {
        uint256 id = _appraised(alice, 1);
        IGPUTitleRegistry.Insurance memory renewal = _insurance();
        renewal.policyId = "POL-2027-0042";
        renewal.expiry = uint40(block.timestamp + 2 * D.INSURANCE_TERM);
        vm.prank(alice);
        registry.updateInsurance(id, renewal);
        _measure("updateInsurance", UPDATE_INSURANCE_MAX);
    }

    function test_Gas_VerifyInsurance() public {
        uint256 id = _appraised(alice, 1);
        IGPUTitleRegistry.Insurance memory renewal = _insurance();
        renewal.expiry = uint40(block.timestamp + 2 * D.INSURANCE_TERM);
        vm.prank(alice);
        registry.updateInsurance(id, renewal);
        vm.prank(appraiser);
        registry.verifyInsurance(id);
        _measure("verifyInsurance", VERIFY_INSURANCE_MAX);
    }

    /*//////////////////////////////////////////////////////////////
                               LOAN HOOKS
    //////////////////////////////////////////////////////////////*/

    /// @dev An ERC-721 approval of one title (borrowing needs none).
    function test_Gas_Approve() public {
        uint256 id = _appraised(alice, 1);
        vm.prank(alice);
        registry.approve(bob, id);
        _measure("approve", APPROVE_MAX);
    }

    /// @dev The pledge of a title with no approval, as `openLoan` makes it.
    function test_Gas_Pledge() public {
        uint256 id = _appraised(alice, 1);
        vm.prank(loanManager);
        registry.pledge(id, alice);
        _measure("pledge", PLEDGE_MAX);
    }

    function test_Gas_Release() public {
        uint256 id = _pledged(alice, 1);
        vm.prank(loanManager);
        registry.release(id);
        _measure("release", RELEASE_MAX);
    }

    function test_Gas_StartLiquidation() public {
        uint256 id = _pledged(alice, 1);
        vm.prank(loanManager);
        registry.startLiquidation(id);
        _measure("startLiquidation", START_LIQUIDATION_MAX);
    }

    function test_Gas_SettleLiquidation() public {
        uint256 id = _pledged(alice, 1);
        vm.prank(loanManager);
        registry.startLiquidation(id);
        vm.prank(loanManager);
        registry.settleLiquidation(id, buyer);
        _measure("settleLiquidation_newHolder", SETTLE_LIQUIDATION_MAX);
    }

    /*//////////////////////////////////////////////////////////////
                          TRANSFER AND ENDINGS
    //////////////////////////////////////////////////////////////*/

    function test_Gas_TransferNewHolder() public {
        uint256 id = _appraised(alice, 1);
        vm.prank(alice);
        registry.transferFrom(alice, bob, id);
        _measure("transfer_newHolder", TRANSFER_NEW_HOLDER_BUDGET);
    }

    function test_Gas_TransferExistingHolder() public {
        uint256 id = _appraised(alice, 1);
        _submit(bob, 100);
        vm.prank(alice);
        registry.transferFrom(alice, bob, id);
        _measure("transfer_existingHolder", TRANSFER_EXISTING_HOLDER_MAX);
    }

    function test_Gas_RequestRedemption() public {
        uint256 id = _appraised(alice, 1);
        vm.prank(alice);
        registry.requestRedemption(id);
        _measure("requestRedemption", REQUEST_REDEMPTION_MAX);
    }

    function test_Gas_ConfirmRedemption() public {
        uint256 id = _appraised(alice, 1);
        vm.prank(alice);
        registry.requestRedemption(id);
        vm.prank(custodian);
        registry.confirmRedemption(id);
        _measure("redeem_confirmRedemption", CONFIRM_REDEMPTION_MAX);
    }

    function test_Gas_VoidTitle() public {
        uint256 id = _submit(alice, 1);
        vm.prank(custodian);
        registry.voidTitle(id, IGPUTitleRegistry.RejectionReason.SerialsUnverified);
        _measure("voidTitle", VOID_TITLE_MAX);
    }

    function test_Gas_Withdraw() public {
        uint256 id = _submit(alice, 1);
        vm.prank(alice);
        registry.withdraw(id);
        _measure("withdraw", WITHDRAW_MAX);
    }
}
