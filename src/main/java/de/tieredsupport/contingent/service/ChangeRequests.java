package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.ChangeRequest;
import de.tieredsupport.contingent.domain.ChangeRequestLink;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.DecisionMaker;
import de.tieredsupport.contingent.domain.DecisionToken;
import de.tieredsupport.contingent.domain.FreeText;
import de.tieredsupport.contingent.domain.LinkDecider;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.Money;
import de.tieredsupport.contingent.domain.RequestCategory;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.Terms;
import de.tieredsupport.contingent.domain.Violations;
import de.tieredsupport.contingent.service.port.AlertSender;
import de.tieredsupport.contingent.service.port.AuditEntry;
import de.tieredsupport.contingent.service.port.AuditLog;
import de.tieredsupport.contingent.service.port.ChangeRequestLinkStore;
import de.tieredsupport.contingent.service.port.ChangeRequestMailer;
import de.tieredsupport.contingent.service.port.IssueCategories;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Use cases of a ticket's change request: agents prepare the scope and the estimate, submit it to the customer's
 * decision makers (each gets a mail with a single-use link) and may withdraw it before a decision; the decision
 * makers approve or reject it through their link, or a contract manager records the decision they gave by phone.
 * Every change goes through {@link ContingentLedger#changeChangeRequest}, so bookings follow the decisions, and is
 * audited in the same transaction.
 * <p>
 * Every link that cannot decide (unknown, tampered, used, expired, withdrawn round) gets {@link LinkNeutral}; a link
 * whose round was decided by someone else shows what was decided.
 */
public final class ChangeRequests {

    private static final System.Logger LOG = System.getLogger(ChangeRequests.class.getName());

    /** A store without links, for hosts that never issue any. */
    static final ChangeRequestLinkStore NO_LINKS = new ChangeRequestLinkStore() {
        @Override
        public void add(ChangeRequestLink link) {
            throw new UnsupportedOperationException("This host issues no change-request links");
        }

        @Override
        public Optional<ChangeRequestLink> findByHash(String tokenHash) {
            return Optional.empty();
        }

        @Override
        public List<ChangeRequestLink> findRound(long projectId, long issueId, int round) {
            return List.of();
        }

        @Override
        public void update(ChangeRequestLink link) {
            throw new UnsupportedOperationException("This host issues no change-request links");
        }
    };

    /**
     * A ticket's change request as one reader sees it.
     *
     * @param estimatedAmount the amount of the current round's estimate at the rate in force now; null without the
     *        right to see money or without terms in force
     * @param amountInForce the same for the approved estimate in force; null likewise or without approval
     * @param minutesToDate change-request work booked on the ticket so far, all levels and months
     * @param percentOfEstimate of the approved estimate in force; null without approval
     * @param incrementMinutes the rounding increment estimates must be multiples of; 0 without terms in force
     * @param mayPrepare whether the reader may prepare, submit and withdraw
     * @param mayDecide whether the reader may record the customer's decision
     */
    public record View(long projectId, long issueId, String issueKey, RequestCategory category,
            ChangeRequest changeRequest, Money estimatedAmount, Money amountInForce, long minutesToDate,
            Integer percentOfEstimate, int incrementMinutes, boolean mayPrepare, boolean mayDecide,
            boolean maySeeMoney) {

        public Optional<ChangeRequest.State> state() {
            return changeRequest.state();
        }

        public Optional<ChangeRequest.Round> current() {
            return changeRequest.current();
        }

        public Optional<ChangeRequest.Round> inForce() {
            return changeRequest.approvedInForce();
        }

        /** The round after the approved one in force that waits (draft or submitted); empty otherwise. */
        public Optional<ChangeRequest.Round> pendingRevision() {
            Optional<ChangeRequest.Round> inForce = inForce();
            return current().filter(r -> inForce.isPresent() && r.number() > inForce.get().number()
                    && (r.state() == ChangeRequest.State.DRAFT || r.state() == ChangeRequest.State.SUBMITTED));
        }
    }

    /** What a change-request link's page shows. */
    public sealed interface LinkPage permits LinkNeutral, LinkOpen, LinkDecided {
    }

    /** The same answer for every link that cannot decide. */
    public record LinkNeutral() implements LinkPage {
    }

    /** A link that can decide: the submitted round, with its estimated amount at the rate in force. */
    public record LinkOpen(ChangeRequestLink link, Contract contract, ChangeRequest.Round round, Money amount)
            implements LinkPage {
    }

    /**
     * What was decided on the link's round.
     *
     * @param byThisLink whether this link's holder decided just now
     */
    public record LinkDecided(ChangeRequestLink link, Contract contract, ChangeRequest.Round round,
            boolean byThisLink) implements LinkPage {
    }

    /** The round a link was issued for is no longer the one that waits: the link cannot decide any more. */
    private static final class LinkStale extends RuntimeException {

        private static final long serialVersionUID = 1L;

        LinkStale() {
            super("The link's round no longer waits for a decision", null, false, false);
        }
    }

    private record Issued(ChangeRequestLink link, String token) {
    }

    private final ContingentLedger ledger;
    private final AccessPolicy policy;
    private final IssueCategories issues;
    private final AuditLog audit;
    private final ChangeRequestLinkStore links;
    private final ChangeRequestMailer mailer;
    private final AlertSender sender;
    private final SecureRandom random;

    public ChangeRequests(ContingentLedger ledger, AccessPolicy policy, IssueCategories issues, AuditLog audit,
            ChangeRequestLinkStore links, ChangeRequestMailer mailer, AlertSender sender, SecureRandom random) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.issues = Objects.requireNonNull(issues, "issues");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.links = Objects.requireNonNull(links, "links");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.random = Objects.requireNonNull(random, "random");
    }

    // ----------------------------------------------------------------- in Jira

    /**
     * The ticket's change request as {@code actor} may see it (amounts only for those who may see money).
     *
     * @throws ProjectNotVisibleException without browse permission on the project
     * @throws NotFoundException for an issue the actor cannot see in the project, or a project without contract
     */
    public View view(String actor, long projectId, String issueKey) {
        policy.requireHours(actor, projectId);
        IssueCategories.CategorizedIssue issue = issue(actor, projectId, issueKey);
        Contract contract = ledger.contract(projectId);
        return view(actor, contract, issue, ledger.changeRequests().find(projectId, issue.issueId()));
    }

    /**
     * Writes the scope and the estimate: edits the draft, or starts a new round after a decision (a revised
     * estimate; the approved estimate stays in force until the new one is decided).
     *
     * @param estimateMinutes null counts as missing
     * @param level the implementation level; null for the 3rd level
     * @throws de.tieredsupport.contingent.domain.ValidationException at {@code scope} or {@code estimateMinutes}
     * @throws ConflictException if the ticket is not a change request or its estimate waits for a decision
     */
    public View prepare(String actor, long projectId, String issueKey, String scope, Long estimateMinutes,
            SupportLevel level) {
        policy.requireCategoryChange(actor, projectId);
        IssueCategories.CategorizedIssue issue = issue(actor, projectId, issueKey);
        Contract contract = ledger.contract(projectId);
        Terms terms = termsNow(contract);
        ChangeRequest.Estimate estimate = ChangeRequest.Estimate.of(scope,
                Minutes.of(estimateMinutes == null ? 0 : estimateMinutes), level == null ? SupportLevel.L3 : level,
                terms.rounding());
        requireChangeRequestCategory(issue.category());
        ContingentLedger.ChangeRequestChange change = change(contract, issue.issueId(),
                (current, now) -> current.prepare(estimate, actor, now), (before, after) -> {
                    requireChangeRequestCategory(storedCategory(issue.issueId()));
                    ChangeRequest.Round round = after.current().orElseThrow();
                    audit.record(new AuditEntry(projectId, round.preparedAt(), actor,
                            AuditEntry.Action.PREPARE_CHANGE_REQUEST,
                            params(issue, round, "scope", estimate.scope()),
                            "Issue " + issue.issueKey() + ": estimate " + estimate.minutes().toLong() + " min at "
                                    + estimate.level().key() + " prepared (round " + round.number() + ")"));
                });
        return view(actor, contract, issue, change.after());
    }

    /**
     * Submits the draft to the decision makers of the terms in force: each gets a mail with a link of their own,
     * valid for 30 days and only while the round waits.
     *
     * @throws ConflictException if the ticket is not a change request, there is no draft, or the contract names no
     *         decision makers
     */
    public View submit(String actor, long projectId, String issueKey) {
        policy.requireCategoryChange(actor, projectId);
        IssueCategories.CategorizedIssue issue = issue(actor, projectId, issueKey);
        Contract contract = ledger.contract(projectId);
        Terms terms = termsNow(contract);
        requireChangeRequestCategory(issue.category());
        if (terms.decisionMakers().isEmpty()) {
            throw new ConflictException("changeRequest.noDecisionMakers",
                    "The contract names no decision makers who could approve the estimate; "
                            + "add them in the contract settings first");
        }
        List<Issued> issued = new ArrayList<>();
        ContingentLedger.ChangeRequestChange change = change(contract, issue.issueId(),
                (current, now) -> current.submit(actor, now), (before, after) -> {
                    issued.clear();
                    requireChangeRequestCategory(storedCategory(issue.issueId()));
                    ChangeRequest.Round round = after.current().orElseThrow();
                    for (DecisionMaker maker : terms.decisionMakers()) {
                        String token = DecisionToken.create(random);
                        ChangeRequestLink link = ChangeRequestLink.issue(DecisionToken.hash(token), projectId,
                                issue.issueId(), issue.issueKey(), round.number(), maker, round.submittedAt());
                        links.add(link);
                        issued.add(new Issued(link, token));
                    }
                    audit.record(new AuditEntry(projectId, round.submittedAt(), actor,
                            AuditEntry.Action.SUBMIT_CHANGE_REQUEST,
                            params(issue, round, "decisionMakers", terms.decisionMakers().stream()
                                    .map(DecisionMaker::name).collect(Collectors.joining(", "))),
                            "Issue " + issue.issueKey() + ": estimate of round " + round.number()
                                    + " submitted to the decision makers"));
                });
        ChangeRequest.Round round = change.after().current().orElseThrow();
        Money amount = round.estimate().amount(terms);
        for (Issued i : issued) {
            try {
                mailer.requestDecision(i.link(), i.token(), contract, round, amount);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not mail the change-request link for issue "
                        + issue.issueKey(), e);
            }
        }
        return view(actor, contract, issue, change.after());
    }

    /**
     * Takes back the submitted estimate before the customer decided; its links stop working. An approved estimate
     * in force stays in force.
     *
     * @throws de.tieredsupport.contingent.domain.ValidationException at {@code comment}
     * @throws ConflictException unless an estimate waits for the decision
     */
    public View withdraw(String actor, long projectId, String issueKey, String comment) {
        policy.requireCategoryChange(actor, projectId);
        IssueCategories.CategorizedIssue issue = issue(actor, projectId, issueKey);
        Contract contract = ledger.contract(projectId);
        String note = checkComment(comment, false);
        ContingentLedger.ChangeRequestChange change = change(contract, issue.issueId(),
                (current, now) -> current.withdraw(actor, now, note), (before, after) -> {
                    ChangeRequest.Round round = after.current().orElseThrow();
                    audit.record(new AuditEntry(projectId, round.decision().at(), actor,
                            AuditEntry.Action.WITHDRAW_CHANGE_REQUEST,
                            params(issue, round, "comment", note == null ? "" : note),
                            "Issue " + issue.issueKey() + ": estimate of round " + round.number() + " withdrawn"));
                });
        return view(actor, contract, issue, change.after());
    }

    /**
     * A contract manager records the customer's decision (given by phone, say) on the submitted estimate, with a
     * comment saying so. The alert recipients are told.
     *
     * @throws AccessDeniedException without the right to manage the contract
     * @throws de.tieredsupport.contingent.domain.ValidationException at {@code comment}
     * @throws ConflictException unless an estimate waits for the decision (e.g. a decision maker was first)
     */
    public View decide(String actor, long projectId, String issueKey, boolean approve, String comment) {
        policy.requireManage(actor, projectId);
        IssueCategories.CategorizedIssue issue = issue(actor, projectId, issueKey);
        Contract contract = ledger.contract(projectId);
        String note = checkComment(comment, true);
        ContingentLedger.ChangeRequestChange change = change(contract, issue.issueId(),
                (current, now) -> current.decide(approve, actor, false, now, note),
                (before, after) -> auditDecision(issue.issueKey(), issue.issueId(), after, actor));
        announce(contract, change.after(), issue.issueKey());
        return view(actor, contract, issue, change.after());
    }

    // ----------------------------------------------------------------- the link's page

    /** What the link's page shows now; nothing is stored. */
    public LinkPage linkPage(String token) {
        return find(token).map(this::page).orElse(new LinkNeutral());
    }

    /**
     * Checks the comment for the confirmation step; nothing is stored.
     *
     * @throws de.tieredsupport.contingent.domain.ValidationException at {@code comment}
     */
    public LinkPage reviewByLink(String token, String comment) {
        LinkPage page = linkPage(token);
        if (page instanceof LinkOpen) {
            checkComment(comment, false);
        }
        return page;
    }

    /**
     * The decision maker approves or rejects the link's round. Exactly one decision on a round wins (the ledger's
     * lock on the ticket's change request): a later one gets what was decided. The alert recipients are told.
     *
     * @throws de.tieredsupport.contingent.domain.ValidationException at {@code comment}; nothing stored
     */
    public LinkPage decideByLink(String token, boolean approve, String comment) {
        Optional<ChangeRequestLink> found = find(token);
        if (found.isEmpty()) {
            return new LinkNeutral();
        }
        ChangeRequestLink link = found.get();
        LinkPage page = page(link);
        if (!(page instanceof LinkOpen open)) {
            return page;
        }
        String note = checkComment(comment, false);
        String actor = LinkDecider.actor(link.maker());
        ContingentLedger.ChangeRequestChange change;
        try {
            change = change(open.contract(), link.issueId(), (current, now) -> {
                Optional<ChangeRequest.Round> round = current.current();
                if (round.isEmpty() || round.get().number() != link.round()
                        || round.get().state() != ChangeRequest.State.SUBMITTED || !link.openAt(now)) {
                    throw new LinkStale();
                }
                return current.decide(approve, link.maker().name(), true, now, note);
            }, (before, after) -> {
                ChangeRequestLink stored = links.findByHash(link.tokenHash()).orElseThrow(LinkStale::new);
                if (stored.usedAt() != null) {
                    throw new LinkStale();
                }
                links.update(stored.usedAt(after.current().orElseThrow().decision().at()));
                auditDecision(link.issueKey(), link.issueId(), after, actor);
            });
        } catch (LinkStale | ConflictException lost) {
            return find(token).map(this::page).orElse(new LinkNeutral());
        }
        announce(open.contract(), change.after(), link.issueKey());
        ChangeRequestLink used = links.findByHash(link.tokenHash()).orElse(link);
        return new LinkDecided(used, open.contract(), change.after().current().orElseThrow(), true);
    }

    // ----------------------------------------------------------------- helpers

    private LinkPage page(ChangeRequestLink link) {
        Instant now = ledger.now();
        if (!link.openAt(now)) {
            return new LinkNeutral();
        }
        Optional<Contract> contract = ledger.contracts().find(link.projectId());
        if (contract.isEmpty()) {
            return new LinkNeutral();
        }
        List<ChangeRequest.Round> rounds = ledger.changeRequests().find(link.projectId(), link.issueId()).rounds();
        if (rounds.size() < link.round()) {
            return new LinkNeutral();
        }
        ChangeRequest.Round round = rounds.get(link.round() - 1);
        switch (round.state()) {
            case SUBMITTED -> {
                Optional<Terms> terms = contract.get().termsFor(contract.get().monthOf(now));
                return terms.isEmpty() ? new LinkNeutral()
                        : new LinkOpen(link, contract.get(), round, round.estimate().amount(terms.get()));
            }
            case APPROVED, REJECTED -> {
                return new LinkDecided(link, contract.get(), round, false);
            }
            default -> {
                return new LinkNeutral();
            }
        }
    }

    /** The link whose hash the token has, compared in constant time; empty for anything else. */
    private Optional<ChangeRequestLink> find(String token) {
        if (!DecisionToken.wellFormed(token)) {
            return Optional.empty();
        }
        return links.findByHash(DecisionToken.hash(token))
                .filter(link -> DecisionToken.matches(link.tokenHash(), token));
    }

    private ContingentLedger.ChangeRequestChange change(Contract contract, long issueId,
            BiFunction<ChangeRequest, Instant, ChangeRequest> apply, BiConsumer<ChangeRequest, ChangeRequest> then) {
        ContingentLedger.ChangeRequestChange change;
        try {
            change = ledger.changeChangeRequest(contract, issueId, new ContingentLedger.ChangeRequestWrite() {
                @Override
                public ChangeRequest apply(ChangeRequest current, Instant now) {
                    return apply.apply(current, now);
                }

                @Override
                public void inTransaction(ChangeRequest before, ChangeRequest after) {
                    then.accept(before, after);
                }
            });
        } catch (ChangeRequest.StateConflict e) {
            throw new ConflictException(e.code(), e.getMessage());
        }
        ledger.dispatch(change.alerts(), sender);
        return change;
    }

    private void auditDecision(String issueKey, long issueId, ChangeRequest after, String actor) {
        ChangeRequest.Round round = after.current().orElseThrow();
        ChangeRequest.Decision decision = round.decision();
        var p = AuditEntry.params("issueKey", issueKey, "issueId", Long.toString(issueId),
                "round", Integer.toString(round.number()),
                "estimateMinutes", Long.toString(round.estimate().minutes().toLong()), "level", round.estimate().level().key(),
                "outcome", decision.outcome().name(), "viaLink", Boolean.toString(decision.viaLink()),
                "comment", decision.comment() == null ? "" : decision.comment());
        audit.record(new AuditEntry(after.projectId(), decision.at(), actor, AuditEntry.Action.DECIDE_CHANGE_REQUEST,
                p, "Issue " + issueKey + ": estimate of round " + round.number() + " "
                        + decision.outcome().name().toLowerCase(java.util.Locale.ROOT)
                        + (decision.viaLink() ? " by " + decision.by() + " via link" : " as recorded")));
    }

    private void announce(Contract contract, ChangeRequest changeRequest, String issueKey) {
        try {
            Optional<Terms> terms = contract.termsFor(contract.monthOf(ledger.now()));
            if (terms.isPresent()) {
                mailer.announceDecision(contract, terms.get(), changeRequest, issueKey);
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not announce the decision on issue " + issueKey, e);
        }
    }

    private static java.util.Map<String, String> params(IssueCategories.CategorizedIssue issue,
            ChangeRequest.Round round, String extraName, String extraValue) {
        return AuditEntry.params("issueKey", issue.issueKey(), "issueId", Long.toString(issue.issueId()),
                "round", Integer.toString(round.number()),
                "estimateMinutes", Long.toString(round.estimate().minutes().toLong()), "level", round.estimate().level().key(),
                extraName, extraValue);
    }

    private View view(String actor, Contract contract, IssueCategories.CategorizedIssue issue,
            ChangeRequest changeRequest) {
        long projectId = contract.projectId();
        boolean money = policy.canSeeMoney(actor, projectId);
        Optional<Terms> terms = contract.termsFor(contract.monthOf(ledger.now()));
        Money estimated = null;
        Money inForce = null;
        if (money && terms.isPresent()) {
            estimated = changeRequest.current().map(r -> r.estimate().amount(terms.get())).orElse(null);
            inForce = changeRequest.approvedInForce().map(r -> r.estimate().amount(terms.get())).orElse(null);
        }
        long minutes = ledger.changeRequestMinutesToDate(projectId, issue.issueId());
        return new View(projectId, issue.issueId(), issue.issueKey(), issue.category(), changeRequest, estimated,
                inForce, minutes, changeRequest.percentOfEstimate(Minutes.of(minutes)).orElse(null),
                terms.map(t -> t.rounding().incrementMinutes()).orElse(0),
                policy.canChangeCategory(actor, projectId), policy.canManage(actor, projectId), money);
    }

    private IssueCategories.CategorizedIssue issue(String actor, long projectId, String issueKey) {
        return issues.find(issueKey, actor).filter(found -> found.projectId() == projectId)
                .orElseThrow(() -> new NotFoundException("issue.unknown",
                        "This project has no issue with that key that you can see"));
    }

    private RequestCategory storedCategory(long issueId) {
        return issues.stored(issueId).orElse(RequestCategory.DEFAULT);
    }

    private Terms termsNow(Contract contract) {
        return ledger.terms(contract, contract.monthOf(ledger.now()));
    }

    private static void requireChangeRequestCategory(RequestCategory category) {
        if (category != RequestCategory.CHANGE_REQUEST) {
            throw new ConflictException("changeRequest.notChangeRequest",
                    "Only a ticket of the request category Change request has a change request; this one is a "
                            + category.fieldValue(), List.of(category.key()));
        }
    }

    /** The comment stripped, or null for none; at most one violation at {@code comment}. */
    private static String checkComment(String comment, boolean required) {
        Violations v = new Violations();
        if (required && (comment == null || comment.isBlank())) {
            v.add("comment", "changeRequest.comment.missing",
                    "Say who decided and how, e.g. \"approved by phone by the customer's IT lead\"");
        }
        FreeText.check(v, "comment", comment);
        v.throwIfAny();
        return comment == null || comment.isBlank() ? null : comment.strip();
    }
}
