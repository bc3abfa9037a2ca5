package org.pcrnavigator.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pcrnavigator.drafting.Attorney;
import org.pcrnavigator.drafting.DraftFile;
import org.pcrnavigator.drafting.DraftRequest;
import org.pcrnavigator.drafting.Drafter;
import org.pcrnavigator.engine.Analyzer;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.CaseFileReader;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.KnowledgeBaseLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pcr draft CASE --conviction c1 --vehicle pc1473_7_a1 --out DIR}: analyses the case and writes the
 * vehicle's filing packet (PDF and DOCX); {@code --immigration-memo}, {@code --records-requests} and
 * {@code --client-letter} add those papers. Everything is drafted in memory first and each file is written
 * to a temporary name and then renamed, so a failure leaves no half-written paper.
 */
@Command(name = "draft", mixinStandardHelpOptions = true,
        description = {"Draft court papers and letters as PDF and DOCX: a vehicle's filing packet (motion, memorandum,",
                "declaration, proposed order, proof of service), the immigration-court memorandum, records requests and the client letter.",
                "With --conviction alone, list the vehicles that have a packet template."})
final class DraftCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CASE", description = "the case file")
    Path file;

    @Option(names = "--conviction", description = "the conviction id in the case file, e.g. c1")
    String conviction;

    @Option(names = "--immigration-memo", description = "also the memorandum for the immigration court on the vacatur (needs --vehicle)")
    boolean immigrationMemo;

    @Option(names = "--records-requests", description = "the records requests: court clerk, prior counsel, DOJ, FBI, FOIA")
    boolean recordsRequests;

    @Option(names = "--client-letter", description = "the plain-language letter to the client, in --lang")
    boolean clientLetter;

    @Option(names = "--vehicle", description = "the vehicle id, e.g. pc1473_7_a1; without it, the draftable vehicles are listed")
    String vehicle;

    @Option(names = "--out", description = "the folder to write the packet to (created if missing)")
    Path out;

    @Option(names = "--lang", defaultValue = "en", description = "en, or es to add a Spanish reading copy of the client's declaration")
    String language;

    @Option(names = "--today", description = "the evaluation date where the case file gives no asOf (default: the system date)")
    LocalDate today;

    @Option(names = "--attorney-name", description = "attorney block: name") String attorneyName;
    @Option(names = "--bar-number", description = "attorney block: State Bar number") String barNumber;
    @Option(names = "--attorney-address", description = "attorney block: an address line (repeat for each line)") List<String> address = new ArrayList<>();
    @Option(names = "--phone", description = "attorney block: telephone") String phone;
    @Option(names = "--email", description = "attorney block: email") String email;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Errors.requireLanguage(language);
        CaseFile cf = CaseFileReader.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8), today != null ? today : LocalDate.now());
        KnowledgeBase kb = KnowledgeBaseLoader.bundled();
        Report report = new Analyzer(kb).analyze(cf, "en");
        Drafter drafter = new Drafter(kb);
        List<DraftFile> files = new ArrayList<>();
        Attorney a = new Attorney(attorneyName, barNumber, address, phone, email);
        try {
            if (vehicle == null && !recordsRequests && !clientLetter) {
                if (immigrationMemo) throw new Errors.UsageError("--immigration-memo needs --conviction and --vehicle");
                if (conviction == null) throw new Errors.UsageError("say what to draft: --conviction C --vehicle V, --records-requests or --client-letter");
                List<String> v = drafter.draftableVehicles(report, conviction);
                spec.commandLine().getOut().println(v.isEmpty() ? "no draftable vehicle for " + conviction : String.join("\n", v));
                spec.commandLine().getOut().flush();
                return 0;
            }
            if (out == null) throw new Errors.UsageError("--out DIR is required");
            if (vehicle != null) {
                if (conviction == null) throw new Errors.UsageError("--vehicle needs --conviction");
                DraftRequest request = new DraftRequest(cf, report, conviction, vehicle, a, language);
                files.addAll(drafter.packet(request));
                if (immigrationMemo) files.addAll(drafter.immigrationMemo(request));
            } else if (immigrationMemo) {
                throw new Errors.UsageError("--immigration-memo needs --conviction and --vehicle");
            }
            if (recordsRequests) files.addAll(drafter.recordsRequests(cf, report, a));
            if (clientLetter) {
                Report inLanguage = language.equals(report.language()) ? report : new Analyzer(kb).analyze(cf, language);
                files.addAll(drafter.clientLetter(cf, inLanguage, a, language));
            }
        } catch (IllegalArgumentException e) {
            throw new Errors.UsageError(e.getMessage());
        }
        Files.createDirectories(out);
        for (DraftFile f : files) write(out.resolve(f.fileName()), f.content());
        for (DraftFile f : files) spec.commandLine().getOut().println(out.resolve(f.fileName()));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Writes to a temporary file in the same folder, then renames it over the target in one step. */
    private static void write(Path target, byte[] content) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".pcr-draft-", ".tmp");
        try {
            Files.write(tmp, content);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
