package org.pcrnavigator.app.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.pcrnavigator.drafting.Attorney;
import org.pcrnavigator.drafting.DraftFile;
import org.pcrnavigator.drafting.DraftRequest;
import org.pcrnavigator.drafting.Drafter;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.law.KnowledgeBase;

/**
 * The drafts page's link to the drafting module: each draft set as one zip. The attorney block is left as
 * marked blanks for the attorney to fill in Word.
 */
public final class DraftingDrafts implements Drafts {
    private final Drafter drafter;

    public DraftingDrafts(KnowledgeBase kb) { this.drafter = new Drafter(kb); }

    @Override
    public List<String> draftableVehicles(Report report, String convictionId) {
        return drafter.draftableVehicles(report, convictionId);
    }

    @Override
    public byte[] packet(CaseFile cf, Report report, String convictionId, String vehicleId, String lang) {
        return zip(drafter.packet(new DraftRequest(cf, report, convictionId, vehicleId, Attorney.NONE, lang)));
    }

    @Override
    public byte[] recordsRequests(CaseFile cf, Report report) {
        return zip(drafter.recordsRequests(cf, report, Attorney.NONE));
    }

    @Override
    public byte[] immigrationMemo(CaseFile cf, Report report, String convictionId, String vehicleId, String lang) {
        return zip(drafter.immigrationMemo(new DraftRequest(cf, report, convictionId, vehicleId, Attorney.NONE, lang)));
    }

    @Override
    public byte[] clientLetter(CaseFile cf, Report report, String lang) {
        return zip(drafter.clientLetter(cf, report, Attorney.NONE, lang));
    }

    static byte[] zip(List<DraftFile> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (DraftFile f : files) {
                z.putNextEntry(new ZipEntry(f.fileName()));
                z.write(f.content());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
