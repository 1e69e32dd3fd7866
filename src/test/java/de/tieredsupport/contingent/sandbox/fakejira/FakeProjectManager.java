package de.tieredsupport.contingent.sandbox.fakejira;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;

/** Fake of Jira's {@link ProjectManager}: the sandbox's fixed projects, in the order they were added. */
public final class FakeProjectManager implements ProjectManager {

    private final Map<Long, FakeProject> byId = new ConcurrentHashMap<>();
    private final List<FakeProject> ordered = new java.util.concurrent.CopyOnWriteArrayList<>();

    public FakeProject add(long id, String key, String name) {
        FakeProject project = new FakeProject(id, key, name);
        if (byId.putIfAbsent(id, project) == null) {
            ordered.add(project);
        }
        return byId.get(id);
    }

    @Override
    public Project getProjectObj(Long id) {
        return id == null ? null : byId.get(id);
    }

    @Override
    public Project getProjectByCurrentKey(String key) {
        return ordered.stream().filter(p -> p.key().equals(key)).findFirst().orElse(null);
    }

    @Override
    public List<Project> getProjectObjects() {
        return new ArrayList<>(ordered);
    }

    public List<FakeProject> all() {
        return List.copyOf(ordered);
    }
}
