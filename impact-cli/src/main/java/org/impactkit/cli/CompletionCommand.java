package org.impactkit.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;

/** {@code impact completion}: a bash/zsh completion script for the command {@code impact}. */
@Command(
    name = "completion",
    description = {"Print a bash/zsh completion script for impact.", "Run: source <(impact completion)"})
final class CompletionCommand extends BaseCommand {
  @Override
  int execute() {
    out().print(AutoComplete.bash("impact", spec.root().commandLine()));
    out().flush();
    return ExitCodes.OK;
  }
}
