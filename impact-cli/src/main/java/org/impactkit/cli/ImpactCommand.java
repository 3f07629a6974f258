package org.impactkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code impact} command: lists the subcommands. {@link Main} adds them: only the one
 * being run when the first argument names one ({@link #SUBCOMMANDS}).
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
      "0:success",
      "1:invalid input or data (nothing written), or an output that could not be written",
      "2:usage error",
      "3:internal error"
    })
final class ImpactCommand implements Runnable {
  /**
   * The subcommands, in the order help lists them. picocli builds a command's model by reflecting over
   * its class, so a run builds only its own.
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
    return Collections.unmodifiableMap(m);
  }

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
