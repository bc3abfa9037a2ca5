package org.pcrnavigator.records.screen;

import java.io.PrintStream;

/** The progress line of a bulk run on a terminal: done, rate and time left, redrawn in place. */
final class Progress {
    private Progress() {}

    static void show(PrintStream out, long done, long bytesRead, long totalBytes, long startedNanos) {
        double seconds = Math.max(1e-3, (System.nanoTime() - startedNanos) / 1e9);
        double rate = done / seconds;
        double fraction = totalBytes == 0 ? 1 : Math.min(1, (double) bytesRead / totalBytes);
        double left = fraction <= 0 ? 0 : seconds * (1 - fraction) / fraction;
        int width = 30;
        int filled = (int) Math.round(fraction * width);
        out.printf("\r[%s%s] %3.0f%%  %,d cases  %,.0f/s  ETA %s   ", "#".repeat(filled), " ".repeat(width - filled),
                fraction * 100, done, rate, eta(left));
        out.flush();
    }

    private static String eta(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s % 3600 / 60) : String.format("%dm%02ds", s / 60, s % 60);
    }
}
