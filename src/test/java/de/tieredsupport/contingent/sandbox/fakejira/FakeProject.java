package de.tieredsupport.contingent.sandbox.fakejira;

import com.atlassian.jira.project.Project;

/** Fake Jira project: id, key and name only. */
public record FakeProject(long id, String key, String name) implements Project {

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getName() {
        return name;
    }
}
