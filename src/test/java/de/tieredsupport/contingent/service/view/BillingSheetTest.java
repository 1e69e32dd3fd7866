package de.tieredsupport.contingent.service.view;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.Before;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.service.BillingReportView;
import de.tieredsupport.contingent.service.DisplayFormat;
import de.tieredsupport.contingent.service.inmemory.InMemoryHost;
import de.tieredsupport.contingent.testsupport.i18n.BundleI18n;

/**
 * The Excel sheet read as a spreadsheet reads it: a cell's value is its {@code x:num} when it has one (Excel's
 * HTML import), else its text. The document is well-formed XML, so the JDK's parser opens it.
 */
public class BillingSheetTest {

    private static final long PROJECT = 10_000L;

    private InMemoryHost host;

    @Before
    public void setUp() {
        host = InMemoryHost.at("2026-11-10T12:00");
        host.configureSeed(PROJECT, "2026-11");
        host.levels.set(501, SupportLevel.L1);
        host.levels.set(502, SupportLevel.L2);
        host.levels.set(503, SupportLevel.L1);
        host.issues.put(501, "ACME-1", "=SUM(A1:A9) Drucker & <Scanner>");
        host.issues.put(502, "ACME-2", "Gro\u00dfe \u00c4nderung");
        host.issues.put(503, "ACME-3", "3/4");
        host.log(1, 501, PROJECT, "2026-11-02T09:00", 7 * 60);       // bills 10 min L1
        host.log(2, 501, PROJECT, "2026-11-03T09:00", 3 * 3600 + 1); // bills 3:05 L1
        host.log(3, 502, PROJECT, "2026-11-04T09:00", 95 * 60);      // bills 1:35 L2
        host.log(4, 503, PROJECT, "2026-11-05T09:00", 5 * 60);       // bills 5 min L1
    }

    private BillingReportView view(String month) {
        return host.billingReport.report(InMemoryHost.ADMIN, PROJECT, YearMonth.parse(month));
    }

    private static BillingSheet sheet(BillingReportView view, Locale locale) {
        BundleI18n i18n = new BundleI18n(locale);
        return new BillingSheet(view, new DisplayFormat(locale, InMemoryHost.BERLIN),
                (key, args) -> args.length == 0 ? i18n.getText(key) : i18n.getText(key, (Object) args));
    }

    private static Document open(String html) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    /** The cells of the rows with the class, in document order: one list per row. */
    private static List<List<Element>> rows(Document sheet, String rowClass) {
        List<List<Element>> rows = new ArrayList<>();
        NodeList trs = sheet.getElementsByTagName("tr");
        for (int i = 0; i < trs.getLength(); i++) {
            Element tr = (Element) trs.item(i);
            if (!rowClass.equals(tr.getAttribute("class"))) {
                continue;
            }
            List<Element> cells = new ArrayList<>();
            NodeList children = tr.getChildNodes();
            for (int j = 0; j < children.getLength(); j++) {
                if (children.item(j) instanceof Element cell) {
                    cells.add(cell);
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The number a spreadsheet holds in the cell. */
    private static BigDecimal number(Element cell) {
        assertTrue(cell.getTextContent() + " is a number", cell.hasAttribute("x:num"));
        return new BigDecimal(cell.getAttribute("x:num"));
    }

    private static long minutes(Element cell) {
        return number(cell).multiply(BigDecimal.valueOf(24 * 60)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static BigDecimal sumOfAmounts(Document sheet, String... rowClasses) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String rowClass : rowClasses) {
            for (List<Element> row : rows(sheet, rowClass)) {
                for (Element cell : row) {
                    if (cell.getAttribute("class").contains("sc-amount")
                            || cell.getAttribute("class").contains("sc-ticket-amount")) {
                        sum = sum.add(number(cell));
                    }
                }
            }
        }
        return sum;
    }

    private static BigDecimal invoiceTotal(Document sheet) {
        List<List<Element>> invoice = rows(sheet, "sc-invoice-line");
        assertEquals(1, invoice.size());
        return number(invoice.get(0).get(1));
    }

    @Test
    public void theAmountCellsAddUpToTheInvoiceTotal() throws Exception {
        BillingReportView view = view("2026-11");
        Document sheet = open(sheet(view, Locale.ENGLISH).document("ACME <GmbH>"));

        // 200 min at 70 EUR/h = 233.33; 95 min at 80 EUR/h = 126.67
        assertEquals(new BigDecimal("360.00"), invoiceTotal(sheet));
        assertEquals(view.invoiceTotal().amount(), invoiceTotal(sheet));
        assertEquals(invoiceTotal(sheet), sumOfAmounts(sheet, "sc-level-line", "sc-adjustment-line"));
        // the ticket lines add up to the level lines, as the domain allocates them
        assertEquals(invoiceTotal(sheet), sumOfAmounts(sheet, "sc-ticket-line"));
    }

    @Test
    public void withAdjustmentsOfAClosedMonthTheAmountsStillAddUp() throws Exception {
        host.setTime("2026-12-05T10:00");
        host.closeMonth.close(InMemoryHost.ADMIN, PROJECT, YearMonth.of(2026, 11));
        host.log(5, 502, PROJECT, "2026-11-20T09:00", 30 * 60); // late: an adjustment of November
        host.log(6, 501, PROJECT, "2026-12-01T09:00", 60 * 60);  // December's own work, 1 h L1
        Document sheet = open(sheet(view("2026-12"), Locale.GERMAN).document("ACME"));

        List<List<Element>> adjustments = rows(sheet, "sc-adjustment-line");
        assertEquals(1, adjustments.size());
        assertEquals("Korrekturen abgeschlossener Monate: November 2026, 2nd\u2011Level",
                adjustments.get(0).get(0).getTextContent());
        assertEquals(30, minutes(adjustments.get(0).get(8)));
        // 30 min at 80 EUR/h = 40.00 of November; 60 min at 70 EUR/h = 70.00 of December
        assertEquals(new BigDecimal("110.00"), invoiceTotal(sheet));
        assertEquals(invoiceTotal(sheet), sumOfAmounts(sheet, "sc-level-line", "sc-adjustment-line"));
    }

    @Test
    public void theSummaryHasEveryFigureOfTheReportAsNumbers() throws Exception {
        Document sheet = open(sheet(view("2026-11"), Locale.ENGLISH).document("ACME"));
        List<List<Element>> levels = rows(sheet, "sc-level-line");
        assertEquals(3, levels.size());
        List<Element> l1 = levels.get(0);
        assertEquals("1st\u00a0level", l1.get(0).getTextContent());
        // contingent, top-ups, carried in, used, in contingent, over, while suspended, billed
        long[] expected = {8 * 60, 0, 0, 200, 200, 0, 0, 200};
        for (int i = 0; i < expected.length; i++) {
            assertEquals("column " + (i + 1), expected[i], minutes(l1.get(i + 1)));
            assertEquals("\\[h\\]\\:mm", l1.get(i + 1).getAttribute("style")
                    .replace("mso-number-format:'", "").replace("'", ""));
        }
        assertEquals(new BigDecimal("70.00"), number(l1.get(9)));
        assertEquals(new BigDecimal("233.33"), number(l1.get(10)));
        assertEquals("mso-number-format:'\\#\\,\\#\\#0\\.00'", l1.get(10).getAttribute("style"));
        assertEquals(0, minutes(l1.get(11)));
        // the cell text is the reader's format, for programs that ignore x:num
        assertEquals("3h 20m", l1.get(8).getTextContent());
        assertEquals("233.33", l1.get(10).getTextContent());

        NodeList headings = sheet.getElementsByTagName("th");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < headings.getLength(); i++) {
            texts.add(headings.item(i).getTextContent());
        }
        for (String heading : List.of("Contingent", "Top-ups", "Carried in", "Used", "In contingent",
            "Over contingent", "While suspended", "Billed", "Hourly rate (EUR)", "Amount (EUR)", "Carried over")) {
            assertTrue(heading + " in " + texts, texts.contains(heading));
        }
    }

    @Test
    public void germanCellTextsAndHeadings() throws Exception {
        String html = sheet(view("2026-11"), Locale.GERMAN).document("ACME");
        Document sheet = open(html);
        List<Element> l1 = rows(sheet, "sc-level-line").get(0);
        assertEquals("233,33", l1.get(10).getTextContent());
        assertEquals(new BigDecimal("233.33"), number(l1.get(10)));
        assertTrue(html.contains("Betrag (EUR)"));
        assertTrue(html.contains("November 2026"));
    }

    @Test
    public void textCellsAreEscapedTextAndNeverFormulas() throws Exception {
        String html = sheet(view("2026-11"), Locale.ENGLISH).document("=HYPERLINK(\"x\") <b>");
        assertFalse(html.contains("<b>"));
        assertFalse(html.contains("<Scanner>"));
        Document sheet = open(html);
        List<String> summaries = new ArrayList<>();
        for (List<Element> row : rows(sheet, "sc-ticket-line")) {
            assertEquals("mso-number-format:'\\@'", row.get(2).getAttribute("style"));
            summaries.add(row.get(2).getTextContent());
        }
        assertTrue(summaries.toString(), summaries.contains("'=SUM(A1:A9) Drucker & <Scanner>"));
        assertTrue("a summary like a date stays text", summaries.contains("3/4"));
        assertFalse(sheet.getElementsByTagName("th").item(0).getTextContent().startsWith("="));
    }

    @Test
    public void theFileNameHasProjectKeyAndMonth() {
        assertEquals("billing-ACME-2026-11.xls", BillingSheet.fileName("ACME", view("2026-11")));
        assertEquals("billing-A_B-2026-11.xls", BillingSheet.fileName("A\"B", view("2026-11")));
    }
}
