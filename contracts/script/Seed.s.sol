// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {GPUTitleRegistry} from "../src/GPUTitleRegistry.sol";
import {IGPUTitleRegistry} from "../src/interfaces/IGPUTitleRegistry.sol";
import {MockUSDC} from "../src/mocks/MockUSDC.sol";
import {Script, console} from "forge-std/Script.sol";

/// @notice Local demo data, for the local chain (31337) only: funds the anvil development accounts with mock USDC and
/// lists GPU titles in several states for accounts 5 to 9. Accounts 1 to 4 are kept free of titles for the browser
/// tests. The deployer (account 0) appraises, rejects and confirms redemptions: Deploy gives it those roles locally.
contract Seed is Script {
    uint256 internal constant LOCAL_CHAIN_ID = 31_337;
    string internal constant ANVIL_MNEMONIC = "test test test test test test test test test test test junk";
    uint32 internal constant DEV_ACCOUNTS = 10;
    uint256 internal constant USDC_PER_ACCOUNT = 100_000e6; // 100,000 mock USDC

    uint256 internal constant PURCHASE_AGE = 120 days;
    uint256 internal constant INSURANCE_TERM = 365 days;
    uint256 internal constant APPRAISAL_VALIDITY = 180 days;

    error LocalChainOnly(uint256 chainId);

    GPUTitleRegistry internal registry;

    function run() external {
        if (block.chainid != LOCAL_CHAIN_ID) revert LocalChainOnly(block.chainid);
        string memory json = vm.readFile(string.concat(vm.projectRoot(), "/contracts/deployments/31337.json"));
        MockUSDC usdc = MockUSDC(vm.parseJsonAddress(json, ".USDC"));
        registry = GPUTitleRegistry(vm.parseJsonAddress(json, ".GPUTitleRegistry"));

        vm.startBroadcast();
        for (uint32 i = 0; i < DEV_ACCOUNTS; i++) {
            usdc.faucet(vm.addr(_key(i)), USDC_PER_ACCOUNT);
        }
        vm.stopBroadcast();
        console.log("Funded %s development accounts with mock USDC", DEV_ACCOUNTS);

        _seedTitles();
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
