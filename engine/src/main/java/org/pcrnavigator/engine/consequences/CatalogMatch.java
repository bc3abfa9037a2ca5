package org.pcrnavigator.engine.consequences;

import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.offense.Offense;
import org.pcrnavigator.law.statute.Charge;
import org.pcrnavigator.law.statute.Statute;

/**
 * The catalog entries that describe a conviction. Where the statute names no subdivision but the record
 * fact {@code subdivision} does, that narrows the match. Slash notation is read as the knowledge base's
 * notation table says (attempt, conspiracy, offense with a prior, or degree).
 */
public final class CatalogMatch {
    private CatalogMatch() {}

    /** The statute the catalog was searched for, and what it found (empty: the catalog lacks it). */
    public record Match(Statute searched, List<Offense> entries) {
        public boolean found() { return !entries.isEmpty(); }

        /** More than one entry: the statute is divisible by subdivision and the record must choose. */
        public boolean divisibleBySubdivision() { return entries.size() > 1; }
    }

    public static Match find(KnowledgeBase kb, Conviction c) {
        Charge charge = c.charge();
        Charge narrowed = charge;
        String sub = c.recordFacts().get("subdivision");
        if (charge.offense().subdivisions().isEmpty() && sub != null && !sub.equals("silent")) {
            List<String> path = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9A-Za-z]+)").matcher(sub);
            while (m.find()) path.add(m.group(1));
            narrowed = new Charge(charge.written(), charge.offense().withSubdivisions(path), charge.prefix());
        }
        List<Offense> found = kb.offensesFor(narrowed);
        if (found.isEmpty() && narrowed != charge) found = kb.offensesFor(charge);
        return new Match(narrowed.offense(), found);
    }
}
