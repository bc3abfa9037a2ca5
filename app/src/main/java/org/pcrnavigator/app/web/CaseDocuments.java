package org.pcrnavigator.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.pcrnavigator.engine.casefile.CaseFields;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.CaseFileReader;

/**
 * Reads and changes a client's case document, the {@code pcr-case/1} file kept as JSON text. Every change
 * goes back through {@link CaseFileReader}, so the workbench can never store a document the command line
 * would refuse; a refused change surfaces the reader's message, which names the field and what it expects.
 */
final class CaseDocuments {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private CaseDocuments() {}

    /** A case document from YAML or JSON text, checked by the case-file reader; returns canonical JSON. */
    static String normalise(String name, String text, LocalDate today) {
        CaseFileReader.read(name, text, today);
        try {
            JsonNode tree = (looksLikeJson(text) ? JSON : YAML).readTree(text);
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the case file was read but could not be re-parsed", e);
        }
    }

    /** Reads a stored document. */
    static CaseFile read(String clientId, String json, LocalDate today) {
        return CaseFileReader.read("client " + clientId, json, today);
    }

    /** The document as YAML, for the editor. */
    static String toYaml(String json) {
        try {
            return YAML.writeValueAsString(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored case document is not JSON", e);
        }
    }

    /** A new document for a client: name, status and goals as the intake form gave them; everything else unknown. */
    static String newCase(String name, String dateOfBirth, String status, List<String> goals, String statute) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", CaseFile.FORMAT);
        ObjectNode person = root.putObject("person");
        person.put("name", name);
        if (!blank(dateOfBirth)) person.put("dateOfBirth", dateOfBirth.trim());
        if (!blank(status)) root.putObject("immigration").put("status", status.trim());
        ArrayNode g = root.putArray("goals");
        goals.forEach(g::add);
        ArrayNode convictions = root.putArray("convictions");
        if (!blank(statute)) convictions.addObject().put("id", "c1").put("statute", statute.trim());
        return root.toString();
    }

    /**
     * Writes one answer into the document at the question's fact path ({@code convictions.c1.plea},
     * {@code immigration.lprDate}); {@code null} records "don't know" as the literal {@code unknown}.
     *
     * @throws IllegalArgumentException where the fact has no field in the case format or the conviction is missing
     */
    static String answer(String json, String factPath, String value) {
        CaseFields.Field field = CaseFields.field(factPath);
        if (field.kind() == CaseFields.Kind.NOT_IN_CASE_FILE) {
            throw new IllegalArgumentException(factPath + ": the case format has no field for this fact; record it in the notes");
        }
        ObjectNode root;
        try {
            root = (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("stored case document is not a JSON object", e);
        }
        ObjectNode parent = root;
        String within = factPath;
        String convictionId = CaseFields.convictionId(factPath);
        if (convictionId != null) {
            parent = conviction(root, convictionId);
            within = CaseFields.fieldWithinConviction(factPath);
        }
        String[] parts = within.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = parent.get(parts[i]);
            parent = child instanceof ObjectNode o ? o : parent.putObject(parts[i]);
        }
        String key = parts[parts.length - 1];
        if (value == null) {
            parent.put(key, "unknown");
        } else {
            String v = value.trim();
            switch (field.kind()) {
                case INTEGER -> {
                    try {
                        parent.put(key, Long.parseLong(v));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(factPath + ": '" + v + "' is not a whole number");
                    }
                }
                case DECIMAL -> {
                    try {
                        parent.put(key, new BigDecimal(v));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(factPath + ": '" + v + "' is not a number");
                    }
                }
                default -> parent.put(key, v);
            }
        }
        return root.toString();
    }

    private static ObjectNode conviction(ObjectNode root, String id) {
        JsonNode list = root.get("convictions");
        if (list != null && list.isArray()) {
            for (JsonNode c : list) {
                if (c instanceof ObjectNode o && id.equals(o.path("id").asText())) return o;
            }
        }
        throw new IllegalArgumentException("convictions: no conviction with id '" + id + "'");
    }

    /**
     * The document with one more conviction: the next free id ({@code c2}, {@code c3} …), the statute, and the
     * county and case number where given; every other fact unknown until the interview asks for it.
     */
    static String addConviction(String json, String statute, String county, String caseNumber) {
        if (blank(statute)) throw new IllegalArgumentException("statute: required, e.g. PC 273.5(a)");
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(json);
            JsonNode list = root.get("convictions");
            ArrayNode convictions = list instanceof ArrayNode a ? a : root.putArray("convictions");
            java.util.Set<String> ids = new java.util.HashSet<>();
            convictions.forEach(c -> ids.add(c.path("id").asText()));
            int n = convictions.size() + 1;
            while (ids.contains("c" + n)) n++;
            ObjectNode c = convictions.addObject().put("id", "c" + n).put("statute", statute.strip());
            if (!blank(county)) c.put("county", county.strip());
            if (!blank(caseNumber)) c.put("caseNumber", caseNumber.strip());
            return root.toString();
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("case document is not a JSON object", e);
        }
    }

    /** The document with the person's name set (an imported RAP sheet draft has none). */
    static String withName(String json, String name) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(json);
            JsonNode person = root.get("person");
            (person instanceof ObjectNode o ? o : root.putObject("person")).put("name", name);
            return root.toString();
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("case document is not a JSON object", e);
        }
    }

    /** The literal value a fact has in the document, or null where absent. */
    static String valueAt(String json, String factPath) { return valueAt(tree(json), factPath); }

    /** As {@link #valueAt(String, String)} on a document already parsed (one parse for many look-ups). */
    static String valueAt(JsonNode root, String factPath) {
        JsonNode node = root;
        String convictionId = CaseFields.convictionId(factPath);
        String within = factPath;
        if (convictionId != null) {
            try {
                node = conviction((ObjectNode) node, convictionId);
            } catch (IllegalArgumentException | ClassCastException e) {
                return null;
            }
            within = CaseFields.fieldWithinConviction(factPath);
        }
        for (String p : within.split("\\.")) node = node == null ? null : node.get(p);
        return node == null || node.isNull() ? null : node.asText();
    }

    /** A stored document as a JSON tree. */
    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored case document is not JSON", e);
        }
    }

    private static boolean looksLikeJson(String text) {
        String t = text.stripLeading();
        return t.startsWith("{") || t.startsWith("[");
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
