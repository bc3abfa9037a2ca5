package org.pcrnavigator.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pcrnavigator.law.KnowledgeBaseLoader.InvalidKnowledgeBase;
import org.pcrnavigator.law.KnowledgeBaseLoader.Problem;
import org.pcrnavigator.law.offense.Category;
import org.pcrnavigator.law.offense.Offense;
import org.pcrnavigator.law.offense.Rule;
import org.pcrnavigator.law.statute.Charge;
import org.pcrnavigator.law.statute.StatuteParser;

/** The strict loader on small in-memory knowledge bases: each mistake a contributor makes is caught and named. */
class KnowledgeBaseLoaderTest {

    static final String AUTHORITIES = """
            authorities:
              - id: ca.pc.273_5
                kind: statute
                citation: "Cal. Penal Code § 273.5"
                holding: "Corporal injury on an intimate partner."
                verifiedOn: 2026-11-28
              - id: ca.pc.484
                kind: statute
                citation: "Cal. Penal Code § 484"
                holding: "Theft."
                verifiedOn: 2026-11-28
              - id: bia.example_2020
                kind: agency_precedent
                citation: "Matter of Example, 28 I&N Dec. 1 (BIA 2020)"
                court: "BIA"
                date: 2020-01-01
                holding: "An example holding."
                unverified: "the reporter page could not be checked"
              - id: ca.pc.664
                kind: statute
                citation: "Cal. Penal Code § 664"
                holding: "Attempt."
                verifiedOn: 2026-11-28
              - id: ca.pc.182
                kind: statute
                citation: "Cal. Penal Code § 182"
                holding: "Conspiracy."
                verifiedOn: 2026-11-28
              - id: ca.pc.666
                kind: statute
                citation: "Cal. Penal Code § 666"
                holding: "Petty theft with a prior."
                verifiedOn: 2026-11-28
            """;

    /** PC 273.5: one entry for (a), a more specific one for (a)(1), one for (b). */
    static final String PC_273_5 = """
            offenses:
              - id: ca.pc.273_5.a
                code: PC
                section: "273.5"
                subdivisions: ["a"]
                title: Corporal injury
                levels:
                  - level: wobbler
                    misdemeanorMax: one_year
                    felonyTerm: "2, 3 or 4 years"
                    authorities: [ca.pc.273_5]
                consequences:
                  cimt:
                    - convicted: {to: 2015-01-01}
                      result: yes
                      authorities: [ca.pc.273_5]
                    - convicted: {from: 2015-01-01}
                      result: unsettled
                      reason: "the circuits disagree"
                      authorities: [bia.example_2020]
                  domestic_violence:
                    - result: divisible
                      decider: victimRelationship
                      when:
                        spouse: yes
                        dating: {result: unsettled, reason: "not settled", authorities: [bia.example_2020]}
                      authorities: [ca.pc.273_5]
              - id: ca.pc.273_5.a1
                code: PC
                section: "273.5"
                subdivisions: ["a(1)"]
                title: Corporal injury, first subparagraph (test fixture)
                levels:
                  - level: felony
                    misdemeanorMax: none
                    authorities: [ca.pc.273_5]
                consequences:
                  cimt:
                    - result: yes
                      authorities: [ca.pc.273_5]
              - id: ca.pc.273_5.b
                code: PC
                section: "273.5"
                subdivisions: ["b"]
                title: Corporal injury, (b) (test fixture)
                levels:
                  - level: misdemeanor
                    misdemeanorMax: one_year
                    authorities: [ca.pc.273_5]
                consequences:
                  cimt:
                    - result: no
                      authorities: [ca.pc.273_5]
            """;

    static final String PC_484 = """
            offenses:
              - id: ca.pc.484
                code: PC
                section: "484"
                alsoMatches: ["PC 488", "PC 490"]
                title: Petty theft
                levels:
                  - level: misdemeanor
                    misdemeanorMax: six_months
                    authorities: [ca.pc.484]
                consequences:
                  cimt:
                    - result: yes
                      authorities: [ca.pc.484]
            """;

    /** PC 487: a whole-section entry that answers for any subdivision, and a more specific one for (d)(2). */
    static final String PC_487 = """
            offenses:
              - id: ca.pc.487
                code: PC
                section: "487"
                title: Grand theft
                levels:
                  - level: wobbler
                    misdemeanorMax: one_year
                    authorities: [ca.pc.484]
                consequences:
                  firearms:
                    - result: divisible
                      decider: subdivision
                      when:
                        a: no
                        "d(2)": {result: unsettled, reason: "see the (d)(2) entry", authorities: [ca.pc.484]}
                      authorities: [ca.pc.484]
              - id: ca.pc.487.d_2
                code: PC
                section: "487"
                subdivisions: ["d(2)"]
                title: Grand theft of a firearm
                levels:
                  - level: felony
                    misdemeanorMax: none
                    authorities: [ca.pc.484]
                consequences:
                  firearms:
                    - result: unsettled
                      reason: "not settled"
                      authorities: [ca.pc.484]
            """;

    /** The one line of PC_484 that lists the cimt rule's authorities. */
    static final String CIMT_484_AUTHORITIES = "result: yes\n          authorities: [ca.pc.484]";

    static final String PARAMETERS = """
            parameters:
              - id: ca.misdemeanor_max_days
                description: "longest misdemeanor term"
                unit: days
                values:
                  - {to: 2015-01-01, value: 365, authorities: [ca.pc.273_5]}
                  - {from: 2015-01-01, value: 364, authorities: [ca.pc.273_5]}
            """;

    static final String QUESTIONS = """
            questions:
              - fact: conviction.plea
                prompt:
                  en: "How did the client plead?"
                  es: "¿Cómo se declaró el cliente?"
            """;

    static final String NOTATION = """
            slashNotation:
              - prefix: PC 664
                form: attempt
                authorities: [ca.pc.664]
              - prefix: PC 182
                form: conspiracy
                authorities: [ca.pc.182]
              - prefix: PC 666
                form: with_prior
                note: "the offense is PC 666 itself"
                authorities: [ca.pc.666]
            """;

    static Map<String, String> valid() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("authorities/test.yaml", AUTHORITIES);
        files.put("offenses/pc/273.5.yaml", PC_273_5);
        files.put("offenses/pc/484.yaml", PC_484);
        files.put("offenses/pc/487.yaml", PC_487);
        files.put("parameters/test.yaml", PARAMETERS);
        files.put("questions/test.yaml", QUESTIONS);
        files.put("notation/slash.yaml", NOTATION);
        return files;
    }

    /** The valid knowledge base with {@code find} replaced by {@code replace} in one file (where it occurs exactly once). */
    static Map<String, String> with(String file, String find, String replace) {
        Map<String, String> files = valid();
        String text = files.get(file);
        assertThat(text.split(java.util.regex.Pattern.quote(find), -1)).as("'%s' occurs once in %s", find, file).hasSize(2);
        files.put(file, text.replace(find, replace));
        return files;
    }

    static List<Problem> errors(Map<String, String> files) {
        return KnowledgeBaseLoader.fromFiles(files).lint().stream().filter(Problem::error).toList();
    }

    /**
     * The errors reported against one file. A file that fails to load loses its entries, so references to
     * them elsewhere are reported too; the tests of one mistake look at the file that holds it.
     */
    static List<Problem> errorsIn(Map<String, String> files, String file) {
        return errors(files).stream()
                .filter(p -> p.where().equals(file) || p.where().startsWith(file + ":") || p.where().startsWith("law/kb/" + file + ":"))
                .toList();
    }

    static KnowledgeBase kb() { return KnowledgeBaseLoader.fromFiles(valid()).load(); }

    // ---------------------------------------------------------------- valid

    @Test
    void theValidFixtureLoadsWithoutErrors() {
        assertThat(errors(valid())).isEmpty();
        KnowledgeBase kb = kb();
        assertThat(kb.offenses()).extracting(Offense::id)
                .containsExactly("ca.pc.273_5.a", "ca.pc.273_5.a1", "ca.pc.273_5.b", "ca.pc.484", "ca.pc.487", "ca.pc.487.d_2");
        assertThat(kb.authority("bia.example_2020").verified()).isFalse();
        assertThat(kb.authority("ca.pc.484").verified()).isTrue();
        assertThat(kb.parameter("ca.misdemeanor_max_days").at(java.time.LocalDate.parse("2014-12-31")).asLong()).isEqualTo(365);
        assertThat(kb.parameter("ca.misdemeanor_max_days").at(java.time.LocalDate.parse("2015-01-01")).asLong()).isEqualTo(364);
        assertThat(kb.question("conviction.plea").in("es")).startsWith("¿Cómo");
    }

    @Test
    void aMissingCategoryIsOnlyAWarning() {
        List<Problem> all = KnowledgeBaseLoader.fromFiles(valid()).lint();
        assertThat(all).filteredOn(p -> !p.error())
                .anySatisfy(p -> assertThat(p.message()).contains("no rules for aggravated_felony"));
    }

    @Test
    void datedRulesAreReadIntoTheirRanges() {
        Offense a = kb().offensesFor(StatuteParser.parseSingle("PC 273.5(a)")).get(0);
        var cimt = a.consequences().get(Category.CIMT);
        assertThat(cimt.valueAt(java.time.LocalDate.parse("2014-12-31"))).isInstanceOf(Rule.Fixed.class);
        assertThat(((Rule.Fixed) cimt.valueAt(java.time.LocalDate.parse("2014-12-31"))).verdict()).isEqualTo(Rule.Verdict.YES);
        assertThat(((Rule.Fixed) cimt.valueAt(java.time.LocalDate.parse("2015-01-01"))).verdict()).isEqualTo(Rule.Verdict.UNSETTLED);
    }

    // ---------------------------------------------------------------- offensesFor

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # statute             | entries found: the most specific entries covering it; for a bare section, the
        #                     | whole-section entry where there is one, else every entry of the section
        PC 273.5(a)           | ca.pc.273_5.a
        PC 273.5(a)(2)        | ca.pc.273_5.a
        PC 273.5(a)(1)        | ca.pc.273_5.a1
        PC 273.5(a)(1)(B)     | ca.pc.273_5.a1
        PC 273.5(A)(1)        | ca.pc.273_5.a1
        PC 273.5(b)           | ca.pc.273_5.b
        PC 273.5              | ca.pc.273_5.a ca.pc.273_5.a1 ca.pc.273_5.b
        PC 273.5(c)           | ''
        PC 273                | ''
        PC 273.55             | ''
        HS 273.5(a)           | ''
        PC 999                | ''
        PC 484                | ca.pc.484
        PC 484(a)             | ca.pc.484
        PC 488                | ca.pc.484
        PC 490(a)             | ca.pc.484
        PC 489                | ''
        PC 666/484(a)         | ca.pc.484
        PC 664/273.5(a)(1)    | ca.pc.273_5.a1
        PC 487                | ca.pc.487
        PC 487(a)             | ca.pc.487
        PC 487(d)             | ca.pc.487
        PC 487(d)(1)          | ca.pc.487
        PC 487(d)(2)          | ca.pc.487.d_2
        PC 487(d)(2)(A)       | ca.pc.487.d_2
        """)
    void offensesForFindsTheMostSpecificEntries(String statute, String expectedIds) {
        List<String> expected = expectedIds.isBlank() ? List.of() : List.of(expectedIds.trim().split("\\s+"));
        List<Offense> found = kb().offensesFor(StatuteParser.parse(statute));
        assertThat(found).extracting(Offense::id).containsExactlyInAnyOrderElementsOf(expected);
    }

    // ---------------------------------------------------------------- slash notation

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # charge                   | form from the notation table
        PC 273.5(a)                | COMPLETED
        PC 664/187(a)              | ATTEMPT
        PC 664/187                 | ATTEMPT
        PC 664(a)/187(a)           | ATTEMPT
        PC 182(a)(1)/HS 11352(a)   | CONSPIRACY
        PC 666/484(a)              | WITH_PRIOR
        PC 459/460(a)              | DEGREE_OR_PUNISHMENT
        PC 484/488                 | DEGREE_OR_PUNISHMENT
        HS 664/11352               | DEGREE_OR_PUNISHMENT
        PC 6640/187                | DEGREE_OR_PUNISHMENT
        """)
    void formOfComesFromTheNotationTable(String charge, Charge.Form form) {
        assertThat(kb().formOf(StatuteParser.parse(charge))).isEqualTo(form);
    }

    @Test
    void withoutANotationTableEverySlashIsDegreeOrPunishment() {
        Map<String, String> files = valid();
        files.remove("notation/slash.yaml");
        KnowledgeBase kb = KnowledgeBaseLoader.fromFiles(files).load();
        assertThat(kb.formOf(StatuteParser.parse("PC 664/187(a)"))).isEqualTo(Charge.Form.DEGREE_OR_PUNISHMENT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                   | find                    | replace                  | path                      | message
        prefix with subdivision  | 'prefix: PC 182'        | 'prefix: PC 182(a)'      | slashNotation[1].prefix   | without subdivisions
        prefix listed twice      | 'prefix: PC 182'        | 'prefix: PC 664'         | slashNotation[1].prefix   | listed twice
        unreadable prefix        | 'prefix: PC 182'        | 'prefix: Penal Code'     | slashNotation[1].prefix   | PC 273.5(a)
        unknown form             | 'form: conspiracy'      | 'form: conspriacy'       | slashNotation[1].form     | did you mean 'conspiracy'?
        form that is not a table form | 'form: conspiracy' | 'form: completed'        | slashNotation[1].form     | not allowed
        no authorities           | '[ca.pc.182]'           | '[]'                     | slashNotation[1].authorities | at least one authority
        unknown key              | '    form: conspiracy'  | '    from: conspiracy'   | slashNotation[1].from     | did you mean 'form'?
        """)
    void notationMistakesAreErrors(String name, String find, String replace, String path, String message) {
        assertThat(errors(with("notation/slash.yaml", find, replace))).singleElement().satisfies(p -> {
            assertThat(p.where()).contains("law/kb/notation/slash.yaml").contains(path);
            assertThat(p.message()).contains(message);
        });
    }

    // ---------------------------------------------------------------- errors

    @Test
    void unknownKeyNamesFilePathAndNearestKey() {
        List<Problem> errors = errorsIn(with("authorities/test.yaml", "holding: \"Theft.\"", "holdng: \"Theft.\""), "authorities/test.yaml");
        assertThat(errors).hasSize(1);
        Problem p = errors.get(0);
        assertThat(p.where()).contains("law/kb/authorities/test.yaml").contains("authorities[1].holdng")
                .matches(".*:\\d+:\\d+.*");
        assertThat(p.message()).contains("unknown key 'holdng'").contains("did you mean 'holding'?");
    }

    @ParameterizedTest(name = "{2} -> did you mean {4}")
    @CsvSource(delimiter = '|', textBlock = """
        # file                 | find                  | replace                | path                                 | suggested
        offenses/pc/484.yaml   | 'alsoMatches:'        | 'alsoMatchs:'          | offenses[0].alsoMatchs               | alsoMatches
        offenses/pc/484.yaml   | 'misdemeanorMax:'     | 'misdemeanorMx:'       | offenses[0].levels[0].misdemeanorMx  | misdemeanorMax
        parameters/test.yaml   | 'description:'        | 'descripton:'          | parameters[0].descripton             | description
        offenses/pc/273.5.yaml | '  domestic_violence:'| '  domestc_violence:'  | offenses[0].consequences.domestc_violence | domestic_violence
        offenses/pc/273.5.yaml | 'decider:'            | 'decidr:'              | domestic_violence[0].decidr          | decider
        authorities/test.yaml  | 'citation: "Cal. Penal Code § 484"' | 'Citation: "Cal. Penal Code § 484"' | authorities[1].Citation | citation
        """)
    void misspelledKeysGetASuggestion(String file, String find, String replace, String path, String suggested) {
        List<Problem> errors = errorsIn(with(file, find, replace), file);
        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.where()).contains("law/kb/" + file).contains(path);
            assertThat(p.message()).contains("unknown key").contains("did you mean '" + suggested + "'?");
        });
    }

    @Test
    void unresolvedAuthorityIdIsAnError() {
        List<Problem> errors = errors(with("offenses/pc/484.yaml", CIMT_484_AUTHORITIES, CIMT_484_AUTHORITIES.replace("]", ", bia.nowhere_1999]")));
        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.where()).contains("law/kb/offenses/pc/484.yaml").contains("offenses[0].consequences.cimt[0].authorities");
            assertThat(p.message()).contains("'bia.nowhere_1999' is not in the registry");
        });
    }

    @Test
    void aNearlyRightAuthorityIdGetsASuggestion() {
        List<Problem> errors = errors(with("offenses/pc/484.yaml", CIMT_484_AUTHORITIES, CIMT_484_AUTHORITIES.replace("ca.pc.484", "ca.pc.4844")));
        assertThat(errors).singleElement().satisfies(p -> assertThat(p.message()).contains("did you mean 'ca.pc.484'?"));
    }

    @Test
    void anUnresolvedAuthorityInAParameterIsAnError() {
        assertThat(errors(with("parameters/test.yaml", "value: 364, authorities: [ca.pc.273_5]",
                "value: 364, authorities: [ca.pc.18_5]")))
                .singleElement().satisfies(p -> {
                    assertThat(p.where()).contains("parameters[0].values[1].authorities");
                    assertThat(p.message()).contains("ca.pc.18_5");
                });
    }

    @Test
    void aTopLevelRuleWithoutAuthoritiesIsAnError() {
        assertThat(errors(with("offenses/pc/484.yaml", CIMT_484_AUTHORITIES, CIMT_484_AUTHORITIES.replace("ca.pc.484", ""))))
                .anySatisfy(p -> {
                    assertThat(p.where()).contains("offenses[0].consequences.cimt[0].authorities");
                    assertThat(p.message()).contains("at least one authority");
                });
    }

    @ParameterizedTest(name = "cimt [..{0}) and [{1}..) -> error: {2}")
    @CsvSource({
            "2015-01-02, 2015-01-01, true",
            "2015-01-01, 2015-01-01, false",
            "2015-01-01, 2015-01-02, false",
    })
    void overlappingConvictedRangesInOneCategoryAreAnError(String to, String from, boolean error) {
        Map<String, String> files = with("offenses/pc/273.5.yaml",
                "- convicted: {to: 2015-01-01}\n", "- convicted: {to: " + to + "}\n");
        files.put("offenses/pc/273.5.yaml", files.get("offenses/pc/273.5.yaml")
                .replace("- convicted: {from: 2015-01-01}\n", "- convicted: {from: " + from + "}\n"));
        List<Problem> errors = errors(files);
        if (error) {
            assertThat(errors).singleElement().satisfies(p -> {
                assertThat(p.where()).contains("law/kb/offenses/pc/273.5.yaml").contains("offenses[0].consequences.cimt");
                assertThat(p.message()).contains("overlap").contains("2015-01-02").contains("2015-01-01");
            });
        } else {
            assertThat(errors).isEmpty();
        }
    }

    @Test
    void overlappingLevelsAreAnError() {
        String levels = """
                      - level: wobbler
                        misdemeanorMax: one_year
                        felonyTerm: "2, 3 or 4 years"
                        authorities: [ca.pc.273_5]
                """;
        String overlapping = """
                      - to: 2015-01-01
                        level: wobbler
                        misdemeanorMax: one_year
                        authorities: [ca.pc.273_5]
                      - from: 2014-12-31
                        level: misdemeanor
                        misdemeanorMax: one_year
                        authorities: [ca.pc.273_5]
                """;
        assertThat(errors(with("offenses/pc/273.5.yaml", levels, overlapping)))
                .singleElement().satisfies(p -> {
                    assertThat(p.where()).contains("offenses[0].levels");
                    assertThat(p.message()).contains("overlap");
                });
    }

    @Test
    void anAuthorityNeedsVerifiedOnOrUnverified() {
        List<Problem> errors = errors(with("authorities/test.yaml",
                "    holding: \"Theft.\"\n    verifiedOn: 2026-11-28\n", "    holding: \"Theft.\"\n"));
        assertThat(errors).anySatisfy(p -> {
            assertThat(p.where()).contains("law/kb/authorities/test.yaml").endsWith("authorities[1]");
            assertThat(p.message()).contains("verifiedOn").contains("unverified");
        });
    }

    @Test
    void unverifiedAloneIsAccepted() {
        // The entry itself is accepted; only a clean yes or no resting on it alone would be reported.
        assertThat(errors(with("authorities/test.yaml", "    verifiedOn: 2026-11-28\n  - id: ca.pc.484",
                "    unverified: \"not checked yet\"\n  - id: ca.pc.484")))
                .noneMatch(p -> p.message().contains("needs verifiedOn"))
                .allMatch(p -> p.message().contains("rests only on unverified authorities"));
    }

    @Test
    void theSameAuthorityIdInTwoFilesIsAnError() {
        Map<String, String> files = valid();
        files.put("authorities/more.yaml", """
                authorities:
                  - id: ca.pc.484
                    kind: statute
                    citation: "Cal. Penal Code § 484 (again)"
                    holding: "Theft again."
                    verifiedOn: 2026-11-28
                """);
        assertThat(errors(files)).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("'ca.pc.484' is defined twice");
            assertThat(p.where() + " " + p.message()).contains("authorities/more.yaml").contains("authorities/test.yaml");
        });
    }

    @Test
    void theSameOffenseIdTwiceIsAnError() {
        Map<String, String> files = valid();
        files.put("offenses/pc/488.yaml", PC_484.replace("section: \"484\"", "section: \"488\"")
                .replace("alsoMatches: [\"PC 488\", \"PC 490\"]", "alsoMatches: []"));
        assertThat(errors(files)).anySatisfy(p -> assertThat(p.message()).contains("offense id 'ca.pc.484'"));
    }

    @Test
    void aDuplicateYamlKeyIsAnError() {
        List<Problem> errors = errorsIn(with("authorities/test.yaml", "    holding: \"Theft.\"\n",
                "    holding: \"Theft.\"\n    holding: \"Larceny.\"\n"), "authorities/test.yaml");
        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.where()).contains("law/kb/authorities/test.yaml:");
            assertThat(p.message()).contains("duplicate key").contains("holding");
        });
    }

    @Test
    void aTabIsAnError() {
        List<Problem> errors = errorsIn(with("questions/test.yaml", "      en: ", "\ten: "), "questions/test.yaml");
        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.where()).contains("questions/test.yaml");
            assertThat(p.message()).contains("tab");
        });
    }

    @Test
    void aTabInsideAQuotedStringIsStillAnError() {
        assertThat(errorsIn(with("authorities/test.yaml", "Theft.", "Theft.\tAnd more."), "authorities/test.yaml"))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("tab"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # name                   | find                                                 | replace
        top-level unsettled      | '\\n          reason: "the circuits disagree"'                    | ''
        nested unsettled         | '{result: unsettled, reason: "not settled", '                     | '{result: unsettled, '
        bare word in when map    | 'spouse: yes'                                                     | 'spouse: unsettled'
        arguably_no              | 'result: unsettled\\n          reason: "the circuits disagree"'  | 'result: arguably_no'
        """)
    void unsettledNeedsAReason(String name, String find, String replace) {
        List<Problem> errors = errors(with("offenses/pc/273.5.yaml", find.replace("\\n", "\n"), replace.replace("\\n", "\n")));
        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.where()).contains("law/kb/offenses/pc/273.5.yaml").contains("offenses[0].consequences.");
            assertThat(p.message()).contains("needs a reason");
        });
    }

    @Test
    void anUnknownResultWordIsAnErrorWithASuggestion() {
        assertThat(errors(with("offenses/pc/484.yaml", "result: yes", "result: yess")))
                .singleElement().satisfies(p -> {
                    assertThat(p.where()).contains("offenses[0].consequences.cimt[0].result");
                    assertThat(p.message()).contains("'yess'").contains("did you mean 'yes'?");
                });
    }

    @Test
    void anUnknownDeciderIsAnError() {
        assertThat(errors(with("offenses/pc/273.5.yaml", "decider: victimRelationship", "decider: victim")))
                .singleElement().satisfies(p -> assertThat(p.where()).contains("domestic_violence[0].decider"));
    }

    @Test
    void anUnknownCategoryIsAnError() {
        assertThat(errors(with("offenses/pc/484.yaml", "    consequences:\n      cimt:", "    consequences:\n      crime_of_moral_turpitude:")))
                .singleElement().satisfies(p -> {
                    assertThat(p.where()).contains("offenses[0].consequences.crime_of_moral_turpitude");
                    assertThat(p.message()).contains("unknown key");
                });
    }

    @Test
    void aBadSubdivisionPathIsAnError() {
        assertThat(errors(with("offenses/pc/273.5.yaml", "subdivisions: [\"b\"]", "subdivisions: [\"(b)\"]")))
                .singleElement().satisfies(p -> {
                    assertThat(p.where()).contains("offenses[2].subdivisions[0]");
                    assertThat(p.message()).contains("not a subdivision path");
                });
    }

    @Test
    void aBadAlsoMatchesStatuteIsAnError() {
        assertThat(errors(with("offenses/pc/484.yaml", "\"PC 490\"", "\"Penal 490 or so\"")))
                .singleElement().satisfies(p -> {
                    assertThat(p.where()).contains("offenses[0].alsoMatches[1]");
                    assertThat(p.message()).contains("PC 273.5(a)");
                });
    }

    @Test
    void aParameterAskedBeforeItsFirstRangeIsAnError() {
        Map<String, String> files = with("parameters/test.yaml", "      - {to: 2015-01-01, value: 365, authorities: [ca.pc.273_5]}\n", "");
        KnowledgeBase kb = KnowledgeBaseLoader.fromFiles(files).load();
        assertThatThrownBy(() -> kb.parameter("ca.misdemeanor_max_days").at(java.time.LocalDate.parse("2014-12-31")))
                .isInstanceOf(org.pcrnavigator.law.time.Timeline.NoValueInForce.class);
    }

    @Test
    void aQuestionWithoutEnglishIsAnError() {
        assertThat(errors(with("questions/test.yaml", "      en: \"How did the client plead?\"\n", "")))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("'en'"));
    }

    @Test
    void malformedYamlIsAnErrorWithALine() {
        assertThat(errors(with("parameters/test.yaml", "values:", "values: [")))
                .singleElement().satisfies(p -> {
                    assertThat(p.where()).matches("law/kb/parameters/test.yaml:[1-9]\\d*:\\d+.*");
                    assertThat(p.message()).contains("malformed YAML");
                });
    }

    @Test
    void aFileOutsideTheKnownFoldersIsAnError() {
        Map<String, String> files = valid();
        files.put("misc/notes.yaml", "notes: []\n");
        assertThat(errors(files)).singleElement().satisfies(p -> assertThat(p.where()).isEqualTo("misc/notes.yaml"));
    }

    @Test
    void everyErrorIsReportedNotJustTheFirst() {
        Map<String, String> files = with("authorities/test.yaml", "holding: \"Theft.\"", "holdng: \"Theft.\"");
        files.put("questions/test.yaml", QUESTIONS.replace("  en: ", "\ten: "));
        assertThat(errors(files)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aBrokenAuthorityFileAlsoReportsTheReferencesItLeavesUnresolved() {
        List<Problem> errors = errors(with("authorities/test.yaml", "    holding: \"Theft.\"\n",
                "    holding: \"Theft.\"\n    holding: \"Larceny.\"\n"));
        assertThat(errors).anySatisfy(p -> assertThat(p.message()).contains("duplicate key"));
        assertThat(errors).anySatisfy(p -> {
            assertThat(p.where()).contains("offenses/pc/484.yaml");
            assertThat(p.message()).contains("'ca.pc.484' is not in the registry");
        });
    }

    @Test
    void loadThrowsListingTheErrors() {
        Map<String, String> files = with("offenses/pc/484.yaml", CIMT_484_AUTHORITIES, CIMT_484_AUTHORITIES.replace("ca.pc.484", "bia.nowhere_1999"));
        assertThatThrownBy(() -> KnowledgeBaseLoader.fromFiles(files).load())
                .isInstanceOfSatisfying(InvalidKnowledgeBase.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.message()).contains("bia.nowhere_1999")))
                .hasMessageContaining("bia.nowhere_1999");
    }

    @Test
    void aCleanYesOnlyOnUnverifiedAuthorityIsAnError() {
        List<Problem> errors = errors(with("offenses/pc/484.yaml", CIMT_484_AUTHORITIES, "result: yes\n          authorities: [bia.example_2020]"));
        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.where()).contains("ca.pc.484").contains("cimt");
            assertThat(p.message()).contains("rests only on unverified authorities").contains("bia.example_2020");
        });
    }

    @Test
    void aCleanYesWithOneVerifiedAuthorityBesideAnUnverifiedOneIsAccepted() {
        assertThat(errors(with("offenses/pc/484.yaml", CIMT_484_AUTHORITIES,
                "result: yes\n          authorities: [bia.example_2020, ca.pc.484]"))).isEmpty();
    }

    @Test
    void anUnsettledRuleMayRestOnAnUnverifiedAuthority() {
        assertThat(errors(with("offenses/pc/484.yaml", CIMT_484_AUTHORITIES,
                "result: unsettled\n          reason: \"only a doubtful decision supports it\"\n          authorities: [bia.example_2020]"))).isEmpty();
    }
}
