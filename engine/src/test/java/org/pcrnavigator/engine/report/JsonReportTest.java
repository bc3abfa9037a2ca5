package org.pcrnavigator.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;

/**
 * Random reports, full and brief, whose strings hold every kind of character: the bytes written are those
 * Jackson's UTF-8 generator writes for the same tokens. (The order of the fields is the golden files' to keep.)
 */
class JsonReportTest {
    private static final JsonFactory JACKSON = new JsonFactory();

    @Test
    void randomReportsAreWrittenAsJacksonWritesThem() throws IOException {
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            Report r = new Randoms(random).report();
            for (boolean brief : new boolean[] {true, false}) {
                byte[] written = JsonReport.renderUtf8(r, brief);
                assertThat(written).as("report %d, brief %s", i, brief).isEqualTo(rewrittenAsUtf8(written));
            }
        }
    }

    private static byte[] rewrittenAsUtf8(byte[] json) throws IOException {
        ByteArrayBuilder out = new ByteArrayBuilder();
        try (JsonParser p = JACKSON.createParser(json); JsonGenerator g = JACKSON.createGenerator(out, JsonEncoding.UTF8)) {
            p.nextToken();
            g.copyCurrentStructure(p);
        }
        return out.toByteArray();
    }

    /** Parts of a report, with strings of every kind of character. */
    private record Randoms(Random random) {
        Report report() {
            return new Report(maybe(this::text), LocalDate.of(2026, 11, 28), text(), "en", list(this::conviction),
                    list(() -> new Report.GroundResult(text(), text(), list(this::text), finding(2))),
                    list(() -> new Report.GoalResult(text(), text(), list(this::text), finding(2))),
                    list(() -> new Report.PlanStep(text(), text(), maybe(this::text), list(this::text), list(this::text), list(this::text))),
                    list(() -> new Report.Question(text(), text(), list(this::text))));
        }

        Report.ConvictionResult conviction() {
            return new Report.ConvictionResult(text(), maybe(this::text), finding(2), finding(1), finding(1),
                    list(() -> new Report.CategoryResult(text(), finding(2), maybe(() -> finding(0)))),
                    list(() -> new VehicleAssessment(text(), text(), text(), text(), finding(1), list(this::text),
                            maybe(() -> LocalDate.of(2027, 1, 1 + random.nextInt(31))))),
                    list(() -> new Report.PriorReliefResult(text(), text(), finding(1))));
        }

        Finding finding(int depth) {
            Finding.Builder b = Finding.of(text());
            for (int i = random.nextInt(3); i > 0; i--) b.fact(factName(), text());
            for (int i = random.nextInt(3); i > 0; i--) b.cite(text());
            for (int i = random.nextInt(2); i > 0; i--) b.missing(text());
            if (depth > 0) for (int i = random.nextInt(3); i > 0; i--) b.because(finding(depth - 1));
            return b.conclude(Result.values()[random.nextInt(Result.values().length)], text());
        }

        <T> List<T> list(Supplier<T> item) {
            List<T> items = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) items.add(item.get());
            return items;
        }

        <T> T maybe(Supplier<T> value) { return random.nextInt(4) == 0 ? null : value.get(); }

        String text() { return Utf8JsonWriterTest.randomString(random); }

        /**
         * A fact's name without a lone surrogate: Jackson's parser, with which this test and render re-read the
         * JSON, refuses one in a field name. Fact names are the rules' and the knowledge base's, never a case's. (The pattern sees
         * code points: a paired surrogate is one above U+FFFF and stays.)
         */
        String factName() { return text().replaceAll("[\\x{D800}-\\x{DFFF}]", ""); }
    }
}
