package de.tieredsupport.contingent.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import de.tieredsupport.contingent.domain.Adjustment;
import de.tieredsupport.contingent.domain.Booking;
import de.tieredsupport.contingent.domain.MonthCalculator;
import de.tieredsupport.contingent.domain.MonthResult;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.domain.TestData;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class SnapshotCodecTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);

    private static MonthResult march(Booking... bookings) {
        return MonthCalculator.compute(TestData.seedContract(MARCH), MARCH, List.of(bookings), List.of(), Map.of());
    }

    @Test
    public void changeRequestLinesAndTheirAdjustmentsSurviveTheSnapshot() {
        MonthResult closed = march(
                TestData.booking(1).issue(3).at("2026-03-02T09:00").minutes(35).build(),
                TestData.booking(2).issue(4).at("2026-03-03T09:00").minutes(25).level(SupportLevel.L3).changeRequest()
                        .build());
        MonthResult later = march(
                TestData.booking(1).issue(3).at("2026-03-02T09:00").minutes(35).build(),
                TestData.booking(2).issue(4).at("2026-03-03T09:00").minutes(25).level(SupportLevel.L3).changeRequest()
                        .build(),
                TestData.booking(3).issue(4).at("2026-03-04T09:00").minutes(10).level(SupportLevel.L3).changeRequest()
                        .build());
        Adjustment settled = Adjustment.due(later, closed, List.of(), APRIL).orElseThrow();
        assertEquals(1, settled.changeRequests().size());

        SnapshotCodec.Snapshot decoded = SnapshotCodec.decode(SnapshotCodec.encode(closed, List.of(settled)));

        assertEquals(closed, decoded.result());
        assertEquals(List.of(settled), decoded.settledAdjustments());
    }

    @Test
    public void aSnapshotWrittenBeforeChangeRequestsReadsAsNone() {
        MonthResult closed = march(TestData.booking(1).issue(3).at("2026-03-02T09:00").minutes(35).build());
        String text = SnapshotCodec.encode(closed, List.of());
        assertTrue(!text.contains("change-request"));
        assertEquals(List.of(), SnapshotCodec.decode(text).result().changeRequests());
        assertEquals(closed, SnapshotCodec.decode(text).result());
    }
}
