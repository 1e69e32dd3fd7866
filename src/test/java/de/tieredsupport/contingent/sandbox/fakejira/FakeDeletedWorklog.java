package de.tieredsupport.contingent.sandbox.fakejira;

import java.util.Date;

/** An entry of Jira's list of deleted worklogs: the worklog's id and when it was deleted. */
public final class FakeDeletedWorklog {

    private final Long id;
    private final Date deletionTime;

    public FakeDeletedWorklog(Long id, Date deletionTime) {
        this.id = id;
        this.deletionTime = deletionTime;
    }

    public Long getId() {
        return id;
    }

    public Date getDeletionTime() {
        return new Date(deletionTime.getTime());
    }
}
