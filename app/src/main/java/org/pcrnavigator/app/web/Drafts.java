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


}
