package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One batch of well over a thousand hostile inputs, generated here (nothing of it is committed): random and
 * high bytes, truncated and corrupt gzip, small gzip bombs, binary signatures, empty files and byte-order marks
 * alone, NUL bytes, mixed encodings, huge lines, deep HTML, thousands of {@code <br>}, stacks of combining marks,
 * runs of capitalised names, Markdown rules, references to surrogates, odd file names; and among them a few
 * good reports. Nothing may escape as an exception or stall the batch: every input is either analysed (it is a
 * document of the picture) or named on standard error, those that cannot be read are named, none needs the
 * time budget, and every good report's event is in the picture. The few large inputs are half a megabyte:
 * the timings at 1 and 4 MB are measured outside the tests.
 */
class HostileCorpusTest extends CapturedOutput {
    /** What an input must come to. */
    private enum Expect { REFUSED, ANALYSED, EITHER }

    private static final String[] TOWNS = {"Kano", "Maiduguri", "Goma", "Djibo", "Gao", "Kidal", "Kharkiv", "Idlib",
        "Mogadishu", "Bamako", "Timbuktu", "Mopti"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    @TempDir
    Path dir;

    private final Random random = new Random(20_251_206);
    private final Map<Path, Expect> expected = new LinkedHashMap<>();
    private final Map<Path, String> goodTowns = new HashMap<>();
    private int serial;

    @Test
    void aThousandHostileInputsNeitherCrashNorStallTheBatch() throws Exception {
        generate();
        assertThat(expected).hasSizeGreaterThanOrEqualTo(1_000);

        Path json = dir.resolve("picture.json"); // outside the folder of inputs
        int status = Main.execute("analyze", "-v", "--json", json.toString(), dir.resolve("in").toString());

        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(status).isEqualTo(1); // some inputs could not be read, the others were written
        assertThat(stderr).doesNotContain("internal error").doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("too costly"); // the budget is a safety net: no input here may need it
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        Map<String, String> idOfSource = new HashMap<>();
        for (JsonNode doc : root.path("documents")) {
            idOfSource.put(doc.path("source").asText(), doc.path("id").asText());
        }
        for (Map.Entry<Path, Expect> e : expected.entrySet()) {
            String source = e.getKey().toString();
            boolean analysed = idOfSource.containsKey(source)
                    || idOfSource.keySet().stream().anyMatch(s -> s.startsWith(source + ":"));
            boolean isNamed = stderr.contains("sitrep: error: " + source + ":") // a file, or a line of it
                    || stderr.contains("sitrep: skipped: " + source + ":");
            switch (e.getValue()) {
                case REFUSED -> assertThat(isNamed && !analysed).as("named on standard error: %s", source).isTrue();
                case ANALYSED -> assertThat(analysed).as("analysed: %s", source).isTrue();
                case EITHER -> assertThat(analysed || isNamed).as("analysed or named: %s", source).isTrue();
            }
        }
        Map<String, Set<String>> townsOfDoc = new HashMap<>();
        for (JsonNode event : root.path("events")) {
            for (JsonNode evidence : event.path("evidence")) {
                townsOfDoc.computeIfAbsent(evidence.path("doc").asText(), k -> new HashSet<>())
                        .add(event.path("location").path("name").asText());
            }
        }
        assertThat(goodTowns).hasSizeGreaterThanOrEqualTo(20);
        for (Map.Entry<Path, String> good : goodTowns.entrySet()) {
            String id = idOfSource.get(good.getKey().toString());
            assertThat(id).as("good report analysed: %s", good.getKey()).isNotNull();
            assertThat(townsOfDoc.getOrDefault(id, Set.of())).as("events of %s", id).contains(good.getValue());
        }
    }

    private void generate() throws IOException {
        Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 24; i++) {
            good();
        }
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[1 + random.nextInt(6_000)];
            random.nextBytes(bytes);
            write("random", ".txt", bytes, Expect.EITHER);
        }
        for (int i = 0; i < 60; i++) {
            write("high", ".txt", highBytes(1_024 + random.nextInt(8_000)), Expect.REFUSED);
        }
        write("high-large", ".txt", highBytes(500_000), Expect.REFUSED);
        for (int i = 0; i < 60; i++) {
            byte[] gz = gzip(goodText().repeat(20 + random.nextInt(50)).getBytes(StandardCharsets.UTF_8));
            write("cut", ".txt.gz", Arrays.copyOf(gz, 2 + random.nextInt(gz.length - 10)), Expect.REFUSED);
        }
        for (int i = 0; i < 40; i++) {
            byte[] corrupt = new byte[10 + random.nextInt(2_000)];
            random.nextBytes(corrupt);
            corrupt[0] = 0x1f;
            corrupt[1] = (byte) 0x8b;
            corrupt[2] = 8;
            write("corrupt", ".gz", corrupt, Expect.REFUSED);
        }
        byte[] bomb = gzip(new byte[20_000_000]); // 20 KB that inflate a thousand times
        for (int i = 0; i < 3; i++) {
            write("bomb", ".txt.gz", bomb, Expect.REFUSED);
        }
        write("bomb-text", ".html.gz", gzip("<p>a</p>".repeat(2_000_000).getBytes(StandardCharsets.UTF_8)),
                Expect.REFUSED);
        byte[][] signatures = {{'%', 'P', 'D', 'F', '-'}, {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10},
            {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, {'G', 'I', 'F', '8', '9', 'a'}, {0x7F, 'E', 'L', 'F'},
            {'M', 'Z'}, {'P', 'K', 3, 4}, {'B', 'Z', 'h'}, {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
            {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}, {'R', 'I', 'F', 'F'}};
        for (int i = 0; i < 150; i++) {
            byte[] head = signatures[i % signatures.length];
            byte[] bytes = Arrays.copyOf(head, head.length + random.nextInt(3_000));
            for (int k = head.length; k < bytes.length; k++) {
                bytes[k] = (byte) random.nextInt(256);
            }
            write("signature", i % 2 == 0 ? ".txt" : ".html", bytes, Expect.REFUSED);
        }
        for (int i = 0; i < 30; i++) {
            write("empty", i % 3 == 0 ? ".md" : ".txt", new byte[0], Expect.REFUSED);
        }
        byte[][] boms = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF}};
        for (int i = 0; i < 30; i++) {
            write("bom", i % 2 == 0 ? ".txt" : ".html", boms[i % boms.length], Expect.EITHER);
        }
        for (int i = 0; i < 60; i++) {
            byte[] text = goodText().getBytes(StandardCharsets.UTF_8);
            byte[] withNul = Arrays.copyOf(text, text.length + 1);
            withNul[random.nextInt(text.length)] = 0;
            write("nul", ".txt", withNul, Expect.REFUSED);
        }
        for (int i = 0; i < 80; i++) {
            write("mixed", ".txt", mixedEncodings(), Expect.ANALYSED);
        }
        for (int i = 0; i < 40; i++) {
            int depth = 1_000 + random.nextInt(8_000);
            String tag = new String[] {"div", "span", "b", "section", "table"}[i % 5];
            write("deep", ".html", ("<html><body>" + ("<" + tag + ">").repeat(depth) + "<p>" + goodText() + "</p>"
                    + ("</" + tag + ">").repeat(depth / 2) + "</body></html>").getBytes(StandardCharsets.UTF_8),
                    Expect.ANALYSED);
        }
        for (int i = 0; i < 40; i++) {
            String br = i % 2 == 0 ? "<br>" : "word<br/>\n";
            write("br", ".html", ("<html><body><article><p>" + goodText() + "</p><p>"
                    + br.repeat(2_000 + random.nextInt(6_000)) + "</p></article></body></html>")
                    .getBytes(StandardCharsets.UTF_8), Expect.ANALYSED);
        }
        for (int i = 0; i < 60; i++) {
            StringBuilder marks = new StringBuilder(goodText()).append(" a");
            for (int k = 0, n = 100 + random.nextInt(10_000); k < n; k++) {
                marks.append((char) (0x300 + random.nextInt(0x70)));
            }
            write("marks", ".txt", marks.append(" end.\n").toString().getBytes(StandardCharsets.UTF_8), Expect.ANALYSED);
        }
        for (int i = 0; i < 60; i++) {
            write("line", ".txt", longLine(2_000 + random.nextInt(30_000)), Expect.ANALYSED);
        }
        for (int i = 0; i < 40; i++) {
            write("rule", ".md", ("# Report\n\n" + goodText() + "\n\n" + "- ".repeat(500 + random.nextInt(5_000))
                    + "\n\n" + "*".repeat(random.nextInt(3_000)) + "\n[".repeat(random.nextInt(500)))
                    .getBytes(StandardCharsets.UTF_8), Expect.ANALYSED);
        }
        for (int i = 0; i < 40; i++) {
            write("surrogate", ".html", ("<html><head><title>Clash &#xD800; &#xDBFF;&#xDC00; \uD83D\uDE00</title></head>"
                    + "<body><article><p>" + goodText() + " &#55296; &#xDFFF</p></article></body></html>")
                    .getBytes(StandardCharsets.UTF_8), Expect.ANALYSED);
        }
        for (int i = 0; i < 30; i++) {
            write("json", i % 2 == 0 ? ".json" : ".jsonl", hostileJson(i), Expect.EITHER);
        }
        large();
    }

    /** A few large inputs: each a whole class of the issue, at about a megabyte. */
    private void large() throws IOException {
        write("periods", ".txt", ".".repeat(500_000).getBytes(StandardCharsets.UTF_8), Expect.ANALYSED);
        StringBuilder words = new StringBuilder("On Monday");
        String[] vocabulary = {"soldiers", "attacked", "the", "village", "and", "killed", "people", "near", "town"};
        while (words.length() < 500_000) {
            words.append(' ').append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        write("sentence", ".txt", words.append(".\n").toString().getBytes(StandardCharsets.UTF_8), Expect.ANALYSED);
        StringBuilder names = new StringBuilder("Fighting broke out.");
        String[] capitalised = {"Al-Shabaab", "Abu-Bakr", "North-East", "Jean-Pierre", "Saint-Denis", "Ras-Kamboni"};
        while (names.length() < 300_000) {
            names.append(' ').append(capitalised[random.nextInt(capitalised.length)]);
        }
        write("names", ".txt", names.append(" attacked.\n").toString().getBytes(StandardCharsets.UTF_8), Expect.ANALYSED);
        StringBuilder quotes = new StringBuilder("Police said ");
        while (quotes.length() < 300_000) {
            quotes.append("\"").append(vocabulary[random.nextInt(vocabulary.length)]).append(" now,\" he said, \"")
                    .append(vocabulary[random.nextInt(vocabulary.length)]).append(".\" ");
        }
        write("quotes", ".txt", quotes.toString().getBytes(StandardCharsets.UTF_8), Expect.ANALYSED);
        write("breaks", ".html", ("<html><body><p>" + goodText() + "</p>" + "<br>".repeat(100_000) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8), Expect.ANALYSED);
    }

    private void good() throws IOException {
        String town = TOWNS[goodTowns.size() % TOWNS.length];
        String text = " date 2025-03-14\nGunmen killed " + (3 + random.nextInt(20)) + " people in " + town + " on "
                + DAYS[random.nextInt(DAYS.length)] + ", police said.\n\nResidents fled the area.\n";
        String[] names = {"good report", "-dash", "@at", "\u041a\u0430\u043d\u043e report", "emoji \uD83D\uDE00",
            "x".repeat(180), "--help", "a b  c", "caf\u00e9\u0301"};
        String name = names[goodTowns.size() % names.length];
        Path path = write(name, goodTowns.size() % 4 == 3 ? ".md" : ".txt", text.getBytes(StandardCharsets.UTF_8),
                Expect.ANALYSED);
        goodTowns.put(path, town);
    }

    private String goodText() {
        return "Gunmen attacked a village near " + TOWNS[random.nextInt(TOWNS.length)] + " on "
                + DAYS[random.nextInt(DAYS.length)] + ", killing four people, officials said.";
    }

    private byte[] highBytes(int n) {
        byte[] bytes = new byte[n];
        for (int i = 0; i < n; i++) {
            bytes[i] = (byte) (0x80 + random.nextInt(0x80));
        }
        return bytes;
    }

    /** UTF-8 text with windows-1252 bytes spliced in, as a badly joined scrape. */
    private byte[] mixedEncodings() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int k = 0, n = 2 + random.nextInt(8); k < n; k++) {
            Charset charset = random.nextBoolean() ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
            out.write((goodText() + " Caf\u00e9 \u00ab na\u00efve \u00bb \u2014 ").getBytes(charset));
        }
        return out.toByteArray();
    }

    /** One line of prose, words or punctuation without a break. */
    private byte[] longLine(int length) {
        StringBuilder line = new StringBuilder(length + 100);
        int kind = random.nextInt(4);
        while (line.length() < length) {
            switch (kind) {
                case 0 -> line.append(goodText()).append(' ');
                case 1 -> line.append("Al-").append((char) ('A' + random.nextInt(26))).append("bc ");
                case 2 -> line.append(".!?,;:-\"'()".charAt(random.nextInt(11)));
                default -> line.append("\u201c").append(goodText()).append("\u201d he said, ");
            }
        }
        return line.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] hostileJson(int i) {
        String text = switch (i % 5) {
            case 0 -> "[".repeat(50_000) + "]".repeat(50_000);
            case 1 -> "{\"text\": " + "[".repeat(5_000) + "\"x\"" + "]".repeat(5_000) + "}";
            case 2 -> "{\"text\": \"" + goodText() + "\\uD800\", \"title\": \"\\uDC00 x\"}\n{broken\n";
            case 3 -> "{\"maintext\": \"" + "\\u0301".repeat(20_000) + "\"}";
            default -> "{\"text\": " + random.nextInt() + "}\n".repeat(200);
        };
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Path write(String name, String extension, byte[] bytes, Expect expect) throws IOException {
        Path path;
        try {
            path = dir.resolve("in").resolve(name + "-" + (serial++) + extension);
        } catch (InvalidPathException notInThisLocale) {
            path = dir.resolve("in").resolve("name-" + (serial++) + extension);
        }
        try {
            Files.write(path, bytes);
        } catch (IOException | InvalidPathException notWritable) {
            path = dir.resolve("in").resolve("name-" + (serial++) + extension);
            Files.write(path, bytes);
        }
        expected.put(path, expect);
        return path;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
