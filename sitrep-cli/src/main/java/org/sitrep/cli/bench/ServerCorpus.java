package org.sitrep.cli.bench;

import org.sitrep.eval.ReportCopies;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.DateClaim;
import org.sitrep.model.PageMetadata;
import org.sitrep.model.RawInput;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The reports the server bench posts: the inputs over and over, each round a week later (a year of rounds, then
 * again a year with tolls one higher), under names of their own. The store keeps the same content once, so every
 * body differs: a copy that the changes leave the same as an earlier one (no day, no toll in it) gets a line of
 * its own at the end.
 */
public final class ServerCorpus {
    /** Rounds a year apart by default: the copies' days spread over 52 weeks. */
    public static final int WEEKS = 52;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServerCorpus() {
    }

    /** One request body and the file name it is posted under. */
    public record Post(String name, byte[] body) {
    }

    /** {@code n} different reports made from {@code raws} (at least one), spread over {@value #WEEKS} weeks. */
    public static List<Post> make(List<RawInput> raws, int n) {
        return make(raws, n, WEEKS);
    }

    /**
     * {@code n} different reports made from {@code raws}, each round a week later over {@code weeks} weeks: more
     * weeks give more distinct incidents for as many reports.
     */
    public static List<Post> make(List<RawInput> raws, int n, int weeks) {
        List<Post> posts = new ArrayList<>(n);
        Set<String> seen = new HashSet<>(n * 2);
        for (int k = 0; k < n; k++) {
            RawInput raw = raws.get(k % raws.size());
            int round = k / raws.size();
            String prefix = String.format(Locale.ROOT, "b%05d-", k);
            Post post = raw.given().isEmpty() ? plain(raw, prefix, round, weeks) : article(raw, prefix, round, weeks);
            if (!seen.add(sha256(post.body()))) {
                String marker = post.name().endsWith(".json") ? "" // an article's address makes it new
                        : post.name().matches("(?i).*\\.html?$") ? "\n<!-- bench copy " + k + " -->\n"
                        : "\n\n(bench copy " + k + ")\n";
                post = new Post(post.name(), concat(post.body(), marker));
                seen.add(sha256(post.body()));
            }
            posts.add(post);
        }
        return posts;
    }

    private static Post plain(RawInput raw, String prefix, int round, int weeks) {
        String text = new String(raw.bytes(), StandardCharsets.UTF_8);
        text = ReportCopies.raiseTolls(ReportCopies.shiftDates(text, round % weeks), round / weeks);
        String name = raw.fileName() == null ? "report.txt" : raw.fileName().replaceFirst("(?i)\\.gz$", "");
        name = name.substring(name.lastIndexOf('/') + 1);
        return new Post(prefix + name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A scraped article as one trafilatura-style JSON object, its day moved and its address made its own. */
    private static Post article(RawInput raw, String prefix, int round, int weeks) {
        PageMetadata given = raw.given();
        ObjectNode node = JSON.createObjectNode();
        if (given.title() != null) {
            node.put("title", given.title());
        }
        if (!given.dates().isEmpty()) {
            DateClaim first = given.dates().get(0);
            node.put("date", first.date().plusWeeks(round % weeks).toString());
        }
        if (!given.siteNames().isEmpty()) {
            node.put("sitename", given.siteNames().get(0));
        }
        String url = given.canonicalUrl() != null ? given.canonicalUrl() : "https://bench.invalid/";
        node.put("url", url + (url.endsWith("/") ? "" : "/") + prefix + "copy");
        String text = new String(raw.bytes(), StandardCharsets.UTF_8);
        node.put("text", ReportCopies.raiseTolls(ReportCopies.shiftDates(text, round % weeks), round / weeks));
        return new Post(prefix + raw.id() + ".json", node.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] body, String tail) {
        byte[] extra = tail.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[body.length + extra.length];
        System.arraycopy(body, 0, out, 0, body.length);
        System.arraycopy(extra, 0, out, body.length, extra.length);
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
