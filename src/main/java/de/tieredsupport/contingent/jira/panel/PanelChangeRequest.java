package de.tieredsupport.contingent.jira.panel;

import java.util.List;

/**
 * A Change request ticket's change request on the issue panel, every text already in the reader's language
 * (accessors are allowlisted for the template): its state, the approved estimate in force with its amount (empty
 * without the right to see money) and who approved it how, the work so far and its percentage of the estimate, the
 * current or pending round when it is not the one in force, and for agents the form's values, the level choices and
 * the REST URL the panel's script writes to.
 *
 * @param url empty for readers who may not prepare
 */
public record PanelChangeRequest(String state, String stateKey, String inForce, String amount, String approval,
        String effort, String current, String scope, String hours, String minutes, List<PanelOption> levels,
        String url) {

    public PanelChangeRequest {
        levels = List.copyOf(levels);
    }

    public boolean canEdit() {
        return !url.isEmpty();
    }
}
