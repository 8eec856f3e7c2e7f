// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AIDMinter} from "../src/AIDMinter.sol";
import {GPUTitleRegistry} from "../src/GPUTitleRegistry.sol";
import {MockUSDC} from "../src/mocks/MockUSDC.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Script, console} from "forge-std/Script.sol";

/// @notice Deploys the protocol to any chain and writes contracts/deployments/<chainId>.json,
/// the single source of addresses for the web app and the ABI package.
/// On the local chain (31337) it deploys a mock USDC; elsewhere set USDC_ADDRESS.
/// The GPU title registry is deployed with the deployer as its admin and the GPU model allow-list (every model at the
/// default 20% a year). On the local chain the deployer is also appraiser and custodian, for the demo.
contract Deploy is Script {
    uint256 internal constant LOCAL_CHAIN_ID = 31_337;

    error UsdcAddressRequired(uint256 chainId);

    struct Deployment {
        address usdc;
        address aid;
        address aidMinter;
        address gpuTitleRegistry;
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
        d.gpuTitleRegistry = address(_deployTitleRegistry());
        vm.stopBroadcast();
        d.aidMinter = address(minter);
        d.aid = address(minter.aid());
        _write(d);
    }

    /// @dev Runs inside the broadcast: the deployer is admin; the local chain's deployer also appraises and custodies.
    function _deployTitleRegistry() internal returns (GPUTitleRegistry registry) {
        (, address deployer,) = vm.readCallers();
        registry = new GPUTitleRegistry(deployer);
        uint16 rate = uint16(registry.DEFAULT_DEPRECIATION_BPS());
        string[5] memory models = ["H100", "H200", "B200", "GB200", "RTX PRO 6000"];
        for (uint256 i; i < models.length; ++i) {
            registry.addModel(models[i], rate);
        }
        if (block.chainid == LOCAL_CHAIN_ID) {
            registry.grantRole(registry.APPRAISER_ROLE(), deployer);
            registry.grantRole(registry.CUSTODIAN_ROLE(), deployer);
        }
    }

    function _write(Deployment memory d) internal {
        string memory key = "deployment";
        vm.serializeUint(key, "chainId", block.chainid);
        vm.serializeUint(key, "deployBlock", d.deployBlock);
        vm.serializeBool(key, "usdcIsMock", d.usdcIsMock);
        vm.serializeAddress(key, "USDC", d.usdc);
        vm.serializeAddress(key, "AID", d.aid);
        vm.serializeAddress(key, "AIDMinter", d.aidMinter);
        string memory json = vm.serializeAddress(key, "GPUTitleRegistry", d.gpuTitleRegistry);
        string memory path =
            string.concat(vm.projectRoot(), "/contracts/deployments/", vm.toString(block.chainid), ".json");
        vm.writeJson(json, path);
        console.log("Deployment written to", path);
    }
}
