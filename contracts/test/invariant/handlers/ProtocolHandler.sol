// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AIDMinter} from "../../../src/AIDMinter.sol";
import {StakedAID} from "../../../src/StakedAID.sol";
import {IAID} from "../../../src/interfaces/IAID.sol";
import {IStakedAID} from "../../../src/interfaces/IStakedAID.sol";
import {MockUSDC} from "../../../src/mocks/MockUSDC.sol";
import {MockLoanManager} from "../../mocks/MockLoanManager.sol";
import {Defaults} from "../../utils/Defaults.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

/// @title ProtocolHandler
/// @notice Drives the whole protocol (minter, reserve, savings vault, exit queue, a mock loan manager) with bounded,
/// always-valid actions by several actors, with time passing, and keeps ghost accounts. It never reverts: inputs are
/// bounded and impossible actions skipped (and counted).
contract ProtocolHandler is CommonBase, StdCheats, StdUtils {
    AIDMinter public immutable minter;
    StakedAID public immutable vault;
    MockUSDC public immutable usdc;
    IAID public immutable aid;
    MockLoanManager public immutable loanManager;
    address public immutable admin;
    address public immutable guardian;
    address public immutable borrower;

    address[] internal _actors;
    uint256[] internal _requestIds;
    mapping(uint256 requestId => address controller) public controllerOf;

    /// @dev AID created by `mint` and by `harvest`, destroyed by `redeem`.
    uint256 public ghostAidMinted;
    uint256 public ghostAidHarvested;
    uint256 public ghostAidBurned;
    /// @dev Losses recognised by the loan manager.
    uint256 public ghostLosses;
    /// @dev Queue promises broken (must stay 0): a request filled before its cooldown, or out of order.
    uint256 public ghostEarlyFills;
    uint256 public ghostOutOfOrderFills;
    /// @dev Times the share price fell across an action that was not a recognised loss (must stay 0).
    uint256 public ghostPriceDrops;

    mapping(string action => uint256 count) public calls;
    mapping(string action => uint256 count) public skips;

    constructor(
        AIDMinter minter_,
        StakedAID vault_,
        MockLoanManager loanManager_,
        address admin_,
        address guardian_,
        address borrower_,
        address[] memory actors_
    ) {
        minter = minter_;
        vault = vault_;
        usdc = MockUSDC(address(minter_.usdc()));
        aid = minter_.aid();
        loanManager = loanManager_;
        admin = admin_;
        guardian = guardian_;
        borrower = borrower_;
        _actors = actors_;
    }

    modifier priceChecked() {
        uint256 before = vault.convertToAssets(1e18);
        _;
        if (vault.convertToAssets(1e18) < before) ghostPriceDrops++;
    }

    function actors() external view returns (address[] memory) {
        return _actors;
    }

    function requestIds() external view returns (uint256[] memory) {
        return _requestIds;
    }

    /*//////////////////////////////////////////////////////////////
                                 MINTER
    //////////////////////////////////////////////////////////////*/

    function mint(uint256 actorSeed, uint256 usdcAmount) public priceChecked {
        address actor = _actor(actorSeed);
        usdcAmount = bound(usdcAmount, 1, usdc.FAUCET_LIMIT());
        if (minter.mintPaused()) return _skip("mint");
        _topUp(actor, usdcAmount);
        vm.startPrank(actor);
        usdc.approve(address(minter), usdcAmount);
        ghostAidMinted += minter.mint(usdcAmount, actor);
        vm.stopPrank();
        calls["mint"]++;
    }

    function redeem(uint256 actorSeed, uint256 aidAmount) external priceChecked {
        address actor = _actor(actorSeed);
        uint256 balance = aid.balanceOf(actor);
        if (balance == 0) return _skip("redeem");
        aidAmount = bound(aidAmount, 1, balance);
        uint256 usdcOut = minter.previewRedeem(aidAmount);
        if (usdcOut == 0 || usdcOut > minter.redeemableUsdc()) return _skip("redeem");
        vm.prank(actor);
        minter.redeem(aidAmount, actor);
        ghostAidBurned += aidAmount;
        calls["redeem"]++;
    }

    function rebalance() external priceChecked {
        minter.rebalance();
        calls["rebalance"]++;
    }

    function harvest() external priceChecked {
        // The minter refuses (NoStakers) while only the vault's 1e6 dead shares exist: the yield would go to no one.
        if (minter.harvestable() == 0 || vault.totalSupply() <= 1e6) return _skip("harvest");
        (uint256 toSavings, uint256 fee) = minter.harvest();
        ghostAidHarvested += toSavings + fee;
        calls["harvest"]++;
    }

    function donateUsdc(uint256 actorSeed, uint256 usdcAmount) external priceChecked {
        address actor = _actor(actorSeed);
        usdcAmount = bound(usdcAmount, 1, 1000e6);
        _topUp(actor, usdcAmount);
        vm.prank(actor);
        usdc.transfer(address(minter), usdcAmount);
        calls["donateUsdc"]++;
    }

    /*//////////////////////////////////////////////////////////////
                                SAVINGS
    //////////////////////////////////////////////////////////////*/

    function deposit(uint256 actorSeed, uint256 assets) external priceChecked {
        address actor = _actor(actorSeed);
        assets = bound(assets, 2e6, 100_000e18);
        if (vault.maxDeposit(actor) < assets) return _skip("deposit");
        if (aid.balanceOf(actor) < assets) {
            if (minter.mintPaused()) return _skip("deposit");
            mint(actorSeed, (assets - aid.balanceOf(actor)) / Defaults.USDC_TO_AID + 1);
        }
        if (vault.previewDeposit(assets) == 0) return _skip("deposit");
        vm.prank(actor);
        vault.deposit(assets, actor);
        calls["deposit"]++;
    }

    function mintShares(uint256 actorSeed, uint256 shares) external priceChecked {
        address actor = _actor(actorSeed);
        shares = bound(shares, 2e6, 50_000e18);
        if (vault.maxMint(actor) < shares) return _skip("mintShares");
        uint256 assets = vault.previewMint(shares);
        if (aid.balanceOf(actor) < assets) {
            if (minter.mintPaused()) return _skip("mintShares");
            mint(actorSeed, (assets - aid.balanceOf(actor)) / Defaults.USDC_TO_AID + 1);
        }
        // At a very high share price (say, only the dead shares left while income vests) one faucet call is not
        // enough.
        if (aid.balanceOf(actor) < assets) return _skip("mintShares");
        vm.prank(actor);
        vault.mint(shares, actor);
        calls["mintShares"]++;
    }

    function requestRedeem(uint256 actorSeed, uint256 shares) external priceChecked {
        address actor = _actor(actorSeed);
        uint256 balance = vault.balanceOf(actor);
        if (balance == 0) return _skip("requestRedeem");
        shares = bound(shares, 1, balance);
        vm.prank(actor);
        uint256 id = vault.requestRedeem(shares);
        _requestIds.push(id);
        controllerOf[id] = actor;
        calls["requestRedeem"]++;
    }

    function processRedemptions(uint256 maxCount) external priceChecked {
        maxCount = bound(maxCount, 0, 8);
        IStakedAID.VaultState memory s = vault.vaultState();
        uint256 headBefore = s.queueHead;
        // Record which requests were pending before, and when each became eligible.
        uint256 end = s.nextRequestId;
        uint256[] memory eligibleAt = new uint256[](end);
        uint256[] memory pendingBefore = new uint256[](end);
        for (uint256 id = headBefore; id < end; ++id) {
            IStakedAID.RequestView memory r = vault.getRequest(id);
            pendingBefore[id] = r.shares;
            eligibleAt[id] = r.eligibleAt;
        }
        vault.processRedemptions(maxCount);
        uint256 headAfter = vault.vaultState().queueHead;
        for (uint256 id = headBefore; id < end; ++id) {
            if (pendingBefore[id] == 0) continue;
            uint256 pendingAfter = vault.getRequest(id).shares;
            bool filled = pendingAfter < pendingBefore[id];
            if (filled && block.timestamp < eligibleAt[id]) ghostEarlyFills++;
            // FIFO: only the new head may be filled in part, nothing after it; nothing before it is still pending.
            if (filled && id > headAfter) ghostOutOfOrderFills++;
            if (filled && id == headAfter && pendingAfter == 0) ghostOutOfOrderFills++;
            if (id < headAfter && pendingAfter != 0) ghostOutOfOrderFills++;
        }
        calls["processRedemptions"]++;
    }

    function claim(uint256 actorSeed) external priceChecked {
        address controller = _actor(actorSeed);
        uint256 shares = vault.maxRedeem(controller);
        if (shares == 0) return _skip("claim");
        vm.prank(controller);
        vault.redeem(shares, controller, controller);
        calls["claim"]++;
    }

    function cancel(uint256 requestSeed) external priceChecked {
        if (_requestIds.length == 0) return _skip("cancel");
        uint256 id = _requestIds[requestSeed % _requestIds.length];
        if (vault.getRequest(id).status != IStakedAID.RequestStatus.Pending) return _skip("cancel");
        vm.prank(controllerOf[id]);
        vault.cancelRedeemRequest(id);
        calls["cancel"]++;
    }

    function transferShares(uint256 fromSeed, uint256 toSeed, uint256 shares) external priceChecked {
        address from = _actor(fromSeed);
        uint256 balance = vault.balanceOf(from);
        if (balance == 0) return _skip("transferShares");
        vm.prank(from);
        vault.transfer(_actor(toSeed), bound(shares, 1, balance));
        calls["transferShares"]++;
    }

    /*//////////////////////////////////////////////////////////////
                              LENDING SIDE
    //////////////////////////////////////////////////////////////*/

    function openLoan(uint256 principal, uint256 term) external priceChecked {
        uint256 max = vault.maxDraw();
        if (max == 0) return _skip("openLoan");
        principal = bound(principal, 1, max);
        uint256 rate = principal * 1500 / Defaults.BPS / 365 days; // 15% a year
        loanManager.openLoan(principal, borrower, rate, block.timestamp + bound(term, 1 days, 60 days));
        calls["openLoan"]++;
    }

    function repay(uint256 amount) external priceChecked {
        uint256 book = loanManager.bookValue();
        uint256 held = aid.balanceOf(borrower);
        uint256 max = book < held ? book : held;
        if (max == 0) return _skip("repay");
        amount = bound(amount, 1, max);
        vm.prank(borrower);
        aid.transfer(address(loanManager), amount);
        // Whatever the rate was, a repayment of the whole book leaves nothing accruing.
        loanManager.repay(amount, amount == book ? 0 : loanManager.rate());
        calls["repay"]++;
    }

    function payIncome(uint256 amount) external priceChecked {
        uint256 held = aid.balanceOf(borrower);
        if (held == 0) return _skip("payIncome");
        amount = bound(amount, 1, held);
        vm.prank(borrower);
        aid.transfer(address(loanManager), amount);
        loanManager.payIncome(amount);
        calls["payIncome"]++;
    }

    /// @dev The one action allowed to lower the share price.
    function recogniseLoss(uint256 amount) external {
        uint256 book = loanManager.bookValue();
        if (book == 0) return _skip("recogniseLoss");
        amount = bound(amount, 1, book);
        loanManager.recogniseLoss(amount);
        ghostLosses += amount;
        calls["recogniseLoss"]++;
    }

    /*//////////////////////////////////////////////////////////////
                            TIME AND ROLES
    //////////////////////////////////////////////////////////////*/

    function warp(uint256 seconds_) external priceChecked {
        seconds_ = bound(seconds_, 1, 10 days);
        vm.warp(block.timestamp + seconds_);
        vm.roll(block.number + seconds_ / Defaults.BLOCK_TIME + 1);
        calls["warp"]++;
    }

    function pauseMint(bool paused) external priceChecked {
        vm.prank(guardian);
        minter.setMintPaused(paused);
        calls["pauseMint"]++;
    }

    function pauseVault(bool depositPaused, bool borrowPaused) external priceChecked {
        vm.prank(guardian);
        vault.pause(depositPaused, borrowPaused);
        calls["pauseVault"]++;
    }

    function setCooldown(uint256 cooldown) external priceChecked {
        vm.prank(admin);
        vault.setCooldown(bound(cooldown, 0, 30 days));
        calls["setCooldown"]++;
    }

    /*//////////////////////////////////////////////////////////////
                                 GHOSTS
    //////////////////////////////////////////////////////////////*/

    /// @dev AID set aside for filled, unclaimed requests, and shares of pending ones, from the tracked requests.
    function pendingAndClaimable() external view returns (uint256 pendingShares, uint256 claimableAssets) {
        for (uint256 i; i < _requestIds.length; ++i) {
            IStakedAID.RequestView memory r = vault.getRequest(_requestIds[i]);
            if (r.status == IStakedAID.RequestStatus.Pending) pendingShares += r.shares;
        }
        for (uint256 i; i < _actors.length; ++i) {
            claimableAssets += vault.maxWithdraw(_actors[i]);
        }
    }

    function _actor(uint256 seed) internal view returns (address) {
        return _actors[seed % _actors.length];
    }

    function _topUp(address actor, uint256 usdcAmount) internal {
        uint256 balance = usdc.balanceOf(actor);
        if (balance < usdcAmount) usdc.faucet(actor, usdcAmount - balance);
    }

    function _skip(string memory action) internal {
        skips[action]++;
    }
}
