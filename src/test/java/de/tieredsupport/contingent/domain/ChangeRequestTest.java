package de.tieredsupport.contingent.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.Test;

/** The change request's rounds: estimates, decisions, revisions and the windows of change-request work. */
public class ChangeRequestTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private static Instant at(int hours) {
        return T0.plusSeconds(hours * 3600L);
    }

    private static ChangeRequest.Estimate estimate(String scope, long minutes) {
        return ChangeRequest.Estimate.of(scope, Minutes.of(minutes), SupportLevel.L3, RoundingPolicy.DEFAULT);
    }

    private static ChangeRequest approved() {
        return ChangeRequest.none(1, 2).prepare(estimate("CSV export", 600), "agent", at(0))
                .submit("agent", at(1)).decide(true, "Dana", true, at(2), null);
    }

    @Test
    public void badEstimatesNameTheirField() {
        for (long minutes : new long[] {0, -5, 7, ChangeRequest.MAX_ESTIMATE_MINUTES + 5}) {
            ValidationException e = assertThrows(ValidationException.class, () -> estimate("x", minutes));
            assertEquals("estimateMinutes", e.violations().get(0).field());
        }
        ValidationException both = assertThrows(ValidationException.class,
                () -> ChangeRequest.Estimate.of(" ", Minutes.of(0), SupportLevel.L2, RoundingPolicy.DEFAULT));
        assertEquals(List.of("scope", "estimateMinutes"), both.violations().stream().map(Violation::field).toList());
    }

    @Test
    public void aRevisedEstimateStartsANewRoundWhileTheApprovalStaysInForce() {
        ChangeRequest revised = approved().prepare(estimate("CSV and XLSX export", 900), "agent", at(5));

        assertEquals(2, revised.rounds().size());
        assertEquals(Optional.of(ChangeRequest.State.DRAFT), revised.state());
        assertEquals(1, revised.approvedInForce().orElseThrow().number());
        assertTrue(revised.coversWorkStartingAt(at(6)));
        ChangeRequest edited = revised.prepare(estimate("CSV, XLSX and PDF export", 960), "agent", at(6));
        assertEquals("a draft is edited in place", 2, edited.rounds().size());
        ChangeRequest waiting = edited.submit("agent", at(7));
        ChangeRequest.StateConflict conflict = assertThrows(ChangeRequest.StateConflict.class,
                () -> waiting.prepare(estimate("more", 60), "agent", at(8)));
        assertEquals("changeRequest.awaitingDecision", conflict.code());
        ChangeRequest approvedAgain = waiting.decide(true, "manager", false, at(9), "by phone");
        assertEquals(2, approvedAgain.approvedInForce().orElseThrow().number());
        assertEquals(1, approvedAgain.windows().size());
        assertEquals(Optional.of(6), approvedAgain.percentOfEstimate(Minutes.of(60)));
    }

    @Test
    public void withdrawingARevisionKeepsTheApprovalInForce() {
        ChangeRequest withdrawn = approved().prepare(estimate("more", 900), "agent", at(5)).submit("agent", at(6))
                .withdraw("agent", at(7), "customer asked to wait");

        assertEquals(Optional.of(ChangeRequest.State.WITHDRAWN), withdrawn.state());
        assertEquals(1, withdrawn.approvedInForce().orElseThrow().number());
        assertTrue(withdrawn.coversWorkStartingAt(at(8)));
        assertEquals(List.of(new ChangeRequest.Window(at(2), null)), withdrawn.windows());
    }

    @Test
    public void rejectingARevisionEndsChangeRequestBillingFromThen() {
        ChangeRequest rejected = approved().prepare(estimate("more", 900), "agent", at(5)).submit("agent", at(6))
                .decide(false, "Dana", true, at(7), "too expensive");

        assertTrue(rejected.approvedInForce().isEmpty());
        assertTrue("work before the rejection stays change-request work", rejected.coversWorkStartingAt(at(3)));
        assertFalse("work from the rejection on is normal support", rejected.coversWorkStartingAt(at(7)));
        assertFalse("work before the first approval is normal support", rejected.coversWorkStartingAt(at(1)));
        assertEquals(List.of(new ChangeRequest.Window(at(2), at(7))), rejected.windows());
        assertTrue(rejected.percentOfEstimate(Minutes.of(600)).isEmpty());
    }

    @Test
    public void onlyAWaitingRoundCanBeDecidedOrWithdrawn() {
        ChangeRequest draft = ChangeRequest.none(1, 2).prepare(estimate("x", 60), "agent", at(0));
        assertEquals("changeRequest.notSubmitted", assertThrows(ChangeRequest.StateConflict.class,
                () -> draft.decide(true, "Dana", true, at(1), null)).code());
        assertEquals("changeRequest.notSubmitted", assertThrows(ChangeRequest.StateConflict.class,
                () -> draft.withdraw("agent", at(1), null)).code());
        assertEquals("changeRequest.none", assertThrows(ChangeRequest.StateConflict.class,
                () -> ChangeRequest.none(1, 2).submit("agent", at(1))).code());
        ChangeRequest decided = approved();
        assertEquals("changeRequest.notSubmitted", assertThrows(ChangeRequest.StateConflict.class,
                () -> decided.decide(false, "Erik", true, at(3), null)).code());
        assertEquals("changeRequest.notDraft", assertThrows(ChangeRequest.StateConflict.class,
                () -> decided.submit("agent", at(3))).code());
    }
}
