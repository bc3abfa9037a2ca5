package org.pcrnavigator.drafting;

import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.report.Report;

/**
 * What to draft: the case, the engine's report on it, the conviction and the vehicle, the attorney block
 * and the language ("en" or "es"). Court papers stay in English; with "es" the packet adds a Spanish copy
 * of the client's declaration for the client to read before signing. Immutable.
 */
public record DraftRequest(CaseFile caseFile, Report report, String convictionId, String vehicleId, Attorney attorney, String lang) {
    public DraftRequest {
        if (caseFile == null) throw new IllegalArgumentException("caseFile is required");
        if (report == null) throw new IllegalArgumentException("report is required");
        if (attorney == null) attorney = Attorney.NONE;
        if (lang == null) lang = "en";
        if (!lang.equals("en") && !lang.equals("es")) throw new IllegalArgumentException("lang must be en or es, not '" + lang + "'");
    }
}
