package org.sitrep.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret a client shows to write ({@code Authorization: Bearer TOKEN} or {@code X-Sitrep-Token: TOKEN}): given
 * on the command line, or generated on first start and kept in the data folder, readable by its owner only.
 */
public final class WriteToken {
    public static final String FILE = "token";

    private final byte[] secret;
    private final boolean generated;

    private WriteToken(String token, boolean generated) {
        this.secret = token.getBytes(StandardCharsets.UTF_8);
        this.generated = generated;
    }

    public static WriteToken of(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the write token must not be empty");
        }
        return new WriteToken(token.strip(), false);
    }

    /** The token kept in {@code folder}, created there when there is none. */
    public static WriteToken inFolder(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        if (Files.isRegularFile(file)) {
            return new WriteToken(Files.readString(file, StandardCharsets.UTF_8).strip(), false);
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            return inFolder(folder);
        }
        Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
        return new WriteToken(token, true);
    }

    /** True when this token was made just now (the caller prints it once). */
    public boolean generated() {
        return generated;
    }

    public String value() {
        return new String(secret, StandardCharsets.UTF_8);
    }

    /** Compares in constant time. */
    public boolean matches(String offered) {
        return offered != null && MessageDigest.isEqual(secret, offered.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** The token a request offers, from either header, or null. */
    public static String offered(String authorization, String header) {
        if (header != null && !header.isBlank()) {
            return header;
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7);
        }
        return null;
    }
}
