package de.tieredsupport.contingent.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A decision link sent to a decision maker (model version 4). Only the SHA-256 of the token is kept. The outcome
 * columns say what was decided for the level and month, written on every link of the request; null while open.
 */
@Table("DECISION_LINK")
@Indexes({
    @Index(name = "DLINK_HASH", methodNames = {"getTokenHash"}, unique = true),
    @Index(name = "DLINK_REQUEST", methodNames = {"getProjectId", "getBillingMonth", "getLevelKey"})
})
public interface DecisionLinkEntity extends Entity {

    /** Lower-case hex SHA-256 of the token. */
    @NotNull
    @StringLength(64)
    String getTokenHash();
    void setTokenHash(String tokenHash);

    @NotNull
    long getProjectId();
    void setProjectId(long projectId);

    /** {@code yyyymm}. */
    @NotNull
    int getBillingMonth();
    void setBillingMonth(int billingMonth);

    @NotNull
    String getLevelKey();
    void setLevelKey(String levelKey);

    long getAvailableMinutes();
    void setAvailableMinutes(long minutes);

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

    /** {@code TOP_UP} or {@code SUSPEND}; null while nothing is decided. */
    String getOutcomeKind();
    void setOutcomeKind(String kind);

    long getOutcomeMinutes();
    void setOutcomeMinutes(long minutes);

    String getOutcomeBy();
    void setOutcomeBy(String decidedBy);

    boolean getOutcomeViaLink();
    void setOutcomeViaLink(boolean viaLink);

    long getOutcomeAt();
    void setOutcomeAt(long epochMillis);
}
