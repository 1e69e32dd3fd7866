package de.tieredsupport.contingent.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A decision link sent to a decision maker for one estimate round of a ticket's change request (model version 5).
 * Only the SHA-256 of the token is kept; what was decided is the round's (table {@code CR_ROUND}).
 */
@Table("CR_LINK")
@Indexes({
    @Index(name = "CR_LINK_HASH", methodNames = {"getTokenHash"}, unique = true),
    @Index(name = "CR_LINK_ROUND", methodNames = {"getProjectId", "getIssueId", "getRoundNumber"})
})
public interface ChangeRequestLinkEntity extends Entity {

    /** Lower-case hex SHA-256 of the token. */
    @NotNull
    @StringLength(64)
    String getTokenHash();
    void setTokenHash(String tokenHash);

    @NotNull
    long getProjectId();
    void setProjectId(long projectId);

    @NotNull
    long getIssueId();
    void setIssueId(long issueId);

    /** The ticket's key when the link was issued. */
    String getIssueKey();
    void setIssueKey(String issueKey);

    @NotNull
    int getRoundNumber();
    void setRoundNumber(int roundNumber);

    String getMakerName();
    void setMakerName(String name);

    String getMakerEmail();
    void setMakerEmail(String email);

    String getMakerLanguage();
    void setMakerLanguage(String language);

    long getIssuedAt();
    void setIssuedAt(long epochMillis);

    long getExpiresAt();
    void setExpiresAt(long epochMillis);

    /** When this link was used for the decision; 0 while unused. */
    long getUsedAt();
    void setUsedAt(long epochMillis);
}
