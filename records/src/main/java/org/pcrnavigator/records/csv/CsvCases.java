package org.pcrnavigator.records.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.CaseFileReader;
import org.pcrnavigator.law.data.DataError;
import org.pcrnavigator.law.data.LocatedDocument;
import org.pcrnavigator.law.data.Node;

/**
 * Turns an office's CSV case export into {@code pcr-case/1} documents, one per person, following a
 * {@link CsvMapping}: rows are grouped by the person column (a person's rows must be consecutive), each row
 * adds one conviction, and case-wide columns must agree across a person's rows. Streams: one person is held
 * at a time. A person whose rows hold a bad value, whose rows are not consecutive, or next to whom a row could
 * not be read (it may have been theirs) is {@link Rejected} with every reason, each naming its line and
 * column; never half-imported, since a report missing a conviction could read as safe. An empty or unknown
 * cell leaves the field unknown. Not thread-safe; one instance reads one file.
 */
public final class CsvCases implements java.io.Closeable {
    /** A cell of the export: its line (1-based, where its record starts) and column name. */
    public record Cell(long line, String column) {}

    /** A bad value or row: where, and what was expected. */
    public record CellError(long line, String column, String message) {}

    /** What one person (or one unreadable row) became. */
    public sealed interface Item permits Imported, Rejected {
        /** The first line of the person's rows, or of the bad row. */
        long line();
    }

    /**
     * A person's case document, ready for {@link CaseFileReader}, with the cell each field came from so that
     * the reader's complaints can name the export's line and column.
     */
    public record Imported(long line, String personId, Map<String, Object> document, Map<String, Cell> cells) implements Item {
        /** The document as one line of JSON (pcr-case/1). */
        public String json() {
            try {
                return JSON.writeValueAsString(document);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);   // maps of strings always serialise
            }
        }

        /** The cell behind a field path of the document (the nearest enclosing field that has one). */
        public Cell locate(String path) {
            String p = path == null ? "" : path;
            while (!p.isEmpty()) {
                Cell c = cells.get(p);
                if (c != null) return c;
                int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
                p = cut < 0 ? "" : p.substring(0, cut);
            }
            return new Cell(line, "");
        }

        /** Reads the document as a case, or fails with the first mistake located in the export. */
        public CaseFile read(LocalDate today) throws CsvCaseError {
            try {
                return CaseFileReader.read(LocatedDocument.parse("person " + personId, json()).root(), today);
            } catch (DataError e) {
                Cell c = locate(e.path());
                String field = e.path() == null || e.path().isEmpty() ? "" : e.path() + ": ";
                throw new CsvCaseError(new CellError(c.line(), c.column(), field + e.getMessage()));
            }
        }
    }

    /** A person, or a row, that was not imported, with every reason. */
    public record Rejected(long line, String personId, List<CellError> errors) implements Item {}

    /** A case document the case reader refused, located in the export. */
    public static final class CsvCaseError extends Exception {
        private final CellError error;

        CsvCaseError(CellError error) {
            super(error.message());
            this.error = error;
        }

        public CellError error() { return error; }
    }

    /** The most rows one person may have: bounds memory (one person is held at a time) far above any real record. */
    public static final int MAX_ROWS_PER_PERSON = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Case-format fields that hold a list of words: a cell lists them with a separator. */
    private static final Set<String> WORD_LISTS = Set.of("goals", "equities.citizenOrLprFamily");
    /** Conviction fields that hold a list of entries: a row gives one entry of each. */
    private static final Set<String> ENTRY_LISTS = Set.of("priorRelief", "priorMotions");

    private final CsvReader in;
    private final CsvMapping mapping;
    private final LongSet split;
    private final int width;
    private final int personIndex;
    private final int[] caseIndex;
    private final int[] convictionIndex;
    private final ArrayDeque<Item> ready = new ArrayDeque<>();
    private Group current;
    private long pendingBadLine;   // a bad row just read: the next person may own it
    private boolean ended;

    private CsvCases(CsvReader in, CsvMapping mapping, LongSet split, String file) throws IOException {
        this.in = in;
        this.mapping = mapping;
        this.split = split;
        List<String> header = header(in, file);
        this.width = header.size();
        this.personIndex = index(header, mapping.personColumn(), "person", file);
        this.caseIndex = new int[mapping.caseColumns().size()];
        for (int i = 0; i < caseIndex.length; i++) {
            CsvMapping.Column c = mapping.caseColumns().get(i);
            caseIndex[i] = index(header, c.column(), "case." + c.target(), file);
        }
        this.convictionIndex = new int[mapping.convictionColumns().size()];
        for (int i = 0; i < convictionIndex.length; i++) {
            CsvMapping.Column c = mapping.convictionColumns().get(i);
            convictionIndex[i] = index(header, c.column(), "conviction." + c.target(), file);
        }
    }

    /**
     * Opens an export for streaming. Reads the file once first to find people whose rows are not consecutive,
     * so that both their parts are rejected rather than either screened alone.
     *
     * @throws DataError where the header lacks a mapped column or cannot be read
     */
    public static CsvCases open(Path csv, CsvMapping mapping) throws IOException {
        String file = csv.getFileName().toString();
        LongSet split;
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            split = scatteredPeople(new CsvReader(r, mapping.delimiter()), mapping, file);
        }
        Reader main = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        try {
            return new CsvCases(new CsvReader(main, mapping.delimiter()), mapping, split, file);
        } catch (RuntimeException | IOException e) {
            main.close();   // a header without a mapped column: nothing more will be read
            throw e;
        }
    }

    /** Reads a whole export held in memory (the web workbench's upload): every person, in order. */
    public static List<Item> readAll(String csvText, CsvMapping mapping) {
        try {
            Supplier<CsvReader> reader = () -> new CsvReader(new StringReader(csvText), mapping.delimiter());
            CsvCases cases = new CsvCases(reader.get(), mapping, scatteredPeople(reader.get(), mapping, "upload"), "upload");
            List<Item> out = new ArrayList<>();
            for (Item i; (i = cases.next()) != null; ) out.add(i);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a StringReader does not fail
        }
    }

    @Override
    public void close() throws IOException { in.close(); }

    /** Characters of the export read so far (the progress bar's measure). */
    public long charsRead() { return in.charsRead(); }

    /** The next person (or bad row), in the order of the export; {@code null} at its end. */
    public Item next() throws IOException {
        while (ready.isEmpty() && !ended) {
            CsvReader.Record r = in.next();
            if (r == null) {
                ended = true;
                if (current != null) ready.add(current.finish());
                current = null;
                break;
            }
            accept(r);
        }
        return ready.poll();
    }

    private void accept(CsvReader.Record r) {
        if (r.ok() && r.fields().stream().allMatch(f -> f.isBlank())) return;   // a blank line belongs to nobody
        String bad = !r.ok() ? r.error()
                : r.fields().size() != width ? "the row has " + r.fields().size() + " fields; expected " + width + " as in the header"
                : r.fields().get(personIndex).isBlank() ? "no person id in column '" + mapping.personColumn() + "'; expected one on every row"
                : null;
        if (bad != null) {
            ready.add(new Rejected(r.line(), null, List.of(new CellError(r.line(), r.ok() && r.fields().size() == width ? mapping.personColumn() : "", bad))));
            if (current != null) current.neighbourUnreadable(r.line());
            pendingBadLine = r.line();
            return;
        }
        String id = r.fields().get(personIndex).trim();
        if (current == null || !current.id.equals(id)) {
            if (current != null) ready.add(current.finish());
            current = new Group(id, r.line());
            if (pendingBadLine > 0) current.neighbourUnreadable(pendingBadLine);
            if (split.contains(hash(id))) current.scattered = true;
        }
        pendingBadLine = 0;
        current.add(r.line(), r.fields());
    }

    /** One person's rows being gathered. */
    private final class Group {
        final String id;
        final long line;
        final Map<String, Object> doc = new LinkedHashMap<>();
        final Map<String, Cell> cells = new HashMap<>();
        final Map<String, Object> caseValues = new HashMap<>();
        final Map<String, String> rawValues = new HashMap<>();
        final List<Object> convictions = new ArrayList<>();
        final List<CellError> errors = new ArrayList<>();
        boolean scattered;

        Group(String id, long line) {
            this.id = id;
            this.line = line;
            doc.put("format", CaseFile.FORMAT);
            doc.put("id", id);
            cells.put("id", new Cell(line, mapping.personColumn()));
        }

        void neighbourUnreadable(long badLine) {
            errors.add(new CellError(badLine, "", "line " + badLine + " next to this person's rows could not be read and may hold one of "
                    + "their convictions; fix it and screen again"));
        }

        int rows;

        void add(long rowLine, List<String> fields) {
            if (++rows > MAX_ROWS_PER_PERSON) {
                if (rows == MAX_ROWS_PER_PERSON + 1) {
                    errors.add(new CellError(rowLine, mapping.personColumn(), "person '" + id + "' has more than " + MAX_ROWS_PER_PERSON
                            + " rows; expected one row per conviction (is the person column right?)"));
                }
                return;
            }
            for (int i = 0; i < caseIndex.length; i++) {
                CsvMapping.Column c = mapping.caseColumns().get(i);
                Object v = value(c, fields.get(caseIndex[i]), rowLine);
                if (v == null) continue;
                String raw = fields.get(caseIndex[i]).trim();
                Object before = caseValues.putIfAbsent(c.target(), v);
                if (before == null) {
                    put(doc, c.target(), v);
                    cells.put(c.target(), new Cell(rowLine, c.column()));
                    rawValues.put(c.target(), raw);
                } else if (!before.equals(v)) {   // "LPR" and "lpr" agree when both read as lpr
                    errors.add(new CellError(rowLine, c.column(), "'" + raw + "' differs from '" + rawValues.get(c.target()) + "' on line "
                            + cells.get(c.target()).line() + " for the same person; expected the same value on every row of a person, or an empty cell"));
                }
            }
            Map<String, Object> conviction = new LinkedHashMap<>();
            String prefix = "convictions[" + convictions.size() + "]";
            Map<String, Cell> rowCells = new HashMap<>();
            for (int i = 0; i < convictionIndex.length; i++) {
                CsvMapping.Column c = mapping.convictionColumns().get(i);
                Object v = value(c, fields.get(convictionIndex[i]), rowLine);
                if (v == null) continue;
                String target = c.target();
                int dot = target.indexOf('.');
                if (dot > 0 && ENTRY_LISTS.contains(target.substring(0, dot))) {
                    target = target.substring(0, dot) + "[0]" + target.substring(dot);
                }
                put(conviction, target, v);
                rowCells.put(prefix + "." + target, new Cell(rowLine, c.column()));
            }
            if (conviction.isEmpty()) return;   // a row naming the person only: no conviction on it
            conviction.putIfAbsent("id", "c" + (convictions.size() + 1));
            convictions.add(reorder(conviction));
            cells.putAll(rowCells);
            cells.put(prefix, new Cell(rowLine, ""));
        }

        /** Puts the id first, as a reader of the JSON expects. */
        private Map<String, Object> reorder(Map<String, Object> c) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", c.get("id"));
            out.putAll(c);
            return out;
        }

        /** The cell's value for the document, or null where it is unknown; a bad cell is recorded. */
        private Object value(CsvMapping.Column c, String cell, long rowLine) {
            try {
                return convert(c, cell);
            } catch (IllegalArgumentException e) {
                errors.add(new CellError(rowLine, c.column(), e.getMessage()));
                return null;
            }
        }

        Item finish() {
            if (scattered) {
                errors.add(0, new CellError(line, mapping.personColumn(), "the rows of person '" + id + "' are not consecutive; "
                        + "expected all of a person's rows together (sort the export by column '" + mapping.personColumn() + "')"));
            }
            if (!errors.isEmpty()) return new Rejected(line, id, List.copyOf(errors));
            doc.put("convictions", convictions);
            return new Imported(line, id, doc, Map.copyOf(cells));
        }
    }

    /** A cell's value: null for unknown, a string, or a list of strings; IllegalArgumentException says what was expected. */
    private Object convert(CsvMapping.Column c, String cell) {
        if (WORD_LISTS.contains(c.target())) {
            String sep = c.split() != null ? c.split() : ";";
            List<String> words = new ArrayList<>();
            for (String part : cell.split(java.util.regex.Pattern.quote(sep), -1)) {
                String w = scalar(c, part);
                if (w != null) words.add(w);
            }
            return words.isEmpty() ? null : words;
        }
        return scalar(c, cell);
    }

    private String scalar(CsvMapping.Column c, String cell) {
        String t = cell.trim();
        String key = t.toUpperCase(Locale.ROOT);
        if (t.isEmpty() || mapping.unknownWords().contains(key)) return null;
        if (!c.values().isEmpty()) {
            if (c.values().containsKey(key)) return c.values().get(key);
            if (!c.isDate()) {
                throw new IllegalArgumentException("'" + t + "' is not in the mapping's values for this column; expected one of "
                        + String.join(", ", c.values().keySet()) + " (or an empty cell for unknown)");
            }
        }
        if (c.isDate() && c.dateFormat() != null) {
            try {
                return LocalDate.parse(t, c.dateFormat()).toString();
            } catch (DateTimeParseException e) {
                if (t.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) return t;   // ISO, or a year or month alone
                throw new IllegalArgumentException("'" + t + "' is not a date; expected a date as " + c.datePattern()
                        + " (or YYYY-MM-DD, YYYY-MM, YYYY)");
            }
        }
        return t;
    }

    /** Sets a dotted path in nested maps; a segment ending in [0] is a list of one map. */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> m = root;
        for (int i = 0; i < parts.length - 1; i++) {
            String p = parts[i];
            if (p.endsWith("[0]")) {
                String key = p.substring(0, p.length() - 3);
                List<Object> list = (List<Object>) m.computeIfAbsent(key, k -> new ArrayList<>(List.of(new LinkedHashMap<String, Object>())));
                m = (Map<String, Object>) list.get(0);
            } else {
                m = (Map<String, Object>) m.computeIfAbsent(p, k -> new LinkedHashMap<String, Object>());
            }
        }
        m.put(parts[parts.length - 1], value);
    }

    private static List<String> header(CsvReader in, String file) throws IOException {
        CsvReader.Record h = in.next();
        if (h == null) throw new DataError(file, "", 1, 1, "the file is empty; expected a header row naming the columns");
        if (!h.ok()) throw new DataError(file, "", 1, 1, "the header row cannot be read: " + h.error());
        List<String> names = new ArrayList<>();
        for (String f : h.fields()) names.add(f.trim());
        return names;
    }

    private static int index(List<String> header, String column, String target, String file) {
        int i = header.indexOf(column);
        if (i < 0) {
            throw new DataError(file, "", 1, 1, "column '" + column + "' (mapped to " + target + ") is not in the header; the header has: "
                    + String.join(", ", header));
        }
        if (header.lastIndexOf(column) != i) {
            throw new DataError(file, "", 1, 1, "column '" + column + "' appears twice in the header; expected each mapped column once");
        }
        return i;
    }

    /** The people whose rows come in more than one run, as hashes of their ids. */
    private static LongSet scatteredPeople(CsvReader in, CsvMapping mapping, String file) throws IOException {
        List<String> header = header(in, file);
        int person = index(header, mapping.personColumn(), "person", file);
        LongSet seen = new LongSet();
        LongSet split = new LongSet();
        String last = null;
        for (CsvReader.Record r; (r = in.next()) != null; ) {
            if (!r.ok() || r.fields().size() != header.size() || r.fields().get(person).isBlank()) continue;
            String id = r.fields().get(person).trim();
            if (id.equals(last)) continue;
            last = id;
            long h = hash(id);
            if (!seen.add(h)) split.add(h);
        }
        return split;
    }

    /** 64-bit FNV-1a: two ids sharing a hash (about 1 in 10^7 at a million people) only reject both, never merge them. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /**
     * Checks every target of a mapping against the case reader itself, so that a mapping names only fields
     * the case format has: each target is read once, unknown, in a minimal case.
     */
    static void checkTargets(CsvMapping m, Node root) {
        for (CsvMapping.Column c : m.caseColumns()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("format", CaseFile.FORMAT);
            put(doc, c.target(), WORD_LISTS.contains(c.target()) ? List.of() : "unknown");
            probe(doc, c.target(), root.get("case"), c);
        }
        for (CsvMapping.Column c : m.convictionColumns()) {
            Map<String, Object> conviction = new LinkedHashMap<>();
            conviction.put("id", "c1");
            conviction.put("statute", "PC 484");
            String target = c.target();
            int dot = target.indexOf('.');
            if (dot > 0 && ENTRY_LISTS.contains(target.substring(0, dot))) target = target.substring(0, dot) + "[0]" + target.substring(dot);
            if (!c.target().equals("id") && !c.target().equals("statute")) put(conviction, target, "unknown");
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("format", CaseFile.FORMAT);
            doc.put("convictions", List.of(conviction));
            probe(doc, "convictions[0]." + target, root.get("conviction"), c);
        }
    }

    private static void probe(Map<String, Object> doc, String path, Node section, CsvMapping.Column c) {
        try {
            CaseFileReader.read(LocatedDocument.parse("probe", JSON.writeValueAsString(doc)).root(), LocalDate.of(2000, 1, 1));
        } catch (DataError e) {
            String p = e.path() == null ? "" : e.path();
            // An unknown key at the target, or a complaint about a field above it (a text field given a
            // sub-field), means the path is wrong; "required" at the target or a sibling only means the
            // probe's value was unknown.
            boolean unknownKey = path.equals(p) && e.getMessage().startsWith("unknown key");
            if (unknownKey || path.startsWith(p + ".") || path.startsWith(p + "[")) {
                throw section.get(c.target()).error("'" + c.target() + "' is not a field the case format lets a column fill: " + e.getMessage());
            }
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
