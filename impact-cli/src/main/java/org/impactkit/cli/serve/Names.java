package org.impactkit.cli.serve;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.impactkit.diagnostic.Check;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.valuation.CalculationResult;

/**
 * Shows paths inside a request's folder as the user knows them: a file by the name it was uploaded
 * under, the evaluation folder by its name, and never the server's temporary folder. The library names
 * files by their paths, as the command line's user gave them; here the user gave only names.
 *
 * @param requestDir the request's folder
 * @param folder the evaluation folder made from the upload, or {@code null} when none was made
 * @param shownAs the name a file was uploaded as, by the name it is stored under, where they differ
 */
record Names(Path requestDir, Path folder, Map<String, String> shownAs) {
  /** Names for a request whose upload did not become a folder. */
  static Names of(Path requestDir) {
    return new Names(requestDir, null, Map.of());
  }

  /** The result with its diagnostics and checks naming files as uploaded (its reports show them). */
  CalculationResult shown(CalculationResult r) {
    return r.withDiagnostics(r.diagnostics().stream().map(this::shown).toList())
        .withChecks(r.checks().stream().map(this::shown).toList());
  }

  /** A diagnostic naming files as uploaded. */
  Diagnostic shown(Diagnostic d) {
    return new Diagnostic(d.severity(), file(d.file()), d.line(), d.key(), d.column(), show(d.message()), d.advice());
  }

  /** A check naming files as uploaded. */
  Check shown(Check c) {
    return new Check(c.id(), c.status(), show(c.message()), c.count());
  }

  /** A diagnostic's file, shown as the user knows it. */
  String file(String file) {
    if (file == null) {
      return null;
    }
    String shown = show(file);
    return shownAs.getOrDefault(shown, shown);
  }

  /** {@code text} with the request folder's paths shown as the user knows them. */
  String show(String text) {
    if (text == null) {
      return null;
    }
    String t = text;
    if (folder != null) {
      for (Map.Entry<String, String> e : shownAs.entrySet()) {
        t = t.replace(folder.resolve(e.getKey()).toString(), e.getValue());
      }
      t = t.replace(folder + File.separator, "").replace(folder.toString(), folder.getFileName().toString());
    }
    for (Path root : List.of(requestDir.resolve("evaluation"), requestDir)) {
      t = t.replace(root + File.separator, "").replace(root.toString(), "the upload");
    }
    return t;
  }
}
