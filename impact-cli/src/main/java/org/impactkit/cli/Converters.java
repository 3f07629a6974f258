package org.impactkit.cli;

import java.time.LocalDate;
import org.impactkit.io.table.Cells;
import org.impactkit.model.Period;
import org.impactkit.valuation.ConflictPolicy;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Turns option text into values, with messages that say what was expected. */
final class Converters {
  private Converters() {}

  /** A date as ISO {@code 2021-04-30} or UK {@code 30/04/2021}. */
  static final class Date implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return Cells.date(value);
      } catch (Cells.CellException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A UK financial year such as {@code 2021/22}. */
  static final class FinancialYear implements ITypeConverter<Period> {
    @Override
    public Period convert(String value) {
      try {
        return Period.ukFinancialYear(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A conflicts policy: lowest, highest, first or error. */
  static final class Conflicts implements ITypeConverter<ConflictPolicy> {
    @Override
    public ConflictPolicy convert(String value) {
      try {
        return ConflictPolicy.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
