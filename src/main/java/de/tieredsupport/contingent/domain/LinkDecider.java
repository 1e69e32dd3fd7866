package de.tieredsupport.contingent.domain;

import java.util.Optional;

/**
 * Who decided through a decision link, kept where a decision stores its actor (otherwise a Jira user key). The
 * form {@code <link>Name} can never be a Jira user key: Jira refuses {@code <} and {@code >} in user names.
 */
public final class LinkDecider {

    private static final String PREFIX = "<link>";

    private LinkDecider() {
    }

    /** The actor of a decision the decision maker took through a link. */
    public static String actor(DecisionMaker maker) {
        return PREFIX + maker.name();
    }

    /** The decision maker's name if the actor decided through a link; empty for a Jira user key. */
    public static Optional<String> nameOf(String actor) {
        return actor != null && actor.startsWith(PREFIX) ? Optional.of(actor.substring(PREFIX.length()))
                : Optional.empty();
    }
}
