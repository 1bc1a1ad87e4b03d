package org.sitrep.eval;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A gold folder as {@code score.py} reads it: one {@code <doc id>.json} per report (its {@code doc} field, else
 * the file name, gives the id) and {@code actors.json}, the alias groups of actor and organisation names.
 *
 * @param docs  gold object by document id, in id order
 * @param names name matching through the folder's alias groups
 */
public record GoldCorpus(SortedMap<String, JsonNode> docs, GoldNames names) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public GoldCorpus {
        docs = Collections.unmodifiableSortedMap(new TreeMap<>(docs));
    }

    /** Reads a gold folder; fails with an {@link IllegalArgumentException} naming the file that is wrong. */
    public static GoldCorpus load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("gold folder " + folder + " does not exist");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = new ArrayList<>(list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SortedMap<String, JsonNode> docs = new TreeMap<>();
        Map<String, List<String>> actors = Map.of();
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            try {
                if (fileName.equals("actors.json")) {
                    actors = MAPPER.readValue(file.toFile(), new TypeReference<Map<String, List<String>>>() { });
                    continue;
                }
                JsonNode data = MAPPER.readTree(file.toFile());
                if (!data.isObject() || !(data.path("events").isMissingNode() || data.path("events").isNull()
                        || data.path("events").isArray())) {
                    throw new IllegalArgumentException("malformed gold file " + file + ": expected an object "
                            + "whose 'events' is a list");
                }
                String doc = data.path("doc").isTextual() && !data.path("doc").textValue().isEmpty()
                        ? data.path("doc").textValue() : fileName.substring(0, fileName.length() - 5);
                docs.put(doc, data);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read gold file " + file + ": " + e.getMessage(), e);
            }
        }
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("no gold files in " + folder);
        }
        return new GoldCorpus(docs, new GoldNames(actors));
    }

    /** The gold events of one document (none when it has no gold). */
    public List<JsonNode> events(String doc) {
        JsonNode gold = docs.get(doc);
        List<JsonNode> out = new ArrayList<>();
        if (gold != null) {
            gold.path("events").forEach(out::add);
        }
        return out;
    }
}
