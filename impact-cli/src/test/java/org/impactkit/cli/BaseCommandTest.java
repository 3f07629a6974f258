package org.impactkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@DisplayName("§7 errors every command reports the same way")
class BaseCommandTest {
  @Command(name = "hungry")
  static final class Hungry extends BaseCommand {
    @Override
    int execute() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  @Test
  @DisplayName("§7 running out of memory says how to give Java more, exits 3, and asks for no bug report")
  void outOfMemory() {
    StringWriter err = new StringWriter();
    CommandLine cli = Main.wire(new CommandLine(new Hungry()), new PrintWriter(new StringWriter()), new PrintWriter(err));
    int code = cli.execute();
    assertThat(code).isEqualTo(ExitCodes.INTERNAL);
    assertThat(err.toString())
        .startsWith("impact: out of memory: these inputs need more than the ")
        .contains("nothing was written", "JAVA_OPTS=-Xmx")
        .doesNotContain("please report", "\tat ");
  }

  @Test
  @DisplayName("issue 7: a run builds picocli's model of its own subcommand only; help, completion and typos see them all")
  void onlyTheRunningSubcommand() {
    PrintWriter none = new PrintWriter(new StringWriter());
    assertThat(Main.commandLine(none, none, "calculate").getSubcommands().keySet()).containsExactly("calculate");
    assertThat(Main.commandLine(none, none, "calculat").getSubcommands().keySet())
        .containsExactly("calculate", "sroi", "validate", "check", "compare", "bank", "template", "serve",
            "completion", "help");
    assertThat(Main.commandLine(none, none, null).getSubcommands().keySet()).hasSize(10);
    assertThat(Main.commandLine(none, none, "completion").getSubcommands().keySet()).hasSize(10);
  }
}
