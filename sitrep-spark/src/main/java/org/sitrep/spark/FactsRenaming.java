package org.sitrep.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Iterator;
import java.util.Map;

/**
 * A report's facts under another id: what analysing it under that id gives, since the analysis only writes its id
 * down and never reads it. The id appears in the facts' JSON ({@link org.sitrep.pipeline.FactsCodec}) as the report's
 * {@code id}, as the {@code doc} of every piece of evidence, in the {@code sources} of its events and as the prefix of
 * its events' ids ({@code report#e1}); those places, and only those, are rewritten.
 */
final class FactsRenaming {
    private final ObjectMapper mapper;

    FactsRenaming(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The facts JSON {@code json} of report {@code from} as the facts of report {@code to}. */
    String rename(String json, String from, String to) {
        try {
            JsonNode root = mapper.readTree(json);
            rewrite(root, from, to);
            return mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException error) {
            throw new IllegalStateException("facts of " + from + " are not readable", error);
        }
    }

    private static void rewrite(JsonNode node, String from, String to) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                switch (field.getKey()) {
                    case "id", "doc" -> {
                        if (value.isTextual()) {
                            field.setValue(renamed(value.asText(), from, to));
                        } else {
                            rewrite(value, from, to);
                        }
                    }
                    case "sources" -> {
                        if (value instanceof ArrayNode list) {
                            for (int i = 0; i < list.size(); i++) {
                                if (list.get(i).isTextual()) {
                                    list.set(i, renamed(list.get(i).asText(), from, to));
                                }
                            }
                        } else {
                            rewrite(value, from, to);
                        }
                    }
                    default -> rewrite(value, from, to);
                }
            }
        } else if (node instanceof ArrayNode list) {
            list.forEach(child -> rewrite(child, from, to));
        }
    }

    private static TextNode renamed(String value, String from, String to) {
        if (value.equals(from)) {
            return TextNode.valueOf(to);
        }
        if (value.startsWith(from + "#")) {
            return TextNode.valueOf(to + value.substring(from.length()));
        }
        return TextNode.valueOf(value);
    }
}
