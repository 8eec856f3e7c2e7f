// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {MockUSDC} from "./MockUSDC.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";

/// @title MockTBillVault: a test double of a tokenized Treasury-bill fund for the local development chain ONLY
/// @notice An ERC-4626 vault over mock USDC whose assets grow at a settable yearly rate (default 4.5%), standing
/// in for a real tokenized T-bill fund. Deployed only on the local chain (31337) and in tests; on any other chain
/// the deploy script takes the real vault's address (T_BILL_VAULT_ADDRESS).
/// @dev The yield is real, not just a number: on every deposit, withdrawal and `accrue()`, the vault mints the
/// interest accrued since the last accrual to itself from MockUSDC's open faucet, so it can always pay out what
/// `totalAssets()` reports. Interest is simple between accruals (each accrual compounds). Views include the
/// interest accrued up to now, so previews match what the next call pays.
contract MockTBillVault is ERC4626, Ownable {
    uint256 internal constant BPS = 10_000; // 100%
    uint256 internal constant YEAR = 365 days;
    /// @notice Default yearly rate.
    uint256 public constant DEFAULT_RATE_BPS = 450; // 4.5%
    /// @notice Highest settable yearly rate.
    uint256 public constant MAX_RATE_BPS = 5000; // 50%

    /// @notice The yearly rate, in basis points.
    uint256 public rateBps;
    /// @notice When interest was last minted into the vault.
    uint256 public lastAccrual;

    /// @notice A rate above `MAX_RATE_BPS`.
    error RateTooHigh(uint256 rateBps, uint256 maxRateBps);

    /// @notice The owner set the yearly rate (after accruing at the old one).
    event RateSet(uint256 rateBps);

    /// @notice Interest was minted into the vault.
    event Accrued(uint256 interest);

    constructor(MockUSDC usdc_, address owner_)
        ERC20("Mock T-bill vault (local test double)", "mTBILL")
        ERC4626(IERC20(address(usdc_)))
        Ownable(owner_)
    {
        rateBps = DEFAULT_RATE_BPS;
        lastAccrual = block.timestamp;
    }

    /// @notice Interest accrued since the last accrual, not yet minted.
    function pendingInterest() public view returns (uint256) {
        return IERC20(asset()).balanceOf(address(this)) * rateBps * (block.timestamp - lastAccrual) / (BPS * YEAR);
    }

    /// @notice Held USDC plus interest accrued up to now.
    function totalAssets() public view override returns (uint256) {
        return IERC20(asset()).balanceOf(address(this)) + pendingInterest();
    }

    /// @notice Anyone: mints the accrued interest into the vault.
    function accrue() public {
        uint256 interest = pendingInterest();
        lastAccrual = block.timestamp;
        if (interest == 0) return;
        MockUSDC usdc = MockUSDC(asset());
        uint256 limit = usdc.FAUCET_LIMIT();
        for (uint256 left = interest; left != 0;) {
            uint256 chunk = left < limit ? left : limit;
            usdc.faucet(address(this), chunk);
            left -= chunk;
        }
        emit Accrued(interest);
    }

    /// @notice Owner only: sets the yearly rate, after accruing at the old one.
    function setRate(uint256 rateBps_) external onlyOwner {
        if (rateBps_ > MAX_RATE_BPS) revert RateTooHigh(rateBps_, MAX_RATE_BPS);
        accrue();
        rateBps = rateBps_;
        emit RateSet(rateBps_);
    }

    function _deposit(address caller, address receiver, uint256 assets, uint256 shares) internal override {
        accrue();
        super._deposit(caller, receiver, assets, shares);
    }

    function _withdraw(address caller, address receiver, address owner, uint256 assets, uint256 shares)
        internal
        override
    {
        accrue();
        super._withdraw(caller, receiver, owner, assets, shares);
    }
}
