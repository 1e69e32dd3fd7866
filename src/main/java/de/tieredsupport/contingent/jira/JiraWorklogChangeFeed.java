package de.tieredsupport.contingent.jira;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.issue.worklog.WorklogManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

import de.tieredsupport.contingent.service.WorklogChange;
import de.tieredsupport.contingent.service.port.WorklogChangeFeed;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Jira's worklog changes through {@code WorklogManager.getWorklogsUpdatedSince} and
 * {@code WorklogManager.getWorklogsDeletedSince}: one call, one page of worklogs changed since an instant, in the order
 * of their update (deletion) time. Neither method is declared in the compile-only Jira API: their names and results
 * are evidenced by public plugin code, but whether their parameter is {@code Long} or {@code long} is not (see
 * docs/atlassian-api.md, "Listing worklogs for reconciliation"). So they are looked up on Jira's worklog manager at run
 * time, accepting exactly those two forms and nothing else; linking against a guessed descriptor would fail with
 * {@code NoSuchMethodError}. If Jira has no list of deleted worklogs, {@link #deletedSince} says so and the
 * reconciliation checks its bookings with {@link WorklogManager#getById} (declared, CONFIRMED) instead; if Jira has no
 * list of updated worklogs, the run fails with the reason and nothing is changed.
 */
@Named
public final class JiraWorklogChangeFeed implements WorklogChangeFeed {

    static final String UPDATED_SINCE = "getWorklogsUpdatedSince";
    static final String DELETED_SINCE = "getWorklogsDeletedSince";

    private final WorklogManager worklogs;

    @Inject
    public JiraWorklogChangeFeed(@ComponentImport WorklogManager worklogs) {
        this.worklogs = worklogs;
    }

    @Override
    public List<Changed> updatedSince(Instant since) {
        Method method = sinceMethod(worklogs, UPDATED_SINCE);
        if (method == null) {
            throw new UnsupportedOperationException("Jira's WorklogManager has no " + UPDATED_SINCE
                    + "(Long) or (long)");
        }
        List<Changed> changed = new ArrayList<>();
        for (Object item : invoke(method, since)) {
            if (!(item instanceof Worklog worklog) || worklog.getId() == null || worklog.getStartDate() == null
                    || worklog.getIssue() == null) {
                continue;
            }
            Issue issue = worklog.getIssue();
            if (issue.getId() == null || issue.getProjectId() == null) {
                continue;
            }
            WorklogChange change = WorklogBooking.changeOf(WorklogChange.Kind.UPDATED, worklog);
            changed.add(new Changed(change.worklogId(), change.issueId(), change.projectId(), change.authorKey(),
                    change.start(), change.timeSpentSeconds(), change.updated()));
        }
        return changed;
    }

    @Override
    public Optional<List<Deleted>> deletedSince(Instant since) {
        Method method = sinceMethod(worklogs, DELETED_SINCE);
        if (method == null) {
            return Optional.empty();
        }
        List<Deleted> deleted = new ArrayList<>();
        for (Object item : invoke(method, since)) {
            Object id = property(item, "getId");
            Object at = property(item, "getDeletionTime");
            if (id instanceof Long worklogId && at instanceof Date deletedAt) {
                deleted.add(new Deleted(worklogId, deletedAt.toInstant()));
            }
        }
        return Optional.of(deleted);
    }

    @Override
    public boolean exists(long worklogId) {
        return worklogs.getById(worklogId) != null;
    }

    /**
     * The public method {@code name(Long)} or {@code name(long)} returning a collection, or null: first on Jira's
     * {@link WorklogManager} interface (at run time Jira's own, not the declaration compiled against), then on the
     * class of the component Jira hands out.
     */
    static Method sinceMethod(Object target, String name) {
        for (Class<?> type : new Class<?>[] {WorklogManager.class, target.getClass()}) {
            for (Class<?> parameter : new Class<?>[] {Long.class, long.class}) {
                try {
                    Method method = type.getMethod(name, parameter);
                    if (Collection.class.isAssignableFrom(method.getReturnType())
                            && java.lang.reflect.Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
                        return method;
                    }
                } catch (NoSuchMethodException e) {
                    // try the other form
                }
            }
        }
        return null;
    }

    private Collection<?> invoke(Method method, Instant since) {
        try {
            Object result = method.invoke(worklogs, since.toEpochMilli());
            return result == null ? List.of() : (Collection<?>) result;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot call " + method, e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(method + " failed", cause);
        }
    }

    private static Object property(Object item, String getter) {
        if (item == null) {
            return null;
        }
        try {
            return item.getClass().getMethod(getter).invoke(item);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
