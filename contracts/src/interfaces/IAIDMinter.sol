// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAID} from "./IAID.sol";
import {IRoles} from "./IRoles.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title AID minter and reserve (peg stability module)
/// @notice Mints AID 1:1 for USDC and redeems AID 1:1 for USDC, scaling 6 decimals to 18, less a fee (default 0,
/// hard cap 1%). Permissionless: anyone may mint or redeem. Rounding always favours the reserve.
/// The USDC received is the reserve: a liquid buffer held here plus shares of a tokenized Treasury-bill vault
/// (ERC-4626 over USDC). `rebalance()` (anyone) moves the reserve toward the buffer target (default 20%);
/// `redeem` pulls from the T-bill vault itself when the buffer is short, so no one can lock redemptions.
/// `harvest()` (anyone) mints the reserve's surplus over the AID supply as AID: the yield to the savings vault
/// (sAID), where it vests over 8 hours, and a protocol fee to the fee recipient.
/// Promise: reserve value (buffer + T-bill shares at their value) >= AID supply, always.
/// The reserve token must be a plain ERC-20 such as USDC: a fee-on-transfer or rebasing token is not supported
/// (the minter trusts `transferFrom` to deliver the exact amount, as Maker's LitePSM does).
interface IAIDMinter is IRoles {
    /*//////////////////////////////////////////////////////////////
                                 ERRORS
    //////////////////////////////////////////////////////////////*/

    /// @notice The amount is zero.
    error ZeroAmount();

    /// @notice Tokens cannot be sent to this receiver (the zero address, the minter or the AID token),
    /// where they would be lost.
    error InvalidReceiver(address receiver);

    /// @notice After the fee, the AID amount is worth less than one unit of USDC, so it would redeem for nothing.
    /// @param aidAmount The AID amount asked for (18 decimals).
    /// @param minimum The smallest AID amount that redeems for at least one USDC unit at the current fee.
    error RedeemAmountTooSmall(uint256 aidAmount, uint256 minimum);

    /// @notice The USDC amount is so large that its AID equivalent would overflow.
    /// @param usdcAmount The USDC amount asked for (6 decimals).
    /// @param maximum The largest USDC amount that can be converted.
    error AmountTooLarge(uint256 usdcAmount, uint256 maximum);

    /// @notice The reserve (buffer plus what the T-bill vault will pay out now) holds less USDC than the
    /// redemption pays.
    /// @param requested The USDC the redemption would pay.
    /// @param available The USDC the reserve can pay out now.
    error InsufficientReserve(uint256 requested, uint256 available);

    /// @notice Minting is paused by the guardian. Redemption never is.
    error MintPaused();

    /// @notice The mint would take the AID supply above the cap.
    /// @param newSupply The supply the mint would reach.
    /// @param cap The supply cap.
    error SupplyCapExceeded(uint256 newSupply, uint256 cap);

    /// @notice A fee above its hard cap.
    error FeeTooHigh(uint256 feeBps, uint256 maxFeeBps);

    /// @notice A buffer target above 100%.
    error BufferTargetTooHigh(uint256 bufferTargetBps, uint256 maxBps);

    /// @notice A supply cap above the largest one the contract can represent.
    error SupplyCapTooHigh(uint256 cap, uint256 maxCap);

    /// @notice The reserve holds no surplus above the harvest margin.
    /// @param reserveAid The reserve value in AID units (18 decimals).
    /// @param supply The AID supply.
    error NothingToHarvest(uint256 reserveAid, uint256 supply);

    /// @notice The savings vault has no shares but the ones locked forever, so harvested yield would go to no one.
    error NoStakers();

    /// @notice The T-bill vault's asset is not the reserve token.
    error TBillAssetMismatch(address tBillAsset, address usdc);

    /*//////////////////////////////////////////////////////////////
                                 EVENTS
    //////////////////////////////////////////////////////////////*/

    /// @notice AID was minted for USDC. The fee is `usdcIn * 1e12 - aidOut`.
    event Minted(address indexed caller, address indexed receiver, uint256 usdcIn, uint256 aidOut);

    /// @notice AID was redeemed for USDC.
    event Redeemed(address indexed caller, address indexed receiver, uint256 aidIn, uint256 usdcOut);

    /// @notice USDC moved between the buffer and the T-bill vault (`toTBills` true: into T-bills).
    event Rebalanced(address indexed caller, bool toTBills, uint256 usdcMoved, uint256 bufferAfter);

    /// @notice USDC was withdrawn from the T-bill vault to pay a redemption the buffer could not cover.
    event TBillsWithdrawnForRedemption(uint256 usdcWithdrawn);

    /// @notice The reserve surplus was minted as AID: `toSavings` to the savings vault, `protocolFee` to `feeRecipient`.
    event Harvested(address indexed caller, uint256 toSavings, uint256 protocolFee, address indexed feeRecipient);

    /// @notice The admin set the mint and redeem fees.
    event FeesSet(uint256 mintFeeBps, uint256 redeemFeeBps);

    /// @notice The admin set the AID supply cap.
    event SupplyCapSet(uint256 supplyCap);

    /// @notice The admin set the buffer target.
    event BufferTargetSet(uint256 bufferTargetBps);

    /// @notice The admin set the protocol's share of harvested yield and where it goes.
    event HarvestFeeSet(uint256 harvestFeeBps, address indexed feeRecipient);

    /// @notice The guardian or admin paused or unpaused minting.
    event MintPausedSet(bool paused);

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @notice The AID token this minter controls.
    function aid() external view returns (IAID);

    /// @notice The USDC token held in reserve.
    function usdc() external view returns (IERC20);

    /// @notice The T-bill vault (ERC-4626 over USDC) holding the rest of the reserve.
    function tBillVault() external view returns (IERC4626);

    /// @notice The savings vault (sAID) that receives harvested yield.
    function savings() external view returns (address);

    /// @notice Total reserve value in USDC (6 decimals): the buffer plus the T-bill shares at their value.
    function reserveUsdc() external view returns (uint256);

    /// @notice The liquid USDC buffer held by this contract (6 decimals).
    function bufferUsdc() external view returns (uint256);

    /// @notice The value in USDC of the T-bill shares held (6 decimals), rounded down.
    function tBillUsdc() external view returns (uint256);

    /// @notice The USDC a redemption can pay out right now: the buffer plus what the T-bill vault lets this
    /// contract withdraw.
    function redeemableUsdc() external view returns (uint256);

    /// @notice What `harvest()` would mint now in total (yield plus protocol fee), in AID (18 decimals); 0 if none.
    function harvestable() external view returns (uint256);

    /// @notice Fee on mints, in basis points of the AID value minted.
    function mintFeeBps() external view returns (uint256);

    /// @notice Fee on redemptions, in basis points of the AID redeemed.
    function redeemFeeBps() external view returns (uint256);

    /// @notice The share of the reserve `rebalance()` keeps liquid, in basis points.
    function bufferTargetBps() external view returns (uint256);

    /// @notice The protocol's share of harvested yield, in basis points.
    function harvestFeeBps() external view returns (uint256);

    /// @notice The largest AID supply minting may reach (18 decimals).
    function supplyCap() external view returns (uint256);

    /// @notice Whether minting is paused.
    function mintPaused() external view returns (bool);

    /// @notice Where the protocol's share of harvested yield goes.
    function feeRecipient() external view returns (address);

    /// @notice AID out for `usdcAmount` USDC in, after the mint fee (rounded in the reserve's favour).
    /// Reverts with `AmountTooLarge` where `mint` would. Ignores the pause and the cap.
    function previewMint(uint256 usdcAmount) external view returns (uint256 aidAmount);

    /// @notice USDC out for `aidAmount` AID in, after the redeem fee, rounded down (in the reserve's favour).
    function previewRedeem(uint256 aidAmount) external view returns (uint256 usdcAmount);

    /*//////////////////////////////////////////////////////////////
                               USER ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @notice Pulls `usdcAmount` USDC (6 decimals) from the caller and mints its AID value, less the mint fee, to
    /// `receiver`. The USDC stays in the buffer; `rebalance()` moves it to T-bills later.
    /// @dev Needs a USDC allowance of at least `usdcAmount` for this contract.
    /// @return aidAmount The AID minted (18 decimals).
    function mint(uint256 usdcAmount, address receiver) external returns (uint256 aidAmount);

    /// @notice Burns `aidAmount` AID from the caller and sends its USDC value, less the redeem fee and rounded
    /// down, to `receiver`. If the buffer is short, the shortfall is withdrawn from the T-bill vault first.
    /// @dev No AID allowance is needed: the minter burns the caller's own AID. The sub-unit remainder is burned
    /// with the rest and stays in the reserve as surplus. Cannot be paused.
    /// @return usdcAmount The USDC sent (6 decimals).
    function redeem(uint256 aidAmount, address receiver) external returns (uint256 usdcAmount);

    /// @notice Anyone: moves USDC between the buffer and the T-bill vault toward the buffer target.
    /// @return usdcMoved The USDC moved (0 when already on target).
    function rebalance() external returns (uint256 usdcMoved);

    /// @notice Anyone: mints the surplus of the reserve over the AID supply (less a small margin that absorbs the
    /// T-bill vault's rounding) as AID: the protocol fee to the fee recipient, the rest to the savings vault, where
    /// it vests over 8 hours.
    /// @return toSavings The AID sent to the savings vault.
    /// @return protocolFee The AID sent to the fee recipient.
    function harvest() external returns (uint256 toSavings, uint256 protocolFee);

    /*//////////////////////////////////////////////////////////////
                                 ADMIN
    //////////////////////////////////////////////////////////////*/

    /// @notice Admin only: sets both fees, each at most `MAX_FEE_BPS` (1%).
    function setFees(uint256 mintFeeBps, uint256 redeemFeeBps) external;

    /// @notice Admin only: sets the supply cap (may be below the current supply: then only minting stops).
    function setSupplyCap(uint256 supplyCap) external;

    /// @notice Admin only: sets the buffer target, at most 100%.
    function setBufferTarget(uint256 bufferTargetBps) external;

    /// @notice Admin only: sets the protocol's share of harvested yield (at most `MAX_HARVEST_FEE_BPS`) and its
    /// recipient.
    function setHarvestFee(uint256 harvestFeeBps, address feeRecipient) external;

    /// @notice Guardian or admin: pauses or unpauses minting. Redemption has no pause.
    function setMintPaused(bool paused) external;
}
