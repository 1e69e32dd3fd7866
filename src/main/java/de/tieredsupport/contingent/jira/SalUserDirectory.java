package de.tieredsupport.contingent.jira;

import java.util.Optional;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

import de.tieredsupport.contingent.service.port.UserDirectory;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Users' display names by user key through SAL. */
@Named
public final class SalUserDirectory implements UserDirectory {

    private final UserManager users;

    @Inject
    public SalUserDirectory(@ComponentImport("salUserManager") UserManager users) {
        this.users = users;
    }

    @Override
    public Optional<String> displayName(String userKey) {
        try {
            UserProfile profile = users.getUserProfile(new UserKey(userKey));
            String name = profile == null ? null : profile.getFullName();
            return name == null || name.isBlank() ? Optional.empty() : Optional.of(name);
        } catch (RuntimeException unavailable) {
            // a name is a nicety: an entry shows its user key rather than fail
            return Optional.empty();
        }
    }
}
