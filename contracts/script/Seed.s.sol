// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AIDMinter} from "../src/AIDMinter.sol";
import {StakedAID} from "../src/StakedAID.sol";
import {MockUSDC} from "../src/mocks/MockUSDC.sol";
import {Script, console} from "forge-std/Script.sol";

/// @notice Local demo data, for the local chain (31337) only.
/// - Every anvil development account (0-9) gets 100,000 mock USDC. Accounts 0-4 are left with exactly that and no
///   AID: the browser tests use them (account 0 is also the deployer, admin and guardian).
/// - Accounts 5-9 are demo savers: each mints AID and stakes part of it in sAID; account 9 then asks to exit with
///   some of its shares, so the queue has a pending request (it becomes eligible after the 3-day cooldown).
/// The reserve is not rebalanced here: all USDC stays in the buffer until someone calls `rebalance()`.
contract Seed is Script {
    uint256 internal constant LOCAL_CHAIN_ID = 31_337;
    string internal constant ANVIL_MNEMONIC = "test test test test test test test test test test test junk";
    uint32 internal constant DEV_ACCOUNTS = 10;
    uint32 internal constant FIRST_DEMO_SAVER = 5;
    uint256 internal constant USDC_PER_ACCOUNT = 100_000e6; // 100,000 mock USDC
    uint256 internal constant DEMO_MINT_USDC = 20_000e6; // each demo saver mints 20,000 AID...
    uint256 internal constant DEMO_STAKE_STEP_AID = 2000e18; // ...and stakes 5,000, 7,000, ... 13,000 AID
    uint256 internal constant DEMO_STAKE_BASE_AID = 5000e18;
    uint256 internal constant DEMO_EXIT_SHARES = 1500e18; // account 9 asks to exit with 1,500 sAID

    error LocalChainOnly(uint256 chainId);

    function run() external {
        if (block.chainid != LOCAL_CHAIN_ID) revert LocalChainOnly(block.chainid);
        string memory json = vm.readFile(string.concat(vm.projectRoot(), "/contracts/deployments/31337.json"));
        MockUSDC usdc = MockUSDC(vm.parseJsonAddress(json, ".USDC"));
        AIDMinter minter = AIDMinter(vm.parseJsonAddress(json, ".AIDMinter"));
        StakedAID vault = StakedAID(vm.parseJsonAddress(json, ".StakedAID"));

        vm.startBroadcast();
        for (uint32 i = 0; i < DEV_ACCOUNTS; i++) {
            usdc.faucet(vm.addr(vm.deriveKey(ANVIL_MNEMONIC, i)), USDC_PER_ACCOUNT);
        }
        vm.stopBroadcast();

        for (uint32 i = FIRST_DEMO_SAVER; i < DEV_ACCOUNTS; i++) {
            uint256 key = vm.deriveKey(ANVIL_MNEMONIC, i);
            address saver = vm.addr(key);
            vm.startBroadcast(key);
            usdc.approve(address(minter), DEMO_MINT_USDC);
            minter.mint(DEMO_MINT_USDC, saver);
            // No approval: AID lets the savings vault pull from the depositor.
            vault.deposit(DEMO_STAKE_BASE_AID + DEMO_STAKE_STEP_AID * (i - FIRST_DEMO_SAVER), saver);
            if (i == DEV_ACCOUNTS - 1) vault.requestRedeem(DEMO_EXIT_SHARES);
            vm.stopBroadcast();
        }
        console.log("Funded %s development accounts with mock USDC; accounts 5-9 are demo savers", DEV_ACCOUNTS);
    }
}
