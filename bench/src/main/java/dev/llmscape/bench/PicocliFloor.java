package dev.llmscape.bench;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The least a picocli program does: one command with two options, parsing "--org Meta". Run by
 * bench/picocli-floor.sh to show what picocli alone costs at start-up, with the command model
 * built in code ("spec") or read from annotations ("annotations").
 */
public final class PicocliFloor {
  private PicocliFloor() {}

  @CommandLine.Command(name = "floor")
  static final class Annotated {
    @CommandLine.Option(names = "--org")
    String org;

    @CommandLine.Option(names = "--limit")
    int limit;
  }

  public static void main(String[] args) {
    CommandLine cmd;
    if (args.length > 0 && args[0].equals("spec")) {
      CommandSpec spec = CommandSpec.create().name("floor");
      spec.addOption(OptionSpec.builder("--org").type(String.class).build());
      spec.addOption(OptionSpec.builder("--limit").type(int.class).build());
      cmd = new CommandLine(spec);
    } else {
      cmd = new CommandLine(new Annotated());
    }
    cmd.parseArgs("--org", "Meta");
  }
}
