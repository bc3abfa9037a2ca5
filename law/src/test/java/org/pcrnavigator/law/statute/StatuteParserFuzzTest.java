package org.pcrnavigator.law.statute;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import org.pcrnavigator.law.statute.StatuteParser.StatuteSyntaxError;

/**
 * The statute parser reads text straight from case files: whatever it is given, it returns a charge or
 * throws {@link StatuteSyntaxError}; anything else (a runtime exception, a hang) is a bug.
 *
 * <p>Regression mode (a plain {@code mvn test}) replays the inputs under
 * {@code src/test/resources/org/pcrnavigator/law/statute/StatuteParserFuzzTestInputs/}; fuzz with
 * {@code JAZZER_FUZZ=1 ./mvnw -pl law test -Dtest=StatuteParserFuzzTest}.
 */
class StatuteParserFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void parseAnyText(@WithUtf8Length(max = 10_000) String text) {
        Charge c;
        try {
            c = StatuteParser.parse(text);
        } catch (StatuteSyntaxError e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        checkAccepted(c);
    }

    /** Statute-like strings: a code name, a section, subdivisions and slash notation, each sometimes garbled. */
    @FuzzTest(maxDuration = "1m")
    void parseStatuteLikeText(FuzzedDataProvider data) {
        StringBuilder s = new StringBuilder();
        int parts = data.consumeInt(1, 3);
        for (int p = 0; p < parts; p++) {
            if (p > 0) s.append(data.pickValue(new String[] {"/", " / ", "/ ", "//"}));
            if (p == 0 || data.consumeBoolean()) {
                s.append(data.pickValue(new String[] {"PC", "HS", "H&S", "Pen. Code §", "Health and Safety Code", "Cal. Penal Code §",
                        "Veh. Code", "B&P", "W&I", "UI", "XYZ", "", "§", "Penal", "Code", "cal", "Unemp. Ins. Code"}));
                s.append(data.pickValue(new String[] {" ", "", "  ", "\t", "\u00a0"}));
            }
            s.append(data.consumeInt(0, 99999));
            if (data.consumeBoolean()) s.append('.').append(data.consumeInt(0, 99));
            if (data.consumeBoolean()) s.append(data.pickValue(new String[] {"a", "A", "z", "ab", "."}));
            if (data.consumeBoolean()) s.append(data.pickValue(new String[] {", subd. ", " subds ", " subdivision ", ",", " "}));
            int subs = data.consumeInt(0, 4);
            for (int i = 0; i < subs; i++) {
                s.append(data.pickValue(new String[] {"(", "( ", "(("}))
                        .append(data.pickValue(new String[] {"a", "1", "A", "iv", "", "10", "-"}))
                        .append(data.pickValue(new String[] {")", " )", "", "))"}));
            }
        }
        s.append(data.consumeString(8));
        parseAnyText(s.toString());
    }

    private static void checkAccepted(Charge c) {
        assertThat(c.offense()).isNotNull();
        assertThat(c.offense().section()).matches("\\d+(\\.\\d+)*[a-z]?");
        // The canonical form reads back to the same charge.
        Charge again = StatuteParser.parse(c.display());
        assertThat(again.offense()).isEqualTo(c.offense());
        assertThat(again.prefix()).isEqualTo(c.prefix());
    }
}
