package de.tieredsupport.contingent.sandbox.fakejira;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;

/**
 * Fake of Jira's user directory ({@link UserManager}): the fixed sandbox users. Who may do what is decided by
 * {@link FakePermissionManager} and {@link FakeGlobalPermissionManager}, as a permission scheme would.
 */
public final class FakeUsers implements UserManager {

    /** Jira administrator (global ADMINISTER and SYSTEM_ADMIN). */
    public static final String ADMIN = "admin";
    /** Project administrator of every demo project (a billing manager). */
    public static final String MANAGER = "manager";
    /** Browses the demo projects and works on their issues. */
    public static final String AGENT = "agent";
    /** Logged in, but without any permission on the demo projects. */
    public static final String OUTSIDER = "outsider";
    /**
     * Rights in one project only: administers (and browses and works on) Nordlicht Logistik ({@code NORD}), holds
     * nothing in ACME or Bäckerei Müller; a billing manager of one customer. For the tests that check that rights in
     * one project reveal nothing about the others.
     */
    public static final String PARTNER = "partner";

    private final Map<String, FakeUser> users = new LinkedHashMap<>();

    public FakeUsers() {
        add(new FakeUser(ADMIN, "Ada Admin", "admin@tieredsupport.example"));
        add(new FakeUser(MANAGER, "Maria Manager", "manager@tieredsupport.example"));
        add(new FakeUser(AGENT, "Alex Agent", "agent@tieredsupport.example"));
        add(new FakeUser(OUTSIDER, "Otto Outsider", "outsider@elsewhere.example"));
        add(new FakeUser(PARTNER, "Pia Partner", "partner@nordlicht.example"));
    }

    private void add(FakeUser user) {
        users.put(user.getKey(), user);
    }

    /** Adds a user beyond the fixed ones (tests: e.g. one whose key and display name are hostile markup). */
    public FakeUser register(FakeUser user) {
        if (users.putIfAbsent(user.getKey(), user) != null) {
            throw new IllegalArgumentException("user exists: " + user.getKey());
        }
        return user;
    }

    @Override
    public ApplicationUser getUserByKey(String userKey) {
        return userKey == null ? null : users.get(userKey);
    }

    /** The user, or null for an unknown key (anonymous). */
    public FakeUser find(String userKey) {
        return userKey == null ? null : users.get(userKey);
    }

    public Collection<FakeUser> all() {
        return Collections.unmodifiableCollection(users.values());
    }
}
