package org.sitrep.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.openjdk.jmh.runner.RunnerException;
import org.sitrep.bench.StageBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep bench stages}: JMH's time per article of every stage, in a forked JVM. */
@Command(
    name = "stages",
    sortOptions = false,
    description = {
      "Time per article of each stage of sitrep's pipeline, measured with JMH on the first 40"
          + " articles of FILE (each stage on what the stages before it made of them), and the"
          + " share of the pipeline's time taken by the stages sitrep owns rather than CoreNLP.",
      "Takes about 8 minutes: JMH forks a JVM for each stage, loads the models, analyses the articles, warms up and measures."
    })
final class StagesBenchCommand implements Callable<Integer> {
  @ParentCommand private BenchCommand bench;
  @Spec private CommandSpec spec;

  @Option(names = "--jsonl", paramLabel = "FILE", required = true, description = "Articles, one JSON object per line.")
  private Path jsonl;

  @Override
  public Integer call() throws RunnerException {
    if (!Files.isRegularFile(jsonl)) {
      throw new ParameterException(spec.commandLine(), "no such file: " + jsonl);
    }
    long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    PrintStream out = new PrintStream(bench.main().stdout(), true, StandardCharsets.UTF_8);
    StageBench.run(StandardPipeline.class.getName(), jsonl, List.of("-Xmx" + heapMb + "m"), out);
    out.flush();
    return ExitCodes.OK;
  }
}
