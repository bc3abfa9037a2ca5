package org.pcrnavigator.records.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 reading: quoting, line breaks inside fields, a BOM, and bad records that do not stop the file. */
class CsvReaderTest {
    static List<CsvReader.Record> read(String text) throws IOException {
        CsvReader r = new CsvReader(new StringReader(text), ',');
        List<CsvReader.Record> out = new ArrayList<>();
        for (CsvReader.Record rec; (rec = r.next()) != null; ) out.add(rec);
        return out;
    }

    @Test
    void quotedFieldsHoldDelimitersQuotesAndLineBreaks() throws IOException {
        List<CsvReader.Record> rs = read("\uFEFFid,name,note\r\n1,\"Example, Maria\",\"said \"\"no\"\"\"\r\n2,Jose,\"two\r\nlines\"\n3,,\n");
        assertThat(rs).hasSize(4);
        assertThat(rs.get(0).fields()).containsExactly("id", "name", "note");   // the BOM is not part of "id"
        assertThat(rs.get(1).fields()).containsExactly("1", "Example, Maria", "said \"no\"");
        assertThat(rs.get(2).fields()).containsExactly("2", "Jose", "two\r\nlines");
        assertThat(rs.get(3).fields()).containsExactly("3", "", "");
        assertThat(rs).extracting(CsvReader.Record::line).containsExactly(1L, 2L, 3L, 5L);
    }

    @Test
    void aLastLineWithoutLineBreakAndAnEmptyQuotedFieldRead() throws IOException {
        assertThat(read("a,\"\",c").get(0).fields()).containsExactly("a", "", "c");
        assertThat(read("")).isEmpty();
        assertThat(read("\uFEFF")).isEmpty();
    }

    @Test
    void aStrayQuoteIsAnErrorAndTheNextLineStillReads() throws IOException {
        List<CsvReader.Record> rs = read("a,b\n1,x\"y\n2,z\n");
        assertThat(rs.get(1).ok()).isFalse();
        assertThat(rs.get(1).line()).isEqualTo(2);
        assertThat(rs.get(1).error()).contains("quote inside unquoted field 2");
        assertThat(rs.get(2).fields()).containsExactly("2", "z");
        assertThat(rs.get(2).line()).isEqualTo(3);
    }

    @Test
    void textAfterAClosingQuoteIsAnError() throws IOException {
        List<CsvReader.Record> rs = read("\"ab\"c,d\n1,2\n");
        assertThat(rs.get(0).error()).contains("text after the closing quote of field 1");
        assertThat(rs.get(1).fields()).containsExactly("1", "2");
    }

    @Test
    void aQuoteNeverClosedNamesTheLineItOpenedOn() throws IOException {
        List<CsvReader.Record> rs = read("a,b\n1,2\n3,\"open\nmore\n");
        assertThat(rs).hasSize(3);
        assertThat(rs.get(2).line()).isEqualTo(3);
        assertThat(rs.get(2).error()).isEqualTo("a quoted field opened on line 3 is never closed");
    }

    @Test
    void otherDelimiters() throws IOException {
        CsvReader r = new CsvReader(new StringReader("a;\"b;c\";d\te\n"), ';');
        assertThat(r.next().fields()).containsExactly("a", "b;c", "d\te");
        CsvReader tab = new CsvReader(new StringReader("a\t\"b\tc\"\n"), '\t');
        assertThat(tab.next().fields()).containsExactly("a", "b\tc");
    }
}
