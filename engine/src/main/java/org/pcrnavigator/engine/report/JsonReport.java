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
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;

/**
 * Renders a {@link Report} as the {@code pcr-analysis/1} JSON of the case format, full (with explanation
 * trees and prompts) or brief (every result value, no explanations). Stateless and thread-safe.
 */
public final class JsonReport {
    private static final ObjectWriter PRETTY = new ObjectMapper().writer().with(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectWriter COMPACT = new ObjectMapper().writer();

    // The case format's field names, encoded once.
    private static final SerializedString AFFECTS = new SerializedString("affects");
    private static final SerializedString ALTERNATIVE = new SerializedString("alternative");
    private static final SerializedString AS_OF = new SerializedString("asOf");
    private static final SerializedString AUTHORITIES = new SerializedString("authorities");
    private static final SerializedString AVAILABILITY = new SerializedString("availability");
    private static final SerializedString AVAILABLE_UNTIL = new SerializedString("availableUntil");
    private static final SerializedString BECAUSE = new SerializedString("because");
    private static final SerializedString BLOCKERS = new SerializedString("blockers");
    private static final SerializedString CASE_ID = new SerializedString("caseId");
    private static final SerializedString CATEGORY = new SerializedString("category");
    private static final SerializedString CONSEQUENCES = new SerializedString("consequences");
    private static final SerializedString CONVICTION = new SerializedString("conviction");
    private static final SerializedString CONVICTIONS = new SerializedString("convictions");
    private static final SerializedString EXPLANATION = new SerializedString("explanation");
    private static final SerializedString FACT = new SerializedString("fact");
    private static final SerializedString FACTS = new SerializedString("facts");
    private static final SerializedString FIX = new SerializedString("fix");
    private static final SerializedString FORMAT = new SerializedString("format");
    private static final SerializedString GOAL = new SerializedString("goal");
    private static final SerializedString GOALS = new SerializedString("goals");
    private static final SerializedString GROUND = new SerializedString("ground");
    private static final SerializedString GROUNDS = new SerializedString("grounds");
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString IMMIGRATION_EFFECT = new SerializedString("immigrationEffect");
    private static final SerializedString IMPROVES = new SerializedString("improves");
    private static final SerializedString IS_CONVICTION = new SerializedString("isConviction");
    private static final SerializedString IS_CONVICTION_EXPLANATION = new SerializedString("isConvictionExplanation");
    private static final SerializedString LAW_VERSION = new SerializedString("lawVersion");
    private static final SerializedString MISSING_FACTS = new SerializedString("missingFacts");
    private static final SerializedString ONE_YEAR_OR_MORE = new SerializedString("oneYearOrMore");
    private static final SerializedString PLAN = new SerializedString("plan");
    private static final SerializedString POTENTIAL_SENTENCE = new SerializedString("potentialSentence");
    private static final SerializedString PRIOR_RELIEF = new SerializedString("priorRelief");
    private static final SerializedString PROMPT = new SerializedString("prompt");
    private static final SerializedString QUESTIONS = new SerializedString("questions");
    private static final SerializedString REMEDY = new SerializedString("remedy");
    private static final SerializedString RESULT = new SerializedString("result");
    private static final SerializedString RESULT_WHERE_GOVERNMENT_MUST_PROVE = new SerializedString("resultWhereGovernmentMustProve");
    private static final SerializedString RULE = new SerializedString("rule");
    private static final SerializedString SENTENCE = new SerializedString("sentence");
    private static final SerializedString STATUS = new SerializedString("status");
    private static final SerializedString STATUTE = new SerializedString("statute");
    private static final SerializedString TEXT = new SerializedString("text");
    private static final SerializedString TYPE = new SerializedString("type");
    private static final SerializedString UNBLOCKS = new SerializedString("unblocks");
    private static final SerializedString VEHICLE = new SerializedString("vehicle");
    private static final SerializedString VEHICLES = new SerializedString("vehicles");

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
        word(g, FORMAT, Report.FORMAT);
        if (r.caseId() != null) text(g, CASE_ID, r.caseId());
        text(g, AS_OF, r.asOf().toString());
        word(g, LAW_VERSION, r.lawVersion());
        name(g, CONVICTIONS);
        g.writeStartArray();
        for (Report.ConvictionResult c : r.convictions()) {
            g.writeStartObject();
            text(g, ID, c.id());
            text(g, STATUTE, c.statute());
            result(g, IS_CONVICTION, c.isConviction().result());
            if (!brief) tree(IS_CONVICTION_EXPLANATION, c.isConviction(), g);
            name(g, SENTENCE);
            g.writeStartObject();
            result(g, RESULT, c.sentence().result());
            if (!brief) tree(EXPLANATION, c.sentence(), g);
            g.writeEndObject();
            name(g, POTENTIAL_SENTENCE);
            g.writeStartObject();
            result(g, ONE_YEAR_OR_MORE, c.potentialSentence().result());
            if (!brief) tree(EXPLANATION, c.potentialSentence(), g);
            g.writeEndObject();
            name(g, CONSEQUENCES);
            g.writeStartArray();
            for (Report.CategoryResult cr : c.consequences()) {
                g.writeStartObject();
                word(g, CATEGORY, cr.category());
                result(g, RESULT, cr.explanation().result());
                if (cr.governmentReading() != null) result(g, RESULT_WHERE_GOVERNMENT_MUST_PROVE, cr.governmentReading().result());
                if (!brief) tree(EXPLANATION, cr.explanation(), g);
                g.writeEndObject();
            }
            g.writeEndArray();
            name(g, VEHICLES);
            g.writeStartArray();
            for (VehicleAssessment v : c.vehicles()) {
                g.writeStartObject();
                word(g, VEHICLE, v.vehicle());
                word(g, AVAILABILITY, v.availability());
                word(g, IMMIGRATION_EFFECT, v.immigrationEffect());
                word(g, REMEDY, v.remedy());
                if (v.availableUntil() != null) text(g, AVAILABLE_UNTIL, v.availableUntil().toString());
                if (!brief) tree(EXPLANATION, v.explanation(), g);
                strings(MISSING_FACTS, v.missingFacts(), g);
                g.writeEndObject();
            }
            g.writeEndArray();
            name(g, PRIOR_RELIEF);
            g.writeStartArray();
            for (Report.PriorReliefResult p : c.priorRelief()) {
                g.writeStartObject();
                text(g, TYPE, p.type());
                word(g, IMMIGRATION_EFFECT, p.immigrationEffect());
                if (!brief) tree(EXPLANATION, p.explanation(), g);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        name(g, GROUNDS);
        g.writeStartArray();
        for (Report.GroundResult gr : r.grounds()) {
            g.writeStartObject();
            word(g, GROUND, gr.ground());
            word(g, RESULT, gr.result());
            strings(CONVICTIONS, gr.convictions(), g);
            if (!brief) tree(EXPLANATION, gr.explanation(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        name(g, GOALS);
        g.writeStartArray();
        for (Report.GoalResult gl : r.goals()) {
            g.writeStartObject();
            word(g, GOAL, gl.goal());
            word(g, STATUS, gl.status());
            strings(BLOCKERS, gl.blockers(), g);
            if (!brief) tree(EXPLANATION, gl.explanation(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        name(g, PLAN);
        g.writeStartArray();
        for (Report.PlanStep p : r.plan()) {
            g.writeStartObject();
            word(g, CONVICTION, p.conviction());
            word(g, FIX, p.fix());
            if (p.alternative() != null) word(g, ALTERNATIVE, p.alternative());
            strings(UNBLOCKS, p.unblocks(), g);
            if (!p.improves().isEmpty()) strings(IMPROVES, p.improves(), g);
            strings(VEHICLES, p.vehicles(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        name(g, QUESTIONS);
        g.writeStartArray();
        for (Report.Question q : r.questions()) {
            g.writeStartObject();
            text(g, FACT, q.fact());
            if (!brief) text(g, PROMPT, q.prompt());
            strings(AFFECTS, q.affects(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The explanation tree of the case format, as field {@code name}: rule, result, text, facts, authorities, because. */
    private static void tree(SerializedString name, Finding f, JsonGenerator g) throws IOException {
        name(g, name);
        tree(f, g);
    }

    private static void tree(Finding f, JsonGenerator g) throws IOException {
        g.writeStartObject();
        word(g, RULE, f.rule());
        result(g, RESULT, f.result());
        text(g, TEXT, f.text());
        name(g, FACTS);
        g.writeStartObject();
        for (Map.Entry<String, String> e : f.facts().entrySet()) g.writeStringField(e.getKey(), e.getValue());
        g.writeEndObject();
        strings(AUTHORITIES, f.authorities(), g);
        name(g, BECAUSE);
        g.writeStartArray();
        for (Finding b : f.because()) tree(b, g);
        g.writeEndArray();
        if (!f.missingFacts().isEmpty()) strings(MISSING_FACTS, f.missingFacts(), g);
        g.writeEndObject();
    }

    private static void strings(SerializedString name, List<String> values, JsonGenerator g) throws IOException {
        name(g, name);
        g.writeStartArray();
        for (String v : values) g.writeString(v);   // fact paths and conclusions: built per case, not worth a lookup
        g.writeEndArray();
    }

    // Field names, results and the words that fill most of a report (vehicle, category and goal ids) are encoded
    // once and copied from then on: a bulk run writes the same few hundred strings millions of times. Only a
    // bounded number of words is kept, so case-specific values cannot make the table grow without end.
    private static final Map<String, SerializedString> WORDS = new ConcurrentHashMap<>();
    private static final int MAX_WORDS = 4096;

    private static final SerializedString[] RESULTS = new SerializedString[Result.values().length];

    static {
        for (Result r : Result.values()) RESULTS[r.ordinal()] = new SerializedString(r.id());
    }

    private static void name(JsonGenerator g, SerializedString name) throws IOException {
        g.writeFieldName(name);
    }

    /** A field whose value is a rule's result. */
    private static void result(JsonGenerator g, SerializedString name, Result value) throws IOException {
        g.writeFieldName(name);
        g.writeString(RESULTS[value.ordinal()]);
    }

    /** A field whose value comes from the report's vocabulary. */
    private static void word(JsonGenerator g, SerializedString name, String value) throws IOException {
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
    private static void text(JsonGenerator g, SerializedString name, String value) throws IOException {
        name(g, name);
        g.writeString(value);
    }
}
