package org.pcrnavigator.law.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pcrnavigator.law.time.Timeline.Entry;
import org.pcrnavigator.law.time.Timeline.NoValueInForce;

class TimelineTest {
    private static LocalDate d(String s) { return s == null || s.isEmpty() ? null : LocalDate.parse(s); }

    private static Entry<Integer> e(String from, String to, int value) { return new Entry<>(new DateRange(d(from), d(to)), value); }

    /** The misdemeanor maximum: 365 days before 2015, 364 from 2015-01-01 (PC 18.5). */
    private static final Timeline<Integer> MISDEMEANOR_MAX = Timeline.of("ca.misdemeanor_max_days",
            List.of(e(null, "2015-01-01", 365), e("2015-01-01", null, 364)));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
        1900-01-01, 365
        2014-12-31, 365
        2015-01-01, 364
        2015-01-02, 364
        2099-12-31, 364
        """)
    void toIsTheFirstDayOutAndFromTheFirstDayIn(String day, int expected) {
        assertThat(MISDEMEANOR_MAX.valueAt(d(day))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[2015-01-01, 2016-01-01) contains {0}: {1}")
    @CsvSource(textBlock = """
        2014-12-31, false
        2015-01-01, true
        2015-12-31, true
        2016-01-01, false
        """)
    void halfOpenRangeBoundaries(String day, boolean in) {
        DateRange r = new DateRange(d("2015-01-01"), d("2016-01-01"));
        assertThat(r.contains(d(day))).isEqualTo(in);
        Timeline<String> t = Timeline.of("one year", List.of(new Entry<>(r, "x")));
        assertThat(t.covers(d(day))).isEqualTo(in);
        if (in) {
            assertThat(t.valueAt(d(day))).isEqualTo("x");
        } else {
            assertThatThrownBy(() -> t.valueAt(d(day))).isInstanceOf(NoValueInForce.class);
        }
    }

    @Test
    void beforeCoverageIsAnErrorNeverADefault() {
        Timeline<Integer> t = Timeline.of("us.sentence_one_year_days", List.of(e("1996-09-30", null, 365)));
        assertThat(t.valueAt(d("1996-09-30"))).isEqualTo(365);
        assertThatThrownBy(() -> t.valueAt(d("1996-09-29")))
                .isInstanceOf(NoValueInForce.class)
                .hasMessageContaining("us.sentence_one_year_days")
                .hasMessageContaining("1996-09-29")
                .hasMessageContaining("[1996-09-30, …)");
    }

    @ParameterizedTest(name = "{0} falls in the gap: {1}")
    @CsvSource(textBlock = """
        2009-12-31, false
        2010-01-01, true
        2012-06-15, true
        2014-12-31, true
        2015-01-01, false
        """)
    void aGapBetweenRangesHasNoValue(String day, boolean inGap) {
        Timeline<Integer> t = Timeline.of("gappy", List.of(e(null, "2010-01-01", 1), e("2015-01-01", null, 2)));
        assertThat(t.covers(d(day))).isEqualTo(!inGap);
        if (inGap) {
            assertThatThrownBy(() -> t.valueAt(d(day)))
                    .isInstanceOf(NoValueInForce.class)
                    .hasMessageContaining(day)
                    .hasMessageContaining("gappy");
        } else {
            assertThat(t.valueAt(d(day))).isIn(1, 2);
        }
    }

    @Test
    void anEmptyTimelineHasNoValueAnywhere() {
        Timeline<Integer> t = Timeline.of("empty", List.of());
        assertThatThrownBy(() -> t.valueAt(d("2020-01-01"))).isInstanceOf(NoValueInForce.class);
    }

    @ParameterizedTest(name = "[{0}, {1}) and [{2}, {3}) overlap")
    @CsvSource(textBlock = """
        # from1,   to1,        from2,      to2
        ,          2015-01-02, 2015-01-01,
        2015-01-01,,           2010-01-01, 2015-01-02
        ,          ,           2015-01-01, 2016-01-01
        2010-01-01,2020-01-01, 2012-01-01, 2013-01-01
        2010-01-01,2020-01-01, 2010-01-01, 2020-01-01
        ,          ,           ,
        """)
    void overlapIsRejectedAtBuildNamingBothRanges(String from1, String to1, String from2, String to2) {
        DateRange a = new DateRange(d(from1), d(to1));
        DateRange b = new DateRange(d(from2), d(to2));
        assertThat(a.overlaps(b)).isTrue();
        assertThat(b.overlaps(a)).isTrue();
        assertThatThrownBy(() -> Timeline.of("ca.test", List.of(new Entry<>(a, 1), new Entry<>(b, 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ca.test")
                .hasMessageContaining(a.toString())
                .hasMessageContaining(b.toString())
                .hasMessageContaining("overlap");
    }

    @ParameterizedTest(name = "[{0}, {1}) and [{2}, {3}) are adjacent or apart")
    @CsvSource(textBlock = """
        ,          2015-01-01, 2015-01-01,
        2015-01-01,,           ,           2015-01-01
        2010-01-01,2015-01-01, 2015-01-01, 2020-01-01
        2010-01-01,2015-01-01, 2016-01-01, 2020-01-01
        """)
    void adjacentRangesAreAccepted(String from1, String to1, String from2, String to2) {
        DateRange a = new DateRange(d(from1), d(to1));
        DateRange b = new DateRange(d(from2), d(to2));
        assertThat(a.overlaps(b)).isFalse();
        assertThat(b.overlaps(a)).isFalse();
        Timeline<Integer> t = Timeline.of("ok", List.of(new Entry<>(a, 1), new Entry<>(b, 2)));
        assertThat(t.entries()).hasSize(2);
    }

    @Test
    void theOverlapMessageNamesTheExactRanges() {
        assertThatThrownBy(() -> Timeline.of("ca.pc.273_5 cimt",
                List.of(e("2015-01-01", null, 2), e(null, "2015-01-02", 1))))
                .hasMessage("ca.pc.273_5 cimt: ranges […, 2015-01-02) and [2015-01-01, …) overlap");
    }

    @Test
    void entriesAreKeptInDateOrderWhateverOrderTheyCameIn() {
        Timeline<Integer> t = Timeline.of("t", List.of(e("2015-01-01", null, 2), e(null, "2015-01-01", 1)));
        assertThat(t.entries()).extracting(Entry::value).containsExactly(1, 2);
        assertThat(t.valueAt(d("2014-12-31"))).isEqualTo(1);
    }

    @ParameterizedTest(name = "from {0} to {1} is rejected")
    @CsvSource({"2015-01-01, 2015-01-01", "2015-01-02, 2015-01-01"})
    void aRangeMustEndAfterItStarts(String from, String to) {
        assertThatThrownBy(() -> new DateRange(d(from), d(to)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(from)
                .hasMessageContaining(to);
    }

    @Test
    void aOneDayRangeHoldsExactlyOneDay() {
        DateRange r = new DateRange(d("2015-01-01"), d("2015-01-02"));
        assertThat(r.contains(d("2014-12-31"))).isFalse();
        assertThat(r.contains(d("2015-01-01"))).isTrue();
        assertThat(r.contains(d("2015-01-02"))).isFalse();
    }
}
