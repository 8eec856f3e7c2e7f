// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Roles} from "./Roles.sol";
import {IAID} from "./interfaces/IAID.sol";
import {IGPUTitleRegistry} from "./interfaces/IGPUTitleRegistry.sol";
import {ILoanManager} from "./interfaces/ILoanManager.sol";
import {ILoans} from "./interfaces/ILoans.sol";
import {IStakedAID} from "./interfaces/IStakedAID.sol";
import {Depreciation} from "./libraries/Depreciation.sol";
import {DutchAuction} from "./libraries/DutchAuction.sol";
import {LoanMath} from "./libraries/LoanMath.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {LibBit} from "solady/utils/LibBit.sol";

/// @title LoanManager
/// @notice Lends the savings vault's AID against GPU titles (see `ILoans` for the product, `ILoanManager` for what the
/// vault relies on). It also holds the insurance fund: its own AID balance, less the borrowers' unclaimed surpluses.
/// @dev The loan book, O(1) in the number of loans (Maple's loan manager is the model):
/// - `_book`: value at the last update (principal + counted interest of every open loan, recognised losses already
///   taken out) | the sum of the per-second rates of performing loans | last update | earliest deadline.
/// - A loan counts `bookRate` a second from `paidThrough` until its payment deadline (due date + grace). Deadlines
///   fall on whole days, so the rates are also summed per deadline day in `_expiring`, with a bitmap of the days that
///   have one (`_liveDays`). When the clock passes a deadline, the rates due that day leave the sum by themselves,
///   in every view, with no transaction: the book never counts interest past a missed deadline (Maple's
///   impairment). Finding the next deadline reads at most `SCAN_WORDS` bitmap words, whatever the number of loans.
/// - A liquidated loan keeps its principal and the interest counted until the default in the book, at a zero rate,
///   until its auction settles; then the sale, the insurance fund and, for the rest, a recognised loss take it out.
/// Storage is laid out for the gas of the user operations: opening a loan writes one new word (the loan), and every
/// operation reads and writes the two global words (`_book`, `_config`) and one deadline bucket. Per loan:
/// - word 0 (written at opening, updated by every operation): pledgor epoch | title | principal | schedule anchor day |
///   paid through | APR | protocol share | status | installments paid | term | liquidation threshold | history flag.
///   The borrower is the title's pledgor in that epoch (`_borrowerOf`): the registry keeps the current one (it
///   records the pledgor anyway), and `_pastPledgors` the one of each ended epoch, written by the loan that ends it
///   (a title pledged by someone else than its last pledgor). So a loan fits one word and a new borrower costs no
///   slot of its own: a first loan costs what any loan costs.
/// - word 1 (written by the first payment that does not close the loan): original principal | opened at. Until then
///   they are word 0's principal and paid-through time.
/// - word 2 (written on liquidation, which also writes word 1): auction start | title value at default | interest
///   and penalty owed at default | liquidation fee; deleted by the sale (for the storage refund). Once sold, word 0's
///   principal field holds the borrower's unclaimed surplus.
contract LoanManager is ILoans, ILoanManager, Roles, ReentrancyGuardTransient {
    /*//////////////////////////////////////////////////////////////
                               CONSTANTS
    //////////////////////////////////////////////////////////////*/

    uint256 internal constant BPS = 10_000; // 100%
    uint256 internal constant WAD = 1e18;

    /// @notice Bounds on the terms (`Parameters`), and their defaults.
    uint256 public constant MIN_MAX_LTV_BPS = 1000; // 10%
    uint256 public constant MAX_MAX_LTV_BPS = 8000; // 80%, USD.AI's stated limit
    uint256 public constant DEFAULT_MAX_LTV_BPS = 7000; // 70%
    uint256 public constant MIN_LIQUIDATION_THRESHOLD_BPS = 5000; // 50%, and always above the max LTV
    uint256 public constant MAX_LIQUIDATION_THRESHOLD_BPS = 9500; // 95%
    uint256 public constant DEFAULT_LIQUIDATION_THRESHOLD_BPS = 8500; // 85%
    uint256 public constant MIN_APR_BPS = 100; // 1% a year
    uint256 public constant MAX_APR_BPS = 5000; // 50% a year
    uint256 public constant DEFAULT_APR_BPS = 1500; // 15% a year
    uint256 public constant MIN_TERM_PERIODS = 1;
    uint256 public constant MAX_TERM_PERIODS = 36; // three years of 30-day periods
    uint256 public constant DEFAULT_TERM_PERIODS = 12;
    uint256 public constant MAX_ORIGINATION_FEE_BPS = 300; // 3%
    uint256 public constant DEFAULT_ORIGINATION_FEE_BPS = 100; // 1%
    uint256 public constant MAX_PROTOCOL_SHARE_BPS = 2500; // 25% of interest
    uint256 public constant DEFAULT_PROTOCOL_SHARE_BPS = 1000; // 10% of interest
    uint256 public constant MAX_LIQUIDATION_FEE_BPS = 1000; // 10% of the debt
    uint256 public constant DEFAULT_LIQUIDATION_FEE_BPS = 500; // 5% of the debt

    /// @notice The smallest loan (dust loans cost more to liquidate than they are worth).
    uint256 public constant MIN_PRINCIPAL = 100e18; // 100 AID
    /// @notice The largest loan the record holds (88 bits: about 309 million AID).
    uint256 public constant MAX_PRINCIPAL = type(uint88).max;
    /// @notice The most loans one paginated view examines.
    uint256 public constant MAX_SCAN = 1000;

    uint256 internal constant MAX_TITLE_ID = type(uint32).max;
    uint256 internal constant MAX_LOANS = type(uint32).max;
    uint256 internal constant MAX_BOOK_VALUE = type(uint112).max; // the vault's bound
    uint256 internal constant MAX_BOOK_RATE = type(uint80).max; // the vault's bound
    uint256 internal constant MAX_PRINCIPAL_OUT = type(uint96).max;
    uint256 internal constant MAX_SURPLUS = type(uint96).max;
    uint256 internal constant MAX_96 = type(uint96).max;
    /// @dev The most a title's value counts for in an auction: 120% of it fits the 88-bit principal field that keeps a
    /// sale's surplus. About 257 million AID, far above any single GPU batch (the registry's titles hold at most 256
    /// GPUs).
    uint256 internal constant MAX_AUCTION_BASIS = MAX_PRINCIPAL * 10_000 / 12_000;
    /// @dev No deadline is further than 1 + MAX_TERM_PERIODS * 30 + 7 = 1,088 days from now, so the next one is found
    /// within six 256-day bitmap words.
    uint256 internal constant SCAN_WORDS = 6;
    uint256 internal constant NO_DEADLINE = type(uint32).max;

    // `_book`: value | rate | last update | earliest deadline.
    uint256 internal constant BOOK_RATE_SHIFT = 112;
    uint256 internal constant BOOK_LAST_SHIFT = 192;
    uint256 internal constant BOOK_END_SHIFT = 224;

    // `_config`: principal of Active loans | loan count | (24 bits unused) | the terms.
    uint256 internal constant CFG_LOANS_SHIFT = 96;
    uint256 internal constant CFG_MAX_LTV_SHIFT = 152;
    uint256 internal constant CFG_THRESHOLD_SHIFT = 168;
    uint256 internal constant CFG_APR_SHIFT = 184;
    uint256 internal constant CFG_TERM_SHIFT = 200;
    uint256 internal constant CFG_ORIGINATION_SHIFT = 208;
    uint256 internal constant CFG_SHARE_SHIFT = 224;
    uint256 internal constant CFG_LIQ_FEE_SHIFT = 240;
    uint256 internal constant CFG_PARAMS_MASK = ~uint256(0) << CFG_MAX_LTV_SHIFT;

    // `_misc`: recovery address | unclaimed surpluses.
    uint256 internal constant MISC_SURPLUS_SHIFT = 160;

    // Loan word 0 (see the contract's notes).
    uint256 internal constant W0_TITLE_SHIFT = 24;
    uint256 internal constant W0_PRINCIPAL_SHIFT = 56;
    uint256 internal constant W0_ANCHOR_SHIFT = 144;
    uint256 internal constant W0_PAID_THROUGH_SHIFT = 160;
    uint256 internal constant W0_APR_SHIFT = 192;
    uint256 internal constant W0_SHARE_SHIFT = 208;
    uint256 internal constant W0_STATUS_SHIFT = 224;
    uint256 internal constant W0_PAID_SHIFT = 227;
    uint256 internal constant W0_TERM_SHIFT = 233;
    uint256 internal constant W0_THRESHOLD_SHIFT = 239;
    uint256 internal constant W0_HISTORY_FLAG = 1 << 253;
    uint256 internal constant W0_STATUS_MASK = 7 << W0_STATUS_SHIFT;
    uint256 internal constant W0_PRINCIPAL_MASK = uint256(type(uint88).max) << W0_PRINCIPAL_SHIFT;
    // Loan word 1: original principal | opened at | insurance cover set aside at the default.
    uint256 internal constant W1_OPENED_SHIFT = 88;
    uint256 internal constant W1_RESERVE_SHIFT = 120;
    // `_impaired`: impairment (expected shortfall of liquidated loans) | insurance cover set aside for them.
    uint256 internal constant IMPAIRED_RESERVE_SHIFT = 128;
    // Loan word 2: auction start | title value at default | interest and penalty owed at default | fee.
    uint256 internal constant W2_BASIS_SHIFT = 32;
    uint256 internal constant W2_OWED_SHIFT = 128;
    uint256 internal constant W2_FEE_SHIFT = 224;

    /*//////////////////////////////////////////////////////////////
                                STORAGE
    //////////////////////////////////////////////////////////////*/

    /// @dev A loan's word 0, unpacked.
    struct Loan {
        uint256 epoch; // the title's pledgor epoch: with the title, names the borrower
        uint256 titleId;
        uint256 principal;
        uint256 anchor; // day number the due dates count from
        uint256 paidThrough;
        uint256 apr;
        uint256 share;
        LoanStatus status;
        uint256 paid; // installments
        uint256 term;
        uint256 threshold;
        bool history; // word 1 is written
    }

    /// @dev Where a payment goes (see `_applyPayment`).
    struct Payment {
        uint256 interest; // interest and penalty paid
        uint256 principal; // principal paid
        uint256 protocolShare; // of the interest, kept as insurance fund
        uint256 toBook; // to sAID's idle liquidity, against its book
        uint256 income; // to sAID as vesting income
    }

    /// @dev How an auction's price splits (see `_sale`).
    struct Sale {
        uint256 price;
        uint256 inBook; // principal + interest counted by the book
        uint256 toVault;
        uint256 income;
        uint256 fee;
        uint256 surplus;
        uint256 cover;
        uint256 loss;
    }

    /// @dev The loan book, unpacked.
    struct Book {
        uint256 value; // at `last`
        uint256 rate; // per second, performing loans
        uint256 last;
        uint256 end; // earliest deadline of the performing loans (meaningless while `rate` is 0)
    }

    IStakedAID internal immutable _vault;
    IAID internal immutable _aid;
    IGPUTitleRegistry internal immutable _registry;

    uint256 internal _book;
    uint256 internal _config;
    uint256 internal _misc;
    /// @dev Liquidated loans not yet settled: their expected shortfall (128) | the insurance cover set aside (128).
    uint256 internal _impaired;
    mapping(uint256 loanId => uint256[3] words) internal _loans;
    /// @dev The pledgor of each ended pledgor epoch of a title (key: title | epoch << 32), see `_borrowerOf`.
    mapping(uint256 titleEpoch => address pledgor) internal _pastPledgors;
    /// @dev Sum of the book rates of performing loans whose deadline is this day (days since the epoch).
    mapping(uint256 day => uint256 rate) internal _expiring;
    /// @dev Bit `day % 256` of word `day / 256` is set while `_expiring[day]` is non-zero.
    mapping(uint256 word => uint256 bits) internal _liveDays;

    /// @param vault_ The savings vault (sAID) to lend from; it must name this contract its loan manager before the
    /// first loan.
    /// @param registry_ The GPU title registry; it must name this contract its loan manager.
    /// @param recovery_ Receives titles nobody bids for.
    constructor(IStakedAID vault_, IGPUTitleRegistry registry_, address admin_, address guardian_, address recovery_)
        Roles(admin_, guardian_)
    {
        IAID aid_ = IAID(vault_.asset());
        if (aid_.savings() != address(vault_)) revert VaultMismatch(address(vault_));
        if (recovery_ == address(0)) revert ZeroAddress();
        _vault = vault_;
        _aid = aid_;
        _registry = registry_;
        Parameters memory p = Parameters({
            maxLtvBps: uint16(DEFAULT_MAX_LTV_BPS),
            liquidationThresholdBps: uint16(DEFAULT_LIQUIDATION_THRESHOLD_BPS),
            aprBps: uint16(DEFAULT_APR_BPS),
            termPeriods: uint8(DEFAULT_TERM_PERIODS),
            originationFeeBps: uint16(DEFAULT_ORIGINATION_FEE_BPS),
            protocolShareBps: uint16(DEFAULT_PROTOCOL_SHARE_BPS),
            liquidationFeeBps: uint16(DEFAULT_LIQUIDATION_FEE_BPS)
        });
        _config = _packParameters(p);
        _misc = uint160(recovery_);
        _book = block.timestamp << BOOK_LAST_SHIFT;
        emit ParametersSet(p);
        emit RecoverySet(recovery_);
    }

    /*//////////////////////////////////////////////////////////////
                                BORROWER
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc ILoans
    function openLoan(uint256 titleId, uint256 principal, address receiver)
        external
        nonReentrant
        returns (uint256 loanId)
    {
        if (receiver == address(0) || receiver == address(this)) revert InvalidReceiver(receiver);
        if (principal < MIN_PRINCIPAL) revert PrincipalTooSmall(principal, MIN_PRINCIPAL);
        if (principal > MAX_PRINCIPAL) revert PrincipalTooLarge(principal, MAX_PRINCIPAL);
        if (titleId > MAX_TITLE_ID) revert TitleIdTooLarge(titleId);
        uint256 config = _config;
        // The registry is the protocol's own contract and calls nobody: `pledge` checks the title (caller owns it,
        // Appraised, live appraisal and insurance; no approval, as the borrower is always the caller), escrows it here
        // and returns its current value, which the LTV check below needs. A revert further down undoes the pledge.
        (uint256 value, uint256 epoch, address previousPledgor) = _registry.pledge(titleId, msg.sender);
        uint256 maxPrincipal = value * uint16(config >> CFG_MAX_LTV_SHIFT) / BPS;
        if (principal > maxPrincipal) revert LtvTooHigh(titleId, principal, maxPrincipal);
        // The title changed pledgor: the loans of the epoch that ended keep their borrower here.
        if (previousPledgor != address(0)) _pastPledgors[_titleEpoch(titleId, epoch - 1)] = previousPledgor;

        loanId = _record(titleId, epoch, principal, config);
        uint256 fee = LoanMath.bpsUp(principal, uint16(config >> CFG_ORIGINATION_SHIFT));
        emit LoanOpened(loanId, msg.sender, titleId, receiver, principal, fee);

        // The loan is recorded, so the vault's re-read of the book includes it. The AID comes here; the fee stays as
        // insurance fund and the rest goes to the receiver.
        _vault.draw(principal, address(this));
        _aid.transfer(receiver, principal - fee);
    }

    /// @inheritdoc ILoans
    function repay(uint256 loanId, uint256 amount) external nonReentrant returns (uint256 paid) {
        if (amount == 0) revert ZeroAmount();
        uint256[3] storage words = _loans[loanId];
        Loan memory l = _load(words[0]);
        if (l.status == LoanStatus.Liquidating) return _repayAuction(loanId, words, l, amount);
        if (l.status != LoanStatus.Active) revert InvalidLoanStatus(loanId, l.status);

        Payment memory p = _applyPayment(words, l, amount);
        paid = p.interest + p.principal;
        emit LoanRepaid(loanId, msg.sender, p.interest, p.protocolShare, p.principal, l.principal, l.paid);

        _aid.transferFrom(msg.sender, address(this), paid);
        if (p.toBook != 0 || p.income != 0) _vault.repayAndAddIncome(p.toBook, p.income);
        if (l.status == LoanStatus.Repaid) _registry.release(l.titleId);
    }

    /// @inheritdoc ILoans
    function liquidate(uint256 loanId) external nonReentrant {
        uint256[3] storage words = _loans[loanId];
        Loan memory l = _load(words[0]);
        if (l.status != LoanStatus.Active) revert InvalidLoanStatus(loanId, l.status);

        Book memory book = _accruedBook();
        uint256 due = LoanMath.dueDate(l.anchor, l.paid + 1);
        uint256 deadline_ = due + LoanMath.GRACE;
        uint256 owed = LoanMath.interestOwed(l.principal, l.apr, l.paidThrough, due, block.timestamp);
        (DefaultReason reason, uint256 value, uint256 ltvBps) =
            _assess(l.titleId, l.principal + owed, deadline_, l.threshold);
        if (reason == DefaultReason.None) revert NotLiquidatable(loanId, deadline_, ltvBps, l.threshold);

        // The loan stops accruing in the book; what it counted until now stays there until the auction settles.
        if (deadline_ > block.timestamp) {
            _removeRate(book, deadline_, LoanMath.bookRate(l.principal, l.apr, l.share));
        }
        _storeBook(book);
        // Principal outstanding counts Active loans only: this one now has a fixed debt, resolved by its auction.
        uint256 config = _config;
        _config = config - l.principal;
        // The debt is fixed now, so the auction sells against a known amount (the interest on an 88-bit principal fits
        // 96 bits). The auction prices the title at its value, counted up to `MAX_AUCTION_BASIS` so that a sale's
        // surplus fits the principal field it is kept in.
        if (owed > MAX_96) revert BookTooLarge();
        if (value > MAX_AUCTION_BASIS) value = MAX_AUCTION_BASIS;
        // Impaired at once (Maple's impairment): exits are filled net of the shortfall the loan may leave if nobody
        // bids, that is what it holds in the book less the insurance cover set aside for it now; the auction's result
        // replaces this estimate when it settles.
        _impair(words, l);
        l.history = true;
        l.status = LoanStatus.Liquidating;
        words[0] = _word0(l);
        words[2] = block.timestamp | (value << W2_BASIS_SHIFT) | (owed << W2_OWED_SHIFT)
            | (uint256(uint16(config >> CFG_LIQ_FEE_SHIFT)) << W2_FEE_SHIFT);
        emit LoanLiquidated(loanId, msg.sender, reason, l.principal + owed, value, DutchAuction.price(value, 0));

        _registry.startLiquidation(l.titleId);
        _vault.refreshBook();
    }

    /// @inheritdoc ILoans
    function bid(uint256 loanId) external nonReentrant returns (uint256 price) {
        uint256[3] storage words = _loans[loanId];
        uint256 w0 = words[0];
        Loan memory l = _load(w0);
        if (l.status != LoanStatus.Liquidating) revert InvalidLoanStatus(loanId, l.status);
        uint256 auction = words[2];
        Sale memory sale = _sale(loanId, l, auction);
        price = sale.price;

        Book memory book = _accruedBook();
        book.value -= sale.inBook;
        _storeBook(book);
        uint256 reserve = _settleImpairment(words, sale.inBook);
        // Sold. The principal field now holds the borrower's unclaimed surplus (word 1 keeps the original principal,
        // written at the liquidation); the other fields are kept.
        words[0] = (w0 & ~(W0_STATUS_MASK | W0_PRINCIPAL_MASK)) | (uint256(LoanStatus.Sold) << W0_STATUS_SHIFT)
            | (sale.surplus << W0_PRINCIPAL_SHIFT);
        // The auction is over and its word is never read again: deleting it refunds more than the write costs. The
        // sale's figures are in `AuctionSettled`.
        delete words[2];
        if (sale.surplus != 0) {
            uint256 misc = _misc;
            if ((misc >> MISC_SURPLUS_SHIFT) + sale.surplus > MAX_SURPLUS) revert BookTooLarge();
            _misc = misc + (sale.surplus << MISC_SURPLUS_SHIFT);
        }
        emit AuctionSettled(loanId, msg.sender, price, sale.income, sale.fee, sale.surplus, sale.cover, sale.loss);

        _aid.transferFrom(msg.sender, address(this), price);
        _settleVault(reserve, sale.toVault + sale.cover + sale.income);
        _registry.settleLiquidation(l.titleId, msg.sender);
    }

    /// @inheritdoc ILoans
    function closeAuction(uint256 loanId) external nonReentrant {
        uint256[3] storage words = _loans[loanId];
        Loan memory l = _load(words[0]);
        if (l.status != LoanStatus.Liquidating) revert InvalidLoanStatus(loanId, l.status);
        uint256 start = uint32(words[2]);
        uint256 end = start + DutchAuction.DURATION;
        if (block.timestamp <= end) revert AuctionNotEnded(loanId, end);

        Book memory book = _accruedBook();
        (uint256 inBook,) = _liquidatedValue(l, start);
        (uint256 cover, uint256 loss) = _cover(inBook, uint96(words[1] >> W1_RESERVE_SHIFT));
        book.value -= inBook;
        _storeBook(book);
        uint256 reserve = _settleImpairment(words, inBook);
        l.status = LoanStatus.WrittenOff;
        words[0] = _word0(l);
        address recovery_ = address(uint160(_misc));
        emit LoanWrittenOff(loanId, recovery_, cover, loss);

        _settleVault(reserve, cover);
        _registry.settleLiquidation(l.titleId, recovery_);
    }

    /// @inheritdoc ILoans
    function claimSurplus(uint256 loanId, address receiver) external nonReentrant returns (uint256 amount) {
        uint256[3] storage words = _loans[loanId];
        Loan memory l = _load(words[0]);
        amount = l.status == LoanStatus.Sold ? l.principal : 0;
        if (amount == 0) revert NothingToClaim(loanId);
        address borrower = _borrowerOf(l.titleId, l.epoch);
        if (msg.sender != borrower) revert NotBorrower(loanId, msg.sender, borrower);
        if (receiver == address(0) || receiver == address(this)) revert InvalidReceiver(receiver);
        l.principal = 0;
        words[0] = _word0(l);
        _misc -= amount << MISC_SURPLUS_SHIFT;
        emit SurplusClaimed(loanId, msg.sender, receiver, amount);
        _aid.transfer(receiver, amount);
    }

    /*//////////////////////////////////////////////////////////////
                                 ADMIN
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc ILoans
    function setParameters(Parameters calldata p) external onlyAdmin {
        _check(0, p.maxLtvBps, MIN_MAX_LTV_BPS, MAX_MAX_LTV_BPS);
        uint256 minThreshold =
            p.maxLtvBps >= MIN_LIQUIDATION_THRESHOLD_BPS ? p.maxLtvBps + 1 : MIN_LIQUIDATION_THRESHOLD_BPS;
        _check(1, p.liquidationThresholdBps, minThreshold, MAX_LIQUIDATION_THRESHOLD_BPS);
        _check(2, p.aprBps, MIN_APR_BPS, MAX_APR_BPS);
        _check(3, p.termPeriods, MIN_TERM_PERIODS, MAX_TERM_PERIODS);
        _check(4, p.originationFeeBps, 0, MAX_ORIGINATION_FEE_BPS);
        _check(5, p.protocolShareBps, 0, MAX_PROTOCOL_SHARE_BPS);
        _check(6, p.liquidationFeeBps, 0, MAX_LIQUIDATION_FEE_BPS);
        _config = (_config & ~CFG_PARAMS_MASK) | _packParameters(p);
        emit ParametersSet(p);
    }

    /// @inheritdoc ILoans
    function setRecovery(address recovery_) external onlyAdmin {
        if (recovery_ == address(0) || recovery_ == address(this)) revert InvalidReceiver(recovery_);
        _misc = (_misc & ~uint256(type(uint160).max)) | uint160(recovery_);
        emit RecoverySet(recovery_);
    }

    /*//////////////////////////////////////////////////////////////
                              LOAN BOOK
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc ILoanManager
    function bookCheckpoint() external view returns (uint256 value, uint256 ratePerSecond, uint256 accrualEnd) {
        Book memory book = _accruedBook();
        return (book.value, book.rate, book.rate == 0 ? block.timestamp : book.end);
    }

    /// @inheritdoc ILoanManager
    function bookValue() external view returns (uint256) {
        return _accruedBook().value;
    }

    /// @inheritdoc ILoanManager
    function impairment() external view returns (uint256) {
        return uint128(_impaired);
    }

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc ILoans
    function loan(uint256 loanId) external view returns (LoanView memory) {
        return _view(loanId);
    }

    /// @inheritdoc ILoans
    function loans(uint256 fromId, uint256 maxScan) external view returns (LoanView[] memory, uint256) {
        return _scan(0, address(0), fromId, maxScan);
    }

    /// @inheritdoc ILoans
    function loansOf(address borrower, uint256 fromId, uint256 maxScan)
        external
        view
        returns (LoanView[] memory, uint256)
    {
        return _scan(1, borrower, fromId, maxScan);
    }

    /// @inheritdoc ILoans
    function liveAuctions(uint256 fromId, uint256 maxScan) external view returns (LoanView[] memory, uint256) {
        return _scan(2, address(0), fromId, maxScan);
    }

    /// @inheritdoc ILoans
    function nextPayment(uint256 loanId) external view returns (uint256 amount, uint256 dueDate) {
        Loan memory l = _load(_loans[loanId][0]);
        if (l.status == LoanStatus.Active) (amount, dueDate) = _nextPayment(l, _original(loanId, l));
    }

    /// @inheritdoc ILoans
    function payoffAmount(uint256 loanId) external view returns (uint256) {
        (, uint256 payoff) = _debt(loanId, _load(_loans[loanId][0]));
        return payoff;
    }

    /// @inheritdoc ILoans
    function schedule(uint256 loanId) external view returns (Installment[] memory rows) {
        Loan memory l = _load(_loans[loanId][0]);
        if (l.status != LoanStatus.Active) return rows;
        uint256 original = _original(loanId, l);
        rows = new Installment[](l.term - l.paid);
        uint256 count;
        uint256 from = l.paidThrough;
        uint256 j = l.paid + 1;
        uint256 due = LoanMath.dueDate(l.anchor, j);
        if (block.timestamp > due) {
            // Late: the first row is what makes the loan current now.
            uint256 reached = _installmentsDue(l);
            Installment memory row = rows[count++];
            row.dueDate = due;
            row.interest = LoanMath.interestOwed(l.principal, l.apr, from, due, block.timestamp);
            row.principal = LoanMath.principalDue(original, l.principal, reached, l.term);
            row.total = row.interest + row.principal;
            l.principal -= row.principal;
            from = block.timestamp;
            j = reached + 1;
        }
        for (; l.principal != 0 && j <= l.term; ++j) {
            due = LoanMath.dueDate(l.anchor, j);
            Installment memory row = rows[count++];
            row.dueDate = due;
            row.interest = LoanMath.interestOwed(l.principal, l.apr, from, due, due);
            row.principal = LoanMath.principalDue(original, l.principal, j, l.term);
            row.total = row.interest + row.principal;
            l.principal -= row.principal;
            from = due;
        }
        // Trim the unused rows.
        assembly ("memory-safe") {
            mstore(rows, count)
        }
    }

    /// @inheritdoc ILoans
    function health(uint256 loanId) external view returns (uint256 ltvBps, uint256 healthFactor, DefaultReason reason) {
        LoanView memory v = _view(loanId);
        return (v.ltvBps, v.healthFactor, v.defaultReason);
    }

    /// @inheritdoc ILoans
    function auctionPrice(uint256 loanId) external view returns (uint256) {
        uint256[3] storage words = _loans[loanId];
        if (LoanStatus((words[0] >> W0_STATUS_SHIFT) & 7) != LoanStatus.Liquidating) return 0;
        uint256 auction = words[2];
        uint256 elapsed = block.timestamp - uint32(auction);
        return elapsed > DutchAuction.DURATION ? 0 : DutchAuction.price(uint96(auction >> W2_BASIS_SHIFT), elapsed);
    }

    /// @inheritdoc ILoans
    function maxBorrow(uint256 titleId) external view returns (uint256 byLtv, uint256 available) {
        byLtv = _registry.currentValue(titleId) * uint16(_config >> CFG_MAX_LTV_SHIFT) / BPS;
        available = _vault.maxDraw();
    }

    /// @inheritdoc ILoans
    function insuranceFund() public view returns (uint256 balance, uint256 principalOutstanding, uint256 coverageBps) {
        balance = _insuranceBalance();
        principalOutstanding = uint96(_config);
        coverageBps = principalOutstanding == 0 ? 0 : balance * BPS / principalOutstanding;
    }

    /// @inheritdoc ILoans
    function managerState() external view returns (ManagerState memory s) {
        Book memory book = _accruedBook();
        s.bookValue = book.value;
        s.ratePerSecond = book.rate;
        s.accrualEnd = book.rate == 0 ? block.timestamp : book.end;
        (s.insuranceFund, s.principalOutstanding, s.coverageBps) = insuranceFund();
        s.surplusOutstanding = _misc >> MISC_SURPLUS_SHIFT;
        s.impairment = uint128(_impaired);
        s.reservedCover = _impaired >> IMPAIRED_RESERVE_SHIFT;
        s.loanCount = loanCount();
        s.parameters = parameters();
        s.recovery = recovery();
        s.vault = address(_vault);
        s.registry = address(_registry);
    }

    /// @inheritdoc ILoans
    function parameters() public view returns (Parameters memory p) {
        uint256 config = _config;
        p.maxLtvBps = uint16(config >> CFG_MAX_LTV_SHIFT);
        p.liquidationThresholdBps = uint16(config >> CFG_THRESHOLD_SHIFT);
        p.aprBps = uint16(config >> CFG_APR_SHIFT);
        p.termPeriods = uint8(config >> CFG_TERM_SHIFT);
        p.originationFeeBps = uint16(config >> CFG_ORIGINATION_SHIFT);
        p.protocolShareBps = uint16(config >> CFG_SHARE_SHIFT);
        p.liquidationFeeBps = uint16(config >> CFG_LIQ_FEE_SHIFT);
    }

    /// @inheritdoc ILoans
    function loanCount() public view returns (uint256) {
        return uint32(_config >> CFG_LOANS_SHIFT);
    }

    /// @inheritdoc ILoans
    function vault() external view returns (address) {
        return address(_vault);
    }

    /// @inheritdoc ILoans
    function registry() external view returns (address) {
        return address(_registry);
    }

    /// @inheritdoc ILoans
    function aid() external view returns (address) {
        return address(_aid);
    }

    /// @inheritdoc ILoans
    function recovery() public view returns (address) {
        return address(uint160(_misc));
    }

    /*//////////////////////////////////////////////////////////////
                          INTERNAL: LOAN ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @dev Records a new loan of `principal` to the caller, `titleId`'s pledgor in `epoch`, at the terms in `config`,
    /// adds it to the book, and returns its id.
    function _record(uint256 titleId, uint256 epoch, uint256 principal, uint256 config)
        internal
        returns (uint256 loanId)
    {
        loanId = uint32(config >> CFG_LOANS_SHIFT) + 1;
        if (loanId > MAX_LOANS) revert BookTooLarge();
        uint256 anchor = LoanMath.anchorDay(block.timestamp);
        _loans[loanId][0] = _newLoan(epoch, titleId, principal, anchor, config);

        Book memory book = _accruedBook();
        book.value += principal;
        _addRate(
            book,
            LoanMath.deadline(anchor, 0),
            LoanMath.bookRate(principal, uint16(config >> CFG_APR_SHIFT), uint16(config >> CFG_SHARE_SHIFT))
        );
        _storeBook(book);
        if (uint96(config) + principal > MAX_PRINCIPAL_OUT) revert BookTooLarge();
        // Cannot carry into the next field: both checked just above.
        _config = config + (1 << CFG_LOANS_SHIFT) + principal;
    }

    /// @dev The borrower of a loan on `titleId` in pledgor epoch `epoch`: the registry's pledgor while that epoch is
    /// the title's current one, else the pledgor kept when it ended.
    function _borrowerOf(uint256 titleId, uint256 epoch) internal view returns (address) {
        (address pledgor, uint256 current) = _registry.pledgorOf(titleId);
        return epoch == current ? pledgor : _pastPledgors[_titleEpoch(titleId, epoch)];
    }

    /// @dev The key of `_pastPledgors`: the title (32 bits) and the epoch above it.
    function _titleEpoch(uint256 titleId, uint256 epoch) internal pure returns (uint256) {
        return titleId | (epoch << 32);
    }

    /// @dev Word 0 of a new loan at the terms in `config`.
    function _newLoan(uint256 epoch, uint256 titleId, uint256 principal, uint256 anchor, uint256 config)
        internal
        view
        returns (uint256)
    {
        return epoch | (titleId << W0_TITLE_SHIFT) | (principal << W0_PRINCIPAL_SHIFT) | (anchor << W0_ANCHOR_SHIFT)
            | (block.timestamp << W0_PAID_THROUGH_SHIFT) | (uint256(uint16(config >> CFG_APR_SHIFT)) << W0_APR_SHIFT)
            | (uint256(uint16(config >> CFG_SHARE_SHIFT)) << W0_SHARE_SHIFT)
            | (uint256(LoanStatus.Active) << W0_STATUS_SHIFT)
            | (uint256(uint8(config >> CFG_TERM_SHIFT)) << W0_TERM_SHIFT)
            | (uint256(uint16(config >> CFG_THRESHOLD_SHIFT)) << W0_THRESHOLD_SHIFT);
    }

    /// @dev Applies a payment of up to `amount` to an Active loan: interest and penalty first, then principal. Updates
    /// the loan, the book and the principal outstanding, and says where the AID goes.
    function _applyPayment(uint256[3] storage words, Loan memory l, uint256 amount)
        internal
        returns (Payment memory p)
    {
        Book memory book = _accruedBook();
        uint256 due = LoanMath.dueDate(l.anchor, l.paid + 1);
        uint256 owed = LoanMath.interestOwed(l.principal, l.apr, l.paidThrough, due, block.timestamp);
        // Take the loan out of the book as it stands, then put it back as the payment leaves it.
        uint256 counted = _removeLoan(book, l, due + LoanMath.GRACE);
        if (amount >= l.principal + owed) {
            // Paid off. Word 0 keeps the principal and paid-through time it had, which are the original principal and
            // the opening time if this is the first payment (word 1 was never written).
            p.interest = owed;
            p.principal = l.principal;
            l.status = LoanStatus.Repaid;
            words[0] = _word0(l);
            l.principal = 0;
        } else {
            if (!l.history) {
                // The first payment that leaves the loan open records what word 0 is about to overwrite.
                words[1] = l.principal | (l.paidThrough << W1_OPENED_SHIFT);
                l.history = true;
            }
            if (amount < owed) {
                p.interest = amount;
                l.paidThrough = LoanMath.paidUntil(l.principal, l.apr, l.paidThrough, due, amount);
            } else {
                p.interest = owed;
                p.principal = amount - owed;
                l.paidThrough = block.timestamp;
                l.principal -= p.principal;
                if (p.principal != 0) {
                    l.paid = LoanMath.installmentsCovered(uint88(words[1]), l.principal, l.paid, l.term);
                }
            }
            words[0] = _word0(l);
            counted -= _addLoan(book, l);
        }
        _storeBook(book);
        if (p.principal != 0) _config -= p.principal;

        // The protocol's share rounds down, so sAID receives at least what its book counted (`bookRate` rounds down
        // from the same split): `counted` is now what the book dropped for interest. Interest the book never counted
        // (penalty, interest after a missed deadline) is income that vests; on a loan paid on time the difference is
        // rounding dust and goes with the repayment.
        p.protocolShare = p.interest * l.share / BPS;
        if (block.timestamp > due) p.income = p.interest - p.protocolShare - counted;
        p.toBook = p.interest - p.protocolShare + p.principal - p.income;
    }

    /// @dev The borrower (or anyone) pays the whole fixed debt during the auction and the title goes back.
    function _repayAuction(uint256 loanId, uint256[3] storage words, Loan memory l, uint256 amount)
        internal
        returns (uint256 paid)
    {
        uint256 auction = words[2];
        // An auction that ended with no bid is written off first (`closeAuction`): its debt was frozen at the default
        // and may not be repaid at that price at any later time.
        if (block.timestamp > uint32(auction) + DutchAuction.DURATION) {
            revert AuctionEnded(loanId, uint32(auction) + DutchAuction.DURATION);
        }
        uint256 owed = uint96(auction >> W2_OWED_SHIFT);
        paid = l.principal + owed;
        if (amount < paid) revert AuctionRequiresFullRepayment(loanId, amount, paid);

        Book memory book = _accruedBook();
        (uint256 inBook, uint256 counted) = _liquidatedValue(l, uint32(auction));
        book.value -= inBook;
        _storeBook(book);
        l.status = LoanStatus.Repaid;
        words[0] = _word0(l);

        uint256 protocolShare = owed * l.share / BPS;
        emit LoanRepaid(loanId, msg.sender, owed, protocolShare, l.principal, 0, l.paid);

        _aid.transferFrom(msg.sender, address(this), paid);
        // What sAID's book did not count (penalty, interest after the deadline) vests as income, and so does what the
        // impairment had written off (see `_settleVault`).
        uint256 uncounted = owed - protocolShare > counted ? owed - protocolShare - counted : 0;
        _settleVault(_settleImpairment(words, inBook), inBook + uncounted);
        _registry.release(l.titleId);
    }

    /// @dev The price now and how it splits. Waterfall: sAID's book (principal and the interest it counted), then the
    /// rest of the debt to sAID as income, then the liquidation fee to the insurance fund, then the borrower's surplus;
    /// a shortfall on the book is covered by the insurance fund, and what it cannot cover is a loss.
    function _sale(uint256 loanId, Loan memory l, uint256 auction) internal view returns (Sale memory sale) {
        uint256 start = uint32(auction);
        uint256 end = start + DutchAuction.DURATION;
        if (block.timestamp > end) revert AuctionEnded(loanId, end);
        sale.price = DutchAuction.price(uint96(auction >> W2_BASIS_SHIFT), block.timestamp - start);
        uint256 counted;
        (sale.inBook, counted) = _liquidatedValue(l, start);
        uint256 owed = uint96(auction >> W2_OWED_SHIFT);
        sale.toVault = sale.price < sale.inBook ? sale.price : sale.inBook;
        uint256 rest = sale.price - sale.toVault;
        sale.income = owed - counted;
        if (sale.income > rest) sale.income = rest;
        rest -= sale.income;
        sale.fee = LoanMath.bpsUp(l.principal + owed, uint16(auction >> W2_FEE_SHIFT));
        if (sale.fee > rest) sale.fee = rest;
        sale.surplus = rest - sale.fee;
        (sale.cover, sale.loss) = _cover(sale.inBook - sale.toVault, uint96(_loans[loanId][1] >> W1_RESERVE_SHIFT));
    }

    /// @dev Takes a performing loan out of the book at its current state; returns the interest the book had counted.
    function _removeLoan(Book memory book, Loan memory l, uint256 deadline_) internal returns (uint256 counted) {
        uint256 rate = LoanMath.bookRate(l.principal, l.apr, l.share);
        counted = LoanMath.booked(rate, l.paidThrough, deadline_ < block.timestamp ? deadline_ : block.timestamp);
        book.value -= l.principal + counted;
        if (deadline_ > block.timestamp) _removeRate(book, deadline_, rate);
    }

    /// @dev Puts a loan into the book at its current state; returns the interest the book counts for it now.
    function _addLoan(Book memory book, Loan memory l) internal returns (uint256 counted) {
        uint256 rate = LoanMath.bookRate(l.principal, l.apr, l.share);
        uint256 deadline_ = LoanMath.deadline(l.anchor, l.paid);
        counted = LoanMath.booked(rate, l.paidThrough, deadline_ < block.timestamp ? deadline_ : block.timestamp);
        book.value += l.principal + counted;
        if (deadline_ > block.timestamp) _addRate(book, deadline_, rate);
    }

    /// @dev What a liquidated loan holds in the book: its principal and the interest counted until the default (or
    /// its deadline, if earlier).
    function _liquidatedValue(Loan memory l, uint256 start) internal pure returns (uint256 inBook, uint256 counted) {
        uint256 deadline_ = LoanMath.deadline(l.anchor, l.paid);
        counted = LoanMath.booked(
            LoanMath.bookRate(l.principal, l.apr, l.share), l.paidThrough, start < deadline_ ? start : deadline_
        );
        inBook = l.principal + counted;
    }

    /// @dev The insurance fund covers what it can of a liquidated loan's `shortfall`: the cover set aside for it
    /// (`reserve`) and what no other liquidated loan has set aside. The rest is a loss.
    function _cover(uint256 shortfall, uint256 reserve) internal view returns (uint256 cover, uint256 loss) {
        if (shortfall == 0) return (0, 0);
        uint256 fund = _insuranceBalance();
        uint256 others = (_impaired >> IMPAIRED_RESERVE_SHIFT) - reserve;
        fund = fund > others ? fund - others : 0;
        cover = shortfall < fund ? shortfall : fund;
        loss = shortfall - cover;
    }

    /// @dev Impairs a loan being liquidated: what it holds in the book less the cover set aside for it now (what the
    /// insurance fund holds beyond the other liquidated loans' covers) is its expected shortfall. Writes word 1.
    function _impair(uint256[3] storage words, Loan memory l) internal {
        (uint256 inBook,) = _liquidatedValue(l, block.timestamp);
        uint256 impaired = _impaired;
        uint256 fund = _insuranceBalance();
        uint256 reserved = impaired >> IMPAIRED_RESERVE_SHIFT;
        uint256 reserve = fund > reserved ? fund - reserved : 0;
        if (reserve > inBook) reserve = inBook;
        _impaired = impaired + (inBook - reserve) + (reserve << IMPAIRED_RESERVE_SHIFT);
        uint256 w1 = l.history ? words[1] : l.principal | (l.paidThrough << W1_OPENED_SHIFT);
        words[1] = w1 | (reserve << W1_RESERVE_SHIFT);
    }

    /// @dev A liquidated loan holding `inBook` settles: its impairment and cover set aside end; returns the cover.
    function _settleImpairment(uint256[3] storage words, uint256 inBook) internal returns (uint256 reserve) {
        reserve = uint96(words[1] >> W1_RESERVE_SHIFT);
        _impaired -= (inBook - reserve) + (reserve << IMPAIRED_RESERVE_SHIFT);
    }

    /// @dev Pays the vault what a settled liquidation returns (`reserve + recovered`), in one call: `reserve`, which
    /// the impairment had already counted on, against the book, and `recovered`, the rest, as vesting income, so the
    /// exit price does not jump when an auction settles and a recovery above the estimate reaches holders over time.
    /// The vault re-reads the book; with nothing to pay, only the re-read (the book has recognised a loss).
    function _settleVault(uint256 reserve, uint256 total) internal {
        if (total != 0) _vault.repayAndAddIncome(reserve, total - reserve);
        else _vault.refreshBook();
    }

    /*//////////////////////////////////////////////////////////////
                          INTERNAL: BOOK
    //////////////////////////////////////////////////////////////*/

    /// @dev The book brought to now: every deadline passed since the last update takes its rates out, in order.
    function _accruedBook() internal view returns (Book memory book) {
        uint256 packed = _book;
        book.value = uint112(packed);
        book.rate = uint80(packed >> BOOK_RATE_SHIFT);
        book.last = uint32(packed >> BOOK_LAST_SHIFT);
        book.end = packed >> BOOK_END_SHIFT;
        uint256 nowTime = block.timestamp;
        if (book.rate != 0) {
            // Loops once per deadline day passed without a transaction, never per loan.
            while (book.end <= nowTime) {
                book.value += book.rate * (book.end - book.last);
                book.last = book.end;
                book.rate -= _expiring[book.end / 1 days];
                if (book.rate == 0) break;
                book.end = _nextDeadline(book.end / 1 days + 1);
            }
            if (book.rate != 0) book.value += book.rate * (nowTime - book.last);
        }
        book.last = nowTime;
    }

    function _storeBook(Book memory book) internal {
        if (book.value > MAX_BOOK_VALUE || book.rate > MAX_BOOK_RATE) revert BookTooLarge();
        uint256 end = book.rate == 0 ? 0 : book.end;
        _book = book.value | (book.rate << BOOK_RATE_SHIFT) | (book.last << BOOK_LAST_SHIFT) | (end << BOOK_END_SHIFT);
    }

    /// @dev A performing loan's `rate` joins the book until `deadline_` (a whole day).
    function _addRate(Book memory book, uint256 deadline_, uint256 rate) internal {
        if (rate == 0) return;
        uint256 day = deadline_ / 1 days;
        uint256 before = _expiring[day];
        _expiring[day] = before + rate;
        if (before == 0) _liveDays[day >> 8] |= 1 << (day & 255);
        if (book.rate == 0 || deadline_ < book.end) book.end = deadline_;
        book.rate += rate;
    }

    /// @dev A performing loan's `rate` leaves the book before its deadline.
    function _removeRate(Book memory book, uint256 deadline_, uint256 rate) internal {
        if (rate == 0) return;
        uint256 day = deadline_ / 1 days;
        uint256 left = _expiring[day] - rate;
        _expiring[day] = left;
        book.rate -= rate;
        if (left == 0) {
            _liveDays[day >> 8] &= ~(1 << (day & 255));
            if (book.end == deadline_ && book.rate != 0) book.end = _nextDeadline(day + 1);
        }
    }

    /// @dev The first day from `fromDay` with a deadline, as a timestamp (`NO_DEADLINE` if none within the horizon,
    /// which the bookkeeping never leaves while a rate is counted).
    function _nextDeadline(uint256 fromDay) internal view returns (uint256) {
        uint256 word = fromDay >> 8;
        uint256 offset = fromDay & 255;
        uint256 bits = (_liveDays[word] >> offset) << offset;
        for (uint256 i; i < SCAN_WORDS; ++i) {
            if (bits != 0) return ((word << 8) | LibBit.ffs(bits)) * 1 days;
            bits = _liveDays[++word];
        }
        return NO_DEADLINE;
    }

    /*//////////////////////////////////////////////////////////////
                          INTERNAL: VIEWS
    //////////////////////////////////////////////////////////////*/

    function _view(uint256 loanId) internal view returns (LoanView memory v) {
        v.id = loanId;
        uint256[3] storage words = _loans[loanId];
        Loan memory l = _load(words[0]);
        if (l.status == LoanStatus.None) return v;
        v.borrower = _borrowerOf(l.titleId, l.epoch);
        v.titleId = l.titleId;
        v.status = l.status;
        if (l.history) {
            uint256 w1 = words[1];
            v.originalPrincipal = uint88(w1);
            v.openedAt = uint32(w1 >> W1_OPENED_SHIFT);
        } else {
            v.originalPrincipal = l.principal;
            v.openedAt = l.paidThrough;
        }
        v.aprBps = l.apr;
        v.protocolShareBps = l.share;
        v.liquidationThresholdBps = l.threshold;
        v.termPeriods = l.term;
        v.installmentsPaid = l.paid;
        uint256 auction = words[2];
        if (auction != 0) {
            v.auctionStart = uint32(auction);
            v.auctionEnd = v.auctionStart + DutchAuction.DURATION;
            v.auctionBasis = uint96(auction >> W2_BASIS_SHIFT);
        }
        if (l.status == LoanStatus.Sold) v.surplusClaimable = l.principal;
        if (l.status != LoanStatus.Active && l.status != LoanStatus.Liquidating) return v;
        v.principal = l.principal;
        v.paidThrough = l.paidThrough;
        (v.interestOwed, v.payoff) = _debt(loanId, l);
        uint256 deadline_;
        if (l.status == LoanStatus.Active) {
            (v.nextPaymentAmount, v.nextDueDate) = _nextPayment(l, v.originalPrincipal);
            deadline_ = v.nextDueDate + LoanMath.GRACE;
            v.deadline = deadline_;
            v.late = block.timestamp > v.nextDueDate;
            v.bookRate = LoanMath.bookRate(l.principal, l.apr, l.share);
        } else if (block.timestamp <= v.auctionEnd) {
            v.auctionPrice = DutchAuction.price(v.auctionBasis, block.timestamp - v.auctionStart);
        }
        DefaultReason reason;
        (reason, v.collateralValue, v.ltvBps) = _assess(l.titleId, v.payoff, deadline_, l.threshold);
        if (l.status == LoanStatus.Active) v.defaultReason = reason;
        v.healthFactor = v.collateralValue * l.threshold * WAD / (v.payoff * BPS);
    }

    /// @dev Examines ids [fromId, fromId + maxScan): all loans (mode 0), `borrower`'s (1) or live auctions (2).
    function _scan(uint256 mode, address borrower, uint256 fromId, uint256 maxScan)
        internal
        view
        returns (LoanView[] memory list, uint256 nextId)
    {
        if (maxScan > MAX_SCAN) maxScan = MAX_SCAN;
        if (fromId == 0) fromId = 1;
        uint256 last = loanCount();
        if (maxScan == 0 || fromId > last) return (list, 0);
        uint256 end = last - fromId < maxScan ? last : fromId + maxScan - 1;
        nextId = end == last ? 0 : end + 1;
        uint256[] memory ids = new uint256[](end - fromId + 1);
        uint256 found;
        for (uint256 id = fromId; id <= end; ++id) {
            uint256 w0 = _loans[id][0];
            bool matches = true;
            if (mode == 1) {
                matches = _borrowerOf(uint32(w0 >> W0_TITLE_SHIFT), uint24(w0)) == borrower;
            } else if (mode == 2) {
                matches = LoanStatus((w0 >> W0_STATUS_SHIFT) & 7) == LoanStatus.Liquidating
                    && block.timestamp <= uint32(_loans[id][2]) + DutchAuction.DURATION;
            }
            if (matches) ids[found++] = id;
        }
        list = new LoanView[](found);
        for (uint256 i; i < found; ++i) {
            list[i] = _view(ids[i]);
        }
    }

    /// @dev The original principal: word 1 once written, else word 0's principal (nothing paid yet).
    function _original(uint256 loanId, Loan memory l) internal view returns (uint256) {
        return l.history ? uint88(_loans[loanId][1]) : l.principal;
    }

    /// @dev Interest and penalty owed now (fixed once liquidated) and the payoff; zero unless open.
    function _debt(uint256 loanId, Loan memory l) internal view returns (uint256 owed, uint256 payoff) {
        if (l.status == LoanStatus.Active) {
            owed = LoanMath.interestOwed(
                l.principal, l.apr, l.paidThrough, LoanMath.dueDate(l.anchor, l.paid + 1), block.timestamp
            );
        } else if (l.status == LoanStatus.Liquidating) {
            owed = uint96(_loans[loanId][2] >> W2_OWED_SHIFT);
        } else {
            return (0, 0);
        }
        payoff = l.principal + owed;
    }

    /// @dev What is due by the next due date; if that date has passed, what makes the loan current now.
    function _nextPayment(Loan memory l, uint256 original) internal view returns (uint256 amount, uint256 due) {
        due = LoanMath.dueDate(l.anchor, l.paid + 1);
        if (block.timestamp <= due) {
            amount = LoanMath.interestOwed(l.principal, l.apr, l.paidThrough, due, due)
                + LoanMath.principalDue(original, l.principal, l.paid + 1, l.term);
        } else {
            amount = LoanMath.interestOwed(l.principal, l.apr, l.paidThrough, due, block.timestamp)
                + LoanMath.principalDue(original, l.principal, _installmentsDue(l), l.term);
        }
    }

    /// @dev How many installments have fallen due by now (at least the next one, at most the term).
    function _installmentsDue(Loan memory l) internal view returns (uint256 j) {
        j = (block.timestamp - l.anchor * 1 days) / LoanMath.PERIOD;
        if (j > l.term) j = l.term;
        if (j <= l.paid) j = l.paid + 1;
    }

    /// @dev Which default trigger holds for a loan owing `debt`, with its payment deadline `deadline_` (0 to skip),
    /// the title's value (its appraisal depreciated to now, also after it lapsed) and the LTV.
    function _assess(uint256 titleId, uint256 debt, uint256 deadline_, uint256 threshold)
        internal
        view
        returns (DefaultReason reason, uint256 value, uint256 ltvBps)
    {
        value = _registry.currentValue(titleId);
        bool lapsed;
        if (value == 0) {
            // Zero while the appraisal or insurance has lapsed (or the value has depreciated away): the LTV uses the
            // appraisal depreciated to now, and the lapse triggers a default only after the grace period.
            (uint256 appraised, uint256 appraisedAt, uint256 rateBps, uint256 lapse) = _appraisal(titleId);
            lapsed = block.timestamp > lapse + LoanMath.GRACE;
            value = block.timestamp > appraisedAt
                ? Depreciation.depreciate(appraised, rateBps, block.timestamp - appraisedAt)
                : appraised;
        }
        ltvBps = value == 0 ? type(uint256).max : (debt * BPS + value - 1) / value;
        if (deadline_ != 0 && block.timestamp > deadline_) reason = DefaultReason.PaymentOverdue;
        else if (ltvBps > threshold) reason = DefaultReason.LtvBreached;
        else if (lapsed) reason = DefaultReason.CollateralLapsed;
    }

    /// @dev The title's appraisal (value, time, annual depreciation) and when its cover lapses (the earlier of the
    /// appraisal's end and the verified insurance's end), from `IGPUTitleRegistry.title`. Only these static words of
    /// the returned tuple are read, at their ABI positions, rather than decoding its strings as well.
    function _appraisal(uint256 titleId)
        internal
        view
        returns (uint256 value, uint256 appraisedAt, uint256 rateBps, uint256 lapse)
    {
        (bool ok, bytes memory data) = address(_registry).staticcall(abi.encodeCall(IGPUTitleRegistry.title, (titleId)));
        uint256 verifiedUntil;
        uint256 validUntil;
        assembly ("memory-safe") {
            if iszero(ok) { revert(add(data, 0x20), mload(data)) }
            // The tuple's head starts at the offset in the first word. Its words: 13 insuranceVerifiedUntil,
            // 15 appraisedValue, 16 appraisedAt, 17 appraisalValidUntil, 18 depreciationBps.
            let head := add(add(data, 0x20), mload(add(data, 0x20)))
            verifiedUntil := mload(add(head, 0x1a0))
            value := mload(add(head, 0x1e0))
            appraisedAt := mload(add(head, 0x200))
            validUntil := mload(add(head, 0x220))
            rateBps := mload(add(head, 0x240))
        }
        lapse = validUntil < verifiedUntil ? validUntil : verifiedUntil;
    }

    function _insuranceBalance() internal view returns (uint256) {
        uint256 balance = _aid.balanceOf(address(this));
        uint256 surpluses = _misc >> MISC_SURPLUS_SHIFT;
        return balance > surpluses ? balance - surpluses : 0;
    }

    /*//////////////////////////////////////////////////////////////
                          INTERNAL: PACKING
    //////////////////////////////////////////////////////////////*/

    function _load(uint256 w0) internal pure returns (Loan memory l) {
        l.epoch = uint24(w0);
        l.titleId = uint32(w0 >> W0_TITLE_SHIFT);
        l.principal = uint88(w0 >> W0_PRINCIPAL_SHIFT);
        l.anchor = uint16(w0 >> W0_ANCHOR_SHIFT);
        l.paidThrough = uint32(w0 >> W0_PAID_THROUGH_SHIFT);
        l.apr = uint16(w0 >> W0_APR_SHIFT);
        l.share = uint16(w0 >> W0_SHARE_SHIFT);
        l.status = LoanStatus((w0 >> W0_STATUS_SHIFT) & 7);
        l.paid = (w0 >> W0_PAID_SHIFT) & 63;
        l.term = (w0 >> W0_TERM_SHIFT) & 63;
        l.threshold = (w0 >> W0_THRESHOLD_SHIFT) & 0x3fff;
        l.history = w0 & W0_HISTORY_FLAG != 0;
    }

    function _word0(Loan memory l) internal pure returns (uint256) {
        return l.epoch | (l.titleId << W0_TITLE_SHIFT) | (l.principal << W0_PRINCIPAL_SHIFT)
            | (l.anchor << W0_ANCHOR_SHIFT) | (l.paidThrough << W0_PAID_THROUGH_SHIFT) | (l.apr << W0_APR_SHIFT)
            | (l.share << W0_SHARE_SHIFT) | (uint256(l.status) << W0_STATUS_SHIFT) | (l.paid << W0_PAID_SHIFT)
            | (l.term << W0_TERM_SHIFT) | (l.threshold << W0_THRESHOLD_SHIFT) | (l.history ? W0_HISTORY_FLAG : 0);
    }

    function _packParameters(Parameters memory p) internal pure returns (uint256) {
        return (uint256(p.maxLtvBps) << CFG_MAX_LTV_SHIFT) | (uint256(p.liquidationThresholdBps) << CFG_THRESHOLD_SHIFT)
            | (uint256(p.aprBps) << CFG_APR_SHIFT) | (uint256(p.termPeriods) << CFG_TERM_SHIFT)
            | (uint256(p.originationFeeBps) << CFG_ORIGINATION_SHIFT) | (uint256(p.protocolShareBps) << CFG_SHARE_SHIFT)
            | (uint256(p.liquidationFeeBps) << CFG_LIQ_FEE_SHIFT);
    }

    function _check(uint256 index, uint256 value, uint256 minimum, uint256 maximum) internal pure {
        if (value < minimum || value > maximum) revert ParameterOutOfBounds(index, value, minimum, maximum);
    }
}
