// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AID} from "./AID.sol";
import {Roles} from "./Roles.sol";
import {IAID} from "./interfaces/IAID.sol";
import {IAIDMinter} from "./interfaces/IAIDMinter.sol";
import {IStakedAID} from "./interfaces/IStakedAID.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title AIDMinter
/// @notice The peg stability module and the reserve: USDC in, AID out, and back, 1:1 after decimal scaling and
/// fees. It deploys the AID token in its constructor and is its only minter, forever.
contract AIDMinter is IAIDMinter, Roles, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @dev USDC has 6 decimals and AID 18: one USDC unit is 1e12 AID wei.
    uint256 internal constant USDC_TO_AID = 1e12;
    uint256 internal constant BPS = 10_000; // 100%
    /// @notice Hard cap on the mint and redeem fees.
    uint256 public constant MAX_FEE_BPS = 100; // 1%
    /// @notice Hard cap on the protocol's share of harvested yield.
    uint256 public constant MAX_HARVEST_FEE_BPS = 5000; // 50%
    /// @notice Default share of the reserve kept liquid.
    uint256 public constant DEFAULT_BUFFER_TARGET_BPS = 2000; // 20%
    /// @notice Default protocol share of harvested yield.
    uint256 public constant DEFAULT_HARVEST_FEE_BPS = 1000; // 10%
    /// @notice The largest supply cap (the cap is stored in 128 bits).
    uint256 public constant MAX_SUPPLY_CAP = type(uint128).max;
    /// @notice Surplus `harvest` always leaves in the reserve (1 USDC): it absorbs the T-bill vault's rounding
    /// (at most a unit or two of USDC per deposit or withdrawal) so the reserve never dips below the supply.
    uint256 public constant HARVEST_MARGIN_AID = 1e18;
    /// @dev The shares the savings vault locks forever on its first deposit (`StakedAID.DEAD_SHARES`).
    uint256 internal constant SAVINGS_DEAD_SHARES = 1e6;

    // `_config` packs every parameter the user paths read into one storage slot (one cold read per mint or redeem):
    // mint fee (16 bits) | redeem fee (16) | buffer target (16) | harvest fee (16) | mint paused (8) | supply cap (128).
    uint256 internal constant REDEEM_FEE_SHIFT = 16;
    uint256 internal constant BUFFER_TARGET_SHIFT = 32;
    uint256 internal constant HARVEST_FEE_SHIFT = 48;
    uint256 internal constant PAUSED_SHIFT = 64;
    uint256 internal constant SUPPLY_CAP_SHIFT = 128;
    uint256 internal constant FIELD_MASK = 0xffff;

    /// @inheritdoc IAIDMinter
    IAID public immutable aid;
    /// @inheritdoc IAIDMinter
    IERC20 public immutable usdc;
    /// @inheritdoc IAIDMinter
    IERC4626 public immutable tBillVault;
    /// @inheritdoc IAIDMinter
    address public immutable savings;

    uint256 internal _config;
    /// @inheritdoc IAIDMinter
    address public feeRecipient;

    /// @param usdc_ The reserve token (USDC, 6 decimals).
    /// @param tBillVault_ An ERC-4626 vault over `usdc_` holding tokenized Treasury bills.
    /// @param savings_ The savings vault (sAID). It is deployed after this contract, so its address is computed in
    /// advance; AID gives it an infinite allowance and harvested yield goes to it.
    /// @param admin_ The admin (a timelock in real deployments); also the first fee recipient.
    /// @param guardian_ The guardian, who may pause minting.
    constructor(IERC20 usdc_, IERC4626 tBillVault_, address savings_, address admin_, address guardian_)
        Roles(admin_, guardian_)
    {
        if (address(usdc_) == address(0) || savings_ == address(0)) revert ZeroAddress();
        if (tBillVault_.asset() != address(usdc_)) revert TBillAssetMismatch(tBillVault_.asset(), address(usdc_));
        usdc = usdc_;
        tBillVault = tBillVault_;
        savings = savings_;
        aid = new AID(address(this), savings_);
        feeRecipient = admin_;
        _config = (DEFAULT_BUFFER_TARGET_BPS << BUFFER_TARGET_SHIFT) | (DEFAULT_HARVEST_FEE_BPS << HARVEST_FEE_SHIFT)
            | (MAX_SUPPLY_CAP << SUPPLY_CAP_SHIFT);
        // The reserve only ever deposits into the T-bill vault, which is immutable: one approval for its lifetime.
        usdc_.forceApprove(address(tBillVault_), type(uint256).max);
    }

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IAIDMinter
    function reserveUsdc() public view returns (uint256) {
        return bufferUsdc() + tBillUsdc();
    }

    /// @inheritdoc IAIDMinter
    function bufferUsdc() public view returns (uint256) {
        return usdc.balanceOf(address(this));
    }

    /// @inheritdoc IAIDMinter
    function tBillUsdc() public view returns (uint256) {
        return tBillVault.convertToAssets(tBillVault.balanceOf(address(this)));
    }

    /// @inheritdoc IAIDMinter
    function redeemableUsdc() public view returns (uint256) {
        return bufferUsdc() + tBillVault.maxWithdraw(address(this));
    }

    /// @inheritdoc IAIDMinter
    function harvestable() public view returns (uint256) {
        uint256 reserveAid = reserveUsdc() * USDC_TO_AID;
        uint256 supply = aid.totalSupply();
        return reserveAid > supply + HARVEST_MARGIN_AID ? reserveAid - supply - HARVEST_MARGIN_AID : 0;
    }

    /// @inheritdoc IAIDMinter
    function mintFeeBps() public view returns (uint256) {
        return _config & FIELD_MASK;
    }

    /// @inheritdoc IAIDMinter
    function redeemFeeBps() public view returns (uint256) {
        return (_config >> REDEEM_FEE_SHIFT) & FIELD_MASK;
    }

    /// @inheritdoc IAIDMinter
    function bufferTargetBps() public view returns (uint256) {
        return (_config >> BUFFER_TARGET_SHIFT) & FIELD_MASK;
    }

    /// @inheritdoc IAIDMinter
    function harvestFeeBps() public view returns (uint256) {
        return (_config >> HARVEST_FEE_SHIFT) & FIELD_MASK;
    }

    /// @inheritdoc IAIDMinter
    function supplyCap() public view returns (uint256) {
        return _config >> SUPPLY_CAP_SHIFT;
    }

    /// @inheritdoc IAIDMinter
    function mintPaused() public view returns (bool) {
        return (_config >> PAUSED_SHIFT) & 1 != 0;
    }

    /// @inheritdoc IAIDMinter
    function previewMint(uint256 usdcAmount) public view returns (uint256) {
        return _previewMint(usdcAmount, mintFeeBps());
    }

    /// @inheritdoc IAIDMinter
    function previewRedeem(uint256 aidAmount) public view returns (uint256) {
        return _previewRedeem(aidAmount, redeemFeeBps());
    }

    /*//////////////////////////////////////////////////////////////
                               USER ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IAIDMinter
    /// @dev No reentrancy lock (it would cost gas on the hottest path for nothing): `mint` writes no storage of its
    /// own, and it calls only the immutable reserve token and AID. Even a reserve token that called back into the
    /// minter (see the tests) finds the reserve already paid for everything minted so far.
    function mint(uint256 usdcAmount, address receiver) external returns (uint256 aidAmount) {
        if (usdcAmount == 0) revert ZeroAmount();
        _checkReceiver(receiver);
        uint256 config = _config;
        if ((config >> PAUSED_SHIFT) & 1 != 0) revert MintPaused();
        aidAmount = _previewMint(usdcAmount, config & FIELD_MASK);

        // USDC is pulled before AID is minted, so AID is never created unbacked. The reserve token is a plain
        // ERC-20 (see the interface): the amount sent is the amount received, so no balance check is spent on it.
        usdc.safeTransferFrom(msg.sender, address(this), usdcAmount);
        uint256 newSupply = aid.mint(receiver, aidAmount);
        // Checked after the mint, which reports the new supply for free; a revert undoes the whole mint.
        uint256 cap = config >> SUPPLY_CAP_SHIFT;
        if (newSupply > cap) revert SupplyCapExceeded(newSupply, cap);
        emit Minted(msg.sender, receiver, usdcAmount, aidAmount);
    }

    /// @inheritdoc IAIDMinter
    function redeem(uint256 aidAmount, address receiver) external nonReentrant returns (uint256 usdcAmount) {
        if (aidAmount == 0) revert ZeroAmount();
        _checkReceiver(receiver);
        uint256 feeBps = redeemFeeBps();
        usdcAmount = _previewRedeem(aidAmount, feeBps);
        if (usdcAmount == 0) revert RedeemAmountTooSmall(aidAmount, _minRedeemAid(feeBps));
        uint256 buffer = usdc.balanceOf(address(this));
        uint256 shortfall;
        if (usdcAmount > buffer) {
            shortfall = usdcAmount - buffer;
            uint256 fromTBills = tBillVault.maxWithdraw(address(this));
            if (shortfall > fromTBills) revert InsufficientReserve(usdcAmount, buffer + fromTBills);
        }

        // Effects before the external transfers: the AID is destroyed first.
        aid.burn(msg.sender, aidAmount);
        emit Redeemed(msg.sender, receiver, aidAmount, usdcAmount);
        if (shortfall != 0) {
            tBillVault.withdraw(shortfall, address(this), address(this));
            emit TBillsWithdrawnForRedemption(shortfall);
        }
        usdc.safeTransfer(receiver, usdcAmount);
    }

    /// @inheritdoc IAIDMinter
    function rebalance() external nonReentrant returns (uint256 usdcMoved) {
        uint256 buffer = usdc.balanceOf(address(this));
        uint256 target = (buffer + tBillUsdc()) * bufferTargetBps() / BPS;
        if (buffer > target) {
            usdcMoved = buffer - target;
            // Depositing less than one T-bill share's worth would buy nothing and lose the USDC to rounding.
            if (tBillVault.previewDeposit(usdcMoved) == 0) return 0;
            emit Rebalanced(msg.sender, true, usdcMoved, target);
            tBillVault.deposit(usdcMoved, address(this));
        } else if (buffer < target) {
            usdcMoved = target - buffer;
            uint256 maxOut = tBillVault.maxWithdraw(address(this));
            if (usdcMoved > maxOut) usdcMoved = maxOut;
            if (usdcMoved == 0) return 0;
            emit Rebalanced(msg.sender, false, usdcMoved, buffer + usdcMoved);
            tBillVault.withdraw(usdcMoved, address(this), address(this));
        }
    }

    /// @inheritdoc IAIDMinter
    function harvest() external nonReentrant returns (uint256 toSavings, uint256 protocolFee) {
        uint256 reserveAid = reserveUsdc() * USDC_TO_AID;
        uint256 supply = aid.totalSupply();
        if (reserveAid <= supply + HARVEST_MARGIN_AID) revert NothingToHarvest(reserveAid, supply);
        // Only the shares locked at the dead address (or none): the yield would go to no one.
        if (IStakedAID(savings).totalSupply() <= SAVINGS_DEAD_SHARES) revert NoStakers();
        uint256 surplus = reserveAid - supply - HARVEST_MARGIN_AID;
        // The fee rounds down and the stakers' part is the rest: together they are exactly the surplus.
        protocolFee = surplus * harvestFeeBps() / BPS;
        toSavings = surplus - protocolFee;
        address recipient = feeRecipient;

        emit Harvested(msg.sender, toSavings, protocolFee, recipient);
        if (protocolFee != 0) aid.mint(recipient, protocolFee);
        if (toSavings != 0) {
            // Minted here, then pulled by the vault, which starts it vesting: the vault never trusts an amount
            // it did not receive.
            aid.mint(address(this), toSavings);
            IStakedAID(savings).addIncome(toSavings);
        }
    }

    /*//////////////////////////////////////////////////////////////
                                 ADMIN
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IAIDMinter
    function setFees(uint256 mintFeeBps_, uint256 redeemFeeBps_) external onlyAdmin {
        if (mintFeeBps_ > MAX_FEE_BPS) revert FeeTooHigh(mintFeeBps_, MAX_FEE_BPS);
        if (redeemFeeBps_ > MAX_FEE_BPS) revert FeeTooHigh(redeemFeeBps_, MAX_FEE_BPS);
        _config = (_config & ~(FIELD_MASK | (FIELD_MASK << REDEEM_FEE_SHIFT))) | mintFeeBps_
            | (redeemFeeBps_ << REDEEM_FEE_SHIFT);
        emit FeesSet(mintFeeBps_, redeemFeeBps_);
    }

    /// @inheritdoc IAIDMinter
    function setSupplyCap(uint256 supplyCap_) external onlyAdmin {
        if (supplyCap_ > MAX_SUPPLY_CAP) revert SupplyCapTooHigh(supplyCap_, MAX_SUPPLY_CAP);
        _config = (_config & ((1 << SUPPLY_CAP_SHIFT) - 1)) | (supplyCap_ << SUPPLY_CAP_SHIFT);
        emit SupplyCapSet(supplyCap_);
    }

    /// @inheritdoc IAIDMinter
    function setBufferTarget(uint256 bufferTargetBps_) external onlyAdmin {
        if (bufferTargetBps_ > BPS) revert BufferTargetTooHigh(bufferTargetBps_, BPS);
        _config = (_config & ~(FIELD_MASK << BUFFER_TARGET_SHIFT)) | (bufferTargetBps_ << BUFFER_TARGET_SHIFT);
        emit BufferTargetSet(bufferTargetBps_);
    }

    /// @inheritdoc IAIDMinter
    function setHarvestFee(uint256 harvestFeeBps_, address feeRecipient_) external onlyAdmin {
        if (harvestFeeBps_ > MAX_HARVEST_FEE_BPS) revert FeeTooHigh(harvestFeeBps_, MAX_HARVEST_FEE_BPS);
        if (feeRecipient_ == address(0)) revert ZeroAddress();
        _config = (_config & ~(FIELD_MASK << HARVEST_FEE_SHIFT)) | (harvestFeeBps_ << HARVEST_FEE_SHIFT);
        feeRecipient = feeRecipient_;
        emit HarvestFeeSet(harvestFeeBps_, feeRecipient_);
    }

    /// @inheritdoc IAIDMinter
    function setMintPaused(bool paused) external onlyGuardianOrAdmin {
        _config = paused ? _config | (1 << PAUSED_SHIFT) : _config & ~uint256(1 << PAUSED_SHIFT);
        emit MintPausedSet(paused);
    }

    /*//////////////////////////////////////////////////////////////
                                INTERNAL
    //////////////////////////////////////////////////////////////*/

    function _previewMint(uint256 usdcAmount, uint256 feeBps) internal pure returns (uint256 aidAmount) {
        if (usdcAmount > type(uint256).max / USDC_TO_AID) {
            revert AmountTooLarge(usdcAmount, type(uint256).max / USDC_TO_AID);
        }
        aidAmount = usdcAmount * USDC_TO_AID;
        // The fee rounds up, so the AID minted rounds down: in the reserve's favour. Skipped when zero (default).
        if (feeBps != 0) aidAmount -= _mulDivUp(aidAmount, feeBps, BPS);
    }

    function _previewRedeem(uint256 aidAmount, uint256 feeBps) internal pure returns (uint256) {
        // The fee rounds up and the USDC paid rounds down: both in the reserve's favour.
        if (feeBps != 0) aidAmount -= _mulDivUp(aidAmount, feeBps, BPS);
        return aidAmount / USDC_TO_AID;
    }

    /// @dev The smallest AID amount that redeems for one USDC unit at `feeBps` (for the error message only).
    function _minRedeemAid(uint256 feeBps) internal pure returns (uint256 minimum) {
        minimum = _mulDivUp(USDC_TO_AID, BPS, BPS - feeBps);
        while (_previewRedeem(minimum, feeBps) == 0) ++minimum;
    }

    function _mulDivUp(uint256 x, uint256 y, uint256 d) internal pure returns (uint256) {
        return Math.mulDiv(x, y, d, Math.Rounding.Ceil);
    }

    function _checkReceiver(address receiver) internal view {
        if (receiver == address(0) || receiver == address(this) || receiver == address(aid)) {
            revert InvalidReceiver(receiver);
        }
    }
}
