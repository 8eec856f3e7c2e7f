// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {LiquiditySilo} from "./LiquiditySilo.sol";
import {Roles} from "./Roles.sol";
import {IAID} from "./interfaces/IAID.sol";
import {ILoanManager} from "./interfaces/ILoanManager.sol";
import {IStakedAID} from "./interfaces/IStakedAID.sol";
import {LeanERC20} from "./tokens/LeanERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title StakedAID (sAID)
/// @notice The savings vault: ERC-4626 over AID with an ERC-7540 asynchronous redeem, a FIFO exit queue that fills
/// the head request in part, and the liquidity the loan manager lends. See `IStakedAID` for the two prices.
/// @dev Storage is packed so that each user path reads as few cold slots as possible:
/// - `_state`: share supply (112 bits) | vesting period (16) | income vesting (88) | vesting end (32) | pause flags (8),
///   read and written by every deposit;
/// - `_book`: the loan manager's checkpoint: value (112) | rate per second (80) | checkpoint time (32) | accrual
///   end (32), read by every deposit;
/// - `_yield`: the last harvest's yield rate (AID wei a second, 128) | its time (32), read by every deposit;
/// - `_queue`: next request id | head | cooldown | utilisation cap;
/// - per request, `_requests[id]`: controller (160) | pending shares (96), and `_requestTimes[id]`: requested at (32) |
///   cooldown at request (32) | shares filled so far (96); both deleted once the request is wholly filled or
///   cancelled;
/// - per controller, `_claimable[controller]`: filled, unclaimed AID (128) | their shares (128).
contract StakedAID is IStakedAID, LeanERC20, Roles {
    /*//////////////////////////////////////////////////////////////
                               CONSTANTS
    //////////////////////////////////////////////////////////////*/

    uint256 internal constant BPS = 10_000; // 100%
    /// @notice Income vests linearly over at most this period (Ethena's sUSDe uses the same).
    uint256 internal constant VESTING_PERIOD = 8 hours;
    /// @notice Default and maximum exit cooldown.
    uint256 internal constant DEFAULT_COOLDOWN = 3 days;
    uint256 internal constant MAX_COOLDOWN = 30 days;
    /// @notice Default and maximum utilisation cap.
    uint256 internal constant DEFAULT_UTILISATION_CAP_BPS = 9000; // 90%
    uint256 internal constant MAX_UTILISATION_CAP_BPS = 9500; // 95%
    /// @notice Shares the first deposit locks forever at `DEAD_ADDRESS`, so the supply never returns to zero and the
    /// price per share can never be inflated cheaply (first-depositor attack).
    uint256 internal constant DEAD_SHARES = 1e6;
    address internal constant DEAD_ADDRESS = 0x000000000000000000000000000000000000dEaD;
    /// @notice The largest single exit request (100 million sAID).
    uint256 internal constant MAX_REQUEST_SHARES = 1e26;
    /// @notice The most requests a draw fills before lending (beyond them, eligible exits make the draw wait).
    uint256 internal constant MAX_FILLS_ON_DRAW = 16;
    /// @notice The expected T-bill yield counts at most this long after the last harvest.
    uint256 internal constant MAX_YIELD_WINDOW = 7 days;
    /// @notice ERC-165 interface ids: ERC-165, ERC-7540 operators, ERC-7540 asynchronous redeem, ERC-7575.
    bytes4 internal constant ERC165_ID = 0x01ffc9a7;
    bytes4 internal constant ERC7540_OPERATOR_ID = 0xe3bc4e65;
    bytes4 internal constant ERC7540_REDEEM_ID = 0x620ee8e4;
    bytes4 internal constant ERC7575_ID = 0x2f0a18c5;

    uint256 internal constant MAX_SUPPLY = type(uint112).max;
    uint256 internal constant MAX_UNVESTED = type(uint88).max;
    uint256 internal constant MAX_BOOK_VALUE = type(uint112).max;
    uint256 internal constant MAX_BOOK_RATE = type(uint80).max;
    uint256 internal constant MAX_TIMESTAMP = type(uint32).max;

    // `_state` layout.
    uint256 internal constant SUPPLY_MASK = (1 << 112) - 1;
    uint256 internal constant PERIOD_SHIFT = 112;
    uint256 internal constant VESTING_SHIFT = 128;
    uint256 internal constant VESTING_END_SHIFT = 216;
    uint256 internal constant FLAGS_SHIFT = 248;
    uint256 internal constant DEPOSIT_PAUSED_FLAG = 1 << 248;
    uint256 internal constant BORROW_PAUSED_FLAG = 1 << 249;

    // `_book` layout.
    uint256 internal constant BOOK_RATE_SHIFT = 112;
    uint256 internal constant BOOK_TIME_SHIFT = 192;
    uint256 internal constant BOOK_END_SHIFT = 224;

    // `_requests`, `_requestTimes`, `_claimable` and `_yield` layouts.
    uint256 internal constant AMOUNT_SHIFT = 160;
    uint256 internal constant ADDRESS_MASK = (1 << 160) - 1;
    uint256 internal constant FILLED_SHIFT = 64;
    uint256 internal constant HIGH_SHIFT = 128;

    /*//////////////////////////////////////////////////////////////
                                STORAGE
    //////////////////////////////////////////////////////////////*/

    struct Queue {
        uint64 nextRequestId;
        uint64 head;
        uint32 cooldown;
        uint16 utilisationCapBps;
    }

    IAID internal immutable _aid;
    address internal immutable _minter;
    LiquiditySilo internal immutable _silo;

    uint256 internal _state;
    uint256 internal _book;
    uint256 internal _yield;
    Queue internal _queue;
    /// @inheritdoc IStakedAID
    address public loanManager;
    mapping(uint256 requestId => uint256 packed) internal _requests;
    mapping(uint256 requestId => uint256 packed) internal _requestTimes;
    mapping(address controller => uint256 packed) internal _claimable;
    /// @inheritdoc IStakedAID
    mapping(address controller => mapping(address operator => bool)) public isOperator;

    /// @param aid_ The AID token; it must name this vault as its savings vault (the deploy script computes this
    /// vault's address before deploying the minter, which deploys AID).
    constructor(IAID aid_, address admin_, address guardian_) LeanERC20("Staked AID", "sAID") Roles(admin_, guardian_) {
        if (aid_.savings() != address(this)) revert AidSavingsMismatch(address(this), aid_.savings());
        _aid = aid_;
        _minter = aid_.minter();
        _silo = new LiquiditySilo(IERC20(address(aid_)));
        _queue = Queue({
            nextRequestId: 1,
            head: 1,
            cooldown: uint32(DEFAULT_COOLDOWN),
            utilisationCapBps: uint16(DEFAULT_UTILISATION_CAP_BPS)
        });
    }

    /*//////////////////////////////////////////////////////////////
                             ERC-20 / ERC-4626
    //////////////////////////////////////////////////////////////*/

    function totalSupply() public view override(IERC20, LeanERC20) returns (uint256) {
        return _state & SUPPLY_MASK;
    }

    function decimals() public pure override(IERC20Metadata, LeanERC20) returns (uint8) {
        return 18;
    }

    function nonces(address owner) public view override(LeanERC20, IERC20Permit) returns (uint256) {
        return super.nonces(owner);
    }

    function asset() public view returns (address) {
        return address(_aid);
    }

    /// @notice What exits are filled at: idle AID - unvested income + loan book - impairment (see `IStakedAID`).
    function totalAssets() public view returns (uint256) {
        uint256 gross = _idle(_state) + _bookNow();
        uint256 impaired = impairment();
        return gross > impaired ? gross - impaired : 0;
    }

    /// @inheritdoc IStakedAID
    function depositAssets() public view returns (uint256) {
        return _aid.balanceOf(address(_silo)) + _bookNow() + _expectedYield();
    }

    /// @notice Shares worth `assets` at the exit price.
    function convertToShares(uint256 assets) public view returns (uint256) {
        return Math.mulDiv(assets, totalSupply() + 1, totalAssets() + 1);
    }

    /// @notice AID that `shares` are worth at the exit price (what a fill would pay now).
    function convertToAssets(uint256 shares) public view returns (uint256) {
        return Math.mulDiv(shares, totalAssets() + 1, totalSupply() + 1);
    }

    function maxDeposit(address) public view returns (uint256) {
        uint256 state = _state;
        if (state & DEPOSIT_PAUSED_FLAG != 0) return 0;
        uint256 supply = state & SUPPLY_MASK;
        if (supply == 0) return MAX_SUPPLY;
        // The most assets whose shares still fit the supply field, rounded down.
        return Math.mulDiv(MAX_SUPPLY - supply, depositAssets() + 1, supply + 1);
    }

    function maxMint(address) public view returns (uint256) {
        uint256 state = _state;
        if (state & DEPOSIT_PAUSED_FLAG != 0) return 0;
        uint256 supply = state & SUPPLY_MASK;
        return supply == 0 ? MAX_SUPPLY - DEAD_SHARES : MAX_SUPPLY - supply;
    }

    function previewDeposit(uint256 assets) public view returns (uint256 shares) {
        uint256 supply = totalSupply();
        if (supply == 0) return assets > DEAD_SHARES ? assets - DEAD_SHARES : 0;
        return Math.mulDiv(assets, supply + 1, depositAssets() + 1);
    }

    function previewMint(uint256 shares) public view returns (uint256) {
        uint256 supply = totalSupply();
        if (supply == 0) return shares + DEAD_SHARES;
        // Rounds up: the depositor pays for every share (ERC-4626).
        return Math.mulDiv(shares, depositAssets() + 1, supply + 1, Math.Rounding.Ceil);
    }

    function deposit(uint256 assets, address receiver) public returns (uint256 shares) {
        if (assets == 0) revert ZeroAmount();
        uint256 state = _state;
        if (state & DEPOSIT_PAUSED_FLAG != 0) revert DepositPaused();
        _checkReceiver(receiver);
        // The AID is pulled first because the pull returns the silo's balance, which gives the silo's AID before the
        // deposit without another call. AID is the protocol's own token (no hooks, no callbacks), so nothing can run
        // between the pull and the share mint below; a revert below undoes the pull.
        uint256 siloBalance = _aid.savingsPull(msg.sender, address(_silo), assets);
        uint256 supply = state & SUPPLY_MASK;
        if (supply == 0) {
            // 1:1 at zero supply: AID donated before the first deposit cannot move the price it buys at.
            shares = assets;
        } else {
            uint256 total = siloBalance - assets + _freshBook() + _expectedYield();
            // Rounds down: the vault keeps the remainder.
            shares = assets * (supply + 1) / (total + 1);
        }
        shares = _mintShares(state, supply, assets, shares, receiver);
    }

    /// @inheritdoc IStakedAID
    function deposit(uint256 assets, address receiver, uint256 minShares) external returns (uint256 shares) {
        shares = deposit(assets, receiver);
        if (shares < minShares) revert SharesBelowMinimum(shares, minShares);
    }

    function mint(uint256 shares, address receiver) public returns (uint256 assets) {
        if (shares == 0) revert ZeroAmount();
        uint256 state = _state;
        if (state & DEPOSIT_PAUSED_FLAG != 0) revert DepositPaused();
        _checkReceiver(receiver);
        uint256 supply = state & SUPPLY_MASK;
        uint256 gross = shares;
        if (supply == 0) {
            gross += DEAD_SHARES;
            assets = gross;
        } else {
            uint256 total = _aid.balanceOf(address(_silo)) + _freshBook() + _expectedYield();
            // Rounds up: the depositor pays for every share.
            assets = Math.mulDiv(gross, total + 1, supply + 1, Math.Rounding.Ceil);
        }
        _aid.savingsPull(msg.sender, address(_silo), assets);
        _mintShares(state, supply, assets, gross, receiver);
    }

    /// @inheritdoc IStakedAID
    function mint(uint256 shares, address receiver, uint256 maxAssets) external returns (uint256 assets) {
        assets = mint(shares, receiver);
        if (assets > maxAssets) revert AssetsAboveMaximum(assets, maxAssets);
    }

    /// @notice ERC-7540: the AID `controller` can claim with `withdraw`.
    function maxWithdraw(address controller) external view returns (uint256 assets) {
        (assets,) = claimable(controller);
    }

    /// @notice ERC-7540: the shares `controller` can claim with `redeem`.
    function maxRedeem(address controller) external view returns (uint256 shares) {
        (, shares) = claimable(controller);
    }

    /// @dev ERC-7540: an asynchronous redeem vault reverts the synchronous previews.
    function previewWithdraw(uint256) external pure returns (uint256) {
        revert SynchronousExitDisabled();
    }

    function previewRedeem(uint256) external pure returns (uint256) {
        revert SynchronousExitDisabled();
    }

    /// @notice ERC-7540 claim: sends `assets` of `controller`'s filled AID to `receiver`, using up the shares they were
    /// filled for (rounded up). The caller is the controller or its operator.
    function withdraw(uint256 assets, address receiver, address controller) external returns (uint256 shares) {
        (uint256 claimableAssets, uint256 claimableShares) = _claimableOf(controller);
        if (assets == 0) revert ZeroAmount();
        if (assets > claimableAssets) revert ExceedsClaimable(assets, claimableAssets);
        // Rounds up: the shares used up are never fewer than the AID taken is worth.
        shares = assets == claimableAssets
            ? claimableShares
            : Math.mulDiv(assets, claimableShares, claimableAssets, Math.Rounding.Ceil);
        _claim(controller, receiver, claimableAssets - assets, claimableShares - shares, assets, shares);
    }

    /// @notice ERC-7540 claim: sends the AID that `shares` of `controller`'s filled shares were filled for (rounded
    /// down) to `receiver`. The caller is the controller or its operator.
    function redeem(uint256 shares, address receiver, address controller) external returns (uint256 assets) {
        (uint256 claimableAssets, uint256 claimableShares) = _claimableOf(controller);
        if (shares == 0) revert ZeroAmount();
        if (shares > claimableShares) revert ExceedsClaimable(shares, claimableShares);
        // Rounds down: the AID taken is never more than the shares are worth.
        assets = shares == claimableShares ? claimableAssets : Math.mulDiv(shares, claimableAssets, claimableShares);
        _claim(controller, receiver, claimableAssets - assets, claimableShares - shares, assets, shares);
    }

    /// @notice ERC-165, with ERC-7540's asynchronous redeem and operators, and ERC-7575.
    function supportsInterface(bytes4 interfaceId) external pure returns (bool) {
        return interfaceId == ERC165_ID || interfaceId == ERC7540_OPERATOR_ID || interfaceId == ERC7540_REDEEM_ID
            || interfaceId == ERC7575_ID;
    }

    /// @inheritdoc IStakedAID
    function share() external view returns (address) {
        return address(this);
    }

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IStakedAID
    function vaultState() external view returns (VaultState memory v) {
        uint256 state = _state;
        Queue memory queue = _queue;
        v.idleAssets = _idle(state);
        v.bookValue = _bookNow();
        v.impairment = impairment();
        uint256 gross = v.idleAssets + v.bookValue;
        v.totalAssets = gross > v.impairment ? gross - v.impairment : 0;
        v.expectedYield = _expectedYield();
        v.depositAssets = _aid.balanceOf(address(_silo)) + v.bookValue + v.expectedYield;
        v.totalSupply = state & SUPPLY_MASK;
        v.unvestedIncome = _unvested(state);
        v.vestingEnd = uint32(state >> VESTING_END_SHIFT);
        v.utilisationBps = gross == 0 ? 0 : v.bookValue * BPS / gross;
        v.utilisationCapBps = queue.utilisationCapBps;
        v.maxDraw = maxDraw();
        v.cooldown = queue.cooldown;
        v.nextRequestId = queue.nextRequestId;
        v.queueHead = queue.head;
        v.pendingShares = balanceOf(address(this));
        v.claimableAssets = _aid.balanceOf(address(this));
        v.depositPaused = state & DEPOSIT_PAUSED_FLAG != 0;
        v.borrowPaused = state & BORROW_PAUSED_FLAG != 0;
        v.loanManager = loanManager;
        v.silo = address(_silo);
        v.minter = _minter;
    }

    /// @inheritdoc IStakedAID
    function impairment() public view returns (uint256) {
        address manager = loanManager;
        return manager == address(0) ? 0 : ILoanManager(manager).impairment();
    }

    /// @inheritdoc IStakedAID
    function maxDraw() public view returns (uint256) {
        uint256 state = _state;
        if (state & BORROW_PAUSED_FLAG != 0 || loanManager == address(0)) return 0;
        return _maxDraw(_idle(state), _bookNow());
    }

    /// @inheritdoc IStakedAID
    function borrowPaused() external view returns (bool) {
        return _state & BORROW_PAUSED_FLAG != 0;
    }

    /// @inheritdoc IStakedAID
    function getRequest(uint256 requestId) external view returns (RequestView memory r) {
        uint256 packed = _requests[requestId];
        if (packed == 0) return r;
        r.status = RequestStatus.Pending;
        r.controller = address(uint160(packed));
        r.shares = packed >> AMOUNT_SHIFT;
        uint256 times = _requestTimes[requestId];
        r.filledShares = times >> FILLED_SHIFT;
        r.assets = convertToAssets(r.shares);
        (r.requestedAt, r.eligibleAt) = _timing(times, _queue.cooldown);
        for (uint256 id = _queue.head; id < requestId; ++id) {
            r.sharesAhead += _requests[id] >> AMOUNT_SHIFT;
        }
        r.assetsAhead = convertToAssets(r.sharesAhead);
    }

    /// @inheritdoc IStakedAID
    function pendingRedeemRequest(uint256 requestId, address controller) external view returns (uint256) {
        uint256 packed = _requests[requestId];
        return packed != 0 && address(uint160(packed)) == controller ? packed >> AMOUNT_SHIFT : 0;
    }

    /// @inheritdoc IStakedAID
    function claimableRedeemRequest(uint256, address controller) external view returns (uint256 shares) {
        (, shares) = claimable(controller);
    }

    /// @inheritdoc IStakedAID
    function claimable(address controller) public view returns (uint256 assets, uint256 shares) {
        uint256 packed = _claimable[controller];
        return (uint128(packed), packed >> HIGH_SHIFT);
    }

    /*//////////////////////////////////////////////////////////////
                               EXIT QUEUE
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IStakedAID
    function requestRedeem(uint256 shares, address controller, address owner) external returns (uint256) {
        if (msg.sender != owner && !isOperator[owner][msg.sender]) _spendAllowance(owner, msg.sender, shares);
        return _requestRedeem(shares, controller, owner);
    }

    /// @inheritdoc IStakedAID
    function requestRedeem(uint256 shares) external returns (uint256) {
        return _requestRedeem(shares, msg.sender, msg.sender);
    }

    /// @inheritdoc IStakedAID
    function processRedemptions(uint256 maxCount) external returns (uint256 filled, uint256 assets) {
        (filled, assets,) = _fill(maxCount, _freshBook());
    }

    /// @inheritdoc IStakedAID
    function setOperator(address operator, bool approved) external returns (bool) {
        if (operator == msg.sender) revert InvalidReceiver(operator);
        isOperator[msg.sender][operator] = approved;
        emit OperatorSet(msg.sender, operator, approved);
        return true;
    }

    /// @inheritdoc IStakedAID
    function cancelRedeemRequest(uint256 requestId) external returns (uint256 shares) {
        uint256 packed = _requests[requestId];
        if (packed == 0) revert InvalidRequestStatus(requestId, RequestStatus.None, RequestStatus.Pending);
        address controller = address(uint160(packed));
        if (msg.sender != controller && !isOperator[controller][msg.sender]) {
            revert NotController(requestId, msg.sender, controller);
        }
        shares = packed >> AMOUNT_SHIFT;
        delete _requests[requestId];
        delete _requestTimes[requestId];
        _transfer(address(this), controller, shares);
        emit RedeemRequestCancelled(requestId, controller, shares);
    }

    /*//////////////////////////////////////////////////////////////
                               LENDING SIDE
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IStakedAID
    function draw(uint256 assets, address receiver) external {
        address manager = _onlyLoanManager();
        if (assets == 0) revert ZeroAmount();
        if (receiver == address(0) || receiver == address(this)) revert InvalidReceiver(receiver);
        if (_state & BORROW_PAUSED_FLAG != 0) revert BorrowPaused();
        // The loan manager has recorded the loan: the book it reports now includes `assets`, which is still idle.
        uint256 book = _refreshBook(manager);
        uint256 bookBefore = book > assets ? book - assets : 0;
        // Idle AID owed to eligible exits is never lent: they are filled first, at the price before the loan.
        (,, uint256 waiting) = _fill(MAX_FILLS_ON_DRAW, bookBefore);
        if (waiting != 0) revert ExitsWaiting(waiting);
        uint256 maxAssets = _maxDraw(_idle(_state), bookBefore);
        if (assets > maxAssets) revert DrawExceedsMax(assets, maxAssets);
        emit Drawn(receiver, assets);
        _silo.send(receiver, assets);
    }

    /// @inheritdoc IStakedAID
    function repayAndAddIncome(uint256 assets, uint256 income) external {
        address manager = _onlyLoanManager();
        if (assets == 0 && income == 0) revert ZeroAmount();
        _refreshBook(manager);
        if (assets != 0) emit Repaid(assets);
        if (income != 0) _vest(income);
        // AID lets this vault pull without an allowance; it only ever pulls from its caller. One pull for both.
        _aid.savingsPull(msg.sender, address(_silo), assets + income);
    }

    /// @inheritdoc IStakedAID
    function addIncome(uint256 assets) external {
        if (msg.sender != _minter && (msg.sender != loanManager || msg.sender == address(0))) {
            revert NotIncomeSource(msg.sender);
        }
        if (assets == 0) revert ZeroAmount();
        if (msg.sender == _minter) {
            // The harvest's rate over the time since the last one: deposits pay for the yield expected since.
            uint256 last = _yield >> HIGH_SHIFT;
            uint256 rate = last != 0 && block.timestamp > last ? assets / (block.timestamp - last) : 0;
            _yield = rate | (block.timestamp << HIGH_SHIFT);
        }
        _vest(assets);
        _aid.savingsPull(msg.sender, address(_silo), assets);
    }

    /// @inheritdoc IStakedAID
    function refreshBook() external {
        _refreshBook(loanManager);
    }

    /*//////////////////////////////////////////////////////////////
                                 ADMIN
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IStakedAID
    function setCooldown(uint256 cooldown_) external onlyAdmin {
        if (cooldown_ > MAX_COOLDOWN) revert CooldownTooLong(cooldown_, MAX_COOLDOWN);
        _queue.cooldown = uint32(cooldown_);
        emit CooldownSet(cooldown_);
    }

    /// @inheritdoc IStakedAID
    function setUtilisationCap(uint256 capBps) external onlyAdmin {
        if (capBps > MAX_UTILISATION_CAP_BPS) revert UtilisationCapTooHigh(capBps, MAX_UTILISATION_CAP_BPS);
        _queue.utilisationCapBps = uint16(capBps);
        emit UtilisationCapSet(capBps);
    }

    /// @inheritdoc IStakedAID
    function setLoanManager(address loanManager_) external onlyAdmin {
        if (loanManager != address(0)) revert LoanManagerAlreadySet(loanManager);
        if (loanManager_ == address(0)) revert ZeroAddress();
        loanManager = loanManager_;
        emit LoanManagerSet(loanManager_);
        _refreshBook(loanManager_);
    }

    /// @inheritdoc IStakedAID
    function pause(bool depositPaused, bool borrowPaused_) external onlyGuardianOrAdmin {
        uint256 flags = (depositPaused ? DEPOSIT_PAUSED_FLAG : 0) | (borrowPaused_ ? BORROW_PAUSED_FLAG : 0);
        _state = (_state & ~(DEPOSIT_PAUSED_FLAG | BORROW_PAUSED_FLAG)) | flags;
        emit Paused(depositPaused, borrowPaused_);
    }

    /*//////////////////////////////////////////////////////////////
                                INTERNAL
    //////////////////////////////////////////////////////////////*/

    /// @dev Shared by `deposit` and `mint`, after the AID has arrived: `shares` is the gross number (dead shares
    /// included on the first deposit). Returns the shares the receiver gets.
    function _mintShares(uint256 state, uint256 supply, uint256 assets, uint256 shares, address receiver)
        internal
        returns (uint256)
    {
        if (shares == 0) revert ZeroShares(assets);
        if (supply + shares > MAX_SUPPLY) revert ExceedsMaxDeposit(assets, maxDeposit(receiver));
        // The supply is the low bits of the state word; the vesting state and flags above it are unchanged.
        _state = state + shares;
        if (supply == 0) {
            if (shares <= DEAD_SHARES) revert FirstDepositTooSmall(shares, DEAD_SHARES + 1);
            _credit(DEAD_ADDRESS, DEAD_SHARES);
            // Cannot underflow: checked just above.
            unchecked {
                shares -= DEAD_SHARES;
            }
        }
        _credit(receiver, shares);
        emit Deposit(msg.sender, receiver, assets, shares);
        return shares;
    }

    /// @dev Fills up to `maxCount` requests from the head, at the exit price with the loan book at `book`, as far as
    /// the idle AID goes (the last one in part). Returns the requests filled, the AID set aside, and the id of an
    /// eligible request left waiting (0 if none: the queue stopped at a cooldown or its end).
    function _fill(uint256 maxCount, uint256 book) internal returns (uint256 filled, uint256 assets, uint256 waiting) {
        Queue memory queue = _queue;
        uint256 id = queue.head;
        uint256 stop = maxCount < queue.nextRequestId - id ? id + maxCount : queue.nextRequestId;
        // idle AID | total assets at the exit price | supply | shares filled, kept in memory for the stack's sake.
        uint256[4] memory b;
        b[2] = _state & SUPPLY_MASK;
        for (; id < stop; ++id) {
            uint256 packed = _requests[id];
            // Cancelled: skip it (it still counts toward `maxCount`, which bounds the loop's gas).
            if (packed == 0) continue;
            uint256 times = _requestTimes[id];
            (, uint256 eligibleAt) = _timing(times, queue.cooldown);
            if (block.timestamp < eligibleAt) break;
            // Priced once, at the first eligible request: every request of the batch is filled at the exit price before
            // the batch, rounded down, so each fill takes at most its shares' worth and the price for those who stay
            // never falls.
            if (filled == 0) (b[0], b[1]) = _exitTotals(book);
            (uint256 requestShares, uint256 requestAssets, uint256 sharesLeft) =
                _fillOne(id, packed, times, b[0] - assets, b[1], b[2]);
            if (requestShares == 0) break;
            b[3] += requestShares;
            assets += requestAssets;
            ++filled;
            if (sharesLeft != 0) break;
        }
        if (id < queue.nextRequestId) {
            // Stopped by a cooldown, the count or the idle AID: is the request here eligible and still pending?
            if (_requests[id] != 0 && block.timestamp >= _eligibleAt(id, queue.cooldown)) waiting = id;
        }
        if (id != queue.head) _queue.head = uint64(id);
        if (b[3] != 0) {
            // The escrowed shares are burned; the supply field is the low bits of the state word.
            _debit(address(this), b[3]);
            _state -= b[3];
        }
        // The AID moves from the idle liquidity to this contract, the pot the claims are paid from.
        if (assets != 0) _silo.send(address(this), assets);
    }

    /// @dev The idle AID and the exit price's total assets (idle + `book` - impairment) now.
    function _exitTotals(uint256 book) internal view returns (uint256 idle, uint256 total) {
        idle = _idle(_state);
        uint256 gross = idle + book;
        uint256 impaired = impairment();
        total = gross > impaired ? gross - impaired : 0;
    }

    /// @dev Fills request `id` (words `packed` and `times`) with at most `left` AID at `total` assets for `supply`
    /// shares: wholly (its records deleted) or in part (the rest stays pending). Credits the controller.
    function _fillOne(uint256 id, uint256 packed, uint256 times, uint256 left, uint256 total, uint256 supply)
        internal
        returns (uint256 shares, uint256 assets, uint256 sharesLeft)
    {
        address controller = address(uint160(packed));
        shares = packed >> AMOUNT_SHIFT;
        assets = shares * (total + 1) / (supply + 1);
        if (assets > left) {
            // The head of the line takes what is idle, so one large request never blocks the ones behind it for longer
            // than the idle AID takes to cover it; the rest waits for more idle AID.
            uint256 part = left * (supply + 1) / (total + 1);
            if (part == 0) return (0, 0, shares);
            sharesLeft = shares - part;
            shares = part;
            assets = part * (total + 1) / (supply + 1);
            _requests[id] = (packed & ADDRESS_MASK) | (sharesLeft << AMOUNT_SHIFT);
            _requestTimes[id] = times + (part << FILLED_SHIFT);
        } else {
            delete _requests[id];
            delete _requestTimes[id];
        }
        _claimable[controller] += assets | (shares << HIGH_SHIFT);
        emit RedeemRequestFilled(id, controller, shares, assets, sharesLeft);
    }

    /// @dev Pays a claim of `assets` AID (for `shares`) of `controller` to `receiver`, leaving it `assetsLeft` and
    /// `sharesLeft`.
    function _claim(
        address controller,
        address receiver,
        uint256 assetsLeft,
        uint256 sharesLeft,
        uint256 assets,
        uint256 shares
    ) internal {
        if (msg.sender != controller && !isOperator[controller][msg.sender]) {
            revert NotOperator(controller, msg.sender);
        }
        if (receiver == address(this)) revert InvalidReceiver(receiver);
        _claimable[controller] = assetsLeft | (sharesLeft << HIGH_SHIFT);
        emit Withdraw(msg.sender, receiver, controller, assets, shares);
        // AID reverts for the zero address receiver.
        _aid.transfer(receiver, assets);
    }

    function _claimableOf(address controller) internal view returns (uint256 assets, uint256 shares) {
        uint256 packed = _claimable[controller];
        return (uint128(packed), packed >> HIGH_SHIFT);
    }

    /// @dev `assets` of income from the caller start vesting. What is already vesting keeps at least its pace: the new
    /// total vests over `VESTING_PERIOD`, or sooner if that would release the earlier income later than planned (the
    /// new period is then the time left scaled by (old + new) / old, rounded down). The caller pulls the AID.
    function _vest(uint256 assets) internal {
        uint256 state = _state;
        uint256 unvested = _unvested(state);
        uint256 period = VESTING_PERIOD;
        if (unvested != 0) {
            uint256 scaled = (uint32(state >> VESTING_END_SHIFT) - block.timestamp) * (unvested + assets) / unvested;
            if (scaled < period) period = scaled;
        }
        unvested += assets;
        if (unvested > MAX_UNVESTED) revert IncomeTooLarge(unvested, MAX_UNVESTED);
        uint256 end = block.timestamp + period;
        _state = (state & (SUPPLY_MASK | (uint256(0xff) << FLAGS_SHIFT))) | (period << PERIOD_SHIFT)
            | (unvested << VESTING_SHIFT) | (end << VESTING_END_SHIFT);
        emit IncomeAdded(msg.sender, assets, unvested, end);
    }

    function _requestRedeem(uint256 shares, address controller, address owner) internal returns (uint256 requestId) {
        if (shares == 0) revert ZeroAmount();
        if (shares > MAX_REQUEST_SHARES) revert RequestTooLarge(shares, MAX_REQUEST_SHARES);
        if (controller == address(0) || controller == address(this)) revert InvalidReceiver(controller);
        Queue storage queue = _queue;
        requestId = queue.nextRequestId;
        uint256 cooldown_ = queue.cooldown;
        queue.nextRequestId = uint64(requestId + 1);
        _requests[requestId] = uint256(uint160(controller)) | (shares << AMOUNT_SHIFT);
        _requestTimes[requestId] = block.timestamp | (cooldown_ << 32);
        _transfer(owner, address(this), shares);
        emit RedeemRequest(controller, owner, requestId, msg.sender, shares);
    }

    function _idle(uint256 state) internal view returns (uint256) {
        uint256 balance = _aid.balanceOf(address(_silo));
        uint256 unvested = _unvested(state);
        // The silo always holds the unvested income (draws take idle AID only), so this never saturates.
        return balance > unvested ? balance - unvested : 0;
    }

    function _unvested(uint256 state) internal view returns (uint256) {
        uint256 end = uint32(state >> VESTING_END_SHIFT);
        if (block.timestamp >= end) return 0;
        // Rounds up: income counts only once it has vested. The period is never 0 while `end` is ahead. Cannot
        // overflow: 88 bits times 32 bits.
        unchecked {
            uint256 period = uint16(state >> PERIOD_SHIFT);
            return (uint88(state >> VESTING_SHIFT) * (end - block.timestamp) + period - 1) / period;
        }
    }

    /// @dev The T-bill yield expected since the last harvest: its rate times the time since, within the window.
    function _expectedYield() internal view returns (uint256) {
        uint256 packed = _yield;
        uint256 elapsed = block.timestamp - (packed >> HIGH_SHIFT);
        return uint128(packed) * (elapsed < MAX_YIELD_WINDOW ? elapsed : MAX_YIELD_WINDOW);
    }

    /// @dev The cached checkpoint's value now.
    function _bookValue(uint256 book) internal view returns (uint256) {
        if (book == 0) return 0;
        uint256 end = book >> BOOK_END_SHIFT;
        uint256 time = uint32(book >> BOOK_TIME_SHIFT);
        uint256 until = block.timestamp < end ? block.timestamp : end;
        uint256 value = uint112(book);
        return until > time ? value + uint80(book >> BOOK_RATE_SHIFT) * (until - time) : value;
    }

    /// @dev Whether the cached straight line may have stopped being the book: past its accrual end, loans whose
    /// deadlines come later still accrue.
    function _stale(uint256 book) internal view returns (bool) {
        return uint80(book >> BOOK_RATE_SHIFT) != 0 && block.timestamp > book >> BOOK_END_SHIFT;
    }

    /// @dev The book's exact value now: the cache, or the loan manager's own figure when the cache is stale.
    function _bookNow() internal view returns (uint256) {
        uint256 book = _book;
        return _stale(book) ? ILoanManager(loanManager).bookValue() : _bookValue(book);
    }

    /// @dev The book's exact value now, re-reading (and caching) the checkpoint when the cache is stale.
    function _freshBook() internal returns (uint256) {
        uint256 book = _book;
        return _stale(book) ? _refreshBook(loanManager) : _bookValue(book);
    }

    /// @dev Re-reads the checkpoint of the loan manager `manager` (the configured one, already read by the caller)
    /// and caches it; returns the book value now.
    function _refreshBook(address manager) internal returns (uint256 value) {
        if (manager == address(0)) {
            _book = 0;
            emit BookSynced(0, 0, block.timestamp);
            return 0;
        }
        (uint256 value_, uint256 rate, uint256 end) = ILoanManager(manager).bookCheckpoint();
        if (value_ > MAX_BOOK_VALUE || rate > MAX_BOOK_RATE || end < block.timestamp || end > MAX_TIMESTAMP) {
            revert InvalidBookCheckpoint(value_, rate, end);
        }
        value = value_;
        _book = value | (rate << BOOK_RATE_SHIFT) | (block.timestamp << BOOK_TIME_SHIFT) | (end << BOOK_END_SHIFT);
        emit BookSynced(value, rate, end);
    }

    /// @dev The most the loan manager may draw with `idle` AID and a book of `book`: the utilisation cap applies to
    /// the book after the draw, over idle AID plus book (unchanged by a draw).
    function _maxDraw(uint256 idle, uint256 book) internal view returns (uint256) {
        uint256 capped = (idle + book) * _queue.utilisationCapBps / BPS;
        uint256 room = capped > book ? capped - book : 0;
        return room < idle ? room : idle;
    }

    function _eligibleAt(uint256 requestId, uint256 currentCooldown) internal view returns (uint256 eligibleAt) {
        (, eligibleAt) = _timing(_requestTimes[requestId], currentCooldown);
    }

    function _timing(uint256 times, uint256 currentCooldown)
        internal
        pure
        returns (uint256 requestedAt, uint256 eligibleAt)
    {
        requestedAt = uint32(times);
        uint256 cooldownAtRequest = uint32(times >> 32);
        // Lowering the cooldown helps a waiting request; raising it never delays one.
        eligibleAt = requestedAt + (cooldownAtRequest < currentCooldown ? cooldownAtRequest : currentCooldown);
    }

    /// @dev Returns the loan manager, which is the caller.
    function _onlyLoanManager() internal view returns (address manager) {
        manager = loanManager;
        if (msg.sender != manager || msg.sender == address(0)) revert NotLoanManager(msg.sender);
    }
}
