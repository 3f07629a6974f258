package org.impactkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code impact} command. Its subcommands are registered here, in the order help lists
 * them, and help lists only those registered: it names the commands that exist.
 */
@Command(
    name = "impact",
    mixinStandardHelpOptions = true,
    versionProvider = ImpactCommand.Version.class,
    description = {
      "Social value figures (wellbeing valuation and SROI) from participant and activity records.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.OK + ":success",
      ExitCodes.INVALID_INPUT + ":invalid input or data (nothing written), or an output that could not be written",
      ExitCodes.USAGE + ":usage error",
      ExitCodes.INTERNAL + ":internal error"
    })
final class ImpactCommand implements Runnable {
  /**
   * The commands that do a job, in the order help lists them. picocli builds a command's model by
   * reflecting over its class, so a run builds only its own.
   */
  static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> m = new LinkedHashMap<>();
    m.put("calculate", CalculateCommand::new);
    m.put("sroi", SroiCommand::new);
    m.put("validate", ValidateCommand::new);
    m.put("check", CheckCommand::new);
    m.put("compare", CompareCommand::new);
    m.put("bank", BankCommand::new);
    m.put("template", TemplateCommand::new);
    m.put("serve", ServeCommand::new);
    m.put("completion", CompletionCommand::new);
    return Collections.unmodifiableMap(m);
  }

  @Spec CommandSpec spec;

  /**
   * Registers the subcommands a run whose first argument is {@code first} needs: that one alone when it
   * names a command that does a job; every one, and {@code help}, otherwise (help, the completion script
   * and "did you mean" need them all).
   */
  static CommandLine register(CommandLine cli, String first) {
    if (first != null && SUBCOMMANDS.containsKey(first) && !first.equals("completion")) {
      cli.addSubcommand(first, SUBCOMMANDS.get(first).get());
    } else {
      SUBCOMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
      cli.addSubcommand("help", new CommandLine.HelpCommand());
    }
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the version the build wrote into the jar. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"impact " + p.getProperty("version", "unknown"), "Java " + Runtime.version()};
    }
  }
}
