package org.sitrep.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** A run that runs out of memory ends with one line saying how to give Java more heap, not a stack trace. */
class HeapAdviceTest extends CapturedOutput {

    @Command(name = "greedy")
    static final class Greedy implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void runningOutOfMemoryIsOneLineWithTheHeapToGive() {
        int status = Main.execute(new CommandLine(new Greedy()));
        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).singleElement().satisfies(line ->
                assertThat(line).startsWith("sitrep: error: out of memory (Java's heap is ")
                        .contains("SITREP_JAVA_OPTS=-Xmx").doesNotContain("Exception").doesNotContain("\tat "));
    }

    @Test
    void theAdviceGivesMoreThanTheHeapThatRanOut() {
        assertThat(HeapAdvice.line(256L << 20)).contains("heap is 256 MB").contains("SITREP_JAVA_OPTS=-Xmx2g");
        assertThat(HeapAdvice.line(4L << 30)).contains("heap is 4096 MB").contains("-Xmx17g");
    }
}
