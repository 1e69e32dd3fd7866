package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.Alert;
import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.DecisionLink;
import de.tieredsupport.contingent.domain.DecisionMaker;
import de.tieredsupport.contingent.domain.DecisionToken;
import de.tieredsupport.contingent.domain.FreeText;
import de.tieredsupport.contingent.domain.LevelStatus;
import de.tieredsupport.contingent.domain.LinkDecider;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.Money;
import de.tieredsupport.contingent.domain.MonthCalculator;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.Terms;
import de.tieredsupport.contingent.domain.TopUp;
import de.tieredsupport.contingent.domain.Violations;
import de.tieredsupport.contingent.service.port.DecisionLinkStore;
import de.tieredsupport.contingent.service.port.DecisionMailer;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The customer's decision through a link. When a level's usage crosses the contract's decision threshold in a
 * month, each decision maker gets one link (once per level and month); the link's page shows the level's month and
 * lets the decision maker add contingent or suspend the level for the rest of the month. The decision is stored
 * through {@link CustomerDecisions}, the same way a manager's is, under the month's lock together with the link's
 * use, so the first decision wins.
 * <p>
 * Every link that cannot decide (unknown, tampered, used, expired, for another month, for a closed month, or no
 * longer matching the minutes it was issued for) gets {@link Neutral}: the caller cannot tell these apart.
 */
public final class DecisionLinks {

    private static final System.Logger LOG = System.getLogger(DecisionLinks.class.getName());

    /** A store without links, for hosts that never issue any. */
    static final DecisionLinkStore NO_LINKS = new DecisionLinkStore() {
        @Override
        public void add(DecisionLink link) {
            throw new UnsupportedOperationException("This host issues no decision links");
        }

        @Override
        public Optional<DecisionLink> findByHash(String tokenHash) {
            return Optional.empty();
        }

        @Override
        public List<DecisionLink> findRequest(long projectId, YearMonth month, SupportLevel level) {
            return List.of();
        }

        @Override
        public void update(DecisionLink link) {
            throw new UnsupportedOperationException("This host issues no decision links");
        }
    };

    /** What a link's page shows. */
    public sealed interface Page permits Neutral, Open, Decided {
    }

    /** The same answer for every link that cannot decide. */
    public record Neutral() implements Page {
    }

    /**
     * A link that can decide: the level's month as it stands.
     *
     * @param hourlyRate the level's rate, for the money a top-up costs
     */
    public record Open(DecisionLink link, Contract contract, LevelStatus status, Money hourlyRate,
            int incrementMinutes) implements Page {
    }

    /**
     * What was decided for the level and month.
     *
     * @param byThisLink whether this link's holder decided just now
     */
    public record Decided(DecisionLink link, Contract contract, DecisionLink.Outcome outcome, boolean byThisLink)
            implements Page {
    }

    /**
     * The decision maker's choice: add {@code minutes} of contingent, or suspend the level for the rest of the
     * month; with an optional note.
     */
    public record Choice(DecisionLink.Kind kind, long minutes, String note) {

        public Choice {
            Objects.requireNonNull(kind, "kind");
        }
    }

    private final CustomerDecisions decisions;
    private final ContingentLedger ledger;
    private final DecisionLinkStore links;
    private final DecisionMailer mailer;
    private final SecureRandom random;

    public DecisionLinks(CustomerDecisions decisions, DecisionLinkStore links, DecisionMailer mailer,
            SecureRandom random) {
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.ledger = decisions.ledger();
        this.links = Objects.requireNonNull(links, "links");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.random = Objects.requireNonNull(random, "random");
    }

    // ----------------------------------------------------------------- issuing

    /**
     * After an alert was recorded and committed: if it is the decision threshold of the terms in force and the
     * contract has decision makers, each gets a link, unless links were already issued for the level and month.
     * Mails go out after the links are stored. Never throws: a failure is logged, the alert stays sent.
     */
    public void onAlert(Alert alert, Contract contract) {
        try {
            Optional<Terms> terms = contract.termsFor(alert.month());
            if (terms.isEmpty() || terms.get().decisionMakers().isEmpty()
                    || !terms.get().decisionThresholdPercent().equals(Optional.of(alert.thresholdPercent()))) {
                return;
            }
            List<Issued> issued = ledger.lockedMonth(alert.projectId(), alert.month(),
                    () -> issue(alert, contract, terms.get().decisionMakers()));
            if (issued.isEmpty()) {
                return;
            }
            LevelStatus status = ledger.status(contract, alert.month()).level(alert.level());
            for (Issued i : issued) {
                try {
                    mailer.requestDecision(i.link(), i.token(), contract, status);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "Could not mail the decision link for " + alert.key(), e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not issue decision links for " + alert.key(), e);
        }
    }

    private record Issued(DecisionLink link, String token) {
    }

    private List<Issued> issue(Alert alert, Contract contract, List<DecisionMaker> makers) {
        Instant now = ledger.now();
        YearMonth month = alert.month();
        if (ledger.isClosed(alert.projectId(), month) || !contract.monthOf(now).equals(month)
                || !links.findRequest(alert.projectId(), month, alert.level()).isEmpty()) {
            // a late worklog of a past month asks nobody: a link could not decide anything there
            return List.of();
        }
        List<Issued> issued = new ArrayList<>();
        for (DecisionMaker maker : makers) {
            String token = DecisionToken.create(random);
            DecisionLink link = DecisionLink.issue(DecisionToken.hash(token), contract, month, alert.level(),
                    alert.availableMinutes().toLong(), maker, now);
            links.add(link);
            issued.add(new Issued(link, token));
        }
        return issued;
    }

    // ----------------------------------------------------------------- the page

    /** What the link's page shows now; nothing is stored. */
    public Page view(String token) {
        return find(token).map(this::page).orElse(new Neutral());
    }

    /**
     * Checks the choice for the confirmation step; nothing is stored.
     *
     * @throws de.tieredsupport.contingent.domain.ValidationException naming the field ({@code minutes},
     *         {@code note})
     */
    public Page review(String token, Choice choice) {
        Page page = view(token);
        if (page instanceof Open open) {
            check(choice, open);
        }
        return page;
    }

    /** The money a top-up of {@code minutes} costs at the level's rate (rounded once, like the report). */
    public static Money amount(Open open, long minutes) {
        return MonthCalculator.amount(open.hourlyRate(), minutes);
    }

    /**
     * Stores the decision with the link's use, atomically under the month's lock: the first decision for the level
     * and month wins; a later one gets what was decided. The alert recipients learn of it by mail.
     *
     * @throws de.tieredsupport.contingent.domain.ValidationException for a choice that breaks a rule; nothing stored
     */
    public Page decide(String token, Choice choice) {
        Optional<DecisionLink> found = find(token);
        if (found.isEmpty()) {
            return new Neutral();
        }
        DecisionLink link = found.get();
        Page result = ledger.lockedMonth(link.projectId(), link.month(), () -> {
            Page page = find(token).map(this::page).orElse(new Neutral());
            if (!(page instanceof Open open)) {
                return page;
            }
            check(choice, open);
            return record(open, choice);
        });
        if (result instanceof Decided decided && decided.byThisLink()) {
            try {
                mailer.announceDecision(decided.link(), decided.contract(), choice.note());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not announce the decision of a link", e);
            }
        }
        return result;
    }

    private Decided record(Open open, Choice choice) {
        DecisionLink link = open.link();
        Contract contract = open.contract();
        String actor = LinkDecider.actor(link.maker());
        Instant now = ledger.now();
        if (choice.kind() == DecisionLink.Kind.TOP_UP) {
            decisions.recordTopUp(contract, link.month(), link.level(), choice.minutes(), actor, noteOf(choice));
        } else {
            decisions.recordSuspension(contract, link.month(), link.level(), actor, noteOf(choice), now);
        }
        DecisionLink.Outcome outcome = new DecisionLink.Outcome(choice.kind(),
                choice.kind() == DecisionLink.Kind.TOP_UP ? choice.minutes() : 0, link.maker().name(), true, now);
        DecisionLink used = null;
        for (DecisionLink l : links.findRequest(link.projectId(), link.month(), link.level())) {
            DecisionLink updated = l.tokenHash().equals(link.tokenHash()) ? l.usedAt(now).withOutcome(outcome)
                    : l.withOutcome(outcome);
            links.update(updated);
            if (updated.usedAt() != null) {
                used = updated;
            }
        }
        return new Decided(used == null ? link.usedAt(now).withOutcome(outcome) : used, contract, outcome, true);
    }

    private static String noteOf(Choice choice) {
        return choice.note() == null ? "" : choice.note().strip();
    }

    private void check(Choice choice, Open open) {
        Violations v = new Violations();
        FreeText.check(v, "note", choice.note());
        v.throwIfAny();
        if (choice.kind() == DecisionLink.Kind.TOP_UP) {
            if (choice.minutes() > InputLimits.MAX_MINUTES) {
                v.add("minutes", "minutes.tooLarge", "At most " + InputLimits.MAX_MINUTES + " minutes ("
                        + InputLimits.MAX_HOURS + " hours)", InputLimits.MAX_MINUTES, InputLimits.MAX_HOURS);
                v.throwIfAny();
            }
            Terms terms = ledger.terms(open.contract(), open.link().month());
            TopUp.check(Minutes.of(choice.minutes()), terms.rounding());
        }
    }

    /** The link whose hash the token has, compared in constant time; empty for anything else. */
    private Optional<DecisionLink> find(String token) {
        if (!DecisionToken.wellFormed(token)) {
            return Optional.empty();
        }
        return links.findByHash(DecisionToken.hash(token))
                .filter(link -> DecisionToken.matches(link.tokenHash(), token));
    }

    private Page page(DecisionLink link) {
        Instant now = ledger.now();
        if (!link.openAt(now)) {
            return new Neutral();
        }
        Optional<Contract> contract = ledger.contracts().find(link.projectId());
        if (contract.isEmpty() || !contract.get().monthOf(now).equals(link.month())
                || ledger.isClosed(link.projectId(), link.month())) {
            return new Neutral();
        }
        Optional<DecisionLink.Outcome> outcome = links.findRequest(link.projectId(), link.month(), link.level())
                .stream().map(DecisionLink::outcome).filter(Objects::nonNull).findFirst();
        if (outcome.isPresent()) {
            return new Decided(link, contract.get(), outcome.get(), false);
        }
        Optional<Terms> terms = contract.get().termsFor(link.month());
        if (terms.isEmpty()
                || ledger.months().available(contract.get(), link.month()).get(link.level()).toLong()
                        != link.availableMinutes()) {
            // the contingent changed since the link was issued (new terms): the question it asked is gone
            return new Neutral();
        }
        LevelStatus status = ledger.status(contract.get(), link.month()).level(link.level());
        return new Open(link, contract.get(), status, terms.get().hourlyRate(link.level()),
                terms.get().rounding().incrementMinutes());
    }
}
