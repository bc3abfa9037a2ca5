package org.pcrnavigator.engine.vehicles;

import java.time.LocalDate;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.reasoning.Explainer;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.law.KnowledgeBase;

/** What every vehicle rule reads: the case, the conviction, whether it is a conviction, the law and the wording. */
public record VehicleContext(CaseFile caseFile, Conviction conviction, Finding isConviction, KnowledgeBase kb, Explainer say) {
    public LocalDate asOf() { return caseFile.asOf(); }

    /** A dated parameter read as a date on the evaluation date. */
    public LocalDate dateParameter(String id) { return kb.parameter(id).at(asOf()).asDate(); }
}
