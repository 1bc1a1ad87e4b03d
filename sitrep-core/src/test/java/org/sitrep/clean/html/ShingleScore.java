package org.sitrep.clean.html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's measure, as {@code shared/tools/extraction_score.py} computes it:
 * \w+ tokens cut into 4-token shingles compared as multisets, each page's tp/fp/fn normalised to sum
 * to 1, precision and recall averaged over pages, F1 their harmonic mean.
 */
final class ShingleScore {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private double precisionSum;
    private int precisionPages;
    private double recallSum;
    private int recallPages;

    void add(String truth, String predicted) {
        Map<String, Integer> t = shingles(truth);
        Map<String, Integer> p = shingles(predicted);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            int inTruth = t.getOrDefault(e.getKey(), 0);
            tp += Math.min(inTruth, e.getValue());
            fp += Math.max(0, e.getValue() - inTruth);
        }
        for (Map.Entry<String, Integer> e : t.entrySet()) {
            fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        }
        double total = tp + fp + fn;
        double ntp = total == 0 ? 0 : tp / total;
        double nfp = total == 0 ? 0 : fp / total;
        double nfn = total == 0 ? 0 : fn / total;
        if (ntp + nfp > 0) {
            precisionSum += ntp / (ntp + nfp);
            precisionPages++;
        }
        if (ntp + nfn > 0) {
            recallSum += ntp / (ntp + nfn);
            recallPages++;
        }
    }

    double precision() {
        return precisionPages == 0 ? 0 : precisionSum / precisionPages;
    }

    double recall() {
        return recallPages == 0 ? 0 : recallSum / recallPages;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static Map<String, Integer> shingles(String text) {
        List<String> tokens = new java.util.ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<String, Integer> out = new HashMap<>();
        int n = Math.max(1, tokens.size() - 3);
        for (int i = 0; i < n && i < tokens.size(); i++) {
            String key = String.join("\u0001", tokens.subList(i, Math.min(tokens.size(), i + 4)));
            out.merge(key, 1, Integer::sum);
        }
        return out;
    }
}
