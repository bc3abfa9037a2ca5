package org.pcrnavigator.engine.grounds;

import java.util.List;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.law.offense.Category;
import org.pcrnavigator.law.substance.Substance;

/**
 * Decides the controlled-substance grounds. Deportability (INA 237(a)(2)(B)(i)): any controlled-substance
 * conviction after admission, except a single offense of possession for one's own use of 30 grams or less
 * of marijuana. Inadmissibility (INA 212(a)(2)(A)(i)(II)): any controlled-substance conviction, with no such
 * exception (only a 212(h) waiver reaches it).
 */
public final class ControlledSubstanceGrounds {
    private ControlledSubstanceGrounds() {}

    public static Ground deportability(GroundContext ctx) {
        Ground base = DeportableAfterAdmission.decide(ctx, "ina_237_a_2_B_i", List.of(Category.CONTROLLED_SUBSTANCE),
                ctx.say().say("label.controlled_substance"));
        if (base.result() == Result.NO || base.convictions().size() != 1) return base;
        ConvictionAnalysis only = ctx.convictions().stream()
                .filter(a -> a.conviction().id().equals(base.convictions().get(0))).findFirst().orElseThrow();
        if (!mayBeSmallMarijuanaPossession(ctx.kb(), only)) return base;
        // One conviction that may be possession of a little marijuana for one's own use: the exception may apply.
        Finding f = ctx.say().finding("ground.ina_237_a_2_B_i.marijuana_exception").because(base.explanation())
                .cite("us.ina.237_a_2").fact("conviction", only.conviction().id())
                .conclude(Result.UNSETTLED, ctx.say().say("ground.marijuana_exception", "conviction", only.conviction().id()));
        return new Ground(base.id(), Result.UNSETTLED, base.convictions(), f);
    }

    public static Ground inadmissibility(GroundContext ctx) {
        String label = ctx.say().say("label.controlled_substance");
        return InadmissibilityGrounds.convictedOf(ctx, "ina_212_a_2_A_i_II", Category.CONTROLLED_SUBSTANCE, label,
                ctx.say().say("ground.triggered", "label", label), ctx.say().say("ground.not_triggered", "label", label));
    }

    /**
     * A marijuana conviction whose record shows possession or does not say what act it was: the one kind
     * the 30-gram exception and the 212(h) waiver may reach.
     */
    public static boolean mayBeSmallMarijuanaPossession(org.pcrnavigator.law.KnowledgeBase kb, ConvictionAnalysis a) {
        String named = a.conviction().recordFacts().get("substance");
        if (named == null || named.equals("silent")) return false;
        Substance s = kb.substance(named);
        if (s == null || !s.name().equals("marijuana")) return false;
        String conduct = a.conviction().recordFacts().get("conduct");
        return conduct == null || conduct.equals("silent") || conduct.equals("possess");
    }
}
