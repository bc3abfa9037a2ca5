package org.pcrnavigator.law.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One value of a {@link LocatedDocument}, read strictly: each accessor checks the type and names the
 * field path and what was expected when it is wrong.
 *
 * <p>The case format says an omitted field, {@code null} and the word {@code unknown} all mean "nobody
 * knows yet"; {@link #isUnknown()} is that test, and the {@code opt*} readers return {@code null} for it
 * so that the caller, never this class, decides what an unknown means. Immutable.
 */
public final class Node {
    private final LocatedDocument doc;
    private final Node parent;     // null at the root
    private final String key;      // the key under a parent mapping; null for the root and list items
    private final int index;       // the position in a parent list, or -1
    private final JsonNode value;
    // Written out only when asked for: a bulk run reads millions of nodes and names almost none in an error.
    // A String is immutable, so a thread that sees it sees all of it; two threads may each write the same one.
    private String path;

    private Node(LocatedDocument doc, Node parent, String key, int index, JsonNode value) {
        this.doc = doc;
        this.parent = parent;
        this.key = key;
        this.index = index;
        this.value = value;
    }

    /** The root of {@code doc}. */
    static Node root(LocatedDocument doc, JsonNode value) { return new Node(doc, null, null, -1, value); }

    /** The field path from the root, e.g. {@code convictions[0].sentence.confinementDays}; empty at the root. */
    public String path() {
        String p = path;
        if (p == null) {
            if (parent == null) p = "";
            else if (key == null) p = parent.path() + "[" + index + "]";
            else p = parent.path().isEmpty() ? key : parent.path() + "." + key;
            path = p;
        }
        return p;
    }

    public String file() { return doc.file(); }

    /** True where the value is absent, {@code null} or the word {@code unknown}. */
    public boolean isUnknown() {
        // YAML reads "key:" with nothing after it as an empty string; it says as little as null does.
        return value == null || value.isNull() || value.isMissingNode()
                || (value.isTextual() && (value.asText().isBlank() || value.asText().trim().equalsIgnoreCase("unknown")));
    }

    public boolean isMapping() { return value != null && value.isObject(); }

    public boolean isList() { return value != null && value.isArray(); }

    public boolean isScalar() { return value != null && value.isValueNode() && !value.isNull(); }

    /** An error at this node's path. */
    public DataError error(String message) { return doc.error(path(), message); }

    /** The child at {@code key}; present or not (check with {@link #isUnknown()}). */
    public Node get(String key) {
        requireMapping();
        return new Node(doc, this, key, -1, value.get(key));
    }

    public boolean has(String key) {
        return isMapping() && value.has(key);
    }

    /** Rejects any key not in {@code allowed}, suggesting the nearest allowed key for a misspelling. */
    public Node allowOnly(Collection<String> allowed) {
        requireMapping();
        Iterator<String> names = value.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            if (!allowed.contains(k)) {
                String sub = path().isEmpty() ? k : path() + "." + k;
                String hint = Suggest.nearest(k, allowed);
                throw doc.error(sub, "unknown key '" + k + "'"
                        + (hint != null ? "; did you mean '" + hint + "'?" : "")
                        + " Expected one of: " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
        return this;
    }

    public Node allowOnly(String... allowed) { return allowOnly(Set.of(allowed)); }

    /** The keys of this mapping in document order. */
    public List<String> keys() {
        requireMapping();
        List<String> out = new ArrayList<>();
        value.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** The mapping's entries in document order. */
    public Map<String, Node> entries() {
        Map<String, Node> out = new LinkedHashMap<>();
        for (String k : keys()) out.put(k, get(k));
        return out;
    }

    /** The elements of a list; an unknown value reads as an empty list. */
    public List<Node> list() {
        if (isUnknown()) return List.of();
        if (!value.isArray()) throw error("expected a list, found " + describe());
        List<Node> out = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) out.add(new Node(doc, this, null, i, value.get(i)));
        return out;
    }

    /** A required text value. */
    public String text() {
        if (isUnknown()) throw error("required; expected a text value");
        if (!value.isValueNode()) throw error("expected a text value, found " + describe());
        return value.asText();
    }

    /** Text, or {@code null} where unknown. */
    public String optText() { return isUnknown() ? null : text(); }

    /** A list of text values (a single scalar is not accepted). */
    public List<String> textList() {
        List<String> out = new ArrayList<>();
        for (Node n : list()) out.add(n.text());
        return out;
    }

    /** An ISO date {@code YYYY-MM-DD}, required. */
    public LocalDate date() {
        String t = text();
        try {
            return LocalDate.parse(t.trim());
        } catch (DateTimeParseException e) {
            throw error("'" + t + "' is not a date; expected YYYY-MM-DD, e.g. 2015-01-01");
        }
    }

    public LocalDate optDate() { return isUnknown() ? null : date(); }

    /** A whole number, required; {@code min} is the smallest accepted. */
    public long integer(long min) {
        if (isUnknown()) throw error("required; expected a whole number");
        long v;
        if (value.isIntegralNumber()) {
            // asLong() would silently wrap a number past the long range into another number
            if (!value.canConvertToLong()) throw error("expected a whole number of at most " + Long.MAX_VALUE + ", found " + describe());
            v = value.asLong();
        } else if (value.isTextual() && value.asText().trim().matches("-?\\d{1,18}")) {
            v = Long.parseLong(value.asText().trim());
        } else {
            throw error("expected a whole number, found " + describe());
        }
        if (v < min) throw error("expected a whole number of at least " + min + ", found " + v);
        return v;
    }

    public Long optInteger(long min) { return isUnknown() ? null : integer(min); }

    /** A number (dollars and the like), required, not negative. */
    public java.math.BigDecimal decimal() {
        if (isUnknown()) throw error("required; expected a number");
        java.math.BigDecimal v;
        if (value.isNumber()) {
            // 1e999 and the like read as an infinite double, which has no decimal value
            if (value.isDouble() || value.isFloat()) {
                if (!Double.isFinite(value.doubleValue())) throw error("expected a finite number, found " + describe());
            }
            v = value.decimalValue();
        } else if (value.isTextual() && value.asText().trim().matches("\\$?[0-9][0-9,]*(\\.[0-9]+)?")) {
            v = new java.math.BigDecimal(value.asText().trim().replace("$", "").replace(",", ""));
        } else {
            throw error("expected a number, found " + describe());
        }
        if (v.signum() < 0) throw error("expected a number of at least 0, found " + v.toPlainString());
        return v;
    }

    /**
     * A yes/no value: YAML booleans, {@code yes}, {@code no}, {@code true}, {@code false}. Returns
     * {@code null} where unknown.
     */
    public Boolean optYesNo() {
        if (isUnknown()) return null;
        if (value.isBoolean()) return value.asBoolean();
        if (value.isTextual()) {
            switch (value.asText().trim().toLowerCase(Locale.ROOT)) {
                case "yes": case "true": return Boolean.TRUE;
                case "no": case "false": return Boolean.FALSE;
                default: break;
            }
        }
        throw error("expected yes, no or unknown, found " + describe());
    }

    /**
     * One word from {@code allowed} (YAML booleans read as {@code yes}/{@code no}), or {@code null} where
     * unknown. A near miss gets a suggestion.
     */
    public String optWord(Collection<String> allowed) {
        if (isUnknown()) return null;
        String w;
        if (value.isBoolean()) {
            w = value.asBoolean() ? "yes" : "no";
        } else if (value.isValueNode()) {
            w = value.asText().trim();
        } else {
            throw error("expected one of " + String.join(" | ", allowed) + ", found " + describe());
        }
        if (!allowed.contains(w)) {
            String hint = Suggest.nearest(w, allowed);
            throw error("'" + w + "' is not allowed; expected one of " + String.join(" | ", allowed)
                    + (hint != null ? " (did you mean '" + hint + "'?)" : ""));
        }
        return w;
    }

    public String word(Collection<String> allowed) {
        String w = optWord(allowed);
        if (w == null) throw error("required; expected one of " + String.join(" | ", allowed));
        return w;
    }

    public String word(String... allowed) { return word(Arrays.asList(allowed)); }

    /** The raw scalar as text for messages and for values whose type varies (partial dates). */
    public String scalarText() {
        if (!isScalar()) throw error("expected a single value, found " + describe());
        return value.asText();
    }

    public boolean isIntegral() { return value != null && value.isIntegralNumber(); }

    private void requireMapping() {
        if (value == null || !value.isObject()) {
            throw error("expected a mapping of keys to values, found " + describe());
        }
    }

    private String describe() {
        if (value == null || value.isMissingNode()) return "nothing";
        if (value.isNull()) return "null";
        if (value.isObject()) return "a mapping";
        if (value.isArray()) return "a list";
        if (value.isBoolean()) return "the boolean " + value.asText();
        if (value.isNumber()) return "the number " + value.asText();
        String t = value.asText();
        return "'" + (t.length() > 60 ? t.substring(0, 60) + "…" : t) + "'";
    }
}
