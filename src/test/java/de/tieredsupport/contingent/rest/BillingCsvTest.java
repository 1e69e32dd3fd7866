package de.tieredsupport.contingent.rest;

import static de.tieredsupport.contingent.rest.RestTestServer.ACME;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import de.tieredsupport.contingent.service.BillingReportView;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;

/**
 * The billing CSV read back as a spreadsheet reads it, with a comma and with a semicolon as the separator: whatever
 * a ticket's summary holds, no text cell is split and none starts (after blanks) with a formula character; numbers
 * stay numbers.
 */
public class BillingCsvTest {

    private static final String FORMULA_START = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";
    private static final String[] HOSTILE = {"Drucker;=1+1", " =1+1", "\u00A0=HYPERLINK(\"http://evil.example\")",
        "\uFF1D1+1", "\t=1+1", "+cmd|' /C calc'!A0", "@SUM(1,2)", "-2+3", "a,=b;=c"};

    /** Without a translation at hand the English texts. */
    private static final Messages MESSAGES = new Messages(
            org.mockito.Mockito.mock(com.atlassian.jira.security.JiraAuthenticationContext.class));

    private RestTestServer server;

    @Before
    public void start() {
        server = RestFixture.start();
    }

    @After
    public void stop() {
        server.close();
    }

    @Test
    public void noCellIsAFormulaWithEitherSeparator() throws IOException {
        for (int round = 0; round < HOSTILE.length; round += 3) {
            for (int i = 0; i < 3 && round + i < HOSTILE.length; i++) {
                server.host.issues.put(i + 1, "ACME-" + (i + 1), HOSTILE[round + i]);
            }
            BillingReportView view = server.host.billingReport.report(InMemoryHost.ADMIN, ACME, YearMonth.of(2026, 3));
            for (char separator : new char[] {BillingCsv.COMMA, BillingCsv.SEMICOLON}) {
                List<CSVRecord> records = read(new BillingCsv(MESSAGES).render(view, separator), separator);
                assertEquals(8, records.size());
                List<String> summaries = new ArrayList<>();
                for (CSVRecord record : records) {
                    assertEquals("12 cells, nothing split: " + record, 12, record.size());
                    for (String cell : record) {
                        String visible = cell.replaceFirst("^[\\s\u00A0\u3000]+", "");
                        boolean number = visible.matches("-?\\d+(\\.\\d+)?");
                        assertFalse("formula in " + record, !number && !visible.isEmpty()
                                && FORMULA_START.indexOf(visible.charAt(0)) >= 0);
                    }
                    summaries.add(record.get(4));
                }
                for (int i = 0; i < 3 && round + i < HOSTILE.length; i++) {
                    String text = HOSTILE[round + i];
                    assertTrue(summaries + " holds " + text, summaries.contains(text)
                            || summaries.contains("'" + text));
                }
            }
        }
    }

    @Test
    public void textIsQuotedAndNumbersAreNot() {
        BillingReportView view = server.host.billingReport.report(InMemoryHost.ADMIN, ACME, YearMonth.of(2026, 3));
        String csv = new String(new BillingCsv(MESSAGES).render(view, BillingCsv.SEMICOLON),
                StandardCharsets.UTF_8);
        assertTrue(csv, csv.contains("\r\n\"Ticket\";\"2026-03\";\"L1\";\"ACME-1\";\"Printer offline\";130;0;0;130;"
                + "70,00;151,67;\"EUR\"\r\n"));
        String english = new String(new BillingCsv(MESSAGES).render(view, BillingCsv.COMMA), StandardCharsets.UTF_8);
        assertTrue(english, english.contains("\r\n\"Ticket\",\"2026-03\",\"L1\",\"ACME-1\",\"Printer offline\",130,0,0,"
                + "130,70.00,151.67,\"EUR\"\r\n"));
    }

    /** A spreadsheet reads either file into the same numbers: the amounts of the level lines add up to the total. */
    @Test
    public void bothConventionsReadBackToTheSameAmounts() throws IOException {
        BillingReportView view = server.host.billingReport.report(InMemoryHost.ADMIN, ACME, YearMonth.of(2026, 3));
        for (char separator : new char[] {BillingCsv.COMMA, BillingCsv.SEMICOLON}) {
            List<CSVRecord> records = read(new BillingCsv(MESSAGES).render(view, separator), separator);
            java.math.BigDecimal levels = java.math.BigDecimal.ZERO;
            java.math.BigDecimal total = null;
            for (CSVRecord record : records.subList(1, records.size())) {
                assertEquals(record.toString(), 12, record.size());
                java.math.BigDecimal amount = new java.math.BigDecimal(
                        separator == BillingCsv.SEMICOLON ? record.get(10).replace(',', '.') : record.get(10));
                if (record.get(0).equals("Level")) {
                    levels = levels.add(amount);
                } else if (record.get(0).equals("Total")) {
                    total = amount;
                }
            }
            assertEquals(view.invoiceTotal().amount(), total);
            assertEquals(total, levels);
        }
    }

    @Test
    public void anIssueTheReaderMayNotBrowseIsItsKeyOnly() throws IOException {
        server.host.issues.hide(1, InMemoryHost.ADMIN);
        BillingReportView view = server.host.billingReport.report(InMemoryHost.ADMIN, ACME, YearMonth.of(2026, 3));
        List<CSVRecord> records = read(new BillingCsv(MESSAGES).render(view), BillingCsv.COMMA);
        assertEquals("ACME-1", records.get(1).get(3));
        assertEquals("", records.get(1).get(4));
        assertEquals("the other tickets keep their summary", "'=SUM(A1:A9)", records.get(2).get(4));
    }

    private static List<CSVRecord> read(byte[] csv, char separator) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0));
        return CSVFormat.RFC4180.builder().setDelimiter(separator).build().parse(new StringReader(text.substring(1)))
                .getRecords();
    }
}
