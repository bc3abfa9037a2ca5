package org.pcrnavigator.engine.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.List;
import java.util.Map;
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
        g.writeStringField("format", Report.FORMAT);
        if (r.caseId() != null) g.writeStringField("caseId", r.caseId());
        g.writeStringField("asOf", r.asOf().toString());
        g.writeStringField("lawVersion", r.lawVersion());
        g.writeArrayFieldStart("convictions");
        for (Report.ConvictionResult c : r.convictions()) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("statute", c.statute());
            g.writeStringField("isConviction", c.isConviction().result().id());
            if (!brief) tree("isConvictionExplanation", c.isConviction(), g);
            g.writeObjectFieldStart("sentence");
            g.writeStringField("result", c.sentence().result().id());
            if (!brief) tree("explanation", c.sentence(), g);
            g.writeEndObject();
            g.writeObjectFieldStart("potentialSentence");
            g.writeStringField("oneYearOrMore", c.potentialSentence().result().id());
            if (!brief) tree("explanation", c.potentialSentence(), g);
            g.writeEndObject();
            g.writeArrayFieldStart("consequences");
            for (Report.CategoryResult cr : c.consequences()) {
                g.writeStartObject();
                g.writeStringField("category", cr.category());
                g.writeStringField("result", cr.explanation().result().id());
                if (cr.governmentReading() != null) g.writeStringField("resultWhereGovernmentMustProve", cr.governmentReading().result().id());
                if (!brief) tree("explanation", cr.explanation(), g);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("vehicles");
            for (VehicleAssessment v : c.vehicles()) {
                g.writeStartObject();
                g.writeStringField("vehicle", v.vehicle());
                g.writeStringField("availability", v.availability());
                g.writeStringField("immigrationEffect", v.immigrationEffect());
                g.writeStringField("remedy", v.remedy());
                if (v.availableUntil() != null) g.writeStringField("availableUntil", v.availableUntil().toString());
                if (!brief) tree("explanation", v.explanation(), g);
                strings("missingFacts", v.missingFacts(), g);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("priorRelief");
            for (Report.PriorReliefResult p : c.priorRelief()) {
                g.writeStartObject();
                g.writeStringField("type", p.type());
                g.writeStringField("immigrationEffect", p.immigrationEffect());
                if (!brief) tree("explanation", p.explanation(), g);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("grounds");
        for (Report.GroundResult gr : r.grounds()) {
            g.writeStartObject();
            g.writeStringField("ground", gr.ground());
            g.writeStringField("result", gr.result());
            strings("convictions", gr.convictions(), g);
            if (!brief) tree("explanation", gr.explanation(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("goals");
        for (Report.GoalResult gl : r.goals()) {
            g.writeStartObject();
            g.writeStringField("goal", gl.goal());
            g.writeStringField("status", gl.status());
            strings("blockers", gl.blockers(), g);
            if (!brief) tree("explanation", gl.explanation(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("plan");
        for (Report.PlanStep p : r.plan()) {
            g.writeStartObject();
            g.writeStringField("conviction", p.conviction());
            g.writeStringField("fix", p.fix());
            if (p.alternative() != null) g.writeStringField("alternative", p.alternative());
            strings("unblocks", p.unblocks(), g);
            if (!p.improves().isEmpty()) strings("improves", p.improves(), g);
            strings("vehicles", p.vehicles(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("questions");
        for (Report.Question q : r.questions()) {
            g.writeStartObject();
            g.writeStringField("fact", q.fact());
            if (!brief) g.writeStringField("prompt", q.prompt());
            strings("affects", q.affects(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The explanation tree of the case format, as field {@code name}: rule, result, text, facts, authorities, because. */
    private static void tree(String name, Finding f, JsonGenerator g) throws IOException {
        g.writeFieldName(name);
        tree(f, g);
    }

    private static void tree(Finding f, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.rule());
        g.writeStringField("result", f.result().id());
        g.writeStringField("text", f.text());
        g.writeObjectFieldStart("facts");
        for (Map.Entry<String, String> e : f.facts().entrySet()) g.writeStringField(e.getKey(), e.getValue());
        g.writeEndObject();
        strings("authorities", f.authorities(), g);
        g.writeArrayFieldStart("because");
        for (Finding b : f.because()) tree(b, g);
        g.writeEndArray();
        if (!f.missingFacts().isEmpty()) strings("missingFacts", f.missingFacts(), g);
        g.writeEndObject();
    }

    private static void strings(String name, List<String> values, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }
}
