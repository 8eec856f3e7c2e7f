// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {MockUSDC} from "../src/mocks/MockUSDC.sol";
import {Script, console} from "forge-std/Script.sol";

/// @notice Local demo data, for the local chain (31337) only: funds the anvil development accounts with mock USDC.
contract Seed is Script {
    uint256 internal constant LOCAL_CHAIN_ID = 31_337;
    string internal constant ANVIL_MNEMONIC = "test test test test test test test test test test test junk";
    uint32 internal constant DEV_ACCOUNTS = 10;
    uint256 internal constant USDC_PER_ACCOUNT = 100_000e6; // 100,000 mock USDC

    error LocalChainOnly(uint256 chainId);

    function run() external {
        if (block.chainid != LOCAL_CHAIN_ID) revert LocalChainOnly(block.chainid);
        string memory path = string.concat(vm.projectRoot(), "/contracts/deployments/31337.json");
        MockUSDC usdc = MockUSDC(vm.parseJsonAddress(vm.readFile(path), ".USDC"));

        vm.startBroadcast();
        for (uint32 i = 0; i < DEV_ACCOUNTS; i++) {
            address account = vm.addr(vm.deriveKey(ANVIL_MNEMONIC, i));
            usdc.faucet(account, USDC_PER_ACCOUNT);
        }
        vm.stopBroadcast();
        console.log("Funded %s development accounts with mock USDC", DEV_ACCOUNTS);
    }
}
