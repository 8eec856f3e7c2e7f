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
/// @notice The savings vault: ERC-4626 over AID, a FIFO exit queue, and the liquidity the loan manager lends.
/// @dev Storage is packed so that each user path reads as few cold slots as possible:
/// - `_state`: share supply (128 bits) | income vesting (88) | vesting end (32) | pause flags (8), read and written
///   by every deposit;
/// - `_book`: the loan manager's checkpoint: value (112) | rate per second (80) | checkpoint time (32) | accrual
///   end (32), read by every deposit;
/// - `_queue`: next request id | head | cooldown | utilisation cap;
/// - per request, `_requests[id]`: controller (160) | filled flag (1) | shares or, once filled, assets (95), and
///   `_requestTimes[id]`: requested at (32) | cooldown at request (32), cleared when filled (or, only above a share
///   price of 396 AID, the filled assets, when they do not fit the first slot).
contract StakedAID is IStakedAID, LeanERC20, Roles {
    /*//////////////////////////////////////////////////////////////
                               CONSTANTS
    //////////////////////////////////////////////////////////////*/

    uint256 internal constant BPS = 10_000; // 100%
    /// @notice Income vests linearly over this period (Ethena's sUSDe uses the same).
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
    /// @notice The largest single exit request (100 million sAID). Its AID at fill fits the request's first slot up to
    /// a share price of 396 AID (above it, the second slot holds it).
    uint256 internal constant MAX_REQUEST_SHARES = 1e26;

    uint256 internal constant MAX_SUPPLY = type(uint128).max;
    uint256 internal constant MAX_UNVESTED = type(uint88).max;
    uint256 internal constant MAX_BOOK_VALUE = type(uint112).max;
    uint256 internal constant MAX_BOOK_RATE = type(uint80).max;
    uint256 internal constant MAX_TIMESTAMP = type(uint32).max;
    /// @dev The largest amount a request's first slot holds; as a filled amount it means "in the second slot".
    uint256 internal constant LARGE_AMOUNT = (1 << 95) - 1;

    // `_state` layout.
    uint256 internal constant SUPPLY_MASK = (1 << 128) - 1;
    uint256 internal constant VESTING_SHIFT = 128;
    uint256 internal constant VESTING_END_SHIFT = 216;
    uint256 internal constant FLAGS_SHIFT = 248;
    uint256 internal constant DEPOSIT_PAUSED_FLAG = 1 << 248;
    uint256 internal constant BORROW_PAUSED_FLAG = 1 << 249;

    // `_book` layout.
    uint256 internal constant BOOK_RATE_SHIFT = 112;
    uint256 internal constant BOOK_TIME_SHIFT = 192;
    uint256 internal constant BOOK_END_SHIFT = 224;

    // `_requests` layout.
    uint256 internal constant FILLED_FLAG = 1 << 160;
    uint256 internal constant AMOUNT_SHIFT = 161;
    uint256 internal constant ADDRESS_MASK = (1 << 160) - 1;

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
    Queue internal _queue;
    /// @inheritdoc IStakedAID
    address public loanManager;
    mapping(uint256 requestId => uint256 packed) internal _requests;
    mapping(uint256 requestId => uint256 packed) internal _requestTimes;

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

    function totalAssets() public view returns (uint256 assets) {
        (assets,) = _totalAssets(_state);
    }

    function convertToShares(uint256 assets) public view returns (uint256) {
        uint256 state = _state;
        (uint256 total,) = _totalAssets(state);
        return Math.mulDiv(assets, (state & SUPPLY_MASK) + 1, total + 1);
    }

    function convertToAssets(uint256 shares) public view returns (uint256) {
        uint256 state = _state;
        (uint256 total,) = _totalAssets(state);
        return Math.mulDiv(shares, total + 1, (state & SUPPLY_MASK) + 1);
    }

    function maxDeposit(address) public view returns (uint256) {
        uint256 state = _state;
        if (state & DEPOSIT_PAUSED_FLAG != 0) return 0;
        (uint256 total,) = _totalAssets(state);
        // The most assets whose shares still fit the supply slot, rounded down.
        return Math.mulDiv(MAX_SUPPLY - (state & SUPPLY_MASK), total + 1, (state & SUPPLY_MASK) + 1);
    }

    function maxMint(address) public view returns (uint256) {
        uint256 state = _state;
        if (state & DEPOSIT_PAUSED_FLAG != 0) return 0;
        uint256 supply = state & SUPPLY_MASK;
        return supply == 0 ? MAX_SUPPLY - DEAD_SHARES : MAX_SUPPLY - supply;
    }

    function previewDeposit(uint256 assets) public view returns (uint256 shares) {
        uint256 state = _state;
        (uint256 total,) = _totalAssets(state);
        uint256 supply = state & SUPPLY_MASK;
        shares = Math.mulDiv(assets, supply + 1, total + 1);
        if (supply == 0) shares = shares > DEAD_SHARES ? shares - DEAD_SHARES : 0;
    }

    function previewMint(uint256 shares) public view returns (uint256 assets) {
        uint256 state = _state;
        (uint256 total,) = _totalAssets(state);
        uint256 supply = state & SUPPLY_MASK;
        if (supply == 0) shares += DEAD_SHARES;
        // Rounds up: the depositor pays for every share (ERC-4626).
        assets = Math.mulDiv(shares, total + 1, supply + 1, Math.Rounding.Ceil);
    }

    function deposit(uint256 assets, address receiver) external returns (uint256 shares) {
        if (assets == 0) revert ZeroAmount();
        uint256 state = _state;
        if (state & DEPOSIT_PAUSED_FLAG != 0) revert DepositPaused();
        _checkReceiver(receiver);
        // The AID is pulled first because the pull returns the silo's balance, which gives the idle AID before the
        // deposit without another call. AID is the protocol's own token (no hooks, no callbacks), so nothing can run
        // between the pull and the share mint below; a revert below undoes the pull.
        uint256 siloBalance = _aid.savingsPull(msg.sender, address(_silo), assets);
        uint256 total = _idleOf(siloBalance - assets, state) + _bookValue(_book);
        uint256 supply = state & SUPPLY_MASK;
        // Rounds down: the vault keeps the remainder.
        shares = _mintShares(state, supply, assets, assets * (supply + 1) / (total + 1), receiver);
    }

    function mint(uint256 shares, address receiver) external returns (uint256 assets) {
        if (shares == 0) revert ZeroAmount();
        uint256 state = _state;
        if (state & DEPOSIT_PAUSED_FLAG != 0) revert DepositPaused();
        _checkReceiver(receiver);
        (uint256 total,) = _totalAssets(state);
        uint256 supply = state & SUPPLY_MASK;
        uint256 gross = supply == 0 ? shares + DEAD_SHARES : shares;
        // Rounds up: the depositor pays for every share.
        assets = Math.mulDiv(gross, total + 1, supply + 1, Math.Rounding.Ceil);
        _aid.savingsPull(msg.sender, address(_silo), assets);
        _mintShares(state, supply, assets, gross, receiver);
    }

    /// @dev Synchronous exits are disabled: an exit is `requestRedeem`, `processRedemptions`, then `claim`.
    function maxWithdraw(address) external pure returns (uint256) {
        return 0;
    }

    function maxRedeem(address) external pure returns (uint256) {
        return 0;
    }

    function previewWithdraw(uint256) external pure returns (uint256) {
        revert SynchronousExitDisabled();
    }

    function previewRedeem(uint256) external pure returns (uint256) {
        revert SynchronousExitDisabled();
    }

    function withdraw(uint256, address, address) external pure returns (uint256) {
        revert SynchronousExitDisabled();
    }

    function redeem(uint256, address, address) external pure returns (uint256) {
        revert SynchronousExitDisabled();
    }

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IStakedAID
    function vaultState() external view returns (VaultState memory v) {
        uint256 state = _state;
        Queue memory queue = _queue;
        v.idleAssets = _idle(state);
        v.bookValue = _bookValue(_book);
        v.totalAssets = v.idleAssets + v.bookValue;
        v.totalSupply = state & SUPPLY_MASK;
        v.unvestedIncome = _unvested(state);
        v.vestingEnd = uint32(state >> VESTING_END_SHIFT);
        v.utilisationBps = v.totalAssets == 0 ? 0 : v.bookValue * BPS / v.totalAssets;
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
    function maxDraw() public view returns (uint256) {
        uint256 state = _state;
        if (state & BORROW_PAUSED_FLAG != 0 || loanManager == address(0)) return 0;
        return _maxDraw(_idle(state), _bookValue(_book));
    }

    /// @inheritdoc IStakedAID
    function borrowPaused() external view returns (bool) {
        return _state & BORROW_PAUSED_FLAG != 0;
    }

    /// @inheritdoc IStakedAID
    function getRequest(uint256 requestId) external view returns (RequestView memory r) {
        uint256 packed = _requests[requestId];
        r.controller = address(uint160(packed));
        if (packed == 0) return r;
        uint256 amount = packed >> AMOUNT_SHIFT;
        if (packed & FILLED_FLAG != 0) {
            r.status = RequestStatus.Filled;
            r.assets = amount == LARGE_AMOUNT ? _requestTimes[requestId] : amount;
            return r;
        }
        r.status = RequestStatus.Pending;
        r.shares = amount;
        r.assets = convertToAssets(amount);
        (r.requestedAt, r.eligibleAt) = _timing(_requestTimes[requestId], _queue.cooldown);
        for (uint256 id = _queue.head; id < requestId; ++id) {
            uint256 ahead = _requests[id];
            if (ahead != 0 && ahead & FILLED_FLAG == 0) r.sharesAhead += ahead >> AMOUNT_SHIFT;
        }
        r.assetsAhead = convertToAssets(r.sharesAhead);
    }

    /// @inheritdoc IStakedAID
    function pendingRedeemRequest(uint256 requestId, address controller) external view returns (uint256) {
        uint256 packed = _requests[requestId];
        if (address(uint160(packed)) != controller || packed & FILLED_FLAG != 0) return 0;
        return packed >> AMOUNT_SHIFT;
    }

    /// @inheritdoc IStakedAID
    function claimableRedeemRequest(uint256 requestId, address controller) external view returns (uint256) {
        uint256 packed = _requests[requestId];
        if (address(uint160(packed)) != controller || packed & FILLED_FLAG == 0) return 0;
        uint256 amount = packed >> AMOUNT_SHIFT;
        return amount == LARGE_AMOUNT ? _requestTimes[requestId] : amount;
    }

    /*//////////////////////////////////////////////////////////////
                               EXIT QUEUE
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IStakedAID
    function requestRedeem(uint256 shares, address controller, address owner) external returns (uint256) {
        if (msg.sender != owner) _spendAllowance(owner, msg.sender, shares);
        return _requestRedeem(shares, controller, owner);
    }

    /// @inheritdoc IStakedAID
    function requestRedeem(uint256 shares) external returns (uint256) {
        return _requestRedeem(shares, msg.sender, msg.sender);
    }

    /// @inheritdoc IStakedAID
    function processRedemptions(uint256 maxCount) external returns (uint256 filled, uint256 assets) {
        Queue memory queue = _queue;
        uint256 state = _state;
        (uint256 total, uint256 idle) = _totalAssets(state);
        uint256 supply = state & SUPPLY_MASK;
        uint256 shares;
        uint256 id = queue.head;
        uint256 end = queue.nextRequestId;
        uint256 stop = maxCount < end - id ? id + maxCount : end;
        for (; id < stop; ++id) {
            uint256 packed = _requests[id];
            // Cancelled: skip it (it still counts toward `maxCount`, which bounds the loop's gas).
            if (packed == 0) continue;
            (, uint256 eligibleAt) = _timing(_requestTimes[id], queue.cooldown);
            if (block.timestamp < eligibleAt) break;
            uint256 requestShares = packed >> AMOUNT_SHIFT;
            // Every request in the batch is filled at the price before the batch, rounded down: each fill removes
            // at most its shares' worth, so the price for those who stay never falls.
            uint256 requestAssets = requestShares * (total + 1) / (supply + 1);
            if (requestAssets > idle - assets) break;
            address controller = address(uint160(packed));
            if (requestAssets < LARGE_AMOUNT) {
                _requests[id] = (packed & ADDRESS_MASK) | FILLED_FLAG | (requestAssets << AMOUNT_SHIFT);
                delete _requestTimes[id];
            } else {
                // Only above a share price of 396 AID: the amount moves to the second slot, marked by the sentinel.
                _requests[id] = (packed & ADDRESS_MASK) | FILLED_FLAG | (LARGE_AMOUNT << AMOUNT_SHIFT);
                _requestTimes[id] = requestAssets;
            }
            shares += requestShares;
            assets += requestAssets;
            ++filled;
            emit RedeemRequestFilled(id, controller, requestShares, requestAssets);
        }
        _queue.head = uint64(id);
        if (shares != 0) {
            // The escrowed shares are burned; the supply slot also holds the vesting state, left as it is.
            _debit(address(this), shares);
            _state = state - shares;
        }
        // The AID moves from the idle liquidity to this contract, the pot the claims are paid from.
        if (assets != 0) _silo.send(address(this), assets);
    }

    /// @inheritdoc IStakedAID
    function claim(uint256 requestId, address receiver) external returns (uint256 assets) {
        uint256 packed = _requests[requestId];
        if (packed & FILLED_FLAG == 0) revert InvalidRequestStatus(requestId, _status(packed), RequestStatus.Filled);
        address controller = address(uint160(packed));
        if (msg.sender != controller) revert NotController(requestId, msg.sender, controller);
        if (receiver == address(this)) revert InvalidReceiver(receiver);
        assets = packed >> AMOUNT_SHIFT;
        delete _requests[requestId];
        if (assets == LARGE_AMOUNT) {
            assets = _requestTimes[requestId];
            delete _requestTimes[requestId];
        }
        emit RedeemClaimed(requestId, controller, receiver, assets);
        // AID reverts for the zero address receiver.
        _aid.transfer(receiver, assets);
    }

    /// @inheritdoc IStakedAID
    function cancelRedeemRequest(uint256 requestId) external returns (uint256 shares) {
        uint256 packed = _requests[requestId];
        if (packed == 0 || packed & FILLED_FLAG != 0) {
            revert InvalidRequestStatus(requestId, _status(packed), RequestStatus.Pending);
        }
        address controller = address(uint160(packed));
        if (msg.sender != controller) revert NotController(requestId, msg.sender, controller);
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
        uint256 state = _state;
        if (state & BORROW_PAUSED_FLAG != 0) revert BorrowPaused();
        // The loan manager has recorded the loan: the book it reports now includes `assets`.
        uint256 book = _refreshBook(manager);
        uint256 idle = _idle(state);
        uint256 bookBefore = book > assets ? book - assets : 0;
        uint256 maxAssets = _maxDraw(idle, bookBefore);
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
        uint256 book = _bookValue(_book);
        if (book != 0) revert LoanBookNotEmpty(book);
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
        // The supply is the low 128 bits of the state word; the vesting state and flags above it are unchanged.
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

    /// @dev `assets` of income from the caller start vesting: what is still vesting vests again, with the new income,
    /// over a full period from now. The caller pulls the AID.
    function _vest(uint256 assets) internal {
        uint256 state = _state;
        uint256 unvested = _unvested(state) + assets;
        if (unvested > MAX_UNVESTED) revert IncomeTooLarge(unvested, MAX_UNVESTED);
        uint256 end = block.timestamp + VESTING_PERIOD;
        _state = (state & (SUPPLY_MASK | (uint256(0xff) << FLAGS_SHIFT))) | (unvested << VESTING_SHIFT)
            | (end << VESTING_END_SHIFT);
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

    /// @dev Total assets and idle AID from the state word: idle (silo balance less unvested income) plus the book.
    function _totalAssets(uint256 state) internal view returns (uint256 total, uint256 idle) {
        idle = _idle(state);
        total = idle + _bookValue(_book);
    }

    function _idle(uint256 state) internal view returns (uint256) {
        return _idleOf(_aid.balanceOf(address(_silo)), state);
    }

    /// @dev Idle AID when the silo holds `balance`: the balance less the income still vesting.
    function _idleOf(uint256 balance, uint256 state) internal view returns (uint256) {
        uint256 unvested = _unvested(state);
        // The silo always holds the unvested income (draws take idle AID only), so this never saturates.
        return balance > unvested ? balance - unvested : 0;
    }

    function _unvested(uint256 state) internal view returns (uint256) {
        uint256 end = uint32(state >> VESTING_END_SHIFT);
        if (block.timestamp >= end) return 0;
        // Rounds up: income counts only once it has vested. Cannot overflow: 88 bits times 32 bits.
        unchecked {
            return (uint88(state >> VESTING_SHIFT) * (end - block.timestamp) + VESTING_PERIOD - 1) / VESTING_PERIOD;
        }
    }

    function _bookValue(uint256 book) internal view returns (uint256) {
        if (book == 0) return 0;
        uint256 end = book >> BOOK_END_SHIFT;
        uint256 time = uint32(book >> BOOK_TIME_SHIFT);
        uint256 until = block.timestamp < end ? block.timestamp : end;
        uint256 value = uint112(book);
        return until > time ? value + uint80(book >> BOOK_RATE_SHIFT) * (until - time) : value;
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
    /// the book after the draw, over total assets (unchanged by a draw).
    function _maxDraw(uint256 idle, uint256 book) internal view returns (uint256) {
        uint256 capped = (idle + book) * _queue.utilisationCapBps / BPS;
        uint256 room = capped > book ? capped - book : 0;
        return room < idle ? room : idle;
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

    function _status(uint256 packed) internal pure returns (RequestStatus) {
        if (packed == 0) return RequestStatus.None;
        return packed & FILLED_FLAG != 0 ? RequestStatus.Filled : RequestStatus.Pending;
    }

    /// @dev Returns the loan manager, which is the caller.
    function _onlyLoanManager() internal view returns (address manager) {
        manager = loanManager;
        if (msg.sender != manager || msg.sender == address(0)) revert NotLoanManager(msg.sender);
    }
}
