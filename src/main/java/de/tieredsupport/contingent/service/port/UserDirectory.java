package de.tieredsupport.contingent.service.port;

import java.util.Optional;

/** Who a user key stands for, as people read it. */
public interface UserDirectory {

    /** The user's display name; empty for an unknown user, one without a name, or when the directory is unavailable. */
    Optional<String> displayName(String userKey);
}
