package org.pcrnavigator.records.csv;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pcrnavigator.law.data.DataError;
import org.pcrnavigator.law.data.LocatedDocument;
import org.pcrnavigator.law.data.Node;

/**
 * Says how the columns of an office's CSV case export become {@code pcr-case/1} fields ({@code
 * pcr-csv-mapping/1}, a YAML file; the README's "CSV case exports" section documents it). One column names
 * the person; the rows of one person carry one conviction each. Each target is a case-format field path; a
 * column's cells may pass through a table of values ({@code LPR -> lpr}) and, for dates, a declared pattern.
 * Immutable once read.
 */
public final class CsvMapping {
    public static final String FORMAT = "pcr-csv-mapping/1";

    /** How one column feeds one field. {@code values} keys are upper-cased; a null value means unknown. */
    public record Column(String target, String column, Map<String, String> values, DateTimeFormatter dateFormat,
                         String datePattern, String split) {
        /** True where the field holds a date, told by the case format's naming (…Date, date…, asOf). */
        public boolean isDate() {
            String leaf = target.substring(target.lastIndexOf('.') + 1);
            return leaf.endsWith("Date") || leaf.startsWith("date") || leaf.equals("asOf");
        }
    }

    private final char delimiter;
    private final String personColumn;
    private final List<String> unknownWords;
    private final List<Column> caseColumns;
    private final List<Column> convictionColumns;

    private CsvMapping(char delimiter, String personColumn, List<String> unknownWords, List<Column> caseColumns,
                       List<Column> convictionColumns) {
        this.delimiter = delimiter;
        this.personColumn = personColumn;
        this.unknownWords = unknownWords;
        this.caseColumns = caseColumns;
        this.convictionColumns = convictionColumns;
    }

    public char delimiter() { return delimiter; }

    /** The column whose value names the person (and becomes the case id); rows of one person are consecutive. */
    public String personColumn() { return personColumn; }

    /** Cell texts that mean "nobody knows", upper-cased (an empty cell always does). */
    public List<String> unknownWords() { return unknownWords; }

    /** Fields of the case as a whole (person, immigration, goals, equities): the same on every row of a person. */
    public List<Column> caseColumns() { return caseColumns; }

    /** Fields of the conviction on each row, relative to the conviction ({@code statute}, {@code sentence.confinementDays}). */
    public List<Column> convictionColumns() { return convictionColumns; }

    /** Reads a mapping file; a mistake is a {@link DataError} naming the line and what was expected. */
    public static CsvMapping read(String file, String yaml) {
        Node root = LocatedDocument.parse(file, yaml).root();
        if (!root.isMapping()) throw root.error("expected a mapping file (format: " + FORMAT + ")");
        root.allowOnly("format", "delimiter", "dateFormat", "unknown", "person", "case", "conviction");
        String format = root.get("format").optText();
        if (!FORMAT.equals(format)) {
            throw root.get("format").error("expected '" + FORMAT + "', found " + (format == null ? "nothing" : "'" + format + "'"));
        }
        char delimiter = ',';
        if (!root.get("delimiter").isUnknown()) {
            String d = root.get("delimiter").text();
            if (d.equals("\\t")) d = "\t";
            if (d.length() != 1 || d.equals("\"") || d.equals("\n") || d.equals("\r")) {
                throw root.get("delimiter").error("expected one character other than a quote or a line break, e.g. ',' ';' or '\\t'");
            }
            delimiter = d.charAt(0);
        }
        String defaultPattern = root.get("dateFormat").optText();
        List<String> unknown = new ArrayList<>();
        for (String w : root.get("unknown").textList()) unknown.add(w.trim().toUpperCase(Locale.ROOT));
        if (root.get("person").isUnknown()) {
            throw root.get("person").error("required; expected the name of the column that names the person (it becomes the case id)");
        }
        String person = root.get("person").text().trim();
        List<Column> caseColumns = columns(root.get("case"), defaultPattern);
        List<Column> convictionColumns = columns(root.get("conviction"), defaultPattern);
        for (Column c : caseColumns) {
            if (c.target().equals("convictions") || c.target().startsWith("convictions.")) {
                throw root.get("case").get(c.target()).error("conviction fields go under 'conviction:', one conviction a row");
            }
            if (c.target().equals("id")) {
                throw root.get("case").get(c.target()).error("the case id is the person column ('person: " + person + "'); map no other column to it");
            }
        }
        CsvMapping m = new CsvMapping(delimiter, person, List.copyOf(unknown), List.copyOf(caseColumns), List.copyOf(convictionColumns));
        CsvCases.checkTargets(m, root);
        return m;
    }

    private static List<Column> columns(Node section, String defaultPattern) {
        List<Column> out = new ArrayList<>();
        if (section.isUnknown()) return out;
        for (Map.Entry<String, Node> e : section.entries().entrySet()) {
            String target = e.getKey();
            Node spec = e.getValue();
            if (!target.matches("[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*")) {
                throw spec.error("'" + target + "' is not a case-format field path; expected e.g. person.dateOfBirth");
            }
            if (spec.isScalar()) {
                out.add(column(target, spec, spec.text().trim(), Map.of(), defaultPattern, null));
                continue;
            }
            spec.allowOnly("column", "values", "dateFormat", "split");
            Map<String, String> values = new LinkedHashMap<>();
            Node v = spec.get("values");
            if (!v.isUnknown()) {
                for (Map.Entry<String, Node> ve : v.entries().entrySet()) {
                    String key = ve.getKey().trim().toUpperCase(Locale.ROOT);
                    if (values.containsKey(key)) {
                        throw ve.getValue().error("'" + ve.getKey() + "' is listed twice (cells are matched ignoring case)");
                    }
                    values.put(key, ve.getValue().isUnknown() ? null : ve.getValue().text().trim());
                }
            }
            String pattern = spec.get("dateFormat").isUnknown() ? defaultPattern : spec.get("dateFormat").text();
            out.add(column(target, spec, spec.get("column").text().trim(), Collections.unmodifiableMap(values), pattern,
                    spec.get("split").optText()));
        }
        return out;
    }

    private static Column column(String target, Node spec, String column, Map<String, String> values, String pattern, String split) {
        DateTimeFormatter f = null;
        Column probe = new Column(target, column, values, null, null, split);
        if (pattern != null && probe.isDate()) {
            // A two-digit year would make the reader guess the century: a 1985 birth could read as 2085.
            if (!pattern.replaceAll("'[^']*'", "").contains("yyyy") && !pattern.contains("uuuu")) {
                throw spec.error("date pattern '" + pattern + "' has no four-digit year; expected e.g. MM/dd/yyyy (a two-digit year would be a guess at the century)");
            }
            try {
                f = DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu"), Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
            } catch (IllegalArgumentException e) {
                throw spec.error("'" + pattern + "' is not a date pattern (" + e.getMessage() + "); expected e.g. MM/dd/yyyy");
            }
        }
        if (split != null && split.isEmpty()) throw spec.error("expected a separator of at least one character");
        return new Column(target, column, values, f, f == null ? null : pattern, split);
    }
}
