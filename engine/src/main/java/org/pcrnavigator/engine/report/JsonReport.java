package org.pcrnavigator.engine.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;

/**
 * Renders a {@link Report} as the {@code pcr-analysis/1} JSON of the case format, full (with explanation
 * trees and prompts) or brief (every result value, no explanations). Stateless and thread-safe.
 */
public final class JsonReport {
    private static final ObjectWriter PRETTY = new ObjectMapper().writer().with(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectWriter COMPACT = new ObjectMapper().writer();

    private JsonReport() {}

    public static String render(Report r, boolean brief, boolean pretty) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator g = (pretty ? PRETTY : COMPACT).createGenerator(out)) {
            write(r, brief, g);
        } catch (IOException e) {
            throw new IllegalStateException("cannot render the report", e);
        }
        return out.toString();
    }

    /** The compact JSON as UTF-8 bytes: what a bulk run writes, with no string between the report and the file. */
    public static byte[] renderUtf8(Report r, boolean brief) {
        com.fasterxml.jackson.core.util.ByteArrayBuilder out = new com.fasterxml.jackson.core.util.ByteArrayBuilder();
        try (JsonGenerator g = COMPACT.createGenerator(out, JsonEncoding.UTF8)) {
            write(r, brief, g);
        } catch (IOException e) {
            throw new IllegalStateException("cannot render the report", e);
        }
        return out.toByteArray();
    }

    // Written token by token, in the order of the case format: a bulk run renders a report per case, and a map
    // of maps built only to be serialised cost as much as the writing itself.
    private static void write(Report r, boolean brief, JsonGenerator g) throws IOException {
        g.writeStartObject();
        word(g, "format", Report.FORMAT);
        if (r.caseId() != null) text(g, "caseId", r.caseId());
        text(g, "asOf", r.asOf().toString());
        word(g, "lawVersion", r.lawVersion());
        name(g, "convictions");
        g.writeStartArray();
        for (Report.ConvictionResult c : r.convictions()) {
            g.writeStartObject();
            text(g, "id", c.id());
            text(g, "statute", c.statute());
            word(g, "isConviction", c.isConviction().result().id());
            if (!brief) tree("isConvictionExplanation", c.isConviction(), g);
            name(g, "sentence");
            g.writeStartObject();
            word(g, "result", c.sentence().result().id());
            if (!brief) tree("explanation", c.sentence(), g);
            g.writeEndObject();
            name(g, "potentialSentence");
            g.writeStartObject();
            word(g, "oneYearOrMore", c.potentialSentence().result().id());
            if (!brief) tree("explanation", c.potentialSentence(), g);
            g.writeEndObject();
            name(g, "consequences");
            g.writeStartArray();
            for (Report.CategoryResult cr : c.consequences()) {
                g.writeStartObject();
                word(g, "category", cr.category());
                word(g, "result", cr.explanation().result().id());
                if (cr.governmentReading() != null) word(g, "resultWhereGovernmentMustProve", cr.governmentReading().result().id());
                if (!brief) tree("explanation", cr.explanation(), g);
                g.writeEndObject();
            }
            g.writeEndArray();
            name(g, "vehicles");
            g.writeStartArray();
            for (VehicleAssessment v : c.vehicles()) {
                g.writeStartObject();
                word(g, "vehicle", v.vehicle());
                word(g, "availability", v.availability());
                word(g, "immigrationEffect", v.immigrationEffect());
                word(g, "remedy", v.remedy());
                if (v.availableUntil() != null) text(g, "availableUntil", v.availableUntil().toString());
                if (!brief) tree("explanation", v.explanation(), g);
                strings("missingFacts", v.missingFacts(), g);
                g.writeEndObject();
            }
            g.writeEndArray();
            name(g, "priorRelief");
            g.writeStartArray();
            for (Report.PriorReliefResult p : c.priorRelief()) {
                g.writeStartObject();
                word(g, "type", p.type());
                word(g, "immigrationEffect", p.immigrationEffect());
                if (!brief) tree("explanation", p.explanation(), g);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        name(g, "grounds");
        g.writeStartArray();
        for (Report.GroundResult gr : r.grounds()) {
            g.writeStartObject();
            word(g, "ground", gr.ground());
            word(g, "result", gr.result());
            strings("convictions", gr.convictions(), g);
            if (!brief) tree("explanation", gr.explanation(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        name(g, "goals");
        g.writeStartArray();
        for (Report.GoalResult gl : r.goals()) {
            g.writeStartObject();
            word(g, "goal", gl.goal());
            word(g, "status", gl.status());
            strings("blockers", gl.blockers(), g);
            if (!brief) tree("explanation", gl.explanation(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        name(g, "plan");
        g.writeStartArray();
        for (Report.PlanStep p : r.plan()) {
            g.writeStartObject();
            word(g, "conviction", p.conviction());
            word(g, "fix", p.fix());
            if (p.alternative() != null) word(g, "alternative", p.alternative());
            strings("unblocks", p.unblocks(), g);
            if (!p.improves().isEmpty()) strings("improves", p.improves(), g);
            strings("vehicles", p.vehicles(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        name(g, "questions");
        g.writeStartArray();
        for (Report.Question q : r.questions()) {
            g.writeStartObject();
            word(g, "fact", q.fact());
            if (!brief) text(g, "prompt", q.prompt());
            strings("affects", q.affects(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The explanation tree of the case format, as field {@code name}: rule, result, text, facts, authorities, because. */
    private static void tree(String name, Finding f, JsonGenerator g) throws IOException {
        name(g, name);
        tree(f, g);
    }

    private static void tree(Finding f, JsonGenerator g) throws IOException {
        g.writeStartObject();
        word(g, "rule", f.rule());
        word(g, "result", f.result().id());
        text(g, "text", f.text());
        name(g, "facts");
        g.writeStartObject();
        for (Map.Entry<String, String> e : f.facts().entrySet()) g.writeStringField(e.getKey(), e.getValue());
        g.writeEndObject();
        strings("authorities", f.authorities(), g);
        name(g, "because");
        g.writeStartArray();
        for (Finding b : f.because()) tree(b, g);
        g.writeEndArray();
        if (!f.missingFacts().isEmpty()) strings("missingFacts", f.missingFacts(), g);
        g.writeEndObject();
    }

    private static void strings(String name, List<String> values, JsonGenerator g) throws IOException {
        name(g, name);
        g.writeStartArray();
        for (String v : values) g.writeString(v);   // fact paths and conclusions: built per case, not worth a lookup
        g.writeEndArray();
    }

    // Field names, and the words that fill most of a report (results, vehicle, category and goal ids), are
    // encoded once and copied from then on: a bulk run writes the same few hundred strings millions of times.
    // Only a bounded number of words is kept, so case-specific values cannot make the table grow without end.
    private static final Map<String, SerializedString> NAMES = new ConcurrentHashMap<>();
    private static final Map<String, SerializedString> WORDS = new ConcurrentHashMap<>();
    private static final int MAX_WORDS = 4096;

    private static void name(JsonGenerator g, String name) throws IOException {
        SerializedString s = NAMES.get(name);
        if (s == null) s = NAMES.computeIfAbsent(name, SerializedString::new);
        g.writeFieldName(s);
    }

    /** A field whose value comes from the report's vocabulary. */
    private static void word(JsonGenerator g, String name, String value) throws IOException {
        name(g, name);
        word(g, value);
    }

    private static void word(JsonGenerator g, String value) throws IOException {
        if (value == null) {
            g.writeNull();
            return;
        }
        SerializedString s = WORDS.get(value);
        if (s == null) {
            if (WORDS.size() >= MAX_WORDS) {
                g.writeString(value);
                return;
            }
            s = WORDS.computeIfAbsent(value, SerializedString::new);
        }
        g.writeString(s);
    }

    /** A field whose value is the case's own (an id, a date, a sentence). */
    private static void text(JsonGenerator g, String name, String value) throws IOException {
        name(g, name);
        g.writeString(value);
    }
}
