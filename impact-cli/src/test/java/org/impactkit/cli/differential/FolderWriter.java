package org.impactkit.cli.differential;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.impactkit.cli.differential.BankModel.BandModel;
import org.impactkit.cli.differential.BankModel.OutcomeModel;
import org.impactkit.cli.differential.BankModel.RegionModel;
import org.impactkit.cli.differential.EvaluationModel.ActivityModel;
import org.impactkit.cli.differential.EvaluationModel.CountModel;
import org.impactkit.cli.differential.EvaluationModel.RowModel;

/**
 * Writes an {@link EvaluationModel} as a bank file and an evaluation folder, with every variation SPEC §4.2
 * says must read the same: header case, spaces, {@code _}/{@code -}/space, aliases, column order, £ and
 * thousands separators, ids/labels/aliases/names in any case with surrounding spaces, ISO or UK dates, the
 * boolean spellings, {@code ,} or {@code ;} delimiters, a UTF-8 BOM and CRLF line ends.
 */
final class FolderWriter {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** Canonical column → accepted aliases (§4.3–§4.5). */
  private static final Map<String, List<String>> ACTIVITY_ALIASES = Map.of(
      "activity_id", List.of("activity"),
      "activity_name", List.of("name"),
      "annual_budget", List.of("budget", "investment"),
      "region", List.of(),
      "partner", List.of("organisation", "organization"),
      "notes", List.of());
  private static final Map<String, List<String>> PARTICIPANT_ALIASES = Map.ofEntries(
      Map.entry("participant_id", List.of("person_id", "id")),
      Map.entry("activity_id", List.of("activity")),
      Map.entry("outcome", List.of("outcome_id")),
      Map.entry("age", List.of()),
      Map.entry("age_band", List.of("band")),
      Map.entry("date_of_birth", List.of("dob")),
      Map.entry("region", List.of()),
      Map.entry("date", List.of("outcome_date")),
      Map.entry("baseline", List.of("baseline_achieved")),
      Map.entry("follow_up", List.of("follow_up_achieved")),
      Map.entry("gender", List.of()));
  // §4.5 lists aliases only for `count`; the other columns are written under their own names (messily).
  private static final Map<String, List<String>> COUNT_ALIASES = Map.of(
      "activity_id", List.of(),
      "outcome", List.of(),
      "age_band", List.of(),
      "region", List.of(),
      "count", List.of("participants", "number"),
      "notes", List.of());

  private final Random r;
  /** Whether the file being written has semicolons between cells, where §4.2 reads {@code 6,500} as in doubt. */
  private boolean semicolons;
  private final EvaluationModel m;
  /** Which variations this folder used, so a coverage test can check the generator exercises them all. */
  private final Set<String> features = new TreeSet<>();

  private FolderWriter(long seed, EvaluationModel m) {
    this.r = FolderGenerator.random(seed, 1);
    this.m = m;
  }

  /** What was written: the variations used, and the arguments that name the inputs (the folder, or files). */
  record Written(Set<String> features, List<String> args) {}

  /**
   * Writes bank.json to {@code bankFile} and the evaluation's files into {@code dir}. Usually the run is given
   * the folder. Now and then participants are split in input order over several files beside the folder, one
   * per partner, given with {@code --participants} (§4.1: their records are merged); or the folder is not
   * given at all and every file is named with {@code --activities}, {@code --participants}, {@code --counts}
   * and {@code --config} (§4.1, §7).
   */
  static Written write(long seed, EvaluationModel m, Path bankFile, Path dir) throws IOException {
    FolderWriter w = new FolderWriter(seed, m);
    Files.createDirectories(dir);
    Files.writeString(bankFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(w.bank()));
    Path activities = dir.resolve("activities.csv");
    w.csv(activities, ACTIVITY_ALIASES, m.activityColumns(), m.activities(), w::activityCells);
    List<Path> participants = new ArrayList<>();
    if (m.hasParticipants() && m.rows().size() > 3 && w.r.nextInt(4) == 0) {
      int files = 2 + w.r.nextInt(2);
      List<Integer> cuts = new ArrayList<>(List.of(0, m.rows().size()));
      while (cuts.size() < files + 1) {
        int cut = 1 + w.r.nextInt(m.rows().size() - 1);
        if (!cuts.contains(cut)) {
          cuts.add(cut);
        }
      }
      Collections.sort(cuts);
      for (int i = 0; i < files; i++) {
        Path file = dir.resolveSibling(dir.getFileName() + "-partner-" + (i + 1) + ".csv");
        w.csv(file, PARTICIPANT_ALIASES, m.participantColumns(), m.rows().subList(cuts.get(i), cuts.get(i + 1)),
            w::rowCells);
        participants.add(file);
      }
      w.features.add("several participant files");
    } else if (m.hasParticipants()) {
      participants.add(dir.resolve("participants.csv"));
      w.csv(participants.get(0), PARTICIPANT_ALIASES, m.participantColumns(), m.rows(), w::rowCells);
    }
    Path counts = m.hasCounts() ? dir.resolve("counts.csv") : null;
    if (counts != null) {
      w.csv(counts, COUNT_ALIASES, m.countColumns(), m.counts(), w::countCells);
    }
    Path config = m.yaml().isEmpty() ? null : dir.resolve("evaluation.yaml");
    if (config != null) {
      StringBuilder yaml = new StringBuilder("# written by the differential test\n");
      m.yaml().forEach((k, v) -> yaml.append(k).append(": ").append(v).append('\n'));
      Files.writeString(config, yaml.toString(), StandardCharsets.UTF_8);
      m.yaml().keySet().forEach(k -> w.features.add("evaluation.yaml " + k));
    }

    List<String> args = new ArrayList<>();
    boolean explicit = w.r.nextInt(8) == 0;
    if (explicit) {
      w.features.add("files named, no folder");
      args.addAll(List.of("--activities", activities.toString()));
      if (config != null) {
        args.addAll(List.of("--config", config.toString()));
      }
    } else {
      args.add(dir.toString());
    }
    boolean splitOrExplicit = explicit || participants.size() > 1;
    if (splitOrExplicit && !participants.isEmpty()) {
      args.add("--participants");
      participants.forEach(p -> args.add(p.toString()));
    }
    if (explicit && counts != null) {
      // With the folder given, its counts.csv is read even when participant files are named (each option
      // replaces only its own kind of file, SPEC §4.1).
      args.addAll(List.of("--counts", counts.toString()));
    }
    return new Written(w.features, args);
  }

  private ObjectNode bank() {
    BankModel b = m.bank();
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", "impact/bank/v1");
    root.put("id", "differential-test-bank");
    root.put("name", "Fake values for the differential test");
    root.put("version", "0.0-test");
    root.put("currency", "GBP");
    root.put("priceYear", 2019);
    root.put("licence", "CC0, fake figures");
    root.put("attribution", "none");
    if (b.explicitBands()) {
      ArrayNode bands = root.putArray("ageBands");
      for (BandModel band : b.bands()) {
        if (band.id().equals(BankModel.UNKNOWN)) {
          continue;
        }
        ObjectNode n = bands.addObject().put("id", band.id()).put("label", band.label());
        if (band.minAge() != null) {
          n.put("minAge", band.minAge());
        }
        if (band.maxAge() != null) {
          n.put("maxAge", band.maxAge());
        }
      }
    }
    if (b.regionsDeclared()) {
      ArrayNode regions = root.putArray("regions");
      for (RegionModel region : b.regions()) {
        ObjectNode n = regions.addObject().put("id", region.id()).put("label", region.label());
        region.aliases().forEach(n.putArray("aliases")::add);
      }
    }
    ObjectNode categories = root.putObject("deadweightCategories");
    b.deadweightCategories().forEach(categories::put);
    ArrayNode outcomes = root.putArray("outcomes");
    for (OutcomeModel o : b.outcomes()) {
      ObjectNode n = outcomes.addObject().put("id", o.id()).put("name", o.name()).put("category", "Test")
          .put("evidence", "Records kept by the activity").put("requiresSurvey", o.requiresSurvey())
          .put("source", "Invented for tests");
      if (o.deadweight() != null) {
        n.put("deadweight", o.deadweight());
      }
      if (o.deadweightCategory() != null) {
        n.put("deadweightCategory", o.deadweightCategory());
      }
      if (o.value() != null) {
        n.put("value", o.value());
      } else {
        ObjectNode values = n.putObject("values");
        o.values().forEach((region, byBand) -> {
          ObjectNode rn = values.putObject(region);
          byBand.forEach(rn::put);
        });
      }
    }
    ArrayNode conflicts = root.putArray("conflicts");
    for (List<String> pair : b.conflicts()) {
      pair.forEach(conflicts.addArray()::add);
    }
    return root;
  }

  private List<String> activityCells(ActivityModel a, List<String> cols) {
    List<String> cells = new ArrayList<>();
    for (String c : cols) {
      cells.add(switch (c) {
        case "activity_id" -> pad(a.id());
        case "activity_name" -> a.name() == null ? blank() : pad(a.name());
        case "annual_budget" -> pad(money(a.budget()));
        case "region" -> a.region() == null ? blank() : region(a.region());
        case "partner" -> a.partner() == null ? blank() : pad(a.partner());
        case "notes" -> note();
        default -> throw new IllegalArgumentException(c);
      });
    }
    return cells;
  }

  private List<String> rowCells(RowModel row, List<String> cols) {
    List<String> cells = new ArrayList<>();
    for (String c : cols) {
      cells.add(switch (c) {
        case "participant_id" -> pad(row.participant());
        case "activity_id" -> pad(row.activity());
        case "outcome" -> row.outcome() == null ? blank() : outcome(row.outcome());
        case "age" -> row.age() == null ? blank() : pad(Integer.toString(row.age()));
        case "age_band" -> row.band() == null ? blank() : band(row.band());
        case "date_of_birth" -> row.dob() == null ? blank() : date(row.dob());
        case "region" -> row.region() == null ? blank() : region(row.region());
        case "date" -> row.date() == null ? blank() : date(row.date());
        case "baseline" -> bool(row.baseline());
        case "follow_up" -> bool(row.followUp());
        case "gender" -> row.gender() == null ? blank() : row.gender();
        default -> throw new IllegalArgumentException(c);
      });
    }
    return cells;
  }

  private List<String> countCells(CountModel row, List<String> cols) {
    List<String> cells = new ArrayList<>();
    for (String c : cols) {
      cells.add(switch (c) {
        case "activity_id" -> pad(row.activity());
        case "outcome" -> outcome(row.outcome());
        case "age_band" -> row.band() == null ? blank() : band(row.band());
        case "region" -> row.region() == null ? blank() : region(row.region());
        case "count" -> pad(Integer.toString(row.count()));
        case "notes" -> note();
        default -> throw new IllegalArgumentException(c);
      });
    }
    return cells;
  }

  private <T> void csv(Path file, Map<String, List<String>> aliases, Set<String> columns, List<T> items,
      BiFunction<T, List<String>, List<String>> cells) throws IOException {
    List<String> cols = new ArrayList<>(columns);
    Collections.shuffle(cols, r);
    char delimiter = r.nextInt(4) == 0 ? ';' : ',';
    semicolons = delimiter == ';';
    String eol = r.nextInt(3) == 0 ? "\r\n" : "\n";
    features.add("delimiter " + delimiter);
    features.add(eol.length() == 2 ? "CRLF" : "LF");
    StringBuilder sb = new StringBuilder();
    if (r.nextInt(3) == 0) {
      sb.append('\uFEFF');
      features.add("BOM");
    }
    line(sb, cols.stream().map(c -> header(c, aliases.get(c))).toList(), delimiter, eol);
    for (T item : items) {
      line(sb, cells.apply(item, cols), delimiter, eol);
    }
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
  }

  private void line(StringBuilder sb, List<String> cells, char delimiter, String eol) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(delimiter);
      }
      String cell = cells.get(i);
      boolean must = cell.indexOf(delimiter) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0;
      if (must || (!cell.isEmpty() && r.nextInt(10) == 0)) {
        sb.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(cell);
      }
    }
    sb.append(eol);
  }

  /** A header: the name or an alias, in some case, with words joined by space, _ or -, maybe padded. */
  private String header(String canonical, List<String> aliases) {
    String name = !aliases.isEmpty() && r.nextInt(5) < 2 ? aliases.get(r.nextInt(aliases.size())) : canonical;
    if (!name.equals(canonical)) {
      features.add("header alias " + name);
    }
    String[] words = name.split("_");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        sb.append(" _-".charAt(r.nextInt(3)));
      }
      sb.append(words[i]);
    }
    return pad(randomCase(sb.toString()));
  }

  private String randomCase(String s) {
    return switch (r.nextInt(4)) {
      case 0 -> s.toUpperCase(Locale.ROOT);
      case 1 -> s.toLowerCase(Locale.ROOT);
      case 2 -> titleCase(s);
      default -> s;
    };
  }

  private static String titleCase(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean start = true;
    for (char ch : s.toCharArray()) {
      sb.append(start ? Character.toUpperCase(ch) : ch);
      start = !Character.isLetterOrDigit(ch);
    }
    return sb.toString();
  }

  /** Surrounding spaces now and then: text is trimmed (§4.2). */
  private String pad(String s) {
    return switch (r.nextInt(8)) {
      case 0 -> " " + s;
      case 1 -> s + "  ";
      case 2 -> " " + s + " ";
      default -> s;
    };
  }

  /** A breakdown column the spec does not name: kept, never an error (§4.2). */
  private String note() {
    return List.of("", "first cohort", "moved; see file", "n/a", "\"quoted\" note").get(r.nextInt(5));
  }

  private String blank() {
    return r.nextInt(6) == 0 ? " " : "";
  }

  private String outcome(String id) {
    OutcomeModel o = m.bank().outcome(id);
    boolean byName = r.nextBoolean();
    features.add(byName ? "outcome by name" : "outcome by id");
    return pad(randomCase(byName ? o.name() : o.id()));
  }

  private String region(String id) {
    RegionModel region = m.bank().region(id);
    List<String> names = new ArrayList<>(region.aliases());
    names.add(region.id());
    if (region.label() != null) {
      names.add(region.label());
    }
    String name = names.get(r.nextInt(names.size()));
    features.add(name.equals(region.id()) ? "region by id" : name.equals(region.label()) ? "region by label"
        : "region by alias");
    return pad(randomCase(name));
  }

  private String band(String id) {
    BandModel band = m.bank().bands().stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
    List<String> names = new ArrayList<>(band.spellings());
    names.add(band.label());
    String name = names.get(r.nextInt(names.size()));
    features.add("band " + name);
    return pad(randomCase(name));
  }

  private String date(LocalDate d) {
    boolean uk = r.nextBoolean();
    features.add(uk ? "UK date" : "ISO date");
    return pad(uk ? d.format(UK) : d.toString());
  }

  private String bool(Boolean b) {
    if (b == null) {
      return blank();
    }
    List<String> spellings = b ? List.of("yes", "y", "true", "1") : List.of("no", "n", "false", "0");
    String spelling = spellings.get(r.nextInt(spellings.size()));
    features.add("boolean " + spelling);
    return pad(randomCase(spelling));
  }

  /**
   * Money as §4.2 allows: {@code 1234.5}, {@code 1,234.50}, {@code £1,234.50}, {@code £1234.5}, and {@code
   * £1,234} where commas separate cells.
   */
  private String money(BigDecimal v) {
    Function<BigDecimal, String> grouped = x -> {
      DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
      return f.format(x.setScale(2, RoundingMode.UNNECESSARY));
    };
    String plain = v.stripTrailingZeros().scale() < 0 ? v.setScale(0).toPlainString()
        : v.stripTrailingZeros().toPlainString();
    int k = r.nextInt(5);
    features.add("money format " + k);
    return switch (k) {
      case 0 -> plain;
      case 1 -> grouped.apply(v);
      case 2 -> "£" + grouped.apply(v);
      case 3 -> "£" + plain;
      default -> v.stripTrailingZeros().scale() <= 0 && !semicolons ? "£" + grouped.apply(v).replace(".00", "")
          : grouped.apply(v);
    };
  }
}
