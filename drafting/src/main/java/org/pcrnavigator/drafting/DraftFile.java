package org.pcrnavigator.drafting;

/** One file of a packet, e.g. {@code pc1473_7_a1-motion.pdf}, with its media type and bytes. Immutable. */
public record DraftFile(String fileName, String mediaType, byte[] content) {
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public DraftFile {
        content = content.clone();
    }

    @Override
    public byte[] content() { return content.clone(); }
}
