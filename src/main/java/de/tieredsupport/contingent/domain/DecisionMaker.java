package de.tieredsupport.contingent.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A person on the customer's side who decides when a level's contingent runs short (usually without a Jira
 * account): a name for the mails and the audit trail, the address the decision link goes to, and the language of
 * the mail and the decision page.
 */
public record DecisionMaker(String name, String email, String language) {

    /** Languages a decision maker can get mails and pages in. */
    public static final List<String> LANGUAGES = List.of("en", "de");
    public static final int MAX_NAME_LENGTH = 200;

    public DecisionMaker {
        Violations v = new Violations();
        check(v, "decisionMaker", name, email, language);
        v.throwIfAny();
    }

    /** The rules for one decision maker at {@code field} (e.g. {@code decisionMakers[0]}). */
    static void check(Violations v, String field, String name, String email, String language) {
        if (name == null || name.isBlank()) {
            v.add(field + ".name", "decisionMaker.nameRequired", "The decision maker's name is required");
        } else if (name.length() > MAX_NAME_LENGTH) {
            v.add(field + ".name", "decisionMaker.nameTooLong", "At most " + MAX_NAME_LENGTH + " characters",
                    MAX_NAME_LENGTH);
        } else if (!FreeText.printable(name) || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0
                || name.indexOf('\t') >= 0 || FreeText.hasFormatCharacter(name)) {
            // the name goes into mail texts and audit lines: one line of visible characters
            v.add(field + ".name", "decisionMaker.nameInvalid",
                    "The name must be one line without control or invisible characters");
        }
        if (!Terms.isEmailAddress(email)) {
            v.add(field + ".email", "decisionMaker.invalidEmail", "'" + email + "' is not a valid e-mail address",
                    String.valueOf(email));
        }
        if (language == null || !LANGUAGES.contains(language)) {
            v.add(field + ".language", "decisionMaker.languageUnknown", "Language '" + language
                    + "' is not one of " + LANGUAGES, String.valueOf(language));
        }
    }

    /** Every decision maker valid, and no address given twice. */
    static void checkAll(Violations v, List<DecisionMaker> makers) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < makers.size(); i++) {
            DecisionMaker maker = makers.get(i);
            String field = "decisionMakers[" + i + "]";
            if (maker == null) {
                v.add(field, "decisionMaker.required", "A decision maker must not be empty");
                continue;
            }
            if (seen.stream().anyMatch(maker.email()::equalsIgnoreCase)) {
                v.add(field + ".email", "decisionMaker.duplicate", "Decision maker " + maker.email()
                        + " is given twice", maker.email());
            } else {
                seen.add(maker.email());
            }
        }
    }

    /** Validates raw input, reporting every problem at its field; null for invalid input. */
    public static List<DecisionMaker> parse(Violations v, List<Raw> raw) {
        List<DecisionMaker> makers = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < raw.size(); i++) {
            Raw r = raw.get(i);
            String field = "decisionMakers[" + i + "]";
            if (r == null) {
                v.add(field, "decisionMaker.required", "A decision maker must not be empty");
                valid = false;
                continue;
            }
            int before = v.list().size();
            check(v, field, r.name(), r.email(), r.language());
            if (v.list().size() == before) {
                makers.add(new DecisionMaker(r.name().strip(), r.email(), r.language()));
            } else {
                valid = false;
            }
        }
        if (!valid) {
            return null;
        }
        checkAll(v, makers);
        return makers;
    }

    /** A decision maker as typed, not yet checked. */
    public record Raw(String name, String email, String language) {
    }
}
