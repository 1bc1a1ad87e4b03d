package org.sitrep.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes API answers as JSON with the mapper the command line's outputs use. */
final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private Json() {
    }

    static void send(Context ctx, int status, Object value) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(MAPPER.writeValueAsBytes(value));
        } catch (JsonProcessingException error) {
            throw new IllegalStateException(error);
        }
    }

    static void send(Context ctx, Object value) {
        send(ctx, 200, value);
    }

    /** Raw JSON text already written. */
    static void sendRaw(Context ctx, String json) {
        ctx.contentType("application/json; charset=utf-8").result(json.getBytes(StandardCharsets.UTF_8));
    }

    static void error(Context ctx, int status, String message) {
        send(ctx, status, Map.of("error", message));
    }

    /**
     * A JSON object of these members, written in the order given ({@code Map.of} has no order: it varies from run to
     * run).
     *
     * @param members name, value, name, value...
     */
    static Map<String, Object> object(Object... members) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < members.length; i += 2) {
            object.put((String) members[i], members[i + 1]);
        }
        return object;
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException error) {
            throw new IllegalStateException(error);
        }
    }
}
