// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {LiquiditySilo} from "../../src/LiquiditySilo.sol";
import {IAID} from "../../src/interfaces/IAID.sol";
import {IGPUTitleRegistry} from "../../src/interfaces/IGPUTitleRegistry.sol";
import {ILoans} from "../../src/interfaces/ILoans.sol";
import {IRoles} from "../../src/interfaces/IRoles.sol";
import {IStakedAID} from "../../src/interfaces/IStakedAID.sol";
import {Defaults} from "../utils/Defaults.sol";
import {LoanBase_Test} from "../utils/LoanBase.t.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Vm} from "forge-std/Vm.sol";

/// @title AccessControl_Test
/// @notice Every state-changing (non-view, non-pure) external function of every contract in contracts/src, sorted
/// into one of two lists, and `test_EveryStateChangingFunctionIsClassified_<C>` reads each contract's compiled ABI
/// (contracts/out/<C>.sol/<C>.json) and fails on any function that is in neither list, or listed but gone: a
/// function added later must be given a decision (and, if restricted, a refusal test here).
///
/// RESTRICTED (each has a test_RevertWhen_<Caller>Calls<Contract><Function> below, checking the exact custom error;
/// the classification tests fail if one is missing):
/// - AID: mint, burn (the minter); savingsPull (the savings vault).
/// - AIDMinter: setFees, setSupplyCap, setBufferTarget, setHarvestFee, transferAdmin, setGuardian (admin);
///   setMintPaused (guardian or admin); acceptAdmin (the pending admin).
/// - StakedAID: setCooldown, setUtilisationCap, setLoanManager, transferAdmin, setGuardian (admin); pause
///   (guardian or admin); acceptAdmin (the pending admin); draw, repay (the loan manager); addIncome (the minter or
///   the loan manager); claim, cancelRedeemRequest (the request's controller).
/// - LiquiditySilo: send (the vault).
/// - GPUTitleRegistry: addModel, setModel, setLoanManager, grantRole, revokeRole (DEFAULT_ADMIN_ROLE); renounceRole
///   (only for oneself); appraise, reject, verifyInsurance (APPRAISER_ROLE); confirmRedemption (CUSTODIAN_ROLE);
///   pledge (the loan manager); release, startLiquidation, settleLiquidation (the escrow holding the title);
///   updateInsurance, requestRedemption, cancelRedemption, withdraw (the title's holder).
/// - GPUTitleRenderer: none (its only function is pure).
/// - LoanManager: setParameters, setRecovery, transferAdmin, setGuardian (admin); acceptAdmin (the pending admin);
///   claimSurplus (the loan's borrower); openLoan (only against a title the caller owns: the registry refuses
///   anyone else with BorrowerNotOwner).
/// - MockTBillVault: setRate, transferOwnership, renounceOwnership (owner).
/// - MockUSDC: none.
/// Roles and LeanERC20 are abstract: their functions are checked in each contract that inherits them.
///
/// PERMISSIONLESS BY DESIGN (anyone may call; they act on the caller's own tokens or allowance, or only move the
/// protocol forward):
/// - AID, StakedAID, MockUSDC: ERC-20 approve, permit, transfer, transferFrom (MockTBillVault: all but permit).
/// - AIDMinter: mint, redeem, rebalance, harvest.
/// - StakedAID: deposit, mint, requestRedeem (both forms; for another owner it spends the allowance),
///   processRedemptions, refreshBook.
/// - GPUTitleRegistry: submit; ERC-721 approve, setApprovalForAll, transferFrom, safeTransferFrom (both forms).
/// - LoanManager: repay, liquidate, bid, closeAuction.
/// - MockUSDC: faucet. MockTBillVault: accrue, deposit, mint, withdraw, redeem.
/// The test_PermissionlessBy_* tests check that a fresh random account can call a sample of them.
contract AccessControl_Test is LoanBase_Test {
    address internal stranger;

    function setUp() public override {
        super.setUp();
        stranger = makeAddr("stranger");
    }

    function _expectUnauthorized(address caller) internal {
        vm.expectRevert(abi.encodeWithSelector(IRoles.Unauthorized.selector, caller));
    }

    function _expectMissingRole(address caller, bytes32 role) internal {
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, caller, role));
    }

    /*//////////////////////////////////////////////////////////////
                                  AID
    //////////////////////////////////////////////////////////////*/

    function test_RevertWhen_StrangerCallsAidMint() public {
        vm.expectRevert(abi.encodeWithSelector(IAID.CallerNotMinter.selector, stranger, address(minter)));
        vm.prank(stranger);
        aid.mint(stranger, 1e18);
    }

    function test_RevertWhen_AdminCallsAidMint() public {
        vm.expectRevert(abi.encodeWithSelector(IAID.CallerNotMinter.selector, admin, address(minter)));
        vm.prank(admin);
        aid.mint(admin, 1e18);
    }

    function test_RevertWhen_StrangerCallsAidBurn() public {
        vm.expectRevert(abi.encodeWithSelector(IAID.CallerNotMinter.selector, stranger, address(minter)));
        vm.prank(stranger);
        aid.burn(alice, 1);
    }

    function test_RevertWhen_StrangerCallsAidSavingsPull() public {
        vm.expectRevert(abi.encodeWithSelector(IAID.CallerNotSavings.selector, stranger, address(vault)));
        vm.prank(stranger);
        aid.savingsPull(alice, stranger, 1);
    }

    function test_RevertWhen_MinterCallsAidSavingsPull() public {
        vm.expectRevert(abi.encodeWithSelector(IAID.CallerNotSavings.selector, address(minter), address(vault)));
        vm.prank(address(minter));
        aid.savingsPull(alice, stranger, 1);
    }

    /*//////////////////////////////////////////////////////////////
                               AIDMINTER
    //////////////////////////////////////////////////////////////*/

    function test_RevertWhen_StrangerCallsMinterSetFees() public {
        _expectUnauthorized(stranger);
        vm.prank(stranger);
        minter.setFees(0, 0);
    }

    function test_RevertWhen_GuardianCallsMinterSetFees() public {
        _expectUnauthorized(guardian);
        vm.prank(guardian);
        minter.setFees(0, 0);
    }

    function test_RevertWhen_StrangerCallsMinterSetSupplyCap() public {
        _expectUnauthorized(stranger);
        vm.prank(stranger);
        minter.setSupplyCap(0);
    }

    function test_RevertWhen_StrangerCallsMinterSetBufferTarget() public {
        _expectUnauthorized(stranger);
        vm.prank(stranger);
        minter.setBufferTarget(0);
    }

    function test_RevertWhen_StrangerCallsMinterSetHarvestFee() public {
        _expectUnauthorized(stranger);
        vm.prank(stranger);
        minter.setHarvestFee(0, stranger);
    }

    function test_RevertWhen_StrangerCallsMinterSetMintPaused() public {
        _expectUnauthorized(stranger);
        vm.prank(stranger);
        minter.setMintPaused(true);
    }

    function test_RevertWhen_StrangerCallsMinterTransferAdmin() public {
        _expectUnauthorized(stranger);
        vm.prank(stranger);
        minter.transferAdmin(stranger);
    }

    function test_RevertWhen_GuardianCallsMinterTransferAdmin() public {
        _expectUnauthorized(guardian);
        vm.prank(guardian);
        minter.transferAdmin(guardian);
    }

    function test_RevertWhen_StrangerCallsMinterAcceptAdmin() public {
        vm.prank(admin);
        minter.transferAdmin(bob);
        _expectUnauthorized(stranger);
        vm.prank(stranger);
        minter.acceptAdmin();
    }

    function test_RevertWhen_AdminCallsMinterAcceptAdmin() public {
        vm.prank(admin);
        minter.transferAdmin(bob);
        _expectUnauthorized(admin);
        vm.prank(admin);
        minter.acceptAdmin();
    }

    function test_RevertWhen_StrangerCallsMinterSetGuardian() public {
        _expectUnauthorized(stranger);
        vm.prank(stranger);
        minter.setGuardian(stranger);
    }

    function test_RevertWhen_GuardianCallsMinterSetGuardian() public {
        _expectUnauthorized(guardian);
        vm.prank(guardian);
        minter.setGuardian(stranger);
    }

    /*//////////////////////////////////////////////////////////////
                               STAKEDAID
    //////////////////////////////////////////////////////////////*/

    function test_RevertWhen_StrangerCallsVaultSetCooldown() public {
        _expectUnauthorized(stranger);
        vm.prank(stranger);
        vault.setCooldown(0);
    }

    function test_RevertWhen_GuardianCallsVaultSetCooldown() public {
        _expectUnauthorized(guardian);
        vm.prank(guardian);
        vault.setCooldown(0);
    }

    function test_RevertWhen_StrangerCallsVaultSetUtilisationCap() public {
        _expectUnauthorized(stranger);
        vm.prank(stranger);
        vault.setUtilisationCap(0);
    }

    function test_RevertWhen_StrangerCallsVaultSetLoanManager() public {
        _expectUnauthorized(stranger);
        vm.prank(stranger);
        vault.setLoanManager(stranger);
    }

    function test_RevertWhen_StrangerCallsVaultPause() public {
        _expectUnauthorized(stranger);
        vm.prank(stranger);
        vault.pause(true, true);
    }

    function test_RevertWhen_StrangerCallsVaultTransferAdmin() public {
        _expectUnauthorized(stranger);
        vm.prank(stranger);
        vault.transferAdmin(stranger);
    }

    function test_RevertWhen_StrangerCallsVaultAcceptAdmin() public {
        vm.prank(admin);
        vault.transferAdmin(bob);
        _expectUnauthorized(stranger);
        vm.prank(stranger);
        vault.acceptAdmin();
    }

    function test_RevertWhen_StrangerCallsVaultSetGuardian() public {
        _expectUnauthorized(stranger);
        vm.prank(stranger);
        vault.setGuardian(stranger);
    }

    function test_RevertWhen_StrangerCallsVaultDraw() public {
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.NotLoanManager.selector, stranger));
        vm.prank(stranger);
        vault.draw(1e18, stranger);
    }

    function test_RevertWhen_AdminCallsVaultDraw() public {
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.NotLoanManager.selector, admin));
        vm.prank(admin);
        vault.draw(1e18, admin);
    }

    function test_RevertWhen_StrangerCallsVaultRepayAndAddIncome() public {
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.NotLoanManager.selector, stranger));
        vm.prank(stranger);
        vault.repayAndAddIncome(1e18, 0);
    }

    function test_RevertWhen_StrangerCallsVaultAddIncome() public {
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.NotIncomeSource.selector, stranger));
        vm.prank(stranger);
        vault.addIncome(1e18);
    }

    function test_RevertWhen_StrangerCallsVaultClaim() public {
        vm.prank(admin);
        vault.setCooldown(0);
        uint256 requestId = _request(alice, 1e18);
        _nextBlock();
        vault.processRedemptions(1);
        assertEq(requestId, 1);
        uint256 shares = vault.maxRedeem(alice);
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.NotOperator.selector, alice, stranger));
        vm.prank(stranger);
        vault.redeem(shares, stranger, alice);
    }

    function test_RevertWhen_StrangerCallsVaultCancelRedeemRequest() public {
        uint256 requestId = _request(alice, 1e18);
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.NotController.selector, requestId, stranger, alice));
        vm.prank(stranger);
        vault.cancelRedeemRequest(requestId);
    }

    /*//////////////////////////////////////////////////////////////
                             LIQUIDITYSILO
    //////////////////////////////////////////////////////////////*/

    function test_RevertWhen_StrangerCallsSiloSend() public {
        address silo = vault.vaultState().silo;
        vm.expectRevert(abi.encodeWithSelector(LiquiditySilo.NotVault.selector, stranger));
        vm.prank(stranger);
        LiquiditySilo(silo).send(stranger, 1);
    }

    function test_RevertWhen_AdminCallsSiloSend() public {
        address silo = vault.vaultState().silo;
        vm.expectRevert(abi.encodeWithSelector(LiquiditySilo.NotVault.selector, admin));
        vm.prank(admin);
        LiquiditySilo(silo).send(admin, 1);
    }

    /*//////////////////////////////////////////////////////////////
                            GPUTITLEREGISTRY
    //////////////////////////////////////////////////////////////*/

    function test_RevertWhen_StrangerCallsRegistryAddModel() public {
        _expectMissingRole(stranger, registry.DEFAULT_ADMIN_ROLE());
        vm.prank(stranger);
        registry.addModel("B200", 2000);
    }

    function test_RevertWhen_AppraiserCallsRegistryAddModel() public {
        _expectMissingRole(appraiser, registry.DEFAULT_ADMIN_ROLE());
        vm.prank(appraiser);
        registry.addModel("B200", 2000);
    }

    function test_RevertWhen_StrangerCallsRegistrySetModel() public {
        _expectMissingRole(stranger, registry.DEFAULT_ADMIN_ROLE());
        vm.prank(stranger);
        registry.setModel(1, 2000, false);
    }

    function test_RevertWhen_StrangerCallsRegistrySetLoanManager() public {
        _expectMissingRole(stranger, registry.DEFAULT_ADMIN_ROLE());
        vm.prank(stranger);
        registry.setLoanManager(stranger);
    }

    function test_RevertWhen_StrangerCallsRegistryGrantRole() public {
        bytes32 role = registry.APPRAISER_ROLE();
        _expectMissingRole(stranger, registry.DEFAULT_ADMIN_ROLE());
        vm.prank(stranger);
        registry.grantRole(role, stranger);
    }

    function test_RevertWhen_AppraiserCallsRegistryGrantRole() public {
        bytes32 role = registry.APPRAISER_ROLE();
        _expectMissingRole(appraiser, registry.DEFAULT_ADMIN_ROLE());
        vm.prank(appraiser);
        registry.grantRole(role, stranger);
    }

    function test_RevertWhen_StrangerCallsRegistryRevokeRole() public {
        bytes32 role = registry.APPRAISER_ROLE();
        _expectMissingRole(stranger, registry.DEFAULT_ADMIN_ROLE());
        vm.prank(stranger);
        registry.revokeRole(role, appraiser);
    }

    function test_RevertWhen_StrangerCallsRegistryRenounceRoleForAnother() public {
        bytes32 role = registry.APPRAISER_ROLE();
        vm.expectRevert(IAccessControl.AccessControlBadConfirmation.selector);
        vm.prank(stranger);
        registry.renounceRole(role, appraiser);
    }

    function test_RevertWhen_StrangerCallsRegistryAppraise() public {
        uint256 titleId = _submitted(borrower);
        _expectMissingRole(stranger, registry.APPRAISER_ROLE());
        vm.prank(stranger);
        registry.appraise(titleId, 1e18, uint40(block.timestamp + 1 days), keccak256("report"));
    }

    function test_RevertWhen_CustodianCallsRegistryAppraise() public {
        uint256 titleId = _submitted(borrower);
        _expectMissingRole(custodian, registry.APPRAISER_ROLE());
        vm.prank(custodian);
        registry.appraise(titleId, 1e18, uint40(block.timestamp + 1 days), keccak256("report"));
    }

    function test_RevertWhen_StrangerCallsRegistryReject() public {
        uint256 titleId = _submitted(borrower);
        _expectMissingRole(stranger, registry.APPRAISER_ROLE());
        vm.prank(stranger);
        registry.reject(titleId, IGPUTitleRegistry.RejectionReason.SerialsUnverified);
    }

    function test_RevertWhen_StrangerCallsRegistryVerifyInsurance() public {
        uint256 titleId = _submitted(borrower);
        _expectMissingRole(stranger, registry.APPRAISER_ROLE());
        vm.prank(stranger);
        registry.verifyInsurance(titleId);
    }

    function test_RevertWhen_StrangerCallsRegistryConfirmRedemption() public {
        uint256 titleId = _title(borrower);
        vm.prank(borrower);
        registry.requestRedemption(titleId);
        _expectMissingRole(stranger, registry.CUSTODIAN_ROLE());
        vm.prank(stranger);
        registry.confirmRedemption(titleId);
    }

    function test_RevertWhen_AppraiserCallsRegistryConfirmRedemption() public {
        uint256 titleId = _title(borrower);
        vm.prank(borrower);
        registry.requestRedemption(titleId);
        _expectMissingRole(appraiser, registry.CUSTODIAN_ROLE());
        vm.prank(appraiser);
        registry.confirmRedemption(titleId);
    }

    /// @dev The next call, made by `caller`, is refused: only the escrow holding the title (the loan manager) may.
    function _expectNotEscrow(uint256 titleId, address caller) internal {
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.CallerNotEscrow.selector, titleId, caller, loans));
        vm.prank(caller);
    }

    function test_RevertWhen_StrangerCallsRegistryPledge() public {
        uint256 titleId = _title(borrower);
        vm.expectRevert(
            abi.encodeWithSelector(IGPUTitleRegistry.CallerNotLoanManager.selector, stranger, address(loans))
        );
        vm.prank(stranger);
        registry.pledge(titleId, borrower);
    }

    function test_RevertWhen_StrangerCallsRegistryRelease() public {
        uint256 titleId = loans.loan(_borrow()).titleId;
        _expectNotEscrow(titleId, stranger);
        registry.release(titleId);
    }

    function test_RevertWhen_BorrowerCallsRegistryRelease() public {
        uint256 titleId = loans.loan(_borrow()).titleId;
        _expectNotEscrow(titleId, borrower);
        registry.release(titleId);
    }

    function test_RevertWhen_StrangerCallsRegistryStartLiquidation() public {
        uint256 titleId = loans.loan(_borrow()).titleId;
        _expectNotEscrow(titleId, stranger);
        registry.startLiquidation(titleId);
    }

    function test_RevertWhen_StrangerCallsRegistrySettleLiquidation() public {
        uint256 loanId = _borrow();
        _liquidated(loanId);
        uint256 titleId = loans.loan(loanId).titleId;
        _expectNotEscrow(titleId, stranger);
        registry.settleLiquidation(titleId, stranger);
    }

    function test_RevertWhen_StrangerCallsRegistryUpdateInsurance() public {
        uint256 titleId = _submitted(borrower);
        IGPUTitleRegistry.Insurance memory insurance = _input().insurance;
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.NotTitleHolder.selector, titleId, stranger, borrower));
        vm.prank(stranger);
        registry.updateInsurance(titleId, insurance);
    }

    function test_RevertWhen_LoanManagerCallsRegistryUpdateInsuranceOfPledgedTitle() public {
        uint256 titleId = loans.loan(_borrow()).titleId;
        IGPUTitleRegistry.Insurance memory insurance = _input().insurance;
        vm.expectRevert(
            abi.encodeWithSelector(IGPUTitleRegistry.NotTitleHolder.selector, titleId, address(loans), borrower)
        );
        vm.prank(address(loans));
        registry.updateInsurance(titleId, insurance);
    }

    function test_RevertWhen_StrangerCallsRegistryRequestRedemption() public {
        uint256 titleId = _title(borrower);
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.NotTitleHolder.selector, titleId, stranger, borrower));
        vm.prank(stranger);
        registry.requestRedemption(titleId);
    }

    function test_RevertWhen_StrangerCallsRegistryCancelRedemption() public {
        uint256 titleId = _title(borrower);
        vm.prank(borrower);
        registry.requestRedemption(titleId);
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.NotTitleHolder.selector, titleId, stranger, borrower));
        vm.prank(stranger);
        registry.cancelRedemption(titleId);
    }

    function test_RevertWhen_StrangerCallsRegistryWithdraw() public {
        uint256 titleId = _submitted(borrower);
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.NotTitleHolder.selector, titleId, stranger, borrower));
        vm.prank(stranger);
        registry.withdraw(titleId);
    }

    function _submitted(address owner) internal returns (uint256 titleId) {
        vm.prank(owner);
        titleId = registry.submit(_input());
    }

    /*//////////////////////////////////////////////////////////////
                              LOANMANAGER
    //////////////////////////////////////////////////////////////*/

    function test_RevertWhen_StrangerCallsLoansSetParameters() public {
        ILoans.Parameters memory p = loans.parameters();
        _expectUnauthorized(stranger);
        vm.prank(stranger);
        loans.setParameters(p);
    }

    function test_RevertWhen_GuardianCallsLoansSetParameters() public {
        ILoans.Parameters memory p = loans.parameters();
        _expectUnauthorized(guardian);
        vm.prank(guardian);
        loans.setParameters(p);
    }

    function test_RevertWhen_StrangerCallsLoansSetRecovery() public {
        _expectUnauthorized(stranger);
        vm.prank(stranger);
        loans.setRecovery(stranger);
    }

    function test_RevertWhen_StrangerCallsLoansTransferAdmin() public {
        _expectUnauthorized(stranger);
        vm.prank(stranger);
        loans.transferAdmin(stranger);
    }

    function test_RevertWhen_StrangerCallsLoansAcceptAdmin() public {
        vm.prank(admin);
        loans.transferAdmin(bob);
        _expectUnauthorized(stranger);
        vm.prank(stranger);
        loans.acceptAdmin();
    }

    function test_RevertWhen_StrangerCallsLoansSetGuardian() public {
        _expectUnauthorized(stranger);
        vm.prank(stranger);
        loans.setGuardian(stranger);
    }

    function test_RevertWhen_StrangerCallsLoansClaimSurplus() public {
        uint256 loanId = _borrow();
        _liquidated(loanId);
        _bid(bidder, loanId);
        assertGt(loans.loan(loanId).surplusClaimable, 0);
        vm.expectRevert(abi.encodeWithSelector(ILoans.NotBorrower.selector, loanId, stranger, borrower));
        vm.prank(stranger);
        loans.claimSurplus(loanId, stranger);
    }

    function test_RevertWhen_StrangerCallsLoansOpenLoanOnAnotherOwnersTitle() public {
        uint256 titleId = _title(borrower);
        vm.expectRevert(
            abi.encodeWithSelector(IGPUTitleRegistry.BorrowerNotOwner.selector, titleId, stranger, borrower)
        );
        vm.prank(stranger);
        loans.openLoan(titleId, 100_000e18, stranger);
    }

    /*//////////////////////////////////////////////////////////////
                                 MOCKS
    //////////////////////////////////////////////////////////////*/

    function test_RevertWhen_StrangerCallsTBillSetRate() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        vm.prank(stranger);
        tBill.setRate(0);
    }

    function test_RevertWhen_StrangerCallsTBillTransferOwnership() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        vm.prank(stranger);
        tBill.transferOwnership(stranger);
    }

    function test_RevertWhen_StrangerCallsTBillRenounceOwnership() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        vm.prank(stranger);
        tBill.renounceOwnership();
    }

    /*//////////////////////////////////////////////////////////////
              WRONG ROLE: ONE ROLE DOES NOT GRANT ANOTHER
    //////////////////////////////////////////////////////////////*/

    function test_RevertWhen_GuardianCallsVaultSetLoanManager() public {
        _expectUnauthorized(guardian);
        vm.prank(guardian);
        vault.setLoanManager(guardian);
    }

    function test_RevertWhen_GuardianCallsVaultTransferAdmin() public {
        _expectUnauthorized(guardian);
        vm.prank(guardian);
        vault.transferAdmin(guardian);
    }

    function test_RevertWhen_MinterCallsVaultDraw() public {
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.NotLoanManager.selector, address(minter)));
        vm.prank(address(minter));
        vault.draw(1e18, address(minter));
    }

    function test_RevertWhen_AdminCallsVaultAddIncome() public {
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.NotIncomeSource.selector, admin));
        vm.prank(admin);
        vault.addIncome(1e18);
    }

    function test_RevertWhen_GuardianCallsLoansSetRecovery() public {
        _expectUnauthorized(guardian);
        vm.prank(guardian);
        loans.setRecovery(guardian);
    }

    function test_RevertWhen_GuardianCallsLoansTransferAdmin() public {
        _expectUnauthorized(guardian);
        vm.prank(guardian);
        loans.transferAdmin(guardian);
    }

    function test_RevertWhen_CustodianCallsRegistrySetLoanManager() public {
        _expectMissingRole(custodian, registry.DEFAULT_ADMIN_ROLE());
        vm.prank(custodian);
        registry.setLoanManager(custodian);
    }

    function test_RevertWhen_AdminCallsRegistryAppraise() public {
        uint256 titleId = _submitted(borrower);
        _expectMissingRole(admin, registry.APPRAISER_ROLE());
        vm.prank(admin);
        registry.appraise(titleId, 1e18, uint40(block.timestamp + 1 days), keccak256("report"));
    }

    function test_RevertWhen_AdminCallsRegistryPledge() public {
        uint256 titleId = _title(borrower);
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.CallerNotLoanManager.selector, admin, address(loans)));
        vm.prank(admin);
        registry.pledge(titleId, borrower);
    }

    /// @dev After the two-step transfer the old admin has no rights left.
    function test_RevertWhen_FormerAdminCallsMinterSetFees() public {
        vm.prank(admin);
        minter.transferAdmin(bob);
        vm.prank(bob);
        minter.acceptAdmin();
        _expectUnauthorized(admin);
        vm.prank(admin);
        minter.setFees(0, 0);
    }

    /*//////////////////////////////////////////////////////////////
              ROLE HOLDERS PASS THE SAME CHECKS (CONTROLS)
    //////////////////////////////////////////////////////////////*/

    /// @dev The refusals above are about the caller: the same calls from the role holder go through.
    function test_RoleHoldersPassTheChecks() public {
        vm.startPrank(guardian);
        minter.setMintPaused(true);
        vault.pause(true, true);
        vm.stopPrank();
        assertTrue(minter.mintPaused());

        vm.startPrank(admin);
        minter.setFees(0, 0);
        vault.setCooldown(0);
        loans.setParameters(loans.parameters());
        registry.setModel(1, 2000, true);
        tBill.setRate(100);
        minter.transferAdmin(bob);
        vm.stopPrank();
        vm.prank(bob);
        minter.acceptAdmin();
        assertEq(minter.admin(), bob);

        uint256 titleId = _submitted(borrower);
        vm.prank(appraiser);
        registry.reject(titleId, IGPUTitleRegistry.RejectionReason.SerialsUnverified);
        assertEq(uint256(registry.statusOf(titleId)), uint256(IGPUTitleRegistry.Status.Rejected));
    }

    /*//////////////////////////////////////////////////////////////
                     PERMISSIONLESS: A RANDOM ACCOUNT
    //////////////////////////////////////////////////////////////*/

    function test_PermissionlessBy_RandomAccount_MintStakeRequestAndProcess() public {
        usdc.faucet(stranger, 1000e6);
        vm.startPrank(stranger);
        usdc.approve(address(minter), type(uint256).max);
        uint256 aidAmount = minter.mint(1000e6, stranger);
        aid.approve(address(vault), type(uint256).max);
        uint256 shares = vault.deposit(aidAmount / 2, stranger);
        vault.requestRedeem(shares / 2);
        vault.processRedemptions(10);
        vault.refreshBook();
        minter.rebalance();
        minter.redeem(aidAmount / 4, stranger);
        vm.stopPrank();
        assertGt(vault.balanceOf(stranger), 0);
    }

    function test_PermissionlessBy_RandomAccount_SubmitAndAccrue() public {
        vm.startPrank(stranger);
        uint256 titleId = registry.submit(_input());
        tBill.accrue();
        vm.stopPrank();
        assertEq(registry.ownerOf(titleId), stranger);
    }

    function test_PermissionlessBy_RandomAccount_LiquidateAndBid() public {
        uint256 loanId = _borrow();
        _default(loanId);
        _fundAndApprove(stranger);
        usdc.faucet(stranger, Defaults.STARTING_USDC);
        usdc.faucet(stranger, Defaults.STARTING_USDC);
        vm.prank(stranger);
        loans.liquidate(loanId);
        assertEq(uint256(loans.loan(loanId).status), uint256(ILoans.LoanStatus.Liquidating));
        _bid(stranger, loanId);
        assertEq(uint256(loans.loan(loanId).status), uint256(ILoans.LoanStatus.Sold));
    }

    /*//////////////////////////////////////////////////////////////
                  EVERY FUNCTION CLASSIFIED (FROM THE ABI)
    //////////////////////////////////////////////////////////////*/

    /// @dev ERC-20 functions every token here exposes, and the Roles functions every Roles contract exposes.
    string internal constant ERC20 = "approve(address,uint256) permit(address,address,uint256,uint256,uint8,bytes32,bytes32) "
        "transfer(address,uint256) transferFrom(address,address,uint256)";
    string internal constant ROLES = "transferAdmin(address) acceptAdmin() setGuardian(address)";

    function test_EveryStateChangingFunctionIsClassified_AID() public view {
        _check("AID", "Aid", "mint(address,uint256) burn(address,uint256) savingsPull(address,address,uint256)", ERC20);
    }

    function test_EveryStateChangingFunctionIsClassified_AIDMinter() public view {
        _check(
            "AIDMinter",
            "Minter",
            string.concat(
                ROLES,
                " setFees(uint256,uint256) setSupplyCap(uint256) setBufferTarget(uint256)",
                " setHarvestFee(uint256,address) setMintPaused(bool)"
            ),
            "mint(uint256,address) redeem(uint256,address) rebalance() harvest()"
        );
    }

    function test_EveryStateChangingFunctionIsClassified_StakedAID() public view {
        _check(
            "StakedAID",
            "Vault",
            string.concat(
                ROLES,
                " setCooldown(uint256) setUtilisationCap(uint256) setLoanManager(address) pause(bool,bool)",
                " draw(uint256,address) repayAndAddIncome(uint256,uint256) addIncome(uint256) claim(uint256,address)",
                " cancelRedeemRequest(uint256)"
            ),
            string.concat(
                ERC20,
                " deposit(uint256,address) mint(uint256,address) requestRedeem(uint256)",
                " requestRedeem(uint256,address,address) processRedemptions(uint256) refreshBook()"
            )
        );
    }

    function test_EveryStateChangingFunctionIsClassified_LiquiditySilo() public view {
        _check("LiquiditySilo", "Silo", "send(address,uint256)", "");
    }

    function test_EveryStateChangingFunctionIsClassified_GPUTitleRegistry() public view {
        _check(
            "GPUTitleRegistry",
            "Registry",
            string.concat(
                "addModel(string,uint16) setModel(uint8,uint16,bool) setLoanManager(address)",
                " grantRole(bytes32,address) revokeRole(bytes32,address) renounceRole(bytes32,address)",
                " appraise(uint256,uint96,uint40,bytes32) reject(uint256,uint8) verifyInsurance(uint256)",
                " confirmRedemption(uint256) pledge(uint256,address) release(uint256)",
                " startLiquidation(uint256) settleLiquidation(uint256,address)",
                " updateInsurance(uint256,(string,string,uint96,uint40)) requestRedemption(uint256)",
                " cancelRedemption(uint256) withdraw(uint256)"
            ),
            string.concat(
                "submit((uint8,uint16,bytes32[],string,uint8,uint96,uint40,(string,string,uint96,uint40)))",
                " approve(address,uint256) setApprovalForAll(address,bool) transferFrom(address,address,uint256)",
                " safeTransferFrom(address,address,uint256) safeTransferFrom(address,address,uint256,bytes)"
            )
        );
    }

    function test_EveryStateChangingFunctionIsClassified_GPUTitleRenderer() public view {
        _check("GPUTitleRenderer", "Renderer", "", "");
    }

    function test_EveryStateChangingFunctionIsClassified_LoanManager() public view {
        _check(
            "LoanManager",
            "Loans",
            string.concat(
                ROLES,
                " setParameters((uint16,uint16,uint16,uint8,uint16,uint16,uint16)) setRecovery(address)",
                " claimSurplus(uint256,address) openLoan(uint256,uint256,address)"
            ),
            "repay(uint256,uint256) liquidate(uint256) bid(uint256) closeAuction(uint256)"
        );
    }

    function test_EveryStateChangingFunctionIsClassified_MockUSDC() public view {
        _check("MockUSDC", "Usdc", "", string.concat(ERC20, " faucet(address,uint256)"));
    }

    function test_EveryStateChangingFunctionIsClassified_MockTBillVault() public view {
        _check(
            "MockTBillVault",
            "TBill",
            "setRate(uint256) transferOwnership(address) renounceOwnership()",
            string.concat(
                "approve(address,uint256) transfer(address,uint256) transferFrom(address,address,uint256) accrue()",
                " deposit(uint256,address) mint(uint256,address) withdraw(uint256,address,address)",
                " redeem(uint256,address,address)"
            )
        );
    }

    /// @dev The contracts the tests above check; Roles and LeanERC20 are abstract, checked through their heirs.
    string internal constant CHECKED = " AID AIDMinter StakedAID LiquiditySilo GPUTitleRegistry GPUTitleRenderer LoanManager"
        " MockUSDC MockTBillVault Roles LeanERC20 ";

    /// @dev A new contract in contracts/src (outside interfaces/ and libraries/) must get a test above.
    function test_EveryContractInSrcIsChecked() public view {
        Vm.DirEntry[] memory entries = vm.readDir("contracts/src", 3);
        uint256 files;
        for (uint256 i; i < entries.length; ++i) {
            string memory path = entries[i].path;
            if (entries[i].isDir || vm.indexOf(path, "/interfaces/") != type(uint256).max) continue;
            if (vm.indexOf(path, "/libraries/") != type(uint256).max) continue;
            string[] memory parts = vm.split(path, "/");
            string memory file = parts[parts.length - 1];
            string memory base = vm.replace(file, ".sol", "");
            ++files;
            assertTrue(
                vm.indexOf(CHECKED, string.concat(" ", base, " ")) != type(uint256).max,
                string.concat(path, ": not covered by the access-control test")
            );
        }
        assertEq(files, 11, "contract files found in contracts/src");
    }

    /// @dev Every restricted function `f` of `name` has a refusal test here named test_RevertWhen_<Caller>Calls<prefix><F>...,
    /// read from this test contract's own compiled ABI.
    function _checkRefusalTests(string memory name, string memory prefix, string memory restricted) internal view {
        string[] memory tests = vm.parseJsonKeys(
            vm.readFile("contracts/out/AccessControl.t.sol/AccessControl_Test.json"), ".methodIdentifiers"
        );
        string memory refusals = " ";
        for (uint256 i; i < tests.length; ++i) {
            if (vm.indexOf(tests[i], "test_RevertWhen_") == 0) refusals = string.concat(refusals, tests[i], " ");
        }
        string[] memory listed = vm.split(restricted, " ");
        for (uint256 i; i < listed.length; ++i) {
            bytes memory sig = bytes(listed[i]);
            if (sig.length == 0) continue;
            bytes memory fn = _slice(sig, 0, vm.indexOf(listed[i], "("));
            if (fn[0] >= "a" && fn[0] <= "z") fn[0] = bytes1(uint8(fn[0]) - 32);
            assertTrue(
                vm.indexOf(refusals, string.concat("Calls", prefix, string(fn))) != type(uint256).max,
                string.concat(
                    name, ".", listed[i], ": restricted but no test_RevertWhen_<Caller>Calls", prefix, string(fn)
                )
            );
        }
    }

    /// @dev Every non-view, non-pure function in `name`'s compiled ABI is in exactly one of the two space-separated
    /// lists, and every listed signature is in the ABI.
    function _check(string memory name, string memory prefix, string memory restricted, string memory permissionless)
        internal
        view
    {
        _checkRefusalTests(name, prefix, restricted);
        string memory json = vm.readFile(string.concat("contracts/out/", name, ".sol/", name, ".json"));
        string[] memory abiSigs = _stateChanging(json);
        string memory all = string.concat(" ", restricted, " ", permissionless, " ");
        string memory inAbi = " ";
        for (uint256 i; i < abiSigs.length; ++i) {
            string memory key = string.concat(" ", abiSigs[i], " ");
            bool isRestricted = vm.indexOf(string.concat(" ", restricted, " "), key) != type(uint256).max;
            bool isOpen = vm.indexOf(string.concat(" ", permissionless, " "), key) != type(uint256).max;
            assertTrue(
                isRestricted != isOpen,
                string.concat(
                    name,
                    ".",
                    abiSigs[i],
                    ": state-changing; list it as restricted (with a refusal test) or permissionless, once"
                )
            );
            inAbi = string.concat(inAbi, abiSigs[i], " ");
        }
        string[] memory listed = vm.split(all, " ");
        for (uint256 i; i < listed.length; ++i) {
            if (bytes(listed[i]).length == 0) continue;
            assertTrue(
                vm.indexOf(inAbi, string.concat(" ", listed[i], " ")) != type(uint256).max,
                string.concat(name, ".", listed[i], ": listed but not a state-changing function in the ABI")
            );
        }
    }

    /// @dev The canonical signatures of the ABI's nonpayable and payable functions.
    function _stateChanging(string memory json) internal view returns (string[] memory sigs) {
        uint256 count;
        while (vm.keyExistsJson(json, string.concat(".abi[", vm.toString(count), "]"))) ++count;
        sigs = new string[](count);
        uint256 n;
        for (uint256 i; i < count; ++i) {
            string memory entry = string.concat(".abi[", vm.toString(i), "]");
            if (keccak256(bytes(vm.parseJsonString(json, string.concat(entry, ".type")))) != keccak256("function")) {
                continue;
            }
            bytes32 mutability = keccak256(bytes(vm.parseJsonString(json, string.concat(entry, ".stateMutability"))));
            if (mutability == keccak256("view") || mutability == keccak256("pure")) continue;
            sigs[n++] = string.concat(
                vm.parseJsonString(json, string.concat(entry, ".name")), _types(json, string.concat(entry, ".inputs"))
            );
        }
        assembly ("memory-safe") {
            mstore(sigs, n)
        }
    }

    /// @dev "(t1,t2,...)" for the parameter list at `path`, tuples expanded recursively.
    function _types(string memory json, string memory path) internal view returns (string memory out) {
        out = "(";
        for (uint256 j;; ++j) {
            string memory param = string.concat(path, "[", vm.toString(j), "]");
            if (!vm.keyExistsJson(json, param)) break;
            string memory t = vm.parseJsonString(json, string.concat(param, ".type"));
            bytes memory tb = bytes(t);
            if (tb.length >= 5 && keccak256(_slice(tb, 0, 5)) == keccak256("tuple")) {
                t = string.concat(_types(json, string.concat(param, ".components")), string(_slice(tb, 5, tb.length)));
            }
            out = string.concat(out, j == 0 ? "" : ",", t);
        }
        out = string.concat(out, ")");
    }

    function _slice(bytes memory b, uint256 from, uint256 to) internal pure returns (bytes memory s) {
        s = new bytes(to - from);
        for (uint256 i; i < s.length; ++i) {
            s[i] = b[from + i];
        }
    }
}
