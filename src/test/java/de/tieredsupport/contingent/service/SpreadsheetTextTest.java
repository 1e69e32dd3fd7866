package de.tieredsupport.contingent.service;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class SpreadsheetTextTest {

    @Test
    public void formulaStartsGetAnApostrophe() {
        for (String formula : new String[] {"=1+1", "+1", "-2+3", "@SUM(1,2)", " =1+1", "\u00A0=1+1", "\t=1+1",
                "  \t +cmd|' /C calc'!A0", "\uFF1D1+1", "\uFF0B1", "\uFF0D1", "\uFF20SUM(1)", "\u3000=1",
                "\u22121", "\r\n=1+1"}) {
            assertEquals(formula, "'" + formula, SpreadsheetText.cell(formula));
        }
    }

    @Test
    public void tabOrLineBreakFirstGetsAnApostropheAsWell() {
        assertEquals("'\tabc", SpreadsheetText.cell("\tabc"));
        assertEquals("'\rabc", SpreadsheetText.cell("\rabc"));
    }

    @Test
    public void ordinaryTextStaysAsItIs() {
        for (String text : new String[] {"Printer offline", "Drucker;Köln", "ACME-1", "a=b", "1-2", "E-Mail",
                "  leading spaces", "", "'quoted already"}) {
            assertEquals(text, text, SpreadsheetText.cell(text));
        }
        assertEquals("", SpreadsheetText.cell(null));
    }
}
