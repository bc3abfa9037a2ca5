package org.pcrnavigator.app.web;

import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.casefile.CaseFields;
import org.pcrnavigator.engine.report.Report;

/**
 * The guided interview: the questions the report still asks, in the report's order (facts that decide a
 * goal first), split into those still open and those the advocate marked "don't know". Adds no
 * questions of its own; which facts matter is the engine's call.
 */
public record Interview(String clientId, String clientName, List<Item> open, List<Item> dontKnow) {
    /** One question with the kind of answer its field takes. */
    public record Item(String fact, String prompt, List<String> affects, CaseFields.Field field) {
        public boolean inCaseFile() { return field.kind() != CaseFields.Kind.NOT_IN_CASE_FILE; }

        /** The goals among the conclusions the answer could change (the rest are rules and vehicles). */
        public List<String> goalsAffected() {
            return affects.stream().filter(org.pcrnavigator.engine.casefile.CaseFileReader.GOALS::contains).toList();
        }

        /** A form-safe id for the question's inputs. */
        public String inputId() { return "q-" + fact.replaceAll("[^A-Za-z0-9_-]", "-"); }
    }

    /** The interview for a report, given the stored case document (to see which facts were answered "don't know"). */
    public static Interview of(String clientId, String clientName, Report report, String caseJson) {
        List<Item> open = new ArrayList<>();
        List<Item> dontKnow = new ArrayList<>();
        com.fasterxml.jackson.databind.JsonNode document = CaseDocuments.tree(caseJson);
        for (Report.Question q : report.questions()) {
            Item item = new Item(q.fact(), q.prompt(), q.affects(), CaseFields.field(q.fact()));
            if ("unknown".equals(CaseDocuments.valueAt(document, q.fact()))) dontKnow.add(item);
            else open.add(item);
        }
        return new Interview(clientId, clientName, List.copyOf(open), List.copyOf(dontKnow));
    }
}
