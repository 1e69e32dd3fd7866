package de.tieredsupport.contingent.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One estimate round of a ticket's change request (model version 5). Rounds are numbered from 1 per ticket; the
 * decision columns are null (or 0) until the round is decided.
 */
@Table("CR_ROUND")
@Indexes({
    @Index(name = "CR_ROUND_ISSUE", methodNames = {"getIssueId", "getRoundNumber"}, unique = true),
    @Index(name = "CR_ROUND_PROJECT", methodNames = {"getProjectId"})
})
public interface ChangeRequestRoundEntity extends Entity {

    @NotNull
    long getProjectId();
    void setProjectId(long projectId);

    @NotNull
    long getIssueId();
    void setIssueId(long issueId);

    @NotNull
    int getRoundNumber();
    void setRoundNumber(int number);

    @StringLength(StringLength.UNLIMITED)
    String getScope();
    void setScope(String scope);

    long getEstimateMinutes();
    void setEstimateMinutes(long minutes);

    String getLevelKey();
    void setLevelKey(String levelKey);

    String getPreparedBy();
    void setPreparedBy(String userKey);

    long getPreparedAt();
    void setPreparedAt(long epochMillis);

    /** Null while a draft. */
    String getSubmittedBy();
    void setSubmittedBy(String userKey);

    /** 0 while a draft. */
    long getSubmittedAt();
    void setSubmittedAt(long epochMillis);

    /** {@code APPROVED}, {@code REJECTED} or {@code WITHDRAWN}; null while undecided. */
    String getOutcome();
    void setOutcome(String outcome);

    String getDecidedBy();
    void setDecidedBy(String decidedBy);

    boolean getDecidedViaLink();
    void setDecidedViaLink(boolean viaLink);

    long getDecidedAt();
    void setDecidedAt(long epochMillis);

    @StringLength(StringLength.UNLIMITED)
    String getDecisionComment();
    void setDecisionComment(String comment);

    /** When work reached the approved estimate and that was announced; 0 while not. */
    long getEstimateReachedAt();
    void setEstimateReachedAt(long epochMillis);
}
