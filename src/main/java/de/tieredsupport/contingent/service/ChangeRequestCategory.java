package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.RequestCategory;
import de.tieredsupport.contingent.service.port.AuditEntry;
import de.tieredsupport.contingent.service.port.AuditLog;
import de.tieredsupport.contingent.service.port.IssueCategories;
import java.time.Clock;
import java.util.Objects;

/**
 * Use case: an agent sets the request category of a ticket (Question, Defect, Change request). The value lives in
 * Jira's "Request category" field, so Jira's change history keeps every change; the plugin's audit records it too.
 */
public final class ChangeRequestCategory {

    private final AccessPolicy policy;
    private final IssueCategories issues;
    private final AuditLog audit;
    private final Clock clock;

    public ChangeRequestCategory(AccessPolicy policy, IssueCategories issues, AuditLog audit, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.issues = Objects.requireNonNull(issues, "issues");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
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
        issues.store(issue.issueId(), category, actor);
        audit.record(new AuditEntry(projectId, clock.instant(), actor, AuditEntry.Action.CHANGE_CATEGORY,
                AuditEntry.params("issueKey", issue.issueKey(), "issueId", Long.toString(issue.issueId()), "from",
                        previous.key(), "to", category.key()),
                "Issue " + issue.issueKey() + ": " + previous.fieldValue() + " -> " + category.fieldValue()));
        return new Result(issue.issueKey(), previous, category, true);
    }
}
