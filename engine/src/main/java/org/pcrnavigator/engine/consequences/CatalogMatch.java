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
 * fact {@code subdivision} does, that narrows the match; a prior-conviction prefix (PC 666/484) is looked
 * up first, then the offense after the slash.
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
        if (charge.form() == Charge.Form.WITH_PRIOR) {
            Match prior = find(kb, charge.prefix(), c);
            if (prior.found()) return prior;
        }
        return find(kb, charge.offense(), c);
    }

    private static Match find(KnowledgeBase kb, Statute statute, Conviction c) {
        Statute searched = statute;
        String sub = c.recordFacts().get("subdivision");
        if (statute.subdivisions().isEmpty() && sub != null && !sub.equals("silent")) {
            List<String> path = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9A-Za-z]+)").matcher(sub);
            while (m.find()) path.add(m.group(1));
            searched = statute.withSubdivisions(path);
        }
        List<Offense> found = kb.offensesFor(searched);
        if (found.isEmpty() && searched != statute) found = kb.offensesFor(statute);
        return new Match(searched, found);
    }
}
