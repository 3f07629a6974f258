package org.impactkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code impact} command: lists the subcommands. */
@Command(
    name = "impact",
    mixinStandardHelpOptions = true,
    versionProvider = ImpactCommand.Version.class,
    description = {
      "Social value figures (wellbeing valuation and SROI) from participant and activity records.",
      ""
    },
    subcommands = {CalculateCommand.class, SroiCommand.class, ValidateCommand.class, BankCommand.class,
        TemplateCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:invalid input or data (nothing written)",
      "2:usage error",
      "3:internal error"
    })
final class ImpactCommand implements Runnable {
  @Spec CommandSpec spec;

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
