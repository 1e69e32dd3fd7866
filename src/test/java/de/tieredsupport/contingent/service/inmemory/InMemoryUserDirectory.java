package de.tieredsupport.contingent.service.inmemory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import de.tieredsupport.contingent.service.port.UserDirectory;

/** Display names set by a test; every lookup counted. */
public final class InMemoryUserDirectory implements UserDirectory {

    private final Map<String, String> names = new HashMap<>();
    private int lookups;

    public InMemoryUserDirectory name(String userKey, String displayName) {
        names.put(userKey, displayName);
        return this;
    }

    public int lookups() {
        return lookups;
    }

    @Override
    public Optional<String> displayName(String userKey) {
        lookups++;
        return Optional.ofNullable(names.get(userKey));
    }
}
