package example;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.impactkit.Impact;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.diagnostic.InvalidInputException;
import org.impactkit.evaluation.Settings;
import org.impactkit.model.Activity;
import org.impactkit.model.ParticipantRecord;
import org.impactkit.report.ReportFormat;
import org.impactkit.valuation.CalculationResult;

/** impact-core in an analyst's own Java: a folder of records, records from memory, problems. */
public class AnalystExample {
  /** Calculates an evaluation folder, as 'impact calculate FOLDER' does, and writes its workbook. */
  public static String folder(Path folder, Path workbook) throws IOException {
    CalculationResult result = Impact.calculate(folder);
    Impact.write(result, ReportFormat.XLSX, workbook); // or JSON, CSV (a folder), MD; to a stream too
    CalculationResult.Totals totals = result.totals(); // exact BigDecimal; rounded...() as reports print
    StringBuilder text = new StringBuilder(String.format("%s: social value £%,.2f, %d participants%n",
        result.settings().name(), totals.roundedSocialValue(), totals.participants()));
    for (CalculationResult.BandFigures band : result.byAgeBand()) {
      text.append(String.format("  %-8s %4d claims  £%,.2f%n", band.band().label(), band.claims(),
          band.roundedSocialValue()));
    }
    return text.toString();
  }

  /** Values records from memory (a database, say): two people in a job club moved into work. */
  public static BigDecimal fromMemory() {
    List<ParticipantRecord> people = List.of(
        person("p1", 30).key("crm-1").build(),
        person("p2", 52).key("crm-2").build());
    CalculationResult result =
        Impact.calculate(Impact.defaultBank(), Settings.defaults(), activities(), people, List.of());
    return result.totals().socialValue();
  }

  /** Checks records as files are checked: every problem at once, each with the record's key. */
  public static List<String> problems() {
    List<ParticipantRecord> people = List.of(person("p3", 130).outcome("employmnet").key("crm-3").build());
    try {
      Impact.calculate(Impact.defaultBank(), Settings.defaults(), activities(), people, List.of());
      return List.of();
    } catch (InvalidInputException e) {
      return e.errors().stream().map(Diagnostic::render).toList();
    }
  }

  private static List<Activity> activities() {
    return List.of(Activity.builder().id("club").name("Job club").budget(new BigDecimal("10000"))
        .region("outside-london").build());
  }

  private static ParticipantRecord.Builder person(String id, int age) {
    return ParticipantRecord.builder().participantId(id).activityId("club").outcome("employment").age(age);
  }
}
