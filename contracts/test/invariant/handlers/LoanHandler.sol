// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AIDMinter} from "../../../src/AIDMinter.sol";
import {GPUTitleRegistry} from "../../../src/GPUTitleRegistry.sol";
import {LoanManager} from "../../../src/LoanManager.sol";
import {StakedAID} from "../../../src/StakedAID.sol";
import {IAID} from "../../../src/interfaces/IAID.sol";
import {IGPUTitleRegistry} from "../../../src/interfaces/IGPUTitleRegistry.sol";
import {ILoans} from "../../../src/interfaces/ILoans.sol";
import {IStakedAID} from "../../../src/interfaces/IStakedAID.sol";
import {MockUSDC} from "../../../src/mocks/MockUSDC.sol";
import {LoanDefaults as L} from "../../utils/LoanDefaults.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";
import {Vm} from "forge-std/Vm.sol";

/// @title LoanHandler
/// @notice Drives lending end to end with several stakers, borrowers and bidders over time: staking and exits, title
/// listings and re-appraisals, loans, scheduled, partial, late and full repayments, every default trigger, bids at
/// any point of the auction, write-offs, surplus claims, the guardian's borrow pause and book refreshes. Inputs are
/// bounded and impossible actions skipped (and counted), so it never reverts. Ghosts record what the invariants
/// compare against: AID created or destroyed while lending (must stay 0), losses, and share-price drops that were not
/// a recognised loss (must stay 0).
contract LoanHandler is CommonBase, StdCheats, StdUtils {
    AIDMinter public immutable minter;
    StakedAID public immutable vault;
    MockUSDC public immutable usdc;
    IAID public immutable aid;
    GPUTitleRegistry public immutable registry;
    LoanManager public immutable loans;
    address public immutable appraiser;
    address public immutable guardian;

    address[] internal _stakers;
    address[] internal _borrowers;
    address[] internal _bidders;
    uint256 internal _nextSerial = 1_000_000;

    /// @dev AID supply changed during a loan-manager call (must stay 0: lending never mints or burns).
    uint256 public ghostSupplyChanges;
    /// @dev Losses known on chain: the impairment each liquidation added (what the loan may leave unpaid beyond the
    /// insurance cover set aside for it).
    uint256 public ghostLosses;
    /// @dev The exit price fell across an action that made no loss known (must stay 0).
    uint256 public ghostPriceDrops;
    /// @dev sAID's total assets fell by more than the loss an action made known (must stay 0).
    uint256 public ghostDropsAboveLoss;
    /// @dev A settlement realised a loss above the impairment it replaced (must stay 0).
    uint256 public ghostLossAboveEstimate;
    /// @dev After a fill or a loan, an eligible request waited while more than dust sat idle (must stay 0).
    uint256 public ghostHeadWaitingWithIdle;
    /// @dev A deposit was worth less than it paid by more than one share's worth, at the deposit price (must stay 0).
    uint256 public ghostDepositorShortfalls;

    /// @dev Who opened each loan: its borrower for good, whoever holds or pledges the title later.
    mapping(uint256 loanId => address borrower) public ghostBorrower;
    /// @dev Loans opened on a title that another account pledged before (the pledgor epoch moved on).
    uint256 public ghostLoansFromAnotherPledgor;

    mapping(string action => uint256 count) public calls;
    mapping(string action => uint256 count) public skips;

    constructor(
        LoanManager loans_,
        AIDMinter minter_,
        address appraiser_,
        address guardian_,
        address[] memory stakers_,
        address[] memory borrowers_,
        address[] memory bidders_
    ) {
        loans = loans_;
        minter = minter_;
        vault = StakedAID(loans_.vault());
        registry = GPUTitleRegistry(loans_.registry());
        usdc = MockUSDC(address(minter_.usdc()));
        aid = minter_.aid();
        appraiser = appraiser_;
        guardian = guardian_;
        _stakers = stakers_;
        _borrowers = borrowers_;
        _bidders = bidders_;
    }

    function holders() external view returns (address[] memory all) {
        all = new address[](_stakers.length + _borrowers.length + _bidders.length);
        uint256 n;
        for (uint256 i; i < _stakers.length; ++i) {
            all[n++] = _stakers[i];
        }
        for (uint256 i; i < _borrowers.length; ++i) {
            all[n++] = _borrowers[i];
        }
        for (uint256 i; i < _bidders.length; ++i) {
            all[n++] = _bidders[i];
        }
    }

    /// @dev Wraps a loan-manager action: AID supply must not move, and the share price may fall only by the loss the
    /// action recognised.
    modifier lending(string memory action) {
        uint256 supply = aid.totalSupply();
        uint256 price = vault.convertToAssets(1e18);
        uint256 assets = vault.totalAssets();
        uint256 pot = aid.balanceOf(address(vault));
        uint256 lossesBefore = ghostLosses;
        _;
        if (aid.totalSupply() != supply) ghostSupplyChanges++;
        uint256 loss = ghostLosses - lossesBefore;
        if (loss == 0 && vault.convertToAssets(1e18) < price) ghostPriceDrops++;
        // Exits a draw filled first left the vault's assets for the claims pot: they are not a loss.
        uint256 assetsAfter = vault.totalAssets() + aid.balanceOf(address(vault)) - pot;
        if (assetsAfter < assets && assets - assetsAfter > loss) ghostDropsAboveLoss++;
        calls[action]++;
    }

    /*//////////////////////////////////////////////////////////////
                                 SAVERS
    //////////////////////////////////////////////////////////////*/

    function stake(uint256 seed, uint256 amount) external {
        address staker = _pick(_stakers, seed);
        amount = bound(amount, 1000e18, 500_000e18);
        if (vault.vaultState().depositPaused) return _skip("stake");
        _fundAid(staker, amount);
        uint256 exitPrice = vault.convertToAssets(1e18);
        vm.prank(staker);
        uint256 shares = vault.deposit(amount, staker);
        // At the deposit price, the shares are worth what was paid, less at most one share's worth of rounding.
        uint256 depositAssets = vault.depositAssets();
        uint256 supply = vault.totalSupply();
        uint256 worth = shares * (depositAssets + 1) / (supply + 1);
        if (worth + (depositAssets + 1) / (supply + 1) + 1 < amount) ghostDepositorShortfalls++;
        // A deposit never buys in below the exit price: those already in never lose by it.
        if (vault.convertToAssets(1e18) < exitPrice) ghostDepositorShortfalls++;
        calls["stake"]++;
    }

    /// @dev Anyone sends AID straight to the silo (a donation: finding 3's attack before or between deposits).
    function donate(uint256 amount) external {
        amount = bound(amount, 1, 1_000_000e18);
        address donor = _bidders[amount % _bidders.length];
        _fundAid(donor, amount);
        address silo = vault.vaultState().silo;
        vm.prank(donor);
        aid.transfer(silo, amount);
        calls["donate"]++;
    }

    function requestExit(uint256 seed, uint256 shares) external {
        address staker = _pick(_stakers, seed);
        uint256 balance = vault.balanceOf(staker);
        if (balance == 0) return _skip("requestExit");
        shares = bound(shares, 1, balance);
        vm.prank(staker);
        vault.requestRedeem(shares);
        calls["requestExit"]++;
    }

    function processExits(uint256 count) external {
        uint256 maxCount = bound(count, 1, 5);
        (uint256 filled,) = vault.processRedemptions(maxCount);
        if (filled < maxCount) _checkHead();
        calls["processExits"]++;
    }

    /// @dev An eligible request at the head may wait only if the idle AID left is under one share's worth.
    function _checkHead() internal {
        IStakedAID.VaultState memory s = vault.vaultState();
        if (s.queueHead >= s.nextRequestId) return;
        IStakedAID.RequestView memory r = vault.getRequest(s.queueHead);
        if (r.status != IStakedAID.RequestStatus.Pending || block.timestamp < r.eligibleAt) return;
        if (s.idleAssets > vault.convertToAssets(1) + 1) ghostHeadWaitingWithIdle++;
    }

    /*//////////////////////////////////////////////////////////////
                                 TITLES
    //////////////////////////////////////////////////////////////*/

    function listTitle(uint256 seed, uint256 value) external {
        address owner = _pick(_borrowers, seed);
        value = bound(value, 200_000e18, 1_500_000e18);
        bytes32[] memory serials = new bytes32[](1);
        serials[0] = bytes32(bytes(vm.toString(_nextSerial++)));
        IGPUTitleRegistry.TitleInput memory input = IGPUTitleRegistry.TitleInput({
            modelId: 1,
            gpuCount: 1,
            serials: serials,
            dataCenter: "Equinix SV5",
            dataCenterTier: 3,
            purchasePrice: uint96(value),
            purchaseDate: uint40(block.timestamp - 1 days),
            insurance: IGPUTitleRegistry.Insurance({
                insurer: "Lloyd's",
                policyId: "POL-1",
                coverage: uint96(value),
                expiry: uint40(block.timestamp + 365 days)
            })
        });
        vm.prank(owner);
        uint256 titleId = registry.submit(input);
        vm.prank(appraiser);
        registry.appraise(titleId, uint96(value), uint40(block.timestamp + 180 days), keccak256("appraisal"));
        calls["listTitle"]++;
    }

    /// @dev The appraiser re-values a pledged title (30% to 150% of its value now), which may breach its LTV.
    function reappraise(uint256 seed, uint256 factorBps) external {
        uint256 loanId = _pickLoan(seed, ILoans.LoanStatus.Active);
        if (loanId == 0) return _skip("reappraise");
        uint256 titleId = loans.loan(loanId).titleId;
        IGPUTitleRegistry.Title memory t = registry.title(titleId);
        if (t.insurance.expiry <= block.timestamp) return _skip("reappraise");
        uint256 base = t.currentValue == 0 ? t.appraisedValue : t.currentValue;
        uint256 value = base * bound(factorBps, 3000, 15_000) / 10_000;
        if (value == 0) return _skip("reappraise");
        vm.prank(appraiser);
        registry.appraise(titleId, uint96(value), uint40(block.timestamp + 90 days), keccak256("re-appraisal"));
        calls["reappraise"]++;
    }

    /*//////////////////////////////////////////////////////////////
                                 LOANS
    //////////////////////////////////////////////////////////////*/

    function openLoan(uint256 seed, uint256 principalSeed) external {
        address owner = _pick(_borrowers, seed);
        (uint256 titleId, uint256 value) = _freeTitle(owner, seed);
        if (titleId == 0 || vault.borrowPaused()) return _skip("openLoan");
        uint256 max = value * loans.parameters().maxLtvBps / 10_000;
        uint256 available = vault.maxDraw();
        if (available < max) max = available;
        // Loans of up to 500,000 AID, so the 2.7 million staked back several at once.
        if (max > 500_000e18) max = 500_000e18;
        if (max < L.MIN_PRINCIPAL) return _skip("openLoan");
        uint256 principal = bound(principalSeed, L.MIN_PRINCIPAL, max);
        _open(owner, titleId, principal);
    }

    function _open(address owner, uint256 titleId, uint256 principal) internal lending("openLoan") {
        vm.prank(owner);
        ghostBorrower[loans.openLoan(titleId, principal, owner)] = owner;
        (, uint256 epoch) = registry.pledgorOf(titleId);
        if (epoch != 0) ghostLoansFromAnotherPledgor++;
        _checkHead();
    }

    /// @dev A free title changes hands (a borrower's, or one a bidder bought at auction) to a borrower, so the next loan
    /// on it has another pledgor than the last.
    function passTitle(uint256 seed, uint256 toSeed) external {
        address from = seed % 3 == 0 ? _pick(_bidders, seed / 3) : _pick(_borrowers, seed / 3);
        address to = _pick(_borrowers, toSeed);
        (uint256 titleId,) = _freeTitle(from, seed);
        if (titleId == 0 || to == from) return _skip("passTitle");
        vm.prank(from);
        registry.transferFrom(from, to, titleId);
        calls["passTitle"]++;
    }

    /// @dev Pays exactly what the schedule asks (on time or, after a warp, late).
    function payScheduled(uint256 seed) external {
        uint256 loanId = _pickLoan(seed, ILoans.LoanStatus.Active);
        if (loanId == 0) return _skip("payScheduled");
        (uint256 amount,) = loans.nextPayment(loanId);
        _pay(_pick(_borrowers, seed), loanId, amount, "payScheduled");
    }

    /// @dev Any amount, by anyone, from one wei to the payoff.
    function repay(uint256 seed, uint256 amount) external {
        uint256 loanId = _pickLoan(seed, ILoans.LoanStatus.Active);
        if (loanId == 0) return _skip("repay");
        amount = bound(amount, 1, loans.payoffAmount(loanId));
        _pay(_pick(_bidders, seed), loanId, amount, "repay");
    }

    function payOff(uint256 seed) external {
        uint256 loanId = _pickLoan(seed, ILoans.LoanStatus.Active);
        if (loanId == 0) return _skip("payOff");
        _pay(loans.loan(loanId).borrower, loanId, loans.payoffAmount(loanId), "payOff");
    }

    /// @dev The borrower repays the whole fixed debt during the auction and keeps the title.
    function redeemDuringAuction(uint256 seed) external {
        uint256 loanId = _pickLoan(seed, ILoans.LoanStatus.Liquidating);
        // After an auction ended with no bid, only `closeAuction` settles it (finding 8).
        if (loanId == 0 || block.timestamp > loans.loan(loanId).auctionEnd) return _skip("redeemDuringAuction");
        _pay(loans.loan(loanId).borrower, loanId, loans.payoffAmount(loanId), "redeemDuringAuction");
    }

    function _pay(address payer, uint256 loanId, uint256 amount, string memory action) internal {
        if (amount == 0) return _skip(action);
        _fundAid(payer, amount);
        _repayAs(payer, loanId, amount, action);
    }

    function _repayAs(address payer, uint256 loanId, uint256 amount, string memory action) internal lending(action) {
        vm.prank(payer);
        loans.repay(loanId, amount);
    }

    /// @dev Liquidates a loan that has defaulted; on odd seeds, first lets a healthy one miss its deadline.
    function liquidate(uint256 seed) external {
        uint256 loanId = _pickLoan(seed, ILoans.LoanStatus.Active);
        if (loanId == 0) return _skip("liquidate");
        ILoans.LoanView memory v = loans.loan(loanId);
        if (v.defaultReason == ILoans.DefaultReason.None && seed % 2 == 1) {
            _warpTo(v.deadline + 1 + seed % 3 days);
            v = loans.loan(loanId);
        }
        if (v.defaultReason == ILoans.DefaultReason.None) return _skip("liquidate");
        _liquidate(loanId);
    }

    function _liquidate(uint256 loanId) internal lending("liquidate") {
        uint256 before = vault.impairment();
        loans.liquidate(loanId);
        ghostLosses += vault.impairment() - before;
    }

    function bid(uint256 seed, uint256 wait) external {
        uint256 loanId = _pickLoan(seed, ILoans.LoanStatus.Liquidating);
        if (loanId == 0) return _skip("bid");
        ILoans.LoanView memory v = loans.loan(loanId);
        uint256 at = v.auctionStart + bound(wait, 0, L.AUCTION);
        if (at > block.timestamp) _warpTo(at);
        if (block.timestamp > v.auctionEnd) return _skip("bid");
        address bidder = _pick(_bidders, seed);
        _fundAid(bidder, loans.auctionPrice(loanId));
        _bid(bidder, loanId);
    }

    function _bid(address bidder, uint256 loanId) internal lending("bid") {
        uint256 before = vault.impairment();
        vm.recordLogs();
        vm.prank(bidder);
        loans.bid(loanId);
        if (_loss(ILoans.AuctionSettled.selector, 5) > before - vault.impairment()) ghostLossAboveEstimate++;
    }

    function closeAuction(uint256 seed) external {
        uint256 loanId = _pickLoan(seed, ILoans.LoanStatus.Liquidating);
        if (loanId == 0) return _skip("closeAuction");
        uint256 end = loans.loan(loanId).auctionEnd;
        if (block.timestamp <= end) _warpTo(end + 1);
        _close(loanId);
    }

    function _close(uint256 loanId) internal lending("closeAuction") {
        uint256 before = vault.impairment();
        vm.recordLogs();
        loans.closeAuction(loanId);
        if (_loss(ILoans.LoanWrittenOff.selector, 1) > before - vault.impairment()) ghostLossAboveEstimate++;
    }

    function claimSurplus(uint256 seed) external {
        uint256 loanId = _pickLoan(seed, ILoans.LoanStatus.Sold);
        if (loanId == 0 || loans.loan(loanId).surplusClaimable == 0) return _skip("claimSurplus");
        _claim(loanId);
    }

    function _claim(uint256 loanId) internal lending("claimSurplus") {
        address borrower = ghostBorrower[loanId];
        vm.prank(borrower);
        loans.claimSurplus(loanId, borrower);
    }

    /*//////////////////////////////////////////////////////////////
                            TIME AND ROLES
    //////////////////////////////////////////////////////////////*/

    function warp(uint256 seconds_) external {
        _warpTo(block.timestamp + bound(seconds_, 1 hours, 30 days));
        calls["warp"]++;
    }

    /// @dev Pauses new loans a quarter of the time, unpauses otherwise.
    function pauseBorrowing(uint256 seed) external {
        vm.prank(guardian);
        vault.pause(false, seed % 4 == 0);
        calls["pauseBorrowing"]++;
    }

    function refreshBook() external {
        vault.refreshBook();
        calls["refreshBook"]++;
    }

    /*//////////////////////////////////////////////////////////////
                                HELPERS
    //////////////////////////////////////////////////////////////*/

    function _pick(address[] storage list, uint256 seed) internal view returns (address) {
        return list[seed % list.length];
    }

    /// @dev A loan in `status`, starting the search at a seeded id; 0 if none.
    function _pickLoan(uint256 seed, ILoans.LoanStatus status) internal view returns (uint256) {
        uint256 count = loans.loanCount();
        if (count == 0) return 0;
        uint256 start = seed % count;
        for (uint256 i; i < count; ++i) {
            uint256 id = (start + i) % count + 1;
            if (loans.loan(id).status == status) return id;
        }
        return 0;
    }

    /// @dev An Appraised title of `owner` with a current value; (0, 0) if none.
    function _freeTitle(address owner, uint256 seed) internal view returns (uint256, uint256) {
        uint256 last = registry.lastTitleId();
        if (last == 0) return (0, 0);
        uint256 start = seed % last;
        for (uint256 i; i < last; ++i) {
            uint256 id = (start + i) % last + 1;
            if (
                registry.ownerOf(id) == owner && registry.statusOf(id) == IGPUTitleRegistry.Status.Appraised
                    && registry.currentValue(id) != 0
            ) return (id, registry.currentValue(id));
        }
        return (0, 0);
    }

    /// @dev Gives `actor` at least `amount` AID, minted from faucet USDC, and approves the loan manager.
    function _fundAid(address actor, uint256 amount) internal {
        uint256 balance = aid.balanceOf(actor);
        if (balance < amount) {
            uint256 usdcAmount = (amount - balance) / 1e12 + 1;
            while (usdcAmount != 0) {
                uint256 part = usdcAmount > usdc.FAUCET_LIMIT() ? usdc.FAUCET_LIMIT() : usdcAmount;
                usdc.faucet(actor, part);
                vm.startPrank(actor);
                usdc.approve(address(minter), part);
                minter.mint(part, actor);
                vm.stopPrank();
                usdcAmount -= part;
            }
        }
        vm.prank(actor);
        aid.approve(address(loans), type(uint256).max);
    }

    /// @dev The `index`-th data word of the last `selector` event recorded (the loss field).
    function _loss(bytes32 selector, uint256 index) internal returns (uint256 loss) {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].topics[0] == selector) {
                bytes memory data = logs[i].data;
                assembly ("memory-safe") {
                    loss := mload(add(data, add(0x20, mul(index, 0x20))))
                }
            }
        }
    }

    function _warpTo(uint256 timestamp) internal {
        vm.roll(block.number + (timestamp - block.timestamp) / 12 + 1);
        vm.warp(timestamp);
    }

    function _skip(string memory action) internal {
        skips[action]++;
    }
}
