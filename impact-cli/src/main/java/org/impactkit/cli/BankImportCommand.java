package org.impactkit.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.impactkit.Impact;
import org.impactkit.bank.ValueBank;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code impact bank import FILE -o OUT}: a licence holder's value table as a bank file (SPEC §3.3). */
@Command(name = "import", sortOptions = false,
    description = {"Turn a value table (CSV or XLSX, one row per outcome × region × age band) into a bank file.",
        "Columns: outcome_id, outcome_name, category, region, age_band, value, deadweight, evidence,",
        "requires_survey, and optionally conflicts (outcome ids separated by ; or |) and source."})
final class BankImportCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "FILE", description = "The value table (.csv or .xlsx).")
  Path file;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
      description = "The bank file to write (.json), or '-' for standard output.")
  String output;

  @Mixin BankInfoOptions about = new BankInfoOptions();

  @Override
  int execute() throws IOException {
    ValueBank.Info info = about.info(file);
    Path target = "-".equals(output) ? null : Path.of(output);
    if (target != null && ReportTarget.isInput(target, List.of(file))) {
      throw new UsageException("the output would overwrite the value table; choose another -o");
    }
    Impact.ImportedBank imported = Impact.importBank(file, info);
    printWarnings(imported.warnings());
    ValueBank bank = imported.bank();
    if (target == null) {
      ByteArrayOutputStream json = new ByteArrayOutputStream();
      Impact.writeBank(bank, json);
      out().print(json.toString(StandardCharsets.UTF_8));
      return ExitCodes.OK;
    }
    Impact.writeBank(bank, target);
    out().println("Wrote bank '" + bank.id() + "' " + bank.info().version() + " to " + target + ": "
        + BankText.contents(bank) + ", " + bank.info().priceYear() + " prices.");
    out().println("Use it with: impact calculate DIR --bank " + target + "   (or 'bank: "
        + target.toAbsolutePath().normalize() + "' in evaluation.yaml)");
    out().println("Keep this file to yourself: it holds your licensed values. Do not commit it to a shared"
        + " repository or send it on.");
    return ExitCodes.OK;
  }
}
