// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AIDMinter} from "../src/AIDMinter.sol";
import {GPUTitleRegistry} from "../src/GPUTitleRegistry.sol";
import {LoanManager} from "../src/LoanManager.sol";
import {StakedAID} from "../src/StakedAID.sol";
import {IGPUTitleRegistry} from "../src/interfaces/IGPUTitleRegistry.sol";
import {MockUSDC} from "../src/mocks/MockUSDC.sol";
import {Script, console} from "forge-std/Script.sol";

/// @notice Local demo data, for the local chain (31337) only, in two phases a month apart so the loans have a history.
/// `deployAndSeed` (packages/devtools/lib/local-chain.mjs) runs `run()`, moves the chain's clock forward by
/// `MONTH_LATER` with RPC (a script cannot warp a live chain), then runs `afterAMonth()`.
/// - Every anvil development account (0-9) gets 100,000 mock USDC. Accounts 0-4 are left with exactly that, no AID, no
///   titles and no loans: the browser tests use them (account 0 is also the deployer, admin, guardian, appraiser,
///   custodian; it starts the demo liquidation, which costs it nothing).
/// - Accounts 5-9 are demo savers: each mints AID and stakes part of it in sAID (phase 1). After the month, account 9
///   asks to exit with some of its shares, so the queue has a pending request (eligible after the 3-day cooldown).
/// - Accounts 5-8 borrow in phase 1 against small appraised batches. After the month: 5 pays its first installment a
///   little late and is current again; 6 has not paid and is late, within its grace period; 7's batch is re-appraised
///   far lower and its loan is liquidated, so its title is in a live 72-hour auction; 8 repays in full and gets its
///   title back; 6 opens a second, fresh loan.
/// - Titles in every state (after the month): Pending (5's H200, 6's B200), Appraised (9's RTX PRO 6000 with an
///   insurance renewal awaiting verification; 8's repaid B200), Rejected (7's GB200), Pledged (the open loans),
///   Liquidating (7's batch), RedemptionRequested (8's H200), Redeemed and Withdrawn (burned).
/// The reserve is not rebalanced here: all USDC stays in the buffer until someone calls `rebalance()`.
contract Seed is Script {
    uint256 internal constant LOCAL_CHAIN_ID = 31_337;
    string internal constant ANVIL_MNEMONIC = "test test test test test test test test test test test junk";
    uint32 internal constant DEV_ACCOUNTS = 10;
    uint256 internal constant USDC_PER_ACCOUNT = 100_000e6; // 100,000 mock USDC
    uint32 internal constant FIRST_DEMO_SAVER = 5;
    uint256 internal constant DEMO_MINT_USDC = 20_000e6; // each demo saver mints 20,000 AID...
    uint256 internal constant DEMO_STAKE_STEP_AID = 2000e18; // ...and stakes 5,000, 7,000, ... 13,000 AID
    uint256 internal constant DEMO_STAKE_BASE_AID = 5000e18;
    uint256 internal constant DEMO_EXIT_SHARES = 1500e18; // account 9 asks to exit with 1,500 sAID

    /// @notice How far `deployAndSeed` moves the clock between the phases: past the first due date of the phase-1
    /// loans (30 to 31 days after opening), not past their 7-day grace period.
    uint256 public constant MONTH_LATER = 33 days;

    uint256 internal constant PURCHASE_AGE = 120 days;
    uint256 internal constant INSURANCE_TERM = 365 days;
    uint256 internal constant APPRAISAL_VALIDITY = 180 days;

    // The demo loans (AID) and their titles' appraisals (USD).
    uint96 internal constant PAYING_VALUE = 30_000e18; // account 5: one H100
    uint256 internal constant PAYING_LOAN = 8000e18;
    uint96 internal constant LATE_VALUE = 35_000e18; // account 6: one H200
    uint256 internal constant LATE_LOAN = 12_000e18;
    uint96 internal constant AUCTION_VALUE = 16_000e18; // account 7: two RTX PRO 6000
    uint256 internal constant AUCTION_LOAN = 8000e18;
    uint96 internal constant AUCTION_REAPPRAISAL = 8500e18; // after the month: the loan is above 85% LTV
    uint96 internal constant REPAID_VALUE = 40_000e18; // account 8: one B200
    uint256 internal constant REPAID_LOAN = 5000e18;
    uint96 internal constant FRESH_VALUE = 60_000e18; // account 6, after the month: one GB200
    uint256 internal constant FRESH_LOAN = 7000e18;

    error LocalChainOnly(uint256 chainId);
    error UnexpectedLoanId(uint256 expected, uint256 actual);

    GPUTitleRegistry internal registry;
    MockUSDC internal usdcToken;
    LoanManager internal loans;

    /// @notice Phase 1: USDC for every account, savers, and the loans that will have a month of history.
    function run() external {
        _load();
        vm.startBroadcast();
        for (uint32 i = 0; i < DEV_ACCOUNTS; i++) {
            usdcToken.faucet(vm.addr(_key(i)), USDC_PER_ACCOUNT);
        }
        vm.stopBroadcast();
        console.log("Funded %s development accounts with mock USDC", DEV_ACCOUNTS);

        string memory json = _deployment();
        _seedSavers(
            AIDMinter(vm.parseJsonAddress(json, ".AIDMinter")), StakedAID(vm.parseJsonAddress(json, ".StakedAID"))
        );
        _borrow(5, _appraisedTitle(5, 1, 1, "Equinix SV5", PAYING_VALUE, 1_654_922_001_001), PAYING_LOAN, 1);
        _borrow(6, _appraisedTitle(6, 2, 1, "CoreSite LA1", LATE_VALUE, 1_654_922_001_101), LATE_LOAN, 2);
        _borrow(7, _appraisedTitle(7, 5, 2, "Switch Citadel", AUCTION_VALUE, 1_654_922_001_201), AUCTION_LOAN, 3);
        _borrow(8, _appraisedTitle(8, 3, 1, "Digital Realty ATL", REPAID_VALUE, 1_654_922_001_301), REPAID_LOAN, 4);
        console.log("Accounts 5-9 are demo savers; accounts 5-8 borrowed (loans 1-4)");
    }

    /// @notice Phase 2, a month later: payments on time, late and in full, a liquidation, a fresh loan, the exit
    /// request and the titles in every other state.
    function afterAMonth() external {
        _load();
        StakedAID vault = StakedAID(vm.parseJsonAddress(_deployment(), ".StakedAID"));
        vm.startBroadcast(_key(9));
        vault.requestRedeem(DEMO_EXIT_SHARES);
        vm.stopBroadcast();
        console.log("Account 9 has a pending exit request");

        // Account 5 pays what makes its loan current (the first installment, a little late, penalty included), and 1 AID
        // more: the penalty keeps accruing between this simulation and the block that includes the payment.
        (uint256 amount,) = loans.nextPayment(1);
        vm.startBroadcast(_key(5));
        loans.repay(1, amount + 1e18);
        vm.stopBroadcast();
        // Account 8 repays in full and gets its title back.
        vm.startBroadcast(_key(8));
        loans.repay(4, type(uint256).max);
        vm.stopBroadcast();
        // Account 7's batch is re-appraised far lower: its loan breaches the 85% threshold and anyone liquidates it.
        vm.startBroadcast();
        registry.appraise(
            loans.loan(3).titleId,
            AUCTION_REAPPRAISAL,
            uint40(block.timestamp + APPRAISAL_VALIDITY),
            keccak256("demo re-appraisal: RTX PRO 6000 x2")
        );
        loans.liquidate(3);
        vm.stopBroadcast();
        // Account 6 still owes its first installment (late, in grace) and opens a second loan.
        _borrow(6, _appraisedTitle(6, 4, 1, "CoreSite LA1", FRESH_VALUE, 1_654_922_001_401), FRESH_LOAN, 5);
        console.log("Loans: 1 and 5 performing, 2 late, 3 in a live auction, 4 repaid");

        _seedTitles();
    }

    function _load() internal {
        if (block.chainid != LOCAL_CHAIN_ID) revert LocalChainOnly(block.chainid);
        string memory json = _deployment();
        usdcToken = MockUSDC(vm.parseJsonAddress(json, ".USDC"));
        registry = GPUTitleRegistry(vm.parseJsonAddress(json, ".GPUTitleRegistry"));
        loans = LoanManager(vm.parseJsonAddress(json, ".LoanManager"));
    }

    function _deployment() internal view returns (string memory) {
        return vm.readFile(string.concat(vm.projectRoot(), "/contracts/deployments/31337.json"));
    }

    function _seedSavers(AIDMinter minter, StakedAID vault) internal {
        for (uint32 i = FIRST_DEMO_SAVER; i < DEV_ACCOUNTS; i++) {
            uint256 key = _key(i);
            address saver = vm.addr(key);
            vm.startBroadcast(key);
            usdcToken.approve(address(minter), DEMO_MINT_USDC);
            minter.mint(DEMO_MINT_USDC, saver);
            // No approval: AID lets the savings vault pull from the depositor.
            vault.deposit(DEMO_STAKE_BASE_AID + DEMO_STAKE_STEP_AID * (i - FIRST_DEMO_SAVER), saver);
            vm.stopBroadcast();
        }
    }

    /// @dev A title of `account`, appraised by the deployer (the local appraiser).
    function _appraisedTitle(
        uint32 account,
        uint8 modelId,
        uint16 count,
        string memory dataCenter,
        uint96 value,
        uint256 firstSerial
    ) internal returns (uint256 titleId) {
        titleId = _submit(account, modelId, count, dataCenter, 3, value + value / 5, firstSerial);
        vm.startBroadcast();
        registry.appraise(
            titleId, value, uint40(block.timestamp + APPRAISAL_VALIDITY), keccak256(abi.encode("demo", titleId))
        );
        vm.stopBroadcast();
    }

    /// @dev `account` borrows `principal` against the title (no title approval is needed) and approves the loan manager
    /// for AID, to repay.
    function _borrow(uint32 account, uint256 titleId, uint256 principal, uint256 expectedId) internal {
        address borrower = vm.addr(_key(account));
        vm.startBroadcast(_key(account));
        IERC20Like(loans.aid()).approve(address(loans), type(uint256).max);
        uint256 loanId = loans.openLoan(titleId, principal, borrower);
        vm.stopBroadcast();
        if (loanId != expectedId) revert UnexpectedLoanId(expectedId, loanId);
    }

    /// @dev Titles by state: 5 holds an appraised H100 batch and a pending H200 batch; 6 a pending B200 batch;
    /// 7 a rejected GB200 listing and a withdrawn one; 8 an appraised H200 batch with redemption requested; 9 an
    /// appraised RTX PRO 6000 batch whose insurance renewal awaits verification, and a redeemed (burned) one.
    function _seedTitles() internal {
        uint256 appraisedH100 = _submit(5, 1, 8, "Equinix SV5", 3, 2_400_000e18, 1_654_922_000_101);
        _submit(5, 2, 4, "Equinix SV5", 3, 1_500_000e18, 1_654_922_000_201);
        _submit(6, 3, 8, "CoreSite LA1", 3, 3_600_000e18, 1_654_922_000_301);
        uint256 rejected = _submit(7, 4, 4, "Switch Citadel", 4, 2_800_000e18, 1_654_922_000_401);
        uint256 redeeming = _submit(8, 2, 8, "Digital Realty ATL", 3, 2_900_000e18, 1_654_922_000_501);
        uint256 renewing = _submit(9, 5, 8, "Iron Mountain VA", 3, 90_000e18, 1_654_922_000_601);
        uint256 redeemed = _submit(9, 5, 2, "Iron Mountain VA", 3, 22_000e18, 1_654_922_000_701);
        uint256 withdrawn = _submit(7, 1, 2, "Switch Citadel", 4, 600_000e18, 1_654_922_000_801);

        vm.startBroadcast();
        uint40 validUntil = uint40(block.timestamp + APPRAISAL_VALIDITY);
        registry.appraise(appraisedH100, 2_000_000e18, validUntil, keccak256("demo appraisal: H100 x8"));
        registry.reject(rejected, IGPUTitleRegistry.RejectionReason.CustodyUnverified);
        registry.appraise(redeeming, 2_500_000e18, validUntil, keccak256("demo appraisal: H200 x8"));
        registry.appraise(renewing, 70_000e18, validUntil, keccak256("demo appraisal: RTX PRO 6000 x8"));
        registry.appraise(redeemed, 17_000e18, validUntil, keccak256("demo appraisal: RTX PRO 6000 x2"));
        vm.stopBroadcast();

        vm.startBroadcast(_key(7));
        registry.withdraw(withdrawn);
        vm.stopBroadcast();

        vm.startBroadcast(_key(8));
        registry.requestRedemption(redeeming);
        vm.stopBroadcast();

        vm.startBroadcast(_key(9));
        registry.updateInsurance(renewing, _insurance("Chubb", "CH-2026-7781", 100_000e18));
        registry.requestRedemption(redeemed);
        vm.stopBroadcast();

        vm.startBroadcast();
        registry.confirmRedemption(redeemed);
        vm.stopBroadcast();
        console.log("Listed %s demo GPU titles for accounts 5 to 9", registry.lastTitleId());
    }

    function _submit(
        uint32 account,
        uint8 modelId,
        uint16 count,
        string memory dataCenter,
        uint8 tier,
        uint96 purchasePrice,
        uint256 firstSerial
    ) internal returns (uint256 titleId) {
        bytes32[] memory serials = new bytes32[](count);
        for (uint256 i; i < count; ++i) {
            serials[i] = bytes32(bytes(vm.toString(firstSerial + i))); // same length, so sorted
        }
        IGPUTitleRegistry.TitleInput memory input = IGPUTitleRegistry.TitleInput({
            modelId: modelId,
            gpuCount: count,
            serials: serials,
            dataCenter: dataCenter,
            dataCenterTier: tier,
            purchasePrice: purchasePrice,
            purchaseDate: uint40(block.timestamp - PURCHASE_AGE),
            insurance: _insurance(
                "Lloyd's Syndicate 2623", string.concat("POL-", vm.toString(firstSerial % 100_000)), purchasePrice
            )
        });
        vm.startBroadcast(_key(account));
        titleId = registry.submit(input);
        vm.stopBroadcast();
    }

    function _insurance(string memory insurer, string memory policyId, uint96 coverage)
        internal
        view
        returns (IGPUTitleRegistry.Insurance memory)
    {
        return IGPUTitleRegistry.Insurance({
            insurer: insurer, policyId: policyId, coverage: coverage, expiry: uint40(block.timestamp + INSURANCE_TERM)
        });
    }

    function _key(uint32 index) internal pure returns (uint256) {
        return vm.deriveKey(ANVIL_MNEMONIC, index);
    }
}

/// @dev The one ERC-20 call the seed needs on AID.
interface IERC20Like {
    function approve(address spender, uint256 amount) external returns (bool);
}
