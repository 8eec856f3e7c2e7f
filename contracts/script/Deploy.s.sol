// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AIDMinter} from "../src/AIDMinter.sol";
import {MockUSDC} from "../src/mocks/MockUSDC.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Script, console} from "forge-std/Script.sol";

/// @notice Deploys the protocol to any chain and writes contracts/deployments/<chainId>.json,
/// the single source of addresses for the web app and the ABI package.
/// On the local chain (31337) it deploys a mock USDC; elsewhere set USDC_ADDRESS.
contract Deploy is Script {
    uint256 internal constant LOCAL_CHAIN_ID = 31_337;

    error UsdcAddressRequired(uint256 chainId);

    struct Deployment {
        address usdc;
        address aid;
        address aidMinter;
        bool usdcIsMock;
        uint256 deployBlock;
    }

    function run() external returns (Deployment memory d) {
        d.deployBlock = block.number;
        vm.startBroadcast();
        if (block.chainid == LOCAL_CHAIN_ID) {
            d.usdc = address(new MockUSDC());
            d.usdcIsMock = true;
        } else {
            d.usdc = vm.envOr("USDC_ADDRESS", address(0));
            if (d.usdc == address(0)) revert UsdcAddressRequired(block.chainid);
        }
        AIDMinter minter = new AIDMinter(IERC20(d.usdc));
        vm.stopBroadcast();
        d.aidMinter = address(minter);
        d.aid = address(minter.aid());
        _write(d);
    }

    function _write(Deployment memory d) internal {
        string memory key = "deployment";
        vm.serializeUint(key, "chainId", block.chainid);
        vm.serializeUint(key, "deployBlock", d.deployBlock);
        vm.serializeBool(key, "usdcIsMock", d.usdcIsMock);
        vm.serializeAddress(key, "USDC", d.usdc);
        vm.serializeAddress(key, "AID", d.aid);
        string memory json = vm.serializeAddress(key, "AIDMinter", d.aidMinter);
        string memory path =
            string.concat(vm.projectRoot(), "/contracts/deployments/", vm.toString(block.chainid), ".json");
        vm.writeJson(json, path);
        console.log("Deployment written to", path);
    }
}
