package org.pcrnavigator.drafting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One template file (YAML under {@code templates/}): the wording of a kind of paper in one language, with
 * {@code {name}} placeholders. Loaded once; immutable and thread-safe.
 */
final class Templates {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    private final String name;
    private final JsonNode root;

    private Templates(String name, JsonNode root) {
        this.name = name;
        this.root = root;
    }

    /** Loads {@code templates/<path>.<lang>.yaml}, or returns null where there is no such file. */
    static Templates loadOrNull(String path, String lang) {
        String res = "/org/pcrnavigator/drafting/templates/" + path + "." + lang + ".yaml";
        try (InputStream in = Templates.class.getResourceAsStream(res)) {
            if (in == null) return null;
            return new Templates(path + "." + lang + ".yaml", YAML.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + res, e);
        }
    }

    static Templates load(String path, String lang) {
        Templates t = loadOrNull(path, lang);
        if (t == null) throw new IllegalStateException("template missing: templates/" + path + "." + lang + ".yaml");
        return t;
    }

    String name() { return name; }

    /** The node at {@code path} (keys may contain dots, such as rule ids), or a missing node. */
    JsonNode node(String... path) {
        JsonNode n = root;
        for (String p : path) n = n.path(p);
        return n;
    }

    boolean has(String... path) { return !node(path).isMissingNode() && !node(path).isNull(); }

    /** The text at {@code path}; a missing one is an error in the template, named with its file. */
    String text(String... path) {
        JsonNode n = node(path);
        if (!n.isTextual()) throw new IllegalStateException("template " + name + " has no text at " + String.join(" > ", path));
        return n.asText();
    }

    /** The list of texts at {@code path}. */
    List<String> texts(String... path) {
        JsonNode n = node(path);
        if (!n.isArray()) throw new IllegalStateException("template " + name + " has no list at " + String.join(" > ", path));
        List<String> out = new ArrayList<>();
        for (JsonNode e : n) out.add(e.asText());
        return out;
    }

    /** Every entry of every map named {@code blank} in this file: the wording of each placeholder's blank. */
    void collectBlanks(Map<String, String> into) { collectBlanks(root, into); }

    private static void collectBlanks(JsonNode n, Map<String, String> into) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> {
                if (e.getKey().equals("blank") && e.getValue().isObject()) {
                    e.getValue().fields().forEachRemaining(b -> into.putIfAbsent(b.getKey(), b.getValue().asText()));
                } else {
                    collectBlanks(e.getValue(), into);
                }
            });
        } else if (n.isArray()) {
            for (JsonNode e : n) collectBlanks(e, into);
        }
    }

    /** Replaces each {@code {name}} with {@code value.apply(name)}. */
    static String fill(String template, Function<String, String> value) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder s = new StringBuilder();
        while (m.find()) m.appendReplacement(s, Matcher.quoteReplacement(value.apply(m.group(1))));
        m.appendTail(s);
        return s.toString();
    }
}
