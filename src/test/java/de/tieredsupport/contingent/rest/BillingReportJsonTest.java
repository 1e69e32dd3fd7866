package de.tieredsupport.contingent.rest;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The ticket lines and figures of the billing report as JSON, character for character: field order, nulls, booleans,
 * decimals written plain with their scale, text escaped as JSON requires. A report holds one such line per ticket, so
 * they are written field by field; the answer must stay what clients have always read.
 */
public class BillingReportJsonTest {

    private static final ObjectMapper JSON = JsonConfiguration.create();

    private static BillingReportJson.FiguresJson figures(String amount) {
        return new BillingReportJson.FiguresJson(100, 20, 5, 120, new BigDecimal(amount));
    }

    @Test
    public void figuresKeepTheirFieldsAndPlainDecimals() throws Exception {
        assertEquals("{\"inContingentMinutes\":100,\"overageMinutes\":20,\"suspendedMinutes\":5,\"billedMinutes\":120,"
                + "\"amount\":140.00}", JSON.writeValueAsString(figures("140.00")));
        assertEquals("{\"inContingentMinutes\":100,\"overageMinutes\":20,\"suspendedMinutes\":5,\"billedMinutes\":120,"
                + "\"amount\":-35.50}", JSON.writeValueAsString(figures("-35.50")));
        assertEquals("{\"inContingentMinutes\":100,\"overageMinutes\":20,\"suspendedMinutes\":5,\"billedMinutes\":120,"
                + "\"amount\":1000}", JSON.writeValueAsString(figures("1E+3")));
    }

    @Test
    public void ticketLinesKeepTheirFieldsNullsAndEscapes() throws Exception {
        List<BillingReportJson.TicketLineJson> lines = List.of(
                new BillingReportJson.TicketLineJson(10001, "ACME-1", "Drucker \"offline\" \u00e4\u00f6\u00fc </script>\n\t\\",
                        false, "L1", figures("163.33")),
                new BillingReportJson.TicketLineJson(10002, "ACME-2", null, true, "L2", figures("0.00")),
                new BillingReportJson.TicketLineJson(10003, null, null, false, "L3", figures("5.83")));
        assertEquals("[{\"issueId\":10001,\"issueKey\":\"ACME-1\",\"summary\":\"Drucker \\\"offline\\\" \u00e4\u00f6\u00fc "
                + "</script>\\n\\t\\\\\",\"restricted\":false,\"level\":\"L1\",\"figures\":{\"inContingentMinutes\":100,"
                + "\"overageMinutes\":20,\"suspendedMinutes\":5,\"billedMinutes\":120,\"amount\":163.33}},"
                + "{\"issueId\":10002,\"issueKey\":\"ACME-2\",\"summary\":null,\"restricted\":true,\"level\":\"L2\","
                + "\"figures\":{\"inContingentMinutes\":100,\"overageMinutes\":20,\"suspendedMinutes\":5,"
                + "\"billedMinutes\":120,\"amount\":0.00}},"
                + "{\"issueId\":10003,\"issueKey\":null,\"summary\":null,\"restricted\":false,\"level\":\"L3\","
                + "\"figures\":{\"inContingentMinutes\":100,\"overageMinutes\":20,\"suspendedMinutes\":5,"
                + "\"billedMinutes\":120,\"amount\":5.83}}]", JSON.writeValueAsString(lines));
        // the same bytes through a generator of bytes, as the REST answer is written
        assertEquals(JSON.writeValueAsString(lines),
                new String(JSON.writeValueAsBytes(lines), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    public void aLevelLineWritesItsTicketsInPlace() throws Exception {
        BillingReportJson.LevelLineJson level = new BillingReportJson.LevelLineJson("L1", new BigDecimal("70.00"), 480,
                60, 0, 540, figures("163.33"), 0, List.of(new BillingReportJson.TicketLineJson(7, "X-7", "",
                        false, "L1", figures("1.17"))));
        assertEquals("{\"level\":\"L1\",\"hourlyRate\":70.00,\"baseMinutes\":480,\"topUpMinutes\":60,"
                + "\"carryInMinutes\":0,\"availableMinutes\":540,\"figures\":{\"inContingentMinutes\":100,"
                + "\"overageMinutes\":20,\"suspendedMinutes\":5,\"billedMinutes\":120,\"amount\":163.33},"
                + "\"carryOutMinutes\":0,\"tickets\":[{\"issueId\":7,\"issueKey\":\"X-7\",\"summary\":\"\","
                + "\"restricted\":false,\"level\":\"L1\",\"figures\":{\"inContingentMinutes\":100,"
                + "\"overageMinutes\":20,\"suspendedMinutes\":5,\"billedMinutes\":120,\"amount\":1.17}}]}",
                JSON.writeValueAsString(level));
    }
}
