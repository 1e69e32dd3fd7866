package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.ChangeRequest;
import de.tieredsupport.contingent.domain.RequestCategory;
import de.tieredsupport.contingent.service.port.AuditEntry;
import de.tieredsupport.contingent.service.port.AuditLog;
import de.tieredsupport.contingent.service.port.IssueCategories;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Use case: an agent sets the request category of a ticket (Question, Defect, Change request). The value lives in
 * Jira's "Request category" field, so Jira's change history keeps every change; the plugin's audit records it too.
 * <p>
 * A ticket whose change request waits for the customer's decision or has an approved estimate in force keeps the
 * category Change request: billing follows the change request's decisions (work after an approval is billed apart
 * from the contingent), so a changed category would contradict the bill. The change is refused with
 * {@code category.changeRequestOpen.<state>}; a draft, withdrawn or rejected change request does not hold
 * the category.
 */
public final class ChangeRequestCategory {

    private final AccessPolicy policy;
    private final IssueCategories issues;
    private final AuditLog audit;
    private final Clock clock;
    private final ContingentLedger ledger;

    /** Without change requests (hosts and tests that keep none): every change is allowed. */
    public ChangeRequestCategory(AccessPolicy policy, IssueCategories issues, AuditLog audit, Clock clock) {
        this(policy, issues, audit, clock, null);
    }

    /** With the ledger whose change requests hold the category of tickets with a pending or approved estimate. */
    public ChangeRequestCategory(AccessPolicy policy, IssueCategories issues, AuditLog audit, Clock clock,
            ContingentLedger ledger) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.issues = Objects.requireNonNull(issues, "issues");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ledger = ledger;
    }

    /** The outcome: the ticket, its category before and now, and whether anything was stored. */
    public record Result(String issueKey, RequestCategory previous, RequestCategory category, boolean changed) {
    }

    /**
     * Sets the category of {@code issueKey}, which must belong to {@code projectId}. The permission is checked first;
     * an issue of another project, or one the actor may not browse, is reported as missing, like one that does not
     * exist. Setting the category the ticket has already stores and audits nothing; setting Question on a ticket
     * without a category stores it, so the field says what was decided.
     *
     * @throws ProjectNotVisibleException without browse permission on the project (or anonymous)
     * @throws NotFoundException if the project has no such issue the actor may see
     * @throws ConflictException ({@code category.changeRequestOpen.SUBMITTED} or {@code …APPROVED}) when the category would leave Change request
     *         while the ticket's change request waits for a decision or has an approved estimate in force
     */
    public Result change(String actor, long projectId, String issueKey, RequestCategory category) {
        Objects.requireNonNull(category, "category");
        policy.requireCategoryChange(actor, projectId);
        IssueCategories.CategorizedIssue issue = issues.find(issueKey, actor)
                .filter(found -> found.projectId() == projectId)
                .orElseThrow(() -> new NotFoundException("issue.unknown",
                        "This project has no issue with that key that you can see"));
        RequestCategory previous = issue.category();
        if (issue.stored().orElse(null) == category) {
            return new Result(issue.issueKey(), previous, category, false);
        }
        if (ledger == null || category == RequestCategory.CHANGE_REQUEST) {
            store(actor, projectId, issue, previous, category);
        } else {
            // under the change-request lock, so a submission cannot slip in between the check and the change
            ledger.locked(List.of(ContingentLedger.changeRequestLock(projectId, issue.issueId())), () -> {
                requireNoOpenChangeRequest(projectId, issue.issueId());
                store(actor, projectId, issue, previous, category);
                return null;
            });
        }
        return new Result(issue.issueKey(), previous, category, true);
    }

    private void requireNoOpenChangeRequest(long projectId, long issueId) {
        ChangeRequest changeRequest = ledger.changeRequests().find(projectId, issueId);
        Optional<ChangeRequest.State> state = changeRequest.state();
        ChangeRequest.State holding = state.filter(s -> s == ChangeRequest.State.SUBMITTED).orElse(
                changeRequest.approvedInForce().isPresent() ? ChangeRequest.State.APPROVED : null);
        if (holding != null) {
            String described = holding == ChangeRequest.State.SUBMITTED ? "waits for the decision of the customer"
                    : "is approved";
            // the code names the state: category.changeRequestOpen.SUBMITTED or ...APPROVED
            throw new ConflictException("category.changeRequestOpen." + holding.name(), "The change request of this "
                    + "ticket " + described + ": billing follows its decisions, so the category stays Change request");
        }
    }

    private void store(String actor, long projectId, IssueCategories.CategorizedIssue issue, RequestCategory previous,
            RequestCategory category) {
        issues.store(issue.issueId(), category, actor);
        audit.record(new AuditEntry(projectId, clock.instant(), actor, AuditEntry.Action.CHANGE_CATEGORY,
                AuditEntry.params("issueKey", issue.issueKey(), "issueId", Long.toString(issue.issueId()), "from",
                        previous.key(), "to", category.key()),
                "Issue " + issue.issueKey() + ": " + previous.fieldValue() + " -> " + category.fieldValue()));
    }
}
