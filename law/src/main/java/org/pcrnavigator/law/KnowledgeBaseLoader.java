package org.pcrnavigator.law;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.pcrnavigator.law.authority.Authority;
import org.pcrnavigator.law.data.DataError;
import org.pcrnavigator.law.data.LocatedDocument;
import org.pcrnavigator.law.data.Node;
import org.pcrnavigator.law.offense.Category;
import org.pcrnavigator.law.offense.DatedRule;
import org.pcrnavigator.law.offense.Level;
import org.pcrnavigator.law.offense.MisdemeanorMax;
import org.pcrnavigator.law.offense.Offense;
import org.pcrnavigator.law.offense.OffenseLevel;
import org.pcrnavigator.law.offense.Rule;
import org.pcrnavigator.law.offense.SaferAlternative;
import org.pcrnavigator.law.parameter.Parameter;
import org.pcrnavigator.law.question.Wording;
import org.pcrnavigator.law.statute.StatuteParser;
import org.pcrnavigator.law.statute.Statute;
import org.pcrnavigator.law.substance.Substance;
import org.pcrnavigator.law.time.DateRange;
import org.pcrnavigator.law.time.Timeline;

/**
 * Reads the knowledge base strictly and checks it whole: every authority reference resolves, no
 * dated ranges overlap, no key is unknown. {@link #load()} returns the knowledge base or throws with
 * every problem found; {@link #lint()} returns the problems for the {@code pcr law lint} report.
 */
public final class KnowledgeBaseLoader {
    /** The lint's finding: an error stops the load; a warning is reported only. */
    public record Problem(boolean error, String where, String message) {
        @Override
        public String toString() { return (error ? "error: " : "warning: ") + where + ": " + message; }
    }

    /** The knowledge base failed its checks. */
    public static final class InvalidKnowledgeBase extends RuntimeException {
        private final List<Problem> problems;

        public InvalidKnowledgeBase(List<Problem> problems) {
            super(problems.size() + " problem(s) in the knowledge base; first: " + problems.get(0));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() { return problems; }
    }

    /** Program classifications an offense entry may carry (see law/README.md). */
    private static final Set<String> PROGRAM_KEYS = Set.of("daca_significant_misdemeanor");
    private static final Set<String> SUBPARAGRAPHS = Set.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K",
            "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U");

    private final Map<String, String> files;   // relative path -> text, sorted
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Authority> authorities = new LinkedHashMap<>();
    private final List<Offense> offenses = new ArrayList<>();
    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private final Map<String, Wording> questions = new LinkedHashMap<>();
    private final Map<String, Wording> messages = new LinkedHashMap<>();
    private final Map<String, Substance> substances = new HashMap<>();
    private final Map<Statute, org.pcrnavigator.law.statute.Charge.Form> slashForms = new HashMap<>();
    private final List<String[]> references = new ArrayList<>();   // {where, authority id}

    private KnowledgeBaseLoader(Map<String, String> files) {
        this.files = new TreeMap<>(files);
    }

    private static volatile KnowledgeBase bundled;

    /** The knowledge base shipped on the class path (under {@code kb/}), loaded once per process. */
    public static KnowledgeBase bundled() {
        KnowledgeBase kb = bundled;
        if (kb == null) {
            synchronized (KnowledgeBaseLoader.class) {
                kb = bundled;
                if (kb == null) bundled = kb = fromClasspath().load();
            }
        }
        return kb;
    }

    /** A loader over the knowledge base shipped on the class path under {@code kb/}. */
    public static KnowledgeBaseLoader fromClasspath() {
        URL marker = KnowledgeBaseLoader.class.getClassLoader().getResource("kb/README.md");
        if (marker == null) marker = KnowledgeBaseLoader.class.getClassLoader().getResource("kb/parameters");
        if (marker == null) throw new IllegalStateException("the knowledge base (kb/) is not on the class path");
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return fromDirectory(fs.getPath("/kb"));
                }
            }
            return fromDirectory(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the knowledge base: " + e.getMessage(), e);
        }
    }

    /** A loader over a knowledge base folder (e.g. {@code law/kb} in a checkout). */
    public static KnowledgeBaseLoader fromDirectory(Path dir) {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String name = p.getFileName() == null ? "" : p.getFileName().toString();
                if (Files.isRegularFile(p) && (name.endsWith(".yaml") || name.endsWith(".yml"))) {
                    String rel = dir.relativize(p).toString().replace('\\', '/');
                    texts.put(rel, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the knowledge base at " + dir + ": " + e.getMessage(), e);
        }
        return new KnowledgeBaseLoader(texts);
    }

    /** A loader over in-memory files (relative path to text), for tests. */
    public static KnowledgeBaseLoader fromFiles(Map<String, String> files) {
        return new KnowledgeBaseLoader(files);
    }

    /** Loads and checks; throws {@link InvalidKnowledgeBase} listing every error. */
    public KnowledgeBase load() {
        List<Problem> found = lint();
        List<Problem> errors = found.stream().filter(Problem::error).toList();
        if (!errors.isEmpty()) throw new InvalidKnowledgeBase(errors);
        return build();
    }

    /** Every problem, errors and warnings. */
    public List<Problem> lint() {
        if (problems.isEmpty() && authorities.isEmpty()) read();
        return List.copyOf(problems);
    }

    private KnowledgeBase build() {
        return new KnowledgeBase(authorities, offenses, parameters, questions, messages, substances, slashForms, digest());
    }

    private String digest() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> f : files.entrySet()) {
                md.update(f.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(f.getValue().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return "kb-" + HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void read() {
        // Authorities first, so references elsewhere can be checked in one pass at the end.
        for (Map.Entry<String, String> f : files.entrySet()) {
            String path = f.getKey();
            if (f.getValue().indexOf('\t') >= 0) {
                problems.add(new Problem(true, path, "contains a tab; indent with spaces"));
                continue;
            }
            String top = path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
            try {
                Node root = LocatedDocument.parse("law/kb/" + path, f.getValue()).root();
                switch (top) {
                    case "authorities" -> eachEntry(root, "authorities", this::readAuthority);
                    case "offenses" -> eachEntry(root, "offenses", this::readOffense);
                    case "parameters" -> eachEntry(root, "parameters", this::readParameter);
                    case "questions" -> eachEntry(root, "questions", n -> readWording(n, "fact", questions));
                    case "messages" -> eachEntry(root, "messages", n -> readWording(n, "key", messages));
                    case "substances" -> eachEntry(root, "substances", this::readSubstance);
                    case "notation" -> eachEntry(root, "slashNotation", this::readSlashNotation);
                    default -> problems.add(new Problem(true, path,
                            "unexpected file; the knowledge base holds authorities/, offenses/, parameters/, questions/, messages/, notation/ and substances/"));
                }
            } catch (DataError e) {
                problems.add(problem(e));
            }
        }
        for (String[] ref : references) {
            if (!authorities.containsKey(ref[1])) {
                String hint = org.pcrnavigator.law.data.Suggest.nearest(ref[1], authorities.keySet());
                problems.add(new Problem(true, ref[0], "authority '" + ref[1] + "' is not in the registry"
                        + (hint != null ? " (did you mean '" + hint + "'?)" : "")));
            }
        }
        checkOffenseIds();
        checkVerifiedSupport();
    }

    /**
     * A clean yes or no must rest on at least one verified authority: one whose only support is unverified
     * citations is an error (encode it unsettled with the reason instead). A nested rule without its own
     * authorities stands on its parent's.
     */
    private void checkVerifiedSupport() {
        for (Offense o : offenses) {
            for (Map.Entry<Category, Timeline<Rule>> e : o.consequences().entrySet()) {
                for (Timeline.Entry<Rule> r : e.getValue().entries()) verifiedSupport(o, e.getKey().id(), r.value(), List.of());
            }
        }
    }

    private void verifiedSupport(Offense o, String where, Rule rule, List<String> inherited) {
        List<String> auth = rule.authorities().isEmpty() ? inherited : rule.authorities();
        if (rule instanceof Rule.Fixed f && (f.verdict() == Rule.Verdict.YES || f.verdict() == Rule.Verdict.NO) && !auth.isEmpty()
                && auth.stream().allMatch(id -> authorities.containsKey(id) && !authorities.get(id).verified())) {
            problems.add(new Problem(true, o.file() + ": " + o.id() + " " + where,
                    "a clean " + f.verdict().id() + " rests only on unverified authorities " + auth
                            + "; verify one or encode the rule unsettled with the reason"));
        }
        if (rule instanceof Rule.Divisible d) {
            for (Map.Entry<String, Rule> w : d.when().entrySet()) verifiedSupport(o, where + " when " + w.getKey(), w.getValue(), auth);
        }
        if (rule instanceof Rule.AnyOf any) {
            for (Rule r : any.rules()) verifiedSupport(o, where, r, auth);
        }
    }

    private static Problem problem(DataError e) {
        String where = e.file() + (e.line() > 0 ? ":" + e.line() + ":" + e.column() : "")
                + (e.path().isEmpty() ? "" : ": " + e.path());
        return new Problem(true, where, e.getMessage());
    }

    private interface EntryReader { void read(Node n); }

    private void eachEntry(Node root, String listKey, EntryReader reader) {
        root.allowOnly(listKey);
        List<Node> list = root.get(listKey).list();
        if (list.isEmpty()) {
            problems.add(new Problem(false, root.file(), "'" + listKey + "' is empty"));
        }
        for (Node n : list) {
            try {
                reader.read(n);
            } catch (DataError e) {
                problems.add(problem(e));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(true, n.file() + ": " + n.path(), e.getMessage()));
            }
        }
    }

    private String where(Node n) { return n.file() + ": " + n.path(); }

    private List<String> refs(Node n) {
        List<String> ids = n.textList();
        for (String id : ids) references.add(new String[] {where(n), id});
        return ids;
    }

    private List<String> requiredRefs(Node n) {
        List<String> ids = refs(n);
        if (ids.isEmpty()) throw n.error("required; expected a list of at least one authority id");
        return ids;
    }

    private void readAuthority(Node n) {
        n.allowOnly("id", "kind", "citation", "court", "date", "url", "holding", "verifiedOn", "verifiedBy", "unverified");
        String id = n.get("id").text();
        if (!id.matches("[a-z0-9]+(\\.[a-z0-9_]+)+")) {
            throw n.get("id").error("'" + id + "' is not an authority id; expected lowercase parts joined by dots, e.g. ca9.silva_v_garland_2021");
        }
        Authority.Kind kind = Authority.Kind.valueOf(n.get("kind").word("statute", "regulation", "decision",
                "agency_precedent", "practice_guide", "legislation").toUpperCase(Locale.ROOT));
        LocalDate verifiedOn = n.get("verifiedOn").optDate();
        String unverified = n.get("unverified").optText();
        if (verifiedOn == null && unverified == null) {
            throw n.error("needs verifiedOn (the day the citation was checked) or unverified (why it could not be)");
        }
        Authority a = new Authority(id, kind, n.get("citation").text(), n.get("court").optText(), n.get("date").optDate(),
                n.get("url").optText(), n.get("holding").text(), verifiedOn, n.get("verifiedBy").optText(), unverified, n.file());
        Authority prior = authorities.putIfAbsent(id, a);
        if (prior != null) {
            throw n.get("id").error("authority '" + id + "' is defined twice (also in " + prior.file() + ")");
        }
    }

    private void readOffense(Node n) {
        n.allowOnly("id", "code", "section", "subdivisions", "alsoMatches", "title", "elements", "levels",
                "consequences", "programs", "inchoate", "saferAlternatives", "notes", "verifiedOn");
        String id = n.get("id").text();
        String code = n.get("code").word("PC", "HS", "VC", "BP", "WI", "UI");
        String section = n.get("section").scalarText();
        Statute base = parseStatute(n.get("section"), code + " " + section);
        List<Statute> covers = new ArrayList<>();
        for (Node s : n.get("subdivisions").list()) {
            String path = s.text().trim();
            if (!path.matches("[0-9A-Za-z]+(\\([0-9A-Za-z]+\\))*")) {
                throw s.error("'" + path + "' is not a subdivision path; expected e.g. \"a\", \"a(1)\" or \"e(1)(A)\"");
            }
            Statute sub = parseStatute(s, code + " " + section + "(" + path.replaceFirst("\\(", ")(") + (path.contains("(") ? "" : ")"));
            covers.add(sub);
        }
        if (covers.isEmpty()) covers.add(base);
        List<Statute> also = new ArrayList<>();
        for (Node s : n.get("alsoMatches").list()) also.add(parseStatute(s, s.text()));

        List<Timeline.Entry<OffenseLevel>> levels = new ArrayList<>();
        for (Node l : n.get("levels").list()) {
            l.allowOnly("from", "to", "level", "misdemeanorMax", "felonyTerm", "authorities", "note");
            Level level = Level.valueOf(l.get("level").word("felony", "misdemeanor", "wobbler", "infraction", "wobblette").toUpperCase(Locale.ROOT));
            MisdemeanorMax max = MisdemeanorMax.valueOf(l.get("misdemeanorMax").word("one_year", "six_months", "none").toUpperCase(Locale.ROOT));
            levels.add(new Timeline.Entry<>(range(l.get("from"), l.get("to")),
                    new OffenseLevel(level, max, l.get("felonyTerm").optText(), requiredRefs(l.get("authorities")))));
        }
        if (levels.isEmpty()) throw n.get("levels").error("required; expected at least one level with its authorities");
        Timeline<OffenseLevel> levelTimeline = timeline(n.get("levels"), id + " levels", levels);

        Map<Category, Timeline<Rule>> consequences = new java.util.EnumMap<>(Category.class);
        Node cons = n.get("consequences");
        List<String> categoryIds = new ArrayList<>();
        for (Category c : Category.values()) categoryIds.add(c.id());
        cons.allowOnly(categoryIds);
        for (Category c : Category.values()) {
            Node rules = cons.get(c.id());
            if (rules.isUnknown()) {
                problems.add(new Problem(false, where(n), "no rules for " + c.id() + "; the analysis will ask the advocate"));
                continue;
            }
            List<Timeline.Entry<Rule>> entries = new ArrayList<>();
            for (Node r : rules.list()) {
                DatedRule dr = readDatedRule(r);
                entries.add(new Timeline.Entry<>(dr.convicted(), dr.rule()));
            }
            consequences.put(c, timeline(rules, id + " " + c.id(), entries));
        }

        Map<String, Rule> programs = new LinkedHashMap<>();
        Node prog = n.get("programs");
        if (!prog.isUnknown()) {
            prog.allowOnly(PROGRAM_KEYS);
            for (Map.Entry<String, Node> e : prog.entries().entrySet()) programs.put(e.getKey(), readRule(e.getValue(), false));
        }

        List<SaferAlternative> safer = new ArrayList<>();
        for (Node s : n.get("saferAlternatives").list()) {
            s.allowOnly("statute", "condition", "maxSentenceDays", "authorities", "note");
            String statute = s.get("statute").text();
            safer.add(new SaferAlternative(statute, s.get("condition").optText(), s.get("maxSentenceDays").optInteger(0),
                    refs(s.get("authorities"))));
        }
        offenses.add(new Offense(id, covers, also, n.get("title").text(), n.get("elements").optText(), levelTimeline,
                consequences, programs, n.get("inchoate").optText(), safer, n.get("notes").optText(), n.get("verifiedOn").optDate(),
                n.file()));
    }

    private Statute parseStatute(Node where, String text) {
        try {
            return StatuteParser.parseSingle(text);
        } catch (StatuteParser.StatuteSyntaxError e) {
            throw where.error(e.getMessage());
        }
    }

    private DatedRule readDatedRule(Node r) {
        Node convicted = r.get("convicted");
        DateRange range = DateRange.ALWAYS;
        if (!convicted.isUnknown()) {
            convicted.allowOnly("from", "to");
            range = range(convicted.get("from"), convicted.get("to"));
        }
        return new DatedRule(range, readRule(r, true));
    }

    private Rule readRule(Node r, boolean topLevel) {
        if (!r.isMapping()) {
            String w = r.word("yes", "no", "unsettled", "arguably_no");
            if (w.equals("unsettled") || w.equals("arguably_no")) {
                throw r.error("'" + w + "' needs a reason; write {result: " + w + ", reason: \"…\", authorities: […]}");
            }
            return new Rule.Fixed(Rule.Verdict.valueOf(w.toUpperCase(Locale.ROOT)), null, null, List.of());
        }
        List<String> keys = new ArrayList<>(List.of("result", "subparagraph", "reason", "note", "authorities", "decider", "when", "rules"));
        if (topLevel) keys.add("convicted");
        r.allowOnly(keys);
        String result = r.get("result").word("yes", "no", "if_sentence_ge_1y", "if_loss_gt_10k", "divisible",
                "unsettled", "arguably_no", "any_of");
        String note = r.get("note").optText();
        Node authNode = r.get("authorities");
        List<String> auth = topLevel ? requiredRefs(authNode) : refs(authNode);
        switch (result) {
            case "if_sentence_ge_1y", "if_loss_gt_10k" -> {
                String sub = r.get("subparagraph").word(SUBPARAGRAPHS);
                return result.equals("if_sentence_ge_1y")
                        ? new Rule.SentenceAtLeastOneYear(sub, note, auth)
                        : new Rule.LossOverTenThousand(sub, note, auth);
            }
            case "any_of" -> {
                List<Rule> rules = new ArrayList<>();
                for (Node sub : r.get("rules").list()) rules.add(readRule(sub, false));
                if (rules.size() < 2) throw r.get("rules").error("required; any_of needs at least two rules");
                return new Rule.AnyOf(rules, note, auth);
            }
            case "divisible" -> {
                String decider = r.get("decider").word(org.pcrnavigator.law.offense.RecordFacts.KEYS);
                Map<String, Rule> when = new LinkedHashMap<>();
                Node w = r.get("when");
                Set<String> allowed = org.pcrnavigator.law.offense.RecordFacts.whenKeys(decider);
                for (Map.Entry<String, Node> e : w.entries().entrySet()) {
                    String key = e.getKey();
                    if (decider.equals("victimIsMinor") && (key.equals("true") || key.equals("false"))) key = key.equals("true") ? "yes" : "no";
                    if (allowed != null && !allowed.contains(key)) {
                        String hint = org.pcrnavigator.law.data.Suggest.nearest(key, allowed);
                        throw e.getValue().error("'" + key + "' can never match " + decider + "; expected one of "
                                + String.join(", ", new java.util.TreeSet<>(allowed)) + (hint != null ? " (did you mean '" + hint + "'?)" : ""));
                    }
                    when.put(key, readRule(e.getValue(), false));
                }
                if (when.isEmpty()) throw w.error("required; map each record value to its outcome");
                return new Rule.Divisible(decider, when, note, auth);
            }
            default -> {
                Rule.Verdict v = Rule.Verdict.valueOf(result.toUpperCase(Locale.ROOT));
                String reason = r.get("reason").optText();
                if ((v == Rule.Verdict.UNSETTLED || v == Rule.Verdict.ARGUABLY_NO) && reason == null) {
                    throw r.error("'" + result + "' needs a reason (why the law is divided or doubtful)");
                }
                return new Rule.Fixed(v, reason, note, auth);
            }
        }
    }

    private DateRange range(Node from, Node to) {
        try {
            return new DateRange(from.optDate(), to.optDate());
        } catch (IllegalArgumentException e) {
            throw to.error(e.getMessage());
        }
    }

    private <T> Timeline<T> timeline(Node where, String name, List<Timeline.Entry<T>> entries) {
        try {
            return Timeline.of(name, entries);
        } catch (IllegalArgumentException e) {
            throw where.error(e.getMessage());
        }
    }

    private void readParameter(Node n) {
        n.allowOnly("id", "description", "unit", "values");
        String id = n.get("id").text();
        String unit = n.get("unit").word("days", "months", "years", "dollars", "date", "count", "statutes");
        List<Timeline.Entry<Parameter.Value>> values = new ArrayList<>();
        for (Node v : n.get("values").list()) {
            v.allowOnly("from", "to", "value", "authorities", "note");
            String raw = v.get("value").scalarText();
            if (unit.equals("date")) v.get("value").date();
            else if (unit.equals("statutes")) statuteList(v.get("value"), raw);
            else v.get("value").integer(0);
            values.add(new Timeline.Entry<>(range(v.get("from"), v.get("to")), new Parameter.Value(raw, requiredRefs(v.get("authorities")))));
        }
        if (values.isEmpty()) throw n.get("values").error("required; expected at least one dated value");
        if (parameters.put(id, new Parameter(id, n.get("description").text(), unit, timeline(n.get("values"), id, values))) != null) {
            throw n.get("id").error("parameter '" + id + "' is defined twice");
        }
    }

    /** A list of statutes separated by ';', each in the case format's notation (PC 187, PC 664/187). */
    private static void statuteList(Node where, String raw) {
        for (String item : raw.split(";")) {
            try {
                org.pcrnavigator.law.statute.StatuteParser.parse(item.trim());
            } catch (IllegalArgumentException e) {
                throw where.error("'" + item.trim() + "' is not a statute: " + e.getMessage());
            }
        }
    }

    private void readWording(Node n, String keyName, Map<String, Wording> into) {
        n.allowOnly(keyName, "prompt", "text");
        String key = n.get(keyName).text();
        Node texts = n.has("prompt") ? n.get("prompt") : n.get("text");
        Map<String, String> byLang = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : texts.entries().entrySet()) byLang.put(e.getKey(), e.getValue().text());
        if (!byLang.containsKey("en")) throw texts.error("needs an English ('en') text");
        if (into.put(key, new Wording(key, byLang)) != null) throw n.get(keyName).error("'" + key + "' is defined twice");
    }

    private void readSubstance(Node n) {
        n.allowOnly("name", "aliases", "federallyControlled", "reason", "authorities", "note");
        String fc = n.get("federallyControlled").word("yes", "no", "unsettled");
        String reason = n.get("reason").optText();
        if (fc.equals("unsettled") && reason == null) throw n.error("'unsettled' needs a reason");
        Substance s = new Substance(n.get("name").text(), n.get("aliases").textList(), fc, reason, requiredRefs(n.get("authorities")));
        for (String name : concat(s.name(), s.aliases())) {
            Substance prior = substances.put(name.trim().toLowerCase(Locale.ROOT), s);
            if (prior != null && prior != s) throw n.error("substance name '" + name + "' is used twice");
        }
    }

    private void readSlashNotation(Node n) {
        n.allowOnly("prefix", "form", "note", "authorities");
        Statute prefix = parseStatute(n.get("prefix"), n.get("prefix").text());
        if (!prefix.subdivisions().isEmpty()) throw n.get("prefix").error("expected a section without subdivisions, e.g. PC 664");
        var form = org.pcrnavigator.law.statute.Charge.Form.valueOf(
                n.get("form").word("attempt", "conspiracy", "with_prior").toUpperCase(Locale.ROOT));
        requiredRefs(n.get("authorities"));
        if (slashForms.put(prefix, form) != null) throw n.get("prefix").error(prefix.display() + " is listed twice");
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> out = new ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return out;
    }

    private void checkOffenseIds() {
        Map<String, String> seen = new HashMap<>();
        for (Offense o : offenses) {
            String prior = seen.put(o.id(), o.file());
            if (prior != null) problems.add(new Problem(true, o.file(), "offense id '" + o.id() + "' is also used in " + prior));
        }
    }

    /** The files read, for stats. */
    public int fileCount() { return files.size(); }

}
