package org.pcrnavigator.engine.conviction;

import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.Sentence;
import org.pcrnavigator.engine.casefile.Tri;
import org.pcrnavigator.engine.reasoning.Explainer;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;

/**
 * Decides the term of imprisonment on one count under INA 101(a)(48)(B): the confinement the court
 * ordered, suspended execution or imposition included, plus custody later ordered on the same count for
 * a probation violation. Counts are never added together here.
 */
public final class SentenceImposed {
    public static final String RULE = "us.ina.101_a_48_B";

    private SentenceImposed() {}

    /** The days on the count, or null with an unknown finding. */
    public record Term(Long days, Finding finding) {}

    /**
     * Decides the term on the count; the finding answers whether it reaches one year ({@code threshold}
     * days, from the knowledge base), the line every aggravated-felony sentence prong draws.
     */
    public static Term decide(Conviction c, long threshold, Explainer say) {
        Sentence s = c.sentence();
        Finding.Builder f = say.finding(RULE).cite("us.ina.101_a_48")
                .fact("confinementDays", s.confinementDays())
                .fact("executionSuspended", s.executionSuspended().id())
                .fact("impositionSuspended", s.impositionSuspended().id());
        if (s.confinementDays() == null) {
            return new Term(null, f.missing(c.factPath("sentence.confinementDays"))
                    .conclude(Result.UNKNOWN, say.say("sentence.unknown")));
        }
        long days = s.confinementDays();
        if (s.probationViolationDays() != null && s.probationViolationDays() > 0) {
            days += s.probationViolationDays();
            f.fact("probationViolationDays", s.probationViolationDays()).cite("bia.perez_ramirez_2010");
            return new Term(days, f.conclude(Result.of(days >= threshold), say.say("sentence.with_violation",
                    "days", days, "ordered", s.confinementDays(), "violation", s.probationViolationDays())));
        }
        String key = s.executionSuspended() == Tri.YES || s.impositionSuspended() == Tri.YES ? "sentence.suspended" : "sentence.ordered";
        return new Term(days, f.conclude(Result.of(days >= threshold), say.say(key, "days", days)));
    }
}
