package de.tieredsupport.contingent.testsupport.csv;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

public class CsvRecordsTest {

    @Test
    public void readsQuotedFieldsDoubledQuotesAndCrlfRecords() {
        assertEquals(List.of(List.of("L1", "a, \"b\"", ""), List.of("L2", "line\r\nbreak", "0.00")),
                CsvRecords.parse("L1,\"a, \"\"b\"\"\",\r\nL2,\"line\r\nbreak\",0.00\r\n"));
    }

    @Test
    public void aLastRecordWithoutLineEndIsKept() {
        assertEquals(List.of(List.of("x", "y")), CsvRecords.parse("x,y"));
    }
}
