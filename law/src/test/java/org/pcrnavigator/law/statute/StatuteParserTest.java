package org.pcrnavigator.law.statute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pcrnavigator.law.statute.StatuteParser.StatuteSyntaxError;

class StatuteParserTest {

    /** "a,1,A" → [a, 1, A]; "" → []. */
    private static List<String> subs(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.asList(csv.split(","));
    }

    @ParameterizedTest(name = "''{0}'' -> {1} {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
        # written                                | code | section | subdivisions
        PC 273.5(a)                              | PC   | 273.5   | a
        Pen. Code § 273.5, subd. (a)             | PC   | 273.5   | a
        Penal Code 273.5(a)                      | PC   | 273.5   | a
        Cal. Penal Code § 273.5(a)               | PC   | 273.5   | a
        pc 273.5(a)                              | PC   | 273.5   | a
        PC273.5(a)                               | PC   | 273.5   | a
        '  PC   273.5 ( a )  '                   | PC   | 273.5   | a
        PC 273.5                                 | PC   | 273.5   | ''
        H&S 11377(a)                             | HS   | 11377   | a
        HS 11377(a)                              | HS   | 11377   | a
        Health and Safety Code 11377             | HS   | 11377   | ''
        Health & Safety Code § 11377(a)          | HS   | 11377   | a
        Health & Saf. Code § 11352(a)            | HS   | 11352   | a
        VC 23152(a)                              | VC   | 23152   | a
        Veh. Code § 23152(b)                     | VC   | 23152   | b
        Vehicle Code 10851(a)                    | VC   | 10851   | a
        BP 4060                                  | BP   | 4060    | ''
        B&P 25662(a)                             | BP   | 25662   | a
        Bus. & Prof. Code § 4060                 | BP   | 4060    | ''
        WI 10980(c)(2)                           | WI   | 10980   | c,2
        W&I 11483                                | WI   | 11483   | ''
        Welf. & Inst. Code § 10980, subd. (c)(2) | WI   | 10980   | c,2
        UI 2101(a)                               | UI   | 2101    | a
        Unemp. Ins. Code § 2122                  | UI   | 2122    | ''
        PC 273a(a)                               | PC   | 273a    | a
        PC 273A(a)                               | PC   | 273a    | a
        PC 1203.4a                               | PC   | 1203.4a | ''
        PC 261.5(c)                              | PC   | 261.5   | c
        PC 288(a)(1)(A)                          | PC   | 288     | a,1,A
        PC 245(a)(1)                             | PC   | 245     | a,1
        Pen. Code § 245, subds. (a)(4)           | PC   | 245     | a,4
        """)
    void readsOneSection(String written, String code, String section, String subdivisions) {
        Charge c = StatuteParser.parse(written);
        assertThat(c.prefix()).isNull();
        assertThat(c.offense()).isEqualTo(new Statute(Code.valueOf(code), section, subs(subdivisions)));
        assertThat(c.written()).isEqualTo(written);
    }

    @ParameterizedTest(name = "''{0}'' displays as {1}")
    @CsvSource(delimiter = '|', textBlock = """
        Pen. Code § 273.5, subd. (a)    | PC 273.5(a)
        Health & Safety Code § 11377(a) | HS 11377(a)
        pc 182(a)(1) / h&s 11352(a)     | PC 182(a)(1)/HS 11352(a)
        """)
    void displaysCanonically(String written, String display) {
        assertThat(StatuteParser.parse(written).display()).isEqualTo(display);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"Cal. Penal Code § 664/187(a)", "PC 664/187", "PC 182(a)(1)/HS 11352(a)", "W&I 10980(c)(2)"})
    void theDisplayedFormReadsBackToTheSameCharge(String written) {
        Charge c = StatuteParser.parse(written);
        Charge again = StatuteParser.parse(c.display());
        assertThat(again.offense()).isEqualTo(c.offense());
        assertThat(again.prefix()).isEqualTo(c.prefix());
    }

    /** The parser splits slash notation; what the prefix means (attempt, conspiracy, ...) is the knowledge base's notation table. */
    @ParameterizedTest(name = "''{0}'' is {2} before {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # written                  | offense      | prefix
        PC 664/187(a)              | PC 187(a)    | PC 664
        PC 664/187                 | PC 187       | PC 664
        PC 664 / 211               | PC 211       | PC 664
        Pen. Code § 664/187(a)     | PC 187(a)    | PC 664
        PC 182(a)(1)/HS 11352(a)   | HS 11352(a)  | PC 182(a)(1)
        PC 182/187(a)              | PC 187(a)    | PC 182
        PC 666/484(a)              | PC 484(a)    | PC 666
        PC 666/488                 | PC 488       | PC 666
        PC 459/460(a)              | PC 460(a)    | PC 459
        """)
    void splitsSlashNotationIntoPrefixAndOffense(String written, String offense, String prefix) {
        Charge c = StatuteParser.parse(written);
        assertThat(c.offense().display()).isEqualTo(offense);
        assertThat(c.prefix().display()).isEqualTo(prefix);
        assertThat(c.written()).isEqualTo(written);
    }

    @Test
    void theOffenseAfterTheSlashInheritsTheCodeOfThePrefix() {
        Charge c = StatuteParser.parse("PC 664/187");
        assertThat(c.offense()).isEqualTo(new Statute(Code.PC, "187", List.of()));
        assertThat(StatuteParser.parse("H&S 11350/11351").offense()).isEqualTo(new Statute(Code.HS, "11351", List.of()));
    }

    @Test
    void aDifferentCodeAfterTheSlashWins() {
        Charge c = StatuteParser.parse("PC 182(a)(1)/HS 11352(a)");
        assertThat(c.offense().code()).isEqualTo(Code.HS);
        assertThat(c.prefix().code()).isEqualTo(Code.PC);
    }

    @ParameterizedTest(name = "''{0}'' is rejected")
    @CsvSource(delimiter = '|', textBlock = """
        # written             | what the message must name
        ''                    | PC 273.5(a)
        '   '                 | PC 273.5(a)
        273.5                 | PC 273.5(a)
        273.5(a)              | PC 273.5(a)
        XYZ 12                | PC 273.5(a)
        PC                    | PC 273.5(a)
        PC (a)                | PC 273.5(a)
        PC 1/2/3              | PC 273.5(a)
        PC 273.5 (a           | PC 273.5(a)
        PC 273.5(a))          | PC 273.5(a)
        PC 273.5(a) extra     | PC 273.5(a)
        PC 273.5ab            | PC 273.5(a)
        PC 664/               | PC 273.5(a)
        /187                  | PC 273.5(a)
        PC 664/XYZ 187        | PC 273.5(a)
        PC 245(a)(1)/(a)(4)   | PC 245(a)(1)
        """)
    void rejectsWithAnExample(String written, String named) {
        assertThatThrownBy(() -> StatuteParser.parse(written))
                .isInstanceOf(StatuteSyntaxError.class)
                .hasMessageContaining(named);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nullAndEmptyAreSyntaxErrorsNotNullPointers(String written) {
        assertThatThrownBy(() -> StatuteParser.parse(written))
                .isInstanceOf(StatuteSyntaxError.class)
                .hasMessageContaining("empty statute")
                .hasMessageContaining(StatuteParser.EXAMPLE);
    }

    @Test
    void unknownCodeNamesTheCodeAndTheKnownOnes() {
        assertThatThrownBy(() -> StatuteParser.parse("XYZ 12"))
                .hasMessageContaining("'XYZ'")
                .hasMessageContaining("PC, HS, VC, BP, WI or UI");
    }

    @Test
    void alternativeSubdivisionsAskForTheOneThePleaNames() {
        assertThatThrownBy(() -> StatuteParser.parse("PC 245(a)(1)/(a)(4)"))
                .isInstanceOf(StatuteSyntaxError.class)
                .hasMessageContaining("alternative subdivisions");
    }

    @Test
    void moreThanOneSlashIsNamedAsSuch() {
        assertThatThrownBy(() -> StatuteParser.parse("PC 1/2/3")).hasMessageContaining("more than one '/'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PC 664/187(a)", "PC 666/484"})
    void parseSingleRejectsSlashNotation(String written) {
        assertThatThrownBy(() -> StatuteParser.parseSingle(written))
                .isInstanceOf(StatuteSyntaxError.class)
                .hasMessageContaining("must name one section");
    }

    @Test
    void parseSingleReturnsTheOneSection() {
        assertThat(StatuteParser.parseSingle("HS 11377(a)")).isEqualTo(new Statute(Code.HS, "11377", List.of("a")));
    }

    @ParameterizedTest(name = "{0} startsWith {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        # statute           | prefix          | starts with
        PC 273.5(a)(1)      | PC 273.5(a)     | true
        PC 273.5(a)         | PC 273.5(a)     | true
        PC 273.5(a)         | PC 273.5        | true
        PC 273.5            | PC 273.5        | true
        PC 273.5            | PC 273.5(a)     | false
        PC 273.5(b)         | PC 273.5(a)     | false
        PC 273.5(A)(1)      | PC 273.5(a)     | true
        HS 273.5(a)         | PC 273.5(a)     | false
        PC 273.5(a)         | PC 273          | false
        PC 273              | PC 273.5        | false
        PC 273a(a)          | PC 273          | false
        PC 273A             | PC 273a         | true
        PC 245(a)(10)       | PC 245(a)(1)    | false
        PC 245(a)(1)        | PC 245(a)(1)(A) | false
        PC 245(b)(1)        | PC 245(a)(1)    | false
        """)
    void startsWithMatchesWholeSubdivisionSteps(String statute, String prefix, boolean expected) {
        assertThat(StatuteParser.parseSingle(statute).startsWith(StatuteParser.parseSingle(prefix))).isEqualTo(expected);
    }

    /** Found by StatuteParserFuzzTest: long whitespace runs made the pattern backtrack for seconds, then minutes. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        newline runs around a section  | PC1/  | '\\n' | 0 | 2
        form-feed runs before the code | ''    | '\\f' | 0 | PC5(a)(1)(a*)
        spaces after a code            | P     | ' '   | '' | !
        """)
    void longWhitespaceRunsAreRejectedQuickly(String name, String head, String run, String middle, String tail) {
        String ws = run.replace("\\n", "\n").replace("\\f", "\f");
        String written = head + ws.repeat(1000) + middle + ws.repeat(1000) + tail;
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(2), () ->
                assertThatThrownBy(() -> StatuteParser.parse(written)).isInstanceOf(StatuteSyntaxError.class));
    }

    @Test
    void whitespaceRunsInsideAValidStatuteAreAccepted() {
        assertThat(StatuteParser.parse("PC\n\n  273.5 \t (a)\n( 1 )").offense()).isEqualTo(new Statute(Code.PC, "273.5", List.of("a", "1")));
    }

    /** A statute string thousands of characters long is a syntax error, not a regex stack overflow. */
    @ParameterizedTest
    @ValueSource(ints = {5_000, 50_000})
    void aVeryLongStatuteIsASyntaxErrorNotAStackOverflow(int length) {
        String written = "PC 1" + "(a)".repeat(length / 3) + "!";
        assertThatThrownBy(() -> StatuteParser.parse(written)).isInstanceOf(StatuteSyntaxError.class);
    }

    @Test
    void sectionOnlyDropsSubdivisionsAndKeepsTheSection() {
        Statute s = StatuteParser.parseSingle("PC 273.5(a)(1)");
        assertThat(s.sectionOnly()).isEqualTo(new Statute(Code.PC, "273.5", List.of()));
        assertThat(s.startsWith(s.sectionOnly())).isTrue();
        assertThat(s.sectionOnly().startsWith(s)).isFalse();
    }
}
