package org.pcrnavigator.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pcrnavigator.law.KnowledgeBaseLoader.Problem;
import org.pcrnavigator.law.offense.Offense;
import org.pcrnavigator.law.parameter.Parameter;
import org.pcrnavigator.law.question.Wording;
import org.pcrnavigator.law.statute.Charge;
import org.pcrnavigator.law.statute.Statute;
import org.pcrnavigator.law.statute.StatuteParser;
import org.pcrnavigator.law.time.Timeline;

/** The knowledge base in {@code law/kb} as shipped: lints clean, and every entry can be found from its statute. */
class BundledKnowledgeBaseTest {
    private static KnowledgeBase kb;

    static Path kbDir() {
        String root = System.getProperty("pcr.repo.root");
        assertThat(root).as("system property pcr.repo.root (set by surefire)").isNotBlank();
        return Path.of(root, "law/kb");
    }

    static synchronized KnowledgeBase kb() {
        if (kb == null) kb = KnowledgeBaseLoader.fromDirectory(kbDir()).load();
        return kb;
    }

    @Test
    void lintsWithZeroErrors() {
        List<Problem> errors = KnowledgeBaseLoader.fromDirectory(kbDir()).lint().stream().filter(Problem::error).toList();
        assertThat(errors).as("errors:%n%s", String.join("\n", errors.stream().map(Problem::toString).toList())).isEmpty();
    }

    @Test
    void holdsOffensesAuthoritiesParametersAndQuestions() {
        assertThat(kb().offenses()).isNotEmpty();
        assertThat(kb().authorities()).isNotEmpty();
        assertThat(kb().parameters()).isNotEmpty();
        assertThat(kb().questions()).isNotEmpty();
        assertThat(kb().messages()).isNotEmpty();
    }

    /** One test per offense entry: each statute it covers parses back and finds the entry again. */
    @TestFactory
    Stream<DynamicTest> everyOffenseIsFoundThroughItsStatutes() {
        return kb().offenses().stream().map(o -> dynamicTest(o.id() + " (" + o.heading() + ")", () -> {
            assertThat(o.covers()).as("covers of %s", o.id()).isNotEmpty();
            for (Statute covered : o.covers()) {
                // The canonical form and the long form a court record uses must both parse to the same statute.
                for (String written : List.of(covered.display(), longForm(covered))) {
                    Statute parsed = StatuteParser.parseSingle(written);
                    assertThat(parsed).as("'%s' parses back to %s", written, covered).isEqualTo(covered);
                    assertThat(kb().offensesFor(parsed)).as("offensesFor(%s)", written).contains(o);
                }
                // A deeper subdivision than the entry names still finds it (PC 273.5(a)(2) matches "a").
                Statute deeper = covered.withSubdivisions(append(covered.subdivisions(), "99"));
                assertThat(kb().offensesFor(deeper)).as("offensesFor(%s)", deeper).contains(o);
                // A bare-section query returns the section's whole-section entries where it has any (they answer
                // for an unnamed subdivision), else every entry of the section, this one included.
                Statute bare = covered.sectionOnly();
                List<Offense> wholeSection = kb().offenses().stream()
                        .filter(x -> x.covers().contains(bare) || x.alsoMatches().contains(bare)).toList();
                if (wholeSection.isEmpty()) {
                    assertThat(kb().offensesFor(bare)).as("offensesFor(%s)", bare).contains(o);
                } else {
                    assertThat(kb().offensesFor(bare)).as("offensesFor(%s)", bare).containsExactlyInAnyOrderElementsOf(wholeSection);
                }
            }
            for (Statute alias : o.alsoMatches()) {
                Statute parsed = StatuteParser.parseSingle(alias.display());
                assertThat(kb().offensesFor(parsed)).as("alsoMatches %s of %s", alias, o.id()).contains(o);
            }
            assertThat(o.id()).as("offense id").startsWith("ca." + o.covers().get(0).code().name().toLowerCase());
        }));
    }

    private static String longForm(Statute s) {
        StringBuilder b = new StringBuilder(s.code().longName()).append(" § ").append(s.section());
        if (!s.subdivisions().isEmpty()) b.append(", subd. ");
        for (String sub : s.subdivisions()) b.append('(').append(sub).append(')');
        return b.toString();
    }

    private static List<String> append(List<String> list, String last) {
        List<String> out = new ArrayList<>(list);
        out.add(last);
        return out;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        PC 273.5(a)                | COMPLETED
        PC 664/187(a)              | ATTEMPT
        PC 664/187                 | ATTEMPT
        PC 182(a)(1)/HS 11352(a)   | CONSPIRACY
        PC 666/484(a)              | WITH_PRIOR
        PC 459/460(a)              | DEGREE_OR_PUNISHMENT
        """)
    void theNotationTableReadsTheCommonSlashForms(String charge, Charge.Form form) {
        assertThat(kb().formOf(StatuteParser.parse(charge))).isEqualTo(form);
    }

    @TestFactory
    Stream<DynamicTest> everyParameterValueHasAuthoritiesThatResolve() {
        return kb().parameters().stream().map(p -> dynamicTest(p.id(), () -> {
            assertThat(p.values().entries()).as("values of %s", p.id()).isNotEmpty();
            for (Timeline.Entry<Parameter.Value> e : p.values().entries()) {
                assertThat(e.value().authorities()).as("%s %s", p.id(), e.range()).isNotEmpty();
                for (String id : e.value().authorities()) {
                    assertThat(kb().hasAuthority(id)).as("%s %s cites %s", p.id(), e.range(), id).isTrue();
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyQuestionHasEnglishAndSpanishPrompts() {
        return kb().questions().stream().map(q -> dynamicTest(q.key(), () -> {
            assertThat(q.byLanguage()).as("prompts of %s", q.key()).containsKeys("en", "es");
            assertThat(q.byLanguage().get("en")).as("en prompt of %s", q.key()).isNotBlank();
            assertThat(q.byLanguage().get("es")).as("es prompt of %s", q.key()).isNotBlank();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyMessageHasEnglish() {
        return kb().messages().stream().map(m -> dynamicTest(m.key(), () ->
                assertThat(m.byLanguage().get("en")).as("en text of %s", m.key()).isNotBlank()));
    }

    @Test
    void placeholdersInSpanishMatchTheEnglish() {
        List<String> mismatches = new ArrayList<>();
        for (Wording w : concat(kb().questions(), kb().messages())) {
            String es = w.byLanguage().get("es");
            if (es == null) continue;
            List<String> en = placeholders(w.byLanguage().get("en"));
            List<String> esp = placeholders(es);
            if (!en.stream().sorted().toList().equals(esp.stream().sorted().toList())) {
                mismatches.add(w.key() + ": en " + en + " es " + esp);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private static List<Wording> concat(java.util.Collection<Wording> a, java.util.Collection<Wording> b) {
        List<Wording> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<String> placeholders(String text) {
        List<String> out = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("\\{[A-Za-z_]+\\}").matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }
}
