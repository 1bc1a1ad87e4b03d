package org.sitrep.clean.text;

import org.junit.jupiter.api.Test;
import org.sitrep.model.CleanBody;
import org.sitrep.model.InputFormat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Cleaning is linear: large inputs and a single huge line finish in seconds (bounds are generous for slow CI). */
class CleanerSpeedTest {
    private static final BoilerplateCleaner CLEANER = BoilerplateCleaner.loadDefault();

    private static String fixture(String name) throws IOException {
        try (InputStream in = CleanerSpeedTest.class.getResourceAsStream("/clean/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void tenMegabytesOfScrapes() throws IOException {
        String one = fixture("line-per-paragraph.txt") + "\n\n" + fixture("blank-separated.txt") + "\n\n";
        StringBuilder sb = new StringBuilder();
        int n = 0;
        while (sb.length() < 10_000_000) {
            // vary the paragraphs so the repeat filter keeps them
            sb.append(one.replace("Norvel", "Norvel" + n).replace("Soren", "Soren" + n)).append("\n\n");
            n++;
        }
        String big = sb.toString();
        CleanBody body = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> CLEANER.clean(big, InputFormat.TEXT));
        assertThat(body.text().length()).isLessThan(big.length());
    }

    @Test
    void singleFiveMegabyteLine() {
        String[] words = {"support", "us", "(", "Name", "/", "Agency", ")", "pic.twitter.com/abcd", "—", "@x",
                "Can", "we", "count", "on", "you", "Read", "more", "Close", "1:50", "PM", "May", "15,", "2025",
                "Photo:", "the", "army", "said", "#tag", "“", "”"};
        Random random = new Random(7);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 5_000_000) {
            sb.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
        }
        String line = sb.toString();
        CleanBody body = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> CLEANER.clean(line, InputFormat.TEXT));
        assertThat(body.text()).isEqualTo(line.strip());
    }

    @Test
    void manyAdversarialShortLines() {
        String[] parts = {"(", ")", "/", " ", "Photo:", "—", "(@", "a", "May 1, 2025", "-", ":", "|", "Read more"};
        Random random = new Random(11);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 5_000_000) {
            int len = 50 + random.nextInt(450);
            int start = sb.length();
            while (sb.length() - start < len) {
                sb.append(parts[random.nextInt(parts.length)]);
            }
            sb.append('\n');
        }
        String text = sb.toString();
        assertTimeoutPreemptively(Duration.ofSeconds(15), () -> CLEANER.clean(text, InputFormat.TEXT));
    }
}
