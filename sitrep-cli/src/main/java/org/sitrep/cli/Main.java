package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command. */
@Command(name = "sitrep",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns news reports about armed conflicts into one source-attributed situation picture.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, ServeCommand.class, BenchCommand.class, RulesCommand.class, GazetteerCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit status. */
    public static int execute(String... args) {
        return execute(new CommandLine(new Main()), args);
    }

    /**
     * Runs {@code cli} with the project's error handling: an error is one line on standard error (a stack trace too
     * with {@code --debug}), and running out of memory one line saying how to give Java more ({@link HeapAdvice}).
     */
    static int execute(CommandLine cli, String... args) {
        cli.setExpandAtFiles(false); // a report named @list.txt is a report, not a list of arguments
        cli.setExecutionExceptionHandler((error, commandLine, parseResult) -> {
            commandLine.getErr().println("sitrep: error: " + error.getMessage());
            if (Boolean.getBoolean("sitrep.debug")) {
                error.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError error) {
            // what filled the heap is unreachable once the command has unwound, so this line can be printed
            cli.getErr().println(HeapAdvice.line(Runtime.getRuntime().maxMemory()));
            if (Boolean.getBoolean("sitrep.debug")) {
                error.printStackTrace(cli.getErr());
            }
            return 1;
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try: sitrep analyze examples/)");
    }
}
