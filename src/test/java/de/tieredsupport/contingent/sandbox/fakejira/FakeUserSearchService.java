package de.tieredsupport.contingent.sandbox.fakejira;

import java.util.List;
import java.util.stream.Collectors;

import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.user.ApplicationUser;

/** Fake of Jira's {@link UserSearchService}: the sandbox users whose e-mail address matches, ignoring case. */
public final class FakeUserSearchService implements UserSearchService {

    private final FakeUsers users;

    public FakeUserSearchService(FakeUsers users) {
        this.users = users;
    }

    @Override
    public Iterable<ApplicationUser> findUsersByEmail(String email) {
        List<ApplicationUser> found = users.all().stream()
                .filter(user -> user.getEmailAddress().equalsIgnoreCase(email))
                .collect(Collectors.toList());
        return found;
    }
}
