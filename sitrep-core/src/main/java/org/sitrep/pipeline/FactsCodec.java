package org.sitrep.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.sitrep.model.ArchiveRecord;
import org.sitrep.model.Event;
import org.sitrep.model.Figure;
import org.sitrep.model.PlaceControl;
import org.sitrep.model.Tally;
import org.sitrep.model.FusedEvent;
import org.sitrep.model.PageMetadata;

/**
 * The model as JSON (a store keeps it, a cluster job ships it between machines): a report's facts, one report's event, an incident. It is the model's own shape
 * (record components), not the {@code sitrep/1} views, so what is read back is what was written.
 */
public final class FactsCodec {
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException error) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", error);
        }
    }

    public ReportFacts facts(String json) {
        return read(json, ReportFacts.class);
    }

    public PageMetadata given(String json) {
        return read(json, PageMetadata.class);
    }

    public ArchiveRecord archived(String json) {
        return read(json, ArchiveRecord.class);
    }

    public Figure figure(String json) {
        return read(json, Figure.class);
    }

    public Tally tally(String json) {
        return read(json, Tally.class);
    }

    public PlaceControl control(String json) {
        return read(json, PlaceControl.class);
    }

    public Event event(String json) {
        return read(json, Event.class);
    }

    public FusedEvent fused(String json) {
        return read(json, FusedEvent.class);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** Any model record, as {@link #write} wrote it. */
    public <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException error) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable: "
                    + error.getOriginalMessage(), error);
        }
    }
}
