package org.pcrnavigator.engine.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pcrnavigator.engine.reasoning.Result;

class PartialDateTest {

    @ParameterizedTest(name = "{0} before {1}: {2}")
    @CsvSource(textBlock = """
        # date       other        answer
        1977,        1978-01-01,  YES
        1978,        1978-01-01,  NO
        1978,        1978-01-02,  UNKNOWN
        1978,        1978-12-31,  UNKNOWN
        1978,        1979-01-01,  YES
        1977,        1977-12-31,  UNKNOWN
        1977-12,     1978-01-01,  YES
        1978-01,     1978-01-01,  NO
        1978-01,     1978-01-02,  UNKNOWN
        1978-01,     1978-01-15,  UNKNOWN
        1978-01,     1978-01-31,  UNKNOWN
        1978-01,     1978-02-01,  YES
        1978-02,     1978-03-01,  YES
        1980-02,     1980-02-29,  UNKNOWN
        1980-02,     1980-03-01,  YES
        1978-01-14,  1978-01-15,  YES
        1978-01-15,  1978-01-15,  NO
        1978-01-16,  1978-01-15,  NO
        """)
    void isBeforeAnswersUnknownWhereThePartialDateStraddles(String date, String other, Result expected) {
        assertThat(PartialDate.parse(date).isBefore(LocalDate.parse(other))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} certainly before {1}: {2}")
    @CsvSource(textBlock = """
        1977,        1978,        true
        1978,        1978,        false
        1977-12,     1978,        true
        1978-01,     1978,        false
        1978,        1978-01-01,  false
        1977-12-31,  1978,        true
        1978-05-31,  1978-06,     true
        1978-06-01,  1978-06,     false
        1978-06,     1978-06-01,  false
        1978-06,     1978-07-01,  true
        """)
    void certainlyBeforeOnlyWhenNoReadingOfEitherDateOverlaps(String a, String b, boolean expected) {
        assertThat(PartialDate.parse(a).certainlyBefore(PartialDate.parse(b))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}..{2}")
    @CsvSource(textBlock = """
        2002,       2002-01-01, 2002-12-31
        2002-05,    2002-05-01, 2002-05-31
        2000-02,    2000-02-01, 2000-02-29
        1900-02,    1900-02-01, 1900-02-28
        2002-05-17, 2002-05-17, 2002-05-17
        """)
    void earliestAndLatestSpanWhatIsUnknown(String written, String earliest, String latest) {
        PartialDate d = PartialDate.parse(written);
        assertThat(d.earliest()).isEqualTo(LocalDate.parse(earliest));
        assertThat(d.latest()).isEqualTo(LocalDate.parse(latest));
        assertThat(d.exact()).isEqualTo(written.length() == 10 ? LocalDate.parse(written) : null);
        assertThat(d.toString()).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
        2002,       2002, ,
        ' 2002 ',   2002, ,
        2002-05,    2002, 5,
        2002-05-17, 2002, 5, 17
        0999,       999, ,
        """)
    void parseKeepsOnlyTheKnownPrecision(String written, int year, Integer month, Integer day) {
        assertThat(PartialDate.parse(written)).isEqualTo(new PartialDate(year, month, day));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "02", "20020", "2002-13", "2002-00", "2002-02-30", "2002-5", "2002-05-1", "05/17/2002",
            "2002/05/17", "May 2002", "2002-05-17T00:00", "unknown"})
    void parseRejectsAnythingElseWithTheExpectedForm(String written) {
        assertThatThrownBy(() -> PartialDate.parse(written))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("YYYY-MM-DD");
    }

    @ParameterizedTest(name = "year {0}, month {1}, day {2}")
    @CsvSource(textBlock = """
        2002, ,   1
        2002, 0,
        2002, 13,
        2002, 2,  30
        """)
    void theConstructorRejectsImpossibleDates(int year, Integer month, Integer day) {
        assertThatThrownBy(() -> new PartialDate(year, month, day)).isInstanceOf(RuntimeException.class);
    }

    /** Full dates are read by hand for speed: they must mean exactly what {@code LocalDate.parse} makes of them. */
    @org.junit.jupiter.api.Test
    void aFullDateIsReadAsTheIsoParserReadsIt() {
        java.util.Random random = new java.util.Random(20261128);
        String alphabet = "0123456789-0123456789 /+٣x";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            if (random.nextBoolean()) {
                // Mostly the shape YYYY-MM-DD with digits that may not make a day (month 13, day 31 in April, 29 February).
                s.append(String.format("%04d-%02d-%02d", random.nextInt(3000), random.nextInt(14), random.nextInt(33)));
                if (random.nextInt(8) == 0) s.setCharAt(random.nextInt(10), alphabet.charAt(random.nextInt(alphabet.length())));
            } else {
                for (int i = random.nextInt(12); i > 0; i--) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String written = s.toString();
            LocalDate expected;
            try {
                expected = LocalDate.parse(written.trim());
            } catch (RuntimeException e) {
                expected = null;
            }
            PartialDate read;
            try {
                read = PartialDate.parse(written);
            } catch (IllegalArgumentException e) {
                read = null;
            }
            if (expected != null) {
                assertThat(read).as(written).isEqualTo(PartialDate.of(expected));
            } else if (read != null) {
                assertThat(read.day()).as(written + " is a year or a month, not a day").isNull();
            }
        }
    }
}
