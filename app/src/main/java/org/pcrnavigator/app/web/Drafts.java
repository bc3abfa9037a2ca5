package org.pcrnavigator.app.web;

import java.util.List;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.report.Report;

/** What the drafts page needs from the drafting module: which packets exist, and each draft set as one zip. */
public interface Drafts {
    /** The vehicles of a conviction that have a packet template. */
    List<String> draftableVehicles(Report report, String convictionId);

    /** The filing packet (PDF and DOCX) for one conviction and vehicle, zipped. */
    byte[] packet(CaseFile cf, Report report, String convictionId, String vehicleId, String lang);

    /** The records-request letters (court clerk, DOJ, FBI, prior counsel, FOIA), zipped. */
    byte[] recordsRequests(CaseFile cf, Report report);

    /** The memorandum for the immigration court that the vacatur rests on a legal defect, zipped. */
    byte[] immigrationMemo(CaseFile cf, Report report, String convictionId, String vehicleId, String lang);

    /** The plain-language letter to the client, zipped. */
    byte[] clientLetter(CaseFile cf, Report report, String lang);
}
