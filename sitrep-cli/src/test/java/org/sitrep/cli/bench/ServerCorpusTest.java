package org.sitrep.cli.bench;

import org.junit.jupiter.api.Test;
import org.sitrep.model.RawInput;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ServerCorpusTest {

    @Test
    void everyPostedReportIsNewContentUnderANameOfItsOwn() {
        List<RawInput> raws = List.of(
                new RawInput("a", "a.txt", "a.txt", " date 2025-03-05\nDrones killed 4 civilians in Kharkiv."
                        .getBytes(StandardCharsets.UTF_8)),
                new RawInput("b", "b.html.gz", "b.html.gz", "<p>No day and no toll here.</p>"
                        .getBytes(StandardCharsets.UTF_8)));
        List<ServerCorpus.Post> posts = ServerCorpus.make(raws, 300);
        Set<String> names = new HashSet<>();
        Set<String> bodies = new HashSet<>();
        for (ServerCorpus.Post p : posts) {
            names.add(p.name());
            bodies.add(new String(p.body(), StandardCharsets.UTF_8));
        }
        assertThat(names).hasSize(300).contains("b00000-a.txt", "b00001-b.html");
        assertThat(bodies).hasSize(300);
        assertThat(new String(posts.get(2).body(), StandardCharsets.UTF_8)).startsWith(" date 2025-03-12\n");
    }
}
