package org.sitrep.ingest;

/** Recognises binary content by its magic numbers, and unknown binary content by its control bytes. */
final class BinarySignatures {
    private static final int SAMPLE = 8192;

    private BinarySignatures() {
    }

    /** The name of the binary format, or null when the bytes look like text. */
    static String identify(byte[] b) {
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46)) {
            return "PDF document";
        }
        if (startsWith(b, 0x89, 0x50, 0x4E, 0x47)) {
            return "PNG image";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG image";
        }
        if (startsWith(b, 0x47, 0x49, 0x46, 0x38)) {
            return "GIF image";
        }
        if (startsWith(b, 0x7F, 0x45, 0x4C, 0x46)) {
            return "ELF executable";
        }
        if (startsWith(b, 0x4D, 0x5A)) {
            return "Windows executable";
        }
        if (startsWith(b, 0xCA, 0xFE, 0xBA, 0xBE)) {
            return "Java class or Mach-O binary";
        }
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
            return "ZIP archive or office document";
        }
        if (startsWith(b, 0x52, 0x49, 0x46, 0x46)) {
            return "RIFF media file";
        }
        if (startsWith(b, 0x42, 0x5A, 0x68)) {
            return "bzip2 archive";
        }
        if (startsWith(b, 0xFD, 0x37, 0x7A, 0x58, 0x5A)) {
            return "xz archive";
        }
        if (startsWith(b, 0x28, 0xB5, 0x2F, 0xFD)) {
            return "zstd archive";
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "MS Office document";
        }
        if (isUtf16Bom(b)) {
            return null;
        }
        int n = Math.min(b.length, SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return "unrecognised binary data: NUL bytes";
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b) {
                control++;
            }
        }
        if (control > n / 20 + 1) {
            return "unrecognised binary data: control bytes";
        }
        return n >= 1024 && highBytesNotUtf8(b, n) ? "unrecognised binary data: almost no byte is ASCII text" : null;
    }

    /**
     * True when nearly every byte of the sample is above ASCII and most of them make no UTF-8 sequence: random
     * or compressed bytes. Text in a legacy code page keeps its spaces, digits and punctuation in ASCII.
     */
    private static boolean highBytesNotUtf8(byte[] b, int n) {
        int high = 0;
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < n; ) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            boolean ok = len > 0 && i + len <= n;
            for (int k = 1; ok && k < len; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                high += len;
                i += len;
            } else {
                invalid++;
                high++;
                i++;
            }
        }
        return high >= n - n / 20 && invalid > valid;
    }

    private static boolean isUtf16Bom(byte[] b) {
        return startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE);
    }

    static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
