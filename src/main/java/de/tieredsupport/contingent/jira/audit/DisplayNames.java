package de.tieredsupport.contingent.jira.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

/** Users' display names by user key through SAL, each looked up once per list; the key for an unknown user. */
public final class DisplayNames {

    private DisplayNames() {
    }

    public static UnaryOperator<String> of(UserManager users) {
        Map<String, String> known = new HashMap<>();
        return key -> key == null ? null : known.computeIfAbsent(key, k -> {
            try {
                UserProfile profile = users.getUserProfile(new UserKey(k));
                String name = profile == null ? null : profile.getFullName();
                return name == null || name.isBlank() ? k : name;
            } catch (RuntimeException unavailable) {
                return k;
            }
        });
    }
}
