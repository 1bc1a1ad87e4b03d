package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** Reads the GeoNames files (plain or gzip-compressed, UTF-8, tab-separated) line by line. */
final class GeoNamesReader {

    /** A line of admin1CodesASCII.txt or admin2Codes.txt: "SY.09" or "SY.09.169326", name, geonameid. */
    record AdminCode(String key, String name, String asciiName, int geonameid) { }

    /** A line of countryInfo.txt. */
    record CountryInfo(String iso2, String iso3, String name, String capital, long population, int geonameid) { }

    private GeoNamesReader() {
    }

    static void rows(Path file, Consumer<GeoNamesRow> sink) throws IOException {
        lines(file, line -> {
            GeoNamesRow row = GeoNamesRow.parse(line);
            if (row != null) {
                sink.accept(row);
            }
        });
    }

    static List<AdminCode> adminCodes(Path file) throws IOException {
        List<AdminCode> codes = new ArrayList<>();
        lines(file, line -> {
            String[] f = line.split("\t", -1);
            if (f.length >= 4 && !line.startsWith("#")) {
                codes.add(new AdminCode(f[0], f[1], f[2], f[3].isBlank() ? 0 : Integer.parseInt(f[3].trim())));
            }
        });
        return codes;
    }

    static List<CountryInfo> countries(Path file) throws IOException {
        List<CountryInfo> countries = new ArrayList<>();
        lines(file, line -> {
            if (line.startsWith("#") || line.isBlank()) {
                return;
            }
            String[] f = line.split("\t", -1);
            if (f.length >= 17) {
                countries.add(new CountryInfo(f[0], f[1], f[4].strip(), f[5].strip(),
                        f[7].isBlank() ? 0 : Long.parseLong(f[7].trim()),
                        f[16].isBlank() ? 0 : Integer.parseInt(f[16].trim())));
            }
        });
        return countries;
    }

    private static void lines(Path file, Consumer<String> sink) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = reader.readLine()) != null) {
                sink.accept(line);
            }
        }
    }
}
