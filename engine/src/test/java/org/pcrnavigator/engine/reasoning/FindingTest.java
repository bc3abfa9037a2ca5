package org.pcrnavigator.engine.reasoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A finding's builder hands its arrays to the finding instead of copying them: these tests hold it to what
 * a map and linked sets would give, and to a finding never changing once made.
 */
class FindingTest {

    @Test
    void aBuilderUsedAgainAfterConcludingLeavesTheFirstFindingAsItWas() {
        Finding.Builder b = Finding.of("rule").fact("a", 1).cite("x").missing("m1");
        Finding first = b.conclude(Result.UNKNOWN, "first");
        b.fact("a", 2).fact("b", 3).cite("y").missing("m2").because(first);
        Finding second = b.conclude(Result.YES, "second");

        assertThat(first.facts()).containsExactly(Map.entry("a", "1"));
        assertThat(first.authorities()).containsExactly("x");
        assertThat(first.missingFacts()).containsExactly("m1");
        assertThat(first.because()).isEmpty();
        assertThat(second.facts()).containsExactly(Map.entry("a", "2"), Map.entry("b", "3"));
        assertThat(second.authorities()).containsExactly("x", "y");
        assertThat(second.missingFacts()).containsExactly("m1", "m2");
        assertThat(second.because()).containsExactly(first);
    }

    @Test
    void aFindingCannotBeChangedThroughItsParts() {
        Finding f = Finding.of("rule").fact("a", 1).cite("x").missing("m").conclude(Result.NO, "");
        assertThatThrownBy(() -> f.facts().put("b", "2")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> f.authorities().add("y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> f.missingFacts().set(0, "n")).isInstanceOf(UnsupportedOperationException.class);

        Map<String, String> facts = new LinkedHashMap<>(Map.of("a", "1"));
        List<String> cited = new ArrayList<>(List.of("x"));
        Finding made = new Finding("rule", Result.NO, "", facts, cited, List.of(), List.of());
        facts.put("b", "2");
        cited.add("y");
        assertThat(made.facts()).containsExactly(Map.entry("a", "1"));
        assertThat(made.authorities()).containsExactly("x");
    }

    @Test
    void aFactReadsAsItsValueWasWhenGivenWhateverItsType() {
        StringBuilder changing = new StringBuilder("before");
        List<String> list = new ArrayList<>(List.of("a"));
        Finding f = Finding.of("rule").fact("text", "t").fact("days", 365L).fact("count", 3).fact("flag", true)
                .fact("day", java.time.LocalDate.of(2015, 1, 1)).fact("month", new org.pcrnavigator.engine.casefile.PartialDate(2014, 11, null))
                .fact("result", Result.UNSETTLED).fact("none", null).fact("builder", changing).fact("list", list)
                .conclude(Result.YES, "");
        changing.append(" after");
        list.add("b");

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("text", "t");
        expected.put("days", "365");
        expected.put("count", "3");
        expected.put("flag", "true");
        expected.put("day", "2015-01-01");
        expected.put("month", "2014-11");
        expected.put("result", Result.UNSETTLED.toString());
        expected.put("none", "unknown");
        expected.put("builder", "before");
        expected.put("list", "[a]");
        assertThat(new ArrayList<>(f.facts().entrySet())).isEqualTo(new ArrayList<>(expected.entrySet()));
        assertThat(f.facts()).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(f.facts().get("days")).isEqualTo("365");
        assertThat(f).isEqualTo(new Finding("rule", Result.YES, "", expected, List.of(), List.of(), List.of()));
    }

    @Test
    void anAuthorityCitedAgainAsAnEqualStringIsKeptOnce() {
        String id = "bia.pickering_2003";
        Finding f = Finding.of("rule").cite(id, "other").cite(new String(id.toCharArray()), new String("other".toCharArray()))
                .cite(List.of("third", new String(id.toCharArray()))).conclude(Result.NO, "");
        assertThat(f.authorities()).containsExactly(id, "other", "third");
    }

    @Test
    void factsAuthoritiesAndMissingFactsKeepFirstSeenOrderWithoutRepeatsAsAMapAndSetsWould() {
        Random random = new Random(20261128);
        for (int round = 0; round < 2_000; round++) {
            Finding.Builder b = Finding.of("rule");
            Map<String, String> facts = new LinkedHashMap<>();
            LinkedHashSet<String> cited = new LinkedHashSet<>();
            LinkedHashSet<String> missing = new LinkedHashSet<>();
            List<Finding> made = new ArrayList<>();
            List<Map<String, String>> factsThen = new ArrayList<>();
            List<List<String>> citedThen = new ArrayList<>();
            // Up to 40 steps over up to 30 names: long enough to pass the point where the builder starts hashing.
            for (int step = random.nextInt(40); step > 0; step--) {
                String name = "n" + random.nextInt(1 + random.nextInt(30));
                switch (random.nextInt(5)) {
                    case 0 -> {
                        String value = "v" + random.nextInt(5);
                        b.fact(name, value);
                        facts.put(name, value);
                    }
                    case 1 -> {
                        b.cite(name);
                        cited.add(name);
                    }
                    case 2 -> {
                        b.cite(List.of(name, name + "x"));
                        cited.add(name);
                        cited.add(name + "x");
                    }
                    case 3 -> {
                        b.missing(name);
                        missing.add(name);
                    }
                    default -> {
                        made.add(b.conclude(Result.UNKNOWN, ""));
                        factsThen.add(new LinkedHashMap<>(facts));
                        citedThen.add(new ArrayList<>(cited));
                    }
                }
            }
            Finding last = b.conclude(Result.YES, "");
            assertThat(new ArrayList<>(last.facts().entrySet())).isEqualTo(new ArrayList<>(facts.entrySet()));
            assertThat(last.facts()).isEqualTo(facts);
            assertThat(last.authorities()).isEqualTo(new ArrayList<>(cited));
            assertThat(last.missingFacts()).isEqualTo(new ArrayList<>(missing));
            for (int i = 0; i < made.size(); i++) {
                assertThat(made.get(i).facts()).isEqualTo(factsThen.get(i));
                assertThat(made.get(i).authorities()).isEqualTo(citedThen.get(i));
            }
        }
    }

    @Test
    void everyMissingFactOfATreeIsGatheredInPreorderOnceAsAWalkOfTheWholeTreeWould() {
        Random random = new Random(20261129);
        for (int round = 0; round < 500; round++) {
            // Findings made bottom-up over a few fact names, each resting on some made before it: subtrees are
            // shared, as a goal's grounds share categories, and the same fact is missed in several places.
            List<Finding> made = new ArrayList<>();
            for (int i = random.nextInt(30); i >= 0; i--) {
                Finding.Builder b = Finding.of("r" + i);
                for (int k = random.nextInt(3); k > 0; k--) b.missing("m" + random.nextInt(8));
                for (int k = made.isEmpty() ? 0 : random.nextInt(4); k > 0; k--) b.because(made.get(random.nextInt(made.size())));
                made.add(b.conclude(Result.UNKNOWN, ""));
            }
            Finding top = made.get(made.size() - 1);
            LinkedHashSet<String> walked = new LinkedHashSet<>();
            walk(top, walked);
            assertThat(top.allMissingFacts()).isEqualTo(new ArrayList<>(walked));
            // Made again from its parts, as a rule that adds a sub-finding does, the finding gathers the same way.
            Finding again = new Finding(top.rule(), top.result(), top.text(), top.facts(), top.authorities(), top.because(),
                    top.missingFacts());
            assertThat(again.missingFacts()).isEqualTo(top.missingFacts());
            assertThat(again.allMissingFacts()).isEqualTo(top.allMissingFacts());
        }
    }

    private static void walk(Finding f, LinkedHashSet<String> out) {
        out.addAll(f.missingFacts());
        for (Finding b : f.because()) walk(b, out);
    }

    @Test
    void aFindingMadeFromPartsKeepsItsOwnMissingFactsApartFromThoseBelow() {
        Finding below = Finding.of("below").missing("b").conclude(Result.UNKNOWN, "");
        Finding f = new Finding("top", Result.UNKNOWN, "", Map.of(), List.of(), List.of(below), List.of("a", "a", "b"));
        assertThat(f.missingFacts()).containsExactly("a", "a", "b");   // as given
        assertThat(f.allMissingFacts()).containsExactly("a", "b");
        assertThat(Finding.of("none").because(below).conclude(Result.NO, "").missingFacts()).isEmpty();
    }

    @Test
    void citingAnotherFindingsAuthoritiesKeepsEachOnceInFirstSeenOrder() {
        Finding below = Finding.of("below").cite("x", "y", "x").conclude(Result.YES, "");
        Finding.Builder b = Finding.of("top").cite("z", "y");
        Finding top = b.cite(below.authorities()).cite("w", "x").conclude(Result.YES, "");
        assertThat(below.authorities()).containsExactly("x", "y");
        assertThat(top.authorities()).containsExactly("z", "y", "x", "w");
        assertThat(top.authorities()).isEqualTo(List.of("z", "y", "x", "w"));
        // The builder goes on after concluding without changing the finding it made.
        assertThat(b.cite("v").conclude(Result.NO, "").authorities()).containsExactly("z", "y", "x", "w", "v");
        assertThat(top.authorities()).hasSize(4);
    }

    @Test
    void aBriefFindingKeepsItsResultSentenceSubFindingsAndMissingFactsAndDropsFactsAndAuthorities() {
        Finding below = Finding.brief("below").fact("a", 1).cite("x").missing("m2").conclude(Result.UNKNOWN, "below");
        Finding top = Finding.brief("top").fact("b", 2).cite("y").cite(List.of("z")).missing("m1").because(below)
                .conclude(Result.UNSETTLED, "top");
        assertThat(top.rule()).isEqualTo("top");
        assertThat(top.result()).isEqualTo(Result.UNSETTLED);
        assertThat(top.text()).isEqualTo("top");
        assertThat(top.because()).containsExactly(below);
        assertThat(top.missingFacts()).containsExactly("m1");
        assertThat(top.allMissingFacts()).containsExactly("m1", "m2");
        assertThat(top.facts()).isEmpty();
        assertThat(top.authorities()).isEmpty();
        assertThat(below.facts()).isEmpty();
        assertThat(below.authorities()).isEmpty();
        // The same steps on a whole finding keep everything.
        Finding whole = Finding.of("top").fact("b", 2).cite("y").missing("m1").conclude(Result.UNSETTLED, "top");
        assertThat(whole.facts()).containsExactly(Map.entry("b", "2"));
        assertThat(whole.authorities()).containsExactly("y");
    }

    @Test
    void anExplainerForABriefReportStartsBriefFindings() {
        var kb = org.pcrnavigator.law.KnowledgeBaseLoader.bundled();
        Finding brief = new Explainer(kb, "en", false).finding("r").fact("a", 1).cite("x").conclude(Result.NO, "");
        Finding whole = new Explainer(kb, "en", true).finding("r").fact("a", 1).cite("x").conclude(Result.NO, "");
        assertThat(brief.facts()).isEmpty();
        assertThat(brief.authorities()).isEmpty();
        assertThat(whole.facts()).containsExactly(Map.entry("a", "1"));
        assertThat(whole.authorities()).containsExactly("x");
    }
}
