// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AIDMinter} from "../src/AIDMinter.sol";
import {GPUTitleRegistry} from "../src/GPUTitleRegistry.sol";
import {LoanManager} from "../src/LoanManager.sol";
import {StakedAID} from "../src/StakedAID.sol";
import {MockTBillVault} from "../src/mocks/MockTBillVault.sol";
import {MockUSDC} from "../src/mocks/MockUSDC.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Script, console} from "forge-std/Script.sol";

/// @notice Deploys the protocol to any chain and writes contracts/deployments/<chainId>.json,
/// the single source of addresses for the web app and the ABI package.
/// On the local chain (31337) it deploys a mock USDC and a mock T-bill vault (test doubles); elsewhere set
/// USDC_ADDRESS and T_BILL_VAULT_ADDRESS (an ERC-4626 vault over that USDC). ADMIN_ADDRESS and GUARDIAN_ADDRESS
/// default to the deployer (use a timelock and a multisig on a real network).
/// Order matters: the savings vault's address is computed before the minter is deployed, because the minter deploys
/// AID, and AID fixes its savings vault at construction.
/// The GPU title registry is deployed with the deployer as its admin and the GPU model allow-list (every model at the
/// default 20% a year). On the local chain the deployer is also appraiser and custodian, for the demo.
/// The loan manager (which also holds the insurance fund) lends from the savings vault against titles; RECOVERY_ADDRESS
/// (default: the admin) receives titles nobody bids for. The registry names it at once (the deployer is the registry's
/// admin); the vault names it when the deployer is also the vault's admin, otherwise the admin must call
/// `StakedAID.setLoanManager` (the script says so).
contract Deploy is Script {
    uint256 internal constant LOCAL_CHAIN_ID = 31_337;

    error UsdcAddressRequired(uint256 chainId);
    error TBillVaultAddressRequired(uint256 chainId);
    error UnexpectedVaultAddress(address expected, address actual);

    struct Deployment {
        address usdc;
        address tBillVault;
        address aid;
        address aidMinter;
        address stakedAid;
        address liquiditySilo;
        address gpuTitleRegistry;
        address loanManager;
        bool usdcIsMock;
        bool tBillVaultIsMock;
        uint256 deployBlock;
    }

    function run() external returns (Deployment memory d) {
        d.deployBlock = block.number;
        vm.startBroadcast();
        (, address deployer,) = vm.readCallers();
        address admin = vm.envOr("ADMIN_ADDRESS", deployer);
        address guardian = vm.envOr("GUARDIAN_ADDRESS", deployer);
        if (block.chainid == LOCAL_CHAIN_ID) {
            MockUSDC usdc = new MockUSDC();
            d.usdc = address(usdc);
            d.usdcIsMock = true;
            d.tBillVault = address(new MockTBillVault(usdc, admin));
            d.tBillVaultIsMock = true;
        } else {
            d.usdc = vm.envOr("USDC_ADDRESS", address(0));
            if (d.usdc == address(0)) revert UsdcAddressRequired(block.chainid);
            d.tBillVault = vm.envOr("T_BILL_VAULT_ADDRESS", address(0));
            if (d.tBillVault == address(0)) revert TBillVaultAddressRequired(block.chainid);
        }
        address predictedVault = vm.computeCreateAddress(deployer, vm.getNonce(deployer) + 1);
        AIDMinter minter = new AIDMinter(IERC20(d.usdc), IERC4626(d.tBillVault), predictedVault, admin, guardian);
        StakedAID vault = new StakedAID(minter.aid(), admin, guardian);
        GPUTitleRegistry registry = _deployTitleRegistry();
        d.gpuTitleRegistry = address(registry);
        LoanManager loans = new LoanManager(vault, registry, admin, guardian, vm.envOr("RECOVERY_ADDRESS", admin));
        d.loanManager = address(loans);
        registry.setLoanManager(address(loans));
        if (admin == deployer) vault.setLoanManager(address(loans));
        else console.log("The vault's admin must call StakedAID.setLoanManager(%s)", address(loans));
        vm.stopBroadcast();
        if (address(vault) != predictedVault) revert UnexpectedVaultAddress(predictedVault, address(vault));

        d.aidMinter = address(minter);
        d.aid = address(minter.aid());
        d.stakedAid = address(vault);
        d.liquiditySilo = vault.vaultState().silo;
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
        vm.serializeBool(key, "tBillVaultIsMock", d.tBillVaultIsMock);
        vm.serializeAddress(key, "USDC", d.usdc);
        vm.serializeAddress(key, "TBillVault", d.tBillVault);
        vm.serializeAddress(key, "AID", d.aid);
        vm.serializeAddress(key, "AIDMinter", d.aidMinter);
        vm.serializeAddress(key, "LiquiditySilo", d.liquiditySilo);
        vm.serializeAddress(key, "GPUTitleRegistry", d.gpuTitleRegistry);
        vm.serializeAddress(key, "LoanManager", d.loanManager);
        string memory json = vm.serializeAddress(key, "StakedAID", d.stakedAid);
        string memory path =
            string.concat(vm.projectRoot(), "/contracts/deployments/", vm.toString(block.chainid), ".json");
        vm.writeJson(json, path);
        console.log("Deployment written to", path);
    }
}
