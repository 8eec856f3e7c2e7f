// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AIDMinter} from "../src/AIDMinter.sol";
import {GPUTitleRegistry} from "../src/GPUTitleRegistry.sol";
import {StakedAID} from "../src/StakedAID.sol";
import {IGPUTitleRegistry} from "../src/interfaces/IGPUTitleRegistry.sol";
import {MockUSDC} from "../src/mocks/MockUSDC.sol";
import {Script, console} from "forge-std/Script.sol";

/// @notice Local demo data, for the local chain (31337) only.
/// - Every anvil development account (0-9) gets 100,000 mock USDC. Accounts 0-4 are left with exactly that, no AID
///   and no titles: the browser tests use them (account 0 is also the deployer, admin, guardian, appraiser, custodian).
/// - Accounts 5-9 are demo savers: each mints AID and stakes part of it in sAID; account 9 then asks to exit with
///   some of its shares, so the queue has a pending request (it becomes eligible after the 3-day cooldown).
/// - Accounts 5-9 also hold GPU titles in several states; the deployer appraises, rejects and confirms redemptions.
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

    uint256 internal constant PURCHASE_AGE = 120 days;
    uint256 internal constant INSURANCE_TERM = 365 days;
    uint256 internal constant APPRAISAL_VALIDITY = 180 days;

    error LocalChainOnly(uint256 chainId);

    GPUTitleRegistry internal registry;
    MockUSDC internal usdcToken;

    function run() external {
        if (block.chainid != LOCAL_CHAIN_ID) revert LocalChainOnly(block.chainid);
        string memory json = vm.readFile(string.concat(vm.projectRoot(), "/contracts/deployments/31337.json"));
        MockUSDC usdc = MockUSDC(vm.parseJsonAddress(json, ".USDC"));
        usdcToken = usdc;
        registry = GPUTitleRegistry(vm.parseJsonAddress(json, ".GPUTitleRegistry"));

        vm.startBroadcast();
        for (uint32 i = 0; i < DEV_ACCOUNTS; i++) {
            usdc.faucet(vm.addr(_key(i)), USDC_PER_ACCOUNT);
        }
        vm.stopBroadcast();
        console.log("Funded %s development accounts with mock USDC", DEV_ACCOUNTS);

        _seedSavers(
            AIDMinter(vm.parseJsonAddress(json, ".AIDMinter")), StakedAID(vm.parseJsonAddress(json, ".StakedAID"))
        );
        _seedTitles();
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
            if (i == DEV_ACCOUNTS - 1) vault.requestRedeem(DEMO_EXIT_SHARES);
            vm.stopBroadcast();
        }
        console.log("Accounts 5-9 are demo savers; account 9 has a pending exit request");
    }

    /// @dev Titles by state: 5 holds an appraised H100 batch and a pending H200 batch; 6 a pending B200 batch;
    /// 7 a rejected GB200 listing; 8 an appraised H200 batch with redemption requested; 9 an appraised RTX PRO 6000
    /// batch whose insurance renewal awaits verification, and a redeemed (burned) one.
    function _seedTitles() internal {
        uint256 appraisedH100 = _submit(5, 1, 8, "Equinix SV5", 3, 2_400_000e18, 1_654_922_000_101);
        _submit(5, 2, 4, "Equinix SV5", 3, 1_500_000e18, 1_654_922_000_201);
        _submit(6, 3, 8, "CoreSite LA1", 3, 3_600_000e18, 1_654_922_000_301);
        uint256 rejected = _submit(7, 4, 4, "Switch Citadel", 4, 2_800_000e18, 1_654_922_000_401);
        uint256 redeeming = _submit(8, 2, 8, "Digital Realty ATL", 3, 2_900_000e18, 1_654_922_000_501);
        uint256 renewing = _submit(9, 5, 8, "Iron Mountain VA", 3, 90_000e18, 1_654_922_000_601);
        uint256 redeemed = _submit(9, 5, 2, "Iron Mountain VA", 3, 22_000e18, 1_654_922_000_701);

        vm.startBroadcast();
        uint40 validUntil = uint40(block.timestamp + APPRAISAL_VALIDITY);
        registry.appraise(appraisedH100, 2_000_000e18, validUntil, keccak256("demo appraisal: H100 x8"));
        registry.reject(rejected, IGPUTitleRegistry.RejectionReason.CustodyUnverified);
        registry.appraise(redeeming, 2_500_000e18, validUntil, keccak256("demo appraisal: H200 x8"));
        registry.appraise(renewing, 70_000e18, validUntil, keccak256("demo appraisal: RTX PRO 6000 x8"));
        registry.appraise(redeemed, 17_000e18, validUntil, keccak256("demo appraisal: RTX PRO 6000 x2"));
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
