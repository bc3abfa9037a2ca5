package org.pcrnavigator.law.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A parsed YAML or JSON document that remembers where each field path began, for error messages.
 *
 * <p>Duplicate keys are errors. YAML and JSON are told apart by the first non-blank character
 * ({@code {} or {@code [} means JSON); both go through the same tree. Immutable once built
 * (where each value starts is found on the first error, the same whichever thread asks).
 */
public final class LocatedDocument {
    private static final JsonFactory YAML = YAMLFactory.builder().build();
    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper YAML_MAPPER = new ObjectMapper(YAML);
    private static final ObjectMapper JSON_MAPPER = new ObjectMapper(JSON);

    static {
        for (ObjectMapper m : new ObjectMapper[] {YAML_MAPPER, JSON_MAPPER}) {
            m.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        }
    }

    private final String file;
    private final JsonNode root;
    private final JsonFactory factory;
    private final String text;
    // Found on the first error only: most documents read without one, and bulk runs read millions.
    private volatile Map<String, int[]> locations;

    private LocatedDocument(String file, JsonNode root, JsonFactory factory, String text) {
        this.file = file;
        this.root = root;
        this.factory = factory;
        this.text = text;
    }

    /** Parses text; a syntax error becomes a {@link DataError} with the parser's line and column. */
    public static LocatedDocument parse(String file, String text) {
        boolean json = looksLikeJson(text);
        ObjectMapper mapper = json ? JSON_MAPPER : YAML_MAPPER;
        try {
            JsonNode root = mapper.readTree(text);
            if (root == null || root.isMissingNode()) {
                throw new DataError(file, "", 0, 0, "the file is empty; expected a " + (json ? "JSON object" : "YAML mapping"));
            }
            return new LocatedDocument(file, root, mapper.getFactory(), text);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String what = e.getOriginalMessage();
            if (what != null && what.startsWith("Duplicate field")) {
                what = what.replace("Duplicate field", "duplicate key") + " (each key may appear once)";
            }
            throw new DataError(file, "", loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    (json ? "malformed JSON: " : "malformed YAML: ") + firstLine(what));
        } catch (IOException e) {
            throw new DataError(file, "", 0, 0, "cannot read: " + e.getMessage());
        }
    }

    /** The parser's complaint without its echo of the input: the first line, and what it expected where it says. */
    private static String firstLine(String s) {
        if (s == null) return "syntax error";
        String[] lines = s.split("\n");
        StringBuilder out = new StringBuilder(lines[0].trim());
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].trim();
            if (l.startsWith("expected") || l.startsWith("found") || l.startsWith("mapping values") || l.startsWith("could not find")) {
                out.append("; ").append(l);
            }
        }
        return out.toString();
    }

    private static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') return c == '{' || c == '[';
        }
        return false;
    }

    /** Walks the token stream once, recording where each value starts, keyed by its path. */
    private static Map<String, int[]> locate(JsonFactory factory, String text) {
        Map<String, int[]> out = new HashMap<>();
        try (JsonParser p = factory.createParser(text)) {
            Deque<String> stack = new ArrayDeque<>();
            Deque<int[]> index = new ArrayDeque<>();
            String pendingField = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    pendingField = p.currentName();
                    continue;
                }
                String path;
                if (stack.isEmpty()) {
                    path = "";
                } else if (pendingField != null) {
                    path = join(stack.peek(), pendingField);
                    pendingField = null;
                } else if (!index.isEmpty() && index.peek()[0] >= 0) {
                    int i = index.peek()[0]++;
                    path = stack.peek() + "[" + i + "]";
                } else {
                    path = stack.peek();
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    stack.pop();
                    index.pop();
                    continue;
                }
                JsonLocation loc = p.currentTokenLocation();
                out.putIfAbsent(path, new int[] {loc.getLineNr(), loc.getColumnNr()});
                if (t == JsonToken.START_OBJECT) {
                    stack.push(path);
                    index.push(new int[] {-1});
                } else if (t == JsonToken.START_ARRAY) {
                    stack.push(path);
                    index.push(new int[] {0});
                }
            }
        } catch (IOException e) {
            // The tree parse already succeeded; locations are a courtesy.
        }
        return out;
    }

    private static String join(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    public String file() { return file; }

    /** The document's root as a strict {@link Node}. */
    public Node root() { return Node.root(this, root); }

    int[] location(String path) {
        Map<String, int[]> found = locations;
        if (found == null) locations = found = locate(factory, text);
        int[] l = found.get(path);
        return l == null ? new int[] {0, 0} : l;
    }

    DataError error(String path, String message) {
        int[] l = location(path);
        return new DataError(file, path, l[0], l[1], message);
    }
}
