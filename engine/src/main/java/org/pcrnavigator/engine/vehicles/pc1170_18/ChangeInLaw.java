package org.pcrnavigator.engine.vehicles.pc1170_18;

import java.time.LocalDate;
import java.util.function.BiPredicate;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.consequences.CatalogMatch;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.offense.Level;
import org.pcrnavigator.law.offense.Offense;
import org.pcrnavigator.law.offense.OffenseLevel;
import org.pcrnavigator.law.time.Timeline;

/**
 * Reads from the catalog whether a ballot measure reclassified an offense: an entry whose {@code levels}
 * change on the measure's effective date. The measure's date comes from the knowledge base; which level
 * changes count is the caller's rule (Prop 47: felony or wobbler to misdemeanor; Prop 64: any lower level).
 */
public final class ChangeInLaw {
    private ChangeInLaw() {}

    /**
     * REDUCED: every matching entry changes as the rule asks on the day. PARTIAL: the catalog marks a change
     * on the day without the level falling as asked (a value- or amount-dependent change), or the matching
     * entries differ (the record must choose a subdivision). NONE: no entry changes on the day.
     * NOT_IN_CATALOG: the catalog lacks the offense.
     */
    public enum Change { REDUCED, PARTIAL, NONE, NOT_IN_CATALOG }

    public static Change on(KnowledgeBase kb, Conviction c, LocalDate day, BiPredicate<Level, Level> reduced) {
        CatalogMatch.Match m = CatalogMatch.find(kb, c);
        if (!m.found()) return Change.NOT_IN_CATALOG;
        boolean allReduced = true;
        boolean anyMarked = false;
        for (Offense o : m.entries()) {
            OffenseLevel before = null;
            OffenseLevel after = null;
            for (Timeline.Entry<OffenseLevel> e : o.levels().entries()) {
                if (day.equals(e.range().to())) before = e.value();
                if (day.equals(e.range().from())) after = e.value();
            }
            if (before != null && after != null) {
                anyMarked = true;
                if (!reduced.test(before.level(), after.level())) allReduced = false;
            } else {
                allReduced = false;
            }
        }
        if (allReduced) return Change.REDUCED;
        return anyMarked ? Change.PARTIAL : Change.NONE;
    }

    /** How serious a level is, for "a lower level": felony, wobbler, misdemeanor, wobblette, infraction. */
    public static int rank(Level l) {
        return switch (l) {
            case FELONY -> 4;
            case WOBBLER -> 3;
            case MISDEMEANOR -> 2;
            case WOBBLETTE -> 1;
            case INFRACTION -> 0;
        };
    }

    /** The fact that settles a partial change: the subdivision where the record must choose an entry, else the facts the measure turns on. */
    public static String partialFact(KnowledgeBase kb, Conviction c) {
        return CatalogMatch.find(kb, c).divisibleBySubdivision() ? "recordFacts.subdivision" : "propositionQualifying";
    }
}
