package org.impactkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** §7: every command and subcommand answers --help with exit 0, and help names the real commands. */
class HelpTest {
  /** Every command and subcommand the tool has, as a user types it, found from the registered tree. */
  static Stream<String> commands() {
    PrintWriter none = new PrintWriter(new StringWriter());
    List<String> all = new ArrayList<>();
    collect(Main.commandLine(none, none, null), "", all);
    assertThat(all).contains("calculate", "sroi", "validate", "bank", "bank list", "bank show", "bank import",
        "bank validate", "template", "completion", "help");
    return all.stream();
  }

  private static void collect(CommandLine cli, String prefix, List<String> into) {
    cli.getSubcommands().forEach((name, sub) -> {
      into.add(prefix + name);
      collect(sub, prefix + name + " ", into);
    });
  }

  @ParameterizedTest(name = "impact {0} --help")
  @MethodSource("commands")
  @DisplayName("--help on every command and subcommand prints its usage and exits 0")
  void helpEverywhere(String command) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.add("--help");
    // picocli's own warnings (a help text it cannot format, say a bare % sign) go to System.err
    PrintStream systemErr = System.err;
    ByteArrayOutputStream picocliSaid = new ByteArrayOutputStream();
    Cli run;
    try {
      System.setErr(new PrintStream(picocliSaid, true, StandardCharsets.UTF_8));
      run = Cli.run(args.toArray(String[]::new));
    } finally {
      System.setErr(systemErr);
    }
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Usage: impact " + command);
    assertThat(run.err()).isEmpty();
    assertThat(picocliSaid.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @ParameterizedTest(name = "impact help {0}")
  @MethodSource("commands")
  @DisplayName("impact help COMMAND is COMMAND --help")
  void helpCommand(String command) {
    if (command.contains(" ")) {
      return; // help names a command, not a subcommand's subcommand
    }
    Cli run = Cli.run("help", command);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(Cli.run(command, "--help").out());
  }

  @Test
  @DisplayName("impact help and impact --help list the commands that exist, and only those")
  void topLevel() {
    Cli help = Cli.run("help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).isEqualTo(Cli.run("--help").out()).isEqualTo(Cli.run().out());
    String commands = help.out().substring(help.out().indexOf("Commands:"), help.out().indexOf("Exit codes:"));
    // a command's line starts at the indent; its description's continuation lines further in
    List<String> listed = commands.lines().skip(1).filter(l -> l.matches("  \\S.*"))
        .map(l -> l.strip().split("\\s+")[0]).toList();
    List<String> registered = new ArrayList<>(ImpactCommand.SUBCOMMANDS.keySet());
    registered.add("help");
    assertThat(listed).isEqualTo(registered);
  }

  @Test
  @DisplayName("impact bank alone shows the bank commands, exit 0")
  void bankAlone() {
    Cli run = Cli.run("bank");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("list", "show", "import", "validate");
  }

  @Test
  @DisplayName("the completion script completes the command impact, with option values as people write them")
  void completion() {
    Cli run = Cli.run("completion");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("complete -F _complete_impact -o default impact",
        "# Bash completion support for the `impact` command").doesNotContain("generate-completion", "GenerateCompletion");
    assertThat(run.out()).contains("(\"xlsx\" \"json\" \"csv\" \"md\" \"html\")", "(\"lowest\" \"highest\" \"first\" \"error\")",
        "(\"year-zero\" \"end-of-year\")").doesNotContain("XLSX", "YEAR_ZERO");
    assertThat(Cli.run("completion", "--version").exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  @DisplayName("the help of --format and -o says JSON goes to standard output without -o")
  void formatHelp() {
    for (String command : List.of("calculate", "sroi")) {
      String help = Cli.run(command, "--help").out().replaceAll("\\s+", " ");
      assertThat(help).contains("json without -o goes to standard output")
          .contains("xlsx (default: the funder-ready workbook), json, csv (a folder of tables), md or html");
    }
  }
}
