package de.tieredsupport.contingent.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** Decision makers and the decision threshold of a contract's terms: defaults, validation at the field. */
public class DecisionMakersTest {

    private static ContractDraft.Builder seed() {
        return ContractDraft.builder(10_000L).effectiveMonth("2026-03")
                .level("L1", 480L, "70").level("L2", 720L, "80").level("L3", 720L, "90");
    }

    private static Terms terms(ContractDraft draft) {
        return draft.applyTo(Optional.empty(), Optional.empty()).termsFor(YearMonth.of(2026, 3)).orElseThrow();
    }

    private static List<String> problems(ContractDraft draft) {
        try {
            draft.applyTo(Optional.empty(), Optional.empty());
            fail("expected violations");
            return null;
        } catch (ValidationException e) {
            return e.violations().stream().map(v -> v.field() + " " + v.code()).toList();
        }
    }

    @Test
    public void noDecisionMakersAndTheHighestAlertThresholdBelowHundredByDefault() {
        Terms terms = terms(seed().build());
        assertEquals(List.of(), terms.decisionMakers());
        assertEquals(Optional.of(80), terms.decisionThresholdPercent());
        assertEquals(Optional.of(90), terms(seed().thresholds(50, 90, 100).build()).decisionThresholdPercent());
        assertEquals("only 100 % is no point to decide before the contingent is gone", Optional.empty(),
                terms(seed().thresholds(100).build()).decisionThresholdPercent());
    }

    @Test
    public void keepsDecisionMakersAndAnExplicitThreshold() {
        Terms terms = terms(seed().thresholds(50, 80, 100).decisionThreshold(50)
                .decisionMaker("  Erika Mustermann ", "erika@kunde.example", "de")
                .decisionMaker("John Doe", "john@kunde.example", "en").build());
        assertEquals(List.of(new DecisionMaker("Erika Mustermann", "erika@kunde.example", "de"),
                new DecisionMaker("John Doe", "john@kunde.example", "en")), terms.decisionMakers());
        assertEquals(Optional.of(50), terms.decisionThresholdPercent());
    }

    @Test
    public void namesEveryWrongPartAtItsField() {
        assertEquals(List.of(
                "decisionMakers[0].name decisionMaker.nameRequired",
                "decisionMakers[0].email decisionMaker.invalidEmail",
                "decisionMakers[1].name decisionMaker.nameInvalid",
                "decisionMakers[1].language decisionMaker.languageUnknown",
                "decisionThreshold decision.thresholdNotAlert"),
                problems(seed().decisionThreshold(90)
                        .decisionMaker(" ", "not-an-address", "en")
                        .decisionMaker("Line\nbreak", "a@b.example", "fr").build()));
        assertEquals(List.of("decisionMakers[1].email decisionMaker.duplicate"),
                problems(seed().decisionMaker("A", "same@kunde.example", "en")
                        .decisionMaker("B", "SAME@kunde.example", "de").build()));
        assertEquals(List.of("decisionMakers[0].name decisionMaker.nameInvalid"),
                problems(seed().decisionMaker("Evil\u202Eeman", "x@kunde.example", "en").build()));
    }
}
