package org.sitrep.clean.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads schema.org JSON-LD blocks: the objects of every block (top-level lists and {@code @graph}
 * arrays included, nested objects too), article-typed ones first. Malformed JSON is skipped.
 */
final class JsonLdReader {

    /** What a page's JSON-LD says about its article. */
    record Facts(List<String> headlines, List<String> datesPublished, List<String> publishers) {
    }

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "blogposting", "socialmediaposting",
            "liveblogposting", "report", "scholarlyarticle", "techarticle", "reviewnewsarticle", "webpage",
            "creativework", "posting", "advertisertcontentarticle");

    private static final int MAX_OBJECTS = 2000;

    private final ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder()
                    .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                    .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                    .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                    .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
                    .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
                    .build())
            .build();

    Facts read(List<String> blocks) {
        List<JsonNode> articles = new ArrayList<>();
        List<JsonNode> others = new ArrayList<>();
        for (String block : blocks) {
            JsonNode root;
            try {
                root = mapper.readTree(block.strip());
            } catch (JsonProcessingException | RuntimeException e) {
                continue;
            }
            collect(root, articles, others);
        }
        List<String> headlines = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        List<String> publishers = new ArrayList<>();
        for (List<JsonNode> group : List.of(articles, others)) {
            for (JsonNode o : group) {
                addText(o.get("headline"), headlines);
                addText(o.get("datePublished"), dates);
                if (group == articles) {
                    addText(o.get("dateCreated"), dates);
                }
                JsonNode pub = o.get("publisher");
                if (pub != null) {
                    if (pub.isArray()) {
                        for (JsonNode p : pub) {
                            addText(p.get("name"), publishers);
                        }
                    } else {
                        addText(pub.get("name"), publishers);
                    }
                }
            }
        }
        return new Facts(headlines, dates, publishers);
    }

    /** Every object in the tree, iteratively; article-typed objects go to {@code articles}. */
    private static void collect(JsonNode root, List<JsonNode> articles, List<JsonNode> others) {
        Deque<JsonNode> stack = new ArrayDeque<>();
        stack.push(root);
        int seen = 0;
        while (!stack.isEmpty() && seen < MAX_OBJECTS) {
            JsonNode n = stack.pop();
            if (n.isArray()) {
                for (int i = n.size() - 1; i >= 0; i--) {
                    stack.push(n.get(i));
                }
            } else if (n.isObject()) {
                seen++;
                (isArticle(n.get("@type")) ? articles : others).add(n);
                List<JsonNode> children = new ArrayList<>();
                for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
                    JsonNode c = it.next();
                    if (c.isContainerNode()) {
                        children.add(c);
                    }
                }
                for (int i = children.size() - 1; i >= 0; i--) {
                    stack.push(children.get(i));
                }
            }
        }
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.asText().toLowerCase(Locale.ROOT);
        int slash = t.lastIndexOf('/');
        return ARTICLE_TYPES.contains(slash >= 0 ? t.substring(slash + 1) : t);
    }

    private static void addText(JsonNode n, List<String> out) {
        if (n == null) {
            return;
        }
        if (n.isArray()) {
            for (JsonNode x : n) {
                if (x.isValueNode() && !x.asText().isBlank()) {
                    out.add(x.asText().strip());
                }
            }
        } else if (n.isValueNode() && !n.asText().isBlank()) {
            out.add(n.asText().strip());
        }
    }
}
