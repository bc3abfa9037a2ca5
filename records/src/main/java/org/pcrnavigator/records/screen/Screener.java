package org.pcrnavigator.records.screen;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.pcrnavigator.engine.Analyzer;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.CaseFileReader;
import org.pcrnavigator.engine.report.JsonReport;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.law.data.DataError;
import org.pcrnavigator.law.data.LocatedDocument;

/**
 * Screens many cases: reads JSON Lines of pcr-case/1 objects, analyses them on every core, and writes one
 * brief report a line (in input order), a summary row per person and an HTML summary. Memory stays flat:
 * cases are read, analysed and written in fixed-size batches. After each batch the outputs are flushed
 * and a checkpoint records how far they reach, so a run that is killed resumes without duplicates or gaps.
 * A bad row is reported with its line number and skipped.
 */
public final class Screener {
    /** Cases analysed together; bounds memory and the work lost to an interruption. */
    static final int BATCH = 512;

    private final Analyzer analyzer;
    private final LocalDate today;
    private final int threads;
    private final PrintStream progress;   // null: no progress display
    private final ObjectMapper json = new ObjectMapper();

    public Screener(Analyzer analyzer, LocalDate today, int threads, PrintStream progress) {
        this.analyzer = analyzer;
        this.today = today;
        this.threads = threads;
        this.progress = progress;
    }

    /** What one input line became: a report and its summary row, or an error. */
    private record Outcome(long line, String report, String summaryRow, String error) {}

    public ScreenResult screen(Path input, Path out) throws IOException {
        Files.createDirectories(out);
        Path reports = out.resolve("reports.jsonl");
        Path summary = out.resolve("summary.csv");
        Path errors = out.resolve("errors.csv");
        Checkpoint cp = Checkpoint.read(out);
        if (cp == null) {
            Files.writeString(reports, "");
            Files.writeString(summary, Summary.HEADER + "\n");
            Files.writeString(errors, "line,error\n");
            cp = new Checkpoint(0, Files.size(reports), Files.size(summary), Files.size(errors), 0, 0);
            cp.write(out);
        }
        long resumedAfter = cp.linesDone();
        long totalBytes = Files.size(input);
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8);
             RandomAccessFile rep = new RandomAccessFile(reports.toFile(), "rw");
             RandomAccessFile sum = new RandomAccessFile(summary.toFile(), "rw");
             RandomAccessFile err = new RandomAccessFile(errors.toFile(), "rw")) {
            // Drop whatever was written after the last checkpoint: it will be written again.
            rep.setLength(cp.reportsBytes());
            sum.setLength(cp.summaryBytes());
            err.setLength(cp.errorsBytes());
            rep.seek(cp.reportsBytes());
            sum.seek(cp.summaryBytes());
            err.seek(cp.errorsBytes());
            long line = 0;
            long bytesRead = 0;
            for (; line < cp.linesDone(); line++) {
                String skipped = in.readLine();
                if (skipped == null) break;
                bytesRead += skipped.length() + 1;
            }
            long screened = cp.screened();
            long bad = cp.badRows();
            List<String> batch = new ArrayList<>(BATCH);
            while (true) {
                batch.clear();
                String l;
                while (batch.size() < BATCH && (l = in.readLine()) != null) {
                    batch.add(l);
                    bytesRead += l.length() + 1;
                }
                if (batch.isEmpty()) break;
                List<Future<Outcome>> futures = new ArrayList<>(batch.size());
                for (int i = 0; i < batch.size(); i++) {
                    long lineNo = line + i + 1;
                    String text = batch.get(i);
                    futures.add(pool.submit(() -> analyse(lineNo, text, input.getFileName().toString())));
                }
                StringBuilder r = new StringBuilder();
                StringBuilder s = new StringBuilder();
                StringBuilder e = new StringBuilder();
                for (Future<Outcome> f : futures) {
                    Outcome o = get(f);
                    if (o == null) continue;   // a blank line
                    if (o.error() != null) {
                        bad++;
                        e.append(o.line()).append(',').append(Summary.csv(o.error())).append('\n');
                        if (progress != null) progress.printf("%nline %d: %s%n", o.line(), o.error());
                    } else {
                        screened++;
                        r.append(o.report()).append('\n');
                        s.append(o.summaryRow()).append('\n');
                    }
                }
                rep.write(r.toString().getBytes(StandardCharsets.UTF_8));
                sum.write(s.toString().getBytes(StandardCharsets.UTF_8));
                err.write(e.toString().getBytes(StandardCharsets.UTF_8));
                rep.getFD().sync();
                sum.getFD().sync();
                err.getFD().sync();
                line += batch.size();
                cp = new Checkpoint(line, rep.getFilePointer(), sum.getFilePointer(), err.getFilePointer(), screened, bad);
                cp.write(out);
                if (progress != null) Progress.show(progress, screened + bad - resumedAfter, bytesRead, totalBytes, started);
            }
            if (progress != null) progress.println();
            Summary.writeHtml(summary, out.resolve("summary.html"), screened, bad);
            return new ScreenResult(screened, bad, resumedAfter);
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome analyse(long line, String text, String file) {
        if (text.isBlank()) return null;
        try {
            CaseFile cf = CaseFileReader.read(LocatedDocument.parse(file + " line " + line, text).root(), today);
            Report report = analyzer.analyzeWithoutPlan(cf, "en", false);   // brief: no sentences to write
            String rendered = json.writeValueAsString(JsonReport.toMap(report, true));
            return new Outcome(line, rendered, Summary.row(cf, report, line), null);
        } catch (DataError e) {
            return new Outcome(line, null, null, e.describe());
        } catch (RuntimeException | IOException e) {
            return new Outcome(line, null, null, "cannot analyse: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Outcome get(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** How far the outputs reach, written after every batch (atomically, by rename). */
    record Checkpoint(long linesDone, long reportsBytes, long summaryBytes, long errorsBytes, long screened, long badRows) {
        static Checkpoint read(Path out) throws IOException {
            Path p = out.resolve(".checkpoint");
            if (!Files.exists(p)) return null;
            String[] v = Files.readString(p).trim().split(",");
            return new Checkpoint(Long.parseLong(v[0]), Long.parseLong(v[1]), Long.parseLong(v[2]), Long.parseLong(v[3]),
                    Long.parseLong(v[4]), Long.parseLong(v[5]));
        }

        void write(Path out) throws IOException {
            Path tmp = out.resolve(".checkpoint.tmp");
            Files.writeString(tmp, linesDone + "," + reportsBytes + "," + summaryBytes + "," + errorsBytes + "," + screened + "," + badRows);
            Files.move(tmp, out.resolve(".checkpoint"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

}
