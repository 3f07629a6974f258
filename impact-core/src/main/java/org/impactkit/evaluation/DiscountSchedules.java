package org.impactkit.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.impactkit.internal.NearestMatch;
import org.impactkit.valuation.DiscountSchedule;

/**
 * The discount schedules shipped with impact (SPEC §5.6): {@code green-book} and {@code
 * green-book-health}, read once from the bundled {@code discount-schedules.json}, whose bands and
 * sources are data rather than constants in the engine. A flat rate is not a schedule of the file: it
 * is the user's own ({@link DiscountSchedule#flat}).
 */
public final class DiscountSchedules {
  /** The Green Book's standard schedule: 3.5% for years 0 to 30, then stepping down. */
  public static final String GREEN_BOOK = "green-book";

  /** The Green Book's health schedule, for wellbeing: 1.5% for years 0 to 30, then stepping down. */
  public static final String GREEN_BOOK_HEALTH = "green-book-health";

  private static final String RESOURCE = "/org/impactkit/valuation/discount-schedules.json";
  private static final String SCHEMA = "impact/discount-schedules/v1";
  private static final Map<String, DiscountSchedule> BUNDLED = load();

  private DiscountSchedules() {}

  /** The ids of the bundled schedules, in the file's order. */
  public static List<String> ids() {
    return List.copyOf(BUNDLED.keySet());
  }

  /**
   * A bundled schedule by id.
   *
   * @throws IllegalArgumentException naming the schedules there are, when there is none by that id
   */
  public static DiscountSchedule bundled(String id) {
    DiscountSchedule s = BUNDLED.get(id == null ? null : id.strip());
    if (s == null) {
      throw new IllegalArgumentException("expected a discount schedule " + String.join(" or ", BUNDLED.keySet())
          + ", found '" + id + "'" + NearestMatch.hint(String.valueOf(id), List.copyOf(BUNDLED.keySet())));
    }
    return s;
  }

  private static Map<String, DiscountSchedule> load() {
    ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    try (InputStream in = DiscountSchedules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled discount schedules missing from the jar: " + RESOURCE);
      }
      JsonNode root = json.readTree(in);
      if (!SCHEMA.equals(root.path("schema").asText())) {
        throw new IllegalStateException(RESOURCE + ": expected schema " + SCHEMA);
      }
      Map<String, DiscountSchedule> schedules = new LinkedHashMap<>();
      root.path("schedules").properties().forEach(e -> {
        List<DiscountSchedule.Band> bands = new ArrayList<>();
        for (JsonNode b : e.getValue().path("bands")) {
          JsonNode to = b.get("toYear");
          bands.add(new DiscountSchedule.Band(b.path("fromYear").intValue(), to == null ? null : to.intValue(),
              new BigDecimal(b.path("rate").decimalValue().toPlainString())));
        }
        schedules.put(e.getKey(), new DiscountSchedule(e.getKey(), bands));
      });
      return schedules;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
