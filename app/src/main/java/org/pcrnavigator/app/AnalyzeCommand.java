package org.pcrnavigator.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.pcrnavigator.engine.Analyzer;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.CaseFileReader;
import org.pcrnavigator.engine.report.JsonReport;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.engine.report.TextReport;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.KnowledgeBaseLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pcr analyze CASE}: reads a case file and prints the analysis as a memo or as pcr-analysis/1 JSON. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse a case file (pcr-case/1, YAML or JSON) and print the report.")
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CASE", description = "the case file")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text (a memo) or json (pcr-analysis/1); default: ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--brief", description = "leave explanation trees and prompts out of the JSON report")
    boolean brief;

    @Option(names = "--explain", description = "print every explanation tree in the text report")
    boolean explain;

    @Option(names = "--lang", defaultValue = "en", description = "language of explanations and questions: en or es")
    String language;

    @Option(names = "--today", description = "the evaluation date where the case file gives no asOf (default: the system date)")
    LocalDate today;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json")) throw new Errors.UsageError("--format must be text or json, not '" + format + "'");
        Errors.requireLanguage(language);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        CaseFile cf = CaseFileReader.read(file.toString(), text, today != null ? today : LocalDate.now());
        KnowledgeBase kb = KnowledgeBaseLoader.bundled();
        Report report = new Analyzer(kb).analyze(cf, language);
        String rendered = format.equals("json") ? JsonReport.render(report, brief, true) : TextReport.render(report, kb, explain);
        spec.commandLine().getOut().print(rendered);
        if (!rendered.endsWith("\n")) spec.commandLine().getOut().println();
        spec.commandLine().getOut().flush();
        return 0;
    }
}
