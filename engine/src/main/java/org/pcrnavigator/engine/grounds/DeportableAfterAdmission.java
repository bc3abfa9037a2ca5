package org.pcrnavigator.engine.grounds;

import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.law.offense.Category;

/**
 * Decides the deportability grounds that any conviction in a category after admission triggers, whatever
 * the sentence: aggravated felony (INA 237(a)(2)(A)(iii)), firearms (C), domestic violence, stalking or
 * child abuse (E)(i), and protection-order violation (E)(ii). The person must have been admitted; one who
 * never was faces the inadmissibility grounds instead. The government must prove a deportability ground,
 * so each category is read as the government's burden requires (Pereida v. Wilkinson).
 */
public final class DeportableAfterAdmission {
    private DeportableAfterAdmission() {}

    public static Ground aggravatedFelony(GroundContext ctx) {
        return decide(ctx, "ina_237_a_2_A_iii", List.of(Category.AGGRAVATED_FELONY), ctx.say().say("label.aggravated_felony"));
    }

    public static Ground firearms(GroundContext ctx) {
        return decide(ctx, "ina_237_a_2_C", List.of(Category.FIREARMS), ctx.say().say("label.firearms"));
    }

    public static Ground domesticViolence(GroundContext ctx) {
        return decide(ctx, "ina_237_a_2_E_i", List.of(Category.DOMESTIC_VIOLENCE, Category.STALKING, Category.CHILD_ABUSE),
                ctx.say().say("label.domestic_violence"));
    }

    public static Ground protectionOrder(GroundContext ctx) {
        return decide(ctx, "ina_237_a_2_E_ii", List.of(Category.PROTECTION_ORDER_VIOLATION), ctx.say().say("label.protection_order"));
    }

    static Ground decide(GroundContext ctx, String ground, List<Category> categories, String label) {
        Finding.Builder f = ctx.say().finding("ground." + ground).cite("us.ina.237_a_2");
        Result admitted = Admission.admitted(ctx.caseFile());
        f.fact("admitted", admitted.id());
        if (admitted == Result.NO) {
            return new Ground(ground, Result.NO, List.of(), f.conclude(Result.NO, ctx.say().say("ground.not_admitted", "label", label)));
        }
        List<Finding> per = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (ConvictionAnalysis a : ctx.convictions()) {
            per.add(perConviction(ctx, a, ground, categories, label, admitted));
            ids.add(a.conviction().id());
        }
        return Combine.anyConviction(ground, per, ids, f, ctx.say().say("ground.triggered", "label", label),
                ctx.say().say("ground.not_triggered", "label", label), ctx.say().say("ground.open", "label", label), ctx.say().say("ground.unknown", "label", label));
    }

    static Finding perConviction(GroundContext ctx, ConvictionAnalysis a, String ground, List<Category> categories, String label,
                                 Result admitted) {
        Finding.Builder f = ctx.say().finding("ground." + ground + "." + a.conviction().id()).cite("us.ina.237_a_2");
        Result inCategory = Result.NO;
        for (Category c : categories) {
            inCategory = inCategory.or(a.countsForGovernment(c));
            if (a.categoryForGovernment(c).result() != Result.NO) f.because(a.categoryForGovernment(c));
        }
        f.because(a.isConviction());
        if (inCategory == Result.NO) {
            return f.conclude(Result.NO, ctx.say().say("ground.conviction_not_in_category", "conviction", a.conviction().id(), "label", label));
        }
        Result after = Admission.convictedAfter(a.conviction(), Admission.date(ctx.caseFile()));
        if (after == Result.UNKNOWN) {
            if (Admission.date(ctx.caseFile()) == null) f.missing(Admission.dateFact(ctx.caseFile()));
            else f.missing(a.conviction().factPath("pleaDate"));
        }
        if (admitted == Result.UNKNOWN) f.missing("immigration.enteredWithoutInspection");
        Result r = inCategory.and(after).and(admitted);
        return f.fact("convictedAfterAdmission", after.id()).conclude(r,
                ctx.say().say("ground.conviction_in_category", "conviction", a.conviction().id(), "label", label, "result", r.id()));
    }
}
