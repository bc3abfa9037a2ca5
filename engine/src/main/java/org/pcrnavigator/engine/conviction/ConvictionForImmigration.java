package org.pcrnavigator.engine.conviction;

import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.reasoning.Explainer;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;

/**
 * Decides whether a disposition is a conviction for immigration purposes under INA 101(a)(48)(A): a
 * formal judgment of guilt, or a plea, finding or admission plus an ordered punishment or restraint.
 * Juvenile adjudications and diversion without a plea are not; a completed former DEJ still is; whether
 * an infraction is one is unsettled.
 */
public final class ConvictionForImmigration {
    public static final String RULE = "us.ina.101_a_48_A";

    private ConvictionForImmigration() {}

    public static Finding decide(Conviction c, Explainer say) {
        Finding.Builder f = say.finding(RULE).cite("us.ina.101_a_48")
                .fact("court", c.court()).fact("disposition", c.disposition()).fact("level", c.level());
        if ("juvenile".equals(c.court()) || "juvenile_adjudication".equals(c.disposition())) {
            return f.cite("bia.devison_2000", "ca.wi.602").conclude(Result.NO, say.say("conviction.juvenile"));
        }
        if (c.disposition() == null) {
            return f.missing(c.factPath("disposition")).conclude(Result.UNKNOWN, say.say("conviction.disposition_unknown"));
        }
        switch (c.disposition()) {
            case "dej_completed", "dej_pending" -> {
                return f.cite("ca.pc.1000", "ca.stats.2017.ab208").conclude(Result.YES, say.say("conviction.dej"));
            }
            case "diversion_completed" -> {
                f.fact("plea", c.plea());
                if (c.plea() == null) {
                    return f.missing(c.factPath("plea")).conclude(Result.UNKNOWN, say.say("conviction.diversion_plea_unknown"));
                }
                if (c.plea().equals("trial")) {
                    return f.conclude(Result.YES, say.say("conviction.diversion_with_finding"));
                }
                return f.conclude(Result.YES, say.say("conviction.diversion_with_plea"));
            }
            default -> { /* convicted */ }
        }
        if ("infraction".equals(c.level())) {
            return f.cite("bia.eslamizar_2004").conclude(Result.UNSETTLED, say.say("conviction.infraction"));
        }
        if (c.judgmentPending()) {
            return f.fact("judgmentDate", "pending").conclude(Result.UNSETTLED, say.say("conviction.judgment_pending"));
        }
        return f.conclude(Result.YES, say.say("conviction.judgment"));
    }
}
