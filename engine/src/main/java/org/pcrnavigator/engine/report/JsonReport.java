package org.pcrnavigator.engine.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.report.Utf8JsonWriter.Name;
import org.pcrnavigator.engine.report.Utf8JsonWriter.Word;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;

/**
 * Renders a {@link Report} as the {@code pcr-analysis/1} JSON of the case format, full (with explanation
 * trees and prompts) or brief (every result value, no explanations). Thread-safe: each thread writes into a
 * buffer of its own.
 */
public final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter PRETTY = MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectWriter COMPACT = MAPPER.writer();

    // The case format's field names, encoded once.
    private static final Name AFFECTS = new Name("affects");
    private static final Name ALTERNATIVE = new Name("alternative");
    private static final Name AS_OF = new Name("asOf");
    private static final Name AUTHORITIES = new Name("authorities");
    private static final Name AVAILABILITY = new Name("availability");
    private static final Name AVAILABLE_UNTIL = new Name("availableUntil");
    private static final Name BECAUSE = new Name("because");
    private static final Name BLOCKERS = new Name("blockers");
    private static final Name CASE_ID = new Name("caseId");
    private static final Name CATEGORY = new Name("category");
    private static final Name CONSEQUENCES = new Name("consequences");
    private static final Name CONVICTION = new Name("conviction");
    private static final Name CONVICTIONS = new Name("convictions");
    private static final Name EXPLANATION = new Name("explanation");
    private static final Name FACT = new Name("fact");
    private static final Name FACTS = new Name("facts");
    private static final Name FIX = new Name("fix");
    private static final Name FORMAT = new Name("format");
    private static final Name GOAL = new Name("goal");
    private static final Name GOALS = new Name("goals");
    private static final Name GROUND = new Name("ground");
    private static final Name GROUNDS = new Name("grounds");
    private static final Name ID = new Name("id");
    private static final Name IMMIGRATION_EFFECT = new Name("immigrationEffect");
    private static final Name IMPROVES = new Name("improves");
    private static final Name IS_CONVICTION = new Name("isConviction");
    private static final Name IS_CONVICTION_EXPLANATION = new Name("isConvictionExplanation");
    private static final Name LAW_VERSION = new Name("lawVersion");
    private static final Name MISSING_FACTS = new Name("missingFacts");
    private static final Name ONE_YEAR_OR_MORE = new Name("oneYearOrMore");
    private static final Name PLAN = new Name("plan");
    private static final Name POTENTIAL_SENTENCE = new Name("potentialSentence");
    private static final Name PRIOR_RELIEF = new Name("priorRelief");
    private static final Name PROMPT = new Name("prompt");
    private static final Name QUESTIONS = new Name("questions");
    private static final Name REMEDY = new Name("remedy");
    private static final Name RESULT = new Name("result");
    private static final Name RESULT_WHERE_GOVERNMENT_MUST_PROVE = new Name("resultWhereGovernmentMustProve");
    private static final Name RULE = new Name("rule");
    private static final Name SENTENCE = new Name("sentence");
    private static final Name STATUS = new Name("status");
    private static final Name STATUTE = new Name("statute");
    private static final Name TEXT = new Name("text");
    private static final Name TYPE = new Name("type");
    private static final Name UNBLOCKS = new Name("unblocks");
    private static final Name VEHICLE = new Name("vehicle");
    private static final Name VEHICLES = new Name("vehicles");

    private JsonReport() {}

    /**
     * The JSON as a string, compact or indented. The compact bytes are written once, here as in a bulk run,
     * then passed through Jackson's character generator, which lays them out as it always has: a report is
     * rendered this way one at a time, where the extra pass costs nothing that matters.
     */
    public static String render(Report r, boolean brief, boolean pretty) {
        StringWriter out = new StringWriter();
        // Streamed token by token, not read into a tree: names, order and string values pass through unchanged.
        try (JsonParser p = MAPPER.createParser(renderUtf8(r, brief));
             JsonGenerator g = (pretty ? PRETTY : COMPACT).createGenerator(out)) {
            p.nextToken();
            g.copyCurrentStructure(p);
        } catch (IOException e) {
            throw new IllegalStateException("cannot render the report", e);
        }
        return out.toString();
    }

    /** The compact JSON as UTF-8 bytes: what a bulk run writes, with no string between the report and the file. */
    public static byte[] renderUtf8(Report r, boolean brief) {
        Utf8JsonWriter w = WRITERS.get();
        w.clear();
        write(r, brief, w);
        return w.toByteArray();
    }

    // A bulk run renders report after report on each of a few threads: each thread keeps its writer, whose
    // buffer would otherwise be allocated and zeroed anew for every report (some 2 us of a brief one's 10).
    private static final ThreadLocal<Utf8JsonWriter> WRITERS = ThreadLocal.withInitial(() -> new Utf8JsonWriter(32 * 1024));

    // Written token by token, in the order of the case format: a bulk run renders a report per case, and a map
    // of maps built only to be serialised cost as much as the writing itself. The first field of each object
    // is named with firstField, every later one with field, which puts the comma before it. Each kind of object
    // has its own method: small methods let the compiler inline the writer's calls into every one of them.
    private static void write(Report r, boolean brief, Utf8JsonWriter w) {
        w.startObject();
        w.firstField(FORMAT);
        w.word(Report.FORMAT);
        if (r.caseId() != null) text(w, CASE_ID, r.caseId());
        text(w, AS_OF, r.asOf().toString());
        word(w, LAW_VERSION, r.lawVersion());
        array(w, CONVICTIONS, r.convictions(), brief, JsonReport::conviction);
        array(w, GROUNDS, r.grounds(), brief, (out, gr, b) ->
                conclusion(out, GROUND, gr.ground(), RESULT, gr.result(), CONVICTIONS, gr.convictions(), b ? null : gr.explanation()));
        array(w, GOALS, r.goals(), brief, (out, gl, b) ->
                conclusion(out, GOAL, gl.goal(), STATUS, gl.status(), BLOCKERS, gl.blockers(), b ? null : gl.explanation()));
        array(w, PLAN, r.plan(), brief, (out, step, b) -> planStep(out, step));
        array(w, QUESTIONS, r.questions(), brief, JsonReport::question);
        w.endObject();
    }

    private static void conviction(Utf8JsonWriter w, Report.ConvictionResult c, boolean brief) {
        w.startObject();
        w.firstField(ID);
        w.string(c.id());
        text(w, STATUTE, c.statute());
        result(w, IS_CONVICTION, c.isConviction().result());
        if (!brief) tree(w, IS_CONVICTION_EXPLANATION, c.isConviction());
        resultObject(w, SENTENCE, RESULT, c.sentence(), brief);
        resultObject(w, POTENTIAL_SENTENCE, ONE_YEAR_OR_MORE, c.potentialSentence(), brief);
        array(w, CONSEQUENCES, c.consequences(), brief, JsonReport::consequence);
        array(w, VEHICLES, c.vehicles(), brief, JsonReport::vehicle);
        array(w, PRIOR_RELIEF, c.priorRelief(), brief, JsonReport::priorRelief);
        w.endObject();
    }

    /** The object field {@code name} holding a finding's result as {@code resultName}, and its tree unless brief. */
    private static void resultObject(Utf8JsonWriter w, Name name, Name resultName, Finding f, boolean brief) {
        w.field(name);
        w.startObject();
        w.firstField(resultName);
        w.word(result(f.result()));
        if (!brief) tree(w, EXPLANATION, f);
        w.endObject();
    }

    /** How one element of an array of objects is written. */
    private interface Element<T> {
        void write(Utf8JsonWriter w, T element, boolean brief);
    }

    /** The array field {@code name}, each element written by {@code element}. */
    private static <T> void array(Utf8JsonWriter w, Name name, List<T> elements, boolean brief, Element<T> element) {
        w.field(name);
        w.startArray();
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) w.comma();
            element.write(w, elements.get(i), brief);
        }
        w.endArray();
    }

    private static void consequence(Utf8JsonWriter w, Report.CategoryResult cr, boolean brief) {
        w.startObject();
        w.firstField(CATEGORY);
        w.word(cr.category());
        result(w, RESULT, cr.explanation().result());
        if (cr.governmentReading() != null) result(w, RESULT_WHERE_GOVERNMENT_MUST_PROVE, cr.governmentReading().result());
        if (!brief) tree(w, EXPLANATION, cr.explanation());
        w.endObject();
    }

    private static void vehicle(Utf8JsonWriter w, VehicleAssessment v, boolean brief) {
        w.startObject();
        w.firstField(VEHICLE);
        w.word(v.vehicle());
        word(w, AVAILABILITY, v.availability());
        word(w, IMMIGRATION_EFFECT, v.immigrationEffect());
        word(w, REMEDY, v.remedy());
        if (v.availableUntil() != null) text(w, AVAILABLE_UNTIL, v.availableUntil().toString());
        if (!brief) tree(w, EXPLANATION, v.explanation());
        strings(w, MISSING_FACTS, v.missingFacts());
        w.endObject();
    }

    private static void priorRelief(Utf8JsonWriter w, Report.PriorReliefResult p, boolean brief) {
        w.startObject();
        w.firstField(TYPE);
        w.string(p.type());
        word(w, IMMIGRATION_EFFECT, p.immigrationEffect());
        if (!brief) tree(w, EXPLANATION, p.explanation());
        w.endObject();
    }

    private static void planStep(Utf8JsonWriter w, Report.PlanStep p) {
        w.startObject();
        w.firstField(CONVICTION);
        w.word(p.conviction());
        word(w, FIX, p.fix());
        if (p.alternative() != null) word(w, ALTERNATIVE, p.alternative());
        strings(w, UNBLOCKS, p.unblocks());
        if (!p.improves().isEmpty()) strings(w, IMPROVES, p.improves());
        strings(w, VEHICLES, p.vehicles());
        w.endObject();
    }

    private static void question(Utf8JsonWriter w, Report.Question q, boolean brief) {
        w.startObject();
        w.firstField(FACT);
        w.string(q.fact());
        if (!brief) text(w, PROMPT, q.prompt());
        strings(w, AFFECTS, q.affects());
        w.endObject();
    }

    /**
     * A ground or a goal, which the case format writes alike: its id, its result or status, the convictions or
     * blockers it rests on, then its explanation unless that is null (a brief report).
     */
    private static void conclusion(Utf8JsonWriter w, Name idName, String id, Name valueName, String value, Name listName,
                                   List<String> list, Finding explanation) {
        w.startObject();
        w.firstField(idName);
        w.word(id);
        word(w, valueName, value);
        strings(w, listName, list);
        if (explanation != null) tree(w, EXPLANATION, explanation);
        w.endObject();
    }

    /** The explanation tree of the case format, as field {@code name}: rule, result, text, facts, authorities, because. */
    private static void tree(Utf8JsonWriter w, Name name, Finding f) {
        w.field(name);
        tree(w, f);
    }

    private static void tree(Utf8JsonWriter w, Finding f) {
        w.startObject();
        w.firstField(RULE);
        w.word(f.rule());
        result(w, RESULT, f.result());
        text(w, TEXT, f.text());
        w.field(FACTS);
        w.startObject();
        boolean first = true;
        for (Map.Entry<String, String> e : f.facts().entrySet()) {
            if (!first) w.comma();
            first = false;
            w.field(e.getKey());
            w.string(e.getValue());
        }
        w.endObject();
        strings(w, AUTHORITIES, f.authorities());
        w.field(BECAUSE);
        w.startArray();
        for (int i = 0; i < f.because().size(); i++) {
            if (i > 0) w.comma();
            tree(w, f.because().get(i));
        }
        w.endArray();
        if (!f.missingFacts().isEmpty()) strings(w, MISSING_FACTS, f.missingFacts());
        w.endObject();
    }

    private static void strings(Utf8JsonWriter w, Name name, List<String> values) {
        w.field(name);
        w.startArray();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) w.comma();
            w.string(values.get(i));   // fact paths and conclusions: built per case, not worth a look-up
        }
        w.endArray();
    }

    private static final Word[] RESULTS = new Word[Result.values().length];

    static {
        for (Result r : Result.values()) RESULTS[r.ordinal()] = new Word(r.id());
    }

    private static Word result(Result value) { return RESULTS[value.ordinal()]; }

    /** A field whose value is a rule's result. */
    private static void result(Utf8JsonWriter w, Name name, Result value) {
        w.field(name);
        w.word(result(value));
    }

    /** A field whose value comes from the report's vocabulary. */
    private static void word(Utf8JsonWriter w, Name name, String value) {
        w.field(name);
        w.word(value);
    }

    /** A field whose value is the case's own (an id, a date, a sentence). */
    private static void text(Utf8JsonWriter w, Name name, String value) {
        w.field(name);
        w.string(value);
    }
}
