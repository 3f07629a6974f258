package org.impactkit.cli.serve;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.impactkit.Impact;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.evaluation.SettingsBuilder;
import org.impactkit.model.Period;

/**
 * The page's options (SPEC §11: bank, period, price year), as {@code calculate}'s options of the same
 * names set them ({@code --bank}, {@code --period}, {@code --price-year}, {@code --allow-empty}): over
 * {@code evaluation.yaml}, and only where given.
 *
 * @param bank a bundled bank id, or the path of a bank file uploaded with the evaluation; {@code null}
 *     for the one {@code evaluation.yaml} names, else the default
 * @param period the period, or {@code null} for {@code evaluation.yaml}'s
 * @param priceYear the year whose prices the figures are to be in, or {@code null} for the default (SPEC §5.4)
 * @param allowEmpty whether records that give no claim still make a report (a warning, not a stop)
 */
record Options(String bank, Period period, Integer priceYear, boolean allowEmpty) {
  /** The form fields. */
  static final String BANK = "bank";
  static final String PERIOD = "period";
  static final String PRICE_YEAR = "priceYear";
  static final String ALLOW_EMPTY = "allowEmpty";
  /** Every form field the page takes, beside the files. */
  static final List<String> FIELDS = List.of(BANK, PERIOD, PRICE_YEAR, ALLOW_EMPTY);

  /**
   * The options of a form.
   *
   * @param folder the uploaded evaluation, where a bank file given by name must be
   * @throws Refused 422 with a diagnostic per field that is wrong, its column the field's name
   */
  static Options of(Map<String, String> fields, Path folder) throws Refused, IOException {
    List<Diagnostic> problems = new ArrayList<>();
    // A field the page does not take (Period, price_year) would otherwise be ignored, and the figures made for
    // the settings' period or prices while the caller believes its own were used.
    fields.keySet().stream().filter(name -> !FIELDS.contains(name)).sorted().forEach(name -> problems.add(field(name,
        Diagnostic.quote(name) + " is not an option here" + meant(name) + "; the options are "
            + String.join(", ", FIELDS))));
    String bank = blankToNull(fields.get(BANK));
    if (bank != null && !Impact.BUNDLED_BANKS.contains(bank)) {
      Path file = uploadedBank(folder, bank);
      if (file == null) {
        problems.add(field(BANK, "Bank: " + Diagnostic.quote(bank) + " is neither a bundled bank (" + String.join(", ",
            Impact.BUNDLED_BANKS) + ") nor a bank .json file uploaded with the evaluation"));
      }
      bank = file == null ? null : file.toString();
    }
    Period period = null;
    String periodText = blankToNull(fields.get(PERIOD));
    if (periodText != null) {
      try {
        period = Period.ukFinancialYear(periodText);
      } catch (IllegalArgumentException e) {
        problems.add(field(PERIOD, "Period: " + e.getMessage()));
      }
    }
    Integer priceYear = null;
    String priceText = blankToNull(fields.get(PRICE_YEAR));
    if (priceText != null) {
      try {
        priceYear = Integer.valueOf(priceText);
      } catch (NumberFormatException e) {
        priceYear = -1;
      }
      if (priceYear < 1900 || priceYear > 2200) {
        problems.add(field(PRICE_YEAR, "Price year: expected a year such as 2024, found " + Diagnostic.quote(priceText)));
      }
    }
    if (!problems.isEmpty()) {
      throw new Refused(422, "some options are not right", problems, List.of(), 0);
    }
    String allow = blankToNull(fields.get(ALLOW_EMPTY));
    boolean allowEmpty = allow != null && List.of("true", "on", "yes", "1").contains(allow.toLowerCase(Locale.ROOT));
    return new Options(bank, period, priceYear, allowEmpty);
  }

  /** Sets what these options give over {@code evaluation.yaml}'s settings, as the command line's do. */
  void applyTo(SettingsBuilder b) {
    b.bank(bank).period(period).priceYear(priceYear);
    if (allowEmpty) {
      b.allowEmpty(true);
    }
  }

  private static Path uploadedBank(Path folder, String name) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path p : files) {
        String n = p.getFileName().toString();
        if (n.equalsIgnoreCase(name) && FileNames.kind(n) == FileNames.Kind.BANK && Files.isRegularFile(p)) {
          return p;
        }
      }
    }
    return null;
  }

  /** {@code "; did you mean 'priceYear'?"} for {@code price_year} or {@code Price-Year}, else nothing. */
  private static String meant(String name) {
    String letters = name.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    return FIELDS.stream().filter(f -> f.toLowerCase(Locale.ROOT).equals(letters)).findFirst()
        .map(f -> "; did you mean " + Diagnostic.quote(f) + "?").orElse("");
  }

  private static Diagnostic field(String name, String message) {
    return Diagnostic.error(null, 0, name, message);
  }

  /** A form field as given, stripped, or {@code null} when it is missing or blank. */
  private static String blankToNull(String field) {
    return field == null || field.isBlank() ? null : field.strip();
  }
}
