package org.pcrnavigator.records.screen;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends bytes to a file, past the page cache where the file system allows it (direct I/O). A bulk run
 * writes about 17 KB of reports a case, gigabytes in all: through the page cache the kernel's copying and
 * reclaiming of those pages cost about as much CPU as a fifth of the analyses, and direct I/O spares
 * nearly all of it. Direct writes must start and end on whole blocks, so the bytes after the last whole
 * block wait in an aligned buffer; {@link #writeOut()} writes them padded to a block (the file then runs
 * past {@link #length()} until the next write or {@link #close()} trims it), and the next write rewrites
 * that block with more behind it. Where direct I/O is refused (tmpfs, some network file systems) the same
 * code writes through the page cache with blocks of one byte. Not thread-safe: one thread writes.
 */
final class DirectAppender implements Closeable {
    private static final int BUFFER = 4 << 20;

    private final FileChannel channel;
    private final int block;          // 1 where the page cache is used
    private final ByteBuffer buffer;  // bytes from blockStart on, not all of them in the file yet
    private long blockStart;          // the file offset of the buffer's first byte, a multiple of block

    private DirectAppender(FileChannel channel, int block, long blockStart) {
        this.channel = channel;
        this.block = block;
        this.buffer = ByteBuffer.allocateDirect(BUFFER + block).alignedSlice(block);
        this.blockStart = blockStart;
    }

    /**
     * Opens {@code file} to append after its first {@code from} bytes, dropping any beyond them.
     *
     * @param direct whether to try direct I/O at all (false: always through the page cache)
     */
    static DirectAppender open(Path file, long from, boolean direct) throws IOException {
        int block = direct ? (int) Files.getFileStore(file).getBlockSize() : 1;
        long start = from - from % block;
        ByteBuffer head = ByteBuffer.allocate((int) (from - start));
        try (FileChannel plain = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
            plain.truncate(from);
            // The partial block at the end is read back, so that it is written again whole with what follows it.
            while (head.hasRemaining() && plain.read(head, start + head.position()) >= 0) {
                // a regular file reads short only at its end, which truncate has just set past these bytes
            }
            plain.force(true);   // nothing cached may be left to overwrite what is written past the cache
        }
        FileChannel channel = null;
        if (block > 1) {
            try {
                channel = FileChannel.open(file, StandardOpenOption.WRITE, com.sun.nio.file.ExtendedOpenOption.DIRECT);
            } catch (IOException | UnsupportedOperationException e) {
                block = 1;
                start = from;
                head.clear().limit(0);
            }
        }
        if (channel == null) channel = FileChannel.open(file, StandardOpenOption.WRITE);
        DirectAppender out = new DirectAppender(channel, block, start);
        out.buffer.put(head.flip());
        return out;
    }

    /** Whether writes bypass the page cache. */
    boolean direct() { return block > 1; }

    /** The bytes appended so far, counting from the start of the file. */
    long length() { return blockStart + buffer.position(); }

    void write(byte[] bytes) throws IOException {
        int off = 0;
        while (off < bytes.length) {
            if (!buffer.hasRemaining()) writeWholeBlocks();
            int n = Math.min(buffer.remaining(), bytes.length - off);
            buffer.put(bytes, off, n);
            off += n;
        }
    }

    void write(byte b) throws IOException {
        if (!buffer.hasRemaining()) writeWholeBlocks();
        buffer.put(b);
    }

    /** Writes out every byte appended so far, the last block padded where it is partial; the file may then run past {@link #length()}. */
    void writeOut() throws IOException {
        int end = buffer.position();
        int padded = (end + block - 1) / block * block;
        for (int i = end; i < padded; i++) buffer.put(i, (byte) 0);   // no stale bytes past the end, even for a moment
        ByteBuffer all = buffer.duplicate();
        all.position(0).limit(padded);
        writeFully(all, blockStart);
        if (end == padded) {
            blockStart += end;
            buffer.clear();
        }
    }

    /** Makes what {@link #writeOut()} wrote durable. May run on another thread than the writes. */
    void force() throws IOException { channel.force(false); }

    /** Writes out, trims the file to {@link #length()}, syncs and closes. */
    @Override public void close() throws IOException {
        try (channel) {
            writeOut();
            channel.truncate(length());
            channel.force(true);
        }
    }

    /** Writes the buffer's whole blocks and keeps the partial one, moved to the buffer's start. */
    private void writeWholeBlocks() throws IOException {
        int end = buffer.position();
        int whole = end / block * block;
        ByteBuffer blocks = buffer.duplicate();
        blocks.position(0).limit(whole);
        writeFully(blocks, blockStart);
        blockStart += whole;
        buffer.limit(end).position(whole);
        buffer.compact();
    }

    private void writeFully(ByteBuffer bytes, long at) throws IOException {
        long position = at;
        while (bytes.hasRemaining()) position += channel.write(bytes, position);
    }
}
