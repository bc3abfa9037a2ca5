package org.pcrnavigator.records.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Appending past the page cache: the file holds exactly what was appended, across write-outs and reopenings. */
class DirectAppenderTest {
    @ParameterizedTest(name = "direct I/O tried: {0}")
    @ValueSource(booleans = {true, false})
    void theFileHoldsWhatWasAppendedAcrossWriteOutsAndReopenings(boolean direct, @TempDir Path dir) throws IOException {
        Random random = new Random(20261128L);
        Path file = dir.resolve("reports.jsonl");
        Files.writeString(file, "");
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        long checkpoint = 0;
        for (int run = 0; run < 6; run++) {
            // Each run reopens after the last write-out it made, as a resumed bulk run does after a checkpoint,
            // dropping what it appended after that (here, with a partial block behind it).
            byte[] kept = java.util.Arrays.copyOf(expected.toByteArray(), (int) checkpoint);
            expected.reset();
            expected.write(kept);
            try (DirectAppender out = DirectAppender.open(file, checkpoint, direct)) {
                assertThat(out.length()).isEqualTo(checkpoint);
                // The local file systems of a Linux machine take direct I/O: there the test must not pass on the fallback.
                if (direct && java.util.Set.of("ext4", "xfs", "btrfs").contains(Files.getFileStore(file).type())) {
                    assertThat(out.direct()).isTrue();
                }
                for (int i = 0; i < 400; i++) {
                    byte[] chunk = new byte[random.nextInt(random.nextBoolean() ? 40 : 40_000)];
                    random.nextBytes(chunk);
                    out.write(chunk);
                    out.write((byte) '\n');
                    expected.write(chunk);
                    expected.write('\n');
                    if (random.nextInt(50) == 0) {
                        out.writeOut();
                        out.force();
                        checkpoint = out.length();
                        assertThat(Files.size(file)).isGreaterThanOrEqualTo(checkpoint);
                        assertThat(prefix(file, checkpoint)).isEqualTo(java.util.Arrays.copyOf(expected.toByteArray(), (int) checkpoint));
                    }
                }
                assertThat(out.length()).isEqualTo(expected.size());
            }
            assertThat(Files.readAllBytes(file)).isEqualTo(expected.toByteArray());
        }
    }

    @ParameterizedTest(name = "direct I/O tried: {0}")
    @ValueSource(booleans = {true, false})
    void reopeningDropsWhatCameAfterTheOffset(boolean direct, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("r");
        Files.writeString(file, "first line\nhalf a li");
        try (DirectAppender out = DirectAppender.open(file, 11, direct)) {
            out.write("second line\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(Files.readString(file)).isEqualTo("first line\nsecond line\n");
    }

    private static byte[] prefix(Path file, long n) throws IOException {
        return java.util.Arrays.copyOf(Files.readAllBytes(file), (int) n);
    }
}
